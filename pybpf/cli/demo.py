"""``pybpf demo``: the README's first command, a tour on the bundled examples.

It assembles and runs the programs in ``examples/asm`` (showing r0 and both disassembly syntaxes), then loads the
compiled object ``examples/c/xdp_count.o`` and runs it over the packets of ``examples/packets/mixed.pcap`` on every
backend this machine has (the interpreter, and the kernel through bpf(2) when it is available), side by side.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def default_examples() -> Path:
    return Path(__file__).resolve().parents[2] / "examples"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="assemble, run and disassemble the bundled examples; run an object on each backend")
    p.add_argument("--examples", type=Path, default=None, help="the examples directory (default: ./examples)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from rich.console import Console

    # Piped output (CI logs, `| less`) gets a wide console so listings are not wrapped at 80 columns.
    console = Console() if sys.stdout.isatty() else Console(width=132)
    root = args.examples or default_examples()
    files = sorted((root / "asm").glob("*.s"))
    if not files:
        console.print(f"no .s files in {root / 'asm'}")
        return 1
    _assembly_tour(console, files)
    obj, pcap = root / "c" / "xdp_count.o", root / "packets" / "mixed.pcap"
    if obj.exists() and pcap.exists():
        _object_tour(console, obj, pcap)
    return 0


def _assembly_tour(console, files: list[Path]) -> None:
    from rich.table import Table

    from pybpf.isa.asm import assemble
    from pybpf.isa.codec import encode
    from pybpf.isa.disasm import disasm
    from pybpf.isa.instruction import slot_offsets
    from pybpf.vm import AddressSpace, Interpreter, RegionKind

    results = Table(title="1. Assembly programs (examples/asm), assembled and run in the reference interpreter")
    for col in ("program", "slots", "input bytes", "r0 (hex)", "r0 (signed)"):
        results.add_column(col, justify="left" if col == "program" else "right")
    listings = []
    for path in files:
        insns = assemble(path.read_text(), source=str(path))
        mem_file = path.with_suffix(".bin")
        data = mem_file.read_bytes() if mem_file.exists() else b""
        space = AddressSpace()
        mem = space.alloc(max(len(data), 1), RegionKind.MEM, "mem", data=data)
        r0 = Interpreter(insns, name=path.stem).run(space, r1=mem.base, r2=len(data))
        signed = r0 - (1 << 64) if r0 >> 63 else r0
        results.add_row(path.name, str(sum(i.width for i in insns)), str(len(data)), f"0x{r0:x}", str(signed))
        listings.append((path, insns))
    console.print(results)
    for path, insns in listings:
        console.print(f"\n[bold]{path.name}[/bold]: slot, bytes, llvm-objdump syntax | verifier-log syntax")
        for slot, insn in zip(slot_offsets(insns), insns):
            raw = encode([insn])[:8].hex(" ")
            llvm, kernel = disasm(insn, slot, mode="llvm"), disasm(insn, slot, mode="kernel")
            console.print(f"{slot:4}: {raw}  {llvm:<44} | {kernel}", markup=False, highlight=False, soft_wrap=True)


def _object_tour(console, obj: Path, pcap: Path) -> None:
    from rich.table import Table

    from pybpf.collection import Collection
    from pybpf.collection.pcap import read_pcap
    from pybpf.elf import load_collection_spec
    from pybpf.kernel import bpf_available

    spec = load_collection_spec(obj)
    spec.set_variable("blocked_port", 53)
    packets = [p.data for p in read_pcap(pcap)]
    ok, why = bpf_available()
    backends = ["interp", "jit", "kernel"] if ok else ["interp", "jit"]
    console.print(f"\n[bold]2. {obj.name}[/bold]: XDP program counting packets per protocol and dropping UDP to port "
                  f"53 (a .rodata constant set from Python), run over the {len(packets)} packets of {pcap.name}")
    from pybpf.verifier import check_program
    res = check_program(spec, spec.program("xdp_count"))
    console.print(f"pybpf's verifier: accepted ({res.processed_insns} instructions processed, {res.total_states} "
                  "states); the interpreter and the JIT both load it verified")
    if not ok:
        console.print(f"kernel backend skipped: {why}")
    actions: dict[str, list[int]] = {}
    counts: dict[str, list[int]] = {}
    for backend in backends:
        with Collection(spec, backend=backend) as coll:
            prog = coll.programs["xdp_count"]
            actions[backend] = [prog.run(data=p).retval for p in packets]
            counts[backend] = [int.from_bytes(coll.maps["counts"][i], "little") for i in range(4)]
    table = Table()
    table.add_column("backend")
    table.add_column("XDP verdicts (1 = DROP, 2 = PASS)")
    table.add_column("counts: ipv4 / ipv6 / other / dropped")
    for backend in backends:
        table.add_row(backend, " ".join(map(str, actions[backend])), " / ".join(map(str, counts[backend])))
    console.print(table)
    same = all(actions[b] == actions["interp"] and counts[b] == counts["interp"] for b in backends)
    names = " and ".join([", ".join(backends[:-1]), backends[-1]])
    console.print(f"{names} agree on every verdict and counter" if same else f"[red]{names} DISAGREE[/red]")

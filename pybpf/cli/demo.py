"""``pybpf demo``: assemble, run and disassemble the bundled example programs (the README's first command)."""

from __future__ import annotations

import argparse
from pathlib import Path


def default_examples() -> Path:
    return Path(__file__).resolve().parents[2] / "examples" / "asm"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="assemble, run and disassemble the bundled examples")
    p.add_argument("--examples", type=Path, default=None, help="directory of .s files (default: examples/asm)")
    p.set_defaults(func=run)


def _run_one(path: Path) -> tuple[list, int, bytes]:
    from pybpf.isa.asm import assemble
    from pybpf.vm import AddressSpace, Interpreter, RegionKind

    insns = assemble(path.read_text(), source=str(path))
    mem_file = path.with_suffix(".mem")
    data = bytes.fromhex(mem_file.read_text()) if mem_file.exists() else b""
    space = AddressSpace()
    mem = space.alloc(max(len(data), 1), RegionKind.MEM, "mem", data=data)
    r0 = Interpreter(insns, name=path.stem).run(space, r1=mem.base, r2=len(data))
    return insns, r0, data


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from pybpf.isa.codec import encode
    from pybpf.isa.disasm import disasm
    from pybpf.isa.instruction import slot_offsets

    console = Console()
    root = args.examples or default_examples()
    files = sorted(root.glob("*.s"))
    if not files:
        console.print(f"no .s files in {root}")
        return 1
    results = Table(title="pybpf demo: bundled programs assembled and run in the reference interpreter")
    for col in ("program", "slots", "input bytes", "r0 (hex)", "r0 (signed)"):
        results.add_column(col, justify="right" if col != "program" else "left")
    runs = []
    for path in files:
        insns, r0, data = _run_one(path)
        runs.append((path, insns))
        signed = r0 - (1 << 64) if r0 >> 63 else r0
        results.add_row(path.name, str(sum(i.width for i in insns)), str(len(data)), f"0x{r0:x}", str(signed))
    console.print(results)
    for path, insns in runs:
        table = Table(title=f"{path.name}: disassembly", show_lines=False)
        table.add_column("slot", justify="right")
        table.add_column("bytes")
        table.add_column("llvm-objdump syntax")
        table.add_column("verifier-log syntax")
        for slot, insn in zip(slot_offsets(insns), insns):
            raw = encode([insn]).hex(" ")
            table.add_row(str(slot), raw, disasm(insn, slot, mode="llvm"), disasm(insn, slot, mode="kernel"))
        console.print(table)
    return 0

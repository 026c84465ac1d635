"""``pybpf run FILE``: run a raw program (assembly text or instruction bytes) in the interpreter (or, with
``--backend jit``, natively) and print r0, or
run one program of a BPF object file the way BPF_PROG_TEST_RUN does, on one backend or several.

Raw programs: r1 points to a copy of the input memory (``--mem`` / ``--mem-hex``, region kind MEM), r2 holds its
length. ``--trace`` steps the reference machine and prints each executed instruction with the registers it changed.

Objects (ELF): ``pybpf run OBJ --program NAME [--data FILE | --pcap FILE] [--ctx FILE] [--repeat N] [--backend
interp|jit|kernel|interp,kernel...] [--json]``; see :mod:`pybpf.cli.run_object`. Exit code 2 when backends differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pybpf.errors import LoadError
from pybpf.isa.instruction import Instruction

_HEX_BYTES = re.compile(r"(?:[0-9a-fA-F]{2}\s*)+")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="run a program of a BPF object (test-run style) or a raw program",
                       description="Run a program. For a BPF object (ELF): load it into the backend(s), run PROGRAM "
                                   "on the packet (--data or each packet of --pcap) and context (--ctx) the way "
                                   "BPF_PROG_TEST_RUN does, and show retval, data_out, ctx_out, the log and the maps "
                                   "(exit code 2 when several backends differ). For a raw program (assembly text in "
                                   "any syntax, raw instruction bytes, or spaced hex bytes): run it in the "
                                   "interpreter with r1 = address of a copy of --mem, r2 = its length, and print "
                                   "r0.")
    p.add_argument("file", type=Path, metavar="FILE", help="BPF object, assembly text, instruction bytes or hex")
    obj = p.add_argument_group("objects")
    obj.add_argument("--program", metavar="NAME", help="program (function) to run; optional if there is only one")
    data = obj.add_mutually_exclusive_group()
    data.add_argument("--data", type=Path, metavar="FILE", help="packet / input data (raw bytes)")
    data.add_argument("--pcap", type=Path, metavar="FILE", help="run once per packet of this pcap/pcapng capture")
    obj.add_argument("--ctx", type=Path, metavar="FILE", help="context struct as raw bytes (e.g. struct xdp_md)")
    obj.add_argument("--repeat", type=int, default=1, metavar="N", help="runs per input (duration is the mean)")
    obj.add_argument("--backend", default="interp", metavar="B[,B]",
                     help="interp, jit, kernel, or several separated by commas to compare them (default interp; raw "
                          "programs: interp or jit)")
    obj.add_argument("--cpu", type=int, metavar="N", help="run on this CPU (default: any; compared runs: the lowest "
                                                           "allowed)")
    obj.add_argument("--set", action="append", default=[], metavar="VAR=VALUE",
                     help="set a global variable (e.g. a const volatile in .rodata) before load; repeatable")
    raw = p.add_argument_group("raw programs")
    mem = raw.add_mutually_exclusive_group()
    mem.add_argument("--mem", type=Path, metavar="FILE", help="file whose bytes are the input memory")
    mem.add_argument("--mem-hex", metavar="HEX", help="input memory as hex bytes (spaces allowed)")
    raw.add_argument("--trace", action="store_true", help="print each executed instruction and the registers it "
                                                          "changed")
    raw.add_argument("--budget", type=int, default=None, metavar="N",
                     help="instruction budget (default 100M; 0 = unlimited)")
    raw.add_argument("--syntax", choices=("llvm", "kernel"), default="llvm", help="instruction text in --trace")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


# -- loading ------------------------------------------------------------------------------------------------------
def load_program(path: Path) -> list[Instruction]:
    """Instructions from ``path``: assembly text, spaced hex bytes, or raw instruction bytes (decided by content)."""
    from pybpf.isa.codec import decode

    data = path.read_bytes()
    text = _as_text(data)
    if text is None:
        return decode(data, source=str(path))
    if _HEX_BYTES.fullmatch(text.strip() or "x"):
        return decode(bytes.fromhex(text), source=str(path))
    from pybpf.isa.asm import assemble
    return assemble(text, source=str(path))


def _as_text(data: bytes) -> str | None:
    """``data`` as text if it is text (instruction bytes nearly always hold NUL bytes), else None."""
    if b"\0" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if all(c.isprintable() or c in "\t\r\n" for c in text) else None


def load_memory(args: argparse.Namespace) -> bytes:
    if args.mem is not None:
        return args.mem.read_bytes()
    if args.mem_hex is not None:
        try:
            return bytes.fromhex("".join(args.mem_hex.split()))
        except ValueError:
            raise LoadError(f"--mem-hex: not hex bytes: {args.mem_hex!r}") from None
    return b""


# -- executing ----------------------------------------------------------------------------------------------------
@dataclass
class TraceLine:
    slot: int
    text: str
    changed: dict[int, int]


@dataclass
class Outcome:
    r0: int
    steps: int
    output: list[str]
    trace: list[TraceLine] = field(default_factory=list)


def execute(insns: list[Instruction], mem: bytes, *, name: str, budget: int | None, trace: bool,
            syntax: str = "llvm", on_line: Any = None, backend: str = "interp") -> Outcome:
    """Run with r1 = copy of ``mem`` and r2 = its length; with ``trace``, step and record every instruction.
    ``backend="jit"`` compiles the program natively (unverified: every access checked, instructions metered)."""
    from pybpf.vm import DEFAULT_BUDGET, AddressSpace, Interpreter, RegionKind

    space = AddressSpace()
    r1 = space.alloc(len(mem), RegionKind.MEM, "mem", data=mem).base if mem else 0
    limit = DEFAULT_BUDGET if budget is None else (budget or None)
    if backend == "jit":
        from pybpf.vm.jit import Jit
        result = Jit(insns, name=name, budget=limit).execute(space, r1, len(mem))
        return Outcome(result.r0, result.steps, result.trace)
    vm = Interpreter(insns, name=name, budget=limit)
    if not trace:
        result = vm.execute(space, r1, len(mem))
        return Outcome(result.r0, result.steps, result.trace)

    from pybpf.isa.disasm import disasm

    m = vm.machine(space, r1, len(mem))
    lines: list[TraceLine] = []
    while not m.done:
        slot = m.pc
        insn = m.instruction
        assert insn is not None
        before = list(m.regs)
        m.step()  # a fault propagates after the lines already printed
        changed = {i: v for i, (u, v) in enumerate(zip(before, m.regs)) if u != v}
        line = TraceLine(slot, disasm(insn, slot, mode=syntax), changed)
        lines.append(line)
        if on_line is not None:
            on_line(line)
    return Outcome(m.r0, m.steps, m.trace, lines)


# -- reporting ----------------------------------------------------------------------------------------------------
def _signed(v: int) -> int:
    return v - (1 << 64) if v >> 63 else v


OBJECT_ONLY = ("program", "data", "pcap", "ctx", "cpu")
RAW_ONLY = ("mem", "mem_hex", "budget")


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    if _is_elf(args.file):
        given = [f"--{n.replace('_', '-')}" for n in RAW_ONLY if getattr(args, n) is not None]
        if args.trace:
            given.append("--trace")
        if given:
            raise LoadError(f"{', '.join(given)}: only for raw programs, not for BPF objects", file=str(args.file))
        from pybpf.cli.run_object import run_object
        return run_object(args)
    given = [f"--{n}" for n in OBJECT_ONLY if getattr(args, n) is not None]
    given += ["--set"] if args.set else []
    given += ["--repeat"] if args.repeat != 1 else []
    if args.backend not in ("interp", "jit"):
        given.append(f"--backend {args.backend}")
    if args.backend == "jit" and args.trace:
        raise LoadError("--trace single-steps the interpreter: it cannot be combined with --backend jit", file=None)
    if given:
        raise LoadError(f"{', '.join(given)}: only for BPF objects; {args.file} is a raw program", file=None)
    insns = load_program(args.file)
    mem = load_memory(args)
    name = args.file.stem
    if args.json:
        out = execute(insns, mem, name=name, budget=args.budget, trace=args.trace, syntax=args.syntax,
                      backend=args.backend)
        doc: dict[str, Any] = {"program": str(args.file), "r0": out.r0, "r0_hex": f"0x{out.r0:x}",
                               "r0_signed": _signed(out.r0), "steps": out.steps, "output": out.output}
        if args.trace:
            doc["trace"] = [{"slot": t.slot, "insn": t.text,
                             "changed": {f"r{i}": f"0x{v:x}" for i, v in t.changed.items()}} for t in out.trace]
        print(json.dumps(doc, indent=1))
        return 0

    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)

    def show(line: TraceLine) -> None:
        regs = "  ".join(f"[cyan]r{i}[/]=0x{v:x}" for i, v in line.changed.items())
        console.print(f"[dim]{line.slot:>5}[/]  {escape(line.text):<40} {regs}")

    out = execute(insns, mem, name=name, budget=args.budget, trace=args.trace, syntax=args.syntax,
                  on_line=show if args.trace else None, backend=args.backend)
    for text in out.output:
        sys.stdout.write(f"trace: {text.rstrip()}\n")
    signed = _signed(out.r0)
    extra = f", signed {signed}" if signed < 0 else ""
    console.print(f"r0 = [bold]0x{out.r0:x}[/] ({out.r0}{extra})")
    if args.trace:
        console.print(f"[dim]{out.steps} instructions executed[/]")
    return 0

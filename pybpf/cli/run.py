"""``pybpf run FILE``: run a raw program (assembly text or instruction bytes) in the interpreter and print r0.

r1 points to a copy of the input memory (``--mem`` / ``--mem-hex``, region kind MEM), r2 holds its length.
``--trace`` steps the reference machine and prints each executed instruction with the registers it changed.
The steps are split (load the program, build the inputs, execute, report) so that object files, ctx and other
backends can be added as further loaders and options.
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
    p = sub.add_parser("run", help="run a raw program (assembly or instruction bytes) and print r0",
                       description="Run a program in the reference interpreter and print r0. FILE is assembly text "
                                   "in any syntax the assembler accepts, raw little-endian instruction bytes, or "
                                   "spaced hex bytes. r1 = address of a copy of the memory, r2 = its length.")
    p.add_argument("file", type=Path, metavar="FILE", help="assembly text, raw instruction bytes, or hex bytes")
    mem = p.add_mutually_exclusive_group()
    mem.add_argument("--mem", type=Path, metavar="FILE", help="file whose bytes are the input memory")
    mem.add_argument("--mem-hex", metavar="HEX", help="input memory as hex bytes (spaces allowed)")
    p.add_argument("--trace", action="store_true", help="print each executed instruction and the registers it changed")
    p.add_argument("--budget", type=int, default=None, metavar="N",
                   help="instruction budget (default 100M; 0 = unlimited)")
    p.add_argument("--syntax", choices=("llvm", "kernel"), default="llvm", help="instruction text in --trace")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


# -- loading ------------------------------------------------------------------------------------------------------
def load_program(path: Path) -> list[Instruction]:
    """Instructions from ``path``: assembly text, spaced hex bytes, or raw instruction bytes (decided by content)."""
    from pybpf.isa.codec import decode

    data = path.read_bytes()
    if data[:4] == b"\x7fELF":
        raise LoadError("ELF objects are not supported by `pybpf run` yet; give assembly or raw bytes", file=str(path))
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
            syntax: str = "llvm", on_line: Any = None) -> Outcome:
    """Run with r1 = copy of ``mem`` and r2 = its length; with ``trace``, step and record every instruction."""
    from pybpf.vm import DEFAULT_BUDGET, AddressSpace, Interpreter, RegionKind

    space = AddressSpace()
    r1 = space.alloc(len(mem), RegionKind.MEM, "mem", data=mem).base if mem else 0
    vm = Interpreter(insns, name=name, budget=DEFAULT_BUDGET if budget is None else (budget or None))
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


def run(args: argparse.Namespace) -> int:
    insns = load_program(args.file)
    mem = load_memory(args)
    name = args.file.stem
    if args.json:
        out = execute(insns, mem, name=name, budget=args.budget, trace=args.trace, syntax=args.syntax)
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
                  on_line=show if args.trace else None)
    for text in out.output:
        sys.stdout.write(f"trace: {text.rstrip()}\n")
    signed = _signed(out.r0)
    extra = f", signed {signed}" if signed < 0 else ""
    console.print(f"r0 = [bold]0x{out.r0:x}[/] ({out.r0}{extra})")
    if args.trace:
        console.print(f"[dim]{out.steps} instructions executed[/]")
    return 0

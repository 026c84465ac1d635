"""``pybpf asm FILE``: assemble a program (C-like or mnemonic syntax) into raw instruction bytes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("asm", help="assemble a program into instruction bytes",
                       description="Assemble FILE (llvm-objdump or verifier-log C-like syntax, or the conformance "
                                   "mnemonic syntax; pasted llvm-objdump -d output works too) into little-endian "
                                   "instruction bytes.")
    p.add_argument("file", metavar="FILE", help="assembly file ('-' for stdin)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write here (default: stdout; hex when stdout is a terminal)")
    p.add_argument("--hex", action="store_true", help="write spaced hex, one 8-byte slot per line, not raw bytes")
    p.add_argument("--syntax", choices=("auto", "llvm", "kernel", "mnemonic"), default="auto",
                   help="assembly syntax (default: detect)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pybpf.errors import AssembleError
    from pybpf.isa.asm import assemble
    from pybpf.isa.codec import encode

    if args.file == "-":
        text, name = sys.stdin.read(), "<stdin>"
    else:
        text, name = Path(args.file).read_text(encoding="utf-8"), args.file
    insns = assemble(text, source=name, syntax=args.syntax)
    if not insns:
        raise AssembleError("no instructions", source=name)
    data = encode(insns)
    as_hex = args.hex or (args.output is None and sys.stdout.isatty())
    if as_hex:
        out = "".join(data[i:i + 8].hex(" ") + "\n" for i in range(0, len(data), 8))
        if args.output:
            Path(args.output).write_text(out)
        else:
            sys.stdout.write(out)
    elif args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0

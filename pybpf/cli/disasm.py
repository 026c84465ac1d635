"""``pybpf disasm FILE``: disassemble raw instruction bytes (or re-print assembly text in another style).

FILE is read by :func:`read_program`, which the other verbs that take a program file can share: raw little-endian
instruction bytes (``.bin``/``.raw``, or any file with NUL bytes), spaced hex bytes (``.hex``, or a file of hex
pairs only), or assembly text in any syntax (``.s``/``.asm``, or any other text). ELF objects are recognised and
refused until the ELF loader exists; it will add its reader to ``READERS``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from pybpf.errors import PybpfError
from pybpf.isa.instruction import Instruction

TEXT_SUFFIXES = {".s", ".asm", ".S"}
BINARY_SUFFIXES = {".bin", ".raw"}
_HEX_TEXT = re.compile(r"(?:\s*[0-9a-fA-F]{2})+\s*")


class ProgramFileError(PybpfError):
    """A program file that is none of the accepted kinds."""


def _read_raw(path: str, data: bytes, syntax: str) -> list[Instruction]:
    from pybpf.isa.codec import decode

    return decode(data, source=path)


def _read_hex(path: str, data: bytes, syntax: str) -> list[Instruction]:
    from pybpf.isa.codec import decode

    return decode(bytes.fromhex(data.decode("ascii")), source=path)


def _read_text(path: str, data: bytes, syntax: str) -> list[Instruction]:
    from pybpf.isa.asm import assemble

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProgramFileError(f"{path}: not UTF-8 text (byte {err.start}) and not raw instructions") from None
    return assemble(text, source=path, syntax=syntax)


def _read_elf(path: str, data: bytes, syntax: str) -> list[Instruction]:
    from pybpf.elf import load_collection_spec
    from pybpf.elf.listing import only_program

    return list(only_program(load_collection_spec(data, source=path)).instructions)


# kind -> reader(path, data, syntax). The ELF loader replaces "elf".
READERS: dict[str, Callable[[str, bytes, str], list[Instruction]]] = {
    "raw": _read_raw, "hex": _read_hex, "text": _read_text, "elf": _read_elf,
}


def file_kind(path: str, data: bytes) -> str:
    """``elf``, ``raw``, ``hex`` or ``text``: by magic number, then extension, then content."""
    suffix = Path(path).suffix
    if data.startswith(b"\x7fELF"):
        return "elf"
    if suffix in BINARY_SUFFIXES:
        return "raw"
    if suffix == ".hex":
        return "hex"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if b"\0" in data:
        return "raw"  # instruction bytes nearly always hold a zero byte; text never does
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return "text"
    if _HEX_TEXT.fullmatch(text) and len(re.sub(r"\s", "", text)) % 16 == 0:
        return "hex"
    return "text"


def read_program(path: str, *, syntax: str = "auto") -> list[Instruction]:
    """The instructions of a program file (``-`` is stdin); errors are one-line :class:`PybpfError` / OSError."""
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    name = "<stdin>" if path == "-" else path
    if not data.strip():
        raise ProgramFileError(f"{name}: empty program")
    return READERS[file_kind(name, data)](name, data, syntax)


def _is_elf_file(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("disasm", help="disassemble raw instruction bytes or assembly",
                       description="Disassemble FILE: raw instruction bytes, spaced hex, or assembly in any syntax. "
                                   "Slots are 8-byte instruction slots (LD_IMM64 takes two).")
    p.add_argument("file", metavar="FILE", help="program file ('-' for stdin)")
    p.add_argument("--mode", choices=("llvm", "kernel"), default="llvm",
                   help="llvm: llvm-objdump -d text (default); kernel: the verifier log's text")
    p.add_argument("--syntax", choices=("auto", "llvm", "kernel", "mnemonic"), default="auto",
                   help="syntax of FILE when it is assembly text (default: detect)")
    p.add_argument("--no-bytes", action="store_true", help="omit the instruction bytes")
    p.add_argument("--json", action="store_true", help='print [{"slot", "text", "bytes"}, ...]')
    p.add_argument("--program", metavar="NAME", help="ELF objects: the program to list (default: all)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pybpf.isa.codec import encode_one
    from pybpf.isa.disasm import format_listing, iter_program

    if args.file != "-" and _is_elf_file(args.file):
        from pybpf.cli.inspect import disasm_object  # linked programs, with source lines from line_info

        return disasm_object(args)
    insns = read_program(args.file, syntax=args.syntax)
    if args.json:
        rows = [{"slot": slot, "text": text, "bytes": encode_one(insn).hex(" ")}
                for slot, insn, text in iter_program(insns, args.mode)]
        print(json.dumps(rows, indent=1))
        return 0
    if args.no_bytes and args.mode == "kernel":
        lines = [f"{slot}: {text}" for slot, _, text in iter_program(insns, "kernel")]
    else:
        lines = format_listing(insns, args.mode, show_bytes=not args.no_bytes)
    print("\n".join(lines))
    return 0

"""``pybpf-plugin``: a bpf_conformance plugin backed by pybpf's engines.

Protocol, as bpf_conformance's runner drives plugins: ``pybpf-plugin [MEM_HEX] [--backend NAME] [--elf] [--debug]
[--program HEX]`` in any order. The program comes on stdin as whitespace-separated hex bytes (or through
``--program``); MEM_HEX, when present, is one argument of whitespace-separated hex bytes. The program runs with
r1 = a copy of the memory, r2 = its length and r10 = the top of a 512-byte stack, with the conformance helper
table. Success: exit 0 and r0 in lowercase hex (no prefix) on stdout. Failure: exit 1 and one line on stdout
saying why. ``--debug`` writes the decoded program to stderr. ``--elf``: stdin holds an ELF object instead, whose
``main`` function (else first executable section) is run; relocations are not resolved.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from pybpf.errors import LoadError, PybpfError

USAGE = ("usage: pybpf-plugin [MEM_HEX] [--backend NAME] [--elf] [--debug] [--program HEX]\n"
         "  reads the program as hex bytes from stdin (or --program), runs it with r1 = MEM, r2 = len(MEM),\n"
         "  prints r0 in hex; on failure exits 1 with a one-line error on stdout")


class UsageError(PybpfError):
    """Bad plugin arguments."""


@dataclass
class PluginArgs:
    memory: bytes = b""
    program_hex: str | None = None
    backend: str = "interp"
    elf: bool = False
    debug: bool = False
    help: bool = False


def parse_hex_bytes(text: str, what: str) -> bytes:
    """Whitespace-separated hex bytes (1-2 digits each, as the runner's ``_base_16_encode`` writes them)."""
    out = bytearray()
    for i, tok in enumerate(text.split()):
        if len(tok) > 2 or any(c not in "0123456789abcdefABCDEF" for c in tok):
            raise UsageError(f"{what}: token {i} ({tok!r}) is not a hex byte")
        out.append(int(tok, 16))
    return bytes(out)


def parse_args(argv: Sequence[str]) -> PluginArgs:
    """Options in any order; empty arguments are ignored and an option argument holding spaces is split, because
    runners pass their ``--plugin_options`` string either whole or split on spaces."""
    words: list[str] = []
    for arg in argv:
        if arg.strip().startswith("--"):
            words += arg.split()
        elif arg.strip():
            words.append(arg)
    args = PluginArgs()
    memory_seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("--backend", "--program"):
            if i + 1 >= len(words):
                raise UsageError(f"{w} needs an argument")
            if w == "--backend":
                args.backend = words[i + 1]
            else:
                args.program_hex = words[i + 1]
            i += 2
            continue
        if w.startswith("--backend="):
            args.backend = w.split("=", 1)[1]
        elif w.startswith("--program="):
            args.program_hex = w.split("=", 1)[1]
        elif w == "--elf":
            args.elf = True
        elif w == "--debug":
            args.debug = True
        elif w in ("--help", "-h"):
            args.help = True
        elif w.startswith("--"):
            raise UsageError(f"unknown option {w}")
        elif memory_seen:
            raise UsageError(f"unexpected argument {w[:40]!r}: memory was already given")
        else:
            args.memory = parse_hex_bytes(w, "memory")
            memory_seen = True
        i += 1
    return args


def elf_program(data: bytes) -> bytes:
    """The instruction bytes of an ELF object's ``main`` function (else of its first executable section)."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    from elftools.elf.sections import SymbolTableSection

    try:
        elf = ELFFile(io.BytesIO(data))
        symtab = elf.get_section_by_name(".symtab")
        section, start, size = None, 0, 0
        if isinstance(symtab, SymbolTableSection):
            for sym in symtab.iter_symbols():
                if sym.name == "main" and sym["st_info"]["type"] == "STT_FUNC" and isinstance(sym["st_shndx"], int):
                    section = elf.get_section(sym["st_shndx"])
                    start, size = sym["st_value"], sym["st_size"]
                    break
        if section is None:
            section = next((s for s in elf.iter_sections() if s["sh_flags"] & 0x4 and s["sh_size"]), None)
        if section is None:
            raise LoadError("no main function and no executable section", file="<stdin ELF>")
        for rel in elf.iter_sections():
            if rel["sh_type"] in ("SHT_REL", "SHT_RELA") and rel["sh_info"] == elf.get_section_index(section.name) \
                    and rel.num_relocations():
                raise LoadError("relocations are not supported by pybpf-plugin --elf", file="<stdin ELF>",
                                section=section.name)
        body = section.data()
        return body[start:start + size] if size else body[start:]
    except (ELFError, ValueError, KeyError, IndexError) as err:
        raise LoadError(f"not a valid ELF object: {err}", file="<stdin ELF>") from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run(args: PluginArgs, stdin: TextIO, stderr: TextIO) -> int:
    """Decode and run the program; returns r0. Raises PybpfError on any failure."""
    from pybpf.conformance.runner import BACKENDS, execute
    from pybpf.isa.codec import decode
    from pybpf.isa.mnemonic import disasm_mnemonic_program

    if args.backend not in BACKENDS:
        raise UsageError(f"unknown backend {args.backend!r} (available: {', '.join(sorted(BACKENDS))})")
    text = args.program_hex if args.program_hex is not None else stdin.read()
    code = parse_hex_bytes(text, "program")
    if args.elf:
        code = elf_program(code)
    if not code:
        raise UsageError("no program: expected hex bytes on stdin or --program")
    insns = decode(code, source="program")
    if args.debug:
        print(f"pybpf-plugin: {len(insns)} instructions, {len(args.memory)} bytes of memory, backend "
              f"{args.backend}", file=stderr)
        try:
            stderr.write(disasm_mnemonic_program(insns))
        except PybpfError as err:
            print(f"pybpf-plugin: (no disassembly: {err})", file=stderr)
    r0 = execute(insns, args.memory, backend=args.backend)
    if args.debug:
        print(f"pybpf-plugin: r0 = 0x{r0:x}", file=stderr)
    return r0


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Entry point of ``pybpf-plugin``; returns the exit status (0 success, 1 failure). Never raises."""
    out = stdout or sys.stdout
    err_out = stderr or sys.stderr
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
        if args.help:
            print(USAGE, file=out)
            return 0
        r0 = run(args, stdin or sys.stdin, err_out)
    except PybpfError as err:
        print(_one_line(str(err)) or type(err).__name__, file=out)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=out)
        return 130
    except Exception as err:  # never a traceback: the runner reads one line
        print(_one_line(f"internal error: {type(err).__name__}: {err}"), file=out)
        return 1
    print(f"{r0:x}", file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

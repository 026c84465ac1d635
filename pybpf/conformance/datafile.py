"""Reader of conformance ``.data`` files (bpf_conformance and uBPF test vectors) into :class:`ConformanceTest`.

A file is a list of sections, each opened by a ``-- NAME`` line; ``#`` starts a comment. Sections understood:
``asm`` (mnemonic assembly), ``raw`` (instructions: one 64-bit word per token, or -- as in bpf_conformance's
``negative/unused-*`` -- lines of eight 2-digit hex bytes), ``mem`` (hex bytes), ``result`` (expected r0),
``error`` (expected error text) and ``error pattern`` (a regular expression, uBPF). ``c``, ``no register offset`` and
``description`` carry prose or source and are ignored; ``no jit`` (uBPF: the JIT cannot run this test) does not
concern an interpreter and is ignored too. Any other directive makes the test a skip, with the directive as the
reason, as the reference runner does. ``asm @ FILE`` / ``mem @ FILE`` (uBPF) read the section from FILE next to the
data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pybpf.errors import LoadError
from pybpf.isa.codec import decode
from pybpf.isa.instruction import Instruction
from pybpf.isa.mnemonic import assemble_mnemonic

__all__ = ["ConformanceTest", "parse_data", "read_data_file"]

_IGNORED = {"c", "no register offset", "description", "no jit"}
_KNOWN = {"asm", "raw", "mem", "result", "error", "error pattern"}
_BYTE = re.compile(r"[0-9A-Fa-f]{2}")
_HEX_TOKEN = re.compile(r"[0-9A-Fa-f]{1,2}")


@dataclass
class ConformanceTest:
    """One ``.data`` file. ``program()`` gives its instructions (``raw`` wins over ``asm``, as in both references)."""

    name: str
    path: str | None = None
    asm: str | None = None
    asm_line: int = 0  # line of the ``-- asm`` directive: asm line N is file line asm_line + N
    raw: bytes | None = None
    mem: bytes = b""
    result: int | None = None
    error: str | None = None
    error_pattern: str | None = None
    c_source: str | None = None
    skip_reason: str | None = None  # set when the file uses a directive this reader does not run
    directives: list[str] = field(default_factory=list)

    @property
    def has_program(self) -> bool:
        return self.raw is not None or (self.asm is not None and self.asm.strip() != "")

    @property
    def expects_error(self) -> bool:
        return self.error is not None or self.error_pattern is not None

    def program(self) -> list[Instruction]:
        """Decode ``raw`` (strictly) or assemble ``asm``; raises DecodeError / AssembleError naming the file."""
        if self.raw is not None:
            return decode(self.raw, source=self.path or self.name)
        return assemble_mnemonic(self.asm or "", source=self.path or self.name, line_offset=self.asm_line)


def read_data_file(path: str | Path) -> ConformanceTest:
    """Read and parse one ``.data`` file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise LoadError(err.strerror or str(err), file=str(p)) from None
    return parse_data(text, name=p.stem, path=str(p))


def parse_data(text: str, *, name: str = "<data>", path: str | None = None) -> ConformanceTest:
    """Parse the text of a ``.data`` file. Malformed sections raise :class:`LoadError` naming file and section."""
    test = ConformanceTest(name=name, path=path)
    sections: dict[str, tuple[int, list[str]]] = {}
    current: str | None = None
    for lineno, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.rstrip("\r")
        if current == "c" and not line.lstrip().startswith("--"):
            sections["c"][1].append(line)  # C source keeps its '#include' lines
            continue
        line = line.split("#", 1)[0]
        if line.lstrip().startswith("--"):
            directive = " ".join(line.strip()[2:].split())
            test.directives.append(directive)
            current = directive.lower()
            if "@" in current:
                current = _include(test, directive, path, sections, lineno)
                continue
            if current not in _KNOWN and current not in _IGNORED:
                test.skip_reason = test.skip_reason or f"unknown directive '-- {directive}'"
            sections[current] = (lineno, [])  # a repeated section replaces the earlier one (reference behaviour)
            continue
        if current is not None:
            sections[current][1].append(line)
    where = path or name
    if "asm" in sections:
        test.asm_line, lines = sections["asm"]
        test.asm = "\n".join(lines)
    if "raw" in sections:
        test.raw = _parse_raw(sections["raw"], where)
    if "mem" in sections:
        test.mem = _parse_mem(sections["mem"], where)
    if "result" in sections:
        test.result = _parse_result(sections["result"], where)
    if "error" in sections:
        test.error = _last_line(sections["error"][1])
    if "error pattern" in sections:
        test.error_pattern = _last_line(sections["error pattern"][1])
    if "c" in sections:
        test.c_source = "\n".join(sections["c"][1])
    return test


def _include(test: ConformanceTest, directive: str, path: str | None, sections: dict[str, tuple[int, list[str]]],
             lineno: int) -> str | None:
    """``-- asm @ FILE``: the section's text lives in FILE beside the data file (uBPF)."""
    section, _, target = (part.strip() for part in directive.partition("@"))
    section = section.lower()
    if section not in ("asm", "mem", "raw"):
        test.skip_reason = test.skip_reason or f"unknown directive '-- {directive}'"
        return section
    base = Path(path).parent if path else Path(".")
    try:
        body = (base / target).read_text(encoding="utf-8", errors="replace")
    except OSError:
        test.skip_reason = test.skip_reason or f"'-- {directive}': file {target} is not in the data set"
        return None
    sections[section] = (0, [ln.split("#", 1)[0] for ln in body.splitlines()])
    return None


def _last_line(lines: list[str]) -> str:
    # The reference runner keeps the last non-empty line of an error section; an empty section means "some error".
    text = [ln.strip() for ln in lines if ln.strip()]
    return text[-1] if text else ""


def _parse_raw(section: tuple[int, list[str]], where: str) -> bytes:
    start, lines = section
    out = bytearray()
    for i, line in enumerate(lines, start + 1):
        tokens = line.split()
        if not tokens:
            continue
        if len(tokens) == 8 and all(_BYTE.fullmatch(t) for t in tokens):
            out += bytes(int(t, 16) for t in tokens)  # one instruction as its eight bytes
            continue
        for tok in tokens:
            try:
                word = int(tok, 0)
            except ValueError:
                raise LoadError(f"line {i}: raw instruction word {tok!r} is not a number", file=where,
                                section="raw") from None
            if not 0 <= word <= 0xFFFFFFFFFFFFFFFF:
                raise LoadError(f"line {i}: raw instruction word {tok} does not fit in 64 bits", file=where,
                                section="raw")
            out += word.to_bytes(8, "little")
    return bytes(out)


def _parse_mem(section: tuple[int, list[str]], where: str) -> bytes:
    start, lines = section
    out = bytearray()
    for i, line in enumerate(lines, start + 1):
        if ":" in line:  # uBPF accepts hexdump lines: drop the "offset:" prefix
            line = line[line.rindex(":") + 1:]
        for tok in line.split():
            if not _HEX_TOKEN.fullmatch(tok):
                raise LoadError(f"line {i}: memory byte {tok!r} is not 1-2 hex digits", file=where, section="mem")
            out.append(int(tok, 16))
    return bytes(out)


def _parse_result(section: tuple[int, list[str]], where: str) -> int | None:
    start, lines = section
    tokens = [(i, t) for i, ln in enumerate(lines, start + 1) for t in ln.split()]
    if not tokens:
        return None
    i, tok = tokens[-1]
    try:
        value = int(tok, 16) if tok.lower().startswith("0x") else int(tok, 10)
    except ValueError:
        raise LoadError(f"line {i}: result {tok!r} is not a number", file=where, section="result") from None
    if not -(1 << 63) <= value <= 0xFFFFFFFFFFFFFFFF:
        raise LoadError(f"line {i}: result {tok} does not fit in 64 bits", file=where, section="result")
    return value & 0xFFFFFFFFFFFFFFFF

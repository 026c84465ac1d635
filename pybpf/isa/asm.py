"""Assembler for the C-like syntax (llvm-objdump's and the Linux verifier log's), delegating the conformance mnemonic
syntax to :mod:`pybpf.isa.mnemonic`.

Accepted, line by line:

* instructions in either C-like style, numbers decimal or hex: ``r0 = *(u32 *)(r1 + 0x4)``, ``r0 = *(u32 *)(r1 +4)``,
  ``if r1 s> r2 goto +0x3`` / ``goto pc+3`` / ``goto label``, ``call 0x1`` / ``call bpf_map_lookup_elem#1`` /
  ``call label`` (bpf-to-bpf), ``r0 = 0x1 ll``; every form :mod:`pybpf.isa.disasm` prints;
* ``name:`` labels (alone or before an instruction); jump and call offsets count 8-byte slots (LD_IMM64 takes two);
* comments: ``;`` and ``//`` anywhere, ``#`` at the start of a line or after a space (``call f#1`` is not one);
* pasted ``llvm-objdump -d`` output (``      0:\\tb7 00 00 00 00 00 00 00\\tr0 = 0x0``: address and bytes are ignored,
  ``<f>:`` symbol lines become labels, ``<.text+0x8>`` annotations, headers and relocation lines are skipped) and
  verifier-log / bpftool lines (``0: (b7) r0 = 0``).

One form is ambiguous between the styles: ``r1 = 0x10`` is a 32-bit mov for llvm (which writes LD_IMM64 with
``ll``) and LD_IMM64 for the kernel (which prints mov immediates in decimal, LD_IMM64 in hex). ``syntax="kernel"``
or ``"llvm"`` decides; ``"auto"`` takes the kernel's reading when the text shows more kernel-style marks (``pc+N``,
``(r1 +4)``, ``#N`` calls, ``atomic64_``, ``N: (xx)`` prefixes) than llvm ones; a ``(18)`` log prefix decides for its
line. Values that do not fit 32 bits are LD_IMM64 in every style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pybpf.errors import AssembleError, DecodeError
from pybpf.isa._asm_forms import Ctx, FormError, Ref, forms_for
from pybpf.isa.codec import validate
from pybpf.isa.instruction import Instruction

__all__ = ["SYNTAXES", "assemble", "detect_syntax"]

SYNTAXES = ("auto", "llvm", "kernel", "mnemonic")

_BYTES8 = r"(?:[0-9a-fA-F]{2} ){7}[0-9a-fA-F]{2}"
_OBJDUMP_LINE = re.compile(rf"\s*\d+:\s+(?:{_BYTES8}(?: {_BYTES8})?(?=\s)\s*)?")
_LOG_LINE = re.compile(r"\s*\d+:\s*\((?P<code>[0-9a-fA-F]{2})\)\s*")
_SYMBOL_LINE = re.compile(r"\s*[0-9a-fA-F]+\s+<(?P<name>[^<>]+)>:\s*$")
_NOISE = re.compile(r"\s*(?:\S+:\s+file format\b.*|Disassembly of section\b.*|[0-9a-fA-F]+:\s+R_\w+.*|\.\.\.)\s*$")
_LABEL = re.compile(r"\s*(?P<name>[A-Za-z_.$][\w.$]*)\s*:(?!=)")
_ANNOTATION = re.compile(r"\s+<[^<>\s]+>\s*$")
_DIRECTIVE = re.compile(r"\s*\.[A-Za-z_]\w*\b(?!\s*:)")

_KERNEL_MARKS = re.compile(r"\bpc[+-]\d+\b|\(r\d+ [+-]\d|(?<=\w)#-?\d|\batomic64_|\batomic_(?:xchg|cmpxchg)\(|"
                           r"^\s*\d+: \([0-9a-f]{2}\)|\bkernel-function\b|skb\[r\d+ \+ -?\d", re.M)
_LLVM_MARKS = re.compile(r"\bll\b|\b(?:goto|gotol|may_goto)\s+[+-]0x|\bpc[+-]0x|\(r\d+ [+-] |"
                         r"\b(?:cmp)?xchg(?:32)?_\d\d\(|\bkfunc\b|^\s*\d+:\t(?:[0-9a-f]{2} )", re.M)
_C_KEYWORDS = frozenset({"if", "goto", "gotol", "gotox", "call", "callx", "exit", "lock", "may_goto", "store_release",
                         "ld_pseudo"})
_MNEMONIC_BODY = re.compile(r"%r\d|call\s+(?:local|helper|runtime)\b|lock\b(?!\s*\*)")
_FIRST_WORD = re.compile(r"[a-z]+\d*\b")


@dataclass
class _Stmt:
    insn: Instruction
    ref: Ref | None
    slot: int
    line: int
    column: int  # 1-based column of the instruction text
    ref_column: int | None
    text: str


_COMMENT = re.compile(r";|//|(?:^|(?<=\s))#")


def _strip_comment(line: str) -> str:
    m = _COMMENT.search(line)
    return line[:m.start()] if m else line


def _bodies(text: str) -> list[str]:
    """The instruction texts of ``text``: comments, listing columns, headers and labels removed."""
    out = []
    for raw in text.splitlines():
        line = _strip_comment(raw).rstrip()
        if not line.strip() or _NOISE.fullmatch(line) or _SYMBOL_LINE.fullmatch(line):
            continue
        m = _LOG_LINE.match(line) or _OBJDUMP_LINE.match(line)
        pos = m.end() if m else 0
        while not m and (lm := _LABEL.match(line, pos)):
            pos = lm.end()
        if body := line[pos:].strip():
            out.append(body)
    return out


def detect_syntax(text: str) -> str:
    """``mnemonic``, ``kernel`` or ``llvm``: which syntax ``text`` is written in (see the module doc)."""
    for body in _bodies(text):
        if _MNEMONIC_BODY.search(body):
            return "mnemonic"
        word = _FIRST_WORD.match(body)
        if word and word.group() not in _C_KEYWORDS and "=" not in body and not re.match(r"[rw]\d", body):
            return "mnemonic"
    code = "\n".join(_strip_comment(ln) for ln in text.splitlines())
    kernel, llvm = len(_KERNEL_MARKS.findall(code)), len(_LLVM_MARKS.findall(code))
    return "kernel" if kernel > llvm else "llvm"


def assemble(text: str, *, source: str | None = None, syntax: str = "auto") -> list[Instruction]:
    """Assemble ``text`` into instructions; each passes :func:`pybpf.isa.codec.validate`.

    ``syntax``: ``auto`` (detect), ``llvm`` or ``kernel`` (C-like; they differ only on ``rN = 0x..``), or
    ``mnemonic`` (conformance ``.data`` syntax). Errors are :class:`AssembleError` with line, column and text.
    """
    if syntax not in SYNTAXES:
        raise ValueError(f"unknown syntax {syntax!r} (expected one of {', '.join(SYNTAXES)})")
    if syntax == "auto":
        syntax = detect_syntax(text)
    if syntax == "mnemonic":
        from pybpf.isa.mnemonic import assemble_mnemonic  # owned elsewhere; imported only when needed

        return assemble_mnemonic(text, source)
    return _CLike(text, source, kernel=syntax == "kernel").run()


class _CLike:
    """Two passes: parse every line (labels get slots), then resolve label references and validate."""

    def __init__(self, text: str, source: str | None, *, kernel: bool) -> None:
        self.lines = text.splitlines()
        self.source = source
        self.kernel = kernel
        self.labels: dict[str, tuple[int, int]] = {}  # name -> (slot, line)

    def error(self, reason: str, line: int, column: int | None) -> AssembleError:
        return AssembleError(reason, line=line, column=column, source=self.source, text=self.lines[line - 1])

    def run(self) -> list[Instruction]:
        pending: list[tuple[int, int, str, int | None]] = []  # (line, column, text, opcode hint)
        slot_of: list[int] = []
        # Pass 1a: labels and instruction texts. Slots depend on the instruction (LD_IMM64 is 2), so labels are
        # recorded against the index of the next instruction and mapped to slots after parsing.
        label_index: dict[str, tuple[int, int]] = {}
        for lineno, raw in enumerate(self.lines, 1):
            for name, col, body, bcol, hint in self._split(raw, lineno):
                if name is not None:
                    if name in label_index:
                        first = label_index[name][1]
                        raise self.error(f"duplicate label {name} (first defined on line {first})", lineno, col)
                    label_index[name] = (len(pending), lineno)
                if body:
                    pending.append((lineno, bcol, body, hint))
        names = frozenset(label_index)
        stmts: list[_Stmt] = []
        slot = 0
        for lineno, col, body, hint in pending:
            insn, ref, ref_col = self._parse(body, lineno, col, Ctx(self.kernel, hint, names))
            stmts.append(_Stmt(insn, ref, slot, lineno, col, ref_col, body))
            slot_of.append(slot)
            slot += insn.width
        slot_of.append(slot)
        self.labels = {name: (slot_of[idx], line) for name, (idx, line) in label_index.items()}
        return [self._finish(st) for st in stmts]

    def _split(self, raw: str, lineno: int):
        """Yield ``(label, label_col, body, body_col, opcode_hint)`` items for one line (labels first)."""
        line = _strip_comment(raw).rstrip()
        if not line.strip() or _NOISE.fullmatch(line):
            return
        if m := _SYMBOL_LINE.fullmatch(line):
            yield m.group("name"), m.start("name") + 1, "", 0, None
            return
        hint = None
        pos = 0
        if m := _LOG_LINE.match(line):
            hint, pos = int(m.group("code"), 16), m.end()
        elif m := _OBJDUMP_LINE.match(line):
            pos = m.end()
        else:
            while m := _LABEL.match(line, pos):
                yield m.group("name"), m.start("name") + 1, "", 0, None
                pos = m.end()
        body = _ANNOTATION.sub("", line[pos:])
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if not body:
            return
        if _DIRECTIVE.match(body):
            raise self.error(f"assembler directives are not supported: {body.split()[0]}", lineno, pos + lead + 1)
        yield None, 0, body, pos + lead + 1, hint

    def _parse(self, body: str, lineno: int, col: int, ctx: Ctx) -> tuple[Instruction, Ref | None, int | None]:
        for pattern, build in forms_for(body):
            m = pattern.fullmatch(body)
            if m is None:
                continue
            try:
                insn, ref = build(m, ctx)
            except FormError as err:
                where = col + m.start(err.group) if err.group and m.group(err.group) is not None else col
                raise self.error(err.reason, lineno, where) from None
            ref_col = col + m.start(ref.group) if ref else None
            return insn, ref, ref_col
        if body == "<unknown>":
            raise self.error("llvm-objdump could not decode this instruction", lineno, col)
        raise self.error("cannot parse instruction", lineno, col)

    def _finish(self, st: _Stmt) -> Instruction:
        insn = st.insn
        if st.ref is not None:
            if st.ref.label not in self.labels:
                raise self.error(f"undefined label {st.ref.label}", st.line, st.ref_column)
            rel = self.labels[st.ref.label][0] - st.slot - 1
            bits = 16 if st.ref.field == "off" else 32
            if not -(1 << (bits - 1)) <= rel < 1 << (bits - 1):
                raise self.error(f"label {st.ref.label} is {rel} slots away, beyond the {bits}-bit offset",
                                 st.line, st.ref_column)
            if st.ref.field == "lo32":
                insn = insn.replace(imm=rel & 0xFFFFFFFF)
            else:
                insn = insn.replace(**{st.ref.field: rel})
        try:
            validate(insn, st.slot)
        except DecodeError as err:
            raise self.error(f"invalid instruction: {err.reason}", st.line, st.column) from None
        return insn

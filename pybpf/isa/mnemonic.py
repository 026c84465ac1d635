"""The mnemonic assembly syntax of the conformance ``.data`` files (bpf_conformance and uBPF), and its disassembler.

One statement per line (or per ``;``), ``#`` starts a comment, ``name:`` defines a label (alone on its line or before
an instruction). Registers are ``%r0``-``%r10``; numbers are decimal or ``0x`` hex, optionally signed; memory
operands are ``[%rN]``, ``[%rN+OFF]`` or ``[%rN-OFF]``; jump targets are ``+N``/``-N`` slot offsets or labels, and
the first ``exit`` carries an implicit label ``exit`` unless one is defined explicitly. Commas between operands are
optional, as in bpf_conformance's assembler. Positions are 8-byte slots (``lddw`` takes two).

Forms (``32`` selects the 32-bit class; no suffix or ``64`` the 64-bit one)::

    add sub mul div or and lsh rsh mod xor mov arsh sdiv smod [32|64]   %rD, %rS|IMM
    neg[32|64] %rD       le16/32/64 %rD   be16/32/64 %rD   swap16/32/64 (or bswap16/32/64) %rD
    movsx{8,16}{32,64} / movsx3264 %rD, %rS          addr_space_cast %rD, %rS, DST_AS, SRC_AS
    jeq jgt jge jset jne jsgt jsge jlt jle jslt jsle [32|64]   %rD, %rS|IMM, TARGET
    ja TARGET   ja32 TARGET (gotol: 32-bit offset in imm)   may_goto TARGET   gotox %rD
    call IMM | call helper IMM | call %rN (callx) | call local TARGET | call runtime IMM [, OFF] (kfunc)   exit
    lddw %rD, IMM64 [, map_fd|map_value|btf_id|func|map_idx|map_idx_value|0-6]
    ldabs{b,h,w} IMM   ldind{b,h,w} %rS, IMM
    ldx{b,h,w,dw} %rD, [%rS+OFF]   ldxs{b,h,w} %rD, [%rS+OFF]   st{b,h,w,dw} [%rD+OFF], IMM
    stx{b,h,w,dw} [%rD+OFF], %rS
    lock [fetch] add|and|or|xor|xchg|cmpxchg[32|64] [%rD+OFF], %rS
    ldacq{b,h,w,dw} %rD, [%rS+OFF]  (load-acquire)   strel{b,h,w,dw} [%rD+OFF], %rS  (store-release)

``gotol``, ``bswap*``, ``ldacq``/``strel``, ``may_goto``, ``gotox``, ``addr_space_cast``, ``call runtime IMM, OFF``
and the pseudo-source operand of ``lddw`` are pybpf's spellings for encodings the conformance syntax has no form for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pybpf.errors import AssembleError, DecodeError
from pybpf.isa.codec import validate
from pybpf.isa.instruction import Instruction, s32, s64
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    MAX_REGISTER,
    MAY_GOTO,
    TO_BE,
    TO_LE,
    AluOp,
    AtomicOp,
    CallSrc,
    Class,
    JmpOp,
    Mode,
    PseudoSrc,
    Size,
    Source,
)

__all__ = ["assemble_mnemonic", "disasm_mnemonic", "disasm_mnemonic_program"]

_BINARY_ALU = {op.name.lower(): op for op in AluOp if op not in (AluOp.NEG, AluOp.END)}
_SIGNED_ALU = {"sdiv": AluOp.DIV, "smod": AluOp.MOD}
_CONDITIONAL = {"jeq": JmpOp.JEQ, "jgt": JmpOp.JGT, "jge": JmpOp.JGE, "jset": JmpOp.JSET, "jne": JmpOp.JNE,
                "jsgt": JmpOp.JSGT, "jsge": JmpOp.JSGE, "jlt": JmpOp.JLT, "jle": JmpOp.JLE, "jslt": JmpOp.JSLT,
                "jsle": JmpOp.JSLE}
_ALU_OPS = frozenset(int(op) for op in AluOp)
_SIZES = {"b": Size.B, "h": Size.H, "w": Size.W, "dw": Size.DW}
_SIZE_NAMES = {v: k for k, v in _SIZES.items()}
_ATOMIC_RMW = {"add": AtomicOp.ADD, "and": AtomicOp.AND, "or": AtomicOp.OR, "xor": AtomicOp.XOR,
               "xchg": AtomicOp.XCHG, "cmpxchg": AtomicOp.CMPXCHG}
_PSEUDO = {p.name.lower(): p for p in PseudoSrc if p != PseudoSrc.IMM}
_MOVSX = re.compile(r"movsx(8|16|32)(32|64)$")
_END = re.compile(r"(le|be|swap|bswap)(16|32|64)$")
_LABEL_DEF = re.compile(r"\s*([A-Za-z_.][\w.]*)\s*:(?!:)")
_MNEMONIC = re.compile(r"\s*([A-Za-z_][\w.]*)")
_TOKEN = re.compile(r"""\s*(?:
      (?P<reg>%[A-Za-z]*\d*)
    | (?P<num>[+-]?\s*(?:0[xX][0-9A-Fa-f]+|\d+)(?![\w]))
    | (?P<ident>[A-Za-z_.][\w.]*)
    | (?P<punct>[\[\],])
    )""", re.VERBOSE)


# -- operands ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Num:
    negative: bool
    magnitude: int
    hex: bool
    text: str

    @property
    def value(self) -> int:
        return -self.magnitude if self.negative else self.magnitude


@dataclass(frozen=True)
class _Mem:
    reg: int
    off: int


@dataclass(frozen=True)
class _Operand:
    kind: str  # "reg" | "num" | "mem" | "ident"
    value: Any  # int register, _Num, _Mem or str
    column: int
    text: str


@dataclass
class _Statement:
    mnemonic: str
    operands: list[_Operand]
    line: int
    column: int
    text: str


@dataclass
class _Fixup:
    index: int  # position in the output list
    slot: int
    label: str
    field: str  # "off" or "imm"
    line: int
    column: int
    text: str


@dataclass
class _Program:
    source: str | None
    insns: list[Instruction] = field(default_factory=list)
    slot: int = 0
    labels: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (slot, line)
    fixups: list[_Fixup] = field(default_factory=list)
    first_exit: int | None = None


class _Error(Exception):
    """Internal: an error about one operand (column known) before the statement context is attached."""

    def __init__(self, reason: str, column: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.column = column


def _parse_num(text: str) -> _Num:
    t = text.replace(" ", "").replace("\t", "")
    negative = t.startswith("-")
    if t[:1] in "+-":
        t = t[1:]
    is_hex = t[:2].lower() == "0x"
    return _Num(negative, int(t, 16 if is_hex else 10), is_hex, text.strip())


def _register(text: str, column: int) -> int:
    m = re.fullmatch(r"%r(\d+)", text)
    if not m or int(m.group(1)) > MAX_REGISTER:
        raise _Error(f"invalid register: {text} (registers are %r0-%r{MAX_REGISTER})", column)
    return int(m.group(1))


def _tokenize(text: str, start: int) -> list[tuple[str, str, int]]:
    """(kind, text, 1-based column) tokens of the operand part of a statement."""
    out = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            col = start + pos + (len(text[pos:]) - len(text[pos:].lstrip()))
            bad = text[pos:].strip().split()[0]
            raise _Error(f"unexpected text: {bad}", col)
        kind = m.lastgroup or "punct"
        tok = m.group(kind)
        out.append((kind, tok, start + m.start(kind)))
        pos = m.end()
    return out


def _operands(text: str, start: int) -> list[_Operand]:
    """Operands separated by commas or whitespace; ``[%rN+OFF]`` is one operand."""
    toks = _tokenize(text, start)
    ops: list[_Operand] = []
    i = 0
    while i < len(toks):
        kind, tok, col = toks[i]
        if kind == "punct" and tok == ",":
            if not ops or (i + 1 < len(toks) and toks[i + 1][1] == ","):
                raise _Error("empty operand", col)
            i += 1
            continue
        if kind == "punct" and tok == "[":
            j = i + 1
            if j >= len(toks) or toks[j][0] != "reg":
                raise _Error(f"failed to decode register and offset: {text[col - start:].strip()} "
                             "(expected [%rN+OFF])", col)
            reg = _register(toks[j][1], toks[j][2])
            off = 0
            j += 1
            if j < len(toks) and toks[j][0] == "num":
                num = _parse_num(toks[j][1])
                if toks[j][1].lstrip()[:1] not in ("+", "-"):
                    raise _Error(f"failed to decode register and offset: expected + or - before {num.text}",
                                 toks[j][2])
                off = _offset16(num, toks[j][2])
                j += 1
            if j >= len(toks) or toks[j][1] != "]":
                raise _Error("failed to decode register and offset: missing ]", col)
            end = toks[j][2]
            ops.append(_Operand("mem", _Mem(reg, off), col, text[col - start:end - start + 1]))
            i = j + 1
            continue
        if kind == "punct":
            raise _Error(f"unexpected {tok!r}", col)
        if kind == "reg":
            ops.append(_Operand("reg", _register(tok, col), col, tok))
        elif kind == "num":
            ops.append(_Operand("num", _parse_num(tok), col, tok.strip()))
        else:
            ops.append(_Operand("ident", tok, col, tok))
        i += 1
    return ops


def _offset16(num: _Num, column: int) -> int:
    v = num.value
    if not -0x8000 <= v <= 0x7FFF:
        raise _Error(f"offset out of 16-bit range: {num.text}", column)
    return v


def _imm32(op: _Operand) -> int:
    if op.kind != "num":
        raise _Error(f"expected an immediate, got {op.text}", op.column)
    num: _Num = op.value
    if num.hex:
        ok = num.magnitude <= (0x80000000 if num.negative else 0xFFFFFFFF)
    else:
        ok = -0x80000000 <= num.value <= 0x7FFFFFFF
    if not ok:
        raise _Error(f"immediate out of 32-bit range: {num.text}", op.column)
    return s32(num.value)


def _imm64(op: _Operand) -> int:
    if op.kind != "num":
        raise _Error(f"expected an immediate, got {op.text}", op.column)
    num: _Num = op.value
    if num.negative:
        ok = num.magnitude <= 1 << 63
    else:
        ok = num.magnitude <= 0xFFFFFFFFFFFFFFFF
    if not ok:
        raise _Error(f"immediate out of 64-bit range: {num.text}", op.column)
    return s64(num.value)


def _reg(op: _Operand) -> int:
    if op.kind != "reg":
        raise _Error(f"expected a register, got {op.text}", op.column)
    return op.value


def _mem(op: _Operand) -> _Mem:
    if op.kind != "mem":
        raise _Error(f"failed to decode register and offset: {op.text} (expected [%rN+OFF])", op.column)
    return op.value


def _count(st: _Statement, *allowed: int) -> None:
    if len(st.operands) not in allowed:
        want = " or ".join(str(n) for n in allowed)
        raise _Error(f"invalid number of operands for mnemonic: {st.mnemonic} (expected {want}, "
                     f"got {len(st.operands)})", st.column)


# -- statements -------------------------------------------------------------------------------------------------------
def _width_class(suffix: str, c32: Class, c64: Class) -> Class:
    return c32 if suffix == "32" else c64


def _target(prog: _Program, st: _Statement, op: _Operand, field_: str, bits: int) -> int:
    """A jump target: a signed slot offset, or a label fixed up once all labels are known."""
    if op.kind == "num":
        num: _Num = op.value
        lim = 1 << (bits - 1)
        if not -lim <= num.value < lim:
            raise _Error(f"offset out of {bits}-bit range: {num.text}", op.column)
        return num.value
    if op.kind == "ident":
        prog.fixups.append(_Fixup(len(prog.insns), prog.slot, op.value, field_, st.line, op.column,
                                  st.text))
        return 0
    raise _Error(f"expected a jump target (+N, -N or a label), got {op.text}", op.column)


def _encode(prog: _Program, st: _Statement) -> Instruction:
    m = st.mnemonic
    ops = st.operands
    base, suffix = (m[:-2], m[-2:]) if m[-2:] in ("32", "64") and not _END.match(m) else (m, "")

    if base in _BINARY_ALU or base in _SIGNED_ALU:
        _count(st, 2)
        cls = _width_class(suffix, Class.ALU, Class.ALU64)
        op = _BINARY_ALU[base] if base in _BINARY_ALU else _SIGNED_ALU[base]
        off = 1 if base in _SIGNED_ALU else 0
        dst = _reg(ops[0])
        if ops[1].kind == "reg":
            return Instruction(cls | op | Source.X, dst, ops[1].value, off, 0)
        return Instruction(cls | op | Source.K, dst, 0, off, _imm32(ops[1]))
    if base == "neg":
        _count(st, 1)
        return Instruction(_width_class(suffix, Class.ALU, Class.ALU64) | AluOp.NEG, _reg(ops[0]))
    if mm := _MOVSX.match(m):
        _count(st, 2)
        width, cls_bits = int(mm.group(1)), mm.group(2)
        cls = Class.ALU if cls_bits == "32" else Class.ALU64
        if cls == Class.ALU and width == 32:
            raise _Error("invalid mnemonic: movsx3232 (32-bit movsx sign-extends 8 or 16 bits)", st.column)
        return Instruction(cls | AluOp.MOV | Source.X, _reg(ops[0]), _reg(ops[1]), width, 0)
    if mm := _END.match(m):
        _count(st, 1)
        kind, width = mm.group(1), int(mm.group(2))
        code = {"le": Class.ALU | AluOp.END | TO_LE, "be": Class.ALU | AluOp.END | TO_BE}.get(
            kind, Class.ALU64 | AluOp.END | TO_LE)
        return Instruction(code, _reg(ops[0]), 0, 0, width)
    if m == "addr_space_cast":
        _count(st, 4)
        dst_as, src_as = _imm32(ops[2]), _imm32(ops[3])
        if not (0 <= dst_as <= 0xFFFF and 0 <= src_as <= 0xFFFF):
            raise _Error("address spaces must be 0-65535", ops[2].column)
        return Instruction(Class.ALU64 | AluOp.MOV | Source.X, _reg(ops[0]), _reg(ops[1]), ADDR_SPACE_CAST,
                           (dst_as << 16) | src_as)
    if base in _CONDITIONAL:
        _count(st, 3)
        cls = _width_class(suffix, Class.JMP32, Class.JMP)
        dst = _reg(ops[0])
        off = _target(prog, st, ops[2], "off", 16)
        if ops[1].kind == "reg":
            return Instruction(cls | _CONDITIONAL[base] | Source.X, dst, ops[1].value, off, 0)
        return Instruction(cls | _CONDITIONAL[base] | Source.K, dst, 0, off, _imm32(ops[1]))
    if m == "ja":
        _count(st, 1)
        return Instruction(JA, off=_target(prog, st, ops[0], "off", 16))
    if m in ("ja32", "gotol"):
        _count(st, 1)
        return Instruction(GOTOL, imm=_target(prog, st, ops[0], "imm", 32))
    if m == "may_goto":
        _count(st, 1)
        return Instruction(MAY_GOTO, off=_target(prog, st, ops[0], "off", 16))
    if m == "gotox":
        _count(st, 1)
        return Instruction(GOTOX, _reg(ops[0]))
    if m == "exit":
        _count(st, 0)
        if prog.first_exit is None:
            prog.first_exit = prog.slot
        return Instruction(EXIT)
    if m == "call":
        return _encode_call(prog, st)
    if m == "lddw":
        _count(st, 2, 3)
        src = 0
        if len(ops) == 3:
            src = _pseudo(ops[2])
        return Instruction(LD_IMM64, _reg(ops[0]), src, 0, _imm64(ops[1]))
    if m.startswith("ldabs") and m[5:] in ("b", "h", "w"):
        _count(st, 1)
        return Instruction(Class.LD | Mode.ABS | _SIZES[m[5:]], imm=_imm32(ops[0]))
    if m.startswith("ldind") and m[5:] in ("b", "h", "w"):
        _count(st, 2)
        return Instruction(Class.LD | Mode.IND | _SIZES[m[5:]], 0, _reg(ops[0]), 0, _imm32(ops[1]))
    if m.startswith("ldxs") and m[4:] in ("b", "h", "w"):
        _count(st, 2)
        mem = _mem(ops[1])
        return Instruction(Class.LDX | Mode.MEMSX | _SIZES[m[4:]], _reg(ops[0]), mem.reg, mem.off)
    if m.startswith("ldx") and m[3:] in _SIZES:
        _count(st, 2)
        dst = _reg(ops[0])
        mem = _mem(ops[1])
        return Instruction(Class.LDX | Mode.MEM | _SIZES[m[3:]], dst, mem.reg, mem.off)
    if m.startswith("stx") and m[3:] in _SIZES:
        _count(st, 2)
        mem = _mem(ops[0])
        return Instruction(Class.STX | Mode.MEM | _SIZES[m[3:]], mem.reg, _reg(ops[1]), mem.off)
    if m.startswith("st") and m[2:] in _SIZES:
        _count(st, 2)
        mem = _mem(ops[0])
        return Instruction(Class.ST | Mode.MEM | _SIZES[m[2:]], mem.reg, 0, mem.off, _imm32(ops[1]))
    if m.startswith("ldacq") and m[5:] in _SIZES:
        _count(st, 2)
        dst = _reg(ops[0])
        mem = _mem(ops[1])
        return Instruction(Class.STX | Mode.ATOMIC | _SIZES[m[5:]], dst, mem.reg, mem.off, AtomicOp.LOAD_ACQ)
    if m.startswith("strel") and m[5:] in _SIZES:
        _count(st, 2)
        mem = _mem(ops[0])
        return Instruction(Class.STX | Mode.ATOMIC | _SIZES[m[5:]], mem.reg, _reg(ops[1]), mem.off,
                           AtomicOp.STORE_REL)
    if m == "lock":
        return _encode_lock(st)
    raise _Error(f"invalid mnemonic: {m}", st.column)


def _pseudo(op: _Operand) -> int:
    if op.kind == "ident" and op.value in _PSEUDO:
        return int(_PSEUDO[op.value])
    if op.kind == "num" and not op.value.negative and op.value.magnitude <= max(PseudoSrc):
        return op.value.magnitude
    raise _Error(f"invalid lddw pseudo source: {op.text} (expected one of {', '.join(_PSEUDO)} or 0-6)", op.column)


def _encode_call(prog: _Program, st: _Statement) -> Instruction:
    ops = st.operands
    mode = "helper"
    if ops and ops[0].kind == "ident" and ops[0].value in ("helper", "local", "runtime", "kfunc"):
        mode = ops[0].value
        ops = ops[1:]
    if mode == "runtime" or mode == "kfunc":
        if len(ops) not in (1, 2):
            raise _Error(f"invalid number of operands for mnemonic: call {mode} (expected 1 or 2)", st.column)
        off = 0
        if len(ops) == 2:
            if ops[1].kind != "num":
                raise _Error(f"expected a BTF fd index, got {ops[1].text}", ops[1].column)
            off = _offset16(ops[1].value, ops[1].column)
        return Instruction(CALL, 0, CallSrc.KFUNC, off, _imm32(ops[0]))
    if len(ops) != 1:
        raise _Error(f"invalid number of operands for mnemonic: call (expected 1, got {len(ops)})", st.column)
    if mode == "local":
        return Instruction(CALL, 0, CallSrc.PSEUDO_CALL, 0, _target(prog, st, ops[0], "imm", 32))
    if ops[0].kind == "reg":
        return Instruction(CALLX, ops[0].value)
    return Instruction(CALL, 0, CallSrc.HELPER, 0, _imm32(ops[0]))


def _encode_lock(st: _Statement) -> Instruction:
    ops = st.operands
    fetch = bool(ops) and ops[0].kind == "ident" and ops[0].value == "fetch"
    if fetch:
        ops = ops[1:]
    if len(ops) != 3 or ops[0].kind != "ident":
        raise _Error("invalid number of operands for lock (expected: lock [fetch] OP [%rD+OFF], %rS)", st.column)
    name: str = ops[0].value
    base, suffix = (name[:-2], name[-2:]) if name[-2:] in ("32", "64") else (name, "")
    if base not in _ATOMIC_RMW:
        raise _Error(f"invalid mnemonic: lock {name} (atomic operations are {', '.join(_ATOMIC_RMW)})",
                     ops[0].column)
    imm = int(_ATOMIC_RMW[base])
    if fetch:
        imm |= 0x01  # BPF_FETCH; xchg and cmpxchg always have it
    size = Size.W if suffix == "32" else Size.DW
    mem = _mem(ops[1])
    return Instruction(Class.STX | Mode.ATOMIC | size, mem.reg, _reg(ops[2]), mem.off, imm)


# -- driver -----------------------------------------------------------------------------------------------------------
def _split_statements(line: str) -> list[tuple[str, int]]:
    """Statements of one line (``;`` separates them) with their 0-based start column; comments removed."""
    code = line.split("#", 1)[0]
    out = []
    start = 0
    for part in code.split(";"):
        out.append((part, start))
        start += len(part) + 1
    return out


def assemble_mnemonic(text: str, source: str | None = None, *, line_offset: int = 0) -> list[Instruction]:
    """Assemble mnemonic-syntax text into instructions. Errors are :class:`AssembleError` with line and column.

    ``line_offset`` is added to reported line numbers (for text embedded in a larger file, e.g. a ``.data`` file).
    """
    prog = _Program(source)
    lines = text.splitlines()
    for lineno, line in enumerate(lines, 1 + line_offset):
        for part, start in _split_statements(line):
            pos = 0
            while m := _LABEL_DEF.match(part, pos):
                name = m.group(1)
                if name in prog.labels:
                    raise AssembleError(f"duplicate label: {name} (first defined on line {prog.labels[name][1]})",
                                        line=lineno, column=start + m.start(1) + 1, source=source, text=line)
                prog.labels[name] = (prog.slot, lineno)
                pos = m.end()
            if not part[pos:].strip():
                continue
            mm = _MNEMONIC.match(part, pos)
            if not mm:
                col = start + pos + len(part[pos:]) - len(part[pos:].lstrip()) + 1
                raise AssembleError(f"invalid mnemonic: {part[pos:].strip().split()[0]}", line=lineno, column=col,
                                    source=source, text=line)
            mnemonic = mm.group(1).lower()
            column = start + mm.start(1) + 1
            try:
                ops = _operands(part[mm.end():], start + mm.end() + 1)
                st = _Statement(mnemonic, ops, lineno, column, line)
                insn = _encode(prog, st)
                validate(insn, prog.slot)  # the syntax can spell encodings the ISA rejects (addr_space_cast 0, 0)
            except _Error as err:
                raise AssembleError(err.reason, line=lineno, column=err.column or column, source=source,
                                    text=line) from None
            except DecodeError as err:
                raise AssembleError(f"invalid instruction: {err.reason}", line=lineno, column=column,
                                    source=source, text=line) from None
            prog.insns.append(insn)
            prog.slot += insn.width
    labels = {name: slot for name, (slot, _) in prog.labels.items()}
    if "exit" not in labels and prog.first_exit is not None:
        labels["exit"] = prog.first_exit
    for fx in prog.fixups:
        if fx.label not in labels:
            raise AssembleError(f"invalid label: {fx.label} (not defined)", line=fx.line, column=fx.column,
                                source=source, text=fx.text)
        rel = labels[fx.label] - fx.slot - 1
        bits = 16 if fx.field == "off" else 32
        if not -(1 << (bits - 1)) <= rel < 1 << (bits - 1):
            raise AssembleError(f"label {fx.label} is {rel} slots away: out of {bits}-bit range", line=fx.line,
                                column=fx.column, source=source, text=fx.text)
        prog.insns[fx.index] = prog.insns[fx.index].replace(**{fx.field: rel})
    return prog.insns


# -- disassembly ------------------------------------------------------------------------------------------------------
def _imm_text(v: int) -> str:
    """Small values in decimal, large ones as unsigned 32-bit hex: both parse back to the same s32."""
    return str(v) if -0x10000 < v < 0x10000 else f"0x{v & 0xFFFFFFFF:x}"


def _rel(v: int) -> str:
    return f"+{v}" if v >= 0 else str(v)


def _memref(reg: int, off: int) -> str:
    return f"[%r{reg}]" if off == 0 else f"[%r{reg}{_rel(off)}]"


def disasm_mnemonic(insn: Instruction, slot: int = 0) -> str:
    """One instruction in mnemonic syntax; :func:`assemble_mnemonic` turns the text back into ``insn``.

    ``slot`` is where the instruction sits; it is only used in the error for an opcode with no mnemonic form.
    """
    code, cls = insn.opcode, insn.opcode & 0x07
    d, s = f"%r{insn.dst}", f"%r{insn.src}"
    if cls in (Class.ALU, Class.ALU64) and (code & 0xF0) in _ALU_OPS:
        sfx = "32" if cls == Class.ALU else ""
        op = code & 0xF0
        if op == AluOp.NEG:
            return f"neg{sfx} {d}"
        if op == AluOp.END:
            kind = "bswap" if cls == Class.ALU64 else ("be" if code & Source.X else "le")
            return f"{kind}{insn.imm} {d}"
        if op == AluOp.MOV and code & Source.X and insn.off:
            if cls == Class.ALU64 and insn.off == ADDR_SPACE_CAST:
                return f"addr_space_cast {d}, {s}, {(insn.imm >> 16) & 0xFFFF}, {insn.imm & 0xFFFF}"
            return f"movsx{insn.off}{'32' if cls == Class.ALU else '64'} {d}, {s}"
        name = AluOp(op).name.lower()
        if op in (AluOp.DIV, AluOp.MOD) and insn.off == 1:
            name = "s" + name
        return f"{name}{sfx} {d}, {s if code & Source.X else _imm_text(insn.imm)}"
    if cls in (Class.JMP, Class.JMP32):
        if code == JA:
            return f"ja {_rel(insn.off)}"
        if code == GOTOL:
            return f"ja32 {_rel(insn.imm)}"
        if code == GOTOX:
            return f"gotox {d}"
        if code == MAY_GOTO:
            return f"may_goto {_rel(insn.off)}"
        if code == EXIT:
            return "exit"
        if code == CALLX:
            return f"call {d}"
        if code == CALL:
            if insn.src == CallSrc.PSEUDO_CALL:
                return f"call local {_rel(insn.imm)}"
            if insn.src == CallSrc.KFUNC:
                return f"call runtime {_imm_text(insn.imm)}" + (f", {insn.off}" if insn.off else "")
            return f"call {_imm_text(insn.imm)}"
        op = code & 0xF0
        if op in {int(v) for v in _CONDITIONAL.values()}:
            name = JmpOp(op).name.lower() + ("32" if cls == Class.JMP32 else "")
            rhs = s if code & Source.X else _imm_text(insn.imm)
            return f"{name} {d}, {rhs}, {_rel(insn.off)}"
    if code == LD_IMM64:
        text = f"lddw {d}, 0x{insn.imm & 0xFFFFFFFFFFFFFFFF:x}"
        if insn.src:
            names = {int(v): k for k, v in _PSEUDO.items()}
            text += f", {names.get(insn.src, str(insn.src))}"
        return text
    size = _SIZE_NAMES.get(Size(code & 0x18))
    mode = code & 0xE0
    if cls == Class.LD and mode == Mode.ABS:
        return f"ldabs{size} {_imm_text(insn.imm)}"
    if cls == Class.LD and mode == Mode.IND:
        return f"ldind{size} {s}, {_imm_text(insn.imm)}"
    if cls == Class.LDX and mode in (Mode.MEM, Mode.MEMSX):
        return f"ldx{'s' if mode == Mode.MEMSX else ''}{size} {d}, {_memref(insn.src, insn.off)}"
    if cls == Class.ST and mode == Mode.MEM:
        return f"st{size} {_memref(insn.dst, insn.off)}, {_imm_text(insn.imm)}"
    if cls == Class.STX and mode == Mode.MEM:
        return f"stx{size} {_memref(insn.dst, insn.off)}, {s}"
    if cls == Class.STX and mode == Mode.ATOMIC:
        if insn.imm == AtomicOp.LOAD_ACQ:
            return f"ldacq{size} {d}, {_memref(insn.src, insn.off)}"
        if insn.imm == AtomicOp.STORE_REL:
            return f"strel{size} {_memref(insn.dst, insn.off)}, {s}"
        names = {int(v): k for k, v in _ATOMIC_RMW.items()}
        if insn.imm in (AtomicOp.XCHG, AtomicOp.CMPXCHG):  # always fetch: no "fetch" word needed
            base, fetch = names[insn.imm], ""
        else:
            base, fetch = names.get(insn.imm & ~0x01), ("fetch " if insn.imm & 0x01 else "")
        if base is not None and size in ("w", "dw"):
            return f"lock {fetch}{base}{'32' if size == 'w' else ''} {_memref(insn.dst, insn.off)}, {s}"
    raise DecodeError(slot, f"opcode 0x{code:02x} (imm {insn.imm}) has no mnemonic form", field="opcode")


def disasm_mnemonic_program(insns: list[Instruction] | tuple[Instruction, ...]) -> str:
    """A whole program, one instruction per line (jump targets as relative slot offsets)."""
    lines = []
    slot = 0
    for insn in insns:
        lines.append(disasm_mnemonic(insn, slot))
        slot += insn.width
    return "\n".join(lines) + ("\n" if lines else "")

"""LLVM IR for the arithmetic of one instruction: ALU/ALU32, byte swaps and jump conditions, with no undefined
behaviour and no host trap.

Division and modulo never reach a hardware divide with a zero divisor or with INT_MIN / -1 (x86 ``idiv`` raises
SIGFPE): the divisor is replaced by 1 in those cases and the result chosen with ``select``, so the semantics of
:mod:`pybpf.vm._alu` hold (x / 0 = 0, x % 0 = x, INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0) and a constant divisor
still becomes a multiply. Shift counts are masked, ALU32 results zero-extended, byte swaps use ``llvm.bswap``.
"""

from __future__ import annotations

from collections.abc import Callable

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import AluOp, Class, JmpOp, Source

M32 = 0xFFFF_FFFF
M64 = 0xFFFF_FFFF_FFFF_FFFF

INTRINSICS = """\
declare i16 @llvm.bswap.i16(i16)
declare i32 @llvm.bswap.i32(i32)
declare i64 @llvm.bswap.i64(i64)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare i1 @llvm.expect.i1(i1, i1)
"""

_BIN = {AluOp.ADD: "add", AluOp.SUB: "sub", AluOp.MUL: "mul", AluOp.OR: "or", AluOp.AND: "and",
        AluOp.XOR: "xor", AluOp.LSH: "shl", AluOp.RSH: "lshr", AluOp.ARSH: "ashr"}
_SHIFTS = frozenset({AluOp.LSH, AluOp.RSH, AluOp.ARSH})

_ICMP = {JmpOp.JEQ: "eq", JmpOp.JNE: "ne", JmpOp.JGT: "ugt", JmpOp.JGE: "uge", JmpOp.JLT: "ult", JmpOp.JLE: "ule",
         JmpOp.JSGT: "sgt", JmpOp.JSGE: "sge", JmpOp.JSLT: "slt", JmpOp.JSLE: "sle"}


def s64(v: int) -> int:
    """``v`` as a signed 64-bit constant (how IR spells i64 literals)."""
    v &= M64
    return v - (1 << 64) if v >> 63 else v


def s32(v: int) -> int:
    v &= M32
    return v - (1 << 32) if v >> 31 else v


class Code:
    """IR lines of one function under construction, with fresh value names."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._n = 0
        self.current = "entry"  # the block being filled

    def tmp(self) -> str:
        self._n += 1
        return f"%t{self._n}"

    def label(self, stem: str) -> str:
        self._n += 1
        return f"{stem}.{self._n}"

    def __call__(self, line: str) -> None:
        self.lines.append("  " + line)

    def block(self, name: str) -> None:
        self.lines.append(f"{name}:")
        self.current = name

    def op(self, text: str) -> str:
        """Emit ``%t = text`` and return %t."""
        t = self.tmp()
        self.lines.append(f"  {t} = {text}")
        return t


def alu(c: Code, insn: Instruction, get: Callable[[int], str], on_error: Callable[[], None] | None = None
        ) -> str | None:
    """The new value of ``dst`` (an i64 value name) for an ALU/ALU64 instruction; ``get(r)`` loads register r.
    Returns None for addr_space_cast (the caller reports it)."""
    code = insn.opcode
    op = code & 0xF0
    is64 = code & 0x07 == Class.ALU64
    x = bool(code & Source.X)
    a = get(insn.dst)
    if op == AluOp.END:
        return _endian(c, a, is64, x, insn.imm)
    if is64:
        b = get(insn.src) if x else str(s64(insn.imm))
        return _alu64(c, op, a, b, x, insn)
    a32 = c.op(f"trunc i64 {a} to i32")
    if x:
        b32 = c.op(f"trunc i64 {get(insn.src)} to i32")
    else:
        b32 = str(s32(insn.imm))
    r = _alu32(c, op, a32, b32, x, insn)
    return c.op(f"zext i32 {r} to i64")


def _alu64(c: Code, op: int, a: str, b: str, x: bool, insn: Instruction) -> str | None:
    if op in _SHIFTS:
        sh = c.op(f"and i64 {b}, 63") if x else str(insn.imm & 63)
        return c.op(f"{_BIN[op]} i64 {a}, {sh}")  # type: ignore[index]
    if op in _BIN:
        return c.op(f"{_BIN[op]} i64 {a}, {b}")  # type: ignore[index]
    if op == AluOp.NEG:
        return c.op(f"sub i64 0, {a}")
    if op == AluOp.MOV:
        if not x:
            return b
        off = insn.off
        if off == 1:  # addr_space_cast
            return None
        if off:
            t = c.op(f"trunc i64 {b} to i{off}")
            return c.op(f"sext i{off} {t} to i64")
        return b
    if op in (AluOp.DIV, AluOp.MOD):
        signed = bool(insn.off)
        return _divmod(c, "i64", op == AluOp.DIV, signed, a, b, None if x else insn.imm)
    raise ValueError(f"not an ALU64 operation: 0x{op:02x}")


def _alu32(c: Code, op: int, a: str, b: str, x: bool, insn: Instruction) -> str:
    if op in _SHIFTS:
        sh = c.op(f"and i32 {b}, 31") if x else str(insn.imm & 31)
        return c.op(f"{_BIN[op]} i32 {a}, {sh}")  # type: ignore[index]
    if op in _BIN:
        return c.op(f"{_BIN[op]} i32 {a}, {b}")  # type: ignore[index]
    if op == AluOp.NEG:
        return c.op(f"sub i32 0, {a}")
    if op == AluOp.MOV:
        if not x or not insn.off:
            return b if x else str(s32(insn.imm))
        off = insn.off
        if off >= 32:
            return b
        t = c.op(f"trunc i32 {b} to i{off}")
        return c.op(f"sext i{off} {t} to i32")
    if op in (AluOp.DIV, AluOp.MOD):
        return _divmod(c, "i32", op == AluOp.DIV, bool(insn.off), a, b, None if x else insn.imm)
    raise ValueError(f"not an ALU32 operation: 0x{op:02x}")


def _divmod(c: Code, ty: str, div: bool, signed: bool, a: str, b: str, k: int | None) -> str:
    """Division / modulo with Linux's results for a zero divisor and INT_MIN / -1, never trapping."""
    bits = 64 if ty == "i64" else 32
    mask = (1 << bits) - 1
    if k is not None:  # a constant divisor: decided now, and LLVM turns the division into multiplies
        kv = k & mask
        if kv == 0:
            return "0" if div else a
        if signed and kv == mask:  # -1
            return c.op(f"sub {ty} 0, {a}") if div else "0"
        kc = s64(kv) if bits == 64 else s32(kv)
        return c.op(f"{'s' if signed else 'u'}{'div' if div else 'rem'} {ty} {a}, {kc}")
    zero = c.op(f"icmp eq {ty} {b}, 0")
    if not signed:
        safe = c.op(f"select i1 {zero}, {ty} 1, {ty} {b}")
        q = c.op(f"{'udiv' if div else 'urem'} {ty} {a}, {safe}")
        return c.op(f"select i1 {zero}, {ty} {'0' if div else a}, {ty} {q}")
    minus1 = c.op(f"icmp eq {ty} {b}, -1")
    bad = c.op(f"or i1 {zero}, {minus1}")
    safe = c.op(f"select i1 {bad}, {ty} 1, {ty} {b}")
    q = c.op(f"{'sdiv' if div else 'srem'} {ty} {a}, {safe}")
    if div:
        neg = c.op(f"sub {ty} 0, {a}")  # INT_MIN / -1 wraps to INT_MIN
        t = c.op(f"select i1 {minus1}, {ty} {neg}, {ty} {q}")
        return c.op(f"select i1 {zero}, {ty} 0, {ty} {t}")
    t = c.op(f"select i1 {minus1}, {ty} 0, {ty} {q}")
    return c.op(f"select i1 {zero}, {ty} {a}, {ty} {t}")


def _endian(c: Code, a: str, is64: bool, to_be: bool, width: int) -> str:
    """BPF_END: ALU ``le`` truncates to ``width``; ALU ``be`` and ALU64 ``bswap`` swap the low ``width`` bits."""
    swap = is64 or to_be
    if width == 64:
        return c.op(f"call i64 @llvm.bswap.i64(i64 {a})") if swap else a
    if width not in (16, 32):
        raise ValueError(f"byte swap width {width}")
    t = c.op(f"trunc i64 {a} to i{width}")
    if swap:
        t = c.op(f"call i{width} @llvm.bswap.i{width}(i{width} {t})")
    return c.op(f"zext i{width} {t} to i64")


def condition(c: Code, insn: Instruction, get: Callable[[int], str]) -> str:
    """The i1 of a conditional jump."""
    code = insn.opcode
    op = code & 0xF0
    is32 = code & 0x07 == Class.JMP32
    x = bool(code & Source.X)
    a = get(insn.dst)
    if is32:
        a = c.op(f"trunc i64 {a} to i32")
        b = c.op(f"trunc i64 {get(insn.src)} to i32") if x else str(s32(insn.imm))
        ty = "i32"
    else:
        b = get(insn.src) if x else str(s64(insn.imm))
        ty = "i64"
    if op == JmpOp.JSET:
        t = c.op(f"and {ty} {a}, {b}")
        return c.op(f"icmp ne {ty} {t}, 0")
    return c.op(f"icmp {_ICMP[op]} {ty} {a}, {b}")  # type: ignore[index]

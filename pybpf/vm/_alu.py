"""Pure semantics of eBPF arithmetic and comparisons on unsigned 64-bit Python ints (Linux's, kernel/bpf/core.c).

Registers hold values in ``[0, 2**64)``. ALU32 operations see the low 32 bits and zero-extend their result.
Division follows the verifier's run-time fixups: x / 0 = 0, x % 0 = x (32-bit: zero-extended), and signed
division truncates toward zero with INT_MIN / -1 = INT_MIN and INT_MIN % -1 = 0.
"""

from __future__ import annotations

from pybpf.isa.opcodes import AluOp, JmpOp

# Plain ints: comparing against enum members costs an attribute lookup each time on this hot path.
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR, MOV, ARSH = (
    int(AluOp.ADD), int(AluOp.SUB), int(AluOp.MUL), int(AluOp.DIV), int(AluOp.OR), int(AluOp.AND), int(AluOp.LSH),
    int(AluOp.RSH), int(AluOp.NEG), int(AluOp.MOD), int(AluOp.XOR), int(AluOp.MOV), int(AluOp.ARSH))
JEQ, JNE, JGT, JGE, JLT, JLE, JSET, JSGT, JSGE, JSLT, JSLE = (
    int(JmpOp.JEQ), int(JmpOp.JNE), int(JmpOp.JGT), int(JmpOp.JGE), int(JmpOp.JLT), int(JmpOp.JLE), int(JmpOp.JSET),
    int(JmpOp.JSGT), int(JmpOp.JSGE), int(JmpOp.JSLT), int(JmpOp.JSLE))

M64 = 0xFFFF_FFFF_FFFF_FFFF
M32 = 0xFFFF_FFFF
SIGN64 = 1 << 63
SIGN32 = 1 << 31


def sext(value: int, bits: int) -> int:
    """The low ``bits`` of ``value`` read as a signed number."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def _sdiv(a: int, b: int) -> int:
    """Signed division truncating toward zero (C semantics); ``b`` is non-zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def sdiv64(a: int, b: int) -> int:
    if not b:
        return 0
    return _sdiv(sext(a, 64), sext(b, 64)) & M64


def smod64(a: int, b: int) -> int:
    if not b:
        return a
    x, y = sext(a, 64), sext(b, 64)
    return (x - y * _sdiv(x, y)) & M64


def sdiv32(a: int, b: int) -> int:
    b &= M32
    if not b:
        return 0
    return _sdiv(sext(a, 32), sext(b, 32)) & M32


def smod32(a: int, b: int) -> int:
    b &= M32
    if not b:
        return a & M32
    x, y = sext(a, 32), sext(b, 32)
    return (x - y * _sdiv(x, y)) & M32


def bswap16(v: int) -> int:
    return ((v & 0xFF) << 8) | ((v >> 8) & 0xFF)


def bswap32(v: int) -> int:
    return int.from_bytes((v & M32).to_bytes(4, "little"), "big")


def bswap64(v: int) -> int:
    return int.from_bytes(v.to_bytes(8, "little"), "big")


BSWAP = {16: bswap16, 32: bswap32, 64: bswap64}


def alu64(op: int, off: int, a: int, b: int) -> int:
    """ALU64 ``op`` on ``a`` (dst) and ``b`` (src or sign-extended imm, as u64); ``off`` selects signed div/mod
    and the movsx width. NEG ignores ``b``. END is not handled here (see :func:`endian`)."""
    if op == ADD:
        return (a + b) & M64
    if op == SUB:
        return (a - b) & M64
    if op == MUL:
        return (a * b) & M64
    if op == DIV:
        if off:
            return sdiv64(a, b)
        return a // b if b else 0
    if op == MOD:
        if off:
            return smod64(a, b)
        return a % b if b else a
    if op == OR:
        return a | b
    if op == AND:
        return a & b
    if op == XOR:
        return a ^ b
    if op == LSH:
        return (a << (b & 63)) & M64
    if op == RSH:
        return a >> (b & 63)
    if op == ARSH:
        return (sext(a, 64) >> (b & 63)) & M64
    if op == NEG:
        return -a & M64
    if op == MOV:
        return sext(b, off) & M64 if off else b
    raise ValueError(f"not an ALU operation: 0x{op:02x}")


def alu32(op: int, off: int, a: int, b: int) -> int:
    """ALU32 ``op``: operates on the low 32 bits of ``a`` and ``b``; the result is zero-extended."""
    a &= M32
    b &= M32
    if op == ADD:
        return (a + b) & M32
    if op == SUB:
        return (a - b) & M32
    if op == MUL:
        return (a * b) & M32
    if op == DIV:
        if off:
            return sdiv32(a, b)
        return a // b if b else 0
    if op == MOD:
        if off:
            return smod32(a, b)
        return a % b if b else a
    if op == OR:
        return a | b
    if op == AND:
        return a & b
    if op == XOR:
        return a ^ b
    if op == LSH:
        return (a << (b & 31)) & M32
    if op == RSH:
        return a >> (b & 31)
    if op == ARSH:
        return (sext(a, 32) >> (b & 31)) & M32
    if op == NEG:
        return -a & M32
    if op == MOV:
        return sext(b, off) & M32 if off else b
    raise ValueError(f"not an ALU operation: 0x{op:02x}")


def endian(is64: bool, to_be: bool, width: int, a: int) -> int:
    """BPF_END: ALU ``le`` truncates to ``width``; ALU ``be`` and ALU64 ``bswap`` swap the low ``width`` bits."""
    if is64 or to_be:
        return BSWAP[width](a & ((1 << width) - 1))
    return a & ((1 << width) - 1)


def condition(op: int, is32: bool, a: int, b: int) -> bool:
    """Whether a conditional jump ``op`` is taken; ``b`` is the src register or the sign-extended imm as u64."""
    if is32:
        a &= M32
        b &= M32
        bias = SIGN32
    else:
        bias = SIGN64
    if op == JEQ:
        return a == b
    if op == JNE:
        return a != b
    if op == JGT:
        return a > b
    if op == JGE:
        return a >= b
    if op == JLT:
        return a < b
    if op == JLE:
        return a <= b
    if op == JSET:
        return bool(a & b)
    # Signed comparisons: flipping the sign bit maps two's complement order onto unsigned order.
    if op == JSGT:
        return (a ^ bias) > (b ^ bias)
    if op == JSGE:
        return (a ^ bias) >= (b ^ bias)
    if op == JSLT:
        return (a ^ bias) < (b ^ bias)
    if op == JSLE:
        return (a ^ bias) <= (b ^ bias)
    raise ValueError(f"not a conditional jump: 0x{op:02x}")

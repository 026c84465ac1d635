"""ALU semantics (Linux's): wraparound, ALU32 zero-extension, division rules, shifts, sign extension, byte swaps."""

from __future__ import annotations

import pytest
from vm_build import alu, alu32, end, exit_, lddw, mov, movr, neg
from vm_harness import r0_of

from pybpf.isa.opcodes import AluOp

M64 = (1 << 64) - 1
INT64_MIN = 1 << 63
INT32_MIN = 1 << 31


def u(v: int) -> int:
    return v & M64


def prog(a: int, *ops, b: int | None = None):
    """r0 = a (64-bit), r1 = b, then ``ops``, exit."""
    head = [lddw(0, a)]
    if b is not None:
        head.append(lddw(1, b))
    return [*head, *ops, exit_()]


CASES = [
    # 64-bit wraparound
    ("add64 wraps", prog(M64, alu(AluOp.ADD, 0, imm=2)), 1),
    ("sub64 wraps", prog(0, alu(AluOp.SUB, 0, imm=1)), M64),
    ("mul64 wraps", prog(1 << 63, alu(AluOp.MUL, 0, imm=2)), 0),
    ("mul64 reg", prog(0x1_0000_0001, alu(AluOp.MUL, 0, 1), b=0x1_0000_0001), 0x2_0000_0001),
    # ALU64 K operands are the sign-extended s32 imm; ALU32 K uses the low 32 bits
    ("and64 imm sign-extends", prog(0xFFFF_FFFF_0000_00FF, alu(AluOp.AND, 0, imm=-1)), 0xFFFF_FFFF_0000_00FF),
    ("or64 imm sign-extends", prog(0, alu(AluOp.OR, 0, imm=-2)), u(-2)),
    ("mov64 imm sign-extends", [mov(0, -1), exit_()], M64),
    ("mov32 imm zero-extends", [alu32(AluOp.MOV, 0, imm=-1), exit_()], 0xFFFF_FFFF),
    ("add32 zero-extends", prog(0xFFFF_FFFF_FFFF_FFFF, alu32(AluOp.ADD, 0, imm=1)), 0),
    ("add32 high bits dropped", prog(0x1234_5678_0000_0001, alu32(AluOp.ADD, 0, imm=1)), 2),
    ("sub32 wraps", prog(0, alu32(AluOp.SUB, 0, imm=1)), 0xFFFF_FFFF),
    ("mul32 reg", prog(0x1_0000_0003, alu32(AluOp.MUL, 0, 1), b=0xFFFF_FFFF), u(-3) & 0xFFFF_FFFF),
    ("mov32 reg zero-extends", prog(0, alu32(AluOp.MOV, 0, 1), b=M64), 0xFFFF_FFFF),
    ("xor32 zero-extends", prog(M64, alu32(AluOp.XOR, 0, imm=0)), 0xFFFF_FFFF),
    # division and modulo: x / 0 = 0, x % 0 = x (32-bit: zero-extended)
    ("div64 by zero reg", prog(77, alu(AluOp.DIV, 0, 1), b=0), 0),
    ("div64 by zero imm", prog(77, alu(AluOp.DIV, 0, imm=0)), 0),
    ("div32 by zero reg", prog(M64, alu32(AluOp.DIV, 0, 1), b=0), 0),
    ("div32 by zero (high bits of divisor ignored)", prog(9, alu32(AluOp.DIV, 0, 1), b=1 << 32), 0),
    ("mod64 by zero reg", prog(M64 - 5, alu(AluOp.MOD, 0, 1), b=0), M64 - 5),
    ("mod64 by zero imm", prog(M64 - 5, alu(AluOp.MOD, 0, imm=0)), M64 - 5),
    ("mod32 by zero zero-extends", prog(0xAAAA_BBBB_CCCC_DDDD, alu32(AluOp.MOD, 0, 1), b=0), 0xCCCC_DDDD),
    ("mod32 by zero imm zero-extends", prog(0xAAAA_BBBB_CCCC_DDDD, alu32(AluOp.MOD, 0, imm=0)), 0xCCCC_DDDD),
    ("div64 unsigned", prog(u(-10), alu(AluOp.DIV, 0, imm=3)), u(-10) // 3),
    ("div64 imm is sign-extended", prog(u(-10), alu(AluOp.DIV, 0, imm=-1)), 0),
    ("div32 unsigned", prog(u(-10), alu32(AluOp.DIV, 0, imm=3)), 0xFFFF_FFF6 // 3),
    ("mod64 unsigned", prog(u(-10), alu(AluOp.MOD, 0, imm=3)), u(-10) % 3),
    ("mod32 unsigned", prog(u(-10), alu32(AluOp.MOD, 0, 1), b=7), 0xFFFF_FFF6 % 7),
    # signed division (off = 1): truncation toward zero
    ("sdiv64 -7/2", prog(u(-7), alu(AluOp.DIV, 0, imm=2, off=1)), u(-3)),
    ("sdiv64 7/-2", prog(7, alu(AluOp.DIV, 0, 1, off=1), b=u(-2)), u(-3)),
    ("sdiv64 -7/-2", prog(u(-7), alu(AluOp.DIV, 0, imm=-2, off=1)), 3),
    ("smod64 -7%2", prog(u(-7), alu(AluOp.MOD, 0, imm=2, off=1)), u(-1)),
    ("smod64 7%-2", prog(7, alu(AluOp.MOD, 0, imm=-2, off=1)), 1),
    ("smod64 -7%-2", prog(u(-7), alu(AluOp.MOD, 0, 1, off=1), b=u(-2)), u(-1)),
    ("sdiv64 INT_MIN/-1", prog(INT64_MIN, alu(AluOp.DIV, 0, imm=-1, off=1)), INT64_MIN),
    ("sdiv64 INT_MIN/-1 reg", prog(INT64_MIN, alu(AluOp.DIV, 0, 1, off=1), b=M64), INT64_MIN),
    ("smod64 INT_MIN%-1", prog(INT64_MIN, alu(AluOp.MOD, 0, imm=-1, off=1)), 0),
    ("sdiv64 by zero", prog(u(-7), alu(AluOp.DIV, 0, 1, off=1), b=0), 0),
    ("smod64 by zero", prog(u(-7), alu(AluOp.MOD, 0, 1, off=1), b=0), u(-7)),
    ("sdiv32 -7/2", prog(0xFFFF_FFF9, alu32(AluOp.DIV, 0, imm=2, off=1)), 0xFFFF_FFFD),
    ("sdiv32 ignores high bits", prog(0x5_FFFF_FFF9, alu32(AluOp.DIV, 0, 1, off=1), b=0x7_0000_0002), 0xFFFF_FFFD),
    ("smod32 -7%2", prog(0xFFFF_FFF9, alu32(AluOp.MOD, 0, imm=2, off=1)), 0xFFFF_FFFF),
    ("smod32 7%-2", prog(7, alu32(AluOp.MOD, 0, imm=-2, off=1)), 1),
    ("sdiv32 INT_MIN/-1", prog(INT32_MIN, alu32(AluOp.DIV, 0, imm=-1, off=1)), INT32_MIN),
    ("smod32 INT_MIN%-1", prog(INT32_MIN, alu32(AluOp.MOD, 0, 1, off=1), b=M64), 0),
    ("sdiv32 by zero", prog(0xFFFF_FFF9, alu32(AluOp.DIV, 0, 1, off=1), b=0), 0),
    ("smod32 by zero zero-extends", prog(0xAAAA_BBBB_FFFF_FFF9, alu32(AluOp.MOD, 0, imm=0, off=1)), 0xFFFF_FFF9),
    # shifts: counts masked to the width
    ("lsh64 reg masked", prog(1, alu(AluOp.LSH, 0, 1), b=65), 2),
    ("rsh64 reg masked", prog(1 << 63, alu(AluOp.RSH, 0, 1), b=64 + 63), 1),
    ("lsh64 imm", prog(3, alu(AluOp.LSH, 0, imm=62)), 0xC000_0000_0000_0000),
    ("lsh32 reg masked", prog(1, alu32(AluOp.LSH, 0, 1), b=33), 2),
    ("lsh32 drops bits", prog(0xFFFF_FFFF, alu32(AluOp.LSH, 0, imm=4)), 0xFFFF_FFF0),
    ("rsh32 reads low 32 bits", prog(0xFFFF_FFFF_8000_0000, alu32(AluOp.RSH, 0, imm=31)), 1),
    ("arsh64", prog(u(-16), alu(AluOp.ARSH, 0, imm=2)), u(-4)),
    ("arsh64 reg masked", prog(u(-16), alu(AluOp.ARSH, 0, 1), b=66), u(-4)),
    ("arsh64 positive", prog(0x7000_0000_0000_0000, alu(AluOp.ARSH, 0, imm=60)), 7),
    ("arsh32", prog(0x1_8000_0000, alu32(AluOp.ARSH, 0, imm=4)), 0xF800_0000),
    ("arsh32 reg masked", prog(0x8000_0000, alu32(AluOp.ARSH, 0, 1), b=32 + 31), 0xFFFF_FFFF),
    # neg
    ("neg64", prog(5, neg(0)), u(-5)),
    ("neg64 INT_MIN", prog(INT64_MIN, neg(0)), INT64_MIN),
    ("neg32", prog(0x1_0000_0005, neg(0, is64=False)), 0xFFFF_FFFB),
    ("neg32 INT_MIN", prog(INT32_MIN, neg(0, is64=False)), INT32_MIN),
    # movsx
    ("movsx64 8", prog(0, alu(AluOp.MOV, 0, 1, off=8), b=0x1_80), u(-128)),
    ("movsx64 16", prog(0, alu(AluOp.MOV, 0, 1, off=16), b=0xFF_7FFF), 0x7FFF),
    ("movsx64 16 negative", prog(0, alu(AluOp.MOV, 0, 1, off=16), b=0x8000), u(-0x8000)),
    ("movsx64 32", prog(0, alu(AluOp.MOV, 0, 1, off=32), b=0x1_8000_0000), u(-(1 << 31))),
    ("movsx32 8", prog(0, alu32(AluOp.MOV, 0, 1, off=8), b=0xFF), 0xFFFF_FFFF),
    ("movsx32 16", prog(0, alu32(AluOp.MOV, 0, 1, off=16), b=0x1_8001), 0xFFFF_8001),
    # byte order: le truncates, be swaps and truncates, bswap swaps
    ("le16", prog(0x1122_3344_5566_7788, end(16, 0)), 0x7788),
    ("le32", prog(0x1122_3344_5566_7788, end(32, 0)), 0x5566_7788),
    ("le64", prog(0x1122_3344_5566_7788, end(64, 0)), 0x1122_3344_5566_7788),
    ("be16", prog(0x1122_3344_5566_7788, end(16, 0, to_be=True)), 0x8877),
    ("be32", prog(0x1122_3344_5566_7788, end(32, 0, to_be=True)), 0x8877_6655),
    ("be64", prog(0x1122_3344_5566_7788, end(64, 0, to_be=True)), 0x8877_6655_4433_2211),
    ("bswap16", prog(0x1122_3344_5566_7788, end(16, 0, bswap=True)), 0x8877),
    ("bswap32", prog(0x1122_3344_5566_7788, end(32, 0, bswap=True)), 0x8877_6655),
    ("bswap64", prog(0x1122_3344_5566_7788, end(64, 0, bswap=True)), 0x8877_6655_4433_2211),
    # register-register forms with dst == src
    ("sub self", prog(12345, alu(AluOp.SUB, 0, 0)), 0),
    ("div self zero", prog(0, alu(AluOp.DIV, 0, 0)), 0),
    ("mod32 self", prog(0x1_0000_0007, alu32(AluOp.MOD, 0, 0)), 0),
    ("mov self", prog(7, movr(0, 0)), 7),
]


@pytest.mark.parametrize("insns, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_alu(insns, expected):
    assert r0_of(insns) == expected

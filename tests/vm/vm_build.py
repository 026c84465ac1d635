"""Tiny instruction builders for the interpreter tests (independent of the assembler)."""

from __future__ import annotations

from pybpf.isa.instruction import Instruction as I
from pybpf.isa.opcodes import (
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    MAY_GOTO,
    AluOp,
    AtomicOp,
    Class,
    JmpOp,
    Mode,
    Size,
    Source,
)

SIZES = {1: Size.B, 2: Size.H, 4: Size.W, 8: Size.DW}
M64 = (1 << 64) - 1


def alu(op: AluOp, dst: int, src: int | None = None, imm: int = 0, *, off: int = 0, is64: bool = True) -> I:
    cls = Class.ALU64 if is64 else Class.ALU
    if src is None:
        return I(cls | op | Source.K, dst, 0, off, imm)
    return I(cls | op | Source.X, dst, src, off, 0)


def alu32(op: AluOp, dst: int, src: int | None = None, imm: int = 0, *, off: int = 0) -> I:
    return alu(op, dst, src, imm, off=off, is64=False)


def mov(dst: int, imm: int) -> I:
    return alu(AluOp.MOV, dst, imm=imm)


def movr(dst: int, src: int) -> I:
    return alu(AluOp.MOV, dst, src)


def lddw(dst: int, imm: int, src: int = 0) -> I:
    imm &= M64
    return I(LD_IMM64, dst, src, 0, imm - (1 << 64) if imm >> 63 else imm)


def neg(dst: int, *, is64: bool = True) -> I:
    return I((Class.ALU64 if is64 else Class.ALU) | AluOp.NEG, dst)


def end(width: int, dst: int, *, to_be: bool = False, bswap: bool = False) -> I:
    if bswap:
        return I(Class.ALU64 | AluOp.END, dst, 0, 0, width)
    return I(Class.ALU | AluOp.END | (Source.X if to_be else Source.K), dst, 0, 0, width)


def ldx(size: int, dst: int, src: int, off: int = 0, *, signed: bool = False) -> I:
    return I(Class.LDX | (Mode.MEMSX if signed else Mode.MEM) | SIZES[size], dst, src, off, 0)


def st(size: int, dst: int, off: int, imm: int) -> I:
    return I(Class.ST | Mode.MEM | SIZES[size], dst, 0, off, imm)


def stx(size: int, dst: int, src: int, off: int = 0) -> I:
    return I(Class.STX | Mode.MEM | SIZES[size], dst, src, off, 0)


def atomic(size: int, op: int, dst: int, src: int, off: int = 0) -> I:
    return I(Class.STX | Mode.ATOMIC | SIZES[size], dst, src, off, int(op))


def load_acquire(size: int, dst: int, src: int, off: int = 0) -> I:
    return atomic(size, AtomicOp.LOAD_ACQ, dst, src, off)


def store_release(size: int, dst: int, src: int, off: int = 0) -> I:
    return atomic(size, AtomicOp.STORE_REL, dst, src, off)


def jmp(op: JmpOp, dst: int, src: int | None = None, imm: int = 0, off: int = 0, *, is32: bool = False) -> I:
    cls = Class.JMP32 if is32 else Class.JMP
    if src is None:
        return I(cls | op | Source.K, dst, 0, off, imm)
    return I(cls | op | Source.X, dst, src, off, 0)


def ja(off: int) -> I:
    return I(JA, 0, 0, off, 0)


def gotol(imm: int) -> I:
    return I(GOTOL, 0, 0, 0, imm)


def gotox(dst: int) -> I:
    return I(GOTOX, dst)


def may_goto(off: int) -> I:
    return I(MAY_GOTO, 0, 0, off, 0)


def call(imm: int) -> I:
    return I(CALL, 0, 0, 0, imm)


def call_local(offset: int) -> I:
    return I(CALL, 0, 1, 0, offset)


def kfunc(btf_id: int) -> I:
    return I(CALL, 0, 2, 0, btf_id)


def callx(dst: int) -> I:
    return I(CALLX, dst)


def ld_abs(size: int, imm: int) -> I:
    return I(Class.LD | Mode.ABS | SIZES[size], 0, 0, 0, imm)


def ld_ind(size: int, src: int, imm: int) -> I:
    return I(Class.LD | Mode.IND | SIZES[size], 0, src, 0, imm)


def exit_() -> I:
    return I(EXIT)

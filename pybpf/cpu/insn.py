"""Instruction builders for do_on_cpu programs (the per-CPU library, the demo and tests write bytecode with them).

Sizes are byte counts (1, 2, 4, 8); ALU and JMP operations take the :class:`~pybpf.isa.opcodes.AluOp` /
:class:`~pybpf.isa.opcodes.JmpOp` value; a register operand is given as ``src=``, an immediate as ``imm=``.
"""

from __future__ import annotations

from pybpf.cpu.validate import BARRIER_OPCODE
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    BYTES_SIZE,
    EXIT,
    LD_IMM64,
    AluOp,
    AtomicOp,
    Class,
    JmpOp,
    Mode,
    Source,
)


def ld_imm64(dst: int, imm: int) -> Instruction:
    """dst = imm (64-bit; the way addresses enter a program)."""
    return Instruction(LD_IMM64, dst, 0, 0, imm)


def ldx(size: int, dst: int, src: int, off: int = 0) -> Instruction:
    """dst = *(u<size> *)(src + off)."""
    return Instruction(Class.LDX | Mode.MEM | BYTES_SIZE[size], dst, src, off, 0)


def ldxs(size: int, dst: int, src: int, off: int = 0) -> Instruction:
    """dst = *(s<size> *)(src + off), sign-extended (cpu v4 MEMSX)."""
    return Instruction(Class.LDX | Mode.MEMSX | BYTES_SIZE[size], dst, src, off, 0)


def stx(size: int, dst: int, src: int, off: int = 0) -> Instruction:
    """*(u<size> *)(dst + off) = src."""
    return Instruction(Class.STX | Mode.MEM | BYTES_SIZE[size], dst, src, off, 0)


def st(size: int, dst: int, imm: int, off: int = 0) -> Instruction:
    """*(u<size> *)(dst + off) = imm."""
    return Instruction(Class.ST | Mode.MEM | BYTES_SIZE[size], dst, 0, off, imm)


def load_acquire(size: int, dst: int, src: int, off: int = 0) -> Instruction:
    """dst = smp_load_acquire((u<size> *)(src + off)) (Linux 6.15 encoding)."""
    return Instruction(Class.STX | Mode.ATOMIC | BYTES_SIZE[size], dst, src, off, AtomicOp.LOAD_ACQ)


def store_release(size: int, dst: int, src: int, off: int = 0) -> Instruction:
    """smp_store_release((u<size> *)(dst + off), src) (Linux 6.15 encoding)."""
    return Instruction(Class.STX | Mode.ATOMIC | BYTES_SIZE[size], dst, src, off, AtomicOp.STORE_REL)


def barrier() -> Instruction:
    """Full memory barrier (0xe7, see :data:`~pybpf.cpu.validate.BARRIER_OPCODE`)."""
    return Instruction(BARRIER_OPCODE)


def alu64(op: int, dst: int, *, src: int | None = None, imm: int = 0, off: int = 0) -> Instruction:
    if src is None:
        return Instruction(Class.ALU64 | op | Source.K, dst, 0, off, imm)
    return Instruction(Class.ALU64 | op | Source.X, dst, src, off, 0)


def alu32(op: int, dst: int, *, src: int | None = None, imm: int = 0, off: int = 0) -> Instruction:
    if src is None:
        return Instruction(Class.ALU | op | Source.K, dst, 0, off, imm)
    return Instruction(Class.ALU | op | Source.X, dst, src, off, 0)


def mov(dst: int, *, src: int | None = None, imm: int = 0) -> Instruction:
    return alu64(AluOp.MOV, dst, src=src, imm=imm)


def add(dst: int, *, src: int | None = None, imm: int = 0) -> Instruction:
    return alu64(AluOp.ADD, dst, src=src, imm=imm)


def jmp(op: int, dst: int, off: int, *, src: int | None = None, imm: int = 0) -> Instruction:
    """if dst <op> src/imm: goto pc + 1 + off (64-bit compare)."""
    if src is None:
        return Instruction(Class.JMP | op | Source.K, dst, 0, off, imm)
    return Instruction(Class.JMP | op | Source.X, dst, src, off, 0)


def jmp32(op: int, dst: int, off: int, *, src: int | None = None, imm: int = 0) -> Instruction:
    if src is None:
        return Instruction(Class.JMP32 | op | Source.K, dst, 0, off, imm)
    return Instruction(Class.JMP32 | op | Source.X, dst, src, off, 0)


def ja(off: int) -> Instruction:
    return Instruction(Class.JMP | JmpOp.JA, 0, 0, off, 0)


def exit_() -> Instruction:
    return Instruction(EXIT)

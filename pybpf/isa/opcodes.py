"""Opcode fields of the eBPF instruction set, with the values of Linux's uapi ``linux/bpf.h`` and RFC 9669.

An opcode byte is ``class | (op or size|mode) | source``. These enums name the fields; :mod:`pybpf.isa.instruction`
combines them.
"""

from __future__ import annotations

import enum


class Class(enum.IntEnum):
    """The low three bits of the opcode."""

    LD = 0x00
    LDX = 0x01
    ST = 0x02
    STX = 0x03
    ALU = 0x04
    JMP = 0x05
    JMP32 = 0x06
    ALU64 = 0x07


class Size(enum.IntEnum):
    """Access width of load/store classes (bits 3-4)."""

    W = 0x00
    H = 0x08
    B = 0x10
    DW = 0x18

    @property
    def bytes(self) -> int:
        return SIZE_BYTES[self]


SIZE_BYTES = {Size.W: 4, Size.H: 2, Size.B: 1, Size.DW: 8}
BYTES_SIZE = {4: Size.W, 2: Size.H, 1: Size.B, 8: Size.DW}


class Mode(enum.IntEnum):
    """Addressing mode of load/store classes (bits 5-7)."""

    IMM = 0x00
    ABS = 0x20
    IND = 0x40
    MEM = 0x60
    MEMSX = 0x80
    ATOMIC = 0xC0


class Source(enum.IntEnum):
    """Bit 3 of ALU and JMP opcodes: immediate (K) or register (X) operand. For BPF_END: byte order."""

    K = 0x00
    X = 0x08


TO_LE = Source.K  # BPF_END: convert to little endian (ALU64: unconditional bswap)
TO_BE = Source.X  # BPF_END: convert to big endian


class AluOp(enum.IntEnum):
    """Operation of ALU and ALU64 (bits 4-7)."""

    ADD = 0x00
    SUB = 0x10
    MUL = 0x20
    DIV = 0x30
    OR = 0x40
    AND = 0x50
    LSH = 0x60
    RSH = 0x70
    NEG = 0x80
    MOD = 0x90
    XOR = 0xA0
    MOV = 0xB0
    ARSH = 0xC0
    END = 0xD0


class JmpOp(enum.IntEnum):
    """Operation of JMP and JMP32 (bits 4-7)."""

    JA = 0x00
    JEQ = 0x10
    JGT = 0x20
    JGE = 0x30
    JSET = 0x40
    JNE = 0x50
    JSGT = 0x60
    JSGE = 0x70
    CALL = 0x80
    EXIT = 0x90
    JLT = 0xA0
    JLE = 0xB0
    JSLT = 0xC0
    JSLE = 0xD0
    JCOND = 0xE0  # may_goto (Linux 6.9)


CONDITIONAL_JUMPS = frozenset({JmpOp.JEQ, JmpOp.JGT, JmpOp.JGE, JmpOp.JSET, JmpOp.JNE, JmpOp.JSGT, JmpOp.JSGE,
                               JmpOp.JLT, JmpOp.JLE, JmpOp.JSLT, JmpOp.JSLE})


class AtomicOp(enum.IntEnum):
    """The ``imm`` field of STX|ATOMIC instructions."""

    ADD = 0x00
    OR = 0x40
    AND = 0x50
    XOR = 0xA0
    FETCH_ADD = 0x01
    FETCH_OR = 0x41
    FETCH_AND = 0x51
    FETCH_XOR = 0xA1
    XCHG = 0xE1
    CMPXCHG = 0xF1
    LOAD_ACQ = 0x100  # Linux 6.15
    STORE_REL = 0x110  # Linux 6.15


ATOMIC_FETCH = 0x01
READ_MODIFY_WRITE = frozenset({AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD,
                               AtomicOp.FETCH_OR, AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG,
                               AtomicOp.CMPXCHG})


class PseudoSrc(enum.IntEnum):
    """``src`` of LD_IMM64: how the 64-bit immediate is to be understood (kept symbolic)."""

    IMM = 0
    MAP_FD = 1
    MAP_VALUE = 2
    BTF_ID = 3
    FUNC = 4
    MAP_IDX = 5
    MAP_IDX_VALUE = 6


class CallSrc(enum.IntEnum):
    """``src`` of BPF_CALL: what ``imm`` names."""

    HELPER = 0
    PSEUDO_CALL = 1  # bpf-to-bpf: imm is the slot offset from the next instruction
    KFUNC = 2  # kernel function: imm is a BTF id, off a module BTF fd index


MAX_REGISTER = 10
FRAME_POINTER = 10
STACK_SIZE = 512  # bytes per frame (MAX_BPF_STACK)
MAX_CALL_FRAMES = 8
MAX_TAIL_CALLS = 33
MAX_LOOPS = 8 * 1024 * 1024  # BPF_MAX_LOOPS: may_goto budget per program run

# Opcodes that name one instruction shape on their own.
LD_IMM64 = Class.LD | Size.DW | Mode.IMM  # 0x18
CALL = Class.JMP | JmpOp.CALL | Source.K  # 0x85
CALLX = Class.JMP | JmpOp.CALL | Source.X  # 0x8d: bpf_conformance's callx; register in dst; Linux rejects it
EXIT = Class.JMP | JmpOp.EXIT  # 0x95
JA = Class.JMP | JmpOp.JA  # 0x05
GOTOL = Class.JMP32 | JmpOp.JA  # 0x06: cpu v4, 32-bit offset in imm
GOTOX = Class.JMP | JmpOp.JA | Source.X  # 0x0d: Linux 6.19 indirect jump through dst
MAY_GOTO = Class.JMP | JmpOp.JCOND  # 0xe5

ADDR_SPACE_CAST = 1  # ALU64 MOV X with off == 1: arena address-space cast (imm = 1 or 1 << 16)


def opclass(opcode: int) -> Class:
    return Class(opcode & 0x07)

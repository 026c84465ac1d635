"""The :class:`Instruction` value type.

An instruction is an immutable ``(opcode, dst, src, off, imm)``. LD_IMM64 is one instruction two slots wide whose
``imm`` is the whole 64-bit immediate (low word from the first slot, high word from the second), so that the
symbolic forms (``src`` 1-6: map fd, map value, BTF id, func...) stay one value. Fields hold signed values:
``off`` is an s16, ``imm`` an s32 (s64 for LD_IMM64).
"""

from __future__ import annotations

from dataclasses import dataclass

from pybpf.isa.opcodes import (
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    LD_IMM64,
    MAY_GOTO,
    SIZE_BYTES,
    AluOp,
    Class,
    JmpOp,
    Mode,
    Size,
    Source,
)

_ALU_CLASSES = (Class.ALU, Class.ALU64)
_JMP_CLASSES = (Class.JMP, Class.JMP32)


def s16(v: int) -> int:
    v &= 0xFFFF
    return v - 0x10000 if v & 0x8000 else v


def s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v


def s64(v: int) -> int:
    v &= 0xFFFFFFFFFFFFFFFF
    return v - 0x10000000000000000 if v & 0x8000000000000000 else v


@dataclass(frozen=True, slots=True)
class Instruction:
    """One eBPF instruction. ``width`` is 2 for LD_IMM64, else 1; positions a user sees are slot indices."""

    opcode: int
    dst: int = 0
    src: int = 0
    off: int = 0
    imm: int = 0

    # -- opcode fields ---------------------------------------------------------------------------------------
    @property
    def cls(self) -> Class:
        return Class(self.opcode & 0x07)

    @property
    def op(self) -> int:
        """The operation bits (ALU/JMP classes): compare with :class:`AluOp` / :class:`JmpOp`."""
        return self.opcode & 0xF0

    @property
    def source(self) -> Source:
        return Source(self.opcode & 0x08)

    @property
    def size(self) -> Size:
        return Size(self.opcode & 0x18)

    @property
    def mode(self) -> Mode:
        return Mode(self.opcode & 0xE0)

    @property
    def access_bytes(self) -> int:
        """Bytes moved by a load or store."""
        return SIZE_BYTES[Size(self.opcode & 0x18)]

    # -- shape ----------------------------------------------------------------------------------------------
    @property
    def width(self) -> int:
        return 2 if self.opcode == LD_IMM64 else 1

    @property
    def is_ld_imm64(self) -> bool:
        return self.opcode == LD_IMM64

    @property
    def is_alu(self) -> bool:
        return (self.opcode & 0x07) in _ALU_CLASSES

    @property
    def is_jmp_class(self) -> bool:
        return (self.opcode & 0x07) in _JMP_CLASSES

    @property
    def is_call(self) -> bool:
        return self.opcode == CALL

    @property
    def is_callx(self) -> bool:
        return self.opcode == CALLX

    @property
    def is_exit(self) -> bool:
        return self.opcode == EXIT

    @property
    def is_branch(self) -> bool:
        """Transfers control within the program (not call, callx, exit, gotox)."""
        if (self.opcode & 0x07) not in _JMP_CLASSES:
            return False
        op = self.opcode & 0xF0
        if op in (JmpOp.CALL, JmpOp.EXIT):
            return False
        return self.opcode != GOTOX

    @property
    def is_unconditional_jump(self) -> bool:
        return self.opcode in (0x05, GOTOL)

    @property
    def is_may_goto(self) -> bool:
        return self.opcode == MAY_GOTO

    @property
    def is_pseudo_call(self) -> bool:
        return self.opcode == CALL and self.src == 1

    @property
    def jump_offset(self) -> int:
        """Relative slot offset of a branch or pseudo call (gotol keeps it in imm, calls in imm, others in off)."""
        if self.opcode == GOTOL or self.opcode == CALL:
            return self.imm
        return self.off

    def target(self, slot: int) -> int:
        """Absolute slot a branch at ``slot`` jumps to (or a pseudo call enters)."""
        return slot + 1 + self.jump_offset

    # -- LD_IMM64 halves ------------------------------------------------------------------------------------
    @property
    def imm_lo(self) -> int:
        return self.imm & 0xFFFFFFFF

    @property
    def imm_hi(self) -> int:
        return (self.imm >> 32) & 0xFFFFFFFF

    def replace(self, **changes: int) -> Instruction:
        fields = {"opcode": self.opcode, "dst": self.dst, "src": self.src, "off": self.off, "imm": self.imm}
        fields.update(changes)
        return Instruction(**fields)

    def __repr__(self) -> str:
        return f"Instruction(0x{self.opcode:02x}, dst={self.dst}, src={self.src}, off={self.off}, imm={self.imm})"


def alu_name(op: int) -> str:
    return AluOp(op).name.lower()


def slot_offsets(insns: list[Instruction] | tuple[Instruction, ...]) -> list[int]:
    """The slot index of each instruction."""
    out = []
    slot = 0
    for insn in insns:
        out.append(slot)
        slot += insn.width
    return out

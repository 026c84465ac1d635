"""Validation of do_on_cpu programs: the allowed instruction subset, jump targets and the length limit.

Runs before anything executes. Everything outside the subset fails with ``CpuError(EINVAL, reason, insn=slot)``.
A validated :class:`Program` separates its *shape* (every field except LD_IMM64 immediates) from its immediates,
so programs that differ only in the addresses they load share compiled code.

Allowed: LD_IMM64 with src 0; LDX (MEM and, as a harmless extra, cpu-v4 sign-extending MEMSX) / ST / STX of every
width; ALU and ALU64 (including byte swaps, movsx, sdiv/smod); JMP / JMP32 conditionals, ``ja`` and ``gotol``
(backward jumps too: the retired-instruction budget bounds loops); EXIT; load-acquire and store-release (Linux 6.15:
STX|ATOMIC with imm 0x100 / 0x110); and the full barrier :data:`BARRIER_OPCODE`.

The full barrier is ``0xe7`` = BPF_ALU64 | 0xe0 | BPF_K with dst, src, off and imm all zero. The prototype used
BPF_ALU | 0xd0, which is BPF_END (``le``/``be``/``bswap``); ALU operation 0xe0 is unassigned in Linux and RFC 9669.
"""

from __future__ import annotations

import errno
import struct
from collections.abc import Sequence
from dataclasses import dataclass

from pybpf.cpu.limits import LEN_MAX
from pybpf.errors import CpuError, DecodeError, EncodeError
from pybpf.isa.codec import decode, encode
from pybpf.isa.codec import validate as validate_encoding
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    LD_IMM64,
    MAY_GOTO,
    AluOp,
    AtomicOp,
    Class,
    Mode,
    Source,
)


class CpuTypeError(CpuError, TypeError):
    """An argument of the wrong type: EINVAL as do_on_cpu reports it, and a TypeError as Python code expects."""


BARRIER_OPCODE = Class.ALU64 | 0xE0 | Source.K  # 0xe7: full memory barrier (seq_cst fence)
FRAME_POINTER = 10
_SLOT = struct.Struct("<BBhi")
_SHIFTS = (AluOp.LSH, AluOp.RSH, AluOp.ARSH)


@dataclass(frozen=True, slots=True)
class Program:
    """A validated program. ``slots[i]`` is the slot of ``insns[i]``; ``imms`` are the LD_IMM64 values in order."""

    insns: tuple[Instruction, ...]
    slots: tuple[int, ...]
    nslots: int
    shape: tuple[tuple[int, int, int, int, int | None], ...]
    imms: tuple[int, ...]

    def index_of_slot(self) -> dict[int, int]:
        return {slot: i for i, slot in enumerate(self.slots)}


def _fail(slot: int | None, reason: str) -> CpuError:
    return CpuError(errno.EINVAL, reason, insn=slot)


def _from_bytes(data: bytes) -> list[Instruction]:
    if len(data) % 8:
        raise _fail(None, f"program is {len(data)} bytes, not a whole number of 8-byte instructions")
    nslots = len(data) // 8
    if nslots > LEN_MAX:
        raise _fail(None, f"program is {nslots} slots; the limit is {LEN_MAX} (DOC_QUERY_LEN_MAX)")
    try:
        insns = decode(data, strict=False)
    except DecodeError as err:
        raise _fail(err.slot, err.reason) from None
    slot = 0
    for insn in insns:
        if insn.opcode == LD_IMM64:  # decode(strict=False) does not check the second slot's reserved fields
            code, regs, off, _ = _SLOT.unpack_from(data, (slot + 1) * 8)
            for name, value in (("opcode", code), ("dst", regs & 0xF), ("src", regs >> 4), ("off", off)):
                if value:
                    raise _fail(slot + 1, f"reserved field {name} of the second LD_IMM64 slot is {value}, must be 0")
        slot += insn.width
    return insns


def validate(program: bytes | bytearray | memoryview | Sequence[Instruction]) -> Program:
    """Check ``program`` against the do_on_cpu subset and return it split into shape and immediates."""
    if isinstance(program, (bytes, bytearray, memoryview)):
        insns = _from_bytes(bytes(program))
    elif isinstance(program, Sequence) and all(isinstance(i, Instruction) for i in program):
        try:  # through the encoding, so that out-of-range fields are caught exactly as in bytes
            data = encode(program)
        except EncodeError as err:
            raise _fail(None, str(err)) from None
        insns = _from_bytes(data)
    else:
        raise CpuTypeError(errno.EINVAL, f"program must be bytes or a sequence of Instruction, not "
                                         f"{type(program).__name__}")
    if not insns:
        raise _fail(None, "empty program")
    slots: list[int] = []
    slot = 0
    for insn in insns:
        slots.append(slot)
        _check(insn, slot)
        slot += insn.width
    nslots = slot
    starts = set(slots)
    for insn, at in zip(insns, slots):
        if insn.is_jmp_class and insn.opcode not in (EXIT, CALL, CALLX, GOTOX):
            target = at + 1 + (insn.imm if insn.opcode == GOTOL else insn.off)
            if target == nslots:
                continue  # jumping to the end exits, like falling off the end
            if not 0 <= target < nslots:
                raise _fail(at, f"jump target slot {target} is outside the program (slots 0-{nslots - 1})")
            if target not in starts:
                raise _fail(at, f"jump target slot {target} is the second half of an LD_IMM64")
    shape = tuple((i.opcode, i.dst, i.src, i.off, None if i.opcode == LD_IMM64 else i.imm) for i in insns)
    imms = tuple(i.imm for i in insns if i.opcode == LD_IMM64)
    return Program(tuple(insns), tuple(slots), nslots, shape, imms)


def _check(insn: Instruction, slot: int) -> None:
    code = insn.opcode
    if code == BARRIER_OPCODE:
        for field in ("dst", "src", "off", "imm"):
            if getattr(insn, field):
                raise _fail(slot, f"reserved field {field} of the full barrier (0xe7) is "
                                  f"{getattr(insn, field)}, must be 0")
        return
    try:
        validate_encoding(insn, slot)
    except DecodeError as err:
        raise _fail(slot, err.reason) from None
    cls = code & 0x07
    if cls == Class.LD:
        if code != LD_IMM64:
            raise _fail(slot, "packet access (LD_ABS / LD_IND) is not allowed: there is no packet")
        if insn.src:
            raise _fail(slot, f"LD_IMM64 with src {insn.src} (a map, BTF or function reference) is not allowed: "
                              "addresses enter only as plain 64-bit immediates (src 0)")
    elif cls == Class.STX and insn.mode == Mode.ATOMIC:
        if insn.imm not in (AtomicOp.LOAD_ACQ, AtomicOp.STORE_REL):
            name = AtomicOp(insn.imm).name.lower()
            raise _fail(slot, f"atomic read-modify-write ({name}) is not allowed: the section is already exclusive "
                              "on its CPU; use a load and a store")
    elif cls in (Class.ALU, Class.ALU64):
        op = code & 0xF0
        if cls == Class.ALU64 and op == AluOp.MOV and code & Source.X and insn.off == ADDR_SPACE_CAST:
            raise _fail(slot, "addr_space_cast is not allowed: there are no arenas")
        if not code & Source.X and op in _SHIFTS:
            width = 64 if cls == Class.ALU64 else 32
            if not 0 <= insn.imm < width:
                raise _fail(slot, f"shift by {insn.imm} is out of range 0-{width - 1}")
        if not code & Source.X and op in (AluOp.DIV, AluOp.MOD) and insn.imm == 0:
            raise _fail(slot, "division by the constant zero")
    elif cls in (Class.JMP, Class.JMP32):
        if code in (CALL, CALLX):
            raise _fail(slot, "calls (helpers, bpf-to-bpf, kfuncs) are not allowed")
        if code == GOTOX:
            raise _fail(slot, "indirect jumps (gotox) are not allowed")
        if code == MAY_GOTO:
            raise _fail(slot, "may_goto is not allowed: the retired-instruction budget bounds loops")
    if insn.dst == FRAME_POINTER or insn.src == FRAME_POINTER:
        raise _fail(slot, "r10 (the frame pointer) is not available: do_on_cpu programs have no stack")

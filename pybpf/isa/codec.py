"""Binary encoding of instructions: decode, encode, and the encoding rules (valid opcodes, reserved fields).

The rules follow Linux 6.18 (``bpf_opcode_in_insntable`` and the reserved-field checks of ``kernel/bpf/verifier.c``)
and RFC 9669; where RFC 9669 reserves a field that Linux leaves unchecked (``off`` of EXIT), we take the RFC's
stricter reading because the bpf_conformance negative tests require it. Every error names the slot and, for a
reserved field, the field.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from pybpf.errors import DecodeError, EncodeError
from pybpf.isa.instruction import Instruction, s16, s32, s64
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
    CALLX,
    GOTOL,
    GOTOX,
    LD_IMM64,
    MAX_REGISTER,
    MAY_GOTO,
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

SLOT = struct.Struct("<BBhi")


def _build_valid_opcodes() -> frozenset[int]:
    ops: set[int] = set()
    for cls in (Class.ALU, Class.ALU64):
        for op in AluOp:
            if op in (AluOp.NEG, AluOp.END):
                continue
            ops.add(cls | op | Source.K)
            ops.add(cls | op | Source.X)
        ops.add(cls | AluOp.NEG | Source.K)
    ops.add(Class.ALU | AluOp.END | Source.K)  # le
    ops.add(Class.ALU | AluOp.END | Source.X)  # be
    ops.add(Class.ALU64 | AluOp.END | Source.K)  # bswap (cpu v4)
    for cls in (Class.JMP, Class.JMP32):
        for op in JmpOp:
            if op in (JmpOp.JA, JmpOp.CALL, JmpOp.EXIT, JmpOp.JCOND):
                continue
            ops.add(cls | op | Source.K)
            ops.add(cls | op | Source.X)
    ops.update({Class.JMP | JmpOp.JA, GOTOL, GOTOX, Class.JMP | JmpOp.CALL, CALLX, Class.JMP | JmpOp.EXIT, MAY_GOTO})
    ops.add(LD_IMM64)
    for size in (Size.W, Size.H, Size.B):
        ops.add(Class.LD | Mode.ABS | size)
        ops.add(Class.LD | Mode.IND | size)
        ops.add(Class.LDX | Mode.MEMSX | size)
    for size in Size:
        ops.add(Class.LDX | Mode.MEM | size)
        ops.add(Class.ST | Mode.MEM | size)
        ops.add(Class.STX | Mode.MEM | size)
        ops.add(Class.STX | Mode.ATOMIC | size)
    return frozenset(ops)


VALID_OPCODES = _build_valid_opcodes()
_RMW_OPS = frozenset(int(op) for op in AtomicOp if op not in (AtomicOp.LOAD_ACQ, AtomicOp.STORE_REL))
_BSWAP_WIDTHS = (16, 32, 64)


def _reserved(slot: int, field: str, value: int, what: str) -> DecodeError:
    return DecodeError(slot, f"reserved field {field} of {what} is {value}, must be 0", field=field)


def _zero(slot: int, insn: Instruction, what: str, *fields: str) -> None:
    for field in fields:
        value = getattr(insn, field)
        if value:
            raise _reserved(slot, field, value, what)


def _register(slot: int, field: str, value: int) -> None:
    if not 0 <= value <= MAX_REGISTER:
        raise DecodeError(slot, f"{field} register r{value} does not exist (registers are r0-r10)", field=field)


def validate(insn: Instruction, slot: int = 0) -> None:
    """Raise :class:`DecodeError` unless ``insn`` is a valid encoding. Checks opcode, reserved fields, registers."""
    code = insn.opcode
    if code not in VALID_OPCODES:
        raise DecodeError(slot, f"unknown opcode 0x{code:02x}", field="opcode")
    cls = code & 0x07
    if cls in (Class.ALU, Class.ALU64):
        _validate_alu(insn, slot, cls)
    elif cls in (Class.JMP, Class.JMP32):
        _validate_jmp(insn, slot)
    elif cls == Class.LD:
        _validate_ld(insn, slot)
    elif cls == Class.LDX:
        _zero(slot, insn, "ldx", "imm")
        _register(slot, "dst", insn.dst)
        _register(slot, "src", insn.src)
    elif cls == Class.ST:
        _zero(slot, insn, "st", "src")
        _register(slot, "dst", insn.dst)
    else:  # STX
        _validate_stx(insn, slot)


def _validate_alu(insn: Instruction, slot: int, cls: int) -> None:
    op = insn.opcode & 0xF0
    x = insn.opcode & Source.X
    what = AluOp(op).name.lower() + ("" if cls == Class.ALU64 else "32")
    if op == AluOp.NEG:
        _zero(slot, insn, what, "src", "off", "imm")
    elif op == AluOp.END:
        _zero(slot, insn, "byte swap", "src", "off")
        if insn.imm not in _BSWAP_WIDTHS:
            raise DecodeError(slot, f"byte swap width (imm) is {insn.imm}, must be 16, 32 or 64", field="imm")
    elif op == AluOp.MOV:
        if not x:
            _zero(slot, insn, what, "src", "off")
        elif cls == Class.ALU64 and insn.off == ADDR_SPACE_CAST:
            if insn.imm == 0:
                # A plain mov with off = 1: RFC 9669 reserves off; only an arena cast (imm != 0) gives it a meaning.
                raise DecodeError(slot, "reserved field off of mov is 1, must be 0, 8, 16 or 32 (or an "
                                        "addr_space_cast with imm 0x1 / 0x10000)", field="off")
            if insn.imm not in (1, 1 << 16):
                raise DecodeError(slot, f"addr_space_cast imm is 0x{insn.imm:x}, must be 0x1 or 0x10000",
                                  field="imm")
        else:
            allowed = (0, 8, 16, 32) if cls == Class.ALU64 else (0, 8, 16)
            if insn.off not in allowed:
                raise DecodeError(slot, f"reserved field off of {what} is {insn.off}, must be one of "
                                        f"{', '.join(map(str, allowed))} (sign-extension width)", field="off")
            _zero(slot, insn, what, "imm")
    else:
        if op in (AluOp.DIV, AluOp.MOD):
            if insn.off not in (0, 1):
                raise DecodeError(slot, f"reserved field off of {what} is {insn.off}, must be 0 or 1 (signed)",
                                  field="off")
        else:
            _zero(slot, insn, what, "off")
        _zero(slot, insn, what, "imm" if x else "src")
    _register(slot, "dst", insn.dst)
    if x:
        _register(slot, "src", insn.src)


def _validate_jmp(insn: Instruction, slot: int) -> None:
    code = insn.opcode
    op = code & 0xF0
    if code == 0x05:
        _zero(slot, insn, "ja", "dst", "src", "imm")
    elif code == GOTOL:
        _zero(slot, insn, "gotol", "dst", "src", "off")
    elif code == GOTOX:
        _zero(slot, insn, "gotox", "src", "off", "imm")
        _register(slot, "dst", insn.dst)
    elif code == CALLX:
        _zero(slot, insn, "callx", "src", "off", "imm")
        _register(slot, "dst", insn.dst)
    elif op == JmpOp.CALL:
        _zero(slot, insn, "call", "dst")
        if insn.src not in (CallSrc.HELPER, CallSrc.PSEUDO_CALL, CallSrc.KFUNC):
            raise DecodeError(slot, f"call src is {insn.src}, must be 0 (helper), 1 (bpf-to-bpf) or 2 (kfunc)",
                              field="src")
        if insn.src != CallSrc.KFUNC:
            _zero(slot, insn, "call", "off")
    elif op == JmpOp.EXIT:
        _zero(slot, insn, "exit", "dst", "src", "off", "imm")
    elif code == MAY_GOTO:
        _zero(slot, insn, "may_goto", "dst", "src", "imm")
    else:
        what = JmpOp(op).name.lower() + ("32" if (code & 0x07) == Class.JMP32 else "")
        if code & Source.X:
            _zero(slot, insn, what, "imm")
            _register(slot, "src", insn.src)
        else:
            _zero(slot, insn, what, "src")
        _register(slot, "dst", insn.dst)


def _validate_ld(insn: Instruction, slot: int) -> None:
    if insn.opcode == LD_IMM64:
        _zero(slot, insn, "lddw", "off")
        if insn.src not in tuple(PseudoSrc):
            raise DecodeError(slot, f"LD_IMM64 src is {insn.src}, must be 0-6 (pseudo source)", field="src")
        _register(slot, "dst", insn.dst)
    elif insn.mode == Mode.ABS:
        _zero(slot, insn, "ld_abs", "dst", "src", "off")
    else:
        _zero(slot, insn, "ld_ind", "dst", "off")
        _register(slot, "src", insn.src)


def _validate_stx(insn: Instruction, slot: int) -> None:
    if insn.mode == Mode.MEM:
        _zero(slot, insn, "stx", "imm")
    else:
        imm = insn.imm
        narrow = insn.size in (Size.B, Size.H)
        if not (imm in (AtomicOp.LOAD_ACQ, AtomicOp.STORE_REL) or (imm in _RMW_OPS and not narrow)):
            width = {Size.B: "8", Size.H: "16", Size.W: "32", Size.DW: "64"}[insn.size]
            raise DecodeError(slot, f"atomic operation imm 0x{imm & 0xffffffff:x} is not valid for {width}-bit "
                                    "atomics", field="imm")
    _register(slot, "dst", insn.dst)
    _register(slot, "src", insn.src)


def decode(data: bytes | bytearray | memoryview, *, strict: bool = True, source: str | None = None
           ) -> list[Instruction]:
    """Decode little-endian instruction bytes. With ``strict`` every instruction is validated."""
    data = bytes(data)
    if len(data) % 8:
        raise DecodeError(len(data) // 8, f"truncated instruction: {len(data) % 8} trailing bytes "
                                          "(instructions are 8 bytes)", source=source)
    n = len(data) // 8
    out: list[Instruction] = []
    slot = 0
    try:
        while slot < n:
            code, regs, off, imm = SLOT.unpack_from(data, slot * 8)
            if code == LD_IMM64:
                if slot + 1 >= n:
                    raise DecodeError(slot, "truncated LD_IMM64: its second slot is missing")
                code2, regs2, off2, imm2 = SLOT.unpack_from(data, slot * 8 + 8)
                if strict:
                    for name, value in (("opcode", code2), ("dst", regs2 & 0xF), ("src", regs2 >> 4), ("off", off2)):
                        if value:
                            raise DecodeError(slot + 1, f"reserved field {name} of the second LD_IMM64 slot is "
                                                        f"{value}, must be 0", field=name)
                insn = Instruction(code, regs & 0xF, regs >> 4, off, s64((imm & 0xFFFFFFFF) | (imm2 << 32)))
            else:
                insn = Instruction(code, regs & 0xF, regs >> 4, off, imm)
            if strict:
                validate(insn, slot)
            out.append(insn)
            slot += insn.width
    except DecodeError as err:
        if source and not err.source:
            raise DecodeError(err.slot, err.reason, field=err.field, source=source) from None
        raise
    return out


def encode_one(insn: Instruction) -> bytes:
    """Encode one instruction (16 bytes for LD_IMM64, else 8)."""
    if not 0 <= insn.opcode <= 0xFF:
        raise EncodeError(f"opcode {insn.opcode} does not fit in 8 bits")
    if not (0 <= insn.dst <= 15 and 0 <= insn.src <= 15):
        raise EncodeError(f"register fields dst={insn.dst} src={insn.src} do not fit in 4 bits")
    if not -0x8000 <= insn.off <= 0xFFFF:
        raise EncodeError(f"offset {insn.off} does not fit in 16 bits")
    regs = (insn.src << 4) | insn.dst
    if insn.opcode == LD_IMM64:
        if not -(1 << 63) <= insn.imm < (1 << 64):
            raise EncodeError(f"immediate {insn.imm} does not fit in 64 bits")
        imm = insn.imm & 0xFFFFFFFFFFFFFFFF
        return (SLOT.pack(insn.opcode, regs, s16(insn.off), s32(imm))
                + SLOT.pack(0, 0, 0, s32(imm >> 32)))
    if not -(1 << 31) <= insn.imm < (1 << 32):
        raise EncodeError(f"immediate {insn.imm} does not fit in 32 bits")
    return SLOT.pack(insn.opcode, regs, s16(insn.off), s32(insn.imm))


def encode(insns: Iterable[Instruction]) -> bytes:
    """Encode a sequence of instructions to little-endian bytes."""
    return b"".join(encode_one(insn) for insn in insns)

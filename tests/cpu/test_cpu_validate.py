"""Validation: every rejection is EINVAL naming the slot and the reason, before anything runs."""

from __future__ import annotations

import errno

import pytest

from pybpf.cpu import BARRIER_OPCODE, do_on_cpu
from pybpf.cpu.insn import (
    alu32,
    alu64,
    barrier,
    exit_,
    ja,
    jmp,
    jmp32,
    ld_imm64,
    ldx,
    ldxs,
    load_acquire,
    mov,
    st,
    store_release,
    stx,
)
from pybpf.cpu.limits import LEN_MAX
from pybpf.cpu.validate import validate
from pybpf.errors import CpuError, PybpfError
from pybpf.isa.codec import encode
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import AluOp, AtomicOp, Class, JmpOp, Mode, Size


def rejected(program, slot, *words):
    with pytest.raises(CpuError) as info:
        validate(program)
    err = info.value
    assert err.errno == errno.EINVAL
    assert isinstance(err, OSError) and isinstance(err, PybpfError)
    assert err.insn == slot, str(err)
    for word in words:
        assert word in str(err), str(err)
    return err


def test_every_allowed_instruction_kind_validates(mem):
    a = mem.address
    prog = [
        ld_imm64(1, a),
        *[ldx(n, 2, 1, 8) for n in (1, 2, 4, 8)],
        *[ldxs(n, 2, 1, 8) for n in (1, 2, 4)],
        *[st(n, 1, 7, 16) for n in (1, 2, 4, 8)],
        *[stx(n, 1, 2, 24) for n in (1, 2, 4, 8)],
        load_acquire(8, 3, 1, 32), store_release(4, 1, 3, 40), barrier(),
        alu64(AluOp.DIV, 2, imm=3, off=1), alu32(AluOp.END | 0, 2, imm=16), alu64(AluOp.MOV, 4, src=2, off=16),
        jmp32(JmpOp.JSLT, 2, 1, imm=-1), Instruction(Class.JMP32 | JmpOp.JA, 0, 0, 0, 0), exit_(),
    ]
    assert sum(i.width for i in prog) <= LEN_MAX
    p = validate(encode(prog))
    assert p.imms == (a,)
    assert p.nslots == sum(i.width for i in prog)
    assert do_on_cpu(encode(prog), 0) is not None


def test_shape_ignores_ld_imm64_immediates():
    a = validate(encode([ld_imm64(1, 0x1000), ldx(8, 0, 1), exit_()]))
    b = validate(encode([ld_imm64(1, 0x2000), ldx(8, 0, 1), exit_()]))
    c = validate(encode([ld_imm64(1, 0x2000), ldx(4, 0, 1), exit_()]))
    assert a.shape == b.shape != c.shape
    assert (a.imms, b.imms) == ((0x1000,), (0x2000,))


def test_instruction_sequences_are_accepted_like_bytes():
    prog = [mov(0, imm=5), exit_()]
    assert validate(prog).shape == validate(encode(prog)).shape
    assert do_on_cpu(prog, 0) == 5


def test_length_limit_is_in_slots():
    ok = [mov(0, imm=1)] * (LEN_MAX - 3) + [ld_imm64(1, 1), exit_()]
    assert validate(encode(ok)).nslots == LEN_MAX
    err = rejected(encode([*ok, exit_()]), None, f"{LEN_MAX + 1} slots", "DOC_QUERY_LEN_MAX")
    assert err.errno == errno.EINVAL
    rejected([*ok, exit_()], None, "DOC_QUERY_LEN_MAX")


@pytest.mark.parametrize("data, slot, words", [
    (b"", None, ["empty program"]),
    (b"\x95" + b"\0" * 6, None, ["7 bytes"]),
    (encode([exit_()])[:8] + encode([ld_imm64(1, 5)])[:8], 1, ["second slot is missing"]),
    (encode([ld_imm64(1, 5)])[:8] + b"\x00\x01\x00\x00\x00\x00\x00\x00", 1, ["second LD_IMM64 slot", "dst"]),
    (bytes([0xFF]) + b"\0" * 7, 0, ["unknown opcode 0xff"]),
    (bytes([0x95, 0x01]) + b"\0" * 6, 0, ["reserved field dst"]),
    (bytes([0xBF, 0x0B]) + b"\0" * 6, 0, ["r11"]),
])
def test_malformed_bytes(data, slot, words):
    rejected(data, slot, *words)


@pytest.mark.parametrize("insn, words", [
    (Instruction(Class.LD | Mode.ABS | Size.W, 0, 0, 0, 4), ["LD_ABS"]),
    (Instruction(Class.LD | Mode.IND | Size.B, 0, 1, 0, 4), ["LD_IND"]),
    (Instruction(0x18, 1, 1, 0, 3), ["src 1", "plain 64-bit immediates"]),
    (Instruction(0x18, 1, 2, 0, 3), ["src 2"]),
    (Instruction(Class.STX | Mode.ATOMIC | Size.DW, 1, 2, 0, AtomicOp.ADD), ["read-modify-write (add)"]),
    (Instruction(Class.STX | Mode.ATOMIC | Size.W, 1, 2, 0, AtomicOp.FETCH_ADD), ["fetch_add"]),
    (Instruction(Class.STX | Mode.ATOMIC | Size.DW, 1, 2, 0, AtomicOp.XCHG), ["xchg"]),
    (Instruction(Class.STX | Mode.ATOMIC | Size.DW, 1, 2, 0, AtomicOp.CMPXCHG), ["cmpxchg"]),
    (alu64(AluOp.MOV, 1, src=2, off=1).replace(imm=1), ["addr_space_cast"]),
    (alu64(AluOp.LSH, 1, imm=64), ["shift by 64", "0-63"]),
    (alu32(AluOp.ARSH, 1, imm=32), ["shift by 32", "0-31"]),
    (alu64(AluOp.RSH, 1, imm=-1), ["shift by -1"]),
    (alu64(AluOp.DIV, 1, imm=0), ["division by the constant zero"]),
    (alu32(AluOp.MOD, 1, imm=0, off=1), ["division by the constant zero"]),
    (Instruction(0x85, 0, 0, 0, 1), ["calls"]),
    (Instruction(0x85, 0, 1, 0, 1), ["calls"]),
    (Instruction(0x85, 0, 2, 0, 1), ["calls"]),
    (Instruction(0x8D, 1, 0, 0, 0), ["calls"]),
    (Instruction(0x0D, 1, 0, 0, 0), ["gotox"]),
    (Instruction(0xE5, 0, 0, 0, 0), ["may_goto"]),
    (ldx(8, 0, 10, -8), ["r10"]),
    (stx(8, 10, 1, -8), ["r10"]),
    (mov(10, imm=0), ["r10"]),
    (Instruction(BARRIER_OPCODE, 1, 0, 0, 0), ["full barrier", "dst"]),
    (Instruction(BARRIER_OPCODE, 0, 0, 0, 7), ["full barrier", "imm"]),
])
def test_rejected_instructions_name_their_slot(insn, words):
    prog = [mov(0, imm=0), mov(1, imm=0), insn, exit_()]
    rejected(encode(prog), 2, *words)


@pytest.mark.parametrize("prog, slot, words", [
    ([ja(5), exit_()], 0, ["jump target slot 6", "outside"]),
    ([mov(0, imm=0), ja(-3), exit_()], 1, ["jump target slot -1"]),
    ([jmp(JmpOp.JEQ, 0, 1, imm=0), ld_imm64(1, 1), exit_()], 0, ["second half of an LD_IMM64"]),
    ([Instruction(Class.JMP32 | JmpOp.JA, 0, 0, 0, 9), exit_()], 0, ["jump target slot 10"]),
])
def test_jump_targets(prog, slot, words):
    rejected(encode(prog), slot, *words)


def test_jump_to_the_end_exits():
    assert do_on_cpu(encode([mov(0, imm=3), ja(1), mov(0, imm=4)]), 0) == 3
    assert do_on_cpu(encode([mov(0, imm=6)]), 0) == 6  # falling off the end exits, like the prototype


def test_barrier_is_not_bpf_end():
    assert BARRIER_OPCODE == 0xE7
    assert BARRIER_OPCODE & 0xF0 != AluOp.END
    assert do_on_cpu(encode([barrier(), mov(0, imm=1), exit_()]), 0) == 1


def test_validation_happens_before_anything_runs(mem):
    prog = encode([ld_imm64(1, mem.address), st(8, 1, 42), exit_()]) + encode([ldx(8, 0, 10)])
    with pytest.raises(CpuError) as info:
        do_on_cpu(prog, 0)
    assert info.value.insn == 4
    assert mem.load(0) == 0


def test_wrong_program_type():
    for bad in (12, ["not an instruction"], None):
        with pytest.raises(TypeError) as info:
            do_on_cpu(bad, 0)  # type: ignore[arg-type]
        assert isinstance(info.value, CpuError) and info.value.errno == errno.EINVAL


def test_error_renders_as_one_line():
    with pytest.raises(CpuError) as info:
        do_on_cpu(encode([mov(0, imm=0), Instruction(0x85, 0, 0, 0, 1)]), 0)
    assert str(info.value).startswith("slot 1: calls")
    assert str(info.value).endswith("(EINVAL)")
    assert "\n" not in str(info.value)

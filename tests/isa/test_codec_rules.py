"""The binary codec: every valid opcode decodes and re-encodes, every invalid encoding is rejected with its slot and
the field at fault (unknown opcode, reserved fields, registers > 10, truncated LD_IMM64)."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from isa_strategies import example, instructions, programs, reserved_fields, valid_opcodes

from pybpf.errors import DecodeError
from pybpf.isa.codec import VALID_OPCODES, decode, encode, encode_one, validate
from pybpf.isa.instruction import Instruction

ALL_VALID = sorted(valid_opcodes())


def raw(code: int, dst: int = 0, src: int = 0, off: int = 0, imm: int = 0) -> bytes:
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


def test_valid_opcodes_match_the_specification():
    assert valid_opcodes() == VALID_OPCODES
    counts = {cls: sum(1 for c in VALID_OPCODES if c & 7 == cls) for cls in range(8)}
    # LD: lddw + 3 abs + 3 ind; ALU: 12 binary ops x K/X + neg + le + be; ALU64: the same without be;
    # JMP: 11 conditions x K/X + goto, gotox, call, callx, exit, may_goto; JMP32: 11 x K/X + gotol.
    assert counts == {0: 7, 1: 7, 2: 4, 3: 8, 4: 27, 5: 28, 6: 23, 7: 26}
    assert len(VALID_OPCODES) == 130


@pytest.mark.parametrize("code", ALL_VALID, ids=lambda c: f"0x{c:02x}")
def test_every_valid_opcode_round_trips(code):
    insn = example(code)
    validate(insn)
    data = encode([insn])
    assert len(data) == 8 * insn.width
    assert decode(data) == [insn]


@pytest.mark.parametrize("code", [c for c in range(256) if c not in VALID_OPCODES], ids=lambda c: f"0x{c:02x}")
def test_every_invalid_opcode_is_rejected(code):
    with pytest.raises(DecodeError) as info:
        decode(raw(0x07, 1, imm=1) + raw(code), source="prog.bin")
    assert info.value.slot == 1
    assert info.value.field == "opcode"
    assert f"0x{code:02x}" in str(info.value)
    assert str(info.value).startswith("prog.bin: slot 1: ")


RESERVED_CASES = [(code, name) for code in ALL_VALID for name in reserved_fields(code)]


@pytest.mark.parametrize(("code", "name"), RESERVED_CASES, ids=lambda v: f"0x{v:02x}" if isinstance(v, int) else v)
def test_every_reserved_field_is_rejected_by_name(code, name):
    bad = example(code).replace(**{name: 3})
    data = raw(0xB7, 0, imm=0) + encode_one(bad)
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert info.value.slot == 1
    assert info.value.field == name
    assert name in info.value.reason


@pytest.mark.parametrize("name", ["opcode", "dst", "src", "off"])
def test_second_ld_imm64_slot_fields_are_reserved(name):
    second = {"opcode": raw(0x18), "dst": raw(0, dst=1), "src": raw(0, src=1), "off": raw(0, off=1)}[name]
    with pytest.raises(DecodeError) as info:
        decode(raw(0x18, 1, imm=5) + second)
    assert (info.value.slot, info.value.field) == (1, name)
    # Without strict checking, the second slot's imm still joins the first.
    assert decode(raw(0x18, 1, imm=5) + second, strict=False)[0].imm == 5


def test_ld_imm64_joins_both_halves():
    data = raw(0x18, 3, imm=-2) + raw(0, imm=0x7FFFFFFF)
    (insn,) = decode(data)
    assert insn == Instruction(0x18, 3, 0, 0, 0x7FFFFFFF_FFFFFFFE)
    assert encode([insn]) == data
    (neg,) = decode(raw(0x18, 0, imm=-1) + raw(0, imm=-1))
    assert neg.imm == -1


def test_truncated_ld_imm64():
    with pytest.raises(DecodeError) as info:
        decode(raw(0x95) + raw(0x18, 1, imm=1), source="x.bin")
    assert info.value.slot == 1
    assert "truncated LD_IMM64" in str(info.value)


@pytest.mark.parametrize("extra", [1, 3, 7])
def test_trailing_bytes(extra):
    with pytest.raises(DecodeError, match="truncated instruction") as info:
        decode(raw(0x95) + b"\x00" * extra)
    assert info.value.slot == 1


# dst is a register wherever it is not reserved; src wherever it is not reserved, except where it selects a kind
# (call: helper/bpf-to-bpf/kfunc; lddw: pseudo source).
REGISTER_CASES = ([(code, "dst") for code in ALL_VALID if "dst" not in reserved_fields(code)]
                  + [(code, "src") for code in ALL_VALID if "src" not in reserved_fields(code)
                     and code not in (0x85, 0x18)])


@pytest.mark.parametrize(("code", "name"), REGISTER_CASES, ids=lambda v: f"0x{v:02x}" if isinstance(v, int) else v)
@pytest.mark.parametrize("value", [11, 15])
def test_registers_above_r10_are_rejected(code, name, value):
    bad = example(code).replace(**{name: value})
    with pytest.raises(DecodeError) as info:
        decode(encode_one(bad))
    assert info.value.field == name
    assert f"r{value}" in info.value.reason


def test_ld_ind_source_register_is_checked():
    with pytest.raises(DecodeError) as info:
        decode(raw(0x40, 0, 11))
    assert info.value.field == "src"


@pytest.mark.parametrize(("insn", "field"), [
    (Instruction(0xD4, 1, imm=8), "imm"),  # byte swap width
    (Instruction(0xDC, 1, imm=0), "imm"),
    (Instruction(0xBF, 1, 2, off=1, imm=2), "imm"),  # addr_space_cast
    (Instruction(0xBC, 1, 2, off=32), "off"),  # movsx32 from 32 bits does not exist
    (Instruction(0xBF, 1, 2, off=7), "off"),
    (Instruction(0x3F, 1, 2, off=2), "off"),  # sdiv is off == 1
    (Instruction(0x85, 0, 3, imm=1), "src"),  # call src 3
    (Instruction(0x18, 1, 7, imm=1), "src"),  # pseudo source 7
    (Instruction(0xD3, 10, 1, -8, 0x01), "imm"),  # 8-bit fetch-add
    (Instruction(0xCB, 10, 1, -8, 0xE1), "imm"),  # 16-bit xchg
    (Instruction(0xDB, 10, 1, -8, 0x02), "imm"),  # unknown atomic op
    (Instruction(0xDB, 10, 1, -8, 0x120), "imm"),
])
def test_other_field_rules(insn, field):
    with pytest.raises(DecodeError) as info:
        validate(insn, 4)
    assert (info.value.slot, info.value.field) == (4, field)


def test_kfunc_call_keeps_off_and_callx_register():
    kfunc = Instruction(0x85, 0, 2, 3, 12345)
    validate(kfunc)
    with pytest.raises(DecodeError):
        validate(Instruction(0x85, 0, 1, 3, 5))  # off only for kfuncs


def test_non_strict_decode_keeps_invalid_instructions():
    data = raw(0xFF, 1, 2, 3, 4)
    assert decode(data, strict=False) == [Instruction(0xFF, 1, 2, 3, 4)]


@given(programs())
def test_decode_encode_round_trip(prog):
    data = encode(prog)
    assert decode(data) == prog
    assert encode(decode(data)) == data


@given(instructions())
def test_generated_instructions_are_valid(insn):
    validate(insn)

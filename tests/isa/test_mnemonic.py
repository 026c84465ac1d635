"""The conformance-file mnemonic assembler: encodings, labels, number ranges, and the negative files' error kinds."""

from __future__ import annotations

import re

import pytest

from pybpf.conformance.datafile import read_data_file
from pybpf.errors import AssembleError, DecodeError
from pybpf.isa.codec import encode
from pybpf.isa.instruction import Instruction
from pybpf.isa.mnemonic import assemble_mnemonic, disasm_mnemonic, disasm_mnemonic_program
from pybpf.testing.data import conformance_dir

DATA = conformance_dir()
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")


def one(text: str) -> Instruction:
    insns = assemble_mnemonic(text)
    assert len(insns) == 1, insns
    return insns[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("add %r1, 2", Instruction(0x07, 1, 0, 0, 2)),
    ("add64 %r1, 2", Instruction(0x07, 1, 0, 0, 2)),
    ("add32 %r9, 0xffffffff", Instruction(0x04, 9, 0, 0, -1)),
    ("sub32 %r1, %r2", Instruction(0x1C, 1, 2, 0, 0)),
    ("mov %r0, -3", Instruction(0xB7, 0, 0, 0, -3)),
    ("mov32 %r0, 0x80000000", Instruction(0xB4, 0, 0, 0, -0x80000000)),
    ("neg %r3", Instruction(0x87, 3)),
    ("neg32 %r3", Instruction(0x84, 3)),
    ("sdiv32 %r0, 4", Instruction(0x34, 0, 0, 1, 4)),
    ("smod %r0, %r1", Instruction(0x9F, 0, 1, 1, 0)),
    ("movsx832 %r0, %r1", Instruction(0xBC, 0, 1, 8, 0)),
    ("movsx1664 %r0, %r1", Instruction(0xBF, 0, 1, 16, 0)),
    ("movsx3264 %r0, %r1", Instruction(0xBF, 0, 1, 32, 0)),
    ("le16 %r1", Instruction(0xD4, 1, 0, 0, 16)),
    ("be64 %r1", Instruction(0xDC, 1, 0, 0, 64)),
    ("swap32 %r1", Instruction(0xD7, 1, 0, 0, 32)),
    ("bswap32 %r1", Instruction(0xD7, 1, 0, 0, 32)),
    ("addr_space_cast %r1, %r2, 1, 0", Instruction(0xBF, 1, 2, 1, 0x10000)),
    ("jeq %r1, 0x33, +1", Instruction(0x15, 1, 0, 1, 0x33)),
    ("jsle32 %r1, %r2, -4", Instruction(0xDE, 1, 2, -4, 0)),
    ("jeq %r1 0x33 +1", Instruction(0x15, 1, 0, 1, 0x33)),  # commas are optional, as in bpf_conformance
    ("ja +32767", Instruction(0x05, off=32767)),
    ("ja -32768", Instruction(0x05, off=-32768)),
    ("ja32 +100000", Instruction(0x06, imm=100000)),
    ("gotol -2", Instruction(0x06, imm=-2)),
    ("may_goto +3", Instruction(0xE5, off=3)),
    ("gotox %r3", Instruction(0x0D, 3)),
    ("call 5", Instruction(0x85, imm=5)),
    ("call helper 0x1", Instruction(0x85, imm=1)),
    ("call %r2", Instruction(0x8D, 2)),
    ("call local +2", Instruction(0x85, 0, 1, 0, 2)),
    ("call runtime 77", Instruction(0x85, 0, 2, 0, 77)),
    ("call runtime 77, 3", Instruction(0x85, 0, 2, 3, 77)),
    ("exit", Instruction(0x95)),
    ("lddw %r0, 0x1122334455667788", Instruction(0x18, 0, 0, 0, 0x1122334455667788)),
    ("lddw %r0, 0xffffffffffffffff", Instruction(0x18, 0, 0, 0, -1)),
    ("lddw %r1, 18446744073709551615", Instruction(0x18, 1, 0, 0, -1)),
    ("lddw %r1, -9223372036854775808", Instruction(0x18, 1, 0, 0, -(1 << 63))),
    ("lddw %r1, 3, map_fd", Instruction(0x18, 1, 1, 0, 3)),
    ("lddw %r1, 0x500000003, map_value", Instruction(0x18, 1, 2, 0, 0x500000003)),
    ("lddw %r1, 7, 4", Instruction(0x18, 1, 4, 0, 7)),
    ("ldabsb 12", Instruction(0x30, imm=12)),
    ("ldindh %r1, 4", Instruction(0x48, 0, 1, 0, 4)),
    ("ldxh %r0, [%r1+2]", Instruction(0x69, 0, 1, 2, 0)),
    ("ldxdw %r0, [%r10-8]", Instruction(0x79, 0, 10, -8, 0)),
    ("ldxw %r1, [%r2]", Instruction(0x61, 1, 2, 0, 0)),
    ("ldxw %r1, [ %r2 - 0x10 ]", Instruction(0x61, 1, 2, -16, 0)),
    ("ldxsb %r0, [%r1+2]", Instruction(0x91, 0, 1, 2, 0)),
    ("ldxsw %r0, [%r1+32767]", Instruction(0x81, 0, 1, 32767, 0)),
    ("stw [%r1-32768], 0x33", Instruction(0x62, 1, 0, -32768, 0x33)),
    ("stdw [%r10-16], 0xab", Instruction(0x7A, 10, 0, -16, 0xAB)),
    ("stxb [%r10-4], %r6", Instruction(0x73, 10, 6, -4, 0)),
    ("lock add [%r10-8], %r1", Instruction(0xDB, 10, 1, -8, 0x00)),
    ("lock add32 [%r10-8], %r1", Instruction(0xC3, 10, 1, -8, 0x00)),
    ("lock fetch add32 [%r10-8], %r1", Instruction(0xC3, 10, 1, -8, 0x01)),
    ("lock fetch xor [%r1], %r2", Instruction(0xDB, 1, 2, 0, 0xA1)),
    ("lock or64 [%r1], %r2", Instruction(0xDB, 1, 2, 0, 0x40)),
    ("lock xchg [%r10-8], %r1", Instruction(0xDB, 10, 1, -8, 0xE1)),
    ("lock fetch xchg [%r10-8], %r1", Instruction(0xDB, 10, 1, -8, 0xE1)),
    ("lock cmpxchg32 [%r10-8], %r1", Instruction(0xC3, 10, 1, -8, 0xF1)),
    ("ldacqb %r0, [%r1+4]", Instruction(0xD3, 0, 1, 4, 0x100)),
    ("strelh [%r1+4], %r2", Instruction(0xCB, 1, 2, 4, 0x110)),
    ("MOV32 %r0, 1", Instruction(0xB4, 0, 0, 0, 1)),  # mnemonics are case-insensitive
])
def test_encodings(text: str, expected: Instruction) -> None:
    assert one(text) == expected
    assert one(disasm_mnemonic(expected)) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("mov32 %r0, 2147483647", 0x7FFFFFFF), ("mov32 %r0, -2147483648", -0x80000000),
    ("mov32 %r0, 0xffffffff", -1), ("mov32 %r0, -0x80000000", -0x80000000), ("mov32 %r0, +7", 7),
    ("mov32 %r0, 0XFF", 255),
])
def test_imm32_limits(text: str, value: int) -> None:
    assert one(text).imm == value


@pytest.mark.parametrize(("text", "reason"), [
    ("mov32 %r0, 2147483648", "immediate out of 32-bit range: 2147483648"),
    ("mov32 %r0, -2147483649", "immediate out of 32-bit range: -2147483649"),
    ("mov32 %r0, 0x100000000", "immediate out of 32-bit range: 0x100000000"),
    ("mov32 %r0, -0x80000001", "immediate out of 32-bit range: -0x80000001"),
    ("lddw %r0, 0x10000000000000000", "immediate out of 64-bit range"),
    ("lddw %r0, 18446744073709551616", "immediate out of 64-bit range"),
    ("ldxb %r0, [%r1+0x10000]", r"offset out of 16-bit range: \+0x10000"),
    ("ldxb %r0, [%r1+32768]", "offset out of 16-bit range"),
    ("ldxb %r0, [%r1-32769]", "offset out of 16-bit range"),
    ("ja +32768", "offset out of 16-bit range"),
    ("ldxb %r0, %r1", "failed to decode register and offset: %r1"),
    ("ldxb %r0, [%r1 8]", "failed to decode register and offset"),
    ("ldxb %r0, [%r1+8", "failed to decode register and offset: missing ]"),
    ("or %r0, %r50", "invalid register: %r50"),
    ("mov %r11, 1", "invalid register: %r11"),
    ("mov %x1, 1", "invalid register: %x1"),
    ("ldxq %r0, %r1", "invalid mnemonic: ldxq"),
    ("movsx3232 %r0, %r1", "invalid mnemonic: movsx3232"),
    ("lock nand [%r1], %r2", "invalid mnemonic: lock nand"),
    ("lddw %r0", "invalid number of operands for mnemonic: lddw"),
    ("exit %r0", "invalid number of operands for mnemonic: exit"),
    ("jeq %r1, 1", "invalid number of operands for mnemonic: jeq"),
    ("lock", "invalid number of operands for lock"),
    ("lock or [%r10-8]", "invalid number of operands for lock"),
    ("ja NOT_A_LABEL\nexit", "invalid label: NOT_A_LABEL"),
    ("a:\na:\nexit", "duplicate label: a"),
    ("add %r1, 1x", "unexpected text: 1x"),
    ("add %r1, , 1", "empty operand"),
    ("lddw %r1, 1, map_bogus", "invalid lddw pseudo source"),
    ("add %r1, [%r2]", "expected an immediate"),
    ("ldxw [%r1], %r2", "expected a register"),
    ("jeq %r1, 1, %r2", "expected a jump target"),
    ("addr_space_cast %r1, %r2, 0, 0", "invalid instruction: reserved field off of mov is 1"),
    ("addr_space_cast %r1, %r2, 0x10000, 0", "address spaces must be 0-65535"),
])
def test_errors(text: str, reason: str) -> None:
    with pytest.raises(AssembleError) as info:
        assemble_mnemonic(text, source="t.s")
    assert re.search(reason, info.value.reason, re.IGNORECASE), info.value.reason
    assert info.value.line is not None and info.value.column is not None
    assert str(info.value).startswith(f"t.s:{info.value.line}:{info.value.column}: ")


def test_error_position_and_line_offset() -> None:
    with pytest.raises(AssembleError) as info:
        assemble_mnemonic("mov %r0, 1\n  or %r0, %r50 # comment\nexit", source="f.data", line_offset=10)
    err = info.value
    assert (err.line, err.column) == (12, 11)
    assert err.text is not None and "%r50" in err.text
    assert "f.data:12:11: invalid register: %r50" in str(err)


def test_labels_implicit_exit_and_slots() -> None:
    insns = assemble_mnemonic("""
        mov %r0, 0
        jeq %r1, 0, exit      # the first exit has an implicit label
        lddw %r2, 0x100000000 # two slots: 2 and 3
        ja L1
        L1: mov %r0, 1; exit
        exit
    """)
    assert [i.opcode for i in insns] == [0xB7, 0x15, 0x18, 0x05, 0xB7, 0x95, 0x95]
    assert insns[1].target(1) == 6  # the first exit is in slot 6
    assert insns[3].off == 0  # ja L1 where L1 is the next slot


def test_explicit_exit_label_wins() -> None:
    insns = assemble_mnemonic("ja exit\nexit\nexit:\nmov %r0, 1\nexit")
    assert insns[0].off == 1


def test_backward_label_and_call_local() -> None:
    insns = assemble_mnemonic("""
    top:
        call local f
        ja32 top
        exit
    f:  mov %r0, 2
        exit
    """)
    assert insns[0] == Instruction(0x85, 0, 1, 0, 2)
    assert insns[1] == Instruction(0x06, imm=-2)


def test_label_too_far_for_16_bits() -> None:
    text = "ja far\n" + "mov %r0, 0\n" * 40000 + "far: exit\n"
    with pytest.raises(AssembleError, match="out of 16-bit range"):
        assemble_mnemonic(text)
    assert assemble_mnemonic(text.replace("ja far", "ja32 far"))[0].imm == 40000


def test_disasm_program_round_trip() -> None:
    text = "mov %r0, 1\nlddw %r1, 0x5\njne %r0, 1, +1\nexit\nexit\n"
    insns = assemble_mnemonic(text)
    assert disasm_mnemonic_program(insns) == "mov %r0, 1\nlddw %r1, 0x5\njne %r0, 1, +1\nexit\nexit\n"
    assert assemble_mnemonic(disasm_mnemonic_program(insns)) == insns


def test_disasm_rejects_encodings_without_text() -> None:
    with pytest.raises(DecodeError) as info:
        disasm_mnemonic(Instruction(0xFF), slot=7)
    assert info.value.slot == 7 and info.value.field == "opcode"


# -- against the conformance data ---------------------------------------------------------------------------------
_ASM_AND_RAW = ["ubpf/alu.data", "ubpf/alu64.data", "ubpf/jmp.data", "ubpf/ldx.data", "ubpf/st.data", "ubpf/stx.data",
                "bpf_conformance/lddw.data"]


@needs_data
@pytest.mark.parametrize("name", _ASM_AND_RAW)
def test_asm_matches_raw_section(name: str) -> None:
    """Files holding the same program as assembly and as raw words: the assembler must produce the raw bytes."""
    test = read_data_file(DATA / name)
    assert test.asm and test.raw
    assert encode(assemble_mnemonic(test.asm)) == test.raw


# The reference runner's own expectations for its negative files (bpf_conformance tools/tests.cmake regexes).
_NEGATIVE = {
    "invalid_imm32_dec_range": "immediate out of 32-bit range: 2147483648",
    "invalid_imm32_hex_range": "immediate out of 32-bit range: 0x100000000",
    "invalid_label": "invalid label: NOT_A_LABEL",
    "invalid_lock": "invalid number of operands for lock",
    "invalid_lock2": "invalid number of operands for lock",
    "invalid_mnemonic": "invalid mnemonic: ldxq",
    "invalid_offset": "failed to decode register and offset: %r1",
    "invalid_offset_range": "offset out of 16-bit range: .*0x10000",
    "invalid_operand_count": "invalid number of operands for mnemonic: lddw",
    "invalid_register": "invalid register: %r50",
}


@needs_data
@pytest.mark.parametrize("name", sorted(_NEGATIVE))
def test_negative_files_fail_with_the_reference_error_kind(name: str) -> None:
    path = DATA / "bpf_conformance" / "negative" / f"{name}.data"
    test = read_data_file(path)
    with pytest.raises(AssembleError) as info:
        test.program()
    assert re.search(_NEGATIVE[name], info.value.reason, re.IGNORECASE), info.value.reason
    assert info.value.source == str(path)
    # the reported line is the file's line, so an editor can jump to it
    assert info.value.line is not None
    line = path.read_text().splitlines()[info.value.line - 1]
    assert info.value.text == line


@needs_data
def test_every_conformance_asm_section_assembles_and_round_trips() -> None:
    count = 0
    for path in sorted(DATA.rglob("*.data")):
        if "negative" in path.parts:
            continue
        test = read_data_file(path)
        if not (test.asm and test.asm.strip()) or test.skip_reason:
            continue
        if path.name.startswith("err-invalid-reg"):  # %r11 on purpose: uBPF's loader test
            continue
        insns = test.program() if test.raw is None else assemble_mnemonic(test.asm)
        assert assemble_mnemonic(disasm_mnemonic_program(insns)) == insns, path
        count += 1
    assert count > 350

"""Round trip of the mnemonic syntax over every valid instruction form: assemble_mnemonic(disasm_mnemonic(x)) == [x].

Valid forms are what :func:`pybpf.isa.codec.validate` accepts. Instances are built by drawing every field (with the
special values some opcodes require: byte-swap widths, atomic operations, movsx widths, sdiv's off=1...) and then
clearing the fields ``validate`` reports as reserved, so every valid opcode is reachable.
"""

from __future__ import annotations

import itertools

from hypothesis import assume, given
from hypothesis import strategies as st

from pybpf.errors import AssembleError, DecodeError
from pybpf.isa.codec import VALID_OPCODES, decode, encode, validate
from pybpf.isa.instruction import Instruction
from pybpf.isa.mnemonic import assemble_mnemonic, disasm_mnemonic, disasm_mnemonic_program
from pybpf.isa.opcodes import LD_IMM64, AtomicOp

_SPECIAL_IMMS = [0, 1, 16, 32, 64, 0x10000, -1, *(int(op) for op in AtomicOp)]
_SPECIAL_OFFS = [0, 1, 8, 16, 32, -1]


def _repair(insn: Instruction) -> Instruction | None:
    """Clear the fields validate() rejects, until it accepts the instruction (None if clearing does not help)."""
    for _ in range(6):
        try:
            validate(insn)
            return insn
        except DecodeError as err:
            if err.field not in ("dst", "src", "off", "imm") or getattr(insn, err.field) == 0:
                return None
            insn = insn.replace(**{err.field: 0})
    return None


@st.composite
def valid_instructions(draw: st.DrawFn) -> Instruction:
    opcode = draw(st.sampled_from(sorted(VALID_OPCODES)))
    dst = draw(st.integers(0, 10))
    src = draw(st.integers(0, 10))
    off = draw(st.one_of(st.sampled_from(_SPECIAL_OFFS), st.integers(-0x8000, 0x7FFF)))
    if opcode == LD_IMM64:
        src = draw(st.integers(0, 6))
        imm = draw(st.integers(-(1 << 63), (1 << 63) - 1))
    else:
        imm = draw(st.one_of(st.sampled_from(_SPECIAL_IMMS), st.integers(-(1 << 31), (1 << 31) - 1)))
    insn = _repair(Instruction(opcode, dst, src, off, imm))
    assume(insn is not None)
    assert insn is not None
    return insn


@given(valid_instructions())
def test_round_trip_valid_instruction(insn: Instruction) -> None:
    text = disasm_mnemonic(insn)
    assert assemble_mnemonic(text) == [insn], text
    assert encode(assemble_mnemonic(text)) == encode([insn])


@given(st.lists(valid_instructions(), min_size=1, max_size=12))
def test_round_trip_program_bytes(insns: list[Instruction]) -> None:
    code = encode(insns)
    assert encode(assemble_mnemonic(disasm_mnemonic_program(decode(code)))) == code


def _one_instance_per_opcode() -> list[Instruction]:
    """A deterministic valid instance of every valid opcode (and every special imm/off value it accepts)."""
    out: dict[tuple[int, int, int], Instruction] = {}
    for opcode in sorted(VALID_OPCODES):
        for imm, off, src in itertools.product([*_SPECIAL_IMMS, 0x7FFFFFFF], _SPECIAL_OFFS, (0, 1, 2, 6)):
            insn = _repair(Instruction(opcode, 3, src, off, imm))
            if insn is not None:
                out.setdefault((insn.opcode, insn.off if insn.off in (0, 1, 8, 16, 32) else -1, insn.imm), insn)
    return list(out.values())


_INSTANCES = _one_instance_per_opcode()


def test_every_valid_opcode_has_an_instance() -> None:
    assert {i.opcode for i in _INSTANCES} == set(VALID_OPCODES)


def test_round_trip_every_opcode() -> None:
    assert len(_INSTANCES) > 1000
    bad = [(insn, disasm_mnemonic(insn)) for insn in _INSTANCES if assemble_mnemonic(disasm_mnemonic(insn)) != [insn]]
    assert not bad


@given(st.integers(0, 255), st.integers(0, 15), st.integers(0, 15), st.integers(-0x8000, 0x7FFF),
       st.integers(-(1 << 31), (1 << 31) - 1))
def test_disasm_of_any_bits_is_text_or_decode_error(opcode: int, dst: int, src: int, off: int, imm: int) -> None:
    insn = Instruction(opcode, dst, src, off, imm)
    try:
        text = disasm_mnemonic(insn, slot=4)
    except DecodeError as err:
        assert err.slot == 4
        return
    assert isinstance(text, str) and text


@given(st.text(alphabet=st.sampled_from(list("%r0123456789abcdefxlmovjqstw[]+-,:;# \n.lock")), max_size=60))
def test_assembler_raises_only_assemble_error(text: str) -> None:
    try:
        insns = assemble_mnemonic(text)
    except AssembleError as err:
        assert err.line is not None
        return
    assert isinstance(insns, list)

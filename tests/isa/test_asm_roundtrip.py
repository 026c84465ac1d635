"""Round trips over every instruction form: assemble(disasm(x)) == x in both modes, one instruction at a time and as
whole listings (objdump-style and verifier-log-style), with labels."""

from __future__ import annotations

import pytest
from hypothesis import given
from isa_strategies import example, instructions, programs, valid_opcodes

from pybpf.isa.asm import assemble, detect_syntax
from pybpf.isa.disasm import disasm, disasm_program, format_listing


@given(instructions())
def test_llvm_text_round_trips(insn):
    text = disasm(insn, mode="llvm")
    assert assemble(text) == [insn], text
    assert assemble(text, syntax="llvm") == [insn], text


@given(instructions())
def test_kernel_text_round_trips(insn):
    text = disasm(insn, mode="kernel")
    assert assemble(text, syntax="kernel") == [insn], text


@pytest.mark.parametrize("mode", ["llvm", "kernel"])
@pytest.mark.parametrize("code", sorted(valid_opcodes()), ids=lambda c: f"0x{c:02x}")
def test_every_opcode_round_trips(code, mode):
    insn = example(code)
    assert assemble(disasm(insn, mode=mode), syntax=mode) == [insn]


@given(programs(8))
def test_llvm_listing_round_trips(prog):
    listing = "\n".join(format_listing(prog, "llvm"))
    assert assemble(listing) == prog
    assert assemble("\n".join(format_listing(prog, "llvm", show_bytes=False))) == prog
    assert assemble("\n".join(disasm_program(prog, "llvm"))) == prog


@given(programs(8))
def test_kernel_listing_round_trips_with_auto_detection(prog):
    listing = "\n".join(format_listing(prog, "kernel"))
    assert detect_syntax(listing) == "kernel"
    assert assemble(listing) == prog
    assert assemble("\n".join(disasm_program(prog, "kernel")), syntax="kernel") == prog

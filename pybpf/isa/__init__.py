"""The eBPF instruction set: opcodes, the Instruction value, binary codec, assembler and disassembler."""

from __future__ import annotations

from pybpf.isa.asm import assemble
from pybpf.isa.codec import VALID_OPCODES, decode, encode, encode_one, validate
from pybpf.isa.disasm import disasm, disasm_program
from pybpf.isa.instruction import Instruction, slot_offsets
from pybpf.isa.opcodes import (
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

__all__ = [
    "VALID_OPCODES", "AluOp", "AtomicOp", "CallSrc", "Class", "Instruction", "JmpOp", "Mode", "PseudoSrc", "Size",
    "Source", "assemble", "decode", "disasm", "disasm_program", "encode", "encode_one", "slot_offsets", "validate",
]

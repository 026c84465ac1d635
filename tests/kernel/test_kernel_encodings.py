"""What Linux 6.18 accepts as an encoding, next to pybpf's codec rules (pybpf/isa/codec.py).

The codec follows Linux except where documented: EXIT's ``off`` (Linux does not check it, RFC 9669 reserves it: the
codec rejects), callx 0x8d (bpf_conformance's instruction: the codec accepts, Linux does not know it) and gotox 0x0d
(Linux 6.19: the codec accepts, 6.18 does not know it). These tests pin both sides so a change on either shows up.
"""

from __future__ import annotations

import struct

import pytest

from pybpf.errors import DecodeError, KernelError
from pybpf.isa.codec import VALID_OPCODES, decode
from pybpf.isa.opcodes import Class, Mode
from pybpf.kernel import ProgType, bpf_available, load_program

AVAILABLE, WHY = bpf_available()
pytestmark = [pytest.mark.kernel, pytest.mark.skipif(not AVAILABLE, reason=WHY)]


def ins(code: int, dst: int = 0, src: int = 0, off: int = 0, imm: int = 0) -> bytes:
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


MOV_R0 = ins(0xB7, 0, 0, 0, 7)
EXIT = ins(0x95)


def kernel_verdict(code: bytes) -> tuple[bool, str]:
    """(accepted, reason line) for a socket filter."""
    try:
        load_program(code, ProgType.SOCKET_FILTER).close()
    except KernelError as err:
        lines = [ln for ln in err.log.splitlines() if ln.strip() and not ln.startswith("processed ")]
        return False, lines[-1] if lines else str(err)
    return True, ""


def codec_verdict(code: bytes) -> tuple[bool, str | None]:
    try:
        decode(code)
    except DecodeError as err:
        return False, err.field
    return True, None


# (name, program, kernel accepts, kernel reason fragment, codec accepts, codec field)
CASES = [
    ("exit off=1", MOV_R0 + ins(0x95, off=1), True, "", False, "off"),
    ("exit off=-1", MOV_R0 + ins(0x95, off=-1), True, "", False, "off"),
    ("exit imm=1", MOV_R0 + ins(0x95, imm=1), False, "BPF_EXIT uses reserved fields", False, "imm"),
    ("exit dst=1", MOV_R0 + ins(0x95, dst=1), False, "BPF_EXIT uses reserved fields", False, "dst"),
    ("exit src=1", MOV_R0 + ins(0x95, src=1), False, "BPF_EXIT uses reserved fields", False, "src"),
    ("ja +0 imm=1", MOV_R0 + ins(0x05, imm=1) + EXIT, False, "BPF_JA uses reserved fields", False, "imm"),
    ("ja +0 dst=1", MOV_R0 + ins(0x05, dst=1) + EXIT, False, "BPF_JA uses reserved fields", False, "dst"),
    ("gotol +0 off=1", MOV_R0 + ins(0x06, off=1) + EXIT, False, "BPF_JA uses reserved fields", False, "off"),
    ("gotol +0", MOV_R0 + ins(0x06) + EXIT, True, "", True, None),
    ("callx r1 (0x8d)", ins(0xBF, 1, 10) + ins(0x8D, dst=1) + MOV_R0 + EXIT, False, "unknown opcode 8d", True, None),
    ("gotox r1 (0x0d)", MOV_R0 + ins(0x0D, dst=1) + EXIT, False, "unknown opcode 0d", True, None),
    ("neg64 X (0x8f)", MOV_R0 + ins(0x8F, 0, 0) + EXIT, False, "unknown opcode 8f", False, "opcode"),
    ("neg32 X (0x8c)", MOV_R0 + ins(0x8C, 0, 1) + EXIT, False, "unknown opcode 8c", False, "opcode"),
    ("neg64 K src=1", MOV_R0 + ins(0x87, 0, 1) + EXIT, False, "BPF_NEG uses reserved fields", False, "src"),
    ("neg64 K imm=1", MOV_R0 + ins(0x87, 0, 0, 0, 1) + EXIT, False, "BPF_NEG uses reserved fields", False, "imm"),
    ("neg32 K off=1", MOV_R0 + ins(0x84, 0, 0, 1, 0) + EXIT, False, "BPF_NEG uses reserved fields", False, "off"),
    ("lddw", ins(0x18, 0, 0, 0, 5) + ins(0) + EXIT, True, "", True, None),
    ("lddw slot 2 opcode=1", ins(0x18, 0, 0, 0, 5) + ins(1) + EXIT, False, "invalid bpf_ld_imm64 insn", False,
     "opcode"),
    ("lddw slot 2 dst=1", ins(0x18, 0, 0, 0, 5) + ins(0, dst=1) + EXIT, False, "invalid bpf_ld_imm64 insn", False,
     "dst"),
    ("lddw slot 2 src=1", ins(0x18, 0, 0, 0, 5) + ins(0, src=1) + EXIT, False, "invalid bpf_ld_imm64 insn", False,
     "src"),
    ("lddw slot 2 off=1", ins(0x18, 0, 0, 0, 5) + ins(0, off=1) + EXIT, False, "invalid bpf_ld_imm64 insn", False,
     "off"),
    ("lddw slot 1 off=1", ins(0x18, 0, 0, 1, 5) + ins(0) + EXIT, False, "BPF_LD_IMM64 uses reserved fields", False,
     "off"),
    ("lddw src=7", ins(0x18, 0, 7, 0, 5) + ins(0) + EXIT, False, "", False, "src"),
    ("may_goto imm=1", MOV_R0 + ins(0xE5, imm=1) + EXIT, False, "invalid may_goto imm 1", False, "imm"),
    ("le16 imm=8", MOV_R0 + ins(0xD4, 0, 0, 0, 8) + EXIT, False, "", False, "imm"),
    ("movsx32 off=32", MOV_R0 + ins(0xBC, 0, 0, 32) + EXIT, False, "", False, "off"),
    ("sdiv64 off=2", MOV_R0 + ins(0x37, 0, 0, 2, 3) + EXIT, False, "", False, "off"),
    ("atomic add8", ins(0x7A, 10, 0, -8, 0) + MOV_R0 + ins(0xD3, 10, 0, -8, 0) + EXIT, False, "", False, "imm"),
]


@pytest.mark.parametrize(("name", "code", "k_ok", "k_reason", "c_ok", "c_field"), CASES, ids=[c[0] for c in CASES])
def test_kernel_and_codec_verdicts(name: str, code: bytes, k_ok: bool, k_reason: str, c_ok: bool,
                                   c_field: str | None) -> None:
    accepted, reason = kernel_verdict(code)
    assert accepted == k_ok, f"{name}: kernel said {reason or 'accepted'}"
    assert k_reason in reason
    assert codec_verdict(code) == (c_ok, c_field)


# LDX with a mode other than MEM / MEMSX: Linux's opcode table lets them through and the verifier then rejects them
# with "BPF_LDX uses reserved fields"; the codec rejects them as unknown opcodes. Both reject.
_LDX_BAD_MODES = {Class.LDX | mode | size for mode in (Mode.IMM, Mode.ABS, Mode.IND, Mode.ATOMIC, 0xA0, 0xE0)
                  for size in (0x00, 0x08, 0x10, 0x18)}


def test_opcode_table_matches_the_kernel() -> None:
    """Every opcode byte: Linux's "unknown opcode" verdict against the codec's VALID_OPCODES."""
    differences = []
    for op in range(256):
        program = MOV_R0 + ins(op) + (ins(0) if op == 0x18 else b"") + EXIT
        accepted, reason = kernel_verdict(program)
        kernel_knows = accepted or "unknown opcode" not in reason
        if op in _LDX_BAD_MODES:
            assert not accepted and "BPF_LDX uses reserved fields" in reason, hex(op)
            assert op not in VALID_OPCODES
            continue
        if kernel_knows != (op in VALID_OPCODES):
            differences.append(op)
    assert differences == [0x0D, 0x8D]  # gotox (Linux 6.19) and callx (bpf_conformance)

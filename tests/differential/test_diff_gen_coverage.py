"""The program generator covers the instruction forms the differential suite promises (no kernel needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pybpf.isa.codec import validate
from pybpf.isa.instruction import slot_offsets
from pybpf.isa.opcodes import LD_IMM64, AluOp, AtomicOp, Class, JmpOp, Mode, Size, Source
from pybpf.testing.gen import (
    PKT_LEN,
    SOCKET_FILTER,
    XDP,
    GenConfig,
    HypothesisChooser,
    generate,
    generate_batch,
)

BATCH = 1500


def _forms(kind: str) -> set[tuple]:
    forms: set[tuple] = set()
    for prog in generate_batch(7, BATCH, GenConfig(kind=kind)):
        for insn in prog.insns:
            cls = insn.opcode & 0x07
            if cls in (Class.ALU, Class.ALU64):
                op = insn.opcode & 0xF0
                extra = insn.off if op in (AluOp.DIV, AluOp.MOD, AluOp.MOV) else (
                    insn.imm if op == AluOp.END else 0)
                forms.add(("alu", insn.opcode, extra))
            elif cls == Class.STX and insn.mode == Mode.ATOMIC:
                forms.add(("atomic", insn.opcode, insn.imm))
            elif insn.opcode == LD_IMM64:
                forms.add(("lddw",))
            else:
                forms.add(("op", insn.opcode))
    return forms


def test_xdp_batch_covers_every_form() -> None:
    forms = _forms(XDP)
    missing = []
    for cls in (Class.ALU, Class.ALU64):
        for op in (AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.OR, AluOp.AND, AluOp.LSH, AluOp.RSH, AluOp.XOR,
                   AluOp.ARSH):
            missing += [f for f in (("alu", cls | op | Source.K, 0), ("alu", cls | op | Source.X, 0))
                        if f not in forms]
        for op in (AluOp.DIV, AluOp.MOD):
            missing += [f for f in (("alu", cls | op | s, off) for s in Source for off in (0, 1)) if f not in forms]
        movsx = (0, 8, 16, 32) if cls == Class.ALU64 else (0, 8, 16)
        missing += [f for f in (("alu", cls | AluOp.MOV | Source.X, off) for off in movsx) if f not in forms]
        missing += [f for f in [("alu", cls | AluOp.NEG, 0)] if f not in forms]
    for code in (Class.ALU | AluOp.END | Source.K, Class.ALU | AluOp.END | Source.X,
                 Class.ALU64 | AluOp.END | Source.K):
        missing += [f for f in (("alu", code, w) for w in (16, 32, 64)) if f not in forms]
    for cls in (Class.JMP, Class.JMP32):
        for op in (JmpOp.JEQ, JmpOp.JGT, JmpOp.JGE, JmpOp.JSET, JmpOp.JNE, JmpOp.JSGT, JmpOp.JSGE, JmpOp.JLT,
                   JmpOp.JLE, JmpOp.JSLT, JmpOp.JSLE):
            missing += [f for f in (("op", cls | op | Source.K), ("op", cls | op | Source.X)) if f not in forms]
    missing += [f for f in (("op", 0x05), ("op", 0x06), ("lddw",)) if f not in forms]
    for size in (Size.W, Size.DW):
        for aop in (AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD, AtomicOp.FETCH_OR,
                    AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG, AtomicOp.CMPXCHG):
            missing += [f for f in [("atomic", Class.STX | Mode.ATOMIC | size, aop)] if f not in forms]
    for size in Size:
        for aop in (AtomicOp.LOAD_ACQ, AtomicOp.STORE_REL):
            missing += [f for f in [("atomic", Class.STX | Mode.ATOMIC | size, aop)] if f not in forms]
        for code in (Class.LDX | Mode.MEM | size, Class.ST | Mode.MEM | size, Class.STX | Mode.MEM | size):
            missing += [f for f in [("op", code)] if f not in forms]
        if size != Size.DW:
            missing += [f for f in [("op", Class.LDX | Mode.MEMSX | size)] if f not in forms]
    assert not missing, [tuple(hex(x) if isinstance(x, int) else x for x in f) for f in missing]


def test_socket_filter_batch_covers_legacy_loads() -> None:
    forms = _forms(SOCKET_FILTER)
    for size in (Size.W, Size.H, Size.B):
        assert ("op", Class.LD | Mode.ABS | size) in forms
        assert ("op", Class.LD | Mode.IND | size) in forms


def test_features_appear() -> None:
    seen: set[str] = set()
    for kind in (XDP, SOCKET_FILTER):
        for prog in generate_batch(3, 600, GenConfig(kind=kind)):
            seen |= prog.features
    assert {"alu_edge", "loop", "loop_break", "exit_early", "ld_ind_wrap", "skf_net_off", "pkt_ldsx", "ldsx", "acq_rel",
            "cmpxchg", "gotol", "ja", "movsx", "sdiv"} <= seen


def test_batches_are_reproducible() -> None:
    assert generate_batch(99, 20) == generate_batch(99, 20)
    assert generate_batch(99, 20) != generate_batch(100, 20)


@settings(max_examples=100)  # structure only; the kernel batches check verifiability of thousands more
@given(st.data())
def test_programs_are_valid_and_well_formed(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from((XDP, SOCKET_FILTER)))
    prog = generate(HypothesisChooser(data), GenConfig(kind=kind))
    slots = slot_offsets(list(prog.insns))
    for slot, insn in zip(slots, prog.insns):
        validate(insn, slot)
        if insn.is_branch:  # jumps land on an instruction boundary inside the program
            assert insn.target(slot) in slots
        if insn.is_exit:
            assert insn is prog.insns[-1]
        if prog.kind == XDP and insn.cls in (Class.ALU, Class.ALU64, Class.LDX):
            assert insn.dst not in (1, 10)  # r1 (packet) and r10 are never written
        if prog.kind == SOCKET_FILTER and slot:
            assert not (insn.cls in (Class.ALU, Class.ALU64, Class.LDX) and insn.dst == 6)
    assert prog.insns[-1].is_exit
    assert len(prog.packet) == (PKT_LEN if kind == XDP else 48)

"""The fast path and the step machine agree exactly: r0, registers, instruction count, memory, faults, budget.

Random programs mix every instruction class: ALU/ALU32 with edge-case operands, jumps (forward and backward,
32 and 64 bit, gotol, sometimes to bad targets), loads/stores/atomics on the stack and the input memory (sometimes
out of bounds or misaligned), LD_IMM64, legacy packet loads, helper calls, callx, may_goto, bpf-to-bpf calls.
A small budget keeps loops short; running out of it must also be identical.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vm_build import (
    alu,
    atomic,
    call,
    call_local,
    callx,
    end,
    exit_,
    gotol,
    jmp,
    ld_abs,
    ld_ind,
    lddw,
    ldx,
    load_acquire,
    may_goto,
    movr,
    neg,
    store_release,
    stx,
)
from vm_build import st as st_imm
from vm_harness import Setup, run_both

from pybpf.helpers import CallContext, HelperTable
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import AluOp, AtomicOp, JmpOp

M64 = (1 << 64) - 1
MEM = bytes((i * 37 + 5) & 0xFF for i in range(64))
VALUES = [0, 1, 2, 3, 7, 31, 32, 63, 64, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000,
          0xFFFF_FFFF, 0x1_0000_0000, (1 << 63) - 1, 1 << 63, M64, M64 - 1, 0x0123_4567_89AB_CDEF]
IMMS = [0, 1, -1, 2, 3, 7, 8, 31, 32, 63, 64, 255, -128, 0x7FFF_FFFF, -(1 << 31), 0x1234_5678, -7]
ALU_OPS = [op for op in AluOp if op not in (AluOp.NEG, AluOp.END)]
JMP_OPS = [JmpOp.JEQ, JmpOp.JNE, JmpOp.JGT, JmpOp.JGE, JmpOp.JLT, JmpOp.JLE, JmpOp.JSET, JmpOp.JSGT, JmpOp.JSGE,
           JmpOp.JSLT, JmpOp.JSLE]
RMW = [AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD, AtomicOp.FETCH_OR,
       AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG, AtomicOp.CMPXCHG]
WRITABLE = [0, 1, 2, 3, 4, 5, 7, 8]  # r6 (packet base) and r9 (memory pointer) stay put; r10 is the frame pointer


def helpers() -> HelperTable:
    t = HelperTable()
    t.add(1, lambda ctx, a, b, c, d, e: (a * 3 + b) ^ (c << 1) ^ d ^ e, "mix")

    @t.helper(2, "peek")
    def peek(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
        return sum(ctx.read(a, b & 7))  # a random pointer: usually a fault, identical on both engines

    @t.helper(3, "each")
    def each(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
        return sum(ctx.call(c, i, a) for i in range(b & 3))

    return t


regs = st.sampled_from(WRITABLE * 4 + [10])  # now and then the frame pointer itself is overwritten
any_reg = st.integers(0, 10)
imms = st.sampled_from(IMMS) | st.integers(-(1 << 31), (1 << 31) - 1)


@st.composite
def alu_insn(draw) -> Instruction:
    is64 = draw(st.booleans())
    kind = draw(st.sampled_from(["op", "op", "op", "neg", "end"]))
    d = draw(regs)
    if kind == "neg":
        return neg(d, is64=is64)
    if kind == "end":
        width = draw(st.sampled_from([16, 32, 64]))
        if is64:
            return end(width, d, bswap=True)
        return end(width, d, to_be=draw(st.booleans()))
    op = draw(st.sampled_from(ALU_OPS))
    off = 0
    if op in (AluOp.DIV, AluOp.MOD):
        off = draw(st.sampled_from([0, 1]))
    use_reg = draw(st.booleans())
    if op == AluOp.MOV and use_reg:
        off = draw(st.sampled_from([0, 8, 16, 32] if is64 else [0, 8, 16]))
    if use_reg:
        return alu(op, d, draw(any_reg), off=off, is64=is64)
    return alu(op, d, imm=draw(imms), off=off, is64=is64)


@st.composite
def mem_insn(draw) -> Instruction:
    size = draw(st.sampled_from([1, 2, 4, 8]))
    on_stack = draw(st.booleans())
    base = 10 if on_stack else 9
    if on_stack:
        off = draw(st.integers(-72, 0) | st.integers(-530, 8))
    else:
        off = draw(st.integers(0, len(MEM)) | st.integers(-16, len(MEM) + 16))
    if draw(st.integers(0, 9)) == 0:
        base = draw(st.integers(0, 10))  # through an arbitrary register: mostly a fault
    kind = draw(st.sampled_from(["ldx", "ldx", "ldsx", "st", "stx", "stx", "atomic", "acq", "rel"]))
    if kind == "ldx" or (kind == "ldsx" and size == 8):
        return ldx(size, draw(regs), base, off)
    if kind == "ldsx":
        return ldx(size, draw(regs), base, off, signed=True)
    if kind == "st":
        return st_imm(size, base, off, draw(imms))
    if kind == "stx":
        return stx(size, base, draw(any_reg), off)
    if kind == "acq":
        return load_acquire(size, draw(regs), base, off)
    if kind == "rel":
        return store_release(size, base, draw(any_reg), off)
    size = draw(st.sampled_from([4, 8]))
    if draw(st.integers(0, 3)):
        off -= off % size  # mostly aligned
    return atomic(size, draw(st.sampled_from(RMW)), base, draw(st.sampled_from(WRITABLE)), off)


def _conditional(op: JmpOp, d: int, src: int | None, imm: int, is32: bool):
    return lambda off: jmp(op, d, src, imm, off, is32=is32)


# A program item is an instruction, or ("jump", make, target index) resolved once the layout is known.
@st.composite
def item(draw, n_items: int, n_funcs: int):
    kind = draw(st.sampled_from(["alu"] * 8 + ["mem"] * 5 + ["jmp"] * 3 + ["ja", "lddw", "pkt", "call", "callx",
                                                                         "may_goto", "local", "exit"]))
    if kind == "alu":
        return draw(alu_insn())
    if kind == "mem":
        return draw(mem_insn())
    if kind == "lddw":
        return lddw(draw(regs), draw(st.sampled_from(VALUES)))
    if kind == "pkt":
        size = draw(st.sampled_from([1, 2, 4]))
        if draw(st.booleans()):
            return ld_abs(size, draw(st.integers(-2, len(MEM) + 2)))
        return ld_ind(size, draw(regs), draw(st.integers(-4, 8)))
    if kind == "call":
        return call(draw(st.sampled_from([1, 1, 2, 3, 3, 9])))
    if kind == "callx":
        return callx(draw(any_reg))
    if kind == "exit":
        return exit_()
    target = draw(st.integers(-1, n_items))  # -1 and n_items lead outside the body
    if kind == "jmp":
        op = draw(st.sampled_from(JMP_OPS))
        is32 = draw(st.booleans())
        d = draw(any_reg)
        src = draw(any_reg) if draw(st.booleans()) else None
        imm = 0 if src is not None else draw(imms)
        return ("jump", _conditional(op, d, src, imm, is32), target)
    if kind == "ja":
        if draw(st.booleans()):
            return ("jump", lambda off: jmp(JmpOp.JA, 0, None, 0, off), target)
        return ("jump", gotol, target)
    if kind == "may_goto":
        return ("jump", may_goto, target)
    if n_funcs == 0:
        return draw(alu_insn())
    return ("call", call_local, draw(st.integers(0, n_funcs - 1)))


@st.composite
def programs(draw) -> list[Instruction]:
    n_funcs = draw(st.integers(0, 2))
    n_main = draw(st.integers(1, 24))
    funcs_items = [[draw(item(3, n_funcs)) for _ in range(draw(st.integers(0, 4)))] for _ in range(n_funcs)]
    main = [draw(item(n_main, n_funcs)) for _ in range(n_main)]
    prologue = [movr(9, 1), movr(6, 1)] + [lddw(r, draw(st.sampled_from(VALUES))) for r in (0, 3, 4, 5, 7, 8)]
    if draw(st.booleans()):
        prologue.append(lddw(3, 0, src=4))  # r3 = a function reference for helper 3 (resolved below)
    bodies = [[*prologue, *main, exit_()]] + [[*items, exit_()] for items in funcs_items]
    # lay out: slot of each item
    layout: list[tuple[int, object, int, int]] = []  # (body, item, index in body, slot)
    slot = 0
    starts = []
    for b, body in enumerate(bodies):
        starts.append(slot)
        for i, it in enumerate(body):
            layout.append((b, it, i, slot))
            slot += 2 if isinstance(it, Instruction) and it.opcode == 0x18 else 1
    slot_of = {(b, i): s for b, _, i, s in layout}
    out: list[Instruction] = []
    for b, it, _i, s in layout:
        if isinstance(it, Instruction):
            if it.opcode == 0x18 and it.src == 4:
                target = starts[1] if n_funcs else 0
                it = lddw(it.dst, target - s - 1, src=4)
            out.append(it)
            continue
        kind, make, target = it
        if kind == "call":
            out.append(make(starts[1 + target] - s - 1))
            continue
        body = bodies[b]
        if target < 0:
            dest = starts[b] - 1  # before the function: outside the program or inside another function
        elif target >= len(body):
            dest = slot + 3  # past the end of the program
        else:
            dest = slot_of[b, target]
        out.append(make(dest - s - 1))
    return out


@given(programs(), st.integers(0, 400), st.integers(0, 3))
def test_fast_path_equals_step_machine(insns, budget, loops):
    setup = Setup(MEM, rodata=b"ro")
    run_both(insns, setup=setup, helpers=helpers(), budget=budget, max_loops=loops)


@given(st.lists(alu_insn(), min_size=1, max_size=30), st.lists(st.sampled_from(VALUES), min_size=9, max_size=9))
def test_alu_sequences_agree(ops, values):
    prologue = [lddw(r, v) for r, v in zip(range(9), values)]
    out = run_both([*prologue, *ops, exit_()])
    assert out.error is None

"""Property: the native executor and the Python reference executor agree on random programs.

Same status, r0, faulting slot and address, retired counts, restarts, stores, cause, and the same final memory.
A random ``before_store`` injection (a byte flipped just before the k-th pass-2 store, once or every time) makes
checked stores conflict: restarts, AGAIN and EIO must agree too. The native executor computes the expected bytes
of a checked store with word arithmetic, the reference byte by byte.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from pybpf.cpu import UserMemory, execute
from pybpf.cpu.context import St
from pybpf.cpu.insn import (
    alu32,
    alu64,
    barrier,
    exit_,
    jmp,
    jmp32,
    ld_imm64,
    ldx,
    ldxs,
    load_acquire,
    store_release,
    stx,
)
from pybpf.cpu.insn import st as st_imm
from pybpf.cpu.limits import LEN_MAX, PAGE_SIZE
from pybpf.isa.codec import encode
from pybpf.isa.opcodes import AluOp, JmpOp

MEM_PAGES = 2
DATA = list(range(6))  # r0-r5 hold data; r6 and r7 hold addresses into the memory
BINOPS = [AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.OR, AluOp.AND, AluOp.XOR, AluOp.LSH, AluOp.RSH, AluOp.ARSH,
          AluOp.DIV, AluOp.MOD, AluOp.MOV]
JMPS = [JmpOp.JEQ, JmpOp.JNE, JmpOp.JGT, JmpOp.JGE, JmpOp.JLT, JmpOp.JLE, JmpOp.JSGT, JmpOp.JSGE, JmpOp.JSLT,
        JmpOp.JSLE, JmpOp.JSET]
IMMS = st.one_of(st.sampled_from([0, 1, -1, 7, 0x7FFFFFFF, -0x80000000, 255, 63, 31]),
                 st.integers(-(1 << 31), (1 << 31) - 1))


@st.composite
def instruction(draw, remaining: int):
    kind = draw(st.sampled_from(["alu", "alu", "alu", "neg", "end", "movsx", "load", "load", "store", "store",
                                 "acqrel", "jmp", "jmp", "barrier"]))
    d = draw(st.sampled_from(DATA))
    s = draw(st.sampled_from(DATA))
    size = draw(st.sampled_from([1, 2, 4, 8]))
    off = draw(st.integers(0, MEM_PAGES * PAGE_SIZE - 8)) if draw(st.booleans()) else \
        draw(st.sampled_from([0, 8, PAGE_SIZE - 4, PAGE_SIZE - 1, PAGE_SIZE]))
    base = draw(st.sampled_from([6, 6, 7, d]))  # a data register as base: a tainted (usually faulting) address
    wide = draw(st.booleans())
    if kind == "alu":
        op = draw(st.sampled_from(BINOPS))
        alu = alu64 if wide else alu32
        signed = 1 if op in (AluOp.DIV, AluOp.MOD) and draw(st.booleans()) else 0
        if draw(st.booleans()):
            return alu(op, d, src=s, off=signed)
        imm = draw(IMMS)
        if op in (AluOp.LSH, AluOp.RSH, AluOp.ARSH):
            imm %= 64 if wide else 32
        if op in (AluOp.DIV, AluOp.MOD) and imm == 0:
            imm = 3
        return alu(op, d, imm=imm, off=signed)
    if kind == "neg":
        return (alu64 if wide else alu32)(AluOp.NEG, d)
    if kind == "end":
        width = draw(st.sampled_from([16, 32, 64]))
        which = draw(st.sampled_from(["le", "be", "bswap"]))
        if which == "bswap":
            return alu64(AluOp.END, d, imm=width)
        return alu32(AluOp.END, d, imm=width) if which == "le" else alu32(AluOp.END, d, src=0, imm=0).replace(imm=width)
    if kind == "movsx":
        bits = draw(st.sampled_from([8, 16, 32] if wide else [8, 16]))
        return (alu64 if wide else alu32)(AluOp.MOV, d, src=s, off=bits)
    if kind == "load":
        if size < 8 and draw(st.booleans()):
            return ldxs(size, d, base, off)
        return ldx(size, d, base, off)
    if kind == "store":
        return stx(size, base, s, off) if draw(st.booleans()) else st_imm(size, base, draw(IMMS), off)
    if kind == "acqrel":
        aligned = off - off % size if draw(st.integers(0, 4)) else off
        return load_acquire(size, d, base, aligned) if draw(st.booleans()) else store_release(size, base, s, aligned)
    if kind == "jmp":
        target = draw(st.integers(0, max(0, remaining)))
        j = jmp if wide else jmp32
        if draw(st.booleans()):
            return j(draw(st.sampled_from(JMPS)), d, target, src=s)
        return j(draw(st.sampled_from(JMPS)), d, target, imm=draw(IMMS))
    return barrier()


@st.composite
def programs(draw):
    n = draw(st.integers(1, LEN_MAX - 7))  # two LD_IMM64s, two inits and the exit take the other 7 slots
    body = []
    for i in range(n):
        body.append(draw(instruction(n - i - 1)))
    inits = [alu64(AluOp.MOV, r, imm=draw(IMMS)) for r in draw(st.lists(st.sampled_from(DATA), max_size=2))]
    return inits, body


DENSE = 16  # bytes the dense programs crowd their accesses into


def injections(offsets):
    """None, or (k, offset, every): change the byte at offset just before the k-th pass-2 store (once, or at every
    store from then on)."""
    return st.one_of(st.none(), st.tuples(st.sampled_from([1, 1, 2, 3, 4]), offsets, st.booleans()))


INJECTIONS = injections(st.one_of(st.integers(0, 31), st.integers(PAGE_SIZE - 24, PAGE_SIZE + 24),
                                  st.integers(0, MEM_PAGES * PAGE_SIZE - 1)))


def _injector(mem: UserMemory, injection, stores: dict[int, tuple[int, int]] | None):
    """The before_store hook of ``injection``; a negative offset -1-i means byte i (mod its width) of the store
    about to be committed (``stores``: slot -> (offset, width))."""
    if injection is None:
        return None, []
    k, offset, every = injection
    calls: list[int] = []

    def hook(slot: int) -> None:
        calls.append(slot)
        if len(calls) == k or (every and len(calls) > k):
            at = offset
            if at < 0 and stores is not None:
                off, width = stores[slot]
                at = off + (-1 - offset) % width
            mem.store(at, (mem.load(at, 1) + 0x5B) & 0xFF, 1)  # not an involution: repeats do not cancel
    return hook, calls


def run(mem: UserMemory, image: bytes, prog: bytes, engine: str, injection=None, stores=None):
    mem.buf[:] = image
    hook, calls = _injector(mem, injection, stores)
    out = execute(prog, 0, engine=engine, before_store=hook)
    return out, bytes(mem.buf), calls


def _compare(mem: UserMemory, prog: bytes, image: bytes, injection, stores=None) -> None:
    native, native_mem, native_calls = run(mem, image, prog, "native", injection, stores)
    ref, ref_mem, ref_calls = run(mem, image, prog, "reference", injection, stores)
    fields = ("status", "slot", "retired", "retired2", "restarts", "stores", "cause")
    assert {f: getattr(native, f) for f in fields} == {f: getattr(ref, f) for f in fields}
    if native.status == St.OK:
        assert native.r0 == ref.r0
    if native.status in (St.FAULT, St.MISALIGNED, St.TMEM, St.PAGES):
        assert (native.faddr, native.flen, native.frw) == (ref.faddr, ref.flen, ref.frw)
    assert native_calls == ref_calls
    assert native_mem == ref_mem


@settings(deadline=None, max_examples=min(settings.default.max_examples, 150))  # each example compiles (~30 ms)
@given(programs(), st.integers(0, 2**32), INJECTIONS)
def test_native_matches_reference(program, seed, injection):
    inits, body = program
    mem = UserMemory(MEM_PAGES * PAGE_SIZE)
    try:
        image = random.Random(seed).randbytes(mem.size)
        insns = [ld_imm64(6, mem.address), ld_imm64(7, mem.address + PAGE_SIZE - 16), *inits, *body, exit_()]
        _compare(mem, encode(insns), image, injection)
    finally:
        mem.close()


@st.composite
def dense_access(draw, loads_only: bool = False):
    """A load or store of any width at any offset in [0, DENSE) from r6 (aligned or not): overlaps are the rule."""
    size = draw(st.sampled_from([1, 2, 4, 8]))
    off = draw(st.integers(0, DENSE - size))
    d = draw(st.sampled_from(DATA))
    kind = "load" if loads_only else draw(st.sampled_from(["load", "load", "store", "store", "imm", "alu", "acqrel"]))
    if kind == "load":
        return ldx(size, d, 6, off)
    if kind == "store":
        return stx(size, 6, d, off)
    if kind == "imm":
        return st_imm(size, 6, draw(IMMS), off)
    if kind == "alu":
        return alu64(draw(st.sampled_from([AluOp.ADD, AluOp.XOR, AluOp.MOV])), d, src=draw(st.sampled_from(DATA)))
    aligned = off - off % size
    return load_acquire(size, d, 6, aligned) if draw(st.booleans()) else store_release(size, 6, d, aligned)


@st.composite
def dense_programs(draw):
    """(instructions, injection): a few loads, then anything; the injected change hits a byte the store is about
    to overwrite (negative offsets), a loaded byte, or any byte."""
    loads = draw(st.lists(dense_access(loads_only=True), max_size=4))
    body = draw(st.lists(dense_access(), min_size=1, max_size=LEN_MAX - 7))
    loaded = [insn.off + i for insn in loads for i in range(insn.access_bytes)] or [0]
    offsets = st.one_of(st.integers(-8, -1), st.sampled_from(loaded), st.integers(0, DENSE - 1))
    return [*loads, *body], draw(injections(offsets))


@settings(deadline=None, max_examples=min(settings.default.max_examples, 100))
@given(dense_programs(), st.integers(0, 2**32))
def test_checked_stores_match_reference(program, seed):
    """Loads and stores crowded into 16 bytes: partial overlaps, misaligned stores over loaded ranges, more than
    CHECKED_LOADS_MAX loads; with injected changes between a load and a store."""
    body, injection = program
    stores = {2 + i: (insn.off, insn.access_bytes) for i, insn in enumerate(body)}  # after the LD_IMM64's 2 slots
    mem = UserMemory(PAGE_SIZE)
    try:
        image = random.Random(seed).randbytes(mem.size)
        _compare(mem, encode([ld_imm64(6, mem.address), *body, exit_()]), image, injection, stores)
    finally:
        mem.close()

"""tnum and scalar-range transfer functions: soundness (every concrete result lies in the abstract result) for every
ALU op in 64 and 32 bits and for both sides of every branch refinement, plus exact values derived from Linux."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from vtest import M32, M64, member

from pybpf.isa.opcodes import AluOp
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier import tnum
from pybpf.verifier.branches import JEQ, JGE, JGT, JLE, JLT, JNE, JSET, JSGE, JSGT, JSLE, JSLT, REV, refine

u64 = st.integers(0, M64)
u32 = st.integers(0, M32)


@st.composite
def tnums(draw):
    m = draw(u64)
    v = draw(u64) & ~m
    return (v, m)


@st.composite
def abstract(draw):
    """An abstract scalar plus concrete members of it."""
    kind = draw(st.sampled_from(["const", "urange", "srange", "tnum", "small"]))
    r = R.scalar()
    if kind == "const":
        B.set_known(r, draw(u64))
    elif kind == "urange":
        a, b = sorted((draw(u64), draw(u64)))
        r.umin, r.umax = a, b
    elif kind == "small":
        a = draw(st.integers(0, 300))
        r.umin, r.umax = a, a + draw(st.integers(0, 300))
    elif kind == "srange":
        a, b = sorted((B.s64(draw(u64)), B.s64(draw(u64))))
        r.smin, r.smax = a, b
    else:
        r.var = draw(tnums())
    B.sync(r)
    assume(B.sanity_error(r) is None)
    vals = []
    for _ in range(4):
        if r.var[1] == 0:
            v = r.var[0]
        else:
            v = (draw(u64) & r.var[1]) | r.var[0]
            v = min(max(v, r.umin), r.umax)
            if not member(r, v):
                v = r.umin if member(r, r.umin) else r.umax
        if member(r, v):
            vals.append(v)
    assume(vals)
    return r, vals


def concrete(op: int, a: int, b: int, alu32: bool) -> int:
    bits = 32 if alu32 else 64
    mask = (1 << bits) - 1
    a &= mask
    b &= mask
    if op == AluOp.ADD:
        return (a + b) & mask
    if op == AluOp.SUB:
        return (a - b) & mask
    if op == AluOp.MUL:
        return (a * b) & mask
    if op == AluOp.AND:
        return a & b
    if op == AluOp.OR:
        return a | b
    if op == AluOp.XOR:
        return a ^ b
    if op == AluOp.LSH:
        return (a << b) & mask
    if op == AluOp.RSH:
        return a >> b
    if op == AluOp.ARSH:
        sa = a - (1 << bits) if a >> (bits - 1) else a
        return (sa >> b) & mask
    raise AssertionError(op)


BINOPS = [AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.AND, AluOp.OR, AluOp.XOR]


@given(abstract(), abstract(), st.sampled_from(BINOPS), st.booleans())
def test_alu_sound(a, b, op, alu32):
    ra, va = a
    rb, vb = b
    d = ra.copy()
    B.alu(d, rb, op, alu32)
    for x in va:
        for y in vb:
            assert member(d, concrete(op, x, y, alu32)), (op, alu32, x, y, d)


@given(abstract(), st.integers(0, 63), st.sampled_from([AluOp.LSH, AluOp.RSH, AluOp.ARSH]), st.booleans())
def test_shift_sound(a, sh, op, alu32):
    ra, va = a
    if alu32:
        sh &= 31
    s = R.scalar(sh)
    assert B.computable(op, s, alu32)
    d = ra.copy()
    B.alu(d, s, op, alu32)
    for x in va:
        assert member(d, concrete(op, x, sh, alu32)), (op, alu32, x, sh, d)


@given(tnums(), tnums(), u64, u64)
def test_tnum_ops_sound(a, b, x, y):
    x = (x & a[1]) | a[0]
    y = (y & b[1]) | b[0]
    assert tnum.holds(tnum.add(a, b), (x + y) & M64)
    assert tnum.holds(tnum.sub(a, b), (x - y) & M64)
    assert tnum.holds(tnum.mul(a, b), (x * y) & M64)
    assert tnum.holds(tnum.and_(a, b), x & y)
    assert tnum.holds(tnum.or_(a, b), x | y)
    assert tnum.holds(tnum.xor(a, b), x ^ y)
    assert tnum.holds(tnum.union(a, b), x) and tnum.holds(tnum.union(a, b), y)
    if x == y:
        assert tnum.overlap(a, b)


def cond(op: int, x: int, y: int, j32: bool) -> bool:
    if j32:
        x, y = x & M32, y & M32
        sx, sy = B.s32(x), B.s32(y)
    else:
        sx, sy = B.s64(x), B.s64(y)
    return {JEQ: x == y, JNE: x != y, JGT: x > y, JGE: x >= y, JLT: x < y, JLE: x <= y, JSGT: sx > sy,
            JSGE: sx >= sy, JSLT: sx < sy, JSLE: sx <= sy, JSET: bool(x & y)}[op]


@given(abstract(), abstract(), st.sampled_from([JEQ, JNE, JGT, JGE, JLT, JLE, JSGT, JSGE, JSLT, JSLE, JSET]),
       st.booleans())
def test_branch_refinement_sound(a, b, op, j32):
    ra, va = a
    rb, vb = b
    t1, t2, f1, f2 = ra.copy(), rb.copy(), ra.copy(), rb.copy()
    refine(t1, t2, op, j32)
    refine(f1, f2, REV[op], j32)
    for r in (t1, t2, f1, f2):
        B.sync(r)
    for x in va:
        for y in vb:
            if cond(op, x, y, j32):
                assert member(t1, x) and member(t2, y), ("true", op, j32, x, y, t1, t2)
            else:
                assert member(f1, x) and member(f2, y), ("false", op, j32, x, y, f1, f2)


@given(abstract(), abstract(), st.sampled_from([JEQ, JNE, JGT, JGE, JLT, JLE, JSGT, JSGE, JSLT, JSLE, JSET]),
       st.booleans())
def test_branch_taken_sound(a, b, op, j32):
    from pybpf.verifier.branches import scalar_branch_taken
    ra, va = a
    rb, vb = b
    pred = scalar_branch_taken(ra, rb, op, j32)
    if pred < 0:
        return
    for x in va:
        for y in vb:
            assert cond(op, x, y, j32) == bool(pred)


@given(abstract(), st.sampled_from([1, 2, 4]), st.booleans())
def test_coerce_sound(a, size, sx):
    ra, va = a
    d = ra.copy()
    bits = size * 8
    if sx:
        B.coerce_to_size_sx(d, size)
    else:
        B.coerce_to_size(d, size)
    for x in va:
        v = x & ((1 << bits) - 1)
        if sx and v >> (bits - 1):
            v = (v - (1 << bits)) & M64
        assert member(d, v)


# -- exact values worked out from Linux's code -------------------------------------------------------------------------
def test_trange_and_fmt():
    assert tnum.trange(0, 255) == (0, 0xFF)
    assert tnum.trange(4, 7) == (4, 3)
    assert tnum.trange(0, M64) == tnum.UNKNOWN
    assert tnum.fmt((0, 0xFF)) == "(0x0; 0xff)"
    assert tnum.fmt((5, 0)) == "5"
    assert tnum.fmt((0x10000, 0)) == "0x10000"


def test_u8_load_shape():
    r = R.scalar()
    B.coerce_to_size(r, 1)
    assert (r.smin, r.smax, r.umin, r.umax, r.var) == (0, 255, 0, 255, (0, 0xFF))


def test_and_shift_example():
    r = R.scalar()
    B.coerce_to_size(r, 1)
    B.alu(r, R.scalar(15), AluOp.AND, False)
    B.alu(r, R.scalar(2), AluOp.LSH, False)
    assert (r.umax, r.var) == (60, (0, 0x3C))


def test_fork_candidate():
    r = R.scalar()
    r.smin, r.smax = -1, 0
    B.sync(r)
    assert B.fork_candidate(r) is False


@pytest.mark.parametrize("lo,hi", [(0, 10), (5, 5), (0x7FFFFFFF, 0x80000001)])
def test_sync_keeps_members(lo, hi):
    r = R.scalar()
    r.umin, r.umax = lo, hi
    B.sync(r)
    for v in (lo, hi):
        assert member(r, v)

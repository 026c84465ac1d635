"""Atomics: add/or/and/xor with and without FETCH, xchg, cmpxchg, load-acquire, store-release; alignment."""

from __future__ import annotations

import pytest
from vm_build import atomic, exit_, lddw, ldx, load_acquire, mov, movr, st, store_release, stx
from vm_harness import Setup, error_of, r0_of, run_both

from pybpf.errors import Fault
from pybpf.isa.opcodes import AtomicOp

M64 = (1 << 64) - 1
OLD64 = 0x8000_0000_F000_000F
OLD32 = 0xF000_000F
SRC = 0xFFFF_FFFF_0000_0FF0


def _run(size: int, op: int, old: int, src: int, r0: int = 0) -> tuple[int, int, int]:
    """(memory after, src register after, r0 after) for one atomic on the stack."""
    insns = [lddw(1, old), stx(size, 10, 1, -8), lddw(2, src), lddw(0, r0),
             atomic(size, op, 10, 2, -8),
             ldx(size, 3, 10, -8),
             # r0 = mem, r1 = src, r2 = r0 after: return each through a separate run
             ]
    results = []
    for reg in (3, 2, 0):
        results.append(r0_of([*insns, movr(0, reg), exit_()]))
    return results[0], results[1], results[2]


@pytest.mark.parametrize("op, fetch, combine", [
    (AtomicOp.ADD, False, lambda a, b: a + b), (AtomicOp.OR, False, lambda a, b: a | b),
    (AtomicOp.AND, False, lambda a, b: a & b), (AtomicOp.XOR, False, lambda a, b: a ^ b),
    (AtomicOp.FETCH_ADD, True, lambda a, b: a + b), (AtomicOp.FETCH_OR, True, lambda a, b: a | b),
    (AtomicOp.FETCH_AND, True, lambda a, b: a & b), (AtomicOp.FETCH_XOR, True, lambda a, b: a ^ b),
])
@pytest.mark.parametrize("size", [4, 8])
def test_read_modify_write(op, fetch, combine, size):
    mask = (1 << (8 * size)) - 1
    old = OLD64 & mask
    mem, src, r0 = _run(size, op, old, SRC, r0=0x55)
    assert mem == combine(old, SRC & mask) & mask
    assert src == (old if fetch else SRC)  # FETCH returns the old value, zero-extended for W
    assert r0 == 0x55


@pytest.mark.parametrize("size", [4, 8])
def test_xchg(size):
    mask = (1 << (8 * size)) - 1
    mem, src, r0 = _run(size, AtomicOp.XCHG, OLD64 & mask, SRC, r0=0x55)
    assert (mem, src, r0) == (SRC & mask, OLD64 & mask, 0x55)


@pytest.mark.parametrize("size", [4, 8])
def test_cmpxchg(size):
    mask = (1 << (8 * size)) - 1
    old = OLD64 & mask
    # equal: stores src; r0 receives the old value (zero-extended for W; high bits of r0 are not compared)
    mem, src, r0 = _run(size, AtomicOp.CMPXCHG, old, SRC, r0=old | (0xABCD << 48 if size == 4 else 0))
    assert (mem, src, r0) == (SRC & mask, SRC, old)
    # different: memory unchanged
    mem, src, r0 = _run(size, AtomicOp.CMPXCHG, old, SRC, r0=old ^ 1)
    assert (mem, src, r0) == (old, SRC, old)


@pytest.mark.parametrize("size", [1, 2, 4, 8])
def test_load_acquire_store_release(size):
    mask = (1 << (8 * size)) - 1
    value = 0xF1F2_F3F4_F5F6_F7F8
    # store-release writes src through dst; load-acquire reads through src into dst, zero-extended
    insns = [lddw(1, value), store_release(size, 10, 1, -16), load_acquire(size, 0, 10, -16), exit_()]
    assert r0_of(insns) == value & mask
    insns = [lddw(1, M64), stx(8, 10, 1, -16), store_release(size, 10, 1, -16), mov(1, 0),
             store_release(size, 10, 1, -16), ldx(8, 0, 10, -16), exit_()]
    assert r0_of(insns) == M64 & ~mask


@pytest.mark.parametrize("insn", [
    atomic(4, AtomicOp.ADD, 10, 1, -6), atomic(8, AtomicOp.FETCH_OR, 10, 1, -12), atomic(8, AtomicOp.XCHG, 10, 1, -20),
    atomic(4, AtomicOp.CMPXCHG, 10, 1, -10), load_acquire(2, 0, 10, -3), load_acquire(8, 0, 10, -12),
    store_release(4, 10, 1, -6), store_release(2, 10, 1, -5),
], ids=lambda i: f"op{i.imm:x}-off{i.off}")
def test_misaligned_atomics_fault(insn):
    err = error_of([mov(1, 1), mov(0, 0), insn, exit_()])
    assert isinstance(err, Fault) and err.pc == 2
    assert "misaligned atomic access" in str(err)


def test_atomics_on_input_memory_and_bounds():
    mem = bytes(16)
    insns = [mov(2, 5), atomic(8, AtomicOp.ADD, 1, 2, 8), atomic(8, AtomicOp.FETCH_ADD, 1, 2, 8), movr(0, 2), exit_()]
    out = run_both(insns, mem)
    assert out.result is not None and out.result.r0 == 5
    assert out.memory["mem"][8:] == (10).to_bytes(8, "little")
    err = error_of([mov(2, 5), atomic(8, AtomicOp.ADD, 1, 2, 16), exit_()], mem)
    assert isinstance(err, Fault) and "write of unknown address" in str(err)


def test_atomic_on_read_only_memory_faults():
    setup = Setup(rodata=bytes(8))
    assert setup.ro is not None
    out = run_both([mov(2, 1), atomic(8, AtomicOp.ADD, 1, 2, 0), exit_()], setup=setup, args=(setup.ro.base, 8))
    assert isinstance(out.error, Fault) and "write to read-only memory" in str(out.error)
    # load-acquire only reads: allowed
    out = run_both([st(8, 10, -8, 0), load_acquire(8, 0, 1, 0), exit_()], setup=setup, args=(setup.ro.base, 8))
    assert out.error is None


def test_fetch_into_r0():
    # src = r0: the fetched old value lands in r0
    insns = [mov(1, 40), stx(8, 10, 1, -8), mov(0, 2), atomic(8, AtomicOp.FETCH_ADD, 10, 0, -8), exit_()]
    assert r0_of(insns) == 40

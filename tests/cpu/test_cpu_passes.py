"""The two-pass scheme: restarts before a store, EIO after one, EFAULT before any store, own-store forwarding."""

from __future__ import annotations

import errno
import threading

import pytest
from cpu_helpers import usable_cpus

from pybpf.cpu import UserMemory, do_on_cpu, execute
from pybpf.cpu.context import Cause, St, check
from pybpf.cpu.insn import (
    add,
    alu64,
    barrier,
    exit_,
    jmp,
    ld_imm64,
    ldx,
    ldxs,
    load_acquire,
    mov,
    st,
    store_release,
    stx,
)
from pybpf.cpu.limits import PAGE_SIZE
from pybpf.cpu.native import program_ir
from pybpf.cpu.runtime import CHECKED_STORES_IR, RUNTIME_IR
from pybpf.cpu.validate import validate
from pybpf.errors import CpuError
from pybpf.isa.codec import encode
from pybpf.isa.opcodes import AluOp, JmpOp


def _flip_once(mem, offset, value):
    state = {"calls": 0}

    def hook():
        if state["calls"] == 0:
            mem.store(offset, value)
        state["calls"] += 1
    return hook, state


def _branchy(mem) -> bytes:
    """r0 = (*A == 0) ? 1 : 2; *B = r0 -- the tainted branch comes before the store."""
    return encode([ld_imm64(1, mem.address), ldx(8, 2, 1), mov(0, imm=1), jmp(JmpOp.JEQ, 2, 1, imm=0),
                   mov(0, imm=2), stx(8, 1, 0, 64), exit_()])


def test_tainted_branch_change_before_a_store_restarts(mem, engine):
    hook, state = _flip_once(mem, 0, 9)
    out = execute(_branchy(mem), 0, engine=engine, between_passes=hook)
    assert out.status == St.OK and out.restarts == 1 and state["calls"] == 2
    assert out.r0 == 2 and mem.load(64) == 2  # the restarted run saw the new value


def test_tainted_address_change_before_a_store_restarts(mem, engine):
    mem.store(0, mem.address + 128)
    mem.store(128, 11)
    mem.store(256, 22)
    prog = encode([ld_imm64(1, mem.address), ldx(8, 2, 1), ldx(8, 0, 2), stx(8, 1, 0, 8), exit_()])
    hook, _ = _flip_once(mem, 0, mem.address + 256)
    out = execute(prog, 0, engine=engine, between_passes=hook)
    assert out.status == St.OK and out.restarts == 1
    assert out.r0 == 22 and mem.load(8) == 22


def test_untainted_changes_do_not_restart(mem, engine):
    """A changed *value* that decides no branch and no address is simply what pass 2 reads."""
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), add(0, imm=1), stx(8, 1, 0), exit_()])
    hook, _ = _flip_once(mem, 0, 100)
    out = execute(prog, 0, engine=engine, between_passes=hook)
    assert out.status == St.OK and out.restarts == 0 and mem.load(0) == 101


def test_pass_one_makes_no_store(mem, engine):
    seen = []
    prog = encode([ld_imm64(1, mem.address), st(8, 1, 7), exit_()])
    out = execute(prog, 0, engine=engine, between_passes=lambda: seen.append(mem.load(0)))
    assert out.status == St.OK and seen == [0] and mem.load(0) == 7


def test_mismatch_after_a_store_is_eio(mem, engine):
    prog = encode([ld_imm64(1, mem.address), st(8, 1, 5, 64), ldx(8, 2, 1), jmp(JmpOp.JEQ, 2, 1, imm=0),
                   st(8, 1, 6, 72), exit_()])
    hook, _ = _flip_once(mem, 0, 3)
    out = execute(prog, 0, engine=engine, between_passes=hook)
    assert out.status == St.IO and out.slot == 4 and out.stores == 1 and out.cause == Cause.BRANCH
    assert mem.load(64) == 5 and mem.load(72) == 0  # partially updated, as reported
    with pytest.raises(CpuError) as info:
        check(out)
    assert info.value.errno == errno.EIO and "after 1 store(s)" in str(info.value)


def test_tainted_address_mismatch_after_a_store_is_eio(mem, engine):
    mem.store(0, mem.address + 128)
    prog = encode([ld_imm64(1, mem.address), st(8, 1, 5, 64), ldx(8, 2, 1), st(8, 2, 1), exit_()])
    hook, _ = _flip_once(mem, 0, mem.address + 256)
    out = execute(prog, 0, engine=engine, between_passes=hook)
    assert out.status == St.IO and out.cause == Cause.ACCESS and out.slot == 4
    assert mem.load(128) == 0 and mem.load(256) == 0


@pytest.mark.parametrize("address, label", [(0, "null"), (0x1000, "unmapped"), (-8, "wrapping")])
def test_efault_before_any_store(mem, engine, address, label):
    prog = encode([ld_imm64(1, mem.address), st(8, 1, 1), ld_imm64(2, address), stx(8, 2, 1), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.status == St.FAULT and out.slot == 5 and out.stores == 0, label
    assert mem.load(0) == 0
    with pytest.raises(CpuError) as info:
        check(out)
    assert info.value.errno == errno.EFAULT and "outside every registered UserMemory" in str(info.value)


def test_efault_past_the_end_of_a_user_memory(engine):
    m = UserMemory(100)
    try:
        assert execute(encode([ld_imm64(1, m.address + 92), ldx(8, 0, 1), exit_()]), 0, engine=engine).status == St.OK
        out = execute(encode([ld_imm64(1, m.address + 93), ldx(8, 0, 1), exit_()]), 0, engine=engine)
        assert out.status == St.FAULT and out.faddr == m.address + 93 and out.flen == 8
    finally:
        m.close()


def test_closed_memory_is_no_longer_reachable():
    m = UserMemory(4096)
    prog = encode([ld_imm64(1, m.address), ldx(8, 0, 1), exit_()])
    assert do_on_cpu(prog, 0) == 0
    m.close()
    with pytest.raises(CpuError) as info:
        do_on_cpu(prog, 0)
    assert info.value.errno == errno.EFAULT


def test_load_after_own_store_sees_the_store(mem, engine):
    """Defined behaviour: a load sees the program's own earlier stores, byte for byte, in both passes, so a
    branch on such a load never causes a spurious restart or EIO."""
    mem.store(0, 0x7777777777777777)
    prog = encode([ld_imm64(1, mem.address), st(4, 1, 0x11111111), st(1, 1, 0x55, 2), ldx(8, 2, 1),
                   ld_imm64(3, 0x7777777711551111), mov(0, imm=1), jmp(JmpOp.JEQ, 2, 1, src=3), mov(0, imm=2),
                   stx(8, 1, 0, 8), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.status == St.OK and out.restarts == 0
    assert out.r0 == 1 and mem.load(8) == 1


def test_forwarding_across_a_page_boundary(mem, engine):
    base = mem.address + PAGE_SIZE - 3
    mem.store(PAGE_SIZE - 8, 0x0807060504030201)
    mem.store(PAGE_SIZE, 0x1817161514131211)
    prog = encode([ld_imm64(1, base), st(4, 1, 0x7A7B7C7D), ldx(8, 2, 1, -2), ldx(2, 3, 1, 3),
                   stx(8, 1, 2, 8), mov(0, src=3), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.status == St.OK
    # after the 4-byte store: P-5.. = 04 05 | 7D 7C 7B 7A (P-3..P) | 12 13 ...
    expected = int.from_bytes(bytes([0x04, 0x05, 0x7D, 0x7C, 0x7B, 0x7A, 0x12, 0x13]), "little")
    assert mem.load(PAGE_SIZE + 5, 8) == expected
    assert out.r0 == 0x127A


def test_sign_extending_loads(mem, engine):
    mem.store(0, 0x80FF)
    prog = encode([ld_imm64(1, mem.address), ldxs(1, 0, 1), ldxs(2, 2, 1), add(0, src=2), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.r0 == -1 + 0x80FF - 0x10000


def test_acquire_release_and_barrier(mem, engine):
    prog = encode([ld_imm64(1, mem.address), mov(2, imm=41), store_release(8, 1, 2), barrier(),
                   load_acquire(8, 0, 1), add(0, imm=1), store_release(4, 1, 0, 8), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.status == St.OK and out.r0 == 42 and mem.load(8, 4) == 42


@pytest.mark.parametrize("offset", [1, 4, 6])
def test_misaligned_acquire_release(mem, engine, offset):
    for insn in (load_acquire(8, 0, 1, offset), store_release(8, 1, 0, offset)):
        out = execute(encode([ld_imm64(1, mem.address), insn, exit_()]), 0, engine=engine)
        assert out.status == St.MISALIGNED and out.slot == 2
        with pytest.raises(CpuError, match="misaligned"):
            check(out)
    assert execute(encode([ld_imm64(1, mem.address + 2), load_acquire(2, 0, 1), exit_()]), 0,
                   engine=engine).status == St.OK


def test_pass_one_maps_new_pages_and_restarts():
    m = UserMemory(3 * PAGE_SIZE)
    try:
        prog = encode([ld_imm64(1, m.address), ldx(8, 0, 1), st(8, 1, 1, PAGE_SIZE), exit_()])
        assert list(m.pins) == [0, 0, 0]
        assert execute(prog, 0).status == St.OK
        assert list(m.pins) == [1, 3, 0]  # first page populated for reading, second for writing
    finally:
        m.close()


def test_generated_code_uses_real_atomics():
    ir = program_ir(validate(encode([ld_imm64(1, 0), load_acquire(8, 0, 1), store_release(4, 1, 0), barrier(),
                                     ldx(8, 2, 1), stx(2, 1, 2), exit_()])))
    assert "load atomic i64, ptr %q" in ir and " acquire, align 8" in ir
    assert "fence seq_cst" in ir and " monotonic, align 8" in ir
    # pass-2 stores are committed by the runtime: plain atomic stores, or a CAS when they overwrite loaded bytes
    assert "call i64 %rt_p2_store(ptr %ctx, i64 %v" in ir and ", i64 4, i64 %v" in ir
    rt = RUNTIME_IR + CHECKED_STORES_IR
    for n in (1, 2, 4, 8):
        assert f"store atomic i{n * 8} " in rt and f"cmpxchg ptr %x{n}p, i{n * 8} " in rt
    assert " release, align 4" in rt and " monotonic, align 2" in rt
    assert "acq_rel acquire, align 8" in rt


def test_reference_executor_single_steps(mem):
    steps = []
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), add(0, imm=1), stx(8, 1, 0), exit_()])
    out = execute(prog, 0, engine="reference", trace=lambda p, slot, insn, regs: steps.append((p, slot, regs[0])))
    assert out.status == St.OK and out.r0 == 1
    full_pass = [(0, 0), (2, 0), (3, 0), (4, 1), (5, 1)]
    # a fresh page: pass 1 stops at the load (maps the page for reading), restarts, stops at the store (maps it
    # for writing), restarts, completes; then pass 2
    assert steps == [(1, 0, 0), (1, 2, 0),
                     (1, 0, 0), (1, 2, 0), (1, 3, 0), (1, 4, 1),
                     *[(1, *s) for s in full_pass], *[(2, *s) for s in full_pass]]


def test_aligned_8_byte_accesses_are_never_torn(mem):
    """A writer flips a word between 0 and -1 with do_on_cpu on one CPU while readers load it on others (and
    through UserMemory.load): every value seen is whole (a byte-at-a-time implementation would tear)."""
    cpus = usable_cpus()
    flip = encode([ld_imm64(1, mem.address + 64), ldx(8, 0, 1), alu64(AluOp.XOR, 0, imm=-1), stx(8, 1, 0),
                   exit_()])
    read = encode([ld_imm64(1, mem.address + 64), ldx(8, 0, 1), exit_()])
    stop = threading.Event()
    seen: set[int] = set()

    def writer():
        while not stop.is_set():
            do_on_cpu(flip, cpus[0])

    def reader(cpu):
        for _ in range(3000):
            seen.add(do_on_cpu(read, cpu))
            seen.add(mem.load(64, signed=True))
    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(c,)) for c in cpus]
    for t in threads:
        t.start()
    for t in threads[1:]:
        t.join()
    stop.set()
    threads[0].join()
    assert seen <= {0, -1}

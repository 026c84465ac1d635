"""Checked stores: a pass-2 store to bytes the section loaded in pass 2 is a compare-and-swap expecting the loaded
value, so a change made outside the CPU's exclusion between the load and the store is never silently overwritten.

The change is injected deterministically with execute's ``before_store(slot)`` hook, which runs in pass 2 just
before a store is committed: a conflict before any visible store restarts the section, after one it is EIO.
"""

from __future__ import annotations

import errno

import pytest
from cpu_helpers import increment

from pybpf.cpu import DOC_QUERY_CHECKED_LOADS_MAX, UserMemory, do_on_cpu, execute
from pybpf.cpu.context import Cause, St, check
from pybpf.cpu.insn import add, exit_, ld_imm64, ldx, st, store_release, stx
from pybpf.cpu.limits import CHECKED_LOADS_MAX, PAGE_SIZE, RETRIES_MAX
from pybpf.errors import CpuError
from pybpf.isa.codec import encode

STORE = 4  # slot of the store in increment() and _rmw()


def _inject(slot: int, change, times: int = 1):
    """A before_store hook that calls ``change()`` when the store at ``slot`` is about to be committed, the first
    ``times`` times; ``state`` counts every call and every change."""
    state = {"calls": 0, "changes": 0}

    def hook(s: int) -> None:
        state["calls"] += 1
        if s == slot and state["changes"] < times:
            change()
            state["changes"] += 1
    return hook, state


def _rmw(mem, load_off: int, load_size: int, store_off: int, store_size: int) -> bytes:
    """r0 = *(load_size *)(A + load_off) + 1; *(store_size *)(A + store_off) = r0 (the store is slot 4)."""
    return encode([ld_imm64(1, mem.address), ldx(load_size, 0, 1, load_off), add(0, imm=1),
                   stx(store_size, 1, 0, store_off), exit_()])


def test_change_between_the_load_and_the_store_restarts(mem, engine):
    hook, state = _inject(STORE, lambda: mem.store(0, 100))
    out = execute(increment(mem.address), 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == 1 and out.stores == 1
    assert state == {"calls": 2, "changes": 1}
    assert out.r0 == 101 and mem.load(0) == 101  # the restarted section saw the change: no update lost


def test_without_checked_stores_the_change_is_lost(mem, engine):
    """The control: plain stores (``cas=False``, the behaviour before checked stores) overwrite the change."""
    hook, _ = _inject(STORE, lambda: mem.store(0, 100))
    out = execute(increment(mem.address), 0, engine=engine, before_store=hook, cas=False)
    assert out.status == St.OK and out.restarts == 0
    assert mem.load(0) == 1  # the 100 written behind the section's back is gone


def test_conflicts_every_time_give_eagain_and_write_nothing(mem, engine):
    hook, state = _inject(STORE, lambda: mem.store(0, mem.load(0) + 1), times=10**9)
    out = execute(increment(mem.address), 0, engine=engine, before_store=hook)
    assert out.status == St.AGAIN and out.cause == Cause.CONFLICT and out.slot == STORE
    assert out.restarts == RETRIES_MAX + 1 and out.stores == 0
    assert mem.load(0) == state["changes"] == RETRIES_MAX + 1  # only the injected changes: the section wrote nothing
    with pytest.raises(CpuError) as info:
        check(out)
    assert info.value.errno == errno.EAGAIN and "changed by someone else before its store" in str(info.value)


def test_conflict_after_a_visible_store_is_eio(mem, engine):
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), st(8, 1, 5, 64), add(0, imm=1), stx(8, 1, 0), exit_()])
    hook, _ = _inject(5, lambda: mem.store(0, 100))
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.IO and out.cause == Cause.CONFLICT and out.slot == 5 and out.stores == 1
    assert mem.load(64) == 5 and mem.load(0) == 100  # the first store is visible; the change was not overwritten
    with pytest.raises(CpuError) as info:
        check(out)
    assert info.value.errno == errno.EIO and "compare-and-swap failed" in str(info.value)
    assert "after 1 store(s)" in str(info.value)


def test_an_own_store_becomes_the_expected_value(mem, engine):
    """load; store; store: the second store expects what the first stored, not what was loaded."""
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), add(0, imm=1), stx(8, 1, 0), add(0, imm=1),
                   stx(8, 1, 0), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.status == St.OK and out.restarts == 0 and out.stores == 2 and mem.load(0) == 2
    hook, _ = _inject(6, lambda: mem.store(0, 100))  # changed between the two stores
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.IO and out.cause == Cause.CONFLICT and out.slot == 6 and out.stores == 1
    assert mem.load(0) == 100


def test_a_load_after_an_own_store_is_no_conflict(mem, engine):
    """store; load (sees the own store); store: nothing changed behind the section's back."""
    mem.store(0, 7)
    prog = encode([ld_imm64(1, mem.address), ldx(8, 2, 1), st(4, 1, 5), ldx(8, 0, 1), add(0, imm=1),
                   stx(8, 1, 0), exit_()])
    out = execute(prog, 0, engine=engine)
    assert out.status == St.OK and out.restarts == 0 and out.r0 == 6 and mem.load(0) == 6


def test_stores_to_bytes_not_loaded_are_plain(mem, engine):
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), st(8, 1, 7, 8), exit_()])
    hook, _ = _inject(3, lambda: (mem.store(8, 99), mem.store(0, 99)))
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == 0  # a change to loaded bytes the section does not store is fine
    assert mem.load(8) == 7 and mem.load(0) == 99


def test_store_release_to_loaded_bytes_is_checked(mem, engine):
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), add(0, imm=1), store_release(8, 1, 0), exit_()])
    hook, _ = _inject(STORE, lambda: mem.store(0, 41))
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == 1 and mem.load(0) == 42


# Partial overlaps: a store is checked on exactly the bytes it overwrites that a remembered load covered.
@pytest.mark.parametrize("load_off, load_size, store_off, store_size, changed, restarts", [
    (0, 8, 4, 4, 0, 0),  # the store overwrites bytes 4-7 of a loaded word; byte 0 is not overwritten
    (0, 8, 4, 4, 5, 1),
    (2, 1, 0, 8, 5, 0),  # a wide store over a loaded byte: only byte 2 is checked
    (2, 1, 0, 8, 2, 1),
    (0, 4, 0, 2, 3, 0),
    (0, 4, 0, 2, 1, 1),
    (3, 2, 0, 8, 4, 1),  # a misaligned load inside an aligned store
])
def test_partial_overlaps(mem, engine, load_off, load_size, store_off, store_size, changed, restarts):
    mem.store(0, 0x1122334455667788)
    hook, _ = _inject(STORE, lambda: mem.store(changed, mem.load(changed, 1) ^ 0xFF, 1))
    out = execute(_rmw(mem, load_off, load_size, store_off, store_size), 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == restarts and out.stores == 1
    if not restarts and not store_off <= changed < store_off + store_size:
        assert mem.load(changed, 1) == (0x1122334455667788 >> (8 * changed) & 0xFF) ^ 0xFF  # kept


@pytest.mark.parametrize("changed, status, restarts, stores", [
    (5, St.OK, 1, 1),  # in the first word: its CAS fails before anything is visible, so the section restarts
    (10, St.IO, 0, 1),  # in the second word: the first word's CAS already made part of the store visible
])
def test_misaligned_store_over_a_loaded_range(mem, engine, changed, status, restarts, stores):
    """A misaligned 8-byte store at A+4 is committed as one masked CAS per aligned 8-byte word, in address order."""
    mem.store(0, 0x0706050403020100)
    mem.store(8, 0x0F0E0D0C0B0A0908)
    hook, _ = _inject(STORE, lambda: mem.store(changed, 0xEE, 1))
    out = execute(_rmw(mem, 4, 8, 4, 8), 0, engine=engine, before_store=hook)
    assert (out.status, out.restarts, out.stores) == (status, restarts, stores)
    if status == St.IO:
        assert out.cause == Cause.CONFLICT
        assert mem.load(4, 4) == 0x07060505  # the low half of 0x0B0A0908_07060504 + 1 is visible
        assert mem.load(8, 4) == 0x0BEE0908  # the high half was not written: the change survived
    else:
        assert mem.load(4, 8) == 0x0B0A09080706EE04 + 1  # the restarted section loaded the changed byte


def test_a_store_covered_by_two_loads(mem, engine):
    prog = encode([ld_imm64(1, mem.address), ldx(4, 2, 1), ldx(4, 0, 1, 4), add(0, imm=1), stx(8, 1, 0), exit_()])
    hook, _ = _inject(5, lambda: mem.store(1, 0xAA, 1))  # a byte only the first load covered
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == 1 and mem.load(0) == 1


@pytest.mark.parametrize("others, restarts", [(CHECKED_LOADS_MAX - 1, 1), (CHECKED_LOADS_MAX, 0)])
def test_only_the_last_loads_are_remembered(mem, engine, others, restarts):
    """A load followed by ``others`` loads of other words: with CHECKED_LOADS_MAX or more, the first is forgotten
    and a store to it is a plain store (documented: the change is overwritten)."""
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), *[ldx(8, 2, 1, 8 * k) for k in range(1, others + 1)],
                   add(0, imm=1), stx(8, 1, 0), exit_()])
    slot = 4 + others
    hook, _ = _inject(slot, lambda: mem.store(0, 100))
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == restarts
    assert mem.load(0) == (101 if restarts else 1)


def test_reloading_refreshes_a_remembered_load(mem, engine):
    """Least recently *loaded* is forgotten first: reloading the counter keeps it remembered."""
    others = CHECKED_LOADS_MAX - 1
    prog = encode([ld_imm64(1, mem.address), ldx(8, 0, 1), *[ldx(8, 2, 1, 8 * k) for k in range(1, others + 1)],
                   ldx(8, 0, 1), ldx(8, 2, 1, 8 * (others + 1)), add(0, imm=1), stx(8, 1, 0), exit_()])
    hook, _ = _inject(6 + others, lambda: mem.store(0, 100))
    out = execute(prog, 0, engine=engine, before_store=hook)
    assert out.status == St.OK and out.restarts == 1 and mem.load(0) == 101


def test_query_checked_loads_max():
    assert do_on_cpu(b"", 0, DOC_QUERY_CHECKED_LOADS_MAX) == CHECKED_LOADS_MAX == 8


@pytest.mark.parametrize("changed, status, restarts", [(PAGE_SIZE - 3, St.OK, 1), (PAGE_SIZE + 1, St.IO, 0)])
def test_misaligned_checked_store_across_a_page_boundary(mem, engine, changed, status, restarts):
    hook, _ = _inject(STORE, lambda: mem.store(changed, 0xEE, 1))
    out = execute(_rmw(mem, PAGE_SIZE - 4, 8, PAGE_SIZE - 4, 8), 0, engine=engine, before_store=hook)
    assert (out.status, out.restarts, out.stores) == (status, restarts, 1)
    if status == St.OK:  # the restarted section loaded the change and incremented it
        assert mem.load(PAGE_SIZE - 4, 8) == (0xEE << 8) + 1
    else:  # the first page's half is visible, the second page's half was not written
        assert mem.load(PAGE_SIZE - 4, 4) == 1 and mem.load(PAGE_SIZE, 4) == 0xEE00


def test_checked_store_at_the_end_of_a_small_user_memory(engine):
    """The aligned word around a misaligned store may extend past the region (not past its page): fine."""
    m = UserMemory(100)
    try:
        prog = encode([ld_imm64(1, m.address + 97), ldx(2, 0, 1), add(0, imm=1), stx(2, 1, 0), exit_()])
        out = execute(prog, 0, engine=engine)
        assert out.status == St.OK and out.stores == 1 and m.load(97, 2) == 1 and m.load(99, 1) == 0
    finally:
        m.close()

"""LRU_HASH and LRU_PERCPU_HASH: Linux's LRU lists (common and per-CPU), reference bits, size bound."""

from __future__ import annotations

import errno

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import BPF_ANY, BPF_EXIST, BPF_F_NO_COMMON_LRU, BPF_NOEXIST, MapType
from pybpf.maps._native import native


def k4(i: int) -> bytes:
    return i.to_bytes(4, "little")


def prog_lookup(m, key: bytes, cpu: int = 0) -> int:
    """bpf_map_lookup_elem from a program: marks the element referenced."""
    return native().fn["pb_map_lookup_elem"](m.address, key, cpu) or 0


def test_full_lru_evicts_the_oldest_unreferenced_elements():
    """Like Linux, a CPU refills its local free list with target_free = clamp(max_entries / ncpus / 2, 1, 128)
    nodes at a time, so a full map evicts that many of the oldest elements at once (checked against 6.18)."""
    m = make(MapType.LRU_HASH, 4, 4, 4, possible_cpus=1)
    for i in range(4):
        m[k4(i)] = i
    assert sorted(m.keys()) == [k4(i) for i in range(4)]  # no eviction before the map is full
    m[k4(4)] = 4
    assert sorted(m.keys()) == [k4(2), k4(3), k4(4)]  # target_free 2: keys 0 and 1 go
    m2 = make(MapType.LRU_HASH, 4, 4, 4, possible_cpus=2)
    for i in range(5):
        m2[k4(i)] = i
    assert sorted(m2.keys()) == [k4(1), k4(2), k4(3), k4(4)]  # target_free 1


def test_program_lookups_protect_elements_user_lookups_do_not():
    m = make(MapType.LRU_HASH, 4, 4, 4, possible_cpus=1)
    for i in range(4):
        m[k4(i)] = i
    assert prog_lookup(m, k4(0))
    assert m.lru_state(k4(0))[1] is True
    m[k4(4)] = 4
    assert k4(0) in m and k4(1) not in m and k4(2) not in m  # the referenced key moved to the active list

    u = make(MapType.LRU_HASH, 4, 4, 4, possible_cpus=1)
    for i in range(4):
        u[k4(i)] = i
    assert u[k4(0)] == k4(0)  # a bpf(2) lookup does not set the reference bit
    assert u.lru_state(k4(0))[1] is False
    u[k4(4)] = 4
    assert k4(0) not in u


def test_per_cpu_lru_lists():
    m = make(MapType.LRU_HASH, 4, 4, 5, BPF_F_NO_COMMON_LRU, possible_cpus=2)
    assert m.max_entries == 6  # rounded up to a multiple of the CPU count
    seen = []
    for i in range(7):
        m[k4(i)] = i  # all from CPU 0: only CPU 0's three nodes are used
        seen.append(sorted(int.from_bytes(k, "little") for k in m))
    # a CPU's list shrinks PERCPU_FREE_TARGET (4) nodes at once: with 3 nodes it empties (as Linux 6.18 does)
    assert seen == [[0], [0, 1], [0, 1, 2], [3], [3, 4], [3, 4, 5], [6]]
    m.cpu = 1
    for i in range(10, 13):
        m[k4(i)] = i
    assert len(m) == 4


def test_lru_percpu_values():
    m = make(MapType.LRU_PERCPU_HASH, 4, 4, 3, possible_cpus=2)
    m[k4(1)] = [1, 2]
    assert m[k4(1)] == [k4(1), k4(2)]
    addr = m.lookup_address(k4(1), cpu=1)
    m.update(k4(1), [3, 4], BPF_EXIST)  # existing per-CPU elements are updated in place and referenced
    assert m.lookup_address(k4(1), cpu=1) == addr and m.lru_state(k4(1))[1] is True
    assert native().fn["pb_map_update_elem"](m.address, k4(2), k4(9), BPF_ANY, 1) == 0
    assert m[k4(2)] == [k4(0), k4(9)]


def test_failed_update_does_not_evict_by_default():
    m = make(MapType.LRU_HASH, 4, 4, 2, possible_cpus=1)
    m[k4(1)] = 1
    m[k4(2)] = 2
    before = m.items()
    with pytest.raises(MapError) as ei:
        m.update(k4(1), 5, BPF_NOEXIST)
    assert ei.value.errno == errno.EEXIST and m.items() == before


def test_lru_pop_first_reproduces_linux_eviction_on_failed_updates():
    m = make(MapType.LRU_HASH, 4, 4, 2, possible_cpus=1, lru_pop_first=True)
    m[k4(1)] = 1
    m[k4(2)] = 2
    with pytest.raises(MapError):
        m.update(k4(2), 5, BPF_NOEXIST)  # Linux takes a free node first: that evicts key 1
    assert m.items() == [(k4(2), k4(2))]


def test_lru_flags_errnos():
    m = make(MapType.LRU_HASH, 4, 4, 2)
    with pytest.raises(MapError) as ei:
        m.update(k4(1), 1, 4)  # no BPF_F_LOCK for LRU maps
    assert ei.value.errno == errno.EINVAL
    with pytest.raises(MapError) as ei:
        m.update(k4(1), 1, BPF_EXIST)
    assert ei.value.errno == errno.ENOENT


ops = st.lists(st.tuples(st.sampled_from(["update", "update", "delete", "plookup", "lookup"]), st.integers(0, 20),
                         st.sampled_from([BPF_ANY, BPF_ANY, BPF_NOEXIST, BPF_EXIST]), st.integers(0, 2)),
               max_size=120)


@given(ops=ops, max_entries=st.integers(1, 12), percpu_lru=st.booleans(), ncpus=st.integers(1, 3))
def test_lru_invariants(ops, max_entries, percpu_lru, ncpus):
    """Size bound, a successful update is visible, failed updates change nothing, evicted keys are gone."""
    m = make(MapType.LRU_HASH, 4, 4, max_entries, BPF_F_NO_COMMON_LRU if percpu_lru else 0, possible_cpus=ncpus)
    present: dict[bytes, bytes] = {}
    for op, key, flags, cpu in ops:
        k = k4(key)
        m.cpu = cpu % ncpus
        if op == "update":
            before = dict(m.items())
            try:
                m.update(k, key, flags)
            except MapError as e:
                assert e.errno in (errno.EEXIST, errno.ENOENT, errno.ENOMEM)
                assert dict(m.items()) == before
            else:
                assert m[k] == k4(key)
                present = {kk: vv for kk, vv in present.items() if kk in m}  # only evictions removed keys
                present[k] = k4(key)
        elif op == "delete":
            if k in present:
                del m[k]
                del present[k]
            else:
                assert k not in m
        elif op == "plookup":
            prog_lookup(m, k, cpu % ncpus)
        else:
            assert m.get(k) in (None, present.get(k))
        assert len(m) <= m.max_entries
        assert set(m.keys()) <= set(present)
        assert dict(m.items()) == {kk: vv for kk, vv in present.items() if kk in m}

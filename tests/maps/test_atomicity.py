"""A failed update (or delete) leaves the map exactly as it was: every byte of its native storage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import BPF_F_NO_COMMON_LRU, BPF_F_NO_PREALLOC, MapType

CASES = {
    "array": (MapType.ARRAY, 4, 8, 4, 0),
    "percpu_array": (MapType.PERCPU_ARRAY, 4, 8, 4, 0),
    "hash": (MapType.HASH, 4, 8, 4, 0),
    "hash_noprealloc": (MapType.HASH, 4, 8, 4, BPF_F_NO_PREALLOC),
    "percpu_hash": (MapType.PERCPU_HASH, 4, 8, 4, 0),
    "lru_hash": (MapType.LRU_HASH, 4, 8, 4, 0),
    "lru_hash_percpu_lists": (MapType.LRU_HASH, 4, 8, 4, BPF_F_NO_COMMON_LRU),
    "lru_percpu_hash": (MapType.LRU_PERCPU_HASH, 4, 8, 4, 0),
    "lpm_trie": (MapType.LPM_TRIE, 5, 8, 4, BPF_F_NO_PREALLOC),
    "queue": (MapType.QUEUE, 0, 8, 3, 0),
    "stack": (MapType.STACK, 0, 8, 3, 0),
    "devmap": (MapType.DEVMAP, 4, 8, 4, 0),
    "devmap_hash": (MapType.DEVMAP_HASH, 4, 8, 2, 0),
    "xskmap": (MapType.XSKMAP, 4, 4, 4, 0),
    "prog_array": (MapType.PROG_ARRAY, 4, 4, 4, 0),
}


def snapshot(m) -> bytes:
    return m._arena.view(0, m._arena.size).tobytes()


def contents(m):
    return m.raw_items()


values = st.one_of(st.integers(-2, 300), st.binary(min_size=0, max_size=20),
                   st.lists(st.integers(0, 2 ** 32), min_size=0, max_size=3))
ops = st.lists(st.tuples(st.sampled_from(["update", "delete"]), st.integers(0, 7), values,
                         st.sampled_from([0, 0, 1, 2, 3, 4, 8])), min_size=1, max_size=40)


@given(case=st.sampled_from(sorted(CASES)), ops=ops)
def test_failed_operations_change_nothing(case, ops):
    t, ks, vs, me, flags = CASES[case]
    m = make(t, ks, vs, me, flags)
    exact = t != MapType.LPM_TRIE  # the trie reuses a scratch node: compare its contents instead
    for op, key, value, uflags in ops:
        k = None if ks == 0 else (key.to_bytes(4, "little")[:ks] if t != MapType.LPM_TRIE else
                                  bytes([key * 5 % 9, key * 37 % 256]))
        before = snapshot(m) if exact else contents(m)
        try:
            if op == "update":
                if isinstance(value, list) and value:
                    value = [v % 256 for v in value] + [0] * (2 - len(value))  # per-CPU lists sometimes valid
                m.update(k, value, uflags)
            elif ks:
                m.delete(k)
            else:
                m.pop()
        except MapError:
            assert (snapshot(m) if exact else contents(m)) == before, f"{case}: failed {op} changed the map"

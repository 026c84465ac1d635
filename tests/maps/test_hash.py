"""HASH and PERCPU_HASH: errnos, Linux's iteration order (jhash model), a dict model, batches, addresses."""

from __future__ import annotations

import ctypes
import errno

import pytest
from hypothesis import given
from hypothesis import strategies as st
from maps_models import HashModel, htab_hash, jhash
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import (
    BPF_ANY,
    BPF_EXIST,
    BPF_F_LOCK,
    BPF_F_NO_COMMON_LRU,
    BPF_F_NO_PREALLOC,
    BPF_F_ZERO_SEED,
    BPF_NOEXIST,
    ENOTSUPP,
    MapType,
)
from pybpf.maps._native import native


def errno_of(fn, *args, **kw) -> int:
    with pytest.raises(MapError) as ei:
        fn(*args, **kw)
    return ei.value.errno


def k4(i: int) -> bytes:
    return i.to_bytes(4, "little")


def test_hash_errnos():
    h = make(MapType.HASH, 4, 4, 2)
    h[k4(1)] = 1
    h[k4(2)] = 2
    assert errno_of(h.update, k4(3), 3) == errno.E2BIG
    h.update(k4(1), 9)  # replacing works when full
    assert h[k4(1)] == k4(9)
    assert errno_of(h.update, k4(1), 5, BPF_NOEXIST) == errno.EEXIST
    assert errno_of(h.update, k4(7), 5, BPF_EXIST) == errno.ENOENT
    for bad in (3, 5, 8):
        assert errno_of(h.update, k4(1), 5, bad) == errno.EINVAL
    assert errno_of(h.update, k4(1), 5, BPF_F_LOCK) == errno.EINVAL
    assert errno_of(h.lookup, k4(9)) == errno.ENOENT
    assert errno_of(h.delete, k4(9)) == errno.ENOENT
    assert h.lookup_and_delete(k4(1)) == k4(9)
    assert errno_of(h.lookup_and_delete, k4(1)) == errno.ENOENT
    assert errno_of(h.lookup_and_delete, k4(2), 1) == errno.EINVAL
    assert errno_of(h.lookup_and_delete, k4(2), BPF_F_LOCK) == errno.EINVAL
    assert len(h) == 1 and k4(2) in h and k4(1) not in h


def test_iteration_order_is_linux_bucket_order():
    """With a known seed the order is computable: buckets in index order, newest element first in a bucket."""
    seed = 0xDEADBEEF
    h = make(MapType.HASH, 4, 4, 64, hash_seed=seed)
    model = HashModel(64, seed)
    for i in range(50):
        h.update(k4(i * 7), i)
        model.update(k4(i * 7), k4(i), 0)
    h.update(k4(21), 99)  # a replaced element moves to the head of its bucket
    model.update(k4(21), k4(99), 0)
    assert list(h) == model.order()
    zero = make(MapType.HASH, 4, 4, 64, BPF_F_ZERO_SEED, hash_seed=seed)  # ZERO_SEED wins over any seed
    zmodel = HashModel(64, 0)
    for i in range(40):
        zero[k4(i)] = i
        zmodel.update(k4(i), k4(i), 0)
    assert list(zero) == zmodel.order()


def test_jhash_model_matches_known_values():
    # lookup3's hashlittle("", 0) and ("Four score and seven years ago", 0) published test vectors
    assert jhash(b"", 0) == 0xDEADBEEF
    assert jhash(b"Four score and seven years ago", 0) == 0x17770551
    assert jhash(b"Four score and seven years ago", 1) == 0xCD628161


@pytest.mark.parametrize("key_size", [1, 3, 4, 5, 12, 13, 16, 64])
def test_odd_key_sizes_hash_like_linux(key_size):
    h = make(MapType.HASH, key_size, 8, 16, hash_seed=7)
    model = HashModel(16, 7)
    keys = [bytes((i * 31 + j) & 0xFF for j in range(key_size)) for i in range(12)]
    for key in keys:
        h[key] = 1
        model.update(key, b"", 0)
    assert list(h) == model.order()
    assert htab_hash(keys[0], 7) & 15 == htab_hash(keys[0], 7) % 16


ops = st.lists(st.tuples(st.sampled_from(["update", "delete", "lookup", "lookup_and_delete"]),
                         st.integers(0, 11), st.sampled_from([BPF_ANY, BPF_ANY, BPF_NOEXIST, BPF_EXIST, 3]),
                         st.binary(min_size=8, max_size=8)), max_size=80)


@given(ops=ops, max_entries=st.integers(1, 9), prealloc=st.booleans())
def test_hash_against_model(ops, max_entries, prealloc):
    h = make(MapType.HASH, 4, 8, max_entries, 0 if prealloc else BPF_F_NO_PREALLOC, hash_seed=3)
    model = HashModel(max_entries, 3)
    for op, key, flags, value in ops:
        k = k4(key)
        if op == "update":
            want = model.update(k, value, flags)
            got = 0
            try:
                h.update(k, value, flags)
            except MapError as e:
                got = e.errno
            assert got == want
        elif op == "delete":
            want = model.delete(k)
            assert (errno_of(h.delete, k) if want else (h.delete(k) or 0)) == want
        elif op == "lookup":
            assert h.get(k) == model.data.get(k)
        else:
            want = model.data.get(k)
            if want is None:
                assert errno_of(h.lookup_and_delete, k) == errno.ENOENT
            else:
                assert h.lookup_and_delete(k) == want
                model.delete(k)
        assert list(h) == model.order()
        assert len(h) == len(model.data)
    assert dict(h.items()) == model.data


def test_value_pointer_stable_while_element_exists():
    h = make(MapType.HASH, 4, 8, 4)
    h[k4(1)] = 1
    addr = h.lookup_address(k4(1))
    for i in range(2, 5):
        h[k4(i)] = i
        assert h.lookup_address(k4(1)) == addr
    ctypes.memmove(addr, b"ABCDEFGH", 8)
    assert h[k4(1)] == b"ABCDEFGH"
    h.update(k4(1), 5)  # Linux replaces the element on update: a new slot, the old one freed
    assert h.lookup_address(k4(1)) not in (0, addr)
    del h[k4(2)]
    assert h.lookup_address(k4(2)) == 0
    lo, size = h.value_area
    assert all(lo <= h.lookup_address(k4(i)) < lo + size for i in (1, 3, 4))


def test_program_side_lookup_update_delete():
    h = make(MapType.HASH, 4, 8, 2)
    n = native().fn
    assert n["pb_map_lookup_elem"](h.address, k4(1), 0) is None
    assert n["pb_map_update_elem"](h.address, k4(1), b"\1" * 8, BPF_NOEXIST, 0) == 0
    addr = n["pb_map_lookup_elem"](h.address, k4(1), 0)
    assert addr == h.lookup_address(k4(1)) and ctypes.string_at(addr, 8) == b"\1" * 8
    assert n["pb_map_update_elem"](h.address, k4(2), b"\2" * 8, 0, 0) == 0
    assert n["pb_map_update_elem"](h.address, k4(3), b"\3" * 8, 0, 0) == -errno.E2BIG
    assert n["pb_map_delete_elem"](h.address, k4(1), 0) == 0
    assert n["pb_map_delete_elem"](h.address, k4(1), 0) == -errno.ENOENT
    assert list(h.items()) == [(k4(2), b"\2" * 8)]


def test_percpu_hash():
    p = make(MapType.PERCPU_HASH, 4, 4, 4, possible_cpus=3)
    assert errno_of(p.update, k4(1), 5) == errno.EINVAL  # needs one value per CPU
    p[k4(1)] = [1, 2, 3]
    assert p[k4(1)] == [k4(1), k4(2), k4(3)]
    addr = p.lookup_address(k4(1), cpu=1)
    p[k4(1)] = [4, 5, 6]  # per-CPU elements are updated in place
    assert p.lookup_address(k4(1), cpu=1) == addr and ctypes.string_at(addr, 4) == k4(5)
    n = native().fn
    # a program's insert initialises only its CPU's value and zeroes the others
    assert n["pb_map_update_elem"](p.address, k4(2), k4(7), BPF_ANY, 2) == 0
    assert p[k4(2)] == [k4(0), k4(0), k4(7)]
    # a program's update of an existing element writes only its CPU's value
    assert n["pb_map_update_elem"](p.address, k4(1), k4(9), BPF_EXIST, 0) == 0
    assert p[k4(1)] == [k4(9), k4(5), k4(6)]
    assert p.lookup_and_delete(k4(2)) == [k4(0), k4(0), k4(7)]
    assert errno_of(p.update, k4(1), [1, 2, 3], BPF_F_LOCK) == errno.EINVAL


def test_hash_batches():
    h = make(MapType.HASH, 4, 4, 64, hash_seed=11)
    for i in range(40):
        h[k4(i)] = i
    seen_k, seen_v, cursor = [], [], None
    while True:
        r = h.lookup_batch(in_batch=cursor, count=8)
        seen_k += r.keys
        seen_v += r.values
        if r.next_batch is None:
            break
        cursor = r.next_batch
    assert seen_k == list(h) and seen_v == [h[k] for k in seen_k]
    # whole buckets only: a count smaller than the first non-empty bucket is ENOSPC
    crowded = make(MapType.HASH, 4, 4, 1)
    crowded[k4(1)] = 1
    assert crowded.lookup_batch(count=1).keys == [k4(1)]
    r = h.lookup_and_delete_batch(count=64)
    assert sorted(r.keys) == sorted(k4(i) for i in range(40)) and len(h) == 0 and r.next_batch is None
    assert h.update_batch([k4(1), k4(2)], [1, 2]) == 2
    assert h.delete_batch([k4(1), k4(2)]) == 2
    with pytest.raises(MapError) as ei:
        h.delete_batch([k4(3)])
    assert ei.value.errno == errno.ENOENT and ei.value.count == 0
    assert errno_of(h.lookup_batch, elem_flags=BPF_F_LOCK) == errno.EINVAL


def test_batch_enospc_when_a_bucket_does_not_fit():
    h = make(MapType.HASH, 4, 4, 2, hash_seed=0)
    # find two keys that share a bucket
    model = HashModel(2, 0)
    same = [k4(i) for i in range(50) if htab_hash(k4(i), 0) & 1 == 0][:2]
    for key in same:
        h[key] = 1
        model.update(key, k4(1), 0)
    assert errno_of(h.lookup_batch, count=1) == errno.ENOSPC
    assert len(h.lookup_batch(count=2).keys) == 2


def test_spin_lock_in_hash_values():
    h = make(MapType.HASH, 4, 12, 4, spin_lock_off=8)
    h[k4(1)] = b"abcdefghijkl"
    assert h[k4(1)] == b"abcdefgh\0\0\0\0"
    addr = h.lookup_address(k4(1))
    h.update(k4(1), b"ABCDEFGHIJKL", BPF_F_LOCK)  # in place under the element lock
    assert h.lookup_address(k4(1)) == addr and h[k4(1)] == b"ABCDEFGH\0\0\0\0"
    assert errno_of(h.update, k4(1), b"x" * 12, BPF_F_LOCK | BPF_NOEXIST) == errno.EEXIST
    h.update(k4(2), b"x" * 12, BPF_F_LOCK)  # BPF_F_LOCK on a new key inserts normally
    assert h.lookup(k4(2), BPF_F_LOCK) == b"x" * 8 + b"\0" * 4


def test_held_value_lock_does_not_hang_the_host():
    a = make(MapType.ARRAY, 4, 8, 1, spin_lock_off=0)
    ctypes.c_uint32.from_address(a.lookup_address(0)).value = 1  # a program that never unlocked
    assert errno_of(a.update, 0, b"\0" * 8, BPF_F_LOCK) == errno.EDEADLK
    a.update(0, b"\1" * 8)  # plain updates do not take the value lock
    assert a[0] == b"\0" * 4 + b"\1" * 4


def test_create_errnos():
    assert errno_of(make, MapType.HASH, 0, 4, 4) == errno.EINVAL
    assert errno_of(make, MapType.HASH, 4, 0, 4) == errno.EINVAL
    assert errno_of(make, MapType.HASH, 4, 4, 0) == errno.EINVAL
    assert errno_of(make, MapType.HASH, 4, 4, 4, BPF_F_NO_COMMON_LRU) == errno.EINVAL
    assert errno_of(make, MapType.HASH, 4, 4, (1 << 31) + 1) == errno.E2BIG
    assert errno_of(make, MapType.HASH, 1 << 21, 1 << 21, 4) == errno.E2BIG
    assert errno_of(make, MapType.LRU_HASH, 4, 4, 4, BPF_F_NO_PREALLOC) == ENOTSUPP
    assert errno_of(make, MapType.PERCPU_HASH, 4, 32769, 4) == errno.E2BIG
    assert errno_of(make, MapType.HASH, 4, 4, 4, 1 << 10) == errno.EINVAL  # mmapable
    assert errno_of(make, MapType.LRU_HASH, 4, 8, 4, spin_lock_off=0) == errno.EOPNOTSUPP


def test_map_larger_than_memory_is_enomem():
    assert errno_of(make, MapType.HASH, 8, 1 << 20, 1 << 24) == errno.ENOMEM


def test_large_preallocated_hash_is_cheap():
    """Preallocation does not touch memory: a million-entry map is created quickly and works."""
    h = make(MapType.HASH, 8, 64, 1 << 20)
    h[b"12345678"] = b"v" * 64
    assert h[b"12345678"] == b"v" * 64 and len(h) == 1

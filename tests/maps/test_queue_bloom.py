"""QUEUE, STACK and BLOOM_FILTER: push/pop/peek semantics and errnos; bloom filter hashing and membership."""

from __future__ import annotations

import errno

import pytest
from hypothesis import given
from hypothesis import strategies as st
from maps_models import htab_hash, jhash, roundup_pow2
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import BPF_ANY, BPF_EXIST, BPF_F_LOCK, BPF_F_ZERO_SEED, BPF_NOEXIST, ENOTSUPP, MapType
from pybpf.maps._native import native


def errno_of(fn, *args, **kw) -> int:
    with pytest.raises(MapError) as ei:
        fn(*args, **kw)
    return ei.value.errno


def v4(i: int) -> bytes:
    return i.to_bytes(4, "little")


def test_queue_fifo_and_errnos():
    q = make(MapType.QUEUE, 0, 4, 3)
    assert errno_of(q.pop) == errno.ENOENT and errno_of(q.peek) == errno.ENOENT
    for i in range(3):
        q.push(i)
    assert errno_of(q.push, 9) == errno.E2BIG
    q.push(9, BPF_EXIST)  # overwrite the oldest
    assert q.values() == [v4(1), v4(2), v4(9)] and len(q) == 3
    assert errno_of(q.push, 9, BPF_NOEXIST) == errno.EINVAL
    assert errno_of(q.push, 9, BPF_F_LOCK) == errno.EINVAL
    assert errno_of(q.push, 9, 8) == errno.EINVAL
    assert q.peek() == v4(1) and q.lookup() == v4(1)
    assert q.pop() == v4(1) and q.lookup_and_delete() == v4(2)
    assert errno_of(q.lookup_and_delete, None, BPF_F_LOCK) == errno.EINVAL
    assert errno_of(q.delete, None) == errno.EINVAL
    assert errno_of(q.next_key) == errno.EINVAL
    assert errno_of(q.update, None, 1, BPF_NOEXIST) == errno.EINVAL
    assert list(q) == [v4(9)] and v4(9) in q


def test_stack_lifo_and_overwrite_drops_the_bottom():
    s = make(MapType.STACK, 0, 2, 3)
    for i in range(3):
        s.push(i)
    s.push(7, BPF_EXIST)  # full: the oldest (bottom) element is dropped
    assert s.values() == [b"\x07\0", b"\x02\0", b"\x01\0"]
    assert s.pop() == b"\x07\0" and s.peek() == b"\x02\0"
    assert [s.pop() for _ in range(2)] == [b"\x02\0", b"\x01\0"]
    assert errno_of(s.pop) == errno.ENOENT


@given(ops=st.lists(st.tuples(st.sampled_from(["push", "pushx", "pop", "peek"]), st.integers(0, 99)),
                    max_size=60), size=st.integers(1, 5), stack=st.booleans())
def test_queue_stack_against_deque(ops, size, stack):
    m = make(MapType.STACK if stack else MapType.QUEUE, 0, 4, size)
    model: list[bytes] = []
    n = native().fn
    for op, v in ops:
        if op in ("push", "pushx"):
            if len(model) == size and op == "push":
                assert errno_of(m.push, v) == errno.E2BIG
                continue
            if len(model) == size:
                model.pop(0)
            model.append(v4(v))
            # alternate the program-side entry point and the user API
            if v % 2:
                assert n["pb_map_push_elem"](m.address, v4(v), BPF_EXIST if op == "pushx" else BPF_ANY, 0) == 0
            else:
                m.push(v, BPF_EXIST if op == "pushx" else BPF_ANY)
        elif not model:
            assert errno_of(m.pop if op == "pop" else m.peek) == errno.ENOENT
        else:
            want = model[-1] if stack else model[0]
            assert (m.pop() if op == "pop" else m.peek()) == want
            if op == "pop":
                model.pop(-1 if stack else 0)
        assert m.values() == (model[::-1] if stack else model)


def test_queue_create_errnos():
    assert errno_of(make, MapType.QUEUE, 4, 4, 2) == errno.EINVAL
    assert errno_of(make, MapType.QUEUE, 0, 0, 2) == errno.EINVAL
    assert errno_of(make, MapType.STACK, 0, 4, 0) == errno.EINVAL
    assert errno_of(make, MapType.QUEUE, 0, 4, 2, 1) == errno.EINVAL  # no BPF_F_NO_PREALLOC


def bloom_bits(value: bytes, seed: int, k: int, mask: int) -> list[int]:
    return [htab_hash(value, seed + i) & mask for i in range(k)]


def test_bloom_filter_membership_and_errnos():
    b = make(MapType.BLOOM_FILTER, 0, 4, 100)
    for i in range(0, 200, 2):
        b.push(i)
    assert all(i in b for i in range(0, 200, 2))  # no false negatives
    assert b.lookup(4) == v4(4)
    assert errno_of(b.push, 1, BPF_NOEXIST) == errno.EINVAL
    assert errno_of(b.push, 1, BPF_EXIST) == errno.EINVAL
    assert errno_of(b.delete, None) == errno.EOPNOTSUPP
    assert errno_of(b.next_key) == errno.EOPNOTSUPP
    assert errno_of(b.lookup_and_delete) == ENOTSUPP
    assert errno_of(b.keys) == errno.EOPNOTSUPP
    n = native().fn
    assert n["pb_map_peek_elem"](b.address, v4(2), 0) == 0
    assert n["pb_map_pop_elem"](b.address, v4(2), 0) == -errno.EOPNOTSUPP
    assert errno_of(make, MapType.BLOOM_FILTER, 0, 4, 100, map_extra=16) == errno.EINVAL
    assert errno_of(make, MapType.BLOOM_FILTER, 4, 4, 100) == errno.EINVAL


@pytest.mark.parametrize("value_size,nr_hash", [(4, 0), (4, 3), (6, 1), (16, 15)])
def test_bloom_false_positives_follow_linux_hashing(value_size, nr_hash):
    """With a zero seed the bits a value sets are jhash(value, i) & mask, so which non-members test positive is
    fully determined: compare with a model of bloom_filter.c."""
    max_entries = 20
    b = make(MapType.BLOOM_FILTER, 0, value_size, max_entries, BPF_F_ZERO_SEED, map_extra=nr_hash)
    k = nr_hash or 5
    nbits = max_entries * k // 5 * 7
    mask = 63 if nbits <= 64 else roundup_pow2(nbits) - 1
    bits: set[int] = set()
    for i in range(max_entries):
        val = i.to_bytes(value_size, "little")
        b.push(val)
        bits.update(bloom_bits(val, 0, k, mask))
    for i in range(1000, 1300):
        val = i.to_bytes(value_size, "little")
        assert (val in b) == all(h in bits for h in bloom_bits(val, 0, k, mask))
    assert jhash(b"ab", 0) != jhash(b"ab", 1)

"""ARRAY and PERCPU_ARRAY: Linux's semantics and errnos, addresses, per-CPU layout, BPF_F_LOCK."""

from __future__ import annotations

import ctypes
import errno

import pytest
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import (
    BPF_ANY,
    BPF_EXIST,
    BPF_F_LOCK,
    BPF_F_RDONLY,
    BPF_F_RDONLY_PROG,
    BPF_F_WRONLY,
    BPF_NOEXIST,
    ENOTSUPP,
    MapType,
    map_by_value_address,
)
from pybpf.maps._native import native
from pybpf.vm.memory import RegionKind


def errno_of(fn, *args, **kw) -> int:
    with pytest.raises(MapError) as ei:
        fn(*args, **kw)
    return ei.value.errno


def test_array_elements_exist_and_start_zeroed():
    a = make(MapType.ARRAY, 4, 6, 3)
    assert len(a) == 3
    assert a.keys() == [0, 1, 2]
    assert a.items() == [(i, b"\0" * 6) for i in range(3)]
    a[2] = b"abcdef"
    assert a[2] == b"abcdef" and a.lookup(2) == b"abcdef"
    a.update(1, 0x0102, BPF_EXIST)
    assert a[1] == b"\x02\x01\0\0\0\0"


def test_array_errnos():
    a = make(MapType.ARRAY, 4, 8, 4)
    assert errno_of(a.update, 0, 1, BPF_NOEXIST) == errno.EEXIST  # every element exists
    assert errno_of(a.update, 4, 1) == errno.E2BIG
    assert errno_of(a.update, 4, 1, BPF_NOEXIST) == errno.E2BIG  # index checked before the flags
    assert errno_of(a.update, 0, 1, 3) == errno.EINVAL
    assert errno_of(a.update, 0, 1, 8) == errno.EINVAL
    assert errno_of(a.update, 0, 1, BPF_F_LOCK) == errno.EINVAL  # no bpf_spin_lock in the value
    assert errno_of(a.delete, 0) == errno.EINVAL
    assert errno_of(a.delete, 9) == errno.EINVAL
    assert errno_of(a.lookup, 4) == errno.ENOENT
    assert errno_of(a.lookup, 0, 1) == errno.EINVAL
    assert errno_of(a.lookup, 0, BPF_F_LOCK) == errno.EINVAL
    assert errno_of(a.lookup_and_delete, 0) == ENOTSUPP
    assert errno_of(a.update, b"\0" * 3, 1) == errno.EINVAL  # wrong key size
    assert errno_of(a.update, 0, b"\0" * 9) == errno.EINVAL  # wrong value size
    assert errno_of(a.update, 0, 1 << 64) == errno.EINVAL  # does not fit
    with pytest.raises(KeyError):
        a[4]
    with pytest.raises(MapError):
        del a[0]


def test_array_next_key():
    a = make(MapType.ARRAY, 4, 4, 3)
    assert a.next_key() == 0
    assert a.next_key(0) == 1 and a.next_key(1) == 2
    assert a.next_key(2) is None
    assert a.next_key(77) == 0  # out of range restarts
    assert list(a) == [0, 1, 2]


def test_array_value_addresses_are_stable_and_inline_computable():
    a = make(MapType.ARRAY, 4, 12, 8)
    base, size = a.value_area
    assert size == 8 * 16 and a.value_stride == 16
    addrs = [a.lookup_address(i) for i in range(8)]
    assert addrs == [base + 16 * i for i in range(8)] == [a.address_of(i) for i in range(8)]
    assert a.lookup_address(8) == 0 and a.address_of(8) == 0
    a[3] = b"x" * 12
    assert ctypes.string_at(addrs[3], 12) == b"x" * 12
    ctypes.memmove(addrs[5], b"written natively", 12)  # what a program store does
    assert a[5] == b"written natively"[:12]
    assert a.lookup_address(3) == addrs[3]
    assert map_by_value_address(addrs[7] + 3) is a


def test_program_side_entry_points_match_user_api():
    a = make(MapType.ARRAY, 4, 8, 2)
    n = native().fn
    key = (1).to_bytes(4, "little")
    assert n["pb_map_lookup_elem"](a.address, key, 0) == a.lookup_address(1)
    assert n["pb_map_lookup_elem"](a.address, (2).to_bytes(4, "little"), 0) is None
    assert n["pb_map_update_elem"](a.address, key, b"12345678", BPF_ANY, 0) == 0
    assert a[1] == b"12345678"
    assert n["pb_map_update_elem"](a.address, key, b"12345678", BPF_NOEXIST, 0) == -errno.EEXIST
    assert n["pb_map_delete_elem"](a.address, key, 0) == -errno.EINVAL


def test_mmapable_array_memory():
    a = make(MapType.ARRAY, 4, 6, 3, 1 << 10)
    mem = a.memory()
    assert len(mem) == 3 * 8
    mem[8:14] = b"global"
    assert a[1] == b"global"
    assert errno_of(make(MapType.ARRAY, 4, 6, 3).memory) == errno.EINVAL


def test_regions_for_engines():
    a = make(MapType.ARRAY, 4, 8, 2)
    (r,) = a.regions()
    assert (r.base, r.size, r.kind, r.writable) == (*a.value_area, RegionKind.MAP_VALUE, True)
    r.view[8:16] = b"ABCDEFGH"
    assert a[1] == b"ABCDEFGH"
    ro = make(MapType.ARRAY, 4, 8, 2, BPF_F_RDONLY_PROG)
    assert ro.regions()[0].writable is False


def test_percpu_array_layout_and_api():
    p = make(MapType.PERCPU_ARRAY, 4, 5, 3, possible_cpus=4)
    assert p.sys_value_size == 4 * 8
    assert p[0] == [b"\0" * 5] * 4
    p[1] = [1, 2, 3, 4]
    assert p[1] == [i.to_bytes(5, "little") for i in (1, 2, 3, 4)]
    raw = p.lookup_raw(1)
    assert raw == b"".join(i.to_bytes(8, "little") for i in (1, 2, 3, 4))  # round_up(5, 8) per CPU
    p.update(2, raw)  # the raw bpf(2) layout is accepted too
    assert p[2] == p[1]
    assert errno_of(p.update, 0, [1, 2]) == errno.EINVAL  # not one value per CPU
    assert errno_of(p.update, 0, [1, 2, 3, 4], BPF_NOEXIST) == errno.EEXIST
    assert errno_of(p.update, 0, [1, 2, 3, 4], BPF_F_LOCK) == errno.EINVAL
    # program side: this CPU's value only
    n = native().fn
    key = (1).to_bytes(4, "little")
    addr2 = n["pb_map_lookup_elem"](p.address, key, 2)
    assert ctypes.string_at(addr2, 5) == (3).to_bytes(5, "little")
    assert addr2 == p.lookup_address(1, cpu=2) == p.value_area[0] + 1 * 4 * 8 + 2 * 8
    assert n["pb_map_lookup_elem"](p.address, key, 4) is None  # no such CPU
    assert n["pb_map_lookup_percpu_elem"](p.address, key, 3) == p.value_area[0] + 32 + 24
    assert n["pb_map_update_elem"](p.address, key, b"\x09" * 5, BPF_ANY, 3) == 0
    assert p[1] == [i.to_bytes(5, "little") for i in (1, 2, 3)] + [b"\x09" * 5]


def test_percpu_padding_bytes_round_trip_like_linux():
    p = make(MapType.PERCPU_ARRAY, 4, 5, 1, possible_cpus=2)
    raw = bytes(range(16))
    p.update(0, raw)
    assert p.lookup_raw(0) == raw  # copy_map_value_long copies the padding too


def test_spin_lock_field_is_never_copied():
    a = make(MapType.ARRAY, 4, 16, 2, spin_lock_off=4)
    a[0] = bytes(range(16))
    stored = ctypes.string_at(a.lookup_address(0), 16)
    assert stored[4:8] == b"\0\0\0\0"  # the lock word is left alone by updates
    assert a[0] == bytes(range(4)) + b"\0" * 4 + bytes(range(8, 16))  # and reads as zero
    a.update(0, b"\xff" * 16, BPF_F_LOCK)
    assert a.lookup(0, BPF_F_LOCK) == b"\xff" * 4 + b"\0" * 4 + b"\xff" * 8
    # a held lock (e.g. a program between bpf_spin_lock/unlock) is respected: take it, a locked update would
    # wait; release it and the update goes through
    lock = ctypes.c_uint32.from_address(a.lookup_address(0) + 4)
    lock.value = 0
    a.update(0, b"\x01" * 16, BPF_F_LOCK)
    assert a[0][:4] == b"\x01" * 4


def test_access_flags_and_freeze():
    ro = make(MapType.ARRAY, 4, 4, 2, BPF_F_RDONLY)
    assert errno_of(ro.update, 0, 1) == errno.EPERM
    assert ro[0] == b"\0" * 4
    wo = make(MapType.ARRAY, 4, 4, 2, BPF_F_WRONLY)
    wo[0] = 5
    assert errno_of(wo.lookup, 0) == errno.EPERM
    assert errno_of(wo.next_key) == errno.EPERM
    f = make(MapType.ARRAY, 4, 4, 2, contents=[(1, 7)], freeze=True)
    assert f.frozen and f[1] == (7).to_bytes(4, "little")
    assert errno_of(f.update, 0, 1) == errno.EPERM
    assert errno_of(f.freeze) == errno.EPERM  # like Linux: a frozen map is no longer writable, even to freeze
    # programs still write a frozen map (only BPF_F_RDONLY_PROG stops them, in the verifier)
    assert native().fn["pb_map_update_elem"](f.address, (0).to_bytes(4, "little"), b"\1\0\0\0", 0, 0) == 0


def test_batch_ops_on_arrays():
    a = make(MapType.ARRAY, 4, 4, 5)
    assert a.update_batch([0, 1, 2], [10, 11, 12]) == 3
    r = a.lookup_batch(count=2)
    assert r.keys == [0, 1] and r.values == [(10).to_bytes(4, "little"), (11).to_bytes(4, "little")]
    assert r.next_batch == 1
    r2 = a.lookup_batch(in_batch=r.next_batch, count=10)
    assert r2.keys == [2, 3, 4] and r2.next_batch is None
    with pytest.raises(MapError) as ei:
        a.update_batch([3, 9, 4], [1, 1, 1])
    assert ei.value.errno == errno.E2BIG and ei.value.count == 1
    assert a[3] == (1).to_bytes(4, "little") and a[4] == b"\0" * 4
    assert errno_of(a.delete_batch, [0]) == ENOTSUPP
    assert errno_of(a.lookup_and_delete_batch) == ENOTSUPP


def test_create_errnos():
    for args, err in [
        ((4, 4, 0), errno.EINVAL), ((8, 4, 4), errno.EINVAL), ((4, 0, 4), errno.EINVAL),
    ]:
        assert errno_of(make, MapType.ARRAY, *args) == err
    assert errno_of(make, MapType.PERCPU_ARRAY, 4, 32769, 1) == errno.E2BIG
    assert make(MapType.PERCPU_ARRAY, 4, 32768, 1).value_size == 32768
    assert errno_of(make, MapType.PERCPU_ARRAY, 4, 4, 1, 1 << 10) == errno.EINVAL  # mmapable: arrays only
    assert errno_of(make, MapType.ARRAY, 4, 4, 1, BPF_F_RDONLY | BPF_F_WRONLY) == errno.EINVAL
    assert errno_of(make, MapType.ARRAY, 4, 4, 1, map_extra=1) == errno.EINVAL

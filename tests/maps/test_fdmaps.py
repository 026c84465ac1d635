"""Maps of references and redirect targets: PROG_ARRAY, ARRAY/HASH_OF_MAPS, PERF_EVENT_ARRAY, CGROUP_ARRAY,
DEVMAP, DEVMAP_HASH, CPUMAP, XSKMAP."""

from __future__ import annotations

import ctypes
import errno
from dataclasses import dataclass

import pytest
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import (
    BPF_ANY,
    BPF_EXIST,
    BPF_F_CURRENT_CPU,
    BPF_F_INNER_MAP,
    BPF_NOEXIST,
    ENOTSUPP,
    DevMap,
    MapSpec,
    MapType,
    ProgArrayMap,
    create_map,
    map_by_id,
    register_program,
)
from pybpf.maps._native import native


def errno_of(fn, *args, **kw) -> int:
    with pytest.raises(MapError) as ei:
        fn(*args, **kw)
    return ei.value.errno


@dataclass(eq=False)
class Prog:
    name: str
    id: int = 0


def test_prog_array_stores_ids_and_objects():
    pa = make(MapType.PROG_ARRAY, 4, 4, 4)
    p = Prog("tail")
    p.id = register_program(p)
    pa[1] = p
    pa[2] = 4242  # an id works too
    assert pa[1] == p.id and pa.items() == [(1, p.id), (2, 4242)] and len(pa) == 2
    assert pa.program(1) is p and pa.program(2) is None and pa.program(0) is None
    assert errno_of(pa.lookup, 0) == errno.ENOENT
    assert errno_of(pa.update, 0, p, BPF_NOEXIST) == errno.EINVAL  # fd arrays take BPF_ANY only
    assert errno_of(pa.update, 0, p, BPF_EXIST) == errno.EINVAL
    assert errno_of(pa.update, 9, p) == errno.E2BIG
    assert errno_of(pa.update, 9, "x") == errno.E2BIG  # the index is checked before the value
    assert errno_of(pa.update, 0, "x") == errno.EINVAL
    assert errno_of(pa.update, 0, 0) == errno.EBADF
    assert errno_of(pa.delete, 0) == errno.ENOENT
    assert errno_of(pa.delete, 9) == errno.E2BIG
    del pa[2]
    assert 2 not in pa and pa.program_id(1) == p.id
    # engines: the slot payload and the engine word of each slot
    base = pa.value_area[0]
    assert ctypes.c_uint64.from_address(base + 8).value == p.id
    pa.set_target(1, 0x1234)
    assert ctypes.c_uint64.from_address(pa.aux_address + 8).value == 0x1234 == pa.target(1)
    pa[1] = p  # an update resets the engine word
    assert pa.target(1) == 0
    # a program cannot look up a prog array (only tail-call through it)
    assert native().fn["pb_map_lookup_elem"](pa.address, (1).to_bytes(4, "little"), 0) is None


def test_prog_array_target_resolver():
    pa = make(MapType.PROG_ARRAY, 4, 4, 2)
    seen = []
    ProgArrayMap.target_resolver = lambda pid, prog: seen.append((pid, prog)) or 0x7000 + pid
    try:
        pa[0] = 5
    finally:
        ProgArrayMap.target_resolver = None
    assert seen == [(5, None)] and pa.target(0) == 0x7005


def test_array_of_maps():
    inner_spec = MapSpec("inner", MapType.ARRAY, 4, 4, 2)
    aom = make(MapType.ARRAY_OF_MAPS, 4, 4, 3, inner_map=inner_spec)
    inner = create_map(inner_spec, possible_cpus=2)
    inner[1] = 77
    aom[0] = inner
    aom[1] = inner.id
    aom[2] = MapSpec("made-on-the-fly", MapType.ARRAY, 4, 4, 2)
    assert aom[0] == inner.id and aom.inner_map(0) is inner and aom.inner_map(1) is inner
    made = aom.inner_map(2)
    assert made.name == "made-on-the-fly" and map_by_id(aom[2]) is made
    # a program's lookup returns the inner map's header: chain the lookup
    n = native().fn
    inner_hdr = n["pb_map_lookup_elem"](aom.address, (0).to_bytes(4, "little"), 0)
    assert inner_hdr == inner.address
    v = n["pb_map_lookup_elem"](inner_hdr, (1).to_bytes(4, "little"), 0)
    assert ctypes.c_uint32.from_address(v).value == 77
    assert errno_of(aom.update, 0, create_map(MapSpec("i2", MapType.ARRAY, 4, 4, 3))) == errno.EINVAL
    assert errno_of(aom.update, 0, create_map(MapSpec("i3", MapType.ARRAY, 4, 8, 2))) == errno.EINVAL
    assert errno_of(aom.update, 0, create_map(MapSpec("i4", MapType.HASH, 4, 4, 2))) == errno.EINVAL
    assert errno_of(aom.update, 0, aom) == errno.EINVAL
    assert errno_of(aom.update, 0, 999999) == errno.EBADF
    assert errno_of(aom.update, 0, inner, BPF_NOEXIST) == errno.EINVAL
    assert errno_of(aom.update, 5, inner) == errno.E2BIG
    del aom[0]
    assert errno_of(aom.lookup, 0) == errno.ENOENT and errno_of(aom.delete, 0) == errno.ENOENT
    assert aom.items() == [(1, inner.id), (2, made.id)]
    assert errno_of(make, MapType.ARRAY_OF_MAPS, 4, 4, 2) == errno.EINVAL  # no inner map template
    assert errno_of(make, MapType.ARRAY_OF_MAPS, 4, 8, 2, inner_map=inner_spec) == errno.EINVAL


def test_inner_map_flag_allows_other_sizes():
    tmpl = MapSpec("tmpl", MapType.ARRAY, 4, 4, 2, BPF_F_INNER_MAP)
    aom = make(MapType.ARRAY_OF_MAPS, 4, 4, 2, inner_map=tmpl)
    aom[0] = create_map(MapSpec("big", MapType.ARRAY, 4, 4, 100, BPF_F_INNER_MAP))
    assert errno_of(aom.update, 1, create_map(MapSpec("noflag", MapType.ARRAY, 4, 4, 100))) == errno.EINVAL


def test_hash_of_maps():
    inner_spec = MapSpec("inner", MapType.HASH, 4, 4, 4)
    hom = make(MapType.HASH_OF_MAPS, 4, 4, 2, inner_map=inner_spec)
    a = create_map(inner_spec.replace(max_entries=8))  # hash inner maps may differ in max_entries
    hom[b"kkkk"] = a
    assert hom[b"kkkk"] == a.id and hom.inner_map(b"kkkk") is a
    assert errno_of(hom.update, b"kkkk", a, BPF_NOEXIST) == errno.EEXIST
    assert errno_of(hom.update, b"zzzz", a, BPF_EXIST) == errno.ENOENT
    assert errno_of(hom.lookup_and_delete, b"kkkk") == ENOTSUPP
    assert native().fn["pb_map_lookup_elem"](hom.address, b"kkkk", 0) == a.address
    assert errno_of(make, MapType.HASH_OF_MAPS, 4, 4, 2,
                    inner_map=MapSpec("pa", MapType.PROG_ARRAY, 4, 4, 2)) == ENOTSUPP


def test_perf_event_array_captures_samples():
    pe = make(MapType.PERF_EVENT_ARRAY, 4, 4, 2)
    pe[0] = 100  # an event handle for CPU 0
    assert errno_of(pe.lookup, 0) == ENOTSUPP
    assert pe.items() == [(0, 100)]
    assert pe.output(b"hello", BPF_F_CURRENT_CPU, cpu=0) == 0
    assert pe.output(b"x", BPF_F_CURRENT_CPU, cpu=1) == -errno.ENOENT  # no event for CPU 1
    assert pe.output(b"x", 1, cpu=0) == -errno.ENOENT
    pe[1] = 101
    assert pe.output(b"x", 1, cpu=0) == -errno.EOPNOTSUPP  # another CPU's event
    assert pe.output(b"x", 5, cpu=0) == -errno.E2BIG
    assert pe.output(b"x", 1 << 60, cpu=0) == -errno.EINVAL
    assert pe.output(b"on1", 1, cpu=1) == 0
    assert [(r.cpu, r.data) for r in pe.records()] == [(0, b"hello"), (1, b"on1")]
    assert [r.data for r in pe.drain()] == [b"hello", b"on1"] and pe.records() == []
    assert errno_of(pe.update, 0, 1, BPF_EXIST) == errno.EINVAL
    del pe[0]
    assert errno_of(pe.delete, 0) == errno.ENOENT


def test_cgroup_array():
    cg = make(MapType.CGROUP_ARRAY, 4, 4, 2)
    cg[1] = 7
    assert errno_of(cg.lookup, 1) == ENOTSUPP and cg.items() == [(1, 7)]
    assert errno_of(cg.delete, 0) == errno.ENOENT


def test_devmap():
    dm = make(MapType.DEVMAP, 4, 8, 4)
    dm[0] = (1, None)
    dm[1] = 2  # an ifindex alone
    assert dm[0] == (1, 0) and dm[1] == (2, 0)
    prog = Prog("xdp_devmap", 31)
    dm[2] = (3, prog)
    assert dm[2] == (3, 31)  # the program is stored (and read back) as its id
    assert errno_of(dm.update, 3, 5, BPF_NOEXIST) == errno.EEXIST  # even for an empty slot
    dm.update(3, 5, BPF_EXIST)  # and BPF_EXIST is fine on an empty slot
    dm[3] = 0  # ifindex 0 empties a slot
    assert 3 not in dm and errno_of(dm.lookup, 3) == errno.ENOENT
    assert errno_of(dm.update, 0, (0, prog)) == errno.EINVAL
    assert errno_of(dm.update, 9, 1) == errno.E2BIG
    assert errno_of(dm.update, 0, 1, 4) == errno.EINVAL
    dm.delete(3)  # deleting an empty slot succeeds
    assert errno_of(dm.delete, 9) == errno.EINVAL
    assert dm.next_key(3) is None and dm.next_key() == 0
    value = native().fn["pb_map_lookup_elem"](dm.address, (2).to_bytes(4, "little"), 0)
    assert ctypes.string_at(value, 8) == (3).to_bytes(4, "little") + (31).to_bytes(4, "little")
    DevMap.ifindex_valid = lambda ifindex: ifindex < 100
    try:
        assert errno_of(dm.update, 0, 1000) == errno.EINVAL
        assert errno_of(dm.update, 0, 1000, BPF_NOEXIST) == errno.EEXIST  # EEXIST is checked first
    finally:
        DevMap.ifindex_valid = None
    assert errno_of(make, MapType.DEVMAP, 4, 6, 4) == errno.EINVAL
    assert errno_of(make, MapType.DEVMAP, 4, 4, 4, 1 << 7) == errno.EINVAL


def test_devmap_hash():
    dh = make(MapType.DEVMAP_HASH, 4, 4, 2)
    dh[5] = 1
    dh[6] = 1
    assert list(dh) == [6, 5]  # bucketed by the key itself: 6 & 1 = 0 comes first
    assert errno_of(dh.update, 7, 1) == errno.E2BIG
    assert errno_of(dh.update, 8, 1, BPF_EXIST) == errno.E2BIG  # BPF_EXIST is not checked (Linux)
    assert errno_of(dh.update, 5, 1, BPF_NOEXIST) == errno.EEXIST
    assert errno_of(dh.update, 5, 0) == errno.EINVAL  # ifindex 0 is not a device
    assert errno_of(dh.delete, 99) == errno.ENOENT and errno_of(dh.lookup, 99) == errno.ENOENT
    del dh[5]
    dh.update(9, 3, BPF_EXIST)
    assert dh[9] == 3


def test_cpumap():
    cm = make(MapType.CPUMAP, 4, 8, 4, possible_cpus=2)
    cm[0] = (192, None)
    assert cm[0] == (192, 0)
    cm[1] = 0  # qsize 0 empties the slot
    assert errno_of(cm.lookup, 1) == errno.ENOENT
    assert errno_of(cm.update, 3, 192) == errno.ENODEV  # not a possible CPU
    assert errno_of(cm.update, 1, 16385) == errno.EOVERFLOW
    cm[1] = 16384
    assert errno_of(cm.update, 0, 192, BPF_NOEXIST) == errno.EEXIST
    assert errno_of(cm.update, 9, 192) == errno.E2BIG
    cm.delete(2)
    assert errno_of(cm.delete, 9) == errno.EINVAL
    assert errno_of(make, MapType.CPUMAP, 4, 4, 9000) == errno.E2BIG
    assert errno_of(make, MapType.CPUMAP, 4, 6, 2) == errno.EINVAL


def test_xskmap():
    xm = make(MapType.XSKMAP, 4, 4, 4)
    xm[0] = 12
    assert errno_of(xm.lookup, 0) == errno.EOPNOTSUPP and xm.items() == [(0, 12)]
    assert errno_of(xm.update, 0, 13, BPF_NOEXIST) == errno.EEXIST
    assert errno_of(xm.update, 1, 13, BPF_EXIST) == errno.ENOENT
    assert errno_of(xm.update, 9, -1) == errno.E2BIG
    assert errno_of(xm.update, 1, -1) == errno.EBADF
    xm.delete(3)
    assert errno_of(xm.delete, 9) == errno.EINVAL
    assert native().fn["pb_map_lookup_elem"](xm.address, (0).to_bytes(4, "little"), 0) == xm.value_area[0]
    assert errno_of(make, MapType.XSKMAP, 4, 8, 4) == errno.EINVAL


def test_unsupported_types_are_reported():
    for t in (MapType.SOCKMAP, MapType.STACK_TRACE, MapType.ARENA, MapType.STRUCT_OPS):
        assert errno_of(make, t, 4, 4, 4) == errno.EOPNOTSUPP
    assert errno_of(create_map, MapSpec("x", 99, 4, 4, 4)) == errno.EINVAL
    assert errno_of(create_map, MapSpec("x", MapType.UNSPEC, 4, 4, 4)) == errno.EINVAL
    assert BPF_ANY == 0

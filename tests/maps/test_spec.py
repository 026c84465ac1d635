"""MapType/flag values, MapSpec, create_map options, registries."""

from __future__ import annotations

import errno
import gc

import pytest

from pybpf.errors import MapError
from pybpf.maps import (
    BPF_ANY,
    BPF_F_INNER_MAP,
    BPF_F_NO_PREALLOC,
    BPF_F_ZERO_SEED,
    MapFlag,
    MapSpec,
    MapType,
    PinType,
    UpdateFlag,
    all_maps,
    create_map,
    map_by_address,
    map_by_id,
    native_ir,
    native_symbols,
    possible_cpus,
)
from pybpf.maps.types import parse_cpu_list


def test_values_are_linux_6_18():
    assert (MapType.HASH, MapType.LPM_TRIE, MapType.QUEUE, MapType.RINGBUF, MapType.BLOOM_FILTER,
            MapType.ARENA) == (1, 11, 22, 27, 30, 33)
    assert MapType.CGROUP_STORAGE_DEPRECATED is MapType.CGROUP_STORAGE
    assert [int(t) for t in MapType] == list(range(34))  # every type up to ARENA, no gaps
    assert (MapFlag.NO_PREALLOC, MapFlag.ZERO_SEED, MapFlag.MMAPABLE, MapFlag.INNER_MAP,
            MapFlag.NO_USER_CONV) == (1, 64, 1024, 4096, 1 << 18)
    assert (UpdateFlag.ANY, UpdateFlag.NOEXIST, UpdateFlag.EXIST, UpdateFlag.LOCK) == (0, 1, 2, 4)


def test_map_types_agree_with_the_kernel_backend():
    from pybpf import uapi as kuapi
    for t in MapType:
        if t.name in kuapi.MapType.__members__:
            assert kuapi.MapType[t.name] == t


def test_spec_normalises_and_replaces():
    s = MapSpec("m", 2, 4, 4, 2, contents=[[0, 1], (1, 2)], pinning=1)
    assert s.type is MapType.ARRAY and s.contents == ((0, 1), (1, 2)) and s.pinning is PinType.BY_NAME
    assert s.replace(max_entries=9).max_entries == 9 and s.max_entries == 2
    inner = MapSpec("i", MapType.ARRAY, 4, 4, 2)
    assert inner.compatible(inner.replace(name="other"))
    assert not inner.compatible(inner.replace(max_entries=3))
    assert inner.replace(flags=BPF_F_INNER_MAP).compatible(inner.replace(flags=BPF_F_INNER_MAP, max_entries=9))
    assert MapSpec("h", MapType.HASH, 4, 4, 2).compatible(MapSpec("h2", MapType.HASH, 4, 4, 50))


def test_contents_and_freeze():
    m = create_map(MapSpec("ro", MapType.ARRAY, 4, 4, 2, contents=[(1, 5)], freeze=True))
    assert m[1] == (5).to_bytes(4, "little") and m.frozen
    with pytest.raises(MapError) as ei:
        create_map(MapSpec("bad", MapType.ARRAY, 4, 4, 2, contents=[(7, 5)]))
    assert ei.value.errno == errno.E2BIG and "initial contents" in str(ei.value)
    q = create_map(MapSpec("q", MapType.QUEUE, 0, 4, 2, contents=[(None, 1), (None, 2)]))
    assert q.values() == [(1).to_bytes(4, "little"), (2).to_bytes(4, "little")]


def test_possible_cpus_and_options(monkeypatch):
    assert parse_cpu_list("0-3,8,10-11\n") == [0, 1, 2, 3, 8, 10, 11]
    assert possible_cpus() >= 1
    m = create_map(MapSpec("p", MapType.PERCPU_ARRAY, 4, 4, 1), possible_cpus=5)
    assert m.nr_cpus == 5 and len(m[0]) == 5
    with pytest.raises(MapError):
        create_map(MapSpec("p", MapType.PERCPU_ARRAY, 4, 4, 1), possible_cpus=0)
    # ZERO_SEED beats an explicit seed; two maps with the same seed iterate alike
    a = create_map(MapSpec("a", MapType.HASH, 4, 4, 64), hash_seed=99)
    b = create_map(MapSpec("b", MapType.HASH, 4, 4, 64, BPF_F_NO_PREALLOC), hash_seed=99)
    for i in range(30):
        a[i] = i
        b[i] = i
    assert list(a) == list(b)
    z = create_map(MapSpec("z", MapType.HASH, 4, 4, 64, BPF_F_ZERO_SEED), hash_seed=99)
    for i in range(30):
        z[i] = i
    assert list(z) != list(a)


def test_registries_and_lifetime():
    m = create_map(MapSpec("reg", MapType.HASH, 4, 4, 4))
    assert map_by_id(m.id) is m and map_by_address(m.address) is m and m in all_maps()
    mid, addr = m.id, m.address
    del m
    gc.collect()
    assert map_by_id(mid) is None and map_by_address(addr) is None
    assert "pb_map_lookup_elem" in native_symbols() and any("pb_map" in t for t in native_ir().values())
    assert BPF_ANY == 0


def test_errors_name_the_map_and_the_operation():
    m = create_map(MapSpec("my_counts", MapType.HASH, 4, 4, 1))
    m[1] = 1
    with pytest.raises(MapError) as ei:
        m[2] = 2
    assert str(ei.value) == "map my_counts: update: map is full or index out of range (E2BIG)"
    with pytest.raises(MapError) as ei:
        m.update(b"abc", 1)
    assert "bad key" in str(ei.value) and ei.value.errno == errno.EINVAL

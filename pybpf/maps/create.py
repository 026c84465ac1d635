"""create_map: validate a MapSpec the way BPF_MAP_CREATE does (same errnos), then build the Map.

The attribute checks are those of each map type's map_alloc_check / map_alloc in Linux 6.18, in the same order,
so a spec the kernel rejects is rejected here with the same errno.
"""

from __future__ import annotations

import errno
import os

from pybpf.errors import MapError
from pybpf.maps._arena import PAGE_SIZE
from pybpf.maps._native import PB_QUIRK_LRU_POP_FIRST
from pybpf.maps.array import ArrayMap, PercpuArrayMap
from pybpf.maps.base import Map
from pybpf.maps.codec import Codec
from pybpf.maps.fdmaps import ArrayOfMapsMap, CgroupArrayMap, HashOfMapsMap, PerfEventArrayMap, ProgArrayMap
from pybpf.maps.hash import HashMap, LruHashMap, LruPercpuHashMap, PercpuHashMap
from pybpf.maps.lpm import LpmTrieMap
from pybpf.maps.netmaps import CpuMap, DevMap, DevMapHash, XskMap
from pybpf.maps.queue import BloomFilterMap, QueueMap, StackMap
from pybpf.maps.ringbuf import RingBufMap
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import ENOTSUPP, MapFlag, MapType
from pybpf.maps.types import possible_cpus as host_possible_cpus

F = MapFlag
ACCESS = F.RDONLY | F.WRONLY | F.RDONLY_PROG | F.WRONLY_PROG
ARRAY_MASK = F.NUMA_NODE | F.MMAPABLE | ACCESS | F.PRESERVE_ELEMS | F.INNER_MAP
HTAB_MASK = F.NO_PREALLOC | F.NO_COMMON_LRU | F.NUMA_NODE | ACCESS | F.ZERO_SEED
LPM_MASK = F.NO_PREALLOC | F.NUMA_NODE | ACCESS
QUEUE_MASK = F.NUMA_NODE | ACCESS
BLOOM_MASK = F.NUMA_NODE | F.ZERO_SEED | ACCESS
DEV_MASK = F.NUMA_NODE | F.RDONLY | F.WRONLY

KMALLOC_MAX_SIZE = 1 << 22
PCPU_MIN_UNIT_SIZE = 32 << 10
HTAB_ELEM_SIZE = 48  # sizeof(struct htab_elem)
LPM_VAL_SIZE_MAX = KMALLOC_MAX_SIZE - 256 - 16
NR_CPUS = 8192
INT_MAX = (1 << 31) - 1
U32_MAX = (1 << 32) - 1

CLASSES: dict[MapType, type[Map]] = {
    MapType.HASH: HashMap,
    MapType.ARRAY: ArrayMap,
    MapType.PROG_ARRAY: ProgArrayMap,
    MapType.PERF_EVENT_ARRAY: PerfEventArrayMap,
    MapType.PERCPU_HASH: PercpuHashMap,
    MapType.PERCPU_ARRAY: PercpuArrayMap,
    MapType.CGROUP_ARRAY: CgroupArrayMap,
    MapType.LRU_HASH: LruHashMap,
    MapType.LRU_PERCPU_HASH: LruPercpuHashMap,
    MapType.LPM_TRIE: LpmTrieMap,
    MapType.ARRAY_OF_MAPS: ArrayOfMapsMap,
    MapType.HASH_OF_MAPS: HashOfMapsMap,
    MapType.DEVMAP: DevMap,
    MapType.CPUMAP: CpuMap,
    MapType.XSKMAP: XskMap,
    MapType.QUEUE: QueueMap,
    MapType.STACK: StackMap,
    MapType.DEVMAP_HASH: DevMapHash,
    MapType.RINGBUF: RingBufMap,
    MapType.BLOOM_FILTER: BloomFilterMap,
}


def _fail(spec: MapSpec, err: int, why: str) -> MapError:
    return MapError(err, f"create: {why}", map=spec.name)


def check_spec(spec: MapSpec) -> None:
    """Raise MapError with Linux's errno if BPF_MAP_CREATE would reject ``spec``."""
    t, ks, vs, me, fl = spec.type, spec.key_size, spec.value_size, spec.max_entries, spec.flags
    for name, v in (("key_size", ks), ("value_size", vs), ("max_entries", me), ("map_flags", fl)):
        if not isinstance(v, int) or not 0 <= v <= U32_MAX:
            raise _fail(spec, errno.EINVAL, f"{name} {v!r} is not a u32")
    if not isinstance(t, MapType) or t == MapType.UNSPEC:
        raise _fail(spec, errno.EINVAL, f"unknown map type {t!r}")
    if t not in CLASSES:
        raise _fail(spec, errno.EOPNOTSUPP, f"map type {t.name.lower()} is not supported by pybpf")
    if spec.map_extra and t not in (MapType.BLOOM_FILTER, MapType.ARENA):
        raise _fail(spec, errno.EINVAL, "map_extra is only for bloom filters and arenas")
    if fl & F.RDONLY and fl & F.WRONLY:
        raise _fail(spec, errno.EINVAL, "BPF_F_RDONLY and BPF_F_WRONLY together")
    access_ok = (fl & (F.RDONLY_PROG | F.WRONLY_PROG)) != (F.RDONLY_PROG | F.WRONLY_PROG)

    def bad(cond: bool, why: str, err: int = errno.EINVAL) -> None:
        if cond:
            raise _fail(spec, err, why)

    if t in (MapType.PROG_ARRAY, MapType.PERF_EVENT_ARRAY, MapType.CGROUP_ARRAY, MapType.ARRAY_OF_MAPS):
        bad(vs != 4, "value_size must be 4")
        bad(bool(fl & (F.RDONLY_PROG | F.WRONLY_PROG)), "program access flags are not supported here")
    if t in (MapType.ARRAY, MapType.PERCPU_ARRAY, MapType.PROG_ARRAY, MapType.PERF_EVENT_ARRAY,
             MapType.CGROUP_ARRAY, MapType.ARRAY_OF_MAPS):
        bad(me == 0 or ks != 4 or vs == 0 or bool(fl & ~ARRAY_MASK) or not access_ok,
            "arrays need key_size 4, value_size > 0, max_entries > 0 and array flags")
        bad(t != MapType.ARRAY and bool(fl & (F.MMAPABLE | F.INNER_MAP)), "BPF_F_MMAPABLE/INNER_MAP: arrays only")
        bad(t != MapType.PERF_EVENT_ARRAY and bool(fl & F.PRESERVE_ELEMS), "BPF_F_PRESERVE_ELEMS: perf arrays only")
        bad(vs > INT_MAX, "value_size too large", errno.E2BIG)
        bad(t == MapType.PERCPU_ARRAY and (vs + 7) & ~7 > PCPU_MIN_UNIT_SIZE, "per-CPU value too large", errno.E2BIG)
        bad(me > 1 << 31, "max_entries too large", errno.E2BIG)
        bad(t == MapType.ARRAY_OF_MAPS and spec.inner_map is None, "map-in-map needs an inner map")
    elif t in (MapType.HASH, MapType.PERCPU_HASH, MapType.LRU_HASH, MapType.LRU_PERCPU_HASH,
               MapType.HASH_OF_MAPS):
        lru = t in (MapType.LRU_HASH, MapType.LRU_PERCPU_HASH)
        percpu = t in (MapType.PERCPU_HASH, MapType.LRU_PERCPU_HASH)
        bad(t == MapType.HASH_OF_MAPS and vs != 4, "value_size must be 4")
        bad(bool(fl & ~HTAB_MASK) or not access_ok, "flags not valid for a hash map")
        bad(not lru and bool(fl & F.NO_COMMON_LRU), "BPF_F_NO_COMMON_LRU is for LRU maps")
        bad(lru and bool(fl & F.NO_PREALLOC), "LRU maps are always preallocated", ENOTSUPP)
        bad(me == 0 or ks == 0 or vs == 0, "key_size, value_size and max_entries must be > 0")
        bad(ks + vs >= KMALLOC_MAX_SIZE - HTAB_ELEM_SIZE, "key_size + value_size too large", errno.E2BIG)
        bad(percpu and (vs + 7) & ~7 > PCPU_MIN_UNIT_SIZE, "per-CPU value too large", errno.E2BIG)
        bad(me > 1 << 31, "max_entries too large", errno.E2BIG)
        bad(t == MapType.HASH_OF_MAPS and spec.inner_map is None, "map-in-map needs an inner map")
    elif t == MapType.LPM_TRIE:
        bad(me == 0 or not fl & F.NO_PREALLOC or bool(fl & ~LPM_MASK) or not access_ok or not 5 <= ks <= 260
            or not 1 <= vs <= LPM_VAL_SIZE_MAX,
            "LPM tries need BPF_F_NO_PREALLOC, key_size 5..260 (4 + data), value_size > 0, max_entries > 0")
    elif t in (MapType.QUEUE, MapType.STACK):
        bad(me == 0 or ks != 0 or vs == 0 or bool(fl & ~QUEUE_MASK) or not access_ok,
            "queue/stack maps need key_size 0, value_size > 0, max_entries > 0")
        bad(vs > KMALLOC_MAX_SIZE, "value_size too large", errno.E2BIG)
    elif t == MapType.BLOOM_FILTER:
        bad(vs > KMALLOC_MAX_SIZE, "value_size too large", errno.E2BIG)
        bad(ks != 0 or vs == 0 or me == 0 or bool(fl & ~BLOOM_MASK) or not access_ok or bool(spec.map_extra & ~0xF),
            "bloom filters need key_size 0, value_size > 0, max_entries > 0, map_extra < 16")
    elif t == MapType.RINGBUF:
        bad(bool(fl & ~F.NUMA_NODE), "ring buffers take no flags")
        bad(ks != 0 or vs != 0 or me == 0 or me & (me - 1) != 0 or me % PAGE_SIZE != 0,
            f"ring buffers need key/value size 0 and a power-of-two size that is a multiple of {PAGE_SIZE}")
    elif t in (MapType.DEVMAP, MapType.DEVMAP_HASH):
        bad(me == 0 or ks != 4 or vs not in (4, 8) or bool(fl & ~DEV_MASK),
            "device maps need key_size 4, value_size 4 or 8, max_entries > 0")
    elif t == MapType.CPUMAP:
        bad(me == 0 or ks != 4 or vs not in (4, 8) or bool(fl & ~F.NUMA_NODE),
            "cpumaps need key_size 4, value_size 4 or 8, max_entries > 0")
        bad(me > NR_CPUS, "max_entries larger than NR_CPUS", errno.E2BIG)
    elif t == MapType.XSKMAP:
        bad(me == 0 or ks != 4 or vs != 4 or bool(fl & ~DEV_MASK), "xskmaps need key_size 4, value_size 4")
    if spec.spin_lock_off is not None:
        bad(t not in (MapType.HASH, MapType.ARRAY), "bpf_spin_lock is only supported in hash and array values",
            errno.EOPNOTSUPP)
        bad(not 0 <= spec.spin_lock_off <= vs - 4 or spec.spin_lock_off % 4 != 0,
            "bpf_spin_lock offset outside the value or misaligned")
    if spec.inner_map is not None and t in (MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS):
        inner = spec.inner_map
        bad(inner.type in (MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS), "map-in-map cannot nest")
        bad(inner.type == MapType.PROG_ARRAY, "a prog array cannot be an inner map", ENOTSUPP)
        check_spec(inner.replace(contents=(), name=inner.name or "inner"))


def create_map(spec: MapSpec, *, possible_cpus: int | None = None, hash_seed: int | None = None, cpu: int = 0,
               key_codec: Codec | None = None, value_codec: Codec | None = None, lru_pop_first: bool = False) -> Map:
    """Create a map from ``spec``: validate like Linux, allocate native storage, write ``spec.contents`` and
    freeze when ``spec.freeze``.

    ``possible_cpus`` overrides the host's possible-CPU count (per-CPU maps, LRU lists); ``hash_seed`` fixes the
    hash seed (Linux draws a random one unless BPF_F_ZERO_SEED, which pybpf honours: seed 0); ``cpu`` is the CPU
    user-space operations run on. ``lru_pop_first`` makes LRU updates take their free node before checking the
    update flags, exactly like Linux (whose failed BPF_NOEXIST/BPF_EXIST updates can then evict); by default a
    failed update changes nothing.
    """
    check_spec(spec)
    nr_cpus = possible_cpus if possible_cpus is not None else host_possible_cpus()
    if nr_cpus < 1:
        raise _fail(spec, errno.EINVAL, f"possible_cpus must be >= 1, not {nr_cpus}")
    if spec.flags & F.ZERO_SEED:
        seed = 0
    elif hash_seed is not None:
        seed = hash_seed
    else:
        seed = int.from_bytes(os.urandom(4), "little")
    kw = {"nr_cpus": nr_cpus, "seed": seed, "cpu": cpu, "quirks": PB_QUIRK_LRU_POP_FIRST if lru_pop_first else 0}
    if key_codec is not None:
        kw["key_codec"] = key_codec
    if value_codec is not None:
        kw["value_codec"] = value_codec
    m = CLASSES[spec.type](spec, **kw)
    if spec.contents:
        try:
            m._load_contents(spec.contents)
        except MapError as e:
            raise MapError(e.errno, f"initial contents: {e}", map=spec.name) from None
    if spec.freeze:
        m.freeze()
    return m

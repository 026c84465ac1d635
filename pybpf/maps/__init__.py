"""BPF maps with Linux 6.18's semantics, in native memory shared by every engine (docs/maps.md).

``create_map(MapSpec(...))`` returns a Map: dict-like (``m[k]``, ``m[k] = v``, ``del m[k]``, ``in``, ``len``,
iteration in get_next_key order) plus the bpf(2) operations (lookup/update/delete/next_key/lookup_and_delete, batch
forms) with Linux's flags and errnos (MapError.errno). ``map.address`` is the native header engines receive in r1;
the algorithms are C (pybpf/maps/native) compiled to LLVM IR and loaded with llvmlite.
"""

from __future__ import annotations

from pybpf.maps._native import ir_texts as native_ir
from pybpf.maps._native import symbols as native_symbols
from pybpf.maps.array import ArrayMap, PercpuArrayMap
from pybpf.maps.base import BatchResult, Map
from pybpf.maps.codec import BytesCodec, IntCodec, StructCodec
from pybpf.maps.create import check_spec, create_map
from pybpf.maps.fdmaps import (
    ArrayOfMapsMap,
    CgroupArrayMap,
    HashOfMapsMap,
    PerfEventArrayMap,
    PerfRecord,
    ProgArrayMap,
)
from pybpf.maps.hash import HashMap, LruHashMap, LruPercpuHashMap, PercpuHashMap
from pybpf.maps.lpm import LpmKeyCodec, LpmTrieMap, lpm_key
from pybpf.maps.netmaps import CpuMap, DevMap, DevMapHash, XskMap
from pybpf.maps.queue import BloomFilterMap, QueueMap, StackMap
from pybpf.maps.registry import (
    all_maps,
    map_by_address,
    map_by_id,
    map_by_value_address,
    program_by_id,
    register_program,
)
from pybpf.maps.ringbuf import RingBufMap, RingRecord
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import (
    BPF_ANY,
    BPF_EXIST,
    BPF_F_CLONE,
    BPF_F_CURRENT_CPU,
    BPF_F_INDEX_MASK,
    BPF_F_INNER_MAP,
    BPF_F_LINK,
    BPF_F_LOCK,
    BPF_F_MMAPABLE,
    BPF_F_NO_COMMON_LRU,
    BPF_F_NO_PREALLOC,
    BPF_F_NO_USER_CONV,
    BPF_F_NUMA_NODE,
    BPF_F_PRESERVE_ELEMS,
    BPF_F_RDONLY,
    BPF_F_RDONLY_PROG,
    BPF_F_SEGV_ON_FAULT,
    BPF_F_STACK_BUILD_ID,
    BPF_F_TOKEN_FD,
    BPF_F_WRONLY,
    BPF_F_WRONLY_PROG,
    BPF_F_ZERO_SEED,
    BPF_NOEXIST,
    BPF_RB_AVAIL_DATA,
    BPF_RB_CONS_POS,
    BPF_RB_FORCE_WAKEUP,
    BPF_RB_NO_WAKEUP,
    BPF_RB_PROD_POS,
    BPF_RB_RING_SIZE,
    ENOTSUPP,
    MapFlag,
    MapType,
    PinType,
    UpdateFlag,
    possible_cpus,
)

__all__ = [
    "BPF_ANY", "BPF_EXIST", "BPF_F_CLONE", "BPF_F_CURRENT_CPU", "BPF_F_INDEX_MASK", "BPF_F_INNER_MAP", "BPF_F_LINK",
    "BPF_F_LOCK", "BPF_F_MMAPABLE", "BPF_F_NO_COMMON_LRU", "BPF_F_NO_PREALLOC", "BPF_F_NO_USER_CONV",
    "BPF_F_NUMA_NODE", "BPF_F_PRESERVE_ELEMS", "BPF_F_RDONLY", "BPF_F_RDONLY_PROG", "BPF_F_SEGV_ON_FAULT",
    "BPF_F_STACK_BUILD_ID", "BPF_F_TOKEN_FD", "BPF_F_WRONLY", "BPF_F_WRONLY_PROG", "BPF_F_ZERO_SEED", "BPF_NOEXIST",
    "BPF_RB_AVAIL_DATA", "BPF_RB_CONS_POS", "BPF_RB_FORCE_WAKEUP", "BPF_RB_NO_WAKEUP", "BPF_RB_PROD_POS",
    "BPF_RB_RING_SIZE", "ENOTSUPP",
    "ArrayMap", "ArrayOfMapsMap", "BatchResult", "BloomFilterMap", "BytesCodec", "CgroupArrayMap", "CpuMap",
    "DevMap", "DevMapHash", "HashMap", "HashOfMapsMap", "IntCodec", "LpmKeyCodec", "LpmTrieMap", "LruHashMap",
    "LruPercpuHashMap", "Map", "MapFlag", "MapSpec", "MapType", "PercpuArrayMap", "PercpuHashMap",
    "PerfEventArrayMap", "PerfRecord", "PinType", "ProgArrayMap", "QueueMap", "RingBufMap", "RingRecord",
    "StackMap", "StructCodec", "UpdateFlag", "XskMap",
    "all_maps", "check_spec", "create_map", "lpm_key", "map_by_address", "map_by_id", "map_by_value_address",
    "native_ir", "native_symbols", "possible_cpus", "program_by_id", "register_program",
]

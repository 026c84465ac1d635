"""Map types and flags with Linux 6.18's values (include/uapi/linux/bpf.h), and the possible-CPU count."""

from __future__ import annotations

import enum
import functools
import os

ENOTSUPP = 524  # kernel-internal errno that bpf(2) returns for unsupported map operations


class MapType(enum.IntEnum):
    """``enum bpf_map_type`` as of Linux 6.18."""

    UNSPEC = 0
    HASH = 1
    ARRAY = 2
    PROG_ARRAY = 3
    PERF_EVENT_ARRAY = 4
    PERCPU_HASH = 5
    PERCPU_ARRAY = 6
    STACK_TRACE = 7
    CGROUP_ARRAY = 8
    LRU_HASH = 9
    LRU_PERCPU_HASH = 10
    LPM_TRIE = 11
    ARRAY_OF_MAPS = 12
    HASH_OF_MAPS = 13
    DEVMAP = 14
    SOCKMAP = 15
    CPUMAP = 16
    XSKMAP = 17
    SOCKHASH = 18
    CGROUP_STORAGE = 19
    REUSEPORT_SOCKARRAY = 20
    PERCPU_CGROUP_STORAGE = 21
    QUEUE = 22
    STACK = 23
    SK_STORAGE = 24
    DEVMAP_HASH = 25
    STRUCT_OPS = 26
    RINGBUF = 27
    INODE_STORAGE = 28
    TASK_STORAGE = 29
    BLOOM_FILTER = 30
    USER_RINGBUF = 31
    CGRP_STORAGE = 32
    ARENA = 33
    CGROUP_STORAGE_DEPRECATED = 19  # uapi aliases
    PERCPU_CGROUP_STORAGE_DEPRECATED = 21


class MapFlag(enum.IntFlag):
    """BPF_MAP_CREATE flags (``map_flags``)."""

    NO_PREALLOC = 1 << 0
    NO_COMMON_LRU = 1 << 1
    NUMA_NODE = 1 << 2
    RDONLY = 1 << 3
    WRONLY = 1 << 4
    STACK_BUILD_ID = 1 << 5
    ZERO_SEED = 1 << 6
    RDONLY_PROG = 1 << 7
    WRONLY_PROG = 1 << 8
    CLONE = 1 << 9
    MMAPABLE = 1 << 10
    PRESERVE_ELEMS = 1 << 11
    INNER_MAP = 1 << 12
    LINK = 1 << 13
    PATH_FD = 1 << 14
    VTYPE_BTF_OBJ_FD = 1 << 15
    TOKEN_FD = 1 << 16
    SEGV_ON_FAULT = 1 << 17
    NO_USER_CONV = 1 << 18


BPF_F_NO_PREALLOC = MapFlag.NO_PREALLOC
BPF_F_NO_COMMON_LRU = MapFlag.NO_COMMON_LRU
BPF_F_NUMA_NODE = MapFlag.NUMA_NODE
BPF_F_RDONLY = MapFlag.RDONLY
BPF_F_WRONLY = MapFlag.WRONLY
BPF_F_STACK_BUILD_ID = MapFlag.STACK_BUILD_ID
BPF_F_ZERO_SEED = MapFlag.ZERO_SEED
BPF_F_RDONLY_PROG = MapFlag.RDONLY_PROG
BPF_F_WRONLY_PROG = MapFlag.WRONLY_PROG
BPF_F_CLONE = MapFlag.CLONE
BPF_F_MMAPABLE = MapFlag.MMAPABLE
BPF_F_PRESERVE_ELEMS = MapFlag.PRESERVE_ELEMS
BPF_F_INNER_MAP = MapFlag.INNER_MAP
BPF_F_LINK = MapFlag.LINK
BPF_F_TOKEN_FD = MapFlag.TOKEN_FD
BPF_F_SEGV_ON_FAULT = MapFlag.SEGV_ON_FAULT
BPF_F_NO_USER_CONV = MapFlag.NO_USER_CONV
BPF_F_ACCESS_MASK = MapFlag.RDONLY | MapFlag.WRONLY | MapFlag.RDONLY_PROG | MapFlag.WRONLY_PROG


class UpdateFlag(enum.IntFlag):
    """BPF_MAP_UPDATE_ELEM / lookup flags."""

    ANY = 0
    NOEXIST = 1
    EXIST = 2
    LOCK = 4


BPF_ANY = 0
BPF_NOEXIST = 1
BPF_EXIST = 2
BPF_F_LOCK = 4

# bpf_perf_event_output / bpf_ringbuf_* flags
BPF_F_INDEX_MASK = 0xFFFFFFFF
BPF_F_CURRENT_CPU = BPF_F_INDEX_MASK
BPF_F_CTXLEN_MASK = 0xFFFFF << 32
BPF_RB_NO_WAKEUP = 1
BPF_RB_FORCE_WAKEUP = 2
BPF_RB_AVAIL_DATA = 0
BPF_RB_RING_SIZE = 1
BPF_RB_CONS_POS = 2
BPF_RB_PROD_POS = 3
BPF_RINGBUF_BUSY_BIT = 1 << 31
BPF_RINGBUF_DISCARD_BIT = 1 << 30
BPF_RINGBUF_HDR_SZ = 8


class PinType(enum.IntEnum):
    """libbpf's ``pinning`` attribute of BTF-defined maps."""

    NONE = 0
    BY_NAME = 1


PERCPU_TYPES = frozenset({MapType.PERCPU_ARRAY, MapType.PERCPU_HASH, MapType.LRU_PERCPU_HASH})
KEYLESS_TYPES = frozenset({MapType.QUEUE, MapType.STACK, MapType.BLOOM_FILTER, MapType.RINGBUF})


def parse_cpu_list(text: str) -> list[int]:
    """Parse a sysfs CPU list such as ``0-3,8,10-11``."""
    cpus: list[int] = []
    for part in text.strip().split(","):
        if not part:
            continue
        lo, _, hi = part.partition("-")
        cpus.extend(range(int(lo), int(hi or lo) + 1))
    return cpus


@functools.cache
def possible_cpus() -> int:
    """Linux's num_possible_cpus(): from /sys/devices/system/cpu/possible (``PYBPF_POSSIBLE_CPUS`` overrides)."""
    env = os.environ.get("PYBPF_POSSIBLE_CPUS")
    if env:
        return max(1, int(env))
    try:
        with open("/sys/devices/system/cpu/possible") as f:
            return max(1, len(parse_cpu_list(f.read())))
    except (OSError, ValueError):
        return max(1, os.cpu_count() or 1)

"""Map types and flags with Linux 6.18's values (include/uapi/linux/bpf.h), and the possible-CPU count."""

from __future__ import annotations

import enum
import functools
import os

from pybpf.uapi import MapFlag as MapFlag
from pybpf.uapi import MapType as MapType
from pybpf.uapi import UpdateFlag as UpdateFlag

ENOTSUPP = 524  # kernel-internal errno that bpf(2) returns for unsupported map operations


# The enums are generated from Linux's uapi header (pybpf/uapi.py); the BPF_* names below are the spellings
# C programmers know.
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

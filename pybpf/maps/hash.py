"""Hash maps: HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH (kernel/bpf/hashtab.c, bpf_lru_list.c).

Iteration follows Linux's bucket order (jhash of the key with the map's seed; BPF_F_ZERO_SEED makes it the
kernel's exact order). LRU maps evict with Linux's algorithm on the CPU given by ``map.cpu``; user-space lookups
do not mark elements referenced, program lookups (pb_map_lookup_elem) do.
"""

from __future__ import annotations

import ctypes
import errno
from typing import Any, ClassVar

from pybpf.maps.base import BatchResult, Map, PerCpuMixin


class HashMap(Map):
    """BPF_MAP_TYPE_HASH (and the base of the other hash tables)."""

    kind = "htab"
    _batch_ops: ClassVar[frozenset[str]] = frozenset(
        {"lookup_batch", "lookup_and_delete_batch", "update_batch", "delete_batch"})

    def _htab_batch(self, op: str, in_batch: Any, count: int | None, elem_flags: int, delete: bool) -> BatchResult:
        self._check_read(op)
        if delete:
            self._check_write(op)
        self._check_batch(op, elem_flags)
        max_count = self.max_entries if count is None else count
        if max_count <= 0:
            return BatchResult([], [], in_batch)
        batch = ctypes.c_uint32(0 if in_batch is None else int(in_batch))
        cnt = ctypes.c_uint32(max_count)
        keys = ctypes.create_string_buffer(max(1, max_count * self.key_size))
        vals = ctypes.create_string_buffer(max(1, max_count * self.sys_value_size))
        rc = self._n.fn["pb_map_sys_htab_batch"](self.address, ctypes.byref(batch), ctypes.byref(cnt), keys, vals,
                                                 elem_flags, int(delete), self.sys_value_size)
        if rc and rc != -errno.ENOENT:
            raise self._error(-rc, op)
        n, ks, vs = cnt.value, self.key_size, self.sys_value_size
        kraw, vraw = keys.raw, vals.raw
        out_k = [self._decode_key(kraw[i * ks:(i + 1) * ks]) for i in range(n)]
        out_v = [self._decode_value(vraw[i * vs:(i + 1) * vs]) for i in range(n)]
        return BatchResult(out_k, out_v, None if rc == -errno.ENOENT else batch.value)

    def lookup_batch(self, in_batch: Any = None, count: int | None = None, *, elem_flags: int = 0) -> BatchResult:
        """BPF_MAP_LOOKUP_BATCH over whole buckets: ``in_batch``/``next_batch`` is a bucket index; raises ENOSPC
        when ``count`` cannot hold the first non-empty bucket."""
        return self._htab_batch("lookup_batch", in_batch, count, elem_flags, False)

    def lookup_and_delete_batch(self, in_batch: Any = None, count: int | None = None, *,
                                elem_flags: int = 0) -> BatchResult:
        return self._htab_batch("lookup_and_delete_batch", in_batch, count, elem_flags, True)


class PercpuHashMap(PerCpuMixin, HashMap):
    """BPF_MAP_TYPE_PERCPU_HASH: existing elements are updated in place."""


class LruHashMap(HashMap):
    """BPF_MAP_TYPE_LRU_HASH: a full map evicts (Linux's common LRU, or per-CPU lists with
    BPF_F_NO_COMMON_LRU) instead of failing with E2BIG."""

    def _native_max_entries(self) -> int:
        return _lru_max_entries(self.spec.max_entries, self.spec.flags, self.nr_cpus)

    def lru_state(self, key: Any) -> tuple[str, bool] | None:
        """(list name, reference bit) of a live element's LRU node, for tests and debugging."""
        rc = self._n.fn["pb_htab_lru_state"](self.address, self._key(key, "lru_state"))
        if rc < 0:
            return None
        return ("active", "inactive", "free", "local_free", "local_pending")[rc & 0xFF], bool(rc >> 8)


class LruPercpuHashMap(PerCpuMixin, LruHashMap):
    """BPF_MAP_TYPE_LRU_PERCPU_HASH."""


def _lru_max_entries(max_entries: int, flags: int, nr_cpus: int) -> int:
    """With BPF_F_NO_COMMON_LRU, Linux rounds max_entries to a multiple of the CPU count (every CPU's list gets
    the same number of nodes, at least one)."""
    if not flags & 0x2:
        return max_entries
    up = -(-max_entries // nr_cpus) * nr_cpus
    return up if up <= 0xFFFFFFFF else max_entries // nr_cpus * nr_cpus

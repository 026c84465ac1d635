"""Array maps: BPF_MAP_TYPE_ARRAY and BPF_MAP_TYPE_PERCPU_ARRAY (kernel/bpf/arraymap.c).

Every index exists from creation (zeroed); updates with BPF_NOEXIST fail with EEXIST, deletes with EINVAL, and an
index past max_entries gives E2BIG on update and ENOENT on lookup. Keys are u32 indices (ints by default).
"""

from __future__ import annotations

import errno
from typing import ClassVar

from pybpf.maps.base import Map, PerCpuMixin
from pybpf.maps.codec import IntCodec
from pybpf.maps.types import MapFlag, MapType


class ArrayMap(Map):
    """BPF_MAP_TYPE_ARRAY. The value of index i lives at ``value_area[0] + i * value_stride``."""

    kind = "array"
    _batch_ops: ClassVar[frozenset[str]] = frozenset({"lookup_batch", "update_batch"})

    def __init__(self, spec, **kw) -> None:
        kw.setdefault("key_codec", IntCodec(4))
        super().__init__(spec, **kw)

    def __len__(self) -> int:
        return self.max_entries

    def keys(self) -> list[int]:
        self._check_read("keys")
        return [self._decode_key(i.to_bytes(4, "little")) for i in range(self.max_entries)]

    def memory(self) -> memoryview:
        """The values as one writable buffer, what mmap() gives for a BPF_F_MMAPABLE array (``.bss``/``.data``
        of a skeleton); EINVAL for other arrays, as Linux."""
        if self.type != MapType.ARRAY or not self.flags & MapFlag.MMAPABLE:
            raise self._error(errno.EINVAL, "memory", "only BPF_F_MMAPABLE arrays can be mapped")
        addr, size = self.value_area
        return self._arena.view(addr - self._arena.address, size)

    def address_of(self, index: int, cpu: int = 0) -> int:
        """Address of a value without a lookup: what an engine inlines (base + index * elem_stride)."""
        if not 0 <= index < self.max_entries:
            return 0
        return self.value_area[0] + index * self.elem_stride + cpu * self.value_stride


class PercpuArrayMap(PerCpuMixin, ArrayMap):
    """BPF_MAP_TYPE_PERCPU_ARRAY: ``nr_cpus`` values per index, contiguous (index-major)."""

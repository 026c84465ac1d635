"""Maps whose values refer to other objects: PROG_ARRAY, ARRAY_OF_MAPS, HASH_OF_MAPS, PERF_EVENT_ARRAY,
CGROUP_ARRAY (kernel/bpf/arraymap.c fd arrays, map_in_map.c).

Where Linux stores file descriptors, pybpf stores ids: the user API takes the object (a Map, a program object
with an integer ``id`` attribute) or the id, and lookups return the id, like bpf(2). Natively, a prog_array slot
holds the program id (plus an engine word, :meth:`ProgArrayMap.set_target`), a map-in-map slot holds the inner
map's header address, which is what a program's lookup returns.
"""

from __future__ import annotations

import ctypes
import errno
import struct
from dataclasses import dataclass
from typing import Any, ClassVar

from pybpf.errors import MapError
from pybpf.maps import registry
from pybpf.maps.base import Map
from pybpf.maps.codec import IntCodec
from pybpf.maps.hash import HashMap
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import BPF_ANY, BPF_EXIST, BPF_F_CURRENT_CPU, BPF_F_INDEX_MASK, BPF_NOEXIST, MapType

_U64 = struct.Struct("<Q")
MAP_IN_MAP_TYPES = frozenset({MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS})


class SlotArrayMap(Map):
    """An array whose slots can be empty (fd arrays, devmap, cpumap, xskmap). Keys are indices (ints)."""

    kind = "array"

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("key_codec", IntCodec(4))
        super().__init__(spec, **kw)
        self._present_addr = self._n.fn["pb_array_present"](self.address)

    def _sys_value_size(self) -> int:
        return 4 if self.type in (MapType.PROG_ARRAY, MapType.ARRAY_OF_MAPS) else self.spec.value_size

    def _precheck_update(self, key: bytes | None, flags: int) -> None:
        index = int.from_bytes(key, "little")
        if self.type in (MapType.DEVMAP, MapType.CPUMAP, MapType.XSKMAP):
            if flags > BPF_EXIST:
                raise self._error(errno.EINVAL, "update", "flags must be BPF_ANY, BPF_NOEXIST or BPF_EXIST")
        elif flags != BPF_ANY:
            raise self._error(errno.EINVAL, "update", "only BPF_ANY is allowed")
        if index >= self.max_entries:
            raise self._error(errno.E2BIG, "update", f"index {index} out of range (max_entries {self.max_entries})")
        if self.type in (MapType.DEVMAP, MapType.CPUMAP) and flags == BPF_NOEXIST:
            raise self._error(errno.EEXIST, "update", "every slot exists (BPF_NOEXIST)")

    def present(self, index: int) -> bool:
        if not 0 <= index < self.max_entries:
            return False
        return ctypes.c_uint8.from_address(self._present_addr + index).value != 0

    def slot_bytes(self, index: int) -> bytes | None:
        """The stored payload of a slot (even for types whose bpf(2) lookup is not supported), or None."""
        if not self.present(index):
            return None
        return ctypes.string_at(self.value_area[0] + index * self.elem_stride, self.value_stride)

    def _index(self, key: Any, op: str) -> int:
        return int.from_bytes(self._key(key, op), "little")

    def keys(self) -> list[Any]:
        self._check_read("keys")
        return [self._decode_key(i.to_bytes(4, "little")) for i in range(self.max_entries) if self.present(i)]

    def __len__(self) -> int:
        return sum(1 for i in range(self.max_entries) if self.present(i))

    def __contains__(self, key: Any) -> bool:
        return self.present(self._index(key, "lookup"))

    def items(self) -> list[tuple[Any, Any]]:
        self._check_read("items")
        return [(self._decode_key(i.to_bytes(4, "little")), self._decode_slot(i)) for i in range(self.max_entries)
                if self.present(i)]

    def raw_items(self) -> list[tuple[bytes, bytes]]:
        self._check_read("items")
        return [(i.to_bytes(4, "little"), self._raw_slot(i)) for i in range(self.max_entries) if self.present(i)]

    def _raw_slot(self, index: int) -> bytes:
        return self.slot_bytes(index)[:self.value_size]

    def _decode_slot(self, index: int) -> Any:
        return self._decode_value(self._raw_slot(index))


def _object_id(obj: Any) -> int | None:
    if isinstance(obj, bool):
        return None
    if isinstance(obj, int):
        return obj
    pid = getattr(obj, "id", None)
    return pid if isinstance(pid, int) and not isinstance(pid, bool) else None


class ProgArrayMap(SlotArrayMap):
    """BPF_MAP_TYPE_PROG_ARRAY: tail-call targets. Values are programs (objects with an ``id``) or program ids.

    Engines: the slot payload (u64 program id, 0 when empty) is at ``value_area[0] + 8 * index``; each slot also
    has an engine word at ``aux_address + 8 * index`` (0 = none) that ``target_resolver`` fills on update, so
    JIT code can jump through it without Python.
    """

    target_resolver: ClassVar[Any] = None  # callable(prog_id, program or None) -> native address or 0

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("value_codec", IntCodec(4))
        super().__init__(spec, **kw)
        self.aux_address = self._n.fn["pb_prog_array_aux"](self.address)
        self._programs: dict[int, Any] = {}

    def _value(self, value: Any, op: str) -> bytes:
        if isinstance(value, (bytes, bytearray, memoryview)) and len(value) == 4:
            value = int.from_bytes(value, "little")
        pid = _object_id(value)
        if pid is None:
            raise self._error(errno.EINVAL, op, f"{value!r} is not a program or program id")
        if not 0 < pid < 1 << 32:
            raise self._error(errno.EBADF, op, f"bad program id {pid}")
        return _U64.pack(pid)

    def update(self, key: Any, value: Any, flags: int = 0) -> None:
        super().update(key, value, flags)
        index = self._index(key, "update")
        pid = _object_id(value if not isinstance(value, (bytes, bytearray, memoryview)) else
                         int.from_bytes(value, "little"))
        prog = value if not isinstance(value, (int, bytes, bytearray, memoryview)) else registry.program_by_id(pid)
        if prog is not None:
            self._programs[index] = prog
        else:
            self._programs.pop(index, None)
        resolver = type(self).target_resolver
        if resolver is not None:
            self.set_target(index, resolver(pid, prog) or 0)

    def delete(self, key: Any) -> None:
        super().delete(key)
        self._programs.pop(self._index(key, "delete"), None)

    def program_id(self, index: int) -> int | None:
        raw = self.slot_bytes(index)
        return None if raw is None else _U64.unpack(raw)[0]

    def program(self, index: int) -> Any | None:
        """The program object in a slot (None when empty or only an id is known and not registered)."""
        pid = self.program_id(index)
        if pid is None:
            return None
        return self._programs.get(index) or registry.program_by_id(pid)

    def set_target(self, index: int, address: int) -> None:
        if not 0 <= index < self.max_entries:
            raise self._error(errno.E2BIG, "set_target")
        ctypes.c_uint64.from_address(self.aux_address + 8 * index).value = address

    def target(self, index: int) -> int:
        return ctypes.c_uint64.from_address(self.aux_address + 8 * index).value if 0 <= index < self.max_entries \
            else 0

    def _raw_slot(self, index: int) -> bytes:
        return self.slot_bytes(index)[:4]


class _MapInMapMixin:
    """Values are inner maps (Map objects, map ids, or MapSpecs to create), checked against spec.inner_map."""

    def _init_inner(self) -> None:
        self._inner: dict[bytes, Map] = {}
        if self.spec.inner_map is None:
            raise self._error(errno.EINVAL, "create", "map-in-map needs an inner map template (inner_map)")

    def _sys_value_size(self) -> int:
        return 4

    def _resolve_inner(self, value: Any, op: str) -> Map:
        if isinstance(value, Map):
            inner = value
        elif isinstance(value, MapSpec):
            from pybpf.maps.create import create_map
            inner = create_map(value, possible_cpus=self.nr_cpus)
        else:
            if isinstance(value, (bytes, bytearray, memoryview)) and len(value) == 4:
                value = int.from_bytes(value, "little")
            mid = _object_id(value)
            inner = registry.map_by_id(mid) if mid is not None else None
            if inner is None:
                raise self._error(errno.EBADF, op, f"{value!r} is not a map or the id of a live map")
        if inner.type in MAP_IN_MAP_TYPES:
            raise self._error(errno.EINVAL, op, "map-in-map cannot nest more than one level")
        if inner.type == MapType.PROG_ARRAY:
            raise self._error(524, op, "a prog array cannot be an inner map")
        if not self.spec.inner_map.compatible(inner.spec.replace(max_entries=inner.max_entries)):
            raise self._error(errno.EINVAL, op, f"inner map {inner.name!r} does not match the inner map template "
                              "(type, key/value size, flags, max_entries)")
        return inner

    def _value(self, value: Any, op: str) -> bytes:
        self._pending = self._resolve_inner(value, op)
        return _U64.pack(self._pending.address)

    def _decode_value(self, raw: bytes) -> int:
        return int.from_bytes(raw[:4], "little")

    def update(self, key: Any, value: Any, flags: int = 0) -> None:
        super().update(key, value, flags)
        self._inner[self._key(key, "update")] = self._pending

    def delete(self, key: Any) -> None:
        super().delete(key)
        self._inner.pop(self._key(key, "delete"), None)

    def inner_map(self, key: Any) -> Map | None:
        """The inner Map stored under ``key``, or None."""
        k = self._key(key, "lookup")
        try:
            mid = self.lookup(k)
        except MapError:
            return None
        return self._inner.get(k) or registry.map_by_id(mid)


class ArrayOfMapsMap(_MapInMapMixin, SlotArrayMap):
    """BPF_MAP_TYPE_ARRAY_OF_MAPS."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        super().__init__(spec, **kw)
        self._init_inner()

    def _raw_slot(self, index: int) -> bytes:
        inner = registry.map_by_address(_U64.unpack(self.slot_bytes(index))[0])
        return (inner.id if inner is not None else 0).to_bytes(4, "little")

    def _decode_slot(self, index: int) -> Any:
        return int.from_bytes(self._raw_slot(index), "little")


class HashOfMapsMap(_MapInMapMixin, HashMap):
    """BPF_MAP_TYPE_HASH_OF_MAPS (inner maps updated in place; no lookup_and_delete)."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        super().__init__(spec, **kw)
        self._init_inner()


@dataclass(frozen=True)
class PerfRecord:
    """One bpf_perf_event_output sample as the perf buffer of ``cpu`` would have received it."""

    cpu: int
    data: bytes


class PerfEventArrayMap(SlotArrayMap):
    """BPF_MAP_TYPE_PERF_EVENT_ARRAY. A slot holds an event handle (an int standing for the perf event fd; by
    libbpf's convention slot i is CPU i's event). Samples written by programs are captured per CPU."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("value_codec", IntCodec(4))
        super().__init__(spec, **kw)
        self.samples: list[PerfRecord] = []

    def output(self, data: bytes, flags: int, cpu: int) -> int:
        """What __bpf_perf_event_output does for a program running on ``cpu``: 0 or a negative errno."""
        if flags & ~BPF_F_INDEX_MASK & ~(0xFFFFF << 32):
            return -errno.EINVAL
        index = flags & BPF_F_INDEX_MASK
        if index == BPF_F_CURRENT_CPU:
            index = cpu
        if index >= self.max_entries:
            return -errno.E2BIG
        if not self.present(index):
            return -errno.ENOENT
        if index != cpu:  # the event of another CPU cannot be written from this one
            return -errno.EOPNOTSUPP
        self.samples.append(PerfRecord(cpu, bytes(data)))
        return 0

    def records(self, cpu: int | None = None) -> list[PerfRecord]:
        return [r for r in self.samples if cpu is None or r.cpu == cpu]

    def drain(self) -> list[PerfRecord]:
        out, self.samples = self.samples, []
        return out


class CgroupArrayMap(SlotArrayMap):
    """BPF_MAP_TYPE_CGROUP_ARRAY: slots hold cgroup handles (ints); bpf(2) lookups are not supported."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("value_codec", IntCodec(4))
        super().__init__(spec, **kw)

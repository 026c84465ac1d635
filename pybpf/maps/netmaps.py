"""Redirect maps: DEVMAP, DEVMAP_HASH, CPUMAP, XSKMAP (kernel/bpf/devmap.c, cpumap.c, xskmap.c).

pybpf does not bind to real devices, CPUs' kthreads or AF_XDP sockets: these maps store their values with
Linux's checks and errnos so that programs can look them up and redirect through them; the helpers record the
redirect decisions. Device values are ``ifindex`` or ``(ifindex, program)``, CPU values ``qsize`` or
``(qsize, program)``; a program is an object with an ``id`` or an id, stored (and read back) as its id.
``DevMap.ifindex_valid`` can be set to reject unknown interfaces (EINVAL), as Linux does for the host's.
"""

from __future__ import annotations

import errno
import struct
from typing import Any, ClassVar

from pybpf.maps.base import _flags
from pybpf.maps.codec import IntCodec, StructCodec
from pybpf.maps.fdmaps import SlotArrayMap, _object_id
from pybpf.maps.hash import HashMap
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import BPF_EXIST, BPF_NOEXIST

_PAIR = struct.Struct("<Ii")


def _pair_value(m: Any, value: Any, op: str) -> bytes:
    """Encode a devmap/cpumap value: int, (first, program) tuple or raw bytes."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) != m.value_size:
            raise m._error(errno.EINVAL, op, f"value is {len(data)} bytes, map expects {m.value_size}")
        return data
    if isinstance(value, tuple):
        if m.value_size < 8 or len(value) != 2:
            raise m._error(errno.EINVAL, op, f"bad value {value!r} for a {m.value_size}-byte value")
        first, prog = value
        pid = 0 if prog is None else _object_id(prog)
        if pid is None or not 0 <= pid < 1 << 31:
            raise m._error(errno.EINVAL, op, f"{prog!r} is not a program or program id")
        return _PAIR.pack(first, pid)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 32:
        return value.to_bytes(4, "little").ljust(m.value_size, b"\0")
    raise m._error(errno.EINVAL, op, f"bad value {value!r}")


def _default_codec(spec: MapSpec):
    return IntCodec(4) if spec.value_size == 4 else StructCodec("<Ii")


class DevMap(SlotArrayMap):
    """BPF_MAP_TYPE_DEVMAP: ifindex 0 empties a slot; BPF_NOEXIST always fails (EEXIST); deleting an empty slot
    succeeds."""

    ifindex_valid: ClassVar[Any] = None  # callable(ifindex) -> bool; None accepts any non-zero ifindex

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("value_codec", _default_codec(spec))
        super().__init__(spec, **kw)

    def _value(self, value: Any, op: str) -> bytes:
        return _pair_value(self, value, op)

    def _value(self, value: Any, op: str) -> bytes:
        data = _pair_value(self, value, op)
        # checked after the slot checks (_precheck_update), like Linux: a missing device is EINVAL
        ifindex = int.from_bytes(data[:4], "little")
        check = type(self).ifindex_valid
        if ifindex and check is not None and not check(ifindex):
            raise self._error(errno.EINVAL, op, f"no network device with ifindex {ifindex}")
        return data


class DevMapHash(HashMap):
    """BPF_MAP_TYPE_DEVMAP_HASH: keys are u32 indices, bucketed by the key itself (no seed)."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("key_codec", IntCodec(4))
        kw.setdefault("value_codec", _default_codec(spec))
        super().__init__(spec, **kw)

    _batch_ops = frozenset()

    ifindex_valid: ClassVar[Any] = None

    def update(self, key: Any, value: Any, flags: int = 0) -> None:
        """Linux's order: flags and a zero ifindex (EINVAL), an existing key with BPF_NOEXIST (EEXIST), the device
        (EINVAL), a full map (E2BIG)."""
        self._check_write("update")
        k = self._key(key, "update")
        data = _pair_value(self, value, "update")
        ifindex = int.from_bytes(data[:4], "little")
        if flags > BPF_EXIST or not ifindex:
            raise self._error(errno.EINVAL, "update", "bad flags or ifindex 0")
        if flags & BPF_NOEXIST and k in self:
            raise self._error(errno.EEXIST, "update", "element exists (BPF_NOEXIST)")
        check = type(self).ifindex_valid
        if check is not None and not check(ifindex):
            raise self._error(errno.EINVAL, "update", f"no network device with ifindex {ifindex}")
        self._check(self._f_update(self._caddr, k, data, _flags(flags), self._cpu), "update")


class CpuMap(SlotArrayMap):
    """BPF_MAP_TYPE_CPUMAP: slot i is CPU i; qsize 0 empties it, more than 16384 is EOVERFLOW, a CPU that is not
    possible is ENODEV."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("value_codec", _default_codec(spec))
        super().__init__(spec, **kw)

    def _value(self, value: Any, op: str) -> bytes:
        return _pair_value(self, value, op)


class XskMap(SlotArrayMap):
    """BPF_MAP_TYPE_XSKMAP: slots hold AF_XDP socket handles (ints); bpf(2) lookups are not supported."""

    def __init__(self, spec: MapSpec, **kw) -> None:
        kw.setdefault("value_codec", IntCodec(4))
        super().__init__(spec, **kw)

    def _value(self, value: Any, op: str) -> bytes:
        if isinstance(value, int) and not isinstance(value, bool) and not 0 < value < 1 << 31:
            raise self._error(errno.EBADF, op, f"bad socket handle {value}")
        return super()._value(value, op)

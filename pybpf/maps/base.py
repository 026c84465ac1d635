"""The Map base class: native storage, the bpf(2)-like operations with Linux's errnos, and the dict-like API.

Every operation goes through the native code (pybpf/maps/native), the same functions the interpreter's helpers
and the JIT call, so all engines see the same map. Python adds what the syscall layer adds in Linux: argument
encoding, access flags (BPF_F_RDONLY/WRONLY), freezing, and batch loops.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from pybpf.errors import MapError
from pybpf.maps import registry
from pybpf.maps._arena import Arena
from pybpf.maps._native import (
    HDR_ELEM_STRIDE,
    HDR_VALUE_STRIDE,
    HDR_VALUES,
    HDR_VALUES_LEN,
    PB_NO_LOCK,
    PbParams,
    native,
)
from pybpf.maps.codec import Codec, IntCodec, to_bytes
from pybpf.maps.mapping import MappingMethods
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import BPF_ANY, BPF_F_LOCK, ENOTSUPP, MapFlag, MapType

_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")

_REASONS = {
    errno.ENOENT: "no such element",
    errno.EEXIST: "element exists (BPF_NOEXIST)",
    errno.E2BIG: "map is full or index out of range",
    errno.EINVAL: "invalid argument",
    errno.EPERM: "operation not permitted",
    errno.ENOSPC: "no space",
    errno.ENOMEM: "out of memory",
    errno.EOPNOTSUPP: "operation not supported by this map type",
    ENOTSUPP: "operation not supported by this map type",
    errno.EAGAIN: "no space in the ring buffer",
    errno.EDEADLK: "lock held too long (deadlock?)",
}


_FLAG_OBJS = tuple(ctypes.c_uint64(i) for i in range(8))
_F0 = _FLAG_OBJS[0]


def _flags(flags: int) -> ctypes.c_uint64:
    """A u64 argument for the argtype-less native calls (cached for the common values)."""
    return _FLAG_OBJS[flags] if type(flags) is int and 0 <= flags < 8 else ctypes.c_uint64(int(flags))


def reason(err: int) -> str:
    return _REASONS.get(err, os.strerror(err) if err != ENOTSUPP else "not supported")


@dataclass(frozen=True)
class BatchResult:
    """One batch: the keys and values read, and the cursor to pass as ``in_batch`` next (None: no more)."""

    keys: list[Any]
    values: list[Any]
    next_batch: Any


class Map(MappingMethods):
    """A BPF map in native memory. Subclasses set ``kind`` (which native implementation) and the value format."""

    kind: ClassVar[str] = ""
    region_kind: ClassVar[str] = "MAP_VALUE"  # a pybpf.vm.memory.RegionKind name
    keyless: ClassVar[bool] = False

    def __init__(self, spec: MapSpec, *, nr_cpus: int, seed: int = 0, cpu: int = 0,
                 key_codec: Codec | None = None, value_codec: Codec | None = None, quirks: int = 0) -> None:
        self.spec = spec
        self.nr_cpus = nr_cpus
        self.cpu = cpu  # the CPU syscall-side operations run on (LRU free lists are per CPU)
        self.key_codec = key_codec
        self.value_codec = value_codec
        self.frozen = False
        # access flags, precomputed: IntFlag arithmetic on every call would cost more than the native operation
        self._no_read = bool(spec.flags & int(MapFlag.WRONLY))
        self._no_write = bool(spec.flags & int(MapFlag.RDONLY))
        self.id = registry.new_map_id()
        self._n = native()
        params = PbParams(map_type=int(spec.type), key_size=spec.key_size, value_size=spec.value_size,
                          max_entries=self._native_max_entries(), map_flags=spec.flags, id=self.id,
                          nr_cpus=nr_cpus, seed=seed & 0xFFFFFFFF,
                          lock_off=PB_NO_LOCK if spec.spin_lock_off is None else spec.spin_lock_off,
                          page_size=0, map_extra=spec.map_extra, quirks=quirks)
        self._params = params
        self._arena = self._allocate(params)
        hdr = self._arena.view(0, 80)
        self._values_addr = _U64.unpack_from(hdr, HDR_VALUES)[0]
        self._values_len = _U64.unpack_from(hdr, HDR_VALUES_LEN)[0]
        self.value_stride = _U32.unpack_from(hdr, HDR_VALUE_STRIDE)[0]
        self.elem_stride = _U32.unpack_from(hdr, HDR_ELEM_STRIDE)[0]
        self._hdr = hdr
        self.sys_value_size = self._sys_value_size()
        # exact sizes, so that .raw is the value without slicing
        self._kbuf = ctypes.create_string_buffer(max(spec.key_size, 1))
        self._vbuf = ctypes.create_string_buffer(max(self.sys_value_size, 1))
        self._caddr = ctypes.c_void_p(self.address)
        fast = self._n.fast
        self._f_lookup = fast["pb_map_sys_lookup"]
        self._f_update = fast["pb_map_sys_update"]
        self._f_delete = fast["pb_map_sys_delete"]
        self._f_next = fast["pb_map_sys_get_next_key"]
        registry.register(self)

    @property
    def cpu(self) -> int:
        return self._cpu.value

    @cpu.setter
    def cpu(self, value: int) -> None:
        self._cpu = ctypes.c_uint32(value)

    # -- construction hooks --------------------------------------------------------------------------------
    def _native_max_entries(self) -> int:
        return self.spec.max_entries

    def _allocate(self, params: PbParams) -> Arena:
        size = self._n.fn[f"pb_{self.kind}_mem_size"](ctypes.byref(params))
        arena = Arena(size)
        self.address = self._n.fn[f"pb_{self.kind}_init"](arena.address, ctypes.byref(params))
        return arena

    def _sys_value_size(self) -> int:
        return self.spec.value_size

    # -- description -----------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def type(self) -> MapType:
        return self.spec.type

    @property
    def key_size(self) -> int:
        return self.spec.key_size

    @property
    def value_size(self) -> int:
        return self.spec.value_size

    @property
    def max_entries(self) -> int:
        return self._params.max_entries

    @property
    def flags(self) -> int:
        return self.spec.flags

    @property
    def map_extra(self) -> int:
        return self.spec.map_extra

    @property
    def value_area(self) -> tuple[int, int]:
        """(address, size) of the memory programs may access: every value of every element, free or not."""
        return self._values_addr, self._values_len

    def regions(self) -> list[Any]:
        """The pybpf.vm.memory Regions an interpreter registers for this map (read-only with
        BPF_F_RDONLY_PROG)."""
        from pybpf.vm.memory import Region, RegionKind  # imported late: pybpf.vm imports the interpreter

        addr, size = self.value_area
        if not size:
            return []
        return [Region(addr, size, RegionKind[self.region_kind], f"map {self.name} values",
                       self._arena.view(addr - self._arena.address, size),
                       writable=not self.flags & MapFlag.RDONLY_PROG, owner=self)]

    def __repr__(self) -> str:
        return (f"<{type(self).__name__} {self.name!r} {self.type.name.lower()} id={self.id} key={self.key_size} "
                f"value={self.value_size} max_entries={self.max_entries} at 0x{self.address:x}>")

    # -- errors and encoding ---------------------------------------------------------------------------------
    def _error(self, err: int, op: str, detail: str = "") -> MapError:
        return MapError(err, f"{op}: {detail or reason(err)}", map=self.name)

    def _check(self, rc: int, op: str) -> None:
        if rc < 0:
            raise self._error(-rc, op)

    def _key(self, key: Any, op: str) -> bytes | None:
        if type(key) is bytes and len(key) == self.spec.key_size:
            return key
        if self.keyless:
            return None
        if type(key) is int and key >= 0 and (self.key_codec is None or type(self.key_codec) is IntCodec):
            with contextlib.suppress(OverflowError, TypeError):
                return key.to_bytes(self.spec.key_size, "little")
        try:
            return to_bytes(key, self.spec.key_size, self.key_codec)
        except (TypeError, ValueError, OverflowError) as e:
            raise self._error(errno.EINVAL, op, f"bad key {key!r}: {e}") from None

    def _value(self, value: Any, op: str) -> bytes:
        """Encode a user value into the native syscall format."""
        if type(value) is bytes and len(value) == self.spec.value_size:
            return value
        try:
            return to_bytes(value, self.spec.value_size, self.value_codec)
        except (TypeError, ValueError, OverflowError) as e:
            raise self._error(errno.EINVAL, op, f"bad value {value!r}: {e}") from None

    def _decode_value(self, raw: bytes) -> Any:
        return self.value_codec.decode(raw) if self.value_codec is not None else raw

    def _decode_key(self, raw: bytes) -> Any:
        return self.key_codec.decode(raw) if self.key_codec is not None else raw

    def _check_read(self, op: str) -> None:
        if self._no_read:
            raise self._error(errno.EPERM, op, "map is write-only from user space (BPF_F_WRONLY)")

    def _check_write(self, op: str) -> None:
        if self.frozen:
            raise self._error(errno.EPERM, op, "map is frozen")
        if self._no_write:
            raise self._error(errno.EPERM, op, "map is read-only from user space (BPF_F_RDONLY)")

    # -- bpf(2)-like operations ------------------------------------------------------------------------------
    def lookup(self, key: Any = None, flags: int = 0) -> Any:
        """BPF_MAP_LOOKUP_ELEM; raises MapError (errno ENOENT when the key is missing)."""
        if self._no_read:
            self._check_read("lookup")
        if type(key) is not bytes or len(key) != self.spec.key_size:
            key = self._key(key, "lookup")
        rc = self._f_lookup(self._caddr, key, self._vbuf, _flags(flags), self._cpu)
        if rc:
            raise self._error(-rc, "lookup")
        return self._decode_value(self._vbuf.raw)

    def lookup_raw(self, key: Any = None, flags: int = 0) -> bytes:
        """BPF_MAP_LOOKUP_ELEM returning the bytes bpf(2) would (per-CPU: nr_cpus * round_up(value_size, 8))."""
        self._check_read("lookup")
        k = self._key(key, "lookup")
        rc = self._f_lookup(self._caddr, k, self._vbuf, _flags(flags), self._cpu)
        if rc:
            raise self._error(-rc, "lookup")
        return self._vbuf.raw[:self.sys_value_size]

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self.lookup(key)
        except MapError as e:
            if e.errno == errno.ENOENT:
                return default
            raise

    def update(self, key: Any, value: Any, flags: int = BPF_ANY) -> None:
        """BPF_MAP_UPDATE_ELEM with BPF_ANY / BPF_NOEXIST / BPF_EXIST (| BPF_F_LOCK). A failed update changes
        nothing."""
        if self._no_write or self.frozen:
            self._check_write("update")
        if type(key) is not bytes or len(key) != self.spec.key_size:
            key = self._key(key, "update")
        self._precheck_update(key, flags)
        v = self._value(value, "update")
        rc = self._f_update(self._caddr, key, v, _flags(flags), self._cpu)
        if rc:
            raise self._error(-rc, "update")

    def _precheck_update(self, key: bytes | None, flags: int) -> None:
        """Checks Linux makes before it looks at the value (fd maps check the slot before the fd)."""

    def delete(self, key: Any) -> None:
        """BPF_MAP_DELETE_ELEM."""
        self._check_write("delete")
        rc = self._f_delete(self._caddr, self._key(key, "delete"), self._cpu)
        if rc:
            raise self._error(-rc, "delete")

    def next_key(self, key: Any = None) -> Any:
        """BPF_MAP_GET_NEXT_KEY: the key after ``key`` (the first key for None or a missing key); None at the
        end."""
        self._check_read("next_key")
        k = None if key is None else self._key(key, "next_key")
        rc = self._f_next(self._caddr, k, self._kbuf)
        if rc == -errno.ENOENT:
            return None
        if rc:
            raise self._error(-rc, "next_key")
        return self._decode_key(self._kbuf.raw)

    def lookup_and_delete(self, key: Any = None, flags: int = 0) -> Any:
        """BPF_MAP_LOOKUP_AND_DELETE_ELEM (hash maps; pop for queue/stack)."""
        self._check_read("lookup_and_delete")
        self._check_write("lookup_and_delete")
        k = None if self.keyless else self._key(key, "lookup_and_delete")
        rc = self._n.fast["pb_map_sys_lookup_and_delete"](self._caddr, k, self._vbuf, _flags(flags), self._cpu)
        if rc:
            raise self._error(-rc, "lookup_and_delete")
        return self._decode_value(self._vbuf.raw[:self.sys_value_size])

    def freeze(self) -> None:
        """BPF_MAP_FREEZE: no more writes from user space (programs still write unless BPF_F_RDONLY_PROG)."""
        self._check_write("freeze")
        self.frozen = True

    def lookup_address(self, key: Any, cpu: int | None = None) -> int:
        """Address of the element's value (this CPU's for per-CPU maps), or 0; no side effects (no LRU ref)."""
        k = self._key(key, "lookup_address")
        return self._n.fn["pb_map_value_addr"](self.address, k, self.cpu if cpu is None else cpu) or 0

    # -- batches ---------------------------------------------------------------------------------------------
    _batch_ops: ClassVar[frozenset[str]] = frozenset()

    def _check_batch(self, op: str, elem_flags: int) -> None:
        if op not in self._batch_ops:
            raise self._error(ENOTSUPP, op)
        if elem_flags & ~BPF_F_LOCK and op != "update_batch":
            raise self._error(errno.EINVAL, op, "elem_flags may only be BPF_F_LOCK")
        if elem_flags & BPF_F_LOCK and self.spec.spin_lock_off is None:
            raise self._error(errno.EINVAL, op, "BPF_F_LOCK needs a bpf_spin_lock in the value")

    def lookup_batch(self, in_batch: Any = None, count: int | None = None, *, elem_flags: int = 0) -> BatchResult:
        """BPF_MAP_LOOKUP_BATCH (generic_map_lookup_batch: the cursor is the last key returned)."""
        self._check_read("lookup_batch")
        self._check_batch("lookup_batch", elem_flags)
        keys: list[Any] = []
        values: list[Any] = []
        max_count = self.max_entries if count is None else count
        prev = None if in_batch is None else self._key(in_batch, "lookup_batch")
        while len(keys) < max_count:
            rc = self._f_next(self._caddr, prev, self._kbuf)
            if rc == -errno.ENOENT:
                return BatchResult(keys, values, None)
            self._check(rc, "lookup_batch")
            k = self._kbuf.raw
            rc = self._f_lookup(self._caddr, k, self._vbuf, _flags(elem_flags), self._cpu)
            if rc == 0:
                keys.append(self._decode_key(k))
                values.append(self._decode_value(self._vbuf.raw))
            elif rc != -errno.ENOENT:
                raise self._error(-rc, "lookup_batch")
            prev = k
        return BatchResult(keys, values, self._decode_key(prev) if prev is not None else None)

    def lookup_and_delete_batch(self, in_batch: Any = None, count: int | None = None, *,
                                elem_flags: int = 0) -> BatchResult:
        self._check_batch("lookup_and_delete_batch", elem_flags)
        raise self._error(ENOTSUPP, "lookup_and_delete_batch")

    def update_batch(self, keys: Iterable[Any], values: Iterable[Any], *, elem_flags: int = 0) -> int:
        """BPF_MAP_UPDATE_BATCH: updates in order and stops at the first failure (whose MapError carries
        ``count``, the number done); returns the count."""
        self._check_write("update_batch")
        self._check_batch("update_batch", elem_flags)
        done = 0
        for k, v in zip(keys, values, strict=True):
            try:
                self.update(k, v, elem_flags)
            except MapError as e:
                e.count = done
                raise
            done += 1
        return done

    def delete_batch(self, keys: Iterable[Any], *, elem_flags: int = 0) -> int:
        """BPF_MAP_DELETE_BATCH: deletes in order and stops at the first failure (``count`` on the MapError)."""
        self._check_write("delete_batch")
        self._check_batch("delete_batch", elem_flags)
        done = 0
        for k in keys:
            try:
                self.delete(k)
            except MapError as e:
                e.count = done
                raise
            done += 1
        return done

    # -- dict-like API ---------------------------------------------------------------------------------------
    def __contains__(self, key: Any) -> bool:
        k = self._key(key, "lookup")
        return self._f_lookup(self._caddr, k, self._vbuf, _F0, self._cpu) == 0

    def __len__(self) -> int:
        return int(self._n.fn["pb_map_count"](self.address))

    def __iter__(self) -> Iterator[Any]:
        """Keys in get_next_key order (Linux's iteration order)."""
        return iter(self.keys())

    def _raw_keys(self) -> Iterator[bytes]:
        prev = None
        while True:
            rc = self._f_next(self._caddr, prev, self._kbuf)
            if rc == -errno.ENOENT:
                return
            self._check(rc, "next_key")
            prev = self._kbuf.raw
            yield prev

    def keys(self) -> list[Any]:
        """Snapshot of the keys, in get_next_key order."""
        self._check_read("keys")
        return [self._decode_key(k) for k in self._raw_keys()]

    def items(self) -> list[tuple[Any, Any]]:
        """Snapshot of (key, value) pairs in get_next_key order."""
        self._check_read("items")
        out = []
        for k in self._raw_keys():
            if self._f_lookup(self._caddr, k, self._vbuf, _F0, self._cpu) == 0:
                out.append((self._decode_key(k), self._decode_value(self._vbuf.raw)))
        return out

    def raw_items(self) -> list[tuple[bytes, bytes]]:
        """(key bytes, value bytes in bpf(2) format) pairs, for dumps and comparisons with the kernel."""
        self._check_read("items")
        out = []
        for k in self._raw_keys():
            if self._f_lookup(self._caddr, k, self._vbuf, _F0, self._cpu) == 0:
                out.append((k, self._vbuf.raw[:self.sys_value_size]))
        return out

    def clear(self) -> None:
        """Delete every element (hash-like maps)."""
        for k in list(self._raw_keys()):
            self.delete(k)

    # -- contents --------------------------------------------------------------------------------------------
    def _load_contents(self, contents: Iterable[tuple[Any, Any]]) -> None:
        for k, v in contents:
            self.update(k, v)


class PerCpuMixin:
    """Per-CPU value format: one value per possible CPU, each round_up(value_size, 8) bytes in the bpf(2) layout.
    Lookups return a list of ``nr_cpus`` values; updates take such a list (or the raw concatenated bytes)."""

    def _sys_value_size(self) -> int:
        return self.nr_cpus * ((self.spec.value_size + 7) & ~7)

    def _value(self, value: Any, op: str) -> bytes:
        stride = (self.spec.value_size + 7) & ~7
        if isinstance(value, (bytes, bytearray, memoryview)) and len(value) == self.nr_cpus * stride:
            return bytes(value)
        if not isinstance(value, (list, tuple)) or len(value) != self.nr_cpus:
            raise self._error(errno.EINVAL, op, f"per-CPU maps take a list of {self.nr_cpus} values "
                              f"(one per possible CPU) or {self.nr_cpus * stride} raw bytes")
        parts = []
        for v in value:
            if isinstance(v, (bytes, bytearray, memoryview)) and len(v) == stride:
                parts.append(bytes(v))
                continue
            try:
                parts.append(to_bytes(v, self.spec.value_size, self.value_codec).ljust(stride, b"\0"))
            except (TypeError, ValueError, OverflowError) as e:
                raise self._error(errno.EINVAL, op, f"bad value {v!r}: {e}") from None
        return b"".join(parts)

    def _decode_value(self, raw: bytes) -> list[Any]:
        stride = (self.spec.value_size + 7) & ~7
        vs = self.spec.value_size
        vals = [raw[i * stride:i * stride + vs] for i in range(self.nr_cpus)]
        if self.value_codec is not None:
            return [self.value_codec.decode(v) for v in vals]
        return vals

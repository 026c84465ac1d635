"""Kernel maps with the interpreter maps' API: a :class:`KernelMapHandle` wraps a :class:`pybpf.kernel.KernelMap`
so that ``coll.maps[name]`` behaves the same on both backends (dict-like, ``lookup/update/delete/next_key``,
queue/stack ``push/pop/peek``, ring buffer ``pending/consume``), with MapError carrying Linux's errno.

Two reads Linux offers no bpf(2) command for are done without changing what a program would see: queue and stack
contents are popped and pushed back in the same order; ring buffer records are read through the map's mmap()ed
pages (consumer, producer and data pages, as libbpf's ring_buffer reads them).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import ipaddress
import mmap
import struct
from collections.abc import Iterator
from typing import Any

from pybpf.collection.result import PERCPU_TYPES, split_percpu
from pybpf.errors import KernelError, MapError
from pybpf.kernel import KernelMap
from pybpf.kernel.syscall import MapElemAttr, address, bpf
from pybpf.maps.codec import IntCodec, to_bytes
from pybpf.maps.mapping import MappingMethods
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import BPF_ANY, MapType
from pybpf.uapi import BpfCmd

ARRAY_LIKE = frozenset({MapType.ARRAY, MapType.PERCPU_ARRAY, MapType.PROG_ARRAY, MapType.PERF_EVENT_ARRAY,
                        MapType.CGROUP_ARRAY, MapType.ARRAY_OF_MAPS, MapType.DEVMAP, MapType.CPUMAP,
                        MapType.XSKMAP})
ID_VALUES = frozenset({MapType.PROG_ARRAY, MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS, MapType.PERF_EVENT_ARRAY,
                       MapType.CGROUP_ARRAY})
RINGBUF_BUSY_BIT = 1 << 31
RINGBUF_DISCARD_BIT = 1 << 30
RINGBUF_HDR_SZ = 8
_U64 = struct.Struct("<Q")


def _map_error(err: KernelError, name: str, op: str) -> MapError:
    return MapError(err.errno or errno.EINVAL, f"{op}: {err.reason}", map=name)


class KernelMapHandle(MappingMethods):
    """A kernel map seen through the pybpf map API. Keys and values: bytes of the exact size, ints
    (little-endian), LPM ``(prefixlen, data)`` tuples or ``ipaddress`` objects; per-CPU values are lists (one per
    possible CPU). Values of prog arrays and maps of maps may be Program / map handles (their fds are stored).
    Array-like maps give int keys; id-valued maps give int values, as the interpreter's maps do."""

    def __init__(self, kernel: KernelMap, spec: MapSpec, name: str) -> None:
        self.kernel = kernel
        self.spec = spec
        self._name = name
        self.key_codec = IntCodec(4) if self.type in ARRAY_LIKE else None
        self.value_codec = IntCodec(4) if self.type in ID_VALUES else None
        self._id: int | None = None

    # -- attributes -------------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

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
        return self.kernel.max_entries

    @property
    def flags(self) -> int:
        return self.spec.flags

    @property
    def fd(self) -> int:
        return self.kernel.fd

    @property
    def id(self) -> int:
        if self._id is None:
            from pybpf.kernel import map_info
            self._id = map_info(self.fd).id
        return self._id

    @property
    def nr_cpus(self) -> int:
        from pybpf.kernel import possible_cpus
        return possible_cpus()

    def __repr__(self) -> str:
        return f"KernelMapHandle({self._name!r}, {self.type.name.lower()}, fd {self.kernel.fd})"

    # -- encoding ---------------------------------------------------------------------------------------------
    def _key(self, key: Any, op: str) -> bytes | None:
        if self.type in (MapType.QUEUE, MapType.STACK, MapType.BLOOM_FILTER, MapType.RINGBUF):
            return None
        if isinstance(key, tuple) and len(key) == 2 and self.type == MapType.LPM_TRIE:
            key = struct.pack("<I", key[0]) + bytes(key[1])
        elif isinstance(key, ipaddress.IPv4Network | ipaddress.IPv6Network):
            key = struct.pack("<I", key.prefixlen) + key.network_address.packed
        elif isinstance(key, ipaddress.IPv4Address | ipaddress.IPv6Address):
            key = struct.pack("<I", key.max_prefixlen) + key.packed
        try:
            return to_bytes(key, self.key_size, self.key_codec)
        except (TypeError, ValueError, OverflowError) as e:
            raise MapError(errno.EINVAL, f"{op}: bad key {key!r}: {e}", map=self._name) from None

    def _value(self, value: Any, op: str) -> bytes | list[bytes]:
        fd = getattr(value, "fd", None)
        if isinstance(fd, int) and self.type in (MapType.PROG_ARRAY, MapType.ARRAY_OF_MAPS,
                                                  MapType.HASH_OF_MAPS):
            return fd.to_bytes(4, "little")
        if self.type in PERCPU_TYPES and isinstance(value, list | tuple):
            return [to_bytes(v, self.value_size, None) for v in value]
        try:
            return to_bytes(value, self.kernel.value_buffer_size if self.type in PERCPU_TYPES else self.value_size,
                            self.value_codec)
        except (TypeError, ValueError, OverflowError) as e:
            raise MapError(errno.EINVAL, f"{op}: bad value {value!r}: {e}", map=self._name) from None

    def _decode_key(self, raw: bytes) -> Any:
        return self.key_codec.decode(raw) if self.key_codec is not None else raw

    def _decode_value(self, raw: bytes) -> Any:
        if self.type in PERCPU_TYPES:
            return split_percpu(raw, self.value_size)
        if self.type == MapType.RINGBUF:
            return raw   # a record, as long as it is
        raw = raw[:self.value_size]
        return self.value_codec.decode(raw) if self.value_codec is not None else raw

    # -- bpf(2) operations ------------------------------------------------------------------------------------
    def lookup_raw(self, key: Any = None, flags: int = 0) -> bytes:
        try:
            return self.kernel.lookup(self._key(key, "lookup"), flags)
        except KernelError as e:
            raise _map_error(e, self._name, "lookup") from None

    def lookup(self, key: Any = None, flags: int = 0) -> Any:
        return self._decode_value(self.lookup_raw(key, flags))

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self.lookup(key)
        except MapError as e:
            if e.errno == errno.ENOENT:
                return default
            raise

    def update(self, key: Any, value: Any, flags: int = BPF_ANY) -> None:
        try:
            self.kernel.update(self._key(key, "update"), self._value(value, "update"), flags)
        except KernelError as e:
            raise _map_error(e, self._name, "update") from None

    def delete(self, key: Any) -> None:
        try:
            self.kernel.delete(self._key(key, "delete"))
        except KernelError as e:
            raise _map_error(e, self._name, "delete") from None

    def next_key(self, key: Any = None) -> Any:
        try:
            raw = self.kernel.next_key(None if key is None else self._key(key, "next_key"))
        except KernelError as e:
            raise _map_error(e, self._name, "next_key") from None
        return None if raw is None else self._decode_key(raw)

    def lookup_and_delete(self, key: Any = None, flags: int = 0) -> Any:
        try:
            return self._decode_value(self.kernel.lookup_and_delete(self._key(key, "lookup_and_delete"), flags))
        except KernelError as e:
            raise _map_error(e, self._name, "lookup_and_delete") from None

    def freeze(self) -> None:
        try:
            self.kernel.freeze()
        except KernelError as e:
            raise _map_error(e, self._name, "freeze") from None

    # -- queue, stack, bloom filter ---------------------------------------------------------------------------
    def push(self, value: Any, flags: int = BPF_ANY) -> None:
        self.update(None, value, flags)

    def pop(self) -> Any:
        return self.lookup_and_delete(None)

    def peek(self, value: Any = None) -> Any:
        """The next element of a queue or stack; for a bloom filter, whether ``value`` may be in it."""
        if self.type != MapType.BLOOM_FILTER:
            return self.lookup(None)
        if value is None:
            raise MapError(errno.EINVAL, "peek: a bloom filter tests a value", map=self._name)
        # BPF_MAP_LOOKUP_ELEM on a bloom filter takes the value to test in the value buffer and no key
        buf = ctypes.create_string_buffer(bytes(self._value(value, "peek")), self.value_size)
        try:
            bpf(BpfCmd.MAP_LOOKUP_ELEM, MapElemAttr(map_fd=self.fd, key=0, value=address(buf), flags=0),
                what=f"map {self._name}: BPF_MAP_LOOKUP_ELEM")
        except KernelError as e:
            if e.errno == errno.ENOENT:
                return False
            raise _map_error(e, self._name, "peek") from None
        return True

    # -- iteration --------------------------------------------------------------------------------------------
    def _raw_keys(self) -> Iterator[bytes]:
        try:
            yield from self.kernel.keys()
        except KernelError as e:
            raise _map_error(e, self._name, "next_key") from None

    def raw_items(self) -> list[tuple[bytes, bytes]]:
        """(key bytes, value bytes in bpf(2) format) pairs in get_next_key order; keyless maps: (b"", value)."""
        if self.type in (MapType.QUEUE, MapType.STACK):
            return [(b"", v) for v in self._queue_values()]
        if self.type == MapType.RINGBUF:
            return [(b"", v) for v in self.pending()]
        # bpf(2)'s value layout: per-CPU maps all CPUs' values, id-valued maps the 4-byte id
        size = None if self.type in PERCPU_TYPES else 4 if self.type in ID_VALUES else self.value_size
        out = []
        for k in self._raw_keys():
            try:
                out.append((k, self.kernel.lookup(k)[:size]))
            except KernelError as e:
                if e.errno != errno.ENOENT:
                    raise _map_error(e, self._name, "lookup") from None
        return out

    def keys(self) -> list[Any]:
        if self.type in (MapType.QUEUE, MapType.STACK, MapType.RINGBUF, MapType.BLOOM_FILTER):
            raise MapError(errno.EINVAL, "keys: this map type has no keys", map=self._name)
        return [self._decode_key(k) for k in self._raw_keys()]

    def items(self) -> list[tuple[Any, Any]]:
        if self.type in (MapType.QUEUE, MapType.STACK, MapType.RINGBUF):
            return [(None, self._decode_value(v)) for _, v in self.raw_items()]
        return [(self._decode_key(k), self._decode_value(v)) for k, v in self.raw_items()]

    def __contains__(self, key: Any) -> bool:
        if self.type == MapType.BLOOM_FILTER:
            return bool(self.peek(key))
        if self.type in (MapType.QUEUE, MapType.STACK, MapType.RINGBUF):
            return bytes(key) in [v for _, v in self.raw_items()]
        return self.get(key) is not None

    def __len__(self) -> int:
        if self.type in (MapType.ARRAY, MapType.PERCPU_ARRAY):
            return self.max_entries
        if self.type in (MapType.QUEUE, MapType.STACK, MapType.RINGBUF):
            return len(self.raw_items())
        return sum(1 for _ in self._raw_keys())

    def __iter__(self) -> Iterator[Any]:
        if self.type in (MapType.QUEUE, MapType.STACK, MapType.RINGBUF):
            return iter(self.values())
        return iter(self.keys())

    def clear(self) -> None:
        if self.type in (MapType.QUEUE, MapType.STACK):
            for _ in self._queue_values(restore=False):
                pass
            return
        if self.type == MapType.RINGBUF:
            self.consume()
            return
        for k in list(self._raw_keys()):
            self.delete(k)

    # -- queue and stack contents -----------------------------------------------------------------------------
    def _queue_values(self, *, restore: bool = True) -> list[bytes]:
        """Every element in pop order; with ``restore`` they are pushed back so the map is as it was."""
        popped = []
        while True:
            try:
                popped.append(self.kernel.lookup_and_delete(None))
            except KernelError as e:
                if e.errno == errno.ENOENT:
                    break
                raise _map_error(e, self._name, "pop") from None
        if restore:
            # a queue pops oldest first (push back in that order); a stack newest first (push back reversed)
            for value in popped if self.type == MapType.QUEUE else reversed(popped):
                self.kernel.update(None, value, BPF_ANY)
        return popped

    # -- ring buffer ------------------------------------------------------------------------------------------
    def _ring(self) -> tuple[mmap.mmap, int]:
        page = mmap.PAGESIZE
        size = self.max_entries
        mem = mmap.mmap(self.fd, 2 * page + 2 * size, mmap.MAP_SHARED, mmap.PROT_READ)
        return mem, page

    def _records(self) -> tuple[list[bytes], int]:
        """(committed records not yet consumed, the consumer position past them)."""
        mem, page = self._ring()
        with contextlib.closing(mem):
            cons = _U64.unpack_from(mem, 0)[0]
            prod = _U64.unpack_from(mem, page)[0]
            data = 2 * page
            mask = self.max_entries - 1
            out = []
            while cons < prod:
                off = data + (cons & mask)
                hdr = struct.unpack_from("<I", mem, off)[0]
                if hdr & RINGBUF_BUSY_BIT:
                    break
                n = hdr & ~(RINGBUF_BUSY_BIT | RINGBUF_DISCARD_BIT)
                if not hdr & RINGBUF_DISCARD_BIT:
                    out.append(bytes(mem[off + RINGBUF_HDR_SZ:off + RINGBUF_HDR_SZ + n]))
                cons += (n + RINGBUF_HDR_SZ + 7) & ~7
            return out, cons

    def pending(self) -> list[bytes]:
        """Committed, not yet consumed records (discarded ones skipped), without consuming them."""
        return self._records()[0]

    def consume(self) -> list[bytes]:
        """Read the committed records and advance the consumer position past them."""
        records, cons = self._records()
        page = mmap.PAGESIZE
        cons_page = mmap.mmap(self.fd, page, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
        with contextlib.closing(cons_page):
            _U64.pack_into(cons_page, 0, cons)
        return records

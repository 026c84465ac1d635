"""Keyless maps: QUEUE and STACK (kernel/bpf/queue_stack_maps.c) and BLOOM_FILTER (kernel/bpf/bloom_filter.c).

Queue/stack: push (BPF_EXIST overwrites the oldest element when full, otherwise E2BIG), pop and peek (ENOENT when
empty). Bloom filter: push adds a value, peek tests it (ENOENT: definitely absent).
"""

from __future__ import annotations

import ctypes
import errno
from typing import Any

from pybpf.maps.base import Map, _flags
from pybpf.maps.types import BPF_ANY


class QueueMap(Map):
    """BPF_MAP_TYPE_QUEUE (FIFO); the STACK subclass pops the newest element."""

    kind = "queue"
    keyless = True

    def push(self, value: Any, flags: int = BPF_ANY) -> None:
        self.update(None, value, flags)

    def pop(self) -> Any:
        """Remove and return the next element (MapError ENOENT when empty)."""
        return self.lookup_and_delete(None)

    def peek(self) -> Any:
        return self.lookup(None)

    def values(self) -> list[Any]:
        """Elements in pop order, without removing them."""
        self._check_read("values")
        buf = ctypes.create_string_buffer(max(self.value_size, 1))
        out = []
        for i in range(len(self)):
            self._check(self._n.fn["pb_queue_nth"](self.address, i, buf), "values")
            out.append(self._decode_value(buf.raw[:self.value_size]))
        return out

    def keys(self) -> list[Any]:
        raise self._error(errno.EINVAL, "keys", "queue and stack maps have no keys")

    def items(self) -> list[tuple[Any, Any]]:
        return [(None, v) for v in self.values()]

    def raw_items(self) -> list[tuple[bytes, bytes]]:
        saved, self.value_codec = self.value_codec, None
        try:
            return [(b"", v) for v in self.values()]
        finally:
            self.value_codec = saved

    def __iter__(self):
        return iter(self.values())

    def __contains__(self, value: Any) -> bool:
        return value in self.values()

    def clear(self) -> None:
        while len(self):
            self.pop()

    def _load_contents(self, contents) -> None:
        for _, v in contents:
            self.push(v)


class StackMap(QueueMap):
    """BPF_MAP_TYPE_STACK (LIFO)."""


class BloomFilterMap(Map):
    """BPF_MAP_TYPE_BLOOM_FILTER; ``value in bloom`` is the membership test (false positives possible)."""

    kind = "bloom"
    keyless = True

    def push(self, value: Any, flags: int = BPF_ANY) -> None:
        self.update(None, value, flags)

    def peek(self, value: Any) -> bool:
        """True when the value may be in the set, False when it is definitely not."""
        self._check_read("peek")
        rc = self._f_lookup(self._caddr, None, self._value(value, "peek"), _flags(0), self._cpu)
        if rc == -errno.ENOENT:
            return False
        self._check(rc, "peek")
        return True

    def lookup(self, key: Any = None, flags: int = 0) -> Any:
        """bpf(2) lookup of a bloom filter: the value is the query; returns it when present, else ENOENT."""
        self._check_read("lookup")
        v = self._value(key, "lookup")
        self._check(self._f_lookup(self._caddr, None, v, _flags(flags), self._cpu), "lookup")
        return self._decode_value(v)

    def __contains__(self, value: Any) -> bool:
        return self.peek(value)

    def __len__(self) -> int:
        raise self._error(errno.EOPNOTSUPP, "len", "a bloom filter does not know how many values it holds")

    def keys(self) -> list[Any]:
        raise self._error(errno.EOPNOTSUPP, "keys", "bloom filters cannot be enumerated")

    def items(self) -> list[tuple[Any, Any]]:
        raise self._error(errno.EOPNOTSUPP, "items", "bloom filters cannot be enumerated")

    raw_items = items

    def __iter__(self):
        raise self._error(errno.EOPNOTSUPP, "iter", "bloom filters cannot be enumerated")

    def _load_contents(self, contents) -> None:
        for _, v in contents:
            self.push(v)

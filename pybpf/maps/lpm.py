"""BPF_MAP_TYPE_LPM_TRIE (kernel/bpf/lpm_trie.c): keys are ``struct bpf_lpm_trie_key_u8`` (u32 prefix length,
host order, then the data bytes, big-endian bit order); lookups return the longest matching prefix.

Keys can be given as bytes, as ``(prefixlen, data)`` tuples, or as ``ipaddress`` networks/addresses whose size
matches the map's data size.
"""

from __future__ import annotations

import errno
import ipaddress
import struct
from typing import Any, ClassVar

from pybpf.maps.base import Map


def lpm_key(prefixlen: int, data: bytes) -> bytes:
    """Pack a ``struct bpf_lpm_trie_key_u8``."""
    return struct.pack("<I", prefixlen) + bytes(data)


class LpmKeyCodec:
    """Decodes LPM keys to ``(prefixlen, data)`` tuples."""

    def encode(self, obj: Any) -> bytes:
        prefixlen, data = obj
        return lpm_key(prefixlen, data)

    def decode(self, data: bytes) -> tuple[int, bytes]:
        return struct.unpack_from("<I", data)[0], data[4:]


class LpmTrieMap(Map):
    kind = "lpm"
    _batch_ops: ClassVar[frozenset[str]] = frozenset({"lookup_batch", "update_batch", "delete_batch"})

    @property
    def data_size(self) -> int:
        return self.key_size - 4

    @property
    def max_prefixlen(self) -> int:
        return self.data_size * 8

    def _key(self, key: Any, op: str) -> bytes:
        if isinstance(key, tuple) and len(key) == 2:
            prefixlen, data = key
            data = bytes(data)
            if len(data) != self.data_size or not isinstance(prefixlen, int) or not 0 <= prefixlen < 1 << 32:
                raise self._error(errno.EINVAL, op, f"bad LPM key {key!r}: needs (prefixlen, {self.data_size} "
                                  "bytes)")
            return lpm_key(prefixlen, data)
        if isinstance(key, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
            return self._key((key.prefixlen, key.network_address.packed), op)
        if isinstance(key, (ipaddress.IPv4Address, ipaddress.IPv6Address)):
            return self._key((key.max_prefixlen, key.packed), op)
        return super()._key(key, op)

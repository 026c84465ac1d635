"""Reference models for the map tests: Linux's jhash, a plain-hash bucket model, and an LPM reference."""

from __future__ import annotations

import struct

M32 = 0xFFFFFFFF


def _rol(x: int, s: int) -> int:
    return ((x << s) | (x >> (32 - s))) & M32


def _mix(a: int, b: int, c: int) -> tuple[int, int, int]:
    a = (a - c) & M32; a ^= _rol(c, 4); c = (c + b) & M32  # noqa: E702
    b = (b - a) & M32; b ^= _rol(a, 6); a = (a + c) & M32  # noqa: E702
    c = (c - b) & M32; c ^= _rol(b, 8); b = (b + a) & M32  # noqa: E702
    a = (a - c) & M32; a ^= _rol(c, 16); c = (c + b) & M32  # noqa: E702
    b = (b - a) & M32; b ^= _rol(a, 19); a = (a + c) & M32  # noqa: E702
    c = (c - b) & M32; c ^= _rol(b, 4); b = (b + a) & M32  # noqa: E702
    return a, b, c


def _final(a: int, b: int, c: int) -> tuple[int, int, int]:
    c ^= b; c = (c - _rol(b, 14)) & M32  # noqa: E702
    a ^= c; a = (a - _rol(c, 11)) & M32  # noqa: E702
    b ^= a; b = (b - _rol(a, 25)) & M32  # noqa: E702
    c ^= b; c = (c - _rol(b, 16)) & M32  # noqa: E702
    a ^= c; a = (a - _rol(c, 4)) & M32  # noqa: E702
    b ^= a; b = (b - _rol(a, 14)) & M32  # noqa: E702
    c ^= b; c = (c - _rol(b, 24)) & M32  # noqa: E702
    return a, b, c


def jhash(key: bytes, initval: int) -> int:
    """include/linux/jhash.h jhash() (bytes, little-endian words)."""
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initval) & M32
    k = key
    while length > 12:
        a = (a + int.from_bytes(k[0:4], "little")) & M32
        b = (b + int.from_bytes(k[4:8], "little")) & M32
        c = (c + int.from_bytes(k[8:12], "little")) & M32
        a, b, c = _mix(a, b, c)
        length -= 12
        k = k[12:]
    if length == 0:
        return c
    tail = k[:length].ljust(12, b"\0")
    a = (a + int.from_bytes(tail[0:4], "little")) & M32
    b = (b + int.from_bytes(tail[4:8], "little")) & M32
    c = (c + int.from_bytes(tail[8:12], "little")) & M32
    return _final(a, b, c)[2]


def jhash2(words: list[int], initval: int) -> int:
    length = len(words)
    a = b = c = (0xDEADBEEF + (length << 2) + initval) & M32
    i = 0
    while length > 3:
        a = (a + words[i]) & M32
        b = (b + words[i + 1]) & M32
        c = (c + words[i + 2]) & M32
        a, b, c = _mix(a, b, c)
        length -= 3
        i += 3
    if length == 0:
        return c
    rest = words[i:] + [0] * (3 - length)
    a = (a + rest[0]) & M32
    b = (b + rest[1]) & M32
    c = (c + rest[2]) & M32
    return _final(a, b, c)[2]


def htab_hash(key: bytes, seed: int) -> int:
    """htab_map_hash(): jhash2 for lengths that are a multiple of 4."""
    if len(key) % 4 == 0:
        return jhash2(list(struct.unpack(f"<{len(key) // 4}I", key)), seed)
    return jhash(key, seed)


def roundup_pow2(n: int) -> int:
    p = 1
    while p < n:
        p <<= 1
    return p


class HashModel:
    """Linux's BPF_MAP_TYPE_HASH observable behaviour: contents, errnos and get_next_key order (new and replaced
    elements go to the head of their bucket)."""

    def __init__(self, max_entries: int, seed: int) -> None:
        self.max_entries = max_entries
        self.seed = seed
        self.buckets: list[list[bytes]] = [[] for _ in range(roundup_pow2(max_entries))]
        self.data: dict[bytes, bytes] = {}

    def _bucket(self, key: bytes) -> list[bytes]:
        return self.buckets[htab_hash(key, self.seed) & (len(self.buckets) - 1)]

    def update(self, key: bytes, value: bytes, flags: int) -> int:
        if flags > 2:
            return 22
        exists = key in self.data
        if exists and flags == 1:
            return 17
        if not exists and flags == 2:
            return 2
        if not exists and len(self.data) >= self.max_entries:
            return 7
        b = self._bucket(key)
        if exists:
            b.remove(key)
        b.insert(0, key)
        self.data[key] = value
        return 0

    def delete(self, key: bytes) -> int:
        if key not in self.data:
            return 2
        self._bucket(key).remove(key)
        del self.data[key]
        return 0

    def order(self) -> list[bytes]:
        return [k for b in self.buckets for k in b]


def lpm_bits(data: bytes, n: int) -> str:
    return "".join(f"{byte:08b}" for byte in data)[:n]


class LpmModel:
    """BPF_MAP_TYPE_LPM_TRIE reference: entries are identified by (prefixlen, the first prefixlen bits); lookups
    pick the longest matching prefix; get_next_key order is the trie's post-order."""

    def __init__(self, max_entries: int, data_size: int) -> None:
        self.max_entries = max_entries
        self.data_size = data_size
        self.entries: dict[tuple[int, str], tuple[bytes, bytes]] = {}  # -> (raw key, value)

    def _id(self, key: bytes) -> tuple[int, str]:
        plen = struct.unpack_from("<I", key)[0]
        return plen, lpm_bits(key[4:], plen)

    def update(self, key: bytes, value: bytes, flags: int) -> int:
        plen = struct.unpack_from("<I", key)[0]
        if flags > 2 or plen > self.data_size * 8:
            return 22
        ident = self._id(key)
        if ident in self.entries:
            if flags == 1:
                return 17
        else:
            if flags == 2:
                return 2
            if len(self.entries) >= self.max_entries:
                return 28
        self.entries[ident] = (key, value)
        return 0

    def delete(self, key: bytes) -> int:
        plen = struct.unpack_from("<I", key)[0]
        if plen > self.data_size * 8:
            return 22
        return 0 if self.entries.pop(self._id(key), None) is not None else 2

    def lookup(self, key: bytes) -> bytes | None:
        plen = struct.unpack_from("<I", key)[0]
        if plen > self.data_size * 8:
            return None
        bits = lpm_bits(key[4:], plen)
        best = None
        for (p, pbits), (_, value) in self.entries.items():
            if p <= plen and bits[:p] == pbits and (best is None or p > best[0]):
                best = (p, value)
        return None if best is None else best[1]

    def order(self) -> list[bytes]:
        """Post-order: a more specific prefix before the prefix containing it; otherwise by the first differing
        bit, 0 before 1."""
        import functools

        def cmp(x: tuple[int, str], y: tuple[int, str]) -> int:
            (px, bx), (py, by) = x, y
            n = min(px, py)
            for i in range(n):
                if bx[i] != by[i]:
                    return -1 if bx[i] == "0" else 1
            return -1 if px > py else (1 if px < py else 0)

        return [self.entries[k][0] for k in sorted(self.entries, key=functools.cmp_to_key(cmp))]

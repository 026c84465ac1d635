"""The address space every engine shares: native buffers at real addresses, and the regions a program may touch.

A pointer in a BPF register is a real process address. Stack frames, packet data, ctx, map values, ringbuf records
and user memory are native buffers registered here as :class:`Region` s; the interpreter (and unverified JIT code)
checks every access against them before touching memory, so no program can reach host memory it was not given.
"""

from __future__ import annotations

import bisect
import ctypes
import enum
import struct
from dataclasses import dataclass, field

_UNPACK = {
    (1, False): struct.Struct("<B"), (2, False): struct.Struct("<H"),
    (4, False): struct.Struct("<I"), (8, False): struct.Struct("<Q"),
    (1, True): struct.Struct("<b"), (2, True): struct.Struct("<h"),
    (4, True): struct.Struct("<i"), (8, True): struct.Struct("<q"),
}
_MASKS = {1: 0xFF, 2: 0xFFFF, 4: 0xFFFFFFFF, 8: 0xFFFFFFFFFFFFFFFF}


class RegionKind(enum.Enum):
    """What a region holds; used in fault messages and by the verifier's pointer kinds."""

    STACK = "stack"
    CTX = "ctx"
    PACKET = "packet"
    MEM = "mem"  # input memory of a raw program (conformance r1)
    MAP_VALUE = "map_value"
    MAP_KEY = "map_key"
    RINGBUF = "ringbuf"
    USER = "user"  # memory the caller registered (probe_read, do_on_cpu)
    HELPER = "helper"  # scratch memory a helper returned


class NativeBuffer:
    """Zero-initialised native memory that never moves. ``address`` is stable for the buffer's lifetime."""

    __slots__ = ("_raw", "address", "size", "view")

    def __init__(self, size: int, data: bytes | bytearray | memoryview = b"", *, align: int = 16) -> None:
        # Over-allocate so that the usable area is ``align``-aligned: atomics on real addresses need it.
        self._raw = (ctypes.c_char * (size + align))()
        base = ctypes.addressof(self._raw)
        pad = (-base) % align
        self.address = base + pad
        self.size = size
        self.view = memoryview(self._raw).cast("B")[pad:pad + size]
        if data:
            n = min(len(data), size)
            self.view[:n] = bytes(data[:n])

    def __len__(self) -> int:
        return self.size

    def tobytes(self) -> bytes:
        return self.view.tobytes()


@dataclass(eq=False)
class Region:
    """A contiguous range of native memory a program may access. ``view`` covers exactly ``[base, base+size)``."""

    base: int
    size: int
    kind: RegionKind
    name: str
    view: memoryview
    writable: bool = True
    owner: object = field(default=None, repr=False)  # keeps the native memory alive

    @property
    def end(self) -> int:
        return self.base + self.size

    def contains(self, address: int, size: int = 1) -> bool:
        return self.base <= address and address + size <= self.base + self.size

    def describe(self) -> str:
        ro = "" if self.writable else ", read-only"
        return f"{self.name} [0x{self.base:x}, 0x{self.end:x}) {self.size} bytes{ro}"

    @classmethod
    def of(cls, buf: NativeBuffer, kind: RegionKind, name: str, *, writable: bool = True) -> Region:
        return cls(buf.address, buf.size, kind, name, buf.view, writable, buf)


class AddressSpace:
    """Sorted, non-overlapping regions with bounds-checked access by real address."""

    def __init__(self) -> None:
        self._bases: list[int] = []
        self._regions: list[Region] = []

    # -- membership -----------------------------------------------------------------------------------------
    def add(self, region: Region) -> Region:
        i = bisect.bisect_right(self._bases, region.base)
        if i > 0 and self._regions[i - 1].end > region.base:
            raise ValueError(f"region {region.name} overlaps {self._regions[i - 1].name}")
        if i < len(self._regions) and region.end > self._regions[i].base:
            raise ValueError(f"region {region.name} overlaps {self._regions[i].name}")
        self._bases.insert(i, region.base)
        self._regions.insert(i, region)
        return region

    def remove(self, region: Region) -> None:
        i = bisect.bisect_left(self._bases, region.base)
        if i < len(self._regions) and self._regions[i] is region:
            del self._bases[i]
            del self._regions[i]

    def alloc(self, size: int, kind: RegionKind, name: str, *, data: bytes | bytearray | memoryview = b"",
              writable: bool = True, align: int = 16) -> Region:
        """Allocate a native buffer of ``size`` bytes (initialised from ``data``) and register it."""
        return self.add(Region.of(NativeBuffer(size, data, align=align), kind, name, writable=writable))

    @property
    def regions(self) -> tuple[Region, ...]:
        return tuple(self._regions)

    def __iter__(self):
        return iter(tuple(self._regions))

    # -- lookup ---------------------------------------------------------------------------------------------
    def find(self, address: int, size: int = 1) -> Region | None:
        """The region that holds all of ``[address, address+size)``, or None."""
        i = bisect.bisect_right(self._bases, address) - 1
        if i >= 0:
            r = self._regions[i]
            if address + size <= r.base + r.size:
                return r
        return None

    def nearest(self, address: int) -> Region | None:
        """The region closest to ``address`` (for fault messages)."""
        if not self._regions:
            return None
        i = bisect.bisect_right(self._bases, address)
        candidates = self._regions[max(0, i - 1):i + 1]

        def distance(r: Region) -> int:
            if address < r.base:
                return r.base - address
            return max(0, address - r.end + 1)
        return min(candidates, key=distance)

    def describe_nearest(self, address: int) -> str | None:
        r = self.nearest(address)
        if r is None:
            return None
        if address < r.base:
            rel = f"{r.base - address} bytes before it"
        elif address >= r.end:
            rel = f"{address - r.end} bytes past its end"
        else:
            rel = f"offset {address - r.base}"
        return f"{r.describe()}, {rel}"

    # -- access (bounds-checked; callers turn None/False into a Fault with their own context) -------------------
    def read(self, address: int, size: int) -> bytes | None:
        r = self.find(address, size)
        if r is None:
            return None
        o = address - r.base
        return r.view[o:o + size].tobytes()

    def write(self, address: int, data: bytes | bytearray | memoryview) -> bool:
        r = self.find(address, len(data))
        if r is None or not r.writable:
            return False
        o = address - r.base
        r.view[o:o + len(data)] = data
        return True

    def load(self, address: int, size: int, *, signed: bool = False) -> int | None:
        r = self.find(address, size)
        if r is None:
            return None
        return _UNPACK[size, signed].unpack_from(r.view, address - r.base)[0]

    def store(self, address: int, size: int, value: int) -> bool:
        r = self.find(address, size)
        if r is None or not r.writable:
            return False
        _UNPACK[size, False].pack_into(r.view, address - r.base, value & _MASKS[size])
        return True

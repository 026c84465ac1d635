"""Packet pages below 4 GiB, so that the u32 data pointers of a uapi context hold real addresses.

``struct xdp_md`` and ``struct __sk_buff`` give programs ``data`` / ``data_end`` / ``data_meta`` as u32 fields, which
Linux's verifier rewrites into 64-bit pointer loads from the kernel's real context. pybpf runs the uapi layout as
is (the interpreter, and a JIT, without that rewrite), so the packet must live at an address that fits in 32 bits:
a program's ``r2 = *(u32 *)(r1 + 0)`` then yields the real pointer. Pages come from ``mmap`` with ``MAP_32BIT`` on
x86-64 (the kernel places them in the low 2 GiB), elsewhere from hinted ``MAP_FIXED_NOREPLACE`` mappings below
4 GiB; chunks of 64 pages are kept and reused, pages are zeroed when handed out.
"""

from __future__ import annotations

import ctypes
import mmap
import platform
import threading

from pybpf.errors import PybpfError

PAGE = 4096
CHUNK_PAGES = 64
LOW_LIMIT = 1 << 32
_MAP_32BIT = 0x40
_MAP_FIXED_NOREPLACE = 0x100000
_HINTS = tuple(range(0x1000_0000, 0xF000_0000, 0x0800_0000))  # candidate chunk addresses elsewhere


class LowPage:
    """One zeroed 4 KiB page below 4 GiB; ``release()`` gives it back to the pool."""

    __slots__ = ("_pool", "address", "size", "view")

    def __init__(self, pool: LowMemPool, address: int) -> None:
        self._pool = pool
        self.address = address
        self.size = PAGE
        self.view = memoryview((ctypes.c_char * PAGE).from_address(address)).cast("B")

    def release(self) -> None:
        if self._pool is not None:
            self._pool._free.append(self.address)
            self._pool = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LowPage(0x{self.address:x})"


class LowMemPool:
    """A pool of low pages (process-wide: :func:`low_page`)."""

    def __init__(self) -> None:
        self._free: list[int] = []
        self._lock = threading.Lock()
        self._chunks: list[int] = []
        libc = ctypes.CDLL(None, use_errno=True)
        self._munmap = libc.munmap
        self._munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        self._mmap = libc.mmap
        self._mmap.restype = ctypes.c_void_p
        self._mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                               ctypes.c_long]

    def _map_chunk(self) -> int:
        size = CHUNK_PAGES * PAGE
        prot = mmap.PROT_READ | mmap.PROT_WRITE
        flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS
        failed = ctypes.c_void_p(-1).value
        if platform.machine() in ("x86_64", "AMD64"):
            addr = self._mmap(None, size, prot, flags | _MAP_32BIT, -1, 0)
            if addr not in (None, failed) and addr + size <= LOW_LIMIT:
                return addr
        for hint in _HINTS:
            hint += len(self._chunks) * size
            addr = self._mmap(hint, size, prot, flags | _MAP_FIXED_NOREPLACE, -1, 0)
            if addr not in (None, failed):
                if addr + size <= LOW_LIMIT:
                    return addr
                self._munmap(addr, size)  # the kernel ignored the hint: not usable
        raise PybpfError("cannot map packet memory below 4 GiB (needed for the u32 data pointers of xdp_md and "
                         "__sk_buff)")

    def page(self) -> LowPage:
        with self._lock:
            if not self._free:
                chunk = self._map_chunk()
                self._chunks.append(chunk)
                self._free.extend(chunk + i * PAGE for i in reversed(range(CHUNK_PAGES)))
            address = self._free.pop()
        ctypes.memset(address, 0, PAGE)
        return LowPage(self, address)


_pool: LowMemPool | None = None
_pool_lock = threading.Lock()


def low_page() -> LowPage:
    """A zeroed page below 4 GiB."""
    global _pool
    if _pool is None:
        with _pool_lock:
            if _pool is None:
                _pool = LowMemPool()
    return _pool.page()

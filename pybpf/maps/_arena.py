"""Native memory for maps: anonymous mmap arenas (zero-filled, touched lazily, never moving) and the double-mapped
ring buffer area.

A map's whole storage (header, metadata, values) is one arena, so a value pointer is a real, stable address.
mmap rather than a ctypes array: untouched pages cost nothing, which is what makes preallocation (like Linux's
default for hash maps) affordable for large max_entries.
"""

from __future__ import annotations

import ctypes
import errno
import mmap
import os
import weakref

from pybpf.errors import MapError

_libc = ctypes.CDLL(None, use_errno=True)
_mmap = _libc.mmap
_mmap.restype = ctypes.c_void_p
_mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
_munmap = _libc.munmap
_munmap.restype = ctypes.c_int
_munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]

PAGE_SIZE = mmap.PAGESIZE
_MAP_FAILED = ctypes.c_void_p(-1).value
_MAP_FIXED = 0x10
_MAP_NORESERVE = getattr(mmap, "MAP_NORESERVE", 0x4000)


def _page_align(n: int) -> int:
    return (n + PAGE_SIZE - 1) // PAGE_SIZE * PAGE_SIZE


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 1 << 62


def check_size(size: int) -> None:
    """Refuse maps larger than the machine's memory with ENOMEM, as Linux's allocation would fail: untouched
    pages are free here, but a map that size could not be filled without the OOM killer stepping in."""
    if size > _physical_memory():
        raise MapError(errno.ENOMEM, f"map needs {size} bytes, more than this machine's memory")


def _map(addr: int | None, size: int, prot: int, flags: int, fd: int = -1) -> int:
    p = _mmap(addr, size, prot, flags, fd, 0)
    if p is None or p == _MAP_FAILED:
        e = ctypes.get_errno()
        raise MapError(e or errno.ENOMEM, f"cannot map {size} bytes of map memory: {os.strerror(e or errno.ENOMEM)}")
    return p


def _unmap(addr: int, size: int) -> None:
    _munmap(addr, size)


class Arena:
    """``size`` bytes of zeroed native memory at ``address``; unmapped when the arena is garbage collected."""

    __slots__ = ("__weakref__", "_finalizer", "address", "size")

    def __init__(self, size: int) -> None:
        check_size(size)
        self.size = _page_align(max(size, 1))
        self.address = _map(None, self.size, mmap.PROT_READ | mmap.PROT_WRITE,
                            mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | _MAP_NORESERVE)
        self._finalizer = weakref.finalize(self, _unmap, self.address, self.size)

    def view(self, offset: int = 0, size: int | None = None) -> memoryview:
        """A writable memoryview of ``[address+offset, address+offset+size)``."""
        n = self.size - offset if size is None else size
        return memoryview((ctypes.c_char * n).from_address(self.address + offset)).cast("B")


class RingArena:
    """Linux's ring buffer layout: ``meta_pages`` private pages, then ``data_size`` bytes mapped twice in a row
    (the same physical pages), so a record that wraps around the end is contiguous in memory."""

    __slots__ = ("__weakref__", "_finalizer", "address", "data_size", "meta_size", "size")

    def __init__(self, meta_pages: int, data_size: int) -> None:
        check_size(meta_pages * PAGE_SIZE + data_size)
        self.meta_size = meta_pages * PAGE_SIZE
        self.data_size = data_size
        self.size = self.meta_size + 2 * data_size
        rw = mmap.PROT_READ | mmap.PROT_WRITE
        base = _map(None, self.size, 0,  # PROT_NONE until the pieces are mapped
                    mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | _MAP_NORESERVE)
        self.address = base
        self._finalizer = weakref.finalize(self, _unmap, base, self.size)
        fd = os.memfd_create("pybpf-ringbuf", os.MFD_CLOEXEC)
        try:
            os.ftruncate(fd, data_size)
            _map(base, self.meta_size, rw, mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | _MAP_FIXED)
            _map(base + self.meta_size, data_size, rw, mmap.MAP_SHARED | _MAP_FIXED, fd)
            _map(base + self.meta_size + data_size, data_size, rw, mmap.MAP_SHARED | _MAP_FIXED, fd)
        finally:
            os.close(fd)

    def view(self, offset: int = 0, size: int | None = None) -> memoryview:
        n = self.size - offset if size is None else size
        return memoryview((ctypes.c_char * n).from_address(self.address + offset)).cast("B")

"""UserMemory: page-aligned shared memory that do_on_cpu programs may touch, and the registry of live regions.

Every live UserMemory is registered; the registry keeps a region table (base, end, pin-map address) that native
code scans on every pass-1 access, so an address outside every region fails with EFAULT before any store. The
pin map holds, per page, whether this process has already populated it for reading (1) or writing (3): pass 1
"maps" a page by restarting after ``madvise(MADV_POPULATE_READ/WRITE)``, outside the exclusive section, the
userspace analogue of the prototype's ``get_user_pages``. A region is unmapped only once no run still uses a region
table that contains it.
"""

from __future__ import annotations

import bisect
import ctypes
import errno
import mmap
import os
import threading
import time
import weakref

from pybpf.cpu.limits import PAGE_SIZE
from pybpf.errors import CpuError

_SHM_DIR = "/dev/shm"
MADV_POPULATE_READ = 22  # Linux 5.14
MADV_POPULATE_WRITE = 23
PIN_READ = 1
PIN_WRITE = 3


def _shm_path(name: str) -> str:
    bare = name[1:] if name.startswith("/") else name
    if not bare or "/" in bare or bare in (".", ".."):
        raise CpuError(errno.EINVAL, f"bad shared memory name {name!r}: one path component, like shm_open(3)")
    return os.path.join(_SHM_DIR, bare)


class UserMemory:
    """Shared memory (``MAP_SHARED``) for do_on_cpu programs: inherited across ``fork()``, shared by name.

    ``UserMemory(size)`` is anonymous; ``UserMemory(size, name="x")`` creates ``/dev/shm/x`` (which must not exist)
    and ``UserMemory.open("x")`` maps it in another process. The memory stays mapped and registered until
    :meth:`close`; :meth:`unlink` removes the name. ``address`` is page-aligned; programs get it as an LD_IMM64.
    """

    def __init__(self, size: int, name: str | None = None) -> None:
        if not isinstance(size, int) or size <= 0:
            raise CpuError(errno.EINVAL, f"UserMemory size must be a positive int, not {size!r}")
        if name is None:
            mm = mmap.mmap(-1, size, flags=mmap.MAP_SHARED)
        else:
            path = _shm_path(name)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.ftruncate(fd, size)
                mm = mmap.mmap(fd, size, flags=mmap.MAP_SHARED)
            except BaseException:
                os.unlink(path)
                raise
            finally:
                os.close(fd)
        self._attach(mm, size, name)

    @classmethod
    def open(cls, name: str) -> UserMemory:
        """Map the named shared memory another process created."""
        path = _shm_path(name)
        fd = os.open(path, os.O_RDWR)
        try:
            size = os.fstat(fd).st_size
            if size <= 0:
                raise CpuError(errno.EINVAL, f"{path} is empty")
            mm = mmap.mmap(fd, size, flags=mmap.MAP_SHARED)
        finally:
            os.close(fd)
        self = cls.__new__(cls)
        self._attach(mm, size, name)
        return self

    def _attach(self, mm: mmap.mmap, size: int, name: str | None) -> None:
        anchor = ctypes.c_char.from_buffer(mm)
        self.address: int = ctypes.addressof(anchor)
        del anchor  # the export would keep mmap.close() from working
        self._mmap: mmap.mmap | None = mm
        self.size = size
        self.name = name
        self.buf: memoryview = memoryview(mm)
        self.npages = (size + PAGE_SIZE - 1) // PAGE_SIZE
        self.pins = (ctypes.c_uint8 * self.npages)()
        _registry.add(self)

    @property
    def end(self) -> int:
        return self.address + self.size

    @property
    def closed(self) -> bool:
        return self._mmap is None

    def close(self) -> None:
        """Unregister (waiting for runs that may still use it) and unmap."""
        mm = self._mmap
        if mm is None:
            return
        _registry.remove(self)
        self.buf.release()
        try:
            mm.close()
        except BufferError:
            _registry.add(self)
            self.buf = memoryview(mm)
            raise CpuError(errno.EBUSY, "UserMemory still has exported buffers: release memoryview slices of "
                                        ".buf before close()") from None
        self._mmap = None

    def unlink(self) -> None:
        """Remove the name from /dev/shm (processes that mapped it keep their mapping)."""
        if self.name is None:
            raise CpuError(errno.EINVAL, "anonymous UserMemory has no name to unlink")
        os.unlink(_shm_path(self.name))

    def __enter__(self) -> UserMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"0x{self.address:x}"
        return f"UserMemory({self.size}, name={self.name!r}) at {state}"

    # -- single-copy atomic access for callers outside do_on_cpu (tests, the per-CPU library, the demo) -----------
    def _addr(self, offset: int, size: int) -> int:
        if self.closed:
            raise CpuError(errno.EBADF, "UserMemory is closed")
        if not 0 <= offset <= self.size - size:
            raise CpuError(errno.EFAULT, f"offset {offset} (+{size}) is outside this UserMemory of {self.size} bytes")
        return self.address + offset

    def load(self, offset: int, size: int = 8, *, signed: bool = False) -> int:
        """Atomic (when aligned) load of ``size`` bytes at ``offset``."""
        from pybpf.cpu.jit import primitives

        value = primitives().load(self._addr(offset, size), size)
        if signed and value >> (size * 8 - 1):
            value -= 1 << (size * 8)
        return value

    def store(self, offset: int, value: int, size: int = 8) -> None:
        """Atomic (when aligned) store of ``size`` bytes at ``offset``."""
        from pybpf.cpu.jit import primitives

        primitives().store(self._addr(offset, size), size, value & ((1 << (size * 8)) - 1))


class _Registry:
    """Live UserMemory regions, the native region table, and the contexts of runs in flight."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.mems: list[UserMemory] = []
        self.gen = 0
        self.contexts: weakref.WeakSet = weakref.WeakSet()
        self._publish()

    def _publish(self) -> None:
        table = (ctypes.c_int64 * (4 * max(1, len(self.mems))))()
        for i, mem in enumerate(self.mems):
            table[4 * i:4 * i + 3] = [mem.address, mem.end, ctypes.addressof(mem.pins)]
        self.gen += 1
        # One attribute store publishes a complete table: runs read ``current`` once, without the lock.
        self.current: tuple[int, int, int, object, tuple[tuple[int, int, UserMemory], ...]] = (
            self.gen, ctypes.addressof(table), len(self.mems), table, tuple((m.address, m.end, m) for m in self.mems))

    def add(self, mem: UserMemory) -> None:
        with self.lock:
            i = bisect.bisect([m.address for m in self.mems], mem.address)
            self.mems.insert(i, mem)
            self._publish()

    def remove(self, mem: UserMemory) -> None:
        with self.lock:
            if mem not in self.mems:
                return
            self.mems.remove(mem)
            self._publish()
            gen = self.gen
        self._wait_quiescent(gen)

    def _wait_quiescent(self, gen: int) -> None:
        """Wait until no run uses a region table older than ``gen``."""
        me = getattr(_thread_ctx, "ctx", None)
        if me is not None and me.active:
            raise CpuError(errno.EBUSY, "cannot close a UserMemory from inside a do_on_cpu run")
        while any(c.active and c.table_gen != gen for c in list(self.contexts)):
            time.sleep(0.0002)

    def find(self, address: int, size: int = 1) -> UserMemory | None:
        for base, end, mem in self.current[4]:
            if base <= address and address + size <= end:
                return mem
        return None

    def after_fork_in_child(self) -> None:
        self.lock = threading.Lock()
        for ctx in list(self.contexts):
            ctx.active = False  # only the forking thread survives, and it was not inside a run
        for mem in self.mems:  # shared-mapping page tables are not copied by fork: nothing is populated here
            ctypes.memset(mem.pins, 0, mem.npages)


_registry = _Registry()
_thread_ctx = threading.local()
os.register_at_fork(after_in_child=_registry.after_fork_in_child)


def registry() -> _Registry:
    return _registry


def pin(address: int, rw: int) -> None:
    """Populate the page holding ``address`` for reading (rw=0) or writing (rw=1): pass 1 then restarts."""
    mem = _registry.find(address)
    if mem is None or mem._mmap is None:
        raise CpuError(errno.EFAULT, f"page at 0x{address:x} is in no registered UserMemory")
    index = (address - mem.address) // PAGE_SIZE
    offset = index * PAGE_SIZE
    length = min(PAGE_SIZE, mem.size - offset)
    try:
        mem._mmap.madvise(MADV_POPULATE_WRITE if rw else MADV_POPULATE_READ, offset, length)
    except OSError:  # kernels before 5.14: a read faults the page in; a write fault will happen in pass 2
        mem._mmap[offset]
    mem.pins[index] |= PIN_WRITE if rw else PIN_READ

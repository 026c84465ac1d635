"""Per-CPU exclusion: one robust, process-shared pthread mutex per CPU in a system-wide shared segment.

Holding CPU n's mutex is the userspace stand-in for "preemption disabled on CPU n": every do_on_cpu for CPU n, from
any thread or process, takes it. The segment (``/dev/shm/pybpf-do-on-cpu.v1``, or ``$PYBPF_DO_ON_CPU_SEGMENT``) is
created atomically: initialised under a private name, then ``link(2)``-ed into place, so nobody sees a half-built
one. Mutexes are ``PTHREAD_PROCESS_SHARED`` (they work across ``fork()`` and unrelated processes, and between the
threads of one process) and ``PTHREAD_MUTEX_ROBUST``: when a holder dies, the next locker gets ``EOWNERDEAD`` and
calls ``pthread_mutex_consistent`` (the memory the dead holder was updating may be partially written). One more
mutex, the global lock, serialises runs for offline CPUs and CPUs outside the caller's affinity (glibc only).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import mmap
import os
import struct
import threading

from pybpf.cpu import topology
from pybpf.errors import CpuError

DEFAULT_SEGMENT = "/dev/shm/pybpf-do-on-cpu.v1"
MAGIC = b"PYBPFDOC"
VERSION = 1
SLOT = 64  # bytes per mutex (pthread_mutex_t is 40 bytes on x86_64, 48 on aarch64)
HEADER = 4096
_HDR = struct.Struct("<8sIIII")  # magic, version, slot size, per-CPU slots, sizeof(pthread_mutex_t)
PTHREAD_PROCESS_SHARED = 1
PTHREAD_MUTEX_ROBUST = 1
_MUTEX_SIZE = {"x86_64": 40, "aarch64": 48}.get(os.uname().machine, 48)

_libc = ctypes.CDLL(None, use_errno=True)
for _name in ("pthread_mutex_lock", "pthread_mutex_unlock", "pthread_mutex_consistent", "pthread_mutex_trylock",
              "pthread_mutexattr_init", "pthread_mutexattr_destroy"):
    getattr(_libc, _name).argtypes = [ctypes.c_void_p]
_libc.pthread_mutexattr_setpshared.argtypes = [ctypes.c_void_p, ctypes.c_int]
_libc.pthread_mutexattr_setrobust.argtypes = [ctypes.c_void_p, ctypes.c_int]
_libc.pthread_mutex_init.argtypes = [ctypes.c_void_p, ctypes.c_void_p]


def _fn_address(name: str) -> int:
    return ctypes.cast(getattr(_libc, name), ctypes.c_void_p).value or 0


class Exclusion:
    """The mapped segment: ``mutex_address(cpu)`` / ``global_address`` for native code; ``lock`` / ``unlock``."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or os.environ.get("PYBPF_DO_ON_CPU_SEGMENT") or DEFAULT_SEGMENT
        want = max(1024, max(topology.possible(), default=0) + 1)
        self.mm = self._open() or self._create(want) or self._open()
        if self.mm is None:  # pragma: no cover - created and removed under our feet
            raise CpuError(errno.ENOENT, f"cannot open the do_on_cpu exclusion segment {self.path}")
        anchor = ctypes.c_char.from_buffer(self.mm)
        self.base = ctypes.addressof(anchor)
        del anchor
        self.nslots = _HDR.unpack_from(self.mm, 0)[3]
        self.global_address = self.base + HEADER + self.nslots * SLOT
        self.lock_fn = _fn_address("pthread_mutex_lock")
        self.unlock_fn = _fn_address("pthread_mutex_unlock")
        self.consistent_fn = _fn_address("pthread_mutex_consistent")

    def _open(self) -> mmap.mmap | None:
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return None
        try:
            size = os.fstat(fd).st_size
            if size < HEADER:
                raise CpuError(errno.EINVAL, f"{self.path} is not a do_on_cpu exclusion segment (too small)")
            mm = mmap.mmap(fd, size, flags=mmap.MAP_SHARED)
        finally:
            os.close(fd)
        magic, version, slot, nslots, msize = _HDR.unpack_from(mm, 0)
        if (magic, version, slot, msize) != (MAGIC, VERSION, SLOT, _MUTEX_SIZE) or \
                size < HEADER + (nslots + 1) * SLOT:
            mm.close()
            raise CpuError(errno.EINVAL, f"{self.path} has an unexpected format (magic {magic!r}, version {version}); "
                                         "remove it when no do_on_cpu user runs")
        return mm

    def _create(self, nslots: int) -> mmap.mmap | None:
        tmp = f"{self.path}.{os.getpid()}.{threading.get_native_id()}.tmp"
        size = HEADER + (nslots + 1) * SLOT
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            os.fchmod(fd, 0o666)  # system-wide: every user's do_on_cpu must respect the same locks
            os.ftruncate(fd, size)
            mm = mmap.mmap(fd, size, flags=mmap.MAP_SHARED)
            base = ctypes.addressof(ctypes.c_char.from_buffer(mm))
            attr = (ctypes.c_char * 64)()
            _check(_libc.pthread_mutexattr_init(attr), "pthread_mutexattr_init")
            _check(_libc.pthread_mutexattr_setpshared(attr, PTHREAD_PROCESS_SHARED), "pthread_mutexattr_setpshared")
            _check(_libc.pthread_mutexattr_setrobust(attr, PTHREAD_MUTEX_ROBUST), "pthread_mutexattr_setrobust")
            for i in range(nslots + 1):
                _check(_libc.pthread_mutex_init(base + HEADER + i * SLOT, attr), "pthread_mutex_init")
            _libc.pthread_mutexattr_destroy(attr)
            _HDR.pack_into(mm, 0, MAGIC, VERSION, SLOT, nslots, _MUTEX_SIZE)
            mm.flush()
            mm.close()
            with contextlib.suppress(FileExistsError):  # a concurrent creator won: use theirs
                os.link(tmp, self.path)  # atomic publication of a fully initialised segment
        finally:
            os.close(fd)
            os.unlink(tmp)
        return None

    def mutex_address(self, cpu: int) -> int:
        if not 0 <= cpu < self.nslots:
            raise CpuError(errno.EINVAL, f"CPU {cpu} has no slot in {self.path} ({self.nslots} slots)")
        return self.base + HEADER + cpu * SLOT

    def lock(self, cpu: int | None) -> bool:
        """Take CPU ``cpu``'s mutex (None: the global one). True if its previous holder had died."""
        address = self.global_address if cpu is None else self.mutex_address(cpu)
        rc = _libc.pthread_mutex_lock(address)
        died = rc == errno.EOWNERDEAD
        if died:
            rc = _libc.pthread_mutex_consistent(address)
        _check(rc, "pthread_mutex_lock")
        return died

    def try_lock(self, cpu: int | None) -> bool:
        """Take the mutex if free; False if another thread holds it."""
        address = self.global_address if cpu is None else self.mutex_address(cpu)
        rc = _libc.pthread_mutex_trylock(address)
        if rc == errno.EBUSY:
            return False
        if rc == errno.EOWNERDEAD:
            rc = _libc.pthread_mutex_consistent(address)
        _check(rc, "pthread_mutex_trylock")
        return True

    def unlock(self, cpu: int | None) -> None:
        address = self.global_address if cpu is None else self.mutex_address(cpu)
        _check(_libc.pthread_mutex_unlock(address), "pthread_mutex_unlock")


def _check(rc: int, what: str) -> None:
    if rc:
        raise CpuError(rc, f"{what} failed: {os.strerror(rc)}")


_exclusion: Exclusion | None = None
_lock = threading.Lock()


def exclusion() -> Exclusion:
    """This process's mapping of the system-wide segment (inherited by forked children)."""
    global _exclusion
    if _exclusion is None:
        with _lock:
            if _exclusion is None:
                _exclusion = Exclusion()
    return _exclusion


def _after_fork_in_child() -> None:
    global _lock
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)

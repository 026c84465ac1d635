"""Which CPUs exist, which are online, and which one the calling thread runs on.

The current CPU is read from the ``cpu_id`` field of the rseq area glibc registers for every thread (found at
thread pointer + ``__rseq_offset``), a plain memory read; where glibc did not register rseq it falls back to
``sched_getcpu()``. The online mask can be overridden to simulate offline CPUs (:func:`set_online_override`).
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from functools import lru_cache

_SYSFS = "/sys/devices/system/cpu"
_ONLINE_TTL = 1.0  # seconds: CPU hotplug is rare, and a stale mask only picks the slower, still exclusive, path

_libc = ctypes.CDLL(None, use_errno=True)
_libc.sched_getcpu.restype = ctypes.c_int
_local = threading.local()
_online_cache: tuple[float, frozenset[int]] | None = None
_online_override: frozenset[int] | None = None


def parse_cpu_list(text: str) -> frozenset[int]:
    """Parse a kernel CPU list such as ``0-3,8,10-11``."""
    cpus: set[int] = set()
    for part in text.strip().split(","):
        if not part:
            continue
        lo, _, hi = part.partition("-")
        cpus.update(range(int(lo), int(hi or lo) + 1))
    return frozenset(cpus)


def _read_list(name: str) -> frozenset[int] | None:
    try:
        with open(f"{_SYSFS}/{name}") as f:
            return parse_cpu_list(f.read())
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def possible() -> frozenset[int]:
    """CPUs that can ever exist on this system (fixed at boot)."""
    return _read_list("possible") or frozenset(range(os.cpu_count() or 1))


def online() -> frozenset[int]:
    """CPUs online now (or the override); refreshed at most once a second."""
    global _online_cache
    if _online_override is not None:
        return _online_override
    cache = _online_cache
    now = time.monotonic()
    if cache is None or now > cache[0]:
        cache = _online_cache = (now + _ONLINE_TTL, _read_list("online") or possible())
    return cache[1]


def set_online_override(cpus: frozenset[int] | set[int] | None) -> None:
    """Pretend only ``cpus`` are online (None: use the real mask). For tests on machines with no offline CPU."""
    global _online_override
    _online_override = None if cpus is None else frozenset(cpus)


def refresh_online() -> None:
    """Forget the cached online mask (after a worker found its CPU gone)."""
    global _online_cache
    _online_cache = None


def describe(cpus: frozenset[int]) -> str:
    out: list[str] = []
    for cpu in sorted(cpus):
        if out and out[-1][1] == cpu - 1:
            out[-1] = (out[-1][0], cpu)
        else:
            out.append((cpu, cpu))
    return ",".join(f"{a}" if a == b else f"{a}-{b}" for a, b in out)


def _rseq_cpu_field() -> ctypes.c_int32 | None:
    """The calling thread's rseq ``cpu_id`` as a ctypes view, or None where glibc has no registered rseq area."""
    try:
        offset = ctypes.c_ssize_t.in_dll(_libc, "__rseq_offset").value
        size = ctypes.c_uint.in_dll(_libc, "__rseq_size").value
    except ValueError:
        return None
    if size < 8:  # cpu_id_start (u32) then cpu_id (u32)
        return None
    from pybpf.cpu.jit import thread_pointer  # llvmlite loads lazily: only threads that ask pay for it

    tp = thread_pointer()
    if tp is None:
        return None
    field = ctypes.c_int32.from_address(tp + offset + 4)
    if field.value < 0:  # -1 uninitialised, -2 registration failed
        return None
    return field


def rseq_cpu_address() -> int:
    """Address of the calling thread's rseq ``cpu_id`` (0 if unavailable): native code reads it directly."""
    field = _thread_field()
    return ctypes.addressof(field) if field is not None else 0


def _thread_field() -> ctypes.c_int32 | None:
    try:
        return _local.field
    except AttributeError:
        _local.field = _rseq_cpu_field()
        return _local.field


def current_cpu() -> int:
    """The CPU the calling thread runs on now (it may migrate right after: pin the thread if that matters)."""
    field = _thread_field()
    if field is not None:
        cpu = field.value
        if cpu >= 0:
            return cpu
    return _libc.sched_getcpu()


def sched_getcpu() -> int:
    """glibc's ``sched_getcpu()`` (for cross-checking the rseq read)."""
    return _libc.sched_getcpu()

"""The run environment: what a program can observe about the machine, and what it leaves behind besides memory.

A :class:`RunEnv` owns the native ``struct pbh_env`` every native helper reads: clocks (live, or fixed with an
optional step per read), the prandom state (Linux's LFSR113, seeded like ``prandom_seed_state``), the current
task (pid/tgid, uid/gid, comm), the CPU and NUMA node; and it collects what runs produce: trace_printk lines, perf
samples (moved into their PerfEventArrayMap), the last redirect decision. ``RunEnv.deterministic()`` fixes all of
it, so two runs of the same program on the same input give the same result bit for bit.
"""

from __future__ import annotations

import ctypes
import os
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pybpf.helpers import _native as hn

_LOG_HDR = struct.Struct("<II")
DEFAULT_TRACE_CAPACITY = 1 << 16
DEFAULT_PERF_CAPACITY = 1 << 20


@dataclass(frozen=True)
class Redirect:
    """A redirect decision (Linux's bpf_redirect_info): ``kind`` "tc" | "xdp" | "map", the target ifindex or map
    key, flags, and the map's id and type for redirect_map. ``count`` is how many decisions the run made."""

    kind: str
    target: int
    flags: int
    map_id: int
    map_type: int
    count: int


def _seed_state(seed: int) -> tuple[int, int, int, int]:
    """prandom_seed_state(state, seed)."""
    i = ((seed >> 32) ^ (seed << 10) ^ seed) & 0xFFFFFFFF

    def s(m: int) -> int:
        return i + m if i < m else i
    return s(2), s(8), s(16), s(128)


def _current_comm() -> bytes:
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/comm", "rb") as fh:
            return fh.read().strip()[:15]
    except OSError:
        return b"python"


def _clock_gettime_address() -> int:
    libc = ctypes.CDLL(None)
    return ctypes.cast(libc.clock_gettime, ctypes.c_void_p).value or 0


class RunEnv:
    """The environment of runs. Live by default (host clocks, random seed, this process's ids); every knob can be
    fixed. ``cpu`` is the CPU programs run on (bpf_get_smp_processor_id, per-CPU maps)."""

    def __init__(self, *, time_ns: int | None = None, time_step: int = 0, boot_ns: int | None = None,
                 coarse_ns: int | None = None, tai_ns: int | None = None, seed: int | None = None,
                 pid: int | None = None, tgid: int | None = None, uid: int | None = None, gid: int | None = None,
                 comm: str | bytes | None = None, cpu: int = 0, numa_node: int = 0, nr_cpus: int | None = None,
                 trace_capacity: int = DEFAULT_TRACE_CAPACITY, perf_capacity: int = DEFAULT_PERF_CAPACITY) -> None:
        self._env = hn.PbhEnv(magic=hn.ENV_MAGIC)
        self.address = ctypes.addressof(self._env)
        self._trace_buf = ctypes.create_string_buffer(trace_capacity)
        self._perf_buf = ctypes.create_string_buffer(perf_capacity)
        e = self._env
        e.trace.buf, e.trace.cap = ctypes.addressof(self._trace_buf), trace_capacity
        e.perf.buf, e.perf.cap = ctypes.addressof(self._perf_buf), perf_capacity
        self._mem_array: ctypes.Array | None = None
        self.packet_changed: Callable[[], None] | None = None  # set by a run whose packet helpers can move data
        self._extra: list[tuple[int, int, int, object]] = []  # (base, size, flags, owner)
        if time_ns is None:
            e.flags |= hn.ENV_LIVE_TIME
            e.clock_gettime = _clock_gettime_address()
        else:
            base = time_ns
            for i, value in enumerate((base, boot_ns, coarse_ns, tai_ns)):
                e.time[i] = (base if value is None else value) & 0xFFFFFFFFFFFFFFFF
            e.time_step = time_step
        self.seed(int.from_bytes(os.urandom(8), "little") if seed is None else seed)
        tid = threading.get_native_id() if pid is None else pid
        e.pid_tgid = ((os.getpid() if tgid is None else tgid) << 32 | tid) & 0xFFFFFFFFFFFFFFFF
        e.uid_gid = ((os.getgid() if gid is None else gid) << 32 | (os.getuid() if uid is None else uid))
        self.comm = comm if comm is not None else _current_comm()
        e.cpu = cpu
        e.numa_node = numa_node
        if nr_cpus is None:
            from pybpf.maps.types import possible_cpus
            nr_cpus = possible_cpus()
        e.nr_cpus = nr_cpus

    @classmethod
    def deterministic(cls, *, time_ns: int = 1_000_000_000, time_step: int = 0, seed: int = 0, pid: int = 1000,
                      tgid: int = 1000, uid: int = 0, gid: int = 0, comm: str = "pybpf", cpu: int = 0,
                      **kw) -> RunEnv:
        """Everything fixed: the same program on the same input runs the same way every time."""
        return cls(time_ns=time_ns, time_step=time_step, seed=seed, pid=pid, tgid=tgid, uid=uid, gid=gid,
                   comm=comm, cpu=cpu, **kw)

    # -- knobs --------------------------------------------------------------------------------------------------
    @property
    def cpu(self) -> int:
        return self._env.cpu

    @cpu.setter
    def cpu(self, value: int) -> None:
        self._env.cpu = value

    @property
    def nr_cpus(self) -> int:
        return self._env.nr_cpus

    @property
    def comm(self) -> bytes:
        return bytes(self._env.comm).split(b"\0", 1)[0]

    @comm.setter
    def comm(self, value: str | bytes) -> None:
        raw = value.encode() if isinstance(value, str) else bytes(value)
        self._env.comm = raw[:15]

    @property
    def pid_tgid(self) -> int:
        return self._env.pid_tgid

    @property
    def uid_gid(self) -> int:
        return self._env.uid_gid

    @property
    def live_time(self) -> bool:
        return bool(self._env.flags & hn.ENV_LIVE_TIME)

    def set_time(self, time_ns: int, *, step: int | None = None) -> None:
        """Fix every clock at ``time_ns`` (optionally advancing by ``step`` ns per read)."""
        e = self._env
        e.flags &= ~hn.ENV_LIVE_TIME
        for i in range(4):
            e.time[i] = time_ns & 0xFFFFFFFFFFFFFFFF
        if step is not None:
            e.time_step = step

    def seed(self, seed: int) -> None:
        """Reseed bpf_get_prandom_u32 (prandom_seed_state)."""
        for i, v in enumerate(_seed_state(seed & 0xFFFFFFFFFFFFFFFF)):
            self._env.rnd[i] = v

    # -- memory helpers may read through unchecked pointers ------------------------------------------------------
    def add_memory(self, base: int, size: int, *, user: bool = False, owner: object = None) -> None:
        """Let probe_read (and %s formats) read ``[base, base+size)``: user memory (probe_read_user) or kernel
        memory (probe_read_kernel). Memory the program can access directly is readable as kernel memory anyway."""
        self._extra.append((base, size, hn.MEM_USER if user else hn.MEM_KERNEL, owner))

    def clear_memory(self) -> None:
        self._extra.clear()

    def sync_memory(self, regions: Iterable[tuple[int, int, int]]) -> None:
        """Install the readable ranges: ``regions`` (base, size, flags) plus :meth:`add_memory`'s."""
        spans = sorted([*((b, s, f) for b, s, f in regions if s > 0), *((b, s, f) for b, s, f, _ in self._extra)])
        merged: list[tuple[int, int, int]] = []
        for base, size, flags in spans:
            end = base + size
            if merged and base < merged[-1][1]:  # overlapping ranges: keep the first, clip the second
                if end <= merged[-1][1]:
                    continue
                base = merged[-1][1]
            merged.append((base, end, flags))
        arr = (hn.PbhMem * max(1, len(merged)))(*(hn.PbhMem(b, e, f) for b, e, f in merged))
        self._mem_array = arr
        self._env.mem = ctypes.addressof(arr)
        self._env.nmem = len(merged)

    # -- what runs leave behind ---------------------------------------------------------------------------------
    def begin_run(self) -> None:
        """Forget the previous run's redirect decision and tail-call count."""
        ctypes.memset(ctypes.addressof(self._env.redirect), 0, ctypes.sizeof(hn.PbhRedirect))
        self._env.tail_call_cnt = 0

    @property
    def redirect(self) -> Redirect | None:
        r = self._env.redirect
        if not r.set:
            return None
        kind = {hn.REDIR_TC: "tc", hn.REDIR_XDP: "xdp", hn.REDIR_MAP: "map"}.get(r.kind, "?")
        return Redirect(kind, r.ifindex, r.flags, r.map_id, r.map_type, r.set)

    def _drain(self, log: hn.PbhLog, buf: ctypes.Array) -> list[tuple[int, bytes]]:
        raw = ctypes.string_at(ctypes.addressof(buf), log.len)
        out = []
        pos = 0
        while pos + 8 <= len(raw):
            length, tag = _LOG_HDR.unpack_from(raw, pos)
            out.append((tag, raw[pos + 8:pos + 8 + length]))
            pos += 8 + (length + 7) // 8 * 8
        log.len = 0
        log.count = 0
        return out

    def drain_trace(self) -> list[str]:
        """The trace_printk lines written since the last drain."""
        return [data.decode("latin-1") for _, data in self._drain(self._env.trace, self._trace_buf)]

    def drain_perf(self) -> list[tuple[int, int, bytes]]:
        """(map id, cpu, data) of the perf samples written since the last drain."""
        return [(tag, int.from_bytes(data[:4], "little"), data[4:])
                for tag, data in self._drain(self._env.perf, self._perf_buf)]

    @property
    def lost(self) -> tuple[int, int]:
        """(trace lines, perf samples) dropped because the native log was full."""
        return self._env.trace.lost, self._env.perf.lost

    # -- packet state (set by pybpf.progtypes) ------------------------------------------------------------------
    def attach_packet(self, *, xdp: int = 0, skb: int = 0) -> None:
        """Point the packet helpers at a native pbh_xdp / pbh_skb (0 detaches)."""
        self._env.xdp = xdp
        self._env.skb = skb

    def __repr__(self) -> str:
        mode = "live" if self.live_time else f"fixed t={self._env.time[0]}"
        return f"RunEnv({mode}, cpu={self.cpu}, pid_tgid=0x{self.pid_tgid:x}, comm={self.comm!r})"

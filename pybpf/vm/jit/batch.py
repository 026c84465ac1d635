"""Batch mode: one XDP program over many packets in a native loop, without returning to Python per packet.

    from pybpf import Collection
    from pybpf.vm.jit.batch import run_batch
    with Collection("filter.o", "jit") as coll:
        res = run_batch(coll.programs["xdp_filter"], packets)      # list of bytes, a numpy array, or a pcap path
        res.retvals, res.data_out, res.packets_per_second

Each packet runs exactly as ``Program.run(packet)`` would (BPF_PROG_TEST_RUN semantics: a fresh 4 KiB frame with
256 bytes of headroom, the packet region bounded by the packet, the run's redirect decision reset), one after the
other on the same maps, so map updates accumulate as they would over a sequence of test runs. The loop runs in
native code (:func:`pybpf.vm.jit.runtime` ``pybpf_jit_batch_xdp``): per packet it copies the packet into the frame,
points ``xdp_md``, the helpers' xdp buffer and the packet region's table entry at it, runs the program and stores
the verdict (and, with ``keep_packets``, the packet as the program left it). It returns to Python only when a run
stops with an error (recorded for that packet, like ``run_error``) or Python code ran during a packet (a Python
helper, a packet adjustment): then the packet region is re-synchronised and the loop resumes.

Packets the test run would reject (shorter than an Ethernet header, longer than the linear area) are run through
``Program.run`` to get its exact error. Other program types run packet by packet through ``Program.run``.
"""

from __future__ import annotations

import ctypes
import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from pybpf.errors import PybpfError
from pybpf.vm.jit import abi, runstate
from pybpf.vm.jit.runtime import BATCH_FIELDS, function

ETH_HLEN = 14
CHUNK = 4096  # packets per native call when their output is kept (bounds the output buffer)


@dataclass
class BatchResult:
    """Per packet: ``retvals`` (the u32 verdicts; 0 for a packet whose run failed), ``errors`` (index -> the
    error, compared like ``pybpf.collection.compare.run_error``), ``data_out`` (the packets after their runs, when
    kept); ``duration_ns`` is the time spent in the batch (native loop included, Python setup excluded)."""

    retvals: array
    errors: dict[int, str] = field(default_factory=dict)
    data_out: list[bytes] | None = None
    duration_ns: int = 0
    log: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.retvals)

    @property
    def packets_per_second(self) -> float:
        return self.count / (self.duration_ns / 1e9) if self.duration_ns else 0.0

    def verdicts(self) -> dict[int, int]:
        """retval -> number of packets (errors excluded)."""
        out: dict[int, int] = {}
        for i, r in enumerate(self.retvals):
            if i not in self.errors:
                out[r] = out.get(r, 0) + 1
        return out


@dataclass
class _Packets:
    """Packets packed for native code: one buffer, a u64 offset and a u32 length per packet."""

    buffer: Any
    base: int
    offsets: Any
    lengths: Any
    count: int

    @classmethod
    def of(cls, packets: Any) -> _Packets:
        if isinstance(packets, (str, Path)):
            from pybpf.collection.pcap import read_pcap
            packets = [p.data for p in read_pcap(packets)]
        shape = getattr(packets, "shape", None)
        if shape is not None and len(shape) == 2:  # a numpy array of fixed-size packets, one per row
            import numpy as np
            arr = np.ascontiguousarray(packets, dtype=np.uint8)
            n, width = arr.shape
            offsets = np.arange(0, max(1, n) * width, width, dtype=np.uint64)
            lengths = np.full(max(1, n), width, dtype=np.uint32)
            return cls(arr, arr.ctypes.data, offsets, lengths, n)
        items = packets if isinstance(packets, (list, tuple)) else list(packets)
        n = len(items)
        lengths = array("I", map(len, items)) if n else array("I", [0])
        offsets = array("Q", accumulate(lengths, initial=0))  # C-speed packing: no Python loop per packet
        joined = b"".join(items) or b"\0"  # any bytes-like packets; native code only reads the buffer
        return cls(joined, ctypes.cast(ctypes.c_char_p(joined), ctypes.c_void_p).value or 0, offsets, lengths, n)

    def packet(self, i: int) -> bytes:
        return ctypes.string_at(self.base + int(self.offsets[i]), int(self.lengths[i]))

    @staticmethod
    def address(a: Any) -> int:
        if isinstance(a, array):
            return a.buffer_info()[0]
        numpy_data = getattr(getattr(a, "ctypes", None), "data", None)
        return numpy_data if numpy_data is not None else ctypes.addressof(a)


def run_batch(program: Any, packets: Iterable[bytes] | Any, *, keep_packets: bool = False,
              progress: Callable[[int], None] | None = None) -> BatchResult:
    """Run ``program`` (a Collection Program on the jit backend) once per packet, in order."""
    backend = program.collection._backend
    loaded = program._loaded
    jit = getattr(loaded, "jit", None)
    from pybpf.uapi import ProgType
    if jit is None or program.type != ProgType.XDP:
        return _one_by_one(program, packets, keep_packets, progress)
    return _native(program, backend, jit, _Packets.of(packets), keep_packets, progress)


def _one_by_one(program: Any, packets: Any, keep: bool, progress: Callable[[int], None] | None) -> BatchResult:
    from pybpf.collection.compare import run_error
    pk = _Packets.of(packets)
    res = BatchResult(array("I", bytes(4 * pk.count)), data_out=[] if keep else None)
    t0 = time.perf_counter_ns()
    for i in range(pk.count):
        try:
            r = program.run(pk.packet(i))
            res.retvals[i] = r.retval
            res.log.extend(r.log)
            if res.data_out is not None:
                res.data_out.append(r.data_out)
        except PybpfError as err:
            res.errors[i] = run_error(err)
            if res.data_out is not None:
                res.data_out.append(b"")
        if progress is not None:
            progress(i + 1)
    res.duration_ns = time.perf_counter_ns() - t0
    return res


def _native(program: Any, backend: Any, jit: Any, pk: _Packets, keep: bool,
            progress: Callable[[int], None] | None) -> BatchResult:
    from pybpf.collection.compare import run_error
    from pybpf.progtypes import get
    from pybpf.progtypes.lowmem import PAGE
    from pybpf.progtypes.xdp import SKB_SHINFO_SIZE, XDP_PACKET_HEADROOM

    info = get(program.type)
    env = backend.env
    n = pk.count
    res = BatchResult(array("I", bytes(4 * n)), data_out=[] if keep else None)
    max_linear = PAGE - XDP_PACKET_HEADROOM - SKB_SHINFO_SIZE
    # room per kept packet: its length plus what head adjustments can add; one that grows more (tail adjustments)
    # stops the native loop and is copied from the frame by Python
    longest = int(pk.lengths.max()) if hasattr(pk.lengths, "max") else max(pk.lengths[:n] or [0])
    stride = (longest if n else 0) + XDP_PACKET_HEADROOM
    stride = (stride + 63) // 64 * 64
    out = ctypes.create_string_buffer(stride * CHUNK) if keep else None
    run = _Run(jit, backend.space, env, pk, res, out, stride, max_linear, progress)
    jit.compile()
    i = 0
    while i < n:
        if not ETH_HLEN <= pk.lengths[i] <= max_linear:  # the test run refuses it: Program.run says how
            try:
                run.verdicts[i] = program.run(pk.packet(i)).retval
            except PybpfError as err:
                res.errors[i] = run_error(err)
            if keep:
                assert res.data_out is not None
                res.data_out.append(b"")
            i += 1
            continue
        with info.prepare(backend.space, pk.packet(i), None, env=env,
                          attach=program.spec.expected_attach_type) as prepared:
            i = run.segment(prepared, i)
    res.retvals = array("I")
    res.retvals.frombytes(memoryview(run.verdicts).cast("B")[:4 * n])
    res.duration_ns = run.spent
    return res


class _Run:
    """The state of one batch across native calls."""

    def __init__(self, jit: Any, space: Any, env: Any, pk: _Packets, res: BatchResult, out: Any, stride: int,
                 max_linear: int, progress: Callable[[int], None] | None) -> None:
        self.jit, self.space, self.env, self.pk, self.res = jit, space, env, pk, res
        self.out, self.stride, self.max_linear, self.progress = out, stride, max_linear, progress
        n = max(1, pk.count)
        self.verdicts = (ctypes.c_uint32 * n)()
        self.outlens = (ctypes.c_uint32 * n)()
        self.fn = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, ctypes.c_void_p)(
            function("pybpf_jit_batch_xdp"))
        self.desc = (ctypes.c_uint64 * len(BATCH_FIELDS))()
        self.words = {name: i for i, name in enumerate(BATCH_FIELDS)}
        self.spent = 0

    def segment(self, prepared: Any, i: int) -> int:
        """Run packets from ``i`` natively in one prepared XDP context (in chunks when packets are kept, so the
        output stays in cache), up to the first one the test run would refuse; returns the next index."""
        from pybpf.collection.compare import run_error

        jit, pk, res, env = self.jit, self.pk, self.res, self.env
        n = pk.count
        shadow = prepared.state["shadow"]
        frame = prepared.state["page"].address + XDP_HEADROOM
        while i < n:
            upto = n if self.out is None else min(n, i + CHUNK)
            ctx, table = jit._ctx, jit._table
            ctx[abi.W_STATUS] = 0  # the loop resets it per packet it runs: none may run (a refused first packet)
            ctx[abi.W_ENV] = env.address if env is not None else 0
            table.update(self.space)
            table.install(ctx)
            region = prepared.state["packet"]
            index = next(k for k, r in enumerate(table.key) if r is region)
            state = runstate.RunState(jit, self.space, ctx, table, jit.stack_regions)
            state.batch_resync = lambda: prepared.runner.sync(prepared)
            vals = {"run": ctypes.cast(jit._run_fn, ctypes.c_void_p).value, "count": upto, "base": pk.base,
                    "offsets": _Packets.address(pk.offsets), "lengths": _Packets.address(pk.lengths),
                    "verdicts": ctypes.addressof(self.verdicts),
                    "out": ctypes.addressof(self.out) if self.out is not None else 0, "stride": self.stride,
                    "outlens": ctypes.addressof(self.outlens), "frame": frame, "md": prepared.r1,
                    "shadow": ctypes.addressof(shadow), "tentry": table.address + 24 * index,
                    "env": env.address if env is not None else 0, "hintbase": runstate.new_version() << 32,
                    "start": i, "minlen": ETH_HLEN, "maxlen": self.max_linear, "r0s": 0}
            for name, value in vals.items():
                self.desc[self.words[name]] = value
            runstate.activate(state)
            t0 = time.perf_counter_ns()
            try:
                done = self.fn(ctypes.addressof(self.desc), state.ctx_address)
            finally:
                self.spent += time.perf_counter_ns() - t0
                runstate.deactivate(state)
                table.key = None  # the native loop moved the packet region's end: rebuild the table next time
            failed = bool(ctx[abi.W_STATUS])
            # a packet during which Python ran ends the native call, so trace lines all come from its last packet:
            # a failed run reports none, as a failed test run does
            if state._run is not None and not failed:
                res.log.extend(state._run.ctx.trace)
            if failed:
                try:
                    state.outcome(0)  # an END event: the program ended with r0 = 0
                except PybpfError as err:
                    res.errors[done] = run_error(err)
                self.verdicts[done] = 0
            state.close()
            last = done + 1 if failed else done
            if self.out is not None:
                self._keep(i, last, shadow)
            refused = not failed and done < upto and not ETH_HLEN <= pk.lengths[done] <= self.max_linear
            i = last
            if self.progress is not None:
                self.progress(i)
            if refused:
                return i  # the caller runs it through Program.run
            if i < upto:
                prepared.runner.sync(prepared)  # Python ran (or a run failed): the region is the runner's again
        return i

    def _keep(self, start: int, stop: int, shadow: Any) -> None:
        """Copy the kept packets [start, stop) out of the chunk buffer."""
        data_out = self.res.data_out
        assert data_out is not None and self.out is not None
        base = ctypes.addressof(self.out)
        for j in range(start, stop):
            length = self.outlens[j]
            if j in self.res.errors:
                data_out.append(b"")
            elif length > self.stride:  # outgrew its room: the native loop stopped right after it
                data_out.append(ctypes.string_at(shadow.data_meta, length))
            else:
                data_out.append(ctypes.string_at(base + (j - start) * self.stride, length))


XDP_HEADROOM = 256


def batch_runs(program: Any, packets: Sequence[bytes], *, progress: Callable[[int], None] | None = None
               ) -> tuple[list[Any], BatchResult]:
    """:func:`run_batch` with the packets kept, as the per-packet results ``pybpf run --pcap`` shows (a
    RunResult per packet, or the error text; ``duration_ns`` the batch's mean ns per packet)."""
    from pybpf.collection.result import RunResult

    res = run_batch(program, packets, keep_packets=True, progress=progress)
    mean = res.duration_ns // max(1, res.count)
    runs: list[Any] = []
    assert res.data_out is not None
    for i in range(res.count):
        if i in res.errors:
            runs.append(res.errors[i])
        else:
            runs.append(RunResult(res.retvals[i], res.retvals[i], res.data_out[i], None, mean, (), "jit",
                                  program.name, program.type))
    if res.log and runs and not isinstance(runs[-1], str):  # the log of the whole batch, on its last packet
        last = runs[-1]
        runs[-1] = RunResult(last.retval, last.r0, last.data_out, None, mean, tuple(res.log), "jit", program.name,
                             program.type)
    return runs, res

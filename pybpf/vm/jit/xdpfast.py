"""Single XDP test runs without building the context in Python: ``Program.run(packet)`` on the jit backend.

A test run of an XDP program without ``ctx_in`` always looks the same (pybpf.progtypes.xdp): a 4 KiB frame below
4 GiB with 256 bytes of headroom, ``xdp_md`` pointing at the packet (ingress ifindex 1, queue 0), the helpers'
xdp buffer, the packet region. :class:`FastXdp` builds that once per program and reuses it: each run goes through
the batch loop (``pybpf_jit_batch_xdp``) with one packet, which copies the packet in, points everything at it,
resets the run and the env's redirect decision, runs, and copies the packet out. The frame's regions are not in
the address space between runs (nothing outside the run can see them, as with a closed test-run context); native
code sees them through the region table, and Python code that runs during the run (a helper) gets them
registered, exactly as the interpreter's context has them, until the run ends.
"""

from __future__ import annotations

import ctypes
import time
from typing import Any

from pybpf.helpers import _native as hn
from pybpf.progtypes.base import ctx_region
from pybpf.progtypes.lowmem import PAGE, low_page
from pybpf.progtypes.xdp import (
    DATA,
    DATA_END,
    DATA_META,
    INGRESS_IFINDEX,
    SKB_SHINFO_SIZE,
    XDP_MD_SIZE,
    XDP_PACKET_HEADROOM,
)
from pybpf.vm.jit import abi, runstate
from pybpf.vm.jit.runtime import BATCH_FIELDS, function
from pybpf.vm.memory import NativeBuffer, Region, RegionKind

ETH_HLEN = 14
MAX_LINEAR = PAGE - XDP_PACKET_HEADROOM - SKB_SHINFO_SIZE
M32 = 0xFFFFFFFF


class FastXdp:
    """One program's reusable XDP test-run frame."""

    def __init__(self, jit: Any, space: Any, env: Any) -> None:
        self.jit, self.space, self.env = jit, space, env
        self.page = low_page()
        self.frame = self.page.address + XDP_PACKET_HEADROOM
        self.md = NativeBuffer(XDP_MD_SIZE)
        ctypes.c_uint32.from_address(self.md.address + INGRESS_IFINDEX).value = 1  # lo, queue 0
        self.shadow = hn.PbhXdp(data=self.frame, data_end=self.frame, data_meta=self.frame,
                                data_hard_start=self.page.address, ctx=self.md.address, frame_sz=PAGE)
        self.md_region = ctx_region(self.md, "xdp_md", writable=False)
        # stands for the packet in the native table; its end is the packet's, written natively per run
        self.packet_slot = Region(self.frame, 1, RegionKind.PACKET, "packet", self.page.view[XDP_PACKET_HEADROOM:
                                                                                           XDP_PACKET_HEADROOM + 1])
        self.table = runstate.RegionTable()
        self.table.extra = (self.md_region, self.packet_slot)
        self.out = ctypes.create_string_buffer(PAGE)
        self.inbuf = ctypes.create_string_buffer(MAX_LINEAR)  # the packet, copied in (one address for every run)
        self._index_key: tuple | None = None
        self._index = 0
        self.verdict = (ctypes.c_uint32 * 1)()
        self.r0 = (ctypes.c_uint64 * 1)()
        self.outlen = (ctypes.c_uint32 * 1)()
        self.offset = (ctypes.c_uint64 * 1)()
        self.length = (ctypes.c_uint32 * 1)()
        self.fn = ctypes.PYFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, ctypes.c_void_p)(
            function("pybpf_jit_batch_xdp"))
        self.desc = (ctypes.c_uint64 * len(BATCH_FIELDS))()
        self.words = {name: i for i, name in enumerate(BATCH_FIELDS)}
        for name, value in (("count", 1), ("offsets", ctypes.addressof(self.offset)),
                            ("lengths", ctypes.addressof(self.length)), ("verdicts", ctypes.addressof(self.verdict)),
                            ("out", ctypes.addressof(self.out)), ("stride", PAGE - XDP_PACKET_HEADROOM),
                            ("outlens", ctypes.addressof(self.outlen)), ("frame", self.frame),
                            ("md", self.md.address), ("shadow", ctypes.addressof(self.shadow)), ("start", 0),
                            ("minlen", ETH_HLEN), ("maxlen", MAX_LINEAR), ("r0s", ctypes.addressof(self.r0)),
                            ("base", ctypes.addressof(self.inbuf))):
            self.desc[self.words[name]] = value
        self.registered: list[Region] = []

    @staticmethod
    def usable(data: bytes) -> bool:
        return ETH_HLEN <= len(data) <= MAX_LINEAR

    def close(self) -> None:
        self.page.release()

    # -- one run ---------------------------------------------------------------------------------------------------
    def run(self, data: bytes) -> tuple[int, int, bytes, list[str], int]:
        """(retval, r0, data_out, log, ns) of one test run on ``data`` (a usable length). Raises what the run
        raises, like the interpreter's test run."""
        jit, env, desc, words = self.jit, self.env, self.desc, self.words
        if jit._native is None:
            jit.compile()
        ctx, table = jit._ctx, self.table
        env.attach_packet(xdp=ctypes.addressof(self.shadow))
        env.packet_changed = self._resync
        ctx[abi.W_STATUS] = 0
        address = env.address
        if ctx[abi.W_ENV] != address:
            ctx[abi.W_ENV] = address
        if table.update(self.space) or table.key is not self._index_key:
            self._index_key = table.key
            self._index = next(k for k, r in enumerate(table.key or ()) if r is self.packet_slot)
        table.install(ctx)
        desc[words["tentry"]] = table.address + 24 * self._index
        desc[words["run"]] = jit.run_address
        desc[words["env"]] = address
        desc[words["hintbase"]] = runstate.new_version() << 32
        ctypes.memmove(self.inbuf, data, len(data))
        self.length[0] = len(data)
        state = runstate.RunState(jit, self.space, ctx, table, jit.stack_regions)
        state.batch_resync = self._resync
        runstate.activate(state)
        t0 = time.perf_counter_ns()
        try:
            self.fn(ctypes.addressof(desc), state.ctx_address)
            elapsed = time.perf_counter_ns() - t0
            if ctx[abi.W_STATUS]:
                result = state.outcome(0)  # raises, or an END event: r0 = 0
                r0, log = result.r0, result.trace
            else:
                r0, log = self.r0[0], (state._run.ctx.trace if state._run is not None else [])
            meta, end = self.shadow.data_meta, self.shadow.data_end
            data_out = ctypes.string_at(meta, end - meta)
            return r0 & M32, r0, data_out, log, elapsed
        finally:
            jit.last_crossings = state.crossings
            runstate.deactivate(state)
            state.close()
            self._unregister()
            env.attach_packet()
            env.packet_changed = None
            if not table.extra:  # Python ran: the space had the context's regions for a while, rebuild next time
                table.extra = (self.md_region, self.packet_slot)
                table.key = table.space_key = None

    def _resync(self) -> None:
        """Python is about to run during the run: give the space the context's regions as they are now (native
        code then sees them through the space, not as extras, until the run ends)."""
        self.table.extra = ()
        self._unregister()
        meta, end = self.shadow.data_meta, self.shadow.data_end
        lo, hi = meta - self.page.address, end - self.page.address
        regions = [self.md_region]
        if hi > lo:
            regions.append(Region(meta, hi - lo, RegionKind.PACKET, "packet", self.page.view[lo:hi],
                                  owner=self.page))
        for r in regions:
            self.space.add(r)
            self.registered.append(r)
        self._sync_md(meta, end)

    def _sync_md(self, meta: int, end: int) -> None:
        base = self.md.address
        for off, value in ((DATA, self.shadow.data), (DATA_END, end), (DATA_META, meta)):
            ctypes.c_uint32.from_address(base + off).value = value & M32

    def _unregister(self) -> None:
        while self.registered:
            self.space.remove(self.registered.pop())

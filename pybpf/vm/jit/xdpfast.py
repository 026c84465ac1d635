"""Single XDP test runs without building the context in Python: ``Program.run(packet)`` on the jit backend.

A test run of an XDP program without ``ctx_in`` always looks the same (pybpf.progtypes.xdp): a 4 KiB frame below
4 GiB with 256 bytes of headroom, ``xdp_md`` pointing at the packet (ingress ifindex 1, queue 0), the helpers'
xdp buffer, the packet region. :class:`FastXdp` builds that once per program (on its first run) and reuses it: each
run is one native call (``pybpf_jit_xdp_one``: the batch loop with one packet, which copies the packet in, points
everything at it, resets the run and the env's redirect decision, runs and times it). The frame's regions are not in
the address space between runs (nothing outside the run can see them, as with a closed test-run context); native
code sees them through the region table, and Python code that runs during the run (a helper) gets them
registered, exactly as the interpreter's context has them, until the run ends.

The Python side of a run that stays native is a handful of attribute reads and writes: the descriptor, the run
state and the result template are built once; anything unusual (an event, a Python helper, the space's regions
changed) takes the slower path below, which is the one the whole run used to take.
"""

from __future__ import annotations

import ctypes
from typing import Any

from pybpf.collection.result import RunResult
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
from pybpf.vm.jit import runstate
from pybpf.vm.jit.runtime import BATCH_FIELDS, function
from pybpf.vm.memory import NativeBuffer, Region, RegionKind

ETH_HLEN = 14
MAX_LINEAR = PAGE - XDP_PACKET_HEADROOM - SKB_SHINFO_SIZE
M32 = 0xFFFFFFFF
_W = {name: i for i, name in enumerate(BATCH_FIELDS)}
_W_RUN, _W_NS, _W_TENTRY = _W["run"], _W["ns"], _W["tentry"]
_ONE_TYPE = ctypes.PYFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint64)
_HINT_BLOCK = 1 << 32  # hint versions per reserved block (one per run)
_new_result = object.__new__
_set = object.__setattr__


class FastXdp:
    """One program's reusable XDP test-run frame. ``result(data)`` is the whole single run: a RunResult, or None
    when the run does not fit here (not bytes, a length the test run refuses) and must take the general path."""

    def __init__(self, jit: Any, space: Any, env: Any, *, backend: str = "jit", program: str = "",
                 prog_type: Any = None) -> None:
        self.jit, self.space, self.env = jit, space, env
        self.page: Any = None  # the frame, allocated on the first run
        # RunResult fields in declaration order; a run copies this and sets what changed
        self._template = {"retval": 0, "r0": 0, "data_out": b"", "ctx_out": None, "duration_ns": 0, "log": (),
                          "backend": backend, "program": program, "prog_type": prog_type}

    def _open(self) -> None:
        """Allocate the frame and everything a run reuses."""
        self.page = low_page()
        self.frame = self.page.address + XDP_PACKET_HEADROOM
        self.pageview = self.page.view
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
        self.verdict = (ctypes.c_uint32 * 1)()
        self.r0 = (ctypes.c_uint64 * 1)()
        self.outlen = (ctypes.c_uint32 * 1)()
        self.offset = (ctypes.c_uint64 * 1)()  # the packet is at desc.base + 0: the caller's bytes, copied in
        self.length = (ctypes.c_uint32 * 1)()
        self.fn = _ONE_TYPE(function("pybpf_jit_xdp_one"))
        self.desc = (ctypes.c_uint64 * len(BATCH_FIELDS))()
        self.desc_address = ctypes.addressof(self.desc)
        for name, value in (("count", 1), ("offsets", ctypes.addressof(self.offset)),
                            ("lengths", ctypes.addressof(self.length)), ("verdicts", ctypes.addressof(self.verdict)),
                            ("out", 0), ("stride", PAGE - XDP_PACKET_HEADROOM),
                            ("outlens", ctypes.addressof(self.outlen)), ("frame", self.frame),
                            ("md", self.md.address), ("shadow", ctypes.addressof(self.shadow)), ("start", 0),
                            ("minlen", ETH_HLEN), ("maxlen", MAX_LINEAR), ("r0s", ctypes.addressof(self.r0)),
                            ("env", self.env.address if self.env is not None else 0)):
            self.desc[_W[name]] = value
        self._hints_left = 0
        self._seen: list | None = None  # the space's regions the table was last built from
        self._run_address = 0
        self._state: runstate.RunState | None = None
        self.registered: list[Region] = []

    @staticmethod
    def usable(data: bytes) -> bool:
        return ETH_HLEN <= len(data) <= MAX_LINEAR

    def close(self) -> None:
        if self.page is not None:
            self.page.release()
            self.page = None

    # -- one run ---------------------------------------------------------------------------------------------------
    def result(self, data: bytes) -> RunResult | None:
        """The RunResult of one test run on ``data``, or None when ``data`` is not bytes of a usable length. Raises
        what the run raises, like the interpreter's test run."""
        if data.__class__ is not bytes or not ETH_HLEN <= len(data) <= MAX_LINEAR:
            return None
        jit = self.jit
        if self.page is None or jit.run_address != self._run_address or self._hints_left <= 0 or \
                self.space._regions != self._seen:
            self._prepare()
        self._hints_left -= 1
        env, state = self.env, self._state
        if state is None:
            state = self._state = runstate.RunState(jit, self.space, jit._ctx, self.table, jit.stack_regions)
            state.batch_resync = self._resync
        env.packet_changed = self._resync
        active = runstate._active
        active[state.ctx_address] = state
        status = self.fn(self.desc_address, state.ctx_address, data, len(data))
        if status or state._run is not None:  # an event, or Python ran: the general ending
            return self._finish(state, status)
        del active[state.ctx_address]
        env.packet_changed = None
        jit.last_crossings = 0
        r0 = self.r0[0]
        shadow = self.shadow
        meta = shadow.data_meta - self.page.address
        d = self._template.copy()
        d["retval"] = r0 & M32
        d["r0"] = r0
        d["data_out"] = self.pageview[meta:shadow.data_end - self.page.address].tobytes()
        d["duration_ns"] = self.desc[_W_NS]
        out = _new_result(RunResult)
        _set(out, "__dict__", d)
        return out

    def _prepare(self) -> None:
        """Before a run when something it reuses is stale: the frame (first run), the code (tier upgrade), the
        region table (the space changed), the block of hint versions (used up)."""
        if self.page is None:
            self._open()
        jit = self.jit
        if jit._native is None:
            jit.compile()
        desc, table = self.desc, self.table
        if jit.run_address != self._run_address:
            self._run_address = desc[_W_RUN] = jit.run_address
        if self._hints_left <= 0:  # hint versions unique in the process: a fresh block
            desc[_W["hintbase"]] = runstate.new_version() << 32
            self._hints_left = _HINT_BLOCK - 2
        if self.space._regions != self._seen or table.key is None:
            table.update(self.space)
            self._seen = list(self.space._regions)
            index = next(k for k, r in enumerate(table.key or ()) if r is self.packet_slot)
            desc[_W_TENTRY] = table.address + 24 * index
            desc[_W["tregions"]], desc[_W["tcount"]], desc[_W["tversion"]] = table.address, table.count, \
                table.version

    def _finish(self, state: runstate.RunState, status: int) -> RunResult:
        """The end of a run that did not stay native: report its event (or return its result), then put
        everything back the way a fresh run expects it."""
        jit, env, table = self.jit, self.env, self.table
        self._state = None  # the next run gets a fresh run state
        try:
            if status == -1:
                raise AssertionError("internal error: the XDP frame refused a packet of a usable length")
            if status:
                result = state.outcome(0)  # raises, or an END event: r0 = 0
                r0, log = result.r0, result.trace
            else:
                r0, log = self.r0[0], (state._run.ctx.trace if state._run is not None else [])
            meta, end = self.shadow.data_meta, self.shadow.data_end
            data_out = ctypes.string_at(meta, end - meta)
            d = self._template.copy()
            d.update(retval=r0 & M32, r0=r0, data_out=data_out, duration_ns=self.desc[_W_NS],
                     log=tuple(line.rstrip("\n") for line in log))
            out = _new_result(RunResult)
            _set(out, "__dict__", d)
            return out
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
                self._seen = None

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

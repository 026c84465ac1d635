"""The Python side of one JIT run: the region table, the trampoline JIT code calls for Python helpers and legacy
packet loads, and the translation of events into the interpreter's exact outcomes.

Everything that is not on the hot path reuses the interpreter's own machinery (:class:`pybpf.vm._runtime.Run`):
fault texts, helper invocation and its errors, legacy packet loads, the instruction-by-instruction replay when the
budget runs out inside a block. That is how the two engines stay identical in their slow paths by construction.
The interpreter registers a stack region per live frame for a whole run; JIT code does not need them in the address
space, so they are registered only while Python runs (helpers, callbacks, fault reports) and removed afterwards.
"""

from __future__ import annotations

import ctypes
import itertools
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from pybpf.errors import ExecutionError, PybpfError
from pybpf.vm._runtime import ADDR_SPACE_CAST_UNSUPPORTED, EndProgram, Run
from pybpf.vm.interp import RunResult
from pybpf.vm.jit import abi
from pybpf.vm.jit.abi import Event
from pybpf.vm.memory import AddressSpace, Region

if TYPE_CHECKING:
    from pybpf.vm.jit.jit import Jit

M64 = (1 << 64) - 1

_tokens: dict[int, weakref.ref] = {}
_next_token = itertools.count(1)
_active: dict[int, RunState] = {}  # run-context address -> the run using it
_lock = threading.Lock()
_table_versions = itertools.count(1)  # process-unique: a version never matches another table's


def new_version() -> int:
    return next(_table_versions)


def new_token(jit: Jit) -> int:
    with _lock:
        token = next(_next_token)
        _tokens[token] = weakref.ref(jit, lambda _ref, t=token: _tokens.pop(t, None))
        return token


def jit_of(token: int) -> Jit:
    ref = _tokens.get(token)
    jit = ref() if ref is not None else None
    if jit is None:
        raise ExecutionError(f"internal error: JIT program token {token} is gone")
    return jit


class _Abort(PybpfError):
    """Native code stopped with an event while a Python helper was waiting for a callback: unwind the helper (a
    PybpfError, so that the interpreter's helper wrapper lets it through unchanged)."""


class RegionTable:
    """The sorted region table native code searches: {base, end, flags} per region of the address space, in the
    space's order (the interpreter's bisect and JIT code's binary search then pick the same region)."""

    def __init__(self) -> None:
        self.version = 0
        self.key: tuple[Region, ...] | None = None
        self.space_key: tuple[Region, ...] | None = None  # the space's regions the table was built from
        self.array: ctypes.Array | None = None
        self.address = 0
        self.count = 0

    extra: tuple[Region, ...] = ()  # regions native code sees although they are not in the space (yet)

    def update(self, space: AddressSpace, skip: frozenset[int] | None = None) -> bool:
        """Rebuild if the space's regions changed; ``skip`` holds ids of regions left out (the JIT's own stacks).
        Returns whether it was rebuilt."""
        regions = space.regions
        if skip:
            regions = tuple(r for r in regions if id(r) not in skip)
        if self.extra:
            if regions == self.space_key and self.key is not None:
                return False
            self.space_key = regions
            regions = tuple(sorted((*regions, *self.extra), key=lambda r: r.base))
        if regions == self.key:
            return False
        words = []
        for r in regions:
            words += (r.base, r.base + r.size, abi.REGION_WRITABLE if r.writable else 0)
        self.array = (ctypes.c_uint64 * max(3, len(words)))(*words)
        self.address = ctypes.addressof(self.array)
        self.count = len(regions)
        self.key = regions
        self.version = next(_table_versions)
        return True

    def install(self, ctx: ctypes.Array) -> None:
        ctx[abi.W_REGIONS] = self.address
        ctx[abi.W_NREGIONS] = self.count
        ctx[abi.W_TABLE_VERSION] = self.version
        ctx[abi.W_HINT_VERSION] = self.version


class RunState:
    """One run of a :class:`Jit` on an address space (also the runs of its tail-call targets)."""

    def __init__(self, jit: Jit, space: AddressSpace, ctx: ctypes.Array, table: RegionTable, stacks: list[Region]
                 ) -> None:
        self.jit = jit
        self.space = space
        self.ctx = ctx
        self.ctx_address = ctypes.addressof(ctx)
        self.table = table
        self.stacks = stacks
        self._run: Run | None = None
        self.error: BaseException | None = None
        self.crossings = 0  # calls from native code into Python (helpers, packet loads)
        self.batch_resync: Callable[[], None] | None = None  # batch mode: make the space's packet region current

    # -- the interpreter's run object, created on first need ------------------------------------------------------
    @property
    def run(self) -> Run:
        if self._run is None:
            self._run = Run(self.jit.interpreter, self.space)
            self._run.ctx.call_function = self._callback
        return self._run

    def _enter(self, token: int, depth: int) -> Run:
        """Get the Run ready for Python code at ``depth`` live frames in program ``token``."""
        if self.batch_resync is not None:
            self.batch_resync()
        run = self.run
        jit = jit_of(token) if token != self.jit.token else self.jit
        if run.interp is not jit.interpreter:
            run.switch(jit.interpreter)
        run.depth = depth
        run.n = self.ctx[abi.W_STEPS]
        run.ctx.tail_calls = self.ctx[abi.W_TAIL_CALLS]
        self.sync_stacks(depth)
        return run

    def sync_stacks(self, depth: int) -> None:
        """Register exactly the stacks of frames 0..depth-1 in the space (as the interpreter has them)."""
        run = self.run
        live = run.stacks
        while len(live) > depth:
            self.space.remove(live.pop())
        while len(live) < depth:
            region = self.stacks[len(live)]
            self.space.add(region)
            live.append(region)

    def _leave(self) -> None:
        """Back to native code: the space may have changed; the table must say so."""
        if self.table.update(self.space, frozenset(id(r) for r in self.stacks)):
            self.table.install(self.ctx)

    def close(self) -> None:
        if self._run is not None:
            self._run.close()  # unregisters the stacks still registered

    # -- calls from native code -----------------------------------------------------------------------------------
    def trampoline(self, token: int, slot: int, kind: int, number: int, r1: int, r2: int, r3: int, r4: int,
                   r5: int, depth: int) -> int:
        ctx = self.ctx
        self.crossings += 1
        try:
            run = self._enter(token, depth)
            if kind == abi.CALL_TAIL_INTERP:
                result = self._tail_interp(run, depth)
            elif kind == abi.CALL_LDPKT:
                value = run.ld_packet(slot, r1, r2, number)
                ctx[abi.W_KIND] = 1 if value is None else 0
                result = value or 0
            elif kind == abi.CALL_KFUNC:
                result = run.kfunc(slot, number, r1, r2, r3, r4, r5)
            else:
                result = run.helper(slot, number, r1, r2, r3, r4, r5)
                target = run.ctx.pending_tail
                if target is not None:
                    run.ctx.pending_tail = None
                    tail = self.jit.tail_target(target, slot)
                    ctx[abi.W_TAIL_FN] = tail.tail_address
                    ctx[abi.W_TAIL_TOKEN] = tail.token
            ctx[abi.W_STEPS] = run.n
            ctx[abi.W_TAIL_CALLS] = run.ctx.tail_calls
            self._leave()
            return result & M64
        except _Abort:
            return 0  # the event is already in the context
        except BaseException as err:  # nothing may cross back into native code
            self.error = err
            ctx[abi.W_STATUS] = Event.PYTHON
            return 0

    def _tail_interp(self, run: Run, depth: int) -> int:
        """A tail call from a function that moved r10: native entries assume r10 is the frame's top, so the
        target runs in the interpreter's fast path, in this frame, with the registers as they are."""
        ctx = self.ctx
        target = jit_of(ctx[abi.W_TAIL_TOKEN]).interpreter
        regs = list(ctx[abi.W_TAIL_REGS:abi.W_TAIL_REGS + 10])
        saved = run.switch(target)
        try:
            out = target.compiled()(run, 0, *regs, 0, target.max_loops, depth - 1)
        finally:
            run.restore(saved)
        run.n = out[11]
        if depth == 1:
            for i in range(11):
                ctx[abi.W_REGS + i] = out[i]
        return out[0]

    def _callback(self, slot: int, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
        """CallContext.call_function: run the function at ``slot`` on a new frame (bpf_loop and friends)."""
        run = self.run
        run.check_callback(slot)
        depth = run.depth
        jit = self.jit if run.interp is self.jit.interpreter else run.interp._pybpf_jit
        ctx = self.ctx
        ctx[abi.W_STEPS] = run.n
        ctx[abi.W_PROG] = jit.data_address  # the callback runs in that program's code and data
        self._leave()
        try:
            r0 = jit.native_callback(self.ctx_address, slot, r1 & M64, r2 & M64, r3 & M64, r4 & M64, r5 & M64, depth)
        finally:
            run.depth = depth
        if ctx[abi.W_STATUS]:
            raise _Abort()
        run.n = ctx[abi.W_STEPS]
        self.sync_stacks(depth)
        return r0

    # -- the end of a run -----------------------------------------------------------------------------------------
    def outcome(self, r0: int) -> RunResult:
        """The run's result, or the interpreter's exception for the event it stopped with."""
        ctx = self.ctx
        status = ctx[abi.W_STATUS]
        trace = self._run.ctx.trace if self._run is not None else []
        if status == Event.NONE:
            return RunResult(r0, tuple(ctx[abi.W_REGS:abi.W_REGS + 11]), ctx[abi.W_STEPS], trace)
        if status == Event.PYTHON:
            err = self.error
            if isinstance(err, EndProgram):
                return RunResult(0, err.regs, err.steps, trace)
            assert err is not None
            raise err
        if status == Event.END:
            return RunResult(0, tuple(ctx[abi.W_REGS:abi.W_REGS + 11]), ctx[abi.W_STEPS], trace)
        token, slot, depth = ctx[abi.W_TOKEN], ctx[abi.W_SLOT], ctx[abi.W_DEPTH]
        run = self._enter(token, depth)
        prog = run.prog
        addr, size = ctx[abi.W_ADDR], ctx[abi.W_SIZE]
        if status == Event.FAULT:
            raise run.access_fault(slot, addr, size, bool(ctx[abi.W_KIND]))
        if status == Event.MISALIGNED:
            raise run.fault(f"misaligned atomic access (must be {size}-byte aligned)", slot, addr, size)
        if status == Event.BUDGET:
            try:
                run.over(slot, ctx[abi.W_STEPS], *ctx[abi.W_REGS:abi.W_REGS + 11])
            except EndProgram as end:
                return RunResult(0, end.regs, end.steps, run.ctx.trace)
            raise ExecutionError("internal error: budget replay finished the block", pc=slot, program=run.name)
        if status == Event.BAD_TARGET:
            what = abi.TARGET_WHAT[ctx[abi.W_KIND]]
            insn = prog.at[slot]
            assert insn is not None
            if what == "gotox":
                target = addr
            elif what == "call" or insn.opcode == 0x06:  # gotol keeps its offset in imm
                target = slot + 1 + insn.imm
            else:
                target = slot + 1 + insn.off
            raise prog.bad_target(slot, target, what)
        if status == Event.RAN_OFF:
            raise prog.ran_off(slot)
        if status == Event.TOO_DEEP:
            raise run.too_deep(slot)
        if status == Event.ADDR_SPACE_CAST:
            raise prog.error(ADDR_SPACE_CAST_UNSUPPORTED, slot)
        if status == Event.UNRESOLVED:
            run.ld_imm64(slot)  # raises the resolver's error
            raise prog.error("the map reference could not be resolved when the program was loaded", slot)
        raise ExecutionError(f"internal error: unknown JIT event {status}", program=run.name)


@abi.TRAMPOLINE_TYPE
def _trampoline(ctx: int, token: int, slot: int, kind: int, number: int, r1: int, r2: int, r3: int, r4: int,
                r5: int, depth: int) -> int:
    state = _active.get(ctx)
    if state is None:  # cannot happen: a run registers itself before entering native code
        ctypes.c_uint64.from_address(ctx + 8 * abi.W_STATUS).value = Event.PYTHON
        return 0
    return state.trampoline(token, slot, kind, number, r1, r2, r3, r4, r5, depth)


TRAMPOLINE_ADDRESS = ctypes.cast(_trampoline, ctypes.c_void_p).value or 0


def activate(state: RunState) -> None:
    _active[state.ctx_address] = state


def deactivate(state: RunState) -> None:
    if _active.get(state.ctx_address) is state:
        del _active[state.ctx_address]


__all__ = ["TRAMPOLINE_ADDRESS", "PybpfError", "RegionTable", "RunState", "activate", "deactivate", "jit_of",
           "new_token"]

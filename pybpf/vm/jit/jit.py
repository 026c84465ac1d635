"""``Jit``: a program compiled to native code with LLVM, with the interpreter's API and exact semantics.

``Jit(insns, helpers=..., ld_imm64=..., packet=..., budget=...).run(space, r1..r5) -> r0`` mirrors
:class:`pybpf.vm.Interpreter`: same constructor arguments, same :class:`~pybpf.vm.RunResult` from ``execute``,
same errors (faults, budget, bad targets) with the same text. Each Jit keeps an Interpreter of the same program for
what only Python can do (Python helpers, error texts, the budget replay) and as the object prog arrays hand to
interpreters. Code is compiled on first use (or by :meth:`Jit.compile`) and bound to this program's values at load
through its data block (:mod:`pybpf.vm.jit.abi`): linked code is shared by every program with the same code key.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Sequence
from typing import Any

from pybpf.errors import ExecutionError
from pybpf.helpers.registry import HelperTable
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import MAX_LOOPS, STACK_SIZE, PseudoSrc
from pybpf.maps import _native as maps_native
from pybpf.vm.interp import DEFAULT_BUDGET, Interpreter, LdImm64Resolver, PacketResolver, RunResult
from pybpf.vm.jit import abi, cache, runstate
from pybpf.vm.jit.compiler import (
    FAST,
    CompileStats,
    NativeCode,
    add_symbols,
    compile_ir,
    load_object,
    undefined_symbols,
)
from pybpf.vm.jit.layout import imm_refs
from pybpf.vm.jit.lower import Layout, Options, analyse, lower
from pybpf.vm.jit.native import NativeHelpers
from pybpf.vm.jit.runtime import ensure_runtime
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind

M64 = (1 << 64) - 1
TIER_SLOTS = 128  # programs up to this size compile at O3 at once (it takes about as long as the quick tier)
HOT_RUNS = 64  # runs (repeats included) after which a quick-tier program moves to O3 in the background


class Jit:
    """A program ready to run as native code. ``checks=False`` drops the region checks and ``meter=False`` the
    instruction meter (both only for programs a verifier accepted: Linux runs those without either); ``opt`` is
    LLVM's optimisation level (0-3), or None (default): O3 for small programs, the quick tier first for larger ones
    (O3 once hot, see :meth:`compile`); ``cache=False`` bypasses the code cache."""

    engine_name = "jit"

    def __init__(self, insns: Sequence[Instruction], *, helpers: HelperTable | None = None,
                 budget: int | None = DEFAULT_BUDGET, name: str = "prog", ld_imm64: LdImm64Resolver | None = None,
                 packet: PacketResolver | None = None, max_loops: int = MAX_LOOPS, checks: bool = True,
                 meter: bool = True, opt: int | None = None, cache: bool = True,
                 interpreter: Interpreter | None = None) -> None:
        if interpreter is None:
            interpreter = Interpreter(insns, helpers=helpers, budget=budget, name=name, ld_imm64=ld_imm64,
                                      packet=packet, max_loops=max_loops)
        self.interpreter = interpreter
        interpreter._pybpf_jit = self  # type: ignore[attr-defined] - how tail calls find a target's native code
        self.stack_regions = _new_stacks()
        # the interpreter's slow paths (a tail call run in the interpreter) push frames on the same stacks
        interpreter._stack_pool = list(self.stack_regions)
        self.options = Options(meter=meter, checks=checks)
        self.opt = opt
        self.cache = cache
        self.token = runstate.new_token(self)
        self.compile_stats: CompileStats | None = None
        self._layout: Layout | None = None
        self._data: ctypes.Array | None = None  # the data block (abi.D_*), once bound
        self.data_address = 0
        self.ir: str | None = None  # the IR (None when the code came from the cache)
        self._native: NativeCode | None = None
        self._ctx = _new_ctx(self.stack_regions)
        self._table = runstate.RegionTable()
        self._busy = False
        self.tier: int | str | None = None  # the code running now: FAST, or an LLVM level
        self.optimised_stats: CompileStats | None = None
        self._upgrade: threading.Thread | None = None
        self._tier_lock = threading.Lock()
        self._retired: list[NativeCode | None] = []
        self._runs = 0
        self._helpers_lowering: NativeHelpers | None = None
        self.last_crossings = 0  # Python crossings (trampoline calls) of the last run
        self._imm_values: list[tuple[int, int]] = []
        self._maps: dict[int, Any] = {}
        self.id: int | None = None

    @classmethod
    def from_interpreter(cls, interp: Interpreter, **kw: Any) -> Jit:
        """The JIT of an existing Interpreter (same helpers, resolver, budget): what a tail call into a program
        stored as an Interpreter runs."""
        return cls(interp.insns, interpreter=interp, **kw)

    # -- the interpreter's attributes ------------------------------------------------------------------------------
    @property
    def insns(self) -> tuple[Instruction, ...]:
        return self.interpreter.insns

    @property
    def name(self) -> str:
        return self.interpreter.name

    @property
    def program(self):
        return self.interpreter.program

    @property
    def helpers(self) -> HelperTable:
        return self.interpreter.helpers

    @property
    def budget(self) -> int | None:
        return self.interpreter.budget

    @property
    def max_loops(self) -> int:
        return self.interpreter.max_loops

    def register(self) -> int:
        """Give this program a program id so that a prog_array can hold it."""
        if self.id is None:
            from pybpf.maps.registry import register_program
            self.id = register_program(self)
            self.interpreter.id = self.id
        return self.id

    @property
    def layout(self) -> Layout | None:
        """The lowering's analysis of the program (computed on first need: cached code needs none), or None
        before the program is compiled."""
        if self._layout is None and self._native is not None:
            self._set_layout()
        return self._layout

    def _set_layout(self) -> Layout:
        if self._layout is None:
            self._layout = analyse(self.program)
            if self._helpers_lowering is not None:
                self._helpers_lowering.layout = self._layout
        return self._layout

    @property
    def tail_address(self) -> int:
        """What a prog array slot holding this program records: its data block, whose first word is its entry."""
        return self.data_address

    # -- compiling -------------------------------------------------------------------------------------------------
    def compile(self) -> CompileStats:
        """Lower, optimise and compile (once); returns where the time went. With the default ``opt=None`` a
        program larger than TIER_SLOTS first gets the quick tier and moves to LLVM's O3 in the background once it
        is hot (:meth:`optimise` does it now); the code cache gives the O3 code directly when it has it."""
        if self._native is not None:
            assert self.compile_stats is not None
            return self.compile_stats
        if not self.program.nslots:
            raise ExecutionError("the program is empty", program=self.name)
        ensure_runtime()
        stats = CompileStats()
        t0 = time.perf_counter()
        refs = imm_refs(self.program)  # all a cache hit needs; the full analysis only when lowering
        self._imm_values = self._resolve(refs)
        self._maps = self._static_maps(refs)
        self._helpers_lowering = NativeHelpers(self.helpers, self._layout, self._maps, ldabs=_skb_resolver(self))
        tiered = self.opt is None and self.program.nslots > TIER_SLOTS
        final = self.opt if self.opt is not None else 3
        native = self._cached(final, stats)
        self.tier = final
        if native is None and tiered:
            native = self._cached(FAST, stats)
            self.tier = FAST
        if native is None:
            ir = self._lower()
            stats.lower += time.perf_counter() - t0
            level = FAST if tiered else final
            native = compile_ir(ir, opt=level, stats=stats)
            self._store(level, native)
            self.tier = level
        else:
            stats.lower += time.perf_counter() - t0
        self.compile_stats = stats
        self._attach(native)
        return stats

    def _key(self, level: int | str) -> str | None:
        if not self.cache:
            return None
        return cache.key(self.insns, self.options.key(), self._helpers_lowering.key(), level)

    def _cached(self, level: int | str, stats: CompileStats) -> NativeCode | None:
        """Linked code for this program's key (no linking), else object code linked now, else None."""
        k = self._key(level)
        if k is None:
            return None
        code = cache.linked(k)
        if isinstance(code, NativeCode):
            stats.source = "memory"
            return code
        hit = cache.get(k)
        if hit is None:
            return None
        obj, stats.source = hit
        _provide_symbols(undefined_symbols(obj))
        native = load_object(obj, stats=stats)
        cache.keep_linked(k, native)
        return native

    def _store(self, level: int | str, native: NativeCode) -> None:
        k = self._key(level)
        if k is not None and native.object_code:
            cache.put(k, native.object_code)
            cache.keep_linked(k, native)

    def _lower(self) -> str:
        layout = self._set_layout()
        ir, _ = lower(self.program, self.options, self._helpers_lowering, layout)
        _provide_symbols(self._helpers_lowering.used)
        self.ir = ir
        return ir

    # -- tiers -----------------------------------------------------------------------------------------------------
    def optimise(self, wait: bool = True) -> CompileStats | None:
        """Move a program running quick-tier code to O3 code (in the background unless ``wait``); returns the
        O3 compile's stats once done (None while it runs, or when there is nothing to do)."""
        if self._native is None:
            self.compile()
        if self.tier != FAST:
            return self.optimised_stats
        with self._tier_lock:
            if self._upgrade is None:
                self._upgrade = threading.Thread(target=self._optimise, name=f"pybpf-jit O3 {self.name}",
                                                 daemon=True)
                self._upgrade.start()
        if wait:
            self._upgrade.join()
        return self.optimised_stats

    def _optimise(self) -> None:
        stats = CompileStats()
        try:
            native = self._cached(3, stats)
            if native is None:
                t0 = time.perf_counter()
                ir = self.ir if self.ir is not None else self._lower()
                stats.lower = time.perf_counter() - t0
                native = compile_ir(ir, opt=3, stats=stats)
                self._store(3, native)
        except Exception:  # the quick tier keeps running: it is correct, only slower
            return
        self._retired.append(self._native)  # code that other threads may still run
        self._attach(native, upgrade=True)  # prog arrays hold the data block: they follow its entry word
        self.tier = 3
        self.optimised_stats = stats

    def _resolve(self, refs: list[int]) -> list[tuple[int, int]]:
        """(value, resolved) of every map-referencing LD_IMM64, from the loader's resolver (once, at load)."""
        out = []
        resolve = self.interpreter.ld_imm64
        for slot in refs:
            value, ok = 0, 0
            if resolve is not None:
                try:
                    value, ok = int(resolve(self.program.at[slot], slot)) & M64, 1
                except Exception:  # reported when the instruction runs, as the interpreter does
                    value, ok = 0, 0
            out.append((value, ok))
        return out

    def _static_maps(self, refs: list[int]) -> dict[int, Any]:
        """LD_IMM64 index -> the Map a map reference (src 1 / 5) loads."""
        from pybpf.maps.registry import map_by_address
        out = {}
        for k, slot in enumerate(refs):
            insn = self.program.at[slot]
            value, ok = self._imm_values[k]
            if ok and insn is not None and insn.src in (PseudoSrc.MAP_FD, PseudoSrc.MAP_IDX):
                m = map_by_address(value)
                if m is not None:
                    out[k] = m
        return out

    def _attach(self, native: NativeCode, *, upgrade: bool = False) -> None:
        """Make ``native`` the code runs use and bind it. A first attach publishes the entry points before binding
        (binding may resolve prog arrays whose slots lead back here); an upgrade binds the new code before
        switching to it (each pointer is switched in one assignment)."""
        if upgrade:
            self._bind(native)
        self.run_address = native.function("pbj_run")
        self._run_fn = abi.RUN_TYPE(self.run_address)
        self._run_py = abi.RUN_TYPE_GIL(native.function("pbj_run"))
        self._run1_py = abi.RUN1_TYPE_GIL(native.function("pbj_run1"))
        self._repeat_fn = abi.REPEAT_TYPE(native.function("pbj_repeat"))
        self.native_callback = abi.CALLBACK_TYPE(native.function("pbj_callback"))
        self.entry_address = native.function("pbj_entry")
        self._native = native
        if not upgrade:
            self._bind(native)

    def _bind(self, native: NativeCode) -> None:
        """Point the data block at ``native``'s entry; on the first bind, build the block: this program's token,
        budget, may_goto limit, resolved LD_IMM64 values and map bookkeeping (the same block serves every tier)."""
        data = self._data
        if data is not None:
            data[abi.D_ENTRY] = native.function("pbj_entry")
            return
        mapreg, aux, maplist, total = abi.data_words(len(self._imm_values), len(self._maps))
        data = (ctypes.c_uint64 * total)()
        data[abi.D_ENTRY] = native.function("pbj_entry")
        data[abi.D_TOKEN] = self.token
        budget = self.budget
        data[abi.D_BUDGET] = abi.NO_LIMIT if budget is None else budget
        data[abi.D_MAX_LOOPS] = self.max_loops & M64
        for k, (value, ok) in enumerate(self._imm_values):
            data[abi.D_IMM + 2 * k] = value
            data[abi.D_IMM + 2 * k + 1] = ok
        for i, (k, m) in enumerate(sorted(self._maps.items())):
            data[maplist + 2 * i] = m.address
            data[maplist + 2 * i + 1] = k
        for k, m in self._maps.items():
            regions = m.regions()
            data[mapreg + 2 * k] = regions[0].base if regions else 0  # and no table version seen yet
            data[aux + k] = getattr(m, "aux_address", 0) or 0
        self._data = data
        self.data_address = ctypes.addressof(data)
        self._ctx[abi.W_HOME] = self.data_address
        for m in self._maps.values():
            if hasattr(m, "aux_address"):  # last: slots may lead back to this program
                _fill_targets(m)

    def tail_target(self, target: Any, slot: int) -> Jit:
        """The compiled Jit of a tail-call target (an Interpreter, or an object with ``.interpreter``), compiled on
        first use."""
        interp = target if isinstance(target, Interpreter) else getattr(target, "interpreter", None)
        if not isinstance(interp, Interpreter):
            raise self.program.error(f"bpf_tail_call: cannot run {target!r} natively", slot)
        jit = getattr(interp, "_pybpf_jit", None)
        if jit is None:
            jit = Jit.from_interpreter(interp, checks=self.options.checks, meter=self.options.meter, opt=self.opt)
        jit.compile()
        return jit

    # -- running ---------------------------------------------------------------------------------------------------
    def run(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0) -> int:
        """Run to completion; returns r0 as an unsigned 64-bit int."""
        return self._go(space, r1, r2, r3, r4, r5, 1, False)  # type: ignore[return-value]

    def execute(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0, *,
                repeat: int = 1) -> RunResult:
        """Run to completion and report r0, the final registers of frame 0 and the instruction count. With
        ``repeat`` > 1 the program runs that many times in a native loop (as BPF_PROG_TEST_RUN's repeat: same
        inputs, memory changes carry over) and the last run is reported; an error stops the loop."""
        return self._go(space, r1, r2, r3, r4, r5, repeat, True)  # type: ignore[return-value]

    def _go(self, space: AddressSpace, r1: int, r2: int, r3: int, r4: int, r5: int, repeat: int,
            full: bool) -> RunResult | int:
        if self._native is None:
            self.compile()
        if self.tier == FAST:
            self._runs += repeat
            if self._runs >= HOT_RUNS and self._upgrade is None:
                self.optimise(wait=False)
        if self._busy:  # a run of this program from inside one of its runs (a helper): stacks of its own
            stacks = _new_stacks()
            ctx, table = _new_ctx(stacks), runstate.RegionTable()
            ctx[abi.W_HOME] = self.data_address
        else:
            stacks, ctx, table = self.stack_regions, self._ctx, self._table
        env = self.helpers.env
        address = env.address if env is not None else 0
        if ctx[abi.W_ENV] != address:
            ctx[abi.W_ENV] = address
        if table.update(space):
            table.install(ctx)
        state = runstate.RunState(self, space, ctx, table, stacks)
        runstate.activate(state)
        busy, self._busy = self._busy, True
        try:
            if repeat > 1:  # long: let other Python threads run meanwhile
                r0 = self._repeat_fn(state.ctx_address, r1 & M64, r2 & M64, r3 & M64, r4 & M64, r5 & M64, repeat)
            elif r2 or r3 or r4 or r5:  # short: keeping the GIL is cheaper than giving it up
                r0 = self._run_py(state.ctx_address, r1 & M64, r2 & M64, r3 & M64, r4 & M64, r5 & M64)
            else:
                r0 = self._run1_py(state.ctx_address, r1 & M64)
            if not ctx[abi.W_STATUS] and state._run is None:  # nothing happened outside native code
                if not full:
                    return r0
                return RunResult(r0, tuple(ctx[abi.W_REGS:abi.W_REGS + 11]), ctx[abi.W_STEPS], [])
            result = state.outcome(r0)
            return result if full else result.r0
        finally:
            self._busy = busy
            self.last_crossings = state.crossings
            runstate.deactivate(state)
            if state._run is not None:
                state.close()

    def __repr__(self) -> str:
        return f"Jit({self.name!r}, {self.program.nslots} slots)"


def _new_stacks() -> list[Region]:
    """One 512-byte stack per possible frame, named like the interpreter's."""
    return [Region.of(NativeBuffer(STACK_SIZE), RegionKind.STACK, f"stack[frame {i}]") for i in range(abi.MAX_FRAMES)]


def _new_ctx(stacks: list[Region]) -> ctypes.Array:
    ctx = abi.CtxArray()
    for i, region in enumerate(stacks):
        ctx[abi.W_STACKS + i] = region.base
    ctx[abi.W_TRAMPOLINE] = runstate.TRAMPOLINE_ADDRESS
    return ctx  # W_HOME: the program's data block, once it is bound


def _skb_resolver(jit: Jit) -> bool:
    """Whether legacy packet loads may run natively: the packet resolver is the program types' own (whose view
    is the env's pbh_skb)."""
    resolver = jit.interpreter.packet
    if resolver is None:
        return False
    from pybpf.progtypes.skb import ld_abs_packet
    return resolver is ld_abs_packet


def _provide_symbols(names: Any) -> None:
    """Make the native map and helper functions JIT code calls resolvable (loading their code on first need)."""
    names = set(names)
    if any(n.startswith("pb_") for n in names):
        add_symbols(maps_native.symbols())
    if any(n.startswith("pbh_") for n in names):
        from pybpf.helpers import _native as helpers_native
        add_symbols(maps_native.symbols())
        add_symbols(helpers_native.symbols())


def tail_entry(prog_id: int, prog: Any) -> int:
    """``ProgArrayMap.target_resolver``: the data block of a program stored in a prog array (compiled now, as the
    kernel JITs at load; JIT code jumps to the entry in its first word), or 0 when it is not a JIT program (JIT code
    then asks Python)."""
    if prog is None:
        return 0
    jit = prog if isinstance(prog, Jit) else None
    if jit is None:
        interp = prog if isinstance(prog, Interpreter) else getattr(prog, "interpreter", None)
        jit = getattr(interp, "_pybpf_jit", None) if interp is not None else None
    if jit is None:
        return 0
    try:
        jit.compile()
    except Exception:  # the slot then runs through Python, which reports the error when the tail call happens
        return 0
    return jit.tail_address


def install_tail_resolver() -> None:
    """Let prog arrays record the native entries of JIT programs put in their slots (pybpf.vm.jit does it on
    import)."""
    from pybpf.maps.fdmaps import ProgArrayMap
    if ProgArrayMap.target_resolver is None:
        ProgArrayMap.target_resolver = tail_entry


def _fill_targets(m: Any) -> None:
    """Data blocks for slots filled before the resolver was installed (or before their program compiled)."""
    for index in range(m.max_entries):
        if not m.target(index):
            prog = m.program(index)
            if prog is not None:
                m.set_target(index, tail_entry(0, prog))


install_tail_resolver()  # prog arrays record the native entries of JIT programs from now on

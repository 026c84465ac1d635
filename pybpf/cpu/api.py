"""do_on_cpu: validate, choose where to run (inline / pinned worker / local under the global lock), run, report.

Placement, for an existing CPU n: if n is online and the calling thread is on n, run inline (the native code
re-reads the CPU from the rseq area, so this costs nothing when we are elsewhere); else if n is in the caller's
affinity mask, run on n's pinned worker; else (n offline, or not allowed for the caller) run on the calling thread
under the global lock *and* n's lock, as the prototype did for offline CPUs (n's lock keeps it exclusive with runs
that do reach n). Every placement holds n's per-CPU exclusion for the whole section.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import operator
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pybpf.cpu import topology
from pybpf.cpu.context import Mode, Outcome, RunContext, St, W, check
from pybpf.cpu.exclusion import exclusion
from pybpf.cpu.limits import query
from pybpf.cpu.memory import _thread_ctx, pin, registry
from pybpf.cpu.validate import CpuTypeError, Program, validate
from pybpf.cpu.worker import Worker, forget, worker
from pybpf.errors import CpuError
from pybpf.isa.instruction import Instruction

ProgramLike = bytes | bytearray | memoryview | Sequence[Instruction]
_PREPARED_MAX = 4096
_registry = registry()
_getcpu_fn = ctypes.cast(ctypes.CDLL(None).sched_getcpu, ctypes.c_void_p).value or 0


@dataclass(slots=True)
class Prepared:
    """A validated program with its LD_IMM64 immediates in a native array, and (lazily) its native code."""

    program: Program
    args: ctypes.Array
    args_address: int
    native: object = None

    def code(self):  # -> NativeCode
        if self.native is None:
            from pybpf.cpu.native import compile_program

            self.native = compile_program(self.program)
        return self.native


_prepared: dict[object, Prepared] = {}


def prepare(program: ProgramLike) -> Prepared:
    """Validate ``program`` (cached by its exact bytes or instructions)."""
    key: object
    if isinstance(program, bytes):
        key = program
    elif isinstance(program, (bytearray, memoryview)):
        key = bytes(program)
    else:
        try:
            key = tuple(program)
        except TypeError:
            raise CpuTypeError(errno.EINVAL, f"program must be bytes or a sequence of Instruction, not "
                                             f"{type(program).__name__}") from None
    prep = _prepared.get(key)
    if prep is None:
        prog = validate(key if isinstance(key, bytes) else list(key))
        args = (ctypes.c_int64 * max(1, len(prog.imms)))(*prog.imms)
        prep = Prepared(prog, args, ctypes.addressof(args))
        if len(_prepared) >= _PREPARED_MAX:
            with contextlib.suppress(RuntimeError, StopIteration):  # another thread may be evicting too
                _prepared.pop(next(iter(_prepared)), None)
        _prepared[key] = prep
    return prep


def _context() -> RunContext:
    ctx = getattr(_thread_ctx, "ctx", None)
    if ctx is None:
        ex = exclusion()
        if not _mutexes:
            _mutexes.extend(ex.mutex_address(c) for c in range(max(_POSSIBLE) + 1))
        ctx = RunContext()
        w = ctx.words
        w[W.LOCKFN] = ex.lock_fn
        w[W.UNLOCKFN] = ex.unlock_fn
        w[W.CONSISTENTFN] = ex.consistent_fn
        w[W.GETCPUFN] = _getcpu_fn
        w[W.RSEQ_CPU] = topology.rseq_cpu_address()
        from pybpf.cpu.runtime import runtime_words

        for word, address in runtime_words().items():
            w[word] = address
        _registry.contexts.add(ctx)
        _thread_ctx.ctx = ctx
    return ctx


def _check_cpu(cpu: object) -> int:
    if isinstance(cpu, bool) or not hasattr(cpu, "__index__"):
        raise CpuTypeError(errno.EINVAL, f"cpu must be an int, not {type(cpu).__name__}")
    cpu = operator.index(cpu)  # type: ignore[call-overload]
    possible = topology.possible()
    if cpu not in possible:
        raise CpuError(errno.EINVAL, f"CPU {cpu} does not exist (possible CPUs: {topology.describe(possible)})")
    return cpu


# -- one attempt of each engine: runs the section once where the caller is (or reports WRONG_CPU) ----------------
_OK, _NEED_PAGE, _WRONG_CPU = int(St.OK), int(St.NEED_PAGE), int(St.WRONG_CPU)
_INLINE, _ANY = int(Mode.INLINE), int(Mode.ANY)
_U64 = 0xFFFFFFFFFFFFFFFF


def _native_attempt(prep: Prepared, cpu: int, mode: int, mutex: int, glob: int, hook: int, full: bool,
                    on: Worker | None = None, tests: tuple[int, int] | None = None) -> tuple[int, int, Outcome | None]:
    """(status, r0, Outcome or None), running here or ``on`` a worker; the Outcome is built for failures, or
    always when ``full``. ``tests`` = (store hook address, plain stores) for execute's test hooks."""
    code = prep.native or prep.code()
    if on is None:
        ctx = getattr(_thread_ctx, "ctx", None) or _context()
        return _drive(ctx, code.run, ctx.address, prep.args_address, cpu, mode, mutex, glob, hook, full, tests)
    with on.lock:
        return _drive(on.ctx, on.run, code.address, prep.args_address, cpu, mode, mutex, glob, hook, full, tests)


def _drive(ctx: RunContext, run: Callable[[int, int], int], a0: int, a1: int, cpu: int, mode: int, mutex: int,
           glob: int, hook: int, full: bool, tests: tuple[int, int] | None = None) -> tuple[int, int, Outcome | None]:
    w = ctx.words
    if tests is not None:  # only execute() sets them, and clears them below: do_on_cpu's path never touches them
        w[W.STORE_HOOK], w[W.PLAIN_STORES] = tests
    w[5] = cpu  # W.CPU, W.MODE, W.MUTEX, W.GLOBAL, W.HOOK (literal indexes: this is the hot path)
    w[6] = mode
    w[0] = mutex
    w[1] = glob
    w[4] = hook
    w[23] = 0  # W.OWNER_DIED: sticky across the NEED_PAGE re-runs of this attempt
    ctx.active = True  # before reading the region table: UserMemory.close waits for us
    try:
        while True:
            current = _registry.current
            ctx.table_gen = current[0]
            w[2] = current[1]  # W.REGIONS
            w[3] = current[2]  # W.NREGIONS
            st = run(a0, a1)
            if st != _NEED_PAGE:
                break
            pin(w[W.FADDR] & _U64, w[W.FRW])
    finally:
        ctx.active = False
        if tests is not None:
            w[W.STORE_HOOK] = w[W.PLAIN_STORES] = 0
    if st == _OK and not full:
        return st, w[13], None  # W.R0
    if st == _WRONG_CPU:
        return st, 0, None
    return st, w[W.R0], Outcome.from_words(w, st)


def _reference_attempt(prep: Prepared, cpu: int, mode: int, mutex: int, glob: int,
                       hook: Callable[[], None] | None, trace, before_store: Callable[[int], None] | None = None,
                       cas: bool = True) -> Outcome:
    from pybpf.cpu.exec import Reference

    if mode == _INLINE and topology.current_cpu() != cpu:
        return Outcome(St.WRONG_CPU)
    ex = exclusion()
    ctx = _context()
    ctx.active = True
    try:
        while True:
            died = False
            if glob:
                died |= ex.lock(None)
            if mutex:
                died |= ex.lock(cpu)
            try:
                current = _registry.current
                ctx.table_gen = current[0]
                out = Reference(prep.program, prep.program.imms, current[4], trace, before_store=before_store,
                                cas=cas).section(hook)
            finally:
                if mutex:
                    ex.unlock(cpu)
                if glob:
                    ex.unlock(None)
            out.owner_died = died
            if out.status != St.NEED_PAGE:
                return out
            pin(out.faddr, out.frw)
    finally:
        ctx.active = False


# -- placement ---------------------------------------------------------------------------------------------------
def _place(cpu: int, here: Callable[[int, int, int], Outcome], there: Callable[[Worker, int], Outcome],
           exclusive: bool, placement: str | None) -> Outcome:
    """Run inline, on ``cpu``'s worker, or locally under the global lock (see the module docstring)."""
    ex = exclusion() if exclusive else None
    mutex = ex.mutex_address(cpu) if ex else 0
    if placement == "here":  # tests: on the calling thread, wherever it is, with only the per-CPU exclusion
        out = here(_ANY, mutex, 0)
        out.placement = "here"
        return out
    if placement is not None:
        raise ValueError(f"placement must be None or 'here', not {placement!r}")
    if cpu in topology.online():
        out = here(_INLINE, mutex, 0)
        if out.status != St.WRONG_CPU:
            out.placement = "inline"
            return out
        if cpu in os.sched_getaffinity(0):
            w = worker(cpu)
            if w is not None:
                out = there(w, mutex)
                out.placement = "worker"
                return out
            forget(cpu)
            topology.refresh_online()
    out = here(_ANY, mutex, ex.global_address if ex else 0)
    out.placement = "local"
    return out


def execute(program: ProgramLike, cpu: int, *, engine: str = "native",
            between_passes: Callable[[], None] | None = None, exclusive: bool = True,
            placement: str | None = None, trace=None, before_store: Callable[[int], None] | None = None,
            cas: bool = True) -> Outcome:
    """Run ``program`` on ``cpu`` and return the full :class:`Outcome` (errors are statuses, not exceptions).

    For tests and debugging: ``engine`` is "native" or "reference" (Python, single-steppable with ``trace``),
    ``between_passes`` is called between pass 1 and pass 2 and ``before_store(slot)`` in pass 2 just before each
    store is committed (to change memory deterministically), ``exclusive=False`` runs *without* the per-CPU
    exclusion and ``cas=False`` commits every store as a plain store, without the conflict check (controls that
    must lose updates under contention), and ``placement="here"`` runs on the calling thread wherever it is (only
    the exclusion keeps runs for one CPU apart). Invalid programs and CPUs still raise CpuError.
    """
    prep = prepare(program)
    cpu = _check_cpu(cpu)
    if engine == "reference":
        def ref_here(mode: int, mutex: int, glob: int) -> Outcome:
            return _reference_attempt(prep, cpu, mode, mutex, glob, between_passes, trace, before_store, cas)

        def ref_there(w: Worker, mutex: int) -> Outcome:
            return w.call(lambda: ref_here(_ANY, mutex, 0))
        out = _place(cpu, ref_here, ref_there, exclusive, placement)
    elif engine == "native":
        from pybpf.cpu.native import HOOK, STORE_HOOK

        hook_ref = store_ref = None
        hook_addr = store_addr = 0
        if between_passes is not None:
            hook_ref = HOOK(lambda _ctx: between_passes())
            hook_addr = ctypes.cast(hook_ref, ctypes.c_void_p).value or 0
        if before_store is not None:
            store_ref = STORE_HOOK(lambda _ctx, slot: before_store(slot))
            store_addr = ctypes.cast(store_ref, ctypes.c_void_p).value or 0
        tests = (store_addr, 0 if cas else 1)

        def native_here(mode: int, mutex: int, glob: int) -> Outcome:
            st, _, o = _native_attempt(prep, cpu, mode, mutex, glob, hook_addr, True, tests=tests)
            return o if o is not None else Outcome(St(st))

        def native_there(w: Worker, mutex: int) -> Outcome:
            st, _, o = _native_attempt(prep, cpu, _ANY, mutex, 0, hook_addr, True, on=w, tests=tests)
            return o if o is not None else Outcome(St(st))
        out = _place(cpu, native_here, native_there, exclusive, placement)
        del hook_ref, store_ref
    else:
        raise ValueError(f"engine must be 'native' or 'reference', not {engine!r}")
    out.engine = engine
    out.cpu = cpu
    return out


def do_on_cpu(program: ProgramLike, cpu: int, flags: int = 0) -> int:
    """Run ``program`` once on ``cpu`` as one exclusive section; return r0 (signed 64-bit).

    All registers start at 0; addresses enter through LD_IMM64 (src 0) and must lie in a registered
    :class:`~pybpf.cpu.memory.UserMemory`. With one ``DOC_QUERY_*`` flag, return that limit instead (program and
    cpu are ignored). Failures raise :class:`~pybpf.errors.CpuError` (an OSError with the errno).
    """
    if flags:
        return query(flags)
    prep = _prepared.get(program) if program.__class__ is bytes else None
    if prep is None:
        prep = prepare(program)
    if cpu.__class__ is not int or cpu not in _POSSIBLE:
        cpu = _check_cpu(cpu)
    mutex = _mutexes[cpu] if cpu < len(_mutexes) else exclusion().mutex_address(cpu)
    if cpu in topology.online():
        st, r0, out = _native_attempt(prep, cpu, _INLINE, mutex, 0, 0, False)
        if st == _OK:
            return r0
        if st != _WRONG_CPU:
            return check(out)  # type: ignore[arg-type]
        if cpu in os.sched_getaffinity(0):
            w = worker(cpu)
            if w is not None:
                st, r0, out = _native_attempt(prep, cpu, _ANY, mutex, 0, 0, False, on=w)
                return r0 if st == _OK else check(out)  # type: ignore[arg-type]
            forget(cpu)
            topology.refresh_online()
    st, r0, out = _native_attempt(prep, cpu, _ANY, mutex, exclusion().global_address, 0, False)
    return r0 if st == _OK else check(out)  # type: ignore[arg-type]


_POSSIBLE = topology.possible()
_mutexes: list[int] = []  # per-CPU mutex addresses, filled when the segment is first mapped (see _context)

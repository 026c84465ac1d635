"""The interpreter backend: maps in native memory (pybpf.maps), programs run by the reference interpreter with
Linux's helpers bound to one RunEnv, contexts built the way BPF_PROG_TEST_RUN builds them (pybpf.progtypes).

Map references resolve to real addresses: an LD_IMM64 of a map loads the map's native header, one of a global
variable the address of the value inside the map. Every map's value memory is registered in the collection's
address space. There is no verifier yet: programs run with the interpreter's run-time checks only (every memory
access is bounds-checked; a fault stops the run with an error naming the slot).
"""

from __future__ import annotations

import errno
import itertools
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pybpf.collection.backend import Backend, gpl_compatible, relocate
from pybpf.collection.result import RunResult
from pybpf.elf.spec import ProgramSpec, ReferenceKind
from pybpf.errors import ExecutionError, LoadError, PybpfError, RunInputError
from pybpf.helpers.env import RunEnv
from pybpf.helpers.registry import HelperTable
from pybpf.isa.instruction import Instruction, slot_offsets
from pybpf.isa.opcodes import CALL, LD_IMM64, CallSrc, PseudoSrc
from pybpf.maps import create_map
from pybpf.maps.base import Map
from pybpf.maps.spec import MapSpec
from pybpf.uapi import ProgLoadFlag
from pybpf.vm import AddressSpace, Interpreter

M32 = 0xFFFFFFFF
# ids for this collection's kfuncs (host functions given to the Collection, unresolved kernel kfuncs): above the
# process-wide host-function range, so they never collide with registered host functions
_LOCAL_KFUNC_IDS = itertools.count(0x7F800000)


@dataclass(eq=False)
class InterpProgram:
    """A program loaded in the interpreter backend."""

    interpreter: Interpreter
    instructions: tuple[Instruction, ...]


def make_env(env: RunEnv | str | None, nr_cpus: int) -> RunEnv:
    """``env``: a RunEnv, "live" / None (host clocks, random seed, this process's ids), or "deterministic"."""
    if isinstance(env, RunEnv):
        return env
    if env is None or env == "live":
        return RunEnv(nr_cpus=nr_cpus)
    if env == "deterministic":
        return RunEnv.deterministic(nr_cpus=nr_cpus)
    raise PybpfError(f"env must be a RunEnv, 'live' or 'deterministic', not {env!r}")


class InterpBackend(Backend):
    name = "interp"

    def __init__(self, spec: Any, *, env: RunEnv | str | None = None, nr_cpus: int, target_btf: Any = None,
                 host_functions: Mapping[str, Any] | None = None, hash_seed: int = 0) -> None:
        self.spec = spec
        self.nr_cpus = nr_cpus
        self.env = make_env(env, nr_cpus)
        self.target_btf = target_btf
        self.hash_seed = hash_seed
        self.space = AddressSpace()
        self.maps: dict[str, Map] = {}
        self._core: dict = {}
        self._kfuncs: dict[str, tuple[int, Callable[..., int]]] = {}
        for name, fn in (host_functions or {}).items():
            self._kfuncs[name] = (next(_LOCAL_KFUNC_IDS), _host_wrapper(name, fn))

    # -- maps -------------------------------------------------------------------------------------------------
    def create_map(self, name: str, spec: MapSpec, initial: bytes | None = None) -> Map:
        if initial is not None:
            spec = spec.replace(contents=((b"\0\0\0\0", initial),))
        contents = spec.contents
        if any(isinstance(v, MapSpec) for _, v in contents):
            # inner maps given as specs are created with this collection's CPU count and seed
            spec = spec.replace(contents=tuple((k, self._inner(v)) for k, v in contents))
        m = create_map(spec, possible_cpus=self.nr_cpus, hash_seed=self.hash_seed)
        for region in m.regions():
            self.space.add(region)
        self.maps[name] = m
        return m

    def _inner(self, value: Any) -> Any:
        return create_map(value, possible_cpus=self.nr_cpus, hash_seed=self.hash_seed) \
            if isinstance(value, MapSpec) else value

    # -- programs ---------------------------------------------------------------------------------------------
    def load_program(self, program: ProgramSpec) -> InterpProgram:
        program = relocate(self.spec, program, self.target_btf, self._core)
        insns = self._link_externs(program)
        helpers = self._helpers(program)
        interp = Interpreter(insns, helpers=helpers, ld_imm64=self._resolver(program), packet=_ld_abs_packet(),
                             name=program.name)
        interp.register()  # a program id, so that prog arrays can hold it
        return InterpProgram(interp, tuple(insns))

    def _helpers(self, program: ProgramSpec) -> HelperTable:
        from pybpf.helpers.linux import linux_helpers
        from pybpf.progtypes import get

        gpl = gpl_compatible(program.license)
        sleepable = bool(program.prog_flags & ProgLoadFlag.SLEEPABLE)
        try:
            table = get(program.prog_type).helper_table(self.env, program.expected_attach_type, gpl=gpl,
                                                        sleepable=sleepable)
        except PybpfError:  # a program type without rules (unspec): Linux's generic helper set
            table = linux_helpers(self.env)
        for name, (kid, fn) in self._kfuncs.items():
            table.add_kfunc(kid, fn, name)
        return table

    def _link_externs(self, program: ProgramSpec) -> list[Instruction]:
        """Calls of kfuncs point at this collection's host functions, else at the process's registered host
        functions, else at a stub that stops the run naming the kfunc; typed ksyms (kernel variables) load 0."""
        from pybpf.helpers.host import host_function

        out = list(program.instructions)
        for i, (slot, insn) in enumerate(zip(slot_offsets(out), out, strict=True)):
            ref = program.references.get(slot)
            if ref is None:
                continue
            if ref.kind == ReferenceKind.KFUNC and insn.opcode == CALL and insn.src == CallSrc.KFUNC:
                local = self._kfuncs.get(ref.name)
                hf = host_function(ref.name) if local is None else None
                if local is None and hf is None:
                    local = self._kfuncs[ref.name] = (next(_LOCAL_KFUNC_IDS), _missing_kfunc(ref.name))
                out[i] = insn.replace(imm=local[0] if local is not None else hf.id)
            elif ref.kind == ReferenceKind.KSYM and insn.opcode == LD_IMM64:
                out[i] = insn.replace(src=PseudoSrc.IMM, imm=0)  # no kernel memory to point at
        return out

    def _resolver(self, program: ProgramSpec) -> Callable[[Instruction, int], int]:
        refs = program.references
        maps = self.maps
        path = self.spec.path

        def resolve(insn: Instruction, slot: int) -> int:
            ref = refs.get(slot)
            m = maps.get(ref.map) if ref is not None and ref.map is not None else None
            if m is None:
                raise LoadError(f"LD_IMM64 src {insn.src} does not name a map of the collection", file=path,
                                program=program.name, slot=slot)
            if insn.src in (PseudoSrc.MAP_VALUE, PseudoSrc.MAP_IDX_VALUE):
                return m.value_area[0] + ((insn.imm >> 32) & M32)
            return m.address
        return resolve

    # -- slots ------------------------------------------------------------------------------------------------
    def set_slot(self, map_handle: Any, index: int, target: Any) -> None:
        map_handle.update(index, target)

    def object_id(self, handle: Any) -> int:
        if isinstance(handle, InterpProgram):
            return handle.interpreter.register()
        return handle.id

    # -- running ----------------------------------------------------------------------------------------------
    def run(self, loaded: InterpProgram, program: ProgramSpec, data: bytes, ctx: bytes | None, repeat: int,
            cpu: int | None) -> RunResult:
        from pybpf.progtypes import get

        info = get(program.prog_type) if program.prog_type else None
        if info is None or not info.runnable:
            kind = program.prog_type.name.lower()
            raise PybpfError(f"program {program.name}: {kind} programs cannot be run (no context model)")
        env = self.env
        saved_cpu = env.cpu
        if cpu is not None:
            if not 0 <= cpu < env.nr_cpus:
                raise RunInputError(errno.EINVAL, f"program {program.name}: cpu {cpu} does not exist "
                                                  f"({env.nr_cpus} possible CPUs)")
            env.cpu = cpu
        interp = loaded.interpreter
        if interp.fast:
            interp.compiled()  # compile the fast path before timing (once per program)
        space = self.space
        log: list[str] = []
        runs = max(1, repeat)
        try:
            with info.prepare(space, data, ctx, env=env, attach=program.expected_attach_type,
                              repeat=repeat) as prepared:
                start = time.perf_counter_ns()
                r0 = 0
                for _ in range(runs):
                    result = interp.execute(space, prepared.r1)
                    r0 = result.r0
                    log.extend(result.trace)
                elapsed = time.perf_counter_ns() - start
                out = info.finish(prepared, r0)
        finally:
            env.cpu = saved_cpu
        return RunResult(out.retval, out.r0, out.data_out, out.ctx_out, elapsed // runs,
                         tuple(line.rstrip("\n") for line in log), self.name, program.name, program.prog_type)

    def close(self) -> None:
        for m in self.maps.values():
            for region in m.regions():
                if self.space.find(region.base, 1) is not None:
                    self.space.remove(region)
        self.maps.clear()


def _ld_abs_packet() -> Any:
    from pybpf.progtypes.skb import ld_abs_packet
    return ld_abs_packet


def _host_wrapper(name: str, fn: Any) -> Callable[..., int]:
    """A collection-local host function: a callable ``fn(ctx, *args)``, a ``(callable, HostSignature)`` pair or
    a HostFunction, called like a registered host function (arguments checked against its signature)."""
    from pybpf.helpers import host

    if isinstance(fn, host.HostFunction):
        hf = fn
    else:
        func, sig = fn if isinstance(fn, tuple) else (fn, None)
        if not callable(func):
            raise PybpfError(f"host function {name!r}: {func!r} is not callable")
        hf = host.HostFunction(name, func, sig or host.HostSignature(("scalar",) * 5), 0)
    return host._wrapper(hf)


def _missing_kfunc(name: str) -> Callable[..., int]:
    def call(ctx: Any, *args: int) -> int:
        raise ExecutionError(f"kfunc {name} is not available in the interpreter (give a host function of that "
                             "name: Collection(host_functions={...}))", pc=ctx.pc, program=ctx.program)
    return call

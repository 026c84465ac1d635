"""The JIT backend: the interpreter backend's maps, helpers, contexts and map references, with every program
compiled to native code by :mod:`pybpf.vm.jit` (helpers and maps called natively, Python only for the helpers
that need it). Programs run with the JIT's run-time checks (every access bounds-checked, an instruction meter),
like the interpreter, unless ``JitBackend.trust`` vouches for them (see the class).

``repeat`` runs loop in native code, so ``duration_ns`` is the mean time of one run, as BPF_PROG_TEST_RUN reports.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pybpf.collection.interp_backend import InterpBackend
from pybpf.collection.result import RunResult
from pybpf.elf.spec import ProgramSpec
from pybpf.errors import PybpfError, RunInputError
from pybpf.isa.instruction import Instruction
from pybpf.uapi import AttachType, ProgType
from pybpf.vm import Interpreter

_NOT_TEST_RUN = (AttachType.XDP_DEVMAP, AttachType.XDP_CPUMAP)  # attach types XDP test runs refuse


@dataclass(eq=False)
class JitProgram:
    """A program loaded in the JIT backend: its Jit and the Interpreter that shares its helpers and resolver."""

    interpreter: Interpreter
    jit: Any
    instructions: tuple[Instruction, ...]
    fast: Any = None  # the reusable XDP test-run frame (pybpf.vm.jit.xdpfast) of an XDP program

    @property
    def compile_stats(self) -> Any:
        return self.jit.compile_stats


class JitBackend(InterpBackend):
    """Programs pybpf's verifier accepted (``verified``, filled by Collection) run without run-time checks and
    without the instruction meter, as Linux runs verified programs; the others (``verify=False``) keep both.
    ``trust(program_spec) -> bool`` (class attribute) trusts more: ``pybpf bench`` trusts the programs the host
    kernel's verifier accepted in the same run (it loads them there too)."""

    name = "jit"
    trust: Callable[[ProgramSpec], bool] | None = None

    def load_program(self, program: ProgramSpec) -> JitProgram:
        from pybpf.vm.jit import Jit

        loaded = super().load_program(program)
        trusted = program.name in self.verified or bool(
            type(self).trust is not None and type(self).trust(program))  # type: ignore[misc]
        jit = Jit.from_interpreter(loaded.interpreter, checks=not trusted, meter=not trusted)
        jit.compile()  # at load, as the kernel JITs at load: errors and compile time belong here
        out = JitProgram(loaded.interpreter, jit, loaded.instructions)
        if program.prog_type == ProgType.XDP and program.expected_attach_type not in _NOT_TEST_RUN:
            from pybpf.vm.jit.xdpfast import FastXdp
            out.fast = FastXdp(jit, self.space, self.env, backend=self.name, program=program.name,
                               prog_type=program.prog_type)  # cheap: the frame is allocated on its first run
        if not hasattr(self, "_loaded"):
            self._loaded: list[JitProgram] = []
        self._loaded.append(out)
        return out

    @staticmethod
    def _fast_xdp(program: ProgramSpec, ctx: bytes | None, repeat: int, data: bytes) -> bool:
        """A single XDP test run without ctx_in on a packet the test run accepts (an Ethernet header, no more than
        the linear area): the reusable native frame (pybpf.vm.jit.xdpfast) gives the same result without building
        the context in Python."""
        return (program.prog_type == ProgType.XDP and ctx is None and repeat <= 1 and 14 <= len(data) <= 3520
                and program.expected_attach_type not in _NOT_TEST_RUN)

    def fast_runner(self, loaded: JitProgram, program: ProgramSpec) -> Callable[[bytes], RunResult | None] | None:
        """What ``Program.run(data)`` may call first for a single run without ctx, repeat or cpu: a RunResult, or
        None when the run must take :meth:`run` (see pybpf.vm.jit.xdpfast)."""
        return loaded.fast.result if loaded.fast is not None else None

    def close(self) -> None:
        for loaded in getattr(self, "_loaded", ()):
            if loaded.fast is not None:
                loaded.fast.close()
        getattr(self, "_loaded", []).clear()
        super().close()

    def object_id(self, handle: Any) -> int:
        if isinstance(handle, JitProgram):
            return handle.interpreter.register()
        return super().object_id(handle)

    def run(self, loaded: JitProgram, program: ProgramSpec, data: bytes, ctx: bytes | None, repeat: int,
            cpu: int | None) -> RunResult:
        if loaded.fast is not None and self._fast_xdp(program, ctx, repeat, data) and cpu is None:
            result = loaded.fast.result(data)
            if result is not None:
                return result
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
        runs = max(1, repeat)
        try:
            with info.prepare(self.space, data, ctx, env=env, attach=program.expected_attach_type,
                              repeat=repeat) as prepared:
                start = time.perf_counter_ns()
                result = loaded.jit.execute(self.space, prepared.r1, repeat=runs)
                elapsed = time.perf_counter_ns() - start
                out = info.finish(prepared, result.r0)
        finally:
            env.cpu = saved_cpu
        return RunResult(out.retval, out.r0, out.data_out, out.ctx_out, elapsed // runs,
                         tuple(line.rstrip("\n") for line in result.trace), self.name, program.name,
                         program.prog_type)

"""The reference interpreter and the address space every engine shares.

``Interpreter(insns).run(space, r1=...)`` runs a program with Linux's semantics on real, bounds-checked memory;
``Interpreter.machine(space)`` gives the step API. See :mod:`pybpf.vm.interp` for the conventions.
"""

from __future__ import annotations

from pybpf.vm.interp import DEFAULT_BUDGET, Frame, Interpreter, Machine, RunResult
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind


def __getattr__(name: str):  # the JIT (and its Engine interface) on first use: importing pybpf.vm stays light
    if name in ("Jit", "Engine"):
        import pybpf.vm.jit as jit
        return getattr(jit, name)
    raise AttributeError(name)


__all__ = ["DEFAULT_BUDGET", "AddressSpace", "Engine", "Frame", "Interpreter", "Jit", "Machine", "NativeBuffer",
           "Region", "RegionKind", "RunResult"]

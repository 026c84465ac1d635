"""The interface every pybpf engine offers: :class:`pybpf.vm.Interpreter` and :class:`pybpf.vm.jit.Jit` both
satisfy it, so code that runs programs (program types, collections, tests) takes either."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from pybpf.helpers.registry import HelperTable
from pybpf.isa.instruction import Instruction
from pybpf.vm.interp import RunResult
from pybpf.vm.memory import AddressSpace


@runtime_checkable
class Engine(Protocol):
    """A loaded program: run it on an address space with r1-r5, get r0 or the full :class:`RunResult`; the
    same faults, budget errors and helper semantics on every engine."""

    insns: Any  # tuple[Instruction, ...]
    name: Any  # str
    helpers: Any  # HelperTable
    budget: Any  # int | None

    def run(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0) -> int:
        ...

    def execute(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0
                ) -> RunResult:
        ...

    def register(self) -> int:
        """A program id, so that prog arrays can hold the program."""
        ...


__all__ = ["Engine", "HelperTable", "Instruction"]

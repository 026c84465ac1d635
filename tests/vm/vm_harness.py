"""Running a program on both engines (step machine and fast path) and checking they agree exactly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pybpf.errors import PybpfError
from pybpf.helpers import HelperTable
from pybpf.isa.instruction import Instruction
from pybpf.vm import AddressSpace, Interpreter, Region, RegionKind, RunResult


@dataclass
class Outcome:
    """Everything observable about a run: result or error, and the memory afterwards."""

    result: RunResult | None
    error: PybpfError | None
    memory: dict[str, bytes]

    def key(self) -> tuple:
        if self.error is not None:
            e = self.error
            return ("error", type(e).__name__, str(e), getattr(e, "pc", None), getattr(e, "address", None),
                    tuple(sorted(self.memory.items())))
        assert self.result is not None
        r = self.result
        return ("ok", r.r0, r.regs, r.steps, tuple(r.trace), tuple(sorted(self.memory.items())))


class Setup:
    """An address space with an input memory region (and optionally a read-only one) reset before each run."""

    def __init__(self, mem: bytes = b"", rodata: bytes = b"") -> None:
        self.space = AddressSpace()
        self.mem_data = mem
        self.ro_data = rodata
        self.mem: Region | None = self.space.alloc(len(mem), RegionKind.MEM, "mem", data=mem) if mem else None
        self.ro: Region | None = (self.space.alloc(len(rodata), RegionKind.USER, "rodata", data=rodata,
                                                   writable=False) if rodata else None)

    def reset(self) -> None:
        if self.mem is not None:
            self.mem.view[:] = self.mem_data

    def snapshot(self) -> dict[str, bytes]:
        out = {}
        if self.mem is not None:
            out["mem"] = self.mem.view.tobytes()
        return out

    def args(self) -> tuple[int, int]:
        return (self.mem.base, len(self.mem_data)) if self.mem is not None else (0, 0)


def outcome(vm: Interpreter, setup: Setup, fast: bool, args: Sequence[int] | None = None) -> Outcome:
    setup.reset()
    before = setup.space.regions
    try:
        result = vm.execute(setup.space, *(args if args is not None else setup.args()), fast=fast)
        error = None
    except PybpfError as err:
        result, error = None, err
    assert setup.space.regions == before, "stack regions must be removed after a run"
    return Outcome(result, error, setup.snapshot())


def run_both(insns: Sequence[Instruction], mem: bytes = b"", *, helpers: HelperTable | None = None,
             args: Sequence[int] | None = None, setup: Setup | None = None, **kw) -> Outcome:
    """Run on the step machine and the fast path; assert identical outcomes; return the step machine's."""
    setup = setup or Setup(mem)
    vm = Interpreter(list(insns), helpers=helpers, **kw)
    step = outcome(vm, setup, False, args)
    fast = outcome(vm, setup, True, args)
    assert step.key() == fast.key()
    return step


def r0_of(insns: Sequence[Instruction], mem: bytes = b"", **kw) -> int:
    """r0 after running on both engines (which must agree)."""
    out = run_both(insns, mem, **kw)
    if out.error is not None:
        raise out.error
    assert out.result is not None
    return out.result.r0


def error_of(insns: Sequence[Instruction], mem: bytes = b"", **kw) -> PybpfError:
    out = run_both(insns, mem, **kw)
    assert out.error is not None, f"expected an error, got r0 = {out.result}"
    return out.error

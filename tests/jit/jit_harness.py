"""Running a program on the interpreter (the reference) and on the JIT, and checking they agree exactly.

Both engines run on the same address space and the same stack buffers (the interpreter borrows the Jit's), so
addresses that leak into registers or fault messages are identical too. Compared: r0, the final registers, the
instruction count, helper trace, the input memory and the frame-0 stack afterwards, or the error's type, text,
slot and address.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pybpf.errors import PybpfError
from pybpf.helpers import HelperTable
from pybpf.isa.instruction import Instruction
from pybpf.vm import AddressSpace, Region, RegionKind, RunResult
from pybpf.vm.jit import Jit


@dataclass
class Outcome:
    result: RunResult | None
    error: PybpfError | None
    memory: dict[str, bytes]

    def key(self) -> tuple:
        mem = tuple(sorted(self.memory.items()))
        if self.error is not None:
            e = self.error
            return ("error", type(e).__name__, str(e), getattr(e, "pc", None), getattr(e, "address", None), mem)
        assert self.result is not None
        r = self.result
        return ("ok", r.r0, r.regs, r.steps, tuple(r.trace), mem)


class Setup:
    """An address space with an input memory region (and optionally a read-only one) reset before each run."""

    def __init__(self, mem: bytes = b"", rodata: bytes = b"") -> None:
        self.space = AddressSpace()
        self.mem_data = mem
        self.mem: Region | None = self.space.alloc(len(mem), RegionKind.MEM, "mem", data=mem) if mem else None
        self.ro: Region | None = (self.space.alloc(len(rodata), RegionKind.USER, "rodata", data=rodata,
                                                   writable=False) if rodata else None)

    def reset(self) -> None:
        if self.mem is not None:
            self.mem.view[:] = self.mem_data

    def args(self) -> tuple[int, int]:
        return (self.mem.base, len(self.mem_data)) if self.mem is not None else (0, 0)

    def snapshot(self, jit: Jit) -> dict[str, bytes]:
        # the top of frame 0 the JIT zeroes (all of it unless the frame pointer never escapes): nothing else of
        # the frame is reachable by the program
        window = jit.layout.stack_bytes.get(0, 512) if jit.layout is not None else 512
        out = {"stack0": jit.stack_regions[0].view.tobytes()[512 - window:]}
        if self.mem is not None:
            out["mem"] = self.mem.view.tobytes()
        return out


def outcome(engine, jit: Jit, setup: Setup, args: Sequence[int] | None, **kw) -> Outcome:
    setup.reset()
    for region in jit.stack_regions:
        region.view[:] = b"\xaa" * len(region.view)  # neither engine may rely on stale stack content
    before = setup.space.regions
    try:
        result = engine.execute(setup.space, *(args if args is not None else setup.args()), **kw)
        error = None
    except PybpfError as err:
        result, error = None, err
    assert setup.space.regions == before, "stack regions must be removed after a run"
    return Outcome(result, error, setup.snapshot(jit))


def run_jit_and_interp(insns: Sequence[Instruction], mem: bytes = b"", *, helpers: HelperTable | None = None,
                       args: Sequence[int] | None = None, setup: Setup | None = None, step: bool = True,
                       **kw) -> Outcome:
    """Run on the interpreter (step machine, or fast path with ``step=False``) and the JIT; assert identical
    outcomes; return the JIT's."""
    setup = setup or Setup(mem)
    jit = Jit(list(insns), helpers=helpers, **kw)
    if jit.program.nslots:
        jit.compile()  # the frame window the snapshots compare is known once compiled
    interp = jit.interpreter
    interp._stack_pool = list(jit.stack_regions)  # the interpreter runs on the JIT's stack buffers
    ref = outcome(interp, jit, setup, args, fast=not step)
    got = outcome(jit, jit, setup, args)
    assert got.key() == ref.key(), describe(ref, got)
    return got


def describe(ref: Outcome, got: Outcome) -> str:
    """The fields that differ (memory by byte ranges, not whole dumps)."""
    lines = ["the JIT and the interpreter disagree:"]
    a, b = ref.key(), got.key()
    for i, (x, y) in enumerate(zip(a[:-1], b[:-1])):
        if x != y:
            lines.append(f"  field {i}: interp {x!r}\n           jit    {y!r}")
    for name in sorted(set(ref.memory) | set(got.memory)):
        x, y = ref.memory.get(name, b""), got.memory.get(name, b"")
        if x != y:
            diff = [i for i in range(min(len(x), len(y))) if x[i] != y[i]]
            lines.append(f"  memory {name}: bytes {diff[:16]} differ")
    return "\n".join(lines)


def r0_of(insns: Sequence[Instruction], mem: bytes = b"", **kw) -> int:
    out = run_jit_and_interp(insns, mem, **kw)
    if out.error is not None:
        raise out.error
    assert out.result is not None
    return out.result.r0


def error_of(insns: Sequence[Instruction], mem: bytes = b"", **kw) -> PybpfError:
    out = run_jit_and_interp(insns, mem, **kw)
    assert out.error is not None, f"expected an error, got {out.result}"
    return out.error

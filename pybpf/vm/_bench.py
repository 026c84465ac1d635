"""Interpreter speed benchmark: BPF instructions per second of the fast path and the step machine.

Three programs: ``alu-loop`` (a tight single-block loop), ``branchy`` (Collatz step counts: a loop of several
blocks, so every block goes through the dispatcher) and ``memory`` (byte loads from the input plus a histogram in
the stack, through both r10 and another pointer). Used by ``pybpf bench interp`` and ``benchmarks/interp_speed.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from pybpf.isa.instruction import Instruction

ALU_LOOP = """
    r0 = 0
    r1 = {n}
loop:
    r0 += r1
    r0 ^= 0x5a
    r2 = r0
    r2 >>= 3
    r0 += r2
    r1 += -1
    if r1 != 0 goto loop
    exit
"""

BRANCHY = """
    r0 = 0
    r6 = {n}
outer:
    r1 = r6
inner:
    if r1 == 1 goto next
    r0 += 1
    r2 = r1
    r2 &= 1
    if r2 == 0 goto even
    r3 = r1
    r1 <<= 1
    r1 += r3
    r1 += 1
    goto inner
even:
    r1 >>= 1
    goto inner
next:
    r6 += -1
    if r6 != 0 goto outer
    exit
"""

MEMORY = """
    r0 = 0
    r6 = 0
pass:
    r3 = r1
    r4 = r1
    r4 += r2
byte:
    r5 = *(u8 *)(r3 + 0)
    r0 += r5
    r5 &= 7
    r5 <<= 3
    r7 = r10
    r7 += -64
    r7 += r5
    r8 = *(u64 *)(r7 + 0)
    r8 += 1
    *(u64 *)(r7 + 0) = r8
    *(u64 *)(r10 - 8) = r0
    r3 += 1
    if r3 < r4 goto byte
    r6 += 1
    if r6 < {n} goto pass
    r1 = *(u64 *)(r10 - 64)
    r0 += r1
    exit
"""

MEMORY_SIZE = 4096


@dataclass(frozen=True)
class Workload:
    name: str
    source: str
    default_n: int  # loop parameter for the fast path; the step machine runs a smaller n
    step_n: int
    memory: int = 0

    def program(self, n: int) -> list[Instruction]:
        from pybpf.isa.asm import assemble
        return assemble(self.source.format(n=n), source=f"<bench {self.name}>", syntax="llvm")


WORKLOADS = (
    Workload("alu-loop", ALU_LOOP, 2_000_000, 150_000),
    Workload("branchy", BRANCHY, 20_000, 2_000),
    Workload("memory", MEMORY, 200, 15, MEMORY_SIZE),
)


@dataclass
class Measurement:
    name: str
    insns_fast: int
    seconds_fast: float
    compile_seconds: float
    insns_step: int
    seconds_step: float

    @property
    def fast_rate(self) -> float:
        return self.insns_fast / self.seconds_fast

    @property
    def step_rate(self) -> float:
        return self.insns_step / self.seconds_step

    @property
    def ratio(self) -> float:
        return self.fast_rate / self.step_rate

    def to_json(self) -> dict[str, float | int | str]:
        doc: dict[str, float | int | str] = asdict(self)
        doc.update(fast_insns_per_s=self.fast_rate, step_insns_per_s=self.step_rate, ratio=self.ratio)
        return doc


def _timed(fn: Callable[[], int]) -> tuple[int, float]:
    start = time.perf_counter()
    steps = fn()
    return steps, time.perf_counter() - start


def measure(workload: Workload, *, scale: float = 1.0, repeat: int = 3) -> Measurement:
    """Best of ``repeat`` runs on each path (compilation timed separately, once)."""
    from pybpf.vm import AddressSpace, Interpreter, RegionKind, _compile  # noqa: F401 - import outside the timing

    space = AddressSpace()
    data = bytes((i * 131 + 7) & 0xFF for i in range(workload.memory))
    r1 = space.alloc(len(data), RegionKind.MEM, "mem", data=data).base if data else 0

    fast_vm = Interpreter(workload.program(max(1, int(workload.default_n * scale))), name=workload.name, budget=None)
    start = time.perf_counter()
    fast_vm.compiled()
    compile_seconds = time.perf_counter() - start
    fast = min((_timed(lambda: fast_vm.execute(space, r1, len(data)).steps) for _ in range(repeat)),
               key=lambda t: t[1])

    step_vm = Interpreter(workload.program(max(1, int(workload.step_n * scale))), name=workload.name, budget=None)
    step = min((_timed(lambda: step_vm.execute(space, r1, len(data), fast=False).steps) for _ in range(repeat)),
               key=lambda t: t[1])
    return Measurement(workload.name, fast[0], fast[1], compile_seconds, step[0], step[1])


def run_all(names: list[str] | None = None, *, scale: float = 1.0, repeat: int = 3) -> list[Measurement]:
    chosen = [w for w in WORKLOADS if not names or w.name in names]
    return [measure(w, scale=scale, repeat=repeat) for w in chosen]

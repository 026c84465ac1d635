"""Latency and throughput of do_on_cpu (``pybpf cpu bench``, ``benchmarks/cpu_bench.py``): numbers, not tests."""

from __future__ import annotations

import os
import threading
import time

from pybpf.cpu import topology
from pybpf.cpu.api import do_on_cpu, execute
from pybpf.cpu.demo import run_demo
from pybpf.cpu.insn import add, exit_, ld_imm64, ldx, stx
from pybpf.cpu.memory import UserMemory
from pybpf.cpu.percpu import PerCpuCounter
from pybpf.isa.codec import encode


def _increment(address: int) -> bytes:
    return encode([ld_imm64(1, address), ldx(8, 0, 1), add(0, imm=1), stx(8, 1, 0), exit_()])


def _per_call(fn, n: int) -> float:
    """Microseconds per call of ``fn`` (best of 3 rounds of ``n``)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - start) / n)
    return best * 1e6


def _pinned(cpu: int, fn):
    """Run ``fn`` on a thread pinned to ``cpu`` and return its result."""
    out: list = []

    def body() -> None:
        os.sched_setaffinity(0, {cpu})
        out.append(fn())
    t = threading.Thread(target=body)
    t.start()
    t.join()
    return out[0]


def run_bench(n: int = 20_000, *, demo_ops: int = 50_000) -> dict:
    """Measure local / remote latency per call and multi-process throughput."""
    cpus = sorted(topology.online() & os.sched_getaffinity(0))
    here, there = cpus[0], cpus[-1]
    mem = UserMemory(4096)
    try:
        prog = _increment(mem.address)
        results: dict = {"cpus": cpus, "calls_per_round": n}

        def local() -> float:
            do_on_cpu(prog, here)
            return _per_call(lambda: do_on_cpu(prog, here), n)

        def remote() -> float:
            do_on_cpu(prog, there)
            return _per_call(lambda: do_on_cpu(prog, there), max(1, n // 4))

        def reference() -> float:
            return _per_call(lambda: execute(prog, here, engine="reference"), max(1, n // 50))
        results["local_us"] = _pinned(here, local)
        if there != here:
            results["remote_us"] = _pinned(here, remote)
        results["reference_local_us"] = _pinned(here, reference)
        counter = PerCpuCounter()
        try:
            counter.add()
            results["library_add_us"] = _per_call(counter.add, n)
        finally:
            counter.mem.close()
        expected = mem.load(0)
        results["increments_checked"] = expected
    finally:
        mem.close()
    demo = run_demo(ops=demo_ops)
    results["throughput"] = {"procs": demo.procs, "ops": demo.total_ops, "ops_per_sec": round(demo.ops_per_sec),
                             "lost_updates": demo.lost_updates, "remote_share": 0.1, "move_share": 0.1}
    return results

"""The ``pybpf cpu demo`` workload: forked processes racing local and remote per-CPU updates, then an audit.

Each process does M operations: a per-CPU counter increment on its own CPU (local), an increment of another CPU's
counter (remote), or a list move (pop a node from one CPU's list, push it onto another's). Afterwards the counters
must sum to the increments made and every node must sit on exactly one list: anything else is a lost update.
"""

from __future__ import annotations

import os
import random
import struct
import time
import traceback
from dataclasses import asdict, dataclass

from pybpf.cpu import topology
from pybpf.cpu.memory import UserMemory
from pybpf.cpu.percpu import PerCpuCounter, PerCpuList

_RESULT = struct.Struct("<qqqqqd")  # increments, local, remote, moves, empty pops, seconds


@dataclass
class DemoReport:
    procs: int
    ops_per_proc: int
    total_ops: int
    local_ops: int
    remote_ops: int
    list_moves: int
    empty_pops: int
    counter_expected: int
    counter_actual: int
    counter_lost: int
    list_nodes: int
    list_found: int
    list_lost: int
    lost_updates: int
    seconds: float
    ops_per_sec: float
    cpus: list[int]

    def as_dict(self) -> dict:
        return asdict(self)


def _worker(counter: PerCpuCounter, lists: PerCpuList, cpus: list[int], ops: int, seed: int,
            remote_share: float, move_share: float) -> tuple[int, int, int, int, int, float]:
    rng = random.Random(seed)
    incs = local = remote = moves = empty = 0
    start = time.perf_counter()
    for _ in range(ops):
        r = rng.random()
        if r < move_share:
            src, dst = rng.choice(cpus), rng.choice(cpus)
            node = lists.pop(src)
            if node is None:
                empty += 1
            else:
                lists.push(node, dst)
                moves += 1
        elif r < move_share + remote_share and len(cpus) > 1:
            here = topology.current_cpu()
            counter.add(1, rng.choice([c for c in cpus if c != here] or cpus))
            incs += 1
            remote += 1
        else:
            counter.add(1)
            incs += 1
            local += 1
    return incs, local, remote, moves, empty, time.perf_counter() - start


def run_demo(procs: int | None = None, ops: int = 100_000, *, remote_share: float = 0.1,
             move_share: float = 0.1, nodes_per_cpu: int = 32, seed: int = 1) -> DemoReport:
    """Fork ``procs`` processes doing ``ops`` operations each; audit counters and lists."""
    cpus = sorted(topology.online() & os.sched_getaffinity(0)) or [topology.current_cpu()]
    procs = procs or len(cpus)
    counter = PerCpuCounter()
    capacity = nodes_per_cpu * len(cpus)
    lists = PerCpuList(capacity)
    for i in range(capacity):
        lists.push(lists.node(i), cpus[i % len(cpus)])
    results = UserMemory(_RESULT.size * procs)
    start = time.perf_counter()
    pids = []
    try:
        for p in range(procs):
            pid = os.fork()
            if pid == 0:  # child: work, report through shared memory, leave without cleanup
                code = 1
                try:
                    res = _worker(counter, lists, cpus, ops, seed * 1000 + p, remote_share, move_share)
                    _RESULT.pack_into(results.buf, p * _RESULT.size, *res)
                    code = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(code)
            pids.append(pid)
        failed = [pid for pid in pids if os.waitpid(pid, 0)[1] != 0]
        pids = []
        if failed:
            raise RuntimeError(f"{len(failed)} demo process(es) failed")
        seconds = time.perf_counter() - start
        rows = [_RESULT.unpack_from(results.buf, p * _RESULT.size) for p in range(procs)]
        expected = sum(r[0] for r in rows)
        actual = counter.sum()
        found = sum(len(lists.walk(cpu)) for cpu in range(lists.ncpus))
        total = procs * ops
        return DemoReport(
            procs=procs, ops_per_proc=ops, total_ops=total,
            local_ops=sum(r[1] for r in rows), remote_ops=sum(r[2] for r in rows), list_moves=sum(r[3] for r in rows),
            empty_pops=sum(r[4] for r in rows), counter_expected=expected, counter_actual=actual,
            counter_lost=expected - actual, list_nodes=capacity, list_found=found, list_lost=capacity - found,
            lost_updates=(expected - actual) + (capacity - found), seconds=seconds,
            ops_per_sec=total / seconds if seconds else 0.0, cpus=cpus)
    finally:
        for pid in pids:
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass
        results.close()
        counter.mem.close()
        lists.mem.close()

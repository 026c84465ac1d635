"""Where a run executes: inline on the caller's CPU, on the target's pinned worker, or locally under the global
lock for offline CPUs and CPUs outside the caller's affinity; nonexistent CPUs are EINVAL."""

from __future__ import annotations

import errno
import os
import threading

import pytest
from cpu_helpers import increment, pinned_to, usable_cpus

from pybpf.cpu import do_on_cpu, execute, topology
from pybpf.cpu.context import St
from pybpf.cpu.exclusion import exclusion
from pybpf.cpu.worker import worker
from pybpf.errors import CpuError

NEEDS_TWO = pytest.mark.skipif(len(usable_cpus()) < 2, reason="needs two usable CPUs")


@pytest.mark.parametrize("cpu", [-1, max(topology.possible()) + 1, 1 << 20])
def test_nonexistent_cpu_is_einval(mem, cpu):
    with pytest.raises(CpuError) as info:
        do_on_cpu(increment(mem.address), cpu)
    assert info.value.errno == errno.EINVAL
    assert "does not exist" in str(info.value) and topology.describe(topology.possible()) in str(info.value)
    assert mem.load(0) == 0


@pytest.mark.parametrize("cpu", [True, 0.0, "0", None])
def test_cpu_must_be_an_int(mem, cpu):
    with pytest.raises(CpuError) as info:
        do_on_cpu(increment(mem.address), cpu)  # type: ignore[arg-type]
    assert info.value.errno == errno.EINVAL and isinstance(info.value, TypeError)


def _where(mem, cpu: int, engine: str = "native") -> tuple[str, dict]:
    """Run on ``cpu``; report the placement and, from inside the section, the thread and CPU it ran on."""
    seen: dict = {}

    def hook():
        seen.update(cpu=topology.current_cpu(), thread=threading.current_thread().name,
                    global_free=_free(None), cpu_free=_free(cpu))
    out = execute(increment(mem.address), cpu, engine=engine, between_passes=hook)
    assert out.status == St.OK, out
    return out.placement, seen


def _free(cpu: int | None) -> bool:
    """Whether a lock is free, probed from another thread (trylock by its own holder would not tell)."""
    result: list[bool] = []

    def probe():
        got = exclusion().try_lock(cpu)
        if got:
            exclusion().unlock(cpu)
        result.append(got)
    t = threading.Thread(target=probe)
    t.start()
    t.join()
    return result[0]


def test_inline_when_the_caller_is_on_the_cpu(mem, engine):
    cpu = usable_cpus()[0]
    with pinned_to(cpu):
        placement, seen = _where(mem, cpu, engine)
    assert placement == "inline"
    assert seen["cpu"] == cpu and seen["thread"] == threading.current_thread().name
    assert not seen["cpu_free"] and seen["global_free"]


@NEEDS_TWO
def test_remote_cpu_runs_on_its_pinned_worker(mem, engine):
    for _ in range(50):  # the caller may use every CPU but is not on the target now (it could migrate: retry)
        there = next(c for c in usable_cpus() if c != topology.current_cpu())
        placement, seen = _where(mem, there, engine)
        if placement == "worker":
            break
    assert placement == "worker"
    assert seen["cpu"] == there and seen["thread"] == f"pybpf-cpu{there}"
    assert not seen["cpu_free"] and seen["global_free"]
    w = worker(there)
    assert w is not None and os.sched_getaffinity(w._thread.native_id) == {there}


@NEEDS_TWO
def test_offline_cpu_runs_locally_under_the_global_lock(mem, engine):
    here, there = usable_cpus()[0], usable_cpus()[-1]
    topology.set_online_override(topology.online() - {there})
    with pinned_to(here):
        placement, seen = _where(mem, there, engine)
    assert placement == "local"
    assert seen["cpu"] == here and seen["thread"] == threading.current_thread().name
    assert not seen["cpu_free"] and not seen["global_free"]  # both the global lock and the CPU's own lock
    assert do_on_cpu(increment(mem.address), there) == 2


@NEEDS_TWO
def test_cpu_outside_the_affinity_mask_runs_locally(mem, engine):
    here, there = usable_cpus()[0], usable_cpus()[-1]
    with pinned_to(here):
        assert there not in os.sched_getaffinity(0)
        placement, seen = _where(mem, there, engine)
        assert do_on_cpu(increment(mem.address), there) == 2
    assert placement == "local" and seen["cpu"] == here
    assert not seen["cpu_free"] and not seen["global_free"]


def test_every_placement_gives_the_same_result(mem):
    cpus = usable_cpus()
    prog = increment(mem.address)
    total = 0
    for cpu in cpus:
        with pinned_to(cpus[0]):
            total += 1
            assert do_on_cpu(prog, cpu) == total
        topology.set_online_override(set(cpus) - {cpu})
        total += 1
        assert do_on_cpu(prog, cpu) == total
        topology.set_online_override(None)
    assert mem.load(0) == total


def test_online_override_is_a_test_hook():
    topology.set_online_override({0})
    assert topology.online() == {0}
    topology.set_online_override(None)
    assert topology.online() == topology.online() and 0 in topology.possible()


def test_current_cpu_reads_the_rseq_area():
    cpu = usable_cpus()[0]
    with pinned_to(cpu):
        assert topology.current_cpu() == topology.sched_getcpu() == cpu
    if os.uname().machine in ("x86_64", "aarch64"):
        assert topology.rseq_cpu_address() != 0


def test_cpu_lists_parse():
    assert topology.parse_cpu_list("0-3,8,10-11\n") == {0, 1, 2, 3, 8, 10, 11}
    assert topology.describe(frozenset({0, 1, 2, 5, 7, 8})) == "0-2,5,7-8"

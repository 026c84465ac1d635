"""Lost updates: processes and threads racing local and remote read-modify-writes, on per-CPU counters and on
ONE counter shared by all CPUs.

Two races. The native race is the real thing (inline and pinned-worker runs, local and remote), with a widened
window (a 4000-iteration loop between the load and the store). The stepped race runs the reference executor and
widens the window much further: its single-step hook sleeps 2 ms in pass 2 just before the store, so every other
thread and process gets to run inside every window. Per-CPU counters are protected twice: by the per-CPU exclusion
and by checked stores (a store to loaded bytes is a compare-and-swap); a shared counter, updated by sections for
different CPUs at the same time, only by checked stores (a conflict restarts the section). Both lose nothing. The
controls switch protections off and reliably lose updates, which proves each test can fail: per-CPU counters
without the exclusion and without checked stores, and the shared counter with the exclusion but without checked
stores.
"""

from __future__ import annotations

import os
import random
import struct
import threading
import time
import traceback

import pytest
from cpu_helpers import increment, usable_cpus

from pybpf.cpu import UserMemory, do_on_cpu, execute, topology
from pybpf.cpu.context import St
from pybpf.cpu.insn import add, exit_, jmp, ld_imm64, ldx, mov, stx
from pybpf.isa.codec import encode
from pybpf.isa.opcodes import JmpOp

SLOT = 64
WINDOW = 4000  # iterations of a tainted-branch loop between the load and the store (limit: 4096 branches)


def wide_increment(counter: int, scratch: int) -> bytes:
    """r0 = *counter; loop *scratch times (a bound loaded from memory: no compiler can fold the loop away);
    *counter = r0 + 1."""
    return encode([ld_imm64(1, counter), ld_imm64(2, scratch), ldx(8, 0, 1), ldx(8, 5, 2), mov(3, imm=0),
                   add(3, imm=1), jmp(JmpOp.JLT, 3, -2, src=5),
                   add(0, imm=1), stx(8, 1, 0), exit_()])


STORE_SLOT = 10  # the store of wide_increment


def _sleep_before_the_store(pass_no: int, slot: int, insn, regs) -> None:
    if pass_no == 2 and slot == STORE_SLOT:
        time.sleep(0.002)


def _hammer(mem: UserMemory, cpus: list[int], ops: int, seed: int, exclusive: bool, stepped: bool,
            done: list[int], shared: bool, cas: bool) -> None:
    """``ops`` widened increments of random CPUs' counters (or of the shared counter, on random CPUs), local and
    remote; counts per CPU into ``done``, then sections that gave up with EAGAIN (nothing written; the increment is
    retried), then restarts."""
    rng = random.Random(seed)
    ncpu = len(done) - 2
    scratch = mem.address + SLOT * ncpu
    progs = [wide_increment(mem.address + (0 if shared else SLOT * c), scratch) for c in range(ncpu)]
    options = {"engine": "reference", "trace": _sleep_before_the_store} if stepped else {}
    while not mem.load(SLOT * ncpu + 8):  # start together: the parent raises it once all are forked
        time.sleep(0.0005)
    for _ in range(ops):
        here = topology.current_cpu()
        cpu = here if rng.random() < 0.5 else rng.choice(cpus)  # half local, half anywhere (mostly remote)
        while True:
            out = execute(progs[cpu], cpu, exclusive=exclusive, cas=cas, **options)
            done[-1] += out.restarts
            if out.status != St.AGAIN or not shared:
                break
            assert out.stores == 0, out
            done[-2] += 1
        assert out.status == St.OK, out
        done[cpu] += 1


def _child(mem: UserMemory, cpus: list[int], p: int, threads: int, ops: int, exclusive: bool, stepped: bool,
           ncpu: int, report: int, shared: bool, cas: bool) -> None:
    """One forked process: ``threads`` threads hammering; per-thread counts go to the report area."""
    done = [[0] * (ncpu + 2) for _ in range(threads)]
    errors: list[BaseException] = []

    def body(t: int) -> None:
        try:
            _hammer(mem, cpus, ops, 100 * p + t, exclusive, stepped, done[t], shared, cas)
        except BaseException as err:
            errors.append(err)
            raise
    workers = [threading.Thread(target=body, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if errors:
        raise errors[0]
    for t in range(threads):
        struct.pack_into(f"<{ncpu + 2}q", mem.buf, report + 8 * (ncpu + 2) * (p * threads + t), *done[t])


def _race(exclusive: bool, stepped: bool, procs: int = 3, threads: int = 2, ops: int = 100, shared: bool = False,
          cas: bool = True) -> tuple[int, int, int]:
    """Run the race in forked processes of several threads each; (increments made, increments found, restarts)."""
    cpus = usable_cpus()
    ncpu = max(topology.possible()) + 1
    mem = UserMemory(SLOT * (ncpu + 1) + 8 * procs * threads * (ncpu + 2))
    report = SLOT * (ncpu + 1)
    mem.store(SLOT * ncpu, 3 if stepped else WINDOW)
    execute(wide_increment(mem.address, mem.address + SLOT * ncpu), cpus[0])  # compile once, before fork
    mem.store(0, 0)
    pids = []
    try:
        for p in range(procs):
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    _child(mem, cpus, p, threads, ops, exclusive, stepped, ncpu, report, shared, cas)
                    code = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(code)
            pids.append(pid)
        mem.store(SLOT * ncpu + 8, 1)
        for pid in pids:
            assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
        pids = []
        counts = struct.unpack_from(f"<{(ncpu + 2) * procs * threads}q", mem.buf, report)
        made = sum(n for i, n in enumerate(counts) if i % (ncpu + 2) < ncpu)
        restarts = sum(n for i, n in enumerate(counts) if i % (ncpu + 2) == ncpu + 1)
        found = sum(mem.load(SLOT * c) for c in range(ncpu))
        return made, found, restarts
    finally:
        for pid in pids:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        mem.close()


NEEDS_TWO = pytest.mark.skipif(len(usable_cpus()) < 2, reason="needs two usable CPUs for local and remote updates")


@NEEDS_TWO
def test_no_lost_updates_in_the_native_race():
    made, found, _ = _race(exclusive=True, stepped=False)
    assert made == 3 * 2 * 100
    assert found == made, f"lost {made - found} updates"


@NEEDS_TWO
def test_no_lost_updates_in_the_stepped_race():
    made, found, _ = _race(exclusive=True, stepped=True, ops=15)
    assert made == 3 * 2 * 15
    assert found == made, f"lost {made - found} updates"


@NEEDS_TWO
def test_control_without_the_exclusion_loses_updates():
    """The stepped race without the per-CPU exclusion and without checked stores: what the tests above would see
    if both were broken."""
    made, found, _ = _race(exclusive=False, stepped=True, ops=15, cas=False)
    assert made == 3 * 2 * 15
    assert found < made, "the control run lost no update: the race tests could not detect a broken exclusion"


@NEEDS_TWO
def test_no_lost_updates_on_one_shared_counter_in_the_native_race():
    """Sections for different CPUs increment the same counter concurrently; checked stores restart the loser."""
    made, found, _ = _race(exclusive=True, stepped=False, shared=True)
    assert made == 3 * 2 * 100
    assert found == made, f"lost {made - found} updates"


@NEEDS_TWO
def test_no_lost_updates_on_one_shared_counter_in_the_stepped_race():
    made, found, restarts = _race(exclusive=True, stepped=True, ops=15, shared=True)
    assert made == 3 * 2 * 15
    assert found == made, f"lost {made - found} updates"
    assert restarts > 0, "no section ever conflicted: the race did not happen"


@NEEDS_TWO
def test_control_per_cpu_exclusion_alone_loses_shared_updates():
    """The shared counter with the per-CPU exclusion but plain stores: sections for different CPUs overwrite each
    other's increments, so the shared-counter tests above can fail."""
    made, found, _ = _race(exclusive=True, stepped=True, ops=15, shared=True, cas=False)
    assert made == 3 * 2 * 15
    assert found < made, "the control run lost no update: the shared-counter tests could not fail"


def _raw_increments(mem: UserMemory, cpus: list[int], shared: bool, seed: int, threads: int, ops: int) -> None:
    """``threads`` threads doing ``ops`` do_on_cpu raw increments each on random CPUs (re-raises the first error)."""
    progs = {c: increment(mem.address + (0 if shared else 8 * c)) for c in cpus}
    errors: list[BaseException] = []

    def body(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(ops):
                c = rng.choice(cpus)
                do_on_cpu(progs[c], c)
        except BaseException as err:
            errors.append(err)
    workers = [threading.Thread(target=body, args=(seed + t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if errors:
        raise errors[0]


@pytest.mark.parametrize("shared", [False, True], ids=["per-cpu-counters", "one-shared-counter"])
def test_forked_processes_increment_with_raw_bytecode(shared):
    """Like the acceptance test: a UserMemory made before fork(); children (two threads each) do_on_cpu raw
    increments on random CPUs, of each CPU's own counter or of ONE counter shared by all CPUs; the counters must
    sum to the number of increments."""
    cpus = sorted(topology.online())
    ncpu = max(topology.possible()) + 1
    mem = UserMemory(8 * ncpu)
    procs, threads, ops = 4, 2, 300
    pids = []
    try:
        for p in range(procs):
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    _raw_increments(mem, cpus, shared, 10 * p, threads, ops)
                    code = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(code)
            pids.append(pid)
        for pid in pids:
            assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
        pids = []
        assert sum(mem.load(8 * c) for c in range(ncpu)) == procs * threads * ops
        if shared:
            assert mem.load(0) == procs * threads * ops
    finally:
        for pid in pids:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        mem.close()


@pytest.mark.parametrize("shared", [False, True], ids=["per-cpu-counters", "one-shared-counter"])
def test_threads_race_local_and_remote_increments(shared):
    cpus = usable_cpus()
    mem = UserMemory(4096)
    try:
        _raw_increments(mem, cpus, shared, 0, 4, 500)
        assert sum(mem.load(8 * c) for c in cpus) == 4 * 500
    finally:
        mem.close()

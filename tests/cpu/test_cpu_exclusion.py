"""The per-CPU exclusion: a system-wide segment of robust process-shared mutexes, created atomically."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest
from cpu_helpers import increment

from pybpf.cpu import UserMemory, do_on_cpu, execute
from pybpf.cpu.context import St
from pybpf.cpu.exclusion import DEFAULT_SEGMENT, HEADER, MAGIC, SLOT, Exclusion, exclusion
from pybpf.errors import CpuError


@pytest.fixture
def segment_path(tmp_path):
    return str(tmp_path / f"pybpf-doc-{uuid.uuid4().hex[:8]}")


def test_system_wide_segment():
    ex = exclusion()
    assert ex.path in (DEFAULT_SEGMENT, os.environ.get("PYBPF_DO_ON_CPU_SEGMENT"))
    with open(ex.path, "rb") as f:
        assert f.read(8) == MAGIC
    assert oct(os.stat(ex.path).st_mode & 0o777) == oct(0o666)
    assert ex.mutex_address(1) - ex.mutex_address(0) == SLOT
    assert ex.mutex_address(0) == ex.base + HEADER
    assert ex.global_address == ex.base + HEADER + ex.nslots * SLOT


def test_concurrent_creators_agree(segment_path):
    pids = []
    for _ in range(4):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                e = Exclusion(segment_path)
                assert e.lock(3) is False
                e.unlock(3)
                code = 0
            finally:
                os._exit(code)
        pids.append(pid)
    for pid in pids:
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    e = Exclusion(segment_path)
    assert e.nslots >= 1024
    assert [p for p in os.listdir(os.path.dirname(segment_path)) if p.endswith(".tmp")] == []


def test_bad_segment_is_refused(segment_path):
    with open(segment_path, "wb") as f:
        f.write(b"NOTASEGM" + b"\0" * 8192)
    with pytest.raises(CpuError, match="unexpected format"):
        Exclusion(segment_path)


def test_a_dead_holder_does_not_block_the_cpu(mem):
    """A process dies holding CPU 0's lock: the next do_on_cpu for CPU 0 recovers it (EOWNERDEAD)."""
    pid = os.fork()
    if pid == 0:
        exclusion().lock(0)
        os._exit(0)  # dies holding the lock
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    out = execute(increment(mem.address), 0)
    assert out.status == St.OK and out.owner_died
    assert do_on_cpu(increment(mem.address), 0) == 2  # and the lock is healthy afterwards


def test_a_holder_killed_inside_a_section(mem):
    """SIGKILL in the middle of a section (between the passes): its stores never happened, the CPU is usable."""
    ready = UserMemory(4096)
    try:
        pid = os.fork()
        if pid == 0:
            def hook():
                ready.store(0, 1)
                time.sleep(60)
            execute(increment(mem.address), 1 % os.cpu_count(), between_passes=hook)
            os._exit(0)
        deadline = time.monotonic() + 30
        while not ready.load(0):
            assert time.monotonic() < deadline
            time.sleep(0.001)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        out = execute(increment(mem.address), 1 % os.cpu_count())
        assert out.status == St.OK and out.owner_died and out.r0 == 1
    finally:
        ready.close()


def test_exclusion_holds_between_unrelated_processes(mem):
    """Another program holds CPU 0's lock for 0.3 s: our do_on_cpu for CPU 0 waits for it."""
    code = ("import sys, time\n"
            "from pybpf.cpu.exclusion import exclusion\n"
            "ex = exclusion()\nex.lock(0)\nprint('locked', flush=True)\ntime.sleep(0.3)\nex.unlock(0)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        start = time.monotonic()
        do_on_cpu(increment(mem.address), 0)
        assert time.monotonic() - start > 0.2
    finally:
        proc.wait(30)


def test_try_lock():
    ex = exclusion()
    assert ex.try_lock(5)
    try:
        pid = os.fork()
        if pid == 0:
            os._exit(0 if not exclusion().try_lock(5) else 1)
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    finally:
        ex.unlock(5)

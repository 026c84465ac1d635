"""UserMemory: page-aligned shared memory, registered while open, shared across fork() and by name."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
import time
import uuid

import pytest
from cpu_helpers import increment

from pybpf.cpu import UserMemory, do_on_cpu, execute
from pybpf.cpu.context import St
from pybpf.cpu.limits import PAGE_SIZE
from pybpf.cpu.memory import registry
from pybpf.errors import CpuError


def test_basics():
    with UserMemory(100) as m:
        assert m.address % PAGE_SIZE == 0
        assert m.size == len(m.buf) == 100 and m.end == m.address + 100
        m.buf[8:16] = (42).to_bytes(8, "little")
        assert m.load(8) == 42
        m.store(16, -2, size=4)
        assert m.load(16, 4) == 0xFFFFFFFE and m.load(16, 4, signed=True) == -2
        assert registry().find(m.address + 99) is m and registry().find(m.address + 100) is None
        with pytest.raises(CpuError) as info:
            m.load(96)
        assert info.value.errno == errno.EFAULT
    assert m.closed and registry().find(m.address) is None
    with pytest.raises(CpuError) as info:
        m.load(0)
    assert info.value.errno == errno.EBADF
    m.close()  # idempotent


@pytest.mark.parametrize("size", [0, -4096, 1.5])
def test_bad_size(size):
    with pytest.raises(CpuError) as info:
        UserMemory(size)  # type: ignore[arg-type]
    assert info.value.errno == errno.EINVAL


def test_shared_across_fork():
    with UserMemory(4096) as m:
        pid = os.fork()
        if pid == 0:
            try:
                for _ in range(10):
                    do_on_cpu(increment(m.address), 0)
            finally:
                os._exit(0)
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
        assert m.load(0) == 10


def test_shared_by_name_with_an_unrelated_process():
    name = f"pybpf-test-{uuid.uuid4().hex[:12]}"
    m = UserMemory(8192, name=name)
    try:
        assert os.path.exists(f"/dev/shm/{name}")
        with pytest.raises(FileExistsError):
            UserMemory(4096, name=name)
        code = (
            "from pybpf.cpu import UserMemory, do_on_cpu\n"
            "from pybpf.cpu.insn import ld_imm64, ldx, add, stx, exit_\n"
            "from pybpf.isa.codec import encode\n"
            f"m = UserMemory.open({name!r})\n"
            "assert m.size == 8192\n"
            "prog = encode([ld_imm64(1, m.address + 4096), ldx(8, 0, 1), add(0, imm=5), stx(8, 1, 0), exit_()])\n"
            "print(do_on_cpu(prog, 0))\n"
        )
        m.store(4096, 37)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "42" and m.load(4096) == 42
    finally:
        m.close()
        m.unlink()
    assert not os.path.exists(f"/dev/shm/{name}")


@pytest.mark.parametrize("name", ["a/b", "", "..", "/"])
def test_bad_names(name):
    with pytest.raises(CpuError) as info:
        UserMemory(4096, name=name)
    assert info.value.errno == errno.EINVAL


def test_open_missing_name():
    with pytest.raises(FileNotFoundError):
        UserMemory.open(f"pybpf-missing-{uuid.uuid4().hex}")


def test_anonymous_memory_has_no_name_to_unlink():
    with UserMemory(4096) as m, pytest.raises(CpuError):
        m.unlink()


def test_close_with_exported_buffers_is_refused():
    m = UserMemory(4096)
    view = m.buf[0:8]
    with pytest.raises(CpuError) as info:
        m.close()
    assert info.value.errno == errno.EBUSY
    assert not m.closed and registry().find(m.address) is m
    assert do_on_cpu(increment(m.address), 0) == 1  # still mapped and registered
    view.release()
    m.close()
    assert m.closed


def test_close_waits_for_a_run_in_flight():
    m = UserMemory(4096)
    entered = threading.Event()
    finished: list[float] = []

    def hook():
        entered.set()
        time.sleep(0.3)

    def runner():
        out = execute(increment(m.address), 0, between_passes=hook)
        finished.append(time.monotonic())
        assert out.status == St.OK
    t = threading.Thread(target=runner)
    t.start()
    assert entered.wait(10)
    m.close()
    closed_at = time.monotonic()
    t.join()
    assert finished and finished[0] <= closed_at + 0.05


def test_close_from_inside_a_run_is_refused():
    m = UserMemory(4096)
    errors = []

    def hook():
        try:
            m.close()
        except CpuError as err:
            errors.append(err)
    out = execute(increment(m.address), 0, between_passes=hook)
    assert out.status == St.OK and errors and errors[0].errno == errno.EBUSY
    m.close()

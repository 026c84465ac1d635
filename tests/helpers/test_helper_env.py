"""The run environment: deterministic clocks, randomness, task and CPU; live defaults; trace and perf capture."""

from __future__ import annotations

import os
import threading
import time

import pytest

from pybpf.helpers.env import RunEnv, _seed_state
from pybpf.helpers.ids import HelperId as H
from pybpf.helpers.linux import linux_helpers
from pybpf.helpers.registry import CallContext
from pybpf.isa.asm import assemble
from pybpf.vm import AddressSpace, Interpreter, RegionKind

M64 = (1 << 64) - 1


def call(env: RunEnv, hid: int, *args: int, space: AddressSpace | None = None) -> int:
    table = linux_helpers(env)
    ctx = CallContext(space or AddressSpace(), env=env)
    regs = (list(args) + [0] * 5)[:5]
    return table[hid].fn(ctx, *regs) & M64


def test_fixed_clocks_and_steps():
    env = RunEnv.deterministic(time_ns=5_000, time_step=10)
    assert [call(env, H.ktime_get_ns) for _ in range(3)] == [5_000, 5_010, 5_020]
    assert call(env, H.ktime_get_boot_ns) == 5_000  # each clock steps on its own
    assert call(env, H.ktime_get_coarse_ns) == 5_000 and call(env, H.ktime_get_tai_ns) == 5_000
    env.set_time(99, step=0)
    assert call(env, H.ktime_get_ns) == call(env, H.ktime_get_ns) == 99
    other = RunEnv(time_ns=1, boot_ns=2, coarse_ns=3, tai_ns=4)
    assert [call(other, h) for h in (H.ktime_get_ns, H.ktime_get_boot_ns, H.ktime_get_coarse_ns,
                                     H.ktime_get_tai_ns)] == [1, 2, 3, 4]


def test_live_clocks_follow_the_host():
    env = RunEnv()
    assert env.live_time
    before = time.monotonic_ns()
    t = call(env, H.ktime_get_ns)
    after = time.monotonic_ns()
    assert before <= t <= after
    assert abs(call(env, H.ktime_get_boot_ns) - time.clock_gettime_ns(time.CLOCK_BOOTTIME)) < 1_000_000_000


def _lfsr113(state: list[int]) -> int:
    def taus(s, a, b, c, d):
        return (((s & c) << d) & 0xFFFFFFFF) ^ ((((s << a) & 0xFFFFFFFF) ^ s) >> b)
    state[0] = taus(state[0], 6, 13, 4294967294, 18)
    state[1] = taus(state[1], 2, 27, 4294967288, 2)
    state[2] = taus(state[2], 13, 21, 4294967280, 7)
    state[3] = taus(state[3], 3, 12, 4294967168, 13)
    return state[0] ^ state[1] ^ state[2] ^ state[3]


def test_prandom_is_linux_lfsr113_and_reproducible():
    env = RunEnv.deterministic(seed=12345)
    model = list(_seed_state(12345))
    got = [call(env, H.get_prandom_u32) for _ in range(50)]
    assert got == [_lfsr113(model) for _ in range(50)]
    env.seed(12345)
    assert [call(env, H.get_prandom_u32) for _ in range(50)] == got
    assert RunEnv(seed=1) is not None and call(RunEnv(seed=1), H.get_prandom_u32) != got[0]
    assert all(v < 1 << 32 for v in got)


def test_task_and_cpu_knobs():
    env = RunEnv.deterministic(pid=7, tgid=9, uid=1000, gid=100, comm="worker", cpu=1, numa_node=0)
    assert call(env, H.get_current_pid_tgid) == 9 << 32 | 7
    assert call(env, H.get_current_uid_gid) == 100 << 32 | 1000
    assert call(env, H.get_smp_processor_id) == 1 and call(env, H.get_numa_node_id) == 0
    space = AddressSpace()
    buf = space.alloc(16, RegionKind.STACK, "buf", data=b"\xff" * 16)
    assert call(env, H.get_current_comm, buf.base, 16, space=space) == 0
    assert buf.view.tobytes() == b"worker" + bytes(10)
    buf.view[:] = b"\xff" * 16
    call(env, H.get_current_comm, buf.base, 4, space=space)  # strscpy_pad: 3 bytes, NUL
    assert buf.view.tobytes()[:5] == b"wor\0\xff"
    env.comm = "a-very-long-command-name"
    assert env.comm == b"a-very-long-com"


def test_live_task_defaults():
    env = RunEnv()
    assert env.pid_tgid == os.getpid() << 32 | threading.get_native_id()
    assert env.uid_gid == os.getgid() << 32 | os.getuid()
    with open("/proc/self/comm", "rb") as fh:
        assert env.comm == fh.read().strip()[:15]


def test_trace_printk_lines_are_captured_per_run():
    env = RunEnv.deterministic()
    prog = Interpreter(assemble("""
r1 = 0x78253d7820642520 ll
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 8) = 0x0a
r1 = r10
r1 += -16
r2 = 16
r3 = 42
r4 = 255
call 6
exit
"""), helpers=linux_helpers(env))
    for fast in (True, False):
        res = prog.execute(AddressSpace(), fast=fast)
        assert res.trace == [" 42 x=ff\n"] and res.r0 == len(" 42 x=ff\n")


def test_trace_log_overflow_is_counted():
    env = RunEnv.deterministic(trace_capacity=64)
    space = AddressSpace()
    fmt = space.alloc(100, RegionKind.STACK, "fmt", data=b"a" * 99 + b"\0")
    table = linux_helpers(env)
    ctx = CallContext(space, env=env)
    for _ in range(3):  # each line is longer than the log: formatted (the length is returned), not kept
        assert table[H.trace_printk].fn(ctx, fmt.base, 100, 0, 0, 0) == 99
    assert ctx.trace == [] and env.lost[0] == 3


def test_deterministic_runs_are_identical():
    src = "call 5\nr6 = r0\ncall 7\nr6 ^= r0\ncall 14\nr6 += r0\nr0 = r6\nexit"
    results = {Interpreter(assemble(src), helpers=linux_helpers(RunEnv.deterministic())).run(AddressSpace())
               for _ in range(3)}
    assert len(results) == 1


@pytest.mark.parametrize("nr_cpus", [1, 4])
def test_nr_cpus(nr_cpus):
    assert RunEnv(nr_cpus=nr_cpus).nr_cpus == nr_cpus

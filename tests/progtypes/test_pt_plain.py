"""raw_tp, syscall, flow dissector (against Linux), and kprobe / tracepoint / perf_event with caller-given contexts."""

from __future__ import annotations

import errno
import struct

import pytest
from pt_harness import build, interp_only, kernel, packet

from pybpf.errors import RunInputError
from pybpf.helpers.env import RunEnv
from pybpf.progtypes import get, run
from pybpf.uapi import ProgType
from pybpf.uapi import TestRunFlag as RunFlag
from pybpf.vm import AddressSpace

RAW, SYSCALL, FLOW = ProgType.RAW_TRACEPOINT, ProgType.SYSCALL, ProgType.FLOW_DISSECTOR

SUM_ARGS = """
r0 = *(u64 *)(r1 + 0)
r2 = *(u64 *)(r1 + 8)
r0 += r2
r2 = *(u32 *)(r1 + 20)
r0 ^= r2
exit
"""


@kernel
def test_raw_tp_matches_linux(cpu0):
    d = build(SUM_ARGS, RAW)
    args = struct.pack("<3Q", 5, 7, 0x1234_5678_0000_0000)
    d.check(ctx=args, repeat=0)
    d.check(ctx=args + bytes(72), repeat=0)  # 12 arguments
    d.check(ctx=args + bytes(80), repeat=0)  # 13: EINVAL
    d.check(b"x" * 14, args, repeat=0)  # no data allowed
    d.check(ctx=args, repeat=0, cpu=1)  # a cpu without the flag
    d.check(ctx=args, repeat=0, flags=RunFlag.RUN_ON_CPU, cpu=4096)  # no such CPU: ENXIO


@kernel
def test_raw_tp_cpu_matches_linux(cpu0):
    d = build("call 8\nexit", RAW)
    for cpu in sorted(os_cpus())[:2]:
        k, o = d.run(ctx=bytes(8), repeat=0, flags=RunFlag.RUN_ON_CPU, cpu=cpu)
        assert k.retval == o.retval == cpu


def os_cpus() -> set[int]:
    import os
    return set(range(os.cpu_count() or 1))


def test_raw_tp_without_ctx_passes_null():
    env = RunEnv.deterministic()
    out = run(interp_only("r0 = r1\nexit", RAW, env=env), RAW, env=env, repeat=0)
    assert out.r0 == 0


@kernel
def test_syscall_ctx_out_matches_linux():
    d = build("""
r2 = *(u64 *)(r1 + 0)
r2 *= 3
*(u64 *)(r1 + 8) = r2
r0 = *(u32 *)(r1 + 4)
exit
""", SYSCALL)
    d.check(ctx=struct.pack("<2Q", 0x1_0000_0005, 0), repeat=0)
    d.check(b"x", struct.pack("<2Q", 1, 2), repeat=0)  # data is refused


@kernel
@pytest.mark.parametrize("ctx", [None, bytes(56), struct.pack("<48xI4x", 1), struct.pack("<48xI4x", 0x7),
                                 struct.pack("<6xB41xI4x", 1, 1), bytes(56) + b"\1", bytes(10)])
@pytest.mark.parametrize("frame", [packet(), bytes(14), bytes(13), bytes(4097)])
def test_flow_dissector_matches_linux(ctx, frame):
    d = build("""
r2 = *(u32 *)(r1 + 76)
r3 = *(u32 *)(r1 + 80)
r6 = *(u64 *)(r1 + 144)
r4 = *(u16 *)(r6 + 10)
*(u16 *)(r6 + 12) = r4
r4 = *(u32 *)(r6 + 48)
*(u32 *)(r6 + 52) = r4
r4 = r2
r4 += 34
if r4 > r3 goto drop
r5 = *(u8 *)(r2 + 23)
*(u8 *)(r6 + 9) = r5
r5 = 9000
*(u16 *)(r6 + 0) = r5
r5 = 20
*(u16 *)(r6 + 2) = r5
r0 = 0
exit
drop:
r0 = 2
exit
""", FLOW)
    d.check(frame, ctx)


def test_kprobe_context_is_read_only_pt_regs():
    env = RunEnv.deterministic()
    regs = struct.pack("<21Q", *range(21))
    prog = interp_only("r0 = *(u64 *)(r1 + 112)\nexit", ProgType.KPROBE, env=env)  # rdi on x86-64
    assert run(prog, ProgType.KPROBE, ctx=regs, env=env).r0 == 14
    assert run(prog, ProgType.KPROBE, ctx=regs[:40], env=env).r0 == 0  # zero-extended to sizeof(pt_regs)
    with pytest.raises(RunInputError) as e:
        run(prog, ProgType.KPROBE, ctx=regs + b"\1", env=env)
    assert e.value.errno == errno.E2BIG
    writer = interp_only("*(u64 *)(r1 + 0) = r1\nr0 = 0\nexit", ProgType.KPROBE, env=env)
    from pybpf.errors import Fault
    with pytest.raises(Fault, match="read-only"):
        run(writer, ProgType.KPROBE, ctx=regs, env=env)


def test_perf_event_and_tracepoint_contexts():
    env = RunEnv.deterministic()
    data = bytes(168) + struct.pack("<QQ", 4000, 0xDEAD)
    prog = interp_only("r0 = *(u64 *)(r1 + 168)\nr2 = *(u64 *)(r1 + 176)\nr0 += r2\nexit", ProgType.PERF_EVENT,
                       env=env)
    assert run(prog, ProgType.PERF_EVENT, ctx=data, env=env).r0 == 4000 + 0xDEAD
    tp = interp_only("r0 = *(u32 *)(r1 + 8)\nexit", ProgType.TRACEPOINT, env=env)
    assert run(tp, ProgType.TRACEPOINT, ctx=struct.pack("<QI", 0, 77), env=env).r0 == 77
    with pytest.raises(RunInputError):
        run(tp, ProgType.TRACEPOINT, ctx=bytes(2049), env=env)


def test_context_runner_cpu_is_the_probe_cpu():
    env = RunEnv.deterministic(cpu=0)
    prog = interp_only("call 8\nexit", ProgType.KPROBE, env=env)
    assert run(prog, ProgType.KPROBE, env=env, cpu=1 if env.nr_cpus > 1 else 0).r0 == (1 if env.nr_cpus > 1 else 0)
    assert env.cpu == 0


def test_unrunnable_types_say_so():
    with pytest.raises(Exception, match="cannot be run here"):
        get(ProgType.SOCK_OPS).prepare(AddressSpace(), env=RunEnv.deterministic())

"""Tail calls (bpf_tail_call through a prog_array): replacement, fall-through, the 33-call limit, tail calls from
subprograms, both engines identical, and the same results as Linux where bpf(2) works."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "progtypes"))
from pt_harness import build, dual_map, interp_only, kernel, packet

from pybpf.errors import ExecutionError
from pybpf.helpers.env import RunEnv
from pybpf.isa.asm import assemble
from pybpf.maps import MapSpec, MapType, create_map
from pybpf.progtypes import get, run
from pybpf.uapi import ProgType
from pybpf.vm import AddressSpace, Interpreter

XDP = ProgType.XDP
M64 = (1 << 64) - 1

# each execution adds 1 to packet byte 0, then tail-calls slot {slot} (itself when slot 0 holds it)
COUNTER = """
r6 = r1
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = r2
r4 += 1
if r4 > r3 goto out
r5 = *(u8 *)(r2 + 0)
r5 += 1
*(u8 *)(r2 + 0) = r5
{pre}
r1 = r6
r2 = map[idx:0]
r3 = {slot}
call 12
out:
r0 = 2
exit
"""


def prog_array(n: int = 4):
    return create_map(MapSpec("jmp", MapType.PROG_ARRAY, 4, 4, n))


@pytest.mark.parametrize("fast", [True, False])
def test_tail_call_chain_stops_at_33(fast):
    env = RunEnv.deterministic()
    pa = prog_array()
    prog = interp_only(COUNTER.format(pre="", slot=0), XDP, env=env, maps=[pa], fast=fast)
    prog.register()
    pa[0] = prog
    out = run(prog, XDP, bytes(64), env=env)
    assert out.data_out[0] == 34  # the first run and 33 tail calls


@pytest.mark.parametrize("fast", [True, False])
def test_failed_tail_calls_fall_through_with_enoent(fast):
    env = RunEnv.deterministic()
    pa = prog_array(2)
    for index in (1, 2, 0xFFFFFFFF, 1 << 32):  # empty slot, out of range, out of range, index truncated to 0 -> empty
        prog = interp_only(f"""
r2 = map[idx:0]
r3 = {index} ll
call 12
exit
""", XDP, env=env, maps=[pa], fast=fast)
        assert run(prog, XDP, bytes(64), env=env).r0 == -errno.ENOENT & M64


@pytest.mark.parametrize("fast", [True, False])
def test_empty_slots_do_not_count_against_the_limit(fast):
    """Linux 6.18's x86-64 JIT counts only tail calls that happen: 10 attempts on an empty slot change nothing."""
    env = RunEnv.deterministic()
    pa = prog_array()
    pre = "\n".join(["r1 = r6\nr2 = map[idx:0]\nr3 = 3\ncall 12"] * 10)
    first = interp_only(COUNTER.format(pre=pre, slot=1), XDP, env=env, maps=[pa], fast=fast)
    loop = interp_only(COUNTER.format(pre="", slot=1), XDP, env=env, maps=[pa], fast=fast)
    loop.register()
    pa[1] = loop
    out = run(first, XDP, bytes(64), env=env)
    assert out.data_out[0] == 34
    # an index out of range does not count
    pre = "\n".join(["r1 = r6\nr2 = map[idx:0]\nr3 = 99\ncall 12"] * 10)
    first = interp_only(COUNTER.format(pre=pre, slot=1), XDP, env=env, maps=[pa], fast=fast)
    assert run(first, XDP, bytes(64), env=env).data_out[0] == 34


@pytest.mark.parametrize("fast", [True, False])
def test_tail_call_from_a_subprogram_returns_to_its_caller(fast):
    env = RunEnv.deterministic()
    pa = prog_array()
    target = interp_only("r0 = 5\nexit", XDP, env=env, fast=fast)
    target.register()
    pa[2] = target
    prog = interp_only("""
r6 = r1
call sub
r0 += 100
exit
sub:
r2 = map[idx:0]
r3 = 2
call 12
r0 = 1
exit
""", XDP, env=env, maps=[pa], fast=fast)
    assert run(prog, XDP, bytes(64), env=env).r0 == 105


def test_engines_agree_on_registers_and_steps():
    env = RunEnv.deterministic()
    pa = prog_array()
    progs = {}
    for fast in (True, False):
        target = interp_only("r0 = r7\nr0 += r1\nexit", XDP, env=env, fast=fast)
        target.register()
        pa[1] = target
        progs[fast] = interp_only("r7 = 40\nr2 = map[idx:0]\nr3 = 1\ncall 12\nr0 = 0\nexit", XDP, env=env,
                                  maps=[pa], fast=fast)
    results = [progs[f].execute(AddressSpace(), 2, fast=f) for f in (True, False)]
    assert results[0].r0 == results[1].r0 == 42
    assert results[0].steps == results[1].steps == 7
    assert results[0].regs[:10] == results[1].regs[:10]


def test_step_machine_switches_programs():
    env = RunEnv.deterministic()
    pa = prog_array()
    target = Interpreter(assemble("r0 = 9\nexit"), helpers=get(XDP).helper_table(env), name="target")
    target.register()
    pa[0] = target
    prog = interp_only("r2 = map[idx:0]\nr3 = 0\ncall 12\nr0 = 1\nexit", XDP, env=env, maps=[pa])
    m = prog.machine(AddressSpace())
    m.step()
    m.step()
    m.step()
    assert m.program.name == "target" and m.pc == 0
    assert m.run() == 9


def test_tail_call_targets_keep_the_trace_and_the_stack():
    env = RunEnv.deterministic()
    pa = prog_array()
    target = interp_only("""
r0 = *(u64 *)(r10 - 8)
exit
""", XDP, env=env)
    target.register()
    pa[0] = target
    prog = interp_only("*(u64 *)(r10 - 8) = 77\nr2 = map[idx:0]\nr3 = 0\ncall 12\nexit", XDP, env=env, maps=[pa])
    for fast in (True, False):
        assert prog.execute(AddressSpace(), fast=fast).r0 == 77  # the frame's stack is reused as is


def test_a_slot_holding_something_unrunnable_is_a_clear_error():
    env = RunEnv.deterministic()
    pa = prog_array()

    class Opaque:
        id = 4242
    pa[0] = Opaque()
    prog = interp_only("r2 = map[idx:0]\nr3 = 0\ncall 12\nexit", XDP, env=env, maps=[pa])
    with pytest.raises(ExecutionError, match="cannot run"):
        prog.run(AddressSpace())


def test_not_a_prog_array():
    env = RunEnv.deterministic()
    arr = create_map(MapSpec("a", MapType.ARRAY, 4, 4, 1))
    prog = interp_only("r2 = map[idx:0]\nr3 = 0\ncall 12\nexit", XDP, env=env, maps=[arr])
    with pytest.raises(ExecutionError, match="not a prog_array"):
        prog.run(AddressSpace())


# -- against Linux -----------------------------------------------------------------------------------------------

def kernel_prog_array(n: int = 4):
    return dual_map(MapType.PROG_ARRAY, 4, 4, n, name="jmp")


def install(pa, index: int, dual) -> None:
    pa.kern.update(index, dual.kern.fd)
    dual.ours.register()
    pa.ours[index] = dual.ours


@kernel
def test_chain_limit_matches_linux():
    pa = kernel_prog_array()
    d = build(COUNTER.format(pre="", slot=0), XDP, maps=[pa], name="loop")
    install(pa, 0, d)
    out = d.check(bytes(64))
    assert out.data_out[0] == 34


@kernel
def test_empty_slot_counting_matches_linux():
    pa = kernel_prog_array()
    loop = build(COUNTER.format(pre="", slot=1), XDP, maps=[pa], name="loop")
    install(pa, 1, loop)
    # constant indices (the verifier makes them direct jumps) and a computed one (an indirect jump)
    for index in ("r3 = 3", "r3 = 99", "r3 = *(u32 *)(r6 + 16)\nr3 += 3"):
        pre = "\n".join([f"{index}\nr1 = r6\nr2 = map[idx:0]\ncall 12"] * 10)
        first = build(COUNTER.format(pre=pre, slot=1), XDP, maps=[pa], name="first")
        first.check(bytes(64))


@kernel
def test_tail_call_from_subprogram_matches_linux():
    pa = kernel_prog_array()
    target = build("r0 = 5\nexit", XDP, name="target")
    install(pa, 2, target)
    for slot in (2, 3):
        d = build(f"""
r6 = r1
call sub
r0 += 100
exit
sub:
r2 = map[idx:0]
r3 = {slot}
call 12
r0 = 1
exit
""", XDP, maps=[pa], name="main")
        d.check(packet())


@kernel
def test_tail_call_chain_of_different_programs_matches_linux():
    pa = kernel_prog_array()
    last = build("""
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 2
if r4 > r3 goto out
r5 = 0xaa
*(u8 *)(r2 + 1) = r5
out:
r0 = 3
exit
""", XDP, name="last")
    install(pa, 1, last)
    mid = build("""
r6 = r1
r1 = r6
r2 = -4
call 44
r1 = r6
r2 = map[idx:0]
r3 = 1
call 12
r0 = 1
exit
""", XDP, maps=[pa], name="mid")
    install(pa, 0, mid)
    first = build("r2 = map[idx:0]\nr3 = 0\ncall 12\nr0 = 0\nexit", XDP, maps=[pa], name="first")
    first.check(packet())
    pa.kern.delete(1)
    pa.ours.delete(1)
    first.check(packet())

"""Functions, frames, stack limits, tail calls, may_goto and precision tracking, on assembly programs: pybpf's
verdict and message, and the running kernel's (skipped where bpf(2) is unavailable)."""

from __future__ import annotations

import re

import pytest
from vtest import AVAILABLE, WHY, kernel_load

from pybpf.isa.asm import assemble
from pybpf.uapi import ProgType
from pybpf.verifier import verify
from pybpf.verifier.regs import MapInfo

XDP, TC = ProgType.XDP, ProgType.SCHED_CLS


def _chain(depth: int) -> str:
    """main calls f1, which calls f2, ... f(depth-1): ``depth`` frames in all."""
    out = ["call pc+2", "r0 = 0", "exit"]
    for i in range(1, depth):
        out += ["call pc+2", "r0 = 0", "exit"] if i < depth - 1 else ["r0 = 0", "exit"]
    return "\n".join(out)


# bpf_fastcall: main uses all 512 bytes; the callee's spill/fill of r1 around bpf_get_smp_processor_id (inlined,
# clobbers only r0) is removed by Linux after verification, so the callee's frame shrinks to 0 bytes...
FASTCALL_OK = """
        r1 = 42
        *(u64 *)(r10 - 512) = r1
        call pc+2
        r0 = 0
        exit
        *(u64 *)(r10 - 8) = r1
        call 8
        r1 = *(u64 *)(r10 - 8)
        r0 = 0
        exit"""
# ...unless something else touches the spill region (the fastcall stack contract): then it stays, 512 + 16 bytes
FASTCALL_CONTRACT_BROKEN = """
        r1 = 42
        *(u64 *)(r10 - 512) = r1
        call pc+2
        r0 = 0
        exit
        *(u64 *)(r10 - 8) = r1
        call 8
        r1 = *(u64 *)(r10 - 8)
        r0 = *(u64 *)(r10 - 8)
        exit"""
# ...and a helper Linux does not inline (bpf_ktime_get_ns) keeps the spills too
FASTCALL_NOT_INLINED = """
        r1 = 42
        *(u64 *)(r10 - 512) = r1
        call pc+2
        r0 = 0
        exit
        *(u64 *)(r10 - 8) = r1
        call 5
        r1 = *(u64 *)(r10 - 8)
        r0 = 0
        exit"""

CASES = [
    ("fastcall_spills_removed", XDP, FASTCALL_OK, None),
    ("fastcall_contract_broken", XDP, FASTCALL_CONTRACT_BROKEN, "combined stack size of 2 calls is 528. Too large"),
    ("fastcall_not_inlined", XDP, FASTCALL_NOT_INLINED, "combined stack size of 2 calls is 528. Too large"),
    ("static_call", XDP, """
        r1 = 1
        call pc+2
        r0 &= 1
        exit
        r0 = r1
        exit""", None),
    ("callee_saved_kept", XDP, """
        r6 = 1
        call pc+2
        r0 = r6
        exit
        r0 = 0
        r6 = 5
        exit""", None),
    ("caller_saved_clobbered", XDP, """
        r1 = 1
        call pc+2
        r0 = r1
        exit
        r0 = 0
        exit""", "R1 !read_ok"),
    ("return_stack_pointer", XDP, """
        call pc+2
        r0 = 0
        exit
        r0 = r10
        r0 += -8
        exit""", "cannot return stack pointer to the caller"),
    ("callee_writes_caller_stack", XDP, """
        r1 = r10
        r1 += -8
        call pc+3
        r0 = *(u64 *)(r10 -8)
        r0 &= 1
        exit
        r2 = 7
        *(u64 *)(r1 +0) = r2
        r0 = 0
        exit""", None),
    ("eight_frames", XDP, _chain(8), None),
    ("nine_frames", XDP, _chain(9), "the call stack of 9 frames is too deep"),
    ("combined_stack", XDP, """
        r1 = 0
        *(u64 *)(r10 -264) = r1
        call pc+2
        r0 = 0
        exit
        r1 = 0
        *(u64 *)(r10 -264) = r1
        r0 = 0
        exit""", "combined stack size of 2 calls is 544. Too large"),
    ("callee_uses_whole_stack", XDP, """
        call pc+2
        r0 = 0
        exit
        r1 = 0
        *(u64 *)(r10 -512) = r1
        r0 = 0
        exit""", None),
    ("may_goto_loop", XDP, """
        r0 = 0
        may_goto +2
        r0 += 1
        goto -3
        r0 &= 1
        exit""", None),
    ("unbounded_loop", XDP, """
        r0 = 0
        r0 += 1
        goto -2
        exit""", "unreachable insn 3"),
]


@pytest.mark.parametrize("name,ptype,src,expected", CASES, ids=[c[0] for c in CASES])
def test_pybpf(name, ptype, src, expected):
    res = verify(assemble(src), ptype, log_level=1)
    if expected is None:
        assert res.accepted, (res.error, res.log[-2000:])
    else:
        assert not res.accepted
        assert res.error == expected, res.log[-2000:]


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name,ptype,src,expected", CASES, ids=[c[0] for c in CASES])
def test_kernel(name, ptype, src, expected):
    verdict, _errno, log = kernel_load(assemble(src), ptype)
    assert verdict == ("accept" if expected is None else "reject"), log[-2000:]
    if expected is not None:
        assert expected in log, log[-2000:]


TAIL_CALL_IN_SUBPROG = """
        call pc+2
        r0 = 0
        exit
        r2 = 0 ll
        r3 = 0
        call 12
        r0 = 0
        exit"""


def test_tail_call_in_subprog_needs_btf():
    """Without func_info a function that tail-calls cannot be verified (its return type is unknown)."""
    insns = _with_map(assemble(TAIL_CALL_IN_SUBPROG), 0)
    res = verify(insns, TC, maps=[MapInfo("jmp", 3, 4, 4, 4)])
    assert res.error == "tail_call is not allowed in subprogs without BTF"
    if AVAILABLE:
        from pybpf.kernel import create_map
        with create_map(3, 4, 4, 4, 0, "jmp") as m:
            verdict, _e, log = kernel_load(_with_map(assemble(TAIL_CALL_IN_SUBPROG), m.fd), TC)
        assert verdict == "reject" and res.error in log


def _with_map(insns, fd: int):
    """The LD_IMM64 of r2 becomes a map reference (src 1) to ``fd`` (index 0 for pybpf's map table)."""
    out = []
    for insn in insns:
        if insn.opcode == 0x18 and insn.dst == 2:
            insn = insn.replace(src=1, imm=fd)
        out.append(insn)
    return out


def _diamonds(n: int) -> str:
    """``n`` if/else diamonds adding 1 or 2 to r8, which is returned but never needed precisely."""
    out = ["r8 = 0"]
    for _ in range(n):
        out += ["call 7", "r0 &= 1", "if r0 == 0 goto +2", "r8 += 1", "goto +1", "r8 += 2"]
    out += ["r0 = r8", "exit"]
    return "\n".join(out)


@pytest.mark.parametrize("n", [10])
def test_precision_tracking_prunes_imprecise_scalars(n):
    """r8 differs on every path but nothing needs its value: with precision tracking the join points prune (linear
    work, as Linux); treating every scalar as precise explores every path."""
    insns = assemble(_diamonds(n))
    res = verify(insns, TC)
    slow = verify(insns, TC, all_precise=True)
    assert res.accepted and slow.accepted
    assert slow.processed_insns > 2 * res.processed_insns
    if AVAILABLE:
        _v, _e, log = kernel_load(insns, TC)
        assert int(re.search(r"processed (\d+) insns", log).group(1)) == res.processed_insns


def test_precision_needed_values_are_marked():
    """The same diamonds, but r8 indexes the stack: its value matters, so its paths are not merged unsafely."""
    src = _diamonds(3).replace("r0 = r8\nexit", "r1 = r10\nr1 += -32\nr1 += r8\nr0 = *(u8 *)(r1 +0)\nexit")
    src = "r1 = 0\n*(u64 *)(r10 -32) = r1\n*(u64 *)(r10 -24) = r1\n" + src
    res = verify(assemble(src), TC, log_level=2)
    assert res.accepted, res.log[-2000:]
    bad = src.replace("r1 += -32", "r1 += -4")  # r8 up to 6: past fp-1
    res = verify(assemble(bad), TC)
    assert not res.accepted
    if AVAILABLE:
        verdict, _e, log = kernel_load(assemble(bad), TC)
        assert verdict == "reject" and res.error in log

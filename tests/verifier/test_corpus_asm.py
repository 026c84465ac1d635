"""Hand-written programs, one rule each: pybpf's verdict and message, and the running kernel's verdict on the same
program (skipped where bpf(2) is unavailable)."""

from __future__ import annotations

import random

import pytest
from scalar_gen import gen
from vtest import AVAILABLE, WHY, first_path_states, kernel_load, normalize_log

from pybpf.isa.asm import assemble
from pybpf.uapi import ProgType
from pybpf.verifier import verify

XDP, SK = ProgType.XDP, ProgType.SOCKET_FILTER

# (name, program type, source, expected error or None when accepted)
TC, KPROBE = ProgType.SCHED_CLS, ProgType.KPROBE

# a socket looked up and released around an LD_ABS, which may end the program at run time (leaking the socket)
LD_ABS_HOLDING_REF = """
        r6 = r1
        *(u64 *)(r10 - 16) = 0
        *(u64 *)(r10 - 8) = 0
        r2 = r10
        r2 += -16
        r3 = 12
        r4 = 0
        r5 = 0
        call 84
        r7 = r0
        r0 = *(u8 *)skb[0]
        if r7 == 0 goto +2
        r1 = r7
        call 86
        r0 = 0
        exit"""
# one load dereferences the context on one path and the stack on the other
LDX_CTX_OR_STACK = """
        *(u64 *)(r10 - 8) = 0
        r2 = *(u32 *)(r1 + 0)
        r6 = r1
        if r2 > 10 goto +2
        r6 = r10
        r6 += -8
        r0 = *(u32 *)(r6 + 0)
        r0 = 0
        exit"""
# bpf_sk_fullsock takes a socket, not the maybe-NULL skb->sk (ARG_PTR_TO_SOCK_COMMON: no BTF pointers either)
SK_FULLSOCK_NO_NULL_CHECK = """
        r1 = *(u64 *)(r1 + 168)
        call 95
        r0 = 0
        exit"""

CASES = [
    ("st_into_ctx", TC, "*(u32 *)(r1 + 8) = 0\nr0 = 0\nexit", None),
    ("ld_abs_holding_ref", TC, LD_ABS_HOLDING_REF, "BPF_LD_[ABS|IND] would lead to reference leak"),
    ("same_insn_ctx_and_stack", TC, LDX_CTX_OR_STACK, "same insn cannot be used with different pointers"),
    ("sock_common_arg_or_null", TC, SK_FULLSOCK_NO_NULL_CHECK,
     "R1 type=sock_common_or_null expected=sock_common, sock, tcp_sock, xdp_sock"),
    ("pkt_bounds_ok", XDP, """
        r2 = *(u32 *)(r1 + 0)
        r3 = *(u32 *)(r1 + 4)
        r4 = r2
        r4 += 14
        if r4 > r3 goto +1
        r0 = *(u8 *)(r2 + 13)
        r0 = 2
        exit""", None),
    ("pkt_past_range", XDP, """
        r2 = *(u32 *)(r1 + 0)
        r3 = *(u32 *)(r1 + 4)
        r4 = r2
        r4 += 8
        if r4 > r3 goto +1
        r0 = *(u64 *)(r2 + 4)
        r0 = 0
        exit""", "R2 offset is outside of the packet"),
    ("pkt_no_check", XDP, """
        r2 = *(u32 *)(r1 + 0)
        r0 = *(u8 *)(r2 + 0)
        r0 = 0
        exit""", "R2 offset is outside of the packet"),
    ("uninit_reg", XDP, "r0 = r5\nexit", "R5 !read_ok"),
    ("no_return_value", XDP, "exit", "R0 !read_ok"),
    ("scalar_deref", XDP, "r0 = 0\nr1 = *(u64 *)(r0 + 0)\nexit", "R0 invalid mem access 'scalar'"),
    ("fp_read_only", XDP, "r10 = 0\nr0 = 0\nexit", "frame pointer is read only"),
    ("stack_oob", XDP, "r0 = 0\n*(u64 *)(r10 - 520) = r0\nexit", "invalid write to stack R10 off=-520 size=8"),
    ("stack_spill_fill", XDP, """
        r2 = *(u32 *)(r1 + 0)
        *(u64 *)(r10 - 8) = r2
        r3 = *(u64 *)(r10 - 8)
        r0 = 0
        exit""", None),
    ("ctx_bad_offset", XDP, "r0 = *(u32 *)(r1 + 100)\nr0 = 0\nexit", "invalid bpf_context access off=100 size=4"),
    ("ctx_write", SK, "r0 = 0\n*(u32 *)(r1 + 0) = r0\nexit", "invalid bpf_context access off=0 size=4"),
    ("div_by_zero_k", XDP, "r0 = 1\nr0 /= 0\nexit", "div by zero"),
    ("bad_shift", XDP, "r0 = 1\nr0 <<= 64\nexit", "invalid shift 64"),
    ("ptr_ptr_add", XDP, "r0 = r10\nr0 += r1\nexit", "R0 pointer += pointer prohibited"),
    ("ptr_and", XDP, "r0 = r10\nr0 &= 7\nexit", "R0 bitwise operator &= on pointer prohibited"),
    ("ptr32", XDP, "r0 = r10\nw0 += 1\nr0 = 0\nexit", "R0 32-bit pointer arithmetic prohibited"),
    ("unreachable", XDP, "r0 = 0\nexit\nr0 = 1\nexit", "unreachable insn 2"),
    ("jump_oob", XDP, "r0 = 0\nif r0 == 0 goto +5\nexit", "jump out of range from insn 1 to 7"),
    ("last_not_exit", XDP, "r0 = 0", "last insn is not an exit or jmp"),
    ("infinite_loop", XDP, "r0 = 0\nif r0 == 0 goto -1\nexit", "infinite loop detected at insn 1"),
    ("unreachable_exit", XDP, "r0 = 0\ngoto -1\nexit", "unreachable insn 2"),
    ("bounded_loop", XDP, """
        r0 = 0
        r1 = 0
        r1 += 1
        r0 += 2
        if r1 < 10 goto -3
        exit""", None),
    ("xdp_ret_range", SK, "r0 = 0\nexit", None),
    ("branch_refines", XDP, """
        r2 = *(u32 *)(r1 + 0)
        r3 = *(u32 *)(r1 + 4)
        r0 = *(u32 *)(r1 + 16)
        if r0 > 7 goto +6
        r4 = r2
        r4 += 8
        if r4 > r3 goto +3
        r2 += r0
        r0 = *(u8 *)(r2 + 0)
        r0 = 0
        r0 = 0
        exit""", "R2 offset is outside of the packet"),
]


@pytest.mark.parametrize("name,ptype,src,expected", CASES, ids=[c[0] for c in CASES])
def test_pybpf_verdict(name, ptype, src, expected):
    res = verify(assemble(src), ptype, log_level=1)
    if expected is None:
        assert res.accepted, (res.error, res.log)
    else:
        assert not res.accepted
        assert res.error == expected
        assert expected in res.log.splitlines()
        assert res.explanation.startswith("rejected")


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name,ptype,src,expected", CASES, ids=[c[0] for c in CASES])
def test_kernel_agrees(name, ptype, src, expected):
    insns = assemble(src)
    verdict, _errno, log = kernel_load(insns, ptype, log_level=1)
    assert verdict == ("accept" if expected is None else "reject"), log
    if expected is not None:
        assert expected in log.splitlines()


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name,ptype,src,expected", [c for c in CASES if c[0] in (
    "pkt_bounds_ok", "pkt_past_range", "stack_spill_fill", "uninit_reg", "scalar_deref")])
def test_log_matches_kernel(name, ptype, src, expected):
    """Level-2 logs are identical to the kernel's (stack-liveness debug lines aside)."""
    insns = assemble(src)
    _v, _e, klog = kernel_load(insns, ptype, log_level=2)
    res = verify(insns, ptype, log_level=2)
    assert normalize_log(res.log) == normalize_log(klog)


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("seed", range(60))
def test_scalar_bounds_match_kernel(seed):
    """Random ALU/branch sequences: every register state the kernel prints on the first path is the same."""
    insns = gen(random.Random(seed))
    kv, _e, klog = kernel_load(insns, SK, log_level=2)
    res = verify(insns, SK, log_level=2)
    assert kv == res.verdict
    ours = first_path_states(res.log)
    theirs = first_path_states(klog)
    for (i1, s1), (i2, s2) in zip(theirs, ours, strict=False):
        assert i1 == i2
        for k, v in s1.items():
            assert s2.get(k) == v, (seed, i1, k)

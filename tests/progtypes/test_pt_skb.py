"""skb runs (socket filter, tc, cgroup_skb, lwt): the __sk_buff fields programs read, ctx_in/ctx_out, where data
starts, LD_ABS / LD_IND, skb_load_bytes / skb_store_bytes - against Linux's BPF_PROG_TEST_RUN."""

from __future__ import annotations

import struct

import pytest
from pt_harness import build, eth, interp_only, ipv4_udp, kernel, packet

from pybpf.helpers.env import RunEnv
from pybpf.progtypes import get, run
from pybpf.progtypes.skb import eth_type_trans
from pybpf.uapi import AttachType, ProgType
from pybpf.vm import AddressSpace

SF, CLS, ACT = ProgType.SOCKET_FILTER, ProgType.SCHED_CLS, ProgType.SCHED_ACT


def skb_ctx(**fields: int) -> bytes:
    """A struct __sk_buff with the named u32 fields (cb0..cb4, tstamp/hwtstamp as u64) set."""
    raw = bytearray(192)
    offs = {"mark": 8, "priority": 32, "ingress_ifindex": 36, "ifindex": 40, "wire_len": 160, "gso_segs": 164,
            "gso_size": 176, "queue_mapping": 12, "tc_index": 44, "hash": 68, "len": 0, "protocol": 16}
    for name, value in fields.items():
        if name.startswith("cb"):
            struct.pack_into("<I", raw, 48 + 4 * int(name[2:]), value)
        elif name in ("tstamp", "hwtstamp"):
            struct.pack_into("<Q", raw, 152 if name == "tstamp" else 184, value)
        else:
            struct.pack_into("<I", raw, offs[name], value)
    return bytes(raw)


# copy fields the program may read into cb[] (the one area every skb type may write), return len
FIELDS_TO_CB = """
r2 = *(u32 *)(r1 + 4)
*(u32 *)(r1 + 48) = r2
r2 = *(u32 *)(r1 + 16)
*(u32 *)(r1 + 52) = r2
r2 = *(u32 *)(r1 + 40)
r3 = *(u32 *)(r1 + 8)
r2 <<= 16
r2 |= r3
*(u32 *)(r1 + 56) = r2
r2 = *(u32 *)(r1 + 32)
r3 = *(u32 *)(r1 + 36)
r3 <<= 16
r2 |= r3
*(u32 *)(r1 + 60) = r2
r2 = *(u32 *)(r1 + 12)
r3 = *(u32 *)(r1 + 20)
r3 <<= 8
r2 |= r3
r3 = *(u32 *)(r1 + 24)
r3 <<= 16
r2 |= r3
*(u32 *)(r1 + 64) = r2
r0 = *(u32 *)(r1 + 0)
exit
"""


@kernel
@pytest.mark.parametrize("ptype", [SF, CLS, ACT])
@pytest.mark.parametrize("frame", [
    packet(),
    eth(dst=b"\xff" * 6) + ipv4_udp(),                  # broadcast
    eth(dst=bytes.fromhex("01005e000001")) + ipv4_udp(),  # multicast
    eth(dst=bytes.fromhex("020000000099")) + ipv4_udp(),  # another host
    eth(proto=0x86DD) + bytes(40),
    eth(proto=0x0050) + b"\xff\xff" + bytes(20),         # 802.3 raw (IPX)
    eth(proto=0x0050) + b"\xaa\xaa" + bytes(20),         # 802.2 LLC
    bytes(14),
])
def test_fields_match_linux(ptype, frame):
    d = build(FIELDS_TO_CB, ptype)
    d.check(frame, skb_ctx())
    d.check(frame, skb_ctx(mark=7, priority=3, ingress_ifindex=1, ifindex=1, cb0=1, cb4=9, tstamp=123,
                           wire_len=len(frame) + 10, gso_segs=2, gso_size=1400, hwtstamp=5))


@kernel
@pytest.mark.parametrize("ptype", [SF, CLS])
@pytest.mark.parametrize("ctx", [
    skb_ctx(len=1), skb_ctx(protocol=8), skb_ctx(queue_mapping=1), skb_ctx(tc_index=1), skb_ctx(hash=1),
    skb_ctx(wire_len=5), skb_ctx(wire_len=70000), skb_ctx(gso_segs=70000), skb_ctx(ifindex=9999),
    skb_ctx() + b"\0" * 8, skb_ctx() + b"\1", skb_ctx()[:100],
])
def test_ctx_in_validation_matches_linux(ptype, ctx):
    d = build(FIELDS_TO_CB, ptype)
    d.check(packet(), ctx)


@kernel
@pytest.mark.parametrize("ptype", [SF, CLS])
def test_data_size_limits_match_linux(ptype):
    d = build("r0 = 1\nexit", ptype)
    for size in (0, 13, 14, 3712, 3713):
        d.check(bytes(size))


@kernel
def test_socket_filter_data_out_starts_with_zeros():
    d = build("r0 = 0\nexit", SF)
    out = d.check(packet())
    assert out.data_out[:14] == bytes(14) and out.data_out[14:] == packet()[14:]


@kernel
def test_tc_writes_mark_priority_cb_and_packet():
    d = build("""
r2 = 0x55
*(u32 *)(r1 + 8) = r2
r2 = 6
*(u32 *)(r1 + 32) = r2
r2 = 0x1122334455667788 ll
*(u64 *)(r1 + 48) = r2
r2 = *(u32 *)(r1 + 76)
r3 = *(u32 *)(r1 + 80)
r4 = r2
r4 += 20
if r4 > r3 goto out
r5 = 0xab
*(u8 *)(r2 + 19) = r5
r0 = *(u32 *)(r2 + 12)
exit
out:
r0 = 0
exit
""", CLS)
    out = d.check(packet(), skb_ctx())
    assert struct.unpack_from("<I", out.ctx_out, 8)[0] == 0x55


LD_ABS = """
r6 = r1
r0 = *(u16 *)skb[12]
r7 = r0
r0 = *(u8 *)skb[{off}]
r7 <<= 8
r7 |= r0
r2 = {ind}
r0 = *(u32 *)skb[r2 + 0]
r7 ^= r0
r0 = r7
exit
"""


@kernel
@pytest.mark.parametrize("ptype", [SF, CLS])
@pytest.mark.parametrize("off,ind", [
    (0, 0), (9, 4), (-0x100000, 0), (-0x100000 + 9, -0x100000), (-0x200000, -0x200000 + 6),
    (-0x200000 + 13, 0), (100, 0), (0, 100), (-0x100001, 0), (-0x200001, 0), (-0x300000, 0),
    (0, -0x100000 + 40), (0, -0x200000 + 60),
])
def test_ld_abs_ind_matches_linux(ptype, off, ind):
    d = build(LD_ABS.format(off=off, ind=ind), ptype)
    d.check(packet())


LOAD_STORE = """
r6 = r1
r1 = r6
r2 = {off}
r3 = r10
r3 += -16
r4 = {size}
call 26
r7 = r0
r1 = r6
r2 = {soff}
r3 = r10
r3 += -16
r4 = {ssize}
r5 = {flags}
call 9
r8 = r0
r0 = *(u64 *)(r10 - 16)
r0 ^= r7
r0 ^= r8
exit
"""


@kernel
@pytest.mark.parametrize("args", [
    (0, 8, 20, 8, 0), (30, 16, 0, 4, 0), (46, 8, 10, 8, 0), (47, 8, 0, 8, 0), (0, 8, 47, 4, 0), (0, 8, 46, 4, 0),
    (0, 8, 0, 8, 4), (0, 8, 0, 8, 2), (0, 8, 0, 8, 1), (-1 & 0xFFFFFFFF, 8, 0, 8, 0), (0, 8, 0x80000000, 8, 0),
])
def test_skb_load_store_bytes_match_linux(args):
    off, size, soff, ssize, flags = args
    d = build(LOAD_STORE.format(off=off, size=size, soff=soff, ssize=ssize, flags=flags), CLS)
    d.check(packet(b"abcdefghijklmnopqrstuvwxyz"))


@kernel
def test_skb_load_bytes_in_a_socket_filter_matches_linux():
    d = build("""
r6 = r1
r2 = 2
r3 = r10
r3 += -8
r4 = 8
call 26
r0 = *(u64 *)(r10 - 8)
exit
""", SF)
    d.check(packet())


@kernel
def test_cgroup_skb_and_lwt_match_linux():
    for ptype, attach in ((ProgType.CGROUP_SKB, AttachType.CGROUP_INET_INGRESS),
                          (ProgType.CGROUP_SKB, AttachType.CGROUP_INET_EGRESS), (ProgType.LWT_IN, None),
                          (ProgType.LWT_OUT, None), (ProgType.LWT_XMIT, None)):
        d = build("""
r2 = *(u32 *)(r1 + 0)
*(u32 *)(r1 + 48) = r2
r2 = *(u32 *)(r1 + 76)
r3 = *(u32 *)(r1 + 80)
r0 = 1
r4 = r2
r4 += 4
if r4 > r3 goto out
r5 = *(u8 *)(r2 + 0)
*(u32 *)(r1 + 52) = r5
out:
exit
""", ptype, attach=attach)
        d.check(packet(), skb_ctx())


def test_eth_type_trans():
    lo = (bytes(6), bytes(6))
    assert eth_type_trans(packet(), *lo) == (0x0008, 0)
    assert eth_type_trans(b"\xff" * 6 + bytes(6) + b"\x86\xdd", *lo) == (0xDD86, 2)
    assert eth_type_trans(b"\xff" * 6 + bytes(6) + b"\x86\xdd", bytes(6), b"\xff" * 6) == (0xDD86, 1)
    assert eth_type_trans(bytes.fromhex("02" + "00" * 5) + bytes(6) + b"\x00\x10\xff\xff", *lo) == (0x0100, 3)
    assert eth_type_trans(bytes(12) + b"\x00\x10\xaa\xaa", *lo) == (0x0400, 0)


@pytest.mark.parametrize("fast", [True, False])
def test_interp_engines_agree_on_skb_programs(fast):
    env = RunEnv.deterministic()
    out = run(interp_only(LD_ABS.format(off=9, ind=-0x100000), SF, env=env, fast=fast), SF, packet(), env=env)
    ref = run(interp_only(LD_ABS.format(off=9, ind=-0x100000), SF, env=env, fast=not fast), SF, packet(), env=env)
    assert out == ref and out.r0 != 0


def test_regions_are_released():
    env = RunEnv.deterministic()
    space = AddressSpace()
    for ptype in (SF, CLS, ProgType.CGROUP_SKB):
        with get(ptype).prepare(space, packet(), skb_ctx(), env=env):
            assert len(space.regions) == 2
    assert not space.regions

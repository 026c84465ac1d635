"""XDP runs: test_run's validation, the frame layout, metadata, head/tail/meta adjustment, redirects - against
Linux (kernel differential) where bpf(2) works, and on both interpreter engines."""

from __future__ import annotations

import errno
import struct

import pytest
from pt_harness import build, dual_map, interp_only, kernel, packet

from pybpf.errors import RunInputError
from pybpf.helpers.env import RunEnv
from pybpf.maps import MapSpec, MapType, create_map
from pybpf.progtypes import get, run
from pybpf.uapi import AttachType, ProgType, XdpAction
from pybpf.uapi import TestRunFlag as RunFlag
from pybpf.vm import AddressSpace

XDP = ProgType.XDP


def md(data: int = 0, data_end: int = 0, data_meta: int = 0, ingress: int = 0, rxq: int = 0, egress: int = 0
       ) -> bytes:
    return struct.pack("<6I", data, data_end, data_meta, ingress, rxq, egress)


# reads data/data_end/data_meta, writes the packet length and the ingress ifindex into the first bytes
READ_CTX = """
r6 = r1
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = *(u32 *)(r6 + 8)
r5 = r2
r5 += 16
if r5 > r3 goto out
r7 = r3
r7 -= r2
*(u32 *)(r2 + 0) = r7
r7 = r2
r7 -= r4
*(u32 *)(r2 + 4) = r7
r7 = *(u32 *)(r6 + 12)
*(u32 *)(r2 + 8) = r7
r7 = *(u32 *)(r6 + 16)
*(u32 *)(r2 + 12) = r7
r0 = 2
exit
out:
r0 = 1
exit
"""


def test_frame_is_below_4g_and_pointers_are_real():
    env = RunEnv.deterministic()
    space = AddressSpace()
    with get(XDP).prepare(space, packet(), env=env) as p:
        data, data_end, meta = struct.unpack_from("<3I", p.space.read(p.r1, 12))
        assert data == meta and data_end - data == len(packet())
        assert space.read(data, len(packet())) == packet()
        assert data < 1 << 32
    assert space.find(data) is None  # released


@pytest.mark.parametrize("fast", [True, False])
def test_read_ctx_interp(fast):
    env = RunEnv.deterministic()
    out = run(interp_only(READ_CTX, XDP, env=env, fast=fast), XDP, packet(), env=env)
    assert out.retval == XdpAction.PASS
    assert struct.unpack_from("<4I", out.data_out) == (len(packet()), 0, 1, 0)


@kernel
@pytest.mark.parametrize("ctx", [None, md(0, 50), md(8, 50), md(0, 50, ingress=1), md(4, 50, ingress=1, rxq=0)])
def test_read_ctx_matches_linux(ctx):
    d = build(READ_CTX, XDP)
    d.check(packet(b"x" * 8), ctx)


@kernel
@pytest.mark.parametrize("ctx,data", [
    (md(0, 51), packet(b"x" * 8)),       # data_end > len(data)
    (md(0, 50, data_meta=4), packet(b"x" * 8)),
    (md(220, 240), bytes(240)),          # metadata beyond the headroom left by struct xdp_frame
    (md(216, 232), bytes(232)),          # ... 216 bytes are fine
    (md(8, 16), bytes(16)),              # 8 bytes of packet after the metadata: shorter than an Ethernet header
    (md(6, 50), packet(b"x" * 8)),       # metadata length not a multiple of 4
    (md(60, 50), packet(b"x" * 8)),      # data > data_end
    (md(0, 50, egress=1), packet(b"x" * 8)),
    (md(0, 50, rxq=1), packet(b"x" * 8)),   # a queue without a device
    (md(0, 50, ingress=1, rxq=1), packet(b"x" * 8)),  # lo has one queue
    (md(0, 50, ingress=9999), packet(b"x" * 8)),  # no such device
    (md(0, 10), bytes(10)),              # shorter than an Ethernet header
    (md(0, 50) + b"\0" * 8, packet(b"x" * 8)),  # a longer ctx_in with a zero tail is fine
    (md(0, 50) + b"\1", packet(b"x" * 8)),  # ... but not a non-zero one
    (None, bytes(13)),
])
def test_validation_errors_match_linux(ctx, data):
    d = build(READ_CTX, XDP)
    d.check(data, ctx)


def test_validation_errnos():
    env = RunEnv.deterministic()
    info = get(XDP)
    space = AddressSpace()
    with pytest.raises(RunInputError) as e:
        info.prepare(space, packet(), env=env, attach=AttachType.XDP_DEVMAP)
    assert e.value.errno == errno.EINVAL
    with pytest.raises(RunInputError) as e:
        info.prepare(space, packet(), env=env, flags=RunFlag.RUN_ON_CPU)
    assert e.value.errno == errno.EINVAL
    with pytest.raises(RunInputError) as e:
        info.prepare(space, bytes(4000), env=env)
    assert e.value.errno == errno.EOPNOTSUPP and "fragment" in str(e.value)
    with pytest.raises(RunInputError) as e:  # Linux 6.18: ctx data_end < len(data) puts the rest into fragments
        info.prepare(space, packet(), md(0, 20), env=env)
    assert e.value.errno == errno.EOPNOTSUPP
    assert not space.regions


ADJUST = """
r6 = r1
r1 = r6
r2 = {head}
call 44
r8 = r0
r1 = r6
r2 = {tail}
call 65
r9 = r0
r1 = r6
r2 = {meta}
call 54
r7 = r0
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = r2
r4 += 14
if r4 > r3 goto out
*(u8 *)(r2 + 0) = r8
*(u8 *)(r2 + 1) = r9
*(u8 *)(r2 + 2) = r7
r4 = *(u32 *)(r6 + 8)
r5 = r4
r5 += 4
if r5 > r2 goto out
r3 -= r2
*(u32 *)(r4 + 0) = r3
out:
r0 = 2
exit
"""


@kernel
@pytest.mark.parametrize("head,tail,meta", [
    (0, 0, 0), (-14, 0, -4), (14, -10, -8), (-200, 0, 0), (-216, 0, 0), (-217, 0, 0), (-300, 0, 0),
    (0, 100, -32), (0, 3000, 0), (0, 3500, 0), (0, -46, 0), (0, -47, 0), (1, 1, -1), (-20, 7, -256),
    (-16, 0, -252), (60, 0, 0), (40, 0, -40), (-256, 3775, -4),
])
def test_adjustments_match_linux(head, tail, meta):
    d = build(ADJUST.format(head=head, tail=tail, meta=meta), XDP)
    d.check(packet(b"p" * 20))
    d.check(packet(b"p" * 20), md(8, len(packet(b"p" * 20))))


@pytest.mark.parametrize("fast", [True, False])
def test_adjust_head_moves_the_packet_region(fast):
    """After adjust_head the newly exposed bytes are accessible and the old ones are not."""
    env = RunEnv.deterministic()
    prog = interp_only("""
r6 = r1
r2 = -8
call 44
r2 = *(u32 *)(r6 + 0)
r0 = *(u64 *)(r2 + 0)
exit
""", XDP, env=env, fast=fast)
    out = run(prog, XDP, packet(), env=env)
    assert out.r0 == 0 and out.data_out == bytes(8) + packet()


@kernel
def test_repeat_shares_the_frame():
    d = build("""
r6 = r1
r2 = -4
call 44
r0 = 2
exit
""", XDP)
    o = d.check(packet(), repeat=3)
    assert len(o.data_out) == len(packet()) + 12


@kernel
def test_redirects_match_linux():
    dev = dual_map(MapType.DEVMAP, 4, 4, 8, name="devs")
    dev.ours[3] = 1
    dev.kern.update(3, 1)
    text = """
r1 = map[idx:0]
r2 = {key}
r3 = {flags}
call 51
exit
"""
    for key, flags in ((3, 0), (4, 0), (4, 2), (4, 1), (3, 8), (3, 32), (9, 3)):
        d = build(text.format(key=key, flags=flags), XDP, maps=[dev])
        out = d.check(packet())
        if out.retval == XdpAction.REDIRECT:
            assert out.redirect is not None and out.redirect.kind == "map" and out.redirect.target == key
    d = build("r1 = 7\nr2 = 0\ncall 23\nexit", XDP)
    out = d.check(packet())
    assert out.retval == XdpAction.REDIRECT and out.redirect.kind == "xdp" and out.redirect.target == 7
    d = build("r1 = 7\nr2 = 1\ncall 23\nexit", XDP)
    assert d.check(packet()).retval == XdpAction.ABORTED


@kernel
def test_load_store_bytes_and_buff_len_match_linux():
    d = build("""
r6 = r1
call 188
r9 = r0
r1 = r6
r2 = 2
r3 = r10
r3 += -8
r4 = 8
call 189
r7 = r0
*(u64 *)(r10 - 16) = r9
r1 = r6
r2 = 20
r3 = r10
r3 += -16
r4 = 8
call 190
r1 = r6
r2 = 1000
r3 = r10
r3 += -8
r4 = 4
call 189
r0 += r7
r0 += 100
exit
""", XDP)
    d.check(packet(b"payload-payload"))


def test_per_run_isolation():
    """Two prepared frames do not share state, and closing releases the pages."""
    env = RunEnv.deterministic()
    info = get(XDP)
    space = AddressSpace()
    a = info.prepare(space, packet(b"a"), env=env)
    a.close()
    b = info.prepare(space, packet(b"b"), env=env)
    assert space.read(struct.unpack_from("<I", space.read(b.r1, 4))[0], len(packet(b"b"))) == packet(b"b")
    b.close()
    assert not space.regions


def test_perf_event_output_from_xdp_captures_packet_bytes(cpu0):
    env = RunEnv.deterministic(cpu=0)
    perf = create_map(MapSpec("events", MapType.PERF_EVENT_ARRAY, 4, 4, 4))
    perf[0] = 100
    prog = interp_only("""
r6 = r1
*(u64 *)(r10 - 8) = 0x11223344
r1 = r6
r2 = map[idx:0]
r3 = 0xffffffff ll
r4 = 6
r4 <<= 32
r3 |= r4
r4 = r10
r4 += -8
r5 = 4
call 25
exit
""", XDP, env=env, maps=[perf])
    out = run(prog, XDP, packet(), env=env)
    assert out.r0 == 0
    (rec,) = perf.drain()
    assert rec.cpu == 0 and rec.data == bytes.fromhex("44332211") + packet()[:6]

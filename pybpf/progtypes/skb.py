"""skb test runs (bpf_prog_test_run_skb): socket filters, tc (sched_cls / sched_act), cgroup_skb and lwt programs.

Linux builds a linear skb from ``data`` with 64 bytes of headroom (NET_SKB_PAD) and runs ``eth_type_trans`` on the
loopback device (or the ``ifindex`` the ctx names): that sets ``protocol`` (the Ethernet type, or 802.3/802.2 for
length fields) and ``pkt_type`` (host / broadcast / multicast / other host, against the device's address), and
pulls the 14-byte Ethernet header. tc programs get the header pushed back (their data starts at L2); socket
filters, cgroup_skb and lwt programs see data from L3, and afterwards test_run pushes 14 *zero* bytes, so their
``data_out`` starts with 14 zeros. tc, lwt and cgroup_skb programs get ``data`` / ``data_end`` pointers (the packet
lives below 4 GiB), writable for tc and lwt_xmit. ``ctx_in`` (``struct __sk_buff``)
may set mark, priority, ingress_ifindex, ifindex, cb[], tstamp, wire_len, gso_segs, gso_size and hwtstamp;
``ctx_out`` gets mark, priority, ingress_ifindex, ifindex, tstamp, cb[], wire_len, gso_segs and hwtstamp back.
Not modelled: the dummy socket test_run attaches (``skb->sk`` reads as NULL here) and
BPF_F_TEST_SKB_CHECKSUM_COMPLETE.
"""

from __future__ import annotations

import ctypes
import errno
from typing import Any

from pybpf.helpers import _native as hn
from pybpf.progtypes.base import (
    ETH_HLEN,
    M32,
    U32,
    Prepared,
    Runner,
    RunOutput,
    ctx_init,
    ctx_region,
    device,
    fail,
    require_zero,
)
from pybpf.progtypes.lowmem import PAGE, low_page
from pybpf.uapi import ProgType, TestRunFlag
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind

NET_SKB_PAD = 64
SKB_SHINFO_SIZE = 320
SKB_CTX_SIZE = 192
GSO_MAX_SEGS = 65535
GSO_LEGACY_MAX_SIZE = 65536
PACKET_HOST, PACKET_BROADCAST, PACKET_MULTICAST, PACKET_OTHERHOST = 0, 1, 2, 3
ETH_P_802_3, ETH_P_802_2, ETH_P_IP, ETH_P_IPV6 = 0x0001, 0x0004, 0x0800, 0x86DD
AF_INET, AF_INET6 = 2, 10

# struct __sk_buff offsets
LEN, PKT_TYPE, MARK, QUEUE_MAPPING, PROTOCOL = 0, 4, 8, 12, 16
PRIORITY, INGRESS_IFINDEX, IFINDEX, TC_INDEX, CB, HASH, TC_CLASSID = 32, 36, 40, 44, 48, 68, 72
DATA, DATA_END, FAMILY, REMOTE_IP4, LOCAL_IP4, REMOTE_IP6, LOCAL_IP6 = 76, 80, 88, 92, 96, 100, 116
DATA_META, FLOW_KEYS, TSTAMP, WIRE_LEN, GSO_SEGS, SK, GSO_SIZE, HWTSTAMP = 140, 144, 152, 160, 164, 168, 176, 184
CB_SIZE = 20

# what convert___skb_to_skb accepts in ctx_in
CTX_IN_FIELDS = [(MARK, MARK + 4), (PRIORITY, IFINDEX + 4), (CB, CB + CB_SIZE), (TSTAMP, GSO_SEGS + 4),
                 (GSO_SIZE, GSO_SIZE + 4), (HWTSTAMP, HWTSTAMP + 8)]

L2_TYPES = frozenset({ProgType.SCHED_CLS, ProgType.SCHED_ACT})
DIRECT_TYPES = L2_TYPES | {ProgType.LWT_IN, ProgType.LWT_OUT, ProgType.LWT_XMIT}
PACKET_WRITERS = L2_TYPES | {ProgType.LWT_XMIT}  # may_access_direct_pkt_data allows writes
SKB_TYPES = DIRECT_TYPES | {ProgType.SOCKET_FILTER, ProgType.CGROUP_SKB}


def eth_type_trans(frame: bytes, mac: bytes, broadcast: bytes) -> tuple[int, int]:
    """(protocol as the u32 a program reads from __sk_buff (the big-endian value loaded little-endian), pkt_type)."""
    dest = frame[:6]
    pkt_type = PACKET_HOST
    if dest != mac:
        if dest[0] & 1:
            pkt_type = PACKET_BROADCAST if dest == broadcast else PACKET_MULTICAST
        else:
            pkt_type = PACKET_OTHERHOST
    h_proto = int.from_bytes(frame[12:14], "big")
    if h_proto >= 0x0600:
        proto = h_proto
    elif frame[14:16] == b"\xff\xff":
        proto = ETH_P_802_3
    else:
        proto = ETH_P_802_2
    return int.from_bytes(proto.to_bytes(2, "big"), "little"), pkt_type


class SkbRunner(Runner):
    name = "skb"

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: Any,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        ptype = ProgType(prog_type) if prog_type is not None else ProgType.SCHED_CLS
        what = f"{ptype.name.lower()} test run"
        if flags & ~TestRunFlag.SKB_CHECKSUM_COMPLETE or cpu or batch_size:
            raise fail(errno.EINVAL, f"{what}: flags other than BPF_F_TEST_SKB_CHECKSUM_COMPLETE, a cpu or a "
                                     "batch_size are not accepted")
        if flags:
            raise fail(errno.EOPNOTSUPP, f"{what}: BPF_F_TEST_SKB_CHECKSUM_COMPLETE is not modelled")
        size = len(data)
        max_size = PAGE - NET_SKB_PAD - SKB_SHINFO_SIZE
        if size < ETH_HLEN or size > max_size:
            raise fail(errno.EINVAL, f"{what}: data must be {ETH_HLEN} to {max_size} bytes, not {size}")
        uctx = ctx_init(ctx, SKB_CTX_SIZE, what)
        dev = device(1, what)
        if uctx is not None and U32.unpack_from(uctx, IFINDEX)[0] > 1:
            dev = device(U32.unpack_from(uctx, IFINDEX)[0], what)
        frame = bytes(data)
        protocol, pkt_type = eth_type_trans(frame, dev.mac, dev.broadcast)
        is_l2 = ptype in L2_TYPES
        direct = ptype in DIRECT_TYPES or ptype is ProgType.CGROUP_SKB
        # the skb after eth_type_trans (and, at L2, the header pushed back)
        skb_off = NET_SKB_PAD + (0 if is_l2 else ETH_HLEN)
        skb_len = size - (0 if is_l2 else ETH_HLEN)
        if uctx is not None:
            require_zero(uctx, CTX_IN_FIELDS, what)
        wire_len = skb_len
        if uctx is not None:
            given = U32.unpack_from(uctx, WIRE_LEN)[0]
            if given:
                if given < skb_len or given > GSO_LEGACY_MAX_SIZE:
                    raise fail(errno.EINVAL, f"{what}: ctx_in wire_len {given} is below the packet length "
                                             f"({skb_len}) or above {GSO_LEGACY_MAX_SIZE}")
                wire_len = given
            if U32.unpack_from(uctx, GSO_SEGS)[0] > GSO_MAX_SEGS:
                raise fail(errno.EINVAL, f"{what}: ctx_in gso_segs above {GSO_MAX_SEGS}")

        page = low_page()
        head = page.address
        page.view[NET_SKB_PAD:NET_SKB_PAD + size] = frame
        data_addr = head + skb_off
        buf = NativeBuffer(SKB_CTX_SIZE)
        v = buf.view
        if uctx is not None:
            for lo, hi in CTX_IN_FIELDS:
                v[lo:hi] = uctx[lo:hi]
        U32.pack_into(v, LEN, skb_len)
        U32.pack_into(v, PKT_TYPE, pkt_type)
        U32.pack_into(v, PROTOCOL, protocol)
        U32.pack_into(v, IFINDEX, dev.ifindex)
        U32.pack_into(v, WIRE_LEN, wire_len)
        U32.pack_into(v, DATA, data_addr)
        U32.pack_into(v, DATA_END, data_addr + skb_len)
        U32.pack_into(v, DATA_META, data_addr)
        self._socket_fields(v, frame)
        shadow = hn.PbhSkb(head=head, data=data_addr, end=head + PAGE - SKB_SHINFO_SIZE, ctx=buf.address,
                           len=skb_len, mac_header=NET_SKB_PAD, network_header=NET_SKB_PAD + ETH_HLEN,
                           flags=hn.SKB_DIRECT if direct else 0)
        prepared = Prepared(self, space, env, buf.address, bytes(uctx) if uctx is not None else None)
        prepared.owners += [page, buf, shadow]
        prepared.state.update(page=page, shadow=shadow, ptype=ptype, is_l2=is_l2)
        prepared.add_region(ctx_region(buf, "__sk_buff", writable=True))
        # the packet from its mac header: what direct access (data..data_end) and LD_ABS / SKF_LL_OFF may read
        lo, hi = NET_SKB_PAD, skb_off + skb_len
        prepared.add_region(Region(head + lo, hi - lo, RegionKind.PACKET, "packet", page.view[lo:hi],
                                   writable=ptype in PACKET_WRITERS, owner=page))
        env.attach_packet(skb=ctypes.addressof(shadow))
        env.begin_run()
        _LIVE[buf.address] = prepared

        def detach() -> None:
            _LIVE.pop(buf.address, None)
            env.attach_packet()
            page.release()
        prepared.on_close.append(detach)
        return prepared

    @staticmethod
    def _socket_fields(v: memoryview, frame: bytes) -> None:
        """family and addresses of the dummy socket test_run fills from the IP header (local = source)."""
        proto = int.from_bytes(frame[12:14], "big")
        l3 = frame[ETH_HLEN:]
        if proto == ETH_P_IP:
            U32.pack_into(v, FAMILY, AF_INET)
            if len(l3) >= 20:
                v[LOCAL_IP4:LOCAL_IP4 + 4] = l3[12:16]
                v[REMOTE_IP4:REMOTE_IP4 + 4] = l3[16:20]
        elif proto == ETH_P_IPV6:
            U32.pack_into(v, FAMILY, AF_INET6)
            if len(l3) >= 40:
                v[LOCAL_IP6:LOCAL_IP6 + 16] = l3[8:24]
                v[REMOTE_IP6:REMOTE_IP6 + 16] = l3[24:40]

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        shadow = prepared.state["shadow"]
        page = prepared.state["page"]
        lo = shadow.data - page.address
        packet = page.view[lo:lo + shadow.len].tobytes()
        data_out = packet if prepared.state["is_l2"] else bytes(ETH_HLEN) + packet
        ctx_out = None
        if prepared.ctx_in is not None:
            cur = ctypes.string_at(prepared.r1, SKB_CTX_SIZE)
            out = bytearray(prepared.ctx_in)
            for lo_, hi_ in ((MARK, MARK + 4), (PRIORITY, IFINDEX + 4), (CB, CB + CB_SIZE), (TSTAMP, GSO_SEGS + 4),
                             (HWTSTAMP, HWTSTAMP + 8)):
                out[lo_:hi_] = cur[lo_:hi_]
            ctx_out = bytes(out)
        return RunOutput(r0 & M32, r0, data_out, ctx_out, prepared.env.redirect)


_LIVE: dict[int, Prepared] = {}


def ld_abs_packet(ctx: int) -> tuple[int, int, int, int, int, int] | None:
    """For legacy LD_ABS / LD_IND: the skb whose __sk_buff is at ``ctx`` as (data, len, head, tail, network header,
    mac header) addresses, or None."""
    prepared = _LIVE.get(ctx)
    if prepared is None:
        return None
    s = prepared.state["shadow"]
    mac = s.head + s.mac_header  # the headroom before the MAC header is not a region: reads below it fail
    return s.data, s.len, mac, s.data + s.len, s.head + s.network_header, mac


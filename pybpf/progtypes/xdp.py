"""XDP test runs (bpf_prog_test_run_xdp): a 4 KiB frame with 256 bytes of headroom and the skb_shared_info tailroom.

Layout of the page (below 4 GiB, :mod:`pybpf.progtypes.lowmem`): ``data_hard_start`` at the page start, the first
``sizeof(struct xdp_frame)`` (40) bytes reserved, ``data_meta = data_hard_start + 256 - metalen``, ``data =
data_meta + metalen``, ``data_end = data_meta + len(data)``; ``xdp_data_hard_end`` is the page end minus 320. With
a ``ctx_in`` (``struct xdp_md``), its ``data`` is the metadata length (the first bytes of ``data``, a multiple of 4 up
to 216), ``data_end`` the size of the linear area (Linux >= 6.18 puts the rest of ``data`` into fragments, which are
not modelled: such runs are EOPNOTSUPP here), ``data_meta`` and ``egress_ifindex`` must be 0, and
``ingress_ifindex`` / ``rx_queue_index`` must name a device and queue. Data over the linear maximum (3520 bytes
without metadata) would also need fragments. ``data_out`` is ``[data_meta, data_end)`` after the run; ``ctx_out``
is the ctx with ``data`` / ``data_end`` relative to ``data_meta``.
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
)
from pybpf.progtypes.lowmem import PAGE, low_page
from pybpf.uapi import AttachType, TestRunFlag
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind

XDP_PACKET_HEADROOM = 256
XDP_FRAME_SIZE = 40  # sizeof(struct xdp_frame)
SKB_SHINFO_SIZE = 320  # SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) on x86-64
XDP_MD_SIZE = 24
MAX_METALEN = 255  # type_max(skb_shared_info.meta_len)
# xdp_md fields
DATA, DATA_END, DATA_META, INGRESS_IFINDEX, RX_QUEUE_INDEX, EGRESS_IFINDEX = 0, 4, 8, 12, 16, 20


def metalen_invalid(n: int) -> bool:
    return bool(n & 3) or n > MAX_METALEN


class XdpRunner(Runner):
    name = "xdp"

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: Any,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        what = "XDP test run"
        if attach in (AttachType.XDP_DEVMAP, AttachType.XDP_CPUMAP):
            raise fail(errno.EINVAL, f"{what}: programs for devmap/cpumap entries cannot be test-run")
        if flags & ~TestRunFlag.XDP_LIVE_FRAMES:
            raise fail(errno.EINVAL, f"{what}: unknown flags 0x{flags:x}")
        if flags & TestRunFlag.XDP_LIVE_FRAMES:
            raise fail(errno.EOPNOTSUPP, f"{what}: live-frame mode (BPF_F_TEST_XDP_LIVE_FRAMES) is not modelled")
        if batch_size:
            raise fail(errno.EINVAL, f"{what}: batch_size needs BPF_F_TEST_XDP_LIVE_FRAMES")
        md = ctx_init(ctx, XDP_MD_SIZE, what)
        size = len(data)
        headroom = XDP_PACKET_HEADROOM
        metalen = 0
        linear = size
        if md is not None:
            f = [U32.unpack_from(md, o)[0] for o in range(0, XDP_MD_SIZE, 4)]
            if f[2] or f[1] > size or f[0] > f[1]:
                raise fail(errno.EINVAL, f"{what}: ctx_in must have data_meta 0, data_end <= len(data) ({size}) and "
                                         "data (the metadata length) <= data_end")
            metalen = f[0]
            if metalen_invalid(metalen) or metalen > headroom - XDP_FRAME_SIZE:
                raise fail(errno.EINVAL, f"{what}: the metadata length {metalen} must be a multiple of 4 up to "
                                         f"{headroom - XDP_FRAME_SIZE}")
            headroom -= metalen
            linear = f[1]
        max_linear = PAGE - headroom - SKB_SHINFO_SIZE
        linear = min(linear, max_linear)
        if size - metalen < ETH_HLEN:
            raise fail(errno.EINVAL, f"{what}: data must hold at least an Ethernet header ({ETH_HLEN} bytes) after "
                                     "the metadata")
        ingress, rxq = 1, 0  # the loopback device's queue 0 when the ctx does not say
        if md is not None:
            egress, ingress_in, rxq = (U32.unpack_from(md, o)[0] for o in (EGRESS_IFINDEX, INGRESS_IFINDEX,
                                                                            RX_QUEUE_INDEX))
            if egress:
                raise fail(errno.EINVAL, f"{what}: ctx_in egress_ifindex must be 0")
            if not ingress_in and rxq:
                raise fail(errno.EINVAL, f"{what}: ctx_in rx_queue_index needs an ingress_ifindex")
            if ingress_in:
                dev = device(ingress_in, what)
                if rxq >= dev.rx_queues:
                    raise fail(errno.EINVAL, f"{what}: device {dev.name} has {dev.rx_queues} RX queue(s), not "
                                             f"queue {rxq}")
                ingress = ingress_in
            else:
                rxq = 0
        if size > linear:
            raise fail(errno.EOPNOTSUPP, f"{what}: {size - linear} of {size} bytes would go to fragments (the "
                                         f"linear area takes {linear}: ctx_in data_end, at most {max_linear}); "
                                         "multi-buffer packets are not modelled")

        page = low_page()
        hard = page.address
        meta = hard + headroom
        page.view[headroom:headroom + size] = bytes(data)
        ctx_buf = NativeBuffer(XDP_MD_SIZE)
        shadow = hn.PbhXdp(data=meta + metalen, data_end=meta + size, data_meta=meta, data_hard_start=hard,
                           ctx=ctx_buf.address, frame_sz=PAGE)
        for off, value in ((DATA, meta + metalen), (DATA_END, meta + size), (DATA_META, meta),
                           (INGRESS_IFINDEX, ingress), (RX_QUEUE_INDEX, rxq)):
            U32.pack_into(ctx_buf.view, off, value)
        prepared = Prepared(self, space, env, ctx_buf.address, bytes(md) if md is not None else None)
        prepared.owners += [page, ctx_buf, shadow]
        prepared.state.update(page=page, shadow=shadow, packet=None)
        # the program reads xdp_md but never writes it (the verifier refuses): read-only here too
        prepared.add_region(ctx_region(ctx_buf, "xdp_md", writable=False))
        self.sync(prepared)
        env.attach_packet(xdp=ctypes.addressof(shadow))
        env.packet_changed = lambda: self.sync(prepared)
        env.begin_run()

        def detach() -> None:
            env.attach_packet()
            env.packet_changed = None
            page.release()
        prepared.on_close.append(detach)
        return prepared

    def sync(self, prepared: Prepared) -> None:
        """Register [data_meta, data_end) as the packet region (again, after a head/tail/meta adjustment)."""
        shadow = prepared.state["shadow"]
        page = prepared.state["page"]
        old = prepared.state["packet"]
        if old is not None:
            prepared.remove_region(old)
        lo = shadow.data_meta - page.address
        hi = shadow.data_end - page.address
        region = Region(shadow.data_meta, hi - lo, RegionKind.PACKET, "packet", page.view[lo:hi], owner=page)
        prepared.state["packet"] = prepared.add_region(region) if hi > lo else None

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        shadow = prepared.state["shadow"]
        page = prepared.state["page"]
        lo, hi = shadow.data_meta - page.address, shadow.data_end - page.address
        data_out = page.view[lo:hi].tobytes()
        ctx_out = None
        if prepared.ctx_in is not None:
            out = bytearray(prepared.ctx_in)
            U32.pack_into(out, DATA, (shadow.data - shadow.data_meta) & M32)
            U32.pack_into(out, DATA_END, (shadow.data_end - shadow.data_meta) & M32)
            ctx_out = bytes(out)
        return RunOutput(r0 & M32, r0, data_out, ctx_out, prepared.env.redirect)

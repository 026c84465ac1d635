"""Flow dissector test runs (bpf_prog_test_run_flow_dissector, bpf_flow_dissect).

The program sees a ``struct __sk_buff`` of which it may read only ``data`` / ``data_end`` (the frame from its
Ethernet header, no headroom, below 4 GiB) and ``flow_keys``: a ``struct bpf_flow_keys`` zeroed before the run and
seeded with ``n_proto`` (the Ethernet type as stored), ``nhoff = thoff = 14`` and the ``flags`` of ``ctx_in`` (the
only field ``ctx_in`` may set). Afterwards Linux clamps ``nhoff`` to [14, len] and ``thoff`` to [nhoff, len];
``data_out`` is the flow keys, ``ctx_out`` the caller's ctx unchanged, retval the verdict (BPF_OK, BPF_DROP...).
"""

from __future__ import annotations

import errno
import struct
from typing import Any

from pybpf.progtypes.base import (
    ETH_HLEN,
    M32,
    U32,
    U64,
    Prepared,
    Runner,
    RunOutput,
    ctx_init,
    ctx_region,
    fail,
    require_zero,
)
from pybpf.progtypes.lowmem import PAGE, low_page
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind

FLOW_KEYS_SIZE = 56
FLAGS_OFF = 48
SKB_CTX_SIZE = 192
DATA, DATA_END, FLOW_KEYS = 76, 80, 144
U16 = struct.Struct("<H")


class FlowDissectorRunner(Runner):
    name = "flow_dissector"

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: Any,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        what = "flow_dissector test run"
        if flags or cpu or batch_size:
            raise fail(errno.EINVAL, f"{what}: no flags, cpu or batch_size")
        size = len(data)
        if size < ETH_HLEN or size > PAGE:
            raise fail(errno.EINVAL, f"{what}: data must be {ETH_HLEN} to {PAGE} bytes, not {size}")
        user = ctx_init(ctx, FLOW_KEYS_SIZE, what)
        keys_flags = 0
        if user is not None:
            require_zero(user, [(FLAGS_OFF, FLAGS_OFF + 4)], what)
            keys_flags = U32.unpack_from(user, FLAGS_OFF)[0]
        page = low_page()
        page.view[:size] = bytes(data)
        keys = NativeBuffer(FLOW_KEYS_SIZE)
        kv = keys.view
        kv[10:12] = bytes(data[12:14])  # n_proto: eth->h_proto as stored (big endian)
        U16.pack_into(kv, 0, ETH_HLEN)  # nhoff
        U16.pack_into(kv, 2, ETH_HLEN)  # thoff
        U32.pack_into(kv, FLAGS_OFF, keys_flags)
        skb = NativeBuffer(SKB_CTX_SIZE)
        U32.pack_into(skb.view, DATA, page.address)
        U32.pack_into(skb.view, DATA_END, page.address + size)
        U64.pack_into(skb.view, FLOW_KEYS, keys.address)
        prepared = Prepared(self, space, env, skb.address, bytes(user) if user is not None else None)
        prepared.owners += [page, keys, skb]
        prepared.state.update(keys=keys, size=size)
        prepared.add_region(ctx_region(skb, "__sk_buff (flow dissector)", writable=False))
        prepared.add_region(Region(page.address, size, RegionKind.PACKET, "packet", page.view[:size], writable=False,
                                   owner=page))
        prepared.add_region(Region.of(keys, RegionKind.CTX, "bpf_flow_keys"))
        env.begin_run()
        prepared.on_close.append(page.release)
        return prepared

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        kv = prepared.state["keys"].view
        size = prepared.state["size"] & 0xFFFF
        nhoff = min(max(U16.unpack_from(kv, 0)[0], ETH_HLEN), size)  # clamp_t(u16, ...)
        thoff = min(max(U16.unpack_from(kv, 2)[0], nhoff), size)
        U16.pack_into(kv, 0, nhoff)
        U16.pack_into(kv, 2, thoff)
        return RunOutput(r0 & M32, r0, kv.tobytes(), prepared.ctx_in, prepared.env.redirect)

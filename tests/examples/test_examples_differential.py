"""Every example Linux can test-run, run on the interp and kernel backends with the same inputs, in sequence on the
same maps: retval, data_out and ctx_out of every run and the final contents of every readable map (queue, stack and
ring buffer included) must be identical. Skipped with the reason where bpf(2) is unavailable."""

from __future__ import annotations

import ipaddress
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ex_packets as P
import pytest
from ex_util import EXAMPLES, kernel

from pybpf import compare, load_collection_spec

pytestmark = [kernel, pytest.mark.kernel]



@dataclass
class Case:
    obj: str
    program: str
    packets: list[bytes] = field(default_factory=lambda: [b""])
    ctx: bytes | None = None
    setup: Callable[[Any], None] | None = None
    variables: dict[str, int] = field(default_factory=dict)
    id: str = ""


def routes(coll) -> None:
    r = coll.maps["routes"]
    for net, action in (("10.0.0.0/8", 2), ("10.1.0.0/16", 1), ("10.1.2.3/32", 3), ("0.0.0.0/0", 2)):
        r[ipaddress.ip_network(net)] = struct.pack("<IIQ", action, 0, 0)


def redirect_targets(coll) -> None:
    coll.maps["tx_ports"][1] = 1       # lo
    coll.maps["tx_by_ifindex"][1] = 1
    coll.maps["cpus"][0] = 64          # queue size: the slot is in use


def mac(key: int, which: int) -> bytes:
    return P.eth(0x0800, bytes(40), dst=bytes([2, 0, 0, 0, key, which]))


def conns(n: int, first: int) -> bytes:
    return P.eth(0x88B5, bytes([n, first]) + bytes(40))


def inner(a: int, b: int, slot: int) -> bytes:
    return P.eth(0x88B5, bytes([a, b, slot]) + bytes(40))


MIXED = [P.udp4(), P.tcp4(), P.udp6(), P.arp(), P.udp4(vlan=5), P.udp4(src="192.0.2.7", dport=9)]

CASES = [
    Case("xdp_count", "xdp_count", [*MIXED, P.udp4(dport=9), P.udp4()[:20]]),
    Case("xdp_count", "xdp_count", [P.udp4(dport=53), P.udp4(dport=9)], variables={"blocked_port": 53},
         id="blocked_port=53"),
    Case("xdp_flows", "xdp_flows", [*MIXED, P.udp4(), P.udp4()[:30], P.udp4()[:36], P.udp4(vlan=3)[:20]]),
    Case("global_data", "global_data", [P.udp4(), P.udp4(payload=bytes(1600))]),
    Case("global_data", "global_data", [P.udp4(), P.tcp4(), P.udp4(payload=bytes(1600))],
         variables={"swap_macs": 1}, id="swap_macs"),
    Case("lru_conntrack", "lru_conntrack", [conns(10, 0), conns(20, 1), conns(5, 0), conns(63, 2), conns(3, 1),
                                            conns(16, 3), conns(1, 0)]),
    Case("lpm_route", "lpm_route", [P.udp4(dst=d) for d in ("10.0.0.2", "10.1.9.9", "10.1.2.3", "192.168.1.1")]
         + [P.arp(), P.udp6()], setup=routes),
    Case("lpm_route", "lpm_route", [P.udp4(dst="10.1.2.3"), P.udp4(dst="8.8.8.8")], id="no routes"),
    Case("xdp_redirect", "xdp_redirect", [mac(k, w) for w in range(4) for k in range(3)], setup=redirect_targets),
    Case("tail_calls", "dispatch", [P.udp4(), P.udp4(payload=bytes(100)), P.udp6(), P.arp()]),
    Case("tail_calls", "chain", [P.udp4(), P.udp4()]),
    Case("map_in_map", "map_in_map", [inner(0, 0, 0), inner(1, 1, 1), inner(0, 1, 2), inner(2, 0, 0),
                                      inner(0, 3, 0), inner(1, 0, 3)]),
    Case("ringbuf_events", "ringbuf_events", [P.udp4(), P.tcp4(), P.arp(), P.udp6()]),
    Case("queue_stack", "queue_stack", [*MIXED, P.udp4(src="1.2.3.4"), P.tcp4(), P.udp4()]),
    Case("spin_lock", "spin_lock", [P.udp4(), P.udp4(payload=b"x" * 10), P.arp(), P.udp6(), P.tcp4()]),
    Case("core_read", "skb_fields", [P.udp4(), P.udp4(payload=bytes(100)), P.udp6()]),
    Case("core_read", "kernel_layout", ctx=bytes(32)),
    Case("tc_rewrite", "tc_rewrite", [P.udp4(), P.udp4(dport=80), P.udp4(ttl=1), P.tcp4(), P.arp(), P.udp6()]),
    Case("tc_rewrite", "tc_rewrite", [P.udp4(), P.udp4(dport=80)], ctx=bytes(192), id="with __sk_buff"),
    Case("socket_filter", "socket_filter", [P.udp4(), P.udp4(dport=80), P.udp4(payload=bytes(200)),
                                            P.tcp4(dport=53), P.arp(), P.udp6()]),
    Case("socket_filter", "socket_filter", [P.udp4(dport=80), P.udp4(dport=101)],
         variables={"port_lo": 60, "port_hi": 100}, id="port range"),
    Case("xdp_vlan", "xdp_vlan", [P.udp4(), P.udp4(vlan=7), P.udp4(payload=bytes(300)), P.arp(), P.udp6(),
                                  P.udp4(vlan=7)[:15]]),
]
CASES += [Case("loop_sum", "loop_sum", ctx=struct.pack("<IIQQIIQ", n, limit, 0, 0, 0, 0, 0), id=f"n={n},limit={limit}")
          for n, limit in ((10, 0), (100, 50), (0, 0), (200, 0))]


def test_every_runnable_example_is_covered():
    """Each example object appears in CASES, except the kprobe one (Linux cannot test-run kprobes)."""
    covered = {c.obj for c in CASES}
    objects = {p.stem for p in EXAMPLES.glob("*.o")}
    assert objects - covered == {"kprobe_unlink"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.obj}:{c.program}" + (f"[{c.id}]" if c.id else ""))
def test_interp_and_kernel_agree(case):
    spec = load_collection_spec(EXAMPLES / f"{case.obj}.o")
    for name, value in case.variables.items():
        spec.set_variable(name, value)
    cmp = compare(spec, case.program, packets=case.packets, ctx=case.ctx, setup=case.setup)
    assert cmp.same, "\n".join(str(d) for d in cmp.differences)
    # the runs did something: no backend failed, and the maps were read on both
    for backend, runs in cmp.runs.items():
        assert all(not isinstance(r, str) for r in runs), (backend, runs)
    assert cmp.maps["interp"].keys() == cmp.maps["kernel"].keys()


def test_xdp_context_in_and_out(obj):
    """ctx_in (struct xdp_md with ingress_ifindex and a metadata length) gives the same ctx_out and data_out."""
    packet = P.udp4()
    for meta in (0, 4, 8):
        ctx = struct.pack("<6I", meta, len(packet), 0, 1, 0, 0)
        cmp = compare(obj("ringbuf_events"), "ringbuf_events", data=packet, ctx=ctx)
        assert cmp.same, cmp.differences
        assert cmp.results["kernel"].ctx_out is not None


def test_rejected_inputs_are_rejected_alike(obj):
    """Inputs Linux refuses (too short for XDP, unknown ifindex, a ctx for raw bytes that must be zero) fail with
    the same errno on both backends, which compare reports as no difference."""
    cmp = compare(obj("xdp_count"), "xdp_count", data=b"\0" * 8)
    assert cmp.results == {"interp": "EINVAL", "kernel": "EINVAL"} and cmp.same
    cmp = compare(obj("xdp_count"), "xdp_count", data=P.udp4(), ctx=struct.pack("<6I", 0, 47, 0, 99, 0, 0))
    assert cmp.results == {"interp": "ENODEV", "kernel": "ENODEV"} and cmp.same

"""What each example does, asserted on the interp backend (runs everywhere, no kernel needed): the values follow
from the C code and the inputs, worked out by hand in each test."""

from __future__ import annotations

import ipaddress
import struct

import ex_packets as P
import pytest
from ex_util import EXAMPLES

from pybpf import Collection, load_collection_spec
from pybpf.errors import ExecutionError, PybpfError
from pybpf.maps import MapType


def collection(name: str, **variables: int) -> Collection:
    spec = load_collection_spec(EXAMPLES / f"{name}.o")
    for var, value in variables.items():
        spec.set_variable(var, value)
    return Collection(spec, "interp", env="deterministic")


def u64(raw: bytes, offset: int = 0) -> int:
    return struct.unpack_from("<Q", raw, offset)[0]


def bss(coll: Collection, section: str = "bss") -> bytes:
    name = next(n for n in coll.maps if n.endswith("." + section))
    return coll.maps[name][0]


def var(coll: Collection, name: str, fmt: str) -> tuple:
    """A global variable's current value, read from its map at the offset the spec gives."""
    v = coll.spec.variables[name]
    return struct.unpack_from("<" + fmt, coll.maps[v.map][0], v.offset)


def test_xdp_count_drops_the_blocked_port():
    with collection("xdp_count") as coll:
        prog = coll.programs["xdp_count"]
        assert prog.run(P.udp4(dport=9)).action == "XDP_DROP"
        assert prog.run(P.udp4(dport=53)).action == "XDP_PASS"
        assert prog.run(P.udp6()).retval == 2 and prog.run(P.arp()).retval == 2
        counts = {k: u64(v) for k, v in coll.maps["counts"].items()}
        assert counts == {0: 2, 1: 1, 2: 1, 3: 1}   # ipv4, ipv6, other, dropped
    with collection("xdp_count", blocked_port=0) as coll:   # 0 blocks nothing
        assert coll.programs["xdp_count"].run(P.udp4(dport=9)).retval == 2


def test_xdp_flows_parses_and_accounts():
    with collection("xdp_flows") as coll:
        prog = coll.programs["xdp_flows"]
        for packet in (P.udp4(), P.udp4(), P.tcp4(), P.udp6(), P.udp4(vlan=5), P.arp()):
            assert prog.run(packet).retval == 2
        assert prog.run(P.udp4()[:30]).retval == 1   # IPv4 header cut short: malformed, dropped
        stats = coll.maps["proto_stats"]
        per_stat = [sum(u64(v) for v in stats[i]) for i in range(6)]
        # ipv4: udp x2, tcp, vlan-tagged udp; ipv6: 1; tcp 1; udp 4; other (arp) 1; malformed 1
        assert per_stat == [4, 1, 1, 4, 1, 1]
        flows = coll.maps["flows"]
        assert len(flows) == 3   # the two identical UDP packets and the tagged one share a flow
        key = bytes([10, 0, 0, 1]) + bytes(12) + bytes([10, 0, 0, 2]) + bytes(12) + struct.pack("<HHBBH", 1234, 53,
                                                                                            17, 4, 0)
        packets, nbytes = struct.unpack("<QQ", flows[key])
        assert packets == 3 and nbytes == 2 * len(P.udp4()) + len(P.udp4(vlan=5))
        src = coll.maps["bytes_by_source"][bytes([10, 0, 0, 1])]
        assert sum(u64(v) for v in src) == 3 * len(P.udp4()) + len(P.tcp4()) + 4


def test_global_data_rodata_and_sections():
    with collection("global_data", swap_macs=1, max_len=100) as coll:
        prog = coll.programs["global_data"]
        packet = P.udp4()
        r = prog.run(packet)
        assert r.action == "XDP_TX"
        assert r.data_out == packet[6:12] + packet[:6] + packet[12:]   # MACs swapped
        long = P.udp4(payload=bytes(200))
        assert prog.run(long).action == "XDP_DROP"
        (packets,), (nbytes,), (last_len,) = var(coll, "packets", "Q"), var(coll, "bytes", "Q"), var(coll, "last_len",
                                                                                                     "I")
        assert (packets, nbytes, last_len) == (2, len(packet) + len(long), len(long))
        assert var(coll, "banner", "14s") == (b"Pybpf example\0",) and var(coll, "generation", "I") == (8,)
        verdicts = struct.unpack("<5Q", coll.maps[".data.verdicts"][0])
        assert verdicts == (0, 1, 0, 1, 0)
        # .rodata is frozen: user space cannot change it after load
        with pytest.raises(PybpfError):
            coll.maps[next(n for n in coll.maps if n.endswith(".rodata"))][0] = bytes(8)


def test_lru_conntrack_evicts_but_keeps_the_hot_entry():
    with collection("lru_conntrack") as coll:
        prog = coll.programs["lru_conntrack"]
        assert prog.run(P.eth(0x88B5, bytes([40, 0]) + bytes(40))).retval == 2
        table = coll.maps["conns"]
        keys = {int.from_bytes(k, "little") for k in table}
        assert len(keys) <= 16 and 0 in keys      # the hot entry (id 0) survived 40 insertions
        assert 39 in keys and 1 not in keys       # the newest are there, the oldest cold ones evicted
        assert {int.from_bytes(k, "little") for k in coll.maps["last_seen"]} <= set(range(40))


def test_lpm_route_longest_prefix_wins():
    with collection("lpm_route") as coll:
        routes = coll.maps["routes"]
        for net, action in (("10.0.0.0/8", 2), ("10.1.0.0/16", 1), ("10.1.2.3/32", 3)):
            routes[ipaddress.ip_network(net)] = struct.pack("<IIQ", action, 0, 0)
        prog = coll.programs["lpm_route"]
        assert [prog.run(P.udp4(dst=d)).retval for d in ("10.0.0.2", "10.1.9.9", "10.1.2.3", "172.16.0.1")] == \
            [2, 1, 3, 2]
        hits = {k: struct.unpack("<IIQ", v)[2] for k, v in routes.items()}
        assert sorted(hits.values()) == [1, 1, 1]
        assert [u64(v) for _, v in coll.maps["misses"].items()] == [0, 1]


def test_xdp_redirect_decisions():
    with collection("xdp_redirect") as coll:
        coll.maps["tx_ports"][1] = 1
        coll.maps["cpus"][0] = 64
        prog = coll.programs["xdp_redirect"]
        dst = lambda key, which: P.eth(0x0800, bytes(40), dst=bytes([2, 0, 0, 0, key, which]))  # noqa: E731
        assert prog.run(dst(1, 0)).action == "XDP_REDIRECT"
        assert prog.run(dst(2, 0)).action == "XDP_PASS"     # empty slot: the fallback in flags
        assert prog.run(dst(0, 2)).action == "XDP_REDIRECT"
        assert prog.run(dst(0, 3)).action == "XDP_PASS"     # no socket in the xskmap
        decisions = [u64(v) for _, v in coll.maps["decisions"].items()]
        assert decisions == [1, 1, 0, 0, 0, 1, 1, 0]


def test_tail_calls_dispatch_and_the_33_limit():
    with collection("tail_calls") as coll:
        assert coll.programs["dispatch"].run(P.udp4()).retval == 0          # handle_ipv4, short packet
        assert coll.programs["dispatch"].run(P.udp4(payload=bytes(100))).retval == 2
        assert coll.programs["dispatch"].run(P.arp()).retval == 0            # empty slot 2: falls through
        r = coll.programs["chain"].run(P.udp4())
        assert r.retval == 34    # the first run plus 33 tail calls
        assert var(coll, "chain_runs", "I") == (34,) and var(coll, "handled", "3Q") == (2, 0, 1)
        assert coll.maps["jump_table"].keys() == [0, 1, 3]


def test_map_in_map_counts_through_inner_maps():
    with collection("map_in_map") as coll:
        prog = coll.programs["map_in_map"]
        pkt = lambda a, b, slot: P.eth(0x88B5, bytes([a, b, slot]) + bytes(40))  # noqa: E731
        assert prog.run(pkt(0, 0, 1)).retval == 2     # inner_a via by_index[0], inner_b via by_key[0]
        assert prog.run(pkt(1, 1, 2)).retval == 2     # inner_b, inner_a
        assert prog.run(pkt(5, 0, 0)).retval == 1     # no slot 5 in the array of maps
        a = [u64(v) for _, v in coll.maps["inner_a"].items()]
        b = [u64(v) for _, v in coll.maps["inner_b"].items()]
        assert a == [0, 1, 1, 0] and b == [1, 1, 1, 0]   # the third packet still counts through by_key[0]
        assert coll.maps["by_index"].inner_map(0) is coll.maps["inner_a"]


def test_ringbuf_events_records_and_consumer():
    with collection("ringbuf_events") as coll:
        prog = coll.programs["ringbuf_events"]
        packet = P.udp4()
        ctx = struct.pack("<6I", 0, len(packet), 0, 1, 0, 0)
        prog.run(packet, ctx)
        ring = coll.maps["events"]
        summary, header = ring.pending()
        length, ifindex, proto = struct.unpack_from("<IIH", summary)
        assert (length, ifindex, proto, summary[10:16]) == (len(packet), 1, 0x0800, P.DST_MAC)
        assert header == packet[:14]
        submitted, dropped, perf_errors, avail = (var(coll, n, "Q")[0] for n in ("submitted", "dropped", "perf_errors",
                                                                                  "avail_after"))
        assert (submitted, dropped, perf_errors) == (2, 0, 1)   # no perf event open: -ENOENT
        # two records and the discarded reservation: 8-byte headers, sizes padded to 8, until a consumer passes
        assert avail == (8 + 16) + (8 + 16) + (8 + 64)
        assert ring.consume() == [summary, header] and ring.pending() == []


def test_queue_stack_and_bloom_filter():
    with collection("queue_stack") as coll:
        prog = coll.programs["queue_stack"]
        lengths = [len(P.udp4(payload=bytes(n))) for n in range(6)]
        results = [prog.run(P.udp4(payload=bytes(n), src=f"10.0.0.{n % 3}")).retval for n in range(6)]
        assert results == [0, 0, 0, 2, 2, 2]          # sources repeat after three packets
        assert coll.maps["lengths"].values() == [struct.pack("<I", n) for n in lengths[2:]]   # last 4 (BPF_EXIST)
        # the stack lost its top at packets 3 and 6
        assert coll.maps["recent"].values() == [struct.pack("<I", n) for n in (lengths[4], lengths[3], lengths[1],
                                                                                lengths[0])]
        assert struct.pack("<I", 0x0100000A) in coll.maps["seen_sources"]   # 10.0.0.1 as the program stored it


def test_spin_lock_accounts():
    with collection("spin_lock") as coll:
        prog = coll.programs["spin_lock"]
        for packet in (P.udp4(), P.udp4(payload=bytes(10)), P.udp6()):
            assert prog.run(packet).retval == 0
        lock, packets, nbytes, largest = struct.unpack("<IIQQ", coll.maps["accounts"][0x0800])
        small, big = len(P.udp4()), len(P.udp4(payload=bytes(10)))
        assert (lock, packets, nbytes, largest) == (0, 2, small + big, big)
        assert struct.unpack("<IIQQ", coll.maps["total"][0])[1] == 3


@pytest.mark.parametrize("n, limit, iterations", [(10, 0, 10), (100, 50, 51), (0, 0, 0)])
def test_loop_sum(n, limit, iterations):
    with collection("loop_sum") as coll:
        r = coll.programs["loop_sum"].run(ctx=struct.pack("<IIQQIIQ", n, limit, 0, 0, 0, 0, 0))
        _, _, total, squares, iters, elems, walked = struct.unpack("<IIQQIIQ", r.ctx_out)
        stop = limit or n
        assert r.retval == iterations == iters
        assert total == sum(range(stop)) and squares == walked == sum(i * i for i in range(stop))
        assert elems == stop
        assert r.log == (f"loop_sum: n={n} sum={total}",)


def test_core_read_relocates_against_the_kernel_btf():
    from pybpf.btf.vmlinux import available, load_vmlinux

    if not available():
        pytest.skip("no kernel BTF (/sys/kernel/btf/vmlinux) to relocate against")
    btf = load_vmlinux()
    task = btf.type(btf.find_id("task_struct", 4))
    pid = next(m for m in task.members if m.name == "pid")
    with collection("core_read") as coll:
        r = coll.programs["kernel_layout"].run(ctx=bytes(32))
        values = struct.unpack("<8I", r.ctx_out)
        assert values[:4] == (pid.bit_offset // 8, 4, 1, 0)
        assert values[4] == task.size and values[6] == 1 and values[7] == 27
        packet = P.udp4(payload=bytes(100))
        assert coll.programs["skb_fields"].run(packet).retval == 64    # truncated to 64 bytes
        (seen_len,), (proto,) = var(coll, "seen_len", "Q"), var(coll, "seen_protocol", "Q")
        assert seen_len == len(packet) - 14 and proto == 0x0008   # from the IP header; protocol in network order


def test_tc_rewrite_fixes_the_checksum():
    with collection("tc_rewrite") as coll:
        prog = coll.programs["tc_rewrite"]
        r = prog.run(P.udp4(), ctx=bytes(192))
        out = r.data_out
        assert struct.unpack_from("!H", out, 36)[0] == 5353
        pseudo = out[26:34] + struct.pack("!BBH", 0, 17, len(out) - 34)
        assert P.csum(pseudo + out[34:]) == 0                      # the UDP checksum is still valid
        assert struct.unpack_from("<I", r.ctx_out, 8)[0] == 0x53   # skb->mark
        assert prog.run(P.udp4(ttl=1)).action == "TC_ACT_SHOT"


def test_socket_filter_with_ld_abs():
    with collection("socket_filter", port_lo=50, port_hi=60, snaplen=40) as coll:
        prog = coll.programs["socket_filter"]
        assert prog.run(P.udp4(dport=53)).retval == 33        # skb->len without the Ethernet header
        assert prog.run(P.udp4(dport=53, payload=bytes(50))).retval == 40
        assert prog.run(P.udp4(dport=80)).retval == 0
        assert prog.run(P.tcp4(dport=53)).retval == 0
        assert var(coll, "accepted", "Q") == (2,) and var(coll, "rejected", "Q") == (2,)


def test_xdp_vlan_push_pop_trim():
    with collection("xdp_vlan", vlan_id=42, trim_to=60) as coll:
        prog = coll.programs["xdp_vlan"]
        packet = P.udp4()
        tagged = prog.run(packet).data_out
        assert tagged == packet[:12] + struct.pack("!HH", 0x8100, 42) + packet[12:]
        assert prog.run(P.udp4(vlan=7)).data_out == packet
        long = prog.run(P.udp4(payload=bytes(100)))
        assert long.action == "XDP_TX" and len(long.data_out) == 60
        assert [var(coll, n, "Q")[0] for n in ("tagged", "untagged", "trimmed")] == [2, 1, 1]


def test_kprobe_runs_on_the_interpreter_only():
    regs = bytearray(168)
    struct.pack_into("<q", regs, 14 * 8, -100)   # di: AT_FDCWD
    with collection("kprobe_unlink") as coll:
        assert coll.programs["kprobe_unlink"].run(ctx=bytes(regs)).retval == 0
        assert coll.maps["calls"].items() == [(struct.pack("<I", 1000), struct.pack("<Q", 1))]   # deterministic tgid
        assert var(coll, "last_dfd", "q") == (-100,)


def test_every_example_loads_on_the_interpreter():
    for path in sorted(EXAMPLES.glob("*.o")):
        spec = load_collection_spec(path)
        with Collection(spec, "interp") as coll:
            assert set(coll.programs) == {n for n, p in spec.programs.items() if p.autoload}
            assert set(coll.maps) == set(spec.maps)
            assert all(m.type in MapType for m in coll.maps.values())


def test_fault_is_one_line():
    """An unverified access the kernel would refuse stops the interpreter with one line naming the slot."""
    from pybpf.isa.asm import assemble

    spec = load_collection_spec(EXAMPLES / "xdp_count.o")
    prog = spec.programs["xdp_count"]
    spec.programs["xdp_count"] = prog.replace(instructions=tuple(assemble("r0 = *(u64 *)(r1 + 4096)\nexit")),
                                              references={}, line_info=(), func_info=())
    with Collection(spec, "interp", verify=False) as coll, pytest.raises(ExecutionError) as exc:
        coll.programs["xdp_count"].run(P.udp4())
    assert "slot 0" in str(exc.value) and "\n" not in str(exc.value)

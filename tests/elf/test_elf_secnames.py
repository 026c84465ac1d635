"""The SEC() name table (pybpf.progtypes.sections): libbpf's matching rules, ``?``, targets, custom names."""

from __future__ import annotations

import pytest

from pybpf.progtypes import SECTION_DEFS, SecFlag, find_sec_def, parse_section, register_section, unregister_section
from pybpf.uapi import AttachType, ProgLoadFlag, ProgType

P, A = ProgType, AttachType


@pytest.mark.parametrize("name, ptype, attach, target", [
    ("socket", P.SOCKET_FILTER, None, ""),
    ("sk_reuseport/migrate", P.SK_REUSEPORT, A.SK_REUSEPORT_SELECT_OR_MIGRATE, ""),
    ("sk_reuseport", P.SK_REUSEPORT, A.SK_REUSEPORT_SELECT, ""),
    ("kprobe/do_unlinkat", P.KPROBE, None, "do_unlinkat"),
    ("kprobe", P.KPROBE, None, ""),
    ("kretprobe/tcp_v4_connect+0x10", P.KPROBE, None, "tcp_v4_connect+0x10"),
    ("uprobe//bin/bash:readline", P.KPROBE, None, "/bin/bash:readline"),
    ("kprobe.multi/tcp_*", P.KPROBE, A.TRACE_KPROBE_MULTI, "tcp_*"),
    ("kprobe.session/x", P.KPROBE, A.TRACE_KPROBE_SESSION, "x"),
    ("uprobe.multi/p:f", P.KPROBE, A.TRACE_UPROBE_MULTI, "p:f"),
    ("ksyscall/openat", P.KPROBE, None, "openat"),
    ("usdt/lib:prov:name", P.KPROBE, None, "lib:prov:name"),
    ("tc/ingress", P.SCHED_CLS, A.TCX_INGRESS, ""),
    ("tcx/egress", P.SCHED_CLS, A.TCX_EGRESS, ""),
    ("tc", P.SCHED_CLS, None, ""),
    ("classifier", P.SCHED_CLS, None, ""),
    ("action", P.SCHED_ACT, None, ""),
    ("netkit/peer", P.SCHED_CLS, A.NETKIT_PEER, ""),
    ("tracepoint/syscalls/sys_enter_openat", P.TRACEPOINT, None, "syscalls/sys_enter_openat"),
    ("tp/sched/sched_switch", P.TRACEPOINT, None, "sched/sched_switch"),
    ("raw_tp/sys_enter", P.RAW_TRACEPOINT, None, "sys_enter"),
    ("raw_tracepoint.w/x", P.RAW_TRACEPOINT_WRITABLE, None, "x"),
    ("tp_btf/sched_switch", P.TRACING, A.TRACE_RAW_TP, "sched_switch"),
    ("fentry/do_unlinkat", P.TRACING, A.TRACE_FENTRY, "do_unlinkat"),
    ("fexit/do_unlinkat", P.TRACING, A.TRACE_FEXIT, "do_unlinkat"),
    ("fmod_ret/security_x", P.TRACING, A.MODIFY_RETURN, "security_x"),
    ("freplace/handler", P.EXT, None, "handler"),
    ("lsm/file_open", P.LSM, A.LSM_MAC, "file_open"),
    ("lsm_cgroup/socket_bind", P.LSM, A.LSM_CGROUP, "socket_bind"),
    ("iter/task", P.TRACING, A.TRACE_ITER, "task"),
    ("syscall", P.SYSCALL, None, ""),
    ("xdp", P.XDP, A.XDP, ""),
    ("xdp.frags", P.XDP, A.XDP, ""),
    ("xdp/devmap", P.XDP, A.XDP_DEVMAP, ""),
    ("xdp.frags/cpumap", P.XDP, A.XDP_CPUMAP, ""),
    ("perf_event", P.PERF_EVENT, None, ""),
    ("lwt_seg6local", P.LWT_SEG6LOCAL, None, ""),
    ("sockops", P.SOCK_OPS, A.CGROUP_SOCK_OPS, ""),
    ("sk_skb/stream_verdict", P.SK_SKB, A.SK_SKB_STREAM_VERDICT, ""),
    ("sk_skb", P.SK_SKB, None, ""),
    ("sk_msg", P.SK_MSG, A.SK_MSG_VERDICT, ""),
    ("lirc_mode2", P.LIRC_MODE2, A.LIRC_MODE2, ""),
    ("flow_dissector", P.FLOW_DISSECTOR, A.FLOW_DISSECTOR, ""),
    ("cgroup_skb/ingress", P.CGROUP_SKB, A.CGROUP_INET_INGRESS, ""),
    ("cgroup/skb", P.CGROUP_SKB, None, ""),
    ("cgroup/sock", P.CGROUP_SOCK, A.CGROUP_INET_SOCK_CREATE, ""),
    ("cgroup/connect_unix", P.CGROUP_SOCK_ADDR, A.CGROUP_UNIX_CONNECT, ""),
    ("cgroup/getsockname6", P.CGROUP_SOCK_ADDR, A.CGROUP_INET6_GETSOCKNAME, ""),
    ("cgroup/sysctl", P.CGROUP_SYSCTL, A.CGROUP_SYSCTL, ""),
    ("cgroup/setsockopt", P.CGROUP_SOCKOPT, A.CGROUP_SETSOCKOPT, ""),
    ("cgroup/dev", P.CGROUP_DEVICE, A.CGROUP_DEVICE, ""),
    ("struct_ops/dctcp_init", P.STRUCT_OPS, None, "dctcp_init"),
    ("sk_lookup", P.SK_LOOKUP, A.SK_LOOKUP, ""),
    ("netfilter", P.NETFILTER, A.NETFILTER, ""),
])
def test_known_names(name, ptype, attach, target):
    ps = parse_section(name)
    assert (ps.prog_type, ps.expected_attach_type, ps.attach_to, ps.autoload) == (ptype, attach, target, True)
    assert ps.sec_def is not None


@pytest.mark.parametrize("name", ["kprobex", "kprobe.foo", "tc/foo", "xdp/other", "sockopsx", "cgroup/unknown",
                                  ".text", "", "license", "socket/x", "xdp_prog"])
def test_unknown_names(name):
    ps = parse_section(name)
    assert ps.sec_def is None and ps.prog_type == ProgType.UNSPEC and ps.attach_to == ""


def test_question_mark_means_no_autoload():
    ps = parse_section("?kprobe/do_unlinkat")
    assert (ps.prog_type, ps.attach_to, ps.autoload, ps.name) == (ProgType.KPROBE, "do_unlinkat", False,
                                                                   "kprobe/do_unlinkat")


def test_flags():
    assert parse_section("fentry.s/x").prog_flags == ProgLoadFlag.SLEEPABLE
    assert parse_section("fentry.s/x").attach_btf
    assert parse_section("xdp.frags").prog_flags == ProgLoadFlag.XDP_HAS_FRAGS
    assert parse_section("syscall").sleepable
    assert parse_section("lsm.s/bprm").flags == SecFlag.ATTACH_BTF | SecFlag.SLEEPABLE
    assert parse_section("usdt/x").flags == SecFlag.USDT
    assert parse_section("xdp").flags == SecFlag.ATTACHABLE_OPT
    assert parse_section("kprobe/x").prog_flags == 0


def test_table_covers_every_program_type():
    """Every program type of Linux 6.18 except UNSPEC has at least one section name."""
    covered = {d.prog_type for d in SECTION_DEFS}
    assert covered == set(ProgType) - {ProgType.UNSPEC}
    assert len(SECTION_DEFS) == 103  # libbpf v1.6.2's section_defs[]
    assert len({d.sec for d in SECTION_DEFS}) == len(SECTION_DEFS)


def test_custom_sections():
    try:
        register_section("myprobe+", ProgType.KPROBE)
        register_section("xdp", ProgType.SCHED_CLS)  # custom names are searched first, as in libbpf
        assert parse_section("myprobe/foo").attach_to == "foo"
        assert parse_section("myprobe").prog_type == ProgType.KPROBE
        assert find_sec_def("xdp").prog_type == ProgType.SCHED_CLS
    finally:
        assert unregister_section("myprobe+") and unregister_section("xdp")
    assert not unregister_section("myprobe+")
    assert parse_section("myprobe/foo").sec_def is None
    assert find_sec_def("xdp").prog_type == ProgType.XDP
    with pytest.raises(ValueError):
        register_section("?x", ProgType.XDP)

"""The per-type tables: complete, consistent with vmlinux BTF, and (on a Linux 6.18 host) what the verifier says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pt_harness import kernel

from pybpf.helpers.ids import HelperId as H
from pybpf.progtypes import all_types, get
from pybpf.progtypes.lowmem import PAGE, low_page
from pybpf.uapi import AttachType, ProgType

ROOT = Path(__file__).resolve().parents[2]


def test_every_program_type_has_an_entry():
    table = all_types()
    assert set(table) == set(ProgType) - {ProgType.UNSPEC}
    for ptype, info in table.items():
        assert info.prog_type is ptype and info.ctx_struct and info.kernel_ctx
        assert info.variants, ptype
    assert get("xdp") is get(ProgType.XDP) is get(6)
    with pytest.raises(Exception, match="unknown program type"):
        get("nope")


def test_known_verifier_facts():
    xdp = get(ProgType.XDP)
    assert xdp.ctx.pointer(0) == "pkt" and xdp.ctx.pointer(4) == "pkt_end" and xdp.ctx.pointer(8) == "pkt_meta"
    assert xdp.ctx.can_read(12, 4) and not xdp.ctx.can_read(20, 4) and not xdp.ctx.can_write(0, 4)
    assert xdp.variant(AttachType.XDP_DEVMAP).ctx.can_read(20, 4)  # egress_ifindex: devmap programs only
    assert xdp.ret_range is None and xdp.test_run
    assert xdp.variant().allows_helper(H.xdp_adjust_head)
    sf = get(ProgType.SOCKET_FILTER)
    assert not sf.variant().allows_helper(H.skb_store_bytes) and sf.variant().allows_helper(H.skb_load_bytes)
    assert sf.ctx.can_write(48, 4) and not sf.ctx.can_write(8, 4)  # cb yes, mark no
    assert not sf.ctx.can_read(76, 4)  # no direct packet access
    tc = get(ProgType.SCHED_CLS)
    assert tc.ctx.can_write(8, 4) and tc.ctx.pointer(76) == "pkt" and tc.ctx.can_read(0, 1)
    assert get(ProgType.CGROUP_SKB).variant(AttachType.CGROUP_INET_EGRESS).ret_range == (0, 3)
    assert get(ProgType.CGROUP_SKB).variant().attach is AttachType.CGROUP_INET_INGRESS
    assert get(ProgType.CGROUP_SKB).ret_range == (0, 1)
    assert get(ProgType.FLOW_DISSECTOR).ctx.pointer(144) == "flow_keys"
    assert get(ProgType.SYSCALL).variant().sleepable
    assert not get(ProgType.KPROBE).test_run and get(ProgType.RAW_TRACEPOINT).test_run


def test_gpl_sleepable_and_capability_rules():
    v = get(ProgType.SCHED_CLS).variant()
    assert v.allows_helper(H.trace_printk) and not v.allows_helper(H.trace_printk, gpl=False)
    assert not v.allows_helper(H.trace_printk, perfmon=False)
    assert v.allows_helper(H.map_lookup_elem, gpl=False, perfmon=False)
    k = get(ProgType.KPROBE).variant()
    assert not k.allows_helper(H.copy_from_user) and k.allows_helper(H.copy_from_user, sleepable=True)
    assert get(ProgType.SYSCALL).variant().allows_helper(H.copy_from_user)


def test_context_sizes_match_vmlinux():
    from pybpf.btf import Kind, load_vmlinux
    try:
        btf = load_vmlinux()
    except Exception as e:  # no /sys/kernel/btf/vmlinux on this host
        pytest.skip(f"no vmlinux BTF: {e}")
    for info in all_types().values():
        if info.ctx_struct.startswith("__u") or info.ctx_struct in ("void", "bpf_user_pt_regs_t",
                                                                   "bpf_raw_tracepoint_args"):
            continue
        tid = btf.find_id(info.ctx_struct, Kind.STRUCT)
        assert tid is not None and btf.sizeof(tid) == info.ctx_size, info.name


def test_helper_tables_follow_the_type():
    from pybpf.helpers.env import RunEnv
    env = RunEnv.deterministic()
    sf = get(ProgType.SOCKET_FILTER).helper_table(env)
    assert H.skb_load_bytes in sf and H.skb_store_bytes not in sf and H.xdp_adjust_head not in sf
    xdp = get(ProgType.XDP).helper_table(env)
    assert H.xdp_adjust_head in xdp and H.skb_load_bytes not in xdp and H.tail_call in xdp
    assert H.trace_printk not in get(ProgType.XDP).helper_table(env, gpl=False)


def test_low_pages_are_below_4g_zeroed_and_reused():
    a = low_page()
    assert a.address + PAGE <= 1 << 32 and a.address % PAGE == 0 and not any(a.view)
    a.view[:4] = b"dirt"
    addr = a.address
    a.release()
    b = low_page()
    assert b.address == addr and not any(b.view)
    b.release()


@kernel
@pytest.mark.slow
def test_table_is_what_this_kernel_says():
    """The committed probe table equals a fresh probe (only meaningful on the kernel it was generated on)."""
    import os

    from pybpf.progtypes import _linux
    if os.uname().release != _linux.KERNEL:
        pytest.skip(f"the table was probed on {_linux.KERNEL}, this is {os.uname().release}")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_progtypes.py"), "--check"], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]

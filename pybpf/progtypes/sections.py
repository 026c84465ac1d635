"""The ELF section name -> program type table: libbpf's ``SEC()`` conventions for every program type of Linux 6.18.

The table is libbpf's ``section_defs[]`` (``tools/lib/bpf/libbpf.c``) as of libbpf v1.6.2, which is identical to the
table of the last libbpf sync before Linux 6.19's additions (libbpf commit afb8b17b, December 2025); it was generated
from the ``SEC_DEF(...)`` lines with a one-off script (prefix, program type, expected attach type, flags), and is kept
in libbpf's order because the first matching entry wins. Matching follows libbpf's ``sec_def_matches``: a name ending
in ``+`` matches ``type`` exactly or ``type/anything`` (the part after ``/`` is the attach target), a name ending in
``/`` matches any ``type/...``, anything else must match exactly. A leading ``?`` means "do not load automatically".
Unknown names give ``ProgType.UNSPEC``; :func:`register_section` adds custom names, searched before the table (like
``libbpf_register_prog_handler``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pybpf.uapi import AttachType, ProgLoadFlag, ProgType

__all__ = ["SECTION_DEFS", "ProgramSection", "SecDef", "SecFlag", "find_sec_def", "parse_section",
           "register_section", "unregister_section"]


class SecFlag(enum.IntFlag):
    """libbpf's ``enum sec_def_flags``."""

    NONE = 0
    EXP_ATTACH_OPT = 1  # the expected attach type may be dropped on kernels that do not know it
    ATTACHABLE = 2  # legacy marker of BPF_PROG_ATTACH-able types
    ATTACHABLE_OPT = ATTACHABLE | EXP_ATTACH_OPT
    ATTACH_BTF = 4  # the attach target is a BTF id (kernel function, tracepoint, LSM hook or another program)
    SLEEPABLE = 8  # loaded with BPF_F_SLEEPABLE
    XDP_FRAGS = 16  # loaded with BPF_F_XDP_HAS_FRAGS
    USDT = 32  # USDT probe (libbpf picks uprobe_multi as attach type when the kernel has it)


@dataclass(frozen=True)
class SecDef:
    """One entry: ``sec`` as libbpf spells it (``kprobe+``, ``xdp.frags/devmap``, ``tc``)."""

    sec: str
    prog_type: ProgType
    expected_attach_type: AttachType | None
    flags: SecFlag = SecFlag.NONE

    @property
    def prefix(self) -> str:
        """The name without libbpf's trailing ``+``."""
        return self.sec[:-1] if self.sec.endswith("+") else self.sec

    def matches(self, name: str) -> bool:
        """libbpf's ``sec_def_matches`` (``name`` without its ``?``)."""
        sec = self.sec
        if sec.endswith("/"):
            return name.startswith(sec)
        if sec.endswith("+"):
            base = sec[:-1]
            return name == base or name.startswith(base + "/")
        return name == sec

    def target(self, name: str) -> str:
        """The attach target written after the type: ``do_unlinkat`` in ``kprobe/do_unlinkat``, else ""."""
        prefix = self.prefix
        if self.sec.endswith(("+", "/")) and name.startswith(prefix.rstrip("/") + "/"):
            return name[len(prefix.rstrip("/")) + 1:]
        return ""


P = ProgType
A = AttachType
F = SecFlag

SECTION_DEFS: tuple[SecDef, ...] = (
    SecDef('socket',                  P.SOCKET_FILTER, None, F.NONE),
    SecDef('sk_reuseport/migrate',    P.SK_REUSEPORT, A.SK_REUSEPORT_SELECT_OR_MIGRATE, F.ATTACHABLE),
    SecDef('sk_reuseport',            P.SK_REUSEPORT, A.SK_REUSEPORT_SELECT, F.ATTACHABLE),
    SecDef('kprobe+',                 P.KPROBE, None, F.NONE),
    SecDef('uprobe+',                 P.KPROBE, None, F.NONE),
    SecDef('uprobe.s+',               P.KPROBE, None, F.SLEEPABLE),
    SecDef('kretprobe+',              P.KPROBE, None, F.NONE),
    SecDef('uretprobe+',              P.KPROBE, None, F.NONE),
    SecDef('uretprobe.s+',            P.KPROBE, None, F.SLEEPABLE),
    SecDef('kprobe.multi+',           P.KPROBE, A.TRACE_KPROBE_MULTI, F.NONE),
    SecDef('kretprobe.multi+',        P.KPROBE, A.TRACE_KPROBE_MULTI, F.NONE),
    SecDef('kprobe.session+',         P.KPROBE, A.TRACE_KPROBE_SESSION, F.NONE),
    SecDef('uprobe.multi+',           P.KPROBE, A.TRACE_UPROBE_MULTI, F.NONE),
    SecDef('uretprobe.multi+',        P.KPROBE, A.TRACE_UPROBE_MULTI, F.NONE),
    SecDef('uprobe.session+',         P.KPROBE, A.TRACE_UPROBE_SESSION, F.NONE),
    SecDef('uprobe.multi.s+',         P.KPROBE, A.TRACE_UPROBE_MULTI, F.SLEEPABLE),
    SecDef('uretprobe.multi.s+',      P.KPROBE, A.TRACE_UPROBE_MULTI, F.SLEEPABLE),
    SecDef('uprobe.session.s+',       P.KPROBE, A.TRACE_UPROBE_SESSION, F.SLEEPABLE),
    SecDef('ksyscall+',               P.KPROBE, None, F.NONE),
    SecDef('kretsyscall+',            P.KPROBE, None, F.NONE),
    SecDef('usdt+',                   P.KPROBE, None, F.USDT),
    SecDef('usdt.s+',                 P.KPROBE, None, F.USDT | F.SLEEPABLE),
    SecDef('tc/ingress',              P.SCHED_CLS, A.TCX_INGRESS, F.NONE),
    SecDef('tc/egress',               P.SCHED_CLS, A.TCX_EGRESS, F.NONE),
    SecDef('tcx/ingress',             P.SCHED_CLS, A.TCX_INGRESS, F.NONE),
    SecDef('tcx/egress',              P.SCHED_CLS, A.TCX_EGRESS, F.NONE),
    SecDef('tc',                      P.SCHED_CLS, None, F.NONE),
    SecDef('classifier',              P.SCHED_CLS, None, F.NONE),
    SecDef('action',                  P.SCHED_ACT, None, F.NONE),
    SecDef('netkit/primary',          P.SCHED_CLS, A.NETKIT_PRIMARY, F.NONE),
    SecDef('netkit/peer',             P.SCHED_CLS, A.NETKIT_PEER, F.NONE),
    SecDef('tracepoint+',             P.TRACEPOINT, None, F.NONE),
    SecDef('tp+',                     P.TRACEPOINT, None, F.NONE),
    SecDef('raw_tracepoint+',         P.RAW_TRACEPOINT, None, F.NONE),
    SecDef('raw_tp+',                 P.RAW_TRACEPOINT, None, F.NONE),
    SecDef('raw_tracepoint.w+',       P.RAW_TRACEPOINT_WRITABLE, None, F.NONE),
    SecDef('raw_tp.w+',               P.RAW_TRACEPOINT_WRITABLE, None, F.NONE),
    SecDef('tp_btf+',                 P.TRACING, A.TRACE_RAW_TP, F.ATTACH_BTF),
    SecDef('fentry+',                 P.TRACING, A.TRACE_FENTRY, F.ATTACH_BTF),
    SecDef('fmod_ret+',               P.TRACING, A.MODIFY_RETURN, F.ATTACH_BTF),
    SecDef('fexit+',                  P.TRACING, A.TRACE_FEXIT, F.ATTACH_BTF),
    SecDef('fentry.s+',               P.TRACING, A.TRACE_FENTRY, F.ATTACH_BTF | F.SLEEPABLE),
    SecDef('fmod_ret.s+',             P.TRACING, A.MODIFY_RETURN, F.ATTACH_BTF | F.SLEEPABLE),
    SecDef('fexit.s+',                P.TRACING, A.TRACE_FEXIT, F.ATTACH_BTF | F.SLEEPABLE),
    SecDef('freplace+',               P.EXT, None, F.ATTACH_BTF),
    SecDef('lsm+',                    P.LSM, A.LSM_MAC, F.ATTACH_BTF),
    SecDef('lsm.s+',                  P.LSM, A.LSM_MAC, F.ATTACH_BTF | F.SLEEPABLE),
    SecDef('lsm_cgroup+',             P.LSM, A.LSM_CGROUP, F.ATTACH_BTF),
    SecDef('iter+',                   P.TRACING, A.TRACE_ITER, F.ATTACH_BTF),
    SecDef('iter.s+',                 P.TRACING, A.TRACE_ITER, F.ATTACH_BTF | F.SLEEPABLE),
    SecDef('syscall',                 P.SYSCALL, None, F.SLEEPABLE),
    SecDef('xdp.frags/devmap',        P.XDP, A.XDP_DEVMAP, F.XDP_FRAGS),
    SecDef('xdp/devmap',              P.XDP, A.XDP_DEVMAP, F.ATTACHABLE),
    SecDef('xdp.frags/cpumap',        P.XDP, A.XDP_CPUMAP, F.XDP_FRAGS),
    SecDef('xdp/cpumap',              P.XDP, A.XDP_CPUMAP, F.ATTACHABLE),
    SecDef('xdp.frags',               P.XDP, A.XDP, F.XDP_FRAGS),
    SecDef('xdp',                     P.XDP, A.XDP, F.ATTACHABLE_OPT),
    SecDef('perf_event',              P.PERF_EVENT, None, F.NONE),
    SecDef('lwt_in',                  P.LWT_IN, None, F.NONE),
    SecDef('lwt_out',                 P.LWT_OUT, None, F.NONE),
    SecDef('lwt_xmit',                P.LWT_XMIT, None, F.NONE),
    SecDef('lwt_seg6local',           P.LWT_SEG6LOCAL, None, F.NONE),
    SecDef('sockops',                 P.SOCK_OPS, A.CGROUP_SOCK_OPS, F.ATTACHABLE_OPT),
    SecDef('sk_skb/stream_parser',    P.SK_SKB, A.SK_SKB_STREAM_PARSER, F.ATTACHABLE_OPT),
    SecDef('sk_skb/stream_verdict',   P.SK_SKB, A.SK_SKB_STREAM_VERDICT, F.ATTACHABLE_OPT),
    SecDef('sk_skb/verdict',          P.SK_SKB, A.SK_SKB_VERDICT, F.ATTACHABLE_OPT),
    SecDef('sk_skb',                  P.SK_SKB, None, F.NONE),
    SecDef('sk_msg',                  P.SK_MSG, A.SK_MSG_VERDICT, F.ATTACHABLE_OPT),
    SecDef('lirc_mode2',              P.LIRC_MODE2, A.LIRC_MODE2, F.ATTACHABLE_OPT),
    SecDef('flow_dissector',          P.FLOW_DISSECTOR, A.FLOW_DISSECTOR, F.ATTACHABLE_OPT),
    SecDef('cgroup_skb/ingress',      P.CGROUP_SKB, A.CGROUP_INET_INGRESS, F.ATTACHABLE_OPT),
    SecDef('cgroup_skb/egress',       P.CGROUP_SKB, A.CGROUP_INET_EGRESS, F.ATTACHABLE_OPT),
    SecDef('cgroup/skb',              P.CGROUP_SKB, None, F.NONE),
    SecDef('cgroup/sock_create',      P.CGROUP_SOCK, A.CGROUP_INET_SOCK_CREATE, F.ATTACHABLE),
    SecDef('cgroup/sock_release',     P.CGROUP_SOCK, A.CGROUP_INET_SOCK_RELEASE, F.ATTACHABLE),
    SecDef('cgroup/sock',             P.CGROUP_SOCK, A.CGROUP_INET_SOCK_CREATE, F.ATTACHABLE_OPT),
    SecDef('cgroup/post_bind4',       P.CGROUP_SOCK, A.CGROUP_INET4_POST_BIND, F.ATTACHABLE),
    SecDef('cgroup/post_bind6',       P.CGROUP_SOCK, A.CGROUP_INET6_POST_BIND, F.ATTACHABLE),
    SecDef('cgroup/bind4',            P.CGROUP_SOCK_ADDR, A.CGROUP_INET4_BIND, F.ATTACHABLE),
    SecDef('cgroup/bind6',            P.CGROUP_SOCK_ADDR, A.CGROUP_INET6_BIND, F.ATTACHABLE),
    SecDef('cgroup/connect4',         P.CGROUP_SOCK_ADDR, A.CGROUP_INET4_CONNECT, F.ATTACHABLE),
    SecDef('cgroup/connect6',         P.CGROUP_SOCK_ADDR, A.CGROUP_INET6_CONNECT, F.ATTACHABLE),
    SecDef('cgroup/connect_unix',     P.CGROUP_SOCK_ADDR, A.CGROUP_UNIX_CONNECT, F.ATTACHABLE),
    SecDef('cgroup/sendmsg4',         P.CGROUP_SOCK_ADDR, A.CGROUP_UDP4_SENDMSG, F.ATTACHABLE),
    SecDef('cgroup/sendmsg6',         P.CGROUP_SOCK_ADDR, A.CGROUP_UDP6_SENDMSG, F.ATTACHABLE),
    SecDef('cgroup/sendmsg_unix',     P.CGROUP_SOCK_ADDR, A.CGROUP_UNIX_SENDMSG, F.ATTACHABLE),
    SecDef('cgroup/recvmsg4',         P.CGROUP_SOCK_ADDR, A.CGROUP_UDP4_RECVMSG, F.ATTACHABLE),
    SecDef('cgroup/recvmsg6',         P.CGROUP_SOCK_ADDR, A.CGROUP_UDP6_RECVMSG, F.ATTACHABLE),
    SecDef('cgroup/recvmsg_unix',     P.CGROUP_SOCK_ADDR, A.CGROUP_UNIX_RECVMSG, F.ATTACHABLE),
    SecDef('cgroup/getpeername4',     P.CGROUP_SOCK_ADDR, A.CGROUP_INET4_GETPEERNAME, F.ATTACHABLE),
    SecDef('cgroup/getpeername6',     P.CGROUP_SOCK_ADDR, A.CGROUP_INET6_GETPEERNAME, F.ATTACHABLE),
    SecDef('cgroup/getpeername_unix', P.CGROUP_SOCK_ADDR, A.CGROUP_UNIX_GETPEERNAME, F.ATTACHABLE),
    SecDef('cgroup/getsockname4',     P.CGROUP_SOCK_ADDR, A.CGROUP_INET4_GETSOCKNAME, F.ATTACHABLE),
    SecDef('cgroup/getsockname6',     P.CGROUP_SOCK_ADDR, A.CGROUP_INET6_GETSOCKNAME, F.ATTACHABLE),
    SecDef('cgroup/getsockname_unix', P.CGROUP_SOCK_ADDR, A.CGROUP_UNIX_GETSOCKNAME, F.ATTACHABLE),
    SecDef('cgroup/sysctl',           P.CGROUP_SYSCTL, A.CGROUP_SYSCTL, F.ATTACHABLE),
    SecDef('cgroup/getsockopt',       P.CGROUP_SOCKOPT, A.CGROUP_GETSOCKOPT, F.ATTACHABLE),
    SecDef('cgroup/setsockopt',       P.CGROUP_SOCKOPT, A.CGROUP_SETSOCKOPT, F.ATTACHABLE),
    SecDef('cgroup/dev',              P.CGROUP_DEVICE, A.CGROUP_DEVICE, F.ATTACHABLE_OPT),
    SecDef('struct_ops+',             P.STRUCT_OPS, None, F.NONE),
    SecDef('struct_ops.s+',           P.STRUCT_OPS, None, F.SLEEPABLE),
    SecDef('sk_lookup',               P.SK_LOOKUP, A.SK_LOOKUP, F.ATTACHABLE),
    SecDef('netfilter',               P.NETFILTER, A.NETFILTER, F.NONE),
)

_custom: list[SecDef] = []


def register_section(sec: str, prog_type: ProgType, expected_attach_type: AttachType | None = None,
                     flags: SecFlag = SecFlag.NONE) -> SecDef:
    """Add a custom section name (libbpf syntax: ``name``, ``name+`` or ``name/``), searched before the table.
    Registering the same ``sec`` again replaces the earlier entry."""
    if not sec or sec.startswith("?"):
        raise ValueError(f"invalid section name {sec!r}")
    entry = SecDef(sec, ProgType(prog_type), None if expected_attach_type is None else AttachType(expected_attach_type),
                   SecFlag(flags))
    unregister_section(sec)
    _custom.append(entry)
    return entry


def unregister_section(sec: str) -> bool:
    """Remove a custom section name; False if it was not registered."""
    for i, entry in enumerate(_custom):
        if entry.sec == sec:
            del _custom[i]
            return True
    return False


def find_sec_def(name: str) -> SecDef | None:
    """The first entry matching ``name`` (a leading ``?`` is ignored), custom entries first; None if unknown."""
    name = name.removeprefix("?")
    for entry in _custom:
        if entry.matches(name):
            return entry
    for entry in SECTION_DEFS:
        if entry.matches(name):
            return entry
    return None


@dataclass(frozen=True)
class ProgramSection:
    """What a section name says about the programs in it."""

    section: str  # the ELF section name, ``?`` included
    sec_def: SecDef | None  # None: unknown name (program type UNSPEC; the user must choose one)
    autoload: bool
    attach_to: str

    @property
    def name(self) -> str:
        """The section name without its ``?``."""
        return self.section.removeprefix("?")

    @property
    def prog_type(self) -> ProgType:
        return self.sec_def.prog_type if self.sec_def else ProgType.UNSPEC

    @property
    def expected_attach_type(self) -> AttachType | None:
        return self.sec_def.expected_attach_type if self.sec_def else None

    @property
    def flags(self) -> SecFlag:
        return self.sec_def.flags if self.sec_def else SecFlag.NONE

    @property
    def sleepable(self) -> bool:
        return bool(self.flags & SecFlag.SLEEPABLE)

    @property
    def attach_btf(self) -> bool:
        """The attach target is resolved through BTF at load time (fentry, tp_btf, lsm, iter, freplace...)."""
        return bool(self.flags & SecFlag.ATTACH_BTF)

    @property
    def prog_flags(self) -> ProgLoadFlag:
        """``prog_flags`` libbpf passes to BPF_PROG_LOAD for this section."""
        out = ProgLoadFlag(0)
        if self.flags & SecFlag.SLEEPABLE:
            out |= ProgLoadFlag.SLEEPABLE
        if self.flags & SecFlag.XDP_FRAGS and self.prog_type == ProgType.XDP:
            out |= ProgLoadFlag.XDP_HAS_FRAGS
        return out


def parse_section(section: str) -> ProgramSection:
    """Program type, expected attach type, target and autoload flag of a program section name."""
    name = section.removeprefix("?")
    sec_def = find_sec_def(name)
    target = sec_def.target(name) if sec_def else ""
    return ProgramSection(section, sec_def, not section.startswith("?"), target)

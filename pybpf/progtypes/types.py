"""Per program type: the context, the context-access rules, the allowed helpers, the return-value range, whether
BPF_PROG_TEST_RUN supports it, and (for the runnable ones) how to run it.

The verifier-facing data comes from :mod:`pybpf.progtypes._linux`, which scripts/gen_progtypes.py probed from Linux
6.18 itself (one-instruction programs: a helper call, a ctx access, a return value) for every program type and its
main expected attach types:

* ``helpers``: the helper ids the type's ``*_func_proto`` gives a privileged (CAP_BPF + CAP_PERFMON + ...) loader;
  ``gpl_only``: those refused to a non-GPL license; ``sleepable_only``: those refused outside sleepable programs;
  :data:`PERFMON_HELPERS`: the base helpers that vanish without CAP_PERFMON (the CAP_BPF tier could not be probed:
  unprivileged BPF is disabled on the generating host).
* ``ctx``: every (offset, size) the verifier accepts for a load and for a store (``BPF_STX``; Linux refuses
  ``BPF_ST`` into the context), and the register type a load produces where it is a pointer (``pkt``, ``pkt_end``,
  ``pkt_meta``, ``flow_keys``, ``sock_common_or_null``...), as the verifier log names it.
* ``ret_range``: check_return_code's [min, max] for R0 at exit, or None when any value is accepted.

Types the generating host could not load are kept with ``loads=False`` and the reason: LIRC_MODE2 (not built into
that kernel), TRACING fentry/fexit/fmod_ret and LSM (BPF trampolines refused with EPERM there), STRUCT_OPS and EXT
(they need a struct_ops map / a target program; their rules come from the target).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pybpf.errors import PybpfError, RunInputError
from pybpf.progtypes import _linux
from pybpf.uapi import AttachType, ProgType

if TYPE_CHECKING:
    from pybpf.helpers.env import RunEnv
    from pybpf.helpers.registry import HelperTable
    from pybpf.progtypes.base import Prepared, Runner, RunOutput
    from pybpf.vm.memory import AddressSpace

Runs = tuple[tuple[int, int, int], ...]
PERFMON_HELPERS = frozenset(_linux.PERFMON_HELPERS)
PROBED_KERNEL = _linux.KERNEL

# (uapi context struct, the kernel struct the verifier converts accesses to, sizeof the uapi context)
# from include/linux/bpf_types.h; sizes from vmlinux BTF (0: no fixed size, the rules say what is accessible)
CONTEXTS: dict[ProgType, tuple[str, str, int]] = {
    ProgType.SOCKET_FILTER: ("__sk_buff", "sk_buff", 192),
    ProgType.KPROBE: ("bpf_user_pt_regs_t", "pt_regs", 168),
    ProgType.SCHED_CLS: ("__sk_buff", "sk_buff", 192),
    ProgType.SCHED_ACT: ("__sk_buff", "sk_buff", 192),
    ProgType.TRACEPOINT: ("__u64", "u64", 2048),
    ProgType.XDP: ("xdp_md", "xdp_buff", 24),
    ProgType.PERF_EVENT: ("bpf_perf_event_data", "bpf_perf_event_data_kern", 184),
    ProgType.CGROUP_SKB: ("__sk_buff", "sk_buff", 192),
    ProgType.CGROUP_SOCK: ("bpf_sock", "sock", 80),
    ProgType.LWT_IN: ("__sk_buff", "sk_buff", 192),
    ProgType.LWT_OUT: ("__sk_buff", "sk_buff", 192),
    ProgType.LWT_XMIT: ("__sk_buff", "sk_buff", 192),
    ProgType.SOCK_OPS: ("bpf_sock_ops", "bpf_sock_ops_kern", 224),
    ProgType.SK_SKB: ("__sk_buff", "sk_buff", 192),
    ProgType.CGROUP_DEVICE: ("bpf_cgroup_dev_ctx", "bpf_cgroup_dev_ctx", 12),
    ProgType.SK_MSG: ("sk_msg_md", "sk_msg", 80),
    ProgType.RAW_TRACEPOINT: ("bpf_raw_tracepoint_args", "u64", 96),
    ProgType.CGROUP_SOCK_ADDR: ("bpf_sock_addr", "bpf_sock_addr_kern", 72),
    ProgType.LWT_SEG6LOCAL: ("__sk_buff", "sk_buff", 192),
    ProgType.LIRC_MODE2: ("__u32", "u32", 4),
    ProgType.SK_REUSEPORT: ("sk_reuseport_md", "sk_reuseport_kern", 56),
    ProgType.FLOW_DISSECTOR: ("__sk_buff", "bpf_flow_dissector", 192),
    ProgType.CGROUP_SYSCTL: ("bpf_sysctl", "bpf_sysctl_kern", 8),
    ProgType.RAW_TRACEPOINT_WRITABLE: ("bpf_raw_tracepoint_args", "u64", 96),
    ProgType.CGROUP_SOCKOPT: ("bpf_sockopt", "bpf_sockopt_kern", 40),
    ProgType.TRACING: ("void", "void", 0),
    ProgType.STRUCT_OPS: ("void", "void", 0),
    ProgType.EXT: ("void", "void", 0),
    ProgType.LSM: ("void", "void", 0),
    ProgType.SK_LOOKUP: ("bpf_sk_lookup", "bpf_sk_lookup_kern", 72),
    ProgType.SYSCALL: ("void", "void", 65535),
    ProgType.NETFILTER: ("bpf_nf_ctx", "bpf_nf_ctx", 16),
}

NOTES: dict[ProgType, str] = {
    ProgType.TRACING: "ctx is the attach target's arguments (u64 each) per its BTF prototype (btf_ctx_access)",
    ProgType.LSM: "ctx is the LSM hook's arguments (u64 each) per its BTF prototype; ret range per hook",
    ProgType.STRUCT_OPS: "ctx, helpers and return value follow the struct_ops member implemented",
    ProgType.EXT: "ctx, helpers and return value are those of the replaced function's program",
    ProgType.SYSCALL: "ctx is caller memory of up to 65535 bytes, any aligned read or write (probed: first 256)",
    ProgType.TRACEPOINT: "ctx is the trace record: reads from offset 8 (the common fields are hidden) up to 2048",
    ProgType.LIRC_MODE2: "ctx is the u32 sample (read-only)",
}


@dataclass(frozen=True)
class CtxAccess:
    """The verifier's context-access decisions: ``read`` / ``write`` map an access size to the offsets accepted
    (runs ``(start, stop, step)``), ``pointers`` the register type a load at an offset produces."""

    window: int
    read: Mapping[int, Runs]
    write: Mapping[int, Runs]
    pointers: Mapping[int, str]

    @staticmethod
    def _has(runs: Runs, offset: int) -> bool:
        return any(start <= offset < stop and (offset - start) % step == 0 for start, stop, step in runs)

    def can_read(self, offset: int, size: int) -> bool:
        return self._has(self.read.get(size, ()), offset)

    def can_write(self, offset: int, size: int) -> bool:
        return self._has(self.write.get(size, ()), offset)

    def pointer(self, offset: int) -> str | None:
        """The pointer kind a load at ``offset`` yields (None: a scalar)."""
        return self.pointers.get(offset)


@dataclass(frozen=True)
class Variant:
    """What the verifier decides for one (program type, expected attach type)."""

    prog_type: ProgType
    attach: AttachType | None
    loads: bool
    helpers: frozenset[int] | None = None  # None: not probed
    gpl_only: frozenset[int] = frozenset()
    sleepable_only: frozenset[int] = frozenset()
    ret_range: tuple[int, int] | None = None
    ctx: CtxAccess | None = None
    test_run: bool = False
    error: str = ""
    sleepable: bool = False  # probed as a sleepable program (BPF_F_SLEEPABLE)

    def allows_helper(self, helper: int, *, gpl: bool = True, sleepable: bool = False, perfmon: bool = True) -> bool:
        """Whether a program of this variant may call ``helper`` (license GPL-compatible?, sleepable?, loaded with
        CAP_PERFMON?). Unknown (unprobed) variants allow everything: the rules then come from elsewhere."""
        if self.helpers is None:
            return True
        if helper in self.sleepable_only:
            return sleepable or self.sleepable
        if helper not in self.helpers:
            return False
        if helper in self.gpl_only and not gpl:
            return False
        return perfmon or helper not in PERFMON_HELPERS

    def return_ok(self, value: int) -> bool:
        if self.ret_range is None:
            return True
        lo, hi = self.ret_range
        return lo <= value <= hi


@dataclass(frozen=True)
class ProgTypeInfo:
    """A program type: context, rules per expected attach type (the first variant is the default), and the runner
    (None for types that cannot run here)."""

    prog_type: ProgType
    ctx_struct: str
    kernel_ctx: str
    ctx_size: int
    variants: tuple[Variant, ...]
    runner: Runner | None = None
    note: str = ""
    _by_attach: dict[AttachType | None, Variant] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for v in self.variants:
            self._by_attach.setdefault(v.attach, v)

    @property
    def name(self) -> str:
        return self.prog_type.name.lower()

    def variant(self, attach: AttachType | int | None = None) -> Variant:
        """The rules for ``attach`` (None: the default variant, which is also the answer for an attach type that
        was not probed)."""
        if attach is not None:
            found = self._by_attach.get(AttachType(attach))
            if found is not None:
                return found
        return self.variants[0] if self.variants else Variant(self.prog_type, None, False, error="not probed")

    # the default variant's rules
    @property
    def helpers(self) -> frozenset[int] | None:
        return self.variant().helpers

    @property
    def ret_range(self) -> tuple[int, int] | None:
        return self.variant().ret_range

    @property
    def ctx(self) -> CtxAccess | None:
        return self.variant().ctx

    @property
    def test_run(self) -> bool:
        """Whether Linux's BPF_PROG_TEST_RUN runs this type (default variant)."""
        return self.variant().test_run

    @property
    def runnable(self) -> bool:
        """Whether pybpf can run it (test-run semantics, or caller-given context bytes)."""
        return self.runner is not None

    # -- running ------------------------------------------------------------------------------------------------
    def helper_table(self, env: RunEnv, attach: AttachType | int | None = None, *, gpl: bool = True,
                     sleepable: bool = False) -> HelperTable:
        """Linux's helpers bound to ``env``, restricted to those this type (and attach type) may call."""
        from pybpf.helpers.linux import linux_helpers
        v = self.variant(attach)
        only = None
        if v.helpers is not None:
            only = frozenset(h for h in range(1, 256) if v.allows_helper(h, gpl=gpl, sleepable=sleepable))
        return linux_helpers(env, self.prog_type, only=only)

    def _runner(self) -> Runner:
        if self.runner is None:
            raise PybpfError(f"program type {self.name} cannot be run here (no context model)")
        return self.runner

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: RunEnv,
                attach: AttachType | int | None = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        """Build the context for a run (validated like BPF_PROG_TEST_RUN; RunInputError with Linux's errno)."""
        return self._runner().prepare(space, data, ctx, env=env, prog_type=self.prog_type,
                                      attach=AttachType(attach) if attach is not None else None, repeat=repeat,
                                      flags=flags, cpu=cpu, batch_size=batch_size)

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        """(retval, r0, data_out, ctx_out, redirect) of a finished run."""
        return prepared.runner.finish(prepared, r0)


def _variant(key: tuple[str, str], probe: dict[str, Any]) -> Variant:
    ptype = ProgType[key[0]]
    attach = AttachType[key[1]] if key[1] else None
    if not probe.get("loads"):
        return Variant(ptype, attach, False, error=probe.get("error", ""))
    ctx = CtxAccess(probe["window"], probe["read"], probe["write"], probe["pointers"])
    return Variant(ptype, attach, True, frozenset(probe["helpers"]), frozenset(probe["gpl_only"]),
                   frozenset(probe["sleepable_only"]), probe["ret"], ctx, probe["test_run"],
                   sleepable=ptype is ProgType.SYSCALL)


def _runners() -> dict[ProgType, Runner]:
    from pybpf.progtypes.flow import FlowDissectorRunner
    from pybpf.progtypes.plain import ContextRunner, RawTpRunner, SyscallRunner
    from pybpf.progtypes.skb import SKB_TYPES, SkbRunner
    from pybpf.progtypes.xdp import XdpRunner
    skb = SkbRunner()
    out: dict[ProgType, Runner] = dict.fromkeys(SKB_TYPES, skb)
    out[ProgType.XDP] = XdpRunner()
    out[ProgType.FLOW_DISSECTOR] = FlowDissectorRunner()
    raw = RawTpRunner()
    out[ProgType.RAW_TRACEPOINT] = raw
    out[ProgType.RAW_TRACEPOINT_WRITABLE] = raw
    out[ProgType.SYSCALL] = SyscallRunner()
    out[ProgType.KPROBE] = ContextRunner("pt_regs", 168)
    out[ProgType.PERF_EVENT] = ContextRunner("bpf_perf_event_data", 184)
    out[ProgType.TRACEPOINT] = ContextRunner("trace record", 2048, exact=False)
    return out


def _build() -> dict[ProgType, ProgTypeInfo]:
    variants: dict[ProgType, list[Variant]] = {}
    for key, probe in _linux.PROBES.items():
        v = _variant(key, probe)
        variants.setdefault(v.prog_type, []).append(v)
    runners = _runners()
    table = {}
    for ptype in ProgType:
        if ptype is ProgType.UNSPEC:
            continue
        uapi, kernel, size = CONTEXTS[ptype]
        vs = variants.get(ptype) or [Variant(ptype, None, False, error="not probed: " + NOTES.get(ptype, ""))]
        # the default variant first: the one loaded without an expected attach type, else the first probed
        vs.sort(key=lambda v: (v.attach is not None, not v.loads, v.attach.value if v.attach is not None else 0))
        table[ptype] = ProgTypeInfo(ptype, uapi, kernel, size, tuple(vs), runners.get(ptype), NOTES.get(ptype, ""))
    return table


_TABLE: dict[ProgType, ProgTypeInfo] | None = None


def all_types() -> dict[ProgType, ProgTypeInfo]:
    global _TABLE
    if _TABLE is None:
        _TABLE = _build()
    return _TABLE


def get(prog_type: ProgType | int | str) -> ProgTypeInfo:
    """The ProgTypeInfo of ``prog_type`` (a ProgType, its number, or its name such as ``"xdp"``)."""
    try:
        if isinstance(prog_type, str):
            key = ProgType[prog_type.upper()]
        else:
            key = ProgType(prog_type)
        return all_types()[key]
    except (KeyError, ValueError):
        raise PybpfError(f"unknown program type {prog_type!r}") from None


def run(interp: Any, prog_type: ProgType | int | str, data: bytes = b"", ctx: bytes | None = None, *,
        env: RunEnv | None = None, space: AddressSpace | None = None, attach: AttachType | int | None = None,
        repeat: int = 1, flags: int = 0, cpu: int = 0, fast: bool | None = None) -> RunOutput:
    """Prepare, run ``interp`` (an Interpreter) ``repeat`` times on the same context, finish and release: what
    BPF_PROG_TEST_RUN does. ``env`` defaults to the one the Interpreter's helper table was built with
    (:meth:`ProgTypeInfo.helper_table`); tail-call targets use the same env as the program that started the run."""
    from pybpf.helpers.env import RunEnv
    from pybpf.vm.memory import AddressSpace
    info = get(prog_type)
    bound = getattr(getattr(interp, "helpers", None), "env", None)
    if env is None:
        env = bound if bound is not None else RunEnv()
    elif bound is not None and bound is not env:
        raise PybpfError("the program's helpers are bound to another RunEnv than the run's (build the helper table "
                         "with the env you run with)")
    space = space if space is not None else AddressSpace()
    if repeat < 0:
        raise RunInputError(22, "repeat must be >= 0")
    with info.prepare(space, data, ctx, env=env, attach=attach, repeat=repeat, flags=flags, cpu=cpu) as prepared:
        r0 = 0
        for _ in range(max(1, repeat)):
            r0 = interp.execute(space, prepared.r1, fast=fast).r0
        return info.finish(prepared, r0)

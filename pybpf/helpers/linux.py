"""Linux's helpers for the interpreter: thin Python wrappers around the native helper and map code.

Each wrapper checks the memory a helper will touch against the run's address space (Linux's verifier guarantees
it; the interpreter must not trust an unverified program), then calls the one native implementation that the JIT
also calls. :func:`linux_helpers` builds the table for a program type (redirect and perf_event_output differ
between XDP, skb and tracing programs, as their ``*_func_proto`` functions pick different implementations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pybpf.errors import ExecutionError
from pybpf.helpers import _native as hn
from pybpf.helpers.ids import HelperId as H
from pybpf.helpers.registry import CallContext, HelperTable

if TYPE_CHECKING:
    from pybpf.helpers.env import RunEnv
    from pybpf.maps.base import Map

M64 = 0xFFFFFFFFFFFFFFFF
M32 = 0xFFFFFFFF

XDP_TYPES = frozenset({"XDP"})
SKB_TYPES = frozenset({"SOCKET_FILTER", "SCHED_CLS", "SCHED_ACT", "CGROUP_SKB", "LWT_IN", "LWT_OUT", "LWT_XMIT",
                       "LWT_SEG6LOCAL", "SK_SKB", "FLOW_DISSECTOR"})


def s64(v: int) -> int:
    v &= M64
    return v - (1 << 64) if v >> 63 else v


def helper_error(ctx: CallContext, reason: str) -> ExecutionError:
    """A helper misuse that only an unverified program can commit, as one line naming the calling slot."""
    insn = ctx.describe(ctx.pc) if ctx.describe else None
    return ExecutionError(reason, pc=ctx.pc, insn=insn, program=ctx.program)


def check_read(ctx: CallContext, address: int, size: int, what: str) -> None:
    if size and ctx.space.find(address, size) is None:
        raise ctx.fault(f"{what}: helper read of {size} bytes outside every region", address, size)


def check_write(ctx: CallContext, address: int, size: int, what: str) -> None:
    if not size:
        return
    region = ctx.space.find(address, size)
    if region is None or not region.writable:
        where = "read-only memory" if region is not None else "memory outside every region"
        raise ctx.fault(f"{what}: helper write of {size} bytes to {where}", address, size)


def check_cstr(ctx: CallContext, address: int, what: str) -> int:
    """The length of the NUL-terminated string at ``address`` (within one region), else a Fault."""
    region = ctx.space.find(address, 1)
    if region is None:
        raise ctx.fault(f"{what}: string outside every region", address, 1)
    offset = address - region.base
    end = bytes(region.view[offset:]).find(b"\0")
    if end < 0:
        raise ctx.fault(f"{what}: string is not NUL-terminated within its region", address, region.end - address)
    return end


def lookup_map(ctx: CallContext, address: int, what: str) -> Map:
    """The map whose header is at ``address``; its value memory is registered in the run's space on first use."""
    from pybpf.maps.registry import map_by_address
    m = map_by_address(address)
    if m is None:
        raise helper_error(ctx, f"{what}: 0x{address:x} is not a map")
    space = ctx.space
    for region in m.regions():
        if space.find(region.base, 1) is None:
            space.add(region)
    return m


def sync_memory(ctx: CallContext, env: RunEnv) -> None:
    """Tell the native code what an unchecked pointer may read: the run's regions (user regions as user memory,
    the others as kernel memory) plus the env's extra memory."""
    from pybpf.vm.memory import RegionKind
    env.sync_memory((r.base, r.size, hn.MEM_USER if r.kind is RegionKind.USER else hn.MEM_KERNEL)
                    for r in ctx.space.regions)


def _varargs_ok(data: int, length: int) -> bool:
    """The argument array of snprintf / trace_vprintk is non-NULL, a multiple of 8 and at most 12 arguments."""
    length &= M32
    return bool(data) and not length % 8 and length <= 96


def _kind(prog_type: object) -> str:
    name = getattr(prog_type, "name", None)
    return name if isinstance(name, str) else ""


def linux_helpers(env: RunEnv, prog_type: object = None, *, table: HelperTable | None = None,
                  only: frozenset[int] | None = None) -> HelperTable:
    """A HelperTable with Linux's helpers bound to ``env`` for ``prog_type`` (a ProgType or None for the generic
    set). ``only`` keeps just these helper ids (what a program type may call); host functions come from
    :mod:`pybpf.helpers.host`."""
    from pybpf.helpers import engine, host
    n = hn.native().fn
    from pybpf.maps._native import native as maps_native
    mn = maps_native().fn
    def E(ctx: CallContext) -> RunEnv:
        current = ctx.env
        return current if current is not None else env

    ptype = _kind(prog_type)
    out = table if table is not None else HelperTable()
    fns: dict[int, Callable[..., int]] = {}

    def reg(hid: H, fn: Callable[..., int]) -> None:
        if only is None or int(hid) in only:
            fns[int(hid)] = fn

    # -- maps ---------------------------------------------------------------------------------------------------
    def map_lookup_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_lookup_elem")
        check_read(ctx, r2, m.key_size, "bpf_map_lookup_elem key")
        return mn["pb_map_lookup_elem"](r1, r2, E(ctx).cpu) or 0

    def map_update_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_update_elem")
        check_read(ctx, r2, m.key_size, "bpf_map_update_elem key")
        check_read(ctx, r3, m.value_size, "bpf_map_update_elem value")
        return mn["pb_map_update_elem"](r1, r2, r3, r4, E(ctx).cpu)

    def map_delete_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_delete_elem")
        check_read(ctx, r2, m.key_size, "bpf_map_delete_elem key")
        return mn["pb_map_delete_elem"](r1, r2, E(ctx).cpu)

    def map_push_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_push_elem")
        check_read(ctx, r2, m.value_size, "bpf_map_push_elem value")
        return mn["pb_map_push_elem"](r1, r2, r3, E(ctx).cpu)

    def map_pop_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_pop_elem")
        check_write(ctx, r2, m.value_size, "bpf_map_pop_elem value")
        return mn["pb_map_pop_elem"](r1, r2, E(ctx).cpu)

    def map_peek_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_peek_elem")
        # a bloom filter's peek reads the value it tests; queues and stacks write it
        if m.type == 30:
            check_read(ctx, r2, m.value_size, "bpf_map_peek_elem value")
        else:
            check_write(ctx, r2, m.value_size, "bpf_map_peek_elem value")
        return mn["pb_map_peek_elem"](r1, r2, E(ctx).cpu)

    def map_lookup_percpu_elem(ctx, r1, r2, r3, r4, r5):
        m = lookup_map(ctx, r1, "bpf_map_lookup_percpu_elem")
        check_read(ctx, r2, m.key_size, "bpf_map_lookup_percpu_elem key")
        return mn["pb_map_lookup_percpu_elem"](r1, r2, r3 & M32) or 0

    reg(H.map_lookup_elem, map_lookup_elem)
    reg(H.map_update_elem, map_update_elem)
    reg(H.map_delete_elem, map_delete_elem)
    reg(H.map_push_elem, map_push_elem)
    reg(H.map_pop_elem, map_pop_elem)
    reg(H.map_peek_elem, map_peek_elem)
    reg(H.map_lookup_percpu_elem, map_lookup_percpu_elem)

    # -- ring buffers -------------------------------------------------------------------------------------------
    def ringbuf_output(ctx, r1, r2, r3, r4, r5):
        lookup_map(ctx, r1, "bpf_ringbuf_output")
        check_read(ctx, r2, r3, "bpf_ringbuf_output data")
        return mn["pb_ringbuf_output"](r1, r2, r3, r4)

    def ringbuf_reserve(ctx, r1, r2, r3, r4, r5):
        lookup_map(ctx, r1, "bpf_ringbuf_reserve")
        return mn["pb_ringbuf_reserve"](r1, r2, r3) or 0

    def _commit(name: str, discard: int):
        def commit(ctx, r1, r2, r3, r4, r5):
            region = ctx.space.find(r1, 1)
            ring = getattr(region, "owner", None) if region is not None else None
            if ring is None or getattr(ring, "kind", "") != "ringbuf":
                raise helper_error(ctx, f"{name}: 0x{r1:x} is not a ring buffer record")
            if mn["pb_ringbuf_commit_checked"](ring.address, r1, r2, discard) < 0:
                raise helper_error(ctx, f"{name}: 0x{r1:x} is not a reserved record of {ring.name}")
            return 0
        return commit

    def ringbuf_query(ctx, r1, r2, r3, r4, r5):
        lookup_map(ctx, r1, "bpf_ringbuf_query")
        return mn["pb_ringbuf_query"](r1, r2)

    reg(H.ringbuf_output, ringbuf_output)
    reg(H.ringbuf_reserve, ringbuf_reserve)
    reg(H.ringbuf_submit, _commit("bpf_ringbuf_submit", 0))
    reg(H.ringbuf_discard, _commit("bpf_ringbuf_discard", 1))
    reg(H.ringbuf_query, ringbuf_query)

    # -- the machine --------------------------------------------------------------------------------------------
    def plain(name: str) -> Callable[..., int]:
        f = n[name]
        return lambda ctx, r1, r2, r3, r4, r5: f(E(ctx).address)

    reg(H.ktime_get_ns, plain("pbh_ktime_get_ns"))
    reg(H.ktime_get_boot_ns, plain("pbh_ktime_get_boot_ns"))
    reg(H.ktime_get_coarse_ns, plain("pbh_ktime_get_coarse_ns"))
    reg(H.ktime_get_tai_ns, plain("pbh_ktime_get_tai_ns"))
    reg(H.get_prandom_u32, plain("pbh_get_prandom_u32"))
    reg(H.get_smp_processor_id, plain("pbh_get_smp_processor_id"))
    reg(H.get_numa_node_id, plain("pbh_get_numa_node_id"))
    reg(H.get_current_pid_tgid, plain("pbh_get_current_pid_tgid"))
    reg(H.get_current_uid_gid, plain("pbh_get_current_uid_gid"))

    def get_current_comm(ctx, r1, r2, r3, r4, r5):
        check_write(ctx, r1, r2 & M32, "bpf_get_current_comm buf")
        return n["pbh_get_current_comm"](E(ctx).address, r1, r2 & M32)

    reg(H.get_current_comm, get_current_comm)

    # -- reading through unchecked pointers ---------------------------------------------------------------------
    def probe(name: str, fn: str, kind: int) -> Callable[..., int]:
        f = n[fn]

        def probe_read(ctx, r1, r2, r3, r4, r5):
            size = r2 & M32
            check_write(ctx, r1, size, name + " dst")
            sync_memory(ctx, E(ctx))
            return f(E(ctx).address, r1, size, r3, kind)
        return probe_read

    reg(H.probe_read, probe("bpf_probe_read", "pbh_probe_read", hn.STR_COMPAT))
    reg(H.probe_read_user, probe("bpf_probe_read_user", "pbh_probe_read", hn.STR_USER))
    reg(H.probe_read_kernel, probe("bpf_probe_read_kernel", "pbh_probe_read", hn.STR_KERNEL))
    reg(H.probe_read_str, probe("bpf_probe_read_str", "pbh_probe_read_str", hn.STR_COMPAT))
    reg(H.probe_read_user_str, probe("bpf_probe_read_user_str", "pbh_probe_read_str", hn.STR_USER))
    reg(H.probe_read_kernel_str, probe("bpf_probe_read_kernel_str", "pbh_probe_read_str", hn.STR_KERNEL))

    # -- strings and formats ------------------------------------------------------------------------------------
    def strtox(name: str, fn: str) -> Callable[..., int]:
        f = n[fn]

        def strto(ctx, r1, r2, r3, r4, r5):
            check_read(ctx, r1, r2, name + " buf")
            check_write(ctx, r4, 8, name + " res")
            return f(r1 if r2 else 0, r2, r3, r4)
        return strto

    reg(H.strtol, strtox("bpf_strtol", "pbh_strtol"))
    reg(H.strtoul, strtox("bpf_strtoul", "pbh_strtoul"))

    def strncmp(ctx, r1, r2, r3, r4, r5):
        size = r2 & M32
        check_read(ctx, r1, size, "bpf_strncmp s1")
        length = check_cstr(ctx, r3, "bpf_strncmp s2")
        a = ctx.read(r1, size)
        b = ctx.read(r3, length + 1)
        for i in range(size):  # strncmp: stop at the first difference or NUL
            x, y = a[i], b[i] if i < len(b) else 0
            if x != y:
                return (x - y) & M64
            if not x:
                return 0
        return 0

    reg(H.strncmp, strncmp)

    def snprintf(ctx, r1, r2, r3, r4, r5):
        size = r2 & M32
        check_write(ctx, r1, size, "bpf_snprintf str")
        check_cstr(ctx, r3, "bpf_snprintf fmt")
        if _varargs_ok(r4, r5):  # else the helper itself refuses them (-EINVAL)
            check_read(ctx, r4, r5 & M32, "bpf_snprintf data")
        sync_memory(ctx, E(ctx))
        return n["pbh_snprintf"](E(ctx).address, r1 if size else 0, size, r3, r4 if r5 & M32 else 0, r5 & M32)

    def drain_trace(ctx: CallContext) -> None:
        ctx.trace.extend(E(ctx).drain_trace())

    def trace_printk(ctx, r1, r2, r3, r4, r5):
        size = r2 & M32
        check_read(ctx, r1, size, "bpf_trace_printk fmt")
        sync_memory(ctx, E(ctx))
        ret = n["pbh_trace_printk"](E(ctx).address, r1, size, r3, r4, r5)
        drain_trace(ctx)
        return ret

    def trace_vprintk(ctx, r1, r2, r3, r4, r5):
        size = r2 & M32
        check_read(ctx, r1, size, "bpf_trace_vprintk fmt")
        if _varargs_ok(r3, r4):
            check_read(ctx, r3, r4 & M32, "bpf_trace_vprintk args")
        sync_memory(ctx, E(ctx))
        ret = n["pbh_trace_vprintk"](E(ctx).address, r1, size, r3 if r4 & M32 else 0, r4 & M32)
        drain_trace(ctx)
        return ret

    reg(H.snprintf, snprintf)
    reg(H.trace_printk, trace_printk)
    reg(H.trace_vprintk, trace_vprintk)

    # -- checksums and packets ----------------------------------------------------------------------------------
    def csum_diff(ctx, r1, r2, r3, r4, r5):
        fs, ts = r2 & M32, r4 & M32
        check_read(ctx, r1, fs, "bpf_csum_diff from")
        check_read(ctx, r3, ts, "bpf_csum_diff to")
        return n["pbh_csum_diff"](r1 if fs else 0, fs, r3 if ts else 0, ts, r5)

    reg(H.csum_diff, csum_diff)

    def packet_changed(current: RunEnv) -> None:
        hook = getattr(current, "packet_changed", None)
        if hook is not None:
            hook()

    def adjust(fn: str) -> Callable[..., int]:
        f = n[fn]

        def xdp_adjust(ctx, r1, r2, r3, r4, r5):
            ret = f(E(ctx).address, s64(r2))
            if ret == 0:
                packet_changed(E(ctx))
            return ret
        return xdp_adjust

    def xdp_get_buff_len(ctx, r1, r2, r3, r4, r5):
        return n["pbh_xdp_get_buff_len"](E(ctx).address)

    def xdp_load_bytes(ctx, r1, r2, r3, r4, r5):
        check_write(ctx, r3, r4 & M32, "bpf_xdp_load_bytes buf")
        return n["pbh_xdp_load_bytes"](E(ctx).address, r2 & M32, r3, r4 & M32)

    def xdp_store_bytes(ctx, r1, r2, r3, r4, r5):
        check_read(ctx, r3, r4 & M32, "bpf_xdp_store_bytes buf")
        return n["pbh_xdp_store_bytes"](E(ctx).address, r2 & M32, r3, r4 & M32)

    def skb_load_bytes(ctx, r1, r2, r3, r4, r5):
        check_write(ctx, r3, r4 & M32, "bpf_skb_load_bytes to")
        return n["pbh_skb_load_bytes"](E(ctx).address, r2 & M32, r3, r4 & M32)

    def skb_load_bytes_relative(ctx, r1, r2, r3, r4, r5):
        check_write(ctx, r3, r4 & M32, "bpf_skb_load_bytes_relative to")
        return n["pbh_skb_load_bytes_relative"](E(ctx).address, r2 & M32, r3, r4 & M32, r5 & M32)

    def skb_store_bytes(ctx, r1, r2, r3, r4, r5):
        check_read(ctx, r3, r4 & M32, "bpf_skb_store_bytes from")
        return n["pbh_skb_store_bytes"](E(ctx).address, r2 & M32, r3, r4 & M32, r5)

    if ptype in XDP_TYPES or not ptype:
        reg(H.xdp_adjust_head, adjust("pbh_xdp_adjust_head"))
        reg(H.xdp_adjust_tail, adjust("pbh_xdp_adjust_tail"))
        reg(H.xdp_adjust_meta, adjust("pbh_xdp_adjust_meta"))
        reg(H.xdp_get_buff_len, xdp_get_buff_len)
        reg(H.xdp_load_bytes, xdp_load_bytes)
        reg(H.xdp_store_bytes, xdp_store_bytes)
    if ptype in SKB_TYPES or not ptype:
        reg(H.skb_load_bytes, skb_load_bytes)
        reg(H.skb_load_bytes_relative, skb_load_bytes_relative)
        reg(H.skb_store_bytes, skb_store_bytes)

    def redirect(ctx, r1, r2, r3, r4, r5):
        if ptype in XDP_TYPES:
            return n["pbh_redirect_xdp"](E(ctx).address, r1 & M32, r2)
        return n["pbh_redirect_tc"](E(ctx).address, r1 & M32, r2)

    def redirect_map(ctx, r1, r2, r3, r4, r5):
        lookup_map(ctx, r1, "bpf_redirect_map")
        return n["pbh_redirect_map"](E(ctx).address, r1, r2, r3)

    reg(H.redirect, redirect)
    reg(H.redirect_map, redirect_map)

    perf_kind = hn.PERF_XDP if ptype in XDP_TYPES else hn.PERF_SKB if ptype in SKB_TYPES else hn.PERF_TRACING

    def perf_event_output(ctx, r1, r2, r3, r4, r5):
        lookup_map(ctx, r2, "bpf_perf_event_output")
        check_read(ctx, r4, r5, "bpf_perf_event_output data")
        ret = n["pbh_perf_event_output"](E(ctx).address, r2, r3, r4, r5, perf_kind)
        deliver_perf(E(ctx))
        return ret

    reg(H.perf_event_output, perf_event_output)

    # -- locks --------------------------------------------------------------------------------------------------
    def spin_lock(ctx, r1, r2, r3, r4, r5):
        check_write(ctx, r1, 4, "bpf_spin_lock")
        if r1 & 3:
            raise ctx.fault("bpf_spin_lock: misaligned lock", r1, 4)
        if n["pbh_spin_lock"](r1) < 0:
            raise helper_error(ctx, f"bpf_spin_lock: the lock at 0x{r1:x} is never released (deadlock)")
        return 0

    def spin_unlock(ctx, r1, r2, r3, r4, r5):
        check_write(ctx, r1, 4, "bpf_spin_unlock")
        if r1 & 3:
            raise ctx.fault("bpf_spin_unlock: misaligned lock", r1, 4)
        return n["pbh_spin_unlock"](r1)

    reg(H.spin_lock, spin_lock)
    reg(H.spin_unlock, spin_unlock)

    # -- engine-bound: they run or replace BPF code ---------------------------------------------------------------
    reg(H.tail_call, engine.tail_call)
    reg(H.loop, engine.bpf_loop)
    reg(H.for_each_map_elem, lambda ctx, r1, r2, r3, r4, r5: engine.for_each_map_elem(ctx, r1, r2, r3, r4, r5,
                                                                                         cpu=E(ctx).cpu))

    for hid, fn in fns.items():
        out.add(hid, fn)
    host.install(out)
    out.env = env
    return out


def deliver_perf(env: RunEnv) -> None:
    """Move the perf samples the native code logged into their PerfEventArrayMap's ``samples``."""
    from pybpf.maps.fdmaps import PerfRecord
    from pybpf.maps.registry import map_by_id
    for map_id, cpu, data in env.drain_perf():
        m = map_by_id(map_id)
        if m is not None and hasattr(m, "samples"):
            m.samples.append(PerfRecord(cpu, data))


__all__ = ["check_cstr", "check_read", "check_write", "deliver_perf", "helper_error", "linux_helpers", "lookup_map",
           "sync_memory"]

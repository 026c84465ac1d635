"""The context of BTF-enabled tracing programs (Linux's ``btf_ctx_access`` and ``tracing_prog_is_valid_access``).

For tp_btf (BPF_TRACE_RAW_TP), fentry / fexit / fmod_ret, iterators and LSM programs the context is an array of u64
arguments described by the attach target's BTF prototype, which this module finds in vmlinux BTF:
``btf_trace_<name>`` (a typedef of a pointer to a prototype whose ``void *__data`` is skipped) for tp_btf,
``bpf_lsm_<hook>`` for LSM, ``bpf_iter_<target>`` for iterators, the function itself for fentry/fexit/fmod_ret.
A load of an argument yields a scalar (integers, enums, structs passed by value, ``void *`` / integer pointers) or a
PTR_TO_BTF_ID of the struct pointed to (trusted where Linux trusts the program's arguments, maybe-NULL where Linux
marks it so); anything else is refused with the kernel's log line and ``invalid bpf_context access``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pybpf.btf.types import Kind
from pybpf.uapi import AttachType, ProgType
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier.env import EACCES, Reject

if TYPE_CHECKING:
    from pybpf.verifier.env import Env

MAX_BPF_FUNC_ARGS = 12
MAX_ERRNO = 4095

# TRACING attach types whose context is typed by BTF (BPF_MODIFY_RETURN included)
_TRACING_BTF = frozenset({AttachType.TRACE_RAW_TP, AttachType.TRACE_FENTRY, AttachType.TRACE_FEXIT,
                          AttachType.MODIFY_RETURN, AttachType.TRACE_ITER})

# bpf_lsm.c untrusted_lsm_hooks: hooks whose object arguments are being set up or torn down
_UNTRUSTED_LSM = frozenset({"bpf_lsm_bpf_map_free", "bpf_lsm_bpf_prog_free", "bpf_lsm_file_alloc_security",
                            "bpf_lsm_file_free_security", "bpf_lsm_sk_alloc_security", "bpf_lsm_sk_free_security",
                            "bpf_lsm_task_free", "bpf_lsm_bdev_alloc_security", "bpf_lsm_bdev_free_security"})
# bpf_lsm.c bool_lsm_hooks: their return value is a bool, [0, 1]; other int hooks return [-MAX_ERRNO, 0]
_BOOL_LSM = frozenset({"bpf_lsm_audit_rule_known", "bpf_lsm_inode_xattr_skipcap",
                       "bpf_lsm_xfrm_state_pol_flow_match"})

# btf.c raw_tp_null_args: per tracepoint, 4 bits per argument (0x1: may be NULL, 0x2: may be an ERR_PTR)
RAW_TP_NULL_ARGS: dict[str, int] = {
    "sched_pi_setprio": 0x10, "sched_stick_numa": 0x100, "sched_swap_numa": 0x100,
    "afs_make_fs_call": 0x10, "afs_make_fs_calli": 0x10, "afs_make_fs_call1": 0x10, "afs_make_fs_call2": 0x10,
    "afs_protocol_error": 0x1, "afs_flock_ev": 0x10,
    "cachefiles_lookup": 0x201, "cachefiles_unlink": 0x1, "cachefiles_rename": 0x1, "cachefiles_prep_read": 0x1,
    "cachefiles_mark_active": 0x1, "cachefiles_mark_failed": 0x1, "cachefiles_mark_inactive": 0x1,
    "cachefiles_vfs_error": 0x1, "cachefiles_io_error": 0x1, "cachefiles_ondemand_open": 0x1,
    "cachefiles_ondemand_copen": 0x1, "cachefiles_ondemand_close": 0x1, "cachefiles_ondemand_read": 0x1,
    "cachefiles_ondemand_cread": 0x1, "cachefiles_ondemand_fd_write": 0x1, "cachefiles_ondemand_fd_release": 0x1,
    "ext4_mballoc_discard": 0x10, "ext4_mballoc_free": 0x10, "fib_table_lookup": 0x100,
    "posix_lock_inode": 0x10, "fcntl_setlk": 0x10, "locks_remove_posix": 0x10, "flock_lock_inode": 0x10,
    "break_lease_noblock": 0x10, "break_lease_block": 0x10, "break_lease_unblock": 0x10,
    "generic_delete_lease": 0x10, "time_out_leases": 0x10, "host1x_cdma_push_gather": 0x10000,
    "mm_khugepaged_scan_pmd": 0x10, "mm_collapse_huge_page_isolate": 0x1, "mm_khugepaged_scan_file": 0x10,
    "mm_khugepaged_collapse_file": 0x10, "mm_page_alloc": 0x1, "mm_page_pcpu_drain": 0x1,
    "mm_page_alloc_zone_locked": 0x1, "netfs_failure": 0x10, "device_pm_callback_start": 0x10,
    "qdisc_dequeue": 0x1000, "rxrpc_recvdata": 0x1, "rxrpc_resend": 0x10, "rxrpc_tq": 0x10, "rxrpc_client": 0x1,
    "kfree_skb": 0x1000, "xs_stream_read_data": 0x1, "xprt_reserve_cong": 0x10, "xprt_release_cong": 0x10,
    "xprt_get_cong": 0x10, "xprt_put_cong": 0x10, "tcp_send_reset": 0x11, "tcp_sendmsg_locked": 0x100,
    "tegra_dma_tx_status": 0x100, "tmigr_update_events": 0x1, "writeback_dirty_folio": 0x10,
    "folio_wait_writeback": 0x10, "mr_integ_alloc": 0x2000, "bpf_testmod_test_read": 0x0,
    "amdgpu_vm_bo_map": 0x1, "amdgpu_vm_bo_unmap": 0x1, "netfs_folioq": 0x1,
    "xfs_defer_create_intent": 0x1, "xfs_defer_cancel_list": 0x1, "xfs_defer_pending_finish": 0x1,
    "xfs_defer_pending_abort": 0x1, "xfs_defer_relog_intent": 0x1, "xfs_defer_isolate_paused": 0x1,
    "xfs_defer_item_pause": 0x1, "xfs_defer_item_unpause": 0x1, "xfs_defer_add_item": 0x1,
    "xfs_defer_cancel_item": 0x1, "xfs_defer_finish_item": 0x1, "xfs_ioc_free_eofblocks": 0x10,
    "xfs_blockgc_free_space": 0x10, "xfs_btree_updkeys": 0x100, "xfs_btree_overlapped_query_range": 0x100,
    "xfs_map_blocks_found": 0x10000, "xfs_map_blocks_alloc": 0x10000, "xfs_iomap_alloc": 0x1000,
    "xfs_iomap_found": 0x1000, "xfs_inodegc_flush": 0x1, "xfs_inodegc_push": 0x1, "xfs_inodegc_start": 0x1,
    "xfs_inodegc_stop": 0x1, "xfs_inodegc_queue": 0x1, "xfs_inodegc_throttle": 0x1, "xfs_fs_sync_fs": 0x1,
    "xfs_blockgc_start": 0x1, "xfs_blockgc_stop": 0x1, "xfs_blockgc_worker": 0x1, "xfs_blockgc_flush_all": 0x1,
    "xchk_nlinks_live_update": 0x10, "xchk_metapath_lookup": 0x100, "nfsd_dirent": 0x1,
    "nfsd_file_acquire": 0x1001, "nfsd_file_insert_err": 0x1, "nfsd_file_cons_err": 0x1,
    "nfs4_setup_sequence": 0x1, "pnfs_update_layout": 0x10000, "nfs4_inode_callback_event": 0x200,
    "nfs4_inode_stateid_callback_event": 0x200, "pnfs_mds_fallback_pg_init_read": 0x10000,
    "pnfs_mds_fallback_pg_init_write": 0x10000, "pnfs_mds_fallback_pg_get_mirror_count": 0x10000,
    "pnfs_mds_fallback_read_done": 0x10000, "pnfs_mds_fallback_write_done": 0x10000,
    "pnfs_mds_fallback_read_pagelist": 0x10000, "pnfs_mds_fallback_write_pagelist": 0x10000,
    "coda_dec_pic_run": 0x10, "coda_dec_pic_done": 0x10, "cfg80211_scan_done": 0x11, "rdev_set_coalesce": 0x10,
    "cfg80211_report_wowlan_wakeup": 0x100, "cfg80211_inform_bss_frame": 0x100,
    "cfg80211_michael_mic_failure": 0x10000, "wiphy_work_queue": 0x10, "wiphy_work_run": 0x10,
    "wiphy_work_cancel": 0x10, "wiphy_work_flush": 0x10, "hugetlbfs_alloc_inode": 0x10, "spufs_context": 0x10,
    "kvm_page_fault_enter": 0x100, "dpu_crtc_setup_mixer": 0x100, "binder_transaction": 0x100,
    "btree_path_free": 0x100, "hfi1_sdma_progress": 0x1000, "iptfs_ingress_postq_event": 0x1000,
    "neigh_update": 0x10, "amdtp_packet": 0x100,
}

# bpf_iter targets' ctx_arg_info: offset -> register type of the arguments they register (the iterated objects
# are NULL once the walk ends; map keys and values are buffers); arguments not listed follow the BTF rules
_BUF_RO = R.PTR_TO_BUF | R.MEM_RDONLY | R.PTR_MAYBE_NULL
_BUF_RW = R.PTR_TO_BUF | R.PTR_MAYBE_NULL
_BTF_OR_NULL = R.PTR_TO_BTF_ID | R.PTR_MAYBE_NULL
_ITER_ARGS: dict[str, dict[int, int]] = {
    "task": {8: _BTF_OR_NULL | R.PTR_TRUSTED},
    "cgroup": {8: _BTF_OR_NULL | R.PTR_TRUSTED},
    "task_file": {8: _BTF_OR_NULL, 24: _BTF_OR_NULL},
    "task_vma": {8: _BTF_OR_NULL, 16: _BTF_OR_NULL},
    "bpf_map_elem": {16: _BUF_RO, 24: _BUF_RW},
    "bpf_sk_storage_map": {16: _BTF_OR_NULL, 24: _BUF_RW},
    "sockmap": {16: _BUF_RO, 24: _BTF_OR_NULL},
}


@dataclass(frozen=True)
class Target:
    """A resolved attach target: its name as Linux logs it, the BTF, the prototype (Linux's attach_func_proto) and
    the BTF name of what was looked up (``btf_trace_sched_wakeup``, ``bpf_lsm_file_open``...)."""

    name: str
    btf: Any
    proto: Any  # FuncProto
    btf_name: str
    trace: bool  # a btf_trace_ typedef: the first parameter (void *__data) is not part of the context


_CACHE: dict[tuple[int, int, int, str], Target | None] = {}


def target_btf_name(prog_type: int, attach: int | None, name: str) -> tuple[str, int] | None:
    """(BTF name, kind) of the attach target a loader looks up in vmlinux (libbpf's find_attach_btf_id)."""
    if prog_type == ProgType.LSM:
        return f"bpf_lsm_{name}", Kind.FUNC
    if prog_type != ProgType.TRACING or attach not in _TRACING_BTF:
        return None
    if attach == AttachType.TRACE_RAW_TP:
        return f"btf_trace_{name}", Kind.TYPEDEF
    if attach == AttachType.TRACE_ITER:
        return f"bpf_iter_{name}", Kind.FUNC
    return name, Kind.FUNC


def resolve_target(env: Env) -> Target | None:
    """The program's attach target from vmlinux BTF, or None (not a BTF-context program, no target named, or the
    target is not in this kernel's BTF: then the probed context rules apply)."""
    name = getattr(env, "attach_to", "") or ""
    if not name:
        return None
    attach = int(env.attach) if env.attach is not None else None
    what = target_btf_name(int(env.prog_type), attach, name)
    if what is None:
        return None
    from pybpf.verifier.kfuncs import vmlinux
    btf = vmlinux()
    if btf is None:
        return None
    key = (id(btf), int(env.prog_type), attach or 0, name)
    if key not in _CACHE:
        try:
            _CACHE[key] = _resolve(btf, what[0], what[1], name)
        except Exception:  # malformed BTF: keep the probed rules rather than crash
            _CACHE[key] = None
    return _CACHE[key]


def _resolve(btf: Any, btf_name: str, kind: int, name: str) -> Target | None:
    tid = btf.find_id(btf_name, kind)
    if tid is None:
        return None
    t = btf.type(tid)
    if kind == Kind.TYPEDEF:  # btf_trace_<name>: typedef void (*)(void *__data, args...)
        ptr = btf.type(t.type)
        if ptr.kind != Kind.PTR:
            return None
        proto = btf.type(ptr.type)
        trace = True
    else:
        proto = btf.type(t.type)
        trace = False
    if proto.kind != Kind.FUNC_PROTO:
        return None
    return Target(name, btf, proto, btf_name, trace)


# -- BTF helpers with the kernel's meaning (modifiers include typedefs) ------------------------------------------------
def _skip(btf: Any, tid: int) -> tuple[int, Any]:
    tid = btf.resolve(tid)
    return tid, btf.type(tid)


def _slot_size(t: Any) -> int:
    if t.kind == Kind.PTR:
        return 8
    return (getattr(t, "size", 0) + 7) // 8 * 8


def ctx_arg_idx(btf: Any, proto: Any, off: int) -> int:
    """btf_ctx_arg_idx: the argument an offset of the u64 array falls in (structs by value take several slots);
    ``len(params)`` is the return value, ``len(params) + 1`` beyond it."""
    offset = 0
    for i, p in enumerate(proto.params):
        offset += _slot_size(_skip(btf, p.type)[1])
        if off < offset:
            return i
    offset += _slot_size(_skip(btf, proto.return_type)[1])
    return len(proto.params) if off < offset else len(proto.params) + 1


def _kind_str(t: Any) -> str:
    """btf_type_str: the kind's name in capitals (void is UNKNOWN)."""
    return "UNKNOWN" if t.kind == Kind.UNKN else Kind(t.kind).name


def _is_small_int(t: Any) -> bool:
    return t.kind == Kind.INT and t.size <= 8


def _is_struct(t: Any) -> bool:
    return t.kind in (Kind.STRUCT, Kind.UNION)


def _args_trusted(env: Env, target: Target) -> bool:
    """prog_args_trusted: tp_btf and iterator arguments are trusted, LSM ones except on a few teardown hooks."""
    if env.prog_type == ProgType.TRACING:
        return env.attach in (AttachType.TRACE_RAW_TP, AttachType.TRACE_ITER)
    if env.prog_type == ProgType.LSM:
        return target.btf_name not in _UNTRUSTED_LSM
    return False


@dataclass
class Access:
    """What a valid context load yields (Linux's bpf_insn_access_aux)."""

    reg_type: int = R.SCALAR_VALUE
    btf_id: int = 0
    retval_range: tuple[int, int] | None = None
    logged: bool = False  # a line went to the log: the register state follows on a line of its own


def btf_ctx_access(env: Env, target: Target, off: int, size: int) -> Access | None:
    """Linux's btf_ctx_access for a read of ``size`` bytes at ``off``: what it yields, or None (refused, with the
    reason in the log)."""
    btf, proto, tname = target.btf, target.proto, target.name
    if off % 8:
        env.verbose(f"func '{tname}' offset {off} is not multiple of 8\n")
        return None
    arg = ctx_arg_idx(btf, proto, off)
    params = proto.params[1:] if target.trace else proto.params
    nr_args = len(params)
    acc = Access()
    if arg > nr_args:
        env.verbose(f"func '{tname}' doesn't have {arg + 1}-th argument\n")
        return None
    attach = env.attach
    if arg == nr_args:
        if env.prog_type == ProgType.LSM or attach in (AttachType.TRACE_FEXIT, AttachType.LSM_CGROUP):
            tid = proto.return_type
            if attach == AttachType.LSM_MAC or (env.prog_type == ProgType.LSM and attach is None):
                acc.retval_range = (0, 1) if target.btf_name in _BOOL_LSM else (-MAX_ERRNO, 0)
        elif attach == AttachType.MODIFY_RETURN:
            tid = proto.return_type
            rt = _skip(btf, tid)[1]
            if not _is_small_int(rt):
                env.verbose(f"ret type {_kind_str(rt)} not allowed for fmod_ret\n")
                return None
        else:
            env.verbose(f"func '{tname}' doesn't have {arg + 1}-th argument\n")
            return None
    else:
        tid = params[arg].type
    tid, t = _skip(btf, tid)
    if _is_small_int(t) or t.kind in (Kind.ENUM, Kind.ENUM64) or _is_struct(t):
        return acc  # a scalar
    if t.kind != Kind.PTR:
        env.verbose(f"func '{tname}' arg{arg} '{getattr(t, 'name', '')}' has type {_kind_str(t)}. "
                    "Only pointer access is allowed\n")
        return None
    acc.retval_range = None
    if size != 8:
        env.verbose(f"func '{tname}' size {size} must be 8\n")
        return None
    info = _ITER_ARGS.get(tname, {}) if attach == AttachType.TRACE_ITER else {}
    if info.get(off, 0) & R.BASE_MASK == R.PTR_TO_BUF:
        acc.reg_type = info[off]
        return acc
    pointee_id, pointee = _skip(btf, t.type)
    if pointee.kind in (Kind.UNKN, Kind.INT):  # is_void_or_int_ptr: no walking, a scalar as far as safety goes
        return acc
    if off in info:
        if not _is_struct(pointee):
            env.verbose(f"invalid btf_id for context argument offset {off}\n")
            return None
        acc.reg_type, acc.btf_id = info[off], pointee_id
        return acc
    rt = R.PTR_TO_BTF_ID
    if _args_trusted(env, target):
        rt |= R.PTR_TRUSTED
    if arg < nr_args and params[arg].name.endswith("__nullable") and params[arg].name != "__nullable":
        rt |= R.PTR_MAYBE_NULL
    ptr_err = False
    if attach == AttachType.TRACE_RAW_TP:
        mask = RAW_TP_NULL_ARGS.get(tname, 0)
        if mask >> (arg * 4) & 1:
            rt |= R.PTR_MAYBE_NULL
        ptr_err = bool(mask >> (arg * 4) & 2)
    first = btf.type(t.type)
    if first.kind == Kind.TYPE_TAG and not getattr(first, "attr", False):
        if first.name == "user":
            rt |= R.MEM_USER
        elif first.name == "percpu":
            rt |= R.MEM_PERCPU
    if not _is_struct(pointee):
        env.verbose(f"func '{tname}' arg{arg} type {_kind_str(pointee)} is not a struct\n")
        return None
    env.verbose(f"func '{tname}' arg{arg} has btf_id {pointee_id} type {_kind_str(pointee)} '{pointee.name}'\n")
    acc.logged = True
    if ptr_err:
        env.verbose(f"marking pointer arg{arg} as scalar as it may encode error")
        rt = R.SCALAR_VALUE
    acc.reg_type, acc.btf_id = rt, pointee_id
    return acc


def check_ctx_access(env: Env, regno: int, off: int, size: int, t: int, value_regno: int) -> bool:
    """The context access of a BTF-context program (False: this program's context is not typed by BTF, the probed
    rules apply). Marks ``value_regno`` with what a read yields; raises :class:`Reject` when Linux refuses."""
    target = resolve_target(env)
    if target is None:
        return False
    ok = True
    if env.prog_type == ProgType.TRACING:  # tracing_prog_is_valid_access (LSM calls btf_ctx_access directly)
        ok = 0 <= off < 8 * MAX_BPF_FUNC_ARGS and t == 0 and size > 0 and off % size == 0
    acc = btf_ctx_access(env, target, off, size) if ok else None
    if acc is None:
        raise Reject(f"invalid bpf_context access off={off} size={size}", EACCES, regno,
                     hint=f"the context of this program is the arguments of {target.name} (u64 each): read an "
                     "existing argument with an aligned 8-byte load")
    if acc.logged and env.opts.log_level:
        env._insn_line_open = False  # type: ignore[attr-defined]  # the state follows on its own line
    if t != 0 or value_regno < 0:
        return True
    d = env.cur.cur.regs[value_regno]
    if acc.reg_type == R.SCALAR_VALUE:
        R.mark_unknown(d, not env.bpf_capable)
        if acc.retval_range is not None:  # __mark_reg_s32_range: an LSM hook's return value so far
            lo, hi = acc.retval_range
            d.s32min, d.s32max = max(d.s32min, lo), min(d.s32max, hi)
            d.smin, d.smax = max(d.smin, lo), min(d.smax, hi)
            B.sync(d)
    else:
        R.mark_ptr(d, acc.reg_type)
        if acc.reg_type & R.PTR_MAYBE_NULL:
            d.id = env.new_id()
        if acc.reg_type & R.BASE_MASK == R.PTR_TO_BTF_ID:
            d.btf, d.btf_id = target.btf, acc.btf_id
    d.origin = env.insn_idx
    return True


# verifier.c BTF_TYPE_SAFE_TRUSTED / BTF_TYPE_SAFE_TRUSTED_OR_NULL: members that keep their parent's trust
_SAFE_TRUSTED = {("bpf_iter_meta", "seq"), ("bpf_iter__task", "task"), ("linux_binprm", "file"),
                 ("file", "f_inode"), ("file", "f_path")}
_SAFE_TRUSTED_OR_NULL = {("dentry", "d_inode"), ("socket", "sk")}
# BTF_TYPE_SAFE_RCU / BTF_TYPE_SAFE_RCU_OR_NULL: members readable as RCU-protected pointers inside an RCU section
_SAFE_RCU = {("task_struct", "cpus_ptr"), ("task_struct", "cgroups"), ("task_struct", "real_parent"),
             ("task_struct", "group_leader"), ("cgroup", "kn"), ("css_set", "dfl_cgrp"),
             ("cgroup_subsys_state", "cgroup")}
_SAFE_RCU_OR_NULL = {("mm_struct", "exe_file"), ("sk_buff", "sk"), ("request_sock", "rsk_listener")}
_TRUSTED_MODS = R.PTR_TRUSTED | R.MEM_ALLOC | R.NON_OWN_REF
_UNSAFE_MODS = R.PTR_UNTRUSTED | R.MEM_USER | R.MEM_PERCPU


def _member_name(btf: Any, struct_id: int, off: int) -> tuple[str, str]:
    """(struct name, name of its member starting at byte ``off``, looking through anonymous structs and unions
    such as __bpf_md_ptr's) or ("", "")."""
    try:
        _sid, st = _skip(btf, struct_id)
        name, base = st.name, 0
        for _depth in range(4):
            nxt = None
            for m in getattr(st, "members", ()) or ():
                if m.name and base * 8 + m.bit_offset == off * 8:
                    return name, m.name
                mt = _skip(btf, m.type)[1]
                if not m.name and _is_struct(mt) and base + m.bit_offset // 8 <= off < \
                        base + m.bit_offset // 8 + mt.size:
                    nxt = (mt, base + m.bit_offset // 8)
            if nxt is None:
                break
            st, base = nxt
    except Exception:
        return "", ""
    return name, ""


def walked_ptr_flags(env: Env, r: R.Reg, off: int) -> int:
    """check_ptr_to_btf_access: the flags of a pointer loaded from ``r + off`` (a PTR_TO_BTF_ID). Untrusted stays
    untrusted; from a trusted or RCU pointer, members Linux lists as safe keep the trust, others become plain
    PTR_TO_BTF_ID inside an RCU section (every non-sleepable program is in one) and untrusted outside; from a plain
    pointer, plain (the deprecated compat rule)."""
    if r.type & R.PTR_UNTRUSTED:
        return R.PTR_UNTRUSTED
    trusted = bool(r.ref_obj_id) or (bool(r.type & _TRUSTED_MODS) and not r.type & _UNSAFE_MODS)
    if not trusted and not r.type & R.MEM_RCU:
        return 0
    key = _member_name(r.btf, r.btf_id, off) if r.btf is not None else ("", "")
    if key in _SAFE_TRUSTED:
        return R.PTR_TRUSTED
    if key in _SAFE_TRUSTED_OR_NULL:
        return R.PTR_TRUSTED | R.PTR_MAYBE_NULL
    st = env.cur
    in_rcu = bool(getattr(st, "active_rcu", 0) or getattr(st, "active_locks", 0)) or not env.opts.sleepable
    if in_rcu and not r.type & R.PTR_MAYBE_NULL:
        if key in _SAFE_RCU:
            return R.MEM_RCU
        if key in _SAFE_RCU_OR_NULL:
            return R.MEM_RCU | R.PTR_MAYBE_NULL
        return 0
    return R.PTR_UNTRUSTED


# -- btf_struct_walk / btf_struct_access / btf_struct_ids_match ------------------------------------------------------
WALK_SCALAR, WALK_PTR, WALK_STRUCT = 0, 1, 2


class WalkError(Exception):
    """btf_struct_walk failed; the message is the line Linux logs."""


def struct_walk(btf: Any, tid: int, off: int, size: int) -> tuple[int, int]:
    """Linux's btf_struct_walk of an access of ``size`` bytes at ``off`` of struct ``tid``: (WALK_STRUCT, id of the
    nested struct starting exactly at ``off``), (WALK_PTR, id of the struct a pointer member points to) or
    (WALK_SCALAR, 0). Raises :class:`WalkError` where Linux refuses the access."""
    t = btf.type(tid)
    untrusted = False
    for _depth in range(64):
        if not _is_struct(t):
            raise WalkError(f"Type '{getattr(t, 'name', '')}' is not a struct")
        if t.kind == Kind.UNION and len(t.members) != 1:
            untrusted = True  # walking unions yields untrusted pointers (and relaxes the member-end rule)
        if off + size > t.size:
            t, off = _flex_tail(btf, t, off, size)
            if t is None:
                return WALK_SCALAR, 0
            continue
        nxt = None
        for m in t.members:
            moff = m.bit_offset // 8
            if off + size <= moff:
                break
            if m.bitfield_size:
                end_bit = m.bit_offset + m.bitfield_size
                if off <= moff and (end_bit + 7) // 8 <= off + size:
                    return WALK_SCALAR, 0
                continue
            mid = btf.resolve(m.type)
            mt = btf.type(mid)
            try:
                msize = btf.sizeof(mid)
            except Exception:
                raise WalkError(f"field {m.name} doesn't have size") from None
            mtrue_end = moff + msize
            if off >= mtrue_end:
                continue
            if mt.kind == Kind.ARRAY:  # linearised: the innermost element, at the index ``off`` falls in
                nelems = 1
                while mt.kind == Kind.ARRAY:
                    nelems *= mt.nelems
                    mid = btf.resolve(mt.type)
                    mt = btf.type(mid)
                if moff == mtrue_end:
                    continue
                msize //= nelems
                moff += (off - moff) // msize * msize
            if _is_struct(mt):
                if off == moff:
                    return WALK_STRUCT, mid
                nxt = (mt, off - moff)
                break
            if mt.kind == Kind.PTR:
                if msize != size or off != moff:
                    raise WalkError(f"cannot access ptr member {m.name} with moff {moff} in struct {t.name} with off "
                                    f"{off} size {size}")
                pid = btf.resolve(mt.type)
                if _is_struct(btf.type(pid)):
                    return WALK_PTR, pid
            if off + size > mtrue_end and not untrusted:
                raise WalkError(f"access beyond the end of member {m.name} (mend:{mtrue_end}) in struct {t.name} "
                                f"with off {off} size {size}")
            return WALK_SCALAR, 0
        if nxt is None:
            raise WalkError(f"struct {t.name} doesn't have field at offset {off}")
        t, off = nxt
    raise WalkError("pybpf: struct nesting deeper than 64 is not modelled")


def _flex_tail(btf: Any, t: Any, off: int, size: int) -> tuple[Any, int]:
    """An access past the end of a struct is fine inside a trailing flexible array of ints (returns (None, 0)) or of
    structs (returns the element and the offset in it); anything else is 'access beyond struct'."""
    err = WalkError(f"access beyond struct {t.name} at off {off} size {size}")
    if not t.members:
        raise err
    last = t.members[-1]
    at = btf.type(btf.skip_modifiers(last.type))
    if at.kind != Kind.ARRAY or at.nelems != 0 or off < last.bit_offset // 8:
        raise err
    eid = btf.skip_modifiers(at.type)
    et = btf.type(eid)
    if et.kind == Kind.INT:
        return None, 0
    if not _is_struct(et) or not et.size:
        raise err
    return et, (off - last.bit_offset // 8) % et.size


def struct_access(btf: Any, tid: int, off: int, size: int) -> tuple[int, int]:
    """Linux's btf_struct_access for a read: walks nested structs until a scalar or a pointer member;
    (WALK_SCALAR, 0) or (WALK_PTR, pointee id). Raises :class:`WalkError`."""
    for _depth in range(64):
        kind, nid = struct_walk(btf, tid, off, size)
        if kind != WALK_STRUCT:
            return kind, nid
        tid, off = nid, 0
    raise WalkError("pybpf: struct nesting deeper than 64 is not modelled")


def struct_ids_match(env: Env, btf: Any, tid: int, off: int, need_btf: Any, need_id: int, strict: bool) -> bool:
    """Linux's btf_struct_ids_match: the struct at ``off`` of ``tid`` is ``need_id``, either exactly or (unless
    ``strict``) as a nested struct starting there, looking through first members (a sock is a sock_common)."""
    if btf is not need_btf:
        return False
    if off == 0 and tid == need_id:
        return True
    if strict:
        return False
    for _depth in range(64):
        try:
            kind, nid = struct_walk(btf, tid, off, 1)
        except WalkError as e:
            env.verbose(f"{e}\n")
            return False
        if kind != WALK_STRUCT:
            return False
        tid, off = nid, 0
        if tid == need_id:
            return True
    return False

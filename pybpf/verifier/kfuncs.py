"""kfunc calls (Linux's check_kfunc_call / check_kfunc_args): the prototype comes from vmlinux BTF, the KF_* flags
from :mod:`pybpf.verifier._kfunc_flags`; arguments are scalars (``__k``: a known constant), the context, pointers to
kernel objects (PTR_TO_BTF_ID, trusted / RCU where the flags say), memory with its size (``__sz``), open-coded
iterators (bpf_iter_*_new / _next / _destroy with Linux's fork of the loop at each ``next``); returns are scalars,
kernel object pointers (acquired references, maybe NULL) or memory. A few kfuncs have their own rules
(RCU / preemption sections, bpf_cast_to_kern_ctx, bpf_rdonly_cast). Dynptr arguments (``struct bpf_dynptr *``)
go through :func:`pybpf.verifier.dynptr.process_arg`: bpf_dynptr_from_skb / _from_xdp create skb / xdp dynptrs,
bpf_dynptr_clone a copy of its parent's kind (sharing a ringbuf reference), and bpf_dynptr_slice(_rdwr) returns
memory of the constant ``buffer__szk`` size, maybe NULL, tied to the dynptr. Host functions registered with
:mod:`pybpf.helpers.host` are checked against their HostSignature. Not modelled (rejected with a pybpf message):
the other dynptr kfuncs (bpf_dynptr_copy, _memset, _from_skb_meta...), graph objects (lists, rbtrees, bpf_obj_new),
workqueues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pybpf.verifier import regs as R
from pybpf.verifier.env import EACCES, EFAULT, EINVAL, Reject
from pybpf.verifier.memory import check_ptr_off_reg
from pybpf.verifier.state import RefState

if TYPE_CHECKING:
    from pybpf.verifier.env import Env

KF_ACQUIRE, KF_RELEASE, KF_RET_NULL = 1, 2, 4
KF_TRUSTED_ARGS, KF_SLEEPABLE, KF_DESTRUCTIVE, KF_RCU = 16, 32, 64, 128
KF_ITER_NEW, KF_ITER_NEXT, KF_ITER_DESTROY, KF_RCU_PROTECTED = 256, 512, 1024, 2048
ITER_ACTIVE, ITER_DRAINED = 1, 2
_UNSUPPORTED = ("bpf_dynptr_", "bpf_obj_new", "bpf_obj_drop", "bpf_percpu_obj", "bpf_list_", "bpf_rbtree_",
                "bpf_refcount_acquire", "bpf_wq_", "bpf_throw", "bpf_res_spin", "bpf_local_irq")
# the dynptr kfuncs that are modelled; any other bpf_dynptr_* kfunc is rejected as not modelled
_DYNPTR_MODELLED = frozenset({"bpf_dynptr_from_skb", "bpf_dynptr_from_xdp", "bpf_dynptr_slice", "bpf_dynptr_slice_rdwr",
                              "bpf_dynptr_clone", "bpf_dynptr_adjust", "bpf_dynptr_is_null", "bpf_dynptr_is_rdonly",
                              "bpf_dynptr_size"})
# the dynptr kind a kfunc's __uninit dynptr argument creates (bpf_dynptr_clone: its parent's)
_DYNPTR_CREATES = {"bpf_dynptr_from_skb": "skb", "bpf_dynptr_from_xdp": "xdp"}
# btf_is_projection_of: a kfunc taking the uapi view of a context accepts the kernel object behind it
_PROJECTIONS = frozenset({("__sk_buff", "sk_buff"), ("xdp_md", "xdp_buff")})
_VMLINUX: list = []


def vmlinux() -> Any:
    if not _VMLINUX:
        from pybpf.btf.vmlinux import load_vmlinux
        try:
            _VMLINUX.append(load_vmlinux())
        except Exception:
            _VMLINUX.append(None)
    return _VMLINUX[0]


def kfunc_name(env: Env, slot: int, insn: Any) -> str | None:
    """The kfunc a call names: from the loader's relocation (ProgramSpec.references) or vmlinux BTF by id."""
    refs = env.references
    if refs is not None and slot in refs:
        return refs[slot].name
    from pybpf.helpers.host import HOST_ID_BASE, host_functions
    if insn.imm >= HOST_ID_BASE:
        for hf in host_functions():
            if hf.id == insn.imm:
                return hf.name
        return None
    btf = vmlinux()
    if btf is None or insn.off:
        return None
    try:
        t = btf.type(insn.imm)
    except Exception:
        return None
    return t.name if getattr(t, "kind", None) is not None and t.kind.name == "FUNC" else None


# Linux's bpf_prog_type_to_kfunc_hook(): program types share kfunc registrations by hook; the rest (raw_tp,
# sk_msg, flow_dissector, ...) see only the kfuncs registered for every type (the "common" hook)
_HOOK_OF_TYPE = {"XDP": "xdp", "SCHED_CLS": "tc", "STRUCT_OPS": "struct_ops", "TRACING": "tracing",
                 "TRACEPOINT": "tracing", "PERF_EVENT": "tracing", "LSM": "tracing", "SYSCALL": "syscall",
                 "CGROUP_SKB": "cgroup", "CGROUP_SOCK": "cgroup", "CGROUP_DEVICE": "cgroup",
                 "CGROUP_SOCK_ADDR": "cgroup", "CGROUP_SOCKOPT": "cgroup", "CGROUP_SYSCTL": "cgroup",
                 "SOCK_OPS": "cgroup", "SCHED_ACT": "sched_act", "SK_SKB": "sk_skb", "SOCKET_FILTER": "socket_filter",
                 "LWT_OUT": "lwt", "LWT_IN": "lwt", "LWT_XMIT": "lwt", "LWT_SEG6LOCAL": "lwt", "NETFILTER": "netfilter",
                 "KPROBE": "kprobe"}

# kfunc filters (struct btf_kfunc_id_set .filter): the VFS and fs-verity kfuncs are for LSM programs only
_LSM_ONLY = frozenset({"bpf_get_task_exe_file", "bpf_put_file", "bpf_path_d_path", "bpf_get_dentry_xattr",
                       "bpf_get_file_xattr", "bpf_set_dentry_xattr", "bpf_remove_dentry_xattr",
                       "bpf_get_fsverity_digest"})

# tracing_iter_filter (net/core/filter.c): the socket-iterator kfuncs are for BPF_TRACE_ITER programs only
_ITER_ONLY = frozenset({"bpf_sock_destroy"})
_TRACE_ITER = 28


def kfunc_allowed(name: str, prog_type: Any) -> bool:
    """Whether Linux registered kfunc ``name`` for ``prog_type``'s hook (btf_kfunc_id_set_contains). kfuncs the
    generated table does not know (newer than the tree it came from) and freplace programs (which take their
    target's type) are allowed."""
    from pybpf.verifier._kfunc_flags import HOOKS
    hooks = HOOKS.get(name)
    if hooks is None or "common" in hooks:
        return True
    tname = getattr(prog_type, "name", str(prog_type))
    if tname == "EXT":
        return True
    if name in _LSM_ONLY and tname != "LSM":
        return False
    return _HOOK_OF_TYPE.get(tname) in hooks


def _skip(btf: Any, tid: int) -> tuple[int, Any]:
    from pybpf.btf.types import MODIFIERS, Kind
    t = btf.type(tid) if tid else None
    while t is not None and (t.kind in MODIFIERS or t.kind == Kind.TYPEDEF):
        tid = t.type
        t = btf.type(tid) if tid else None
    return tid, t


def _is_scalar(t: Any) -> bool:
    from pybpf.btf.types import Kind
    return t is not None and t.kind in (Kind.INT, Kind.ENUM, Kind.ENUM64)


class _Meta:
    __slots__ = ("arg_const", "dynptr_id", "dynptr_kind", "dynptr_ref", "flags", "iter_regno", "name", "r0_size",
                 "ref_obj_id", "release_regno")

    def __init__(self, name: str, flags: int) -> None:
        self.name = name
        self.flags = flags
        self.ref_obj_id = 0
        self.release_regno = 0
        self.iter_regno = 0
        self.r0_size = 0
        self.arg_const = None
        self.dynptr_id = 0  # meta->initialized_dynptr: the last initialised dynptr argument
        self.dynptr_kind = ""
        self.dynptr_ref = 0


def check_kfunc_call(env: Env, insn: Any, slot: int) -> int | None:
    """Check a ``call`` with src 2; returns None (continue at the next slot) or a slot to continue at."""
    from pybpf.verifier._kfunc_flags import FLAGS
    name = kfunc_name(env, slot, insn)
    if name is None:
        raise Reject(f"kernel btf_id {insn.imm} is not a function", EINVAL)
    from pybpf.helpers.host import host_function
    hf = host_function(name)
    btf = vmlinux()
    if name in env.host_functions:
        sig = env.host_functions[name]
        sig = sig[1] if isinstance(sig, tuple) and len(sig) == 2 and hasattr(sig[1], "args") else sig
        _check_host_call(env, sig if hasattr(sig, "args") else None)
        return None
    if hf is not None and (btf is None or btf.find_id(name) is None):
        _check_host_call(env, hf)
        return None
    if btf is None:
        raise Reject(f"pybpf: no vmlinux BTF to check the call of kernel function {name}", EINVAL)
    fid = btf.find_id(name)
    if fid is None:
        raise Reject(f"calling kernel function {name} is not allowed", EACCES)
    if not kfunc_allowed(name, env.prog_type) or (name in _ITER_ONLY and env.attach != _TRACE_ITER):
        raise Reject(f"calling kernel function {name} is not allowed", EACCES)
    if name.startswith(_UNSUPPORTED) and name not in _DYNPTR_MODELLED:
        raise Reject(f"pybpf: kernel function {name} is not modelled yet", EINVAL)
    flags = FLAGS.get(name, 0)
    meta = _Meta(name, flags)
    state = env.cur
    if flags & KF_ITER_NEXT:
        remember_iter_slot(env, insn)
    if flags & KF_SLEEPABLE and not (env.opts.sleepable or (env.variant is not None and env.variant.sleepable)):
        raise Reject(f"program must be sleepable to call sleepable kfunc {name}", EACCES)
    if flags & KF_RCU_PROTECTED and not state.active_rcu:
        raise Reject(f"kernel func {name} requires RCU critical section protection", EACCES)
    if name == "bpf_rcu_read_lock":
        if state.active_rcu:
            raise Reject(f"nested rcu read lock (kernel function {name})", EINVAL)
    elif name == "bpf_rcu_read_unlock":
        if not state.active_rcu:
            raise Reject(f"unmatched rcu read unlock (kernel function {name})", EINVAL)
    elif name == "bpf_preempt_enable" and not state.active_preempt:
        raise Reject(f"unmatched attempt to enable preemption (kernel function {name})", EINVAL)
    proto = btf.type(btf.type(fid).type)
    _check_args(env, btf, proto, meta)
    regs = state.cur.regs
    if name == "bpf_rcu_read_lock":
        state.active_rcu = True
    elif name == "bpf_rcu_read_unlock":
        state.active_rcu = False
        for _f, _k, _i, r in state.all_regs():  # RCU pointers become untrusted outside the section
            if r.type & R.MEM_RCU:
                r.type = (r.type & ~(R.MEM_RCU | R.PTR_MAYBE_NULL)) | R.PTR_UNTRUSTED
    elif name == "bpf_preempt_disable":
        state.active_preempt += 1
    elif name == "bpf_preempt_enable":
        state.active_preempt -= 1
    if meta.release_regno:
        from pybpf.verifier.calls import _release_reference
        _release_reference(env, meta.ref_obj_id)
    for i in range(6):
        R.mark_not_init(regs[i])
        env.scratch_reg(i)
    r0 = regs[0]
    _set_return(env, btf, proto, meta, r0)
    r0.origin = slot
    if flags & KF_ITER_NEXT:
        return _iter_next(env, meta, slot)
    return None


def _check_args(env: Env, btf: Any, proto: Any, meta: _Meta) -> None:
    from pybpf.btf.types import Kind
    from pybpf.verifier.alu import check_reg_src
    params = proto.params
    if len(params) > 5:
        raise Reject(f"Function {meta.name} has {len(params)} > 5 args", EINVAL)
    skip_next = False
    for i, p in enumerate(params):
        regno = i + 1
        if skip_next:
            skip_next = False
            continue
        pname = p.name or ""
        if pname.endswith("__ign"):
            continue
        r = check_reg_src(env, regno)
        _tid, t = _skip(btf, p.type)
        if _is_scalar(t):
            if r.type != R.SCALAR_VALUE:
                raise Reject(f"R{regno} is not a scalar", EINVAL, regno)
            if pname.endswith("__k") or pname in ("rdonly_buf_size", "rdwr_buf_size"):
                if r.var[1]:
                    raise Reject(f"R{regno} must be a known constant", EINVAL, regno)
                from pybpf.verifier.precision import mark_chain_precision
                mark_chain_precision(env, regno)
                meta.arg_const = r.var[0]
                if pname in ("rdonly_buf_size", "rdwr_buf_size"):
                    meta.r0_size = r.var[0]
            continue
        if t is None or t.kind != Kind.PTR:
            raise Reject(f"Unrecognized arg#{i} type {t.kind.name if t else 'VOID'}", EINVAL)
        nullable = pname.endswith("__nullable")  # not __opt: only a memory/size pair's buffer may be NULL
        is_null = r.type == R.SCALAR_VALUE and r.var == (0, 0)
        # is_kfunc_trusted_args(): release kfuncs take trusted arguments too, so NULL must be ruled out first
        if meta.flags & (KF_TRUSTED_ARGS | KF_RELEASE | KF_RCU) and (is_null or r.type & R.PTR_MAYBE_NULL) \
                and not nullable:
            raise Reject(f"Possibly NULL pointer passed to trusted arg{i}", EACCES, regno)
        if r.ref_obj_id:
            meta.ref_obj_id = r.ref_obj_id
            if meta.flags & KF_RELEASE:
                meta.release_regno = regno
        if pname.endswith("__map"):  # KF_ARG_PTR_TO_MAP: a map, as a map pointer or a struct bpf_map object
            if r.type == R.CONST_PTR_TO_MAP:
                check_ptr_off_reg(r, regno)
                continue
            if r.type & R.BASE_MASK != R.PTR_TO_BTF_ID:
                raise Reject(f"pointer in R{regno} isn't map pointer", EINVAL, regno)
            _btf_id_arg(env, regno, r, "bpf_map", meta, i)
            continue
        ref_id, ref_t = _skip(btf, t.type)
        ref_name = getattr(ref_t, "name", "") if ref_t is not None else ""
        if meta.name == "bpf_cast_to_kern_ctx" or _is_ctx(env, ref_t):
            if r.type != R.PTR_TO_CTX:
                raise Reject(f"arg#{i} expected pointer to ctx, but got {R.type_str(r.type)}", EINVAL, regno)
            continue
        if nullable and is_null:
            continue
        if ref_t is not None and ref_t.kind == Kind.STRUCT and ref_name == "bpf_dynptr":
            _dynptr_arg(env, regno, r, pname, meta)
            continue
        if ref_t is not None and ref_t.kind == Kind.STRUCT and ref_name.startswith("bpf_iter_"):
            _iter_arg(env, btf, regno, r, ref_id, ref_name, meta, i)
            continue
        next_is_size = i + 1 < len(params) and (params[i + 1].name or "").endswith(("__sz", "__szk"))
        if r.type & R.BASE_MASK in (R.PTR_TO_BTF_ID, R.PTR_TO_SOCKET, R.PTR_TO_SOCK_COMMON, R.PTR_TO_TCP_SOCK):
            if ref_t is None or ref_t.kind != Kind.STRUCT:
                raise Reject(f"kernel function {meta.name} args#{i} pointer type "
                             f"{ref_t.kind.name if ref_t else 'VOID'} {ref_name} is not supported", EINVAL, regno)
            _btf_id_arg(env, regno, r, ref_name, meta, i)
            continue
        if ref_t is not None and ref_t.kind == Kind.FUNC_PROTO:
            raise Reject(f"pybpf: callback arguments of kernel function {meta.name} are not modelled yet", EINVAL)
        if next_is_size:
            _mem_size_arg(env, regno, r, pname, params[i + 1].name or "", meta, i)
            skip_next = True
            continue
        if ref_t is None or not (_is_scalar(ref_t) or _scalar_struct(btf, ref_t)):
            raise Reject(f"arg#{i} pointer type {ref_t.kind.name if ref_t else 'VOID'} {ref_name} must point to "
                         "scalar, or struct with scalar", EINVAL, regno)
        from pybpf.verifier.calls import Meta, _check_mem_arg
        size = btf.sizeof(ref_id)
        _check_mem_arg(env, regno, r, size, False, Meta(0), False)
    if meta.flags & KF_RELEASE and not meta.release_regno:
        raise Reject(f"release kernel function {meta.name} expects refcounted PTR_TO_BTF_ID", EINVAL)


def _dynptr_arg(env: Env, regno: int, r: R.Reg, pname: str, meta: _Meta) -> None:
    """KF_ARG_PTR_TO_DYNPTR: a const dynptr (a callback's) can only be read; an ``__uninit`` argument creates a
    dynptr of the kind the kfunc makes (a clone: its parent's, sharing the parent's reference)."""
    from pybpf.verifier import dynptr as D
    from pybpf.verifier.calls import check_func_arg_reg_off
    check_func_arg_reg_off(r, regno, set())
    flags: set[str] = set()
    if r.type == R.CONST_PTR_TO_DYNPTR:
        flags.add("MEM_RDONLY")
    clone_ref = 0
    if pname.endswith("__uninit"):
        flags.add("MEM_UNINIT")
        kind = _DYNPTR_CREATES.get(meta.name, "")
        if meta.name == "bpf_dynptr_clone":
            if not meta.dynptr_kind:
                raise Reject("verifier internal error: no dynptr type for parent of clone", EFAULT, regno)
            kind, clone_ref = meta.dynptr_kind, meta.dynptr_ref
        if kind:
            flags.add(D.FLAG_OF_KIND[kind])
    d = D.process_arg(env, regno, flags, clone_ref)
    if d is not None:
        meta.dynptr_id = d.id
        meta.dynptr_kind = d.dynptr.kind if d.dynptr is not None else ""
        meta.dynptr_ref = d.ref_obj_id


def _mem_size_arg(env: Env, regno: int, r: R.Reg, pname: str, size_name: str, meta: _Meta, argno: int) -> None:
    """KF_ARG_PTR_TO_MEM_SIZE: memory and its size (check_kfunc_mem_size_reg: readable and writable), skipped for a
    NULL ``__opt`` buffer; a ``__szk`` size must be a known constant (it sizes the returned memory)."""
    from pybpf.verifier.calls import Meta, _check_mem_arg, _check_size_arg
    size_reg = env.cur.cur.regs[regno + 1]
    if not (pname.endswith("__opt") and r.type == R.SCALAR_VALUE and r.var == (0, 0)):
        cm = Meta(0)
        cm.raw_mode = False
        try:
            _check_size_arg(env, regno + 1, size_reg, cm, True)
            if size_reg.type == R.SCALAR_VALUE:
                _check_mem_arg(env, regno, r, size_reg.umax, True, cm, True)
        except Reject as e:
            env.verbose(e.message + "\n")
            raise Reject(f"arg#{argno} arg#{argno + 1} memory, len pair leads to invalid memory access", e.errno,
                         e.regno, hint=e.hint or e.message) from None
    if size_name.endswith("__szk"):
        if size_reg.var[1]:
            raise Reject(f"R{regno + 1} must be a known constant", EINVAL, regno + 1)
        meta.arg_const = size_reg.var[0]


def _scalar_struct(btf: Any, t: Any, depth: int = 0) -> bool:
    from pybpf.btf.types import Kind
    if t.kind != Kind.STRUCT or depth > 3:
        return False
    for m in t.members:
        _mid, mt = _skip(btf, m.type)
        if mt is None:
            return False
        if mt.kind == Kind.ARRAY:
            _eid, mt = _skip(btf, mt.type)
        if not (_is_scalar(mt) or _scalar_struct(btf, mt, depth + 1)):
            return False
    return True


def _is_ctx(env: Env, t: Any) -> bool:
    from pybpf.btf.types import Kind
    from pybpf.progtypes.types import CONTEXTS
    ctx = CONTEXTS.get(env.prog_type)
    if t is None or t.kind != Kind.STRUCT or ctx is None:
        return False
    uapi, _kern, _size = ctx
    return bool(t.name) and (t.name == uapi or (uapi, t.name) in _PROJECTIONS)


def _btf_id_arg(env: Env, regno: int, r: R.Reg, want: str, meta: _Meta, argno: int) -> None:
    """process_kf_arg_ptr_to_btf_id: a pointer to the kernel struct the prototype names, trusted if asked."""
    base = r.type & R.BASE_MASK
    if base == R.PTR_TO_BTF_ID:
        if (meta.flags & (KF_TRUSTED_ARGS | KF_RELEASE) and not (r.type & R.PTR_TRUSTED or r.ref_obj_id)) or \
                r.type & R.PTR_UNTRUSTED:
            raise Reject(f"R{regno} must be referenced or trusted", EINVAL, regno)
        if meta.flags & KF_RCU and not (r.type & (R.PTR_TRUSTED | R.MEM_RCU) or r.ref_obj_id):
            raise Reject(f"R{regno} must be a rcu pointer", EINVAL, regno)
        have = _reg_btf_name(r)
        # strict match (no walk into the first member) for a referenced release argument and ___init aliases
        strict = bool(meta.flags & KF_RELEASE and r.ref_obj_id) or _nocast_alias(have, want)
        # a kfunc taking a projection (__sk_buff) accepts the object behind it (sk_buff: netfilter, tp_btf)
        if have and want and have != want and want != "sock_common" and (want, have) not in _PROJECTIONS and \
                (strict or not _first_member_is(r.btf, r.btf_id, want)):
            raise Reject(f"kernel function {meta.name} args#{argno} expected pointer to STRUCT {want} but R{regno} "
                         f"has a pointer to STRUCT {have}", EINVAL, regno)
    if r.off:
        raise Reject(f"R{regno} must have zero offset when passed to release func or trusted arg to kfunc", EACCES,
                     regno)


def _nocast_alias(a: str, b: str) -> bool:
    """btf_type_ids_nocast_alias: one name is the other suffixed with ``___init`` (nf_conn___init / nf_conn)."""
    return bool(a and b) and (a == b + "___init" or b == a + "___init")


def _first_member_is(btf: Any, tid: int, want: str, depth: int = 0) -> bool:
    """btf_struct_ids_match (not strict): a struct whose first member is (recursively) the wanted struct."""
    from pybpf.btf.types import Kind
    try:
        _id, t = _skip(btf, tid)
        if t is None or t.kind != Kind.STRUCT or not t.members or depth > 4:
            return False
        mid, mt = _skip(btf, t.members[0].type)
        if t.members[0].bit_offset:
            return False
        return mt is not None and (mt.name == want or _first_member_is(btf, mid, want, depth + 1))
    except Exception:
        return False


def _reg_btf_name(r: R.Reg) -> str:
    if r.btf is not None and r.btf_id:
        try:
            return r.btf.type(r.btf_id).name
        except Exception:
            return ""
    return ""


# -- returns ---------------------------------------------------------------------------------------------------------
def _set_return(env: Env, btf: Any, proto: Any, meta: _Meta, r0: R.Reg) -> None:
    from pybpf.btf.types import Kind
    _rid, t = _skip(btf, proto.return_type)
    if t is None:
        return  # void: r0 stays unreadable
    if _is_scalar(t):
        R.mark_unknown(r0)
        return
    if t.kind != Kind.PTR:
        raise Reject(f"kernel function {meta.name} returns non-pointer non-scalar type", EINVAL)
    pid, pt = _skip(btf, t.type)
    flags = meta.flags
    if meta.name in ("bpf_dynptr_slice", "bpf_dynptr_slice_rdwr"):
        _dynptr_slice(env, meta, r0)
        return
    if pt is None and not meta.r0_size and meta.name not in ("bpf_cast_to_kern_ctx", "bpf_rdonly_cast"):
        R.mark_unknown(r0)  # a kfunc returning 'void *' (bpf_arena_alloc_pages...) returns a scalar
        return
    if meta.name == "bpf_cast_to_kern_ctx":
        R.mark_ptr(r0, R.PTR_TO_BTF_ID | R.PTR_TRUSTED)
        from pybpf.progtypes.types import CONTEXTS
        kern = CONTEXTS.get(env.prog_type, ("", "", 0))[1]
        r0.btf, r0.btf_id = btf, btf.find_id(kern) or 0
        return
    if meta.name == "bpf_rdonly_cast":
        target = meta.arg_const or 0
        if target == 0:
            R.mark_ptr(r0, R.PTR_TO_MEM | R.MEM_RDONLY | R.PTR_UNTRUSTED)
        else:
            try:
                tt = btf.type(target)
            except Exception:
                raise Reject(f"Unknown type ID {target} passed to kfunc bpf_rdonly_cast", EINVAL) from None
            if tt is None or tt.kind not in (Kind.STRUCT, Kind.UNION):  # btf_type_is_struct: no typedefs
                raise Reject("kfunc bpf_rdonly_cast type ID argument must be of a struct or void", EINVAL)
            R.mark_ptr(r0, R.PTR_TO_BTF_ID | R.PTR_UNTRUSTED)
            r0.btf, r0.btf_id = btf, target
        return
    if pt is not None and pt.kind == Kind.STRUCT:
        t0 = R.PTR_TO_BTF_ID
        if flags & KF_ACQUIRE:
            t0 |= R.PTR_TRUSTED
        elif flags & KF_RCU_PROTECTED or env.cur.active_rcu:
            t0 |= R.MEM_RCU
        else:
            t0 |= R.PTR_TRUSTED
        if flags & KF_RET_NULL:
            t0 |= R.PTR_MAYBE_NULL
        R.mark_ptr(r0, t0)
        r0.btf, r0.btf_id = btf, pid
    elif pt is None or _is_scalar(pt) or meta.r0_size:
        size = meta.r0_size or (btf.sizeof(pid) if pt is not None else 0)
        if not size and pt is None:
            raise Reject(f"kernel function {meta.name} returns pointer type PTR is not supported", EINVAL)
        t0 = R.PTR_TO_MEM | (R.MEM_RDONLY if meta.flags & KF_ITER_NEXT else 0)
        if flags & KF_RET_NULL:
            t0 |= R.PTR_MAYBE_NULL
        R.mark_ptr(r0, t0)
        r0.mem_size = size
    else:
        raise Reject(f"kernel function {meta.name} returns pointer type {pt.kind.name} {pt.name} is not supported",
                     EINVAL)
    if r0.type & R.PTR_MAYBE_NULL:
        r0.id = env.new_id()
    if flags & KF_ACQUIRE:
        rid2 = env.new_id()
        f = env.cur.cur
        env.cur.refs.append(RefState(rid2, env.insn_idx, cb_frame=f.frameno if f.in_callback else 0))
        r0.ref_obj_id = r0.id = rid2  # the NULL check of an acquired pointer releases it on the NULL side
    elif meta.ref_obj_id and flags & KF_ITER_NEXT:
        pass


def _dynptr_slice(env: Env, meta: _Meta, r0: R.Reg) -> None:
    """bpf_dynptr_slice(_rdwr): memory of the constant size, NULL when the range is out of the dynptr (the caller
    must check), read-only for bpf_dynptr_slice; a writable one needs a program type that may write packet data.
    The slice remembers its dynptr (and, for skb / xdp, that it points into the packet)."""
    from pybpf.verifier.dynptr import DynptrInfo
    from pybpf.verifier.memory import WRITE, may_access_direct_pkt_data
    if meta.arg_const is None:
        raise Reject("verifier internal error: bpf_dynptr_slice(_rdwr) no constant size", EFAULT)
    R.mark_ptr(r0, R.PTR_TO_MEM | (R.MEM_RDONLY if meta.name == "bpf_dynptr_slice" else 0))
    if meta.name == "bpf_dynptr_slice_rdwr" and not may_access_direct_pkt_data(env, WRITE):
        raise Reject("the prog does not allow writes to packet data", EINVAL,
                     hint="use bpf_dynptr_slice (read-only) or bpf_dynptr_read in this program type")
    if not meta.dynptr_id:
        raise Reject("verifier internal error: no dynptr id", EFAULT)
    r0.mem_size = meta.arg_const
    r0.dynptr = DynptrInfo(meta.dynptr_kind, False, meta.dynptr_id)
    if meta.flags & KF_RET_NULL:
        r0.type |= R.PTR_MAYBE_NULL
        r0.id = env.new_id()


# -- open-coded iterators ----------------------------------------------------------------------------------------------
class IterInfo:
    """The state of an iterator living in stack slots (bpf_reg_state.iter)."""

    __slots__ = ("btf_id", "depth", "name", "state")

    def __init__(self, name: str, btf_id: int, state: int, depth: int) -> None:
        self.name = name
        self.btf_id = btf_id
        self.state = state
        self.depth = depth

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IterInfo) and (self.name, self.state) == (other.name, other.state)

    def __hash__(self) -> int:
        return hash((self.name, self.state))


def _iter_slots(env: Env, r: R.Reg, regno: int, size: int) -> tuple[Any, int, int]:
    from pybpf.verifier import bounds as B
    if r.type != R.PTR_TO_STACK:
        raise Reject(f"arg#{regno - 1} expected pointer to an iterator on stack", EINVAL, regno)
    if r.var[1]:
        raise Reject(f"R{regno} variable offset stack pointer cannot be passed into helper function", EACCES, regno)
    off = r.off + B.s64(r.var[0])
    if off % 8 or off >= 0 or off < -512:
        raise Reject(f"arg#{regno - 1} expected an iterator at an 8-aligned stack slot", EINVAL, regno)
    frame = env.cur.frames[r.frameno]
    spi = (-off - 1) // 8
    nslots = max(size // 8, 1)
    return frame, spi, nslots


def _iter_arg(env: Env, btf: Any, regno: int, r: R.Reg, iter_id: int, iter_name: str, meta: _Meta,
              argno: int) -> None:
    """process_iter_arg: new() needs uninitialised slots and creates the iterator (a reference); next() and
    destroy() need an initialised one of the same type; destroy() releases it."""
    from pybpf.verifier.stack import STACK_ITER, STACK_SPILL
    kind = iter_name[len("bpf_iter_"):]
    size = btf.sizeof(iter_id)
    frame, spi, nslots = _iter_slots(env, r, regno, size)
    st = frame.stack
    meta.iter_regno = regno
    if meta.flags & KF_ITER_NEW:
        frame.stack.grow((spi + 1) * 8)
        env.stack_depth[frame.subprog] = max(env.stack_depth.get(frame.subprog, 0), frame.stack.allocated)
        for k in range(nslots):
            s = spi - k
            if st.top(s) == STACK_ITER:
                raise Reject(f"expected uninitialized iter_{kind} as arg #{argno}", EINVAL, regno)
        rid = env.new_id()
        env.cur.refs.append(RefState(rid, env.insn_idx))
        for k in range(nslots):
            s = spi - k
            st.scrub(s)
            reg = R.Reg()
            R.mark_ptr(reg, R.SCALAR_VALUE)
            reg.type = R.NOT_INIT
            reg.ref_obj_id = rid if k == 0 else 0  # only the first slot holds the reference
            reg.iter = IterInfo(kind, iter_id, ITER_ACTIVE, 0)
            st.set_reg(s, reg)
            for j in range(8):
                st.set_type(s, j, STACK_ITER)
            env.scratch_stack(s)
        _ = STACK_SPILL
        return
    if spi - nslots + 1 < 0 or spi >= len(st.spilled) or st.top(spi) != STACK_ITER or st.spilled[spi] is None or \
            st.spilled[spi].iter is None or st.spilled[spi].iter.name != kind:
        raise Reject(f"expected an initialized iter_{kind} as arg #{argno}", EINVAL, regno)
    reg = st.spilled[spi]
    meta.ref_obj_id = reg.ref_obj_id
    if meta.flags & KF_ITER_DESTROY:
        from pybpf.verifier.stack import STACK_INVALID
        env.cur.refs = [x for x in env.cur.refs if x.id != reg.ref_obj_id]
        for k in range(nslots):
            s = spi - k
            st.set_reg(s, None)
            for j in range(8):
                st.set_type(s, j, STACK_INVALID)
            env.scratch_stack(s)


def _iter_next(env: Env, meta: _Meta, slot: int) -> int | None:
    """process_iter_next_call: this path sees the iterator drained (NULL); a copy with the iterator still active
    and a non-NULL result is queued, one loop iteration deeper."""
    from pybpf.verifier.verifier import push_stack
    state = env.cur
    regno = meta.iter_regno
    # the iterator register was clobbered with the other argument registers: find the slot again from history
    spi, frameno = env._iter_slot  # type: ignore[attr-defined]
    it_reg = state.frames[frameno].stack.reg_mut(spi)
    it = it_reg.iter
    if it.state == ITER_ACTIVE:
        prev = env.find_prev_entry(state.parent, slot) if state.parent is not None else None
        queued = push_stack(env, slot + 1, slot)
        q_reg = queued.frames[frameno].stack.reg_mut(spi)
        q_reg.iter = IterInfo(it.name, it.btf_id, ITER_ACTIVE, it.depth + 1)
        if prev is not None:
            from pybpf.verifier.subprogs import widen_imprecise_scalars
            widen_imprecise_scalars(prev, queued)
        from pybpf.verifier.branches import mark_ptr_not_null
        q0 = queued.cur.regs[0]
        mark_ptr_not_null(q0)
    it_reg.iter = IterInfo(it.name, it.btf_id, ITER_DRAINED, it.depth)
    R.mark_known(state.cur.regs[0], 0)
    _ = regno
    return None


def remember_iter_slot(env: Env, insn: Any) -> None:
    """Before an iterator next() call clobbers r1: which stack slot (and frame) the iterator is in."""
    from pybpf.verifier import bounds as B
    r = env.cur.cur.regs[1]
    if r.type == R.PTR_TO_STACK and not r.var[1]:
        env._iter_slot = ((-(r.off + B.s64(r.var[0])) - 1) // 8, r.frameno)  # type: ignore[attr-defined]


def is_iter_next(env: Env, slot: int, insn: Any) -> bool:
    from pybpf.verifier._kfunc_flags import FLAGS
    name = kfunc_name(env, slot, insn)
    return name is not None and bool(FLAGS.get(name, 0) & KF_ITER_NEXT)


# -- host functions --------------------------------------------------------------------------------------------------
def _check_host_call(env: Env, hf: Any) -> None:
    """A pybpf host function: its HostSignature is its prototype (without one: any arguments, a scalar back)."""
    from pybpf.helpers.host import HostSignature
    from pybpf.verifier.alu import check_reg_src
    from pybpf.verifier.calls import Meta, _check_mem_arg, _check_size_arg
    if hf is None:
        sig = HostSignature((), "scalar")
    else:
        sig = hf if isinstance(hf, HostSignature) else hf.signature
    regs = env.cur.cur.regs
    for i, kind in enumerate(sig.args):
        regno = i + 1
        r = check_reg_src(env, regno)
        if kind == "scalar":
            if r.type != R.SCALAR_VALUE:
                raise Reject(f"R{regno} is not a scalar", EINVAL, regno)
        elif kind in ("mem", "mem_rdonly"):
            if r.type & R.PTR_MAYBE_NULL or r.type == R.SCALAR_VALUE:
                raise Reject(f"R{regno} type={R.type_str(r.type)} expected=fp, pkt, pkt_meta, map_key, map_value, "
                             "mem", EACCES, regno)
        elif kind == "size":
            m = Meta(0)
            m.raw_mode = False
            _check_size_arg(env, regno, r, m, True)
        elif kind == "ctx":
            if r.type != R.PTR_TO_CTX:
                raise Reject(f"arg#{i} expected pointer to ctx, but got {R.type_str(r.type)}", EINVAL, regno)
        elif kind == "str":
            if r.type != R.PTR_TO_MAP_VALUE:
                raise Reject(f"R{regno} type={R.type_str(r.type)} expected=map_value", EACCES, regno)
        elif kind == "map" and r.type != R.CONST_PTR_TO_MAP:
            raise Reject(f"R{regno} type={R.type_str(r.type)} expected=map_ptr", EACCES, regno)
    _ = (_check_mem_arg, EFAULT)
    for i in range(6):
        R.mark_not_init(regs[i])
        env.scratch_reg(i)
    r0 = regs[0]
    if sig.ret == "scalar":
        R.mark_unknown(r0)
    elif sig.ret == "void":
        R.mark_known(r0, 0)
    else:
        R.mark_ptr(r0, R.PTR_TO_MEM | R.PTR_MAYBE_NULL)
        r0.mem_size = sig.ret_size
        r0.id = env.new_id()
    r0.origin = env.insn_idx

"""Functions: bpf-to-bpf calls and returns (new frames, callee-saved registers, the return value), global functions
checked against their BTF prototype at the call and verified on their own, callbacks of bpf_loop /
for_each_map_elem / timers / find_vma / user_ringbuf_drain, and the combined stack depth and tail-call rules
(Linux's check_func_call, prepare_func_exit, btf_prepare_func_args, push_callback_call, check_max_stack_depth).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pybpf.isa.opcodes import CALL, Class, Mode, PseudoSrc
from pybpf.verifier import regs as R
from pybpf.verifier.env import E2BIG, EACCES, EFAULT, EINVAL, ENOTSUPP, Reject
from pybpf.verifier.mapfuncs import CHANGES_PKT_DATA
from pybpf.verifier.state import FuncState

if TYPE_CHECKING:
    from pybpf.verifier.env import Env

MAX_CALL_FRAMES = 8
MAX_STACK = 512
# uapi context struct -> the kernel struct it is a projection of (btf_is_projection_of)
_PROJECTIONS = {"__sk_buff": "sk_buff", "xdp_md": "xdp_buff", "bpf_sock_ops": "bpf_sock_ops_kern",
                "sk_msg_md": "sk_msg", "bpf_sock_addr": "bpf_sock_addr_kern", "bpf_sk_lookup": "bpf_sk_lookup_kern",
                "sk_reuseport_md": "sk_reuseport_kern", "bpf_sysctl": "bpf_sysctl_kern",
                "bpf_sockopt": "bpf_sockopt_kern", "bpf_perf_event_data": "bpf_perf_event_data_kern",
                "bpf_sock": "sock"}


@dataclass
class ArgInfo:
    """bpf_subprog_arg_info: ``kind`` is "scalar", "ctx", "mem", "btf_id", "arena" or "dynptr"."""

    kind: str
    mem_size: int = 0
    nullable: bool = False
    btf_id: int = 0


@dataclass
class Subprog:
    """bpf_subprog_info + func_info_aux: one function of the program."""

    index: int
    start: int
    end: int
    name: str = ""
    btf_id: int = 0
    is_global: bool = False
    args: list[ArgInfo] | None = None  # from BTF (None: not prepared yet / unusable)
    args_error: Reject | None = None
    unreliable: bool = False
    is_cb: bool = False
    is_async_cb: bool = False
    has_tail_call: bool = False
    has_ld_abs: bool = False
    called: bool = False
    verified: bool = False
    changes_pkt_data: bool = False
    stack_depth: int = 0
    calls: list[int] = field(default_factory=list)  # slots of pseudo calls / pseudo funcs in this function


def build(env: Env, spec: Any, btf: Any) -> list[Subprog]:
    """Subprograms from the CFG's starts; names, BTF ids and linkage from func_info when the program has it."""
    prog = env.prog
    starts = prog.subprog_starts
    subs = []
    finfo = {}
    if spec is not None and getattr(spec, "func_info", None):
        finfo = {fi.slot: fi.type_id for fi in spec.func_info}
    names = {}
    if spec is not None:
        for f in getattr(spec, "functions", ()):
            names[f.slot] = f.name
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else prog.len
        sp = Subprog(i, start, end, name=names.get(start, ""))
        tid = finfo.get(start, 0)
        if tid and btf is not None:
            sp.btf_id = tid
            try:
                func = btf.type(tid)
                sp.name = func.name or sp.name
                sp.is_global = int(getattr(func, "linkage", 0)) == 1
            except Exception:
                sp.btf_id = 0
        for slot in range(start, end):
            insn = prog.at[slot]
            if insn is None:
                continue
            if insn.opcode == CALL and insn.src == 0 and insn.imm == 12:
                sp.has_tail_call = True
            if insn.opcode == CALL and insn.src == 0 and insn.imm in CHANGES_PKT_DATA:
                sp.changes_pkt_data = True
            if insn.cls == Class.LD and insn.mode in (Mode.ABS, Mode.IND):
                sp.has_ld_abs = True
            if (insn.opcode == CALL and insn.src == 1) or (insn.opcode == 0x18 and insn.src == PseudoSrc.FUNC):
                sp.calls.append(slot)
        subs.append(sp)
    env.func_info = finfo or None
    changed = True
    while changed:  # a caller changes packet data when a function it calls does
        changed = False
        for sp in subs:
            if sp.changes_pkt_data:
                continue
            for slot in sp.calls:
                insn = prog.at[slot]
                if insn.opcode != CALL:
                    continue
                callee = _sub_at(subs, slot + insn.imm + 1)
                if callee is not None and callee.changes_pkt_data:
                    sp.changes_pkt_data = changed = True
                    break
    if not finfo:
        for sp in subs[1:]:
            if sp.has_tail_call:
                raise Reject("tail_call is not allowed in subprogs without BTF", EINVAL)
    if finfo and btf is not None:
        for sp in subs[1:]:
            if (sp.has_ld_abs or sp.has_tail_call) and not _returns_scalar(btf, sp.btf_id):
                what = "LD_ABS" if sp.has_ld_abs else "tail_call"
                raise Reject(f"{what} is only allowed in functions that return 'int'.", EINVAL)
    return subs


def _sub_at(subs: list[Subprog], slot: int) -> Subprog | None:
    for sp in subs:
        if sp.start == slot:
            return sp
    return None


def _returns_scalar(btf: Any, func_id: int) -> bool:
    from pybpf.btf.types import Kind
    try:
        proto = btf.type(btf.type(func_id).type)
        _tid, t = _skip_mods(btf, proto.return_type)
    except Exception:
        return False
    return t is not None and t.kind in (Kind.INT, Kind.ENUM, Kind.ENUM64)


# -- BTF prototypes of global functions ------------------------------------------------------------------------------
def _skip_mods(btf: Any, tid: int) -> tuple[int, Any]:
    from pybpf.btf.types import MODIFIERS, Kind
    t = btf.type(tid) if tid else None
    while t is not None and (t.kind in MODIFIERS or t.kind == Kind.TYPEDEF):
        tid = t.type
        t = btf.type(tid) if tid else None
    return tid, t


def _is_ctx_type(env: Env, btf: Any, ptr: Any) -> bool:
    from pybpf.btf.types import MODIFIERS, Kind
    from pybpf.progtypes.types import CONTEXTS
    ctx = CONTEXTS.get(env.prog_type)
    if ctx is None:
        return False
    uapi, kern, _size = ctx
    tid = ptr.type
    t = btf.type(tid) if tid else None
    if env.prog_type == 2:  # KPROBE: bpf_user_pt_regs_t typedef
        u = t
        while u is not None and u.kind in MODIFIERS:
            u = btf.type(u.type) if u.type else None
        if u is not None and u.kind == Kind.TYPEDEF and u.name == "bpf_user_pt_regs_t":
            return True
    _tid, t = _skip_mods(btf, tid)
    if t is None or t.kind != Kind.STRUCT:
        return False
    name = t.name
    if uapi in ("void", "__u64", "u64", "__u32", "bpf_raw_tracepoint_args"):
        return name == uapi
    if env.prog_type == 2:
        return name == "pt_regs"
    return name in (uapi, kern, _PROJECTIONS.get(uapi))


def prepare_func_args(env: Env, sp: Subprog) -> list[ArgInfo]:
    """btf_prepare_func_args: argument kinds from the FUNC_PROTO (raises Reject with Linux's message)."""
    from pybpf.btf.types import Kind
    if sp.args is not None:
        return sp.args
    if sp.args_error is not None:
        raise sp.args_error
    try:
        sp.args = _prepare(env, sp, Kind)
    except Reject as rej:
        sp.args_error = rej
        raise
    return sp.args


def _prepare(env: Env, sp: Subprog, Kind: Any) -> list[ArgInfo]:
    btf = env.btf
    glob = sp.is_global
    if not sp.btf_id or btf is None:
        raise Reject("Global functions need valid BTF" if glob else "", EFAULT if glob else EINVAL)
    fn = btf.type(sp.btf_id)
    tname = fn.name
    proto = btf.type(fn.type)
    if proto.kind != Kind.FUNC_PROTO:
        raise Reject(f"Invalid type of function {tname}()", EFAULT)
    params = proto.params
    if len(params) > 5:
        raise Reject(f"Global function {tname}() with {len(params)} > 5 args. Buggy compiler." if glob else "",
                     EINVAL)
    _rid, rt = _skip_mods(btf, proto.return_type)
    if rt is None or rt.kind not in (Kind.INT, Kind.ENUM, Kind.ENUM64):
        raise Reject(f"Global function {tname}() doesn't return scalar. Only those are supported." if glob else "",
                     EINVAL)
    tags = _arg_tags(btf, sp.btf_id)
    out = []
    for i, p in enumerate(params):
        arg_tags = tags.get(i, set())
        if arg_tags and not glob:
            raise Reject(f"arg#{i} type tag is not supported in static functions", ENOTSUPP)
        bad = arg_tags - {"ctx", "trusted", "nonnull", "nullable", "arena"}
        if bad:
            raise Reject(f"arg#{i} has unsupported set of tags", ENOTSUPP)
        _pid, t = _skip_mods(btf, p.type)
        if t is not None and t.kind == Kind.PTR:
            if "ctx" in arg_tags or _is_ctx_type(env, btf, t):
                if arg_tags - {"ctx"}:
                    raise Reject(f"arg#{i} has invalid combination of tags", EINVAL)
                out.append(ArgInfo("ctx"))
                continue
            _tid, target = _skip_mods(btf, t.type)
            if target is not None and target.kind == Kind.STRUCT and target.name == "bpf_dynptr":
                if arg_tags:
                    raise Reject(f"arg#{i} has invalid combination of tags", EINVAL)
                out.append(ArgInfo("dynptr"))
                continue
            if "trusted" in arg_tags:
                if "nonnull" in arg_tags:
                    raise Reject(f"arg#{i} has invalid combination of tags", EINVAL)
                out.append(ArgInfo("btf_id", nullable="nullable" in arg_tags, btf_id=t.type))
                continue
            if "arena" in arg_tags:
                if arg_tags - {"arena"}:
                    raise Reject(f"arg#{i} arena cannot be combined with any other tags", EINVAL)
                out.append(ArgInfo("arena"))
                continue
            if glob:
                if "nullable" in arg_tags:
                    raise Reject(f"arg#{i} has invalid combination of tags", EINVAL)
                size = _mem_size(btf, t.type)
                if size is None:
                    desc = _type_desc(btf, t.type)
                    raise Reject(f"arg#{i} reference type('{desc}') size cannot be determined: -22", EINVAL)
                out.append(ArgInfo("mem", mem_size=size, nullable="nonnull" not in arg_tags))
                continue
        if arg_tags:
            raise Reject(f"arg#{i} has pointer tag, but is not a pointer type", EINVAL)
        if t is not None and t.kind in (Kind.INT, Kind.ENUM, Kind.ENUM64):
            out.append(ArgInfo("scalar"))
            continue
        if not glob:
            raise Reject("", EINVAL)
        kind = _kind_name(t)
        raise Reject(f"Arg#{i} type {kind} in {tname}() is not supported yet.", EINVAL)
    return out


def _kind_name(t: Any) -> str:
    if t is None:
        return "void"
    return t.kind.name.upper()


def _type_desc(btf: Any, tid: int) -> str:
    _tid, t = _skip_mods(btf, tid)
    if t is None:
        return "VOID "
    return f"{t.kind.name.upper()} {getattr(t, 'name', '')}"


def _mem_size(btf: Any, tid: int) -> int | None:
    from pybpf.btf.types import Kind
    _tid, t = _skip_mods(btf, tid)
    if t is None or t.kind in (Kind.FUNC_PROTO, Kind.FWD, Kind.FUNC):
        return None
    try:
        size = btf.sizeof(_tid)
    except Exception:
        return None
    return size if size else None


def _arg_tags(btf: Any, func_id: int) -> dict[int, set[str]]:
    from pybpf.btf.types import Kind
    out: dict[int, set[str]] = {}
    cache = getattr(btf, "_pybpf_decl_tags", None)
    if cache is None:
        cache = {}
        for _tid, t in btf.types():
            if t.kind == Kind.DECL_TAG and t.name.startswith("arg:"):
                cache.setdefault(t.type, []).append((t.component_idx, t.name[4:]))
        with contextlib.suppress(AttributeError):
            btf._pybpf_decl_tags = cache
    for idx, tag in cache.get(func_id, ()):
        out.setdefault(idx, set()).add(tag)
    return out


# -- calls -----------------------------------------------------------------------------------------------------------
def check_func_arg_match(env: Env, sp: Subprog, regs: list[R.Reg]) -> None:
    """btf_check_func_arg_match: what the caller passes in r1-r5 against the prototype."""
    args = prepare_func_args(env, sp)
    for i, arg in enumerate(args):
        regno = i + 1
        r = regs[regno]
        if arg.kind == "scalar":
            if r.type != R.SCALAR_VALUE:
                raise Reject(f"R{regno} is not a scalar", EINVAL, regno)
        elif arg.kind == "ctx":
            _check_reg_off(r, regno)
            if r.type != R.PTR_TO_CTX:
                raise Reject(f"arg#{i} expects pointer to ctx", EINVAL, regno)
        elif arg.kind == "mem":
            if r.type == R.SCALAR_VALUE and r.var == (0, 0) and arg.nullable:
                continue
            _check_reg_off(r, regno)
            _check_mem_reg(env, regno, r, arg.mem_size)
            if not arg.nullable and r.type & R.PTR_MAYBE_NULL:
                raise Reject(f"arg#{i} is expected to be non-NULL", EINVAL, regno)
        elif arg.kind == "arena":
            if r.type not in (R.PTR_TO_ARENA, R.SCALAR_VALUE):
                raise Reject(f"R{regno} is not a pointer to arena or scalar.", EINVAL, regno)
        elif arg.kind == "btf_id":
            if r.type == R.SCALAR_VALUE and r.var == (0, 0) and arg.nullable:
                continue
            # check_reg_type against btf_ptr_types: a maybe-NULL pointer only fits a nullable argument
            t = r.type & ~R.PTR_MAYBE_NULL if arg.nullable else r.type
            if t not in _BTF_PTR_TYPES:
                raise Reject(f"R{regno} type={R.type_str(r.type)} expected=ptr_, trusted_ptr_, rcu_ptr_", EACCES,
                             regno)
            from pybpf.verifier.calls import check_btf_struct_arg, check_func_arg_reg_off
            from pybpf.verifier.verifier import _kernel_struct_of
            flags = {"PTR_MAYBE_NULL"} if arg.nullable else set()
            check_btf_struct_arg(env, regno, r, *_kernel_struct_of(env, arg.btf_id), flags)
            check_func_arg_reg_off(r, regno, flags)
        elif arg.kind == "dynptr":  # ARG_PTR_TO_DYNPTR | MEM_RDONLY: any initialised dynptr
            from pybpf.verifier.calls import check_func_arg_reg_off
            from pybpf.verifier.dynptr import process_arg
            check_func_arg_reg_off(r, regno, set(), dynptr=True)
            process_arg(env, regno, {"MEM_RDONLY"})


_BTF_PTR_TYPES = frozenset({R.PTR_TO_BTF_ID, R.PTR_TO_BTF_ID | R.PTR_TRUSTED, R.PTR_TO_BTF_ID | R.MEM_RCU})


def _check_mem_reg(env: Env, regno: int, r: R.Reg, size: int) -> None:
    """check_mem_reg: the memory behind a (maybe-NULL) pointer argument can be read and written for ``size``."""
    from pybpf.verifier.calls import Meta, _check_mem_arg
    if r.type == R.SCALAR_VALUE and r.var == (0, 0):
        return
    saved = r.type
    base = r.type & R.BASE_MASK
    if r.type & R.PTR_MAYBE_NULL:
        r.type &= ~R.PTR_MAYBE_NULL
    try:
        if base == R.SCALAR_VALUE:
            raise Reject(f"R{regno} type={R.type_str(r.type)} expected=fp, pkt, pkt_meta, map_key, map_value, mem, "
                         "ringbuf_mem, buf, trusted_ptr_", EACCES, regno)
        # check_mem_reg checks a read, then a write (a read-only map value or a map key cannot be passed)
        _check_mem_arg(env, regno, r, size, True, Meta(0), False)
        _check_mem_arg(env, regno, r, size, True, Meta(0), True)
        if r.type & R.MEM_RDONLY:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno)
    finally:
        r.type = saved


def _check_reg_off(r: R.Reg, regno: int) -> None:
    """check_func_arg_reg_off for ARG_DONTCARE: fixed offsets are fine except on ctx / sockets / BTF pointers."""
    base = r.type & R.BASE_MASK
    if base in (R.PTR_TO_CTX, R.PTR_TO_SOCKET, R.PTR_TO_SOCK_COMMON, R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK,
                R.PTR_TO_BTF_ID):
        from pybpf.verifier.memory import check_ptr_off_reg
        check_ptr_off_reg(r, regno)


def btf_check_subprog_call(env: Env, sp: Subprog, regs: list[R.Reg]) -> Reject | None:
    """The argument check; a failure marks the function's BTF unreliable (only fatal for global functions)."""
    if env.func_info is None or not sp.btf_id:
        return Reject("", EINVAL)
    if sp.unreliable:
        return Reject("", EINVAL)
    try:
        check_func_arg_match(env, sp, regs)
    except Reject as rej:
        if rej.errno == EFAULT:
            raise
        sp.unreliable = True
        return rej
    return None


def clear_caller_saved(env: Env, regs: list[R.Reg]) -> None:
    for i in range(6):
        R.mark_not_init(regs[i])
        env.scratch_reg(i)


def check_func_call(env: Env, insn: Any, idx: int) -> int:
    """A pseudo call: a global function is assumed valid for any arguments matching its prototype (and queued
    for its own verification); a static one gets a new frame. Returns the next slot."""
    target = idx + insn.imm + 1
    sp = env.subprog_at(target)
    if sp is None or sp.start != target:
        raise Reject(f"verifier bug. No program starts at insn {target}", EFAULT)
    state = env.cur
    caller = state.cur
    err = btf_check_subprog_call(env, sp, caller.regs)
    if sp.is_global:
        if state.active_locks:
            raise Reject("global function calls are not allowed while holding a lock,\n"
                         "use static function instead", EINVAL)
        if state.active_preempt:
            raise Reject("global function calls are not allowed with preemption disabled,\n"
                         "use static function instead", EINVAL)
        if err is not None:
            if err.message:
                env.verbose(err.message + "\n")
            raise Reject(f"Caller passes invalid args into func#{sp.index} ('{sp.name}')", err.errno or EINVAL,
                         err.regno)
        env.verbose(f"Func#{sp.index} ('{sp.name}') is global and assumed valid.\n")
        if sp.changes_pkt_data:
            from pybpf.verifier.calls import clear_all_pkt_pointers
            clear_all_pkt_pointers(env)
        sp.called = True
        clear_caller_saved(env, caller.regs)
        R.mark_unknown(caller.regs[0])
        caller.regs[0].origin = idx
        return idx + 1
    callee = setup_func_entry(env, sp, idx, state)
    for i in range(1, 6):
        callee.regs[i].assign(caller.regs[i])
    clear_caller_saved(env, caller.regs)
    if env.opts.log_level:
        from pybpf.verifier.log import func_state_str
        env.log.line("caller:")
        env.log.line(func_state_str(caller))
        env.log.line("callee:")
        env.log.line(func_state_str(callee))
    return sp.start


def setup_func_entry(env: Env, sp: Subprog, callsite: int, state: Any) -> FuncState:
    if state.curframe + 1 >= MAX_CALL_FRAMES:
        raise Reject(f"the call stack of {state.curframe + 2} frames is too deep", E2BIG,
                     hint="bpf-to-bpf calls may nest at most 8 frames deep")
    frameno = state.curframe + 1
    callee = FuncState(frameno, callsite, sp.index)
    R.mark_ptr(callee.regs[10], R.PTR_TO_STACK)
    callee.regs[10].frameno = frameno
    state.frames.append(callee)
    return callee


def prepare_func_exit(env: Env, idx: int) -> int:
    """Return from a static function or a callback: r0 back to the caller (a callback's is range-checked
    instead), the frame popped. Returns the slot to continue at."""
    state = env.cur
    callee = state.cur
    r0 = callee.regs[0]
    if r0.type == R.PTR_TO_STACK:
        raise Reject("cannot return stack pointer to the caller", EINVAL, 0)
    caller = state.frames[-2]
    if callee.in_callback:
        if r0.type != R.SCALAR_VALUE:
            raise Reject("R0 not a scalar value", EACCES, 0)
        from pybpf.verifier.precision import mark_chain_precision
        mark_chain_precision(env, 0)
        lo, hi = callee.callback_ret or (0, 1)
        if not (lo <= r0.smin and r0.smax <= hi):
            raise Reject(_invalid_scalar(r0, lo, hi, "At callback return", "R0"), EINVAL, 0)
        nxt = callee.callsite
    else:
        caller.regs[0].assign(r0)
        nxt = callee.callsite + 1
    if env.opts.log_level:
        from pybpf.verifier.log import func_state_str
        env.log.line("returning from callee:")
        env.log.line(func_state_str(callee))
        env.log.line(f"to caller at {nxt}:")
        env.log.line(func_state_str(caller))
    state.frames.pop()
    if callee.in_callback:
        prev = env.find_prev_entry(state, nxt)
        if prev is not None:
            widen_imprecise_scalars(prev, state)
    return nxt


def _invalid_scalar(r: R.Reg, lo: int, hi: int, ctx: str, name: str) -> str:
    """verbose_invalid_scalar (6.12+ wording: smin/smax or 'unknown scalar value', then the range)."""
    from pybpf.verifier import bounds as B
    parts = ""
    if r.smin > B.S64_MIN:
        parts += f" smin={r.smin}"
    if r.smax < B.S64_MAX:
        parts += f" smax={r.smax}"
    if not parts:
        parts = " unknown scalar value"
    return f"{ctx} the register {name} has{parts} should have been in [{lo}, {hi}]"


def widen_imprecise_scalars(old: Any, cur: Any) -> None:
    """Loop bodies (callbacks, may_goto, iterators): imprecise scalars that changed become unknown, so that the
    next iteration's state can be pruned against this one."""
    from pybpf.verifier.prune import IdMap, _regs_exact
    idmap = IdMap()
    for fr in range(min(len(old.frames), len(cur.frames)) - 1, -1, -1):
        fo, fc = old.frames[fr], cur.frames[fr]
        for i in range(11):
            _widen(fo.regs[i], fc.regs[i], idmap, _regs_exact)
        n = min(len(fo.stack.spilled), len(fc.stack.spilled))
        for spi in range(n):
            if not fo.stack.is_spill(spi) or not fc.stack.is_spill(spi):
                continue
            a, b = fo.stack.spilled[spi], fc.stack.spilled[spi]
            if a is None or b is None:
                continue
            if a.type != R.SCALAR_VALUE or a.type != b.type or a.precise or b.precise or _regs_exact(a, b, idmap):
                continue
            R.mark_unknown(fc.stack.reg_mut(spi))


def _widen(a: R.Reg, b: R.Reg, idmap: Any, exact: Any) -> None:
    if a.type != R.SCALAR_VALUE or a.type != b.type or a.precise or b.precise or exact(a, b, idmap):
        return
    R.mark_unknown(b)


# -- callbacks -------------------------------------------------------------------------------------------------------
def _callback_subprog(env: Env, r: R.Reg) -> Subprog:
    sp = env.subprog_at(r.subprog)
    if sp is None or sp.start != r.subprog:
        raise Reject(f"verifier bug. No program starts at insn {r.subprog}", EFAULT)
    return sp


def push_callback_call(env: Env, insn: Any, idx: int, fid: int, func_reg: R.Reg) -> None:
    """Queue the callback's body as a path of its own (a new frame on a copy of the state, or a fresh state for
    async callbacks), and continue after the call in the caller."""
    from pybpf.verifier.verifier import push_async, push_stack
    sp = _callback_subprog(env, func_reg)
    state = env.cur
    caller = state.cur
    btf_check_subprog_call(env, sp, caller.regs)
    sp.is_cb = True
    if fid == 170:  # timer_set_callback: async
        sp.is_async_cb = True
        st = push_async(env, sp, idx)
        callee = st.frames[0]
        callee.async_entry_cnt = caller.async_entry_cnt + 1
        _set_timer_cb(caller, callee)
        return
    cb_state = push_stack(env, sp.start, idx)
    callee = setup_func_entry(env, sp, idx, cb_state)
    caller_copy = cb_state.frames[-2]
    if fid == 164:
        err = _set_map_elem_cb(env, caller_copy, callee)
    elif fid == 181:
        err = _set_loop_cb(caller_copy, callee)
    elif fid == 180:
        err = _set_find_vma_cb(caller_copy, callee)
    elif fid == 209:
        err = _set_user_ringbuf_cb(env, caller_copy, callee)
    else:
        err = None
    if err is not None:
        raise err
    cb_state.callback_unroll_depth += 1
    caller_copy.callback_depth += 1
    caller.callback_depth = 0


def _mark_map_ptr(r: R.Reg, t: int, m: Any, uid: int) -> None:
    R.mark_ptr(r, t)
    r.map = m
    r.map_uid = uid


def _set_map_elem_cb(env: Env, caller: FuncState, callee: FuncState) -> Reject | None:
    m = caller.regs[1].map
    # maps without map_for_each_callback: (per-CPU) arrays and hashes (LRU too) have it
    if m is None or m.type not in (1, 2, 5, 6, 9, 10):
        return Reject("callback function not allowed for map", ENOTSUPP)
    callee.regs[1].assign(caller.regs[1])
    _mark_map_ptr(callee.regs[2], R.PTR_TO_MAP_KEY, m, caller.regs[1].map_uid)
    _mark_map_ptr(callee.regs[3], R.PTR_TO_MAP_VALUE, m, caller.regs[1].map_uid)
    callee.regs[4].assign(caller.regs[3])
    R.mark_not_init(callee.regs[5])
    callee.in_callback = True
    callee.callback_ret = (0, 1)
    return None


def _set_loop_cb(caller: FuncState, callee: FuncState) -> None:
    R.mark_unknown(callee.regs[1])
    callee.regs[2].assign(caller.regs[3])
    for i in (3, 4, 5):
        R.mark_not_init(callee.regs[i])
    callee.in_callback = True
    callee.callback_ret = (0, 1)


def _set_find_vma_cb(caller: FuncState, callee: FuncState) -> None:
    callee.regs[1].assign(caller.regs[1])
    R.mark_ptr(callee.regs[2], R.PTR_TO_BTF_ID)
    from pybpf.verifier.calls import vmlinux_struct
    callee.regs[2].btf, callee.regs[2].btf_id = vmlinux_struct("vm_area_struct")
    callee.regs[3].assign(caller.regs[4])
    for i in (4, 5):
        R.mark_not_init(callee.regs[i])
    callee.in_callback = True
    callee.callback_ret = (0, 1)


def _set_user_ringbuf_cb(env: Env, caller: FuncState, callee: FuncState) -> None:
    from pybpf.verifier.dynptr import mark_cb_reg
    R.mark_not_init(callee.regs[0])
    mark_cb_reg(env, callee.regs[1], "local")
    callee.regs[2].assign(caller.regs[3])
    for i in (3, 4, 5):
        R.mark_not_init(callee.regs[i])
    callee.in_callback = True
    callee.callback_ret = (0, 1)


def _set_timer_cb(caller: FuncState, callee: FuncState) -> None:
    m = caller.regs[1].map
    uid = caller.regs[1].map_uid
    _mark_map_ptr(callee.regs[1], R.CONST_PTR_TO_MAP, m, uid)
    _mark_map_ptr(callee.regs[2], R.PTR_TO_MAP_KEY, m, uid)
    _mark_map_ptr(callee.regs[3], R.PTR_TO_MAP_VALUE, m, uid)
    for i in (4, 5):
        R.mark_not_init(callee.regs[i])
    callee.in_async_callback = True
    callee.callback_ret = (0, 0)


def check_pseudo_func(env: Env, sp: Subprog | None) -> None:
    """LD_IMM64 of a function address (callbacks): the program needs func_info and the callee must be static."""
    if env.func_info is None:
        raise Reject("missing btf func_info", EINVAL)
    if sp is None:
        raise Reject("verifier bug. No program starts there", EFAULT)
    if sp.is_global:
        raise Reject("callback function not static", EINVAL)
    if sp.index == 0:
        raise Reject("callback function cannot be the main program", EINVAL)


# -- stack depth -----------------------------------------------------------------------------------------------------
def _round_depth(d: int) -> int:
    """round_up_stack_depth with the JIT on (Linux's default on x86-64 and arm64): 16-byte granularity."""
    return (d + 15) // 16 * 16


def check_max_stack_depth(env: Env) -> None:
    """The deepest chain of calls (callbacks count as calls, async callbacks start a chain of their own) must fit in
    512 bytes of stack, each frame rounded up to 32; a tail call needs less than 256 bytes of caller frames."""
    subs = env.subprogs
    for sp in subs:
        sp.stack_depth = env.stack_depth.get(sp.index, 0)
    order = [i for i in range(len(subs)) if i == 0 or subs[i].is_async_cb]
    exc_cb = _exception_cb(env)
    for root in reversed(order):
        env.insn_idx = subs[root].start
        _walk(env, root, exc_cb)


def _exception_cb(env: Env) -> int:
    """The index of the subprog the main program names with ``__exception_cb(name)`` (a BTF decl tag
    ``exception_callback:name`` on it), or -1."""
    from pybpf.btf.types import Kind
    main = env.subprogs[0]
    btf = env.btf
    if btf is None or not main.btf_id:
        return -1
    for _tid, t in btf.types():
        if t.kind == Kind.DECL_TAG and t.type == main.btf_id and t.component_idx == -1 and \
                t.name.startswith("exception_callback:"):
            name = t.name.split(":", 1)[1]
            return next((sp.index for sp in env.subprogs if sp.name == name), -1)
    return -1


def _walk(env: Env, root: int, exc_cb: int = -1) -> None:
    subs = env.subprogs
    frames: list[tuple[int, int]] = []  # (subprog, next call position)
    depth = 0
    idx = root
    pos = 0

    def enter(i: int) -> None:
        nonlocal depth
        sp = subs[i]
        if sp.has_ld_abs:
            in_cb = sp.is_cb or any(subs[j].is_cb for j, _ in frames)
            if in_cb:
                raise Reject("cannot use BPF_LD_[ABS|IND] within callback", EINVAL)
        if i and sp.has_tail_call and depth >= 256:
            raise Reject(f"tail_calls are not allowed when call stack of previous frames is {depth} bytes. "
                         "Too large", EACCES, hint="bpf-to-bpf callers of a tail-calling function must use less "
                         "than 256 bytes of stack")
        depth += _round_depth(sp.stack_depth)
        if depth > MAX_STACK:
            raise Reject(f"combined stack size of {len(frames) + 1} calls is {depth}. Too large", EACCES,
                         hint="the stack of a function and of all its callers together is limited to 512 bytes")

    enter(idx)
    while True:
        sp = subs[idx]
        moved = False
        while pos < len(sp.calls):
            slot = sp.calls[pos]
            pos += 1
            insn = env.prog.at[slot]
            target = slot + (insn.imm if insn.opcode == CALL else _s32(insn.imm)) + 1
            callee = env.subprog_at(target)
            if callee is None:
                continue
            if callee.index == exc_cb and insn.opcode == CALL:  # only bpf_throw reaches the exception callback
                env.insn_idx = slot
                raise Reject(f"insn {slot} cannot call exception cb directly", EINVAL)
            if callee.is_async_cb and insn.opcode != CALL:
                continue
            frames.append((idx, pos))
            env.insn_idx = slot  # a rejection names the call that made the chain too deep
            if len(frames) >= MAX_CALL_FRAMES:
                raise Reject(f"the call stack of {len(frames)} frames is too deep !", E2BIG)
            idx, pos = callee.index, 0
            enter(idx)
            moved = True
            break
        if moved:
            continue
        if not frames:
            return
        depth -= _round_depth(subs[idx].stack_depth)
        idx, pos = frames.pop()


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v

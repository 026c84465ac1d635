"""The verifier's main loop (Linux's do_check) and public API.

``verify(program, prog_type, ...)`` walks every path of the program from slot 0, instruction by instruction, on
abstract register and stack states; branches it cannot decide are pushed and explored later (depth first), states
already covered by an explored state are pruned, and the first unsafe instruction rejects the program with the
kernel's message. The result carries the verdict, the Linux-format log, pybpf's explanation and statistics.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pybpf.isa.disasm import disasm
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import CALL, GOTOL, JA, MAY_GOTO, Class, JmpOp, Mode, PseudoSrc, Size
from pybpf.uapi import ProgType
from pybpf.verifier import bounds as B
from pybpf.verifier import cfg as C
from pybpf.verifier import regs as R
from pybpf.verifier.alu import check_alu, check_reg_dst, check_reg_src
from pybpf.verifier.branches import check_cond_jmp
from pybpf.verifier.calls import check_helper_call
from pybpf.verifier.env import E2BIG, EACCES, EINVAL, EPERM, Env, Options, Reject
from pybpf.verifier.fastcall import mark_patterns as mark_fastcall_patterns
from pybpf.verifier.fastcall import shrink_stack_depths as shrink_fastcall_stack
from pybpf.verifier.kptr import kptr_fields
from pybpf.verifier.log import VerifierLog, func_state_str, stats_line
from pybpf.verifier.memory import check_atomic, check_ld_abs, check_load, check_store, check_store_imm
from pybpf.verifier.precision import (
    HIST_CHECKPOINT,
    mark_all_scalars_imprecise,
    mark_all_scalars_precise,
    mark_chain_precision,
    propagate_precision,
    propagate_precision_to,
    push_hist,
)
from pybpf.verifier.prune import (
    EXACT,
    NOT_EXACT,
    RANGE_WITHIN,
    iter_active_depths_differ,
    loop_signature,
    states_equal,
)
from pybpf.verifier.regs import MapInfo
from pybpf.verifier.state import FuncState, VerifierState
from pybpf.verifier.subprogs import (
    _invalid_scalar,
    check_func_call,
    check_max_stack_depth,
    check_pseudo_func,
    prepare_func_args,
    prepare_func_exit,
)
from pybpf.verifier.subprogs import build as build_subprogs

COMPLEXITY_LIMIT_INSNS = 1_000_000
COMPLEXITY_LIMIT_JMP_SEQ = 8192
COMPLEXITY_LIMIT_STATES = 64


@dataclass
class VerifierResult:
    """What :func:`verify` decides. ``insn`` is the slot of the rejected instruction (None when accepted or when
    the rejection is not tied to one instruction)."""

    verdict: str  # "accept" | "reject"
    error: str = ""
    insn: int | None = None
    log: str = ""
    explanation: str = ""
    processed_insns: int = 0
    total_states: int = 0
    peak_states: int = 0
    max_states_per_insn: int = 0
    time_ns: int = 0
    errno: int = 0
    stack_depth: dict[int, int] = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        return self.verdict == "accept"

    def to_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "error": self.error, "insn": self.insn,
                "processed_insns": self.processed_insns, "total_states": self.total_states,
                "peak_states": self.peak_states, "time_ns": self.time_ns}


class _Pending:
    __slots__ = ("insn", "prev", "state")

    def __init__(self, state: VerifierState, insn: int, prev: int) -> None:
        self.state = state
        self.insn = insn
        self.prev = prev


class _Checkpoint:
    __slots__ = ("hit", "miss", "sig", "state")

    def __init__(self, state: VerifierState) -> None:
        self.state = state
        self.hit = 0
        self.miss = 0
        self.sig = loop_signature(state)  # registers never change once checkpointed (precision marks aside)


def push_stack(env: Env, insn_idx: int, prev_idx: int) -> VerifierState:
    """Queue a copy of the current state to continue at ``insn_idx`` later; returns the copy (to refine it)."""
    st = env.cur.copy()
    pend: list[_Pending] = env._pending  # type: ignore[attr-defined]
    pend.append(_Pending(st, insn_idx, prev_idx))
    if len(pend) > COMPLEXITY_LIMIT_JMP_SEQ:
        raise Reject(f"The sequence of {len(pend)} jumps is too complex.", E2BIG)
    if st.parent is not None:
        st.parent.branches += 1
    return st


def push_async(env: Env, sp: Any, callsite: int) -> VerifierState:
    """An async callback (timer) starts a path of its own, on a fresh stack (push_async_cb)."""
    st = VerifierState()
    f = FuncState(0, -1, sp.index)
    st.frames.append(f)
    R.mark_ptr(f.regs[10], R.PTR_TO_STACK)
    st.branches = 1
    st.first_insn_idx = sp.start
    st.insn_idx = sp.start
    pend: list[_Pending] = env._pending  # type: ignore[attr-defined]
    pend.append(_Pending(st, sp.start, callsite))
    if len(pend) > COMPLEXITY_LIMIT_JMP_SEQ:
        raise Reject(f"The sequence of {len(pend)} jumps is too complex.", E2BIG)
    return st


def _mark_precise(env: Env, regno: int) -> None:
    mark_chain_precision(env, regno)


class SccVisit:
    """A loop (strongly connected component, in one call chain) being explored: the state that entered it and the
    states pruned inside it against states whose precision marks were not final yet (backedges)."""

    __slots__ = ("backedges", "entry")

    def __init__(self, entry: VerifierState) -> None:
        self.entry = entry
        self.backedges: list[tuple[VerifierState, VerifierState]] = []


def _callchain(env: Env, st: VerifierState) -> tuple | None:
    """compute_scc_callchain: the call sites down to the outermost frame that is inside a loop, and that loop."""
    sites = []
    n = len(st.frames)
    for i in range(n):
        idx = st.insn_idx if i == n - 1 else st.frames[i + 1].callsite
        scc = env.scc[idx] if 0 <= idx < len(env.scc) else 0
        if scc:
            return (tuple(sites), scc)
        if i < n - 1:
            sites.append(idx)
    return None


def _maybe_enter_scc(env: Env, st: VerifierState) -> None:
    cc = _callchain(env, st)
    if cc is not None and cc not in env.scc_visits:
        env.scc_visits[cc] = SccVisit(st)


def _maybe_exit_scc(env: Env, st: VerifierState) -> None:
    cc = _callchain(env, st)
    if cc is None:
        return
    v = env.scc_visits.get(cc)
    if v is None or v.entry is not st:
        return
    del env.scc_visits[cc]
    if v.backedges:
        _propagate_backedges(env, v)


def _propagate_backedges(env: Env, v: SccVisit) -> None:
    for _ in range(64):
        changed = False
        for st, equal in v.backedges:
            changed |= propagate_precision_to(env, equal, st)
        if not changed:
            return
    for st, _equal in v.backedges:
        mark_all_scalars_precise(env, st)


def _incomplete_read_marks(env: Env, st: VerifierState) -> bool:
    cc = _callchain(env, st)
    if cc is None:
        return False
    v = env.scc_visits.get(cc)
    return v is not None and bool(v.backedges)


def _add_backedge(env: Env, old: VerifierState, cur: VerifierState) -> None:
    cc = _callchain(env, old)
    v = env.scc_visits.get(cc) if cc is not None else None
    if v is None:
        mark_all_scalars_precise(env, cur)
        return
    copy = cur.copy()
    copy.parent = cur.parent
    copy.insn_idx = cur.insn_idx
    v.backedges.append((copy, old))


def _update_branch_counts(env: Env, st: VerifierState | None) -> None:
    while st is not None:
        st.branches -= 1
        if st.branches:
            break
        _maybe_exit_scc(env, st)
        st = st.parent


# -- maps --------------------------------------------------------------------------------------------------------------
def map_info(spec: Any, index: int = 0, btf: Any = None) -> MapInfo:
    """A MapInfo from a :class:`pybpf.maps.spec.MapSpec` (or a MapInfo, returned as is); ``btf`` (the object's)
    locates bpf_spin_lock / bpf_timer / bpf_wq fields of the value type."""
    if isinstance(spec, MapInfo):
        return spec
    inner = map_info(spec.inner_map, 0, btf) if getattr(spec, "inner_map", None) is not None else None
    mtype = int(spec.type)
    frozen = bool(getattr(spec, "freeze", False)) or bool(spec.flags & 0x80)
    contents = None
    if frozen and mtype == 2 and spec.max_entries == 1 and spec.contents:
        val = spec.contents[0][1]
        if isinstance(val, bytes | bytearray):
            contents = bytes(val).ljust(spec.value_size, b"\0")
    elif frozen and mtype == 2 and spec.max_entries == 1:
        contents = bytes(spec.value_size)
    vt = getattr(spec, "value_type", None)
    fields = _special_fields(btf, vt) if btf is not None and isinstance(vt, int) and vt else {}
    spin = getattr(spec, "spin_lock_off", None)
    if spin is None:
        spin = fields.get("bpf_spin_lock")
    return MapInfo(name=spec.name[:15] if spec.name else "", type=mtype, key_size=spec.key_size,
                   value_size=spec.value_size, max_entries=spec.max_entries, flags=spec.flags, index=index,
                   inner=inner, spin_lock_off=spin, timer_off=fields.get("bpf_timer"),
                   wq_off=fields.get("bpf_wq"), frozen_rdonly=frozen, contents=contents,
                   has_btf=vt is not None,
                   kptrs=kptr_fields(btf, vt) if btf is not None and isinstance(vt, int) and vt else ())


def _special_fields(btf: Any, tid: int, base: int = 0, depth: int = 0) -> dict[str, int]:
    """Offsets of bpf_spin_lock / bpf_timer / bpf_wq in a value type (nested structs included)."""
    out: dict[str, int] = {}
    try:
        tid = btf.resolve(tid)
        t = btf.type(tid)
    except Exception:
        return out
    name = getattr(t, "name", "")
    if name in ("bpf_spin_lock", "bpf_timer", "bpf_wq"):
        out[name] = base
        return out
    if depth > 4:
        return out
    for m in getattr(t, "members", ()) or ():
        for k, v in _special_fields(btf, m.type, base + m.bit_offset // 8, depth + 1).items():
            out.setdefault(k, v)
    return out


# -- the walk ----------------------------------------------------------------------------------------------------------
def _init_state(env: Env, sp: Any) -> VerifierState:
    """The entry state of the main program, or of a global function (arguments from its BTF prototype)."""
    st = VerifierState()
    f = FuncState(0, -1, sp.index)
    st.frames.append(f)
    R.mark_ptr(f.regs[10], R.PTR_TO_STACK)
    f.regs[10].frameno = 0
    f.regs[10].origin = -1
    st.branches = 1
    st.first_insn_idx = sp.start
    st.insn_idx = sp.start
    if sp.index == 0:
        R.mark_ptr(f.regs[1], R.PTR_TO_CTX)
        f.regs[1].origin = -1
        return st
    env.verbose(f"Validating {sp.name}() func#{sp.index}...\n")
    args = prepare_func_args(env, sp)
    for i, arg in enumerate(args):
        r = f.regs[i + 1]
        if arg.kind == "ctx":
            R.mark_ptr(r, R.PTR_TO_CTX)
        elif arg.kind in ("scalar", "arena"):
            R.mark_unknown(r)
        elif arg.kind == "dynptr":  # __arg_dynptr: assumed a LOCAL dynptr
            from pybpf.verifier.dynptr import mark_cb_reg
            mark_cb_reg(env, r, "local")
        elif arg.kind == "mem":
            R.mark_ptr(r, R.PTR_TO_MEM | (R.PTR_MAYBE_NULL if arg.nullable else 0))
            r.mem_size = arg.mem_size
            r.id = env.new_id()
        elif arg.kind == "btf_id":
            R.mark_ptr(r, R.PTR_TO_BTF_ID | R.PTR_TRUSTED | (R.PTR_MAYBE_NULL if arg.nullable else 0))
            r.btf, r.btf_id = _kernel_struct_of(env, arg.btf_id)
            r.id = env.new_id()
        r.origin = -1
    return st


def _kernel_struct_of(env: Env, prog_btf_id: int) -> tuple[object, int]:
    """The vmlinux struct a global function's trusted argument names (by name, as btf_get_ptr_to_btf_id finds it)."""
    from pybpf.verifier.calls import vmlinux_struct
    try:
        name = env.btf.resolved(prog_btf_id).name
    except Exception:
        return None, 0
    if "___" in name:  # a CO-RE flavour (task_struct___local) names the kernel struct before the suffix
        name = name[:name.rindex("___")]
    return vmlinux_struct(name) if name else (None, 0)


def _print_state(env: Env, full: bool) -> str:
    st = env.cur
    f = st.cur
    text = func_state_str(f, None if full else env.scratched_regs, None if full else env.scratched_stack)
    if st.refs:
        text += st.refs_text()
    if not full:
        env.scratched_regs = 0
        env.scratched_stack = 0
    return text


def _insn_state(env: Env, next_idx: int | None = None) -> None:
    """print_insn_state: after an instruction line, `` ; R0=...``; otherwise a ``N: ...`` line (N: the next
    instruction's slot, ``next_idx``, when the checked instruction logged lines of its own)."""
    if not env.opts.log_level:
        return
    if env.scratched_regs == 0 and env.scratched_stack == 0:
        return
    text = _print_state(env, False)
    if env._insn_line_open:  # type: ignore[attr-defined]
        env.log.append_state(text)
        env._insn_line_open = False  # type: ignore[attr-defined]
    else:
        env.log.line(f"{env.insn_idx if next_idx is None else next_idx}:{text}")


def _missing_ksym(env: Env) -> bool:
    """Whether the LD_IMM64 at the current slot loads a __ksym (a variable, or a kfunc's address for
    bpf_ksym_exists) that vmlinux BTF does not have."""
    refs = env.references
    ref = refs.get(env.insn_idx) if refs is not None else None
    if ref is None or getattr(ref, "kind", None) != "ksym":
        return False
    from pybpf.btf.types import Kind
    from pybpf.verifier.kfuncs import vmlinux
    vml = vmlinux()
    return vml is not None and vml.find_id(ref.name, Kind.VAR) is None and vml.find_id(ref.name, Kind.FUNC) is None


def _check_ld_imm(env: Env, insn: Instruction) -> None:
    if insn.size != Size.DW:
        raise Reject("invalid BPF_LD_IMM insn", EINVAL)
    if insn.off:
        raise Reject("BPF_LD_IMM64 uses reserved fields", EINVAL)
    d = check_reg_dst(env, insn.dst)
    src = insn.src
    if src == PseudoSrc.IMM:
        R.mark_known(d, insn.imm, not env.bpf_capable)
        d.origin = env.insn_idx
        return
    if src == PseudoSrc.FUNC:
        target = env.insn_idx + B.s32(insn.imm) + 1
        sp = env.subprog_at(target)
        check_pseudo_func(env, sp if sp is not None and sp.start == target else None)
        R.mark_ptr(d, R.PTR_TO_FUNC)
        d.subprog = target
        d.origin = env.insn_idx
        return
    if src == PseudoSrc.BTF_ID:
        if _missing_ksym(env):
            # libbpf loads a weak __ksym the kernel lacks as the constant 0 (and fails to load a strong one), so
            # bpf_ksym_exists() branches on it are dead, as the kernel sees them
            R.mark_known(d, 0, not env.bpf_capable)
            d.origin = env.insn_idx
            return
        R.mark_ptr(d, R.PTR_TO_BTF_ID | R.PTR_TRUSTED)
        return
    idx = insn.imm & 0xFFFFFFFF
    m = env.maps.get(idx)
    refs = env.references
    if refs is not None and src in (PseudoSrc.MAP_FD, PseudoSrc.MAP_VALUE) and env.insn_idx not in refs:
        m = None  # no relocation names a map here: the raw fd in the instruction is what the kernel sees
    if m is None:
        raise Reject(f"fd {idx} is not pointing to valid bpf_map", EINVAL)
    if src in (PseudoSrc.MAP_VALUE, PseudoSrc.MAP_IDX_VALUE):
        off = (insn.imm >> 32) & 0xFFFFFFFF
        R.mark_ptr(d, R.PTR_TO_MAP_VALUE, off)
        d.map = m
        if m.type == 33:  # arena
            R.mark_unknown(d)
            d.type = R.PTR_TO_ARENA
    elif src in (PseudoSrc.MAP_FD, PseudoSrc.MAP_IDX):
        R.mark_ptr(d, R.CONST_PTR_TO_MAP)
        d.map = m
    else:
        raise Reject("unrecognized bpf_ld_imm64 insn", EINVAL)
    d.origin = env.insn_idx


def _check_return(env: Env) -> None:
    st = env.cur
    f0 = st.frames[0]
    r0 = st.cur.regs[0]
    pt = env.prog_type
    if pt in (ProgType.LSM, ProgType.STRUCT_OPS) and not f0.subprog and r0.type == R.NOT_INIT:
        return  # void hooks return nothing; the hook's prototype decides otherwise (not modelled: accept)
    if r0.type == R.NOT_INIT:
        raise Reject("R0 !read_ok", EACCES, 0, hint="set r0 (the return value) before exit on every path")
    if r0.type != R.SCALAR_VALUE and not env.allow_ptr_leaks:
        raise Reject("R0 leaks addr as return value", EACCES, 0)
    if f0.in_async_callback:
        ctx, rng = "At async callback return", (0, 0)
    elif f0.subprog:
        if r0.type != R.SCALAR_VALUE:
            raise Reject(f"At subprogram exit the register R0 is not a scalar value ({R.type_str(r0.type)})",
                         EINVAL, 0)
        return
    else:
        ctx = "At program exit"
        rng = env.variant.ret_range if env.variant is not None else None
        if pt in (ProgType.LSM, ProgType.STRUCT_OPS, ProgType.TRACING, ProgType.EXT):
            rng = None
    if rng is None:
        return
    if r0.type != R.SCALAR_VALUE:
        raise Reject(f"{ctx} the register R0 is not a known value ({R.type_str(r0.type)})", EACCES, 0)
    mark_chain_precision(env, 0)
    lo, hi = rng
    smin, smax = (r0.s32min, r0.s32max) if not f0.in_async_callback else (r0.smin, r0.smax)
    if smin < lo or smax > hi:
        raise Reject(_invalid_scalar(r0, lo, hi, ctx, "R0"), EINVAL, 0,
                     hint=f"the program must return a value in [{lo}, {hi}] for this program type")


def _is_state_visited(env: Env, insn_idx: int) -> bool:
    cur = env.cur
    cur.insn_idx = insn_idx
    force = bool(env.prog.force_checkpoint[insn_idx]) or len(cur.hist) > HIST_CHECKPOINT
    add_new = force or (env._jmps - env._prev_jmps >= 2 and env.insn_processed - env._prev_insns >= 8)  # type: ignore[attr-defined]
    lst = env.explored.setdefault(insn_idx, [])
    live = _live_masks(env, cur, insn_idx)
    allow_uninit = env.allow_uninit_stack
    is_may_goto = env.prog.at[insn_idx].opcode == MAY_GOTO
    calls_cb = insn_idx in env.callback_calls
    is_iter_next = insn_idx in env.iter_next_slots
    cur_sig = None
    i = 0
    n_states = 0
    while i < len(lst):
        cp: _Checkpoint = lst[i]
        n_states += 1
        old = cp.state
        hit = False
        loop = False
        if old.branches:
            fo = old.frames[-1]
            skip_inf = fo.in_async_callback and fo.async_entry_cnt != cur.cur.async_entry_cnt
            if not skip_inf and is_iter_next:
                if states_equal(old, cur, RANGE_WITHIN, allow_uninit, live) and _cur_iter_active(env, cur):
                    hit = loop = True
                skip_inf = True
            if not skip_inf and is_may_goto and old.may_goto_depth != cur.may_goto_depth and \
                    states_equal(old, cur, RANGE_WITHIN, allow_uninit, live):
                hit = loop = True
            elif not skip_inf and calls_cb:
                if states_equal(old, cur, RANGE_WITHIN, allow_uninit, live):
                    hit = loop = True
            elif not skip_inf and cp.sig == (cur_sig := cur_sig or loop_signature(cur)) and \
                    states_equal(old, cur, EXACT, allow_uninit, live) and \
                    old.may_goto_depth == cur.may_goto_depth and \
                    old.callback_unroll_depth == cur.callback_unroll_depth and \
                    not iter_active_depths_differ(old, cur):
                rej = Reject(f"infinite loop detected at insn {insn_idx}", EINVAL,
                             hint="this loop has no exit the verifier can prove: bound its counter")
                rej.trailer = ["cur state:" + func_state_str(cur.cur),
                               "old state:" + func_state_str(old.frames[cur.curframe])]
                raise rej
            if not hit and not force and env._jmps - env._prev_jmps < 20 and \
                    env.insn_processed - env._prev_insns < 100:  # type: ignore[attr-defined]
                add_new = False
        else:
            loop = _incomplete_read_marks(env, old)
            exact = RANGE_WITHIN if loop or env.opts.all_precise else NOT_EXACT
            hit = states_equal(old, cur, exact, allow_uninit, live)
        if hit:
            cp.hit += 1
            if env.prog.jmp_point[insn_idx]:
                push_hist(env)
            propagate_precision(env, old, live)
            if loop:
                _add_backedge(env, old, cur)
            return True
        if add_new:
            cp.miss += 1
        nlim = 64 if force and old.branches > 0 else 3
        if cp.miss > cp.hit * nlim + nlim:
            lst.pop(i)
            env.cur_states -= 1
            continue
        i += 1
    env.max_states_per_insn = max(env.max_states_per_insn, n_states)
    if not env.bpf_capable and n_states > COMPLEXITY_LIMIT_STATES:
        return False
    if not add_new:
        return False
    env.total_states += 1
    env.cur_states += 1
    env.peak_states = max(env.peak_states, env.cur_states)
    env._prev_jmps = env._jmps  # type: ignore[attr-defined]
    env._prev_insns = env.insn_processed  # type: ignore[attr-defined]
    if env.bpf_capable and not env.opts.all_precise:
        mark_all_scalars_imprecise(cur)
    new = cur.copy()
    new.insn_idx = insn_idx
    new.branches = 1
    new.parent = cur.parent
    cur.parent = new
    cur.first_insn_idx = insn_idx
    cur.hist = []
    cur.dfs_depth = new.dfs_depth + 1
    lst.append(_Checkpoint(new))
    _maybe_enter_scc(env, new)
    return False


def _cur_iter_active(env: Env, cur: VerifierState) -> bool:
    """At an iterator next() call: whether the iterator r1 points to is still active in the current state."""
    r1 = cur.cur.regs[1]
    if r1.type != R.PTR_TO_STACK or r1.var[1]:
        return False
    spi = (-(r1.off + B.s64(r1.var[0])) - 1) // 8
    stk = cur.frames[r1.frameno].stack
    reg = stk.spilled[spi] if 0 <= spi < len(stk.spilled) else None
    return reg is not None and reg.iter is not None and reg.iter.state == 1


def _live_masks(env: Env, st: VerifierState, insn_idx: int) -> list[int]:
    out = []
    lb = env.prog.live_before
    for i in range(len(st.frames)):
        if i == len(st.frames) - 1:
            out.append(lb[insn_idx] | (1 << 10))
        else:
            ret = st.frames[i + 1].callsite + 1
            out.append((lb[ret] if ret < len(lb) else 0x3FF) | 0x3C0 | (1 << 10))
    return out


def _successors(prog: C.Program):
    def succ(slot: int) -> list[int]:
        insn = prog.at[slot]
        if insn is None:
            return []
        cls = insn.opcode & 7
        nxt = slot + insn.width
        if cls not in (Class.JMP, Class.JMP32):
            return [nxt] if nxt < prog.len else []
        op = insn.op
        if op == JmpOp.EXIT:
            return []
        if op == JmpOp.CALL:
            return [nxt] if nxt < prog.len else []
        if insn.opcode in (JA, GOTOL):
            return [slot + (insn.imm if insn.opcode == GOTOL else insn.off) + 1]
        return [nxt, slot + insn.off + 1]
    return succ


def _do_check(env: Env, sp: Any) -> None:
    prog = env.prog
    at = prog.at
    n = prog.len
    env.explored = {}
    env.cur_states = 0
    env.scc_visits = {}
    env.cur = _init_state(env, sp)
    env._pending = []  # type: ignore[attr-defined]
    env._jmps = env._prev_jmps = env._prev_insns = 0  # type: ignore[attr-defined]
    env._insn_line_open = False  # type: ignore[attr-defined]
    level = env.opts.log_level
    do_print_state = False
    prev = -1
    idx = sp.start
    if level:
        env.scratched_regs = 0x7FF
        env.scratched_stack = (1 << 64) - 1
    while True:
        env.cur_hist_ent = None
        env.prev_insn_idx = prev
        if idx >= n or at[idx] is None:
            raise Reject(f"invalid insn idx {idx} insn_cnt {n}", EFAULT_)
        env.insn_idx = idx
        insn = at[idx]
        env.insn_processed += 1
        if env.insn_processed > env.insn_limit:
            raise Reject(f"BPF program is too large. Processed {env.insn_processed} insn", E2BIG,
                         hint="the verifier explored too many paths: simplify loops or split the program")
        env.cur.last_insn_idx = prev
        pruned = False
        if prog.prune[idx] and _is_state_visited(env, idx):
            pruned = True
            if level:
                if do_print_state:
                    env.log.line(f"\nfrom {prev} to {idx}: safe")
                else:
                    env.log.line(f"{idx}: safe")
        if not pruned:
            if prog.jmp_point[idx]:
                push_hist(env)
            if level >= 2 and do_print_state:
                env.log.line("")
                env.log.line(f"from {prev} to {idx}:" + _print_state(env, True))
                do_print_state = False
            if level:
                if env.scratched_regs or env.scratched_stack:
                    _insn_state(env)
                env.log.line(f"{idx}: ({insn.opcode & 0xFF:02x}) {disasm(insn, idx, 'kernel')}")
                env._insn_line_open = True  # type: ignore[attr-defined]
            prev = idx
            nxt = _step(env, insn, idx)
            if nxt is not None:
                if level >= 2 and (env.scratched_regs or env.scratched_stack):
                    _insn_state(env, nxt if nxt >= 0 else -nxt - 1)
                elif level:
                    env._insn_line_open = False  # type: ignore[attr-defined]
                if nxt < 0:  # returned from a function: print the whole state of the next instruction
                    nxt = -nxt - 1
                    do_print_state = True
                idx = nxt
                continue
        # path finished (exit or pruned): take the next pending branch
        _update_branch_counts(env, env.cur.parent)
        pend: list[_Pending] = env._pending  # type: ignore[attr-defined]
        if not pend:
            return
        p = pend.pop()
        env.cur = p.state
        prev, idx = p.prev, p.insn
        env.scratched_regs = 0x7FF
        env.scratched_stack = (1 << 64) - 1
        do_print_state = True
        env._insn_line_open = False  # type: ignore[attr-defined]


EFAULT_ = 14
_SYNC_CB = frozenset({164, 180, 181, 209})


def _step(env: Env, insn: Instruction, idx: int) -> int | None:
    """Check one instruction; the next slot of this path, None when the path ends (exit of the outermost frame),
    or ``-(slot + 1)`` after a return from a function."""
    cls = insn.opcode & 7
    if cls in (Class.ALU, Class.ALU64):
        check_alu(env, insn)
        return idx + 1
    if cls == Class.LDX:
        check_load(env, insn)
        return idx + 1
    if cls == Class.STX:
        if insn.mode == Mode.ATOMIC:
            check_atomic(env, insn)
        else:
            check_store(env, insn)
        return idx + 1
    if cls == Class.ST:
        check_store_imm(env, insn)
        return idx + 1
    if cls == Class.LD:
        if insn.mode in (Mode.ABS, Mode.IND):
            st = env.cur
            if any(f.in_callback for f in st.frames[1:]):
                raise Reject("cannot use BPF_LD_[ABS|IND] within callback", EINVAL)
            check_ld_abs(env, insn)
            if st.curframe:  # a failed load returns 0 from the function: a hidden exit to explore
                push_stack(env, idx + 1, idx)
                R.mark_known(st.cur.regs[0], 0)
                return -prepare_func_exit(env, idx) - 1
            return idx + 1
        if insn.mode == Mode.IMM:
            _check_ld_imm(env, insn)
            return idx + 2
        raise Reject("invalid BPF_LD mode", EINVAL)
    # jumps
    env._jmps += 1  # type: ignore[attr-defined]
    op = insn.op
    if op == JmpOp.CALL:
        if insn.source or (insn.src != 2 and insn.off) or insn.src not in (0, 1, 2) or insn.dst or \
                cls == Class.JMP32:
            raise Reject("BPF_CALL uses reserved fields", EINVAL)
        st = env.cur
        if st.active_locks and ((insn.src == 0 and insn.imm != 94) or insn.src == 2):
            raise Reject("function calls are not allowed while holding a lock", EINVAL)
        if insn.src == 1:
            return check_func_call(env, insn, idx)
        if insn.src == 2:
            from pybpf.verifier.kfuncs import check_kfunc_call
            nxt = check_kfunc_call(env, insn, idx)
            env.scratch_reg(0)
            return idx + 1 if nxt is None else nxt
        check_helper_call(env, insn)
        env.scratch_reg(0)
        return idx + 1
    if op == JmpOp.JA:
        if insn.source or insn.src or insn.dst or (cls == Class.JMP and insn.imm) or \
                (cls == Class.JMP32 and insn.off):
            raise Reject("BPF_JA uses reserved fields", EINVAL)
        return idx + (insn.off if cls == Class.JMP else insn.imm) + 1
    if op == JmpOp.EXIT:
        if insn.source or insn.imm or insn.src or insn.dst or cls == Class.JMP32:
            raise Reject("BPF_EXIT uses reserved fields", EINVAL)
        st = env.cur
        check_resource_leak(env, not st.curframe, "BPF_EXIT instruction in main prog")
        if st.curframe:
            return -prepare_func_exit(env, idx) - 1
        _check_return(env)
        return None
    return check_cond_jmp(env, insn, push_stack, _mark_precise)


def _check_encodings(env: Env, insns: list) -> None:
    """Instructions a non-strict loader kept although their fields are invalid: Linux refuses the program (a bad
    register as ``R15 is invalid``), pybpf too, with the decoder's reason otherwise."""
    from pybpf.errors import DecodeError
    from pybpf.isa.codec import validate
    slot = 0
    for insn in insns:
        try:
            validate(insn, slot)
        except DecodeError as e:
            env.insn_idx = slot
            reg = insn.src if e.field == "src" else insn.dst if e.field == "dst" else None
            if reg is not None and "does not exist" in e.reason:
                raise Reject(f"R{reg} is invalid", EINVAL, hint=f"slot {slot}: {e.reason}") from None
            if e.field == "opcode":
                raise Reject(f"unknown opcode {insn.opcode:02x}", EINVAL) from None
            raise Reject(f"pybpf: invalid instruction: {e.reason}", EINVAL) from None
        slot += insn.width


_TRACING_TYPES = frozenset({ProgType.KPROBE, ProgType.TRACEPOINT, ProgType.PERF_EVENT, ProgType.RAW_TRACEPOINT,
                            ProgType.RAW_TRACEPOINT_WRITABLE})
# hash, LRU hash, array, per-CPU hash / array / LRU hash, array / hash of maps, ring buffers, inode / sk / task /
# cgroup storage, queue, stack, arena
_SLEEPABLE_MAPS = frozenset({1, 9, 2, 5, 6, 10, 12, 13, 27, 31, 28, 24, 29, 32, 22, 23, 33})


def _check_map_compat(env: Env) -> None:
    """check_map_prog_compatibility, which Linux runs on every map an LD_IMM64 names before verifying (so for
    unreachable code too): special fields some program types cannot use yet, and the maps sleepable programs may
    use."""
    if not env.maps:
        return
    tracing = env.prog_type in _TRACING_TYPES
    sleepable = env.opts.sleepable or (env.variant is not None and env.variant.sleepable)
    refs = env.references
    for slot, insn in enumerate(env.prog.at):
        if insn is None or insn.opcode != 0x18 or insn.src not in (1, 2, 5, 6):
            continue
        if refs is not None and insn.src in (1, 2) and slot not in refs:
            continue
        m = env.maps.get(insn.imm & 0xFFFFFFFF)
        if m is None:
            continue
        env.insn_idx = slot
        if m.spin_lock_off is not None:
            if env.prog_type == ProgType.SOCKET_FILTER:
                raise Reject("socket filter progs cannot use bpf_spin_lock yet", EINVAL)
            if tracing:
                raise Reject("tracing progs cannot use bpf_spin_lock yet", EINVAL)
        if m.timer_off is not None and tracing:
            raise Reject("tracing progs cannot use bpf_timer yet", EINVAL)
        if m.wq_off is not None and tracing:
            raise Reject("tracing progs cannot use bpf_wq yet", EINVAL)
        if m.type == 26:
            raise Reject("struct_ops map cannot be used in prog", EINVAL)
        if sleepable and m.type not in _SLEEPABLE_MAPS:
            raise Reject("Sleepable programs can only use array, hash, ringbuf and local storage maps", EINVAL)
    env.insn_idx = 0


# -- public API --------------------------------------------------------------------------------------------------------
def verify(program: Any, prog_type: ProgType | int | str | None = None, *, maps: Any = None,
           btf: Any = None, privileged: bool = True, log_level: int = 0, attach: Any = None,
           license: str = "GPL", sleepable: bool = False, strict_alignment: bool = False,
           all_precise: bool = False, insn_limit: int = COMPLEXITY_LIMIT_INSNS,
           host_functions: Any = None, host: bool = True, attach_to: str = "") -> VerifierResult:
    """Verify ``program`` (a :class:`pybpf.elf.ProgramSpec` or a sequence of Instructions) as ``prog_type``.

    ``maps``: for raw instructions, a sequence or mapping index -> MapSpec/MapInfo naming what each LD_IMM64 map
    reference (src 1/2, ``imm`` = index) points to; for a ProgramSpec, a mapping name -> MapSpec (its collection's
    ``maps``). ``btf``: the object's BTF (global functions are checked against their prototypes from it, with the
    ProgramSpec's func_info). ``all_precise`` turns precision tracking off (every scalar compared exactly when
    pruning). ``insn_limit`` lowers the 1M processed-instruction limit (harnesses that cannot wait for Python to
    walk a million instructions; Linux's is fixed). ``host_functions``: names of pybpf host functions the program
    may call as kfuncs besides the registered ones (name -> HostSignature, or anything when the signature is not
    known: then any arguments are accepted and r0 is an unknown scalar). Never raises for a rejected program: the
    result says why. ``host``: also refuse what the running kernel refuses before verifying (programs that need
    a BPF trampoline, on kernels that cannot attach them: see pybpf.verifier.host). ``attach_to``: the attach
    target (``sched_wakeup`` for tp_btf, a function for fentry/fexit, a hook for LSM) of raw instructions; a
    ProgramSpec names it in its section.
    """
    from pybpf.errors import PybpfError
    from pybpf.progtypes import get as get_progtype
    t0 = time.perf_counter_ns()
    spec = None
    if hasattr(program, "instructions"):
        spec = program
        insns = list(spec.instructions)
        if prog_type is None:
            prog_type = spec.prog_type
        if attach is None:
            attach = spec.expected_attach_type
        license = spec.license or license
        if not sleepable and getattr(spec, "prog_flags", 0) & 16:  # BPF_F_SLEEPABLE
            sleepable = True
    else:
        insns = list(program)
    if prog_type is None:
        raise PybpfError("verify: the program type is required for raw instructions")
    if _is_unspec(prog_type):
        return _unspec_result(spec, log_level, t0)
    info = get_progtype(prog_type)
    variant = info.variant(attach)
    opts = Options(privileged=privileged, gpl=_gpl(license), sleepable=sleepable,
                   strict_alignment=strict_alignment, log_level=log_level, all_precise=all_precise)
    map_table = _map_table(spec, maps, btf)
    prog = C.Program.of(insns)
    log = VerifierLog(log_level)
    env = Env(prog=prog, prog_type=info.prog_type, variant=variant, opts=opts, maps=map_table, log=log, btf=btf)
    env.insn_limit = insn_limit
    env.attach = attach
    env.attach_to = attach_to or (getattr(spec, "attach_to", "") if spec is not None else "")
    env.host_functions = dict(host_functions or {})
    if spec is not None:
        env.references = getattr(spec, "references", None)
    result = VerifierResult("accept")
    try:
        if not insns:
            raise Reject("empty program", EINVAL)
        if host:
            from pybpf.verifier.host import needs_trampoline, trampoline_errno
            if needs_trampoline(info.prog_type, attach) and trampoline_errno():
                raise Reject("pybpf: host limitation: the running kernel refuses BPF trampoline programs (fentry/"
                             "fexit/fmod_ret/LSM/freplace) before verifying them: BPF_PROG_LOAD fails with EPERM",
                             trampoline_errno(),
                             hint="this kernel cannot load the program whatever its code; verify(..., host=False) "
                             "answers for a kernel that can")
        if info.prog_type == ProgType.STRUCT_OPS and not getattr(spec, "struct_ops_member", None):
            # check_struct_ops_btf_id: a struct_ops program is loaded against a member of the struct_ops map that
            # refers to it; without one (pybpf does not create struct_ops maps) Linux refuses it silently
            raise Reject("pybpf: a struct_ops program needs its struct_ops map member (attach_btf_id), which pybpf "
                         "does not model: BPF_PROG_LOAD fails with ENOTSUPP (524) without one", 524)
        _check_encodings(env, insns)
        _check_map_compat(env)
        if prog.len > C.MAX_INSNS:
            raise Reject(f"BPF program is too large. Processed {prog.len} insn", E2BIG)
        try:
            C.find_subprogs(prog)
            if not privileged and len(prog.subprog_starts) > 1:
                raise Reject("loading/calling other bpf or kernel functions are allowed for CAP_BPF and "
                             "CAP_SYS_ADMIN", EPERM)
            C.check_subprogs(prog)
            env.callback_calls = {s for s, i in enumerate(prog.at) if i is not None and i.opcode == CALL and
                                  i.src == 0 and i.imm in _SYNC_CB}
            C.check_cfg(prog, privileged, env.callback_calls)
            for s, i in enumerate(prog.at):
                if i is not None and i.opcode == CALL and i.src == 0 and i.imm == 170:
                    prog.prune[s] = 1
                if i is not None and i.opcode == CALL and i.src == 2:
                    from pybpf.verifier.kfuncs import is_iter_next
                    if is_iter_next(env, s, i):  # iterator loops converge at next(): always checkpoint there
                        env.iter_next_slots.add(s)
                        prog.prune[s] = prog.force_checkpoint[s] = 1
        except C.CfgError as e:
            env.insn_idx = e.slot if e.slot is not None else -1
            raise Reject(e.message, EINVAL) from None
        env.subprogs = build_subprogs(env, spec, btf)
        env.fastcall = mark_fastcall_patterns(env)
        env.scc = C.compute_scc(prog, _successors(prog), env.callback_calls)
        C.compute_live_registers(prog, _successors(prog))
        if log_level >= 2:
            _log_live_regs(env)
        main = env.subprogs[0]
        _do_check(env, main)
        _do_check_globals(env)
        shrink_fastcall_stack(env)
        check_max_stack_depth(env)
    except Reject as rej:
        if log_level:
            if rej.message:
                env.log.write(rej.message + "\n")
            for line in getattr(rej, "trailer", ()):
                env.log.line(line)
        result.verdict = "reject"
        result.error = rej.message
        result.errno = rej.errno
        result.insn = env.insn_idx if env.insn_idx >= 0 else None
        from pybpf.verifier.explain import explain
        result.explanation = explain(env, rej, spec)
    result.processed_insns = env.insn_processed
    result.total_states = env.total_states
    result.peak_states = env.peak_states
    result.max_states_per_insn = env.max_states_per_insn
    result.stack_depth = dict(env.stack_depth)
    if log_level:
        env.log.line(stats_line(env.insn_processed, env.max_states_per_insn, env.total_states,
                                env.peak_states))
    result.log = env.log.text()
    result.time_ns = time.perf_counter_ns() - t0
    return result


def _is_unspec(prog_type: Any) -> bool:
    if isinstance(prog_type, str):
        return prog_type.upper() == "UNSPEC"
    try:
        return ProgType(prog_type) is ProgType.UNSPEC
    except ValueError:
        return False


def _unspec_result(spec: Any, log_level: int, t0: int) -> VerifierResult:
    """BPF_PROG_LOAD refuses program type 0 (BPF_PROG_TYPE_UNSPEC) with EINVAL before verifying, without a log
    line; pybpf says why (usually a section name libbpf does not know)."""
    sec = getattr(spec, "section", None)
    where = f"section '{sec}' names no program type libbpf knows" if sec else "no program type was given"
    msg = f"pybpf: program type UNSPEC: {where}; Linux refuses BPF_PROG_TYPE_UNSPEC (0) with EINVAL"
    res = VerifierResult("reject", error=msg, errno=EINVAL)
    res.explanation = (f"rejected before verifying: {msg}\n  hint: choose a program type (a known SEC() name, or "
                       "the prog_type argument)")
    res.log = msg + "\n" if log_level else ""
    res.time_ns = time.perf_counter_ns() - t0
    return res


def check_resource_leak(env: Env, check_lock: bool, prefix: str) -> None:
    """Locks held and references not released where the program (or a callback) ends."""
    st = env.cur
    if check_lock and st.active_locks:
        raise Reject(f"{prefix} cannot be used inside bpf_spin_lock-ed region", EINVAL,
                     hint="unlock the spin lock on every path")
    f = st.cur
    leaked = False
    if not st.curframe or f.in_callback:
        for r in st.refs:
            if st.curframe and r.cb_frame != f.frameno:
                continue
            env.verbose(f"Unreleased reference id={r.id} alloc_insn={r.insn}\n")
            leaked = True
    if leaked:
        raise Reject(f"{prefix} would lead to reference leak", EINVAL,
                     hint="release (submit/discard/put) every acquired object on every path before exit")
    if check_lock and st.active_rcu:
        raise Reject(f"{prefix} cannot be used inside bpf_rcu_read_lock-ed region", EINVAL)
    if check_lock and st.active_preempt:
        raise Reject(f"{prefix} cannot be used inside bpf_preempt_disable-ed region", EINVAL)


def _do_check_globals(env: Env) -> None:
    """do_check_subprogs: every global function reached from the main program (transitively) is verified on
    its own, for any arguments its prototype allows."""
    if env.func_info is None:
        return
    while True:
        new = 0
        for sp in env.subprogs[1:]:
            if not sp.is_global or not sp.called or sp.verified:
                continue
            env.insn_idx = sp.start
            _do_check(env, sp)
            env.verbose(f"Func#{sp.index} ('{sp.name}') is safe for any args that match its prototype\n")
            sp.verified = True
            new += 1
        if not new:
            return


def _log_live_regs(env: Env) -> None:
    prog = env.prog
    env.log.line("func#0 @0")
    env.log.line("Live regs before insn:")
    for slot, insn in enumerate(prog.at):
        if insn is None:
            continue
        live = prog.live_before[slot]
        marks = "".join(str(i) if live >> i & 1 else "." for i in range(10))
        env.log.line(f"{slot:>7}: {marks} ({insn.opcode & 0xFF:02x}) {disasm(insn, slot, 'kernel')}")


def collection_maps(spec: Any) -> Any:
    """A CollectionSpec's maps as a loader creates them for the verifier: the frozen ``.kconfig`` map holds the
    host's values (LINUX_KERNEL_VERSION, CONFIG_*), so branches on them are decided as Linux decides them."""
    import contextlib
    import dataclasses

    from pybpf.collection.backend import kconfig_bytes
    maps = dict(spec.maps)
    for name, m in maps.items():
        if name.endswith(".kconfig") and getattr(spec, "kconfig", None) and not m.contents:
            with contextlib.suppress(Exception):  # a value the host lacks: zeros, as before (the loader reports it)
                maps[name] = dataclasses.replace(m, contents=((0, kconfig_bytes(spec)),))
    return maps


def _gpl(license: str) -> bool:
    from pybpf.collection.backend import gpl_compatible
    return gpl_compatible(license)


def _map_table(spec: Any, maps: Any, btf: Any = None) -> dict[int, MapInfo]:
    out: dict[int, MapInfo] = {}
    if maps is None:
        return out
    if spec is not None and isinstance(maps, Mapping):
        names = list(maps)
        for i, name in enumerate(names):
            out[i] = map_info(maps[name], i, btf)
        return out
    if isinstance(maps, Mapping):
        for k, v in maps.items():
            out[int(k)] = map_info(v, int(k))
        return out
    if isinstance(maps, Sequence):
        for i, v in enumerate(maps):
            out[i] = map_info(v, i)
    return out


__all__ = ["VerifierResult", "map_info", "verify"]
_ = (check_reg_src,)


def check_program(spec: Any, program: Any, *, target_btf: Any = None, cache: dict | None = None,
                  privileged: bool = True, host_functions: Any = None) -> VerifierResult:
    """Verify one program of a CollectionSpec the way a loader does (CO-RE applied against ``target_btf``, the
    object's maps and BTF) and raise :class:`pybpf.errors.VerifierError` (with the log and pybpf's explanation)
    when it is rejected. Returns the result when it is accepted. Used by ``Collection(..., verify=True)`` for
    pybpf's own engines, so what the host kernel cannot attach (``host=``) does not matter here."""
    from pybpf.collection.backend import relocate
    from pybpf.errors import VerifierError
    prog = relocate(spec, program, target_btf, cache if cache is not None else {})
    res = verify(prog, maps=collection_maps(spec), btf=spec.btf, privileged=privileged, log_level=1,
                 host_functions=host_functions, host=False)
    if not res.accepted:
        raise VerifierError(res.error, program=program.name, insn=res.insn, log=res.log,
                            explanation=res.explanation)
    return res

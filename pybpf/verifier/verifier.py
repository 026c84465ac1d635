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
from pybpf.verifier.env import E2BIG, EACCES, EINVAL, Env, Options, Reject
from pybpf.verifier.log import VerifierLog, func_state_str, stats_line
from pybpf.verifier.memory import check_atomic, check_ld_abs, check_load, check_store, check_store_imm
from pybpf.verifier.prune import EXACT, NOT_EXACT, maybe_looping, states_equal
from pybpf.verifier.regs import MapInfo
from pybpf.verifier.state import FuncState, VerifierState

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
    __slots__ = ("hit", "miss", "state")

    def __init__(self, state: VerifierState) -> None:
        self.state = state
        self.hit = 0
        self.miss = 0


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


def _mark_precise(env: Env, regno: int) -> None:
    """Precision is implied for every scalar in this verifier (see prune.py)."""


def _update_branch_counts(st: VerifierState | None) -> None:
    while st is not None:
        st.branches -= 1
        if st.branches:
            break
        st = st.parent


# -- maps --------------------------------------------------------------------------------------------------------------
def map_info(spec: Any, index: int = 0) -> MapInfo:
    """A MapInfo from a :class:`pybpf.maps.spec.MapSpec` (or a MapInfo, returned as is)."""
    if isinstance(spec, MapInfo):
        return spec
    inner = map_info(spec.inner_map) if getattr(spec, "inner_map", None) is not None else None
    mtype = int(spec.type)
    frozen = bool(getattr(spec, "freeze", False)) or bool(spec.flags & 0x80)
    contents = None
    if frozen and mtype == 2 and spec.max_entries == 1 and spec.contents:
        val = spec.contents[0][1]
        if isinstance(val, bytes | bytearray):
            contents = bytes(val).ljust(spec.value_size, b"\0")
    elif frozen and mtype == 2 and spec.max_entries == 1:
        contents = bytes(spec.value_size)
    return MapInfo(name=spec.name[:15] if spec.name else "", type=mtype, key_size=spec.key_size,
                   value_size=spec.value_size, max_entries=spec.max_entries, flags=spec.flags, index=index,
                   inner=inner, spin_lock_off=getattr(spec, "spin_lock_off", None), frozen_rdonly=frozen,
                   contents=contents)


# -- the walk ----------------------------------------------------------------------------------------------------------
def _init_state(env: Env) -> VerifierState:
    st = VerifierState()
    f = FuncState(0, -1, 0)
    st.frames.append(f)
    R.mark_ptr(f.regs[1], R.PTR_TO_CTX)
    R.mark_ptr(f.regs[10], R.PTR_TO_STACK)
    f.regs[10].frameno = 0
    f.regs[1].origin = f.regs[10].origin = -1
    st.branches = 1
    return st


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


def _insn_state(env: Env) -> None:
    """print_insn_state: after an instruction line, `` ; R0=...``; otherwise a ``N: ...`` line."""
    if not env.opts.log_level:
        return
    if env.scratched_regs == 0 and env.scratched_stack == 0:
        return
    text = _print_state(env, False)
    if env._insn_line_open:  # type: ignore[attr-defined]
        env.log.append_state(text)
        env._insn_line_open = False  # type: ignore[attr-defined]
    else:
        env.log.line(f"{env.insn_idx}:{text}")


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
        R.mark_ptr(d, R.PTR_TO_FUNC)
        d.subprog = env.insn_idx + B.s32(insn.imm) + 1
        return
    if src == PseudoSrc.BTF_ID:
        R.mark_ptr(d, R.PTR_TO_BTF_ID | R.PTR_TRUSTED)
        return
    idx = insn.imm & 0xFFFFFFFF
    m = env.maps.get(idx)
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
    r0 = env.cur.cur.regs[0]
    if r0.type == R.NOT_INIT:
        raise Reject("R0 !read_ok", EACCES, 0, hint="set r0 (the return value) before exit on every path")
    rng = env.variant.ret_range if env.variant is not None else None
    if env.prog_type in (ProgType.LSM, ProgType.STRUCT_OPS, ProgType.TRACING, ProgType.EXT):
        rng = None
    if rng is None:
        if r0.type != R.SCALAR_VALUE and not env.allow_ptr_leaks:
            raise Reject("R0 leaks addr as return value", EACCES, 0)
        return
    if r0.type != R.SCALAR_VALUE:
        raise Reject(f"At program exit the register R0 is not a known value ({R.type_str(r0.type)})", EACCES, 0)
    lo, hi = rng
    smin, smax = r0.s32min, r0.s32max
    if smin < lo or smax > hi:
        parts = []
        if r0.smin > B.S64_MIN:
            parts.append(f" smin={r0.smin}")
        if r0.smax < B.S64_MAX:
            parts.append(f" smax={r0.smax}")
        desc = "".join(parts) or " unknown scalar value"
        raise Reject(f"At program exit the register R0 has{desc} should have been in [{lo}, {hi}]", EINVAL, 0,
                     hint=f"the program must return a value in [{lo}, {hi}] for this program type")


def _is_state_visited(env: Env, insn_idx: int) -> bool:
    cur = env.cur
    force = bool(env.prog.force_checkpoint[insn_idx])
    add_new = force or (env._jmps - env._prev_jmps >= 2 and env.insn_processed - env._prev_insns >= 8)  # type: ignore[attr-defined]
    lst = env.explored.setdefault(insn_idx, [])
    live = _live_masks(env, cur, insn_idx)
    allow_uninit = env.allow_uninit_stack
    i = 0
    n_states = 0
    while i < len(lst):
        cp: _Checkpoint = lst[i]
        n_states += 1
        old = cp.state
        if old.branches:
            if insn_idx in env._callback_calls:  # type: ignore[attr-defined]
                pass
            if env.prog.at[insn_idx].opcode == MAY_GOTO and old.may_goto_depth != cur.may_goto_depth and \
                    states_equal(old, cur, NOT_EXACT, allow_uninit, live):
                cp.hit += 1
                return True
            if maybe_looping(old, cur) and states_equal(old, cur, EXACT, allow_uninit, live) and \
                    old.may_goto_depth == cur.may_goto_depth:
                rej = Reject(f"infinite loop detected at insn {insn_idx}", EINVAL,
                             hint="this loop has no exit the verifier can prove: bound its counter")
                rej.trailer = ["cur state:" + func_state_str(cur.cur),
                               "old state:" + func_state_str(old.frames[cur.curframe])]
                raise rej
            if not force and env._jmps - env._prev_jmps < 20 and env.insn_processed - env._prev_insns < 100:  # type: ignore[attr-defined]
                add_new = False
            if add_new:
                cp.miss += 1
            i += 1
            continue
        if states_equal(old, cur, NOT_EXACT, allow_uninit, live):
            cp.hit += 1
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
    new = cur.copy()
    new.insn_idx = insn_idx
    new.branches = 1
    new.parent = cur.parent
    cur.parent = new
    cur.dfs_depth = new.dfs_depth + 1
    lst.append(_Checkpoint(new))
    return False


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


def _do_check(env: Env) -> None:
    prog = env.prog
    at = prog.at
    n = prog.len
    env.cur = _init_state(env)
    env._pending = []  # type: ignore[attr-defined]
    env._jmps = env._prev_jmps = env._prev_insns = 0  # type: ignore[attr-defined]
    env._insn_line_open = False  # type: ignore[attr-defined]
    level = env.opts.log_level
    do_print_state = False
    prev = -1
    idx = 0
    if level:
        env.scratched_regs = 0x7FF
        env.scratched_stack = (1 << 64) - 1
    while True:
        env.prev_insn_idx = prev
        if idx >= n or at[idx] is None:
            raise Reject(f"invalid insn idx {idx} insn_cnt {n}", EFAULT_)
        env.insn_idx = idx
        insn = at[idx]
        env.insn_processed += 1
        if env.insn_processed > COMPLEXITY_LIMIT_INSNS:
            raise Reject(f"BPF program is too large. Processed {env.insn_processed} insn", E2BIG,
                         hint="the verifier explored too many paths: simplify loops or split the program")
        pruned = False
        if prog.prune[idx] and _is_state_visited(env, idx):
            pruned = True
            if level:
                if do_print_state:
                    env.log.line(f"\nfrom {prev} to {idx}: safe")
                else:
                    env.log.line(f"{idx}: safe")
        if not pruned:
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
                    _insn_state(env)
                elif level:
                    env._insn_line_open = False  # type: ignore[attr-defined]
                idx = nxt
                continue
        # path finished (exit or pruned): take the next pending branch
        _update_branch_counts(env.cur.parent)
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


def _step(env: Env, insn: Instruction, idx: int) -> int | None:
    """Check one instruction; the next slot of this path, or None when the path ends (exit of the main program)."""
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
            check_ld_abs(env, insn)
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
        if insn.src == 1:
            raise Reject("pybpf: bpf-to-bpf calls are not modelled yet", EINVAL)
        if insn.src == 2:
            raise Reject("pybpf: kfunc calls are not modelled yet", EINVAL)
        check_helper_call(env, insn)
        env.scratch_reg(0)
        if insn.imm == 12:  # tail_call: a failed call falls through
            pass
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
        if st.active_locks and not st.curframe:
            raise Reject("bpf_spin_unlock is missing", EINVAL, hint="unlock the spin lock on every path")
        if st.refs:
            r = st.refs[0]
            raise Reject(f"Unreleased reference id={r.id} alloc_insn={r.insn}", EINVAL,
                         hint="release (submit/discard/put) every acquired object on every path before exit")
        _check_return(env)
        return None
    return check_cond_jmp(env, insn, push_stack, _mark_precise)


# -- public API --------------------------------------------------------------------------------------------------------
def verify(program: Any, prog_type: ProgType | int | str | None = None, *, maps: Any = None,
           btf: Any = None, privileged: bool = True, log_level: int = 0, attach: Any = None,
           license: str = "GPL", sleepable: bool = False, strict_alignment: bool = False) -> VerifierResult:
    """Verify ``program`` (a :class:`pybpf.elf.ProgramSpec` or a sequence of Instructions) as ``prog_type``.

    ``maps``: for raw instructions, a sequence or mapping index -> MapSpec/MapInfo naming what each LD_IMM64 map
    reference (src 1/2, ``imm`` = index) points to; for a ProgramSpec, a mapping name -> MapSpec (its collection's
    ``maps``). Never raises for a rejected program: the result says why.
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
    else:
        insns = list(program)
    if prog_type is None:
        raise PybpfError("verify: the program type is required for raw instructions")
    info = get_progtype(prog_type)
    variant = info.variant(attach)
    opts = Options(privileged=privileged, gpl=_gpl(license), sleepable=sleepable,
                   strict_alignment=strict_alignment, log_level=log_level)
    map_table = _map_table(spec, maps)
    prog = C.Program.of(insns)
    log = VerifierLog(log_level)
    env = Env(prog=prog, prog_type=info.prog_type, variant=variant, opts=opts, maps=map_table, log=log, btf=btf)
    result = VerifierResult("accept")
    try:
        if not insns:
            raise Reject("empty program", EINVAL)
        if prog.len > C.MAX_INSNS:
            raise Reject(f"BPF program is too large. Processed {prog.len} insn", E2BIG)
        try:
            C.find_subprogs(prog)
            C.check_subprogs(prog)
            C.check_cfg(prog, privileged)
        except C.CfgError as e:
            env.insn_idx = e.slot if e.slot is not None else -1
            raise Reject(e.message, EINVAL) from None
        C.compute_live_registers(prog, _successors(prog))
        if log_level >= 2:
            _log_live_regs(env)
        env._callback_calls = set()  # type: ignore[attr-defined]
        _do_check(env)
    except Reject as rej:
        if log_level:
            env.log.write(rej.message + "\n")
            for line in getattr(rej, "trailer", ()):
                env.log.line(line)
        result.verdict = "reject"
        result.error = rej.message
        result.errno = rej.errno
        result.insn = env.insn_idx if env.insn_idx >= 0 else None
        if rej.message.startswith(("BPF program is too large", "The sequence of")):
            result.insn = env.insn_idx
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


def _gpl(license: str) -> bool:
    from pybpf.collection.backend import gpl_compatible
    return gpl_compatible(license)


def _map_table(spec: Any, maps: Any) -> dict[int, MapInfo]:
    out: dict[int, MapInfo] = {}
    if maps is None:
        return out
    if spec is not None and isinstance(maps, Mapping):
        names = list(maps)
        for i, name in enumerate(names):
            out[i] = map_info(maps[name], i)
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
_ = (CALL, check_reg_src)

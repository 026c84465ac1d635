"""Conditional jumps (Linux's check_cond_jmp_op): deciding a branch from the operands' ranges (is_branch_taken),
refining both operands on both sides (regs_refine_cond_op + reg_bounds_sync), linked scalars (sync_linked_regs),
null checks by id, and packet ranges proven by comparisons with data_end (find_good_pkt_pointers)."""

from __future__ import annotations

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import MAY_GOTO, Class, JmpOp
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier import tnum
from pybpf.verifier.alu import check_reg_src, is_pointer_value
from pybpf.verifier.env import AT_PKT_END, BEYOND_PKT_END, BPF_MAX_VAR_OFF, EACCES, EINVAL, MAX_PACKET_OFF, Env, Reject
from pybpf.verifier.log import ADD_CONST
from pybpf.verifier.state import VerifierState
from pybpf.verifier.tnum import M32, M64

JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, JLT, JLE, JSLT, JSLE = (int(JmpOp.JEQ), int(JmpOp.JGT), int(JmpOp.JGE),
                                                             int(JmpOp.JSET), int(JmpOp.JNE), int(JmpOp.JSGT),
                                                             int(JmpOp.JSGE), int(JmpOp.JLT), int(JmpOp.JLE),
                                                             int(JmpOp.JSLT), int(JmpOp.JSLE))
JSET_REV = JSET | 0x08  # the negation of JSET (rev_opcode's BPF_JSET | BPF_X)
FLIP = {JEQ: JEQ, JNE: JNE, JSET: JSET, JGE: JLE, JGT: JLT, JLE: JGE, JLT: JGT, JSGE: JSLE, JSGT: JSLT, JSLE: JSGE,
        JSLT: JSGT}
REV = {JEQ: JNE, JNE: JEQ, JSET: JSET_REV, JSET_REV: JSET, JGE: JLT, JGT: JLE, JLE: JGT, JLT: JGE, JSGE: JSLT,
       JSGT: JSLE, JSLE: JSGT, JSLT: JSGE}

PATH_KEEP = 32  # branch decisions a state keeps for explanations (the last ones on its path)


def _is_const(r: R.Reg, j32: bool) -> bool:
    return r.type == R.SCALAR_VALUE and not (r.var[1] & M32 if j32 else r.var[1])


def _cval(r: R.Reg, j32: bool) -> int:
    return r.var[0] & M32 if j32 else r.var[0]


def reg_not_null(r: R.Reg) -> bool:
    t = r.type
    if t & R.PTR_MAYBE_NULL:
        return False
    if r.smin <= -BPF_MAX_VAR_OFF or r.smax >= BPF_MAX_VAR_OFF:
        return False
    base = t & R.BASE_MASK
    return base in (R.PTR_TO_SOCKET, R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK, R.PTR_TO_BUF, R.PTR_TO_MAP_VALUE,
                    R.PTR_TO_MAP_KEY, R.PTR_TO_SOCK_COMMON, R.PTR_TO_MEM, R.CONST_PTR_TO_MAP) or \
        (base == R.PTR_TO_BTF_ID and bool(t & (R.PTR_TRUSTED | R.MEM_ALLOC)) and not t & R.PTR_UNTRUSTED)


def scalar_branch_taken(r1: R.Reg, r2: R.Reg, op: int, j32: bool) -> int:
    if j32:
        t1, t2 = tnum.subreg(r1.var), tnum.subreg(r2.var)
        umin1, umax1, smin1, smax1 = r1.u32min, r1.u32max, r1.s32min, r1.s32max
        umin2, umax2, smin2, smax2 = r2.u32min, r2.u32max, r2.s32min, r2.s32max
    else:
        t1, t2 = r1.var, r2.var
        umin1, umax1, smin1, smax1 = r1.umin, r1.umax, r1.smin, r1.smax
        umin2, umax2, smin2, smax2 = r2.umin, r2.umax, r2.smin, r2.smax
    if op in (JEQ, JNE):
        eq = op == JEQ
        if t1[1] == 0 and t2[1] == 0:
            return int((t1[0] == t2[0]) == eq)
        if not tnum.overlap(t1, t2) or umin1 > umax2 or umax1 < umin2 or smin1 > smax2 or smax1 < smin2:
            return 0 if eq else 1
        if not j32 and (r1.u32min > r2.u32max or r1.u32max < r2.u32min or r1.s32min > r2.s32max or
                        r1.s32max < r2.s32min):
            return 0 if eq else 1
        return -1
    if op == JSET:
        if not _is_const(r2, j32):
            r1, r2 = r2, r1
            t1, t2 = t2, t1
        if not _is_const(r2, j32):
            return -1
        if (~t1[1] & t1[0]) & t2[0]:
            return 1
        if not ((t1[1] | t1[0]) & t2[0]):
            return 0
        return -1
    if op == JGT:
        return 1 if umin1 > umax2 else (0 if umax1 <= umin2 else -1)
    if op == JSGT:
        return 1 if smin1 > smax2 else (0 if smax1 <= smin2 else -1)
    if op == JLT:
        return 1 if umax1 < umin2 else (0 if umin1 >= umax2 else -1)
    if op == JSLT:
        return 1 if smax1 < smin2 else (0 if smin1 >= smax2 else -1)
    if op == JGE:
        return 1 if umin1 >= umax2 else (0 if umax1 < umin2 else -1)
    if op == JSGE:
        return 1 if smin1 >= smax2 else (0 if smax1 < smin2 else -1)
    if op == JLE:
        return 1 if umax1 <= umin2 else (0 if umin1 > umax2 else -1)
    if op == JSLE:
        return 1 if smax1 <= smin2 else (0 if smin1 > smax2 else -1)
    return -1


def _pkt_ptr_branch_taken(d: R.Reg, s: R.Reg, op: int) -> int:
    if s.type == R.PTR_TO_PACKET_END:
        pkt = d
    elif d.type == R.PTR_TO_PACKET_END:
        pkt = s
        op = FLIP[op]
    else:
        return -1
    if pkt.range >= 0:
        return -1
    if op in (JLE, JGT):
        if pkt.range == BEYOND_PKT_END:
            return int(op == JGT)
    elif op in (JLT, JGE) and pkt.range in (BEYOND_PKT_END, AT_PKT_END):
        return int(op == JGE)
    return -1


def _is_pkt_any(r: R.Reg) -> bool:
    return r.type in (R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_PACKET_END)


def branch_taken(r1: R.Reg, r2: R.Reg, op: int, j32: bool) -> int:
    if _is_pkt_any(r1) and _is_pkt_any(r2) and not j32:
        return _pkt_ptr_branch_taken(r1, r2, op)
    if r1.type != R.SCALAR_VALUE or r2.type != R.SCALAR_VALUE:
        if j32:
            return -1
        if not _is_const(r2, j32):
            op = FLIP[op]
            r1, r2 = r2, r1
        if not _is_const(r2, j32) or not reg_not_null(r1) or _cval(r2, j32) != 0:
            return -1
        return 0 if op == JEQ else (1 if op == JNE else -1)
    return scalar_branch_taken(r1, r2, op, j32)


def refine(r1: R.Reg, r2: R.Reg, op: int, j32: bool) -> None:
    """regs_refine_cond_op: narrow both operands assuming ``r1 op r2`` holds."""
    if op in (JGE, JGT, JSGE, JSGT):
        op = FLIP[op]
        r1, r2 = r2, r1
    if op == JEQ:
        if j32:
            r1.u32min = max(r1.u32min, r2.u32min)
            r1.u32max = min(r1.u32max, r2.u32max)
            r1.s32min = max(r1.s32min, r2.s32min)
            r1.s32max = min(r1.s32max, r2.s32max)
            r2.u32min, r2.u32max, r2.s32min, r2.s32max = r1.u32min, r1.u32max, r1.s32min, r1.s32max
            t = tnum.intersect(tnum.subreg(r1.var), tnum.subreg(r2.var))
            r1.var = tnum.with_subreg(r1.var, t)
            r2.var = tnum.with_subreg(r2.var, t)
        else:
            r1.umin = max(r1.umin, r2.umin)
            r1.umax = min(r1.umax, r2.umax)
            r1.smin = max(r1.smin, r2.smin)
            r1.smax = min(r1.smax, r2.smax)
            r2.umin, r2.umax, r2.smin, r2.smax = r1.umin, r1.umax, r1.smin, r1.smax
            r1.var = tnum.intersect(r1.var, r2.var)
            r2.var = r1.var
    elif op == JNE:
        if not _is_const(r2, j32):
            r1, r2 = r2, r1
        if not _is_const(r2, j32):
            return
        val = _cval(r2, j32)
        if j32:
            if r1.u32min == val:
                r1.u32min += 1
            if r1.u32max == val:
                r1.u32max -= 1
            if r1.s32min == B.s32(val):
                r1.s32min += 1
            if r1.s32max == B.s32(val):
                r1.s32max -= 1
        else:
            if r1.umin == val:
                r1.umin += 1
            if r1.umax == val:
                r1.umax -= 1
            if r1.smin == B.s64(val):
                r1.smin += 1
            if r1.smax == B.s64(val):
                r1.smax -= 1
    elif op == JSET:
        if not _is_const(r2, j32):
            r1, r2 = r2, r1
        if not _is_const(r2, j32):
            return
        val = _cval(r2, j32)
        if not val or val & (val - 1):
            return
        if j32:
            r1.var = tnum.with_subreg(r1.var, tnum.or_(tnum.subreg(r1.var), (val, 0)))
        else:
            r1.var = tnum.or_(r1.var, (val, 0))
    elif op == JSET_REV:
        if not _is_const(r2, j32):
            r1, r2 = r2, r1
        if not _is_const(r2, j32):
            return
        val = _cval(r2, j32)
        B.mark_unbounded(r1)
        if j32:
            r1.var = tnum.with_subreg(r1.var, tnum.and_(tnum.subreg(r1.var), (~val & M64, 0)))
        else:
            r1.var = tnum.and_(r1.var, (~val & M64, 0))
    elif op == JLE:
        if j32:
            r1.u32max = min(r1.u32max, r2.u32max)
            r2.u32min = max(r1.u32min, r2.u32min)
        else:
            r1.umax = min(r1.umax, r2.umax)
            r2.umin = max(r1.umin, r2.umin)
    elif op == JLT:
        if j32:
            r1.u32max = min(r1.u32max, (r2.u32max - 1) & M32)
            r2.u32min = max((r1.u32min + 1) & M32, r2.u32min)
        else:
            r1.umax = min(r1.umax, (r2.umax - 1) & M64)
            r2.umin = max((r1.umin + 1) & M64, r2.umin)
    elif op == JSLE:
        if j32:
            r1.s32max = min(r1.s32max, r2.s32max)
            r2.s32min = max(r1.s32min, r2.s32min)
        else:
            r1.smax = min(r1.smax, r2.smax)
            r2.smin = max(r1.smin, r2.smin)
    elif op == JSLT:
        if j32:
            r1.s32max = min(r1.s32max, B.s32(r2.s32max - 1))
            r2.s32min = max(B.s32(r1.s32min + 1), r2.s32min)
        else:
            r1.smax = min(r1.smax, B.s64(r2.smax - 1))
            r2.smin = max(B.s64(r1.smin + 1), r2.smin)


def _sanity(env: Env, r: R.Reg, ctx: str) -> None:
    msg = B.sanity_error(r)
    if msg:
        env.verbose(B.describe_violation(r, ctx, msg) + "\n")
        B.mark_unbounded(r)


def reg_set_min_max(env: Env, t1: R.Reg, t2: R.Reg, f1: R.Reg, f2: R.Reg, op: int, j32: bool) -> None:
    if f1.type != R.SCALAR_VALUE or f2.type != R.SCALAR_VALUE:
        return
    refine(f1, f2, REV[op], j32)
    B.sync(f1)
    B.sync(f2)
    refine(t1, t2, op, j32)
    B.sync(t1)
    B.sync(t2)
    for r, name in ((t1, "true_reg1"), (t2, "true_reg2"), (f1, "false_reg1"), (f2, "false_reg2")):
        _sanity(env, r, name)


def _linked(state: VerifierState, rid: int) -> list[R.Reg]:
    out = []
    rid &= ~ADD_CONST
    for _f, _kind, _i, r in state.all_regs():
        if r.type == R.SCALAR_VALUE and (r.id & ~ADD_CONST) == rid and rid:
            out.append(r)
    return out


def _collect_linked(state: VerifierState, rid: int, out: list) -> None:
    """collect_linked_regs: (frame, reg or slot, is_reg) of every scalar sharing the id, for precision tracking."""
    rid &= ~ADD_CONST
    for fr, f in enumerate(state.frames):
        for i, r in enumerate(f.regs):
            if r.type == R.SCALAR_VALUE and (r.id & ~ADD_CONST) == rid:
                e = (fr, i, True)
                if e not in out:
                    out.append(e)
        for spi, r in f.stack.regs():
            if r.type == R.SCALAR_VALUE and (r.id & ~ADD_CONST) == rid:
                e = (fr, spi, False)
                if e not in out:
                    out.append(e)


def sync_linked_regs(state: VerifierState, known: R.Reg) -> None:
    """Copy the refined range of ``known`` to every scalar with the same id (shifted by the constant delta)."""
    for r in _linked(state, known.id):
        if r is known:
            continue
        if (not r.id & ADD_CONST and not known.id & ADD_CONST) or r.off == known.off:
            r.assign(known)
        else:
            off, rid = r.off, r.id
            delta = B.s32(r.off) - B.s32(known.off)
            r.assign(known)
            r.off, r.id = off, rid
            fake = R.scalar(delta)
            B._add32(r, fake)
            B._add64(r, fake)
            r.var = tnum.add(r.var, fake.var)


def mark_ptr_not_null(r: R.Reg) -> None:
    base = r.type & R.BASE_MASK
    if base == R.PTR_TO_MAP_VALUE:
        m = r.map
        if m is not None and m.inner is not None:
            r.type = R.CONST_PTR_TO_MAP
            r.map = m.inner
            if m.inner.timer_off is not None or m.inner.wq_off is not None:
                r.map_uid = r.id
        elif m is not None and m.type == 17:  # XSKMAP
            r.type = R.PTR_TO_XDP_SOCK
        elif m is not None and m.type in (15, 18):  # SOCKMAP, SOCKHASH
            r.type = R.PTR_TO_SOCKET
        else:
            r.type = R.PTR_TO_MAP_VALUE
    else:
        r.type &= ~R.PTR_MAYBE_NULL


def mark_ptr_or_null_regs(env: Env, state: VerifierState, regno: int, is_null: bool) -> None:
    reg = state.cur.regs[regno]
    rid, ref = reg.id, reg.ref_obj_id
    if ref and ref == rid and is_null:
        state.refs = [x for x in state.refs if x.id != rid]
    for _f, _k, _i, r in state.all_regs():
        if r.type & R.PTR_MAYBE_NULL and r.id == rid and rid:
            if is_null:
                R.mark_known(r, 0)
                r.type = R.SCALAR_VALUE
            else:
                mark_ptr_not_null(r)
                if not (r.type == R.PTR_TO_MAP_VALUE and r.map is not None and r.map.spin_lock_off is not None):
                    r.id = 0


def find_good_pkt_pointers(state: VerifierState, d: R.Reg, t: int, right_open: bool) -> None:
    if d.off < 0 or (d.off == 0 and right_open):
        return
    if d.umax > MAX_PACKET_OFF or d.umax + d.off > MAX_PACKET_OFF:
        return
    new_range = d.off + (1 if right_open else 0)
    for _f, _k, _i, r in state.all_regs():
        if r.type == t and r.id == d.id:
            r.range = max(r.range, new_range)


def _mark_pkt_end(state: VerifierState, regno: int, range_open: bool) -> None:
    r = state.cur.regs[regno]
    if r.type != R.PTR_TO_PACKET:
        return
    r.range = BEYOND_PKT_END if range_open else AT_PKT_END


def _init_pkt(r: R.Reg, which: int) -> bool:
    return r.type == which and r.id == 0 and r.off == 0 and r.var == (0, 0)


def try_match_pkt_pointers(insn: Instruction, d: R.Reg, s: R.Reg, this: VerifierState, other: VerifierState) -> bool:
    if not insn.opcode & 8 or (insn.opcode & 7) == Class.JMP32:
        return False
    op = insn.op
    if op not in (JGT, JLT, JGE, JLE):
        return False
    left = (d.type == R.PTR_TO_PACKET and s.type == R.PTR_TO_PACKET_END) or \
        (d.type == R.PTR_TO_PACKET_META and _init_pkt(s, R.PTR_TO_PACKET))
    right = (d.type == R.PTR_TO_PACKET_END and s.type == R.PTR_TO_PACKET) or \
        (_init_pkt(d, R.PTR_TO_PACKET) and s.type == R.PTR_TO_PACKET_META)
    if not left and not right:
        return False
    # (branch that learns the range, right_open), (branch where the pointer is past the end, range_open)
    if op == JGT:
        plan = ((this, False), (other, True)) if left else ((other, True), (this, False))
    elif op == JLT:
        plan = ((other, True), (this, False)) if left else ((this, False), (other, True))
    elif op == JGE:
        plan = ((this, True), (other, False)) if left else ((other, False), (this, True))
    else:  # JLE
        plan = ((other, False), (this, True)) if left else ((this, True), (other, False))
    (good_st, open_), (end_st, end_open) = plan
    ptr = d if left else s
    regno = insn.dst if left else insn.src
    find_good_pkt_pointers(good_st, ptr, ptr.type, open_)
    _mark_pkt_end(end_st, regno, end_open)
    return True


def check_cond_jmp(env: Env, insn: Instruction, push_stack, mark_precise) -> int:
    """Returns the next slot of the current path (the other side, if any, is pushed)."""
    slot = env.insn_idx
    op = insn.op
    this = env.cur
    regs = this.cur.regs
    if op == JmpOp.JA or op > JmpOp.JCOND:
        raise Reject(f"invalid BPF_JMP/JMP32 opcode {op:x}", EINVAL)
    if op == JmpOp.JCOND:
        if insn.opcode != MAY_GOTO or insn.src or insn.dst or insn.imm or insn.off == 0:
            raise Reject(f"invalid may_goto off {insn.off} imm {insn.imm}", EINVAL)
        prev_st = env.find_prev_entry(this.parent, slot) if this.parent is not None else None
        queued = push_stack(env, slot + 1, slot)
        queued.may_goto_depth += 1
        if prev_st is not None:
            from pybpf.verifier.subprogs import widen_imprecise_scalars
            widen_imprecise_scalars(prev_st, queued)
        return slot + insn.off + 1
    d = check_reg_src(env, insn.dst)
    if insn.opcode & 8:
        if insn.imm:
            raise Reject("BPF_JMP/JMP32 uses reserved fields", EINVAL)
        s = check_reg_src(env, insn.src)
        if not (_is_pkt_any(d) and _is_pkt_any(s)) and is_pointer_value(env, s):
            raise Reject(f"R{insn.src} pointer comparison prohibited", EACCES, insn.src)
    else:
        if insn.src:
            raise Reject("BPF_JMP/JMP32 uses reserved fields", EINVAL)
        s = R.scalar(insn.imm)
    from pybpf.verifier.precision import F_DST_REG_STACK, F_SRC_REG_STACK, push_hist
    hflags = 0
    if insn.opcode & 8 and s.type == R.PTR_TO_STACK:
        hflags |= F_SRC_REG_STACK
    if d.type == R.PTR_TO_STACK:
        hflags |= F_DST_REG_STACK
    if hflags:
        push_hist(env, hflags)
    j32 = (insn.opcode & 7) == Class.JMP32
    pred = branch_taken(d, s, op, j32)
    target = slot + insn.off + 1
    if pred >= 0:
        if d.type == R.SCALAR_VALUE:
            mark_precise(env, insn.dst)
        if insn.opcode & 8 and s.type == R.SCALAR_VALUE:
            mark_precise(env, insn.src)
        this.path.append((slot, target if pred else slot + 1, bool(pred)))
        if len(this.path) > PATH_KEEP * 2:  # explanations show the last few decisions: keep copies cheap
            del this.path[:-PATH_KEEP]
        return target if pred == 1 else slot + 1
    linked = []
    if insn.opcode & 8 and s.type == R.SCALAR_VALUE and s.id:
        _collect_linked(this, s.id, linked)
    if d.type == R.SCALAR_VALUE and d.id:
        _collect_linked(this, d.id, linked)
    if len(linked) > 1:
        push_hist(env, 0, tuple(linked[:6]))
    other = push_stack(env, target, slot)
    other.path.append((slot, target, True))
    this.path.append((slot, slot + 1, False))
    if len(this.path) > PATH_KEEP * 2:
        del this.path[:-PATH_KEEP]
        del other.path[:-PATH_KEEP]
    oregs = other.cur.regs
    if insn.opcode & 8:
        reg_set_min_max(env, oregs[insn.dst], oregs[insn.src], d, s, op, j32)
    else:
        s2 = s.copy()
        reg_set_min_max(env, oregs[insn.dst], s, d, s2, op, j32)
    if insn.opcode & 8 and s.type == R.SCALAR_VALUE and s.id:
        sync_linked_regs(this, s)
        sync_linked_regs(other, oregs[insn.src])
    if d.type == R.SCALAR_VALUE and d.id:
        sync_linked_regs(this, d)
        sync_linked_regs(other, oregs[insn.dst])
    if not j32 and insn.opcode & 8 and d.type != R.SCALAR_VALUE and s.type != R.SCALAR_VALUE and \
            d.type & R.BASE_MASK != R.PTR_TO_BTF_ID and s.type & R.BASE_MASK != R.PTR_TO_BTF_ID:
        eq = oregs if op == JEQ else (regs if op == JNE else None)
        if eq is not None:
            if reg_not_null(d) and s.type & R.PTR_MAYBE_NULL:
                mark_ptr_not_null(eq[insn.src])
            if reg_not_null(s) and d.type & R.PTR_MAYBE_NULL:
                mark_ptr_not_null(eq[insn.dst])
    if not j32 and not insn.opcode & 8 and insn.imm == 0 and op in (JEQ, JNE) and d.type & R.PTR_MAYBE_NULL:
        mark_ptr_or_null_regs(env, this, insn.dst, op == JNE)
        mark_ptr_or_null_regs(env, other, insn.dst, op == JEQ)
    elif not try_match_pkt_pointers(insn, d, regs[insn.src], this, other) and is_pointer_value(env, d):
        raise Reject(f"R{insn.dst} pointer comparison prohibited", EACCES, insn.dst)
    return slot + 1

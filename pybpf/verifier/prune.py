"""State pruning (Linux's is_state_visited / states_equal / regsafe / stacksafe): a path reaching a prune point
in a state that an already-explored state at the same instruction subsumes is safe and stops there.

Three comparison levels, as in Linux: NOT_EXACT (imprecise scalars of the old state match anything, see
precision.py), RANGE_WITHIN (every scalar compared by range, used inside loops whose precision marks are not final)
and EXACT (infinite-loop detection). Registers dead at the instruction (static liveness) are ignored.
"""

from __future__ import annotations

from pybpf.verifier import regs as R
from pybpf.verifier import tnum
from pybpf.verifier.log import ADD_CONST
from pybpf.verifier.stack import (
    SLOT,
    STACK_DYNPTR,
    STACK_INVALID,
    STACK_IRQ_FLAG,
    STACK_ITER,
    STACK_MISC,
    STACK_SPILL,
    STACK_ZERO,
)
from pybpf.verifier.state import FuncState, VerifierState

NOT_EXACT, EXACT, RANGE_WITHIN = 0, 1, 2


class IdMap:
    """check_ids: a consistent one-to-one mapping between ids of the old and the current state."""

    __slots__ = ("fwd", "rev", "tmp")

    def __init__(self) -> None:
        self.fwd: dict[int, int] = {}
        self.rev: dict[int, int] = {}
        self.tmp = 0

    def check(self, old: int, cur: int) -> bool:
        if not old and not cur:
            return True
        if not old or not cur:
            return False
        f = self.fwd.get(old)
        if f is None:
            if cur in self.rev:
                return False
            self.fwd[old] = cur
            self.rev[cur] = old
            return True
        return f == cur

    def check_scalar(self, old: int, cur: int) -> bool:
        """check_scalar_ids: a scalar without id gets a fresh one, so it cannot alias an id used elsewhere."""
        if not old:
            self.tmp -= 1
            old = self.tmp
        if not cur:
            self.tmp -= 1
            cur = self.tmp
        return self.check(old, cur)


def _range_within(o: R.Reg, c: R.Reg) -> bool:
    return (o.umin <= c.umin and o.umax >= c.umax and o.smin <= c.smin and o.smax >= c.smax and
            o.u32min <= c.u32min and o.u32max >= c.u32max and o.s32min <= c.s32min and o.s32max >= c.s32max)


def _same_scalar(o: R.Reg, c: R.Reg) -> bool:
    return (o.var == c.var and o.smin == c.smin and o.smax == c.smax and o.umin == c.umin and o.umax == c.umax and
            o.s32min == c.s32min and o.s32max == c.s32max and o.u32min == c.u32min and o.u32max == c.u32max)


def _regs_exact(o: R.Reg, c: R.Reg, idmap: IdMap) -> bool:
    return (o.type == c.type and o.off == c.off and _same_scalar(o, c) and idmap.check(o.id, c.id) and
            idmap.check(o.ref_obj_id, c.ref_obj_id) and o.map is c.map and o.range == c.range and
            o.mem_size == c.mem_size and o.frameno == c.frameno and o.btf_id == c.btf_id and
            o.subprog == c.subprog and o.map_uid == c.map_uid and o.dynptr == c.dynptr)


def regsafe(o: R.Reg, c: R.Reg, idmap: IdMap, exact: int) -> bool:
    if exact == EXACT:
        return _regs_exact(o, c, idmap)
    if o.type == R.NOT_INIT:
        return exact == NOT_EXACT or c.type == R.NOT_INIT
    if o.type != c.type:
        return False
    base = o.type & R.BASE_MASK
    if o.type == R.SCALAR_VALUE:
        if not o.precise and exact == NOT_EXACT:
            return True
        if (o.id & ADD_CONST) != (c.id & ADD_CONST):
            return False
        if (o.id & ADD_CONST) and o.off != c.off:
            return False
        return _range_within(o, c) and tnum.contains(o.var, c.var) and idmap.check_scalar(o.id, c.id)
    if base in (R.PTR_TO_MAP_KEY, R.PTR_TO_MAP_VALUE, R.PTR_TO_MEM, R.PTR_TO_BUF, R.PTR_TO_TP_BUFFER):
        if o.off != c.off or o.map is not c.map or o.mem_size != c.mem_size or o.map_uid != c.map_uid or \
                o.btf_id != c.btf_id or o.frameno != c.frameno:
            return False
        return (_range_within(o, c) and tnum.contains(o.var, c.var) and idmap.check(o.id, c.id) and
                idmap.check(o.ref_obj_id, c.ref_obj_id))
    if base in (R.PTR_TO_PACKET, R.PTR_TO_PACKET_META):
        if o.range > c.range:
            return False
        if o.off != c.off:
            return False
        if not idmap.check(o.id, c.id):
            return False
        return _range_within(o, c) and tnum.contains(o.var, c.var)
    if base == R.PTR_TO_STACK:
        return _regs_exact(o, c, idmap) and o.frameno == c.frameno
    if base == R.PTR_TO_ARENA:
        return True
    return _regs_exact(o, c, idmap)


_UNBOUND = R.scalar()


def _scalar_for_stack(stk, spi: int, allow_uninit: bool) -> R.Reg | None:
    """scalar_reg_for_stack: a full 8-byte scalar spill, or an unknown scalar for a slot of only misc bytes."""
    base = spi * SLOT
    types = stk.types
    if types[base + SLOT - 1] == STACK_SPILL:
        r = stk.spilled[spi]
        if r is not None and r.type == R.SCALAR_VALUE and all(types[base + j] == STACK_SPILL for j in range(SLOT)):
            return r
        return None
    for j in range(SLOT):
        t = types[base + j]
        if t != STACK_MISC and not (allow_uninit and t == STACK_INVALID):
            return None
    return _UNBOUND


def stacksafe(o: FuncState, c: FuncState, idmap: IdMap, exact: int, allow_uninit: bool) -> bool:
    os, cs = o.stack, c.stack
    n_old = len(os.spilled)
    n_cur = len(cs.spilled)
    otypes, ctypes = os.types, cs.types
    for spi in range(n_old):
        base = spi * SLOT
        if exact != NOT_EXACT and (spi >= n_cur or otypes[base:base + SLOT] != ctypes[base:base + SLOT]):
            return False
        done = False
        for j in range(SLOT):
            ot = otypes[base + j]
            if ot == STACK_INVALID:
                continue
            if allow_uninit and ot == STACK_MISC:
                continue
            if spi >= n_cur:
                return False
            orr = _scalar_for_stack(os, spi, allow_uninit)
            crr = _scalar_for_stack(cs, spi, allow_uninit)
            if orr is not None and crr is not None:
                if not regsafe(orr, crr, idmap, exact):
                    return False
                done = True
                break
            ct = ctypes[base + j]
            if ot == STACK_MISC and ct == STACK_ZERO:
                continue
            if ot != ct:
                return False
            if j != SLOT - 1:
                continue
            if ot == STACK_SPILL:
                a, b = os.spilled[spi], cs.spilled[spi]
                if a is None or b is None:
                    if a is not b:
                        return False
                elif not regsafe(a, b, idmap, exact):
                    return False
            elif ot in (STACK_DYNPTR, STACK_ITER, STACK_IRQ_FLAG):
                a, b = os.spilled[spi], cs.spilled[spi]
                if a is None or b is None or not _regs_exact(a, b, idmap) or a.iter != b.iter:
                    return False
        if done:
            continue
    return True


def func_states_equal(o: FuncState, c: FuncState, idmap: IdMap, exact: int, allow_uninit: bool,
                      live: int) -> bool:
    if o.callsite != c.callsite:
        return False
    if o.callback_depth > c.callback_depth:  # fewer bpf_loop iterations left in cur: not covered by old
        return False
    for i in range(11):
        if exact != EXACT and not live >> i & 1 and i != 10:
            continue
        if not regsafe(o.regs[i], c.regs[i], idmap, exact):
            return False
    return stacksafe(o, c, idmap, exact, allow_uninit)


def states_equal(old: VerifierState, cur: VerifierState, exact: int, allow_uninit: bool, live_masks: list[int]) -> bool:
    if len(old.frames) != len(cur.frames):
        return False
    if old.speculative and not cur.speculative:
        return False
    if old.active_locks != cur.active_locks or old.active_rcu != cur.active_rcu or \
            old.active_preempt != cur.active_preempt:
        return False
    idmap = IdMap()
    if len(old.refs) != len(cur.refs):
        return False
    for a, b in zip(old.refs, cur.refs, strict=True):
        if a.kind != b.kind or not idmap.check(a.id, b.id):
            return False
    for i, (fo, fc) in enumerate(zip(old.frames, cur.frames, strict=True)):
        if not func_states_equal(fo, fc, idmap, exact, allow_uninit, live_masks[i]):
            return False
    return True


def loop_signature(st: VerifierState) -> tuple:
    """What states_maybe_looping compares: the current frame's registers (type, offsets, bounds, ids)."""
    return (len(st.frames), *(
        (r.type, r.off, r.var, r.smin, r.smax, r.umin, r.umax, r.s32min, r.s32max, r.u32min, r.u32max, r.id)
        for r in st.cur.regs))


def maybe_looping(old: VerifierState, cur: VerifierState) -> bool:
    return loop_signature(old) == loop_signature(cur)


def iter_active_depths_differ(old: VerifierState, cur: VerifierState) -> bool:
    """Two states at the same point of an iterator loop are different iterations when an active iterator's depth
    differs: not an infinite loop."""
    for fo, fc in zip(old.frames, cur.frames, strict=False):
        for spi in range(min(len(fo.stack.spilled), len(fc.stack.spilled))):
            a, b = fo.stack.spilled[spi], fc.stack.spilled[spi]
            if fo.stack.top(spi) == STACK_ITER and a is not None and b is not None and a.iter is not None and \
                    b.iter is not None and a.iter.state == 1 and a.iter.depth != b.iter.depth:
                return True
    return False

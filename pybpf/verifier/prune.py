"""State pruning (Linux's is_state_visited / states_equal / regsafe / stacksafe): a path reaching a prune point
in a state that an already-explored state at the same instruction subsumes is safe and stops there.

Scalars are compared by range inclusion. Linux marks most scalars "imprecise" and recovers precision by
backtracking; until that is modelled here every scalar counts as precise, which can only prune less (never accept
more). Registers dead at the instruction (static liveness) are ignored, as Linux does.
"""

from __future__ import annotations

from pybpf.verifier import regs as R
from pybpf.verifier import tnum
from pybpf.verifier.stack import SLOT, STACK_INVALID, STACK_MISC, STACK_SPILL, STACK_ZERO
from pybpf.verifier.state import FuncState, VerifierState

NOT_EXACT, EXACT, RANGE_WITHIN = 0, 1, 2


class IdMap:
    """check_ids: a consistent one-to-one mapping between ids of the old and the current state."""

    __slots__ = ("fwd", "rev")

    def __init__(self) -> None:
        self.fwd: dict[int, int] = {}
        self.rev: dict[int, int] = {}

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
        # an old scalar without id constrains nothing; a cur-only id is fine (old had no link)
        if not old:
            return True
        return self.check(old, cur)


def _range_within(o: R.Reg, c: R.Reg) -> bool:
    return (o.umin <= c.umin and o.umax >= c.umax and o.smin <= c.smin and o.smax >= c.smax and
            o.u32min <= c.u32min and o.u32max >= c.u32max and o.s32min <= c.s32min and o.s32max >= c.s32max)


def _same_scalar(o: R.Reg, c: R.Reg) -> bool:
    return (o.var == c.var and o.smin == c.smin and o.smax == c.smax and o.umin == c.umin and o.umax == c.umax and
            o.s32min == c.s32min and o.s32max == c.s32max and o.u32min == c.u32min and o.u32max == c.u32max)


def regsafe(o: R.Reg, c: R.Reg, idmap: IdMap, exact: int) -> bool:
    if o.type == R.NOT_INIT:
        if exact == EXACT:
            return c.type == R.NOT_INIT
        return True
    if c.type == R.NOT_INIT:
        return False
    if exact == EXACT:
        return (o.type == c.type and o.off == c.off and _same_scalar(o, c) and idmap.check(o.id, c.id) and
                o.ref_obj_id == c.ref_obj_id and o.map is c.map and o.range == c.range and
                o.mem_size == c.mem_size and o.frameno == c.frameno)
    if o.type != c.type:
        return False
    base = o.type & R.BASE_MASK
    if o.type == R.SCALAR_VALUE:
        if (o.id & ~(1 << 31)) and not idmap.check_scalar(o.id, c.id):
            return False
        if (o.id & (1 << 31)) and o.off != c.off:
            return False
        return _range_within(o, c) and tnum.contains(o.var, c.var)
    if base in (R.PTR_TO_MAP_KEY, R.PTR_TO_MAP_VALUE, R.PTR_TO_MEM, R.PTR_TO_BUF, R.PTR_TO_TP_BUFFER):
        if o.off != c.off or o.map is not c.map or o.mem_size != c.mem_size or o.map_uid != c.map_uid:
            return False
        return (_range_within(o, c) and tnum.contains(o.var, c.var) and idmap.check(o.id, c.id) and
                idmap.check(o.ref_obj_id, c.ref_obj_id))
    if base in (R.PTR_TO_PACKET, R.PTR_TO_PACKET_META):
        if c.range < o.range or (o.range < 0 and c.range != o.range):
            return False
        if o.off != c.off:
            return False
        return idmap.check(o.id, c.id) and _range_within(o, c) and tnum.contains(o.var, c.var)
    if base == R.PTR_TO_STACK:
        if o.frameno != c.frameno:
            return False
        return o.off == c.off and _same_scalar(o, c)
    if base == R.PTR_TO_ARENA:
        return True
    return (o.off == c.off and _same_scalar(o, c) and idmap.check(o.id, c.id) and
            idmap.check(o.ref_obj_id, c.ref_obj_id) and o.map is c.map and o.btf_id == c.btf_id and
            o.subprog == c.subprog and o.mem_size == c.mem_size)


def stacksafe(o: FuncState, c: FuncState, idmap: IdMap, exact: int, allow_uninit: bool) -> bool:
    os, cs = o.stack, c.stack
    n_old = len(os.spilled)
    n_cur = len(cs.spilled)
    for spi in range(n_old):
        for j in range(SLOT):
            ot = os.types[spi * SLOT + j]
            ct = cs.types[spi * SLOT + j] if spi < n_cur else STACK_INVALID
            if exact == EXACT and ot != ct:
                return False
            if ot == STACK_INVALID:
                continue
            if allow_uninit and ot == STACK_MISC and exact != EXACT:
                continue
            if spi >= n_cur:
                return False
            if ot == STACK_MISC and ct == STACK_ZERO and exact != EXACT:
                continue
            if ot == STACK_MISC and ct == STACK_SPILL and exact != EXACT:
                cr = cs.spilled[spi]
                if cr is not None and cr.type == R.SCALAR_VALUE:
                    continue
            if ot != ct:
                return False
        if spi < n_cur and os.types[spi * SLOT + SLOT - 1] == STACK_SPILL and \
                cs.types[spi * SLOT + SLOT - 1] == STACK_SPILL:
            orr, crr = os.spilled[spi], cs.spilled[spi]
            if orr is None or crr is None:
                if orr is not crr:
                    return False
            elif not regsafe(orr, crr, idmap, exact):
                return False
    return True


def func_states_equal(o: FuncState, c: FuncState, idmap: IdMap, exact: int, allow_uninit: bool,
                      live: int) -> bool:
    if o.callsite != c.callsite:
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


def maybe_looping(old: VerifierState, cur: VerifierState) -> bool:
    if len(old.frames) != len(cur.frames):
        return False
    fo, fc = old.cur, cur.cur
    for o, c in zip(fo.regs, fc.regs, strict=True):
        if o.type != c.type or o.off != c.off or not _same_scalar(o, c) or o.id != c.id:
            return False
    return True

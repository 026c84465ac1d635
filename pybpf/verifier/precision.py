"""Precision tracking (Linux's mark_chain_precision / backtrack_insn / propagate_precision).

Scalars start imprecise: state pruning then treats any two imprecise scalars as equal. When a scalar's exact value
or range decides safety (a pointer offset, a helper size, a known branch, a return value...), the verifier walks
the instructions of the current path backwards through the recorded jump history and the chain of parent
checkpoints, and marks ``precise`` every register and spilled stack slot that contributed to it, so that pruning
against those checkpoints compares their ranges.

A state's history (``VerifierState.hist``) holds entries ``[slot, prev_slot, flags, linked]`` for the instructions
since its parent checkpoint that are jump targets, stack spills/fills, or comparisons of linked scalars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pybpf.isa.opcodes import CALL, Class, JmpOp, Mode
from pybpf.verifier import regs as R
from pybpf.verifier.stack import STACK_SPILL

if TYPE_CHECKING:
    from pybpf.verifier.env import Env
    from pybpf.verifier.state import VerifierState

F_FRAMENO = 0x7
F_SPI_SHIFT = 3
F_SPI_MASK = 0x3F
F_STACK_ACCESS = 1 << 9
F_DST_REG_STACK = 1 << 10
F_SRC_REG_STACK = 1 << 11
ARGS_MASK = 0x3E  # r1-r5
SYNC_CALLBACK_HELPERS = frozenset({164, 180, 181, 209})  # for_each_map_elem, find_vma, loop, user_ringbuf_drain
HIST_CHECKPOINT = 40  # a state with more history entries than this is checkpointed at the next prune point


class _NotSupp(Exception):
    """backtrack_insn's -ENOTSUPP: fall back to marking every scalar precise."""


def stack_flags(frameno: int, spi: int) -> int:
    return F_STACK_ACCESS | (spi << F_SPI_SHIFT) | frameno


def push_hist(env: Env, flags: int = 0, linked: tuple | None = None) -> None:
    """push_insn_history: record the current instruction (once per instruction; later calls merge flags)."""
    ent = env.cur_hist_ent
    if ent is not None:
        ent[2] |= flags
        if linked:
            ent[3] = linked
        return
    ent = [env.insn_idx, env.prev_insn_idx, flags, linked]
    env.cur.hist.append(ent)
    env.cur_hist_ent = ent


class Backtrack:
    """backtrack_state: per-frame masks of registers and stack slots that still need precision."""

    __slots__ = ("env", "frame", "regs", "stack")

    def __init__(self, env: Env, frame: int) -> None:
        self.env = env
        self.frame = frame
        self.regs = [0] * 8
        self.stack = [0] * 8

    def empty(self) -> bool:
        fr = self.frame
        if fr == 0:  # the common case, without a generator
            return not (self.regs[0] | self.stack[0])
        return not any(self.regs[i] | self.stack[i] for i in range(fr + 1))

    def set_reg(self, r: int, fr: int | None = None) -> None:
        self.regs[self.frame if fr is None else fr] |= 1 << r

    def clear_reg(self, r: int, fr: int | None = None) -> None:
        self.regs[self.frame if fr is None else fr] &= ~(1 << r)

    def is_reg(self, r: int, fr: int | None = None) -> bool:
        return bool(self.regs[self.frame if fr is None else fr] >> r & 1)

    def set_slot(self, fr: int, spi: int) -> None:
        self.stack[fr] |= 1 << spi

    def is_slot(self, fr: int, spi: int) -> bool:
        return bool(self.stack[fr] >> spi & 1)

    def enter(self) -> None:
        if self.frame == 7:
            raise _NotSupp
        self.frame += 1

    def exit(self) -> None:
        if self.frame == 0:
            raise _NotSupp
        self.frame -= 1


def _sync_linked(bt: Backtrack, linked: tuple | None) -> None:
    if not linked:
        return
    if not any((bt.is_reg(n, fr) if is_reg else bt.is_slot(fr, n)) for fr, n, is_reg in linked):
        return
    for fr, n, is_reg in linked:
        if is_reg:
            bt.set_reg(n, fr)
        else:
            bt.set_slot(fr, n)


def _is_global_call(env: Env, idx: int, insn) -> bool:
    target = idx + insn.imm + 1
    sub = env.subprog_at(target)
    return sub is not None and sub.is_global


def backtrack_insn(env: Env, idx: int, subseq: int, hist: list | None, bt: Backtrack) -> None:
    """Move the masks from after instruction ``idx`` to before it (raises _NotSupp to give up)."""
    insn = env.prog.at[idx]
    if insn is None:
        return
    if hist is not None:
        linked, flags = hist[3], hist[2]
        if linked:
            _sync_linked(bt, linked)
    else:
        linked, flags = None, 0
    opcode = insn.opcode
    cls = opcode & 7
    d, s = insn.dst, insn.src
    if cls == 4 or cls == 7:  # ALU, ALU64: the hot path of long backtracks, kept free of enum conversions
        fr = bt.frame
        mask = bt.regs[fr]
        if not mask >> d & 1:
            return
        op = opcode & 0xF0
        if op == 0x80 or op == 0xD0:  # neg, end
            return
        if op == 0xB0:  # mov
            mask &= ~(1 << d)
        if opcode & 8 and s != 10:  # BPF_X
            mask |= 1 << s
        bt.regs[fr] = mask
    elif cls == Class.LDX or (cls == Class.STX and insn.mode == Mode.ATOMIC and insn.imm & 1
                              and insn.imm != 0x110):
        load_reg = d
        if cls == Class.STX:
            load_reg = 0 if insn.imm == 0xF1 else s
        if not bt.is_reg(load_reg):
            return
        bt.clear_reg(load_reg)
        if not flags & F_STACK_ACCESS:
            return
        bt.set_slot(flags & F_FRAMENO, (flags >> F_SPI_SHIFT) & F_SPI_MASK)
    elif cls in (Class.STX, Class.ST):
        if bt.is_reg(d):
            raise _NotSupp
        if not flags & F_STACK_ACCESS:
            return
        spi = (flags >> F_SPI_SHIFT) & F_SPI_MASK
        fr = flags & F_FRAMENO
        if not bt.is_slot(fr, spi):
            return
        bt.stack[fr] &= ~(1 << spi)
        if cls == Class.STX:
            bt.set_reg(s)
    elif cls in (Class.JMP, Class.JMP32):
        op = insn.op
        if insn.opcode == CALL and s == 1:
            if _is_global_call(env, idx, insn):
                if bt.regs[bt.frame] & ARGS_MASK:
                    raise _NotSupp
                bt.clear_reg(0)
                return
            if bt.regs[bt.frame] & ~ARGS_MASK or bt.stack[bt.frame]:
                raise _NotSupp
            for i in range(1, 6):
                if bt.is_reg(i):
                    bt.clear_reg(i)
                    bt.set_reg(i, bt.frame - 1)
            bt.exit()
            return
        if insn.opcode == CALL and s == 0 and insn.imm in SYNC_CALLBACK_HELPERS and idx != subseq - 1:
            if bt.regs[bt.frame] & ~ARGS_MASK or bt.stack[bt.frame]:
                raise _NotSupp
            bt.regs[bt.frame] &= ~ARGS_MASK
            bt.exit()
            return
        if op == JmpOp.CALL:
            if s == 2 and insn.imm == 0 and (env.references is None or idx not in env.references):
                raise _NotSupp  # a kfunc call naming nothing
            bt.clear_reg(0)
            if bt.regs[bt.frame] & ARGS_MASK:
                raise _NotSupp
            return
        if op == JmpOp.EXIT:
            prev = env.prog.at[subseq - 1] if subseq - 1 >= 0 else None
            from_call = prev is not None and prev.opcode == CALL and prev.src == 1
            r0 = from_call and bt.is_reg(0)
            if from_call and bt.regs[bt.frame] & ARGS_MASK:
                raise _NotSupp
            bt.clear_reg(0)
            bt.enter()
            if r0:
                bt.set_reg(0)
            return
        if insn.opcode & 8 and op != JmpOp.JA and insn.opcode != 0xE5:  # BPF_X conditional jumps
            if not bt.is_reg(d) and not bt.is_reg(s):
                return
            if not flags & F_SRC_REG_STACK:
                bt.set_reg(s)
            if not flags & F_DST_REG_STACK:
                bt.set_reg(d)
    elif cls == Class.LD:
        if insn.mode == Mode.IMM:
            bt.clear_reg(d)
            return
        if bt.is_reg(d):
            raise _NotSupp
        if subseq != idx + 1:
            bt.enter()
        return
    if linked:
        _sync_linked(bt, linked)


_NOOP_CACHE: dict[int, tuple[Any, bytearray]] = {}


def _noop_slots(prog: Any) -> bytearray:
    """Per slot, 1 when backtrack_insn can never change the masks there (without linked-register history)."""
    hit = _NOOP_CACHE.get(id(prog))
    if hit is not None and hit[0] is prog:
        return hit[1]
    out = bytearray(prog.len)
    for slot, insn in enumerate(prog.at):
        if insn is None:
            continue
        opc = insn.opcode
        cls = opc & 7
        alu_k = cls in (4, 7) and opc & 0xF0 != 0xB0
        jmp_k = cls in (5, 6) and opc & 0xF0 not in (0x00, 0x80, 0x90)
        if (alu_k or jmp_k) and not opc & 8:
            out[slot] = 1
    if len(_NOOP_CACHE) > 64:
        _NOOP_CACHE.clear()
    _NOOP_CACHE[id(prog)] = (prog, out)
    return out


def _prev_insn(st: VerifierState, idx: int, hist: list, end: int) -> tuple[int, int]:
    """get_prev_insn_idx: (previous slot or -1 when this state's segment is exhausted, new history end)."""
    if idx == st.first_insn_idx:
        if end == 0:
            return -1, end
        if end == 1 and hist[0][0] == idx:
            return -1, end
    if end and hist[end - 1][0] == idx:
        return hist[end - 1][1], end - 1
    return idx - 1, end


def mark_all_scalars_precise(env: Env, st: VerifierState) -> None:
    st = st.parent
    while st is not None:
        for f in st.frames:
            for r in f.regs[:10]:
                if r.type == R.SCALAR_VALUE:
                    r.precise = True
            for spi, r in f.stack.regs():
                if r.type == R.SCALAR_VALUE and not r.precise:
                    f.stack.reg_mut(spi).precise = True
        st = st.parent


def mark_all_scalars_imprecise(st: VerifierState) -> None:
    for f in st.frames:
        for r in f.regs[:10]:
            if r.type == R.SCALAR_VALUE:
                r.precise = False
        for spi, r in f.stack.regs():
            if r.type == R.SCALAR_VALUE and r.precise:
                f.stack.reg_mut(spi).precise = False


def mark_chain_precision(env: Env, regno: int) -> None:
    """Mark ``regno`` of the current frame (and what it was computed from) precise in the parent states."""
    if not env.bpf_capable or env.opts.all_precise:
        return
    st = env.cur
    bt = Backtrack(env, st.curframe)
    r = st.cur.regs[regno]
    if r.type != R.SCALAR_VALUE:
        return
    bt.set_reg(regno)
    _chain(env, bt)


def mark_chain_precision_batch(env: Env, bt: Backtrack) -> None:
    if env.opts.all_precise:
        return
    _chain(env, bt)


def _chain(env: Env, bt: Backtrack, start: VerifierState | None = None, start_idx: int | None = None) -> bool:
    """__mark_chain_precision from ``start`` (default: the current state at the current instruction); True when
    some register or slot of a parent state became precise."""
    st = env.cur if start is None else start
    cur = st
    first_idx = st.first_insn_idx
    last_idx = env.insn_idx if start_idx is None else start_idx
    subseq = -1
    skip_first = True
    changed = False
    plen = env.prog.len
    noop = _noop_slots(env.prog)
    try:
        while True:
            if last_idx < 0:
                # entry of a global subprogram: only its arguments can be asked for
                f0 = st.frames[0]
                if st.curframe == 0 and f0.subprog > 0 and f0.callsite == -1 and not bt.stack[0] and \
                        not bt.regs[0] & ~ARGS_MASK:
                    for i in range(1, 6):
                        if bt.regs[0] >> i & 1 and f0.regs[i].type == R.SCALAR_VALUE and not f0.regs[i].precise:
                            f0.regs[i].precise = True
                            changed = True
                    return changed
                raise _NotSupp
            hist = st.hist
            end = len(hist)
            i = last_idx
            while True:
                if skip_first:
                    skip_first = False
                    if bt.empty():
                        return changed
                else:
                    ent = hist[end - 1] if end and hist[end - 1][0] == i else None
                    # instructions that move no mask (ALU with an immediate, other than mov; conditional jumps
                    # against an immediate) are skipped without a call: long backtracks are mostly those
                    if not (noop[i] and (ent is None or not ent[3])):
                        backtrack_insn(env, i, subseq, ent, bt)
                        if bt.empty():
                            return changed
                subseq = i
                i, end = _prev_insn(st, i, hist, end)
                if i < 0:
                    break
                if i >= plen:
                    raise _NotSupp
            st = st.parent
            if st is None:
                break
            for fr in range(bt.frame, -1, -1):
                if fr >= len(st.frames):
                    raise _NotSupp
                func = st.frames[fr]
                mask = bt.regs[fr]
                i = 0
                while mask >> i:
                    if mask >> i & 1:
                        reg = func.regs[i]
                        if reg.type != R.SCALAR_VALUE or reg.precise:
                            bt.regs[fr] &= ~(1 << i)
                        else:
                            reg.precise = True
                            changed = True
                    i += 1
                smask = bt.stack[fr]
                i = 0
                stk = func.stack
                while smask >> i:
                    if smask >> i & 1:
                        if i >= len(stk.spilled):
                            raise _NotSupp
                        reg = stk.spilled[i]
                        spilled = stk.top(i) == STACK_SPILL and reg is not None and reg.type == R.SCALAR_VALUE
                        if not spilled or reg.precise:
                            bt.stack[fr] &= ~(1 << i)
                        else:
                            stk.reg_mut(i).precise = True
                            changed = True
                    i += 1
            if bt.empty():
                return changed
            subseq = first_idx
            last_idx = st.last_insn_idx
            first_idx = st.first_insn_idx
        if not bt.empty():
            mark_all_scalars_precise(env, cur)
            return True
    except _NotSupp:
        mark_all_scalars_precise(env, cur)
        return True
    return changed


def propagate_precision(env: Env, old: VerifierState, live_masks: list[int]) -> None:
    """An explored state prunes the current one: what was precise in it must be precise along the current path."""
    if not env.bpf_capable or env.opts.all_precise:
        return
    _propagate(env, old, None, live_masks)


def propagate_precision_to(env: Env, old: VerifierState, st: VerifierState) -> bool:
    """The same for a state pruned earlier inside a loop (a backedge), once the loop's marks are final."""
    if not env.bpf_capable or env.opts.all_precise:
        return False
    return _propagate(env, old, st, None)


def _propagate(env: Env, old: VerifierState, st: VerifierState | None, live_masks: list[int] | None) -> bool:
    target = env.cur if st is None else st
    bt = Backtrack(env, target.curframe)
    any_set = False
    for fr, f in enumerate(old.frames):
        live = live_masks[fr] if live_masks is not None and fr < len(live_masks) else 0x3FF
        for i in range(10):
            r = f.regs[i]
            if r.type == R.SCALAR_VALUE and r.precise and live >> i & 1:
                bt.regs[fr] |= 1 << i
                any_set = True
        for spi, r in f.stack.regs():
            if r.type == R.SCALAR_VALUE and r.precise:
                bt.stack[fr] |= 1 << spi
                any_set = True
    if not any_set:
        return False
    return _chain(env, bt, st, None if st is None else st.insn_idx)

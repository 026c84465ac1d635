"""Dynptrs (Linux's ``struct bpf_dynptr`` on the stack and ARG_PTR_TO_DYNPTR, process_dynptr_func).

A dynptr is 16 bytes (two stack slots, both STACK_DYNPTR) created by a helper from a map value
(bpf_dynptr_from_mem, LOCAL) or a ring buffer reservation (bpf_ringbuf_reserve_dynptr, RINGBUF: a reference that
must be submitted or discarded on every path). The spilled register of each slot is a CONST_PTR_TO_DYNPTR carrying
the dynptr's id, kind and (ringbuf) reference; the first slot is the higher-addressed one. Overwriting a dynptr
destroys it (and invalidates its slices), except a referenced one, which cannot be overwritten. Slices
(bpf_dynptr_data, bpf_dynptr_slice) remember the id of their dynptr; a slice of an skb or xdp dynptr also remembers
its kind, because it points into the packet and dies with the packet pointers (clear_all_pkt_pointers). Kfunc dynptrs
(bpf_dynptr_from_skb / _from_xdp, bpf_dynptr_clone...) use the same slots: see :mod:`pybpf.verifier.kfuncs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier.env import EFAULT, EINVAL, Reject
from pybpf.verifier.stack import SLOT, STACK_DYNPTR, STACK_INVALID
from pybpf.verifier.state import RefState

if TYPE_CHECKING:
    from pybpf.verifier.env import Env

NR_SLOTS = 2
KINDS = {"DYNPTR_TYPE_LOCAL": "local", "DYNPTR_TYPE_RINGBUF": "ringbuf", "DYNPTR_TYPE_SKB": "skb",
         "DYNPTR_TYPE_XDP": "xdp"}
REFCOUNTED = frozenset({"ringbuf"})
FLAG_OF_KIND = {v: k for k, v in KINDS.items()}
PKT_KINDS = frozenset({"skb", "xdp"})


@dataclass(frozen=True)
class DynptrInfo:
    """``kind``/``first_slot`` of a dynptr register or stack slot; ``dynptr_id`` of a slice (the dynptr it reads),
    which is an id and so is left out of comparisons (pruning maps ids separately)."""

    kind: str = ""
    first_slot: bool = False
    dynptr_id: int = field(default=0, compare=False)


class _Range(Exception):
    """stack_slot_obj_get_spi's -ERANGE: the slots are not allocated yet."""


def get_spi(env: Env, r: R.Reg) -> int:
    """stack_slot_obj_get_spi for a dynptr: the slot of its first (higher) half; Reject on a bad offset, _Range
    when the slots lie beyond the allocated stack."""
    if r.var[1]:
        env.verbose("dynptr has to be at a constant offset\n")
        raise Reject("dynptr has to be at a constant offset", EINVAL)
    off = r.off + B.s64(r.var[0])
    if off % SLOT or (-off - 1) // SLOT + 1 < NR_SLOTS:
        raise Reject(f"cannot pass in dynptr at an offset={off}", EINVAL)
    spi = (-off - 1) // SLOT
    if not (spi - NR_SLOTS + 1 >= 0 and spi < len(env.cur.frames[r.frameno].stack.spilled)):
        raise _Range
    return spi


def _frame_stack(env: Env, r: R.Reg):
    return env.cur.frames[r.frameno].stack


def valid_uninit(env: Env, r: R.Reg) -> bool:
    if r.type == R.CONST_PTR_TO_DYNPTR:
        return False
    try:
        get_spi(env, r)
    except _Range:
        return True
    except Reject:
        return False
    return True


def _slot_reg(env: Env, r: R.Reg) -> R.Reg | None:
    """The first-slot register of the initialised dynptr ``r`` points to, or None."""
    if r.type == R.CONST_PTR_TO_DYNPTR:
        return r
    try:
        spi = get_spi(env, r)
    except (Reject, _Range):
        return None
    st = _frame_stack(env, r)
    d = st.spilled[spi]
    if d is None or d.dynptr is None or not d.dynptr.first_slot:
        return None
    if any(st.type_at(s, j) != STACK_DYNPTR for s in (spi, spi - 1) for j in range(SLOT)):
        return None
    return d


def destroy_slot(env: Env, stack, spi: int) -> None:
    """destroy_if_dynptr_stack_slot: a write into half of a dynptr destroys all of it (and its slices); a referenced
    (ringbuf) dynptr cannot be overwritten."""
    if spi >= len(stack.spilled) or stack.type_at(spi, 0) != STACK_DYNPTR:
        return
    d = stack.spilled[spi]
    if d is None or d.dynptr is None or not d.dynptr.first_slot:
        spi += 1
        d = stack.spilled[spi] if spi < len(stack.spilled) else None
    if d is not None and d.dynptr is not None and d.dynptr.kind in REFCOUNTED:
        raise Reject("cannot overwrite referenced dynptr", EINVAL)
    env.scratch_stack(spi)
    env.scratch_stack(spi - 1)
    for s in (spi, spi - 1):
        for j in range(SLOT):
            stack.set_type(s, j, STACK_INVALID)
    if d is not None:
        invalidate_slices(env, d.id)
    stack.set_reg(spi, None)
    stack.set_reg(spi - 1, None)


def invalidate_slices(env: Env, dynptr_id: int) -> None:
    for _f, _k, _i, reg in env.cur.all_regs():
        if reg.type & R.BASE_MASK == R.PTR_TO_MEM and reg.dynptr is not None and reg.dynptr.dynptr_id == dynptr_id:
            mark_invalid(env, reg)


def is_pkt_slice(reg: R.Reg) -> bool:
    """reg_is_dynptr_slice_pkt: a slice of an skb or xdp dynptr, which points into the packet."""
    return reg.type & R.BASE_MASK == R.PTR_TO_MEM and reg.dynptr is not None and reg.dynptr.kind in PKT_KINDS


def mark_invalid(env: Env, reg: R.Reg) -> None:
    """mark_reg_invalid: an unknown scalar when pointers may leak (root), unreadable otherwise."""
    if env.allow_ptr_leaks:
        R.mark_unknown(reg, not env.bpf_capable)
    else:
        R.mark_not_init(reg)


def _mark_slots(env: Env, r: R.Reg, kind: str, clone_ref: int = 0) -> None:
    """mark_stack_slots_dynptr: both slots become STACK_DYNPTR, with a new dynptr id (and a reference for ringbuf
    dynptrs, released by bpf_ringbuf_submit_dynptr / bpf_ringbuf_discard_dynptr; a clone shares its parent's)."""
    from pybpf.verifier.memory import WRITE, check_stack_bounds
    regno = next(i for i, x in enumerate(env.cur.cur.regs) if x is r)
    check_stack_bounds(env, regno, r.off, 2 * SLOT, WRITE, helper=True)
    spi = get_spi(env, r)
    st = _frame_stack(env, r)
    destroy_slot(env, st, spi)
    destroy_slot(env, st, spi - 1)
    did = env.new_id()
    ref = 0
    if kind in REFCOUNTED and clone_ref:
        ref = clone_ref
    elif kind in REFCOUNTED:
        ref = env.new_id()
        f = env.cur.cur
        env.cur.refs.append(RefState(ref, env.insn_idx, cb_frame=f.frameno if f.in_callback else 0))
    for s, first in ((spi, True), (spi - 1, False)):
        d = R.Reg()
        R.mark_ptr(d, R.CONST_PTR_TO_DYNPTR)
        d.id, d.ref_obj_id, d.dynptr = did, ref, DynptrInfo(kind, first)
        st.set_reg(s, d)
        for j in range(SLOT):
            st.set_type(s, j, STACK_DYNPTR)
        env.scratch_stack(s)


def process_arg(env: Env, regno: int, flags: set[str], clone_ref: int = 0) -> R.Reg | None:
    """process_dynptr_func for a helper, kfunc or global-function argument: MEM_UNINIT creates a dynptr of the
    argument's kind (``clone_ref``: the reference a clone shares with its parent); otherwise the dynptr must be
    initialised (and of the argument's kind, if it names one). Returns the first-slot register of an initialised
    dynptr (None when one was created)."""
    r = env.cur.cur.regs[regno]
    if r.type not in (R.PTR_TO_STACK, R.CONST_PTR_TO_DYNPTR):
        raise Reject(f"arg#{regno - 1} expected pointer to stack or const struct bpf_dynptr", EINVAL, regno)
    if {"MEM_UNINIT", "MEM_RDONLY"} <= flags:
        raise Reject("verifier internal error: misconfigured dynptr helper type flags", EFAULT, regno)
    want = next((KINDS[f] for f in flags if f in KINDS), "")
    if "MEM_UNINIT" in flags:
        if not valid_uninit(env, r):
            raise Reject("Dynptr has to be an uninitialized dynptr", EINVAL, regno)
        if not want:
            raise Reject("pybpf: a dynptr argument without a dynptr type is not modelled", EINVAL, regno)
        _mark_slots(env, r, want, clone_ref)
        return None
    if r.type == R.CONST_PTR_TO_DYNPTR and "MEM_RDONLY" not in flags:
        raise Reject("cannot pass pointer to const bpf_dynptr, the helper mutates it", EINVAL, regno)
    d = _slot_reg(env, r)
    if d is None:
        raise Reject(f"Expected an initialized dynptr as arg #{regno - 1}", EINVAL, regno,
                     hint="create the dynptr (bpf_dynptr_from_mem, bpf_ringbuf_reserve_dynptr...) first, and do not "
                     "overwrite its 16 bytes on the stack")
    if want and (d.dynptr is None or d.dynptr.kind != want):
        raise Reject(f"Expected a dynptr of type {want} as arg #{regno - 1}", EINVAL, regno)
    return d


def check_release(env: Env, regno: int) -> None:
    """The release check of check_func_arg for a dynptr argument (bpf_ringbuf_submit_dynptr...)."""
    r = env.cur.cur.regs[regno]
    if r.type != R.PTR_TO_STACK:
        raise Reject("cannot release unowned const bpf_dynptr", EINVAL, regno)
    try:
        spi = get_spi(env, r)
    except (Reject, _Range):
        spi = -1
    d = _frame_stack(env, r).spilled[spi] if spi >= 0 else None
    if d is None or not d.ref_obj_id or _frame_stack(env, r).type_at(spi, 0) != STACK_DYNPTR:
        raise Reject(f"arg {regno} is an unacquired reference", EINVAL, regno)


def release(env: Env, r: R.Reg) -> None:
    """unmark_stack_slots_dynptr: the dynptr (and every clone sharing its reference) is gone, its slices too."""
    spi = get_spi(env, r)
    st = _frame_stack(env, r)
    d = st.spilled[spi]
    ref = d.ref_obj_id if d is not None else 0
    for s in range(1, len(st.spilled)):
        x = st.spilled[s]
        if x is not None and x.ref_obj_id == ref and x.dynptr is not None and x.dynptr.first_slot and \
                st.type_at(s, 0) == STACK_DYNPTR:
            invalidate_slices(env, x.id)
            for t in (s, s - 1):
                for j in range(SLOT):
                    st.set_type(t, j, STACK_INVALID)
                st.set_reg(t, None)
                env.scratch_stack(t)
    env.cur.refs = [x for x in env.cur.refs if x.id != ref]
    for _f, _k, _i, reg in env.cur.all_regs():
        if reg.ref_obj_id == ref:
            mark_invalid(env, reg)


def mark_cb_reg(env: Env, r: R.Reg, kind: str) -> None:
    """mark_dynptr_cb_reg / a global function's __arg_dynptr: a const dynptr pointer of ``kind``."""
    R.mark_ptr(r, R.CONST_PTR_TO_DYNPTR)
    r.id = env.new_id()
    r.dynptr = DynptrInfo(kind, True)


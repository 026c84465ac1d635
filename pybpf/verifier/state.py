"""Verifier states: one :class:`FuncState` per call frame (registers + stack) and the :class:`VerifierState` of a
path (frames, acquired references, locks, loop bookkeeping). ``copy()`` duplicates a state for a branch; spilled
registers are shared copy-on-write (see :mod:`pybpf.verifier.stack`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pybpf.verifier import regs as R
from pybpf.verifier.stack import Stack


@dataclass
class RefState:
    """An acquired reference (acquire_reference_state): ``id``, the slot that acquired it, and its kind."""

    id: int
    insn: int
    kind: str = "ptr"  # ptr, lock, irq, res_lock...
    ptr: object = None  # for locks: identity of the lock's owner (map, btf...)
    cb_frame: int = 0  # acquired inside a callback running in this frame: must be released before it returns


class FuncState:
    """One frame: ``regs`` r0-r10, the stack, and the call site / function it belongs to."""

    __slots__ = (
        "async_entry_cnt",
        "callback_depth",
        "callback_ret",
        "callsite",
        "frameno",
        "in_async_callback",
        "in_callback",
        "regs",
        "stack",
        "subprog",
    )

    def __init__(self, frameno: int, callsite: int, subprog: int) -> None:
        self.regs = [R.Reg() for _ in range(11)]
        self.stack = Stack()
        self.frameno = frameno
        self.callsite = callsite
        self.subprog = subprog
        self.in_callback = False
        self.in_async_callback = False
        self.callback_ret: tuple[int, int] | None = None
        self.callback_depth = 0
        self.async_entry_cnt = 0

    def copy(self) -> FuncState:
        f = FuncState.__new__(FuncState)
        f.regs = [r.copy() for r in self.regs]
        f.stack = self.stack.copy()
        f.frameno, f.callsite, f.subprog = self.frameno, self.callsite, self.subprog
        f.in_callback, f.in_async_callback = self.in_callback, self.in_async_callback
        f.callback_ret, f.callback_depth, f.async_entry_cnt = self.callback_ret, self.callback_depth, \
            self.async_entry_cnt
        return f

    refs_str = ""  # printed after the registers of the last frame (kept for the log formatter)


class VerifierState:
    """The state of one path: frames (``frames[-1]`` is the current one) and path-wide facts."""

    __slots__ = (
        "active_irq_id",
        "active_locks",
        "active_preempt",
        "active_rcu",
        "branches",
        "callback_unroll_depth",
        "dfs_depth",
        "first_insn_idx",
        "frames",
        "hist",
        "history",
        "insn_idx",
        "last_insn_idx",
        "lock_ptr",
        "loop_entry",
        "may_goto_depth",
        "parent",
        "path",
        "refs",
        "speculative",
    )

    def __init__(self) -> None:
        self.frames: list[FuncState] = []
        self.refs: list[RefState] = []
        self.active_locks = 0
        self.lock_ptr: object = None
        self.active_rcu = False
        self.active_preempt = 0
        self.active_irq_id = 0
        self.speculative = False
        self.insn_idx = 0
        self.may_goto_depth = 0
        self.parent: VerifierState | None = None
        self.branches = 0
        self.loop_entry: VerifierState | None = None
        self.path: list[tuple[int, int, bool]] = []  # (jump slot, target slot, taken) decisions, for explanations
        self.dfs_depth = 0
        self.callback_unroll_depth = 0
        self.history: list[int] = []
        self.hist: list[list] = []  # jump history since the parent checkpoint (see precision.py)
        self.first_insn_idx = 0
        self.last_insn_idx = -1

    @property
    def cur(self) -> FuncState:
        return self.frames[-1]

    @property
    def curframe(self) -> int:
        return len(self.frames) - 1

    def copy(self) -> VerifierState:
        s = VerifierState.__new__(VerifierState)
        s.frames = [f.copy() for f in self.frames]
        s.refs = list(self.refs)
        s.active_locks, s.lock_ptr, s.active_rcu = self.active_locks, self.lock_ptr, self.active_rcu
        s.active_preempt, s.active_irq_id = self.active_preempt, self.active_irq_id
        s.speculative, s.insn_idx, s.may_goto_depth = self.speculative, self.insn_idx, self.may_goto_depth
        s.parent, s.branches, s.loop_entry = self.parent, 0, self.loop_entry
        s.path = list(self.path)
        s.dfs_depth = self.dfs_depth
        s.callback_unroll_depth = self.callback_unroll_depth
        s.history = self.history
        s.hist = [list(e) for e in self.hist]
        s.first_insn_idx, s.last_insn_idx = self.first_insn_idx, self.last_insn_idx
        return s

    def all_regs(self):
        """Every register of every frame, spilled ones included: (frame, kind, index, reg); kind is "r" or "s".
        Spilled registers are made private to this state before being yielded (callers may modify them)."""
        for f in self.frames:
            for i, r in enumerate(f.regs):
                yield f, "r", i, r
            for spi, _ in f.stack.regs():
                yield f, "s", spi, f.stack.reg_mut(spi)

    def refs_text(self) -> str:
        ids = [r.id for r in self.refs if r.id]
        return " refs=" + ",".join(str(i) for i in ids) if ids else ""

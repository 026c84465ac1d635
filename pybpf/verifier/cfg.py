"""Control-flow checks before the path walk (Linux's check_subprogs + check_cfg) and the static facts the walk uses:
subprogram boundaries, prune points, jump points, and the registers live before each instruction.

All positions are slot indices. ``Program`` is the slot-indexed view of a linked program the verifier works on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import CALL, EXIT, GOTOL, JA, MAY_GOTO, Class, JmpOp, Mode, PseudoSrc

MAX_INSNS = 1_000_000  # BPF_COMPLEXITY_LIMIT_INSNS, also the privileged program size limit


class CfgError(Exception):
    """A structural rejection: ``message`` in the kernel's words, at ``slot``."""

    def __init__(self, message: str, slot: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.slot = slot


@dataclass
class Program:
    """Instructions by slot (``at[s]`` is None on the second slot of LD_IMM64) and per-slot analysis results."""

    insns: tuple[Instruction, ...]
    at: list[Instruction | None]
    subprog_starts: list[int] = field(default_factory=list)
    prune: bytearray = field(default_factory=bytearray)
    jmp_point: bytearray = field(default_factory=bytearray)
    force_checkpoint: bytearray = field(default_factory=bytearray)
    live_before: list[int] = field(default_factory=list)  # bitmask of registers read before written

    @classmethod
    def of(cls, insns: Sequence[Instruction]) -> Program:
        at: list[Instruction | None] = []
        for insn in insns:
            at.append(insn)
            if insn.width == 2:
                at.append(None)
        n = len(at)
        return cls(tuple(insns), at, [0], bytearray(n), bytearray(n), bytearray(n), [0] * n)

    @property
    def len(self) -> int:
        return len(self.at)

    def subprog_of(self, slot: int) -> int:
        idx = 0
        for i, s in enumerate(self.subprog_starts):
            if s <= slot:
                idx = i
        return idx

    def subprog_end(self, idx: int) -> int:
        return self.subprog_starts[idx + 1] if idx + 1 < len(self.subprog_starts) else self.len


def _is_pseudo_func(insn: Instruction) -> bool:
    return insn.opcode == 0x18 and insn.src == PseudoSrc.FUNC


def find_subprogs(prog: Program) -> None:
    """add_subprog_and_kfunc: function entries are slot 0, pseudo-call targets and pseudo-func (callback) targets."""
    starts = {0}
    n = prog.len
    for slot, insn in enumerate(prog.at):
        if insn is None:
            continue
        if insn.opcode == CALL and insn.src == 1:
            t = slot + insn.imm + 1
        elif _is_pseudo_func(insn):
            t = slot + _s32(insn.imm) + 1
        else:
            continue
        if t < 0 or t >= n:
            raise CfgError("call to invalid destination", slot)
        starts.add(t)
    prog.subprog_starts = sorted(starts)


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


def check_subprogs(prog: Program) -> None:
    """Jumps stay inside their function; each function ends with exit or a jump."""
    starts = prog.subprog_starts
    bounds = list(zip(starts, [*starts[1:], prog.len], strict=True))
    for lo, hi in bounds:
        for slot in range(lo, hi):
            insn = prog.at[slot]
            if insn is None:
                continue
            cls = insn.opcode & 7
            if cls in (Class.JMP, Class.JMP32) and insn.op not in (JmpOp.EXIT, JmpOp.CALL):
                off = slot + insn.imm + 1 if insn.opcode == GOTOL else slot + insn.off + 1
                if off < lo or off >= hi:
                    raise CfgError(f"jump out of range from insn {slot} to {off}", slot)
        last = hi - 1
        insn = prog.at[last]
        if insn is None:  # a function ending in the middle of an LD_IMM64
            insn = prog.at[last - 1]
        if insn is None or insn.opcode not in (EXIT, GOTOL, JA):
            raise CfgError("last insn is not an exit or jmp", last)


def check_cfg(prog: Program, privileged: bool, callback_calls: set[int] | None = None) -> None:
    """Depth-first walk from slot 0: every instruction reachable, no jump into LD_IMM64's second slot, and (for
    unprivileged programs) no back-edge. Marks prune points and jump points as Linux does."""
    n = prog.len
    DISCOVERED, EXPLORED, FALL, BRANCH = 0x10, 0x20, 1, 2
    state = [0] * n
    stack = [0]
    state[0] = DISCOVERED
    prune, jmp_point = prog.prune, prog.jmp_point

    def push(t: int, w: int, e: int) -> int:
        # 0 done, 1 keep exploring
        if e == FALL and state[t] >= (DISCOVERED | FALL):
            return 0
        if e == BRANCH and state[t] >= (DISCOVERED | BRANCH):
            return 0
        if w < 0 or w >= n:
            raise CfgError(f"jump out of range from insn {t} to {w}", t)
        if e == BRANCH:
            prune[w] = 1
            jmp_point[w] = 1
        if state[w] == 0:
            state[t] = DISCOVERED | e
            state[w] = DISCOVERED
            stack.append(w)
            return 1
        if state[w] & 0xF0 == DISCOVERED:
            if privileged:
                return 0
            raise CfgError(f"back-edge from insn {t} to {w}", t)
        if state[w] == EXPLORED:
            state[t] = DISCOVERED | e
            return 0
        raise CfgError("insn state internal bug", t)

    while stack:
        t = stack[-1]
        insn = prog.at[t]
        if insn is None:  # reached only through a jump into the second slot: reported below
            state[t] = EXPLORED
            stack.pop()
            continue
        r = _visit(prog, t, insn, push, callback_calls)
        if r == 0:
            state[t] = EXPLORED
            stack.pop()
    for slot in range(n):
        insn = prog.at[slot]
        if insn is None:
            continue
        if state[slot] != EXPLORED:
            raise CfgError(f"unreachable insn {slot}", slot)
        if insn.width == 2 and state[slot + 1] != 0:
            raise CfgError(f"jump into the middle of ldimm64 insn {slot}", slot)


def _visit(prog: Program, t: int, insn: Instruction, push, callback_calls: set[int] | None) -> int:
    cls = insn.opcode & 7
    if _is_pseudo_func(insn):
        return _visit_call(prog, t, insn, push, True, target=t + _s32(insn.imm) + 1)
    if cls not in (Class.JMP, Class.JMP32):
        return push(t, t + insn.width, 1)
    op = insn.op
    if op == JmpOp.EXIT:
        return 0
    if op == JmpOp.CALL:
        if callback_calls is not None and t in callback_calls:
            prog.force_checkpoint[t] = 1
            prog.prune[t] = 1
            prog.jmp_point[t] = 1
        return _visit_call(prog, t, insn, push, insn.src == 1, target=t + insn.imm + 1)
    if op == JmpOp.JA:
        off = insn.imm if cls == Class.JMP32 else insn.off
        w = t + off + 1
        r = push(t, w, 1)
        if r:
            return r
        prog.prune[w] = 1
        prog.jmp_point[w] = 1
        return r
    prog.prune[t] = 1
    if insn.opcode == MAY_GOTO:
        prog.force_checkpoint[t] = 1
    r = push(t, t + 1, 1)
    if r:
        return r
    return push(t, t + insn.off + 1, 2)


def _visit_call(prog: Program, t: int, insn: Instruction, push, visit_callee: bool, target: int) -> int:
    r = push(t, t + insn.width, 1)
    if r:
        return r
    nxt = t + insn.width
    if nxt < prog.len:
        prog.prune[nxt] = 1
        prog.jmp_point[nxt] = 1
    if visit_callee:
        prog.prune[t] = 1
        r = push(t, target, 2)
    return r


# -- static register liveness (compute_live_registers) ----------------------------------------------------------------
def _uses_defs(insn: Instruction, helper_args: int = 5) -> tuple[int, int]:
    """Registers read (use) and written (def) by one instruction, as bitmasks."""
    cls = insn.opcode & 7
    d, s = 1 << insn.dst, 1 << insn.src
    if cls in (Class.ALU, Class.ALU64):
        op = insn.op
        if op == 0xB0:  # mov
            return (s if insn.source else 0), d
        if op in (0x80, 0xD0):  # neg, end
            return d, d
        return d | (s if insn.source else 0), d
    if cls == Class.LDX:
        return s, d
    if cls == Class.ST:
        return d, 0
    if cls == Class.STX:
        if insn.mode == Mode.ATOMIC:
            imm = insn.imm
            if imm == 0x100:  # load_acquire: dst = *(src + off)
                return s, d
            if imm == 0x110:  # store_release
                return d | s, 0
            if imm == 0xF1:  # cmpxchg
                return d | s | 1, 1
            if imm & 1:  # fetch / xchg
                return d | s, s
            return d | s, 0
        return d | s, 0
    if cls == Class.LD:
        if insn.mode in (Mode.ABS, Mode.IND):
            return (1 << 6) | (s if insn.mode == Mode.IND else 0), 0x3F
        return 0, d
    op = insn.op
    if op == JmpOp.EXIT:
        return 1, 0
    if op == JmpOp.CALL:
        if insn.src == 0:
            from pybpf.verifier.protos import proto
            p = proto(insn.imm)
            nargs = len(p.args) if p is not None else 5
            return ((1 << (nargs + 1)) - 1) & 0x3E, 0x3F
        return 0x3E, 0x3F
    if op == JmpOp.JA or insn.opcode == MAY_GOTO:
        return 0, 0
    return d | (s if insn.source else 0), 0


def compute_live_registers(prog: Program, successors) -> None:
    """Backward dataflow to a fixed point: ``live_before[slot]`` has bit r set when register r may be read before
    being written on some path from ``slot``. Calls read r1-r5 conservatively."""
    n = prog.len
    use = [0] * n
    dfn = [0] * n
    for slot, insn in enumerate(prog.at):
        if insn is not None:
            use[slot], dfn[slot] = _uses_defs(insn)
    live = [0] * n
    changed = True
    order = [s for s in range(n - 1, -1, -1) if prog.at[s] is not None]
    while changed:
        changed = False
        for slot in order:
            out = 0
            for w in successors(slot):
                out |= live[w]
            new = use[slot] | (out & ~dfn[slot])
            if new != live[slot]:
                live[slot] = new
                changed = True
    prog.live_before = live


def compute_scc(prog: Program, successors, implicit_loops: set[int] = frozenset()) -> list[int]:
    """Strongly connected components of the instruction graph (calls step to the next instruction): per slot, the
    id (>= 1) of the loop it belongs to, 0 when it is in none (Tarjan, iterative). ``implicit_loops``: slots that
    loop by themselves (helper calls that run a callback repeatedly)."""
    n = prog.len
    index = [-1] * n
    low = [0] * n
    on = [False] * n
    stack: list[int] = []
    out = [0] * n
    counter = 0
    next_id = 1
    for root in range(n):
        if prog.at[root] is None or index[root] >= 0:
            continue
        work = [(root, iter(successors(root)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on[root] = True
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w >= n or prog.at[w] is None:
                    continue
                if index[w] < 0:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on[w] = True
                    work.append((w, iter(successors(w))))
                    advanced = True
                    break
                if on[w]:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on[w] = False
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1 or v in successors(v) or v in implicit_loops:
                    for w in comp:
                        out[w] = next_id
                    next_id += 1
    return out

"""The static view of a program the lowering needs: function entries and the blocks reachable from each, block
starts, the LD_IMM64 references to bind at load, and how much of each frame a call must zero."""

from __future__ import annotations

from dataclasses import dataclass, field

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    SIZE_BYTES,
    STACK_SIZE,
    AtomicOp,
    CallSrc,
    Class,
    Mode,
    PseudoSrc,
)
from pybpf.vm._runtime import Program

_NO_FALLTHROUGH = frozenset({JA, GOTOL, EXIT, GOTOX})
_JMP, _JMP32 = int(Class.JMP), int(Class.JMP32)


def _is_control(insn: Instruction) -> bool:
    cls = insn.opcode & 0x07
    return cls in (_JMP, _JMP32)


def _is_pseudo_call(insn: Instruction) -> bool:
    return insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL


def _static_target(insn: Instruction, slot: int) -> int | None:
    """Where a control instruction may jump within its function (calls: None), or None."""
    code = insn.opcode
    if code in (EXIT, CALL, CALLX, GOTOX):
        return None
    if code == GOTOL:
        return slot + 1 + insn.imm
    return slot + 1 + insn.off


@dataclass
class Layout:
    """The static analysis the lowering needs: blocks, functions and the LD_IMM64 references to bind."""

    prog: Program
    leaders: set[int]
    functions: dict[int, list[int]]  # entry slot -> block starts reachable from it, sorted
    imm_refs: list[int] = field(default_factory=list)  # slots of LD_IMM64 that need the loader's resolver
    has_gotox: bool = False
    # bytes at the top of each function's frame a call must zero: all 512 unless the program never lets the frame
    # pointer escape, then only what its constant-offset stack accesses reach (nothing else can see the rest)
    stack_bytes: dict[int, int] = field(default_factory=dict)

    @property
    def imm_index(self) -> dict[int, int]:
        return {slot: i for i, slot in enumerate(self.imm_refs)}


_NOT_REFS = (PseudoSrc.IMM, PseudoSrc.BTF_ID, PseudoSrc.FUNC)


def imm_refs(prog: Program) -> list[int]:
    """Slots of the LD_IMM64 instructions the loader's resolver binds (maps, map values...): what a program's
    data block holds, known without the rest of the analysis (a cached load needs only this)."""
    out = []
    slot = 0
    for insn in prog.insns:
        if insn.opcode == LD_IMM64:
            if insn.src not in _NOT_REFS:
                out.append(slot)
            slot += 2
        else:
            slot += 1
    return out


def analyse(prog: Program) -> Layout:
    at = prog.at
    has_gotox = any(i is not None and i.opcode == GOTOX for i in at)
    leaders = set(prog.functions)
    for slot, insn in enumerate(at):
        if insn is None:
            continue
        if has_gotox:
            leaders.add(slot)
        if not _is_control(insn):
            continue
        target = _static_target(insn, slot)
        if target is not None and prog.valid(target):
            leaders.add(target)
        if prog.valid(slot + 1):
            leaders.add(slot + 1)
    functions = {entry: _reachable(prog, entry, leaders, has_gotox) for entry in sorted(prog.functions)}
    layout = Layout(prog, leaders, functions, imm_refs(prog), has_gotox)
    layout.stack_bytes = _stack_bytes(prog, layout)
    return layout


def _fp_escapes(insn: Instruction) -> bool:
    """Whether ``insn`` copies or computes with the frame pointer (beyond using it as a memory base)."""
    cls = insn.opcode & 0x07
    if cls in (Class.ALU, Class.ALU64):
        return insn.dst == 10 or (bool(insn.opcode & 0x08) and insn.src == 10)
    if cls == Class.STX:
        return insn.src == 10
    return writes_r10(insn)


def _stack_bytes(prog: Program, layout: Layout) -> dict[int, int]:
    full = {entry: STACK_SIZE for entry in layout.functions}
    if any(i is not None and _fp_escapes(i) for i in prog.at):
        return full
    out = {}
    for entry, starts in layout.functions.items():
        depth = 0
        for start in starts:
            slot = start
            while True:
                insn = prog.at[slot]
                assert insn is not None
                cls = insn.opcode & 0x07
                base = insn.src if cls == Class.LDX or (cls == Class.STX and insn.opcode & 0xE0 == Mode.ATOMIC
                                                        and insn.imm == AtomicOp.LOAD_ACQ) else insn.dst
                if cls in (Class.LDX, Class.ST, Class.STX) and base == 10:
                    size = SIZE_BYTES[insn.opcode & 0x18]
                    if -STACK_SIZE <= insn.off <= -size:
                        depth = max(depth, -insn.off)
                nxt = slot + insn.width
                if _is_control(insn) or nxt in layout.leaders or not prog.valid(nxt):
                    break
                slot = nxt
        out[entry] = min(STACK_SIZE, (depth + 15) // 16 * 16)
    return out


def _reachable(prog: Program, entry: int, leaders: set[int], has_gotox: bool) -> list[int]:
    """Block starts reachable from ``entry`` without entering a callee."""
    at = prog.at
    seen: set[int] = set()
    todo = [entry]
    while todo:
        start = todo.pop()
        if start in seen or not prog.valid(start):
            continue
        seen.add(start)
        slot = start
        while True:
            insn = at[slot]
            assert insn is not None
            nxt = slot + insn.width
            if _is_control(insn):
                code = insn.opcode
                if code == GOTOX:
                    todo.extend(s for s in range(prog.nslots) if prog.valid(s))
                target = _static_target(insn, slot)
                if target is not None:
                    todo.append(target)
                if code not in _NO_FALLTHROUGH:
                    todo.append(nxt)
                break
            if nxt in leaders or not prog.valid(nxt):
                if prog.valid(nxt):
                    todo.append(nxt)
                break
            slot = nxt
    return sorted(seen)


def writes_r10(insn: Instruction) -> bool:
    """Whether ``insn`` may change r10 (then the frame pointer of its function is not known statically)."""
    cls = insn.opcode & 0x07
    if cls in (Class.ALU, Class.ALU64, Class.LDX) or insn.opcode == LD_IMM64:
        return insn.dst == 10
    if cls == Class.STX and insn.opcode & 0xE0 == Mode.ATOMIC:
        if insn.imm == AtomicOp.LOAD_ACQ:
            return insn.dst == 10
        return bool(insn.imm & 1) and insn.imm != AtomicOp.CMPXCHG and insn.src == 10
    return False

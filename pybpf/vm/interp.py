"""The reference interpreter: Linux's eBPF semantics on real memory, with a step API and a compiled fast path.

``Interpreter(insns).run(space, r1=...)`` executes a program on an :class:`AddressSpace` and returns r0. Each
run registers a fresh 512-byte stack region per frame (``stack[frame N]``) and removes them afterwards; every
load, store and atomic is checked against the space's regions, and anything outside them is a :class:`Fault`.

Representations this module defines (the kernel has no userspace equivalent for them):

* LD_IMM64 src 4 (function reference) loads the ABSOLUTE slot index of the function; helpers that take a
  callback pass that number to :meth:`CallContext.call`, which must name a function entry (slot 0, a bpf-to-bpf
  call target, or a function reference target).
* gotox (0x0d) jumps to the ABSOLUTE slot index held in dst (Linux 6.19 takes instruction addresses from an
  instruction-array map; a loader translates those to slots).
* callx (0x8d) calls the helper whose number is in dst (bpf_conformance's convention).
* Calls leave r1-r5 unchanged. The verifier makes them unreadable after a call, so no verified program can tell;
  keeping them lets the JIT match the interpreter bit for bit. A bpf-to-bpf callee starts with the caller's
  r0-r9; exit restores r6-r10 (and r1-r5) of the caller.
* may_goto: each frame has a counter starting at MAX_LOOPS (8M); may_goto jumps when it is 0, else decrements it
  and falls through (Linux's lowering in do_misc_fixups).
* A legacy LD_ABS/LD_IND load out of bounds ends the program with r0 = 0 (not a fault), as in Linux.
* Tail calls (bpf_tail_call, helper 12): when the helper accepts (index in range, fewer than MAX_TAIL_CALLS (33)
  tail calls counted this run, a program in the slot), the engine replaces the function running in the current
  frame by the target program, from its slot 0, with the same registers (r1 is the ctx) and the same stack frame;
  control never comes back, and the target's exit is the frame's exit (from a subprogram: back to its caller). A
  failed tail call falls through with r0 = -ENOENT. The target is an Interpreter (or an object with
  ``.interpreter``) stored in the prog_array; it runs with its own helpers, resolver and budget.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pybpf.errors import ExecutionError, PybpfError
from pybpf.helpers.registry import HelperTable
from pybpf.isa.codec import validate
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    MAX_CALL_FRAMES,
    MAX_LOOPS,
    MAY_GOTO,
    CallSrc,
    Class,
    Source,
)
from pybpf.vm._alu import M32, M64, condition
from pybpf.vm._runtime import EndProgram, Program, Run, exec_simple
from pybpf.vm.memory import AddressSpace, Region

DEFAULT_BUDGET = 100_000_000  # enough for Linux's 8M may_goto iterations of a small loop body
FAST_PATH_MAX_SLOTS = 20_000  # larger programs take seconds to compile; by default they run on the step machine

_JMP, _JMP32, _X = int(Class.JMP), int(Class.JMP32), int(Source.X)
_PSEUDO_CALL, _KFUNC = int(CallSrc.PSEUDO_CALL), int(CallSrc.KFUNC)

LdImm64Resolver = Callable[[Instruction, int], int]
PacketResolver = Callable[[int], "tuple[int, ...] | None"]  # r6 -> (data, len) or (data, len, head, tail, net, mac)


@dataclass
class RunResult:
    """The outcome of a run: r0, the final registers of frame 0, instructions executed, helper trace output."""

    r0: int
    regs: tuple[int, ...]
    steps: int
    trace: list[str] = field(default_factory=list)


@dataclass
class Frame:
    """One call frame of the step machine. ``saved`` holds the caller's r1-r10 (restored on exit)."""

    index: int
    stack: Region
    return_slot: int | None  # None for frame 0 and for callbacks run by a helper
    saved: tuple[int, ...] = ()
    may_goto: int = MAX_LOOPS
    callback: bool = False
    restore: tuple | None = None  # the caller's program, when a tail call replaced this frame's


class Interpreter:
    """A program ready to run. The fast path (compiled on first use) and the step machine give identical results,
    registers and faults. ``fast`` picks the engine of :meth:`run`: True, False, or None (the fast path unless the
    program has more than FAST_PATH_MAX_SLOTS slots)."""

    def __init__(self, insns: Sequence[Instruction], *, helpers: HelperTable | None = None,
                 budget: int | None = DEFAULT_BUDGET, name: str = "prog",
                 ld_imm64: LdImm64Resolver | None = None, packet: PacketResolver | None = None,
                 max_loops: int = MAX_LOOPS, fast: bool | None = None) -> None:
        slot = 0
        for insn in insns:
            validate(insn, slot)
            slot += insn.width
        if budget is not None and budget < 0:
            raise ValueError("budget must be >= 0 or None")
        self.insns = tuple(insns)
        self.name = name
        self.program = Program(self.insns, name)
        self.helpers = helpers if helpers is not None else HelperTable()
        self.budget = budget
        self.ld_imm64 = ld_imm64
        self.packet = packet
        self.max_loops = max_loops
        self.fast = fast if fast is not None else self.program.nslots <= FAST_PATH_MAX_SLOTS
        self._compiled: Callable[..., tuple[int, ...]] | None = None
        self._stack_pool: list[Region] = []
        self.id: int | None = None  # program id, once registered for prog arrays

    def register(self) -> int:
        """Give this program a program id (``pybpf.maps.register_program``) so that a prog_array can hold it."""
        if self.id is None:
            from pybpf.maps.registry import register_program
            self.id = register_program(self)
        return self.id

    # -- stacks are reused between runs (fresh zeroed content each time; stable addresses help debugging) ----------
    def _take_stack_pool(self) -> list[Region]:
        pool, self._stack_pool = self._stack_pool, []
        return pool

    def _return_stack_pool(self, pool: list[Region]) -> None:
        if len(pool) > len(self._stack_pool):
            self._stack_pool = pool

    # -- running --------------------------------------------------------------------------------------------------
    def run(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0) -> int:
        """Run to completion; returns r0 as an unsigned 64-bit int."""
        return self.execute(space, r1, r2, r3, r4, r5).r0

    def execute(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0, *,
                fast: bool | None = None) -> RunResult:
        """Run to completion and report r0, the final registers, the instruction count and helper trace."""
        if not (self.fast if fast is None else fast):
            m = self.machine(space, r1, r2, r3, r4, r5)
            m.run()
            return RunResult(m.r0, tuple(m.regs), m.steps, m.trace)
        return self._run_fast(space, (r1, r2, r3, r4, r5))

    def machine(self, space: AddressSpace, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0
                ) -> Machine:
        """A step machine positioned at slot 0 (its frame-0 stack is registered until it finishes or closes)."""
        return Machine(self, space, (r1, r2, r3, r4, r5))

    def compiled(self) -> Callable[..., tuple[int, ...]]:
        """The fast-path function (compiled once)."""
        if self._compiled is None:
            from pybpf.vm._compile import compile_program
            self._compiled = compile_program(self.program, self.budget, self.max_loops)
        return self._compiled

    def _run_fast(self, space: AddressSpace, args: tuple[int, ...]) -> RunResult:
        if not self.program.nslots:
            raise ExecutionError("the program is empty", program=self.name)
        fn = self.compiled()
        run = Run(self, space)

        def callback(slot: int, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
            run.check_callback(slot)
            depth = run.depth
            region = run.push_stack(depth)
            current = run.interp  # a tail call may have replaced the program that calls back
            try:
                out = current.compiled()(run, 0, r1 & M64, r2 & M64, r3 & M64, r4 & M64, r5 & M64, 0, 0, 0, 0,
                                         region.end, slot, current.max_loops, depth)
            finally:
                run.depth = depth
            run.pop_stack()
            run.n = out[11]
            return out[0]

        run.ctx.call_function = callback
        try:
            region = run.push_stack(0)
            r1, r2, r3, r4, r5 = (a & M64 for a in args)
            try:
                out = fn(run, 0, r1, r2, r3, r4, r5, 0, 0, 0, 0, region.end, 0, self.max_loops, 0)
            except EndProgram as end:
                return RunResult(0, end.regs, end.steps, run.ctx.trace)
            return RunResult(out[0], tuple(out[:11]), out[11], run.ctx.trace)
        finally:
            run.close()

    def __repr__(self) -> str:
        return f"Interpreter({self.name!r}, {self.program.nslots} slots)"


class Machine:
    """Step-by-step execution: ``step()`` executes one instruction. Inspect ``pc`` (slot), ``regs`` (11 u64),
    ``frames``, ``done``, ``r0``, ``stack(frame)``. The reference the fast path is tested against."""

    def __init__(self, interp: Interpreter, space: AddressSpace, args: tuple[int, ...]) -> None:
        self.interp = interp
        self.program = interp.program
        self._run = Run(interp, space)
        self._run.ctx.call_function = self._callback
        self.pc = 0
        self.done = False
        self.error: PybpfError | None = None
        self._final_stacks: list[bytes] | None = None
        region = self._run.push_stack(0)
        self.regs: list[int] = [0, *(a & M64 for a in args), 0, 0, 0, 0, region.end]
        self.frames: list[Frame] = [Frame(0, region, None, may_goto=interp.max_loops)]
        if not self.program.nslots:
            self._finish()
            raise ExecutionError("the program is empty", program=interp.name)

    # -- inspection ------------------------------------------------------------------------------------------------
    @property
    def r0(self) -> int:
        return self.regs[0]

    @property
    def steps(self) -> int:
        """Instructions executed so far."""
        return self._run.n

    @property
    def trace(self) -> list[str]:
        """Lines helpers wrote to the run's trace (trace_printk-like output)."""
        return self._run.ctx.trace

    @property
    def instruction(self) -> Instruction | None:
        """The instruction at ``pc`` (None once finished)."""
        return None if self.done else self.program.at[self.pc]

    def stack(self, frame: int = -1) -> bytes:
        """The 512 bytes of a frame's stack (frame 0 is the program's; -1 the current one)."""
        if self._final_stacks is not None:
            return self._final_stacks[frame]
        return self.frames[frame].stack.view.tobytes()

    # -- execution -------------------------------------------------------------------------------------------------
    def step(self) -> None:
        """Execute one instruction (a helper call runs any callbacks it makes within this step)."""
        self._steps(1)

    def run(self) -> int:
        """Step to completion; returns r0."""
        if not self.done:
            self._steps(None)
        return self.r0

    def _steps(self, count: int | None) -> None:
        """Execute ``count`` instructions (None: until the program ends)."""
        if self.done:
            raise ExecutionError("the program has already finished", pc=self.pc, program=self._run.name)
        step = self._step
        try:
            if count is None:
                while not self.done:
                    step()
            else:
                for _ in range(count):
                    step()
        except EndProgram as end:
            self.regs = list(end.regs)
            self._finish()
        except PybpfError as err:
            self._fail(err)
            raise

    def close(self) -> None:
        """Stop early and unregister the stacks."""
        if not self.done:
            self._finish()

    def __enter__(self) -> Machine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _finish(self) -> None:
        self.done = True
        self._final_stacks = [f.stack.view.tobytes() for f in self.frames]
        self._run.close()

    def _fail(self, err: PybpfError) -> None:
        self.error = err
        if not self.done:
            self._finish()

    def _goto(self, slot: int, target: int, what: str = "jump") -> None:
        if not self.program.valid(target):
            raise self.program.bad_target(slot, target, what)
        self.pc = target

    def _step(self) -> None:
        run = self._run
        prog = self.program
        pc = self.pc
        insn = prog.at[pc]
        assert insn is not None  # pc only ever holds a checked slot
        if run.budget is not None and run.n >= run.budget:
            raise run.budget_error(pc)
        run.n += 1
        code = insn.opcode
        cls = code & 0x07
        if cls != _JMP and cls != _JMP32:
            exec_simple(run, self.regs, insn, pc)
            nxt = pc + (2 if code == LD_IMM64 else 1)
            if nxt >= prog.nslots:
                raise prog.ran_off(pc)
            self.pc = nxt
            return
        regs = self.regs
        if code == JA:
            self._goto(pc, pc + 1 + insn.off)
        elif code == GOTOL:
            self._goto(pc, pc + 1 + insn.imm)
        elif code == EXIT:
            self._exit(pc)
        elif code == CALL and insn.src == _PSEUDO_CALL:
            self._call(pc, pc + 1 + insn.imm)
        elif code in (CALL, CALLX):
            run.depth = len(self.frames)
            args = regs[1:6]
            if code == CALLX:
                regs[0] = run.helper(pc, regs[insn.dst], *args)
            elif insn.src == _KFUNC:
                regs[0] = run.kfunc(pc, insn.imm, *args)
            else:
                regs[0] = run.helper(pc, insn.imm, *args)
            if run.ctx.pending_tail is not None:
                self._tail_call(pc)
                return
            self._fall_through(pc, 1)
        elif code == MAY_GOTO:
            frame = self.frames[-1]
            if frame.may_goto:
                frame.may_goto -= 1
                self._fall_through(pc, 1)
            else:
                self._goto(pc, pc + 1 + insn.off)
        elif code == GOTOX:
            self._goto(pc, regs[insn.dst], "gotox")
        else:
            is32 = cls == _JMP32
            b = regs[insn.src] if code & _X else insn.imm & (M32 if is32 else M64)
            if condition(code & 0xF0, is32, regs[insn.dst], b):
                self._goto(pc, pc + 1 + insn.off)
            else:
                self._fall_through(pc, 1)

    def _fall_through(self, pc: int, width: int) -> None:
        nxt = pc + width
        if nxt >= self.program.nslots:
            raise self.program.ran_off(pc)
        self.pc = nxt

    def _call(self, pc: int, target: int) -> None:
        if not self.program.valid(target):
            raise self.program.bad_target(pc, target, "call")
        if len(self.frames) >= MAX_CALL_FRAMES:
            raise self._run.too_deep(pc)
        regs = self.regs
        region = self._run.push_stack(len(self.frames))
        self.frames.append(Frame(len(self.frames), region, pc + 1, tuple(regs[1:11]), self._run.max_loops))
        regs[10] = region.end
        self.pc = target

    def _exit(self, pc: int) -> None:
        if len(self.frames) == 1:
            self._finish()
            return
        frame = self.frames.pop()
        self._run.pop_stack()
        if frame.restore is not None:  # a tail call replaced this frame's program: back to the caller's
            self._run.restore(frame.restore)
            self.program = self._run.prog
        if frame.callback:
            return  # _callback takes r0 and restores the registers
        self.regs[1:11] = frame.saved
        assert frame.return_slot is not None
        if frame.return_slot >= self.program.nslots:
            raise self.program.ran_off(frame.return_slot - 1)
        self.pc = frame.return_slot

    def _tail_call(self, pc: int) -> None:
        """Continue in the program bpf_tail_call chose, in the current frame (see the module docstring)."""
        run = self._run
        target = run.ctx.pending_tail
        run.ctx.pending_tail = None
        frame = self.frames[-1]
        saved = run.switch(target)
        if frame.restore is None:
            frame.restore = saved
        self.program = run.prog
        frame.may_goto = run.max_loops
        if not self.program.nslots:
            raise ExecutionError("tail call to an empty program", pc=pc, program=target.name)
        self.pc = 0

    def _callback(self, slot: int, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
        """Run the function at ``slot`` to its exit on a new frame (for helpers such as bpf_loop)."""
        run = self._run
        run.check_callback(slot)
        depth = run.depth
        saved_regs, saved_pc = self.regs, self.pc
        region = run.push_stack(len(self.frames))
        self.frames.append(Frame(len(self.frames), region, None, may_goto=run.max_loops, callback=True))
        self.regs = [0, r1 & M64, r2 & M64, r3 & M64, r4 & M64, r5 & M64, 0, 0, 0, 0, region.end]
        self.pc = slot
        live = len(self.frames)
        try:
            while len(self.frames) >= live and not self.done:
                self._step()
            r0 = self.regs[0]
        finally:
            run.depth = depth
        self.regs, self.pc = saved_regs, saved_pc
        return r0

    def __del__(self) -> None:
        # an abandoned machine must not leave its stacks registered in the caller's address space
        with contextlib.suppress(Exception):  # at interpreter shutdown there may be nothing left to clean
            self.close()

    def __repr__(self) -> str:
        state = "done" if self.done else f"pc={self.pc}"
        return f"Machine({self._run.name!r}, {state}, frames={len(self.frames)}, steps={self.steps})"

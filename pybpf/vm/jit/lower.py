"""Lower a program to one LLVM IR module: a function per BPF function entry, a basic block per jump target.

Layout. Every *function entry* of the program (slot 0, bpf-to-bpf call targets, function references; the
interpreter's ``Program.functions``) becomes an LLVM function ``@f<slot>(ctx, r0..r10, depth) -> r0`` holding every
block reachable from that entry without crossing a call (so a bpf-to-bpf call is a native call, and an exit is a
native return: the interpreter's frame semantics fall out). Registers are allocas that mem2reg promotes. Blocks start
at every jump target and after every control instruction; with ``gotox`` every slot starts a block and the jump is a
``switch`` on the slot index.

Exactness (the interpreter is the specification). Each block adds its instruction count to the meter up front and,
when it does not fit in the budget, stops with Event.BUDGET so that Python replays the block one instruction at a
time (exactly like the interpreter's fast path). Every load, store and atomic is checked against the run's regions:
first against the frame's own stack, then against a per-(access kind, base register) cache of the last region, then
through ``@pbj_find`` (binary search of the region table, then the live frames' stacks); a miss is Event.FAULT with
slot, address and size, and Python builds the interpreter's Fault from them. Bad jump targets, running off the end,
calls deeper than 8 frames and unresolved map references are events too, raised where the interpreter raises them.
Helpers the JIT does not implement natively, kfuncs and legacy packet loads go through the Python trampoline.

Frames. Frame ``i`` has its own 512-byte stack (run-context word W_STACKS + i), zeroed when the frame is pushed, as
the interpreter does. ``depth`` is the number of live frames, the current one included.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    MAY_GOTO,
    SIZE_BYTES,
    STACK_SIZE,
    CallSrc,
    Class,
    Mode,
)
from pybpf.vm._runtime import Program
from pybpf.vm.jit import abi
from pybpf.vm.jit.abi import Event
from pybpf.vm.jit.access import MemoryLowering, ctx_word, trunc_const
from pybpf.vm.jit.layout import (
    Layout,
    _is_control,
    _is_pseudo_call,
    _static_target,
    analyse,
    writes_r10,
)
from pybpf.vm.jit.ops import INTRINSICS, Code, alu, condition, s64
from pybpf.vm.jit.runtime import INVALID_HI, INVALID_LO, RUNTIME_DECLARATIONS


@dataclass
class Options:
    """What the generated code does beyond the instruction semantics (all of it part of the cache key)."""

    meter: bool = True  # count instructions and stop at the budget
    checks: bool = True  # check every memory access against the regions (False: only for verified programs)

    def key(self) -> str:
        return f"meter={int(self.meter)};checks={int(self.checks)}"


def zero_frame(c: Code, base: str, size: int) -> str:
    """IR zeroing the top ``size`` bytes of the 512-byte stack at ``base``; returns the frame's top (r10)."""
    top = c.op(f"add i64 {base}, {STACK_SIZE}")
    if size:
        lo = c.op(f"sub i64 {top}, {size}")
        ptr = c.op(f"inttoptr i64 {lo} to ptr")
        c(f"call void @llvm.memset.p0.i64(ptr align 16 {ptr}, i8 0, i64 {size}, i1 false)")
    return top


# -- the module -----------------------------------------------------------------------------------------------------
_ctx_word = ctx_word  # native.py's name for it


def lower(prog: Program, options: Options | None = None, native: NativeLowering | None = None,
          layout: Layout | None = None) -> tuple[str, Layout]:
    """The IR module for ``prog`` and its layout."""
    opts = options or Options()
    layout = layout or analyse(prog)
    parts = [f"; pybpf JIT module for {prog.name!r} ({prog.nslots} slots)",
             INTRINSICS,
             RUNTIME_DECLARATIONS]
    for entry, blocks in layout.functions.items():
        parts.append(_FunctionLowering(layout, entry, blocks, opts, native).emit())
    if native is not None:
        parts.append(native.declarations())  # after the functions: they decide what is used
    parts.append(_entry_points(layout))
    parts.append('!0 = !{!"branch_weights", i32 1, i32 2000}')
    parts.append('!1 = !{!"branch_weights", i32 2000, i32 1}')
    return "\n".join(parts) + "\n", layout


def _entry_points(layout: Layout) -> str:
    out = [
        "define i64 @pbj_run(ptr %ctx, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5) {",
        "entry:",  # a fresh run: no event, meter at 0, no pending or counted tail calls
        *(f"  %w{w} = getelementptr inbounds i8, ptr %ctx, i64 {8 * w}\n  store i64 0, ptr %w{w}"
          for w in (abi.W_STATUS, abi.W_STEPS, abi.W_TAIL_FN, abi.W_TAIL_CALLS)),
        f"  %hp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_HOME}",
        "  %pd = load ptr, ptr %hp",
        f"  %sp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STACKS}",
        "  %sb = load i64, ptr %sp",
        *("  " + line.strip() for line in _zero("%sb", layout.stack_bytes.get(0, STACK_SIZE), "%top")),
        "  %r = call i64 @f0(ptr %ctx, ptr %pd, i64 0, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5, i64 0, i64 0, "
        "i64 0, "
        "i64 0, i64 %top, i64 1)",
        "  ret i64 %r",
        "}",
        "define i64 @pbj_run1(ptr %ctx, i64 %r1) {",  # the common case, r2-r5 zero: fewer arguments to convert
        "entry:",
        "  %r = call i64 @pbj_run(ptr %ctx, i64 %r1, i64 0, i64 0, i64 0, i64 0)",
        "  ret i64 %r",
        "}",
        # repeated runs (BPF_PROG_TEST_RUN's repeat): per run a fresh meter, tail-call count and event word
        "define i64 @pbj_repeat(ptr %ctx, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5, i64 %n) {",
        "entry:",
        "  br label %loop",
        "loop:",
        "  %i = phi i64 [ 0, %entry ], [ %i1, %next ]",
        "  %last = phi i64 [ 0, %entry ], [ %r, %next ]",
        "  %more = icmp ult i64 %i, %n",
        "  br i1 %more, label %body, label %done",
        "body:",
        "  %r = call i64 @pbj_run(ptr %ctx, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5)",
        f"  %sp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STATUS}",
        "  %st = load i64, ptr %sp",
        "  %bad = icmp ne i64 %st, 0",
        "  %i1 = add i64 %i, 1",
        "  br i1 %bad, label %stop, label %next",
        "next:",
        "  br label %loop",
        "stop:",
        "  ret i64 %r",
        "done:",
        "  ret i64 %last",
        "}",
        "define i64 @pbj_entry(ptr %ctx, i64 %depth) {",  # a tail-call target: r1..r10 in W_TAIL_REGS, r0 = 0
        "entry:",
        *(f"  %p{i} = getelementptr inbounds i8, ptr %ctx, i64 {8 * (abi.W_TAIL_REGS + i - 1)}\n"
          f"  %r{i} = load i64, ptr %p{i}" for i in range(1, 11)),
        f"  %pp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_PROG}",
        "  %pd = load ptr, ptr %pp",
        "  %r = call i64 @f0(ptr %ctx, ptr %pd, i64 0, " + ", ".join(f"i64 %r{i}" for i in range(1, 11))
        + ", i64 %depth)",
        "  ret i64 %r",
        "}",
        "define i64 @pbj_callback(ptr %ctx, i64 %slot, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5, i64 %depth) {",
        "entry:",
        f"  %pp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_PROG}",
        "  %pd = load ptr, ptr %pp",
        f"  %sp0 = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STACKS}",
        "  %sp = getelementptr inbounds i64, ptr %sp0, i64 %depth",
        "  %sb = load i64, ptr %sp",
        "  %d1 = add i64 %depth, 1",
        "  switch i64 %slot, label %none [" + " ".join(f"i64 {e}, label %e{e}" for e in layout.functions) + "]",
        "none:",
        "  ret i64 0",
    ]
    for e in layout.functions:
        out += [f"e{e}:",
                *("  " + line.strip() for line in _zero("%sb", layout.stack_bytes.get(e, STACK_SIZE), f"%top{e}",
                                                        f"z{e}")),
                f"  %c{e} = call i64 @f{e}(ptr %ctx, ptr %pd, i64 0, i64 %r1, i64 %r2, i64 %r3, i64 %r4, i64 %r5, "
                f"i64 0, i64 0, i64 0, i64 0, i64 %top{e}, i64 %d1)",
                f"  ret i64 %c{e}"]
    out.append("}")
    return "\n".join(out)


class NativeLowering:
    """Hooks for helpers lowered to native calls (implemented in :mod:`pybpf.vm.jit.native`)."""

    def declarations(self) -> str:
        return ""

    def helper(self, fl: _FunctionLowering, insn: Instruction, slot: int) -> bool:
        """Emit a native call for the helper at ``slot`` (r0 stored, fall-through not emitted); False to use the
        Python trampoline."""
        return False


class _FunctionLowering(MemoryLowering):
    """One BPF function entry as one LLVM function."""

    def __init__(self, layout: Layout, entry: int, blocks: list[int], opts: Options,
                 native: NativeLowering | None) -> None:
        self.layout = layout
        self.prog = layout.prog
        self.entry = entry
        self.blocks = blocks
        self.opts = opts
        self.native = native
        self.c = Code()
        self.imm_index = layout.imm_index
        self.caches: set[tuple[str, int]] = set()
        self._const_events: dict[tuple[int, int, int, int], str] = {}
        self._pending: list[tuple[str, Event, int, int, int]] = []
        self.loop_counter = False  # a native bpf_loop needs its counter
        self.overflow = False  # some block can run out of budget
        self.cur_block: list[tuple[int, Instruction]] = []
        self.block_insns = {start: self._block_insns(start) for start in blocks}
        # r10 is the frame's stack top unless the function writes it: then stack accesses at constant offsets
        # within the frame need no check at all
        self.fixed_fp = not any(writes_r10(insn) for insns in self.block_insns.values() for _, insn in insns)

    def _block_insns(self, start: int) -> list[tuple[int, Instruction]]:
        prog = self.prog
        out: list[tuple[int, Instruction]] = []
        slot = start
        while True:
            insn = prog.at[slot]
            assert insn is not None
            out.append((slot, insn))
            nxt = slot + insn.width
            if _is_control(insn) or nxt in self.layout.leaders or not prog.valid(nxt):
                return out
            slot = nxt

    # -- registers ---------------------------------------------------------------------------------------------
    def get(self, r: int) -> str:
        return self.c.op(f"load i64, ptr %R{r}")

    def put(self, r: int, value: str) -> None:
        self.c(f"store i64 {value}, ptr %R{r}")

    # -- events ------------------------------------------------------------------------------------------------
    def event(self, status: Event, slot: int, addr: str = "0", size: str = "0", kind: str = "0", *,
              regs: bool = False) -> None:
        """Report an event and return (the current block ends). Events are cold out-of-line calls, so that
        no values flow from the many event sites into shared blocks."""
        c = self.c
        n = c.op("load i64, ptr %N")
        if regs:
            values = ", ".join(f"i64 {self.get(r)}" for r in range(11))
            c(f"call void @pybpf_jit_evr(ptr %ctx, i64 {int(status)}, i64 {slot}, i64 {n}, i64 %depth, i64 %token, "
              f"{values})")
        else:
            c(f"call void @pybpf_jit_ev(ptr %ctx, i64 {int(status)}, i64 {slot}, i64 {addr}, i64 {size}, i64 {kind}, "
              f"i64 {n}, i64 %depth, i64 %token)")
        c("br label %propagate")

    def event_block(self, status: Event, slot: int, addr: int = 0, kind: int = 0) -> str:
        """A block that raises a constant event (shared by every jump to the same bad target)."""
        key = (int(status), slot, addr, kind)
        label = self._const_events.get(key)
        if label is None:
            label = self._const_events[key] = self.c.label(f"x{slot}")
            self._pending.append((label, status, slot, addr, kind))
        return label

    def dest(self, slot: int, target: int, what: int = abi.TARGET_JUMP) -> str:
        if self.prog.valid(target):
            return f"b{target}"
        return self.event_block(Event.BAD_TARGET, slot, 0, what)

    def fall(self, slot: int, width: int) -> str:
        nxt = slot + width
        if nxt < self.prog.nslots:
            return f"b{nxt}"
        return self.event_block(Event.RAN_OFF, slot)

    # -- the function ------------------------------------------------------------------------------------------
    def emit(self) -> str:
        for start in self.blocks:
            self.block(start)
        c = self.c
        while self._pending:
            label, status, slot, addr, kind = self._pending.pop()
            c.block(label)
            self.event(status, slot, str(s64(addr)), "0", str(kind))
        head = Code()
        args = ", ".join(f"i64 %a{i}" for i in range(11))
        head.lines.append(f"define internal i64 @f{self.entry}(ptr %ctx, ptr %pd, {args}, i64 %depth) {{")
        head.block("entry")
        for r in range(11):
            head(f"%R{r} = alloca i64")
        head("%N = alloca i64")
        head("%MG = alloca i64")
        if self.overflow:
            head("%OVS = alloca i64")
        if self.loop_counter:
            head("%LI = alloca i64")
        for kind, base in sorted(self.caches):
            head(f"%CL{kind}{base} = alloca i64")
            head(f"%CH{kind}{base} = alloca i64")
        for r in range(11):
            head(f"store i64 %a{r}, ptr %R{r}")
        head(f"%stp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STEPS}")
        head("%n0 = load i64, ptr %stp")
        head("store i64 %n0, ptr %N")
        head(f"%mgp = getelementptr inbounds i64, ptr %pd, i64 {abi.D_MAX_LOOPS}")
        head("%mg0 = load i64, ptr %mgp")
        head("store i64 %mg0, ptr %MG")
        head(f"%bgp = getelementptr inbounds i64, ptr %pd, i64 {abi.D_BUDGET}")
        head("%budget = load i64, ptr %bgp")
        head(f"%tkp = getelementptr inbounds i64, ptr %pd, i64 {abi.D_TOKEN}")
        head("%token = load i64, ptr %tkp")
        head(f"%sp0 = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STACKS}")
        if self.fixed_fp:
            head(f"%slo = sub i64 %a10, {STACK_SIZE}")
        else:
            head("%dm1 = sub i64 %depth, 1")
            head("%spp = getelementptr inbounds i64, ptr %sp0, i64 %dm1")
            head("%slo = load i64, ptr %spp")
        head("%dplus = add i64 %depth, 1")
        head(f"%deep = icmp uge i64 %depth, {MAX_CALL_FRAMES}")
        head.lines.extend("  " + line for line in self._reset_caches_lines())
        head(f"br label %b{self.entry}")
        if self.overflow:  # the budget ran out at the block in %OVS: its registers go to Python for the replay
            c.block("overflow")
            values = ", ".join(f"i64 {self.get(r)}" for r in range(11))
            n, ovs = c.op("load i64, ptr %N"), c.op("load i64, ptr %OVS")
            c(f"call void @pybpf_jit_evr(ptr %ctx, i64 {int(Event.BUDGET)}, i64 {ovs}, i64 {n}, i64 %depth, "
              f"i64 %token, {values})")
            c("br label %propagate")
        body = self._with_cache_resets(c.lines)
        return "\n".join([*head.lines, *body, "propagate:", "  ret i64 0", "}"])

    def _cache_ptrs(self, kind: str, base: int) -> tuple[str, str]:
        return f"%CL{kind}{base}", f"%CH{kind}{base}"

    def _reset_caches_lines(self) -> list[str]:
        out = []
        for kind, base in sorted(self.caches):
            lo, hi = self._cache_ptrs(kind, base)
            out.append(f"store i64 {INVALID_LO}, ptr {lo}")
            out.append(f"store i64 {INVALID_HI}, ptr {hi}")
        return out

    def reset_caches(self) -> None:
        # the set of caches is only known at the end: a marker, replaced then
        self.c.lines.append("  ;RESET-CACHES")

    def _with_cache_resets(self, lines: list[str]) -> list[str]:
        reset = ["  " + line for line in self._reset_caches_lines()]
        out: list[str] = []
        for line in lines:
            if line == "  ;RESET-CACHES":
                out.extend(reset)
            else:
                out.append(line)
        return out

    # -- blocks ------------------------------------------------------------------------------------------------
    def block(self, start: int) -> None:
        c = self.c
        insns = self.block_insns[start]
        self.cur_block = insns
        count = len(insns)
        c.block(f"b{start}")
        n = c.op("load i64, ptr %N")
        n2 = c.op(f"add i64 {n}, {count}")
        c(f"store i64 {n2}, ptr %N")
        if self.opts.meter:
            over = c.op(f"icmp ugt i64 {n2}, %budget")
            ok = c.label(f"g{start}")
            ovf = c.label(f"o{start}")
            c(f"br i1 {over}, label %{ovf}, label %{ok}, !prof !0")
            c.block(ovf)
            c(f"store i64 {n}, ptr %N")
            c(f"store i64 {start}, ptr %OVS")
            c("br label %overflow")  # one shared exit per function: the registers flow there as phis
            self.overflow = True
            c.block(ok)
        self.count = count
        for index, (slot, insn) in enumerate(insns):
            self.index = index
            if _is_control(insn):
                self.control(insn, slot)
                return
            self.simple(insn, slot)
        last_slot, last = insns[-1]
        c(f"br label %{self.fall(last_slot, last.width)}")

    # -- non-control instructions ------------------------------------------------------------------------------
    def simple(self, insn: Instruction, slot: int) -> None:
        cls = insn.opcode & 0x07
        c = self.c
        if cls in (Class.ALU, Class.ALU64):
            value = alu(c, insn, self.get)
            if value is None:
                self.event(Event.ADDR_SPACE_CAST, slot)
                c.block(c.label("dead"))
                return
            self.put(insn.dst, value)
        elif cls == Class.LDX:
            size = SIZE_BYTES[insn.opcode & 0x18]
            ptr = self.access(slot, "r", insn.src, insn.off, size)
            v = c.op(f"load i{8 * size}, ptr {ptr}, align 1")
            if size < 8:
                ext = "sext" if insn.opcode & 0xE0 == Mode.MEMSX else "zext"
                v = c.op(f"{ext} i{8 * size} {v} to i64")
            self.put(insn.dst, v)
        elif cls == Class.ST:
            size = SIZE_BYTES[insn.opcode & 0x18]
            ptr = self.access(slot, "w", insn.dst, insn.off, size)
            c(f"store i{8 * size} {trunc_const(insn.imm, size)}, ptr {ptr}, align 1")
        elif cls == Class.STX:
            size = SIZE_BYTES[insn.opcode & 0x18]
            if insn.opcode & 0xE0 == Mode.MEM:
                v = self.get(insn.src)
                ptr = self.access(slot, "w", insn.dst, insn.off, size)
                if size < 8:
                    v = c.op(f"trunc i64 {v} to i{8 * size}")
                c(f"store i{8 * size} {v}, ptr {ptr}, align 1")
            else:
                self.atomic(insn, slot, size)
        elif insn.opcode == LD_IMM64:
            self.ld_imm64(insn, slot)
        else:
            self.ld_packet(insn, slot)

    def sync_steps_out(self) -> None:
        c = self.c
        n = c.op("load i64, ptr %N")
        c(f"store i64 {n}, ptr %stp")

    def sync_steps_in(self) -> None:
        c = self.c
        n = c.op("load i64, ptr %stp")
        c(f"store i64 {n}, ptr %N")

    def check_status(self, slot: int) -> None:
        c = self.c
        sp = _ctx_word(c, abi.W_STATUS)
        st = c.op(f"load i64, ptr {sp}")
        bad = c.op(f"icmp ne i64 {st}, 0")
        go = c.label(f"s{slot}")
        c(f"br i1 {bad}, label %propagate, label %{go}, !prof !0")
        c.block(go)

    def trampoline(self, slot: int, kind: int, number: str, args: list[str]) -> str:
        """Call the Python side; returns its result (status checked, meter reloaded)."""
        c = self.c
        self.sync_steps_out()
        tp = _ctx_word(c, abi.W_TRAMPOLINE)
        fn = c.op(f"load ptr, ptr {tp}")
        argv = ", ".join(f"i64 {a}" for a in args)
        r = c.op(f"call i64 {fn}(ptr %ctx, i64 %token, i64 {slot}, i64 {kind}, i64 {number}, {argv}, "
                 "i64 %depth)")
        self.check_status(slot)
        self.sync_steps_in()
        self.reset_caches()  # a helper may have changed the regions (and the table)
        return r

    def helper_call(self, insn: Instruction, slot: int) -> None:
        c = self.c
        if insn.opcode == CALLX:
            kind, number = abi.CALL_HELPER, self.get(insn.dst)
        elif insn.src == CallSrc.KFUNC:
            kind, number = abi.CALL_KFUNC, str(insn.imm)
        else:
            kind, number = abi.CALL_HELPER, str(insn.imm)
            if self.native is not None and self.native.helper(self, insn, slot):
                c(f"br label %{self.fall(slot, 1)}")
                return
        args = [self.get(r) for r in range(1, 6)]
        r0 = self.trampoline(slot, kind, number, args)
        self.tail_check(slot)
        self.put(0, r0)
        c(f"br label %{self.fall(slot, 1)}")

    def tail_check(self, slot: int) -> None:
        """After a Python helper: a tail call it accepted runs the target in this frame, whose exit is ours."""
        c = self.c
        tp = _ctx_word(c, abi.W_TAIL_FN)
        fn = c.op(f"load ptr, ptr {tp}")  # the target's data block
        isnull = c.op(f"icmp eq ptr {fn}, null")
        go, tail = c.label(f"nt{slot}"), c.label(f"tc{slot}")
        c(f"br i1 {isnull}, label %{go}, label %{tail}, !prof !1")
        c.block(tail)
        c(f"store ptr null, ptr {tp}")
        self.tail_to(fn, slot)
        c.block(go)

    def tail_to(self, fn: str, slot: int) -> None:
        """Run the tail-call target whose data block is ``fn`` in this frame and return its r0 (its exit is this
        frame's exit): its entry is the block's first word, and the block goes to it in W_PROG.
        Native targets assume r10 is the frame's stack top; when this function moved r10, the target runs in the
        interpreter instead (through the trampoline), which takes r10 as it is."""
        c = self.c
        self.sync_steps_out()
        regs = [self.get(r) for r in range(1, 11)]
        for r, v in zip(range(1, 11), regs):
            c(f"store i64 {v}, ptr {_ctx_word(c, abi.W_TAIL_REGS + r - 1)}")
        if not self.fixed_fp:
            top = c.op(f"add i64 %slo, {STACK_SIZE}")
            same = c.op(f"icmp eq i64 {regs[-1]}, {top}")
            native, interp = c.label(f"tn{slot}"), c.label(f"ti{slot}")
            c(f"br i1 {same}, label %{native}, label %{interp}")
            c.block(interp)
            tp = _ctx_word(c, abi.W_TRAMPOLINE)
            tramp = c.op(f"load ptr, ptr {tp}")
            r = c.op(f"call i64 {tramp}(ptr %ctx, i64 %token, i64 {slot}, i64 {abi.CALL_TAIL_INTERP}, "
                     f"i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 %depth)")
            c(f"ret i64 {r}")
            c.block(native)
        c(f"store ptr {fn}, ptr {_ctx_word(c, abi.W_PROG)}")
        entry = c.op(f"load ptr, ptr {fn}")
        r = c.op(f"tail call i64 {entry}(ptr %ctx, i64 %depth)")  # two register arguments: always a jump
        c(f"ret i64 {r}")

    def pseudo_call(self, insn: Instruction, slot: int) -> None:
        c = self.c
        target = slot + 1 + insn.imm
        if not self.prog.valid(target):
            c(f"br label %{self.dest(slot, target, abi.TARGET_CALL)}")
            return
        go, deep = c.label(f"cl{slot}"), c.label(f"dp{slot}")
        c(f"br i1 %deep, label %{deep}, label %{go}, !prof !0")
        c.block(deep)
        self.event(Event.TOO_DEEP, slot)
        c.block(go)
        self.sync_steps_out()
        sp = c.op("getelementptr inbounds i64, ptr %sp0, i64 %depth")
        sb = c.op(f"load i64, ptr {sp}")
        top = zero_frame(c, sb, self.layout.stack_bytes.get(target, STACK_SIZE))
        regs = ", ".join(f"i64 {self.get(r)}" for r in range(10))
        r = c.op(f"call i64 @f{target}(ptr %ctx, ptr %pd, {regs}, i64 {top}, i64 %dplus)")
        self.check_status(slot)
        self.sync_steps_in()
        self.reset_caches()
        self.put(0, r)
        c(f"br label %{self.fall(slot, 1)}")

    def exit(self) -> None:
        c = self.c
        self.sync_steps_out()
        r0 = self.get(0)
        top = c.op("icmp eq i64 %depth, 1")
        save, done = c.label("xs"), c.label("xd")
        c(f"br i1 {top}, label %{save}, label %{done}")
        c.block(save)
        for r in range(11):
            v = r0 if r == 0 else self.get(r)
            p = _ctx_word(c, abi.W_REGS + r)
            c(f"store i64 {v}, ptr {p}")
        c(f"ret i64 {r0}")
        c.block(done)
        c(f"ret i64 {r0}")

    # -- control -----------------------------------------------------------------------------------------------
    def control(self, insn: Instruction, slot: int) -> None:
        c = self.c
        code = insn.opcode
        if code in (JA, GOTOL):
            c(f"br label %{self.dest(slot, _static_target(insn, slot))}")  # type: ignore[arg-type]
        elif code == EXIT:
            self.exit()
        elif _is_pseudo_call(insn):
            self.pseudo_call(insn, slot)
        elif code in (CALL, CALLX):
            self.helper_call(insn, slot)
        elif code == MAY_GOTO:
            mg = c.op("load i64, ptr %MG")
            zero = c.op(f"icmp eq i64 {mg}, 0")
            dec = c.label(f"mg{slot}")
            c(f"br i1 {zero}, label %{self.dest(slot, slot + 1 + insn.off)}, label %{dec}")
            c.block(dec)
            c(f"store i64 {c.op(f'sub i64 {mg}, 1')}, ptr %MG")
            c(f"br label %{self.fall(slot, 1)}")
        elif code == GOTOX:
            v = self.get(insn.dst)
            bad = c.label(f"gx{slot}")
            cases = " ".join(f"i64 {s}, label %b{s}" for s in range(self.prog.nslots) if self.prog.valid(s))
            c(f"switch i64 {v}, label %{bad} [{cases}]")
            c.block(bad)
            self.event(Event.BAD_TARGET, slot, v, "0", str(abi.TARGET_GOTOX))
        else:
            cond = condition(c, insn, self.get)
            c(f"br i1 {cond}, label %{self.dest(slot, slot + 1 + insn.off)}, label %{self.fall(slot, 1)}")


def _zero(base: str, size: int, top: str, stem: str = "z") -> list[str]:
    """zero_frame for the entry points (fixed value names)."""
    lines = [f"{top} = add i64 {base}, {STACK_SIZE}"]
    if size:
        lines += [f"%{stem}lo = sub i64 {top}, {size}", f"%{stem}p = inttoptr i64 %{stem}lo to ptr",
                  f"call void @llvm.memset.p0.i64(ptr align 16 %{stem}p, i8 0, i64 {size}, i1 false)"]
    return lines

"""The fast path: a whole program translated to one Python function with the registers as local variables.

Layout. Every slot control can reach from elsewhere (slot 0, jump and call targets, return points, function
entries, and every slot when the program uses gotox) is an *entry*. The code of an entry runs straight through its
blocks until control leaves by a jump, and a dispatcher (a binary tree of ``if pc < k`` on the entries, inside
``while True``) selects the entry for ``pc``. A jump back to the entry it leaves from becomes an inner ``while``.

Exactness. Semantics are spelled out inline and match :mod:`pybpf.vm._alu` and :func:`exec_simple`; memory goes
through the same checked lookups as the step machine (a one-region cache per kind of access, refreshed through
:class:`Run` on a miss, so faults are the step machine's). The instruction count is added per block; when a block
does not fit in the budget, :meth:`Run.over` replays the instructions that still fit one by one and raises
BudgetExceeded at the exact slot. Calls push frames on a Python list and share the stacks of :class:`Run`.

Generated function: ``fn(st, r0..r10, pc, mg, base) -> (r0..r10, steps)``; ``base`` is the number of frames
below this invocation (non-zero for callbacks run by a helper and for tail-call targets), ``mg`` the may_goto counter
of the first frame. A tail call runs the target's own function (``Run.tail``) in the current frame, then exits.
"""

from __future__ import annotations

from collections.abc import Callable

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
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
    AluOp,
    AtomicOp,
    CallSrc,
    Class,
    JmpOp,
    Mode,
    PseudoSrc,
    Source,
)
from pybpf.vm import _alu
from pybpf.vm._alu import M32, M64, SIGN32, SIGN64
from pybpf.vm._runtime import (
    ADDR_SPACE_CAST_UNSUPPORTED,
    MASK,
    SIGNED,
    UNSIGNED,
    EndProgram,
    Program,
    func_slot,
)

FastFn = Callable[..., tuple[int, ...]]
_REGS = ", ".join(f"r{i}" for i in range(11))
_REGS_1_10 = ", ".join(f"r{i}" for i in range(1, 11))
_ZERO_R0 = "0, " + _REGS_1_10
_NO_FALLTHROUGH = frozenset({JA, GOTOL, EXIT, GOTOX})
_NO_REGION = str(1 << 70)  # a cache base no address (even unmasked, < 2**65) can be at offset >= 0 of
_TAIL_CALL = 12  # bpf_tail_call: the engine may have to switch programs when it returns


def _is_control(insn: Instruction) -> bool:
    return (insn.opcode & 0x07) in (Class.JMP, Class.JMP32)


def _static_target(insn: Instruction, slot: int) -> int | None:
    """The slot a control instruction may jump to (calls: the callee), or None."""
    code = insn.opcode
    if code in (EXIT, CALLX, GOTOX):
        return None
    if code == CALL:
        return slot + 1 + insn.imm if insn.src == CallSrc.PSEUDO_CALL else None
    if code == GOTOL:
        return slot + 1 + insn.imm
    return slot + 1 + insn.off


class _Emitter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def __call__(self, *lines: str) -> None:
        pad = "    " * self.depth
        self.lines.extend(pad + line for line in lines)


class _Compiler:
    def __init__(self, prog: Program, budget: int | None, max_loops: int) -> None:
        self.prog = prog
        self.budget = budget
        self.max_loops = max_loops
        self.at = prog.at
        self.out = _Emitter()
        self.has_gotox = any(i is not None and i.opcode == GOTOX for i in prog.at)
        self.entries = self._entries()
        self.entry_set = frozenset(self.entries)
        self.starts = self._block_starts()
        self.sizes = self._access_sizes()
        # A call in the last slot returns past the end: only then must a return check its slot.
        last = prog.at[-1] if prog.at else None
        self.call_at_end = last is not None and last.opcode == CALL and last.src == CallSrc.PSEUDO_CALL

    # -- analysis ----------------------------------------------------------------------------------------------
    def _entries(self) -> list[int]:
        prog = self.prog
        entries = set(prog.functions)
        for slot, insn in enumerate(self.at):
            if insn is None:
                continue
            if self.has_gotox:
                entries.add(slot)
            if not _is_control(insn):
                continue
            target = _static_target(insn, slot)
            if target is not None and prog.valid(target):
                entries.add(target)
            if insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL and prog.valid(slot + 1):
                entries.add(slot + 1)  # return point
        return sorted(entries)

    def _access_sizes(self) -> dict[tuple[str, int], set[int]]:
        """Access widths per (read "r" / write "w", base register): one region cache per pair."""
        sizes: dict[tuple[str, int], set[int]] = {}
        for insn in self.at:
            if insn is None:
                continue
            cls = insn.opcode & 0x07
            size = SIZE_BYTES[insn.opcode & 0x18]
            if cls == Class.LDX:
                sizes.setdefault(("r", insn.src), set()).add(size)
            elif cls == Class.ST or (cls == Class.STX and insn.opcode & 0xE0 == Mode.MEM):
                sizes.setdefault(("w", insn.dst), set()).add(size)
        return sizes

    def _invalidate(self) -> str:
        """Forget every cached region (a helper or a returning callee may have removed regions)."""
        names = [f"{kind}l{base}" for kind, base in sorted(self.sizes)]
        return " = ".join([*names, _NO_REGION]) if names else "pass"

    def _block_starts(self) -> set[int]:
        starts = set(self.entries)
        for slot, insn in enumerate(self.at):
            if insn is not None and _is_control(insn) and self.prog.valid(slot + 1):
                starts.add(slot + 1)
        return starts

    def _block(self, start: int) -> list[tuple[int, Instruction]]:
        """The instructions of the block at ``start``: up to a control instruction or the next block start."""
        out = []
        slot = start
        while self.prog.valid(slot):
            insn = self.at[slot]
            assert insn is not None
            out.append((slot, insn))
            slot += insn.width
            if _is_control(insn) or slot in self.starts:
                break
        return out

    def _chain(self, entry: int) -> list[list[tuple[int, Instruction]]]:
        """The blocks an entry's code runs through: each next block is reached only by falling through."""
        blocks = [self._block(entry)]
        while True:
            slot, insn = blocks[-1][-1]
            nxt = slot + insn.width
            if insn.opcode in _NO_FALLTHROUGH or (insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL):
                return blocks
            if nxt in self.entry_set or not self.prog.valid(nxt):
                return blocks
            blocks.append(self._block(nxt))

    # -- generation --------------------------------------------------------------------------------------------
    def compile(self) -> FastFn:
        out = self.out
        out(f"def _fast(st, {_REGS}, pc, mg, base):")
        out.depth += 1
        out("n = st.n",
            self._invalidate(),
            "R = st.stacks[base]",
            "slo = R.base; sv = R.view",
            "fr = []",
            "RR = st.region_r; RW = st.region_w; AT = st.atomic; LA = st.load_acquire; SR = st.store_release",
            "HC = st.helper; KF = st.kfunc; LDI = st.ld_imm64; LDP = st.ld_packet; OVER = st.over",
            "PUSH = st.push_stack; POP = st.pop_stack; TAIL = st.tail; CTX = st.ctx",
            "while True:")
        out.depth += 1
        if self.entries:
            self._tree(0, len(self.entries))
        else:
            out("raise P.error('the program is empty', 0)")
        source = "\n".join(out.lines) + "\n"
        namespace = self._namespace()
        code = compile(source, f"<pybpf fast path: {self.prog.name}>", "exec")
        exec(code, namespace)
        fn = namespace["_fast"]
        fn.source = source  # type: ignore[attr-defined] - for debugging: Interpreter(...).compiled().source
        return fn

    def _namespace(self) -> dict[str, object]:
        ns: dict[str, object] = {"P": self.prog, "END": EndProgram,
                                 "SDIV64": _alu.sdiv64, "SMOD64": _alu.smod64, "SDIV32": _alu.sdiv32,
                                 "SMOD32": _alu.smod32, "BSWAP16": _alu.bswap16, "BSWAP32": _alu.bswap32,
                                 "BSWAP64": _alu.bswap64}
        for size in (1, 2, 4, 8):
            ns[f"U{size}"] = UNSIGNED[size].unpack_from
            ns[f"S{size}"] = SIGNED[size].unpack_from
            ns[f"P{size}"] = UNSIGNED[size].pack_into
        return ns

    def _tree(self, lo: int, hi: int) -> None:
        out = self.out
        if hi - lo == 1:
            self._entry(self.entries[lo])
            return
        mid = (lo + hi) // 2
        out(f"if pc < {self.entries[mid]}:")
        out.depth += 1
        self._tree(lo, mid)
        out.depth -= 1
        out("else:")
        out.depth += 1
        self._tree(mid, hi)
        out.depth -= 1

    def _entry(self, entry: int) -> None:
        out = self.out
        blocks = self._chain(entry)
        looped = any(
            _is_control(insn) and _static_target(insn, slot) == entry
            and not (insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL)
            for block in blocks for slot, insn in block)
        self.entry, self.looped = entry, looped
        out(f"# entry {entry}")
        if looped:
            out("while True:")
            out.depth += 1
        for block in blocks:
            self._emit_block(block)
        slot, insn = blocks[-1][-1]
        if insn.opcode not in _NO_FALLTHROUGH and not (insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL):
            self._goto(slot, slot + insn.width, fallthrough=True)
        if looped:
            out.depth -= 1
            out("continue")

    def _goto(self, slot: int, target: int, *, fallthrough: bool = False, what: str = "jump") -> None:
        """Transfer to ``target`` (checked at compile time; a bad target raises when reached)."""
        out = self.out
        if not self.prog.valid(target):
            if fallthrough and target == self.prog.nslots:
                out(f"raise P.ran_off({slot})")
            else:
                out(f"raise P.bad_target({slot}, {target}, {what!r})")
        elif target == self.entry and self.looped:
            out("continue")
        else:
            out(f"pc = {target}", "break" if self.looped else "continue")

    def _dispatch(self) -> None:
        """Continue at the ``pc`` already set."""
        self.out("break" if self.looped else "continue")

    def _emit_block(self, block: list[tuple[int, Instruction]]) -> None:
        out = self.out
        count = len(block)
        self.block_len = count
        out(f"n += {count}")
        if self.budget is not None:
            out(f"if n > {self.budget}: OVER({block[0][0]}, n - {count}, {_REGS})")
        for index, (slot, insn) in enumerate(block):
            self.index = index
            if _is_control(insn):
                self._control(insn, slot)
            else:
                out(*self._simple(insn, slot))

    # -- non-control instructions ------------------------------------------------------------------------------
    def _simple(self, insn: Instruction, slot: int) -> list[str]:
        cls = insn.opcode & 0x07
        if cls in (Class.ALU, Class.ALU64):
            return _alu_code(insn, slot)
        if cls == Class.LDX:
            size = SIZE_BYTES[insn.opcode & 0x18]
            signed = (insn.opcode & 0xE0) == Mode.MEMSX
            return self._load(f"r{insn.dst}", insn.src, insn.off, size, signed, slot)
        if cls == Class.ST:
            size = SIZE_BYTES[insn.opcode & 0x18]
            return self._store(insn.dst, insn.off, size, str(insn.imm & MASK[size]), slot)
        if cls == Class.STX:
            size = SIZE_BYTES[insn.opcode & 0x18]
            if insn.opcode & 0xE0 == Mode.MEM:
                value = f"r{insn.src}" if size == 8 else f"r{insn.src} & {MASK[size]}"
                return self._store(insn.dst, insn.off, size, value, slot)
            return _atomic_code(insn, slot, size)
        if insn.opcode == LD_IMM64:
            if insn.src in (PseudoSrc.IMM, PseudoSrc.BTF_ID):
                return [f"r{insn.dst} = {insn.imm & M64}"]
            if insn.src == PseudoSrc.FUNC:
                return [f"r{insn.dst} = {func_slot(insn, slot) & M64}"]
            return [f"r{insn.dst} = LDI({slot})"]
        # legacy packet loads: an out-of-bounds load ends the program with r0 = 0
        size = SIZE_BYTES[insn.opcode & 0x18]
        offset = str(insn.imm) if insn.opcode & 0xE0 == Mode.ABS else f"r{insn.src} + {insn.imm}"
        rest = self.block_len - self.index - 1  # instructions of this block not executed yet
        return [f"r0 = LDP({slot}, r6, {offset}, {size})",
                f"if r0 is None: raise END(({_ZERO_R0}), n - {rest})"]

    def _offset(self, base: int, off: int, lo: str) -> str:
        """``o = address - lo`` without masking: an unmasked address outside [0, 2**64) never passes the check."""
        if off == 0:
            return f"o = r{base} - {lo}"
        return f"o = r{base} {'+' if off > 0 else '-'} {abs(off)} - {lo}"

    def _masked(self, base: int, off: int) -> str:
        return f"a = (r{base} + {off}) & {M64}" if off else f"a = r{base}"

    def _cached(self, kind: str, base: int, off: int, size: int, slot: int, access: str) -> list[str]:
        """Access through the cache of (kind, base register): on a miss, refill it through Run (which faults)."""
        lo, view, lim = f"{kind}l{base}", f"{kind}v{base}", f"{kind}m{base}_"
        refill = f"{lo}, {view}, z = {'RW' if kind == 'w' else 'RR'}(a, {size}, {slot}); "
        refill += "; ".join(f"{lim}{s} = z - {s}" for s in sorted(self.sizes[kind, base]))
        return [self._offset(base, off, lo),
                f"if not 0 <= o <= {lim}{size}:",
                f"    {self._masked(base, off)}; {refill}; o = a - {lo}",
                access.format(view=view)]

    def _load(self, dst: str, base: int, off: int, size: int, signed: bool, slot: int) -> list[str]:
        tail = f" & {M64}" if signed else ""
        access = f"{dst} = {'S' if signed else 'U'}{size}({{view}}, o)[0]{tail}"
        lines = self._cached("r", base, off, size, slot, access)
        if base != 10:
            return lines
        # the frame's own stack: r10 - off is nearly always inside it, checked against constants
        return [self._offset(10, off, "slo"),
                f"if 0 <= o <= {STACK_SIZE - size}: {access.format(view='sv')}",
                "else:", *("    " + line for line in lines)]

    def _store(self, base: int, off: int, size: int, value: str, slot: int) -> list[str]:
        access = f"P{size}({{view}}, o, {value})"
        lines = self._cached("w", base, off, size, slot, access)
        if base != 10:
            return lines
        return [self._offset(10, off, "slo"),
                f"if 0 <= o <= {STACK_SIZE - size}: {access.format(view='sv')}",
                "else:", *("    " + line for line in lines)]

    # -- control -----------------------------------------------------------------------------------------------
    def _control(self, insn: Instruction, slot: int) -> None:
        out = self.out
        code = insn.opcode
        if code in (JA, GOTOL):
            self._goto(slot, _static_target(insn, slot))  # type: ignore[arg-type]
        elif code == EXIT:
            self._exit()
        elif code == CALL and insn.src == CallSrc.PSEUDO_CALL:
            self._pseudo_call(insn, slot)
        elif code in (CALL, CALLX):
            fn, number = "HC", str(insn.imm)
            if code == CALLX:
                number = f"r{insn.dst}"
            elif insn.src == CallSrc.KFUNC:
                fn = "KF"
            out("st.n = n; st.depth = base + len(fr) + 1",
                f"r0 = {fn}({slot}, {number}, r1, r2, r3, r4, r5)",
                f"n = st.n; {self._invalidate()}")  # a helper may have run callbacks or changed the regions
            if code == CALLX or (fn == "HC" and insn.imm == _TAIL_CALL):
                # bpf_tail_call accepted: the target runs in this frame to its exit, which is this frame's exit
                out("if CTX.pending_tail is not None:")
                out.depth += 1
                out(f"st.n = n; {_REGS}, n = TAIL(base + len(fr), {_REGS_1_10})")
                self._exit()
                out.depth -= 1
        elif code == MAY_GOTO:
            out("if mg: mg -= 1", "else:")
            out.depth += 1
            self._goto(slot, slot + 1 + insn.off)
            out.depth -= 1
        elif code == GOTOX:
            out(f"pc = r{insn.dst}",
                f"if pc >= {self.prog.nslots} or P.at[pc] is None: raise P.bad_target({slot}, pc, 'gotox')")
            self._dispatch()
        else:
            out(f"if {_condition(insn)}:")
            out.depth += 1
            self._goto(slot, slot + 1 + insn.off)
            out.depth -= 1

    def _pseudo_call(self, insn: Instruction, slot: int) -> None:
        out = self.out
        target = slot + 1 + insn.imm
        if not self.prog.valid(target):
            out(f"raise P.bad_target({slot}, {target}, 'call')")
            return
        out(f"if base + len(fr) >= {MAX_CALL_FRAMES - 1}: raise st.too_deep({slot})",
            f"fr.append(({slot + 1}, {_REGS_1_10}, mg))",
            "R = PUSH(base + len(fr))",
            f"slo = R.base; r10 = slo + {STACK_SIZE}; sv = R.view; mg = {self.max_loops}")
        self._goto(slot, target)

    def _exit(self) -> None:
        out = self.out
        out("if fr:")
        out.depth += 1
        out(f"pc, {_REGS_1_10}, mg = fr.pop()",
            "R = POP()",
            f"slo = R.base; sv = R.view; {self._invalidate()}")
        if self.call_at_end:
            out(f"if pc == {self.prog.nslots}: raise P.ran_off({self.prog.nslots - 1})")
        self._dispatch()
        out.depth -= 1
        out(f"return ({_REGS}, n)")


# -- expression builders ---------------------------------------------------------------------------------------
def _alu_code(insn: Instruction, slot: int) -> list[str]:
    code = insn.opcode
    op = code & 0xF0
    x = bool(code & Source.X)
    d, s = f"r{insn.dst}", f"r{insn.src}"
    if code & 0x07 == Class.ALU64:
        return _alu64_code(op, x, d, s, insn, slot)
    return _alu32_code(op, x, d, s, insn)


def _alu64_code(op: int, x: bool, d: str, s: str, insn: Instruction, slot: int) -> list[str]:
    imm = insn.imm
    k = imm & M64
    b = s if x else str(k)
    if op == AluOp.END:
        return [f"{d} = BSWAP{imm}({d}{'' if imm == 64 else f' & {MASK[imm // 8]}'})"]
    if op == AluOp.ADD:
        if not x and imm == 0:
            return []
        return [f"{d} = ({d} - {-imm}) & {M64}" if not x and imm < 0 else f"{d} = ({d} + {b}) & {M64}"]
    if op == AluOp.SUB:
        return [f"{d} = ({d} + {-imm}) & {M64}" if not x and imm < 0 else f"{d} = ({d} - {b}) & {M64}"]
    if op == AluOp.MUL:
        return [f"{d} = ({d} * {b}) & {M64}"]
    if op == AluOp.DIV:
        if insn.off:
            return [f"{d} = SDIV64({d}, {b})"]
        if x:
            return [f"{d} = {d} // {s} if {s} else 0"]
        return [f"{d} //= {k}" if k else f"{d} = 0"]
    if op == AluOp.MOD:
        if insn.off:
            return [f"{d} = SMOD64({d}, {b})"]
        if x:
            return [f"if {s}: {d} %= {s}"]
        return [f"{d} %= {k}"] if k else []
    if op == AluOp.OR:
        return [f"{d} |= {b}"]
    if op == AluOp.AND:
        return [f"{d} &= {b}"]
    if op == AluOp.XOR:
        return [f"{d} ^= {b}"]
    shift = f"({s} & 63)" if x else str(imm & 63)
    if op == AluOp.LSH:
        return [f"{d} = ({d} << {shift}) & {M64}"]
    if op == AluOp.RSH:
        return [f"{d} >>= {shift}"]
    if op == AluOp.ARSH:
        return [f"{d} = ((({d} ^ {SIGN64}) - {SIGN64}) >> {shift}) & {M64}"]
    if op == AluOp.NEG:
        return [f"{d} = -{d} & {M64}"]
    if op == AluOp.MOV:
        if not x:
            return [f"{d} = {k}"]
        if insn.off == ADDR_SPACE_CAST:
            return [f"raise P.error({ADDR_SPACE_CAST_UNSUPPORTED!r}, {slot})"]
        if insn.off:
            return [_sext(d, s, insn.off, M64)]
        return [] if d == s else [f"{d} = {s}"]
    raise ValueError(f"not an ALU64 operation: 0x{op:02x}")


def _sext(d: str, s: str, bits: int, mask: int) -> str:
    sign = 1 << (bits - 1)
    return f"{d} = ((({s} & {(1 << bits) - 1}) ^ {sign}) - {sign}) & {mask}"


def _alu32_code(op: int, x: bool, d: str, s: str, insn: Instruction) -> list[str]:
    imm = insn.imm
    k = imm & M32
    b = s if x else str(k)
    W = M32
    if op == AluOp.END:
        width = imm
        if x:  # to big endian: swap
            return [f"{d} = BSWAP{width}({d}{'' if width == 64 else f' & {MASK[width // 8]}'})"]
        return [] if width == 64 else [f"{d} &= {MASK[width // 8]}"]
    if op == AluOp.ADD:
        return [f"{d} = ({d} + {b}) & {W}"]
    if op == AluOp.SUB:
        return [f"{d} = ({d} - {b}) & {W}"]
    if op == AluOp.MUL:
        return [f"{d} = ({d} * {b}) & {W}"]
    if op == AluOp.DIV:
        if insn.off:
            return [f"{d} = SDIV32({d}, {b})"]
        if x:
            return [f"t = {s} & {W}", f"{d} = ({d} & {W}) // t if t else 0"]
        return [f"{d} = ({d} & {W}) // {k}" if k else f"{d} = 0"]
    if op == AluOp.MOD:
        if insn.off:
            return [f"{d} = SMOD32({d}, {b})"]
        if x:
            return [f"t = {s} & {W}", f"{d} = ({d} & {W}) % t if t else {d} & {W}"]
        return [f"{d} = ({d} & {W}) % {k}" if k else f"{d} &= {W}"]
    if op == AluOp.OR:
        return [f"{d} = ({d} | {b}) & {W}"]
    if op == AluOp.AND:
        return [f"{d} &= {s} & {W}" if x else f"{d} &= {k}"]
    if op == AluOp.XOR:
        return [f"{d} = ({d} ^ {b}) & {W}"]
    shift = f"({s} & 31)" if x else str(imm & 31)
    if op == AluOp.LSH:
        return [f"{d} = ({d} << {shift}) & {W}"]
    if op == AluOp.RSH:
        return [f"{d} = ({d} & {W}) >> {shift}"]
    if op == AluOp.ARSH:
        return [f"{d} = (((({d} & {W}) ^ {SIGN32}) - {SIGN32}) >> {shift}) & {W}"]
    if op == AluOp.NEG:
        return [f"{d} = -{d} & {W}"]
    if op == AluOp.MOV:
        if not x:
            return [f"{d} = {k}"]
        if insn.off:
            return [_sext(d, s, insn.off, W)]
        return [f"{d} = {s} & {W}"]
    raise ValueError(f"not an ALU32 operation: 0x{op:02x}")


def _atomic_code(insn: Instruction, slot: int, size: int) -> list[str]:
    d, s, imm, off = insn.dst, insn.src, insn.imm, insn.off
    if imm == AtomicOp.LOAD_ACQ:
        return [f"r{d} = LA({slot}, (r{s} + {off}) & {M64}, {size})"]
    address = f"(r{d} + {off}) & {M64}"
    if imm == AtomicOp.STORE_REL:
        return [f"SR({slot}, {address}, {size}, r{s})"]
    call = f"AT({slot}, {address}, {size}, {imm}, r{s}, r0)"
    if imm == AtomicOp.CMPXCHG:
        return [f"r0 = {call}"]
    if imm & 0x01:  # FETCH forms and xchg
        return [f"r{s} = {call}"]
    return [call]


_CMP = {JmpOp.JEQ: "==", JmpOp.JNE: "!=", JmpOp.JGT: ">", JmpOp.JGE: ">=", JmpOp.JLT: "<", JmpOp.JLE: "<=",
        JmpOp.JSGT: ">", JmpOp.JSGE: ">=", JmpOp.JSLT: "<", JmpOp.JSLE: "<="}
_SIGNED_JUMPS = frozenset({JmpOp.JSGT, JmpOp.JSGE, JmpOp.JSLT, JmpOp.JSLE})


def _condition(insn: Instruction) -> str:
    code = insn.opcode
    op = code & 0xF0
    is32 = code & 0x07 == Class.JMP32
    x = bool(code & Source.X)
    mask, bias = (M32, SIGN32) if is32 else (M64, SIGN64)
    d, s = f"r{insn.dst}", f"r{insn.src}"
    k = insn.imm & mask
    if op == JmpOp.JSET:
        return f"{d} & {s}{f' & {M32}' if is32 else ''}" if x else f"{d} & {k}"
    a = f"({d} & {M32})" if is32 else d
    b = (f"({s} & {M32})" if is32 else s) if x else str(k)
    if op in _SIGNED_JUMPS:
        right = f"({b} ^ {bias})" if x else str(k ^ bias)
        return f"({a} ^ {bias}) {_CMP[op]} {right}"  # type: ignore[index]
    return f"{a} {_CMP[op]} {b}"  # type: ignore[index]


def compile_program(prog: Program, budget: int | None, max_loops: int) -> FastFn:
    """Translate ``prog`` to its fast-path function."""
    return _Compiler(prog, budget, max_loops).compile()

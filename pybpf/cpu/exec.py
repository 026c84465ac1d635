"""Reference executor: the two-pass scheme in plain Python, the oracle the native executor is tested against.

It has exactly the native semantics (:mod:`pybpf.cpu.native`): same checks in the same order, same statuses, same
record, same store forwarding in pass 1. Memory is touched only through native single-copy atomic loads and
stores. ``trace(pass_no, slot, insn, regs)`` is called before every instruction: single-stepping.

Pass 1 executes without stores: each access is checked against the registered regions (FAULT), alignment for
load-acquire / store-release (MISALIGNED), the tainted-access record (TMEM) and the page set (PAGES, or NEED_PAGE
when this process has not yet populated the page); stores go to a shadow so that later loads of the same bytes see
them (load-after-own-store sees the program's own store, as pass 2 will). Tainted branches are recorded. Pass 2
replays with real loads and stores and compares every tainted access and branch with the record: a difference
before any store restarts the section (at most RETRIES_MAX times, then AGAIN), after a store it is IO. Pass 2 also
remembers its last CHECKED_LOADS_MAX distinct loads and commits a store that overwrites loaded bytes with a
compare-and-swap expecting them unchanged (:meth:`Reference._commit`); a failure is a CONFLICT, handled the same way.
This executor computes the expected bytes byte by byte, independently of the native word arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable

from pybpf.cpu.context import Cause, Outcome, St
from pybpf.cpu.jit import primitives
from pybpf.cpu.limits import (
    CHECKED_LOADS_MAX,
    PAGE_SIZE,
    PAGES_MAX,
    RETIRED_INSN_MAX,
    RETRIES_MAX,
    TAINTED_BRANCHES_MAX,
    TAINTED_MEM_OPS_MAX,
)
from pybpf.cpu.memory import PIN_READ, PIN_WRITE, UserMemory
from pybpf.cpu.validate import BARRIER_OPCODE, Program
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import EXIT, GOTOL, LD_IMM64, AluOp, AtomicOp, Class, JmpOp, Mode, Source

M64 = (1 << 64) - 1
M32 = (1 << 32) - 1
_PM = PAGE_SIZE - 1
_SIZES = {0x00: 4, 0x08: 2, 0x10: 1, 0x18: 8}
Trace = Callable[[int, int, Instruction, tuple[int, ...]], None]


class _Stop(Exception):
    """Ends a pass with a status (an error, or MISMATCH in pass 2)."""

    def __init__(self, status: St, slot: int, addr: int = 0, n: int = 0, rw: int = 0) -> None:
        self.status = status
        self.slot = slot
        self.addr = addr
        self.n = n
        self.rw = rw


def _s(v: int, bits: int) -> int:
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


class Reference:
    """Runs one program's section (both passes, restarts) against the regions of ``snapshot``."""

    def __init__(self, prog: Program, args: tuple[int, ...],
                 snapshot: tuple[tuple[int, int, UserMemory], ...], trace: Trace | None = None, *,
                 before_store: Callable[[int], None] | None = None, cas: bool = True) -> None:
        self.prog = prog
        self.args = args
        self.snapshot = snapshot
        self.trace = trace
        self.before_store = before_store  # test hook: called with the slot before each pass-2 store is committed
        self.cas = cas  # False: every store is plain (a test control)
        self.mem = primitives()
        self.index = prog.index_of_slot()
        self.imm_of_slot: dict[int, int] = {}
        k = 0
        for insn, slot in zip(prog.insns, prog.slots):
            if insn.opcode == LD_IMM64:
                self.imm_of_slot[slot] = args[k] & M64
                k += 1

    # -- the section ----------------------------------------------------------------------------------------------
    def section(self, hook: Callable[[], None] | None = None) -> Outcome:
        out = Outcome(St.OK)
        while True:
            self.stores = 0
            self.cause = Cause.NONE
            st = self._pass(1, out)
            if st != St.OK:
                return self._end(out, st)
            if hook is not None:
                hook()
            st = self._pass(2, out)
            if st == St.OK:
                return self._end(out, St.OK)
            if self.stores:
                return self._end(out, St.IO)
            if st != St.MISMATCH:
                return self._end(out, st)
            out.restarts += 1
            if out.restarts > RETRIES_MAX:
                return self._end(out, St.AGAIN)

    def _end(self, out: Outcome, st: St) -> Outcome:
        out.status = st
        out.stores = self.stores
        out.cause = self.cause
        return out

    # -- one pass ---------------------------------------------------------------------------------------------------
    def _pass(self, p: int, out: Outcome) -> St:
        self.p = p
        self.regs = [0] * 10
        self.taint = [False] * 10
        self.retired = 0
        if p == 1:
            self.pages: list[list[int]] = []  # [page, rw]
            self.shadow: dict[int, int] = {}
            self.tmem: list[tuple[int, int, int]] = []
            self.tbr: list[bool] = []
        self.tmi = 0
        self.tbi = 0
        self.loads: list[tuple[int, int, int]] = []  # pass 2: (address, width, value), least recently loaded first
        try:
            self._execute()
        except _Stop as stop:
            if p == 1:
                out.retired = self.retired
            else:
                out.retired2 = self.retired
            out.slot = stop.slot
            if stop.status not in (St.MISMATCH,):
                out.faddr, out.flen, out.frw = stop.addr, stop.n, stop.rw
            return stop.status
        if p == 1:
            out.retired = self.retired
        else:
            out.retired2 = self.retired
        out.r0 = _s(self.regs[0], 64)
        out.slot = -1
        return St.OK

    def _execute(self) -> None:
        prog = self.prog
        pc = 0
        while pc < prog.nslots:
            insn = prog.insns[self.index[pc]]
            if self.retired >= RETIRED_INSN_MAX:
                raise _Stop(St.BUDGET, pc)
            self.retired += 1
            if self.trace is not None:
                self.trace(self.p, pc, insn, tuple(self.regs))
            pc = self._step(insn, pc)

    def _step(self, insn: Instruction, pc: int) -> int:
        code = insn.opcode
        cls = code & 0x07
        r = self.regs
        t = self.taint
        if code == LD_IMM64:
            r[insn.dst] = self.imm_of_slot[pc]
            t[insn.dst] = False
            return pc + 2
        if code == BARRIER_OPCODE:
            if self.p == 2:
                self.mem.fence()
            return pc + 1
        if cls in (Class.ALU, Class.ALU64):
            self._alu(insn)
            return pc + 1
        if cls in (Class.JMP, Class.JMP32):
            return self._jmp(insn, pc)
        size = _SIZES[code & 0x18]
        if cls == Class.LDX:
            v = self._load(pc, (r[insn.src] + insn.off) & M64, size, t[insn.src], acquire=False)
            if (code & 0xE0) == Mode.MEMSX:
                v = _s(v, size * 8) & M64
            r[insn.dst] = v
            t[insn.dst] = True
        elif cls == Class.ST:
            self._store(pc, (r[insn.dst] + insn.off) & M64, size, t[insn.dst], insn.imm & M64, release=False)
        elif (code & 0xE0) == Mode.ATOMIC and insn.imm == AtomicOp.LOAD_ACQ:
            r[insn.dst] = self._load(pc, (r[insn.src] + insn.off) & M64, size, t[insn.src], acquire=True)
            t[insn.dst] = True
        else:
            release = (code & 0xE0) == Mode.ATOMIC
            self._store(pc, (r[insn.dst] + insn.off) & M64, size, t[insn.dst], r[insn.src], release=release)
        return pc + 1

    # -- memory -----------------------------------------------------------------------------------------------------
    def _access(self, pc: int, addr: int, n: int, rw: int, tainted: bool, aligned: bool) -> None:
        end = addr + n
        if end > M64:
            raise _Stop(St.FAULT, pc, addr, n, rw)
        region = next(((b, m) for b, limit, m in self.snapshot if b <= addr and end <= limit), None)
        if region is None:
            raise _Stop(St.FAULT, pc, addr, n, rw)
        base, mem = region
        if aligned and addr & (n - 1):
            raise _Stop(St.MISALIGNED, pc, addr, n, rw)
        if tainted:
            if len(self.tmem) >= TAINTED_MEM_OPS_MAX:
                raise _Stop(St.TMEM, pc, addr, n, rw)
            self.tmem.append((addr, n, rw))
        first = addr & ~_PM
        self._touch(pc, mem, base, first, rw, addr, n)
        last = (end - 1) & ~_PM
        if last != first:
            self._touch(pc, mem, base, last, rw, addr, n)

    def _touch(self, pc: int, mem: UserMemory, base: int, page: int, rw: int, addr: int, n: int) -> None:
        pin = mem.pins[(page - base) >> (PAGE_SIZE.bit_length() - 1)]
        for entry in self.pages:
            if entry[0] == page:
                if rw > entry[1]:
                    if pin & PIN_WRITE != PIN_WRITE:
                        raise _Stop(St.NEED_PAGE, pc, page, PAGE_SIZE, rw)
                    entry[1] = 1
                return
        if len(self.pages) >= PAGES_MAX:
            raise _Stop(St.PAGES, pc, addr, n, rw)
        want = PIN_WRITE if rw else PIN_READ
        if pin & want != want:
            raise _Stop(St.NEED_PAGE, pc, page, PAGE_SIZE, rw)
        self.pages.append([page, rw])

    def _record(self, pc: int, addr: int, n: int, rw: int) -> None:
        if self.tmi >= len(self.tmem):
            self.cause = Cause.EXTRA
            raise _Stop(St.MISMATCH, pc)
        expected = self.tmem[self.tmi]
        self.tmi += 1
        if expected != (addr, n, rw):
            self.cause = Cause.ACCESS
            raise _Stop(St.MISMATCH, pc)

    def _load(self, pc: int, addr: int, n: int, tainted: bool, *, acquire: bool) -> int:
        if self.p == 1:
            self._access(pc, addr, n, 0, tainted, acquire)
            crosses = (addr & _PM) + n > PAGE_SIZE
            if crosses:
                data = [self.mem.load(addr + i, 1) for i in range(n)]
            else:
                v = self.mem.load(addr, n, acquire)
                data = [(v >> (8 * i)) & 0xFF for i in range(n)]
            shadow = self.shadow
            value = 0
            for i in range(n):
                value |= shadow.get(addr + i, data[i]) << (8 * i)
            return value
        if tainted:
            self._record(pc, addr, n, 0)
        value = self.mem.load(addr, n, acquire)
        self._remember(addr, n, value)
        return value

    def _remember(self, addr: int, n: int, value: int) -> None:
        """Pass 2: the newest load of (addr, n); beyond CHECKED_LOADS_MAX distinct ones the least recent is dropped."""
        loads = self.loads
        for i, (a, w, _) in enumerate(loads):
            if a == addr and w == n:
                del loads[i]
                break
        else:
            if len(loads) >= CHECKED_LOADS_MAX:
                del loads[0]
        loads.append((addr, n, value))

    def _store(self, pc: int, addr: int, n: int, tainted: bool, value: int, *, release: bool) -> None:
        value &= (1 << (8 * n)) - 1
        if self.p == 1:
            self._access(pc, addr, n, 1, tainted, release)
            for i in range(n):
                self.shadow[addr + i] = (value >> (8 * i)) & 0xFF
            return
        if tainted:
            self._record(pc, addr, n, 1)
        if self.before_store is not None:
            self.before_store(pc)
        if not self.cas or not any(a < addr + n and addr < a + w for a, w, _ in self.loads):
            self.mem.store(addr, n, value, release)
            self.stores += 1
            return
        if addr % n == 0:
            self._commit(pc, addr, n, addr, n, value)
            self.stores += 1
        else:  # no CAS of a misaligned width: one per aligned 8-byte word, in address order
            first, last = addr & ~7, (addr + n - 1) & ~7
            self._commit(pc, first, 8, addr, n, value)
            self.stores += 1
            if last != first:
                self._commit(pc, last, 8, addr, n, value)
        # an own store: the remembered loads now expect what was stored
        for k, (a, w, v) in enumerate(self.loads):
            for b in range(max(a, addr), min(a + w, addr + n)):
                byte = 0xFF << (8 * (b - a))
                v = (v & ~byte) | (((value >> (8 * (b - addr))) & 0xFF) << (8 * (b - a)))
            self.loads[k] = (a, w, v)

    def _commit(self, pc: int, word: int, width: int, addr: int, n: int, value: int) -> None:
        """CAS the bytes of the store [addr, addr + n) that lie in the aligned ``width`` bytes at ``word``, expecting
        each of them that a remembered load covered to hold what the most recent such load returned."""
        lmask = lexp = 0  # the loaded bytes this piece overwrites, and their expected values (word frame)
        for a, w, v in self.loads:  # oldest first: the newest load of a byte wins
            for b in range(max(a, addr, word), min(a + w, addr + n, word + width)):
                byte = 0xFF << (8 * (b - word))
                lmask |= byte
                lexp = (lexp & ~byte) | (((v >> (8 * (b - a))) & 0xFF) << (8 * (b - word)))
        pmask = pval = 0  # the bytes of the store in this piece
        for b in range(max(addr, word), min(addr + n, word + width)):
            pmask |= 0xFF << (8 * (b - word))
            pval |= ((value >> (8 * (b - addr))) & 0xFF) << (8 * (b - word))
        full = (1 << (8 * width)) - 1
        cur = lexp if lmask == full else self.mem.load(word, width)
        while True:
            exp = (cur & ~lmask) | lexp
            old = self.mem.cas(word, width, exp, (exp & ~pmask) | pval)
            if old == exp:
                return
            if old & lmask != lexp:
                self.cause = Cause.CONFLICT
                raise _Stop(St.MISMATCH, pc)
            cur = old  # only bytes nobody loaded changed: try again

    # -- ALU and jumps ---------------------------------------------------------------------------------------------
    def _alu(self, insn: Instruction) -> None:
        code = insn.opcode
        wide = (code & 0x07) == Class.ALU64
        bits = 64 if wide else 32
        mask = M64 if wide else M32
        op = code & 0xF0
        x = bool(code & Source.X)
        r = self.regs
        d = insn.dst
        a = r[d] & mask
        if op == AluOp.END:
            width = insn.imm
            v = r[d] & ((1 << width) - 1)
            if wide or x:
                v = int.from_bytes(v.to_bytes(width // 8, "little"), "big")
            r[d] = v
            return
        if op == AluOp.NEG:
            r[d] = (-a) & mask
            return
        b = (r[insn.src] & mask) if x else (insn.imm & mask)
        if op == AluOp.MOV:
            if x and insn.off:
                b = _s(b, insn.off) & mask
            r[d] = b
            self.taint[d] = self.taint[insn.src] if x else False
            return
        if op == AluOp.ADD:
            v = a + b
        elif op == AluOp.SUB:
            v = a - b
        elif op == AluOp.MUL:
            v = a * b
        elif op == AluOp.OR:
            v = a | b
        elif op == AluOp.AND:
            v = a & b
        elif op == AluOp.XOR:
            v = a ^ b
        elif op == AluOp.LSH:
            v = a << (b & (bits - 1))
        elif op == AluOp.RSH:
            v = a >> (b & (bits - 1))
        elif op == AluOp.ARSH:
            v = _s(a, bits) >> (b & (bits - 1))
        elif op == AluOp.DIV:
            v = _div(a, b, bits, insn.off == 1)
        elif op == AluOp.MOD:
            v = _mod(a, b, bits, insn.off == 1)
        else:  # pragma: no cover - validation admits nothing else
            raise AssertionError(f"ALU op 0x{op:02x}")
        r[d] = v & mask
        if x:
            self.taint[d] = self.taint[d] or self.taint[insn.src]

    def _jmp(self, insn: Instruction, pc: int) -> int:
        code = insn.opcode
        if code == EXIT:
            return self.prog.nslots
        if code == GOTOL:
            return pc + 1 + insn.imm
        op = code & 0xF0
        if op == JmpOp.JA:
            return pc + 1 + insn.off
        wide = (code & 0x07) == Class.JMP
        bits = 64 if wide else 32
        mask = M64 if wide else M32
        a = self.regs[insn.dst] & mask
        tainted = self.taint[insn.dst]
        if code & Source.X:
            b = self.regs[insn.src] & mask
            tainted = tainted or self.taint[insn.src]
        else:
            b = insn.imm & mask
        cond = _compare(op, a, b, bits)
        if tainted:
            if self.p == 1:
                if len(self.tbr) >= TAINTED_BRANCHES_MAX:
                    raise _Stop(St.TBR, pc)
                self.tbr.append(cond)
            else:
                if self.tbi >= len(self.tbr):
                    self.cause = Cause.EXTRA
                    raise _Stop(St.MISMATCH, pc)
                expected = self.tbr[self.tbi]
                self.tbi += 1
                if expected != cond:
                    self.cause = Cause.BRANCH
                    raise _Stop(St.MISMATCH, pc)
        return pc + 1 + insn.off if cond else pc + 1


def _compare(op: int, a: int, b: int, bits: int) -> bool:
    if op == JmpOp.JEQ:
        return a == b
    if op == JmpOp.JNE:
        return a != b
    if op == JmpOp.JSET:
        return bool(a & b)
    if op == JmpOp.JGT:
        return a > b
    if op == JmpOp.JGE:
        return a >= b
    if op == JmpOp.JLT:
        return a < b
    if op == JmpOp.JLE:
        return a <= b
    sa, sb = _s(a, bits), _s(b, bits)
    if op == JmpOp.JSGT:
        return sa > sb
    if op == JmpOp.JSGE:
        return sa >= sb
    if op == JmpOp.JSLT:
        return sa < sb
    if op == JmpOp.JSLE:
        return sa <= sb
    raise AssertionError(f"JMP op 0x{op:02x}")  # pragma: no cover


def _div(a: int, b: int, bits: int, signed: bool) -> int:
    """Linux semantics: x / 0 = 0; signed division truncates; INT_MIN / -1 = INT_MIN."""
    if b == 0:
        return 0
    if not signed:
        return a // b
    sa, sb = _s(a, bits), _s(b, bits)
    q = abs(sa) // abs(sb)
    return q if (sa < 0) == (sb < 0) else -q


def _mod(a: int, b: int, bits: int, signed: bool) -> int:
    """Linux semantics: x % 0 = x; the sign follows the dividend; INT_MIN % -1 = 0."""
    if b == 0:
        return a
    if not signed:
        return a % b
    sa, sb = _s(a, bits), _s(b, bits)
    m = abs(sa) % abs(sb)
    return -m if sa < 0 else m

"""The execution core both engines share: program layout, per-run state, checked memory, calls and faults.

:class:`Program` is the static view of an instruction list (slots, function entries, instruction text).
:class:`Run` is one execution: the address space, the stack frames it registered, the instruction count, the
helper context. :func:`exec_simple` is the reference semantics of every instruction that does not transfer
control; the step machine uses it for each such instruction, and the compiled fast path uses it to replay the
last few instructions exactly when the budget runs out in the middle of a block.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pybpf.errors import BudgetExceeded, ExecutionError, Fault, PybpfError
from pybpf.helpers.registry import CallContext, Helper, HelperTable, helper_name
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
    ATOMIC_FETCH,
    CALL,
    LD_IMM64,
    MAX_CALL_FRAMES,
    SIZE_BYTES,
    STACK_SIZE,
    AluOp,
    AtomicOp,
    CallSrc,
    Class,
    Mode,
    PseudoSrc,
    Source,
)
from pybpf.vm._alu import M32, M64, alu32, alu64, endian, sext
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind

if TYPE_CHECKING:
    from pybpf.vm.interp import Interpreter

UNSIGNED = {1: struct.Struct("<B"), 2: struct.Struct("<H"), 4: struct.Struct("<I"), 8: struct.Struct("<Q")}
SIGNED = {1: struct.Struct("<b"), 2: struct.Struct("<h"), 4: struct.Struct("<i"), 8: struct.Struct("<q")}
MASK = {1: 0xFF, 2: 0xFFFF, 4: M32, 8: M64}
_ZERO_STACK = bytes(STACK_SIZE)
_NULL_PAGE = 4096
SKF_NET_OFF = -0x100000  # legacy packet loads: offsets from here on are relative to the network header
SKF_LL_OFF = -0x200000  # ... and from here on to the mac (link-layer) header
ADDR_SPACE_CAST_UNSUPPORTED = "addr_space_cast needs a BPF arena; arenas are not modelled"


def _fallback_text(insn: Instruction) -> str:
    return (f"opcode 0x{insn.opcode:02x} dst r{insn.dst} src r{insn.src} off {insn.off} imm {insn.imm}")


def insn_text(insn: Instruction, slot: int) -> str:
    """Instruction text for messages: the disassembler's when it is available, else the raw fields."""
    try:
        from pybpf.isa.disasm import disasm
    except ImportError:
        return _fallback_text(insn)
    try:
        return str(disasm(insn, slot))
    except Exception:  # the disassembler must never turn a fault report into a crash
        return _fallback_text(insn)


class EndProgram(Exception):
    """A legacy packet load was out of bounds: the whole program ends with r0 = 0 (Linux's behaviour)."""

    def __init__(self, regs: Sequence[int], steps: int) -> None:
        super().__init__("program ended by an out-of-bounds packet load")
        self.regs = tuple(regs)
        self.steps = steps


class Program:
    """The static layout of a program: instruction per slot, function entries, and text for messages."""

    def __init__(self, insns: Sequence[Instruction], name: str) -> None:
        self.insns = tuple(insns)
        self.name = name
        at: list[Instruction | None] = []
        for insn in self.insns:
            at.append(insn)
            if insn.opcode == LD_IMM64:
                at.append(None)  # the second half of LD_IMM64 is not an instruction
        self.at = at
        self.nslots = len(at)
        entries = {0} if at else set()
        for slot, insn in enumerate(at):
            if insn is None:
                continue
            if insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL:
                target = slot + 1 + insn.imm
            elif insn.opcode == LD_IMM64 and insn.src == PseudoSrc.FUNC:
                target = func_slot(insn, slot)
            else:
                continue
            if self.valid(target):
                entries.add(target)
        self.functions = frozenset(entries)
        self._text: dict[int, str] = {}

    def valid(self, slot: int) -> bool:
        """Whether ``slot`` holds the start of an instruction."""
        return 0 <= slot < self.nslots and self.at[slot] is not None

    def text(self, slot: int) -> str:
        if slot not in self._text:
            insn = self.at[slot] if 0 <= slot < self.nslots else None
            self._text[slot] = insn_text(insn, slot) if insn is not None else "?"
        return self._text[slot]

    def error(self, reason: str, slot: int) -> ExecutionError:
        return ExecutionError(reason, pc=slot, insn=self.text(slot), program=self.name)

    def bad_target(self, slot: int, target: int, what: str = "jump") -> ExecutionError:
        """The error for a control transfer to ``target`` that is not an instruction."""
        if 0 <= target < self.nslots:
            why = f"is the second half of the LD_IMM64 at slot {target - 1}"
        else:
            why = f"is outside the program (slots 0-{self.nslots - 1})"
        return self.error(f"{what} target slot {target} {why}", slot)

    def ran_off(self, slot: int) -> ExecutionError:
        return self.error("execution ran past the last instruction (no exit)", slot)


def func_slot(insn: Instruction, slot: int) -> int:
    """The value LD_IMM64 src 4 (a function reference) loads: the ABSOLUTE slot index of the function.

    The instruction carries the offset relative to the next slot in its low word, as Linux's does.
    """
    return slot + 1 + sext(insn.imm, 32)


class Run:
    """One execution of a program on an address space: stacks, instruction count, helper context."""

    def __init__(self, interp: Interpreter, space: AddressSpace) -> None:
        self.interp = interp
        self.prog: Program = interp.program
        self.name = interp.name
        self.space = space
        self.budget = interp.budget
        self.max_loops = interp.max_loops
        self.helpers: HelperTable = interp.helpers
        self.resolve = interp.ld_imm64
        self.packet = interp.packet
        self.n = 0  # instructions executed so far
        self.depth = 1  # frames live when a helper is called (callbacks push on top of them)
        self.stacks: list[Region] = []
        self._pool = interp._take_stack_pool()
        # one environment for the whole run, tail calls included: the top program's helper table's
        self.ctx = CallContext(space, program=self.name, describe=self.prog.text,
                               env=getattr(self.helpers, "env", None))

    # -- stack frames -------------------------------------------------------------------------------------------
    def push_stack(self, index: int) -> Region:
        """Register a fresh zeroed 512-byte stack for frame ``index`` (buffers are reused between runs)."""
        pool = self._pool
        while len(pool) <= index:
            buf = NativeBuffer(STACK_SIZE)
            pool.append(Region.of(buf, RegionKind.STACK, f"stack[frame {len(pool)}]"))
        region = pool[index]
        region.view[:] = _ZERO_STACK
        self.space.add(region)
        self.stacks.append(region)
        return region

    def pop_stack(self) -> Region | None:
        """Unregister the top frame's stack; returns the stack of the frame below it."""
        self.space.remove(self.stacks.pop())
        return self.stacks[-1] if self.stacks else None

    def close(self) -> None:
        """Unregister every stack still registered and give the buffers back to the interpreter."""
        for region in self.stacks:
            self.space.remove(region)
        self.stacks.clear()
        if self._pool is not None:
            self.interp._return_stack_pool(self._pool)
            self._pool = None  # type: ignore[assignment]

    # -- tail calls ---------------------------------------------------------------------------------------------
    def switch(self, interp: Interpreter) -> tuple:
        """Make ``interp`` the running program (a tail call); returns what :meth:`restore` needs to undo it."""
        saved = (self.interp, self.prog, self.name, self.budget, self.max_loops, self.helpers, self.resolve,
                 self.packet)
        self.interp = interp
        self.prog = interp.program
        self.name = interp.name
        self.budget = interp.budget
        self.max_loops = interp.max_loops
        self.helpers = interp.helpers
        self.resolve = interp.ld_imm64
        self.packet = interp.packet
        self.ctx.program = interp.name
        self.ctx.describe = interp.program.text
        return saved

    def restore(self, saved: tuple) -> None:
        (self.interp, self.prog, self.name, self.budget, self.max_loops, self.helpers, self.resolve,
         self.packet) = saved
        self.ctx.program = self.name
        self.ctx.describe = self.prog.text

    def tail(self, frame: int, *regs: int) -> tuple[int, ...]:
        """The fast path's tail call: run the pending target in frame ``frame`` (registers r1-r10 as they are) to
        its exit; returns its final r0-r10 and the instruction count."""
        target = self.ctx.pending_tail
        self.ctx.pending_tail = None
        if not target.program.nslots:
            raise ExecutionError("tail call to an empty program", pc=self.ctx.pc, program=target.name)
        saved = self.switch(target)
        try:
            out = target.compiled()(self, 0, *regs, 0, target.max_loops, frame)
        finally:
            self.restore(saved)
        self.n = out[11]
        return out

    def too_deep(self, slot: int) -> ExecutionError:
        return self.prog.error(f"call depth exceeds {MAX_CALL_FRAMES} frames", slot)

    # -- faults and checked memory ------------------------------------------------------------------------------
    def fault(self, reason: str, slot: int, address: int, size: int) -> Fault:
        return Fault(reason, pc=slot, insn=self.prog.text(slot), address=address, size=size,
                     region=self.space.describe_nearest(address), program=self.name)

    def access_fault(self, slot: int, address: int, size: int, write: bool) -> Fault:
        what = "write" if write else "read"
        region = self.space.find(address, size)
        if region is not None and write and not region.writable:
            reason = "write to read-only memory"
        elif self.space.find(address, 1) is not None:
            reason = f"out-of-bounds {what}"
        elif address < _NULL_PAGE:
            reason = f"null pointer {what}"
        else:
            reason = f"{what} of unknown address"
        return self.fault(reason, slot, address, size)

    def region_r(self, address: int, size: int, slot: int) -> tuple[int, memoryview, int]:
        """(base, view, size) of the region holding ``[address, address+size)``, else a Fault."""
        r = self.space.find(address, size)
        if r is None:
            raise self.access_fault(slot, address, size, False)
        return r.base, r.view, r.size

    def region_w(self, address: int, size: int, slot: int) -> tuple[int, memoryview, int]:
        """Like :meth:`region_r` for a store: the region must also be writable."""
        r = self.space.find(address, size)
        if r is None or not r.writable:
            raise self.access_fault(slot, address, size, True)
        return r.base, r.view, r.size

    def load(self, slot: int, address: int, size: int, signed: bool = False) -> int:
        base, view, _ = self.region_r(address, size, slot)
        value = (SIGNED if signed else UNSIGNED)[size].unpack_from(view, address - base)[0]
        return value & M64

    def store(self, slot: int, address: int, size: int, value: int) -> None:
        base, view, _ = self.region_w(address, size, slot)
        UNSIGNED[size].pack_into(view, address - base, value & MASK[size])

    def _aligned(self, slot: int, address: int, size: int, write: bool) -> tuple[int, memoryview]:
        base, view, _ = (self.region_w if write else self.region_r)(address, size, slot)
        if address % size:
            raise self.fault(f"misaligned atomic access (must be {size}-byte aligned)", slot, address, size)
        return address - base, view

    def atomic(self, slot: int, address: int, size: int, op: int, src: int, r0: int) -> int:
        """A read-modify-write atomic (W or DW); returns the old value, zero-extended.

        The caller puts it where the operation says: into src for FETCH forms and xchg, into r0 for cmpxchg.
        """
        offset, view = self._aligned(slot, address, size, True)
        fmt = UNSIGNED[size]
        mask = MASK[size]
        old = fmt.unpack_from(view, offset)[0]
        if op == AtomicOp.XCHG:
            fmt.pack_into(view, offset, src & mask)
        elif op == AtomicOp.CMPXCHG:
            if old == r0 & mask:
                fmt.pack_into(view, offset, src & mask)
        else:
            kind = op & ~ATOMIC_FETCH
            if kind == AtomicOp.ADD:
                new = (old + src) & mask
            elif kind == AtomicOp.OR:
                new = old | (src & mask)
            elif kind == AtomicOp.AND:
                new = old & src
            elif kind == AtomicOp.XOR:
                new = old ^ (src & mask)
            else:
                raise self.prog.error(f"unknown atomic operation 0x{op:x}", slot)
            fmt.pack_into(view, offset, new)
        return old

    def load_acquire(self, slot: int, address: int, size: int) -> int:
        offset, view = self._aligned(slot, address, size, False)
        return UNSIGNED[size].unpack_from(view, offset)[0]

    def store_release(self, slot: int, address: int, size: int, value: int) -> None:
        offset, view = self._aligned(slot, address, size, True)
        UNSIGNED[size].pack_into(view, offset, value & MASK[size])

    # -- LD_IMM64 and legacy packet loads -----------------------------------------------------------------------
    def ld_imm64(self, slot: int) -> int:
        """The value of a map-referencing LD_IMM64 (src 1, 2, 5, 6), from the loader's resolver."""
        insn = self.prog.at[slot]
        assert insn is not None
        if self.resolve is None:
            kind = PseudoSrc(insn.src).name.lower()
            raise self.prog.error(f"unresolved map reference (LD_IMM64 src {insn.src} = {kind})", slot)
        return int(self.resolve(insn, slot)) & M64

    def ld_packet(self, slot: int, r6: int, offset: int, size: int) -> int | None:
        """A legacy LD_ABS/LD_IND load in network byte order; None when out of bounds (the program then ends).

        The packet resolver gives ``(data, length)``, or Linux's full view ``(data, length, head, tail, network
        header, mac header)`` (addresses): offsets >= 0 read ``[data, data+length)``; negative offsets from
        SKF_NET_OFF up are relative to the network header, from SKF_LL_OFF up to the mac header, and must stay
        within ``[head, tail)`` (bpf_internal_load_pointer_neg_helper). With only ``(data, length)``, or without a
        resolver (r6 then points into a region that holds the packet), the network header is the data start and
        the link-layer range is not modelled.
        """
        offset = sext(offset, 32)  # Linux passes the offset to its load helper as an int
        view = self.packet(r6) if self.packet is not None else None
        if self.packet is not None and view is None:
            raise self.fault("legacy packet load: r6 is not a socket buffer context", slot, r6, 1)
        if view is not None and len(view) == 6:
            data, length, head, tail, network, mac = view
            if offset >= 0:
                if offset + size > length:
                    return None
                address = data + offset
            else:
                if offset >= SKF_NET_OFF:
                    address = network + offset - SKF_NET_OFF
                elif offset >= SKF_LL_OFF:
                    address = mac + offset - SKF_LL_OFF
                else:
                    return None
                if address < head or address + size > tail:
                    return None
        else:
            if offset < 0:
                if offset < SKF_NET_OFF:
                    return None
                offset -= SKF_NET_OFF
            if view is not None:
                data, length = view
            else:
                region = self.space.find(r6, 1)
                if region is None:
                    raise self.fault("legacy packet load: r6 points into no region", slot, r6, 1)
                data, length = r6, region.end - r6
            if offset < 0 or offset + size > length:
                return None
            address = data + offset
        raw = self.space.read(address, size)
        if raw is None:
            raise self.access_fault(slot, address, size, False)
        return int.from_bytes(raw, "big")

    # -- helpers and kfuncs -------------------------------------------------------------------------------------
    def _invoke(self, helper: Helper, slot: int, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
        ctx = self.ctx
        saved = ctx.pc
        ctx.pc = slot
        try:
            result = helper.fn(ctx, r1, r2, r3, r4, r5)
        except (PybpfError, EndProgram):
            raise
        except Exception as err:  # a helper bug must surface as one line, not a traceback
            raise self.prog.error(f"helper {helper.name} failed: {type(err).__name__}: {err}", slot) from err
        finally:
            ctx.pc = saved
        return int(result or 0) & M64

    def helper(self, slot: int, number: int, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
        helper = self.helpers.get(number)
        if helper is None:
            name = helper_name(number) if number < 1 << 31 else f"helper#{number}"
            known = "" if name.startswith("helper#") else f" ({name})"
            raise self.prog.error(f"call to unknown helper {number}{known}: not in the helper table", slot)
        return self._invoke(helper, slot, r1, r2, r3, r4, r5)

    def kfunc(self, slot: int, btf_id: int, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
        kfunc = self.helpers.kfuncs.get(btf_id)
        if kfunc is None:
            raise self.prog.error(f"call to unknown kfunc (BTF id {btf_id}): not in the kfunc table", slot)
        return self._invoke(kfunc, slot, r1, r2, r3, r4, r5)

    def check_callback(self, slot: int) -> None:
        if slot not in self.prog.functions:
            raise self.prog.error(f"callback target slot {slot} is not a function entry", self.ctx.pc)
        if self.depth >= MAX_CALL_FRAMES:
            raise self.too_deep(self.ctx.pc)

    # -- budget -------------------------------------------------------------------------------------------------
    def budget_error(self, slot: int) -> BudgetExceeded:
        return BudgetExceeded(f"instruction budget of {self.budget} exhausted", pc=slot,
                              insn=self.prog.text(slot), program=self.name)

    def over(self, slot: int, done: int, *regs: int) -> None:
        """The budget runs out inside the block at ``slot``: execute exactly the instructions that still fit (they
        do not transfer control), then raise BudgetExceeded at the first one that does not."""
        assert self.budget is not None
        values = list(regs)
        self.n = done
        while self.n < self.budget:
            insn = self.prog.at[slot]
            assert insn is not None
            self.n += 1
            exec_simple(self, values, insn, slot)
            slot += insn.width
        raise self.budget_error(slot)


# Plain-int opcode fields for exec_simple (enum attribute lookups would dominate the step machine's time).
_ALU, _ALU64, _LDX, _ST, _STX, _LD = (int(Class.ALU), int(Class.ALU64), int(Class.LDX), int(Class.ST),
                                      int(Class.STX), int(Class.LD))
_END, _MOV, _DIV, _MOD = int(AluOp.END), int(AluOp.MOV), int(AluOp.DIV), int(AluOp.MOD)
_X, _MEM, _MEMSX, _ABS = int(Source.X), int(Mode.MEM), int(Mode.MEMSX), int(Mode.ABS)
_LOAD_ACQ, _STORE_REL, _CMPXCHG = int(AtomicOp.LOAD_ACQ), int(AtomicOp.STORE_REL), int(AtomicOp.CMPXCHG)
_SIZE = {int(k): v for k, v in SIZE_BYTES.items()}


def exec_simple(run: Run, regs: list[int], insn: Instruction, slot: int) -> None:
    """Execute one instruction that does not transfer control (ALU, LD, LDX, ST, STX) on ``regs``."""
    code = insn.opcode
    cls = code & 0x07
    if cls in (_ALU64, _ALU):
        op = code & 0xF0
        d = insn.dst
        if op == _END:
            regs[d] = endian(cls == _ALU64, bool(code & _X), insn.imm, regs[d])
            return
        if code & _X:
            b = regs[insn.src]
            off = insn.off if op in (_MOV, _DIV, _MOD) else 0
            if off == ADDR_SPACE_CAST and op == _MOV and cls == _ALU64:
                raise run.prog.error(ADDR_SPACE_CAST_UNSUPPORTED, slot)
        else:
            b = insn.imm & (M64 if cls == _ALU64 else M32)
            off = insn.off if op in (_DIV, _MOD) else 0
        regs[d] = (alu64 if cls == _ALU64 else alu32)(op, off, regs[d], b)
    elif cls == _LDX:
        address = (regs[insn.src] + insn.off) & M64
        regs[insn.dst] = run.load(slot, address, _SIZE[code & 0x18], (code & 0xE0) == _MEMSX)
    elif cls == _ST:
        run.store(slot, (regs[insn.dst] + insn.off) & M64, _SIZE[code & 0x18], insn.imm)
    elif cls == _STX:
        size = _SIZE[code & 0x18]
        address = (regs[insn.dst] + insn.off) & M64
        imm = insn.imm
        if code & 0xE0 == _MEM:
            run.store(slot, address, size, regs[insn.src])
        elif imm == _LOAD_ACQ:
            # load-acquire reads through src, like LDX: dst = *(size *)(src + off)
            regs[insn.dst] = run.load_acquire(slot, (regs[insn.src] + insn.off) & M64, size)
        elif imm == _STORE_REL:
            run.store_release(slot, address, size, regs[insn.src])
        else:
            old = run.atomic(slot, address, size, imm, regs[insn.src], regs[0])
            if imm == _CMPXCHG:
                regs[0] = old
            elif imm & ATOMIC_FETCH:  # the FETCH forms and xchg (0xe1) return the old value in src
                regs[insn.src] = old
    elif cls == _LD:
        if code == LD_IMM64:
            regs[insn.dst] = ld_imm64_value(run, insn, slot)
            return
        size = _SIZE[code & 0x18]
        offset = insn.imm if code & 0xE0 == _ABS else regs[insn.src] + insn.imm
        value = run.ld_packet(slot, regs[6], offset, size)
        if value is None:
            regs[0] = 0
            raise EndProgram(regs, run.n)
        regs[0] = value
    else:
        raise run.prog.error(f"opcode 0x{code:02x} transfers control", slot)


def ld_imm64_value(run: Run, insn: Instruction, slot: int) -> int:
    if insn.src in (PseudoSrc.IMM, PseudoSrc.BTF_ID):
        return insn.imm & M64
    if insn.src == PseudoSrc.FUNC:
        return func_slot(insn, slot) & M64
    return run.ld_imm64(slot)


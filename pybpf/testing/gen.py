"""Random eBPF programs that the Linux 6.18 verifier accepts, for differential tests (interpreter vs kernel, JIT...).

A generated program is a complete program with one ``exit`` at its end and this calling convention:

* ``xdp`` programs: ``r1`` is a pointer to a packet of :data:`PKT_LEN` bytes (read and written with every width,
  including sign-extending loads); ``r1`` and ``r10`` are never written; the result is the 64-bit ``r0`` plus the
  packet bytes.
* ``socket_filter`` programs start with ``r6 = r1`` (the skb) and use the legacy LD_ABS / LD_IND loads, which clobber
  r1-r5 and end the program with ``r0 = 0`` when out of bounds; the result is the 64-bit ``r0``.

Both use the stack below ``r10 - STACK_TOP`` (the top 8 bytes are left to harnesses) and its bottom 16 bytes.
Bodies mix ALU/ALU32 (every op, div/mod by a zero register, sdiv/smod, shifts, neg, movsx, byte swaps), JMP/JMP32
branches (every condition, K and X, ja and gotol, early exits) in forward if/else shapes, stack loads/stores of every
width incl. ldsx, atomics (every RMW op, W and DW, fetch, xchg, cmpxchg), load-acquire / store-release, LD_IMM64, and
counted loops (with breaks) the verifier can bound.

Verifier rules the generator keeps: every register is written before it is read and every stack byte is
initialised; only scalars are computed with (r1/r6/r10 are only used as bases); K shifts are below the width and K
divisors non-zero; stack accesses and atomics are naturally aligned; packet offsets stay inside :data:`PKT_LEN`
(the XDP wrapper proves that length); loop counters are not written by their loop bodies; every instruction is
reachable. One Linux 6.18 bug is kept out of the way: a 32-bit cmpxchg is preceded by ``w0 = w0`` (see
:meth:`_Builder.s_atomic`). Choices come from a :class:`Chooser`, backed by ``random.Random`` for cheap batches or by
hypothesis (so failures shrink).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    GOTOL,
    JA,
    LD_IMM64,
    AluOp,
    AtomicOp,
    Class,
    JmpOp,
    Mode,
    Size,
    Source,
)

T = TypeVar("T")

PKT_LEN = 64  # bytes of packet an XDP program may touch (the wrapper checks data + PKT_LEN <= data_end)
STACK_TOP = 8  # top bytes of the frame a harness may use (the XDP wrapper spills the packet pointer there)
STACK_AREA = 64  # bytes of stack a body uses: [r10 - STACK_TOP - STACK_AREA, r10 - STACK_TOP) ...
DEEP_AREA = 16  # ... and the bottom of the 512-byte frame: [r10 - 512, r10 - 512 + DEEP_AREA)
SKB_PAYLOAD_LEN = 48  # bytes of packet after the Ethernet header that LD_ABS / LD_IND read
SKF_NET_OFF = -0x100000  # LD_ABS/LD_IND offsets from here address the network header (SKF_LL_OFF's are not used)

XDP = "xdp"
SOCKET_FILTER = "socket_filter"

PKT_REG = 1
CTX_REG = 6
FP = 10

INTERESTING64 = (0, 1, 2, 3, -1, -2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFF,
                 0x80000000, 0xFFFFFFFF, 0x100000000, 0x1FFFFFFFF, -0x80000000, -0x80000001, -0x7FFFFFFF,
                 0x7FFFFFFFFFFFFFFF, -0x8000000000000000, -0x7FFFFFFFFFFFFFFF, 0x0123456789ABCDEF,
                 -0x0123456789ABCDEF, 0x8000000000000001, 0x00FF00FF00FF00FF)
INTERESTING32 = (0, 1, 2, 3, -1, -2, 7, 8, 15, 16, 31, 32, 63, 64, 0x7F, 0x80, -0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF,
                 -0x8000, 0x10000, 0x7FFFFFFF, -0x80000000, -0x7FFFFFFF, 0x12345678, -0x12345678)

_BINARY_ALU = (AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.OR, AluOp.AND, AluOp.LSH, AluOp.RSH, AluOp.MOD,
               AluOp.XOR, AluOp.MOV, AluOp.ARSH)
_SHIFTS = (AluOp.LSH, AluOp.RSH, AluOp.ARSH)
_CONDITIONS = (JmpOp.JEQ, JmpOp.JGT, JmpOp.JGE, JmpOp.JSET, JmpOp.JNE, JmpOp.JSGT, JmpOp.JSGE, JmpOp.JLT,
               JmpOp.JLE, JmpOp.JSLT, JmpOp.JSLE)
_RMW = (AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD, AtomicOp.FETCH_OR,
        AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG, AtomicOp.CMPXCHG)
_SIZES = (Size.B, Size.H, Size.W, Size.DW)
_SX_SIZES = (Size.B, Size.H, Size.W)
_BYTES = {Size.B: 1, Size.H: 2, Size.W: 4, Size.DW: 8}


class Chooser(Protocol):
    """Where the generator's choices come from."""

    def int(self, lo: int, hi: int) -> int: ...  # inclusive

    def choice(self, seq: Sequence[T]) -> T: ...

    def chance(self, p: float) -> bool: ...

    def blob(self, n: int) -> bytes: ...


class RandomChooser:
    """Choices from a seeded ``random.Random`` (cheap: thousands of programs per second)."""

    def __init__(self, seed: int | random.Random) -> None:
        self.rng = seed if isinstance(seed, random.Random) else random.Random(seed)

    def int(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def blob(self, n: int) -> bytes:
        return self.rng.randbytes(n)


class HypothesisChooser:
    """Choices drawn from a hypothesis ``data`` object, so a failing program shrinks (towards fewer features)."""

    def __init__(self, data) -> None:
        from hypothesis import strategies as st

        self._data = data
        self._st = st
        self._ints: dict[tuple[int, int], object] = {}

    def int(self, lo: int, hi: int) -> int:
        strategy = self._ints.get((lo, hi))
        if strategy is None:
            strategy = self._ints[lo, hi] = self._st.integers(lo, hi)
        return self._data.draw(strategy)

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self.int(0, len(seq) - 1)]

    def chance(self, p: float) -> bool:
        return self.int(0, 999) >= 1000 - int(p * 1000)

    def blob(self, n: int) -> bytes:
        return self._data.draw(self._st.binary(min_size=n, max_size=n))


@dataclass(frozen=True)
class GenProgram:
    """A generated program, its input packet and which features went into it."""

    kind: str  # XDP or SOCKET_FILTER
    insns: tuple[Instruction, ...]
    packet: bytes  # xdp: the PKT_LEN-byte packet; socket_filter: the payload after the Ethernet header
    features: frozenset[str]

    @property
    def slots(self) -> int:
        return sum(i.width for i in self.insns)


# Statement kinds and default weights. Tests may pass their own weights to focus a batch.
DEFAULT_WEIGHTS: dict[str, int] = {
    "alu": 30, "alu_edge": 8, "ld_imm64": 4, "stack_store": 6, "stack_load": 6, "pkt_load": 6, "pkt_store": 4,
    "atomic": 8, "acq_rel": 4, "if": 8, "if_else": 6, "loop": 3, "exit_early": 1, "ld_abs": 10,
}


@dataclass
class GenConfig:
    """What to generate: program kind, size, statement weights (see DEFAULT_WEIGHTS) and verifier-cost limits."""

    kind: str = XDP
    max_stmts: int = 24
    weights: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    max_branches: int = 6  # conditional jumps with unknown outcome multiply verifier states: keep them few
    max_loop_iterations: int = 6
    max_loop_depth: int = 2


# -- code with symbolic jump targets --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Label:
    id: int


@dataclass(frozen=True)
class _Jump:
    insn: Instruction
    label: int
    in_imm: bool = False  # gotol keeps its offset in imm


def _resolve(items: list[Instruction | _Label | _Jump]) -> tuple[Instruction, ...]:
    where: dict[int, int] = {}
    slot = 0
    for item in items:
        if isinstance(item, _Label):
            where[item.id] = slot
        else:
            slot += 2 if (item.insn if isinstance(item, _Jump) else item).opcode == LD_IMM64 else 1
    out: list[Instruction] = []
    slot = 0
    for item in items:
        if isinstance(item, _Label):
            continue
        if isinstance(item, _Jump):
            rel = where[item.label] - (slot + 1)
            insn = item.insn.replace(imm=rel) if item.in_imm else item.insn.replace(off=rel)
        else:
            insn = item
        out.append(insn)
        slot += insn.width
    return tuple(out)


class _Builder:
    def __init__(self, ch: Chooser, cfg: GenConfig) -> None:
        self.ch = ch
        self.cfg = cfg
        self.skb = cfg.kind == SOCKET_FILTER
        self.scalars = (0, 2, 3, 4, 5, 7, 8, 9) if self.skb else (0, 2, 3, 4, 5, 6, 7, 8, 9)
        self.items: list[Instruction | _Label | _Jump] = []
        self.live: set[int] = set()
        self.reserved: list[int] = []  # loop counters of the enclosing loops
        self.features: set[str] = set()
        self.branches = 0
        self.loop_depth = 0
        self.labels = 0
        kinds = {k: w for k, w in cfg.weights.items() if w > 0}
        if not self.skb:
            kinds.pop("ld_abs", None)
        else:
            kinds.pop("pkt_load", None)
            kinds.pop("pkt_store", None)
        self.kinds = tuple(kinds)
        self.cumulative: list[int] = []
        total = 0
        for k in self.kinds:
            total += kinds[k]
            self.cumulative.append(total)

    # -- emission helpers -------------------------------------------------------------------------------------
    def emit(self, insn: Instruction) -> None:
        self.items.append(insn)

    def label(self) -> _Label:
        self.labels += 1
        return _Label(self.labels)

    def writable(self) -> list[int]:
        return [r for r in self.scalars if r not in self.reserved]

    def dst_read(self) -> int:
        """A register that is both read and written (must be live and not a loop counter)."""
        return self.ch.choice([r for r in self.writable() if r in self.live])

    def dst_write(self) -> int:
        return self.ch.choice(self.writable())

    def src(self) -> int:
        return self.ch.choice(sorted(self.live & set(self.scalars)))

    def imm32(self) -> int:
        if self.ch.chance(0.7):
            return self.ch.choice(INTERESTING32)
        return self.ch.int(-(1 << 31), (1 << 31) - 1)

    def imm64(self) -> int:
        if self.ch.chance(0.7):
            return self.ch.choice(INTERESTING64)
        return self.ch.int(-(1 << 63), (1 << 63) - 1)

    def stack_off(self, size: int) -> int:
        """An aligned offset from r10 inside the body's stack areas (mostly the top one)."""
        if self.ch.chance(0.15):
            return -512 + size * self.ch.int(0, DEEP_AREA // size - 1)
        lo = -(STACK_TOP + STACK_AREA)
        return lo + size * self.ch.int(0, STACK_AREA // size - 1)

    def stack_slots(self) -> list[int]:
        return [*range(-(STACK_TOP + STACK_AREA), -STACK_TOP, 8), *range(-512, -512 + DEEP_AREA, 8)]

    # -- program ----------------------------------------------------------------------------------------------
    def build(self) -> GenProgram:
        if self.skb:
            self.emit(Instruction(Class.ALU64 | AluOp.MOV | Source.X, CTX_REG, 1))
        for reg in self.scalars:
            self.init_reg(reg)
        self.exit_label = self.label()
        for off in self.stack_slots():
            if self.ch.chance(0.5):
                self.emit(Instruction(Class.ST | Mode.MEM | Size.DW, FP, 0, off, self.imm32()))
            else:
                self.emit(Instruction(Class.STX | Mode.MEM | Size.DW, FP, self.src(), off))
        self.block(self.ch.int(1, self.cfg.max_stmts))
        self.items.append(self.exit_label)
        self.emit(Instruction(Class.JMP | JmpOp.EXIT))
        if self.skb:
            packet = self.ch.blob(SKB_PAYLOAD_LEN)
        else:
            packet = self.packet_bytes()
        return GenProgram(self.cfg.kind, _resolve(self.items), packet, frozenset(self.features))

    def packet_bytes(self) -> bytes:
        style = self.ch.int(0, 3)
        if style == 0:
            return self.ch.blob(PKT_LEN)
        if style == 1:  # sign bits set: exercises ldsx and signed compares
            return bytes((0x80, 0xFF, 0x7F, 0x00, 0x81, 0xFE)[b % 6] for b in self.ch.blob(PKT_LEN))
        if style == 2:
            return bytes(range(PKT_LEN))
        return bytes((0xFF - i) & 0xFF for i in range(PKT_LEN))

    def init_reg(self, reg: int) -> None:
        how = self.ch.int(0, 3)
        if how == 0:
            self.emit(Instruction(Class.ALU64 | AluOp.MOV | Source.K, reg, 0, 0, self.imm32()))
        elif how == 1:
            self.emit(Instruction(Class.ALU | AluOp.MOV | Source.K, reg, 0, 0, self.imm32()))
        elif how == 2 or self.skb:
            self.emit(Instruction(LD_IMM64, reg, 0, 0, self.imm64()))
        else:  # a value the verifier does not know
            size = self.ch.choice(_SIZES)
            mode = Mode.MEMSX if size != Size.DW and self.ch.chance(0.4) else Mode.MEM
            off = self.ch.int(0, PKT_LEN - _BYTES[size])
            self.emit(Instruction(Class.LDX | mode | size, reg, PKT_REG, off))
        self.live.add(reg)

    def block(self, n: int) -> None:
        for _ in range(n):
            self.stmt()

    def stmt(self) -> None:
        pick = self.ch.int(1, self.cumulative[-1])
        kind = next(k for k, c in zip(self.kinds, self.cumulative) if pick <= c)
        if kind in ("if", "if_else", "exit_early") and self.branches >= self.cfg.max_branches:
            kind = "alu"
        if kind == "loop" and (self.loop_depth >= self.cfg.max_loop_depth or len(self.writable()) < 3):
            kind = "alu"
        if kind == "ld_abs" and self.reserved:  # LD_ABS clobbers r1-r5: keep it out of loop bodies
            kind = "alu"
        getattr(self, "s_" + kind)()

    # -- statements -------------------------------------------------------------------------------------------
    def s_alu(self) -> None:
        cls = self.ch.choice((Class.ALU, Class.ALU64))
        r = self.ch.int(0, 99)
        if r < 6:
            self.features.add("neg")
            self.emit(Instruction(cls | AluOp.NEG | Source.K, self.dst_read()))
            return
        if r < 14:
            self.features.add("endian")
            width = self.ch.choice((16, 32, 64))
            form = self.ch.int(0, 2)
            code = (Class.ALU | AluOp.END | Source.K, Class.ALU | AluOp.END | Source.X,
                    Class.ALU64 | AluOp.END | Source.K)[form]
            self.emit(Instruction(code, self.dst_read(), 0, 0, width))
            return
        op = self.ch.choice(_BINARY_ALU)
        x = self.ch.chance(0.5)
        off = 0
        if op in (AluOp.DIV, AluOp.MOD) and self.ch.chance(0.5):
            off = 1  # sdiv / smod
            self.features.add("sdiv")
        if op == AluOp.MOV:
            dst = self.dst_write()
            if x and self.ch.chance(0.4):
                off = self.ch.choice((8, 16, 32) if cls == Class.ALU64 else (8, 16))
                self.features.add("movsx")
        else:
            dst = self.dst_read()
        self.features.add("alu64" if cls == Class.ALU64 else "alu32")
        if x:
            self.emit(Instruction(cls | op | Source.X, dst, self.src(), off))
        else:
            imm = self.imm32()
            if op in _SHIFTS:
                imm = self.ch.int(0, 63 if cls == Class.ALU64 else 31)
            elif op in (AluOp.DIV, AluOp.MOD) and imm == 0:
                imm = self.ch.choice((1, -1, 3, 0x7FFFFFFF, -0x80000000))
            self.emit(Instruction(cls | op | Source.K, dst, 0, off, imm))
        self.live.add(dst)

    def s_alu_edge(self) -> None:
        """Set operands to edge values right before a division, modulo or shift: INT_MIN / -1, x / 0, big shifts."""
        cls = self.ch.choice((Class.ALU, Class.ALU64))
        op = self.ch.choice((AluOp.DIV, AluOp.MOD, AluOp.LSH, AluOp.RSH, AluOp.ARSH))
        dst = self.dst_write()
        src = self.ch.choice([r for r in self.writable() if r != dst])
        big = -0x8000000000000000 if cls == Class.ALU64 else -0x80000000
        self.emit(Instruction(LD_IMM64, dst, 0, 0, self.ch.choice((big, -1, 1, 0, 0x7FFFFFFF, self.imm64()))))
        self.emit(Instruction(LD_IMM64, src, 0, 0, self.ch.choice((-1, 0, 1, 31, 32, 63, 64, 65, big,
                                                                   self.imm64()))))
        self.live.update((dst, src))
        off = 1 if op in (AluOp.DIV, AluOp.MOD) and self.ch.chance(0.6) else 0
        self.features.add("alu_edge")
        self.emit(Instruction(cls | op | Source.X, dst, src, off))

    def s_ld_imm64(self) -> None:
        dst = self.dst_write()
        self.emit(Instruction(LD_IMM64, dst, 0, 0, self.imm64()))
        self.live.add(dst)
        self.features.add("ld_imm64")

    def s_stack_store(self) -> None:
        size = self.ch.choice(_SIZES)
        off = self.stack_off(_BYTES[size])
        self.features.add("stack")
        if self.ch.chance(0.3):
            self.emit(Instruction(Class.ST | Mode.MEM | size, FP, 0, off, self.imm32()))
        else:
            self.emit(Instruction(Class.STX | Mode.MEM | size, FP, self.src(), off))

    def s_stack_load(self) -> None:
        size = self.ch.choice(_SIZES)
        mode = Mode.MEMSX if size != Size.DW and self.ch.chance(0.4) else Mode.MEM
        dst = self.dst_write()
        self.emit(Instruction(Class.LDX | mode | size, dst, FP, self.stack_off(_BYTES[size])))
        self.live.add(dst)
        self.features.add("ldsx" if mode == Mode.MEMSX else "stack")

    def s_pkt_load(self) -> None:
        size = self.ch.choice(_SIZES)
        mode = Mode.MEMSX if size != Size.DW and self.ch.chance(0.4) else Mode.MEM
        dst = self.dst_write()
        self.emit(Instruction(Class.LDX | mode | size, dst, PKT_REG, self.ch.int(0, PKT_LEN - _BYTES[size])))
        self.live.add(dst)
        self.features.add("pkt_ldsx" if mode == Mode.MEMSX else "pkt")

    def s_pkt_store(self) -> None:
        size = self.ch.choice(_SIZES)
        off = self.ch.int(0, PKT_LEN - _BYTES[size])
        self.features.add("pkt")
        if self.ch.chance(0.3):
            self.emit(Instruction(Class.ST | Mode.MEM | size, PKT_REG, 0, off, self.imm32()))
        else:
            self.emit(Instruction(Class.STX | Mode.MEM | size, PKT_REG, self.src(), off))

    def s_atomic(self) -> None:
        size = self.ch.choice((Size.W, Size.DW))
        op = self.ch.choice(_RMW)
        off = self.stack_off(_BYTES[size])
        fetch = op & 0x01
        # A fetch writes the old value into src: it must not be a loop counter.
        src = self.ch.choice([r for r in self.writable() if r in self.live]) if fetch else self.src()
        if op == AtomicOp.CMPXCHG and (0 in self.reserved or 0 not in self.live):
            op = AtomicOp.ADD
        if op == AtomicOp.CMPXCHG and size == Size.W:
            # Linux 6.18 on x86-64 bug: a 32-bit cmpxchg that succeeds leaves r0's upper half in place when the
            # verifier prunes the path that reads r0 as 64 bits (no zero-extension is patched in; see
            # tests/differential/test_diff_edges.py). Clear the upper half first so results do not depend on it.
            self.emit(Instruction(Class.ALU | AluOp.MOV | Source.X, 0, 0))
        self.emit(Instruction(Class.STX | Mode.ATOMIC | size, FP, src, off, int(op)))
        self.features.add("atomic")
        if op == AtomicOp.CMPXCHG:
            self.features.add("cmpxchg")

    def s_acq_rel(self) -> None:
        size = self.ch.choice(_SIZES)
        off = self.stack_off(_BYTES[size])
        self.features.add("acq_rel")
        if self.ch.chance(0.5):
            dst = self.dst_write()
            self.emit(Instruction(Class.STX | Mode.ATOMIC | size, dst, FP, off, int(AtomicOp.LOAD_ACQ)))
            self.live.add(dst)
        else:
            self.emit(Instruction(Class.STX | Mode.ATOMIC | size, FP, self.src(), off, int(AtomicOp.STORE_REL)))

    def cond_jump(self, target: _Label) -> None:
        cls = self.ch.choice((Class.JMP, Class.JMP32))
        op = self.ch.choice(_CONDITIONS)
        self.features.add("jmp32" if cls == Class.JMP32 else "jmp")
        dst = self.src()
        if self.ch.chance(0.5):
            self.items.append(_Jump(Instruction(cls | op | Source.X, dst, self.src()), target.id))
        else:
            self.items.append(_Jump(Instruction(cls | op | Source.K, dst, 0, 0, self.imm32()), target.id))
        self.branches += 1

    def nested(self, fn: Callable[[], None]) -> set[int]:
        """Run ``fn`` as one arm of a branch: return the registers live after it, restoring the live set."""
        saved = set(self.live)
        fn()
        after = self.live
        self.live = saved
        return after

    def s_if(self) -> None:
        end = self.label()
        self.cond_jump(end)
        after = self.nested(lambda: self.block(self.ch.int(0, 4)))
        self.live &= after
        self.items.append(end)

    def s_if_else(self) -> None:
        other, end = self.label(), self.label()
        self.cond_jump(other)
        then_live = self.nested(lambda: self.block(self.ch.int(0, 4)))
        if self.ch.chance(0.5):
            self.items.append(_Jump(Instruction(JA), end.id))
            self.features.add("ja")
        else:
            self.items.append(_Jump(Instruction(GOTOL), end.id, in_imm=True))
            self.features.add("gotol")
        self.items.append(other)
        else_live = self.nested(lambda: self.block(self.ch.int(0, 4)))
        self.live = then_live & else_live
        self.items.append(end)

    def s_exit_early(self) -> None:
        """A forward jump straight to the program's exit (r0 is live everywhere)."""
        self.cond_jump(self.exit_label)
        self.features.add("exit_early")

    def s_loop(self) -> None:
        """``c = N; L: body; c -= 1 (or c += 1); if c != 0 (or c < N) goto L`` -- a bound the verifier proves."""
        counter = self.ch.choice([r for r in self.writable() if r != 0])
        n = self.ch.int(1, self.cfg.max_loop_iterations if self.loop_depth == 0 else 3)
        cls = self.ch.choice((Class.ALU, Class.ALU64))
        jcls = Class.JMP32 if cls == Class.ALU else self.ch.choice((Class.JMP, Class.JMP32))
        up = self.ch.chance(0.5)
        self.emit(Instruction(cls | AluOp.MOV | Source.K, counter, 0, 0, 0 if up else n))
        self.live.add(counter)
        head = self.label()
        self.items.append(head)
        self.reserved.append(counter)
        self.loop_depth += 1
        # At most one branch inside a loop body: its states multiply with the iterations.
        saved_branches, floor = self.branches, max(self.branches, self.cfg.max_branches - 1)
        self.branches = floor
        done = self.label()
        breaks: list[set[int]] = []
        n_stmts = self.ch.int(1, 5)
        brk = self.ch.int(0, n_stmts) if self.ch.chance(0.25) else -1
        for i in range(n_stmts):
            if i == brk and self.branches < self.cfg.max_branches:
                self.cond_jump(done)  # break out of the loop
                breaks.append(set(self.live))
                self.features.add("loop_break")
            self.stmt()
        self.branches = saved_branches + self.branches - floor
        self.loop_depth -= 1
        self.reserved.pop()
        if up:
            self.emit(Instruction(cls | AluOp.ADD | Source.K, counter, 0, 0, 1))
            op = self.ch.choice((JmpOp.JLT, JmpOp.JNE, JmpOp.JSLT))
            self.items.append(_Jump(Instruction(jcls | op | Source.K, counter, 0, 0, n), head.id))
        else:
            self.emit(Instruction(cls | AluOp.ADD | Source.K, counter, 0, 0, -1) if self.ch.chance(0.5)
                      else Instruction(cls | AluOp.SUB | Source.K, counter, 0, 0, 1))
            op = self.ch.choice((JmpOp.JNE, JmpOp.JGT, JmpOp.JSGT))
            self.items.append(_Jump(Instruction(jcls | op | Source.K, counter, 0, 0, 0), head.id))
        self.items.append(done)
        for live in breaks:
            self.live &= live
        self.features.add("loop")

    def s_ld_abs(self) -> None:
        size = self.ch.choice((Size.B, Size.H, Size.W))
        width = _BYTES[size]
        in_bounds = self.ch.chance(0.9)
        if in_bounds:
            offset = self.ch.int(0, SKB_PAYLOAD_LEN - width)
            if self.ch.chance(0.1):  # relative to the network header, which is where a socket filter's data starts
                offset += SKF_NET_OFF
                self.features.add("skf_net_off")
        else:
            offset = self.ch.choice((SKB_PAYLOAD_LEN - width + 1, SKB_PAYLOAD_LEN, SKB_PAYLOAD_LEN + 7, -1, -64,
                                     0x7FFFFFFF, 0x10000))
        if self.ch.chance(0.5):
            self.emit(Instruction(Class.LD | Mode.ABS | size, 0, 0, 0, offset))
            self.features.add("ld_abs")
        else:
            src = self.ch.choice([r for r in self.writable() if r != 0] or [0])
            imm = self.ch.int(-8, 16) if self.ch.chance(0.7) else self.ch.choice((-(1 << 31), (1 << 31) - 1))
            base = offset - imm
            if self.ch.chance(0.25):  # the kernel adds in 64 bits and passes an int: high bits do not matter
                base += self.ch.choice((1, 0xFFFFFFFF, 0x80000000)) << 32
                self.features.add("ld_ind_wrap")
            self.emit(Instruction(LD_IMM64, src, 0, 0, base))
            self.emit(Instruction(Class.LD | Mode.IND | size, 0, src, 0, imm))
            self.features.add("ld_ind")
        self.live -= {1, 2, 3, 4, 5}
        self.live.add(0)


def generate(ch: Chooser, config: GenConfig | None = None) -> GenProgram:
    """One program. ``config.kind`` is :data:`XDP` or :data:`SOCKET_FILTER`."""
    return _Builder(ch, config or GenConfig()).build()


def generate_batch(seed: int, count: int, config: GenConfig | None = None) -> list[GenProgram]:
    """``count`` programs from one seed (reproducible: the same seed gives the same programs)."""
    rng = random.Random(seed)
    return [generate(RandomChooser(rng), config) for _ in range(count)]

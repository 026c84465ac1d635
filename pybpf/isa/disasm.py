"""Disassembler: one instruction to C-like text, in the style of ``llvm-objdump -d`` or of the Linux verifier log.

Two modes, chosen by ``mode``:

``llvm`` (default)
    The text ``llvm-objdump-19 -d`` prints, exactly: hex immediates and offsets (``r0 = *(u32 *)(r1 + 0x4)``,
    ``if r1 s> r2 goto +0x3``, ``call 0x1``, ``r0 = 0x1 ll``), without objdump's ``<sym+off>`` target annotation.
    Where objdump's text loses information, or LLVM 19 prints ``<unknown>``, pybpf prints a form that keeps it:

    * 32-bit ``lock`` or/and/xor, fetch ops, xchg, cmpxchg: the ``--mattr=+alu32`` text (``w1 = xchg32_32(...)``);
      plain objdump decodes fetch-add as ``lock ... += r1`` and the others as ``<unknown>``;
    * load-acquire / store-release (LLVM 21's text), ``gotox rN`` (LLVM 22's text);
    * bpf-to-bpf call (src 1): ``call pc+0xa`` (objdump prints ``call 0xa``, the same text as helper 10);
    * kfunc call (src 2): ``call kfunc 0x5`` (+ `` off=0x3`` for a module BTF fd index);
    * ``ld_pseudo`` (LD_IMM64 with src 1-6) whose upper 32 bits are not zero: the whole 64-bit value
      (objdump drops the upper half);
    * LD_IND with a non-zero imm: ``r0 = *(u32 *)skb[r1 + 0x10]`` (objdump drops the imm).

``kernel``
    The text of ``print_bpf_insn`` in Linux 6.18's ``kernel/bpf/disasm.c`` (the verifier log, without the ``(xx)``
    opcode prefix): ``r0 = *(u32 *)(r1 +4)``, ``if r1 s> r2 goto pc+3``, ``call bpf_map_lookup_elem#1``,
    ``r1 = atomic64_fetch_add((u64 *)(r10 -8), r1)``, ``r0 = load_acquire((u64 *)(r1 +0))``, ``gotox r1`` (6.19).
    The kernel prints LD_IMM64 pseudo sources as a bare (or zeroed) value, kfunc calls without their BTF fd index
    and callx as a helper call; pybpf prints, before load (fd based), bpftool's forms where they exist:
    ``map[fd:5]``, ``map[fd:5][0]+8``, ``map[idx:2]``, ``map[idx:2]+8``, ``subprog[+5]``, ``btf_id[77]``
    (else ``ld_pseudo r1, 3, 0x...``), ``call kernel-function#5 off=3`` and ``callx r2``.

Every text reassembles to the same instruction with :func:`pybpf.isa.asm.assemble`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pybpf.helpers.ids import helper_name
from pybpf.isa.codec import VALID_OPCODES, encode_one
from pybpf.isa.instruction import Instruction, s32, slot_offsets
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
    CALLX,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    MAY_GOTO,
    AluOp,
    AtomicOp,
    CallSrc,
    Class,
    JmpOp,
    Mode,
    PseudoSrc,
    Size,
    Source,
)

__all__ = ["MODES", "disasm", "disasm_program", "format_listing", "iter_program"]

MODES = ("llvm", "kernel")

ALU_OPS = {AluOp.ADD: "+=", AluOp.SUB: "-=", AluOp.MUL: "*=", AluOp.DIV: "/=", AluOp.OR: "|=", AluOp.AND: "&=",
           AluOp.LSH: "<<=", AluOp.RSH: ">>=", AluOp.MOD: "%=", AluOp.XOR: "^=", AluOp.MOV: "=", AluOp.ARSH: "s>>="}
SIGNED_ALU_OPS = {AluOp.DIV: "s/=", AluOp.MOD: "s%="}  # off == 1
JMP_OPS = {JmpOp.JEQ: "==", JmpOp.JGT: ">", JmpOp.JGE: ">=", JmpOp.JSET: "&", JmpOp.JNE: "!=", JmpOp.JSGT: "s>",
           JmpOp.JSGE: "s>=", JmpOp.JLT: "<", JmpOp.JLE: "<=", JmpOp.JSLT: "s<", JmpOp.JSLE: "s<="}
ATOMIC_ALU = {AtomicOp.ADD: "add", AtomicOp.OR: "or", AtomicOp.AND: "and", AtomicOp.XOR: "xor"}
SIZE_BITS = {Size.B: 8, Size.H: 16, Size.W: 32, Size.DW: 64}
MOVSX = {8: "(s8)", 16: "(s16)", 32: "(s32)"}


def _hex(v: int) -> str:
    """LLVM's formatImm: signed hex."""
    return f"-0x{-v:x}" if v < 0 else f"0x{v:x}"


@dataclass(frozen=True)
class _Style:
    """How one mode spells numbers, memory operands and relative targets."""

    kernel: bool

    def imm(self, v: int) -> str:
        return str(v) if self.kernel else _hex(v)

    def mem(self, reg: int, off: int) -> str:
        """``r1 + 0x4`` (llvm) or ``r1 +4`` (kernel), without parentheses."""
        if self.kernel:
            return f"r{reg} {off:+d}"
        return f"r{reg} {'-' if off < 0 else '+'} 0x{abs(off):x}"

    def rel(self, v: int) -> str:
        """A relative slot offset: ``+0x3`` (llvm) or ``pc+3`` (kernel)."""
        if self.kernel:
            return f"pc{v:+d}"
        return ("+" if v >= 0 else "") + _hex(v)


_LLVM = _Style(kernel=False)
_KERNEL = _Style(kernel=True)
_STYLES = {"llvm": _LLVM, "kernel": _KERNEL}


# -- per class formatters -------------------------------------------------------------------------------------------
def _alu(insn: Instruction, st: _Style) -> str:
    r = "w" if insn.cls == Class.ALU else "r"
    op = insn.op
    d = f"{r}{insn.dst}"
    if op == AluOp.END:
        if insn.cls == Class.ALU64:
            return f"r{insn.dst} = bswap{insn.imm} r{insn.dst}"
        order = "be" if insn.source == Source.X else "le"
        return f"r{insn.dst} = {order}{insn.imm} r{insn.dst}"
    if op == AluOp.NEG:
        return f"{d} = -{d}"
    sign = insn.off == 1 and op in SIGNED_ALU_OPS
    opstr = SIGNED_ALU_OPS[AluOp(op)] if sign else ALU_OPS[AluOp(op)]
    if insn.source == Source.K:
        return f"{d} {opstr} {st.imm(insn.imm)}"
    if op == AluOp.MOV and insn.cls == Class.ALU64 and insn.off == ADDR_SPACE_CAST:
        dst_as, src_as = (insn.imm & 0xFFFFFFFF) >> 16, insn.imm & 0xFFFF
        return f"r{insn.dst} = addr_space_cast(r{insn.src}, {st.imm(dst_as)}, {st.imm(src_as)})"
    cast = MOVSX.get(insn.off, "") if op == AluOp.MOV else ""
    return f"{d} {opstr} {cast}{r}{insn.src}"


def _call(insn: Instruction, st: _Style) -> str:
    if insn.src == CallSrc.PSEUDO_CALL:
        return f"call {st.rel(insn.imm)}" if st.kernel else f"call pc{st.rel(insn.imm)}"
    if insn.src == CallSrc.KFUNC:
        extra = f" off={st.imm(insn.off)}" if insn.off else ""
        return (f"call kernel-function#{insn.imm}" if st.kernel else f"call kfunc {_hex(insn.imm)}") + extra
    if st.kernel:
        return f"call {helper_name(insn.imm) or 'unknown'}#{insn.imm}"
    return f"call {_hex(insn.imm)}"


def _jmp(insn: Instruction, st: _Style) -> str:
    code = insn.opcode
    if code == JA:
        return f"goto {st.rel(insn.off)}"
    if code == GOTOL:
        return f"gotol {st.rel(insn.imm)}"
    if code == GOTOX:
        return f"gotox r{insn.dst}"
    if code == CALLX:
        return f"callx r{insn.dst}"
    if code == MAY_GOTO:
        return f"may_goto {st.rel(insn.off)}"
    op = insn.op
    if op == JmpOp.CALL:
        return _call(insn, st)
    if op == JmpOp.EXIT:
        return "exit"
    r = "w" if insn.cls == Class.JMP32 else "r"
    if insn.source == Source.X:
        rhs = f"{r}{insn.src}"
    else:
        rhs = f"0x{insn.imm & 0xFFFFFFFF:x}" if st.kernel else _hex(insn.imm)
    return f"if {r}{insn.dst} {JMP_OPS[JmpOp(op)]} {rhs} goto {st.rel(insn.off)}"


def _ld_imm64_kernel(insn: Instruction) -> str:
    lo, hi = s32(insn.imm), s32(insn.imm >> 32)
    src = insn.src
    d = f"r{insn.dst}"
    if src == PseudoSrc.IMM:
        return f"{d} = 0x{insn.imm & 0xFFFFFFFFFFFFFFFF:x}"
    if src == PseudoSrc.MAP_VALUE:
        return f"{d} = map[fd:{lo}][0]+{hi}"
    if src == PseudoSrc.MAP_IDX_VALUE:
        return f"{d} = map[idx:{lo}]+{hi}"
    if hi == 0:
        form = {PseudoSrc.MAP_FD: f"map[fd:{lo}]", PseudoSrc.MAP_IDX: f"map[idx:{lo}]",
                PseudoSrc.FUNC: f"subprog[{lo:+d}]", PseudoSrc.BTF_ID: f"btf_id[{lo}]"}.get(PseudoSrc(src))
        if form:
            return f"{d} = {form}"
    return f"ld_pseudo {d}, {src}, 0x{insn.imm & 0xFFFFFFFFFFFFFFFF:x}"


def _ld(insn: Instruction, st: _Style) -> str:
    if insn.opcode == LD_IMM64:
        if st.kernel:
            return _ld_imm64_kernel(insn)
        if insn.src:
            return f"ld_pseudo\tr{insn.dst}, 0x{insn.src:x}, 0x{insn.imm & 0xFFFFFFFFFFFFFFFF:x}"
        return f"r{insn.dst} = {_hex(insn.imm)} ll"
    ty = f"u{SIZE_BITS[insn.size]}"
    if insn.mode == Mode.ABS:
        return f"r0 = *({ty} *)skb[{st.imm(insn.imm)}]"
    if st.kernel:
        return f"r0 = *({ty} *)skb[r{insn.src} + {insn.imm}]"
    if insn.imm == 0:
        return f"r0 = *({ty} *)skb[r{insn.src}]"
    return f"r0 = *({ty} *)skb[r{insn.src} {'-' if insn.imm < 0 else '+'} 0x{abs(insn.imm):x}]"


def _ldx(insn: Instruction, st: _Style) -> str:
    ty = ("s" if insn.mode == Mode.MEMSX else "u") + str(SIZE_BITS[insn.size])
    return f"r{insn.dst} = *({ty} *)({st.mem(insn.src, insn.off)})"


def _st(insn: Instruction, st: _Style) -> str:
    return f"*(u{SIZE_BITS[insn.size]} *)({st.mem(insn.dst, insn.off)}) = {st.imm(insn.imm)}"


def _atomic_kernel(insn: Instruction, ty: str, addr: str) -> str:
    imm, s = insn.imm, insn.src
    w64 = "64" if insn.size == Size.DW else ""
    if imm in ATOMIC_ALU:
        return f"lock *({ty} *)({addr}) {ALU_OPS[AluOp(imm)]} r{s}"
    if (imm & ~0x01) in ATOMIC_ALU:  # the FETCH variants
        return f"r{s} = atomic{w64}_fetch_{ATOMIC_ALU[AtomicOp(imm & ~0x01)]}(({ty} *)({addr}), r{s})"
    if imm == AtomicOp.CMPXCHG:
        return f"r0 = atomic{w64}_cmpxchg(({ty} *)({addr}), r0, r{s})"
    return f"r{s} = atomic{w64}_xchg(({ty} *)({addr}), r{s})"


def _atomic_llvm(insn: Instruction, ty: str, addr: str) -> str:
    imm, s = insn.imm, insn.src
    dw = insn.size == Size.DW
    r = "r" if dw else "w"
    if imm == AtomicOp.ADD and not dw:
        return f"lock *({ty} *)({addr}) += r{s}"  # plain objdump's XADDW text
    if imm in ATOMIC_ALU:
        return f"lock *({ty} *)({addr}) {ALU_OPS[AluOp(imm)]} {r}{s}"
    if imm == AtomicOp.XCHG:
        return f"{r}{s} = {'xchg_64' if dw else 'xchg32_32'}({addr}, {r}{s})"
    if imm == AtomicOp.CMPXCHG:
        return f"{r}0 = {'cmpxchg_64' if dw else 'cmpxchg32_32'}({addr}, {r}0, {r}{s})"
    return f"{r}{s} = atomic_fetch_{ATOMIC_ALU[AtomicOp(imm & ~0x01)]}(({ty} *)({addr}), {r}{s})"


def _stx(insn: Instruction, st: _Style) -> str:
    ty = f"u{SIZE_BITS[insn.size]}"
    if insn.mode == Mode.MEM:
        return f"*({ty} *)({st.mem(insn.dst, insn.off)}) = r{insn.src}"
    r = "r" if st.kernel or insn.size == Size.DW else "w"
    if insn.imm == AtomicOp.LOAD_ACQ:
        return f"{r}{insn.dst} = load_acquire(({ty} *)({st.mem(insn.src, insn.off)}))"
    if insn.imm == AtomicOp.STORE_REL:
        return f"store_release(({ty} *)({st.mem(insn.dst, insn.off)}), {r}{insn.src})"
    addr = st.mem(insn.dst, insn.off)
    return _atomic_kernel(insn, ty, addr) if st.kernel else _atomic_llvm(insn, ty, addr)


_BY_CLASS = {Class.ALU: _alu, Class.ALU64: _alu, Class.JMP: _jmp, Class.JMP32: _jmp, Class.LD: _ld,
             Class.LDX: _ldx, Class.ST: _st, Class.STX: _stx}


def _style(mode: str) -> _Style:
    try:
        return _STYLES[mode]
    except KeyError:
        raise ValueError(f"unknown disassembly mode {mode!r} (expected one of {', '.join(MODES)})") from None


# -- public API -----------------------------------------------------------------------------------------------------
def disasm(insn: Instruction, slot: int = 0, mode: str = "llvm") -> str:
    """The text of one instruction (``slot`` is only used in the message of an undecodable instruction).

    Instructions are expected to be valid (:func:`pybpf.isa.codec.validate`); an unknown encoding gives
    ``<unknown>`` as objdump prints it rather than an exception, so listings of broken programs stay readable.
    """
    st = _style(mode)
    if insn.opcode not in VALID_OPCODES:
        return "<unknown>" if not st.kernel else f"BUG_{insn.opcode & 0xFF:02x}"
    try:
        return _BY_CLASS[insn.cls](insn, st)
    except (KeyError, ValueError):
        return "<unknown>" if not st.kernel else f"BUG_{insn.opcode & 0xFF:02x}"


def iter_program(insns: Sequence[Instruction], mode: str = "llvm") -> Iterator[tuple[int, Instruction, str]]:
    """``(slot, instruction, text)`` for each instruction of a program."""
    _style(mode)
    for slot, insn in zip(slot_offsets(insns), insns):
        yield slot, insn, disasm(insn, slot, mode)


def disasm_program(insns: Sequence[Instruction], mode: str = "llvm") -> list[str]:
    """The text of each instruction, in order (one entry per instruction, not per slot)."""
    return [text for _, _, text in iter_program(insns, mode)]


def format_listing(insns: Sequence[Instruction], mode: str = "llvm", *, show_bytes: bool = True) -> list[str]:
    """Numbered lines, each reassemblable: ``llvm-objdump -d``'s ``      0:\\tb7 00 ... 00\\tr0 = 0x0`` or the
    verifier log's ``0: (b7) r0 = 0``. ``show_bytes=False`` drops objdump's bytes column.
    """
    lines = []
    for slot, insn, text in iter_program(insns, mode):
        if mode == "kernel":
            lines.append(f"{slot}: ({insn.opcode & 0xFF:02x}) {text}")
        elif show_bytes:
            lines.append(f"{slot:>8}:\t{encode_one(insn).hex(' ')}\t{text}")
        else:
            lines.append(f"{slot:>8}:\t{text}")
    return lines

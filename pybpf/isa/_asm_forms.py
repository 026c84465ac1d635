"""The instruction forms of the C-like assembly syntax: one regular expression per form and a builder for each.

Used by :mod:`pybpf.isa.asm`. A form is written as a template (``"{D} = *({SZ} *)({S}{OFF})"``) whose placeholders
become named groups; a builder turns the match into an :class:`Instruction`, leaving jump targets that name a label
to be resolved once every label is known. Both styles parse with the same table: llvm-objdump's (``r1 + 0x4``,
``goto +0x3``, ``r0 = 0x1 ll``) and the kernel log's (``r1 +4``, ``goto pc+3``, ``call bpf_map_lookup_elem#1``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pybpf.helpers.ids import MAX_HELPER_ID, HelperId, helper_by_name
from pybpf.isa.instruction import Instruction, s32, s64
from pybpf.isa.opcodes import (
    ADDR_SPACE_CAST,
    BYTES_SIZE,
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    MAX_REGISTER,
    MAY_GOTO,
    TO_BE,
    TO_LE,
    AluOp,
    AtomicOp,
    CallSrc,
    Class,
    JmpOp,
    Mode,
    PseudoSrc,
    Size,
)

_NUM = r"[+-]?\s*(?:0[xX][0-9a-fA-F]+|\d+)"
_IDENT = r"[A-Za-z_.$][\w.$]*"
_PLACEHOLDERS = {
    "D": r"(?P<d>[rw]\d+)", "D2": r"(?P<d2>[rw]\d+)", "S": r"(?P<s>[rw]\d+)", "S2": r"(?P<s2>[rw]\d+)",
    "R0": r"(?P<r0>[rw]\d+)", "R0B": r"(?P<r0b>[rw]\d+)",
    "IMM": rf"(?P<imm>{_NUM})", "IMM2": rf"(?P<imm2>{_NUM})",
    "OFF": r"(?:\s*(?P<off>[+-]\s*(?:[+-]\s*)?(?:0[xX][0-9a-fA-F]+|\d+)))?",
    "SZ": r"(?P<sz>[us](?:8|16|32|64))",
    "T": rf"(?P<t>pc\s*[+-]\s*(?:0[xX][0-9a-fA-F]+|\d+)|{_NUM}|{_IDENT})",
    "AOP": r"(?P<op>s>>=|s/=|s%=|<<=|>>=|\+=|-=|\*=|/=|\|=|&=|%=|\^=)",
    "COP": r"(?P<op>s>=|s<=|s>|s<|==|!=|>=|<=|>|<|&)",
    "END": r"(?P<end>bswap|be|le)(?P<bits>16|32|64)",
    "CAST": r"\(\s*s(?P<bits>8|16|32)\s*\)\s*",
    "AT": r"(?P<at>add|and|or|xor)",
    "W64": r"(?P<w64>64)?",
    "KIND": r"(?P<kind>fd|id|idx)",
    "NAME": r"(?P<name>[\w.\-]+)",
    "KOFF": rf"(?:\s+off\s*=\s*(?P<imm2>{_NUM}))?",
    "ZERO": r"(?P<zero>\[\s*0\s*\])?",
    "PLUS2": rf"(?:\s*\+\s*(?P<imm2>{_NUM}))?",
    "XW": r"(?P<xw>_64|32_32)",
}
_TOKEN = re.compile(r"\{([A-Z0-9]+)\}|(\s+)|(.)", re.S)


def _compile(template: str) -> re.Pattern[str]:
    """Template to regex. ``{X}`` is a placeholder; a space is ``\\s+`` after a keyword letter and ``\\s*``
    elsewhere; punctuation may be surrounded by spaces; letters and placeholders written together stay together."""
    parts: list[str] = []
    prev = ""  # "alnum", "punct" or "ph"
    space = False
    for ph, sp, ch in _TOKEN.findall(template):
        if sp:
            space = True
            continue
        kind = "ph" if ph else ("alnum" if ch.isalnum() or ch == "_" else "punct")
        if parts:
            if space:
                parts.append(r"\s+" if prev == "alnum" else r"\s*")
            elif "punct" in (prev, kind):
                parts.append(r"\s*")
        parts.append(_PLACEHOLDERS[ph] if ph else re.escape(ch))
        prev, space = kind, False
    return re.compile("".join(parts))


class FormError(Exception):
    """A form matched but an operand is wrong; ``group`` names the operand (for the error column)."""

    def __init__(self, reason: str, group: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.group = group


@dataclass(frozen=True)
class Ref:
    """A jump target that names a label: resolved into ``field`` once labels are known."""

    label: str
    field: str  # "off", "imm", or "lo32" (the low half of an LD_IMM64, stored unsigned)
    group: str = "t"


@dataclass
class Ctx:
    """What a builder may need beyond the match: the syntax flavour and the opcode hint of a log line."""

    kernel_hex_is_ld_imm64: bool = False
    opcode_hint: int | None = None
    labels: frozenset[str] = frozenset()


Built = tuple[Instruction, Ref | None]


# -- operand helpers --------------------------------------------------------------------------------------------------
def num_text(text: str) -> int:
    """``0x1f``, ``-8``, ``+ 3``, ``+-4`` (the kernel's ``skb[r1 + -4]``): signs multiply."""
    text = re.sub(r"\s+", "", text)
    sign = -1 if text.count("-") % 2 else 1
    text = text.lstrip("+-")
    return sign * int(text, 16 if text[:2].lower() == "0x" else 10)


def num(m: re.Match[str], group: str) -> int:
    return num_text(m.group(group))


def _ranged(m: re.Match[str], group: str, lo: int, hi: int, what: str) -> int:
    v = num(m, group)
    if not lo <= v <= hi:
        raise FormError(f"{what} {m.group(group).strip()} is out of range [{lo}, {hi}]", group)
    return v


def imm32(m: re.Match[str], group: str = "imm") -> int:
    """A 32-bit immediate: signed, or unsigned up to 0xffffffff (stored as its s32 bit pattern, as LLVM does)."""
    return s32(_ranged(m, group, -(1 << 31), (1 << 32) - 1, "immediate"))


def imm64(m: re.Match[str], group: str = "imm") -> int:
    return s64(_ranged(m, group, -(1 << 63), (1 << 64) - 1, "64-bit immediate"))


def off16(m: re.Match[str], group: str = "off") -> int:
    if m.group(group) is None:
        return 0
    return _ranged(m, group, -(1 << 15), (1 << 15) - 1, "offset")


def reg(m: re.Match[str], group: str, kind: str | None = None) -> int:
    """Register number of group ``group``; ``kind`` 'r' or 'w' requires that spelling."""
    text = m.group(group)
    n = int(text[1:])
    if n > MAX_REGISTER:
        raise FormError(f"register {text} does not exist (registers are r0-r10)", group)
    if kind and text[0] != kind:
        raise FormError(f"expected a 64-bit register r{n} here, not {text}" if kind == "r" else
                        f"expected a 32-bit register w{n} here, not {text}", group)
    return n


def _wide(m: re.Match[str], group: str) -> bool:
    return m.group(group)[0] == "r"


def _same_width(m: re.Match[str], a: str, b: str) -> None:
    if m.group(a)[0] != m.group(b)[0]:
        raise FormError(f"{m.group(a)} and {m.group(b)} mix 64-bit (r) and 32-bit (w) registers", b)


def _same_reg(m: re.Match[str], a: str, b: str, why: str) -> None:
    if m.group(a)[1:] != m.group(b)[1:] or m.group(a)[0] != m.group(b)[0]:
        raise FormError(f"{m.group(b)} must be {m.group(a)}: {why}", b)


def _size(m: re.Match[str], *, signed_ok: bool = False) -> tuple[Size, bool]:
    ty = m.group("sz")
    signed = ty[0] == "s"
    if signed and not signed_ok:
        raise FormError(f"{ty} is only valid for sign-extending loads (use u{ty[1:]})", "sz")
    if signed and ty == "s64":
        raise FormError("s64 loads do not exist (use u64)", "sz")
    return BYTES_SIZE[int(ty[1:]) // 8], signed


def _value_reg(m: re.Match[str], group: str, size: Size) -> int:
    """A register holding a value of ``size``: w is accepted for 8-32 bit values (llvm-objdump --mattr=+alu32)."""
    if size == Size.DW:
        return reg(m, group, "r")
    return reg(m, group)


def target(m: re.Match[str], field: str) -> tuple[int, Ref | None]:
    """A relative jump target: ``+0x3``, ``-3``, ``pc+3`` or a label (resolved later)."""
    text = m.group("t")
    if re.fullmatch(_IDENT, text):
        return 0, Ref(text, field)
    v = num_text(re.sub(r"^pc\s*", "", text))
    bits = 16 if field == "off" else 32
    if not -(1 << (bits - 1)) <= v < 1 << (bits - 1):
        raise FormError(f"jump offset {text} does not fit in {bits} bits", "t")
    return v, None


# -- builders -------------------------------------------------------------------------------------------------------
def _alu_class(m: re.Match[str]) -> Class:
    return Class.ALU64 if _wide(m, "d") else Class.ALU


def _aluop(m: re.Match[str]) -> tuple[AluOp, int]:
    op = m.group("op")
    return {"+=": (AluOp.ADD, 0), "-=": (AluOp.SUB, 0), "*=": (AluOp.MUL, 0), "/=": (AluOp.DIV, 0),
            "|=": (AluOp.OR, 0), "&=": (AluOp.AND, 0), "<<=": (AluOp.LSH, 0), ">>=": (AluOp.RSH, 0),
            "%=": (AluOp.MOD, 0), "^=": (AluOp.XOR, 0), "s>>=": (AluOp.ARSH, 0), "s/=": (AluOp.DIV, 1),
            "s%=": (AluOp.MOD, 1)}[op]


def b_alu_x(m: re.Match[str], ctx: Ctx) -> Built:
    _same_width(m, "d", "s")
    op, off = _aluop(m)
    return Instruction(_alu_class(m) | op | 0x08, reg(m, "d"), reg(m, "s"), off, 0), None


def b_alu_k(m: re.Match[str], ctx: Ctx) -> Built:
    op, off = _aluop(m)
    return Instruction(_alu_class(m) | op, reg(m, "d"), 0, off, imm32(m)), None


def b_mov_x(m: re.Match[str], ctx: Ctx) -> Built:
    _same_width(m, "d", "s")
    return Instruction(_alu_class(m) | AluOp.MOV | 0x08, reg(m, "d"), reg(m, "s")), None


def b_movsx(m: re.Match[str], ctx: Ctx) -> Built:
    _same_width(m, "d", "s")
    return Instruction(_alu_class(m) | AluOp.MOV | 0x08, reg(m, "d"), reg(m, "s"), int(m.group("bits"))), None


def b_mov_k(m: re.Match[str], ctx: Ctx) -> Built:
    """``rD = N``: a 32-bit mov, or LD_IMM64 when the value needs 64 bits, the log line's opcode says 0x18, or the
    text is in the kernel's style, where LD_IMM64 prints in hex and mov in decimal."""
    d = reg(m, "d")
    v = num(m, "imm")
    if _wide(m, "d"):
        hinted = ctx.opcode_hint == LD_IMM64
        kernel_hex = (ctx.kernel_hex_is_ld_imm64 and ctx.opcode_hint is None
                      and "0x" in m.group("imm").lower() and not m.group("imm").lstrip().startswith("-"))
        if hinted or kernel_hex or not -(1 << 31) <= v < 1 << 32:
            return Instruction(LD_IMM64, d, 0, 0, imm64(m)), None
    return Instruction(_alu_class(m) | AluOp.MOV, d, 0, 0, imm32(m)), None


def b_neg(m: re.Match[str], ctx: Ctx) -> Built:
    _same_reg(m, "d", "d2", "negation is in place")
    return Instruction(_alu_class(m) | AluOp.NEG, reg(m, "d")), None


def b_end(m: re.Match[str], ctx: Ctx) -> Built:
    _same_reg(m, "d", "d2", "byte swaps are in place")
    kind = m.group("end")
    code = {"bswap": Class.ALU64 | AluOp.END | TO_LE, "le": Class.ALU | AluOp.END | TO_LE,
            "be": Class.ALU | AluOp.END | TO_BE}[kind]
    return Instruction(code, reg(m, "d", "r"), 0, 0, int(m.group("bits"))), None


def b_addr_space_cast(m: re.Match[str], ctx: Ctx) -> Built:
    dst_as = _ranged(m, "imm", 0, 0xFFFF, "address space")
    src_as = _ranged(m, "imm2", 0, 0xFFFF, "address space")
    return Instruction(Class.ALU64 | AluOp.MOV | 0x08, reg(m, "d", "r"), reg(m, "s", "r"), ADDR_SPACE_CAST,
                       s32(dst_as << 16 | src_as)), None


def b_ld_imm64(m: re.Match[str], ctx: Ctx) -> Built:
    return Instruction(LD_IMM64, reg(m, "d", "r"), 0, 0, imm64(m)), None


def b_ld_pseudo(m: re.Match[str], ctx: Ctx) -> Built:
    src = _ranged(m, "imm", 0, 15, "pseudo source")
    return Instruction(LD_IMM64, reg(m, "d", "r"), src, 0, imm64(m, "imm2")), None


def b_map(m: re.Match[str], ctx: Ctx) -> Built:
    """``map[fd:N]``, ``map[fd:N][0]+OFF`` (bpftool prints ``id:``), ``map[idx:N]``, ``map[idx:N]+OFF``."""
    idx = m.group("kind") == "idx"
    value = m.group("imm2") is not None
    if value and not idx and m.group("zero") is None:
        raise FormError("a map value is written map[fd:N][0]+OFF", "imm2")
    if idx and m.group("zero") is not None:
        raise FormError("a map-index value is written map[idx:N]+OFF", "imm2")
    src = {(False, False): PseudoSrc.MAP_FD, (False, True): PseudoSrc.MAP_VALUE, (True, False): PseudoSrc.MAP_IDX,
           (True, True): PseudoSrc.MAP_IDX_VALUE}[(idx, value)]
    lo = imm32(m) & 0xFFFFFFFF
    hi = (imm32(m, "imm2") & 0xFFFFFFFF) if value else 0
    return Instruction(LD_IMM64, reg(m, "d", "r"), src, 0, s64(hi << 32 | lo)), None


def b_subprog(m: re.Match[str], ctx: Ctx) -> Built:
    """``subprog[+5]`` (bpftool) or ``subprog[label]``: the relative slot offset in the low 32 bits only."""
    v, ref = target(m, "lo32")
    return Instruction(LD_IMM64, reg(m, "d", "r"), PseudoSrc.FUNC, 0, v & 0xFFFFFFFF), ref


def b_btf_id(m: re.Match[str], ctx: Ctx) -> Built:
    return Instruction(LD_IMM64, reg(m, "d", "r"), PseudoSrc.BTF_ID, 0, imm32(m) & 0xFFFFFFFF), None


def b_ldx(m: re.Match[str], ctx: Ctx) -> Built:
    size, signed = _size(m, signed_ok=True)
    d = _value_reg(m, "d", size) if not signed else reg(m, "d", "r")
    mode = Mode.MEMSX if signed else Mode.MEM
    return Instruction(Class.LDX | mode | size, d, reg(m, "s", "r"), off16(m)), None


def b_stx(m: re.Match[str], ctx: Ctx) -> Built:
    size, _ = _size(m)
    return Instruction(Class.STX | Mode.MEM | size, reg(m, "d", "r"), _value_reg(m, "s", size), off16(m)), None


def b_st(m: re.Match[str], ctx: Ctx) -> Built:
    size, _ = _size(m)
    return Instruction(Class.ST | Mode.MEM | size, reg(m, "d", "r"), 0, off16(m), imm32(m)), None


def b_ld_abs(m: re.Match[str], ctx: Ctx) -> Built:
    size, _ = _size(m)
    reg(m, "d", "r")
    if reg(m, "d"):
        raise FormError("legacy packet loads always load into r0", "d")
    return Instruction(Class.LD | Mode.ABS | size, 0, 0, 0, imm32(m)), None


def b_ld_ind(m: re.Match[str], ctx: Ctx) -> Built:
    size, _ = _size(m)
    reg(m, "d", "r")
    if reg(m, "d"):
        raise FormError("legacy packet loads always load into r0", "d")
    imm = 0 if m.group("off") is None else s32(_ranged(m, "off", -(1 << 31), (1 << 32) - 1, "offset"))
    return Instruction(Class.LD | Mode.IND | size, 0, reg(m, "s", "r"), 0, imm), None


def _atomic(m: re.Match[str], imm: int, dst_group: str = "d") -> Instruction:
    size, _ = _size(m)
    return Instruction(Class.STX | Mode.ATOMIC | size, reg(m, dst_group, "r"), _value_reg(m, "s", size), off16(m),
                       imm)


def b_lock(m: re.Match[str], ctx: Ctx) -> Built:
    op = {"+=": AtomicOp.ADD, "|=": AtomicOp.OR, "&=": AtomicOp.AND, "^=": AtomicOp.XOR}.get(m.group("op"))
    if op is None:
        raise FormError(f"lock supports +=, |=, &= and ^=, not {m.group('op')}", "op")
    return _atomic(m, op), None


def _fetch_width(m: re.Match[str]) -> None:
    size, _ = _size(m)
    if m.group("w64") and size != Size.DW:
        raise FormError("atomic64_* operations act on u64", "sz")


def b_fetch(m: re.Match[str], ctx: Ctx) -> Built:
    _same_reg(m, "s", "s2", "fetch operations return the old value in their source register")
    _fetch_width(m)
    op = {"add": AtomicOp.FETCH_ADD, "or": AtomicOp.FETCH_OR, "and": AtomicOp.FETCH_AND,
          "xor": AtomicOp.FETCH_XOR}[m.group("at")]
    return _atomic(m, op), None


def b_xchg_kernel(m: re.Match[str], ctx: Ctx) -> Built:
    _same_reg(m, "s", "s2", "xchg returns the old value in its source register")
    _fetch_width(m)
    return _atomic(m, AtomicOp.XCHG), None


def _r0(m: re.Match[str]) -> None:
    for g in ("r0", "r0b"):
        if m.group(g)[1:] != "0":
            raise FormError(f"cmpxchg compares with and returns into r0, not {m.group(g)}", g)


def b_cmpxchg_kernel(m: re.Match[str], ctx: Ctx) -> Built:
    _r0(m)
    _fetch_width(m)
    return _atomic(m, AtomicOp.CMPXCHG), None


def _llvm_xchg(m: re.Match[str], imm: int) -> Instruction:
    """llvm's ``xchg_64`` / ``xchg32_32`` / ``cmpxchg_64`` / ``cmpxchg32_32``: the name gives the width."""
    size = Size.DW if m.group("xw") == "_64" else Size.W
    return Instruction(Class.STX | Mode.ATOMIC | size, reg(m, "d", "r"),
                       reg(m, "s", "r" if size == Size.DW else "w"), off16(m), imm)


def b_xchg_llvm(m: re.Match[str], ctx: Ctx) -> Built:
    _same_reg(m, "s", "s2", "xchg returns the old value in its source register")
    return _llvm_xchg(m, AtomicOp.XCHG), None


def b_cmpxchg_llvm(m: re.Match[str], ctx: Ctx) -> Built:
    _r0(m)
    for g in ("r0", "r0b"):
        if _wide(m, g) != (m.group("xw") == "_64"):
            raise FormError(f"{m.group(g)} does not match the width of cmpxchg{m.group('xw')}", g)
    return _llvm_xchg(m, AtomicOp.CMPXCHG), None


def b_load_acquire(m: re.Match[str], ctx: Ctx) -> Built:
    size, _ = _size(m)
    return (Instruction(Class.STX | Mode.ATOMIC | size, _value_reg(m, "d", size), reg(m, "s", "r"), off16(m),
                        AtomicOp.LOAD_ACQ), None)


def b_store_release(m: re.Match[str], ctx: Ctx) -> Built:
    return _atomic(m, AtomicOp.STORE_REL), None


_CMP = {"==": JmpOp.JEQ, "!=": JmpOp.JNE, ">": JmpOp.JGT, ">=": JmpOp.JGE, "<": JmpOp.JLT, "<=": JmpOp.JLE,
        "&": JmpOp.JSET, "s>": JmpOp.JSGT, "s>=": JmpOp.JSGE, "s<": JmpOp.JSLT, "s<=": JmpOp.JSLE}


def b_jmp_x(m: re.Match[str], ctx: Ctx) -> Built:
    _same_width(m, "d", "s")
    cls = Class.JMP if _wide(m, "d") else Class.JMP32
    off, ref = target(m, "off")
    return Instruction(cls | _CMP[m.group("op")] | 0x08, reg(m, "d"), reg(m, "s"), off), ref


def b_jmp_k(m: re.Match[str], ctx: Ctx) -> Built:
    cls = Class.JMP if _wide(m, "d") else Class.JMP32
    off, ref = target(m, "off")
    return Instruction(cls | _CMP[m.group("op")], reg(m, "d"), 0, off, imm32(m)), ref


def b_goto(m: re.Match[str], ctx: Ctx) -> Built:
    off, ref = target(m, "off")
    return Instruction(JA, off=off), ref


def b_gotol(m: re.Match[str], ctx: Ctx) -> Built:
    imm, ref = target(m, "imm")
    return Instruction(GOTOL, imm=imm), ref


def b_may_goto(m: re.Match[str], ctx: Ctx) -> Built:
    off, ref = target(m, "off")
    return Instruction(MAY_GOTO, off=off), ref


def b_gotox(m: re.Match[str], ctx: Ctx) -> Built:
    return Instruction(GOTOX, reg(m, "d", "r")), None


def b_callx(m: re.Match[str], ctx: Ctx) -> Built:
    return Instruction(CALLX, reg(m, "d", "r")), None


def b_exit(m: re.Match[str], ctx: Ctx) -> Built:
    return Instruction(EXIT), None


def b_call(m: re.Match[str], ctx: Ctx) -> Built:
    """``call 0x1`` (helper), ``call pc+5`` (bpf-to-bpf), ``call label`` or ``call bpf_map_lookup_elem``."""
    text = m.group("t")
    if text.startswith("pc") and not re.fullmatch(_IDENT, text):
        imm, _ = target(m, "imm")
        return Instruction(CALL, 0, CallSrc.PSEUDO_CALL, 0, imm), None
    if re.fullmatch(_IDENT, text):
        if text in ctx.labels:
            return Instruction(CALL, 0, CallSrc.PSEUDO_CALL), Ref(text, "imm")
        helper = helper_by_name(text)
        if helper is None:
            raise FormError(f"{text} is neither a label nor a helper of Linux 6.18", "t")
        return Instruction(CALL, imm=int(helper)), None
    return Instruction(CALL, imm=imm32(m, "t")), None


def b_call_named(m: re.Match[str], ctx: Ctx) -> Built:
    """The kernel's ``call bpf_map_lookup_elem#1``, ``call unknown#300``, ``call kernel-function#5`` and the
    verifier's ``call <kfunc name>#<btf id>``."""
    name, imm = m.group("name"), imm32(m)
    off = 0 if m.group("imm2") is None else _ranged(m, "imm2", -(1 << 15), (1 << 15) - 1, "offset")
    helper = helper_by_name(name) if name.startswith("bpf_") else None
    if name == "unknown" or helper is not None:
        if helper is not None and int(helper) != imm:
            raise FormError(f"{name} is helper #{int(helper)}, not #{imm}", "imm")
        if off:
            raise FormError("helper calls have no off", "imm2")
        if name == "unknown" and 0 <= imm <= MAX_HELPER_ID and HelperId(imm).name != "unspec":
            raise FormError(f"helper #{imm} is {HelperId(imm).func_name}, not unknown", "imm")
        return Instruction(CALL, imm=imm), None
    return Instruction(CALL, 0, CallSrc.KFUNC, off, imm), None


def b_kfunc(m: re.Match[str], ctx: Ctx) -> Built:
    off = 0 if m.group("imm2") is None else _ranged(m, "imm2", -(1 << 15), (1 << 15) - 1, "offset")
    return Instruction(CALL, 0, CallSrc.KFUNC, off, imm32(m)), None


Builder = Callable[[re.Match[str], Ctx], Built]

# Order matters where two forms could match the same text: the more specific one comes first.
_FORMS_SRC: list[tuple[str, Builder]] = [
    ("{D} = {IMM} ll", b_ld_imm64),
    ("ld_pseudo {D} , {IMM} , {IMM2}", b_ld_pseudo),
    ("{D} = map[{KIND}:{IMM}]{ZERO}{PLUS2}", b_map),
    ("{D} = subprog[{T}]", b_subprog),
    ("{D} = btf_id[{IMM}]", b_btf_id),
    ("{D} = -{D2}", b_neg),
    ("{D} = {CAST}{S}", b_movsx),
    ("{D} = {END} {D2}", b_end),
    ("{D} = addr_space_cast({S}, {IMM}, {IMM2})", b_addr_space_cast),
    ("{D} = *({SZ} *)skb[{IMM}]", b_ld_abs),
    ("{D} = *({SZ} *)skb[{S}{OFF}]", b_ld_ind),
    ("{D} = *({SZ} *)({S}{OFF})", b_ldx),
    ("*({SZ} *)({D}{OFF}) = {S}", b_stx),
    ("*({SZ} *)({D}{OFF}) = {IMM}", b_st),
    ("lock *({SZ} *)({D}{OFF}) {AOP} {S}", b_lock),
    ("{S2} = atomic{W64}_fetch_{AT}(({SZ} *)({D}{OFF}), {S})", b_fetch),
    ("{S2} = atomic{W64}_xchg(({SZ} *)({D}{OFF}), {S})", b_xchg_kernel),
    ("{R0} = atomic{W64}_cmpxchg(({SZ} *)({D}{OFF}), {R0B}, {S})", b_cmpxchg_kernel),
    ("{S2} = xchg{XW}({D}{OFF}, {S})", b_xchg_llvm),
    ("{R0} = cmpxchg{XW}({D}{OFF}, {R0B}, {S})", b_cmpxchg_llvm),
    ("{D} = load_acquire(({SZ} *)({S}{OFF}))", b_load_acquire),
    ("store_release(({SZ} *)({D}{OFF}), {S})", b_store_release),
    ("{D} {AOP} {S}", b_alu_x),
    ("{D} {AOP} {IMM}", b_alu_k),
    ("{D} = {S}", b_mov_x),
    ("{D} = {IMM}", b_mov_k),
    ("if {D} {COP} {S} goto {T}", b_jmp_x),
    ("if {D} {COP} {IMM} goto {T}", b_jmp_k),
    ("goto {T}", b_goto),
    ("gotol {T}", b_gotol),
    ("may_goto {T}", b_may_goto),
    ("gotox {D}", b_gotox),
    ("callx {D}", b_callx),
    ("call kfunc {IMM}{KOFF}", b_kfunc),
    ("call {NAME}#{IMM}{KOFF}", b_call_named),
    ("call {T}", b_call),
    ("exit", b_exit),
]

FORMS: list[tuple[re.Pattern[str], Builder]] = [(_compile(t), b) for t, b in _FORMS_SRC]
_LEAD = re.compile(r"[rw]\d|[A-Za-z_]+|\*")


def _lead(text: str) -> str:
    m = _LEAD.match(text)
    if m is None:
        return ""
    return "reg" if re.fullmatch(r"[rw]\d", m.group()) else m.group()


# Forms grouped by how their text starts (a register, a keyword or "*"), so a line tries a handful, not all.
_BY_LEAD: dict[str, list[tuple[re.Pattern[str], Builder]]] = {}
for _template, _form in zip(_FORMS_SRC, FORMS):
    _BY_LEAD.setdefault("reg" if _template[0].startswith("{") else _lead(_template[0]), []).append(_form)


def forms_for(text: str) -> list[tuple[re.Pattern[str], Builder]]:
    """The forms that can match ``text`` (all of them if its start is unknown, for the error message)."""
    return _BY_LEAD.get(_lead(text), FORMS)

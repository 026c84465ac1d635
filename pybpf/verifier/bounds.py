"""Scalar ranges: signed/unsigned 64- and 32-bit bounds kept in sync with a tnum (Linux's reg_bounds_sync and the
``scalar*_min_max_*`` transfer functions of ``adjust_scalar_min_max_vals``).

Every function works on an object with the attributes of :class:`pybpf.verifier.regs.Reg` that hold a scalar:
``var`` (tnum), ``smin``/``smax`` (s64), ``umin``/``umax`` (u64), ``s32min``/``s32max`` (s32), ``u32min``/``u32max``
(u32). Signed bounds are Python ints in their signed range, unsigned ones non-negative. Functions mutate in place.
"""

from __future__ import annotations

from typing import Protocol

from pybpf.isa.opcodes import AluOp
from pybpf.verifier import tnum
from pybpf.verifier.tnum import M32, M64

S64_MIN = -(1 << 63)
S64_MAX = (1 << 63) - 1
S32_MIN = -(1 << 31)
S32_MAX = (1 << 31) - 1
U64_MAX = M64
U32_MAX = M32


class Bounded(Protocol):
    var: tuple[int, int]
    smin: int
    smax: int
    umin: int
    umax: int
    s32min: int
    s32max: int
    u32min: int
    u32max: int


def s64(v: int) -> int:
    v &= M64
    return v - (1 << 64) if v >> 63 else v


def s32(v: int) -> int:
    v &= M32
    return v - (1 << 32) if v >> 31 else v


def s16(v: int) -> int:
    v &= 0xFFFF
    return v - 0x10000 if v >> 15 else v


def s8(v: int) -> int:
    v &= 0xFF
    return v - 0x100 if v >> 7 else v


# -- whole-register settings -----------------------------------------------------------------------------------------
def mark_unbounded64(r: Bounded) -> None:
    r.smin, r.smax, r.umin, r.umax = S64_MIN, S64_MAX, 0, U64_MAX


def mark_unbounded32(r: Bounded) -> None:
    r.s32min, r.s32max, r.u32min, r.u32max = S32_MIN, S32_MAX, 0, U32_MAX


def mark_unbounded(r: Bounded) -> None:
    mark_unbounded64(r)
    mark_unbounded32(r)


def mark_unknown(r: Bounded) -> None:
    r.var = tnum.UNKNOWN
    mark_unbounded(r)


def set_known(r: Bounded, imm: int) -> None:
    """The value is exactly ``imm`` (taken as u64)."""
    imm &= M64
    r.var = (imm, 0)
    r.smin = r.smax = s64(imm)
    r.umin = r.umax = imm
    r.s32min = r.s32max = s32(imm)
    r.u32min = r.u32max = imm & M32


def set_known32(r: Bounded, imm: int) -> None:
    """The low 32 bits are exactly ``imm`` (the upper half is left alone)."""
    r.var = tnum.const_subreg(r.var, imm)
    r.s32min = r.s32max = s32(imm)
    r.u32min = r.u32max = imm & M32


def is_const(r: Bounded, subreg32: bool = False) -> bool:
    return not (r.var[1] & M32) if subreg32 else r.var[1] == 0


def const_value(r: Bounded, subreg32: bool = False) -> int:
    return r.var[0] & M32 if subreg32 else r.var[0]


# -- reg_bounds_sync --------------------------------------------------------------------------------------------------
def update_bounds32(r: Bounded) -> None:
    v, m = r.var[0] & M32, r.var[1] & M32
    r.s32min = max(r.s32min, s32(v | (m & 0x80000000)))
    r.s32max = min(r.s32max, s32(v | (m & 0x7FFFFFFF)))
    r.u32min = max(r.u32min, v)
    r.u32max = min(r.u32max, v | m)


def update_bounds64(r: Bounded) -> None:
    v, m = r.var
    r.smin = max(r.smin, s64(v | (m & (1 << 63))))
    r.smax = min(r.smax, s64(v | (m & S64_MAX)))
    r.umin = max(r.umin, v)
    r.umax = min(r.umax, v | m)


def update_bounds(r: Bounded) -> None:
    update_bounds32(r)
    update_bounds64(r)


def _deduce32(r: Bounded) -> None:
    umin, umax, smin, smax = r.umin, r.umax, r.smin, r.smax
    if umin >> 32 == umax >> 32:
        r.u32min = max(r.u32min, umin & M32)
        r.u32max = min(r.u32max, umax & M32)
        if s32(umin) <= s32(umax):
            r.s32min = max(r.s32min, s32(umin))
            r.s32max = min(r.s32max, s32(umax))
    if smin >> 32 == smax >> 32:
        if smin & M32 <= smax & M32:
            r.u32min = max(r.u32min, smin & M32)
            r.u32max = min(r.u32max, smax & M32)
        if s32(smin) <= s32(smax):
            r.s32min = max(r.s32min, s32(smin))
            r.s32max = min(r.s32max, s32(smax))
    if ((umin >> 32) + 1) & M32 == (umax >> 32) & M32 and s32(umin) < 0 <= s32(umax):
        r.s32min = max(r.s32min, s32(umin))
        r.s32max = min(r.s32max, s32(umax))
    if ((smin >> 32) + 1) & M32 == (smax >> 32) & M32 and s32(smin) < 0 <= s32(smax):
        r.s32min = max(r.s32min, s32(smin))
        r.s32max = min(r.s32max, s32(smax))
    if s32(r.u32min) <= s32(r.u32max):
        r.s32min = max(r.s32min, s32(r.u32min))
        r.s32max = min(r.s32max, s32(r.u32max))
    if r.s32min & M32 <= r.s32max & M32:
        r.u32min = max(r.s32min & M32, r.u32min)
        r.u32max = min(r.s32max & M32, r.u32max)
    elif r.u32max < r.s32min & M32:
        r.s32min = s32(r.u32min)
        r.u32max = min(r.u32max, r.s32max & M32)
    elif r.s32max & M32 < r.u32min:
        r.s32max = s32(r.u32max)
        r.u32min = max(r.u32min, r.s32min & M32)


def _deduce64(r: Bounded) -> None:
    if s64(r.umin) <= s64(r.umax):
        r.smin = max(r.smin, s64(r.umin))
        r.smax = min(r.smax, s64(r.umax))
    if r.smin & M64 <= r.smax & M64:
        r.umin = max(r.smin & M64, r.umin)
        r.umax = min(r.smax & M64, r.umax)
    elif r.umax < r.smin & M64:
        r.smin = s64(r.umin)
        r.umax = min(r.umax, r.smax & M64)
    elif r.smax & M64 < r.umin:
        r.smax = s64(r.umax)
        r.umin = max(r.umin, r.smin & M64)


def _deduce_mixed(r: Bounded) -> None:
    hi = ~M32 & M64
    r.umin = max(r.umin, (r.umin & hi) | r.u32min)
    r.umax = min(r.umax, (r.umax & hi) | r.u32max)
    r.smin = max(r.smin, s64((r.smin & hi) | r.u32min))
    r.smax = min(r.smax, s64((r.smax & hi) | r.u32max))
    if r.s32min & M32 <= r.s32max & M32:
        lo, up = r.s32min & M32, r.s32max & M32
        r.umin = max(r.umin, (r.umin & hi) | lo)
        r.umax = min(r.umax, (r.umax & hi) | up)
        r.smin = max(r.smin, s64((r.smin & hi) | lo))
        r.smax = min(r.smax, s64((r.smax & hi) | up))
    if r.s32min >= 0 and r.smin >= S32_MIN and r.smax <= S32_MAX:
        r.smin = r.umin = r.s32min
        r.smax = r.umax = r.s32max
        r.var = tnum.intersect(r.var, tnum.trange(r.smin, r.smax))


def deduce_bounds(r: Bounded) -> None:
    _deduce32(r)
    _deduce64(r)
    _deduce_mixed(r)


def bound_offset(r: Bounded) -> None:
    """Learn tnum bits from the unsigned ranges."""
    v64 = tnum.intersect(r.var, tnum.trange(r.umin, r.umax))
    v32 = tnum.intersect(tnum.subreg(v64), tnum.trange(r.u32min, r.u32max))
    r.var = tnum.or_(tnum.clear_subreg(v64), v32)


def sync(r: Bounded) -> None:
    """reg_bounds_sync: propagate knowledge between the tnum and the four ranges."""
    if r.var[1] == 0:  # a known value inside every range: the result is that value everywhere (fast path)
        v = r.var[0]
        sv, lo = s64(v), v & M32
        slo = s32(lo)
        if r.umin <= v <= r.umax and r.smin <= sv <= r.smax and r.u32min <= lo <= r.u32max and \
                r.s32min <= slo <= r.s32max:
            r.umin = r.umax = v
            r.smin = r.smax = sv
            r.u32min = r.u32max = lo
            r.s32min = r.s32max = slo
            return
    update_bounds(r)
    for _ in range(3):  # Linux runs three rounds; a round that changes nothing means the rest would not either
        before = (r.smin, r.smax, r.umin, r.umax, r.s32min, r.s32max, r.u32min, r.u32max, r.var)
        deduce_bounds(r)
        if before == (r.smin, r.smax, r.umin, r.umax, r.s32min, r.s32max, r.u32min, r.u32max, r.var):
            break
    bound_offset(r)
    update_bounds(r)


def sanity_error(r: Bounded) -> str | None:
    """reg_bounds_sanity_check: the reason the bounds contradict each other (None when consistent)."""
    if r.umin > r.umax or r.smin > r.smax or r.u32min > r.u32max or r.s32min > r.s32max:
        return "range bounds violation"
    v, m = r.var
    if not m and (r.umin != v or r.umax != v or r.smin != s64(v) or r.smax != s64(v)):
        return "const tnum out of sync with range bounds"
    if not m & M32:
        v32 = v & M32
        if r.u32min != v32 or r.u32max != v32 or r.s32min != s32(v32) or r.s32max != s32(v32):
            return "const subreg tnum out of sync with range bounds"
    return None


def describe_violation(r: Bounded, ctx: str, msg: str) -> str:
    return (f"REG INVARIANTS VIOLATION ({ctx}): {msg} u64=[{r.umin:#x}, {r.umax:#x}] "
            f"s64=[{r.smin & M64:#x}, {r.smax & M64:#x}] u32=[{r.u32min:#x}, {r.u32max:#x}] "
            f"s32=[{r.s32min & M32:#x}, {r.s32max & M32:#x}] var_off=({r.var[0]:#x}, {r.var[1]:#x})")


def assign_32_into_64(r: Bounded) -> None:
    r.umin, r.umax = r.u32min, r.u32max
    if r.s32min >= 0 and r.s32max >= 0:
        r.smin, r.smax = r.s32min, r.s32max
    else:
        r.smin, r.smax = 0, U32_MAX


def zext_32_to_64(r: Bounded) -> None:
    r.var = tnum.subreg(r.var)
    assign_32_into_64(r)


def coerce_to_size(r: Bounded, size: int) -> None:
    """Truncate to ``size`` bytes (< 8), zero-extending (a narrow load or a truncation)."""
    r.var = tnum.cast(r.var, size)
    mask = (1 << (size * 8)) - 1
    if r.umin & ~mask == r.umax & ~mask:
        r.umin &= mask
        r.umax &= mask
    else:
        r.umin, r.umax = 0, mask
    r.smin, r.smax = r.umin, r.umax
    if size < 4:
        mark_unbounded32(r)
    sync(r)


_SEXT = {1: s8, 2: s16, 4: s32}
_SRANGE = {1: (-128, 127), 2: (-32768, 32767), 4: (S32_MIN, S32_MAX)}


def coerce_to_size_sx(r: Bounded, size: int) -> None:
    """Sign-extend the low ``size`` bytes to 64 bits (movsx, ldsx)."""
    sx = _SEXT[size]
    if r.var[1] == 0:
        c = sx(r.var[0])
        set_known(r, c)
        return
    bits = size * 8
    if ((r.smax & M64) >> bits) == ((r.smin & M64) >> bits):
        a, b = sx(r.smax), sx(r.smin)
        hi, lo = max(a, b), min(a, b)
        if (hi >= 0) == (lo >= 0):
            r.s32min = r.smin = lo
            r.s32max = r.smax = hi
            r.u32min = lo & M32
            r.umin = lo & M64
            r.u32max = hi & M32
            r.umax = hi & M64
            r.var = tnum.trange(lo & M64, hi & M64)
            return
    lo, hi = _SRANGE[size]
    r.smin = r.s32min = lo
    r.smax = r.s32max = hi
    r.umin = r.u32min = 0
    r.umax, r.u32max = U64_MAX, U32_MAX
    r.var = tnum.UNKNOWN


def coerce_subreg_to_size_sx(r: Bounded, size: int) -> None:
    """Sign-extend the low ``size`` bytes (1 or 2) to 32 bits (32-bit movsx)."""
    sx = _SEXT[size]
    if r.var[1] == 0:
        c = sx(r.var[0]) & M32
        r.var = (c, 0)
        r.s32min = r.s32max = s32(c)
        r.u32min = r.u32max = c
        return
    bits = size * 8
    if ((r.s32max & M32) >> bits) == ((r.s32min & M32) >> bits):
        a, b = sx(r.s32max), sx(r.s32min)
        hi, lo = max(a, b), min(a, b)
        if (hi >= 0) == (lo >= 0):
            r.s32min, r.s32max = lo, hi
            r.u32min, r.u32max = lo & M32, hi & M32
            r.var = tnum.subreg(tnum.trange(lo & M32, hi & M32))
            return
    lo, hi = _SRANGE[size]
    r.s32min, r.s32max = lo, hi
    r.u32min, r.u32max = 0, U32_MAX
    r.var = tnum.subreg(tnum.UNKNOWN)


# -- ALU transfer functions -------------------------------------------------------------------------------------------
def _add_s(a: int, b: int, lo: int, hi: int) -> int | None:
    v = a + b
    return v if lo <= v <= hi else None


def _add32(d: Bounded, s: Bounded) -> None:
    lo = _add_s(d.s32min, s.s32min, S32_MIN, S32_MAX)
    hi = _add_s(d.s32max, s.s32max, S32_MIN, S32_MAX)
    if lo is None or hi is None:
        d.s32min, d.s32max = S32_MIN, S32_MAX
    else:
        d.s32min, d.s32max = lo, hi
    lo, hi = d.u32min + s.u32min, d.u32max + s.u32max
    if (lo > M32) != (hi > M32):  # only one end wraps: the range splits
        d.u32min, d.u32max = 0, U32_MAX
    else:
        d.u32min, d.u32max = lo & M32, hi & M32


def _add64(d: Bounded, s: Bounded) -> None:
    lo = _add_s(d.smin, s.smin, S64_MIN, S64_MAX)
    hi = _add_s(d.smax, s.smax, S64_MIN, S64_MAX)
    if lo is None or hi is None:
        d.smin, d.smax = S64_MIN, S64_MAX
    else:
        d.smin, d.smax = lo, hi
    lo, hi = d.umin + s.umin, d.umax + s.umax
    if (lo > M64) != (hi > M64):
        d.umin, d.umax = 0, U64_MAX
    else:
        d.umin, d.umax = lo & M64, hi & M64


def _sub32(d: Bounded, s: Bounded) -> None:
    lo = _add_s(d.s32min, -s.s32max, S32_MIN, S32_MAX)
    hi = _add_s(d.s32max, -s.s32min, S32_MIN, S32_MAX)
    if lo is None or hi is None:
        d.s32min, d.s32max = S32_MIN, S32_MAX
    else:
        d.s32min, d.s32max = lo, hi
    lo, hi = d.u32min - s.u32max, d.u32max - s.u32min
    if (lo < 0) != (hi < 0):  # only one end wraps
        d.u32min, d.u32max = 0, U32_MAX
    else:
        d.u32min, d.u32max = lo & M32, hi & M32


def _sub64(d: Bounded, s: Bounded) -> None:
    lo = _add_s(d.smin, -s.smax, S64_MIN, S64_MAX)
    hi = _add_s(d.smax, -s.smin, S64_MIN, S64_MAX)
    if lo is None or hi is None:
        d.smin, d.smax = S64_MIN, S64_MAX
    else:
        d.smin, d.smax = lo, hi
    lo, hi = d.umin - s.umax, d.umax - s.umin
    if (lo < 0) != (hi < 0):
        d.umin, d.umax = 0, U64_MAX
    else:
        d.umin, d.umax = lo & M64, hi & M64


def _mul32(d: Bounded, s: Bounded) -> None:
    hi, lo = d.u32max * s.u32max, d.u32min * s.u32min
    if hi > M32 or lo > M32:
        d.u32min, d.u32max = 0, U32_MAX
    else:
        d.u32min, d.u32max = lo, hi
    prods = (d.s32min * s.s32min, d.s32min * s.s32max, d.s32max * s.s32min, d.s32max * s.s32max)
    if any(p < S32_MIN or p > S32_MAX for p in prods):
        d.s32min, d.s32max = S32_MIN, S32_MAX
    else:
        d.s32min, d.s32max = min(prods), max(prods)


def _mul64(d: Bounded, s: Bounded) -> None:
    hi, lo = d.umax * s.umax, d.umin * s.umin
    if hi > M64 or lo > M64:
        d.umin, d.umax = 0, U64_MAX
    else:
        d.umin, d.umax = lo, hi
    prods = (d.smin * s.smin, d.smin * s.smax, d.smax * s.smin, d.smax * s.smax)
    if any(p < S64_MIN or p > S64_MAX for p in prods):
        d.smin, d.smax = S64_MIN, S64_MAX
    else:
        d.smin, d.smax = min(prods), max(prods)


def _signed_from_u32(d: Bounded) -> None:
    if s32(d.u32min) <= s32(d.u32max):
        d.s32min, d.s32max = s32(d.u32min), s32(d.u32max)
    else:
        d.s32min, d.s32max = S32_MIN, S32_MAX


def _signed_from_u64(d: Bounded) -> None:
    if s64(d.umin) <= s64(d.umax):
        d.smin, d.smax = s64(d.umin), s64(d.umax)
    else:
        d.smin, d.smax = S64_MIN, S64_MAX


def _and32(d: Bounded, s: Bounded) -> None:
    v32 = tnum.subreg(d.var)
    if tnum.subreg_is_const(s.var) and tnum.subreg_is_const(d.var):
        set_known32(d, v32[0])
        return
    d.u32min = v32[0]
    d.u32max = min(d.u32max, s.u32max)
    _signed_from_u32(d)


def _and64(d: Bounded, s: Bounded) -> None:
    if s.var[1] == 0 and d.var[1] == 0:
        set_known(d, d.var[0])
        return
    d.umin = d.var[0]
    d.umax = min(d.umax, s.umax)
    _signed_from_u64(d)
    update_bounds(d)


def _or32(d: Bounded, s: Bounded) -> None:
    v32 = tnum.subreg(d.var)
    if tnum.subreg_is_const(s.var) and tnum.subreg_is_const(d.var):
        set_known32(d, v32[0])
        return
    d.u32min = max(d.u32min, s.u32min)
    d.u32max = v32[0] | v32[1]
    _signed_from_u32(d)


def _or64(d: Bounded, s: Bounded) -> None:
    if s.var[1] == 0 and d.var[1] == 0:
        set_known(d, d.var[0])
        return
    d.umin = max(d.umin, s.umin)
    d.umax = d.var[0] | d.var[1]
    _signed_from_u64(d)
    update_bounds(d)


def _xor32(d: Bounded, s: Bounded) -> None:
    v32 = tnum.subreg(d.var)
    if tnum.subreg_is_const(s.var) and tnum.subreg_is_const(d.var):
        set_known32(d, v32[0])
        return
    d.u32min = v32[0]
    d.u32max = v32[0] | v32[1]
    _signed_from_u32(d)


def _xor64(d: Bounded, s: Bounded) -> None:
    if s.var[1] == 0 and d.var[1] == 0:
        set_known(d, d.var[0])
        return
    d.umin = d.var[0]
    d.umax = d.var[0] | d.var[1]
    _signed_from_u64(d)
    update_bounds(d)


def _lsh32_bounds(d: Bounded, umin: int, umax: int) -> None:
    d.s32min, d.s32max = S32_MIN, S32_MAX
    if umax > 31 or d.u32max > 1 << (31 - umax):
        d.u32min, d.u32max = 0, U32_MAX
    else:
        d.u32min = (d.u32min << umin) & M32
        d.u32max = (d.u32max << umax) & M32


def _lsh32(d: Bounded, s: Bounded) -> None:
    sub = tnum.subreg(d.var)
    _lsh32_bounds(d, s.u32min, s.u32max)
    d.var = tnum.subreg(tnum.lshift(sub, s.u32min))
    mark_unbounded64(d)
    update_bounds32(d)


def _lsh64(d: Bounded, s: Bounded) -> None:
    umin, umax = s.umin, s.umax
    if umin == 32 and umax == 32:
        d.smax = d.s32max << 32
        d.smin = d.s32min << 32
    else:
        d.smin, d.smax = S64_MIN, S64_MAX
    if d.umax > 1 << (63 - umax):
        d.umin, d.umax = 0, U64_MAX
    else:
        d.umin = (d.umin << umin) & M64
        d.umax = (d.umax << umax) & M64
    _lsh32_bounds(d, umin, umax)
    d.var = tnum.lshift(d.var, umin)
    update_bounds(d)


def _rsh32(d: Bounded, s: Bounded) -> None:
    sub = tnum.subreg(d.var)
    d.s32min, d.s32max = S32_MIN, S32_MAX
    d.var = tnum.rshift(sub, s.u32min)
    d.u32min >>= s.u32max
    d.u32max >>= s.u32min
    mark_unbounded64(d)
    update_bounds32(d)


def _rsh64(d: Bounded, s: Bounded) -> None:
    d.smin, d.smax = S64_MIN, S64_MAX
    d.var = tnum.rshift(d.var, s.umin)
    d.umin >>= s.umax
    d.umax >>= s.umin
    mark_unbounded32(d)
    update_bounds(d)


def _arsh32(d: Bounded, s: Bounded) -> None:
    sh = s.u32min
    d.s32min >>= sh
    d.s32max >>= sh
    d.var = tnum.arshift(tnum.subreg(d.var), sh, 32)
    d.u32min, d.u32max = 0, U32_MAX
    mark_unbounded64(d)
    update_bounds32(d)


def _arsh64(d: Bounded, s: Bounded) -> None:
    sh = s.umin
    d.smin >>= sh
    d.smax >>= sh
    d.var = tnum.arshift(d.var, sh, 64)
    d.umin, d.umax = 0, U64_MAX
    mark_unbounded32(d)
    update_bounds(d)


def computable(op: int, src: Bounded, alu32: bool) -> bool:
    """is_safe_to_compute_dst_reg_range: whether the transfer function of ``op`` applies (else the result is an
    unknown scalar). Shifts need a constant amount below the width; div, mod and the rest are not tracked."""
    if op in (AluOp.ADD, AluOp.SUB, AluOp.AND, AluOp.XOR, AluOp.OR, AluOp.MUL):
        return True
    if op in (AluOp.LSH, AluOp.RSH, AluOp.ARSH):
        bits = 32 if alu32 else 64
        if alu32:
            const = (not src.var[1] & M32) and src.s32min == src.s32max and src.u32min == src.u32max
        else:
            const = src.var[1] == 0 and src.smin == src.smax and src.umin == src.umax
        return bool(const) and src.umax < bits
    return False


def fork_candidate(d: Bounded) -> bool | None:
    """maybe_fork_scalars: a value in [-1, 0] combined with a constant by AND/OR is split into the two cases.
    Returns None when no split applies, else whether the split is on the 32-bit subregister."""
    if d.smin == -1 and d.smax == 0:
        return False
    if d.s32min == -1 and d.s32max == 0:
        return True
    return None


def alu(d: Bounded, s: Bounded, op: int, alu32: bool) -> None:
    """adjust_scalar_min_max_vals after the safety checks: ``d = d op s`` on the abstract values (computable ops
    only), zero-extending 32-bit results, then reg_bounds_sync."""
    if op == AluOp.ADD:
        _add32(d, s)
        _add64(d, s)
        d.var = tnum.add(d.var, s.var)
    elif op == AluOp.SUB:
        _sub32(d, s)
        _sub64(d, s)
        d.var = tnum.sub(d.var, s.var)
    elif op == AluOp.MUL:
        d.var = tnum.mul(d.var, s.var)
        _mul32(d, s)
        _mul64(d, s)
    elif op == AluOp.AND:
        d.var = tnum.and_(d.var, s.var)
        _and32(d, s)
        _and64(d, s)
    elif op == AluOp.OR:
        d.var = tnum.or_(d.var, s.var)
        _or32(d, s)
        _or64(d, s)
    elif op == AluOp.XOR:
        d.var = tnum.xor(d.var, s.var)
        _xor32(d, s)
        _xor64(d, s)
    elif op == AluOp.LSH:
        (_lsh32 if alu32 else _lsh64)(d, s)
    elif op == AluOp.RSH:
        (_rsh32 if alu32 else _rsh64)(d, s)
    elif op == AluOp.ARSH:
        (_arsh32 if alu32 else _arsh64)(d, s)
    if alu32:
        zext_32_to_64(d)
    sync(d)

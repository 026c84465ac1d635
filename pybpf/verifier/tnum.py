"""Tracked numbers: what is known about each bit of a 64-bit value (Linux's ``kernel/bpf/tnum.c``).

A tnum is a pair ``(value, mask)`` of u64 ints: a bit set in ``mask`` is unknown, otherwise it equals the bit of
``value`` (``value & mask == 0``). Tnums are plain tuples so that the verifier's hot paths stay cheap; every operation
returns a new pair that over-approximates the set of results of the concrete operation.
"""

from __future__ import annotations

M64 = 0xFFFFFFFFFFFFFFFF
M32 = 0xFFFFFFFF
S64_SIGN = 1 << 63

Tnum = tuple[int, int]

UNKNOWN: Tnum = (0, M64)
ZERO: Tnum = (0, 0)


def const(v: int) -> Tnum:
    return (v & M64, 0)


def trange(lo: int, hi: int) -> Tnum:
    """The smallest tnum holding every value of the unsigned range [lo, hi]."""
    chi = (lo ^ hi) & M64
    bits = chi.bit_length()
    if bits > 63:
        return UNKNOWN
    delta = (1 << bits) - 1
    return (lo & ~delta & M64, delta)


def lshift(a: Tnum, shift: int) -> Tnum:
    return ((a[0] << shift) & M64, (a[1] << shift) & M64)


def rshift(a: Tnum, shift: int) -> Tnum:
    return (a[0] >> shift, a[1] >> shift)


def _sar(v: int, shift: int, bits: int) -> int:
    sign = 1 << (bits - 1)
    full = (1 << bits) - 1
    v &= full
    if v & sign:
        v -= 1 << bits
    return (v >> shift) & full


def arshift(a: Tnum, shift: int, bits: int) -> Tnum:
    """Arithmetic shift right of a 64-bit value, or of the low 32 bits (result zero-extended) when ``bits`` is 32."""
    return (_sar(a[0], shift, bits), _sar(a[1], shift, bits))


def add(a: Tnum, b: Tnum) -> Tnum:
    sm = a[1] + b[1]
    sv = a[0] + b[0]
    chi = ((sm + sv) ^ sv) & M64
    mu = chi | a[1] | b[1]
    return (sv & ~mu & M64, mu)


def sub(a: Tnum, b: Tnum) -> Tnum:
    dv = (a[0] - b[0]) & M64
    alpha = (dv + a[1]) & M64
    beta = (dv - b[1]) & M64
    mu = (alpha ^ beta) | a[1] | b[1]
    return (dv & ~mu & M64, mu)


def neg(a: Tnum) -> Tnum:
    return sub(ZERO, a)


def and_(a: Tnum, b: Tnum) -> Tnum:
    alpha = a[0] | a[1]
    beta = b[0] | b[1]
    v = a[0] & b[0]
    return (v, alpha & beta & ~v)


def or_(a: Tnum, b: Tnum) -> Tnum:
    v = a[0] | b[0]
    return (v, (a[1] | b[1]) & ~v)


def xor(a: Tnum, b: Tnum) -> Tnum:
    mu = a[1] | b[1]
    return ((a[0] ^ b[0]) & ~mu, mu)


def mul(a: Tnum, b: Tnum) -> Tnum:
    """Long multiplication: known-one bits of ``a`` add ``b``'s unknown bits, unknown bits add all of ``b``'s."""
    acc_v = (a[0] * b[0]) & M64
    acc_m: Tnum = ZERO
    av, am = a
    bv, bm = b
    while av or am:
        if av & 1:
            acc_m = add(acc_m, (0, bm))
        elif am & 1:
            acc_m = add(acc_m, (0, bv | bm))
        av >>= 1
        am >>= 1
        bv = (bv << 1) & M64
        bm = (bm << 1) & M64
    return add((acc_v, 0), acc_m)


def overlap(a: Tnum, b: Tnum) -> bool:
    """Whether some value is in both ``a`` and ``b`` (their known bits agree)."""
    mu = ~a[1] & ~b[1]
    return (a[0] & mu) == (b[0] & mu)


def intersect(a: Tnum, b: Tnum) -> Tnum:
    v = a[0] | b[0]
    mu = a[1] & b[1]
    return (v & ~mu, mu)


def union(a: Tnum, b: Tnum) -> Tnum:
    mu = (a[0] ^ b[0]) | a[1] | b[1]
    return (a[0] & b[0] & ~mu, mu)


def cast(a: Tnum, size: int) -> Tnum:
    m = (1 << (size * 8)) - 1
    return (a[0] & m, a[1] & m)


def is_aligned(a: Tnum, size: int) -> bool:
    if not size:
        return True
    return not ((a[0] | a[1]) & (size - 1))


def contains(a: Tnum, b: Tnum) -> bool:
    """Linux's tnum_in: every value of ``b`` is a value of ``a``."""
    if b[1] & ~a[1]:
        return False
    return a[0] == (b[0] & ~a[1])


def holds(a: Tnum, v: int) -> bool:
    """Whether the concrete u64 ``v`` is one of ``a``'s values."""
    return (v & ~a[1] & M64) == a[0]


def is_const(a: Tnum) -> bool:
    return a[1] == 0


def is_unknown(a: Tnum) -> bool:
    return a[1] == M64


def equals_const(a: Tnum, v: int) -> bool:
    return a[1] == 0 and a[0] == v


def subreg(a: Tnum) -> Tnum:
    return (a[0] & M32, a[1] & M32)


def clear_subreg(a: Tnum) -> Tnum:
    return (a[0] & ~M32 & M64, a[1] & ~M32 & M64)


def with_subreg(reg: Tnum, sub32: Tnum) -> Tnum:
    return or_(clear_subreg(reg), subreg(sub32))


def const_subreg(a: Tnum, v: int) -> Tnum:
    return with_subreg(a, (v & M32, 0))


def subreg_is_const(a: Tnum) -> bool:
    return not (a[1] & M32)


def fmt(a: Tnum) -> str:
    """tnum_strn: a constant as decimal (<= 65535) or hex, else ``(value; mask)`` in hex."""
    if a[1] == 0:
        return str(a[0]) if a[0] <= 0xFFFF else f"{a[0]:#x}"
    return f"({a[0]:#x}; {a[1]:#x})"

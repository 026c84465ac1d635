"""The helper table of the conformance plugin: uBPF's test helpers 0-4 and the "unwind" helper 5.

These are not Linux helpers: a conformance program calls them by these numbers, and the reference plugins
(uBPF's ``ubpf_plugin/test_helpers.h``) give them these meanings. Helper 5 returns its argument
(``call_unwind_fail.data``, ``callx.data``); uBPF additionally stops the program when it returns 0, an extension
that is not RFC 9669 and is not modelled here.
"""

from __future__ import annotations

import math

from pybpf.errors import ExecutionError
from pybpf.helpers import CallContext, HelperTable

_U64 = 0xFFFFFFFFFFFFFFFF
_MAX_STRING = 1 << 20  # strcmp_ext gives up (faults) past this many bytes rather than walk memory forever


def gather_bytes(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
    """The low byte of each argument, a first: 0x0000_00aa_bbcc_ddee."""
    return ((a & 0xFF) << 32) | ((b & 0xFF) << 24) | ((c & 0xFF) << 16) | ((d & 0xFF) << 8) | (e & 0xFF)


def memfrob(ctx: CallContext, ptr: int, length: int, c: int, d: int, e: int) -> int:
    """XOR ``length`` bytes at ``ptr`` with 42, in place (glibc's memfrob); returns 0."""
    if length:
        data = ctx.read(ptr, length)
        ctx.write(ptr, bytes(x ^ 42 for x in data))
    return 0


def no_op(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
    return 0


def sqrti(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
    """``(uint64_t)sqrt((double)a)``: the C conversion rounds to double first, so large values round like uBPF's."""
    return int(math.sqrt(float(a & _U64))) & _U64


def _c_string(ctx: CallContext, addr: int) -> bytes:
    out = bytearray()
    while len(out) < _MAX_STRING:
        byte = ctx.read(addr + len(out), 1)[0]
        if byte == 0:
            return bytes(out)
        out.append(byte)
    raise ExecutionError(f"strcmp_ext: string at 0x{addr:x} has no terminating NUL in {_MAX_STRING} bytes")


def strcmp_ext(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
    """strcmp of two NUL-terminated strings: the difference of the first differing bytes (as glibc), sign-extended."""
    sa, sb = _c_string(ctx, a), _c_string(ctx, b)
    for x, y in zip(sa + b"\0", sb + b"\0"):
        if x != y:
            return (x - y) & _U64
    return 0


def unwind(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
    """Returns its first argument."""
    return a & _U64


def conformance_helpers() -> HelperTable:
    """A fresh table with helpers 0-5 registered under the numbers conformance programs call."""
    table = HelperTable()
    for num, name, fn in ((0, "gather_bytes", gather_bytes), (1, "memfrob", memfrob), (2, "no_op", no_op),
                          (3, "sqrti", sqrti), (4, "strcmp_ext", strcmp_ext), (5, "unwind", unwind)):
        table.add(num, fn, name)
    return table

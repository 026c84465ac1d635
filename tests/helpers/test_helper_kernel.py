"""Helpers against Linux: the same program run by BPF_PROG_TEST_RUN and by the interpreter, same results.

Most programs are syscall programs: their ctx is caller memory that comes back as ctx_out, so inputs go in and
results come out through it. Hash maps use BPF_F_ZERO_SEED so that iteration orders agree with the kernel's.
"""

from __future__ import annotations

import errno
import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "progtypes"))
from pt_harness import build, dual_map, interp_only, kernel, packet

from pybpf.errors import KernelError
from pybpf.maps import BPF_F_RDONLY_PROG, BPF_F_ZERO_SEED, MapType
from pybpf.uapi import ProgType

pytestmark = kernel
SYSCALL = ProgType.SYSCALL


def to_stack(ctx_off: int, size: int, fp: int) -> str:
    """Copy ctx[ctx_off:ctx_off+size] (size a multiple of 8) to the stack at r10 - fp."""
    return "\n".join(f"r2 = *(u64 *)(r1 + {ctx_off + i})\n*(u64 *)(r10 - {fp - i}) = r2" for i in range(0, size, 8))


def zero_stack(fp: int, size: int) -> str:
    """Zero the stack at r10 - fp (the kernel's stack holds old data; the interpreter's starts zeroed)."""
    return "\n".join(f"*(u64 *)(r10 - {fp - i}) = 0" for i in range(0, size, 8))


def from_stack(fp: int, size: int, ctx_off: int) -> str:
    """Copy the stack at r10 - fp back to ctx[ctx_off:ctx_off+size] (r6 holds the ctx)."""
    return "\n".join(f"r2 = *(u64 *)(r10 - {fp - i})\n*(u64 *)(r6 + {ctx_off + i}) = r2" for i in range(0, size, 8))


# ctx: [0,32) the string, [32] buf_len - 1 (u32), [36] flags (u32), [40] result (u64), [48] return value (u64)
STRTOX = f"""
r6 = r1
{to_stack(0, 32, 32)}
*(u64 *)(r10 - 40) = 0x7777
r2 = *(u32 *)(r6 + 32)
r2 &= 31
r2 += 1
r3 = *(u32 *)(r6 + 36)
r1 = r10
r1 += -32
r4 = r10
r4 += -40
call {{helper}}
*(u64 *)(r6 + 48) = r0
r2 = *(u64 *)(r10 - 40)
*(u64 *)(r6 + 40) = r2
r0 = 0
exit
"""

STRINGS = [b"123", b"  -42xyz", b"0x1f", b"0X1F", b"0x", b"0xg", b"077", b"08", b"-0", b"+5", b"", b" ", b"\xa0 7",
           b"\t\n\v\f\r9", b"18446744073709551615", b"18446744073709551616", b"9223372036854775807",
           b"9223372036854775808", b"-9223372036854775808", b"-9223372036854775809", b"ffffffffffffffff",
           b"fffffffffffffffff", b"-", b"--1", b"1" * 31, b"0x" + b"f" * 16 + b"0"]


@pytest.mark.parametrize("helper", [105, 106])
@pytest.mark.parametrize("flags", [0, 8, 10, 16, 3, 0x20])
def test_strtol_strtoul_match_linux(helper, flags):
    d = build(STRTOX.format(helper=helper), SYSCALL)
    for s in STRINGS:
        for n in {len(s), max(len(s) - 1, 1), 32}:
            ctx = s.ljust(32, b"\0")[:32] + struct.pack("<IIQQ", max(n, 1) - 1, flags, 0, 0)
            d.check(ctx=ctx, repeat=0)


# snprintf: the format is a frozen read-only map value (what ARG_PTR_TO_CONST_STR needs), the arguments come from
# ctx[0:96], the output (64 bytes) goes back to ctx[96:160], the return value to ctx[160]
SNPRINTF = f"""
r6 = r1
{to_stack(0, 96, 96)}
*(u64 *)(r10 - 104) = 0x2e2e2e2e
{zero_stack(200, 64)}
r1 = r10
r1 += -200
r2 = {{size}}
r3 = map[idx:0]+0
r4 = r10
r4 += -96
r5 = {{data_len}}
call 165
*(u64 *)(r6 + 160) = r0
{from_stack(200, 64, 96)}
r0 = 0
exit
"""


def fmt_map(fmt: bytes):
    m = dual_map(MapType.ARRAY, 4, 64, 1, BPF_F_RDONLY_PROG, name="fmt")
    value = fmt.ljust(64, b"\0")
    m.ours[0] = value
    m.ours.freeze()
    m.kern.update(0, value)
    m.kern.freeze()
    return m


FORMATS = [
    (b"%d %i %u %x %X", (-5, -6, 0xFFFFFFFF, 0xABCDEF12, 0xABCDEF12)),
    (b"%ld %lld %lu %llu %lx %llX", (-5, -(1 << 40), 1 << 63, (1 << 64) - 1, 0xDEADBEEF12, 0xDEADBEEF12)),
    (b"[%5d|%-5d|%05d|%+d|% d|%+u]", (42, 42, -42, 7, 7, 9)),
    (b"%c%c%c|%3c|%-3c|", (65, 66, 67, 68, 69)),
    (b"100%% %d%%", (3,)),
    (b"%08x %-8X| %016llx", (0xBEEF, 0xBEEF, 0x1234)),
    (b"%d", ()),  # too few arguments: EINVAL
    (b"%h", (1,)),
    (b"%5.2d", (1,)),
    (b"%q", (1,)),
    (b"%lu%lld%", (1, 2, 3)),
    (b"plain text", (1,)),
    (b"%sx", (1,)),  # %s must be followed by space, punctuation or the end
    (b"%ks %us", (1, 2)),  # not specs
    (b"tab\there", (1,)),
    (b"%d\x01", (1,)),  # not printable
    (b"%d %d %d %d %d %d %d %d %d %d %d %d", tuple(range(12))),
]


@pytest.mark.parametrize("fmt,args", FORMATS, ids=[f.decode("latin-1") for f, _ in FORMATS])
@pytest.mark.parametrize("size", [64, 9, 1, 0])
def test_snprintf_matches_linux(fmt, args, size):
    m = fmt_map(fmt)
    data = b"".join(struct.pack("<Q", a & (1 << 64) - 1) for a in args)
    ctx = data.ljust(96, b"\0") + bytes(72)
    text = SNPRINTF.format(size=size, data_len=len(data))
    try:
        d = build(text, SYSCALL, maps=[m])
    except KernelError as err:
        # Linux checks a constant format when it verifies the program; at run time the helper says -EINVAL
        assert "Invalid format string" in err.log
        out = run_interp_only(text, m, ctx)
        assert struct.unpack_from("<q", out.ctx_out, 160)[0] == -errno.EINVAL
        return
    d.check(ctx=ctx, repeat=0)


def run_interp_only(text: str, m, ctx: bytes):
    from pybpf.helpers.env import RunEnv
    from pybpf.progtypes import run
    from pybpf.vm import AddressSpace
    env = RunEnv.deterministic()
    prog = interp_only(text, SYSCALL, env=env, maps=[m.ours])
    space = AddressSpace()
    for region in m.ours.regions():
        space.add(region)
    return run(prog, SYSCALL, ctx=ctx, env=env, space=space, repeat=0)


SNPRINTF_PTRS = f"""
r6 = r1
{to_stack(0, 64, 64)}
r2 = map[idx:1]+0
*(u64 *)(r10 - 96) = r2
r2 += 16
*(u64 *)(r10 - 88) = r2
r2 += 16
*(u64 *)(r10 - 80) = r2
{zero_stack(200, 64)}
r1 = r10
r1 += -200
r2 = 64
r3 = map[idx:0]+0
r4 = r10
r4 += -96
r5 = 24
call 165
*(u64 *)(r6 + 160) = r0
{from_stack(200, 64, 96)}
r0 = 0
exit
"""


@pytest.mark.parametrize("fmt", [b"%pI4 %pi4 %pI4", b"%pI6 %pi6 %pI6", b"%s|%10s|%-3s|", b"%10pks|%-3pus|%s",
                                 b"%pks.%pus", b"%pK %px %p"])
def test_snprintf_pointers_match_linux(fmt):
    m = fmt_map(fmt)
    blob = dual_map(MapType.ARRAY, 4, 48, 1, name="blob")
    value = bytes([192, 168, 1, 2]) + bytes(12) + b"abc\0" + bytes(12) + b"longer string!!\0"
    blob.ours[0] = value
    blob.kern.update(0, value)
    d = build(SNPRINTF_PTRS, SYSCALL, maps=[m, blob])
    if b"%p" in fmt and b"%pI" not in fmt and b"%pk" not in fmt and b"%pu" not in fmt:
        # %p / %px print addresses, which differ between the kernel and here: only the lengths agree
        k, o = d.run(ctx=bytes(168), repeat=0)
        assert struct.unpack_from("<q", k.ctx_out, 160) == struct.unpack_from("<q", o.ctx_out, 160)
        return
    d.check(ctx=bytes(168), repeat=0)


def test_csum_diff_matches_linux():
    import random
    rnd = random.Random(7)
    for from_size, to_size, seed in ((4, 4, 0), (8, 0, 0x1234), (0, 12, 0xFFFFFFFF), (20, 20, 0), (0, 0, 0xABCD),
                                     (16, 8, 0xFFFF0000), (3, 4, 0), (4, 6, 0), (40, 40, 0x8000)):
        d = build(f"""
r6 = r1
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r4 = r2
r4 += 100
if r4 > r3 goto out
r7 = r2
r1 = r2
r3 = r2
r3 += 50
r2 = {from_size}
r4 = {to_size}
r5 = {seed} ll
call 28
*(u64 *)(r7 + 0) = r0
out:
r0 = 2
exit
""".replace(f"r5 = {seed} ll", f"r5 = {seed:#x} ll"), ProgType.XDP)
        for _ in range(5):
            d.check(bytes(rnd.randrange(256) for _ in range(120)))
    d.check(bytes(range(120)))


def test_map_helpers_match_linux():
    hmap = dual_map(MapType.HASH, 8, 8, 4, BPF_F_ZERO_SEED, name="h")
    arr = dual_map(MapType.ARRAY, 4, 8, 4, name="a")
    queue = dual_map(MapType.QUEUE, 0, 8, 3, name="q")
    # ctx: [0] key, [8] value, [16] flags; returns: [24] update, [32] lookup value or -1, [40] delete, [48] push,
    # [56] pop, [64] array update
    text = """
r6 = r1
r2 = *(u64 *)(r6 + 0)
*(u64 *)(r10 - 8) = r2
r2 = *(u64 *)(r6 + 8)
*(u64 *)(r10 - 16) = r2
r1 = map[idx:0]
r2 = r10
r2 += -8
r3 = r10
r3 += -16
r4 = *(u64 *)(r6 + 16)
call 2
*(u64 *)(r6 + 24) = r0
r1 = map[idx:0]
r2 = r10
r2 += -8
call 1
r7 = -1
if r0 == 0 goto miss
r7 = *(u64 *)(r0 + 0)
r7 += 1
*(u64 *)(r0 + 0) = r7
miss:
*(u64 *)(r6 + 32) = r7
r2 = *(u64 *)(r6 + 0)
r2 ^= 3
*(u64 *)(r10 - 8) = r2
r1 = map[idx:0]
r2 = r10
r2 += -8
call 3
*(u64 *)(r6 + 40) = r0
r1 = map[idx:2]
r2 = r10
r2 += -16
r3 = *(u64 *)(r6 + 16)
call 87
*(u64 *)(r6 + 48) = r0
r1 = map[idx:2]
r2 = r10
r2 += -24
call 88
*(u64 *)(r6 + 56) = r0
r2 = *(u64 *)(r6 + 0)
*(u32 *)(r10 - 4) = r2
r1 = map[idx:1]
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = *(u64 *)(r6 + 16)
call 2
*(u64 *)(r6 + 64) = r0
r0 = 0
exit
"""
    d = build(text, SYSCALL, maps=[hmap, arr, queue])
    for key, value, flags in ((1, 10, 0), (2, 20, 1), (1, 11, 1), (1, 12, 2), (5, 50, 2), (3, 30, 0), (4, 40, 0),
                              (6, 60, 0), (7, 70, 0), (2, 21, 4), (2, 22, 3), (0, 1, 0), (9, 9, 0)):
        d.check(ctx=struct.pack("<3Q", key, value, flags) + bytes(48), repeat=0)


def test_bpf_loop_matches_linux():
    text = """
r6 = r1
*(u64 *)(r10 - 8) = 0
r1 = *(u32 *)(r6 + 0)
r2 = subprog[cb]
r3 = r10
r3 += -8
r4 = *(u64 *)(r6 + 8)
call 181
*(u64 *)(r6 + 16) = r0
r2 = *(u64 *)(r10 - 8)
*(u64 *)(r6 + 24) = r2
r0 = 0
exit
cb:
r3 = *(u64 *)(r2 + 0)
r3 += r1
*(u64 *)(r2 + 0) = r3
r0 = 0
if r1 < 99 goto keep
r0 = 1
keep:
exit
"""
    d = build(text, SYSCALL)
    for n, flags in ((0, 0), (10, 0), (200, 0), (5, 1), (1 << 23, 0), ((1 << 23) + 1, 0), (0xFFFFFFFF, 0)):
        d.check(ctx=struct.pack("<IIQ", n, 0, flags) + bytes(16), repeat=0)


@pytest.mark.parametrize("map_type", [MapType.ARRAY, MapType.HASH, MapType.PERCPU_ARRAY, MapType.LRU_HASH])
def test_for_each_map_elem_matches_linux(map_type, cpu0):
    m = dual_map(map_type, 4, 8, 8, BPF_F_ZERO_SEED if map_type in (MapType.HASH, MapType.LRU_HASH) else 0,
                 name="fe")
    for k in (3, 1, 7, 5):
        m.ours.update(k, [k * 100] * m.ours.nr_cpus if map_type == MapType.PERCPU_ARRAY else k * 100)
        m.kern.update(k, struct.pack("<Q", k * 100) * (m.ours.nr_cpus if map_type == MapType.PERCPU_ARRAY else 1))
    text = """
r6 = r1
*(u64 *)(r10 - 8) = 0
*(u64 *)(r10 - 16) = 0
r1 = map[idx:0]
r2 = subprog[cb]
r3 = r10
r3 += -16
r4 = *(u64 *)(r6 + 0)
call 164
*(u64 *)(r6 + 8) = r0
r2 = *(u64 *)(r10 - 16)
*(u64 *)(r6 + 16) = r2
r0 = 0
exit
cb:
r0 = *(u32 *)(r2 + 0)
r5 = *(u64 *)(r3 + 0)
r5 += r0
r5 *= 3
r5 += 1
*(u64 *)(r4 + 0) = r5
r0 = 0
if r5 < 500 goto go
r0 = 1
go:
exit
"""
    d = build(text, SYSCALL, maps=[m])
    d.check(ctx=bytes(24), repeat=0)
    d.check(ctx=struct.pack("<Q", 1) + bytes(16), repeat=0)


def test_probe_reads_match_linux():
    # raw_tp: probe_read_kernel / _user / _str on the stack, NULL and a user-like address
    text = """
r6 = r1
*(u64 *)(r10 - 8) = 0x00636261
*(u64 *)(r10 - 16) = 0
r1 = r10
r1 += -24
r2 = 8
r3 = r10
r3 += -8
call 113
r7 = r0
r1 = r10
r1 += -24
r2 = 8
r3 = 0
call 113
r7 <<= 8
r7 |= r0
r1 = r10
r1 += -24
r2 = 8
r3 = 0
call 112
r7 <<= 8
r7 |= r0
r1 = r10
r1 += -32
r2 = 8
r3 = r10
r3 += -8
call 115
r7 <<= 8
r7 |= r0
r1 = r10
r1 += -32
r2 = 2
r3 = r10
r3 += -8
call 115
r7 <<= 8
r7 |= r0
r1 = r10
r1 += -32
r2 = 8
r3 = 0
call 114
r7 <<= 8
r7 |= r0
r0 = *(u64 *)(r10 - 32)
r0 ^= r7
r0 &= 0xffffffff
exit
"""
    d = build(text, ProgType.RAW_TRACEPOINT)
    d.check(ctx=bytes(8), repeat=0)


def test_tc_redirect_matches_linux():
    for ifindex, flags in ((1, 0), (1, 1), (5, 2), (3, 1 << 16)):
        d = build(f"r1 = {ifindex}\nr2 = {flags}\ncall 23\nexit", ProgType.SCHED_CLS)
        out = d.check(packet())
        if out.retval == 7:
            assert out.redirect.kind == "tc" and out.redirect.target == ifindex and out.redirect.flags == flags

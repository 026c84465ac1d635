"""Our ``kernel`` disassembly against the Linux verifier log of the running kernel.

Programs covering every instruction class are written in the kernel's syntax, assembled by pybpf, loaded with
BPF_PROG_LOAD at log level 2, and every ``N: (xx) text`` line of the verifier log must equal our text for the
instruction at slot N. The loader is a few lines of ctypes so this test depends on nothing but bpf(2).
"""

from __future__ import annotations

import ctypes
import os
import platform
import re

import pytest

from pybpf.isa.asm import assemble
from pybpf.isa.codec import encode
from pybpf.isa.disasm import disasm, iter_program

pytestmark = pytest.mark.kernel

_SYS_BPF = {"x86_64": 321, "aarch64": 280}.get(platform.machine())
_PROG_LOAD, _SOCKET_FILTER, _XDP = 5, 1, 6


class _ProgLoadAttr(ctypes.Structure):
    _fields_ = [("prog_type", ctypes.c_uint32), ("insn_cnt", ctypes.c_uint32), ("insns", ctypes.c_uint64),
                ("license", ctypes.c_uint64), ("log_level", ctypes.c_uint32), ("log_size", ctypes.c_uint32),
                ("log_buf", ctypes.c_uint64), ("kern_version", ctypes.c_uint32), ("prog_flags", ctypes.c_uint32),
                ("prog_name", ctypes.c_char * 16), ("pad", ctypes.c_uint8 * 64)]


def _load(code: bytes, prog_type: int) -> tuple[int, str]:
    """(fd or -errno, verifier log)."""
    libc = ctypes.CDLL(None, use_errno=True)
    insns = ctypes.create_string_buffer(code, len(code))
    lic = ctypes.create_string_buffer(b"GPL")
    log = ctypes.create_string_buffer(1 << 22)
    attr = _ProgLoadAttr(prog_type=prog_type, insn_cnt=len(code) // 8, insns=ctypes.addressof(insns),
                         license=ctypes.addressof(lic), log_level=2, log_size=len(log),
                         log_buf=ctypes.addressof(log))
    fd = libc.syscall(_SYS_BPF, _PROG_LOAD, ctypes.byref(attr), ctypes.sizeof(attr))
    if fd < 0:
        return -ctypes.get_errno(), log.value.decode(errors="replace")
    os.close(fd)
    return fd, log.value.decode(errors="replace")


def _bpf_available() -> str | None:
    if _SYS_BPF is None:
        return f"no bpf(2) syscall number known for {platform.machine()}"
    fd, _ = _load(encode(assemble("r0 = 0\nexit")), _SOCKET_FILTER)
    if fd < 0:
        return f"bpf(BPF_PROG_LOAD) fails here with errno {-fd} (needs Linux with bpf(2) and CAP_BPF)"
    return None


_UNAVAILABLE = _bpf_available()
_KERNEL = tuple(int(x) for x in re.findall(r"\d+", platform.release())[:2])

# Socket filter: legacy packet loads (r6 = skb), ALU, stack loads/stores, atomics, jumps, helpers, LD_IMM64.
SOCKET = """
    r6 = r1
    r0 = *(u16 *)skb[12]
    r7 = 2
    r0 = *(u8 *)skb[r7 + 1]
    r0 = *(u32 *)skb[r7 + -2]
    r1 = 5
    w2 = -3
    r1 += 7
    r1 -= r2
    w1 *= w2
    r1 /= 3
    r1 s/= -3
    w1 s%= 5
    r1 %= 7
    r1 |= 256
    r1 &= r7
    r1 <<= 3
    r1 >>= r7
    r1 s>>= 1
    w1 ^= w2
    r1 = -r1
    w1 = -w1
    r1 = be16 r1
    r1 = le32 r1
    r1 = bswap64 r1
    r3 = (s8)r1
    w3 = (s16)w1
    r3 = (s32)r1
    w4 = w3
    r4 = r3
    r5 = 0x123456789abcdef ll
    r5 = -1 ll
    *(u64 *)(r10 -8) = r1
    *(u32 *)(r10 -16) = 5
    *(u16 *)(r10 -12) = -1
    *(u8 *)(r10 -10) = 7
    *(u32 *)(r10 -24) = w1
    *(u16 *)(r10 -20) = r1
    r3 = *(u64 *)(r10 -8)
    r3 = *(s32 *)(r10 -16)
    r3 = *(s16 *)(r10 -12)
    r3 = *(s8 *)(r10 -10)
    r3 = *(u8 *)(r10 -10)
    r2 = 1
    *(u64 *)(r10 -32) = r2
    *(u32 *)(r10 -40) = 1
    lock *(u64 *)(r10 -32) += r2
    lock *(u64 *)(r10 -32) |= r2
    lock *(u32 *)(r10 -40) &= r2
    lock *(u32 *)(r10 -40) ^= r2
    r2 = atomic64_fetch_add((u64 *)(r10 -32), r2)
    r2 = atomic_fetch_or((u32 *)(r10 -40), r2)
    r2 = atomic64_fetch_and((u64 *)(r10 -32), r2)
    r2 = atomic_fetch_xor((u32 *)(r10 -40), r2)
    r2 = atomic64_xchg((u64 *)(r10 -32), r2)
    r2 = atomic_xchg((u32 *)(r10 -40), r2)
    r0 = 0
    r0 = atomic64_cmpxchg((u64 *)(r10 -32), r0, r2)
    r0 = atomic_cmpxchg((u32 *)(r10 -40), r0, r2)
    r8 = 9
    call bpf_get_prandom_u32#7
    if r0 > 0x10 goto pc+1
    if r0 == 0xffffffff goto pc+0
    if w0 s< w7 goto pc+1
    if r0 & r7 goto pc+0
    if w0 != 0x3 goto pc+1
    if r0 s>= -5 goto pc+0
    if r0 <= r8 goto pc+1
    if w0 s<= 0x7 goto pc+0
    if r0 < 5 goto pc+1
    if w0 >= w8 goto pc+0
    if r0 s> r8 goto pc+1
    goto pc+0
    gotol pc+0
    r0 = 1
    r0 = 0
    exit
"""

# XDP with a bpf-to-bpf call and the newest instructions.
XDP = """
    r1 = 3
    call pc+8
    *(u64 *)(r10 -8) = r0
    r2 = load_acquire((u64 *)(r10 -8))
    r2 = load_acquire((u8 *)(r10 -8))
    store_release((u32 *)(r10 -8), r2)
    store_release((u64 *)(r10 -16), r2)
    may_goto pc+0
    r0 = 2
    exit
    r0 = r1
    r0 *= 3
    exit
"""


def _log_lines(log: str) -> list[tuple[int, int, str]]:
    out = []
    for line in log.splitlines():
        if m := re.match(r"(\d+): \(([0-9a-f]{2})\) (.*?)(?:\s+;.*)?$", line):
            out.append((int(m.group(1)), int(m.group(2), 16), m.group(3)))
    return out


@pytest.mark.skipif(_UNAVAILABLE is not None, reason=_UNAVAILABLE or "")
@pytest.mark.parametrize(("name", "text", "prog_type", "since"),
                         [("socket", SOCKET, _SOCKET_FILTER, (5, 19)), ("xdp", XDP, _XDP, (6, 15))])
def test_kernel_text_equals_the_verifier_log(name, text, prog_type, since):
    if since > _KERNEL:
        pytest.skip(f"needs Linux {since[0]}.{since[1]}+ for these instructions, this is {platform.release()}")
    insns = assemble(text, syntax="kernel")
    fd, log = _load(encode(insns), prog_type)
    assert fd >= 0, f"{name} was rejected (errno {-fd}):\n{log[-3000:]}"
    by_slot = {slot: insn for slot, insn, _ in iter_program(insns)}
    lines = _log_lines(log)
    seen = set()
    for slot, code, text_ in lines:
        insn = by_slot[slot]
        assert code == insn.opcode
        assert disasm(insn, slot, "kernel") == text_, f"slot {slot}"
        assert assemble(f"{slot}: ({code:02x}) {text_}") == [insn]  # the log line assembles back
        seen.add(slot)
    assert seen == set(by_slot), f"the verifier did not print slots {sorted(set(by_slot) - seen)}"
    assert len(lines) >= len(by_slot)

"""Exact disassembly text of each instruction form in both modes.

The llvm column is what ``llvm-objdump-19 -d`` prints for these bytes (checked by hand against llvm-objdump-19, and
for whole objects in test_llvm_objdump.py), except the rows marked as pybpf extensions; the kernel column is what
``print_bpf_insn`` of Linux 6.18 prints, after the ``(xx)`` opcode.
"""

from __future__ import annotations

import pytest

from pybpf.isa.asm import assemble
from pybpf.isa.disasm import disasm, disasm_program, format_listing, iter_program
from pybpf.isa.instruction import Instruction as I

CASES = [
    # ALU
    (I(0xB7, 0, imm=1), "r0 = 0x1", "r0 = 1"),
    (I(0xB7, 0, imm=-1), "r0 = -0x1", "r0 = -1"),
    (I(0xB4, 1, imm=-0x80000000), "w1 = -0x80000000", "w1 = -2147483648"),
    (I(0xBF, 0, 1), "r0 = r1", "r0 = r1"),
    (I(0xBC, 2, 1), "w2 = w1", "w2 = w1"),
    (I(0x07, 1, imm=-0x80000000), "r1 += -0x80000000", "r1 += -2147483648"),
    (I(0x1F, 0, 1), "r0 -= r1", "r0 -= r1"),
    (I(0x2C, 0, 2), "w0 *= w2", "w0 *= w2"),
    (I(0x37, 0, imm=3), "r0 /= 0x3", "r0 /= 3"),
    (I(0x37, 0, off=1, imm=3), "r0 s/= 0x3", "r0 s/= 3"),
    (I(0x3F, 0, 1, off=1), "r0 s/= r1", "r0 s/= r1"),
    (I(0x9C, 0, 1, off=1), "w0 s%= w1", "w0 s%= w1"),
    (I(0x94, 1, off=1, imm=-3), "w1 s%= -0x3", "w1 s%= -3"),
    (I(0x9F, 0, 2), "r0 %= r2", "r0 %= r2"),
    (I(0x47, 0, imm=1), "r0 |= 0x1", "r0 |= 1"),
    (I(0x57, 0, imm=1), "r0 &= 0x1", "r0 &= 1"),
    (I(0x67, 0, imm=3), "r0 <<= 0x3", "r0 <<= 3"),
    (I(0x77, 0, imm=3), "r0 >>= 0x3", "r0 >>= 3"),
    (I(0xC7, 0, imm=3), "r0 s>>= 0x3", "r0 s>>= 3"),
    (I(0xCC, 0, 1), "w0 s>>= w1", "w0 s>>= w1"),
    (I(0xAF, 0, 1), "r0 ^= r1", "r0 ^= r1"),
    (I(0x87, 0), "r0 = -r0", "r0 = -r0"),
    (I(0x84, 1), "w1 = -w1", "w1 = -w1"),
    (I(0xDC, 0, imm=16), "r0 = be16 r0", "r0 = be16 r0"),
    (I(0xDC, 1, imm=64), "r1 = be64 r1", "r1 = be64 r1"),
    (I(0xD4, 1, imm=16), "r1 = le16 r1", "r1 = le16 r1"),
    (I(0xD7, 3, imm=32), "r3 = bswap32 r3", "r3 = bswap32 r3"),
    (I(0xBF, 0, 1, off=8), "r0 = (s8)r1", "r0 = (s8)r1"),
    (I(0xBF, 0, 1, off=32), "r0 = (s32)r1", "r0 = (s32)r1"),
    (I(0xBC, 0, 1, off=16), "w0 = (s16)w1", "w0 = (s16)w1"),
    (I(0xBF, 1, 2, off=1, imm=1), "r1 = addr_space_cast(r2, 0x0, 0x1)", "r1 = addr_space_cast(r2, 0, 1)"),
    (I(0xBF, 1, 2, off=1, imm=0x10000), "r1 = addr_space_cast(r2, 0x1, 0x0)", "r1 = addr_space_cast(r2, 1, 0)"),
    # loads and stores
    (I(0x61, 0, 1, 4), "r0 = *(u32 *)(r1 + 0x4)", "r0 = *(u32 *)(r1 +4)"),
    (I(0x69, 0, 1, -2), "r0 = *(u16 *)(r1 - 0x2)", "r0 = *(u16 *)(r1 -2)"),
    (I(0x71, 0, 1, 0), "r0 = *(u8 *)(r1 + 0x0)", "r0 = *(u8 *)(r1 +0)"),
    (I(0x79, 0, 10, -0x8000), "r0 = *(u64 *)(r10 - 0x8000)", "r0 = *(u64 *)(r10 -32768)"),
    (I(0x89, 0, 1, 2), "r0 = *(s16 *)(r1 + 0x2)", "r0 = *(s16 *)(r1 +2)"),
    (I(0x91, 0, 1, 2), "r0 = *(s8 *)(r1 + 0x2)", "r0 = *(s8 *)(r1 +2)"),
    (I(0x81, 3, 6, 8), "r3 = *(s32 *)(r6 + 0x8)", "r3 = *(s32 *)(r6 +8)"),
    (I(0x73, 1, 2, 1), "*(u8 *)(r1 + 0x1) = r2", "*(u8 *)(r1 +1) = r2"),
    (I(0x7B, 10, 2, -8), "*(u64 *)(r10 - 0x8) = r2", "*(u64 *)(r10 -8) = r2"),
    (I(0x62, 10, 0, -8, 5), "*(u32 *)(r10 - 0x8) = 0x5", "*(u32 *)(r10 -8) = 5"),
    (I(0x7A, 10, 0, -8, -5), "*(u64 *)(r10 - 0x8) = -0x5", "*(u64 *)(r10 -8) = -5"),
    (I(0x18, 0, imm=0x123456789ABCDEF0), "r0 = 0x123456789abcdef0 ll", "r0 = 0x123456789abcdef0"),
    (I(0x18, 0, imm=-1), "r0 = -0x1 ll", "r0 = 0xffffffffffffffff"),
    (I(0x18, 0, imm=-0x7FFFFFFF80000000), "r0 = -0x7fffffff80000000 ll", "r0 = 0x8000000080000000"),
    (I(0x18, 1, 1, imm=5), "ld_pseudo\tr1, 0x1, 0x5", "r1 = map[fd:5]"),
    (I(0x18, 1, 1, imm=0xFFFFFFFF), "ld_pseudo\tr1, 0x1, 0xffffffff", "r1 = map[fd:-1]"),
    (I(0x18, 1, 2, imm=8 << 32 | 5), "ld_pseudo\tr1, 0x2, 0x800000005", "r1 = map[fd:5][0]+8"),
    (I(0x18, 1, 3, imm=77), "ld_pseudo\tr1, 0x3, 0x4d", "r1 = btf_id[77]"),
    (I(0x18, 1, 3, imm=3 << 32 | 77), "ld_pseudo\tr1, 0x3, 0x30000004d", "ld_pseudo r1, 3, 0x30000004d"),
    (I(0x18, 2, 4, imm=0xFFFFFFFD), "ld_pseudo\tr2, 0x4, 0xfffffffd", "r2 = subprog[-3]"),
    (I(0x18, 1, 5, imm=2), "ld_pseudo\tr1, 0x5, 0x2", "r1 = map[idx:2]"),
    (I(0x18, 1, 6, imm=16 << 32 | 2), "ld_pseudo\tr1, 0x6, 0x1000000002", "r1 = map[idx:2]+16"),
    (I(0x28, imm=12), "r0 = *(u16 *)skb[0xc]", "r0 = *(u16 *)skb[12]"),
    (I(0x20, imm=-1), "r0 = *(u32 *)skb[-0x1]", "r0 = *(u32 *)skb[-1]"),
    (I(0x50, 0, 1), "r0 = *(u8 *)skb[r1]", "r0 = *(u8 *)skb[r1 + 0]"),
    (I(0x40, 0, 1, imm=16), "r0 = *(u32 *)skb[r1 + 0x10]", "r0 = *(u32 *)skb[r1 + 16]"),  # llvm: extension
    (I(0x48, 0, 3, imm=-4), "r0 = *(u16 *)skb[r3 - 0x4]", "r0 = *(u16 *)skb[r3 + -4]"),  # llvm: extension
    # atomics
    (I(0xDB, 10, 1, -8, 0x00), "lock *(u64 *)(r10 - 0x8) += r1", "lock *(u64 *)(r10 -8) += r1"),
    (I(0xC3, 10, 1, -8, 0x00), "lock *(u32 *)(r10 - 0x8) += r1", "lock *(u32 *)(r10 -8) += r1"),
    (I(0xDB, 10, 1, -8, 0x40), "lock *(u64 *)(r10 - 0x8) |= r1", "lock *(u64 *)(r10 -8) |= r1"),
    (I(0xC3, 10, 1, -8, 0x50), "lock *(u32 *)(r10 - 0x8) &= w1", "lock *(u32 *)(r10 -8) &= r1"),
    (I(0xC3, 10, 1, -8, 0xA0), "lock *(u32 *)(r10 - 0x8) ^= w1", "lock *(u32 *)(r10 -8) ^= r1"),
    (I(0xDB, 10, 1, -8, 0x01), "r1 = atomic_fetch_add((u64 *)(r10 - 0x8), r1)",
     "r1 = atomic64_fetch_add((u64 *)(r10 -8), r1)"),
    (I(0xC3, 10, 1, -8, 0x01), "w1 = atomic_fetch_add((u32 *)(r10 - 0x8), w1)",
     "r1 = atomic_fetch_add((u32 *)(r10 -8), r1)"),
    (I(0xDB, 1, 3, 0, 0x41), "r3 = atomic_fetch_or((u64 *)(r1 + 0x0), r3)",
     "r3 = atomic64_fetch_or((u64 *)(r1 +0), r3)"),
    (I(0xC3, 1, 3, 0, 0x51), "w3 = atomic_fetch_and((u32 *)(r1 + 0x0), w3)",
     "r3 = atomic_fetch_and((u32 *)(r1 +0), r3)"),
    (I(0xDB, 1, 3, 0, 0xA1), "r3 = atomic_fetch_xor((u64 *)(r1 + 0x0), r3)",
     "r3 = atomic64_fetch_xor((u64 *)(r1 +0), r3)"),
    (I(0xDB, 10, 1, -8, 0xE1), "r1 = xchg_64(r10 - 0x8, r1)", "r1 = atomic64_xchg((u64 *)(r10 -8), r1)"),
    (I(0xC3, 10, 1, -8, 0xE1), "w1 = xchg32_32(r10 - 0x8, w1)", "r1 = atomic_xchg((u32 *)(r10 -8), r1)"),
    (I(0xDB, 10, 1, -8, 0xF1), "r0 = cmpxchg_64(r10 - 0x8, r0, r1)",
     "r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r1)"),
    (I(0xC3, 10, 1, -8, 0xF1), "w0 = cmpxchg32_32(r10 - 0x8, w0, w1)",
     "r0 = atomic_cmpxchg((u32 *)(r10 -8), r0, r1)"),
    (I(0xDB, 0, 1, 0, 0x100), "r0 = load_acquire((u64 *)(r1 + 0x0))", "r0 = load_acquire((u64 *)(r1 +0))"),
    (I(0xD3, 0, 1, 0, 0x100), "w0 = load_acquire((u8 *)(r1 + 0x0))", "r0 = load_acquire((u8 *)(r1 +0))"),
    (I(0xCB, 1, 2, 6, 0x110), "store_release((u16 *)(r1 + 0x6), w2)", "store_release((u16 *)(r1 +6), r2)"),
    (I(0xDB, 1, 2, 0, 0x110), "store_release((u64 *)(r1 + 0x0), r2)", "store_release((u64 *)(r1 +0), r2)"),
    # jumps and calls
    (I(0x6D, 1, 2, 3), "if r1 s> r2 goto +0x3", "if r1 s> r2 goto pc+3"),
    (I(0x15, 1, 0, 3, 3), "if r1 == 0x3 goto +0x3", "if r1 == 0x3 goto pc+3"),
    (I(0x16, 1, 0, 2, -1), "if w1 == -0x1 goto +0x2", "if w1 == 0xffffffff goto pc+2"),
    (I(0xAE, 1, 2, -3), "if w1 < w2 goto -0x3", "if w1 < w2 goto pc-3"),
    (I(0x56, 1, 0, 0, 7), "if w1 != 0x7 goto +0x0", "if w1 != 0x7 goto pc+0"),
    (I(0x4D, 1, 2, 1), "if r1 & r2 goto +0x1", "if r1 & r2 goto pc+1"),
    (I(0xDE, 1, 2, 1), "if w1 s<= w2 goto +0x1", "if w1 s<= w2 goto pc+1"),
    (I(0x15, 1, 0, -0x8000, -0x80000000), "if r1 == -0x80000000 goto -0x8000",
     "if r1 == 0x80000000 goto pc-32768"),
    (I(0x05, off=3), "goto +0x3", "goto pc+3"),
    (I(0x05, off=-1), "goto -0x1", "goto pc-1"),
    (I(0x06, imm=16), "gotol +0x10", "gotol pc+16"),
    (I(0x06, imm=-1), "gotol -0x1", "gotol pc-1"),
    (I(0xE5, off=2), "may_goto +0x2", "may_goto pc+2"),
    (I(0x0D, 1), "gotox r1", "gotox r1"),
    (I(0x85, imm=1), "call 0x1", "call bpf_map_lookup_elem#1"),
    (I(0x85, imm=0), "call 0x0", "call bpf_unspec#0"),
    (I(0x85, imm=211), "call 0xd3", "call bpf_cgrp_storage_delete#211"),
    (I(0x85, imm=212), "call 0xd4", "call unknown#212"),
    (I(0x85, imm=-1), "call -0x1", "call unknown#-1"),
    (I(0x85, 0, 1, imm=10), "call pc+0xa", "call pc+10"),  # llvm: extension (objdump prints "call 0xa")
    (I(0x85, 0, 1, imm=-1), "call pc-0x1", "call pc-1"),
    (I(0x85, 0, 2, imm=12345), "call kfunc 0x3039", "call kernel-function#12345"),  # extensions
    (I(0x85, 0, 2, 3, 12345), "call kfunc 0x3039 off=0x3", "call kernel-function#12345 off=3"),
    (I(0x8D, 2), "callx r2", "callx r2"),
    (I(0x95), "exit", "exit"),
]


@pytest.mark.parametrize(("insn", "llvm", "kernel"), CASES, ids=[c[1] for c in CASES])
def test_text(insn, llvm, kernel):
    assert disasm(insn) == llvm
    assert disasm(insn, 7, "kernel") == kernel
    assert assemble(llvm) == [insn]
    assert assemble(kernel, syntax="kernel") == [insn]


def test_program_helpers():
    prog = [I(0x18, 1, imm=1 << 40), I(0xB7, 0, imm=0), I(0x95)]
    assert disasm_program(prog) == ["r1 = 0x10000000000 ll", "r0 = 0x0", "exit"]
    assert [s for s, _, _ in iter_program(prog)] == [0, 2, 3]
    assert format_listing(prog, "kernel") == ["0: (18) r1 = 0x10000000000", "2: (b7) r0 = 0", "3: (95) exit"]
    assert format_listing(prog)[1] == "       2:\tb7 00 00 00 00 00 00 00\tr0 = 0x0"
    assert format_listing(prog)[0] == ("       0:\t18 01 00 00 00 00 00 00 00 00 00 00 00 01 00 00\t"
                                       "r1 = 0x10000000000 ll")
    assert format_listing(prog, show_bytes=False)[2] == "       3:\texit"


def test_unknown_mode():
    with pytest.raises(ValueError, match="unknown disassembly mode"):
        disasm(I(0x95), mode="gnu")


def test_undecodable_instruction_text():
    assert disasm(I(0xFF)) == "<unknown>"
    assert disasm(I(0xFF), mode="kernel") == "BUG_ff"

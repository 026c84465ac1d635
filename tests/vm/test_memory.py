"""Loads and stores on checked native memory, and the faults every bad access gives."""

from __future__ import annotations

import pytest
from vm_build import alu, exit_, lddw, ldx, mov, movr, st, stx
from vm_harness import Setup, error_of, r0_of, run_both

from pybpf.errors import Fault
from pybpf.isa.opcodes import AluOp
from pybpf.vm import AddressSpace, Interpreter, RegionKind

M64 = (1 << 64) - 1
MEM = bytes(range(0x11, 0x11 + 16))  # 11 12 13 ... 20


@pytest.mark.parametrize("size, signed, off, expected", [
    (1, False, 0, 0x11),
    (2, False, 1, 0x1312),
    (4, False, 4, 0x1817_1615),
    (8, False, 8, 0x201F_1E1D_1C1B_1A19),
    (1, True, 0, 0x11),
])
def test_loads(size, signed, off, expected):
    assert r0_of([ldx(size, 0, 1, off, signed=signed), exit_()], MEM) == expected


@pytest.mark.parametrize("size, value, expected", [
    (1, 0x80, M64 - 0x7F), (2, 0x8001, (M64 - 0xFFFF) | 0x8001), (4, 0xFFFF_FFFE, M64 - 1), (1, 0x7F, 0x7F)])
def test_sign_extending_loads(size, value, expected):
    mem = value.to_bytes(size, "little") + bytes(8)
    assert r0_of([ldx(size, 0, 1, 0, signed=True), exit_()], mem) == expected


def test_stores_all_widths_and_memory_effect():
    insns = [lddw(2, 0x1122_3344_5566_7788),
             stx(1, 1, 2, 0), stx(2, 1, 2, 2), stx(4, 1, 2, 4), stx(8, 1, 2, 8), mov(0, 0), exit_()]
    out = run_both(insns, bytes(16))
    assert out.memory["mem"] == bytes.fromhex("8800 8877 88776655 8877665544332211")


def test_store_immediates():
    # ST imm: truncated to the width; DW sign-extends the s32 imm
    insns = [st(1, 1, 0, 0x1FF), st(2, 1, 2, -2), st(4, 1, 4, -1), st(8, 1, 8, -3), mov(0, 0), exit_()]
    out = run_both(insns, bytes(16))
    assert out.memory["mem"] == bytes.fromhex("ff00 feff ffffffff fdffffffffffffff")


def test_stack_round_trip():
    insns = [lddw(1, 0xDEAD_BEEF_CAFE_F00D), stx(8, 10, 1, -8), ldx(4, 0, 10, -4), exit_()]
    assert r0_of(insns) == 0xDEAD_BEEF
    insns = [st(1, 10, -512, 0x42), ldx(1, 0, 10, -512), exit_()]  # the lowest stack byte
    assert r0_of(insns) == 0x42


def test_stack_starts_zeroed_every_run():
    vm = Interpreter([ldx(8, 0, 10, -8), st(8, 10, -8, 99), exit_()])
    space = AddressSpace()
    assert vm.run(space) == 0
    assert vm.run(space) == 0
    assert vm.execute(space, fast=False).r0 == 0


def test_fault_read_past_end_of_memory():
    err = error_of([ldx(4, 0, 1, 14), exit_()], MEM)
    assert isinstance(err, Fault)
    assert err.pc == 0 and err.size == 4 and err.address is not None
    assert "out-of-bounds read" in str(err)
    assert err.region is not None and err.region.startswith("mem [") and "offset 14" in err.region
    assert err.insn == "r0 = *(u32 *)(r1 + 0xe)"


def test_fault_unknown_address_and_null():
    err = error_of([lddw(1, 0x1234_5678_0000), ldx(8, 0, 1, 0), exit_()], MEM)
    assert isinstance(err, Fault) and "read of unknown address at 0x123456780000 (size 8)" in str(err)
    assert err.pc == 0 + 2  # after the two-slot lddw
    err = error_of([mov(1, 0), st(4, 1, 16, 1), exit_()])
    assert isinstance(err, Fault) and "null pointer write at 0x10" in str(err)
    assert "nearest region: stack[frame 0]" in str(err)


def test_fault_stack_underflow_and_overflow():
    err = error_of([ldx(8, 0, 10, 0), exit_()])
    assert isinstance(err, Fault) and err.pc == 0
    assert "stack[frame 0]" in err.region and "0 bytes past its end" in err.region
    err = error_of([st(8, 10, -520, 1), exit_()])
    assert isinstance(err, Fault) and "8 bytes before it" in err.region
    err = error_of([ldx(8, 0, 10, -4), exit_()])  # straddles the top of the stack
    assert isinstance(err, Fault) and "out-of-bounds read" in str(err)


def test_fault_write_to_read_only_region():
    setup = Setup(rodata=b"\x01\x02\x03\x04")
    ro = setup.ro
    assert ro is not None
    out = run_both([ldx(4, 0, 1, 0), stx(1, 1, 0, 0), exit_()], setup=setup, args=(ro.base, 4))
    assert isinstance(out.error, Fault) and out.error.pc == 1
    assert "write to read-only memory" in str(out.error) and "read-only" in out.error.region
    assert ro.view.tobytes() == b"\x01\x02\x03\x04"


def test_pointer_arithmetic_wraps():
    # r1 - 2**64 + 4 is r1 + 4 after wraparound
    insns = [lddw(2, M64 - 3), alu(AluOp.SUB, 1, 2), ldx(1, 0, 1, 0), exit_()]
    assert r0_of(insns, MEM) == MEM[4]


def test_stacks_are_removed_after_runs_and_faults():
    space = AddressSpace()
    mem = space.alloc(4, RegionKind.MEM, "mem")
    before = space.regions
    vm = Interpreter([ldx(8, 0, 1, 0), exit_()])
    for fast in (True, False):
        with pytest.raises(Fault):
            vm.execute(space, mem.base, fast=fast)
        assert space.regions == before


def test_copying_a_pointer_keeps_it_valid():
    insns = [movr(3, 10), alu(AluOp.ADD, 3, imm=-16), st(8, 3, 0, 7), ldx(8, 0, 10, -16), exit_()]
    assert r0_of(insns) == 7

"""The bpf(2) program wrapper: loads (errno and verifier log on failure, log buffer growth), test runs, fds."""

from __future__ import annotations

import errno
import os
import struct

import pytest

from pybpf.errors import KernelError
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import LD_IMM64, AluOp, Class, JmpOp, Mode, Size, Source
from pybpf.kernel import (
    KernelProgram,
    MapType,
    ProgLoadFlag,
    ProgType,
    TestRunResult,
    XdpAction,
    bpf_available,
    create_map,
    load_program,
)

AVAILABLE, WHY = bpf_available()
pytestmark = [pytest.mark.kernel, pytest.mark.skipif(not AVAILABLE, reason=WHY)]

EXIT = Instruction(Class.JMP | JmpOp.EXIT)


def mov(dst: int, imm: int) -> Instruction:
    return Instruction(Class.ALU64 | AluOp.MOV | Source.K, dst, 0, 0, imm)


def mov_x(dst: int, src: int) -> Instruction:
    return Instruction(Class.ALU64 | AluOp.MOV | Source.X, dst, src)


def ldx(size: Size, dst: int, src: int, off: int) -> Instruction:
    return Instruction(Class.LDX | Mode.MEM | size, dst, src, off)


def stx(size: Size, dst: int, src: int, off: int) -> Instruction:
    return Instruction(Class.STX | Mode.MEM | size, dst, src, off)


def test_probe_says_available() -> None:
    ok, why = bpf_available()
    assert ok and "Linux" in why


def test_load_and_run_returns_u32_retval() -> None:
    with load_program([mov(0, -1), EXIT], ProgType.SOCKET_FILTER, prog_name="minus_one") as prog:
        assert isinstance(prog, KernelProgram) and prog.fd >= 0 and prog.slots == 2
        res = prog.test_run(b"\0" * 14)
        assert isinstance(res, TestRunResult)
        assert res.retval == 0xFFFFFFFF  # Linux reports the u32
        assert "minus_one" in repr(prog)


def test_bytes_and_instructions_load_the_same() -> None:
    from pybpf.isa.codec import encode

    insns = [Instruction(LD_IMM64, 0, 0, 0, 0x1_2345_6789), EXIT]
    for code in (insns, encode(insns)):
        with load_program(code, ProgType.SOCKET_FILTER) as prog:
            assert prog.slots == 3 and prog.test_run(b"\0" * 14).retval == 0x2345_6789


def test_rejection_carries_errno_and_log() -> None:
    with pytest.raises(KernelError) as info:
        load_program([EXIT], ProgType.SOCKET_FILTER, prog_name="no_r0")  # r0 is never written
    err = info.value
    assert err.errno == errno.EACCES
    assert "R0 !read_ok" in err.log
    assert "R0 !read_ok" in str(err) and "EACCES" in str(err) and "no_r0" in str(err)


def test_bad_opcode_is_einval_with_reason() -> None:
    with pytest.raises(KernelError) as info:
        load_program(struct.pack("<BBhi", 0x8D, 1, 0, 0) + struct.pack("<BBhi", 0xB7, 0, 0, 0)
                     + struct.pack("<BBhi", 0x95, 0, 0, 0), ProgType.SOCKET_FILTER)
    assert info.value.errno == errno.EINVAL and "unknown opcode 8d" in info.value.log


def test_log_level_0_failure_still_gets_the_log() -> None:
    with pytest.raises(KernelError) as info:
        load_program([EXIT], ProgType.SOCKET_FILTER, log_level=0)
    assert "R0 !read_ok" in info.value.log


def test_small_log_buffer_grows_on_enospc() -> None:
    body = [mov(0, 0)] + [Instruction(Class.ALU64 | AluOp.ADD | Source.K, 0, 0, 0, i) for i in range(200)] + [EXIT]
    with load_program(body, ProgType.SOCKET_FILTER, log_level=2, log_size=128) as prog:
        assert len(prog.log) > 128 * 20  # the whole level-2 log, not the first 128 bytes
        assert "processed 202 insns" in prog.log


def test_successful_load_keeps_the_log() -> None:
    with load_program([mov(0, 0), EXIT], ProgType.SOCKET_FILTER, log_level=2) as prog:
        assert "r0 = 0" in prog.log


def test_bad_byte_length_is_rejected_before_the_kernel() -> None:
    with pytest.raises(KernelError) as info:
        load_program(b"\x95\0\0", ProgType.SOCKET_FILTER)
    assert info.value.errno == errno.EINVAL and "multiple of 8" in str(info.value)


def test_close_and_context_manager() -> None:
    prog = load_program([mov(0, 0), EXIT], ProgType.SOCKET_FILTER)
    fd = prog.fd
    os.fstat(fd)
    prog.close()
    assert prog.closed
    with pytest.raises(OSError):
        os.fstat(fd)
    with pytest.raises(KernelError) as info:
        prog.test_run(b"\0" * 14)
    assert info.value.errno == errno.EBADF
    prog.close()  # idempotent


def test_xdp_run_changes_packet_and_reports_duration() -> None:
    # r2 = data; r3 = data_end; if r2 + 4 > r3 drop; swap bytes 0 and 3 via a 32-bit bswap; return XDP_TX
    prog = [
        ldx(Size.W, 2, 1, 0), ldx(Size.W, 3, 1, 4), mov_x(4, 2),
        Instruction(Class.ALU64 | AluOp.ADD | Source.K, 4, 0, 0, 4),
        Instruction(Class.JMP | JmpOp.JGT | Source.X, 4, 3, 5),  # to the drop below
        ldx(Size.W, 5, 2, 0), Instruction(Class.ALU | AluOp.END | Source.X, 5, 0, 0, 32), stx(Size.W, 2, 5, 0),
        mov(0, XdpAction.TX), EXIT,
    ]
    prog += [mov(0, XdpAction.DROP), EXIT]
    with load_program(prog, ProgType.XDP) as kprog:
        res = kprog.test_run(bytes(range(1, 65)), repeat=51)
        assert res.retval == XdpAction.TX
        # The runs share one buffer: an odd number of swaps leaves the bytes swapped.
        assert res.data_out == bytes([4, 3, 2, 1]) + bytes(range(5, 65))
        assert res.duration_ns >= 0 and res.ctx_out is None
        short = kprog.test_run(b"\xAA" * 14)  # XDP needs an Ethernet header's worth of data
        assert short.retval == XdpAction.TX


def test_data_size_out_too_small_is_enospc() -> None:
    with load_program([mov(0, XdpAction.PASS), EXIT], ProgType.XDP) as prog:
        with pytest.raises(KernelError) as info:
            prog.test_run(b"\0" * 64, data_size_out=16)
        assert info.value.errno == errno.ENOSPC and "data_size_out" in str(info.value)
        assert prog.test_run(b"\0" * 64, data_size_out=64).data_out == b"\0" * 64


def test_skb_ctx_in_and_out() -> None:
    # cb[0] = skb->len + 1000; return skb->len
    insns = [ldx(Size.W, 2, 1, 0), mov_x(0, 2), Instruction(Class.ALU64 | AluOp.ADD | Source.K, 2, 0, 0, 1000),
             stx(Size.W, 1, 2, 48), EXIT]
    with load_program(insns, ProgType.SOCKET_FILTER) as prog:
        res = prog.test_run(b"\0" * 14 + b"\1" * 30, ctx=bytes(192))
        assert res.retval == 30  # the Ethernet header is not part of a socket filter's skb
        assert res.ctx_out is not None and len(res.ctx_out) == 192
        assert struct.unpack_from("<I", res.ctx_out, 48)[0] == 1030


def test_bad_ctx_is_einval() -> None:
    with load_program([mov(0, 0), EXIT], ProgType.SOCKET_FILTER) as prog:
        with pytest.raises(KernelError) as info:
            prog.test_run(b"\0" * 14, ctx=b"\1" + bytes(191))  # __sk_buff.len must be zero on input
        assert info.value.errno == errno.EINVAL
        with pytest.raises(KernelError) as info:
            prog.test_run(b"\0" * 14, ctx=bytes(40) + struct.pack("<I", 0x7FFF0000) + bytes(148))  # no such ifindex
        assert info.value.errno == errno.ENODEV


def test_syscall_program_writes_ctx_back() -> None:
    # *(u32 *)(ctx + 4) = *(u32 *)(ctx + 0) * 3; return 7
    insns = [ldx(Size.W, 2, 1, 0), Instruction(Class.ALU64 | AluOp.MUL | Source.K, 2, 0, 0, 3),
             stx(Size.W, 1, 2, 4), mov(0, 7), EXIT]
    with load_program(insns, ProgType.SYSCALL, prog_flags=ProgLoadFlag.SLEEPABLE) as prog:
        res = prog.test_run(ctx=struct.pack("<II", 14, 0))
        assert res.retval == 7
        assert res.ctx_out == struct.pack("<II", 14, 42)


def test_program_uses_a_map_by_fd_and_by_fd_array() -> None:
    with create_map(MapType.ARRAY, 4, 8, 1, name="counter") as counter:
        def body(src: int, imm: int) -> list[Instruction]:
            # key = 0 on the stack; r0 = bpf_map_lookup_elem(map, &key); if r0 { *(u64 *)r0 += 5 }; return 0
            return [
                Instruction(Class.ST | Mode.MEM | Size.W, 10, 0, -4, 0), mov_x(2, 10),
                Instruction(Class.ALU64 | AluOp.ADD | Source.K, 2, 0, 0, -4),
                Instruction(LD_IMM64, 1, src, 0, imm),
                Instruction(Class.JMP | JmpOp.CALL, 0, 0, 0, 1),
                Instruction(Class.JMP | JmpOp.JEQ | Source.K, 0, 0, 2, 0),
                mov(1, 5), Instruction(Class.STX | Mode.ATOMIC | Size.DW, 0, 1, 0, 0),
                mov(0, 0), EXIT,
            ]
        with load_program(body(1, counter.fd), ProgType.SOCKET_FILTER) as prog:  # BPF_PSEUDO_MAP_FD
            prog.test_run(b"\0" * 14, repeat=3)
        with load_program(body(5, 0), ProgType.SOCKET_FILTER, fd_array=[counter.fd]) as prog:  # PSEUDO_MAP_IDX
            prog.test_run(b"\0" * 14)
        assert struct.unpack("<Q", counter.lookup(0))[0] == 20


def test_unsupported_test_run_names_enotsupp() -> None:
    with load_program([mov(0, 0), EXIT], ProgType.KPROBE) as prog, pytest.raises(KernelError) as info:
        prog.test_run(ctx=bytes(168))
    assert info.value.errno == 524 and "ENOTSUPP" in str(info.value)

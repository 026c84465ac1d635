"""Helper, kfunc, callx and bpf-to-bpf calls; frames and their stacks; callbacks; LD_IMM64 forms; packet loads."""

from __future__ import annotations

import pytest
from vm_build import (
    alu,
    call,
    call_local,
    callx,
    exit_,
    jmp,
    kfunc,
    ld_abs,
    ld_ind,
    lddw,
    ldx,
    mov,
    movr,
    st,
    stx,
)
from vm_harness import Setup, error_of, r0_of, run_both

from pybpf.errors import ExecutionError, Fault
from pybpf.helpers import CallContext, HelperTable
from pybpf.isa.opcodes import AluOp, JmpOp, PseudoSrc
from pybpf.vm import AddressSpace, Interpreter, RegionKind

M64 = (1 << 64) - 1


def table() -> HelperTable:
    t = HelperTable()
    t.add(1, lambda ctx, a, b, c, d, e: a * 1_000_000 + b * 10_000 + c * 100 + d * 10 + e, "mix")
    t.add(2, lambda ctx, a, b, c, d, e: -1, "minus_one")

    @t.helper(3, "sum_bytes")
    def sum_bytes(ctx: CallContext, ptr: int, n: int, c: int, d: int, e: int) -> int:
        return sum(ctx.read(ptr, n))

    @t.helper(4, "fill")
    def fill(ctx: CallContext, ptr: int, n: int, value: int, d: int, e: int) -> int:
        ctx.write(ptr, bytes([value]) * n)
        ctx.trace.append(f"filled {n}")
        return ctx.pc

    t.add(5, lambda ctx, a, b, c, d, e: a, "unwind")
    t.add(6, lambda ctx, a, b, c, d, e: 1 // 0, "broken")

    @t.helper(7, "loop")
    def loop(ctx: CallContext, n: int, fn: int, c: int, d: int, e: int) -> int:
        # like bpf_loop: call fn(i, c) for i < n until it returns non-zero
        for i in range(n):
            if ctx.call(fn, i, c):
                return i + 1
        return n

    t.add_kfunc(12345, lambda ctx, a, b, c, d, e: a + b, "bpf_kfunc_add")
    return t


def args5():
    return [mov(1, 1), mov(2, 2), mov(3, 3), mov(4, 4), mov(5, 5)]


def test_helper_gets_arguments_and_returns_r0():
    assert r0_of([*args5(), call(1), exit_()], helpers=table()) == 1_020_345


def test_helper_result_is_u64_and_r1_r5_are_unchanged():
    insns = [*args5(), call(2), movr(6, 0), alu(AluOp.ADD, 0, 1), alu(AluOp.ADD, 0, 2), alu(AluOp.ADD, 0, 3),
             alu(AluOp.ADD, 0, 4), alu(AluOp.ADD, 0, 5), exit_()]
    assert r0_of(insns, helpers=table()) == (M64 + 15) & M64


def test_helper_memory_access_is_checked():
    mem = bytes([1, 2, 3, 4])
    assert r0_of([mov(2, 4), call(3), exit_()], mem, helpers=table()) == 10
    err = error_of([mov(2, 5), call(3), exit_()], mem, helpers=table())
    assert isinstance(err, Fault) and err.pc == 1 and err.insn == "call 0x3" and err.size == 5
    out = run_both([mov(2, 3), mov(3, 0xAB), call(4), exit_()], mem, helpers=table())
    assert out.memory["mem"] == b"\xab\xab\xab\x04"
    assert out.result is not None and out.result.r0 == 2 and out.result.trace == ["filled 3"]


def test_unknown_helper_names_slot_and_number():
    err = error_of([mov(0, 0), call(6), exit_()])
    assert type(err) is ExecutionError and err.pc == 1
    assert "unknown helper 6 (bpf_trace_printk)" in str(err)
    err = error_of([call(100_000), exit_()])
    assert "unknown helper 100000" in str(err)


def test_helper_exception_becomes_one_line_error():
    err = error_of([call(6), exit_()], helpers=table())
    assert type(err) is ExecutionError and err.pc == 0
    assert "helper broken failed: ZeroDivisionError" in str(err)


def test_callx_calls_the_helper_number_in_dst():
    assert r0_of([mov(1, 7), mov(8, 5), callx(8), exit_()], helpers=table()) == 7
    err = error_of([lddw(8, M64), callx(8), exit_()], helpers=table())
    assert err.pc == 2 and f"unknown helper {M64}" in str(err)


def test_kfunc():
    assert r0_of([mov(1, 40), mov(2, 2), kfunc(12345), exit_()], helpers=table()) == 42
    err = error_of([kfunc(99), exit_()], helpers=table())
    assert "unknown kfunc (BTF id 99)" in str(err) and err.pc == 0


# -- bpf-to-bpf ----------------------------------------------------------------------------------------------------
def test_call_local_passes_args_and_preserves_r6_to_r9():
    insns = [
        mov(6, 6), mov(7, 7), mov(8, 8), mov(9, 9), *args5(),   # 0-8
        call_local(7),                                         # 9 -> 17
        alu(AluOp.MUL, 0, imm=10000),                          # 10: r0 = sum * 10000
        alu(AluOp.ADD, 0, 6), alu(AluOp.ADD, 0, 7), alu(AluOp.ADD, 0, 8), alu(AluOp.ADD, 0, 9),  # 11-14
        alu(AluOp.ADD, 0, 1),                                  # 15: r1 unchanged by the call
        exit_(),                                               # 16
        movr(0, 1), alu(AluOp.ADD, 0, 2), alu(AluOp.ADD, 0, 3), alu(AluOp.ADD, 0, 4), alu(AluOp.ADD, 0, 5),
        mov(6, 0), mov(7, 0), mov(8, 0), mov(9, 0), mov(1, 99),
        exit_(),
    ]
    assert r0_of(insns) == 15 * 10000 + 6 + 7 + 8 + 9 + 1


def test_each_frame_has_its_own_stack():
    insns = [
        st(8, 10, -8, 111),          # 0 caller's stack
        movr(1, 10),                 # 1 pass a pointer to it
        call_local(3),               # 2 -> 6
        ldx(8, 1, 10, -8),           # 3 caller's slot still 111
        alu(AluOp.ADD, 0, 1),        # 4
        exit_(),                     # 5
        ldx(8, 0, 10, -8),           # 6 callee's own slot: fresh, 0
        st(8, 10, -8, 5),            # 7
        ldx(8, 2, 10, -8),           # 8
        alu(AluOp.ADD, 0, 2),        # 9  r0 = 0 + 5
        ldx(8, 2, 1, -8),            # 10 the caller's slot through the pointer
        alu(AluOp.ADD, 0, 2),        # 11 r0 = 5 + 111
        exit_(),                     # 12
    ]
    assert r0_of(insns) == 116 + 111


def test_stack_of_returned_frame_is_gone():
    insns = [call_local(2), ldx(8, 0, 0, -8), exit_(), movr(0, 10), exit_()]
    err = error_of(insns)
    assert isinstance(err, Fault) and err.pc == 1 and "unknown address" in str(err)


def recursion(depth: int) -> list:
    # f(n): if n == 0 return 0; return f(n - 1) + 1
    return [mov(1, depth), call_local(1), exit_(),
            jmp(JmpOp.JNE, 1, None, 0, 2), mov(0, 0), exit_(),
            stx(8, 10, 1, -8), alu(AluOp.SUB, 1, imm=1), call_local(-6), alu(AluOp.ADD, 0, imm=1), exit_()]


def test_eight_frames_allowed_nine_rejected():
    assert r0_of(recursion(6)) == 6  # main + 7 calls = 8 frames
    err = error_of(recursion(7))
    assert type(err) is ExecutionError and err.pc == 8
    assert "call depth exceeds 8 frames" in str(err)


def test_call_target_outside_program():
    err = error_of([call_local(10), exit_()])
    assert err.pc == 0 and "call target slot 11 is outside the program" in str(err)


def test_return_past_the_end():
    # the last instruction calls a function at slot 1; returning lands past the end of the program
    err = error_of([jmp(JmpOp.JA, 0, None, 0, 1), exit_(), call_local(-2)])
    assert type(err) is ExecutionError and err.pc == 2
    assert "ran past the last instruction" in str(err)


def test_step_machine_frames_and_stacks():
    vm = Interpreter([st(8, 10, -8, 1), call_local(1), exit_(), st(8, 10, -16, 2), exit_()])
    space = AddressSpace()
    m = vm.machine(space)
    m.step()
    m.step()  # the call
    assert m.pc == 3 and len(m.frames) == 2
    assert [f.stack.name for f in m.frames] == ["stack[frame 0]", "stack[frame 1]"]
    assert m.frames[1].stack.kind is RegionKind.STACK
    assert m.frames[1].return_slot == 2 and m.regs[10] == m.frames[1].stack.end
    m.step()
    assert m.stack(1)[-16:-8] == (2).to_bytes(8, "little") and m.stack(0)[-8:] == (1).to_bytes(8, "little")
    assert m.stack(1)[-8:] == bytes(8)
    m.step()  # exit from the callee
    assert m.pc == 2 and len(m.frames) == 1 and m.regs[10] == m.frames[0].stack.end
    m.step()
    assert m.done and m.r0 == 0 and m.steps == 5
    assert not any(r.kind is RegionKind.STACK for r in space.regions)
    assert m.stack(0)[-8:] == (1).to_bytes(8, "little")  # still inspectable after the run


# -- callbacks (bpf_loop-like helpers) and LD_IMM64 forms ----------------------------------------------------------
def callback_program() -> list:
    # r0 = loop(10, &cb, 3): cb(i, limit) returns i >= limit, so the loop stops at i = 3 and returns 4
    return [
        mov(1, 10),                                   # 0
        lddw(2, 4, src=PseudoSrc.FUNC),               # 1-2: absolute slot 1 + 1 + 4 = 6
        mov(3, 3),                                    # 3
        call(7),                                      # 4
        exit_(),                                      # 5
        mov(0, 0),                                    # 6: cb
        jmp(JmpOp.JLT, 1, 2, 0, 1),                   # 7
        mov(0, 1),                                    # 8
        exit_(),                                      # 9
    ]


def test_func_reference_is_absolute_slot():
    insns = [lddw(0, 1, src=PseudoSrc.FUNC), exit_(), exit_()]
    assert r0_of(insns) == 0 + 1 + 1


def test_callbacks_from_a_helper():
    out = run_both(callback_program(), helpers=table())
    assert out.result is not None and out.result.r0 == 4
    assert out.result.steps == 5 + 4 * 3 + 1 * 1 - 1 + 1  # main 5, callbacks i=0..2: 3 insns, i=3: 4 insns


def test_callback_target_must_be_a_function_entry():
    insns = callback_program()
    insns[1] = lddw(2, 7)  # a plain number: slot 7 is inside the callback, not a function entry
    err = error_of(insns, helpers=table())
    assert err.pc == 4 and "callback target slot 7 is not a function entry" in str(err)


def test_ld_imm64_btf_id_and_maps():
    assert r0_of([lddw(0, 77, src=PseudoSrc.BTF_ID), exit_()]) == 77
    err = error_of([lddw(0, 3, src=PseudoSrc.MAP_FD), exit_()])
    assert err.pc == 0 and "unresolved map reference" in str(err)
    out = run_both([lddw(0, 3, src=PseudoSrc.MAP_VALUE), exit_()], ld_imm64=lambda insn, slot: 1000 + insn.imm + slot)
    assert out.result is not None and out.result.r0 == 1003


# -- legacy packet loads -------------------------------------------------------------------------------------------
PACKET = bytes([0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC])


@pytest.mark.parametrize("insn, expected", [
    (ld_abs(1, 0), 0x12), (ld_abs(2, 1), 0x3456), (ld_abs(4, 2), 0x56789ABC),
    (ld_abs(4, 3), 0), (ld_abs(1, 6), 0), (ld_abs(1, -1), 0), (ld_ind(2, 2, 3), 0x9ABC), (ld_ind(2, 2, 4), 0),
    # SKF_NET_OFF (-0x100000) + k reads the network header, i.e. the packet data; SKF_LL_OFF is not modelled
    (ld_abs(1, -0x100000 + 2), 0x56), (ld_ind(2, 2, -0x100000 + 3), 0x9ABC), (ld_abs(1, -0x200000), 0),
    (ld_abs(1, -0x100001), 0),
])
def test_ld_abs_ind_network_order_and_oob_ends_program(insn, expected):
    insns = [movr(6, 1), mov(2, 1), mov(0, 99), insn, alu(AluOp.ADD, 0, imm=0), mov(7, 1), exit_()]
    out = run_both(insns, PACKET)
    assert out.error is None and out.result is not None
    assert out.result.r0 == expected
    if expected == 0:
        assert out.result.regs[7] == 0  # the program ended at the load
        assert out.result.steps == 4


def test_ld_abs_with_packet_resolver():
    setup = Setup(PACKET)
    assert setup.mem is not None
    base = setup.mem.base
    out = run_both([mov(6, 0), ld_abs(2, 0), exit_()], setup=setup, packet=lambda r6: (base + 2, 4))
    assert out.result is not None and out.result.r0 == 0x5678


def test_ld_abs_r6_must_point_somewhere():
    err = error_of([mov(6, 0), ld_abs(1, 0), exit_()])
    assert isinstance(err, Fault) and "r6 points into no region" in str(err)


def test_helpers_that_add_and_remove_regions():
    # A helper maps a buffer (like a map lookup returning a value pointer), another unmaps it: cached regions in
    # the fast path must not outlive the mapping.
    from pybpf.vm import NativeBuffer, Region
    value = Region.of(NativeBuffer(16, bytes(range(16))), RegionKind.MAP_VALUE, "value")

    def map_buffer(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
        ctx.space.add(value)
        return value.base

    def unmap(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
        ctx.space.remove(value)
        return 0

    t = HelperTable()
    t.add(1, map_buffer, "map")
    t.add(2, unmap, "unmap")
    insns = [call(1), movr(6, 0), ldx(1, 7, 6, 3), stx(1, 6, 7, 0), ldx(1, 8, 6, 0),  # 0-4
             call(2), ldx(1, 0, 6, 0), exit_()]                                         # 5-7
    err = error_of(insns, helpers=t)
    assert isinstance(err, Fault) and err.pc == 6 and "read of unknown address" in str(err)
    ok = run_both([*insns[:5], call(2), movr(0, 8), exit_()], helpers=t)
    assert ok.result is not None and ok.result.r0 == 3

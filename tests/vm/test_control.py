"""Jumps, comparisons (signed, unsigned, 32-bit, immediates), bad targets, may_goto, gotox, the budget."""

from __future__ import annotations

import pytest
from vm_build import alu, exit_, gotol, gotox, ja, jmp, lddw, may_goto, mov, movr
from vm_harness import error_of, r0_of, run_both

from pybpf.errors import BudgetExceeded, ExecutionError
from pybpf.isa.opcodes import MAX_LOOPS, AluOp, JmpOp
from pybpf.vm import AddressSpace, Interpreter

M64 = (1 << 64) - 1


def branch(a: int, op: JmpOp, *, b: int | None = None, imm: int = 0, is32: bool = False) -> int:
    """1 if ``if r1 <op> (r2 or imm)`` with r1 = a is taken, else 0."""
    insns = [lddw(1, a), lddw(2, b if b is not None else 0), mov(0, 0),
             jmp(op, 1, 2 if b is not None else None, imm, 1, is32=is32), exit_(), mov(0, 1), exit_()]
    return r0_of(insns)


@pytest.mark.parametrize("a, op, kw, expected", [
    # JMP K compares against the sign-extended imm; JMP32 K against its low 32 bits
    (M64, JmpOp.JEQ, {"imm": -1}, 1),
    (0xFFFF_FFFF, JmpOp.JEQ, {"imm": -1}, 0),
    (0xFFFF_FFFF, JmpOp.JEQ, {"imm": -1, "is32": True}, 1),
    (0x1_FFFF_FFFF, JmpOp.JEQ, {"imm": -1, "is32": True}, 1),
    (0x1_0000_0000, JmpOp.JNE, {"imm": 0, "is32": True}, 0),
    (0x1_0000_0000, JmpOp.JNE, {"imm": 0}, 1),
    # unsigned
    (M64, JmpOp.JGT, {"imm": 1}, 1),
    (1, JmpOp.JGT, {"imm": -1}, 0),  # -1 is 2**64-1 unsigned
    (5, JmpOp.JGE, {"imm": 5}, 1),
    (4, JmpOp.JLT, {"imm": 5}, 1),
    (5, JmpOp.JLE, {"imm": 5}, 1),
    (6, JmpOp.JLE, {"b": 5}, 0),
    (0x1_0000_0001, JmpOp.JLT, {"imm": 2, "is32": True}, 1),
    # signed
    (M64, JmpOp.JSGT, {"imm": 0}, 0),
    (M64, JmpOp.JSLT, {"imm": 0}, 1),
    (M64, JmpOp.JSGE, {"imm": -1}, 1),
    (M64 - 1, JmpOp.JSLE, {"b": M64}, 1),
    (1 << 63, JmpOp.JSLT, {"b": (1 << 63) - 1}, 1),
    (0xFFFF_FFFF, JmpOp.JSLT, {"imm": 0, "is32": True}, 1),
    (0xFFFF_FFFF, JmpOp.JSLT, {"imm": 0}, 0),
    (0x8000_0000, JmpOp.JSGT, {"b": 0x7FFF_FFFF, "is32": True}, 0),
    (0x8000_0000, JmpOp.JSGT, {"b": 0x7FFF_FFFF}, 1),
    # jset
    (0b1010, JmpOp.JSET, {"imm": 0b0100}, 0),
    (0b1010, JmpOp.JSET, {"imm": 0b0010}, 1),
    (1 << 40, JmpOp.JSET, {"imm": -1}, 1),
    (1 << 40, JmpOp.JSET, {"imm": -1, "is32": True}, 0),
    (1 << 40, JmpOp.JSET, {"b": M64, "is32": True}, 0),
    (1 << 40, JmpOp.JSET, {"b": 1 << 40}, 1),
])
def test_conditions(a, op, kw, expected):
    assert branch(a, op, **kw) == expected


def test_ja_and_gotol():
    assert r0_of([mov(0, 1), ja(1), mov(0, 2), exit_()]) == 1
    assert r0_of([mov(0, 1), gotol(2), mov(0, 2), mov(0, 3), exit_()]) == 1
    # backward gotol: a loop counting to 3
    assert r0_of([mov(0, 0), alu(AluOp.ADD, 0, imm=1), jmp(JmpOp.JGE, 0, None, 3, 1), gotol(-3), exit_()]) == 3


def test_loop_sum():
    # r0 = sum(1..100)
    insns = [mov(0, 0), mov(1, 100), alu(AluOp.ADD, 0, 1), alu(AluOp.SUB, 1, imm=1),
             jmp(JmpOp.JNE, 1, None, 0, -3), exit_()]
    assert r0_of(insns) == 5050


def test_jump_out_of_program():
    err = error_of([mov(0, 0), ja(5), exit_()])
    assert type(err) is ExecutionError
    assert err.pc == 1 and "jump target slot 7 is outside the program" in str(err)
    err = error_of([mov(0, 0), jmp(JmpOp.JEQ, 0, None, 0, -3), exit_()])
    assert err.pc == 1 and "slot -1" in str(err)


def test_jump_not_taken_to_bad_target_is_fine():
    assert r0_of([mov(0, 4), jmp(JmpOp.JEQ, 0, None, 0, 100), exit_()]) == 4


def test_jump_into_second_slot_of_lddw():
    err = error_of([ja(1), lddw(0, 5), exit_()])
    assert err.pc == 0 and "second half of the LD_IMM64 at slot 1" in str(err)


def test_running_off_the_end():
    err = error_of([mov(0, 1)])
    assert err.pc == 0 and "ran past the last instruction" in str(err)
    err = error_of([mov(0, 0), jmp(JmpOp.JEQ, 0, None, 1, 1)])  # not taken, falls off
    assert err.pc == 1


def test_empty_program():
    with pytest.raises(ExecutionError, match="empty"):
        Interpreter([]).run(AddressSpace())
    with pytest.raises(ExecutionError, match="empty"):
        Interpreter([]).execute(AddressSpace(), fast=False)


# -- may_goto ------------------------------------------------------------------------------------------------------
def counted_may_goto_loop() -> list:
    # r0 counts iterations; may_goto +2 leaves the loop when the counter is exhausted
    return [mov(0, 0), may_goto(2), alu(AluOp.ADD, 0, imm=1), ja(-3), exit_()]


def test_may_goto_counter():
    assert r0_of(counted_may_goto_loop(), max_loops=10) == 10
    assert r0_of(counted_may_goto_loop(), max_loops=0) == 0


def test_may_goto_counter_is_per_frame():
    from vm_build import call_local
    # main: may_goto loop of 3 that calls f each iteration; f runs its own may_goto loop of 3 (fresh counter)
    insns = [
        mov(6, 0),                       # 0
        may_goto(3),                     # 1 -> 5
        call_local(4),                   # 2 -> 7
        alu(AluOp.ADD, 6, 0),            # 3
        ja(-4),                          # 4 -> 1
        movr(0, 6),                      # 5
        exit_(),                         # 6
        mov(0, 0),                       # 7: f
        may_goto(2),                     # 8 -> 11
        alu(AluOp.ADD, 0, imm=1),        # 9
        ja(-3),                          # 10 -> 8
        exit_(),                         # 11
    ]
    assert r0_of(insns, max_loops=3) == 9


def test_may_goto_real_limit_fast_path():
    # Linux's 8M iterations (about 24M instructions): only the fast path runs this in test time
    vm = Interpreter(counted_may_goto_loop())
    result = vm.execute(AddressSpace())
    assert result.r0 == MAX_LOOPS
    assert result.steps == 1 + 3 * MAX_LOOPS + 2


# -- gotox ---------------------------------------------------------------------------------------------------------
def test_gotox_absolute_slot():
    insns = [mov(0, 1), mov(1, 4), gotox(1), mov(0, 2), mov(0, 3), exit_()]
    assert r0_of(insns) == 1 + 2  # slot 4 sets r0 = 3
    insns = [mov(1, 3), gotox(1), mov(0, 2), mov(0, 7), exit_()]
    assert r0_of(insns) == 7


def test_gotox_bad_targets():
    err = error_of([mov(1, 9), gotox(1), exit_()])
    assert err.pc == 1 and "gotox target slot 9 is outside the program" in str(err)
    err = error_of([mov(1, 3), gotox(1), lddw(0, 1), exit_()])
    assert err.pc == 1 and "second half of the LD_IMM64" in str(err)
    err = error_of([mov(1, -1), gotox(1), exit_()])
    assert str(M64) in str(err)


# -- budget --------------------------------------------------------------------------------------------------------
def test_budget_exceeded_is_an_error_not_a_hang():
    forever = [mov(0, 0), alu(AluOp.ADD, 0, imm=1), ja(-2)]
    out = run_both(forever, budget=1000)
    assert isinstance(out.error, BudgetExceeded)
    assert out.error.pc == 2  # 1000 = 1 + 2 * 499 + 1: the add ran, the goto at slot 2 is one too many
    assert "budget of 1000" in str(out.error)


@pytest.mark.parametrize("budget", range(0, 12))
def test_budget_exact_slot_on_both_engines(budget):
    insns = [mov(0, 0), mov(1, 1), alu(AluOp.ADD, 0, 1), alu(AluOp.ADD, 0, 1), alu(AluOp.ADD, 0, 1),
             jmp(JmpOp.JLT, 0, None, 4, -4), exit_()]
    out = run_both(insns, budget=budget)  # run_both checks the engines agree on the slot and message
    if out.error is None:
        assert out.result is not None and out.result.steps <= budget
    else:
        assert isinstance(out.error, BudgetExceeded)


def test_budget_none_is_unlimited():
    vm = Interpreter([mov(0, 0), alu(AluOp.ADD, 0, imm=1), jmp(JmpOp.JLT, 0, None, 300_000, -2), exit_()],
                     budget=None)
    assert vm.run(AddressSpace()) == 300_000

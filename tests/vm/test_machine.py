"""The step API: one instruction per step, registers, frames and stacks inspectable, clean finish and failure."""

from __future__ import annotations

import pytest
from vm_build import alu, exit_, jmp, lddw, ldx, mov, st

from pybpf.errors import BudgetExceeded, ExecutionError, Fault
from pybpf.isa.opcodes import AluOp, JmpOp
from pybpf.vm import AddressSpace, Interpreter, RegionKind

M64 = (1 << 64) - 1


def stacks(space: AddressSpace) -> list[str]:
    return [r.name for r in space.regions if r.kind is RegionKind.STACK]


def test_initial_state():
    space = AddressSpace()
    m = Interpreter([mov(0, 1), exit_()]).machine(space, r1=5, r2=-1, r5=7)
    assert m.pc == 0 and not m.done and m.steps == 0
    assert m.regs[:6] == [0, 5, M64, 0, 0, 7] and m.regs[6:10] == [0, 0, 0, 0]
    assert len(m.frames) == 1 and m.regs[10] == m.frames[0].stack.end
    assert stacks(space) == ["stack[frame 0]"]
    assert m.instruction == mov(0, 1)
    m.close()
    assert stacks(space) == []


def test_one_instruction_per_step_and_slots():
    space = AddressSpace()
    m = Interpreter([lddw(1, 1 << 40), mov(0, 2), alu(AluOp.ADD, 0, 1), exit_()]).machine(space)
    m.step()
    assert m.pc == 2 and m.regs[1] == 1 << 40  # LD_IMM64 takes two slots
    m.step()
    assert m.pc == 3 and m.r0 == 2
    m.step()
    assert m.pc == 4 and m.r0 == (1 << 40) + 2
    m.step()
    assert m.done and m.steps == 4
    assert stacks(space) == []
    with pytest.raises(ExecutionError, match="already finished"):
        m.step()


def test_run_to_completion():
    m = Interpreter([mov(0, 0), alu(AluOp.ADD, 0, imm=3), jmp(JmpOp.JLT, 0, None, 9, -2), exit_()]).machine(
        AddressSpace())
    assert m.run() == 9 and m.done and m.steps == 1 + 3 * 2 + 1


def test_stack_inspection():
    m = Interpreter([st(4, 10, -4, 0x11223344), st(1, 10, -512, 0xAA), exit_()]).machine(AddressSpace())
    m.step()
    assert m.stack(0)[-4:] == bytes.fromhex("44332211") and len(m.stack()) == 512
    m.run()
    assert m.stack(0)[0] == 0xAA and m.stack(0)[-4:] == bytes.fromhex("44332211")


def test_fault_marks_the_machine_finished():
    space = AddressSpace()
    m = Interpreter([mov(0, 1), ldx(8, 0, 10, 8), exit_()], name="faulty").machine(space)
    m.step()
    with pytest.raises(Fault) as info:
        m.step()
    assert info.value.pc == 1 and "program faulty" in str(info.value)
    assert m.done and m.error is info.value and m.pc == 1 and m.r0 == 1
    assert stacks(space) == []


def test_budget_on_the_machine():
    m = Interpreter([mov(0, 0), jmp(JmpOp.JA, 0, None, 0, -1)], budget=5).machine(AddressSpace())
    for _ in range(5):
        m.step()
    with pytest.raises(BudgetExceeded) as info:
        m.step()
    assert info.value.pc == 1 and m.steps == 5


def test_context_manager_closes():
    space = AddressSpace()
    with Interpreter([mov(0, 1), exit_()]).machine(space) as m:
        assert stacks(space) == ["stack[frame 0]"]
        m.step()
    assert stacks(space) == []


def test_execute_reports_registers_and_steps():
    vm = Interpreter([mov(3, 33), mov(0, 1), exit_()])
    for fast in (True, False):
        r = vm.execute(AddressSpace(), 11, fast=fast)
        assert r.r0 == 1 and r.regs[1] == 11 and r.regs[3] == 33 and r.steps == 3 and len(r.regs) == 11


def test_invalid_instructions_are_rejected_up_front():
    from pybpf.errors import DecodeError
    from pybpf.isa.instruction import Instruction
    with pytest.raises(DecodeError) as info:
        Interpreter([mov(0, 1), Instruction(0xFF), exit_()])
    assert info.value.slot == 1


def test_engine_choice():
    from pybpf.vm.interp import FAST_PATH_MAX_SLOTS
    small = [mov(0, 1), exit_()]
    big = [mov(0, 1)] * FAST_PATH_MAX_SLOTS + [exit_()]
    assert Interpreter(small).fast and not Interpreter(big).fast
    assert Interpreter(big, fast=True).fast and not Interpreter(small, fast=False).fast
    assert Interpreter(big).run(AddressSpace()) == 1

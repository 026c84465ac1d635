"""The JIT agrees exactly with the interpreter on random programs mixing every instruction class (the interpreter
tests' generator: edge-case ALU operands, jumps to bad targets, out-of-bounds and misaligned accesses, LD_IMM64,
legacy packet loads, helpers with callbacks, callx, may_goto, bpf-to-bpf calls) and small budgets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from jit_harness import Setup, run_jit_and_interp
from test_equivalence import MEM, VALUES, alu_insn, helpers, programs
from vm_build import exit_, lddw


@given(programs(), st.integers(0, 400), st.integers(0, 3))
def test_jit_equals_interpreter(insns, budget, loops):
    setup = Setup(MEM, rodata=b"ro")
    run_jit_and_interp(insns, setup=setup, helpers=helpers(), budget=budget, max_loops=loops)


@given(st.lists(alu_insn(), min_size=1, max_size=30), st.lists(st.sampled_from(VALUES), min_size=9, max_size=9))
def test_alu_sequences_agree(ops, values):
    prologue = [lddw(r, v) for r, v in zip(range(9), values)]
    out = run_jit_and_interp([*prologue, *ops, exit_()])
    assert out.error is None

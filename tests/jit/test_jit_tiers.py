"""Tiers: larger programs start on quick-tier code and move to O3 code (in the background once hot, or on
request) with identical results; prog array slots follow a program to its new code; explicit levels compile
once."""

from __future__ import annotations

import pytest
from native_world import make_world, run_in
from test_jit_native import PROG_ARRAY, tail
from vm_build import alu, exit_, mov

from pybpf.isa.opcodes import AluOp
from pybpf.vm import AddressSpace
from pybpf.vm.jit import Jit
from pybpf.vm.jit import jit as jit_module
from pybpf.vm.jit.compiler import FAST


@pytest.fixture(autouse=True)
def fresh_cache(tmp_path, monkeypatch):
    """No O3 code from earlier runs in the cache: these tests watch the tiers."""
    from pybpf.vm.jit import cache
    monkeypatch.setenv("PYBPF_CACHE_DIR", str(tmp_path))
    cache.clear_memory()
    yield
    cache.clear_memory()


def long_program(n: int = 200) -> list:
    body = [mov(0, 1)]
    for i in range(n):
        body.append(alu(AluOp.MUL if i % 3 else AluOp.ADD, 0, imm=i % 7 + 1))
        body.append(alu(AluOp.XOR, 0, imm=i))
    return [*body, exit_()]


def test_small_programs_compile_at_o3() -> None:
    jit = Jit([mov(0, 1), exit_()], cache=False)
    jit.compile()
    assert jit.tier == 3


def test_large_programs_start_quick_and_move_to_o3() -> None:
    jit = Jit(long_program(), cache=False)
    jit.compile()
    assert jit.tier == FAST and jit.program.nslots > jit_module.TIER_SLOTS
    before = jit.execute(AddressSpace())
    stats = jit.optimise()
    assert jit.tier == 3 and stats is not None and stats.total > 0
    after = jit.execute(AddressSpace())
    assert before == after
    assert before.r0 == jit.interpreter.run(AddressSpace())


def test_hot_programs_move_in_the_background() -> None:
    jit = Jit(long_program(), cache=False)
    r0 = jit.execute(AddressSpace(), repeat=jit_module.HOT_RUNS).r0
    assert jit._upgrade is not None
    jit._upgrade.join()
    assert jit.tier == 3 and jit.run(AddressSpace()) == r0


def test_explicit_levels_compile_once() -> None:
    for level in (0, 1, 3, FAST):
        jit = Jit(long_program(), opt=level, cache=False)
        jit.compile()
        assert jit.tier == level
        assert jit.optimise() is None if level != FAST else True


def test_prog_array_slots_follow_the_upgrade() -> None:
    world = make_world([PROG_ARRAY])
    target = [mov(6, 5), *long_program()[:-1], alu(AluOp.ADD, 0, 6), exit_()]
    first = run_in(world, [[*tail(1), mov(0, 100), exit_()], target], "jit", slots={(0, 1): 1})
    callee = world.engines[1]
    assert callee.tier == FAST and world.maps[0].target(1) == callee.tail_address
    callee.optimise()
    assert world.maps[0].target(1) == callee.tail_address  # the same data block, whose entry word moved on
    assert callee._data[0] == callee.entry_address  # the O3 code
    again = world.engines[0].execute(world.space)
    assert again.r0 == first[1]

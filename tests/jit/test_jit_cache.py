"""The code cache: compiled code reused from memory and from disk, keyed by everything it depends on, with no
absolute address in it (two programs sharing cached code stay bound to their own maps), and damaged files
rebuilt instead of handed to LLVM."""

from __future__ import annotations

import pytest
from native_world import make_world, run_in
from test_jit_native import ARRAY, PROG_ARRAY, counter, key_on_stack, mapref
from vm_build import alu, atomic, call, exit_, jmp, mov

from pybpf.helpers.env import RunEnv
from pybpf.helpers.linux import linux_helpers
from pybpf.isa.opcodes import AluOp, AtomicOp, JmpOp
from pybpf.maps import create_map
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapType
from pybpf.vm import AddressSpace, Interpreter
from pybpf.vm.jit import Jit, cache
from pybpf.vm.jit.compiler import undefined_symbols

PROG = [mov(0, 6), alu(AluOp.MUL, 0, imm=7), exit_()]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PYBPF_CACHE_DIR", str(tmp_path))
    cache.clear_memory()
    yield tmp_path / "jit"
    cache.clear_memory()


def test_memory_then_disk(cache_dir) -> None:
    first = Jit(PROG)
    assert first.compile().source == "compiled"
    assert Jit(PROG).compile().source == "memory"
    cache.clear_memory()
    again = Jit(PROG)
    assert again.compile().source == "disk"
    assert again.ir is None  # nothing was lowered
    assert again.run(AddressSpace()) == first.run(AddressSpace()) == 42
    assert list(cache_dir.rglob("*.o"))


def test_damaged_file_is_rebuilt(cache_dir) -> None:
    Jit(PROG).compile()
    cache.clear_memory()
    (path,) = cache_dir.rglob("*.o")
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF
    path.write_bytes(bytes(data))
    jit = Jit(PROG)
    assert jit.compile().source == "compiled"
    assert jit.run(AddressSpace()) == 42


def test_no_disk_cache_when_the_directory_is_empty(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PYBPF_CACHE_DIR", "")
    cache.clear_memory()
    Jit(PROG).compile()
    cache.clear_memory()
    assert Jit(PROG).compile().source == "compiled"


def test_cache_can_be_bypassed(cache_dir) -> None:
    Jit(PROG).compile()
    assert Jit(PROG, cache=False).compile().source == "compiled"


def test_key_covers_options_and_map_shapes(cache_dir) -> None:
    assert Jit(PROG).compile().source == "compiled"
    assert Jit(PROG, checks=False, meter=False).compile().source == "compiled"
    assert Jit(PROG, opt=1).compile().source == "compiled"
    # the same program text against maps of another shape: the inlined array lookup differs
    for spec in (ARRAY, MapSpec("arr", MapType.ARRAY, 4, 8, 64)):
        world = make_world([spec])
        run_in(world, [counter()], "jit")
        assert world.engines[0].compile_stats.source == "compiled"


def test_cached_code_is_bound_to_each_programs_own_maps(cache_dir) -> None:
    worlds = [make_world([ARRAY]) for _ in range(2)]
    for w in worlds:
        w.maps[0][1] = 100
    first = run_in(worlds[0], [counter()], "jit")
    second = run_in(worlds[1], [counter()], "jit")
    assert worlds[1].engines[0].compile_stats.source == "memory"
    a, b = worlds[0].engines[0], worlds[1].engines[0]
    assert a._native is b._native and a.data_address != b.data_address  # one linked copy, two data blocks
    third = run_in(worlds[1], [counter()], "jit")
    assert first[1] == second[1] == 105 and third[1] == 110  # each run added 5 to its own world's map
    assert worlds[0].maps[0][1] == (105).to_bytes(8, "little")


def test_object_code_names_the_runtime_by_symbol(cache_dir) -> None:
    jit = Jit([*counter(), exit_()])
    jit.compile()
    (obj, _), = [cache.get(k) for k in list(cache._memory)[-1:]]
    names = undefined_symbols(obj)
    assert any(n.startswith("pybpf_jit_") for n in names)


def test_disk_cache_is_trimmed(cache_dir, monkeypatch) -> None:
    monkeypatch.setattr(cache, "DISK_ENTRIES", 8)
    for i in range(20):
        cache.put(f"{i:064x}", b"object")
        cache._trim(cache_dir)
    assert len(list(cache_dir.rglob("*.o"))) <= 8


def test_tail_call_between_programs_sharing_code(cache_dir) -> None:
    """Two programs with the same bytes (so the same linked code), each bound to its own array and prog array:
    A adds 5 to its array and tail-calls B, which adds 5 to its own array (its prog array is empty: the tail call
    falls through). The tail call must hand B its own data block."""
    arr_a, arr_b, pa_a, pa_b = (create_map(s, possible_cpus=2) for s in (ARRAY, ARRAY, PROG_ARRAY, PROG_ARRAY))
    for m in (arr_a, arr_b):
        m[1] = 100
    space = AddressSpace()
    for m in (arr_a, arr_b, pa_a, pa_b):
        for region in m.regions():
            space.add(region)
    env = RunEnv.deterministic(nr_cpus=2)
    prog = [*key_on_stack(-4, 1), mapref(1, 0), call(1), jmp(JmpOp.JEQ, 0, None, 0, 6),
            mov(1, 5), atomic(8, AtomicOp.ADD, 0, 1), mapref(2, 1), mov(3, 0), call(12), mov(0, 7), exit_()]

    def load(array, progs):
        interp = Interpreter(prog, helpers=linux_helpers(env), ld_imm64=lambda insn, slot: (array, progs)[
            insn.imm].address)
        jit = Jit.from_interpreter(interp)
        jit.register()
        return jit

    first, second = load(arr_a, pa_a), load(arr_b, pa_b)
    pa_a.update(0, second)
    first.compile()
    second.compile()
    assert first._native is second._native
    assert first.run(space) == 7
    assert arr_a[1] == (105).to_bytes(8, "little") and arr_b[1] == (105).to_bytes(8, "little")
    assert second.run(space) == 7  # B on its own: its own array again, no tail call
    assert arr_a[1] == (105).to_bytes(8, "little") and arr_b[1] == (110).to_bytes(8, "little")

"""Engine-bound helpers (bpf_loop, bpf_for_each_map_elem) on both engines, and host functions (kfunc-style)."""

from __future__ import annotations

import errno
import struct

import pytest

from pybpf.errors import ExecutionError, Fault, PybpfError
from pybpf.helpers.env import RunEnv
from pybpf.helpers.host import (
    HOST_ID_BASE,
    HostSignature,
    host_function,
    register_host_function,
    unregister_host_function,
)
from pybpf.helpers.linux import linux_helpers
from pybpf.isa.asm import assemble
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import PseudoSrc
from pybpf.maps import MapSpec, MapType, create_map
from pybpf.vm import AddressSpace, Interpreter

M64 = (1 << 64) - 1
ENGINES = pytest.mark.parametrize("fast", [True, False])


def program(text: str, *maps, env: RunEnv | None = None, fast: bool = True) -> Interpreter:
    env = env or RunEnv.deterministic()

    def resolve(insn: Instruction, slot: int) -> int:
        m = maps[insn.imm & 0xFFFFFFFF]
        return m.value_area[0] if insn.src == PseudoSrc.MAP_IDX_VALUE else m.address
    return Interpreter(assemble(text), helpers=linux_helpers(env), ld_imm64=resolve, fast=fast)


LOOP = """
*(u64 *)(r10 - 8) = 0
r1 = {n} ll
r2 = subprog[cb]
r3 = r10
r3 += -8
r4 = {flags}
call 181
r7 = *(u64 *)(r10 - 8)
exit
cb:
r3 = *(u64 *)(r2 + 0)
r3 += r1
*(u64 *)(r2 + 0) = r3
r0 = 0
if r1 != {stop} goto out
r0 = 1
out:
exit
"""


@ENGINES
@pytest.mark.parametrize("n,flags,stop,ret,total", [
    (0, 0, 99, 0, 0), (10, 0, 99, 10, 45), (10, 0, 3, 4, 6), (5, 1, 99, -errno.EINVAL, 0),
    ((1 << 23) + 1, 0, 99, -errno.E2BIG, 0), ((1 << 32) + 3, 0, 99, 3, 3),  # nr_loops is a u32
])
def test_bpf_loop(fast, n, flags, stop, ret, total):
    res = program(LOOP.format(n=n, flags=flags, stop=stop), fast=fast).execute(AddressSpace())
    assert res.r0 == ret & M64 and res.regs[7] == total


def test_bpf_loop_callback_must_be_a_function():
    prog = program("r1 = 2\nr2 = 5\nr3 = 0\nr4 = 0\ncall 181\nexit")
    with pytest.raises(ExecutionError, match="not a function entry"):
        prog.run(AddressSpace())


FOREACH = """
*(u64 *)(r10 - 8) = 0
r1 = map[idx:0]
r2 = subprog[cb]
r3 = r10
r3 += -8
r4 = {flags}
call 164
r7 = *(u64 *)(r10 - 8)
exit
cb:
r5 = *(u32 *)(r2 + 0)
r0 = *(u64 *)(r3 + 0)
r0 += r5
r5 = *(u64 *)(r4 + 0)
r5 += r0
*(u64 *)(r4 + 0) = r5
r0 = 0
if r5 < {limit} goto out
r0 = 1
out:
exit
"""


@ENGINES
@pytest.mark.parametrize("map_type", [MapType.ARRAY, MapType.HASH, MapType.PERCPU_HASH, MapType.LRU_HASH])
def test_for_each_map_elem(fast, map_type):
    m = create_map(MapSpec("m", map_type, 4, 8, 8), possible_cpus=2)
    for k in (1, 2, 3):
        m.update(k, [(k * 10).to_bytes(8, "little"), bytes(8)] if map_type == MapType.PERCPU_HASH else k * 10)
    visited = [int.from_bytes(k, "little") for k in m] if map_type != MapType.ARRAY else list(range(8))
    prog = program(FOREACH.format(flags=0, limit=0x7FFFFFFF), m, fast=fast)
    res = prog.execute(AddressSpace())
    total = sum(k + (k * 10 if k in (1, 2, 3) else 0) for k in visited)
    assert res.r0 == len(visited) and res.regs[7] == total
    assert program(FOREACH.format(flags=0, limit=0), m, fast=fast).run(AddressSpace()) == 1  # the stopping call
    assert program(FOREACH.format(flags=1, limit=1), m, fast=fast).run(AddressSpace()) == -errno.EINVAL & M64


def test_for_each_key_is_read_only():
    m = create_map(MapSpec("m", MapType.HASH, 4, 8, 4))
    m[1] = 1
    prog = program("""
r1 = map[idx:0]
r2 = subprog[cb]
r3 = 0
r4 = 0
call 164
exit
cb:
*(u32 *)(r2 + 0) = r1
r0 = 0
exit
""", m)
    with pytest.raises(Fault, match="read-only"):
        prog.run(AddressSpace())


def test_for_each_refuses_maps_it_cannot_walk():
    q = create_map(MapSpec("q", MapType.QUEUE, 0, 8, 4))
    prog = program(FOREACH.format(flags=0, limit=1), q)
    with pytest.raises(ExecutionError, match="cannot be iterated"):
        prog.run(AddressSpace())


@ENGINES
def test_callbacks_can_call_helpers_and_nest(fast):
    """A bpf_loop callback that itself runs bpf_loop: frames stack up and unwind."""
    prog = program("""
*(u64 *)(r10 - 8) = 0
r1 = 3
r2 = subprog[outer]
r3 = r10
r3 += -8
r4 = 0
call 181
r0 = *(u64 *)(r10 - 8)
exit
outer:
r6 = r2
r1 = 4
r2 = subprog[inner]
r3 = r6
r4 = 0
call 181
r0 = 0
exit
inner:
r3 = *(u64 *)(r2 + 0)
r3 += 1
*(u64 *)(r2 + 0) = r3
r0 = 0
exit
""", fast=fast)
    assert prog.run(AddressSpace()) == 12


# -- host functions --------------------------------------------------------------------------------------------------

@pytest.fixture
def scale():
    def fn(ctx, mem, size, factor):
        data = ctx.read(mem, size)
        ctx.write(mem, bytes((b * factor) & 0xFF for b in data))
        return sum(data)
    hf = register_host_function("test_scale", fn, HostSignature(("mem", "size", "scalar")))
    yield hf
    unregister_host_function("test_scale")


def test_host_functions_are_kfuncs(scale):
    assert scale.id >= HOST_ID_BASE and host_function("test_scale") is scale
    prog = Interpreter([*assemble("""
*(u64 *)(r10 - 8) = 0x0302
r1 = r10
r1 += -8
r2 = 2
r3 = 10
"""), Instruction(0x85, 0, 2, 0, scale.id), *assemble("""
r1 = *(u16 *)(r10 - 8)
r0 <<= 16
r0 |= r1
exit
""")], helpers=linux_helpers(RunEnv.deterministic()))
    assert prog.run(AddressSpace()) == 5 << 16 | 0x1E14
    assert register_host_function("test_scale", scale.fn, scale.signature).id == scale.id  # stable on replace


def test_host_function_memory_is_checked(scale):
    prog = Interpreter([*assemble("r1 = r10\nr1 += -8\nr2 = 64\nr3 = 1"),
                        Instruction(0x85, 0, 2, 0, scale.id), *assemble("exit")],
                       helpers=linux_helpers(RunEnv.deterministic()))
    with pytest.raises(Fault, match="test_scale argument 1"):
        prog.run(AddressSpace())


def test_host_signatures_are_validated():
    for args in (("mem",), ("size",), ("scalar", "mem", "scalar"), ("bogus",), ("scalar",) * 6):
        with pytest.raises(PybpfError):
            HostSignature(args)
    with pytest.raises(PybpfError):
        HostSignature((), "mem_or_null")
    with pytest.raises(PybpfError):
        register_host_function("not an identifier", lambda ctx: 0)


def test_host_function_return_kinds():
    register_host_function("test_void", lambda ctx, a: 99, HostSignature(("scalar",), "void"))
    register_host_function("test_ptr", lambda ctx: 0x1234, HostSignature((), "mem_or_null", ret_size=8))
    try:
        for name, expect in (("test_void", 0),):
            hf = host_function(name)
            prog = Interpreter([*assemble("r1 = 1"), Instruction(0x85, 0, 2, 0, hf.id), *assemble("exit")],
                               helpers=linux_helpers(RunEnv.deterministic()))
            assert prog.run(AddressSpace()) == expect
        hf = host_function("test_ptr")
        prog = Interpreter([Instruction(0x85, 0, 2, 0, hf.id), *assemble("exit")],
                           helpers=linux_helpers(RunEnv.deterministic()))
        with pytest.raises(ExecutionError, match="not 8 bytes of registered memory"):
            prog.run(AddressSpace())
    finally:
        unregister_host_function("test_void")
        unregister_host_function("test_ptr")


def test_struct_helper_values():
    assert struct.calcsize("<Q") == 8  # the programs above store u64 values

"""Programs with maps and Linux's helpers, run on the interpreter and on the JIT in two identical worlds (fresh
maps with a fixed hash seed, a deterministic run environment), compared on r0, registers, steps, trace, map
contents, or the error."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pybpf.errors import PybpfError
from pybpf.helpers.env import RunEnv
from pybpf.helpers.linux import linux_helpers
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import PseudoSrc
from pybpf.maps import create_map
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapType
from pybpf.vm import AddressSpace, Interpreter
from pybpf.vm.jit import Jit


@dataclass
class World:
    maps: list
    space: AddressSpace
    env: RunEnv
    engines: list = field(default_factory=list)

    def resolver(self) -> Callable[[Instruction, int], int]:
        def resolve(insn: Instruction, slot: int) -> int:
            m = self.maps[insn.imm & 0xFFFFFFFF]
            if insn.src in (PseudoSrc.MAP_VALUE, PseudoSrc.MAP_IDX_VALUE):
                return m.value_area[0] + ((insn.imm >> 32) & 0xFFFFFFFF)
            return m.address
        return resolve


def make_world(specs: Sequence[MapSpec], *, register: bool = True) -> World:
    maps = [create_map(s, possible_cpus=2, hash_seed=7) for s in specs]
    space = AddressSpace()
    if register:
        for m in maps:
            for region in m.regions():
                space.add(region)
    return World(maps, space, RunEnv.deterministic(nr_cpus=2))


def run_in(world: World, programs: Sequence[Sequence[Instruction]], engine: str, *, slots: dict | None = None,
           budget: int = 1_000_000, args: tuple[int, ...] = ()) -> tuple:
    """Load ``programs`` (program 0 runs; the others may be tail-call targets put in ``slots``:
    {(map index, slot): program index}) on ``engine`` and run program 0."""
    engines = []
    for i, insns in enumerate(programs):
        helpers = linux_helpers(world.env)
        interp = Interpreter(list(insns), helpers=helpers, ld_imm64=world.resolver(), budget=budget,
                             name=f"p{i}")
        e = Jit.from_interpreter(interp) if engine == "jit" else interp
        e.register()
        engines.append(e)
    for (mi, index), pi in (slots or {}).items():
        world.maps[mi].update(index, engines[pi])
    world.engines = engines
    main = engines[0]
    try:
        res = main.execute(world.space, *args)
        out: tuple = ("ok", res.r0, res.regs[6:10], res.steps, tuple(res.trace))  # r1-r5, r10: addresses
    except PybpfError as err:  # the two worlds have different addresses: compare the texts without them
        out = ("error", type(err).__name__, re.sub(r"0x[0-9a-f]+|\d{6,}", "#", str(err)))
    dumps = tuple(tuple(sorted((k, b"prog" if m.type == MapType.PROG_ARRAY else v) for k, v in m.raw_items()))
                  for m in world.maps)  # program ids differ between the worlds
    regions = tuple((r.name, r.size) for r in world.space.regions)
    return (*out, dumps, regions)


def compare(specs: Sequence[MapSpec], programs: Sequence[Sequence[Instruction]], *, register: bool = True,
            slots: dict | None = None, native: bool = True, **kw) -> tuple:
    """Both engines on identical worlds; asserts equal outcomes (and no Python crossing when ``native``)."""
    w1, w2 = make_world(specs, register=register), make_world(specs, register=register)
    ref = run_in(w1, programs, "interp", slots=slots, **kw)
    got = run_in(w2, programs, "jit", slots=slots, **kw)
    assert got[:-2] == ref[:-2], f"\ninterp {ref[:-2]}\njit    {got[:-2]}"
    assert got[-2] == ref[-2], f"maps differ:\ninterp {ref[-2]}\njit    {got[-2]}"
    assert sorted(n for n, _ in got[-1]) == sorted(n for n, _ in ref[-1])  # (address order differs)
    if native:
        assert w2.engines[0].last_crossings == 0, "expected the helpers to run natively"
    return got

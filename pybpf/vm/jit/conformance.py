"""The JIT as a conformance backend (``pybpf conformance --backend jit``, ``pybpf-plugin --backend jit``)."""

from __future__ import annotations

from collections.abc import Sequence

from pybpf.isa.instruction import Instruction

_U64 = (1 << 64) - 1


def run(insns: Sequence[Instruction], mem: bytes, budget: int) -> int:
    """Run under the plugin conventions (r1 = a copy of ``mem``, r2 = its length) and return r0."""
    from pybpf.conformance.helpers import conformance_helpers
    from pybpf.vm import AddressSpace, RegionKind
    from pybpf.vm.jit import Jit

    space = AddressSpace()
    r1 = space.alloc(len(mem), RegionKind.MEM, "mem", data=mem).base if mem else 0
    jit = Jit(list(insns), helpers=conformance_helpers(), budget=budget)
    return int(jit.run(space, r1=r1, r2=len(mem))) & _U64

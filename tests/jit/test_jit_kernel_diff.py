"""Generated programs the Linux verifier accepts give the same 64-bit result (and packet) in the kernel and on the
JIT (both tiers), as they do on the interpreter (tests/differential). Skipped with the reason where bpf(2) is
unavailable. Set PYBPF_DIFF_SEED to explore other programs."""

from __future__ import annotations

import os

import pytest

from pybpf.errors import PybpfError
from pybpf.kernel import bpf_available
from pybpf.testing.differential import INTERP_BUDGET, U64, GeneratorBug, Outcome, listing, run_kernel
from pybpf.testing.gen import SOCKET_FILTER, XDP, GenConfig, GenProgram, generate_batch
from pybpf.vm import AddressSpace, RegionKind
from pybpf.vm.jit import Jit
from pybpf.vm.jit.compiler import FAST

AVAILABLE, WHY = bpf_available()
pytestmark = [pytest.mark.kernel, pytest.mark.skipif(not AVAILABLE, reason=WHY)]

BASE_SEED = int(os.environ.get("PYBPF_DIFF_SEED", "7100"))
PER_CHUNK = 250
CHUNKS = {XDP: 3, SOCKET_FILTER: 2}


def run_jit(prog: GenProgram, opt: int | str) -> Outcome:
    """The unwrapped body on the JIT, set up like the interpreter side of the differential harness."""
    space = AddressSpace()
    try:
        if prog.kind == XDP:
            pkt = space.alloc(len(prog.packet), RegionKind.PACKET, "packet", data=prog.packet)
            r0 = Jit(list(prog.insns), budget=INTERP_BUDGET, opt=opt, cache=False).run(space, pkt.base,
                                                                                         len(prog.packet))
            return Outcome(r0 & U64, pkt.view.tobytes()[8:])
        ctx = space.alloc(192, RegionKind.CTX, "ctx")
        payload = space.alloc(len(prog.packet), RegionKind.PACKET, "packet", data=prog.packet)
        jit = Jit(list(prog.insns), budget=INTERP_BUDGET, packet=lambda r6: (payload.base, len(prog.packet)),
                  opt=opt, cache=False)
        return Outcome(jit.run(space, ctx.base) & U64)
    except PybpfError as err:
        return Outcome(None, error=f"{type(err).__name__}: {err}")


@pytest.mark.parametrize(("kind", "chunk"), [(k, c) for k, n in CHUNKS.items() for c in range(n)])
def test_generated_programs_agree_with_the_kernel(kind: str, chunk: int) -> None:
    seed = BASE_SEED * 1000 + chunk * 2 + (kind == SOCKET_FILTER)
    bad = []
    for i, prog in enumerate(generate_batch(seed, PER_CHUNK, GenConfig(kind=kind))):
        kernel = run_kernel(prog)
        if kernel.error is not None:
            raise GeneratorBug(f"{kernel.error}\n{listing(prog.insns)}")
        opt = FAST if i % 2 else 3
        got = run_jit(prog, opt)
        if got != kernel:
            bad.append(f"seed {seed} #{i} (opt {opt}): kernel {kernel.describe()}\n  jit {got.describe()}\n"
                       f"{listing(prog.insns)}")
    assert not bad, f"{len(bad)} of {PER_CHUNK} programs disagree:\n\n" + "\n\n".join(bad[:3])

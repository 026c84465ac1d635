"""A CI-sized run of the soundness harness (pybpf.verifier.soundness): no accepted program faults in the
interpreter, and (where bpf(2) is available) none is rejected by Linux. The long run is
benchmarks/verifier_soundness.py."""

from __future__ import annotations

import random

import pytest
from vtest import AVAILABLE

from pybpf.isa.asm import assemble
from pybpf.verifier import soundness as S


@pytest.mark.parametrize("seed", range(4))
def test_generated_and_mutated_programs_never_fault(seed):
    st = S.run(1000 + seed, 150, kernel_every=3 if AVAILABLE else 0)
    assert st.programs == 150
    assert 0 < st.accepted < st.programs  # mutations produce both verdicts
    assert not st.findings, "\n\n".join(f.describe() for f in st.findings[:3])


def test_mutations_change_programs():
    rng = random.Random(7)
    base = S.generated(rng)
    assert any(S.mutated(base, rng) != base for _ in range(5))


def test_harness_detects_faults():
    """The runtime checks do catch what an unsound verifier would let through."""
    oob = assemble("r2 = *(u32 *)(r1 +0)\nr0 = *(u8 *)(r2 +100)\nr0 = 2\nexit")
    assert S.run_checked(oob, bytes(20))[0] == "fault"
    uninit = assemble("r0 = r7\nexit")
    assert S.run_checked(uninit, bytes(20))[0] == "uninit"
    ok = assemble("r0 = 2\nexit")
    assert S.run_checked(ok, bytes(20)) is None

"""The differential fuzzer (pybpf.vm.jit.fuzz) in CI: seeded random programs, wild (unverified: faults, budgets,
bad targets, helpers, calls) and verified, on the interpreter and on the JIT's two tiers, compared bit for bit.
The long campaigns run with ``python -m pybpf.vm.jit.fuzz --count N --jobs J`` (see docs/jit.md)."""

from __future__ import annotations

import os

import pytest

from pybpf.vm.jit.fuzz import cases, compare_case

SEED = int(os.environ.get("PYBPF_FUZZ_SEED", "4242"))
CHUNK = 200


@pytest.mark.parametrize("chunk", range(4))
def test_random_programs_agree(chunk: int) -> None:
    reports = []
    for i, case in enumerate(cases(SEED + chunk, CHUNK)):
        report = compare_case(case, step=i % 4 == 0, opt="fast" if i % 2 else 3)
        if report is not None:
            reports.append(report)
    assert not reports, f"{len(reports)} of {CHUNK} disagree:\n\n" + "\n\n".join(reports[:3])

"""pybpf's own engines do not inherit the host kernel's attach limitations: an fentry program that this host's
kernel refuses (no BPF trampolines) still verifies and loads into the interp and jit backends."""

from __future__ import annotations

import pytest

from pybpf import Collection


@pytest.mark.parametrize("backend", ["interp", "jit"])
def test_fentry_loads_into_pybpf_engines(build, backend: str) -> None:
    with Collection(build("progs"), backend, programs=["fentry_prog"]) as coll:
        assert coll.programs["fentry_prog"].type.name == "TRACING"

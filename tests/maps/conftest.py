"""Fixtures for the map tests: a kernel oracle (bpf(2)) when available, run pinned to CPU 0."""

from __future__ import annotations

import os
import types

import pytest


@pytest.fixture
def kernel():
    """``.mod`` = pybpf.kernel, ``.cpu`` = the CPU this thread is pinned to (LRU free lists and per-CPU values
    are per CPU: pybpf maps in a comparison use ``cpu=kernel.cpu``). Skips with the reason when bpf(2) cannot be
    used here."""
    try:
        import pybpf.kernel as k
    except ImportError as e:  # the kernel backend is another module; it may be missing in a partial tree
        pytest.skip(f"pybpf.kernel is not importable: {e}")
    ok, why = k.bpf_available()
    if not ok:
        pytest.skip(f"bpf(2) unavailable: {why}")
    try:
        old = os.sched_getaffinity(0)
        cpu = min(old)
        os.sched_setaffinity(0, {cpu})
    except OSError as e:
        pytest.skip(f"cannot pin to one CPU for deterministic per-CPU behaviour: {e}")
    try:
        yield types.SimpleNamespace(mod=k, cpu=cpu, ncpus=k.possible_cpus())
    finally:
        os.sched_setaffinity(0, old)

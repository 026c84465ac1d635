"""Fixtures for the do_on_cpu tests: user memory, program builders, the CPUs this process may use."""

from __future__ import annotations

import os

import pytest

from pybpf.cpu import UserMemory, topology

ENGINES = ("native", "reference")

# Under pytest-xdist each worker gets its own exclusion segment (reused from run to run): the tests that kill a lock
# holder assert that *their* next section recovers the lock (owner_died), which a section for the same CPU in another
# worker could otherwise do first. Forked children and subprocesses inherit the variable, so every race still shares
# one segment.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _WORKER and "PYBPF_DO_ON_CPU_SEGMENT" not in os.environ:
    os.environ["PYBPF_DO_ON_CPU_SEGMENT"] = f"/dev/shm/pybpf-do-on-cpu-test-{_WORKER}.v1"


@pytest.fixture
def mem():
    m = UserMemory(16 * 4096)
    yield m
    m.close()


@pytest.fixture(params=ENGINES)
def engine(request):
    return request.param


@pytest.fixture(autouse=True)
def _no_online_override():
    yield
    topology.set_online_override(None)

"""Fixtures for the do_on_cpu tests: user memory, program builders, the CPUs this process may use."""

from __future__ import annotations

import pytest

from pybpf.cpu import UserMemory, topology

ENGINES = ("native", "reference")


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

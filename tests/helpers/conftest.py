"""Fixtures for the program-type tests: pin to one CPU so that CPU-dependent helpers agree with the kernel."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def cpu0():
    """Pin this thread to its lowest allowed CPU for the test (the kernel runs test_run on the calling CPU)."""
    try:
        old = os.sched_getaffinity(0)
        cpu = min(old)
        os.sched_setaffinity(0, {cpu})
    except OSError as e:
        pytest.skip(f"cannot pin to one CPU: {e}")
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, old)

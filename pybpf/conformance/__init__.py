"""Conformance testing: the ``.data`` test format, an in-process runner, and the bpf_conformance plugin protocol."""

from __future__ import annotations

from pybpf.conformance.datafile import ConformanceTest, parse_data, read_data_file
from pybpf.conformance.groups import CPU_VERSIONS, GROUPS, Requirement, requirement
from pybpf.conformance.runner import (
    BACKENDS,
    DEFAULT_BUDGET,
    RunOptions,
    Status,
    TestResult,
    collect,
    execute,
    run_file,
    run_paths,
    run_test,
)

__all__ = [
    "BACKENDS", "CPU_VERSIONS", "DEFAULT_BUDGET", "GROUPS", "ConformanceTest", "Requirement", "RunOptions", "Status",
    "TestResult", "collect", "execute", "parse_data", "read_data_file", "requirement", "run_file", "run_paths",
    "run_test",
]

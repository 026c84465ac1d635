"""bpf_conformance on the JIT: all 313 tests through ``pybpf-plugin --backend jit`` driven like the reference
runner drives a plugin (in-process), a sample through real ``pybpf-plugin`` processes, and ``pybpf conformance
--backend jit``."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from pybpf.conformance.datafile import read_data_file
from pybpf.conformance.runner import BACKENDS, RunOptions, Status, run_paths
from pybpf.testing.data import conformance_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conformance"))
from reference_runner import run_in_process, run_subprocess

DATA = conformance_dir() / "bpf_conformance"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")


def _files() -> list[Path]:
    return sorted(DATA.glob("*.data")) if DATA.is_dir() else []


def test_jit_is_a_registered_backend() -> None:
    assert "jit" in BACKENDS


@needs_data
@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_bpf_conformance_through_the_plugin(path: Path) -> None:
    outcome = run_in_process(read_data_file(path), ["--backend", "jit"])
    assert outcome.status == "PASS", (outcome.message, outcome.stdout)


SAMPLE = ["add", "ldxh-all", "mem-len", "callx", "call_unwind_fail", "call_local", "lock_cmpxchg", "prime",
          "rfc9669_sdiv64", "stack"]


@needs_data
def test_sample_through_real_processes() -> None:
    def one(stem: str):
        return stem, run_subprocess(read_data_file(DATA / f"{stem}.data"), ["--backend", "jit"])

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, SAMPLE))
    failures = [(stem, o) for stem, o in results if o.status != "PASS" or "Traceback" in o.stderr]
    assert not failures


@needs_data
def test_conformance_runner_on_jit() -> None:
    results = run_paths([DATA], RunOptions(backend="jit"))
    bad = [(r.name, r.reason) for r in results if r.status is not Status.PASS]
    assert len(results) == 313 and not bad

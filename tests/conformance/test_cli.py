"""``pybpf conformance``, run in-process through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pybpf.cli.main import main
from pybpf.testing.data import conformance_dir

DATA = conformance_dir()
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")


@needs_data
def test_all_bpf_conformance_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conformance", str(DATA / "bpf_conformance"), "--cpu", "v4", "--backend", "interp"]) == 0
    out = capsys.readouterr().out
    assert "313 tests: 313 passed, 0 failed, 0 skipped" in out
    assert "callx" in out and "PASS" in out


@needs_data
def test_json_and_exit_status_on_failures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conformance", str(DATA / "bpf_conformance" / "negative"), "--json"]) == 1
    results = json.loads(capsys.readouterr().out)
    assert len(results) == 60
    assert {r["status"] for r in results} == {"FAIL", "SKIP"}
    unused = next(r for r in results if r["name"] == "unused-exit-src")
    assert unused["reason"] == "rejected by the decoder: slot 0, field src: reserved field src of exit is 1, must be 0"
    assert set(unused) == {"name", "path", "status", "reason", "r0", "error"}


@needs_data
def test_quiet_table_shows_skips_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conformance", str(DATA / "bpf_conformance"), "--cpu", "v3", "-q"]) == 0
    out = capsys.readouterr().out
    assert "313 tests: 254 passed, 0 failed, 59 skipped" in out
    assert "sdiv64-imm" in out and "needs cpu v4" in out
    assert "add " not in out.replace("add32", "")  # passes are not listed with -q


@needs_data
def test_reference_groups(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conformance", str(DATA / "bpf_conformance"), "--reference-groups", "--json"]) == 0
    skipped = [r["name"] for r in json.loads(capsys.readouterr().out) if r["status"] == "SKIP"]
    assert skipped == ["callx"]


def test_recursion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "top.data").write_text("-- asm\nmov %r0, 1\nexit\n-- result\n1\n")
    (tmp_path / "sub" / "low.data").write_text("-- asm\nmov %r0, 1\nexit\n-- result\n2\n")
    assert main(["conformance", str(tmp_path), "--json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["top"]
    assert main(["conformance", "-r", str(tmp_path), "--json"]) == 1
    results = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["status"]) for r in results] == [("sub/low", "FAIL"), ("top", "PASS")]
    assert results[0]["reason"] == "expected r0 = 0x2, got r0 = 0x1" and results[1]["r0"] == "0x1"


def test_single_file_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "one.data"
    f.write_text("-- asm\nmov %r0, 3\nexit\n-- result\n0x3\n")
    assert main(["conformance", str(f)]) == 0
    assert "1 tests: 1 passed, 0 failed, 0 skipped" in capsys.readouterr().out
    assert main(["conformance", str(f), "--backend", "warp"]) == 2
    assert "unknown backend 'warp'" in capsys.readouterr().err
    assert main(["conformance", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pybpf conformance: error: ") and "no such file or directory" in err
    assert err.count("\n") == 1

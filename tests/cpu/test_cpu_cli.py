"""``pybpf cpu demo`` / ``pybpf cpu bench``: one JSON object or a readable report; errors are one line."""

from __future__ import annotations

import json

from pybpf.cli.main import main


def test_demo_json(capsys):
    assert main(["cpu", "demo", "--procs", "2", "--ops", "1500", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total_ops"] == 3000 and report["procs"] == 2
    assert report["lost_updates"] == report["counter_lost"] == report["list_lost"] == 0
    assert report["counter_expected"] == report["counter_actual"] == report["local_ops"] + report["remote_ops"]
    assert report["list_found"] == report["list_nodes"] > 0
    assert report["ops_per_sec"] > 0


def test_demo_text(capsys):
    assert main(["cpu", "demo", "--procs", "1", "--ops", "300"]) == 0
    out = capsys.readouterr().out
    assert "lost updates 0" in out and "ops/s" in out


def test_bad_arguments_are_one_line(capsys):
    assert main(["cpu", "demo", "--ops", "0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pybpf cpu: error:") and err.count("\n") == 1


def test_cpu_without_a_command_prints_help(capsys):
    assert main(["cpu"]) == 1
    assert "demo" in capsys.readouterr().out


def test_bench_json(capsys):
    assert main(["cpu", "bench", "--n", "50", "--demo-ops", "200", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["local_us"] > 0 and results["reference_local_us"] > 0 and results["library_add_us"] > 0
    assert results["throughput"]["lost_updates"] == 0

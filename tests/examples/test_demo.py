"""``pybpf demo`` (the README's first command) runs to the end and its backends agree."""

from __future__ import annotations

from pybpf.cli.main import main


def test_demo(capsys) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "pybpf's verifier: accepted" in out
    assert "agree on every verdict and counter" in out and "DISAGREE" not in out

"""The README's "Load, run, inspect" section is true: its Python runs and prints what its comments say, its
commands exit 0; the sample packets it uses are what examples/packets/make_packets.py writes."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import shlex

import pytest
from ex_util import ROOT, kernel

from pybpf.cli.main import main

SECTION = (lambda s: s[s.index("## Load, run, inspect"):s.index("## Layout")])((ROOT / "README.md").read_text())


@pytest.fixture(autouse=True)
def in_root():
    old = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


@kernel
@pytest.mark.kernel
def test_python_example():
    code = re.search(r"```python\n(.*?)```", SECTION, re.S).group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    expected = [c.split(":")[0].strip() for c in re.findall(r"print\(.*?\)\s+# (.*)", code)]
    assert out.getvalue().splitlines() == expected


@kernel
@pytest.mark.kernel
def test_cli_examples(capsys):
    block = re.search(r"```sh\n(.*?)```", SECTION, re.S).group(1)
    lines = [ln.split("  #")[0].strip() for ln in block.splitlines() if ln.strip()]
    assert len(lines) == 5
    for line in lines:
        argv = shlex.split(line)
        assert argv[0] == ".venv/bin/pybpf"
        assert main(argv[1:]) == 0, line
        capsys.readouterr()


def test_sample_packets_are_regenerated():
    spec = importlib.util.spec_from_file_location("make_packets", ROOT / "examples" / "packets" / "make_packets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    frames = mod.frames()
    assert (ROOT / "examples" / "packets" / "dns.bin").read_bytes() == frames[0]
    from pybpf.collection.pcap import read_pcap
    assert [p.data for p in read_pcap(ROOT / "examples" / "packets" / "mixed.pcap")] == frames


def _section(title: str) -> str:
    text = (ROOT / "README.md").read_text()
    start = text.index(f"## {title}")
    return text[start:text.index("\n## ", start + 3)]


def test_jit_section_python_runs():
    code = re.search(r"```python\n(.*?)```", _section("JIT"), re.S).group(1)
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, "README.md", "exec"), {})


@kernel
@pytest.mark.kernel
@pytest.mark.parametrize("title", ["JIT", "Verifier"])
def test_jit_and_verifier_commands(title, capsys):
    """Every command of the section exits 0 (the benchmarks are left to `pybpf bench`: they take minutes)."""
    block = re.search(r"```sh\n(.*?)```", _section(title), re.S).group(1)
    lines = [ln.split("  #")[0].strip() for ln in block.splitlines() if ln.strip() and " bench " not in ln]
    assert lines
    for line in lines:
        assert main(shlex.split(line)[1:]) == 0, line
        capsys.readouterr()

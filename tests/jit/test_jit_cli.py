"""The JIT from the command line: ``pybpf run OBJ --backend jit`` (one run, ``--repeat``, ``--pcap`` through batch
mode with its throughput line), ``pybpf-plugin --backend jit``, ``pybpf bench`` (the verbs exist and answer
``--json``; the measurements themselves are benchmarks, not tests)."""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

from pybpf.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "examples"))
import ex_packets as P  # noqa: E402

XDP_COUNT = ROOT / "examples" / "c" / "xdp_count.o"


def _pcap(path: Path, packets: list[bytes]) -> Path:
    with path.open("wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for p in packets:
            f.write(struct.pack("<IIII", 0, 0, len(p), len(p)) + p)
    return path


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(["run", *map(str, argv)])
    return code, capsys.readouterr().out


def test_single_run_and_repeat(tmp_path: Path, capsys) -> None:
    data = tmp_path / "p.bin"
    data.write_bytes(P.udp4())
    code, out = run(capsys, XDP_COUNT, "--data", data, "--backend", "jit", "--repeat", "1000", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["backend"] == "jit" and doc["retval"] == 2 and doc["duration_ns"] >= 0
    assert doc["maps"]["counts"][0][1] == (1000).to_bytes(8, "little").hex()


def test_pcap_runs_as_a_batch(tmp_path: Path, capsys) -> None:
    pcap = _pcap(tmp_path / "t.pcap", [P.udp4(dport=9), P.tcp4(), P.arp(), P.udp4()[:10]])
    code, out = run(capsys, XDP_COUNT, "--pcap", pcap, "--backend", "jit")
    assert code == 0 and "batch: 4 packets" in out and "M packets/s" in out
    jit_code, jit_json = run(capsys, XDP_COUNT, "--pcap", pcap, "--backend", "jit", "--json")
    interp_code, interp_json = run(capsys, XDP_COUNT, "--pcap", pcap, "--backend", "interp", "--json")
    assert jit_code == interp_code == 0
    a, b = json.loads(jit_json), json.loads(interp_json)
    strip = lambda doc: [{k: v for k, v in p.items() if k != "duration_ns"} for p in doc["packets"]]  # noqa: E731
    assert strip(a) == strip(b) and a["maps"] == b["maps"]


def test_jit_and_interp_compared(tmp_path: Path, capsys) -> None:
    data = tmp_path / "p.bin"
    data.write_bytes(P.udp4(dport=9))
    code, out = run(capsys, XDP_COUNT, "--data", data, "--backend", "interp,jit", "--json")
    assert code == 0 and json.loads(out)["differences"] == []


def test_bench_verbs_answer_json(capsys) -> None:
    code = main(["bench", "suite", "--program", "xdp_filter", "--scale", "0.001", "--repeat", "1", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["results"][0]["program"] == "xdp_filter"
    assert doc["results"][0]["ns_per_run"]["jit"] is not None


def test_raw_programs_run_on_the_jit(capsys) -> None:
    """Raw programs (assembly, bytes) run natively too, with the interpreter's results; --trace stays the
    interpreter's (it single-steps)."""
    asm = ROOT / "examples" / "asm"
    for prog, mem in (("fib.s", None), ("gcd.s", None), ("checksum.s", asm / "checksum.bin")):
        extra = ["--mem", str(mem)] if mem else []
        outs = {}
        for backend in ("interp", "jit"):
            code, out = run(capsys, asm / prog, *extra, "--backend", backend, "--json")
            assert code == 0
            doc = json.loads(out)
            outs[backend] = (doc["r0"], doc["steps"])
        assert outs["jit"] == outs["interp"], prog
    assert main(["run", str(asm / "fib.s"), "--backend", "jit", "--trace"]) == 1
    assert "single-steps" in capsys.readouterr().err
    assert main(["run", str(asm / "fib.s"), "--backend", "kernel"]) == 1

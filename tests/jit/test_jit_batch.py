"""Batch mode: one program over many packets in a native loop gives, packet for packet, what the interpreter's
test runs give (retval, packet, error), and the same maps and trace afterwards: with faults, refused packets,
Python helpers and packet adjustments in the middle of a batch, from lists, numpy arrays and pcap files."""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
from pathlib import Path

import pytest

from pybpf import Collection
from pybpf.collection.compare import run_error
from pybpf.errors import PybpfError
from pybpf.vm.jit.batch import batch_runs, run_batch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "examples"))
import ex_packets as P  # noqa: E402

EXAMPLES = ROOT / "examples" / "c"
MIXED = [P.udp4(), P.tcp4(), P.arp(), P.udp6(), P.udp4(dport=9), P.udp4()[:20], b"short", P.udp4(vlan=7),
         P.udp4(payload=bytes(300)), P.udp4(vlan=3)[:15], bytes(3600)] * 3


def _text(err: str) -> str:
    """An error as compared between two collections: their frames and stacks live at different addresses."""
    return re.sub(r"0x[0-9a-f]+|\d{6,}", "#", err)


def reference(path: Path, program: str, packets: list[bytes], *, verify: bool = True):
    """Each packet through the interpreter's test run, in order, on one collection."""
    out = []
    with Collection(path, "interp", env="deterministic", verify=verify) as coll:
        prog = coll.programs[program]
        log: list[str] = []
        for p in packets:
            try:
                r = prog.run(p)
                out.append((r.retval, r.data_out))
                log.extend(r.log)
            except PybpfError as err:
                out.append(("error", _text(run_error(err))))
        return out, coll.canonical_maps(), log


def batched(path: Path, program: str, packets, *, keep: bool = True, verify: bool = True):
    with Collection(path, "jit", env="deterministic", verify=verify) as coll:
        res = run_batch(coll.programs[program], packets, keep_packets=keep)
        got = [("error", _text(res.errors[i])) if i in res.errors else
               (res.retvals[i], res.data_out[i] if res.data_out is not None else None) for i in range(res.count)]
        return got, coll.canonical_maps(), res


@pytest.mark.parametrize("program", ["xdp_count", "xdp_flows", "xdp_vlan", "global_data", "lpm_route"])
def test_batch_equals_test_runs(program: str) -> None:
    ref, ref_maps, _ = reference(EXAMPLES / f"{program}.o", program, MIXED)
    got, maps, res = batched(EXAMPLES / f"{program}.o", program, MIXED)
    assert got == ref
    assert maps == ref_maps
    assert res.count == len(MIXED) and res.duration_ns > 0


def test_verdicts_without_the_packets() -> None:
    ref, _, _ = reference(EXAMPLES / "xdp_count.o", "xdp_count", MIXED)
    got, _, res = batched(EXAMPLES / "xdp_count.o", "xdp_count", MIXED, keep=False)
    assert [g[0] for g in got] == [r[0] for r in ref] and res.data_out is None
    assert sum(res.verdicts().values()) == len(MIXED) - len(res.errors)


@pytest.fixture(scope="module")
def faulty(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("examples_build", ROOT / "examples" / "build.py")
    build = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(build)  # type: ignore[union-attr]
    try:
        return build.build(Path(__file__).parent / "c" / "batch_faults.c",
                           tmp_path_factory.mktemp("c") / "batch_faults.o")
    except (RuntimeError, SystemExit) as err:
        pytest.skip(f"clang-19 cannot build the test program: {err}")


def test_faults_and_python_helpers_in_the_middle_of_a_batch(faulty: Path) -> None:
    packets = [P.udp4(payload=bytes(n)) for n in range(0, 40)] + MIXED  # lengths around 60: some fault
    ref, ref_maps, ref_log = reference(faulty, "batch_faults", packets, verify=False)
    got, maps, res = batched(faulty, "batch_faults", packets, verify=False)
    assert got == ref
    assert maps == ref_maps
    assert res.log == ref_log and res.log  # trace_printk ran in Python mid-batch
    assert any(g[0] == "error" for g in got) and any(g[0] != "error" for g in got)


def test_numpy_rows_are_packets() -> None:
    np = pytest.importorskip("numpy", reason="numpy is an optional extra")
    rows = [P.udp4(dport=d) for d in (53, 80, 9, 9, 53)]
    arr = np.array([list(r) for r in rows], dtype=np.uint8)
    ref, ref_maps, _ = reference(EXAMPLES / "xdp_count.o", "xdp_count", rows)
    got, maps, _ = batched(EXAMPLES / "xdp_count.o", "xdp_count", arr)
    assert got == ref and maps == ref_maps


def test_pcap_file(tmp_path: Path) -> None:
    packets = [P.udp4(dport=9), P.tcp4(), P.udp4()]
    path = tmp_path / "t.pcap"
    with path.open("wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for p in packets:
            f.write(struct.pack("<IIII", 0, 0, len(p), len(p)) + p)
    ref, _, _ = reference(EXAMPLES / "xdp_count.o", "xdp_count", packets)
    got, _, _ = batched(EXAMPLES / "xdp_count.o", "xdp_count", path)
    assert got == ref


def test_other_program_types_run_one_by_one() -> None:
    ref, ref_maps, _ = reference(EXAMPLES / "socket_filter.o", "socket_filter", MIXED[:8])
    with Collection(EXAMPLES / "socket_filter.o", "jit", env="deterministic") as coll:
        runs, _ = batch_runs(coll.programs["socket_filter"], MIXED[:8])
        got = [r if isinstance(r, str) else (r.retval, r.data_out) for r in runs]
        assert [("error", _text(g)) if isinstance(g, str) else g for g in got] == ref
        assert coll.canonical_maps() == ref_maps


def test_single_runs_take_the_fast_path_and_agree(faulty: Path) -> None:
    packets = [P.udp4(payload=bytes(n)) for n in range(0, 40, 3)] + MIXED
    ref, ref_maps, ref_log = reference(faulty, "batch_faults", packets, verify=False)
    got, log = [], []
    with Collection(faulty, "jit", env="deterministic", verify=False) as coll:
        prog = coll.programs["batch_faults"]
        for p in packets:
            try:
                r = prog.run(p)
                got.append((r.retval, r.data_out))
                log.extend(r.log)
            except PybpfError as err:
                got.append(("error", _text(run_error(err))))
        assert prog._loaded.fast is not None  # the reusable frame ran them
        assert coll.canonical_maps() == ref_maps
    assert got == ref and log == ref_log


def test_program_run_fast_path_gives_the_interpreters_run_result() -> None:
    """Program.run(packet) on the jit backend (one native call on the reusable frame) returns a RunResult equal
    to the interpreter backend's, field by field (time and backend name aside), also when the packet is a
    bytearray (the general path) and when the address space changed between runs (the frame's table follows)."""
    from dataclasses import replace

    from pybpf.collection.result import RunResult
    from pybpf.vm.memory import RegionKind

    packets = [P.udp4(), P.tcp4(), P.udp4(dport=9), P.udp4(payload=bytes(100))]
    with Collection(EXAMPLES / "xdp_count.o", "interp", env="deterministic") as ref, \
            Collection(EXAMPLES / "xdp_count.o", "jit", env="deterministic") as coll:
        for i, p in enumerate(packets):
            want = ref.programs["xdp_count"].run(p)
            got = coll.programs["xdp_count"].run(bytearray(p) if i == 1 else p)
            assert type(got) is RunResult and got.backend == "jit" and got.action == want.action
            assert replace(got, duration_ns=0, backend="") == replace(want, duration_ns=0, backend="")
            assert got.log == want.log and got.ctx_out is None and got.prog_type == want.prog_type
            if i == 0:
                coll._backend.space.alloc(64, RegionKind.USER, "added between runs")
        assert coll.canonical_maps() == ref.canonical_maps()

"""pybpf.compare and its parts: differences in retval, data_out, ctx_out, errors and maps (independent of iteration
order and object ids), packet sequences, the JSON document, and a real difference Linux and pybpf document."""

from __future__ import annotations

import struct

import pytest
from coll_util import EXAMPLES, kernel

from pybpf import RunResult, compare
from pybpf.collection.compare import Comparison, Difference, diff_maps, diff_results, run_error
from pybpf.errors import PybpfError, RunInputError

UDP = bytes.fromhex("020000000002020000000001080045000021000100004011"
                    "66c90a0000010a00000204d20035000d96e27175657279")


def result(retval=2, data=b"ab", ctx=None, backend="a") -> RunResult:
    return RunResult(retval, retval, data, ctx, 10, (), backend, "p")


def test_diff_results():
    assert diff_results({"a": result(), "b": result(backend="b")}) == []
    diffs = diff_results({"a": result(), "b": result(1, b"ax", b"c", backend="b")}, packet=3)
    assert [d.field for d in diffs] == ["retval", "data_out", "ctx_out"]
    assert diffs[0].values == {"a": 2, "b": 1} and diffs[0].packet == 3
    assert str(diffs[1]) == "packet 3: data_out: a: 6162; b: 6178"
    assert diffs[1].to_json() == {"field": "data_out", "packet": 3, "values": {"a": "6162", "b": "6178"}}
    assert diff_results({"a": "EINVAL", "b": "EINVAL"}) == []
    (d,) = diff_results({"a": "EINVAL", "b": result()})
    assert d.field == "error" and d.values == {"a": "EINVAL", "b": None}


def test_diff_maps_ignores_order_but_not_contents():
    same = {"a": {"h": {"01": "aa", "02": "bb"}}, "b": {"h": {"02": "bb", "01": "aa"}}}
    assert diff_maps(same) == []
    (d,) = diff_maps({"a": {"h": {"01": "aa"}}, "b": {"h": {"01": "aa", "02": "bb"}}})
    assert (d.map, d.key, d.values) == ("h", "02", {"a": None, "b": "bb"})
    assert str(d) == "map h key 02: a: (none); b: bb"
    # keyless maps (queue, stack, ring buffer): order is part of the contents
    (d,) = diff_maps({"a": {"q": ["01", "02"]}, "b": {"q": ["02", "01"]}})
    assert d.key is None and d.to_json()["map"] == "q"
    assert diff_maps({"a": {"bloom": None}, "b": {"bloom": None}}) == []


def test_run_error_uses_errno_names():
    assert run_error(RunInputError(22, "bad")) == "EINVAL"
    assert run_error(PybpfError("no errno here")) == "no errno here"


def test_compare_needs_two_backends_and_a_known_program():
    with pytest.raises(PybpfError, match="at least two distinct backends"):
        compare(EXAMPLES / "xdp_count.o", "xdp_count", UDP, backends=("interp",))
    with pytest.raises(PybpfError, match="no program named 'nope'"):
        compare(EXAMPLES / "xdp_count.o", "nope", UDP)


def test_compare_needs_distinct_backends():
    with pytest.raises(PybpfError, match="distinct backends"):
        compare(EXAMPLES / "xdp_count.o", "xdp_count", UDP, backends=("interp", "interp"))


@kernel
@pytest.mark.kernel
def test_compare_same_and_json_shape():
    cmp = compare(EXAMPLES / "xdp_count.o", "xdp_count", UDP)
    assert isinstance(cmp, Comparison) and cmp.same and not cmp.several
    doc = cmp.to_json()
    assert set(doc) == {"program", "results", "differences"} and doc["differences"] == []
    assert set(doc["results"]) == {"interp", "kernel"}
    for backend, one in doc["results"].items():
        assert set(one) == {"program", "backend", "retval", "r0", "data_out", "ctx_out", "duration_ns", "maps", "log"}
        assert one["backend"] == backend and one["data_out"] == UDP.hex() and one["retval"] == 2
        assert one["maps"]["counts"][0] == ["00000000", "0100000000000000"]


@kernel
@pytest.mark.kernel
def test_compare_packets_and_setup():
    def setup(coll):
        coll.maps["counts"][3] = 100
    packets = [UDP, UDP[:20], UDP]
    progress = []
    cmp = compare(EXAMPLES / "xdp_count.o", "xdp_count", packets=packets, setup=setup,
                  on_run=lambda b, i: progress.append((b, i)))
    assert cmp.same and cmp.several
    assert progress == [("interp", 0), ("interp", 1), ("interp", 2), ("kernel", 0), ("kernel", 1), ("kernel", 2)]
    assert [r.retval for r in cmp.runs["kernel"]] == [2, 2, 2]
    assert cmp.maps["kernel"]["counts"]["03000000"] == struct.pack("<Q", 100).hex()
    one = cmp.to_json()["results"]["kernel"]
    assert set(one) == {"program", "backend", "packets", "totals", "maps"}
    assert [p["index"] for p in one["packets"]] == [0, 1, 2]
    assert one["totals"] == {"packets": 3, "errors": 0, "retvals": {"2": 3}, "duration_ns": one["totals"]
                             ["duration_ns"], "log_lines": 0}


@kernel
@pytest.mark.kernel
def test_a_documented_difference_is_found(cobj):
    """docs/maps.md: a BPF_NOEXIST update of a full LRU map evicts in Linux (it takes a node before checking the
    flag), not in pybpf. compare() must show exactly the evicted keys."""
    cmp = compare(cobj("lru_quirk"), "fill_then_noexist", UDP)
    assert not cmp.same
    assert {d.field for d in cmp.differences} == {"maps"}
    for d in cmp.differences:
        assert d.map == "lru" and d.values["kernel"] is None and d.values["interp"] == struct.pack("<Q", 1).hex()
    assert cmp.results["interp"].retval == cmp.results["kernel"].retval == 2   # both refused the update
    assert isinstance(cmp.differences[0], Difference)

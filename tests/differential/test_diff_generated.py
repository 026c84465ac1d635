"""Generated programs give the same 64-bit result (and packet) in the Linux kernel and in pybpf's interpreter.

Volume per run: XDP_CHUNKS * PER_CHUNK + SKB_CHUNKS * PER_CHUNK seeded programs (5,000) plus the hypothesis
examples (2 x max_examples of the profile: 600 in CI). Seeds are fixed so a run is reproducible; set
PYBPF_DIFF_SEED to explore other programs. Each program also runs on the interpreter's step machine, which must
agree with its compiled fast path. A failure prints the seed, the program's listing and every engine's result.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pybpf.kernel import bpf_available
from pybpf.testing.differential import compare, compare_all, listing, minimize
from pybpf.testing.gen import SOCKET_FILTER, XDP, GenConfig, HypothesisChooser, generate, generate_batch

AVAILABLE, WHY = bpf_available()
pytestmark = [pytest.mark.kernel, pytest.mark.skipif(not AVAILABLE, reason=WHY)]

BASE_SEED = int(os.environ.get("PYBPF_DIFF_SEED", "618"))
PER_CHUNK = 500
XDP_CHUNKS = 6
SKB_CHUNKS = 4
PROGRAMS_PER_RUN = PER_CHUNK * (XDP_CHUNKS + SKB_CHUNKS)


def _check_batch(kind: str, chunk: int) -> None:
    seed = BASE_SEED * 1000 + chunk * 2 + (kind == SOCKET_FILTER)
    progs = generate_batch(seed, PER_CHUNK, GenConfig(kind=kind))
    count, found = compare_all(progs, f"{kind} seed {seed} program")
    assert count == PER_CHUNK
    if found:
        small = minimize(found[0].prog)
        pytest.fail(f"{len(found)} of {count} programs disagree; first ones:\n\n"
                    + "\n\n".join(d.report() for d in found[:3])
                    + "\n\nthe first one minimized (goto +0 = removed):\n" + listing(small.insns), pytrace=False)


@pytest.mark.parametrize("chunk", range(XDP_CHUNKS))
def test_xdp_programs_agree(chunk: int) -> None:
    _check_batch(XDP, chunk)


@pytest.mark.parametrize("chunk", range(SKB_CHUNKS))
def test_socket_filter_programs_agree(chunk: int) -> None:
    _check_batch(SOCKET_FILTER, chunk)


@given(st.data())
def test_xdp_hypothesis(data: st.DataObject) -> None:
    prog = generate(HypothesisChooser(data), GenConfig(kind=XDP, max_stmts=16))
    found = compare(prog, "hypothesis xdp")
    assert found is None, found.report()


@given(st.data())
def test_socket_filter_hypothesis(data: st.DataObject) -> None:
    prog = generate(HypothesisChooser(data), GenConfig(kind=SOCKET_FILTER, max_stmts=16))
    found = compare(prog, "hypothesis socket_filter")
    assert found is None, found.report()

"""Load, run, compare: a CollectionSpec loaded into a backend (the reference interpreter or the running kernel),
programs run the way BPF_PROG_TEST_RUN runs them, and the two backends compared result for result.

    from pybpf import Collection, compare
    with Collection("examples/c/xdp_count.o", backend="interp") as coll:
        res = coll.programs["xdp_count"].run(data=packet)
"""

from __future__ import annotations

from pybpf.collection.collection import BACKENDS, Collection, Program
from pybpf.collection.compare import Comparison, Difference, compare
from pybpf.collection.result import RunResult, dump_map

__all__ = ["BACKENDS", "Collection", "Comparison", "Difference", "Program", "RunResult", "compare", "dump_map"]

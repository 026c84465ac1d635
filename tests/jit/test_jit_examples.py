"""Every runnable example on the JIT backend gives what the interpreter gives (retval, data_out, ctx_out, every
map), packet after packet on the same maps; and what the kernel gives where bpf(2) is available."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import test_examples_differential as ex
from ex_util import kernel

from pybpf import compare, load_collection_spec


def _spec(case):
    spec = load_collection_spec(ex.EXAMPLES / f"{case.obj}.o")
    for name, value in case.variables.items():
        spec.set_variable(name, value)
    return spec


def _ids(case) -> str:
    return f"{case.obj}:{case.program}" + (f"[{case.id}]" if case.id else "")


@pytest.mark.parametrize("case", ex.CASES, ids=_ids)
def test_jit_and_interp_agree(case):
    cmp = compare(_spec(case), case.program, packets=case.packets, ctx=case.ctx, setup=case.setup,
                  backends=("interp", "jit"))
    assert cmp.same, "\n".join(str(d) for d in cmp.differences)
    for backend, runs in cmp.runs.items():
        assert all(not isinstance(r, str) for r in runs), (backend, runs)


@kernel
@pytest.mark.kernel
@pytest.mark.parametrize("case", ex.CASES, ids=_ids)
def test_jit_and_kernel_agree(case):
    cmp = compare(_spec(case), case.program, packets=case.packets, ctx=case.ctx, setup=case.setup,
                  backends=("jit", "kernel"))
    assert cmp.same, "\n".join(str(d) for d in cmp.differences)

"""Collection(..., verify=True) (the default) runs pybpf's verifier on every program before the interpreter loads
it; a rejection is a VerifierError carrying the log and the explanation; verify=False skips it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pybpf.collection import Collection
from pybpf.elf import load_collection_spec
from pybpf.errors import ExecutionError, VerifierError
from pybpf.isa.asm import assemble

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "c"


def _bad_spec():
    spec = load_collection_spec(str(EXAMPLES / "xdp_count.o"))
    prog = spec.programs["xdp_count"]
    spec.programs["xdp_count"] = prog.replace(instructions=tuple(assemble("r0 = *(u64 *)(r1 + 4096)\nexit")),
                                              references={}, line_info=(), func_info=())
    return spec


def test_rejected_program_raises_verifier_error():
    with pytest.raises(VerifierError) as exc:
        Collection(_bad_spec(), "interp")
    err = exc.value
    assert err.program == "xdp_count" and err.insn == 0
    assert err.message == "invalid bpf_context access off=4096 size=8"
    assert "invalid bpf_context access off=4096 size=8" in err.log
    assert err.explanation.startswith("rejected at slot 0")
    assert "\n" not in str(err)


def test_verify_false_leaves_runtime_checks():
    with Collection(_bad_spec(), "interp", verify=False) as coll, pytest.raises(ExecutionError):
        coll.programs["xdp_count"].run(bytes(64))


def test_accepted_programs_load_and_run():
    with Collection(str(EXAMPLES / "xdp_count.o"), "interp") as coll:
        assert coll.programs["xdp_count"].run(bytes(64)).retval in (1, 2)

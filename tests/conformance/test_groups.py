"""cpu version / conformance group classification, as bpf_conformance's instruction table assigns them."""

from __future__ import annotations

import pytest

from pybpf.conformance.datafile import read_data_file
from pybpf.conformance.groups import GROUPS, Requirement, classify, requirement
from pybpf.isa.instruction import Instruction
from pybpf.isa.mnemonic import assemble_mnemonic
from pybpf.testing.data import conformance_dir

DATA = conformance_dir() / "bpf_conformance"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")


@pytest.mark.parametrize(("text", "cpu", "group"), [
    ("add %r0, 1", "v1", "base64"), ("add32 %r0, 1", "v1", "base32"), ("mul %r0, 3", "v1", "divmul64"),
    ("div32 %r0, %r1", "v1", "divmul32"), ("jeq %r0, 1, +0", "v1", "base64"), ("jlt %r0, 1, +0", "v2", "base64"),
    ("jsle %r0, %r1, +0", "v2", "base64"), ("jeq32 %r0, 1, +0", "v3", "base32"),
    ("lock add [%r1], %r2", "v3", "atomic64"), ("lock fetch or32 [%r1], %r2", "v3", "atomic32"),
    ("call local +0", "v3", "base32"), ("call 1", "v1", "base32"), ("call %r1", "v1", "callx"),
    ("sdiv %r0, 3", "v4", "divmul64"), ("smod32 %r0, %r1", "v4", "divmul32"), ("movsx864 %r0, %r1", "v4", "base64"),
    ("ldxsb %r0, [%r1]", "v4", "base32"), ("bswap16 %r0", "v4", "base64"), ("ja32 +0", "v4", "base32"),
    ("le16 %r0", "v1", "base32"), ("ldabsw 4", "v1", "packet"), ("ldindb %r1, 4", "v1", "packet"),
    ("lddw %r0, 1", "v1", "base64"), ("ldacqw %r0, [%r1]", "v4", "base32"), ("may_goto +0", "v4", "base32"),
])
def test_classify(text: str, cpu: str, group: str) -> None:
    (insn,) = assemble_mnemonic(text)
    got = classify(insn)
    assert got[:2] == (cpu, group)
    assert got[1] in GROUPS


def test_requirement_takes_the_newest_version_and_all_groups() -> None:
    req = requirement(assemble_mnemonic("mov %r0, 0\njlt %r0, 1, +0\nsdiv32 %r0, 2\ncall %r2\nexit"))
    assert req.cpu == "v4" and req.why == "signed division"
    assert {"callx", "divmul32", "base64"} <= req.groups
    assert req.unmet("v4", GROUPS) is None
    assert req.unmet("v3", GROUPS) == "needs cpu v4 (signed division), running at v3"
    assert req.unmet("v4", set(GROUPS) - {"callx"}) == "uses conformance group callx, not enabled"
    assert Requirement().unmet("v1", ()) is None
    assert requirement([Instruction(0x95)]).cpu == "v1"


def _needed_cpu(stem: str) -> str:
    """What the file name promises: the test exercises one instruction family."""
    if stem.startswith(("sdiv", "smod", "movsx", "bswap", "rfc9669_sdiv", "rfc9669_smod", "rfc9669_movsx",
                        "rfc9669_ldxs", "rfc9669_bswap", "rfc9669_swap", "swap", "ja32", "rfc9669_ja32")):
        return "v4"
    if stem.startswith(("lock_", "rfc9669_lock_", "call_local", "rfc9669_call_local")) or (
            stem.startswith("j") and "32-" in stem):
        return "v3"
    return ""


@needs_data
def test_named_families_need_their_version() -> None:
    checked = 0
    for path in sorted(DATA.glob("*.data")):
        want = _needed_cpu(path.stem)
        if want:
            assert requirement(read_data_file(path).program()).cpu == want, path.name
            checked += 1
    assert checked > 80

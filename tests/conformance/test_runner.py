"""The in-process conformance runner on the three data sets.

bpf_conformance/ (313 files): every test PASSes at cpu v4, callx included; lower cpu versions skip exactly the tests
that need newer instructions, with the reason.

bpf_conformance/negative/ (60 files): none PASSes. The ten ``invalid_*`` assembler cases FAIL as "does not
assemble" with the reference's error kind; the 45 ``unused-*`` programs FAIL as rejected by the decoder (slot 0 and
the field); ``error`` and ``incorrect_return_value_high_bits`` FAIL on their result; ``empty``,
``empty_instructions`` and ``invalid_unknown_directive`` SKIP.

ubpf/ (104 files) -- run recursively; what happens to each, and why:

=====================================  ======  ==============================================================
files                                  result  why
=====================================  ======  ==============================================================
44 files with RFC 9669 semantics       PASS    ALU/ALU32, sdiv/smod, ldx/ldxs, stack, helpers 0-4, bpf-to-bpf
(``UBPF_PASS`` below)                          calls, factorial, mul loops; ``errors/err-call0`` passes on its
                                               ``-- result`` (its ``-- error`` is uBPF's verifier wording)
alu, alu64, jmp, ldx, st, stx          SKIP    assembler tests: asm + raw, no result (tests/isa checks
                                               that the asm assembles to the raw words)
elf/* (21)                             SKIP    ``-- pyelf``: ELF-loader tests, they belong to a later issue
reload, unload_reload                  SKIP    ``-- reload`` / ``-- unload``: uBPF VM lifecycle directives
tcp-port-80/* (4), tcp-sack/* (2)      SKIP    ``-- asm @ FILE``: the .asm/.hex files are not in the data set
errors/* expecting a load or runtime   FAIL    uBPF-specific error messages (``Failed to load code: ...``,
error (21 files)                               ``uBPF error: ...``): pybpf raises its own error (decoder,
                                               assembler or runtime) -- checked: an error, never a result
errors/err-unknown-opcode              FAIL    0x06 is gotol (JMP32|JA) in RFC 9669, not an unknown opcode:
                                               ``gotol +0`` then ``exit`` returns 0
errors/err-too-many-instructions       FAIL    uBPF caps programs at 65536 instructions; Linux takes 1M, so the
                                               program runs and returns r0 = 0
extensions/call_unwind                 FAIL    uBPF's "unwind" extension (helper 5 returning 0 stops the
                                               program) is not RFC 9669; helper 5 returns its argument, r0 = 2
=====================================  ======  ==============================================================
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pybpf.conformance.datafile import parse_data
from pybpf.conformance.runner import BACKENDS, RunOptions, Status, TestResult, collect, run_paths, run_test
from pybpf.errors import LoadError
from pybpf.testing.data import conformance_dir

DATA = conformance_dir()
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")

UBPF_PASS = {
    "arsh", "arsh-reg", "arsh32-high-shift", "arsh64", "div-by-zero-imm", "div-by-zero-reg", "div64-by-zero-imm",
    "early-exit", "errors/err-call0", "extensions/call_local_use_stack", "factorial", "helpers/call",
    "helpers/call-memfrob", "helpers/call-save", "ldxb-0offset", "ldxb-large-offset", "ldxb-small-offset",
    "ldxsb-positive", "ldxsh", "ldxsw", "mod-by-zero-imm", "mod64-by-zero-imm", "mul-loop",
    "mul-loop-memory-iterations", "rsh-reg", "sdiv32", "sdiv32-by-zero", "sdiv32-neg", "sdiv32-overflow", "sdiv64",
    "sdiv64-by-zero", "sdiv64-neg", "sdiv64-overflow", "smod32", "smod32-by-zero", "smod32-neg", "smod32-overflow",
    "smod64", "smod64-by-zero", "smod64-neg", "smod64-overflow", "stack2", "stack3", "string-stack",
}
UBPF_SKIP = {  # name -> the start of the skip reason
    **{n: "no result or error section" for n in ("alu", "alu64", "jmp", "ldx", "st", "stx")},
    "reload": "unknown directive '-- reload'", "unload_reload": "unknown directive '-- unload'",
    **{f"tcp-port-80/{n}": "'-- asm @ tcp-port-80.asm'" for n in ("match", "nomatch", "nomatch-ethertype",
                                                                   "nomatch-proto")},
    **{f"tcp-sack/{n}": "'-- asm @ tcp-sack.asm'" for n in ("match", "nomatch")},
}
UBPF_RESULT_DIFFERS = {  # uBPF expects something non-RFC; pybpf returns this r0
    "errors/err-unknown-opcode": 0, "errors/err-too-many-instructions": 0, "extensions/call_unwind": 2,
}


def by_name(results: list[TestResult]) -> dict[str, TestResult]:
    return {r.name: r for r in results}


# -- judging rules on synthetic tests -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "status", "reason"), [
    ("-- asm\nmov %r0, 7\nexit\n-- result\n0x7\n", Status.PASS, ""),
    ("-- asm\nmov %r0, -1\nexit\n-- result\n0xffffffffffffffff\n", Status.PASS, ""),
    ("-- asm\nmov %r0, 7\nexit\n-- result\n8\n", Status.FAIL, "expected r0 = 0x8, got r0 = 0x7"),
    ("-- asm\nldxb %r0, [%r1+9]\nexit\n-- mem\n00\n-- result\n0\n", Status.FAIL, "expected r0 = 0x0, got error: "),
    ("-- asm\nmov %r0, 7\nexit\n-- error\nboom\n", Status.FAIL, "expected error 'boom', got r0 = 0x7"),
    ("-- asm\nja -1\nexit\n-- error pattern\nbudget of \\d+ exhausted\n", Status.PASS, ""),
    ("-- asm\nja -1\nexit\n-- error pattern\nnope\n", Status.FAIL, "expected an error matching 'nope'"),
    ("-- asm\nmov %r0, 7\nexit\n", Status.SKIP, "no result or error section"),
    ("-- result\n0\n", Status.SKIP, "no program"),
    ("-- asm\nbogus\n-- result\n0\n", Status.FAIL, "does not assemble: line 2, column 1: invalid mnemonic: bogus"),
    ("-- raw\n0xff\n-- result\n0\n", Status.FAIL, "rejected by the decoder: slot 0, field opcode: unknown opcode"),
    ("-- asm\nexit\n-- weird\n-- result\n0\n", Status.SKIP, "unknown directive '-- weird'"),
    ("-- asm\nsdiv %r0, 2\nexit\n-- result\n0\n", Status.PASS, ""),
])
def test_judging(text: str, status: Status, reason: str) -> None:
    r = run_test(parse_data(text, name="t"))
    assert r.status is status, r
    assert r.reason.startswith(reason), r.reason


def test_exact_error_text_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    t = parse_data("-- asm\nja -1\nexit\n-- error\nx\n", name="t")
    message = run_test(t).error
    assert message and "budget" in message
    t.error = message
    assert run_test(t).status is Status.PASS


def test_cpu_and_group_gating() -> None:
    t = parse_data("-- asm\nmov %r1, 5\ncall %r1\nsdiv %r0, 2\nexit\n-- result\n0\n", name="t")
    assert run_test(t, RunOptions(cpu="v3")).reason == "needs cpu v4 (signed division), running at v3"
    no_callx = RunOptions(groups=frozenset({"base32", "base64", "divmul32", "divmul64"}))
    assert run_test(t, no_callx).reason == "uses conformance group callx, not enabled"


def test_engine_bug_is_a_fail_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BACKENDS, "broken", lambda insns, mem, budget: 1 // 0)
    r = run_test(parse_data("-- asm\nexit\n-- result\n0\n"), RunOptions(backend="broken"))
    assert r.status is Status.FAIL and "internal error in the broken engine: ZeroDivisionError" in r.reason


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="cpu version"):
        RunOptions(cpu="v9")
    with pytest.raises(ValueError, match="backend"):
        RunOptions(backend="nope")


def test_collect(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.data", "sub/b.data", "c.txt"):
        (tmp_path / name).write_text("-- asm\nexit\n-- result\n0\n")
    assert [n for n, _ in collect([tmp_path])] == ["a"]
    assert [n for n, _ in collect([tmp_path], recursive=True)] == ["a", "sub/b"]
    assert [n for n, _ in collect([tmp_path / "a.data"])] == ["a"]
    with pytest.raises(LoadError, match="no such file"):
        collect([tmp_path / "missing"])
    (tmp_path / "bad.data").write_text("-- mem\nxyz\n")
    bad = by_name(run_paths([tmp_path]))["bad"]
    assert bad.status is Status.FAIL and bad.reason.startswith("cannot read test:")


# -- the data sets ------------------------------------------------------------------------------------------------
@needs_data
def test_bpf_conformance_all_pass_at_v4() -> None:
    results = run_paths([DATA / "bpf_conformance"])
    assert len(results) == 313
    bad = [(r.name, r.reason) for r in results if r.status is not Status.PASS]
    assert not bad


@needs_data
@pytest.mark.parametrize(("cpu", "skips"), [("v1", 150), ("v2", 141), ("v3", 59)])
def test_lower_cpu_versions_skip_newer_tests(cpu: str, skips: int) -> None:
    results = run_paths([DATA / "bpf_conformance"], RunOptions(cpu=cpu))
    skipped = [r for r in results if r.status is Status.SKIP]
    assert len(skipped) == skips
    assert all(r.reason.startswith("needs cpu v") and r.reason.endswith(f"running at {cpu}") for r in skipped)
    assert all(r.status is Status.PASS for r in results if r.status is not Status.SKIP)
    names = by_name(results)
    assert names["sdiv64-imm"].status is Status.SKIP
    assert names["add"].status is Status.PASS


@needs_data
def test_reference_default_groups_skip_callx() -> None:
    options = RunOptions(groups=frozenset({"base32", "base64", "atomic32", "atomic64", "divmul32", "divmul64"}))
    results = run_paths([DATA / "bpf_conformance"], options)
    assert [(r.name, r.reason) for r in results if r.status is not Status.PASS] == [
        ("callx", "uses conformance group callx, not enabled")]


@needs_data
def test_negative_never_pass() -> None:
    results = by_name(run_paths([DATA / "bpf_conformance" / "negative"]))
    assert len(results) == 60
    assert not [n for n, r in results.items() if r.status is Status.PASS]
    for n, r in results.items():
        if n.startswith("unused-"):
            assert r.status is Status.FAIL and r.reason.startswith("rejected by the decoder: slot 0, field "), n
        elif n.startswith("invalid_") and n != "invalid_unknown_directive":
            assert r.status is Status.FAIL and r.reason.startswith("does not assemble: line "), n
    assert {n for n, r in results.items() if r.status is Status.SKIP} == {
        "empty", "empty_instructions", "invalid_unknown_directive"}
    assert results["error"].reason.startswith("expected error 'Invalid', got r0 = 0x")
    assert results["incorrect_return_value_high_bits"].reason == (
        "expected r0 = 0x8977665544332211, got r0 = 0x8877665544332211")


@needs_data
def test_ubpf_files() -> None:
    results = by_name(run_paths([DATA / "ubpf"], recursive=True))
    assert len(results) == 104
    for name, r in results.items():
        if name in UBPF_PASS:
            assert r.status is Status.PASS, (name, r.reason)
        elif name in UBPF_SKIP:
            assert r.status is Status.SKIP and r.reason.startswith(UBPF_SKIP[name]), (name, r.reason)
        elif name.startswith("elf/"):
            assert r.status is Status.SKIP and r.reason == "unknown directive '-- pyelf'", name
        elif name in UBPF_RESULT_DIFFERS:
            assert r.status is Status.FAIL and r.r0 == UBPF_RESULT_DIFFERS[name], (name, r.reason)
        else:
            # uBPF-specific error messages: pybpf must reject the program too, with its own wording
            assert name.startswith("errors/"), name
            assert r.status is Status.FAIL and r.r0 is None, (name, r.reason)
            assert (r.error is not None or r.reason.startswith(("rejected by the decoder", "does not assemble"))), name
    counts = {s: sum(r.status is s for r in results.values()) for s in Status}
    assert counts == {Status.PASS: 44, Status.SKIP: 35, Status.FAIL: 25}

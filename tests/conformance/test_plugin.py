"""``pybpf-plugin`` driven the way bpf_conformance's runner drives a plugin (see ``reference_runner``).

All 313 bpf_conformance tests go through the plugin's ``main()`` in-process with the runner's exact argv/stdin and
judgement (cpu v4, callx included); a representative sample also goes through real ``pybpf-plugin`` processes, in both
the current and the legacy runner argument styles. Failures must be one line on stdout with a non-zero exit.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from reference_runner import (
    PLUGIN_CMD,
    base16,
    judge,
    program_text,
    run_in_process,
    run_subprocess,
    stoull16,
)

from pybpf.cli import plugin
from pybpf.cli.plugin import PluginArgs, UsageError, main, parse_args, parse_hex_bytes
from pybpf.conformance.datafile import parse_data, read_data_file
from pybpf.testing.data import conformance_dir

DATA = conformance_dir() / "bpf_conformance"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")


def _files() -> list[Path]:
    return sorted(DATA.glob("*.data")) if DATA.is_dir() else []


def call(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# -- argument parsing -------------------------------------------------------------------------------------------
def test_parse_args_any_order() -> None:
    a = parse_args(["--debug", "01 02", "--backend", "interp", "--elf"])
    assert a == PluginArgs(memory=b"\x01\x02", backend="interp", elf=True, debug=True)
    b = parse_args(["--program", "95 00 00 00 00 00 00 00", "0a  0b  ", "--backend=interp"])
    assert b.memory == b"\x0a\x0b" and b.program_hex is not None and b.backend == "interp"


def test_parse_args_legacy_forms() -> None:
    # old runners: memory always passed (maybe empty), options as one space-joined argument (maybe empty)
    assert parse_args(["", ""]) == PluginArgs()
    assert parse_args(["ff", "--debug --backend interp"]) == PluginArgs(memory=b"\xff", debug=True)


@pytest.mark.parametrize(("argv", "message"), [
    (["--frobnicate"], "unknown option --frobnicate"),
    (["01", "02"], "memory was already given"),
    (["--backend"], "--backend needs an argument"),
    (["--program"], "--program needs an argument"),
    (["0g"], "memory: token 0 ('0g') is not a hex byte"),
    (["123"], "is not a hex byte"),
])
def test_parse_args_errors(argv: list[str], message: str) -> None:
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_args(argv)


def test_parse_hex_bytes() -> None:
    assert parse_hex_bytes(" 0 a  FF\n10 ", "x") == bytes([0, 10, 255, 16])


# -- in-process protocol -----------------------------------------------------------------------------------------
EXIT_42 = base16(bytes.fromhex("b7000000" "2a000000" "95000000" "00000000")) + "\n"


def test_success_prints_r0_hex() -> None:
    assert call([], EXIT_42) == (0, "2a\n", "")
    assert call(["--program", EXIT_42.strip()]) == (0, "2a\n", "")


def test_memory_and_length() -> None:
    prog = "bf 20 00 00 00 00 00 00  95 00 00 00 00 00 00 00"  # r0 = r2
    assert call(["01 02 03 04 05"], prog)[:2] == (0, "5\n")
    prog = "71 10 02 00 00 00 00 00  95 00 00 00 00 00 00 00"  # r0 = *(u8 *)(r1 + 2)
    assert call(["01 02 f3"], prog)[:2] == (0, "f3\n")


def test_memory_is_a_private_copy() -> None:
    # store into the memory, then read it back: the plugin owns the copy it hands to the program
    prog = "72 01 00 00 aa 00 00 00  71 10 00 00 00 00 00 00  95 00 00 00 00 00 00 00"
    assert call(["00"], prog)[:2] == (0, "aa\n")


def test_debug_goes_to_stderr() -> None:
    code, out, err = call(["--debug"], EXIT_42)
    assert (code, out) == (0, "2a\n")
    assert "mov %r0, 42" in err and "r0 = 0x2a" in err


def test_help() -> None:
    code, out, _ = call(["--help"])
    assert code == 0 and out.startswith("usage: pybpf-plugin")


@pytest.mark.parametrize(("argv", "stdin", "message"), [
    ([], "", "no program"),
    ([], "95 00 00", "truncated instruction"),
    ([], "06 00 00 00 05 00 00 00", "jump target"),  # gotol +5 -> outside the program
    ([], "ff 00 00 00 00 00 00 00 95 00 00 00 00 00 00 00", "unknown opcode 0xff"),
    ([], "71 10 00 00 00 00 00 00 95 00 00 00 00 00 00 00", ""),  # load through r1 = 0: no memory given
    ([], "85 00 00 00 2a 00 00 00 95 00 00 00 00 00 00 00", "42"),  # helper 42 is not in the table
    (["--backend", "warp"], EXIT_42, "unknown backend 'warp'"),
    (["--bogus"], EXIT_42, "unknown option --bogus"),
    ([], "zz", "program: token 0"),
    (["--elf"], EXIT_42, "not a valid ELF object"),
])
def test_failures_are_one_line(argv: list[str], stdin: str, message: str) -> None:
    code, out, _ = call(argv, stdin)
    assert code == 1
    assert out.endswith("\n") and out.count("\n") == 1 and "Traceback" not in out
    assert message in out


def test_engine_bug_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from pybpf.conformance import runner

    def broken(insns, mem, budget):  # an engine raising something that is not a PybpfError
        raise KeyError("oops")

    monkeypatch.setitem(runner.BACKENDS, "broken", broken)
    assert call(["--backend", "broken"], EXIT_42)[:2] == (1, "internal error in the broken engine: KeyError: 'oops'\n")

    def explode(args, stdin, stderr):
        raise RuntimeError("bad\nnews")

    monkeypatch.setattr(plugin, "run", explode)
    assert call([], EXIT_42)[:2] == (1, "internal error: RuntimeError: bad news\n")


# -- the reference runner's judgement ---------------------------------------------------------------------------
def test_stoull16_like_cpp() -> None:
    assert stoull16("2a\n") == 42 and stoull16("  0x1F") == 31 and stoull16("ffzz") == 255
    assert stoull16("-1") == (1 << 64) - 1
    assert stoull16("Failed") == 0xFA  # as in C++: "Fa" are hex digits
    with pytest.raises(ValueError):
        stoull16("no digits")


def test_judge() -> None:
    t = parse_data("-- asm\nexit\n-- result\n0x2a\n")
    assert judge(t, 0, "2a\n", "").status == "PASS"
    assert judge(t, 0, "2b\n", "").status == "FAIL"
    assert judge(t, 0, "hello\n", "").status == "ERROR"
    assert judge(t, 1, "boom\n", "").status == "ERROR"
    e = parse_data("-- asm\nexit\n-- error\nboom\n")
    assert judge(e, 1, "boom  \r\n", "").status == "PASS"
    assert judge(e, 1, "", "boom\n").status == "PASS"  # stderr when stdout is empty


@needs_data
def test_all_313_files_present() -> None:
    assert len(_files()) == 313


@needs_data
@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_bpf_conformance_in_process(path: Path) -> None:
    outcome = run_in_process(read_data_file(path))
    assert outcome.status == "PASS", (outcome.message, outcome.stdout)


# A sample covering memory input, helpers, callx, bpf-to-bpf calls, atomics, cpu v4, lddw from raw words.
SAMPLE = ["add", "ldxh-all", "subnet", "mem-len", "callx", "call_unwind_fail", "call_local", "lock_cmpxchg",
          "lock_fetch_add32", "lddw", "prime", "rfc9669_sdiv64", "movsx1632-reg", "ja32", "stack", "be16"]


@needs_data
def test_sample_through_real_processes() -> None:
    styles = [([], False), (["--backend", "interp", "--debug"], False), (["--debug"], True), ([], True)]
    jobs = [(stem, *styles[i % len(styles)]) for i, stem in enumerate(SAMPLE)]

    def one(job: tuple[str, list[str], bool]):
        stem, options, legacy = job
        return job, run_subprocess(read_data_file(DATA / f"{stem}.data"), options, legacy=legacy)

    with ThreadPoolExecutor(max_workers=4) as pool:  # the processes do the work; threads just wait for them
        results = list(pool.map(one, jobs))
    failures = [(job, o) for job, o in results if o.status != "PASS" or "Traceback" in o.stderr]
    assert not failures


def test_process_failure_is_one_line_without_traceback() -> None:
    proc = subprocess.run(PLUGIN_CMD, input="ff 00 00 00 00 00 00 00\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout.count("\n") == 1 and "unknown opcode 0xff" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


@needs_data
def test_error_test_matches_exact_text() -> None:
    # a test expecting an error passes only with the exact text; pybpf's error is its own, so this one fails
    t = parse_data("-- asm\nldxb %r0, [%r1+100]\nexit\n-- mem\n00\n-- error\nsomething else\n")
    out = run_in_process(t)
    assert out.status == "FAIL" and out.exit_code == 1 and "but expected something else" in out.message
    assert program_text(t).endswith("\n")


@pytest.mark.clang
@pytest.mark.skipif(shutil.which("clang-19") is None, reason="clang-19 is not installed")
def test_elf_input(tmp_path: Path) -> None:
    src = tmp_path / "p.c"
    src.write_text("unsigned long long helper(unsigned long long x) { return x * 3; }\n"
                   "unsigned long long main(unsigned char *mem, unsigned long long len) "
                   "{ return len * 16 + mem[1]; }\n")
    obj = tmp_path / "p.o"
    subprocess.run(["clang-19", "-target", "bpf", "-O2", "-ffreestanding", "-c", str(src), "-o", str(obj)], check=True)
    elf_hex = base16(obj.read_bytes()) + "\n"
    assert call(["07 05 09", "--elf"], elf_hex)[:2] == (0, "35\n")  # 3 * 16 + 5

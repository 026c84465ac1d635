"""The ``.data`` reader: sections, both raw formats, memory, results, errors, ignored and unknown directives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pybpf.conformance.datafile import parse_data, read_data_file
from pybpf.errors import DecodeError, LoadError
from pybpf.isa.instruction import Instruction
from pybpf.testing.data import conformance_dir

DATA = conformance_dir()
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"conformance data not found at {DATA}")


def test_sections_and_comments() -> None:
    t = parse_data("""# Copyright line
-- asm
mov %r0, 1 # trailing comment
exit
-- mem
00 01 ff
0a
-- result
0x10000000A
""", name="t")
    assert t.asm is not None and "mov %r0, 1" in t.asm and "comment" not in t.asm
    assert t.asm_line == 2
    assert t.mem == bytes([0, 1, 0xFF, 0x0A])
    assert t.result == 0x10000000A
    assert t.program() == [Instruction(0xB7, 0, 0, 0, 1), Instruction(0x95)]
    assert t.skip_reason is None and t.has_program and not t.expects_error


def test_decimal_result_and_last_error_line() -> None:
    t = parse_data("-- asm\nexit\n-- result\n42\n-- error\nfirst\nsecond line\n")
    assert t.result == 42
    assert t.error == "second line"
    assert t.expects_error


def test_raw_words_override_asm() -> None:
    t = parse_data("-- asm\nmov %r0, 7\nexit\n-- raw\n0x00000001000000b7\n0x0000000000000095\n-- result\n1\n")
    assert t.raw is not None and len(t.raw) == 16
    assert t.program()[0] == Instruction(0xB7, 0, 0, 0, 1)


def test_raw_byte_lines() -> None:
    t = parse_data("-- raw\n07 00 01 00 01 00 00 00\n95 00 00 00 00 00 00 00\n-- error\n")
    assert t.raw == bytes.fromhex("0700010001000000" "9500000000000000")
    assert t.error == ""  # an empty error section: "some error", text unspecified
    with pytest.raises(DecodeError) as info:
        t.program()
    assert (info.value.slot, info.value.field) == (0, "off")


def test_hexdump_memory_and_c_section() -> None:
    t = parse_data("-- c\n#include <stdint.h>\nint x; -- not a directive\n-- asm\nexit\n-- mem\n0000: 01 02\n"
                   "0002: 03\n-- no register offset\ncall instruction\n-- result\n0\n")
    assert t.c_source is not None and "#include <stdint.h>" in t.c_source
    assert t.mem == b"\x01\x02\x03"
    assert t.skip_reason is None
    assert t.directives == ["c", "asm", "mem", "no register offset", "result"]


@pytest.mark.parametrize("directive", ["pyelf", "reload", "unload", "Unknown directive"])
def test_unknown_directive_skips(directive: str) -> None:
    t = parse_data(f"-- asm\nexit\n-- {directive}\nstuff\n-- result\n0\n")
    assert t.skip_reason == f"unknown directive '-- {directive}'"


def test_ignored_directives_do_not_skip() -> None:
    t = parse_data("-- description\nwords\n-- asm\nexit\n-- no jit\nwhy\n-- result\n0\n")
    assert t.skip_reason is None


def test_included_section(tmp_path: Path) -> None:
    (tmp_path / "prog.asm").write_text("mov %r0, 3 # c\nexit\n")
    (tmp_path / "t.data").write_text("-- asm @ prog.asm\n-- result\n3\n")
    t = read_data_file(tmp_path / "t.data")
    assert t.skip_reason is None
    assert t.program() == [Instruction(0xB7, 0, 0, 0, 3), Instruction(0x95)]


def test_missing_include_skips(tmp_path: Path) -> None:
    (tmp_path / "t.data").write_text("-- asm @ nowhere.asm\n-- result\n3\n")
    t = read_data_file(tmp_path / "t.data")
    assert t.skip_reason is not None and "nowhere.asm" in t.skip_reason


@pytest.mark.parametrize(("text", "section", "message"), [
    ("-- mem\n0g\n", "mem", "not 1-2 hex digits"),
    ("-- mem\n123\n", "mem", "not 1-2 hex digits"),
    ("-- raw\nbogus\n", "raw", "not a number"),
    ("-- raw\n0x10000000000000000\n", "raw", "64 bits"),
    ("-- result\nzz\n", "result", "not a number"),
])
def test_malformed_sections(text: str, section: str, message: str) -> None:
    with pytest.raises(LoadError) as info:
        parse_data(text, path="bad.data")
    assert info.value.section == section and info.value.file == "bad.data"
    assert message in str(info.value)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"missing\.data"):
        read_data_file(tmp_path / "missing.data")


@needs_data
def test_every_file_parses() -> None:
    files = sorted(DATA.rglob("*.data"))
    assert len(files) == 313 + 60 + 104
    for path in files:
        read_data_file(path)


# The field each negative/unused-* file sets non-zero, from its name (offset -> off).
def _unused_files() -> list[Path]:
    return sorted((DATA / "bpf_conformance" / "negative").glob("unused-*.data")) if DATA.is_dir() else []


@needs_data
def test_there_are_45_unused_programs() -> None:
    assert len(_unused_files()) == 45


@needs_data
@pytest.mark.parametrize("path", _unused_files(), ids=lambda p: p.stem)
def test_unused_field_programs_are_rejected(path: Path) -> None:
    """Their raw sections are byte lines (the reference parser misreads them as 64-bit words); decoding them strictly
    must fail at slot 0 naming the non-zero reserved field."""
    t = read_data_file(path)
    assert t.raw is not None and len(t.raw) == 16
    field = {"offset": "off"}.get(path.stem.rsplit("-", 1)[1], path.stem.rsplit("-", 1)[1])
    with pytest.raises(DecodeError) as info:
        t.program()
    err = info.value
    assert err.slot == 0
    assert re.search(r"slot 0\b", str(err)) and str(path) in str(err)
    if path.stem == "unused-mov64_reg-offset":
        # off=1 on a 64-bit register mov is Linux's addr_space_cast (6.9); the codec then rejects its imm of 0,
        # which is how Linux's verifier words it too. Either field names the encoding as invalid.
        assert err.field in ("off", "imm")
    else:
        assert err.field == field, str(err)

"""``pybpf asm`` and ``pybpf disasm``: file kinds, output forms, and one-line errors with exit status 1."""

from __future__ import annotations

import json

import pytest

from pybpf.cli.disasm import file_kind, read_program
from pybpf.cli.main import main
from pybpf.isa.codec import encode
from pybpf.isa.instruction import Instruction as I

PROG = [I(0xB7, 0, imm=1), I(0x18, 1, imm=1 << 33), I(0x15, 1, 0, 1, 0), I(0x07, 0, imm=-1), I(0x95)]
TEXT = "r0 = 1\nr1 = 0x200000000 ll\nif r1 == 0 goto out\nr0 += -1\nout: exit\n"


def test_asm_writes_bytes_and_hex(tmp_path, capsys):
    src = tmp_path / "p.s"
    src.write_text(TEXT)
    out = tmp_path / "p.bin"
    assert main(["asm", str(src), "-o", str(out)]) == 0
    assert out.read_bytes() == encode(PROG)
    assert main(["asm", str(src), "--hex"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "b7 00 00 00 01 00 00 00"
    assert len(lines) == 6  # slots


def test_disasm_raw_bytes_both_modes(tmp_path, capsys):
    path = tmp_path / "p.bin"
    path.write_bytes(encode(PROG))
    assert main(["disasm", str(path)]) == 0
    llvm = capsys.readouterr().out.splitlines()
    assert llvm[0] == "       0:\tb7 00 00 00 01 00 00 00\tr0 = 0x1"
    assert llvm[2] == "       3:\t15 01 01 00 00 00 00 00\tif r1 == 0x0 goto +0x1"
    assert main(["disasm", str(path), "--mode", "kernel"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "0: (b7) r0 = 1", "1: (18) r1 = 0x200000000", "3: (15) if r1 == 0x0 goto pc+1", "4: (07) r0 += -1",
        "5: (95) exit"]
    assert main(["disasm", str(path), "--no-bytes"]) == 0
    assert capsys.readouterr().out.splitlines()[4] == "       5:\texit"


def test_disasm_json(tmp_path, capsys):
    path = tmp_path / "p.bin"
    path.write_bytes(encode(PROG))
    assert main(["disasm", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[1] == {"slot": 1, "text": "r1 = 0x200000000 ll",
                       "bytes": "18 01 00 00 00 00 00 00 00 00 00 00 02 00 00 00"}
    assert [r["slot"] for r in rows] == [0, 1, 3, 4, 5]


def test_disasm_of_assembly_converts_styles(tmp_path, capsys):
    path = tmp_path / "p.s"
    path.write_text(TEXT)
    assert main(["disasm", str(path), "--mode", "kernel", "--no-bytes"]) == 0
    assert capsys.readouterr().out.splitlines()[2] == "3: if r1 == 0x0 goto pc+1"


def test_listing_output_reassembles(tmp_path, capsys):
    path = tmp_path / "p.bin"
    path.write_bytes(encode(PROG))
    for mode in ("llvm", "kernel"):
        assert main(["disasm", str(path), "--mode", mode]) == 0
        listing = tmp_path / f"{mode}.s"
        listing.write_text(capsys.readouterr().out)
        assert read_program(str(listing)) == PROG


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("a.bin", b"exit\n", "raw"),
    ("a.s", b"r0 = 0\nexit\n", "text"),
    ("a", encode(PROG), "raw"),
    ("a", b"b7 00 00 00 01 00 00 00\n95 00 00 00 00 00 00 00\n", "hex"),
    ("a.hex", b"b7000000010000009500000000000000", "hex"),
    ("a", b"add %r0, 1\nexit\n", "text"),
    ("a.o", b"\x7fELF\x02\x01\x01", "elf"),
])
def test_file_kinds(name, data, kind):
    assert file_kind(name, data) == kind


def test_hex_input(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(encode(PROG).hex(" "))
    assert read_program(str(path)) == PROG


@pytest.mark.parametrize(("verb", "name", "content", "message"), [
    ("disasm", "bad.bin", b"\xff" * 8, "bad.bin: slot 0: unknown opcode 0xff"),
    ("disasm", "short.bin", b"\x95\x00\x00", "truncated instruction"),
    ("disasm", "obj.o", b"\x7fELF\x02\x01\x01\x00", "obj.o: truncated ELF header: 8 bytes"),
    ("disasm", "empty.s", b"\n", "empty program"),
    ("disasm", "bad.s", b"r0 = 1\nr0 = r99\n", "bad.s:2:6: register r99 does not exist"),
    ("asm", "bad.s", b"r0 = 1\nfrob = 2\n", "bad.s:2:1: cannot parse instruction"),
    ("asm", "missing.s", None, "No such file or directory"),
    ("asm", "comments.s", b"; nothing here\n", "comments.s: no instructions"),
])
def test_errors_are_one_line(tmp_path, capsys, verb, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main([verb, str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"pybpf {verb}: error: ")
    assert message in err

"""`pybpf run` on assembly, raw bytes and hex; memory inputs; --trace; --json; one-line errors; `pybpf bench`."""

from __future__ import annotations

import json

import pytest
from vm_build import alu, exit_, ldx, mov

from pybpf.cli.main import main
from pybpf.isa.codec import encode
from pybpf.isa.opcodes import AluOp

SUM_ASM = """
; r0 = mem[0] + mem[1], in llvm-objdump syntax
    r0 = *(u8 *)(r1 + 0x0)
    r3 = *(u8 *)(r1 + 0x1)
    r0 += r3
    exit
"""
MNEMONIC = """
mov %r0, 5
add %r0, %r2
exit
"""


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["run", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_assembly_with_hex_memory(tmp_path, capsys):
    f = tmp_path / "sum.s"
    f.write_text(SUM_ASM)
    code, out, _ = run_cli(capsys, str(f), "--mem-hex", "05 0a")
    assert code == 0 and out.strip() == "r0 = 0xf (15)"


def test_mnemonic_syntax_and_memory_file(tmp_path, capsys):
    f = tmp_path / "p.asm"
    f.write_text(MNEMONIC)
    mem = tmp_path / "mem.bin"
    mem.write_bytes(bytes(7))
    code, out, _ = run_cli(capsys, str(f), "--mem", str(mem))
    assert code == 0 and "r0 = 0xc (12)" in out  # r2 = length of the memory


def test_raw_bytes_and_hex_text(tmp_path, capsys):
    prog = [mov(0, -2), alu(AluOp.ADD, 0, imm=1), exit_()]
    raw = tmp_path / "p.bin"
    raw.write_bytes(encode(prog))
    code, out, _ = run_cli(capsys, str(raw))
    assert code == 0 and out.strip() == f"r0 = 0x{(1 << 64) - 1:x} ({(1 << 64) - 1}, signed -1)"
    hexfile = tmp_path / "p.hex"
    hexfile.write_text(encode(prog).hex(" ") + "\n")
    code, out2, _ = run_cli(capsys, str(hexfile))
    assert code == 0 and out2 == out


def test_trace_lists_instructions_and_changed_registers(tmp_path, capsys):
    f = tmp_path / "sum.s"
    f.write_text(SUM_ASM)
    code, out, _ = run_cli(capsys, str(f), "--mem-hex", "0102", "--trace")
    lines = out.strip().splitlines()
    assert code == 0
    assert lines[0].split()[:1] == ["0"] and "r0 = *(u8 *)(r1 + 0x0)" in lines[0] and "r0=0x1" in lines[0]
    assert "r3=0x2" in lines[1] and "r0=0x3" in lines[2]
    assert lines[3].split() == ["3", "exit"]
    assert lines[-2] == "r0 = 0x3 (3)" and lines[-1] == "4 instructions executed"


def test_json(tmp_path, capsys):
    f = tmp_path / "sum.s"
    f.write_text(SUM_ASM)
    code, out, _ = run_cli(capsys, str(f), "--mem-hex", "0102", "--json", "--trace", "--syntax", "kernel")
    doc = json.loads(out)
    assert code == 0 and doc["r0"] == 3 and doc["r0_hex"] == "0x3" and doc["steps"] == 4
    assert doc["trace"][0] == {"slot": 0, "insn": "r0 = *(u8 *)(r1 +0)", "changed": {"r0": "0x1"}}


def test_fault_is_one_line_and_exit_1(tmp_path, capsys):
    f = tmp_path / "bad.bin"
    f.write_bytes(encode([ldx(4, 0, 1, 2), exit_()]))
    code, out, err = run_cli(capsys, str(f), "--mem-hex", "00 01 02 03")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "slot 0 (r0 = *(u32 *)(r1 + 0x2)): out-of-bounds read" in err and "nearest region: mem" in err


def test_budget_option(tmp_path, capsys):
    f = tmp_path / "loop.s"
    f.write_text("r0 = 0\nl:\nr0 += 1\ngoto l\n")
    code, _, err = run_cli(capsys, str(f), "--budget", "50")
    assert code == 1 and "instruction budget of 50 exhausted" in err


@pytest.mark.parametrize("content, message", [
    (b"\x7fELF\x02\x01\x01" + bytes(60), "wrong ELF type"),  # objects go to the ELF loader (one line)
    (b"r0 = 1\nbogus instruction here\nexit\n", "/x:"),  # the assembler names file and line
    (encode([mov(0, 1)])[:5], "truncated instruction"),
])
def test_input_errors(tmp_path, capsys, content, message):
    f = tmp_path / "x"
    f.write_bytes(content)
    code, _, err = run_cli(capsys, str(f))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_bad_mem_hex(tmp_path, capsys):
    f = tmp_path / "p.s"
    f.write_text("r0 = 1\nexit\n")
    code, _, err = run_cli(capsys, str(f), "--mem-hex", "zz")
    assert code == 1 and "--mem-hex: not hex bytes" in err


def test_bench_runs(capsys):
    code = main(["bench", "interp", "--program", "alu-loop", "--scale", "0.001", "--repeat", "1", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["results"][0]["name"] == "alu-loop" and doc["results"][0]["insns_fast"] > 0

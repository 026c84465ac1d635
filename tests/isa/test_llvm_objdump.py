"""Our ``llvm`` disassembly against llvm-objdump-19 on objects built by clang-19 and llvm-mc-19.

For every instruction of every executable section: our text equals llvm-objdump-19's, and assembling objdump's text
gives back the same instruction. The documented exceptions are where objdump's text loses information:
bpf-to-bpf and kfunc calls print like helper calls (``call 0xa``; we print ``call pc+0xa`` / ``call kfunc 0xa``)
and, without
``--mattr=+alu32``, 32-bit atomics other than ``lock +=`` print as ``<unknown>`` or as the wrong operation (we print
the ``--mattr=+alu32`` text, and compare with that).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from elftools.elf.constants import SH_FLAGS
from elftools.elf.elffile import ELFFile

from pybpf.isa.asm import assemble
from pybpf.isa.codec import decode
from pybpf.isa.disasm import iter_program
from pybpf.isa.instruction import Instruction

HERE = Path(__file__).parent
TOOLS = {name: shutil.which(name) for name in ("clang-19", "llvm-mc-19", "llvm-objdump-19")}
pytestmark = [
    pytest.mark.clang,
    pytest.mark.skipif(not all(TOOLS.values()),
                       reason="needs clang-19, llvm-mc-19 and llvm-objdump-19 (CI installs them: make deps)"),
]
C_FILES = sorted(p.name for p in (HERE / "c").glob("*.c"))
S_FILES = sorted(p.name for p in (HERE / "asm").glob("*.s"))
OBJECTS = [*C_FILES, *S_FILES]
LINE = re.compile(r"\s*(\d+):\t((?:[0-9a-f]{2} )*[0-9a-f]{2})\t(.*)$")
ANNOTATION = re.compile(r"\s+<[^<>\s]+>$")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("objs")

    def make(name: str) -> Path:
        obj = out / (name.rsplit(".", 1)[0] + ".o")
        if not obj.exists():
            if name.endswith(".c"):
                cmd = [TOOLS["clang-19"], "-target", "bpf", "-O2", "-mcpu=v4", "-c", str(HERE / "c" / name), "-o",
                       str(obj)]
            else:
                cmd = [TOOLS["llvm-mc-19"], "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", str(HERE / "asm" / name),
                       "-o", str(obj)]
            subprocess.run(cmd, check=True, capture_output=True)
        return obj

    return make


def code_sections(obj: Path) -> dict[str, bytes]:
    with obj.open("rb") as f:
        elf = ELFFile(f)
        return {s.name: s.data() for s in elf.iter_sections()
                if s["sh_flags"] & SH_FLAGS.SHF_EXECINSTR and s["sh_size"]}


def objdump(obj: Path, *extra: str) -> dict[str, tuple[list[str], dict[int, str]]]:
    """Per section: the raw listing lines (section header included) and slot -> instruction text."""
    out = subprocess.run([TOOLS["llvm-objdump-19"], "-d", *extra, str(obj)], check=True, capture_output=True,
                         text=True).stdout
    sections: dict[str, tuple[list[str], dict[int, str]]] = {}
    current = None
    for line in out.splitlines():
        if line.startswith("Disassembly of section "):
            current = line[len("Disassembly of section "):-1]
            sections[current] = ([line], {})
        elif current is not None:
            sections[current][0].append(line)
            if m := LINE.fullmatch(line):
                sections[current][1][int(m.group(1))] = ANNOTATION.sub("", m.group(3))
    return sections


def objdump_is_lossy(insn: Instruction) -> bool:
    """32-bit atomics that plain llvm-objdump-19 prints as <unknown> or as `lock +=` (it needs --mattr=+alu32)."""
    return insn.opcode == 0xC3 and insn.imm != 0


@pytest.mark.parametrize("name", OBJECTS)
def test_text_equals_llvm_objdump(build, name):
    obj = build(name)
    plain, alu32 = objdump(obj), objdump(obj, "--mattr=+alu32")
    compared = 0
    diffs = []
    for sec, data in code_sections(obj).items():
        for slot, insn, ours in iter_program(decode(data, source=f"{name}:{sec}")):
            theirs = plain[sec][1][slot]
            if insn.is_call and insn.src:
                # objdump prints a bpf-to-bpf or kfunc call like a helper call: our text says which it is.
                number = f"{'-' if insn.imm < 0 else ''}0x{abs(insn.imm):x}"
                assert theirs == f"call {number}", (sec, slot, theirs)
                theirs = f"call pc{'+' if insn.imm >= 0 else ''}{number}" if insn.src == 1 else f"call kfunc {number}"
            elif objdump_is_lossy(insn):
                theirs = alu32[sec][1][slot]
            compared += 1
            if ours != theirs:
                diffs.append(f"{sec} slot {slot}: ours {ours!r} != llvm-objdump {theirs!r}")
    assert not diffs, "\n".join(diffs)
    assert compared >= 10


@pytest.mark.parametrize("name", OBJECTS)
def test_assembling_objdump_output_gives_the_same_bytes(build, name):
    obj = build(name)
    plain, alu32 = objdump(obj), objdump(obj, "--mattr=+alu32")
    for sec, data in code_sections(obj).items():
        insns = decode(data)
        # objdump cannot show the src of a call: its text assembles to a helper call.
        expected = [i.replace(src=0, off=0) if i.is_call else i for i in insns]
        # The whole --mattr=+alu32 listing, pasted as is (headers, symbol lines, <target> annotations).
        assert assemble("\n".join(alu32[sec][0]), source=name) == expected
        # The plain listing, line by line, where it is not lossy.
        for (slot, insn, _), want in zip(iter_program(insns), expected):
            if not objdump_is_lossy(insn):
                assert assemble(plain[sec][1][slot]) == [want], (sec, slot, plain[sec][1][slot])


def test_objects_cover_the_interesting_forms(build):
    """The C files really produce what they are meant to exercise (guards against a compiler change)."""
    seen: set[int] = set()
    pseudo_calls = 0
    for name in C_FILES:
        for data in code_sections(build(name)).values():
            for insn in decode(data):
                seen.add(insn.opcode if insn.opcode != 0xC3 and insn.opcode != 0xDB else insn.opcode << 8 | insn.imm)
                pseudo_calls += insn.is_pseudo_call
    wanted = {0x3F, 0x3C, 0xBF, 0xBC, 0x91, 0x89, 0xD7, 0x18, 0x28, 0x30, 0x40, 0x85, 0x2E, 0xC6,
              0xC3 << 8 | 0x01, 0xC3 << 8 | 0xE1, 0xC3 << 8 | 0xF1, 0xDB << 8 | 0x41, 0xDB << 8 | 0xF1}
    assert wanted <= seen, sorted(wanted - seen)
    assert pseudo_calls >= 2

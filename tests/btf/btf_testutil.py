"""Helpers for BTF tests: compile tests/btf/c/*.c with clang-19 and read an object's sections with pyelftools."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from pybpf.btf import Btf, BtfExt, Struct, Union, parse_btf, parse_btf_ext
from pybpf.isa.codec import decode
from pybpf.isa.instruction import Instruction

C_DIR = Path(__file__).parent / "c"
CLANG = shutil.which("clang-19")
VMLINUX = "/sys/kernel/btf/vmlinux"
HAVE_VMLINUX = os.access(VMLINUX, os.R_OK)
CLANG_MISSING = "clang-19 is not installed: cannot compile the C test programs"
VMLINUX_MISSING = f"{VMLINUX} is absent (kernel without CONFIG_DEBUG_INFO_BTF)"

needs_clang = pytest.mark.skipif(CLANG is None, reason=CLANG_MISSING)
needs_vmlinux = pytest.mark.skipif(not HAVE_VMLINUX, reason=VMLINUX_MISSING)


class BpfObject:
    """A compiled .o: its sections by name, parsed .BTF / .BTF.ext, and code sections as Instructions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as f:
            elf = ELFFile(f)
            self.sections = {s.name: s.data() for s in elf.iter_sections() if s.header.sh_type != "SHT_NOBITS"}
            self.symbols = [(sym.name, elf.get_section(sym["st_shndx"]).name if isinstance(sym["st_shndx"], int)
                             else None, sym["st_value"], sym["st_info"]["type"])
                            for sym in elf.get_section_by_name(".symtab").iter_symbols()]
        self.btf: Btf = parse_btf(self.sections[".BTF"], source=str(path))
        self.ext: BtfExt = parse_btf_ext(self.sections[".BTF.ext"], self.btf, source=str(path))

    def insns(self, section: str) -> list[Instruction]:
        return decode(self.sections[section], source=section)

    def func_symbols(self, section: str) -> dict[int, str]:
        """slot -> function name for the FUNC symbols of a code section."""
        return {value // 8: name for name, sec, value, typ in self.symbols if sec == section and typ == "STT_FUNC"}


def compile_c(src: Path, out_dir: Path, *extra: str) -> Path:
    out = out_dir / (src.stem + ".o")
    proc = subprocess.run([CLANG, "-target", "bpf", "-O2", "-g", "-c", str(src), "-o", str(out), *extra],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode:
        raise AssertionError(f"clang-19 failed on {src.name}:\n{proc.stderr}")
    return out


def layout_asserts(btf) -> str:
    """_Static_asserts that clang's layout of every named struct/union equals what the BTF says."""
    lines = []
    for _, t in btf.types():
        if not isinstance(t, Struct | Union) or not t.name:
            continue
        word = "struct" if isinstance(t, Struct) else "union"
        lines.append(f'_Static_assert(sizeof({word} {t.name}) == {t.size}, "size of {t.name}");')
        for m in t.members:
            if m.name and not m.bitfield_size:
                lines.append(f"_Static_assert(__builtin_offsetof({word} {t.name}, {m.name}) == {m.bit_offset // 8}, "
                             f'"{t.name}.{m.name}");')
    return "\n".join(lines) + "\n"


def syntax_check(tmp_path, text: str) -> None:
    src = tmp_path / "check.c"
    src.write_text(text)
    proc = subprocess.run([CLANG, "-target", "bpf", "-fsyntax-only", "-Wno-everything", str(src)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[:3000]


def recompile(tmp_path, header: str, btf) -> Btf:
    """Compile ``header`` (C printed from ``btf``) with a global of every uniquely named struct/union, and parse the
    BTF clang emits: printing is right when the layouts come back identical."""
    names: dict[str, int] = {}
    for _, t in btf.types():
        if isinstance(t, Struct | Union) and t.name:
            names[t.name] = names.get(t.name, 0) + 1
    uses = "".join(f"{'struct' if btf.find(n, Struct.KIND) else 'union'} {n} __use_{n};\n"
                   for n, count in names.items() if count == 1)
    src = tmp_path / "recompile.c"
    src.write_text(header + uses)
    out = compile_c(src, tmp_path)
    with open(out, "rb") as f:
        return parse_btf(ELFFile(f).get_section_by_name(".BTF").data())


def same_layouts(a, b) -> list[str]:
    """Names of uniquely named structs/unions whose size or members (name, bit offset, bitfield size) differ."""
    bad = []
    for _, t in a.types():
        if not isinstance(t, Struct | Union) or not t.name or len(a.find_ids(t.name, t.kind)) != 1:
            continue
        other = b.find(t.name, t.kind)
        if other is None or other.size != t.size or [(m.name, m.bit_offset, m.bitfield_size) for m in t.members] != [
                (m.name, m.bit_offset, m.bitfield_size) for m in other.members]:
            bad.append(t.name)
    return bad

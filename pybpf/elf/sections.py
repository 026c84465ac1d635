"""Classify the sections of a BPF object the way libbpf's ``bpf_object__elf_collect`` does."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pybpf.elf.reader import ElfObject, Section

MAPS_SEC = ".maps"
LEGACY_MAPS_SEC = "maps"
KCONFIG_SEC = ".kconfig"
KSYMS_SEC = ".ksyms"
STRUCT_OPS_SECS = (".struct_ops", ".struct_ops.link", "?.struct_ops", "?.struct_ops.link")
ARENA_SEC = ".addr_space.1"


class SectionKind(enum.StrEnum):
    """What a section is to the loader."""

    PROGRAM = "program"  # executable code outside .text: entry programs
    TEXT = "text"  # .text: subprograms (and callbacks)
    MAPS = "maps"  # BTF-defined maps
    LEGACY_MAPS = "legacy maps"  # struct bpf_map_def array
    DATA = "data"  # .data, .data.*
    RODATA = "rodata"  # .rodata, .rodata.*
    BSS = "bss"  # .bss, .bss.*
    LICENSE = "license"
    VERSION = "version"
    BTF = "btf"
    BTF_EXT = "btf.ext"
    SYMTAB = "symtab"
    RELOCATIONS = "relocations"  # relocations the loader applies (code, .maps) or checks (data)
    IGNORED_RELOCATIONS = "ignored relocations"  # of debug info and BTF: accepted, not applied (as libbpf)
    STRUCT_OPS = "struct_ops"
    ARENA = "arena"
    IGNORED = "ignored"  # string tables, DWARF, .llvm_addrsig, empty sections, unknown data


@dataclass(frozen=True)
class SectionInfo:
    """A section as ``pybpf inspect`` lists it."""

    index: int
    name: str
    kind: SectionKind
    size: int
    target: str = ""  # for relocation sections: the section they relocate

    def to_json(self) -> dict:
        out = {"index": self.index, "name": self.name, "kind": str(self.kind), "size": self.size}
        if self.target:
            out["target"] = self.target
        return out


def _is_dwarf(name: str) -> bool:
    return name.startswith(".debug_")


def _prefixed(name: str, base: str) -> bool:
    return name == base or name.startswith(base + ".")


def classify(elf: ElfObject, sec: Section) -> SectionKind:
    """The kind of one section."""
    name, t = sec.name, sec.type
    if sec.index == 0 or t in ("SHT_NULL", "SHT_STRTAB", "SHT_LLVM_ADDRSIG") or _is_dwarf(name):
        return SectionKind.IGNORED
    if t == "SHT_SYMTAB":
        return SectionKind.SYMTAB
    if t in ("SHT_REL", "SHT_RELA"):
        target = elf.section(sec.info)
        tname = target.name if target is not None else ""
        if _is_dwarf(tname) or tname in (".BTF", ".BTF.ext") or (target is not None and _is_dwarf(target.name)):
            return SectionKind.IGNORED_RELOCATIONS
        if target is not None and target.type == "SHT_PROGBITS" and target.size == 0:
            return SectionKind.IGNORED
        return SectionKind.RELOCATIONS
    if name == "license":
        return SectionKind.LICENSE
    if name == "version":
        return SectionKind.VERSION
    if name == ".BTF":
        return SectionKind.BTF
    if name == ".BTF.ext":
        return SectionKind.BTF_EXT
    if t == "SHT_NOBITS":
        return SectionKind.BSS if _prefixed(name, ".bss") and sec.size else SectionKind.IGNORED
    if t != "SHT_PROGBITS" or sec.size == 0:
        return SectionKind.IGNORED
    if sec.executable:
        return SectionKind.TEXT if name == ".text" else SectionKind.PROGRAM
    if name == MAPS_SEC:
        return SectionKind.MAPS
    if name == LEGACY_MAPS_SEC:
        return SectionKind.LEGACY_MAPS
    if _prefixed(name, ".data"):
        return SectionKind.DATA
    if _prefixed(name, ".rodata"):
        return SectionKind.RODATA
    if name in STRUCT_OPS_SECS:
        return SectionKind.STRUCT_OPS
    if name == ARENA_SEC:
        return SectionKind.ARENA
    return SectionKind.IGNORED


def classify_all(elf: ElfObject) -> list[SectionInfo]:
    """Every section but the null one, in file order."""
    out = []
    for sec in elf.sections[1:]:
        kind = classify(elf, sec)
        target = elf.section_name(sec.info) if sec.type in ("SHT_REL", "SHT_RELA") else ""
        out.append(SectionInfo(sec.index, sec.name, kind, sec.size, target))
    return out


DATA_KINDS = frozenset({SectionKind.DATA, SectionKind.RODATA, SectionKind.BSS})
CODE_KINDS = frozenset({SectionKind.PROGRAM, SectionKind.TEXT})

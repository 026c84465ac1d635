"""Relocations of code sections: what each relocated instruction refers to (libbpf's
``bpf_program__record_reloc``), checked and attached to the function that holds the instruction.

Code relocations are R_BPF_64_64 (LD_IMM64) and R_BPF_64_32 (calls); clang emits the latter for bpf-to-bpf calls
and kfunc calls, the former for maps, global data, function addresses and __ksym variables. Relocations of debug
info and BTF (R_BPF_64_NODYLD32, R_BPF_64_ABS32/64 in .debug_*, .BTF, .BTF.ext) are not read, as in libbpf; those of
data sections are checked but not applied (the kernel has no use for pointers in map values).
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from pybpf.elf.code import CodeSection, Function
from pybpf.elf.reader import SHN_COMMON, SHN_LORESERVE, STT_SECTION, ElfObject, Section
from pybpf.elf.spec import KconfigExtern, KsymExtern
from pybpf.errors import LoadError
from pybpf.isa.opcodes import CALL, LD_IMM64, CallSrc

R_BPF_NONE = 0
R_BPF_64_64 = 1
R_BPF_64_ABS64 = 2
R_BPF_64_ABS32 = 3
R_BPF_64_NODYLD32 = 4
R_BPF_64_32 = 10
RELOC_NAMES = {R_BPF_NONE: "R_BPF_NONE", R_BPF_64_64: "R_BPF_64_64", R_BPF_64_ABS64: "R_BPF_64_ABS64",
               R_BPF_64_ABS32: "R_BPF_64_ABS32", R_BPF_64_NODYLD32: "R_BPF_64_NODYLD32", R_BPF_64_32: "R_BPF_64_32"}
CODE_RELOCS = (R_BPF_64_64, R_BPF_64_32)


class RelocKind(enum.Enum):
    CALL = "call"  # bpf-to-bpf call
    SUBPROG_ADDR = "subprog_addr"  # LD_IMM64 of a function's address (callbacks: bpf_loop, for_each_map_elem)
    MAP = "map"  # LD_IMM64 of a map
    DATA = "data"  # LD_IMM64 of an address in a global data section
    EXTERN_LD64 = "extern_ld64"  # LD_IMM64 of a .kconfig or __ksym variable
    EXTERN_CALL = "extern_call"  # call of a kfunc


@dataclass(frozen=True)
class CodeReloc:
    """One relocated instruction (``slot`` in section slots)."""

    slot: int
    kind: RelocKind
    symbol: str
    target_section: int = 0  # CALL / SUBPROG_ADDR: section of the callee
    target_slot: int = 0  # CALL / SUBPROG_ADDR: callee's slot in that section
    map: str = ""  # MAP / DATA
    offset: int = 0  # DATA: byte offset in the section
    extern: KconfigExtern | KsymExtern | None = None


@dataclass
class MapLookup:
    """How relocation targets are found: maps by (section, offset), data maps by section, externs by symbol."""

    maps_by_offset: dict[int, dict[int, str]]  # section index -> offset -> map name
    data_by_section: dict[int, str]  # section index -> data map name
    externs: dict[int, KconfigExtern | KsymExtern]  # symbol index -> extern
    code_sections: dict[int, CodeSection]
    data_base: dict[int, int] = field(default_factory=dict)  # section index -> where its data starts in the map


def code_relocations(elf: ElfObject, rel: Section, code: CodeSection, lookup: MapLookup) -> list[CodeReloc]:
    """Classify the relocations of one code section."""
    out = []
    for r in elf.relocations(rel):
        sym = r.symbol
        label = elf.symbol_label(sym)

        def err(reason: str, _label: str = label, _slot: int = r.offset // 8) -> LoadError:
            return LoadError(reason, file=elf.source, section=code.name, symbol=_label, slot=_slot)

        if r.type not in CODE_RELOCS:
            name = RELOC_NAMES.get(r.type)
            if name is None:
                raise err(f"relocation #{r.index}: unknown relocation type {r.type}")
            raise err(f"relocation #{r.index}: {name} is not valid in a code section (expected R_BPF_64_64 or "
                      "R_BPF_64_32)")
        if r.offset % 8:
            raise err(f"relocation #{r.index}: offset {r.offset} is not on an instruction boundary")
        slot = r.offset // 8
        insn = code.insn_at(slot)
        if insn is None:
            raise err(f"relocation #{r.index} points into the middle of an LD_IMM64")
        is_call = insn.opcode == CALL
        if not is_call and insn.opcode != LD_IMM64:
            raise err(f"relocation against {label!r} on instruction 0x{insn.opcode:02x}, which is neither a call "
                      "nor an LD_IMM64")
        if sym.shndx >= len(elf.sections) and sym.shndx < SHN_LORESERVE:
            raise err(f"symbol {label!r} points to section #{sym.shndx}, which does not exist")
        if sym.is_extern:
            ext = lookup.externs.get(sym.index)
            if ext is None:
                raise err(f"extern {label!r} was not collected (no BTF?)")
            if is_call and not (isinstance(ext, KsymExtern) and ext.is_func):
                raise err(f"call of extern {label!r}, which is not a __ksym function")
            out.append(CodeReloc(slot, RelocKind.EXTERN_CALL if is_call else RelocKind.EXTERN_LD64, label,
                                 extern=ext))
            continue
        if is_call:
            if insn.src != CallSrc.PSEUDO_CALL:
                raise err(f"relocated call with src {insn.src}: only bpf-to-bpf calls (src 1) are relocated")
            target = lookup.code_sections.get(sym.shndx)
            if target is None:
                raise err(f"call relocation against {label!r} in section {elf.section_name(sym.shndx)!r}, which "
                          "is not a code section")
            if sym.value % 8:
                raise err(f"call relocation against {label!r} at byte {sym.value}, not on an instruction")
            out.append(CodeReloc(slot, RelocKind.CALL, label, sym.shndx, sym.value // 8 + insn.imm + 1))
            continue
        if sym.shndx == 0 or sym.shndx >= SHN_LORESERVE:
            hint = " (a common symbol: compile with -fno-common or initialise the variable)" \
                if sym.shndx == SHN_COMMON else "; forgot to initialize a global variable?"
            raise err(f"relocation against {label!r} in special section 0x{sym.shndx:x}{hint}")
        imm_lo = insn.imm & 0xFFFFFFFF
        imm_lo = imm_lo - (1 << 32) if imm_lo & 0x80000000 else imm_lo
        if sym.shndx in lookup.code_sections:
            if sym.value % 8 or imm_lo % 8:
                raise err(f"function address relocation against {label!r} at byte {sym.value}{imm_lo:+d}, not on "
                          "an instruction")
            out.append(CodeReloc(slot, RelocKind.SUBPROG_ADDR, label, sym.shndx, (sym.value + imm_lo) // 8))
            continue
        maps = lookup.maps_by_offset.get(sym.shndx)
        if maps is not None:
            off = sym.value + (imm_lo if sym.type == STT_SECTION else 0)
            name = maps.get(off)
            if name is None:
                raise err(f"map relocation against {label!r}: no map definition at offset {off} of section "
                          f"{elf.section_name(sym.shndx)!r}")
            out.append(CodeReloc(slot, RelocKind.MAP, label, map=name))
            continue
        data = lookup.data_by_section.get(sym.shndx)
        if data is not None:
            out.append(CodeReloc(slot, RelocKind.DATA, label, map=data,
                                 offset=imm_lo + sym.value + lookup.data_base.get(sym.shndx, 0)))
            continue
        raise err(f"relocation against {label!r} in section {elf.section_name(sym.shndx)!r}, which holds no maps, "
                  "global data or code")
    return out


def check_data_relocations(elf: ElfObject, rel: Section) -> None:
    """Relocations of data sections (pointers in initialisers): their type and symbol must be sound; they are not
    applied, as libbpf does not apply them."""
    for r in elf.relocations(rel):
        if r.type not in (R_BPF_64_ABS64, R_BPF_64_ABS32, R_BPF_64_64, R_BPF_64_32, R_BPF_64_NODYLD32, R_BPF_NONE):
            raise LoadError(f"relocation #{r.index}: unknown relocation type {r.type}", file=elf.source,
                            section=rel.name, symbol=elf.symbol_label(r.symbol))


def attach_to_functions(relocs: list[CodeReloc], funcs: list[Function],
                        error: Callable[[str, int], LoadError]) -> None:
    """Store each relocation on the function holding its instruction (function-relative slot). Relocations outside
    every function belong to code no program uses (an overridden weak function), and are dropped, as in libbpf."""
    starts = [f.start for f in funcs]  # functions are sorted and do not overlap
    for rel in relocs:
        i = bisect_right(starts, rel.slot) - 1
        if i < 0 or not funcs[i].contains(rel.slot):
            continue
        f = funcs[i]
        if rel.slot - f.start in f.relocs:
            raise error(f"two relocations of the instruction at slot {rel.slot}", rel.slot)
        f.relocs[rel.slot - f.start] = rel

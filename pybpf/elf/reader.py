"""Read a BPF ELF object: header checks, section table (with pyelftools), symbols and relocation entries.

pyelftools parses the ELF header and the section header table; the symbol table and relocation sections, which
can hold tens of thousands of entries in real objects, are unpacked with :mod:`struct` from section bytes whose
bounds were checked first. Every malformation, including any exception pyelftools raises on corrupt input, becomes
one :class:`~pybpf.errors.LoadError` naming the file and, where known, the section.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from pybpf.errors import LoadError, PybpfError

EM_NONE = 0
EM_BPF = 247
ET_REL = 1
SHN_UNDEF = 0
SHN_LORESERVE = 0xFF00
SHN_ABS = 0xFFF1
SHN_COMMON = 0xFFF2
SHF_EXECINSTR = 0x4

STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION, STT_FILE = 0, 1, 2, 3, 4
STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
STV_DEFAULT, STV_INTERNAL, STV_HIDDEN, STV_PROTECTED = 0, 1, 2, 3

ELF64_HEADER_SIZE = 64
SYM = struct.Struct("<IBBHQQ")  # Elf64_Sym
REL = struct.Struct("<QQ")  # Elf64_Rel
RELA_SIZE = 24

_MACHINES = {3: "i386", 8: "MIPS", 20: "PowerPC", 21: "PowerPC64", 22: "s390", 40: "ARM", 62: "x86-64",
             183: "AArch64", 243: "RISC-V", 258: "LoongArch"}


@dataclass(frozen=True)
class Section:
    """One section header; ``data`` is empty for SHT_NOBITS (``.bss``), whose ``size`` is still its size."""

    index: int
    name: str
    type: str  # pyelftools' name (``SHT_PROGBITS``...) or ``0x...`` for a type it does not know
    flags: int
    offset: int
    size: int
    link: int
    info: int
    entsize: int
    data: bytes

    @property
    def executable(self) -> bool:
        return bool(self.flags & SHF_EXECINSTR)

    @property
    def nobits(self) -> bool:
        return self.type == "SHT_NOBITS"


@dataclass(frozen=True)
class Symbol:
    index: int
    name: str
    value: int
    size: int
    type: int  # STT_*
    bind: int  # STB_*
    visibility: int  # STV_*
    shndx: int

    @property
    def is_extern(self) -> bool:
        """libbpf's ``sym_is_extern``: an undefined global/weak symbol without a type."""
        return self.shndx == SHN_UNDEF and self.bind in (STB_GLOBAL, STB_WEAK) and self.type == STT_NOTYPE

    @property
    def hidden(self) -> bool:
        return self.visibility in (STV_HIDDEN, STV_INTERNAL)


@dataclass(frozen=True)
class Relocation:
    """One ``Elf64_Rel``: ``offset`` in bytes into the target section."""

    index: int
    offset: int
    type: int
    symbol: Symbol


class ElfObject:
    """The parts of an ELF relocatable object a BPF loader needs."""

    def __init__(self, data: bytes, *, source: str | None = None) -> None:
        self.data = bytes(data)
        self.source = source
        self._check_ident()
        self.sections: list[Section] = self._read_sections()
        self.symtab: Section | None = self._find_symtab()

    # -- errors -------------------------------------------------------------------------------------------------
    def error(self, reason: str, *, section: str | None = None, symbol: str | None = None) -> LoadError:
        return LoadError(reason, file=self.source, section=section, symbol=symbol)

    # -- header -------------------------------------------------------------------------------------------------
    def _check_ident(self) -> None:
        d = self.data
        if len(d) < 4 or d[:4] != b"\x7fELF":
            what = "empty file" if not d else f"starts with {d[:4].hex(' ')}"
            raise self.error(f"not an ELF file ({what}); expected a BPF object compiled with clang -target bpf -c")
        if len(d) < ELF64_HEADER_SIZE:
            raise self.error(f"truncated ELF header: {len(d)} bytes, an ELF64 header has {ELF64_HEADER_SIZE}")
        if d[4] != 2:
            cls = {1: "32-bit (ELFCLASS32)"}.get(d[4], f"invalid ({d[4]})")
            raise self.error(f"wrong ELF class: {cls}; BPF objects are 64-bit (ELFCLASS64)")
        if d[5] == 2:
            raise self.error("unsupported feature: big-endian object (clang -target bpfeb); pybpf loads "
                             "little-endian objects (-target bpf or bpfel)")
        if d[5] != 1:
            raise self.error(f"wrong byte order: EI_DATA is {d[5]}, expected 1 (little-endian)")
        if d[6] != 1:
            raise self.error(f"wrong ELF version: EI_VERSION is {d[6]}, expected 1")
        e_type, e_machine = struct.unpack_from("<HH", d, 16)
        if e_machine not in (EM_BPF, EM_NONE):
            arch = _MACHINES.get(e_machine)
            raise self.error(f"wrong machine: e_machine is {e_machine}{f' ({arch})' if arch else ''}, expected "
                             f"EM_BPF ({EM_BPF})")
        if e_type != ET_REL:
            kind = {0: "none", 2: "an executable", 3: "a shared object", 4: "a core file"}.get(e_type, str(e_type))
            raise self.error(f"wrong ELF type: e_type is {kind}, expected a relocatable object (clang -c output)")
        e_shoff = struct.unpack_from("<Q", d, 40)[0]
        e_shentsize, e_shnum = struct.unpack_from("<HH", d, 58)
        if e_shoff == 0:
            raise self.error("the object has no section header table")
        if e_shentsize != 64:
            raise self.error(f"bad section header size {e_shentsize}, expected 64")
        # e_shnum 0 means "more than 0xff00 sections, count in section 0": check after pyelftools reads it.
        if e_shoff + max(e_shnum, 1) * e_shentsize > len(d):
            raise self.error(f"section header table ({e_shnum} entries at offset {e_shoff}) runs past the end of "
                             f"the file ({len(d)} bytes): truncated?")

    def _read_sections(self) -> list[Section]:
        from elftools.elf.elffile import ELFFile

        try:
            elf = ELFFile(io.BytesIO(self.data))
            count = elf.num_sections()
            if elf["e_shoff"] + count * 64 > len(self.data):
                raise self.error(f"section header table ({count} entries) runs past the end of the file")
            headers = []
            for i in range(count):
                sec = elf.get_section(i)
                headers.append((printable(sec.name), sec.header))
        except PybpfError:
            raise
        except Exception as err:  # pyelftools raises many types on corrupt input; each is a format error
            shoff = struct.unpack_from("<Q", self.data, 40)[0]
            raise self.error(f"malformed section header table (at offset {shoff}): {_describe(err)}") from None
        sections = []
        for i, (name, h) in enumerate(headers):
            sh_type = h["sh_type"]
            type_name = sh_type if isinstance(sh_type, str) else f"0x{sh_type:x}"
            size, offset = int(h["sh_size"]), int(h["sh_offset"])
            label = name or f"#{i}"
            if type_name in ("SHT_NOBITS", "SHT_NULL"):
                data = b""
            else:
                if offset + size > len(self.data):
                    raise self.error(f"section data ({size} bytes at offset {offset}) runs past the end of the file "
                                     f"({len(self.data)} bytes): truncated?", section=label)
                data = self.data[offset:offset + size]
            sections.append(Section(i, name, type_name, int(h["sh_flags"]), offset, size, int(h["sh_link"]),
                                    int(h["sh_info"]), int(h["sh_entsize"]), data))
        return sections

    # -- sections -----------------------------------------------------------------------------------------------
    def section(self, index: int) -> Section | None:
        return self.sections[index] if 0 <= index < len(self.sections) else None

    def section_by_name(self, name: str) -> Section | None:
        return self._by_name.get(name)

    @cached_property
    def _by_name(self) -> dict[str, Section]:
        out: dict[str, Section] = {}
        for s in self.sections:
            out.setdefault(s.name, s)
        return out

    def section_name(self, index: int) -> str:
        sec = self.section(index)
        return sec.name if sec is not None else f"#{index}"

    def _find_symtab(self) -> Section | None:
        tabs = [s for s in self.sections if s.type == "SHT_SYMTAB"]
        if len(tabs) > 1:
            raise self.error(f"{len(tabs)} symbol tables (sections {', '.join(s.name for s in tabs)}); expected one")
        return tabs[0] if tabs else None

    # -- symbols ------------------------------------------------------------------------------------------------
    @cached_property
    def symbols(self) -> list[Symbol]:
        """Every symbol (index 0 is the null symbol); [] without a symbol table."""
        tab = self.symtab
        if tab is None:
            return []
        if tab.entsize != SYM.size:
            raise self.error(f"symbol entry size {tab.entsize}, expected {SYM.size}", section=tab.name)
        if len(tab.data) % SYM.size:
            raise self.error(f"size {len(tab.data)} is not a multiple of the {SYM.size}-byte symbol entry",
                             section=tab.name)
        strtab = self.section(tab.link)
        if strtab is None or tab.link == 0 or strtab.type != "SHT_STRTAB":
            raise self.error(f"bad string table section index {tab.link} for the symbol table", section=tab.name)
        strings = strtab.data
        out = []
        for i, (name_off, info, other, shndx, value, size) in enumerate(SYM.iter_unpack(tab.data)):
            if name_off >= max(len(strings), 1) and name_off:
                raise self.error(f"symbol #{i}: name offset {name_off} is outside the string table "
                                 f"({len(strings)} bytes)", section=tab.name)
            end = strings.find(b"\0", name_off)
            raw = strings[name_off:end if end >= 0 else len(strings)]
            out.append(Symbol(i, printable(raw.decode("utf-8", "replace")), value, size, info & 0xF, info >> 4,
                              other & 0x3, shndx))
        return out

    def symbol(self, index: int, *, section: str | None = None, what: str = "") -> Symbol:
        syms = self.symbols
        if not 0 <= index < len(syms):
            raise self.error(f"{what}symbol index {index} out of range (the symbol table has {len(syms)} entries)",
                             section=section)
        return syms[index]

    def symbol_label(self, sym: Symbol) -> str:
        """A name for messages: section symbols (static functions, anonymous data) are named after their section."""
        if sym.type == STT_SECTION and not sym.name:
            return self.section_name(sym.shndx)
        return sym.name or f"#{sym.index}"

    # -- relocations --------------------------------------------------------------------------------------------
    def relocations(self, rel: Section) -> Iterator[Relocation]:
        """The entries of a SHT_REL section, their symbol and offset checked against the target section."""
        if rel.type == "SHT_RELA":
            raise self.error("unsupported feature: RELA relocations (BPF objects use SHT_REL)", section=rel.name)
        if rel.entsize != REL.size:
            raise self.error(f"relocation entry size {rel.entsize}, expected {REL.size}", section=rel.name)
        if len(rel.data) % REL.size:
            raise self.error(f"size {len(rel.data)} is not a multiple of the {REL.size}-byte relocation entry",
                             section=rel.name)
        if self.symtab is None or rel.link != self.symtab.index:
            raise self.error(f"bad symbol table section index {rel.link}", section=rel.name)
        target = self.section(rel.info)
        if target is None or rel.info == 0:
            raise self.error(f"relocates section index {rel.info}, which does not exist", section=rel.name)
        for i, (offset, info) in enumerate(REL.iter_unpack(rel.data)):
            sym = self.symbol(info >> 32, section=rel.name, what=f"relocation #{i}: ")
            if offset >= target.size:
                raise self.error(f"relocation #{i} against {self.symbol_label(sym)!r}: offset {offset} is outside "
                                 f"section {target.name} ({target.size} bytes)", section=rel.name)
            yield Relocation(i, offset, info & 0xFFFFFFFF, sym)


def printable(name: str) -> str:
    """Names of corrupt objects may hold control characters: escape them so every message stays one line."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)


def _describe(err: Exception) -> str:
    text = printable(" ".join(str(err).split()))
    return text or type(err).__name__


def read_elf(data: bytes, *, source: str | None = None) -> ElfObject:
    """Parse and check the object in ``data``."""
    return ElfObject(data, source=source)

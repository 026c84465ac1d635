"""CollectionSpec, ProgramSpec, VariableSpec: what an object file holds, before anything is loaded anywhere.

A spec is pure: it is computed from the object's bytes only (no kernel, no host BTF, no page size), so loading the
same bytes twice gives equal specs. Map and global-data references in program code stay symbolic: each LD_IMM64
that names a map keeps ``src`` MAP_FD (1) or MAP_VALUE (2) with the map's index in ``imm`` (and, for MAP_VALUE, the
value offset in the upper 32 bits, where the kernel wants it), and ``ProgramSpec.references`` says which map by name;
a backend swaps in file descriptors or addresses (:meth:`ProgramSpec.resolve_maps`).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pybpf.btf.ext import CoreRelo, FuncInfo, LineInfo
from pybpf.btf.types import FuncLinkage, VarLinkage
from pybpf.elf.sections import SectionInfo
from pybpf.errors import LoadError
from pybpf.isa.instruction import Instruction, slot_offsets
from pybpf.isa.opcodes import LD_IMM64, PseudoSrc
from pybpf.maps.spec import MapSpec
from pybpf.progtypes.sections import SecFlag
from pybpf.uapi import AttachType, ProgType

if TYPE_CHECKING:
    from pybpf.btf.btf import Btf
    from pybpf.btf.core import CoreReloResult
    from pybpf.btf.ext import BtfExt


class ReferenceKind(enum.StrEnum):
    MAP = "map"  # LD_IMM64 src 1: the map itself (its fd)
    MAP_VALUE = "map_value"  # LD_IMM64 src 2: an address inside a map's value (global data)
    KCONFIG = "kconfig"  # LD_IMM64 src 2 into the .kconfig map, for one extern
    KSYM = "ksym"  # LD_IMM64 of a __ksym variable: src 3 (typed, a BTF id) or 0 (typeless, an address)
    KFUNC = "kfunc"  # call src 2: a kernel function by BTF id


@dataclass(frozen=True)
class Reference:
    """A symbolic operand at one slot: a map (``name`` = map name), or an extern (``name`` = its symbol)."""

    kind: ReferenceKind
    name: str
    offset: int = 0  # byte offset in the map value (MAP_VALUE, KCONFIG)
    map: str | None = None  # the map that backs the reference (MAP, MAP_VALUE, KCONFIG)

    def to_json(self) -> dict:
        out: dict[str, Any] = {"kind": str(self.kind), "name": self.name}
        if self.offset:
            out["offset"] = self.offset
        if self.map is not None and self.map != self.name:
            out["map"] = self.map
        return out


@dataclass(frozen=True)
class FunctionSpec:
    """One function placed in a linked program: the entry (slot 0) or a subprogram appended after it."""

    name: str
    section: str
    slot: int  # first slot in the linked program
    slots: int  # length in slots
    btf_id: int | None  # the BTF FUNC (from func_info, else by name), None without BTF
    linkage: FuncLinkage  # from BTF (hidden globals count as static, as libbpf marks them), else the ELF binding

    @property
    def is_global(self) -> bool:
        """Verified on its own by the kernel (global functions are checked against their BTF prototype)."""
        return self.linkage == FuncLinkage.GLOBAL


@dataclass(frozen=True)
class ProgramSpec:
    """One entry program, linked: its function, then every subprogram it calls (libbpf's append order)."""

    name: str
    section: str  # the ELF section name, ``?`` included
    prog_type: ProgType
    expected_attach_type: AttachType | None
    attach_to: str  # the part after ``type/`` in the section name ("" if none)
    autoload: bool
    flags: SecFlag  # the section definition's flags (sleepable, attach by BTF...)
    prog_flags: int  # BPF_PROG_LOAD prog_flags implied by the section (BPF_F_SLEEPABLE, BPF_F_XDP_HAS_FRAGS)
    license: str
    kernel_version: int
    instructions: tuple[Instruction, ...]
    functions: tuple[FunctionSpec, ...]
    func_info: tuple[FuncInfo, ...] = ()
    line_info: tuple[LineInfo, ...] = ()
    core_relos: tuple[CoreRelo, ...] = ()
    references: Mapping[int, Reference] = field(default_factory=dict)
    known_section: bool = True  # False: the section name is not in the table (program type UNSPEC)

    @property
    def sec_name(self) -> str:
        """The section name without its ``?``."""
        return self.section.removeprefix("?")

    @property
    def slot_count(self) -> int:
        return sum(insn.width for insn in self.instructions)

    @property
    def global_functions(self) -> tuple[FunctionSpec, ...]:
        """Global subprograms, which the kernel verifies separately."""
        return tuple(f for f in self.functions[1:] if f.is_global)

    def function_at(self, slot: int) -> FunctionSpec | None:
        for f in self.functions:
            if f.slot <= slot < f.slot + f.slots:
                return f
        return None

    def line_at(self, slot: int) -> LineInfo | None:
        """The line_info record covering ``slot`` (the last one at or before it)."""
        best = None
        for rec in self.line_info:
            if rec.slot <= slot:
                best = rec
            else:
                break
        return best

    def replace(self, **changes: Any) -> ProgramSpec:
        return dataclasses.replace(self, **changes)

    def resolve_maps(self, value: Callable[[Reference], int]) -> list[Instruction]:
        """The instructions with every map-backed reference's low 32 immediate bits set to ``value(reference)``
        (a map fd for the kernel backend; the value offset stays in the upper bits, as BPF_PSEUDO_MAP_VALUE needs).
        Other references (ksym, kfunc) are left to the caller."""
        out = []
        for slot, insn in zip(slot_offsets(self.instructions), self.instructions, strict=True):
            ref = self.references.get(slot)
            if ref is not None and ref.map is not None and insn.opcode == LD_IMM64 and \
                    insn.src in (PseudoSrc.MAP_FD, PseudoSrc.MAP_VALUE):
                insn = insn.replace(imm=(insn.imm & ~0xFFFFFFFF) | (value(ref) & 0xFFFFFFFF))
            out.append(insn)
        return out

    def to_json(self) -> dict:
        return {
            "name": self.name, "section": self.section, "type": self.prog_type.name.lower(),
            "expected_attach_type": self.expected_attach_type.name.lower() if self.expected_attach_type is not None
            else None,
            "attach_to": self.attach_to, "autoload": self.autoload, "slots": self.slot_count,
            "functions": [{"name": f.name, "slot": f.slot, "slots": f.slots, "btf_id": f.btf_id,
                           "linkage": f.linkage.name.lower()} for f in self.functions],
            "references": {str(slot): ref.to_json() for slot, ref in sorted(self.references.items())},
            "core_relos": len(self.core_relos),
        }


@dataclass(frozen=True)
class VariableSpec:
    """A global variable in a data section, settable before load through :meth:`CollectionSpec.set_variable`."""

    name: str
    section: str  # ELF section (.data, .rodata.foo, .bss...)
    map: str  # the map holding the section
    offset: int
    size: int
    type_id: int | None  # BTF type of the value (None without BTF)
    linkage: VarLinkage | None  # from BTF (hidden globals are static), else from the ELF symbol's binding

    @property
    def read_only(self) -> bool:
        """In a .rodata* section: constant for the program once loaded."""
        return self.section.startswith(".rodata")


class KconfigKind(enum.StrEnum):
    BOOL = "bool"
    TRISTATE = "tristate"
    CHAR = "char"
    INT = "int"
    CHAR_ARRAY = "char_array"


@dataclass(frozen=True)
class KconfigExtern:
    """``extern ... CONFIG_X __kconfig``: a value the backend fills in the .kconfig map at ``offset`` at load."""

    name: str
    type_id: int
    kind: KconfigKind
    size: int
    align: int
    offset: int
    signed: bool
    weak: bool


@dataclass(frozen=True)
class KsymExtern:
    """``extern ... __ksym``: a kernel variable (typed: by BTF id; typeless: by address) or a kfunc."""

    name: str
    type_id: int  # the VAR or FUNC in the object's BTF
    is_func: bool
    target_type_id: int  # the variable's type (modifiers/typedefs skipped; 0 when typeless) or the FUNC_PROTO
    weak: bool

    @property
    def typed(self) -> bool:
        return self.is_func or self.target_type_id != 0


@dataclass(frozen=True)
class InitSlot:
    """An initial element of a prog array or map-in-map from ``__array(values, ...)``: ``name`` is a program
    (prog arrays) or a map (maps of maps), set once both exist."""

    index: int
    kind: str  # "program" or "map"
    name: str


@dataclass(eq=True)
class CollectionSpec:
    """Everything in one object. Mutable where users customise before load: ``maps`` entries may be replaced
    (``spec.maps[n] = spec.maps[n].replace(max_entries=...)``) and variables set (:meth:`set_variable`)."""

    name: str  # the object name libbpf derives from the file name (prefix of internal map names)
    license: str
    kernel_version: int
    programs: dict[str, ProgramSpec]
    maps: dict[str, MapSpec]
    variables: dict[str, VariableSpec]
    init_slots: dict[str, tuple[InitSlot, ...]] = field(default_factory=dict)
    kconfig: tuple[KconfigExtern, ...] = ()
    ksyms: tuple[KsymExtern, ...] = ()
    sections: tuple[SectionInfo, ...] = ()
    warnings: tuple[str, ...] = ()
    btf_data: bytes = b""  # the raw .BTF section; ``btf`` is derived from it (with libbpf's fixups)
    btf: Btf | None = field(default=None, compare=False, repr=False)
    btf_ext: BtfExt | None = field(default=None, compare=False, repr=False)
    path: str | None = field(default=None, compare=False)

    # -- lookup --------------------------------------------------------------------------------------------------
    def _missing(self, what: str, name: str, names: list[str]) -> LoadError:
        have = ", ".join(names) if names else "none"
        return LoadError(f"no {what} named {name!r} (available: {have})", file=self.path, program=None)

    def program(self, name: str) -> ProgramSpec:
        """The program called ``name``; a LoadError listing the available names otherwise."""
        try:
            return self.programs[name]
        except KeyError:
            raise self._missing("program", name, list(self.programs)) from None

    def map(self, name: str) -> MapSpec:
        try:
            return self.maps[name]
        except KeyError:
            raise self._missing("map", name, list(self.maps)) from None

    def variable(self, name: str) -> VariableSpec:
        try:
            return self.variables[name]
        except KeyError:
            raise self._missing("variable", name, list(self.variables)) from None

    def map_index(self, name: str) -> int:
        """Position of map ``name``: the ``imm`` its LD_IMM64 references carry."""
        for i, n in enumerate(self.maps):
            if n == name:
                return i
        raise self._missing("map", name, list(self.maps))

    # -- global variables ----------------------------------------------------------------------------------------
    def get_variable(self, name: str) -> bytes:
        """Current initial bytes of a variable (zeros for .bss)."""
        var = self.variable(name)
        value = self._section_bytes(var)
        return value[var.offset:var.offset + var.size]

    def set_variable(self, name: str, value: bytes | int) -> None:
        """Set a variable's initial value before load (e.g. a ``const volatile`` in .rodata): bytes of exactly its
        size, or an int stored little-endian."""
        var = self.variable(name)
        if var.section == ".kconfig":
            raise LoadError(f"variable {name!r} is a .kconfig extern: the backend fills it at load time",
                            file=self.path)
        if isinstance(value, int):
            try:
                data = value.to_bytes(var.size, "little", signed=value < 0)
            except OverflowError:
                raise LoadError(f"variable {name!r}: {value} does not fit in {var.size} bytes",
                                file=self.path) from None
        else:
            data = bytes(value)
            if len(data) != var.size:
                raise LoadError(f"variable {name!r} is {var.size} bytes, got {len(data)}", file=self.path)
        current = bytearray(self._section_bytes(var))
        current[var.offset:var.offset + var.size] = data
        m = self.maps[var.map]
        self.maps[var.map] = m.replace(contents=((b"\0\0\0\0", bytes(current)),))

    def _section_bytes(self, var: VariableSpec) -> bytes:
        m = self.map(var.map)
        if m.contents:
            return bytes(m.contents[0][1])
        return bytes(m.value_size)

    # -- CO-RE ---------------------------------------------------------------------------------------------------
    def core_relocated(self, program: str | ProgramSpec, target_btf: Btf | list[Btf]
                       ) -> tuple[ProgramSpec, list[CoreReloResult]]:
        """``program`` with its CO-RE relocations applied against ``target_btf`` (the kernel's BTF, or one the user
        gives); see :func:`pybpf.elf.core.apply_core`."""
        from pybpf.elf.core import apply_core

        prog = self.program(program) if isinstance(program, str) else program
        return apply_core(prog, self.btf, target_btf)

    def summary(self) -> str:
        return (f"{self.name}: {len(self.programs)} programs, {len(self.maps)} maps, {len(self.variables)} "
                f"variables, license {self.license or '(none)'}")

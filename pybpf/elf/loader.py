"""The loader's steps in libbpf's order (``bpf_object_open``): read and classify sections, BTF, externs, BTF fixups,
maps, relocations, then one linked ProgramSpec per entry program."""

from __future__ import annotations

import os
import struct

from pybpf.btf.btf import Btf
from pybpf.btf.ext import BtfExt, parse_btf_ext
from pybpf.btf.parse import parse_btf
from pybpf.btf.types import DeclTag, Func, FuncLinkage
from pybpf.elf.btffix import BtfEditor, fixup_datasecs, mark_hidden_static
from pybpf.elf.code import CodeSection, Function, decode_section, find_functions
from pybpf.elf.data import data_map, internal_map_name, kconfig_map, object_name, section_variables
from pybpf.elf.externs import Externs, collect_externs
from pybpf.elf.link import LinkContext, link_program
from pybpf.elf.maps import btf_maps, legacy_maps, map_init_slots
from pybpf.elf.reader import ElfObject, printable, read_elf
from pybpf.elf.relocate import MapLookup, attach_to_functions, check_data_relocations, code_relocations
from pybpf.elf.sections import (
    CODE_KINDS,
    DATA_KINDS,
    KCONFIG_SEC,
    SectionInfo,
    SectionKind,
    classify_all,
)
from pybpf.elf.spec import CollectionSpec, InitSlot, ProgramSpec, VariableSpec
from pybpf.errors import LoadError
from pybpf.maps.spec import MapSpec
from pybpf.progtypes.sections import parse_section

EXC_CB_TAG = "exception_callback:"
LICENSE_MAX = 128  # libbpf keeps the first 127 bytes of the license string


class _Loader:
    def __init__(self, data: bytes, source: str | None, name: str, strict: bool = True) -> None:
        self.elf: ElfObject = read_elf(data, source=source)
        self.strict = strict
        self.source = source
        self.name = name
        self.warnings: list[str] = []
        self.infos: list[SectionInfo] = classify_all(self.elf)
        self.kind = {i.index: i.kind for i in self.infos}

    def err(self, reason: str, **where) -> LoadError:
        return LoadError(reason, file=self.source, **where)

    def sections_of(self, *kinds: SectionKind):
        return [self.elf.sections[i.index] for i in self.infos if i.kind in kinds]

    # -- license, version ---------------------------------------------------------------------------------------
    def license_and_version(self) -> tuple[str, int]:
        lic, ver = "", 0
        for sec in self.sections_of(SectionKind.LICENSE):
            lic = sec.data[:LICENSE_MAX - 1].split(b"\0", 1)[0].decode("utf-8", "replace")
        for sec in self.sections_of(SectionKind.VERSION):
            if sec.size != 4:
                raise self.err(f"the version section is {sec.size} bytes, expected 4 (a u32)", section=sec.name)
            ver = struct.unpack("<I", sec.data)[0]
        return lic, ver

    # -- BTF ----------------------------------------------------------------------------------------------------
    def needs_btf(self) -> bool:
        return bool(self.sections_of(SectionKind.MAPS)) or any(s.is_extern and s.name for s in self.elf.symbols)

    def load_btf(self) -> tuple[bytes, Btf | None, BtfExt | None]:
        btf_secs = self.sections_of(SectionKind.BTF)
        if not btf_secs:
            if self.sections_of(SectionKind.BTF_EXT):
                self.warnings.append(".BTF.ext ignored: the object has no .BTF")
            return b"", None, None
        sec = btf_secs[0]
        if sec.type != "SHT_PROGBITS":
            raise self.err(f"section type {sec.type}, expected SHT_PROGBITS", section=sec.name)
        try:
            btf = parse_btf(sec.data, source=self.source)
        except LoadError as e:
            if self.needs_btf():
                raise
            self.warnings.append(f".BTF ignored: {e.reason}")
            return sec.data, None, None
        ext = None
        for ext_sec in self.sections_of(SectionKind.BTF_EXT):
            try:
                ext = parse_btf_ext(ext_sec.data, btf, source=self.source)
            except LoadError as e:
                self.warnings.append(f".BTF.ext ignored (no func_info, line_info or CO-RE): {e.reason}")
        return sec.data, btf, ext

    # -- code ---------------------------------------------------------------------------------------------------
    def code(self) -> tuple[dict[int, CodeSection], dict[int, list[Function]]]:
        codes: dict[int, CodeSection] = {}
        funcs: dict[int, list[Function]] = {}
        for sec in self.sections_of(*CODE_KINDS):
            c = decode_section(self.elf, sec, self.strict)
            codes[sec.index] = c
            funcs[sec.index] = find_functions(self.elf, c)
            if not funcs[sec.index] and self.kind[sec.index] == SectionKind.PROGRAM:
                self.warnings.append(f"section {sec.name!r} holds code but no function symbol: no program")
        return codes, funcs

    def exception_callbacks(self, btf: Btf | None, funcs: dict[int, list[Function]]):
        """libbpf's ``bpf_prog_assign_exc_cb``: a ``exception_callback:<name>`` decl tag on an entry program's FUNC
        names a global .text function appended to that program."""
        callbacks: dict[str, str] = {}
        if btf is not None:
            for type_id in btf.ids():
                if btf.kind(type_id) != DeclTag.KIND or not btf.name(type_id).startswith(EXC_CB_TAG):
                    continue
                tag = btf.type(type_id)
                if tag.component_idx != -1:
                    continue
                target = btf.type(tag.type)
                if not isinstance(target, Func) or target.linkage != FuncLinkage.GLOBAL:
                    raise self.err("exception_callback decl tag not applied to a main program", section=".BTF")
                name = tag.name[len(EXC_CB_TAG):]
                if not name:
                    raise self.err(f"exception_callback decl tag of {target.name!r} has no function name",
                                   section=".BTF")
                callbacks[target.name] = name
        text = {f.name: f for i, fs in funcs.items() if self.kind[i] == SectionKind.TEXT for f in fs}

        def find(entry: Function) -> Function | None:
            name = callbacks.get(entry.name)
            if name is None:
                return None
            f = text.get(name)
            if f is None:
                raise self.err(f"cannot find exception callback {name!r}", program=entry.name, section=entry.section)
            if not f.is_global or f.symbol.hidden:
                raise self.err(f"exception callback {name!r} must be a global non-hidden function",
                               program=entry.name, section=entry.section)
            return f

        return find

    def run(self) -> CollectionSpec:
        if self.elf.symtab is None:
            raise self.err("no symbol table (.symtab): a stripped object? BPF objects need their symbols")
        license_, version = self.license_and_version()
        btf_data, btf, ext = self.load_btf()
        # struct_ops maps (.struct_ops sections) are not created: their programs are still loaded and verified,
        # and nothing else in the object needs the map (libbpf relocates it only into the map's value)

        # externs and BTF fixups (libbpf: collect_externs, then bpf_object_fixup_btf)
        ed = BtfEditor(btf) if btf is not None else None
        externs = collect_externs(self.elf, ed) if any(s.is_extern and s.name for s in self.elf.symbols) else \
            Externs([], [], {})
        codes, funcs = self.code()
        if ed is not None:
            fixup_datasecs(self.elf, ed)
            text = [f for i, fs in funcs.items() if self.kind[i] == SectionKind.TEXT for f in fs]
            mark_hidden_static(ed, [f.name for f in text if f.is_global and f.symbol.hidden])
            btf = ed.build()

        # maps, in libbpf's order: (legacy), BTF-defined, global data, .kconfig
        maps: dict[str, MapSpec] = {}
        maps_by_offset: dict[int, dict[int, str]] = {}
        data_by_section: dict[int, str] = {}
        variables: dict[str, VariableSpec] = {}

        def add_map(spec: MapSpec, section: str) -> None:
            if spec.name in maps:
                raise self.err(f"two maps named {spec.name!r}", section=section)
            maps[spec.name] = spec

        for sec in self.sections_of(SectionKind.LEGACY_MAPS):
            specs, offsets = legacy_maps(self.elf, sec, btf)
            for spec in specs.values():
                add_map(spec, sec.name)
            maps_by_offset[sec.index] = offsets
        bmaps = None
        for sec in self.sections_of(SectionKind.MAPS):
            bmaps = btf_maps(self.elf, sec, btf)
            for spec in bmaps.specs.values():
                add_map(spec, sec.name)
            maps_by_offset[sec.index] = bmaps.by_offset
        for sec in self.sections_of(*DATA_KINDS):
            spec = data_map(self.name, sec, self.kind[sec.index], btf)
            add_map(spec, sec.name)
            data_by_section[sec.index] = spec.name
            for var in section_variables(self.elf, sec, spec.name, btf):
                if var.name in variables:
                    self.warnings.append(f"variable {var.name!r} of {sec.name} hidden by the one in "
                                         f"{variables[var.name].section}")
                    continue
                variables[var.name] = var
        data_base: dict[int, int] = {}
        for sec in self.sections_of(SectionKind.ARENA):
            # __arena globals live at the end of the object's arena map, as libbpf places them (the verifier needs
            # where; their initial values are not copied into the arena)
            arenas = [m for m in maps.values() if int(m.type) == 33]
            if len(arenas) != 1:
                raise self.err("global variables in an arena (__arena) need exactly one arena map in .maps",
                               section=sec.name)
            size = arenas[0].max_entries * 4096
            data = (sec.size + 4095) // 4096 * 4096
            if data > size:
                raise self.err(f"arena data ({sec.size} bytes) does not fit the arena ({size} bytes)",
                               section=sec.name)
            data_by_section[sec.index] = arenas[0].name
            data_base[sec.index] = size - data
        kconfig_name = None
        if externs.kconfig:
            kspec = kconfig_map(self.name, externs.kconfig_size, btf)
            add_map(kspec, KCONFIG_SEC)
            kconfig_name = kspec.name

        # relocations
        lookup = MapLookup(maps_by_offset, data_by_section, externs.by_symbol, codes, data_base)
        for info in self.infos:
            if info.kind != SectionKind.RELOCATIONS:
                continue
            rel = self.elf.sections[info.index]
            target_kind = self.kind.get(rel.info)
            if target_kind in CODE_KINDS:
                code = codes[rel.info]
                relocs = code_relocations(self.elf, rel, code, lookup)
                attach_to_functions(relocs, funcs[rel.info],
                                    lambda reason, slot, _s=code.name: self.err(reason, section=_s, slot=slot))
            elif target_kind != SectionKind.MAPS:
                check_data_relocations(self.elf, rel)

        entries = [f for i, fs in funcs.items() if self.kind[i] == SectionKind.PROGRAM for f in fs]
        for f in entries:
            if not f.is_global:
                self.warnings.append(f"static function {f.name!r} in section {f.section!r} is not an entry program "
                                     "(libbpf refuses static programs)")
        entries = [f for f in entries if f.is_global]
        by_name: dict[str, Function] = {}
        for f in entries:
            if f.name in by_name:
                raise self.err(f"two programs named {f.name!r} (sections {by_name[f.name].section!r} and "
                               f"{f.section!r})", section=f.section, symbol=f.name)
            by_name[f.name] = f

        init_slots: dict[str, tuple[InitSlot, ...]] = {}
        maps_sec = next(iter(self.sections_of(SectionKind.MAPS)), None)
        if maps_sec is not None and bmaps is not None:
            for info in self.infos:
                if info.kind == SectionKind.RELOCATIONS and self.elf.sections[info.index].info == maps_sec.index:
                    init_slots = map_init_slots(self.elf, self.elf.sections[info.index], bmaps, by_name, maps)

        starts: dict[tuple[int, int], Function] = {(f.code.section.index, f.start): f
                                                    for fs in funcs.values() for f in fs}
        ctx = LinkContext(self.source, lambda sec, slot: starts.get((sec, slot)), self.elf.section_name,
                          {n: i for i, n in enumerate(maps)}, kconfig_name, btf, ext,
                          self.exception_callbacks(btf, funcs))
        programs: dict[str, ProgramSpec] = {}
        for f in entries:
            ps = parse_section(f.section)
            linked = link_program(f, ctx)
            programs[f.name] = ProgramSpec(
                name=f.name, section=f.section, prog_type=ps.prog_type, expected_attach_type=ps.expected_attach_type,
                attach_to=ps.attach_to, autoload=ps.autoload, flags=ps.flags, prog_flags=int(ps.prog_flags),
                license=license_, kernel_version=version, instructions=linked.instructions,
                functions=linked.functions, func_info=linked.func_info, line_info=linked.line_info,
                core_relos=linked.core_relos, references=linked.references, known_section=ps.sec_def is not None)

        return CollectionSpec(
            name=self.name, license=license_, kernel_version=version, programs=programs, maps=maps,
            variables=variables, init_slots=init_slots, kconfig=tuple(externs.kconfig), ksyms=tuple(externs.ksyms),
            sections=tuple(self.infos), warnings=tuple(self.warnings), btf_data=btf_data, btf=btf, btf_ext=ext,
            path=self.source)


def load_collection_spec(path_or_bytes: str | os.PathLike | bytes | bytearray | memoryview, *,
                         name: str | None = None, source: str | None = None, strict: bool = True) -> CollectionSpec:
    """Read a BPF object (a path, or its bytes) into a :class:`CollectionSpec`.

    ``name`` is the object name that prefixes internal map names (``<name>.rodata``); by default libbpf's: the file
    name up to its first dot, or "" for bytes. ``source`` names bytes in messages (and gives the object name).
    Errors are :class:`~pybpf.errors.LoadError` naming file, section, symbol, program and slot where they apply.
    ``strict=False`` keeps instructions with invalid fields (bad registers, reserved bits) for a verifier to refuse
    per program, as Linux does, instead of refusing the whole object.
    """
    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        data = bytes(path_or_bytes)
    else:
        source = os.fspath(path_or_bytes)
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except OSError as e:
            raise LoadError(f"cannot read: {e.strerror or e}", file=source) from None
    obj_name = name if name is not None else object_name(source)
    try:
        return _Loader(data, source, obj_name, strict).run()
    except LoadError as e:
        raise _one_line(e) from None


def _one_line(err: LoadError) -> LoadError:
    """The error with control characters escaped: names from a corrupt string table must not break the one-line
    message a user sees."""
    fields = (err.reason, err.file, err.section, err.symbol, err.program)
    if all(f is None or f.isprintable() for f in fields):
        return err
    return LoadError(printable(err.reason), file=err.file, section=_opt(err.section), symbol=_opt(err.symbol),
                     program=_opt(err.program), slot=err.slot)


def _opt(text: str | None) -> str | None:
    return None if text is None else printable(text)


__all__ = ["internal_map_name", "load_collection_spec"]

"""libbpf's fixups of an object's BTF, made from the ELF alone: DATASEC sizes and variable offsets (clang leaves them
zero), hidden globals marked static, and the .kconfig/.ksyms sections laid out for the kernel."""

from __future__ import annotations

import dataclasses

from pybpf.btf.btf import Btf
from pybpf.btf.types import BtfType, Datasec, Func, FuncLinkage, Var, VarLinkage, VarSecinfo
from pybpf.elf.reader import STB_GLOBAL, STB_WEAK, STT_OBJECT, ElfObject
from pybpf.elf.sections import KCONFIG_SEC, KSYMS_SEC
from pybpf.errors import LoadError


class BtfEditor:
    """Pending changes to a Btf, applied at once with :meth:`Btf.replaced` (string offsets are kept)."""

    def __init__(self, btf: Btf) -> None:
        self.btf = btf
        self.changes: dict[int, BtfType] = {}
        self.appended: list[BtfType] = []

    def get(self, type_id: int) -> BtfType:
        if type_id in self.changes:
            return self.changes[type_id]
        if type_id >= len(self.btf):
            return self.appended[type_id - len(self.btf)]
        return self.btf.type(type_id)

    def set(self, type_id: int, t: BtfType) -> None:
        if type_id >= len(self.btf):
            self.appended[type_id - len(self.btf)] = t
        else:
            self.changes[type_id] = t

    def append(self, t: BtfType) -> int:
        self.appended.append(t)
        return len(self.btf) + len(self.appended) - 1

    def build(self) -> Btf:
        if not self.changes and not self.appended:
            return self.btf
        return self.btf.replaced(self.changes, append=self.appended)


def fixup_datasecs(elf: ElfObject, ed: BtfEditor) -> None:
    """libbpf's ``btf_fixup_datasec`` for every DATASEC but .kconfig/.ksyms (laid out by the extern step): size from
    the ELF section, variable offsets from the ELF symbols when clang left the size 0, hidden globals made static,
    variables sorted by offset."""
    btf = ed.btf
    obj_syms: dict[str, int] | None = None
    for type_id in btf.ids():
        if btf.kind(type_id) != Datasec.KIND:
            continue
        ds = ed.get(type_id)
        assert isinstance(ds, Datasec)
        if ds.name in (KCONFIG_SEC, KSYMS_SEC):
            ed.set(type_id, dataclasses.replace(ds, vars=tuple(sorted(ds.vars, key=lambda v: v.offset))))
            continue
        fix_offsets = False
        size = ds.size
        if size == 0:
            sec = elf.section_by_name(ds.name)
            if sec is None or sec.size == 0:
                raise LoadError(f"BTF DATASEC {ds.name!r} has size 0 and the object has no section of that name to "
                                "take its size from", file=elf.source, section=".BTF")
            size, fix_offsets = sec.size, True
        new_vars = []
        for vsi in ds.vars:
            var = ed.get(vsi.type)
            if not isinstance(var, Var):
                raise LoadError(f"BTF DATASEC {ds.name!r}: member [{vsi.type}] is not a VAR", file=elf.source,
                                section=".BTF")
            if var.linkage in (VarLinkage.STATIC, VarLinkage.GLOBAL_EXTERN):
                new_vars.append(vsi)
                continue
            if obj_syms is None:
                obj_syms = {}
                for s in elf.symbols:
                    if s.type == STT_OBJECT and s.bind in (STB_GLOBAL, STB_WEAK):
                        obj_syms.setdefault(s.name, s.index)
            sym_index = obj_syms.get(var.name)
            if sym_index is None:
                raise LoadError(f"BTF DATASEC {ds.name!r}: no ELF symbol for variable {var.name!r}",
                                file=elf.source, section=".BTF", symbol=var.name)
            sym = elf.symbols[sym_index]
            if fix_offsets:
                vsi = VarSecinfo(vsi.type, sym.value, vsi.size)
            if sym.hidden:
                ed.set(vsi.type, dataclasses.replace(var, linkage=VarLinkage.STATIC))
            new_vars.append(vsi)
        new_vars.sort(key=lambda v: v.offset)
        ed.set(type_id, Datasec(ds.name, size, tuple(new_vars)))


def mark_hidden_static(ed: BtfEditor, names: list[str]) -> None:
    """Global functions of ``names`` (hidden .text subprograms) become static in BTF, as libbpf marks them, so the
    kernel verifies them with their caller's context."""
    btf = ed.btf
    for name in names:
        for type_id in btf.find_ids(name, Func.KIND):
            f = ed.get(type_id)
            if isinstance(f, Func) and f.linkage == FuncLinkage.GLOBAL:
                ed.set(type_id, dataclasses.replace(f, linkage=FuncLinkage.STATIC))
                break

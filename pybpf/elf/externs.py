"""Extern symbols: ``.kconfig`` values and ``__ksym`` kernel variables and functions (libbpf's
``bpf_object__collect_externs``), with the .kconfig layout and the BTF rewrites libbpf makes for them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pybpf.btf.types import (
    Array,
    Datasec,
    Enum,
    Enum64,
    Func,
    FuncLinkage,
    FuncProto,
    Int,
    IntEncoding,
    Param,
    Var,
    VarLinkage,
    VarSecinfo,
)
from pybpf.elf.btffix import BtfEditor
from pybpf.elf.reader import STB_WEAK, ElfObject
from pybpf.elf.sections import KCONFIG_SEC, KSYMS_SEC
from pybpf.elf.spec import KconfigExtern, KconfigKind, KsymExtern
from pybpf.errors import LoadError

DUMMY_KSYM = "dummy_ksym"


@dataclass
class Externs:
    kconfig: list[KconfigExtern]
    ksyms: list[KsymExtern]
    by_symbol: dict[int, KconfigExtern | KsymExtern]  # ELF symbol index -> extern

    @property
    def kconfig_size(self) -> int:
        return max((e.offset + e.size for e in self.kconfig), default=0)


def _kcfg_kind(btf, type_id: int) -> tuple[KconfigKind | None, bool]:
    """libbpf's ``find_kcfg_type``: what a .kconfig extern's type is, and whether it is signed."""
    t = btf.resolved(type_id)
    if isinstance(t, Int):
        if t.encoding & IntEncoding.BOOL:
            return (KconfigKind.BOOL if t.size == 1 else None), False
        signed = bool(t.encoding & IntEncoding.SIGNED)
        if t.size == 1:
            return KconfigKind.CHAR, signed
        if t.size not in (2, 4, 8):
            return None, signed
        return KconfigKind.INT, signed
    if isinstance(t, Enum | Enum64):
        ok = t.name == "libbpf_tristate" and (isinstance(t, Enum64) or t.size == 4)
        return (KconfigKind.TRISTATE if ok else None), False
    if isinstance(t, Array):
        if t.nelems == 0 or _kcfg_kind(btf, t.type)[0] != KconfigKind.CHAR:
            return None, False
        return KconfigKind.CHAR_ARRAY, False
    return None, False


def collect_externs(elf: ElfObject, ed: BtfEditor | None) -> Externs:
    """Every extern symbol, classified by the DATASEC (.kconfig or .ksyms) holding its BTF VAR/FUNC."""
    syms = [s for s in elf.symbols if s.is_extern and s.name]
    if not syms:
        return Externs([], [], {})
    symtab = elf.symtab.name if elf.symtab is not None else None

    def fail(reason: str, name: str) -> LoadError:
        return LoadError(reason, file=elf.source, section=symtab, symbol=name)

    if ed is None:
        raise fail("extern symbols need BTF to tell .kconfig values from __ksym symbols, and the object has no "
                   ".BTF section", syms[0].name)
    btf = ed.btf
    sec_of: dict[int, int] = {}
    for type_id in btf.ids():
        if btf.kind(type_id) == Datasec.KIND:
            for v in btf.type(type_id).vars:  # type: ignore[union-attr]
                sec_of.setdefault(v.type, type_id)

    kconfig: list[tuple[KconfigExtern, int]] = []
    ksyms: list[tuple[KsymExtern, int]] = []
    for sym in syms:
        type_id = None
        for cand in btf.find_ids(sym.name):
            t = btf.type(cand)
            if isinstance(t, Var | Func):
                type_id = cand
                break
        if type_id is None:
            raise fail(f"no BTF VAR or FUNC for extern {sym.name!r}", sym.name)
        t = btf.type(type_id)
        if (isinstance(t, Var) and t.linkage != VarLinkage.GLOBAL_EXTERN) or \
                (isinstance(t, Func) and t.linkage != FuncLinkage.EXTERN):
            raise fail(f"BTF type of extern {sym.name!r} is not declared extern", sym.name)
        sec_id = sec_of.get(type_id)
        if sec_id is None:
            what = "function" if isinstance(t, Func) else "variable"
            raise fail(f"unsupported feature: extern {what} {sym.name!r} is neither a .kconfig nor a __ksym extern; "
                       "a reference to another object must be linked first (bpftool gen object)", sym.name)
        sec_name = btf.name(sec_id)
        weak = sym.bind == STB_WEAK
        if sec_name == KCONFIG_SEC:
            if isinstance(t, Func):
                raise fail(f"unsupported feature: extern function {sym.name!r} in section .kconfig", sym.name)
            size = btf.sizeof(t.type)
            align = btf.alignof(t.type)
            kind, signed = _kcfg_kind(btf, t.type)
            if size <= 0 or align <= 0 or kind is None:
                raise fail(f"unsupported feature: .kconfig extern {sym.name!r} of type {btf.c_type(t.type)!r} "
                           "(bool, tristate, char, char arrays and 1/2/4/8-byte integers are supported)", sym.name)
            kconfig.append((KconfigExtern(sym.name, type_id, kind, size, align, 0, signed, weak), sym.index))
        elif sec_name == KSYMS_SEC:
            if isinstance(t, Func):
                ksyms.append((KsymExtern(sym.name, type_id, True, t.type, weak), sym.index))
            else:
                target = btf.skip_modifiers(btf.resolve(t.type)) if t.type else 0
                ksyms.append((KsymExtern(sym.name, type_id, False, target, weak), sym.index))
        else:
            raise fail(f"extern {sym.name!r} is in section {sec_name!r}; only .kconfig and .ksyms externs are "
                       "supported", sym.name)

    # libbpf's order: .kconfig by decreasing alignment, then increasing size, then name; then layout.
    kconfig.sort(key=lambda p: (-p[0].align, p[0].size, p[0].name))
    ksyms.sort(key=lambda p: p[0].name)
    off = 0
    laid: list[tuple[KconfigExtern, int]] = []
    for ext, idx in kconfig:
        start = (off + ext.align - 1) // ext.align * ext.align
        laid.append((dataclasses.replace(ext, offset=start), idx))
        off = start + ext.size
    by_symbol: dict[int, KconfigExtern | KsymExtern] = {idx: e for e, idx in laid}
    by_symbol.update({idx: e for e, idx in ksyms})
    out = Externs([e for e, _ in laid], [e for e, _ in ksyms], by_symbol)
    _rewrite_btf(ed, out)
    return out


def _int32_id(btf) -> int:
    """libbpf's ``find_int_btf_id``: the first 32-bit INT (0 if none)."""
    for type_id in btf.ids():
        t = btf.type(type_id) if btf.kind(type_id) == Int.KIND else None
        if isinstance(t, Int) and t.bits == 32:
            return type_id
    return 0


def _rewrite_btf(ed: BtfEditor, ext: Externs) -> None:
    """The .ksyms DATASEC becomes 4-byte int VARs (FUNCs pointing at a dummy VAR), the .kconfig DATASEC gets its
    layout: the kernel accepts neither as clang emits them."""
    btf = ed.btf
    by_name = {e.name: e for e in ext.kconfig}
    by_name.update({e.name: e for e in ext.ksyms})
    ksyms_id = btf.find_id(KSYMS_SEC, Datasec.KIND)
    if ksyms_id is not None and ext.ksyms:
        ds = ed.get(ksyms_id)
        assert isinstance(ds, Datasec)
        int_id = _int32_id(btf)
        dummy_id = None
        if any(isinstance(ed.get(v.type), Func) for v in ds.vars):
            dummy_id = ed.append(Var(DUMMY_KSYM, int_id, VarLinkage.GLOBAL_ALLOCATED))
        new_vars = []
        for i, vsi in enumerate(ds.vars):
            t = ed.get(vsi.type)
            if t.name not in by_name:
                raise LoadError(f"BTF .ksyms entry {t.name!r} has no extern symbol", section=".BTF", symbol=t.name)
            if isinstance(t, Func) and dummy_id is not None:
                proto = ed.get(t.type)
                if isinstance(proto, FuncProto) and any(p.type and not p.name for p in proto.params):
                    params = tuple(Param(p.name or (DUMMY_KSYM if p.type else ""), p.type) for p in proto.params)
                    ed.set(t.type, dataclasses.replace(proto, params=params))
                ed.set(vsi.type, dataclasses.replace(t, linkage=FuncLinkage.GLOBAL))
                new_vars.append(VarSecinfo(dummy_id, i * 4, 4))
            elif isinstance(t, Var):
                ed.set(vsi.type, Var(t.name, int_id, VarLinkage.GLOBAL_ALLOCATED))
                new_vars.append(VarSecinfo(vsi.type, i * 4, 4))
            else:
                new_vars.append(VarSecinfo(vsi.type, i * 4, 4))
        ed.set(ksyms_id, Datasec(ds.name, len(ds.vars) * 4, tuple(new_vars)))
    kconfig_id = btf.find_id(KCONFIG_SEC, Datasec.KIND)
    if kconfig_id is not None and ext.kconfig:
        ds = ed.get(kconfig_id)
        assert isinstance(ds, Datasec)
        new_vars = []
        for vsi in ds.vars:
            t = ed.get(vsi.type)
            e = by_name.get(t.name)
            if not isinstance(e, KconfigExtern) or not isinstance(t, Var):
                raise LoadError(f"BTF .kconfig entry {t.name!r} has no extern symbol", section=".BTF", symbol=t.name)
            ed.set(vsi.type, dataclasses.replace(t, linkage=VarLinkage.GLOBAL_ALLOCATED))
            new_vars.append(VarSecinfo(vsi.type, e.offset, vsi.size))
        ed.set(kconfig_id, Datasec(ds.name, ext.kconfig_size, tuple(sorted(new_vars, key=lambda v: v.offset))))

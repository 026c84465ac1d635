"""Global data: ``.data*``, ``.rodata*`` and ``.bss*`` sections (and the ``.kconfig`` externs) as single-element
ARRAY maps named the way libbpf names them, and the variables in them (from their BTF DATASEC, or from the ELF
symbols of an object without BTF)."""

from __future__ import annotations

import re

from pybpf.btf.btf import Btf
from pybpf.btf.types import Datasec, Var, VarLinkage
from pybpf.elf.reader import STB_LOCAL, STT_OBJECT, ElfObject, Section
from pybpf.elf.sections import KCONFIG_SEC, SectionKind
from pybpf.elf.spec import VariableSpec
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapFlag, MapType

OBJ_NAME_LEN = 16  # BPF_OBJ_NAME_LEN, with its NUL
_UNSAFE = re.compile(r"[^A-Za-z0-9_.]")
ZERO_KEY = b"\0\0\0\0"


def object_name(path: str | None) -> str:
    """libbpf's object name: the file's base name up to its first dot (``xdp_lb.bpf.o`` -> ``xdp_lb``)."""
    if not path:
        return ""
    base = path.replace("\\", "/").rsplit("/", 1)[-1]
    return base.split(".", 1)[0]


def internal_map_name(obj_name: str, section: str) -> str:
    """libbpf's ``internal_map_name``: up to 8 characters of the object name before ``.data``/``.rodata``/``.bss``
    (7 before ``.kconfig``), custom ``.data.foo`` sections by their own name; at most 15 characters, characters the
    kernel refuses replaced by ``_``."""
    sfx_len = min(max(7, len(section)), OBJ_NAME_LEN - 1)
    pfx_len = 0 if "." in section[1:] else min(OBJ_NAME_LEN - sfx_len - 1, len(obj_name))
    return _UNSAFE.sub("_", obj_name[:pfx_len] + section[:sfx_len])


def _datasec(btf: Btf | None, name: str) -> tuple[int | None, Datasec | None]:
    if btf is None:
        return None, None
    type_id = btf.find_id(name, Datasec.KIND)
    if type_id is None:
        return None, None
    t = btf.type(type_id)
    return type_id, t if isinstance(t, Datasec) else None


def _mmapable(btf: Btf | None, ds: Datasec | None) -> bool:
    """libbpf's ``map_is_mmapable``: some VAR of the DATASEC is global (so a skeleton would expose it)."""
    if btf is None or ds is None:
        return False
    return any(isinstance(v := btf.type(vsi.type), Var) and v.linkage != VarLinkage.STATIC for vsi in ds.vars)


def data_map(obj_name: str, sec: Section, kind: SectionKind, btf: Btf | None) -> MapSpec:
    """The ARRAY map holding one data section (initial contents: its bytes; .bss: zeros, written by nobody)."""
    type_id, ds = _datasec(btf, sec.name)
    flags = MapFlag.RDONLY_PROG if kind == SectionKind.RODATA else 0
    if _mmapable(btf, ds):
        flags |= MapFlag.MMAPABLE
    contents = () if kind == SectionKind.BSS else ((ZERO_KEY, sec.data),)
    return MapSpec(name=internal_map_name(obj_name, sec.name), type=MapType.ARRAY, key_size=4, value_size=sec.size,
                   max_entries=1, flags=int(flags), value_type=type_id, contents=contents,
                   freeze=kind == SectionKind.RODATA)


def kconfig_map(obj_name: str, size: int, btf: Btf | None) -> MapSpec:
    """The map the .kconfig externs live in; the backend writes their values at load, then freezes it."""
    type_id, ds = _datasec(btf, KCONFIG_SEC)
    flags = MapFlag.RDONLY_PROG | (MapFlag.MMAPABLE if _mmapable(btf, ds) else 0)
    return MapSpec(name=internal_map_name(obj_name, KCONFIG_SEC), type=MapType.ARRAY, key_size=4, value_size=size,
                   max_entries=1, flags=int(flags), value_type=type_id, freeze=True)


def section_variables(elf: ElfObject, sec: Section, map_name: str, btf: Btf | None) -> list[VariableSpec]:
    """The variables of one data section: from its DATASEC (static ones included), else from ELF symbols."""
    _, ds = _datasec(btf, sec.name)
    out = []
    if ds is not None and btf is not None:
        for vsi in ds.vars:
            var = btf.type(vsi.type)
            if isinstance(var, Var):
                out.append(VariableSpec(var.name, sec.name, map_name, vsi.offset, vsi.size, var.type, var.linkage))
        return out
    for sym in elf.symbols:
        if sym.shndx == sec.index and sym.type == STT_OBJECT and sym.name:
            linkage = VarLinkage.STATIC if sym.bind == STB_LOCAL or sym.hidden else VarLinkage.GLOBAL_ALLOCATED
            out.append(VariableSpec(sym.name, sec.name, map_name, sym.value, sym.size, None, linkage))
    out.sort(key=lambda v: v.offset)
    return out

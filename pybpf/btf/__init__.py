"""BTF: parse ``.BTF`` / ``.BTF.ext``, look types up, print them as C, read the kernel's BTF, encode BTF for
BPF_BTF_LOAD, and apply CO-RE relocations.

    btf = parse_btf(data)                       # every kind, either byte order; LoadError on malformed input
    ext = parse_btf_ext(ext_data, btf)          # func_info / line_info / core_relos per section, in SLOT units
    new_insns, report = apply_core_relocations(insns, ext.core_relos["kprobe/x"], btf, load_vmlinux())
"""

from __future__ import annotations

from pybpf.btf.btf import Btf, Field, essential_name
from pybpf.btf.core import (
    POISON_IMM,
    CoreRelocator,
    CoreReloResult,
    apply_core_relocations,
    is_poisoned,
    poison_message,
)
from pybpf.btf.cprint import dump_c, format_type, type_decl
from pybpf.btf.encode import encode_btf
from pybpf.btf.ext import BtfExt, CoreRelo, CoreReloKind, FuncInfo, LineInfo, parse_btf_ext
from pybpf.btf.parse import parse_btf, parse_btf_file
from pybpf.btf.strings import StringTable
from pybpf.btf.types import (
    VOID,
    Array,
    BtfType,
    Const,
    Datasec,
    DeclTag,
    Enum,
    Enum64,
    EnumValue,
    Float,
    Func,
    FuncLinkage,
    FuncProto,
    Fwd,
    Int,
    IntEncoding,
    Kind,
    Member,
    Param,
    Ptr,
    Restrict,
    Struct,
    Typedef,
    TypeTag,
    Union,
    UnknownKind,
    Var,
    VarLinkage,
    VarSecinfo,
    Void,
    Volatile,
)
from pybpf.btf.vmlinux import kernel_btfs, list_modules, load_module, load_vmlinux

__all__ = [
    "POISON_IMM", "VOID", "Array", "Btf", "BtfExt", "BtfType", "Const", "CoreRelo", "CoreReloKind", "CoreReloResult",
    "CoreRelocator", "Datasec", "DeclTag", "Enum", "Enum64", "EnumValue", "Field", "Float", "Func", "FuncInfo",
    "FuncLinkage", "FuncProto", "Fwd", "Int", "IntEncoding", "Kind", "LineInfo", "Member", "Param", "Ptr", "Restrict",
    "StringTable", "Struct", "TypeTag", "Typedef", "Union", "UnknownKind", "Var", "VarLinkage", "VarSecinfo", "Void",
    "Volatile", "apply_core_relocations", "dump_c", "encode_btf", "essential_name", "format_type", "is_poisoned",
    "kernel_btfs", "list_modules", "load_module", "load_vmlinux", "parse_btf", "parse_btf_ext", "parse_btf_file",
    "poison_message", "type_decl",
]

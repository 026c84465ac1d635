"""BTF type kinds as small immutable values, with the numbering of Linux's ``include/uapi/linux/btf.h``.

Types refer to other types by id (an ``int``; 0 is void), never by object, so that a BTF of 100k types can be decoded
lazily and a type compares equal to the same type decoded from another encoding.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import ClassVar

BTF_MAGIC = 0xEB9F
BTF_VERSION = 1
MAX_TYPE_ID = 0x000FFFFF  # BTF_MAX_TYPE
MAX_VLEN = 0x00FFFFFF  # BTF_MAX_VLEN (16 bits up to Linux 6.18, 24 bits since the layout section)


class Kind(enum.IntEnum):
    """BTF_KIND_* values."""

    UNKN = 0
    INT = 1
    PTR = 2
    ARRAY = 3
    STRUCT = 4
    UNION = 5
    ENUM = 6
    FWD = 7
    TYPEDEF = 8
    VOLATILE = 9
    CONST = 10
    RESTRICT = 11
    FUNC = 12
    FUNC_PROTO = 13
    VAR = 14
    DATASEC = 15
    FLOAT = 16
    DECL_TAG = 17
    TYPE_TAG = 18
    ENUM64 = 19


class IntEncoding(enum.IntFlag):
    """BTF_INT_* encoding bits of an INT."""

    NONE = 0
    SIGNED = 1
    CHAR = 2
    BOOL = 4


class FuncLinkage(enum.IntEnum):
    """``enum btf_func_linkage``: stored in the vlen of a FUNC."""

    STATIC = 0
    GLOBAL = 1
    EXTERN = 2


class VarLinkage(enum.IntEnum):
    """BTF_VAR_* linkage of a VAR."""

    STATIC = 0
    GLOBAL_ALLOCATED = 1
    GLOBAL_EXTERN = 2


# -- the kinds --------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Void:
    """Type id 0."""

    KIND: ClassVar[Kind] = Kind.UNKN
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND


VOID = Void()


@dataclass(frozen=True, slots=True)
class Int:
    """An integer of ``size`` bytes whose value is ``bits`` wide starting at bit ``offset`` (0 except in old BTF)."""

    KIND: ClassVar[Kind] = Kind.INT
    name: str
    size: int
    bits: int
    offset: int = 0
    encoding: IntEncoding = IntEncoding.NONE

    @property
    def kind(self) -> Kind:
        return self.KIND

    @property
    def signed(self) -> bool:
        return bool(self.encoding & IntEncoding.SIGNED)

    @property
    def is_char(self) -> bool:
        return bool(self.encoding & IntEncoding.CHAR)

    @property
    def is_bool(self) -> bool:
        return bool(self.encoding & IntEncoding.BOOL)


@dataclass(frozen=True, slots=True)
class Ptr:
    KIND: ClassVar[Kind] = Kind.PTR
    type: int
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Array:
    """``nelems`` elements of ``type``; ``index_type`` is the (int) type clang uses for the index."""

    KIND: ClassVar[Kind] = Kind.ARRAY
    type: int
    index_type: int
    nelems: int
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Member:
    """A struct/union member: ``bit_offset`` from the start of the aggregate; ``bitfield_size`` 0 unless a bitfield."""

    name: str
    type: int
    bit_offset: int
    bitfield_size: int = 0

    @property
    def byte_offset(self) -> int:
        return self.bit_offset // 8


@dataclass(frozen=True, slots=True)
class Struct:
    """``kflag`` set means member offsets carry bitfield sizes (clang sets it when any member is a bitfield)."""

    KIND: ClassVar[Kind] = Kind.STRUCT
    name: str
    size: int
    members: tuple[Member, ...] = ()
    kflag: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND

    def member(self, name: str) -> Member | None:
        """The direct member called ``name`` (no search through anonymous members; see ``Btf.field``)."""
        for m in self.members:
            if m.name == name:
                return m
        return None


@dataclass(frozen=True, slots=True)
class Union:
    KIND: ClassVar[Kind] = Kind.UNION
    name: str
    size: int
    members: tuple[Member, ...] = ()
    kflag: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND

    def member(self, name: str) -> Member | None:
        for m in self.members:
            if m.name == name:
                return m
        return None


@dataclass(frozen=True, slots=True)
class EnumValue:
    name: str
    value: int


@dataclass(frozen=True, slots=True)
class Enum:
    """Enumeration with 32-bit values; ``signed`` is the kind flag (values are then s32, else u32)."""

    KIND: ClassVar[Kind] = Kind.ENUM
    name: str
    size: int
    values: tuple[EnumValue, ...] = ()
    signed: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND

    def value_of(self, name: str) -> int | None:
        for v in self.values:
            if v.name == name:
                return v.value
        return None


@dataclass(frozen=True, slots=True)
class Enum64:
    """Enumeration with 64-bit values (s64 if ``signed``, else u64)."""

    KIND: ClassVar[Kind] = Kind.ENUM64
    name: str
    size: int
    values: tuple[EnumValue, ...] = ()
    signed: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND

    def value_of(self, name: str) -> int | None:
        for v in self.values:
            if v.name == name:
                return v.value
        return None


@dataclass(frozen=True, slots=True)
class Fwd:
    """Forward declaration of a struct (or of a union when ``union``)."""

    KIND: ClassVar[Kind] = Kind.FWD
    name: str
    union: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Typedef:
    KIND: ClassVar[Kind] = Kind.TYPEDEF
    name: str
    type: int

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Volatile:
    KIND: ClassVar[Kind] = Kind.VOLATILE
    type: int
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Const:
    KIND: ClassVar[Kind] = Kind.CONST
    type: int
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Restrict:
    KIND: ClassVar[Kind] = Kind.RESTRICT
    type: int
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Func:
    """A function: ``type`` is its FUNC_PROTO."""

    KIND: ClassVar[Kind] = Kind.FUNC
    name: str
    type: int
    linkage: FuncLinkage = FuncLinkage.STATIC

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: int


@dataclass(frozen=True, slots=True)
class FuncProto:
    """A function signature. A last parameter of type 0 (void) marks a variadic function."""

    KIND: ClassVar[Kind] = Kind.FUNC_PROTO
    return_type: int
    params: tuple[Param, ...] = ()
    name: str = ""

    @property
    def kind(self) -> Kind:
        return self.KIND

    @property
    def variadic(self) -> bool:
        return bool(self.params) and self.params[-1].type == 0


@dataclass(frozen=True, slots=True)
class Var:
    KIND: ClassVar[Kind] = Kind.VAR
    name: str
    type: int
    linkage: VarLinkage = VarLinkage.STATIC

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class VarSecinfo:
    """One variable of a DATASEC: the VAR (or FUNC, for .ksyms) id, its offset and size in the section."""

    type: int
    offset: int
    size: int


@dataclass(frozen=True, slots=True)
class Datasec:
    KIND: ClassVar[Kind] = Kind.DATASEC
    name: str
    size: int
    vars: tuple[VarSecinfo, ...] = ()

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class Float:
    KIND: ClassVar[Kind] = Kind.FLOAT
    name: str
    size: int

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class DeclTag:
    """``__attribute__((btf_decl_tag(name)))`` on ``type`` (component_idx -1) or on its member/parameter #idx.

    ``attr`` (the kind flag) marks a tag that stands for a plain ``__attribute__((name))``.
    """

    KIND: ClassVar[Kind] = Kind.DECL_TAG
    name: str
    type: int
    component_idx: int = -1
    attr: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class TypeTag:
    """``__attribute__((btf_type_tag(name)))`` modifying ``type``; ``attr`` as for DeclTag."""

    KIND: ClassVar[Kind] = Kind.TYPE_TAG
    name: str
    type: int
    attr: bool = False

    @property
    def kind(self) -> Kind:
        return self.KIND


@dataclass(frozen=True, slots=True)
class UnknownKind:
    """A kind newer than this module, skipped thanks to the BTF layout section; kept raw so it round-trips."""

    kind_value: int
    name: str
    info: int
    size_or_type: int
    extra: bytes = b""

    @property
    def kind(self) -> int:
        return self.kind_value


BtfType = (Void | Int | Ptr | Array | Struct | Union | Enum | Enum64 | Fwd | Typedef | Volatile | Const | Restrict
           | Func | FuncProto | Var | Datasec | Float | DeclTag | TypeTag | UnknownKind)

MODIFIERS = frozenset({Kind.VOLATILE, Kind.CONST, Kind.RESTRICT, Kind.TYPE_TAG})
COMPOSITES = frozenset({Kind.STRUCT, Kind.UNION})
ENUMS = frozenset({Kind.ENUM, Kind.ENUM64})
# Kinds whose third header word is a type id (the rest use it as a size, or not at all).
REF_KINDS = frozenset({Kind.PTR, Kind.TYPEDEF, Kind.VOLATILE, Kind.CONST, Kind.RESTRICT, Kind.FUNC, Kind.FUNC_PROTO,
                       Kind.VAR, Kind.DECL_TAG, Kind.TYPE_TAG})


def kind_name(kind: int) -> str:
    """Lower-case kind name as bpftool prints it (``struct``, ``func_proto``...), or ``kind#N``."""
    try:
        return Kind(kind).name.lower()
    except ValueError:
        return f"kind#{kind}"

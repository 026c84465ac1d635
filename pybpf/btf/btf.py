"""The :class:`Btf` object: types by id and by name, type resolution, sizes, alignment and member lookup.

Types are decoded lazily from the raw section (vmlinux has ~100k of them) and cached; a Btf built from Python values
(:meth:`Btf.from_types`) behaves the same. A split BTF (a kernel module's) has a ``base`` whose ids come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from pybpf.btf.strings import StringTable
from pybpf.btf.types import (
    COMPOSITES,
    MODIFIERS,
    VOID,
    Array,
    BtfType,
    Datasec,
    Enum,
    Enum64,
    Float,
    Int,
    Kind,
    Struct,
    Union,
    Var,
    kind_name,
)
from pybpf.errors import LoadError

MAX_RESOLVE_DEPTH = 32  # libbpf's limit on typedef/modifier chains
_LONG_NAMES = frozenset({"long", "long int", "int long", "unsigned long", "long unsigned", "unsigned long int",
                         "unsigned int long", "long unsigned int", "long int unsigned", "int unsigned long",
                         "int long unsigned"})


class TypeSource(Protocol):
    """Where a Btf's own types come from: the raw section (decoded lazily) or a list of values."""

    count: int

    def kind(self, index: int) -> int: ...

    def name(self, index: int) -> str: ...

    def decode(self, index: int) -> BtfType: ...


class ListSource:
    """Types given as Python values."""

    def __init__(self, types: Sequence[BtfType]) -> None:
        self._types = list(types)
        self.count = len(self._types)

    def kind(self, index: int) -> int:
        return int(self._types[index].kind)

    def name(self, index: int) -> str:
        return self._types[index].name

    def names(self) -> list[str]:
        return [t.name for t in self._types]

    def decode(self, index: int) -> BtfType:
        return self._types[index]


@dataclass(frozen=True, slots=True)
class Field:
    """A member found by :meth:`Btf.field`: offsets are from the start of the root type."""

    name: str
    type: int
    bit_offset: int
    bitfield_size: int = 0
    path: tuple[str, ...] = ()

    @property
    def byte_offset(self) -> int:
        return self.bit_offset // 8


_PATH_TOKEN = re.compile(r"\s*(?:\.?\s*([A-Za-z_][A-Za-z_0-9]*)|\[\s*(\d+)\s*\])")


class Btf:
    """A parsed (or built) BTF: a type table with ids ``0..len(btf)-1`` (0 is void) and its strings."""

    def __init__(self, source: TypeSource, strings: StringTable, *, base: Btf | None = None,
                 byteorder: str = "little", origin: str | None = None, section: str = ".BTF") -> None:
        self._source = source
        self._strings = strings
        self._base = base
        self.byteorder = byteorder
        self.origin = origin
        self.section = section
        self.start_id = len(base) if base is not None else 1
        self._cache: list[BtfType | None] = [None] * source.count
        self._by_name: dict[str, list[int]] | None = None
        self._by_essential: dict[str, list[int]] | None = None
        self._ptr_size: int | None = None
        self._align: dict[int, int] = {}
        self._aligning: set[int] = set()

    # -- construction --------------------------------------------------------------------------------------------
    @classmethod
    def from_types(cls, types: Iterable[BtfType], *, base: Btf | None = None, byteorder: str = "little",
                   origin: str | None = None) -> Btf:
        """A BTF whose types (ids from 1, or after ``base``'s) are ``types``; names become its string table."""
        from pybpf.btf.encode import build_strings

        types = list(types)
        data, _ = build_strings(types, base.strings if base is not None else None)
        strings = StringTable(data, base=base.strings if base is not None else None, source=origin)
        return cls(ListSource(types), strings, base=base, byteorder=byteorder, origin=origin)

    def replaced(self, changes: Mapping[int, BtfType] | None = None, *, append: Iterable[BtfType] = ()) -> Btf:
        """A new Btf with some own types replaced (a loader fixing DATASEC sizes and offsets, or sanitizing kinds an
        old kernel lacks) and ``append`` added after the last id. The string table keeps its offsets (line_info
        refers to them); new names are appended to it."""
        from pybpf.btf.encode import StringBuilder, type_strings

        changes = dict(changes or {})
        for type_id in changes:
            if not self.start_id <= type_id < len(self):
                raise self.error(f"cannot replace type [{type_id}]: not one of this BTF's own ids")
        types = [changes.get(i, self.type(i)) for i in self.ids()]
        types.extend(append)
        base_strings = self._base.strings if self._base is not None else None
        sb = StringBuilder(self._strings.data if self._strings.data or base_strings else b"\0", base_strings)
        for t in types:
            for name in type_strings(t):
                sb.add(name)
        strings = StringTable(sb.data, base=base_strings, source=self.origin, section=self.section)
        return Btf(ListSource(types), strings, base=self._base, byteorder=self.byteorder, origin=self.origin,
                   section=self.section)

    # -- basic access --------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        """Number of type ids, void and base types included (libbpf's ``btf__type_cnt``)."""
        return self.start_id + self._source.count

    @property
    def base(self) -> Btf | None:
        return self._base

    @property
    def strings(self) -> StringTable:
        return self._strings

    def error(self, reason: str) -> LoadError:
        return LoadError(reason, file=self.origin, section=self.section)

    def _check_id(self, type_id: int) -> None:
        if not isinstance(type_id, int):
            raise self.error(f"a type id is an int, not {type_id!r}")
        if type_id < 0 or type_id >= len(self):
            raise self.error(f"type id {type_id} out of range (this BTF has ids 0-{len(self) - 1})")

    def type(self, type_id: int) -> BtfType:
        """The type with id ``type_id`` (0 is :data:`VOID`)."""
        try:
            index = type_id - self.start_id
        except TypeError:
            raise self.error(f"a type id is an int, not {type_id!r}") from None
        cache = self._cache
        if 0 <= index < len(cache):
            t = cache[index]
            if t is None:
                t = cache[index] = self._source.decode(index)
            return t
        if type_id == 0:
            return VOID
        if self._base is not None and 0 < type_id < self.start_id:
            return self._base.type(type_id)
        raise self.error(f"type id {type_id} out of range (this BTF has ids 0-{len(self) - 1})")

    __getitem__ = type

    def kind(self, type_id: int) -> int:
        """Kind of ``type_id`` without decoding the whole type."""
        self._check_id(type_id)
        if type_id == 0:
            return Kind.UNKN
        if type_id < self.start_id and self._base is not None:
            return self._base.kind(type_id)
        return self._source.kind(type_id - self.start_id)

    def name(self, type_id: int) -> str:
        """Name of ``type_id`` ("" if anonymous) without decoding the whole type."""
        self._check_id(type_id)
        if type_id == 0:
            return ""
        if type_id < self.start_id and self._base is not None:
            return self._base.name(type_id)
        return self._source.name(type_id - self.start_id)

    def ids(self) -> range:
        """This BTF's own type ids (not the base's, not void)."""
        return range(self.start_id, len(self))

    def types(self) -> Iterator[tuple[int, BtfType]]:
        """(id, type) for this BTF's own types."""
        for type_id in self.ids():
            yield type_id, self.type(type_id)

    def decode_all(self) -> None:
        """Decode (and so validate) every own type."""
        for type_id in self.ids():
            self.type(type_id)

    # -- lookup by name ------------------------------------------------------------------------------------------
    def _name_index(self) -> dict[str, list[int]]:
        if self._by_name is None:
            index: dict[str, list[int]] = {}
            bulk = getattr(self._source, "names", None)
            names = bulk() if bulk is not None else [self._source.name(i) for i in range(self._source.count)]
            start = self.start_id
            for i, n in enumerate(names):
                if n:
                    lst = index.get(n)
                    if lst is None:
                        index[n] = [start + i]
                    else:
                        lst.append(start + i)
            self._by_name = index
        return self._by_name

    def find_ids(self, name: str, kind: int | None = None) -> list[int]:
        """Ids of every type named ``name`` (of ``kind`` if given), base types first, in id order."""
        ids = self._base.find_ids(name, kind) if self._base is not None else []
        own = self._name_index().get(name, ())
        if kind is None:
            ids.extend(own)
        else:
            ids.extend(i for i in own if self.kind(i) == kind)
        return ids

    def find_id(self, name: str, kind: int | None = None) -> int | None:
        """Id of the first type named ``name`` (of ``kind`` if given), or None."""
        ids = self.find_ids(name, kind)
        return ids[0] if ids else None

    def find(self, name: str, kind: int | None = None) -> BtfType | None:
        """The first type named ``name`` (of ``kind`` if given), or None."""
        type_id = self.find_id(name, kind)
        return None if type_id is None else self.type(type_id)

    def require(self, name: str, kind: int | None = None) -> int:
        """Like :meth:`find_id`, but a LoadError naming what is missing."""
        type_id = self.find_id(name, kind)
        if type_id is None:
            what = f"{kind_name(kind)} {name}" if kind is not None else name
            raise self.error(f"no type {what!r} in BTF")
        return type_id

    def essential_index(self) -> dict[str, list[int]]:
        """Own ids grouped by CO-RE essential name (the name without a ``___flavor`` suffix)."""
        if self._by_essential is None:
            index: dict[str, list[int]] = {}
            for n, ids in self._name_index().items():
                key = essential_name(n) if "___" in n else n
                index.setdefault(key, []).extend(ids)
            for ids in index.values():
                ids.sort()
            self._by_essential = index
        return self._by_essential

    # -- resolution ----------------------------------------------------------------------------------------------
    def skip_modifiers(self, type_id: int) -> int:
        """Follow const/volatile/restrict/type_tag."""
        for _ in range(MAX_RESOLVE_DEPTH):
            if self.kind(type_id) not in MODIFIERS:
                return type_id
            type_id = self.type(type_id).type  # type: ignore[union-attr]
        raise self.error(f"type [{type_id}]: modifier chain longer than {MAX_RESOLVE_DEPTH}")

    def resolve(self, type_id: int) -> int:
        """Follow typedefs and modifiers to the underlying type (libbpf's ``skip_mods_and_typedefs``)."""
        start = type_id
        for _ in range(MAX_RESOLVE_DEPTH * 4):
            k = self.kind(type_id)
            if k not in MODIFIERS and k != Kind.TYPEDEF:
                return type_id
            type_id = self.type(type_id).type  # type: ignore[union-attr]
        raise self.error(f"type [{start}]: typedef/modifier chain too long (a loop?)")

    def resolved(self, type_id: int) -> BtfType:
        return self.type(self.resolve(type_id))

    @property
    def ptr_size(self) -> int:
        """Pointer size: the size of ``long`` as this BTF describes it (libbpf's rule), else 8."""
        if self._ptr_size is None:
            size = 8
            if self._base is not None:
                size = self._base.ptr_size
            else:
                for n in _LONG_NAMES:
                    for type_id in self._name_index().get(n, ()):
                        t = self.type(type_id)
                        if isinstance(t, Int) and t.size in (4, 8):
                            size = t.size
                            break
                    else:
                        continue
                    break
            self._ptr_size = size
        return self._ptr_size

    def sizeof(self, type_id: int) -> int:
        """Size in bytes (libbpf's ``btf__resolve_size``); a LoadError for void, functions and forward decls."""
        nelems = 1
        start = type_id
        for _ in range(MAX_RESOLVE_DEPTH):
            t = self.type(type_id)
            k = t.kind
            if isinstance(t, Int | Struct | Union | Enum | Enum64 | Datasec | Float):
                return nelems * t.size
            if k == Kind.PTR:
                return nelems * self.ptr_size
            if k in MODIFIERS or k in (Kind.TYPEDEF, Kind.VAR, Kind.DECL_TAG):
                type_id = t.type  # type: ignore[union-attr]
                continue
            if isinstance(t, Array):
                nelems *= t.nelems
                type_id = t.type
                continue
            raise self.error(f"type [{start}] has no size: it is (or leads to) {self.describe(type_id)}")
        raise self.error(f"type [{start}]: chain longer than {MAX_RESOLVE_DEPTH} while computing its size")

    def alignof(self, type_id: int) -> int:
        """Alignment in bytes (libbpf's ``btf__align_of``: 1 for a packed struct)."""
        a = self._align.get(type_id)
        if a is None:
            if type_id in self._aligning:
                raise self.error(f"type [{type_id}] contains itself: it has no alignment")
            self._aligning.add(type_id)
            try:
                a = self._align[type_id] = self._alignof(type_id)
            finally:
                self._aligning.discard(type_id)
        return a

    def _alignof(self, type_id: int) -> int:
        for _ in range(MAX_RESOLVE_DEPTH):
            t = self.type(type_id)
            if isinstance(t, Int | Enum | Enum64 | Float):
                return min(self.ptr_size, t.size) or 1
            if t.kind == Kind.PTR:
                return self.ptr_size
            if t.kind in MODIFIERS or t.kind == Kind.TYPEDEF:
                type_id = t.type  # type: ignore[union-attr]
                continue
            if isinstance(t, Array):
                type_id = t.type
                continue
            if isinstance(t, Struct | Union):
                max_align = 1
                for m in t.members:
                    a = self.alignof(m.type)
                    max_align = max(max_align, a)
                    if m.bitfield_size == 0 and m.bit_offset % (8 * a):
                        return 1
                return 1 if t.size % max_align else max_align
            raise self.error(f"type [{type_id}] ({self.describe(type_id)}) has no alignment")
        raise self.error(f"type [{type_id}]: chain longer than {MAX_RESOLVE_DEPTH} while computing its alignment")

    # -- members -------------------------------------------------------------------------------------------------
    def field(self, type_id: int, path: str | Sequence[str | int]) -> Field:
        """Find a member by a C-like path (``"a.b[2].c"``), searching through anonymous members as C does.

        ``type_id`` may be a struct/union (or typedef of one), or a pointer to one. Offsets are in bits from the start
        of the root type; array indexes add ``index * sizeof(element)``.
        """
        steps = _parse_path(path) if isinstance(path, str) else list(path)
        if not steps:
            raise self.error("empty member path")
        cur = self.resolve(type_id)
        if self.kind(cur) == Kind.PTR:
            cur = self.resolve(self.type(cur).type)  # type: ignore[union-attr]
        bit_offset = 0
        bitfield = 0
        names: list[str] = []
        cur_name = self.describe(type_id)
        last_type = cur
        for step in steps:
            if bitfield:
                raise self.error(f"{'.'.join(names)} is a bitfield: it has no members")
            t = self.type(cur)
            if isinstance(step, int):
                if not isinstance(t, Array):
                    raise self.error(f"{cur_name} is not an array: cannot index it with [{step}]")
                if step < 0 or (t.nelems and step >= t.nelems):
                    raise self.error(f"index {step} out of range for {cur_name} ({t.nelems} elements)")
                bit_offset += step * self.sizeof(t.type) * 8
                last_type = t.type
                cur = self.resolve(t.type)
                names.append(f"[{step}]")
                cur_name = self.describe(cur)
                continue
            if not isinstance(t, Struct | Union):
                raise self.error(f"{cur_name} is not a struct or union: it has no member {step!r}")
            found = self._find_member(cur, step)
            if found is None:
                raise self.error(f"{self.describe(cur)} has no member {step!r}")
            off, member = found
            bit_offset += off
            bitfield = member.bitfield_size
            names.append(step)
            cur = member.type if bitfield else self.resolve(member.type)
            cur_name = f"member {step!r} ({self.describe(member.type)})"
            last_type = member.type
        return Field(name=names[-1], type=last_type, bit_offset=bit_offset, bitfield_size=bitfield,
                     path=tuple(names))

    def _find_member(self, type_id: int, name: str, depth: int = 0):
        t = self.type(type_id)
        if not isinstance(t, Struct | Union) or depth > MAX_RESOLVE_DEPTH:
            return None
        for m in t.members:
            if m.name == name:
                return m.bit_offset, m
        for m in t.members:
            if not m.name:
                inner = self.resolve(m.type)
                if self.kind(inner) in COMPOSITES:
                    found = self._find_member(inner, name, depth + 1)
                    if found is not None:
                        return m.bit_offset + found[0], found[1]
        return None

    # -- text ----------------------------------------------------------------------------------------------------
    def describe(self, type_id: int) -> str:
        """Short description: ``struct task_struct``, ``int``, ``ptr``, ``[5] func_proto``..."""
        if type_id == 0:
            return "void"
        k = self.kind(type_id)
        n = self.name(type_id)
        if k in (Kind.STRUCT, Kind.UNION, Kind.ENUM, Kind.ENUM64):
            word = "enum" if k in (Kind.ENUM, Kind.ENUM64) else kind_name(k)
            return f"{word} {n}" if n else f"anonymous {word} [{type_id}]"
        if k == Kind.FWD:
            return f"fwd {n}"
        if n:
            return n if k in (Kind.INT, Kind.FLOAT, Kind.TYPEDEF) else f"{kind_name(k)} {n}"
        return f"{kind_name(k)} [{type_id}]"

    def c_type(self, type_id: int, name: str = "") -> str:
        """The C declaration of ``type_id`` (with declarator ``name``), e.g. ``const char *name``."""
        from pybpf.btf.cprint import type_decl

        return type_decl(self, type_id, name)

    def var_of(self, datasec_id: int, offset: int) -> tuple[int, Var] | None:
        """The VAR of a DATASEC placed at ``offset`` (loaders map symbol offsets back to variables)."""
        ds = self.type(datasec_id)
        if not isinstance(ds, Datasec):
            raise self.error(f"type [{datasec_id}] is not a DATASEC")
        for v in ds.vars:
            if v.offset == offset:
                t = self.type(v.type)
                if isinstance(t, Var):
                    return v.type, t
        return None

    def to_bytes(self, byteorder: str | None = None) -> bytes:
        """Serialize (see :func:`pybpf.btf.encode.encode_btf`)."""
        from pybpf.btf.encode import encode_btf

        return encode_btf(self, byteorder=byteorder)

    def __repr__(self) -> str:
        where = f" {self.origin}" if self.origin else ""
        split = f", split on {len(self._base)} base ids" if self._base is not None else ""
        return f"<Btf{where}: {self._source.count} types{split}>"


def essential_name(name: str) -> str:
    """CO-RE's essential name: ``name`` without its last ``___flavor`` suffix (libbpf's rule)."""
    n = len(name)
    for i in range(n - 5, -1, -1):
        if name[i] != "_" and name[i + 1:i + 4] == "___" and name[i + 4] != "_":
            return name[:i + 1]
    return name


def _parse_path(path: str) -> list[str | int]:
    steps: list[str | int] = []
    pos = 0
    text = path.strip()
    while pos < len(text):
        m = _PATH_TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise LoadError(f"cannot parse member path {path!r} at {text[pos:]!r}")
        steps.append(m.group(1) if m.group(1) is not None else int(m.group(2)))
        pos = m.end()
    return steps

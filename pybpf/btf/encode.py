"""Serialize a :class:`Btf` to the raw format BPF_BTF_LOAD takes (and ``parse_btf`` reads back).

The string section starts as the Btf's own string table, so string offsets that ``.BTF.ext`` records (file names,
source lines) stay valid; strings only the types need are appended. A split BTF encodes its own types only.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from pybpf.btf.btf import Btf
from pybpf.btf.parse import KIND_LAYOUT
from pybpf.btf.strings import StringTable
from pybpf.btf.types import (
    BTF_MAGIC,
    BTF_VERSION,
    Array,
    BtfType,
    Const,
    Datasec,
    DeclTag,
    Enum,
    Enum64,
    Float,
    Func,
    FuncProto,
    Fwd,
    Int,
    Ptr,
    Restrict,
    Struct,
    Typedef,
    TypeTag,
    Union,
    UnknownKind,
    Var,
    Void,
    Volatile,
)
from pybpf.errors import EncodeError


def type_strings(t: BtfType) -> list[str]:
    """Every string a type needs: its name and those of its members, enumerators and parameters."""
    out = [t.name]
    if isinstance(t, Struct | Union):
        out.extend(m.name for m in t.members)
    elif isinstance(t, Enum | Enum64):
        out.extend(v.name for v in t.values)
    elif isinstance(t, FuncProto):
        out.extend(p.name for p in t.params)
    return out


class StringBuilder:
    """Grows a string section: starts from existing bytes, appends each new string once."""

    def __init__(self, initial: bytes = b"\0", base: StringTable | None = None) -> None:
        self._base = base
        self._start = len(base) if base is not None else 0
        self._data = bytearray(initial)
        self._offsets: dict[str, int] = {}
        pos = 0
        while pos < len(initial):
            end = initial.find(b"\0", pos)
            if end < 0:
                end = len(initial)
            self._offsets.setdefault(initial[pos:end].decode("utf-8", "surrogateescape"), self._start + pos)
            pos = end + 1

    def add(self, s: str) -> int:
        if s == "" and self._base is not None:
            return 0
        off = self._offsets.get(s)
        if off is None and self._base is not None:
            off = self._base.offset_of(s)
        if off is None:
            off = self._start + len(self._data)
            self._data += s.encode("utf-8", "surrogateescape") + b"\0"
            self._offsets[s] = off
        return off

    @property
    def data(self) -> bytes:
        return bytes(self._data)


def build_strings(types: Iterable[BtfType], base: StringTable | None = None) -> tuple[bytes, dict[str, int]]:
    """A fresh string section for ``types`` (split on ``base`` if given): its bytes and string -> offset."""
    sb = StringBuilder(b"" if base is not None else b"\0", base)
    offsets = {}
    for t in types:
        for s in type_strings(t):
            offsets[s] = sb.add(s)
    return sb.data, offsets


def _check(value: int, bits: int, what: str) -> int:
    if not 0 <= value < (1 << bits):
        raise EncodeError(f"BTF: {what} {value} does not fit in {bits} bits")
    return value


class _TypeEncoder:
    """Per-kind encoders with precompiled structs (vmlinux has 100k+ types to encode)."""

    def __init__(self, fmt: str, add) -> None:
        self.add = add
        self.hdr = struct.Struct(fmt + "III").pack
        self.u32 = struct.Struct(fmt + "I").pack
        self.s32 = struct.Struct(fmt + "i").pack
        self.u32x2 = struct.Struct(fmt + "II").pack
        self.u32x3 = struct.Struct(fmt + "III").pack
        self.by_class = {
            Void: lambda t: self.head(t, 0, 0, False, 0),
            Int: self.int_, Ptr: self.ref, Array: self.array, Struct: self.composite, Union: self.composite,
            Enum: self.enum, Enum64: self.enum64, Fwd: lambda t: self.head(t, 0, 0, t.union, 0),
            Typedef: self.ref, Volatile: self.ref, Const: self.ref, Restrict: self.ref,
            Func: lambda t: self.head(t, int(t.linkage), t.type, False, 0), FuncProto: self.proto,
            Var: lambda t: self.head(t, 0, t.type, False, 0) + self.u32(int(t.linkage)), Datasec: self.datasec,
            Float: lambda t: self.head(t, 0, t.size, False, 0),
            DeclTag: lambda t: self.head(t, 0, t.type, t.attr, 0) + self.s32(t.component_idx),
            TypeTag: lambda t: self.head(t, 0, t.type, t.attr, 0), UnknownKind: self.unknown,
        }

    def __call__(self, t: BtfType) -> bytes:
        fn = self.by_class.get(type(t))
        if fn is None:
            raise EncodeError(f"BTF: cannot encode {t!r}")
        return fn(t)

    def head(self, t: BtfType, vlen: int, st: int, kflag: bool, _unused: int) -> bytes:
        info = (int(kflag) << 31) | (int(t.kind) << 24) | _check(vlen, 24, "vlen")
        return self.hdr(self.add(t.name), info, _check(st, 32, "size/type"))

    def ref(self, t) -> bytes:
        return self.head(t, 0, t.type, False, 0)

    def unknown(self, t: UnknownKind) -> bytes:
        return self.hdr(self.add(t.name), t.info, t.size_or_type) + t.extra

    def int_(self, t: Int) -> bytes:
        word = (int(t.encoding) << 24) | (_check(t.offset, 8, "int offset") << 16) | _check(t.bits, 8, "int bits")
        return self.head(t, 0, t.size, False, 0) + self.u32(word)

    def array(self, t: Array) -> bytes:
        return self.head(t, 0, 0, False, 0) + self.u32x3(t.type, t.index_type, t.nelems)

    def composite(self, t: Struct | Union) -> bytes:
        kflag = t.kflag or any(m.bitfield_size for m in t.members)
        add, pack = self.add, self.u32x3
        parts = [self.head(t, len(t.members), t.size, kflag, 0)]
        for m in t.members:
            if kflag:
                off = (_check(m.bitfield_size, 8, "bitfield size") << 24) | _check(m.bit_offset, 24, "bit offset")
            else:
                off = _check(m.bit_offset, 32, "bit offset")
            parts.append(pack(add(m.name), m.type, off))
        return b"".join(parts)

    def enum(self, t: Enum) -> bytes:
        add, pack = self.add, self.u32x2
        return self.head(t, len(t.values), t.size, t.signed, 0) + b"".join(
            pack(add(v.name), v.value & 0xFFFFFFFF) for v in t.values)

    def enum64(self, t: Enum64) -> bytes:
        add, pack = self.add, self.u32x3
        return self.head(t, len(t.values), t.size, t.signed, 0) + b"".join(
            pack(add(v.name), v.value & 0xFFFFFFFF, (v.value >> 32) & 0xFFFFFFFF) for v in t.values)

    def proto(self, t: FuncProto) -> bytes:
        add, pack = self.add, self.u32x2
        return self.head(t, len(t.params), t.return_type, False, 0) + b"".join(
            pack(add(p.name), p.type) for p in t.params)

    def datasec(self, t: Datasec) -> bytes:
        pack = self.u32x3
        return self.head(t, len(t.vars), t.size, False, 0) + b"".join(
            pack(v.type, v.offset, v.size) for v in t.vars)


def encode_type(t: BtfType, add, fmt: str = "<") -> bytes:
    """One type's bytes; ``add(str) -> offset`` interns strings."""
    return _TypeEncoder(fmt, add)(t)


def encode_btf(btf: Btf, *, byteorder: str | None = None, layout: bool = False) -> bytes:
    """Raw BTF bytes for ``btf``'s own types (in ``byteorder``, default the Btf's). ``layout`` adds the kind layout
    section newer kernels use to skip unknown kinds (Linux 6.18 rejects a header that long: keep False to load)."""
    bo = byteorder or btf.byteorder
    if bo not in ("little", "big"):
        raise EncodeError(f"BTF: byte order must be 'little' or 'big', not {bo!r}")
    fmt = "<" if bo == "little" else ">"
    base_strings = btf.base.strings if btf.base is not None else None
    sb = StringBuilder(btf.strings.data if btf.strings.data or base_strings is not None else b"\0", base_strings)
    enc = _TypeEncoder(fmt, sb.add)
    types = b"".join([enc(t) for _, t in btf.types()])
    strings = sb.data
    hdr_len = 32 if layout else 24
    layout_bytes = b""
    if layout:
        layout_bytes = b"".join(struct.pack(fmt + "BBH", KIND_LAYOUT[k][0], KIND_LAYOUT[k][1], 0)
                                for k in sorted(KIND_LAYOUT))
    header = struct.pack(fmt + "HBBIIIII", BTF_MAGIC, BTF_VERSION, 0, hdr_len, 0, len(types),
                         len(types) + len(layout_bytes), len(strings))
    if layout:
        header += struct.pack(fmt + "II", len(types), len(layout_bytes))
    return header + types + layout_bytes + strings

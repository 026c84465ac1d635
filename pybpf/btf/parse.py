"""Parse a ``.BTF`` blob: header, type section, string section (and the optional layout section), either byte order.

The type section is scanned once to index where each type starts; types are decoded (and checked) on first use, or
all at once with ``validate=True``. Every malformation is a :class:`LoadError` for section ``.BTF`` with the reason.
"""

from __future__ import annotations

import struct
from array import array

from pybpf.btf.btf import Btf
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
    Volatile,
    kind_name,
)
from pybpf.errors import LoadError

HEADER_LEN = 24  # magic..str_len
HEADER_LEN_LAYOUT = 32  # + layout_off, layout_len
TYPE_HEADER = 12

# Bytes after the 12-byte btf_type: (fixed part, per-vlen element), for the kinds this module knows.
KIND_LAYOUT: dict[int, tuple[int, int]] = {
    Kind.UNKN: (0, 0), Kind.INT: (4, 0), Kind.PTR: (0, 0), Kind.ARRAY: (12, 0), Kind.STRUCT: (0, 12),
    Kind.UNION: (0, 12), Kind.ENUM: (0, 8), Kind.FWD: (0, 0), Kind.TYPEDEF: (0, 0), Kind.VOLATILE: (0, 0),
    Kind.CONST: (0, 0), Kind.RESTRICT: (0, 0), Kind.FUNC: (0, 0), Kind.FUNC_PROTO: (0, 8), Kind.VAR: (4, 0),
    Kind.DATASEC: (0, 12), Kind.FLOAT: (0, 0), Kind.DECL_TAG: (4, 0), Kind.TYPE_TAG: (0, 0), Kind.ENUM64: (0, 12),
}
_MODIFIER_CLASSES = {Kind.VOLATILE: Volatile, Kind.CONST: Const, Kind.RESTRICT: Restrict}


class BtfHeader:
    """The fields of ``struct btf_header`` (offsets relative to the end of the header)."""

    __slots__ = ("byteorder", "flags", "hdr_len", "layout_len", "layout_off", "str_len", "str_off", "type_len",
                 "type_off", "version")

    def __init__(self, byteorder: str, version: int, flags: int, hdr_len: int, type_off: int, type_len: int,
                 str_off: int, str_len: int, layout_off: int = 0, layout_len: int = 0) -> None:
        self.byteorder = byteorder
        self.version = version
        self.flags = flags
        self.hdr_len = hdr_len
        self.type_off = type_off
        self.type_len = type_len
        self.str_off = str_off
        self.str_len = str_len
        self.layout_off = layout_off
        self.layout_len = layout_len


def parse_header(data: bytes, err) -> BtfHeader:
    """Read and check the header; ``err(reason)`` builds the exception."""
    if len(data) < HEADER_LEN:
        raise err(f"truncated header: {len(data)} bytes, a BTF header has at least {HEADER_LEN}")
    magic = int.from_bytes(data[:2], "little")
    if magic == BTF_MAGIC:
        bo, fmt = "little", "<"
    elif magic == 0x9FEB:
        bo, fmt = "big", ">"
    else:
        raise err(f"bad magic 0x{magic:04x} (expected 0x{BTF_MAGIC:04x}): not BTF data")
    _, version, flags, hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from(fmt + "HBBIIIII", data)
    if version != BTF_VERSION:
        raise err(f"unsupported BTF version {version} (only {BTF_VERSION} exists)")
    if flags:
        raise err(f"unsupported header flags 0x{flags:x}")
    if hdr_len < HEADER_LEN:
        raise err(f"header length {hdr_len} is shorter than the {HEADER_LEN} bytes of a BTF header")
    if hdr_len > len(data):
        raise err(f"truncated header: header length {hdr_len} but only {len(data)} bytes")
    layout_off = layout_len = 0
    if hdr_len >= HEADER_LEN_LAYOUT:
        layout_off, layout_len = struct.unpack_from(fmt + "II", data, HEADER_LEN)
    hdr = BtfHeader(bo, version, flags, hdr_len, type_off, type_len, str_off, str_len, layout_off, layout_len)
    body = len(data) - hdr_len
    if type_off % 4:
        raise err(f"type section offset {type_off} is not 4-byte aligned")
    if type_off + type_len > body:
        raise err(f"type section ({type_off}+{type_len}) runs past the end of the data ({body} bytes after the "
                  "header)")
    if str_off + str_len > body:
        raise err(f"string section ({str_off}+{str_len}) runs past the end of the data ({body} bytes after the "
                  "header)")
    if type_off + type_len > str_off:
        raise err(f"type section ({type_off}+{type_len}) overlaps the string section at {str_off}")
    if layout_len:
        if layout_off % 4:
            raise err(f"layout section offset {layout_off} is not 4-byte aligned")
        if layout_off < type_off + type_len or layout_off + layout_len > str_off:
            raise err(f"layout section ({layout_off}+{layout_len}) must lie between the type and string sections")
        if layout_len % 4:
            raise err(f"layout section length {layout_len} is not a multiple of 4")
    return hdr


class RawTypes:
    """Types kept as bytes, indexed by one scan, decoded on demand."""

    def __init__(self, data: bytes, fmt: str, offsets: array, infos: array, names: array, strings: StringTable,
                 start_id: int, layout: dict[int, tuple[int, int]]) -> None:
        self._data = data
        self._fmt = fmt
        self._offsets = offsets
        self._infos = infos
        self._names = names
        self._strings = strings
        self._start = start_id
        self._layout = layout
        self.count = len(offsets)
        self.owner: Btf | None = None
        self._u32 = struct.Struct(fmt + "I").unpack_from
        self._u32x2 = struct.Struct(fmt + "II").unpack_from
        self._u32x3 = struct.Struct(fmt + "III").unpack_from
        self._s32 = struct.Struct(fmt + "i").unpack_from

    def kind(self, index: int) -> int:
        return (self._infos[index] >> 24) & 0x7F

    def name(self, index: int) -> str:
        return self._strings.get(self._names[index], f"type [{self._start + index}] name")

    def names(self) -> list[str]:
        """Every type's name, in one pass (the name index of vmlinux needs all ~100k of them)."""
        strings = self._strings
        data, start = strings.data, strings.start
        cache: dict[int, str] = {}
        out = []
        add = out.append
        for i, off in enumerate(self._names):
            s = cache.get(off)
            if s is None:
                local = off - start
                if 0 <= local < len(data):
                    end = data.find(b"\0", local)
                    s = data[local:end if end >= 0 else len(data)].decode("utf-8", "surrogateescape")
                else:
                    s = strings.get(off, f"type [{self._start + i}] name")
                cache[off] = s
            add(s)
        return out

    def _err(self, type_id: int, reason: str) -> LoadError:
        return LoadError(f"type [{type_id}]: {reason}", file=self._strings.source, section=self._strings.section)

    def decode(self, index: int) -> BtfType:
        type_id = self._start + index
        pos = self._offsets[index]
        info = self._infos[index]
        kind = (info >> 24) & 0x7F
        vlen = info & 0xFFFFFF
        kflag = bool(info >> 31)
        st = self._u32(self._data, pos + 8)[0]
        name = self._strings.get(self._names[index], f"type [{type_id}] ({kind_name(kind)}) name")
        total = self._start + self.count
        data = self._data
        p = pos + TYPE_HEADER

        def ref(x: int, what: str) -> int:
            if x >= total:
                raise self._err(type_id, f"{kind_name(kind)} {what} refers to type id {x}, out of range "
                                         f"(this BTF has ids 0-{total - 1})")
            return x

        def sname(off: int, what: str) -> str:
            return self._strings.get(off, f"type [{type_id}] ({kind_name(kind)}) {what}")

        if kind == Kind.INT:
            v = self._u32(data, p)[0]
            enc, off, bits = (v >> 24) & 0x0F, (v >> 16) & 0xFF, v & 0xFF
            if v & 0xF000FF00:
                raise self._err(type_id, f"int {name!r} has reserved bits set in its encoding word 0x{v:08x}")
            if st not in (1, 2, 4, 8, 16):
                raise self._err(type_id, f"int {name!r} has size {st} (must be 1, 2, 4, 8 or 16)")
            if off + bits > st * 8:
                raise self._err(type_id, f"int {name!r}: offset {off} + {bits} bits exceed its {st} bytes")
            if enc not in (0, 1, 2, 4):
                raise self._err(type_id, f"int {name!r} has unsupported encoding {enc}")
            return Int(name, st, bits, off, IntEncoding(enc))
        if kind == Kind.PTR:
            return Ptr(ref(st, "target"), name)
        if kind == Kind.ARRAY:
            elem, index_type, nelems = self._u32x3(data, p)
            return Array(ref(elem, "element type"), ref(index_type, "index type"), nelems, name)
        if kind in (Kind.STRUCT, Kind.UNION):
            members = []
            for i in range(vlen):
                m_name, m_type, m_off = self._u32x3(data, p + 12 * i)
                if kflag:
                    bitfield, bit_offset = m_off >> 24, m_off & 0xFFFFFF
                else:
                    bitfield, bit_offset = 0, m_off
                members.append(Member(sname(m_name, f"member #{i} name"), ref(m_type, f"member #{i}"), bit_offset,
                                      bitfield))
            cls = Struct if kind == Kind.STRUCT else Union
            return cls(name, st, tuple(members), kflag)
        if kind == Kind.ENUM:
            unpack = self._s32 if kflag else self._u32
            values = tuple(EnumValue(sname(self._u32(data, p + 8 * i)[0], f"enumerator #{i} name"),
                                     unpack(data, p + 8 * i + 4)[0]) for i in range(vlen))
            if st not in (1, 2, 4, 8):
                raise self._err(type_id, f"enum {name!r} has size {st} (must be 1, 2, 4 or 8)")
            return Enum(name, st, values, kflag)
        if kind == Kind.ENUM64:
            vals = []
            for i in range(vlen):
                n_off, lo, hi = self._u32x3(data, p + 12 * i)
                v = lo | (hi << 32)
                if kflag and v >= 1 << 63:
                    v -= 1 << 64
                vals.append(EnumValue(sname(n_off, f"enumerator #{i} name"), v))
            if st not in (1, 2, 4, 8):
                raise self._err(type_id, f"enum64 {name!r} has size {st} (must be 1, 2, 4 or 8)")
            return Enum64(name, st, tuple(vals), kflag)
        if kind == Kind.FWD:
            return Fwd(name, kflag)
        if kind == Kind.TYPEDEF:
            return Typedef(name, ref(st, "target"))
        if kind in _MODIFIER_CLASSES:
            return _MODIFIER_CLASSES[kind](ref(st, "target"), name)
        if kind == Kind.FUNC:
            if vlen > FuncLinkage.EXTERN:
                raise self._err(type_id, f"func {name!r} has unknown linkage {vlen}")
            ref(st, "prototype")
            if self.owner is not None and self.owner.kind(st) != Kind.FUNC_PROTO:
                raise self._err(type_id, f"func {name!r} refers to type [{st}], which is a "
                                         f"{kind_name(self.owner.kind(st))}, not a func_proto")
            return Func(name, st, FuncLinkage(vlen))
        if kind == Kind.FUNC_PROTO:
            params = []
            for i in range(vlen):
                p_name, p_type = self._u32x2(data, p + 8 * i)
                params.append(Param(sname(p_name, f"parameter #{i} name"), ref(p_type, f"parameter #{i}")))
            return FuncProto(ref(st, "return type"), tuple(params), name)
        if kind == Kind.VAR:
            linkage = self._u32(data, p)[0]
            if linkage > VarLinkage.GLOBAL_EXTERN:
                raise self._err(type_id, f"var {name!r} has unknown linkage {linkage}")
            return Var(name, ref(st, "type"), VarLinkage(linkage))
        if kind == Kind.DATASEC:
            secs = []
            for i in range(vlen):
                v_type, v_off, v_size = self._u32x3(data, p + 12 * i)
                secs.append(VarSecinfo(ref(v_type, f"variable #{i}"), v_off, v_size))
            return Datasec(name, st, tuple(secs))
        if kind == Kind.FLOAT:
            if st not in (2, 4, 8, 12, 16):
                raise self._err(type_id, f"float {name!r} has size {st} (must be 2, 4, 8, 12 or 16)")
            return Float(name, st)
        if kind == Kind.DECL_TAG:
            idx = self._s32(data, p)[0]
            if idx < -1:
                raise self._err(type_id, f"decl_tag {name!r} has component index {idx} (must be >= -1)")
            return DeclTag(name, ref(st, "target"), idx, kflag)
        if kind == Kind.TYPE_TAG:
            return TypeTag(name, ref(st, "target"), kflag)
        if kind == Kind.UNKN:
            return UnknownKind(0, name, info, st, b"")
        fixed, elem = self._layout[kind]
        return UnknownKind(kind, name, info, st, bytes(data[p:p + fixed + vlen * elem]))


def _layout_table(data: bytes, hdr: BtfHeader, fmt: str, err) -> dict[int, tuple[int, int]]:
    """Kind layouts: ours, plus those the optional layout section declares for newer kinds."""
    layout = dict(KIND_LAYOUT)
    start = hdr.hdr_len + hdr.layout_off
    for kind in range(hdr.layout_len // 4):
        info_sz, elem_sz, _flags = struct.unpack_from(fmt + "BBH", data, start + 4 * kind)
        if kind in KIND_LAYOUT:
            continue
        if info_sz % 4 or elem_sz % 4:
            raise err(f"layout section: kind {kind} has element sizes {info_sz}/{elem_sz}, not multiples of 4")
        layout[kind] = (info_sz, elem_sz)
    return layout


def _scan(types: bytes, fmt: str, layout: dict[int, tuple[int, int]], start_id: int, err
          ) -> tuple[array, array, array]:
    """One pass over the type section: where each type starts, its info word and name offset."""
    fixed = [-1] * 128
    elem = [0] * 128
    for k, (f, e) in layout.items():
        fixed[k] = TYPE_HEADER + f
        elem[k] = e
    offsets = array("I")
    infos = array("I")
    names = array("I")
    add_off, add_info, add_name = offsets.append, infos.append, names.append
    unpack = struct.Struct(fmt + "II").unpack_from
    end = len(types)
    pos = 0
    while pos + TYPE_HEADER <= end:
        name_off, info = unpack(types, pos)
        kind = (info >> 24) & 0x7F
        size = fixed[kind]
        if size < 0:
            raise err(f"type [{start_id + len(offsets)}] has unknown kind {kind}")
        size += (info & 0xFFFFFF) * elem[kind]
        if pos + size > end:
            raise err(f"type [{start_id + len(offsets)}] ({kind_name(kind)}) is truncated: it needs {size} bytes, "
                      f"{end - pos} remain in the type section")
        add_off(pos)
        add_info(info)
        add_name(name_off)
        pos += size
    if pos != end:
        raise err(f"type section has {end - pos} trailing bytes after type [{start_id + len(offsets) - 1}]")
    return offsets, infos, names


def parse_btf(data: bytes | bytearray | memoryview, *, base: Btf | None = None, source: str | None = None,
              validate: bool = True, section: str = ".BTF") -> Btf:
    """Parse raw BTF. ``base`` makes it a split BTF (a module's); ``validate`` decodes and checks every type now."""
    data = bytes(data)

    def err(reason: str) -> LoadError:
        return LoadError(reason, file=source, section=section)

    hdr = parse_header(data, err)
    fmt = "<" if hdr.byteorder == "little" else ">"
    if base is not None and base.byteorder != hdr.byteorder:
        raise err(f"split BTF is {hdr.byteorder}-endian but its base is {base.byteorder}-endian")
    str_start = hdr.hdr_len + hdr.str_off
    str_data = data[str_start:str_start + hdr.str_len]
    if base is None or hdr.str_len:
        if not str_data:
            raise err("string section is empty (it must hold at least the empty string)")
        if str_data[-1] != 0:
            raise err("string section does not end with a NUL byte")
        if base is None and str_data[0] != 0:
            raise err("string section does not start with the empty string (split BTF without its base?)")
    strings = StringTable(str_data, base=base.strings if base is not None else None, source=source, section=section)
    layout = _layout_table(data, hdr, fmt, err) if hdr.layout_len else KIND_LAYOUT
    type_start = hdr.hdr_len + hdr.type_off
    types = data[type_start:type_start + hdr.type_len]
    start_id = len(base) if base is not None else 1
    offsets, infos, names = _scan(types, fmt, layout, start_id, err)
    raw = RawTypes(types, fmt, offsets, infos, names, strings, start_id, layout)
    btf = Btf(raw, strings, base=base, byteorder=hdr.byteorder, origin=source, section=section)
    raw.owner = btf
    if validate:
        btf.decode_all()
    return btf


def parse_btf_file(path: str, *, base: Btf | None = None, validate: bool = True) -> Btf:
    """Parse a raw BTF file (e.g. ``/sys/kernel/btf/vmlinux``)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise LoadError(f"cannot read BTF: {e.strerror}", file=path) from None
    return parse_btf(data, base=base, source=path, validate=validate)

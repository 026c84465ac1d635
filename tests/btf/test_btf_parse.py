"""Parsing and encoding .BTF without a compiler: every kind, both byte orders, lookups, and malformed input."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pybpf.btf import (
    VOID,
    Array,
    Btf,
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
    dump_c,
    encode_btf,
    parse_btf,
)
from pybpf.btf.parse import KIND_LAYOUT
from pybpf.errors import LoadError

# One of every kind. ids: 1 int, 2 char, 3 ptr->int, 4 array int[3], 5 struct point, 6 union u, 7 enum, 8 enum64,
# 9 fwd, 10 typedef, 11 volatile, 12 const, 13 restrict, 14 func_proto, 15 func, 16 var, 17 datasec, 18 float,
# 19 decl_tag, 20 type_tag, 21 ptr->type_tag, 22 u64, 23 struct with bitfields, 24 fwd union
SAMPLE = [
    Int("int", 4, 32, 0, IntEncoding.SIGNED),
    Int("char", 1, 8, 0, IntEncoding.CHAR),
    Ptr(1),
    Array(1, 1, 3),
    Struct("point", 12, (Member("x", 1, 0), Member("y", 1, 32), Member("z", 4, 64))),
    Union("u", 4, (Member("i", 1, 0), Member("c", 2, 0))),
    Enum("color", 4, (EnumValue("RED", 0), EnumValue("BLUE", -5)), signed=True),
    Enum64("big", 8, (EnumValue("HUGE", 0xFFFF_FFFF_FFFF_FFF0), EnumValue("ONE", 1))),
    Fwd("opaque"),
    Typedef("point_t", 5),
    Volatile(1),
    Const(11),
    Restrict(3),
    FuncProto(1, (Param("a", 1), Param("p", 21))),
    Func("fn", 14, FuncLinkage.GLOBAL),
    Var("counter", 1, VarLinkage.GLOBAL_ALLOCATED),
    Datasec(".data", 4, (VarSecinfo(16, 0, 4),)),
    Float("double", 8),
    DeclTag("my_tag", 5, 1),
    TypeTag("user", 1),
    Ptr(20),
    Int("unsigned long long", 8, 64),
    Struct("flags", 8, (Member("a", 1, 0, 3), Member("b", 22, 3, 40), Member("c", 2, 48)), kflag=True),
    Fwd("opaque_u", union=True),
]


@pytest.fixture
def sample() -> Btf:
    return Btf.from_types(SAMPLE)


def test_every_kind_round_trips_both_byte_orders(sample):
    for order in ("little", "big"):
        data = encode_btf(sample, byteorder=order)
        assert data[:2] == (b"\x9f\xeb" if order == "little" else b"\xeb\x9f")
        back = parse_btf(data)
        assert back.byteorder == order
        assert [t for _, t in back.types()] == SAMPLE
        assert {t.kind for _, t in back.types()} == set(Kind) - {Kind.UNKN}
        assert encode_btf(back) == data  # stable: encoding what was parsed gives the same bytes


def test_lookup_and_resolution(sample):
    assert len(sample) == len(SAMPLE) + 1
    assert sample[0] is VOID
    assert sample.find_id("point") == 5
    assert sample.find_id("point", Kind.TYPEDEF) is None
    assert sample.find("point_t") == Typedef("point_t", 5)
    assert sample.find_ids("opaque") == [9]
    assert sample.resolve(10) == 5  # typedef -> struct
    assert sample.resolve(12) == 1  # const -> volatile -> int
    assert sample.resolve(20) == 1  # type_tag is a modifier
    assert sample.skip_modifiers(12) == 1
    assert sample.sizeof(4) == 12
    assert sample.sizeof(10) == 12
    assert sample.sizeof(3) == 8
    assert sample.sizeof(17) == 4
    assert sample.alignof(5) == 4
    assert sample.alignof(22) == 8
    assert sample.describe(5) == "struct point"
    assert sample.describe(6) == "union u"
    assert sample.kind(15) == Kind.FUNC
    assert sample.name(15) == "fn"
    assert sample.strings.offset_of("point") is not None


def test_sizeof_errors_name_the_type(sample):
    with pytest.raises(LoadError, match="has no size"):
        sample.sizeof(9)  # fwd
    with pytest.raises(LoadError, match="has no size"):
        sample.sizeof(0)
    with pytest.raises(LoadError, match="out of range"):
        sample.type(999)


def test_field_paths(sample):
    f = sample.field(5, "z[2]")
    assert (f.bit_offset, f.type) == (64 + 64, 1)
    assert sample.field(10, "y").byte_offset == 4
    with pytest.raises(LoadError, match="not a struct or union"):
        sample.field(3, "x")  # pointer to int
    bits = sample.field(23, "b")
    assert (bits.bit_offset, bits.bitfield_size) == (3, 40)
    with pytest.raises(LoadError, match="no member 'w'"):
        sample.field(5, "w")
    with pytest.raises(LoadError, match="out of range"):
        sample.field(5, "z[3]")


def test_field_through_anonymous_members():
    btf = Btf.from_types([
        Int("int", 4, 32, 0, IntEncoding.SIGNED),
        Struct("", 8, (Member("a", 1, 0), Member("b", 1, 32))),
        Union("", 8, (Member("", 2, 0), Member("w", 1, 0))),
        Struct("outer", 16, (Member("head", 1, 0), Member("", 3, 64))),
        Ptr(4),
    ])
    assert btf.field(4, "b").byte_offset == 12
    assert btf.field(5, "w").byte_offset == 8  # through a pointer to the struct
    assert btf.field(4, "b").path == ("b",)


def test_ptr_size_follows_long():
    btf32 = Btf.from_types([Int("long", 4, 32, 0, IntEncoding.SIGNED), Ptr(1)])
    assert btf32.sizeof(2) == 4
    assert Btf.from_types([Ptr(0)]).sizeof(1) == 8


def test_split_btf_continues_base_ids_and_strings(sample):
    module_types = [Struct("mod_s", 16, (Member("pt", 5, 0), Member("extra", 1, 96))), Ptr(25),
                    Typedef("point_t", 25)]
    module = Btf.from_types(module_types, base=sample)
    data = encode_btf(module)
    back = parse_btf(data, base=sample)
    assert back.start_id == len(SAMPLE) + 1
    assert [t for _, t in back.types()] == module_types
    assert back.type(5) == SAMPLE[4]  # base ids resolve through the base
    assert back.find_ids("point_t") == [10, 27]  # base first
    assert back.field(25, "pt.y").byte_offset == 4
    with pytest.raises(LoadError, match="split BTF without its base"):
        parse_btf(data)


def test_layout_section_lets_unknown_kinds_through(sample):
    """A BTF from a newer kernel with a kind 25 we do not know: the layout section says how long it is."""
    data = bytearray(encode_btf(sample, layout=True))
    hdr = struct.unpack_from("<HBBIIIIIII", data)
    type_len, layout_len = hdr[5], hdr[9]
    # Append a kind-25 type (vlen 2, 4 fixed bytes + 8 bytes per element) to the type section and declare its layout.
    new_type = struct.pack("<III", 0, (25 << 24) | 2, 0) + b"\x01" * 4 + b"\x02" * 16
    layout = bytes(data[32 + type_len:32 + type_len + layout_len]) + b"\0" * 4 * (25 - len(KIND_LAYOUT))
    layout += struct.pack("<BBH", 4, 8, 0)
    strings = bytes(data[32 + type_len + layout_len:])
    types = bytes(data[32:32 + type_len]) + new_type
    header = struct.pack("<HBBIIIIIII", 0xEB9F, 1, 0, 32, 0, len(types), len(types) + len(layout), len(strings),
                         len(types), len(layout))
    btf = parse_btf(header + types + layout + strings)
    t = btf.type(len(SAMPLE) + 1)
    assert isinstance(t, UnknownKind) and t.kind == 25 and t.extra == b"\x01" * 4 + b"\x02" * 16
    assert btf.type(5) == SAMPLE[4]
    assert encode_btf(btf)[24:24 + len(types)] == types  # kept raw, so it round-trips


# -- malformed input ---------------------------------------------------------------------------------------------

def _raw(types: bytes, strings: bytes = b"\0name\0", *, fmt: str = "<", **hdr) -> bytes:
    fields = dict(magic=0xEB9F, version=1, flags=0, hdr_len=24, type_off=0, type_len=len(types),
                  str_off=len(types), str_len=len(strings))
    fields.update(hdr)
    header = struct.pack(fmt + "HBBIIIII", *fields.values())
    return header + types + strings


INT_T = struct.pack("<IIII", 1, 1 << 24, 4, 32)  # "name": int, 4 bytes, 32 bits


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x9f\xeb\x01\x00", "truncated header"),
    (_raw(INT_T, magic=0x1234), "bad magic"),
    (_raw(INT_T, version=2), "unsupported BTF version 2"),
    (_raw(INT_T, flags=1), "unsupported header flags"),
    (_raw(INT_T, hdr_len=16), "shorter than the 24 bytes"),
    (_raw(INT_T, hdr_len=4096), "truncated header"),
    (_raw(INT_T, type_len=4096), "type section .* runs past the end"),
    (_raw(INT_T, str_len=4096), "string section .* runs past the end"),
    (_raw(INT_T, type_off=2), "not 4-byte aligned"),
    (_raw(INT_T, str_off=8), "overlaps the string section"),
    (_raw(INT_T, b"\0name"), "does not end with a NUL"),
    (_raw(INT_T, b"x\0"), "does not start with the empty string"),
    (_raw(INT_T, b""), "string section is empty"),
    (_raw(struct.pack("<III", 0, 25 << 24, 0)), r"type \[1\] has unknown kind 25"),
    (_raw(struct.pack("<III", 0, (4 << 24) | 3, 8) + b"\0" * 12), r"type \[1\] \(struct\) is truncated"),
    (_raw(INT_T + b"\0\0\0\0"), "trailing bytes"),
    (_raw(struct.pack("<IIII", 999, 1 << 24, 4, 32)), "name offset 999 is outside the string section"),
    (_raw(struct.pack("<III", 0, 2 << 24, 7)), r"type \[1\]: ptr target refers to type id 7, out of range"),
    (_raw(INT_T + struct.pack("<III", 1, (12 << 24), 1)), "not a func_proto"),
    (_raw(INT_T + struct.pack("<III", 1, (12 << 24) | 5, 1)), "unknown linkage 5"),
    (_raw(struct.pack("<IIII", 1, 1 << 24, 3, 24)), "has size 3"),
    (_raw(struct.pack("<IIII", 1, 1 << 24, 4, 40)), "exceed its 4 bytes"),
    (_raw(struct.pack("<III", 0, (4 << 24) | 1, 4) + struct.pack("<III", 77, 0, 0)), "member #0 name offset 77"),
    (_raw(struct.pack("<III", 0, (4 << 24) | 1, 4) + struct.pack("<III", 0, 9, 0)), "member #0 refers to type id 9"),
    (_raw(INT_T + struct.pack("<IIII", 0, 14 << 24, 1, 9)), "unknown linkage 9"),
    (_raw(INT_T + struct.pack("<IIIi", 1, 17 << 24, 1, -2)), "component index -2"),
])
def test_malformed_btf_gives_load_error(data, reason):
    with pytest.raises(LoadError, match=reason) as info:
        parse_btf(data, source="bad.o")
    assert "bad.o: section .BTF" in str(info.value)


def test_lazy_parse_reports_bad_types_on_use():
    data = _raw(INT_T + struct.pack("<III", 0, 2 << 24, 7))
    btf = parse_btf(data, validate=False)
    assert btf.type(1) == Int("name", 4, 32)
    with pytest.raises(LoadError, match="out of range"):
        btf.type(2)


@given(st.data())
def test_mutated_btf_never_crashes(data):
    """Flip, cut or extend bytes of a valid BTF: parsing either works or raises LoadError, nothing else."""
    raw = bytearray(encode_btf(Btf.from_types(SAMPLE), byteorder=data.draw(st.sampled_from(["little", "big"]))))
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["flip", "cut", "grow"]))
        if op == "flip" and raw:
            pos = data.draw(st.integers(0, len(raw) - 1))
            raw[pos] = data.draw(st.integers(0, 255))
        elif op == "cut" and raw:
            del raw[data.draw(st.integers(0, len(raw) - 1)):]
        else:
            raw += bytes(data.draw(st.binary(max_size=16)))
    try:
        btf = parse_btf(bytes(raw))
    except LoadError:
        return
    for type_id in range(1, len(btf)):  # whatever parsed must also describe, size and print without crashing
        btf.describe(type_id)
        with contextlib.suppress(LoadError):
            btf.sizeof(type_id)
        with contextlib.suppress(LoadError):
            btf.alignof(type_id)
    with contextlib.suppress(LoadError):
        dump_c(btf)


# -- property: any valid type table survives encode -> parse ------------------------------------------------------

_NAMES = st.text(alphabet="abcxyz_0123", max_size=6).filter(lambda s: not s[:1].isdigit())


@st.composite
def type_tables(draw):
    n = draw(st.integers(1, 20))
    ref = st.integers(0, n)
    u32 = st.integers(0, 0xFFFFFFFF)

    def member(kflag):
        return st.builds(Member, _NAMES, ref, st.integers(0, 0xFFFFFF if kflag else 0xFFFFFFFF),
                         st.integers(0, 255) if kflag else st.just(0))

    def enum_values(lo, hi):
        return st.lists(st.builds(EnumValue, _NAMES, st.integers(lo, hi)), max_size=4).map(tuple)

    kinds = [
        st.builds(Int, _NAMES, st.sampled_from([1, 2, 4, 8, 16]), st.just(8),
                  encoding=st.sampled_from(list(IntEncoding))),
        st.builds(Ptr, ref), st.builds(Array, ref, ref, u32),
        st.booleans().flatmap(lambda k: st.builds(Struct, _NAMES, u32, st.lists(member(k), max_size=4).map(tuple),
                                                  st.just(k))),
        st.booleans().flatmap(lambda k: st.builds(Union, _NAMES, u32, st.lists(member(k), max_size=4).map(tuple),
                                                  st.just(k))),
        st.booleans().flatmap(lambda s: st.builds(Enum, _NAMES, st.sampled_from([1, 2, 4, 8]),
                                                  enum_values(-(1 << 31), (1 << 31) - 1) if s
                                                  else enum_values(0, 0xFFFFFFFF), st.just(s))),
        st.booleans().flatmap(lambda s: st.builds(Enum64, _NAMES, st.sampled_from([1, 2, 4, 8]),
                                                  enum_values(-(1 << 63), (1 << 63) - 1) if s
                                                  else enum_values(0, (1 << 64) - 1), st.just(s))),
        st.builds(Fwd, _NAMES, st.booleans()), st.builds(Typedef, _NAMES, ref), st.builds(Volatile, ref),
        st.builds(Const, ref), st.builds(Restrict, ref),
        st.builds(FuncProto, ref, st.lists(st.builds(Param, _NAMES, ref), max_size=3).map(tuple)),
        st.builds(Var, _NAMES, ref, st.sampled_from(list(VarLinkage))),
        st.builds(Datasec, _NAMES, u32, st.lists(st.builds(VarSecinfo, ref, u32, u32), max_size=3).map(tuple)),
        st.builds(Float, _NAMES, st.sampled_from([2, 4, 8, 12, 16])),
        st.builds(DeclTag, _NAMES, ref, st.integers(-1, 5), st.booleans()),
        st.builds(TypeTag, _NAMES, ref, st.booleans()),
    ]
    types = [draw(st.one_of(kinds)) for _ in range(n)]
    protos = [i + 1 for i, t in enumerate(types) if isinstance(t, FuncProto)]
    if protos:  # a FUNC must point at a FUNC_PROTO
        for _ in range(draw(st.integers(0, 2))):
            types.append(Func(draw(_NAMES), draw(st.sampled_from(protos)), draw(st.sampled_from(list(FuncLinkage)))))
    return types


@given(type_tables(), st.sampled_from(["little", "big"]))
def test_random_tables_round_trip(types, order):
    data = encode_btf(Btf.from_types(types), byteorder=order)
    back = parse_btf(data)
    assert [t for _, t in back.types()] == types
    assert encode_btf(back) == data


def test_replaced_keeps_string_offsets(sample):
    name_off = sample.strings.offset_of("point")
    fixed = sample.replaced({17: Datasec(".data", 8, (VarSecinfo(16, 4, 4),))}, append=[Int("brand_new", 2, 16)])
    assert fixed.type(17) == Datasec(".data", 8, (VarSecinfo(16, 4, 4),))
    assert fixed.type(len(SAMPLE) + 1) == Int("brand_new", 2, 16)
    assert fixed.strings.offset_of("point") == name_off  # .BTF.ext offsets into the table stay valid
    assert sample.type(17).size == 4  # the original is untouched
    back = parse_btf(encode_btf(fixed))
    assert back.find("brand_new") == Int("brand_new", 2, 16) and back.type(17).size == 8
    with pytest.raises(LoadError, match="not one of this BTF's own ids"):
        sample.replaced({0: Int("x", 4, 32)})

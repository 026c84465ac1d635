"""BTF of real clang-19 output (tests/btf/c/kinds.c): every kind as the C declares it, .BTF.ext records, round trips,
and C printing that compiles back to the same layout."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from btf_testutil import C_DIR, layout_asserts, recompile, same_layouts, syntax_check

from pybpf.btf import (
    Array,
    Const,
    Datasec,
    DeclTag,
    Enum,
    Enum64,
    Float,
    Func,
    FuncLinkage,
    FuncProto,
    Fwd,
    Int,
    Kind,
    Ptr,
    Restrict,
    Struct,
    Typedef,
    TypeTag,
    Union,
    Var,
    VarLinkage,
    Volatile,
    dump_c,
    encode_btf,
    format_type,
    parse_btf,
)

pytestmark = pytest.mark.clang


def _struct(btf, name, kind=Kind.STRUCT):
    t = btf.find(name, kind)
    assert t is not None, f"{name} missing"
    return t


def _offsets(t):
    return {m.name: (m.bit_offset, m.bitfield_size) for m in t.members}


def test_struct_members_and_offsets(kinds):
    btf = kinds.btf
    outer = _struct(btf, "outer")
    assert outer.size == 128
    assert [m.name for m in outer.members] == ["id", "", "named_anon", "matrix", "cvp", "next", "callback",
                                              "vcallback", "ratio", "dratio", "col", "aliased", "tail"]
    offs = {m.name: m.bit_offset // 8 for m in outer.members}
    assert offs == {"id": 0, "": 8, "named_anon": 16, "matrix": 24, "cvp": 72, "next": 80, "callback": 88,
                    "vcallback": 96, "ratio": 104, "dratio": 112, "col": 120, "aliased": 124, "tail": 128}
    anon_union = btf.type(outer.members[1].type)
    assert isinstance(anon_union, Union) and anon_union.name == "" and anon_union.size == 8
    assert btf.field(btf.find_id("outer"), "in.y").byte_offset == 10  # through the anonymous union
    named_anon = btf.type(outer.members[2].type)
    assert isinstance(named_anon, Struct) and named_anon.name == "" and _offsets(named_anon) == {
        "flag": (0, 0), "val": (32, 0)}
    assert btf.describe(btf.field(btf.find_id("outer"), "next").type) == "ptr [16]"
    tail = btf.type(outer.members[-1].type)
    assert isinstance(tail, Array) and tail.nelems == 0  # flexible array member


def test_bitfields(kinds):
    bits = _struct(kinds.btf, "bits")
    assert bits.kflag and bits.size == 8
    assert _offsets(bits) == {"a": (0, 3), "b": (3, 5), "c": (8, 7), "d": (15, 40), "e": (56, 0)}
    c = kinds.btf.resolved(bits.members[2].type)
    assert isinstance(c, Int) and c.signed and c.size == 4


def test_unions_packed_and_arrays_of_arrays(kinds):
    btf = kinds.btf
    num = _struct(btf, "number", Kind.UNION)
    assert num.size == 8 and all(m.bit_offset == 0 for m in num.members)
    raw = btf.type(num.members[2].type)
    assert isinstance(raw, Array) and raw.nelems == 8 and btf.sizeof(raw.type) == 1
    packed = _struct(btf, "packed_s")
    assert packed.size == 7 and _offsets(packed) == {"a": (0, 0), "b": (8, 0), "c": (40, 0)}
    assert btf.alignof(btf.find_id("packed_s")) == 1
    matrix = btf.type(btf.field(btf.find_id("outer"), "matrix").type)
    inner = btf.type(matrix.type)
    assert (matrix.nelems, inner.nelems, btf.sizeof(inner.type)) == (3, 4, 4)
    assert btf.field(btf.find_id("outer"), "matrix[2][1]").byte_offset == 24 + 2 * 16 + 4


def test_enums(kinds):
    btf = kinds.btf
    color = _struct(btf, "color", Kind.ENUM)
    assert isinstance(color, Enum) and color.signed and color.size == 4
    assert [(v.name, v.value) for v in color.values] == [("RED", 0), ("GREEN", 5), ("BLUE", -1)]
    big = _struct(btf, "big", Kind.ENUM64)
    assert isinstance(big, Enum64) and not big.signed and big.value_of("BIG_LARGE") == 0x123456789ABC
    neg = _struct(btf, "negbig", Kind.ENUM64)
    assert neg.signed and neg.value_of("NB_MIN") == -0x100000000
    tiny = _struct(btf, "tiny", Kind.ENUM)
    assert tiny.size == 1 and tiny.value_of("TINY_B") == 200


def test_typedef_chain_and_modifiers(kinds):
    btf = kinds.btf
    alias2 = btf.find_id("u32_alias2", Kind.TYPEDEF)
    chain = []
    t = alias2
    while btf.kind(t) == Kind.TYPEDEF:
        chain.append(btf.name(t))
        t = btf.type(t).type
    assert chain == ["u32_alias2", "u32_alias", "__u32"]
    assert btf.type(btf.resolve(alias2)) == Int("unsigned int", 4, 32)
    cvp = btf.field(btf.find_id("outer"), "cvp").type
    kinds_chain = []
    t = cvp
    for _ in range(6):
        tt = btf.type(t)
        kinds_chain.append(type(tt))
        if not hasattr(tt, "type"):
            break
        t = tt.type
    assert kinds_chain[:5] == [Restrict, Ptr, Const, Volatile, Typedef]
    ro = btf.find("ro_var", Kind.VAR)
    assert isinstance(btf.type(ro.type), Const)
    assert btf.c_type(cvp, "cvp") == "volatile const __u64 * restrict cvp"


def test_functions_protos_and_floats(kinds):
    btf = kinds.btf
    helper = btf.find("helper_fn", Kind.FUNC)
    assert isinstance(helper, Func) and helper.linkage == FuncLinkage.STATIC
    proto = btf.type(helper.type)
    assert isinstance(proto, FuncProto) and [p.name for p in proto.params] == ["a", "b"]
    assert btf.find("global_fn").linkage == FuncLinkage.GLOBAL
    assert btf.find("prog").linkage == FuncLinkage.GLOBAL
    vcb = btf.type(btf.type(btf.field(btf.find_id("outer"), "vcallback").type).type)
    assert isinstance(vcb, FuncProto) and vcb.variadic and len(vcb.params) == 2
    assert btf.c_type(btf.field(btf.find_id("outer"), "vcallback").type, "f") == "int (*f)(int, ...)"
    assert btf.c_type(btf.field(btf.find_id("outer"), "callback").type, "cb") == "void (*cb)(int, const char *)"
    assert btf.find("float", Kind.FLOAT) == Float("float", 4)
    assert btf.find("double", Kind.FLOAT) == Float("double", 8)


def test_tags_and_forward_declarations(kinds):
    btf = kinds.btf
    tags = {(t.name, btf.name(t.type), t.component_idx) for _, t in btf.types() if isinstance(t, DeclTag)}
    assert tags == {("struct_tag", "tagged", -1), ("member_tag", "tagged", 1), ("func_tag", "helper_fn", -1),
                    ("param_tag", "helper_fn", 1)}
    user_ptr = btf.type(btf.field(btf.find_id("tagged"), "user_ptr").type)
    tag = btf.type(user_ptr.type)
    assert isinstance(tag, TypeTag) and tag.name == "user" and btf.name(tag.type) == "int"
    assert btf.find("fwd_only") == Fwd("fwd_only", union=False)
    assert btf.find("fwd_union") == Fwd("fwd_union", union=True)


def test_maps_and_datasecs(kinds):
    btf = kinds.btf
    my_map = btf.find("my_map", Kind.VAR)
    assert my_map.linkage == VarLinkage.GLOBAL_ALLOCATED
    map_def = btf.type(my_map.type)
    sizes = {m.name: btf.type(btf.type(m.type).type) for m in map_def.members}
    assert sizes["type"].nelems == 1 and sizes["max_entries"].nelems == 16  # __uint(name, val) = int (*name)[val]
    assert btf.name(btf.type(btf.field(btf.find_id("map_def"), "value").type).type) == "inner"
    secs = {t.name: [btf.name(v.type) for v in t.vars] for _, t in btf.types() if isinstance(t, Datasec)}
    assert secs[".maps"] == ["my_map"]
    assert secs[".data"] == ["data_var", "static_data"]
    assert secs[".rodata"] == ["ro_var"]
    assert "bss_var" in secs[".bss"] and "sum_var" in secs[".bss"]
    assert secs["license"] == ["_license"]
    assert btf.find("static_data", Kind.VAR).linkage == VarLinkage.STATIC
    data = btf.find(".data", Kind.DATASEC)
    assert [(v.offset, v.size) for v in data.vars] == [(0, 4), (8, 8)]  # clang leaves the section size 0
    assert isinstance(btf.find("data_var"), Var)


def test_func_info_matches_symbols(kinds):
    assert set(kinds.ext.func_info) == {".text", "xdp"}
    for sec, infos in kinds.ext.func_info.items():
        symbols = kinds.func_symbols(sec)
        assert {fi.slot: kinds.btf.name(fi.type_id) for fi in infos} == symbols
        assert all(kinds.btf.kind(fi.type_id) == Kind.FUNC for fi in infos)


def test_line_info_matches_source(kinds):
    source = (C_DIR / "kinds.c").read_text().splitlines()
    total = 0
    for sec, infos in kinds.ext.line_info.items():
        n_slots = len(kinds.sections[sec]) // 8
        assert [li.slot for li in infos] == sorted(li.slot for li in infos)
        for li in infos:
            assert 0 <= li.slot < n_slots
            assert li.file_name.endswith("kinds.c")
            assert li.line_text == source[li.line - 1]
            assert 0 <= li.column <= len(li.line_text) + 1  # 0: the function's opening line
            total += 1
    assert total > 5
    assert kinds.ext.core_relos == {}


def test_encode_round_trip_is_byte_exact(kinds):
    raw = kinds.sections[".BTF"]
    assert encode_btf(kinds.btf) == raw
    big = parse_btf(encode_btf(kinds.btf, byteorder="big"))
    assert [t for _, t in big.types()] == [t for _, t in kinds.btf.types()]


def test_parsed_layout_matches_clang(kinds, tmp_path):
    syntax_check(tmp_path, f'#include "{C_DIR / "kinds.c"}"\n' + layout_asserts(kinds.btf))


def test_c_dump_compiles_to_the_same_layout(kinds, tmp_path):
    header = dump_c(kinds.btf)
    assert header.startswith("#ifndef __VMLINUX_H__")
    assert "struct outer {" in header and "} __attribute__((packed));" in header
    assert "\tunsigned int a: 3;" in header
    syntax_check(tmp_path, header + layout_asserts(kinds.btf))
    back = recompile(tmp_path, header, kinds.btf)  # C -> BTF -> C -> BTF: same layouts, bitfields included
    assert same_layouts(kinds.btf, back) == []
    assert [(m.name, m.bit_offset, m.bitfield_size) for m in back.find("bits").members] == [
        ("a", 0, 3), ("b", 3, 5), ("c", 8, 7), ("d", 15, 40), ("e", 56, 0)]


def test_format_one_type_with_dependencies(kinds, tmp_path):
    text = format_type(kinds.btf, kinds.btf.find_id("outer"))
    assert text.index("struct inner {") < text.index("struct outer {")  # embedded types first
    assert "enum color {" in text and "typedef __u32 u32_alias;" in text
    syntax_check(tmp_path, text + layout_asserts(kinds.btf).split("\n")[0] + "\n")


@pytest.mark.skipif(shutil.which("bpftool") is None, reason="bpftool is not installed: nothing to compare with")
def test_c_dump_matches_bpftool(kinds):
    """bpftool prints the same types; it may be older: ignore the header lines and mode(byte) newer libbpf adds."""
    proc = subprocess.run(["bpftool", "btf", "dump", "file", str(kinds.path), "format", "c"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    ours = dump_c(kinds.btf, header=False, kfuncs=False).replace(" __attribute__((mode(byte)))", "")
    theirs = proc.stdout
    body = theirs[theirs.index("#endif\n\n") + len("#endif\n\n"):theirs.rindex("#ifndef BPF_NO_PRESERVE_ACCESS_INDEX")]
    assert ours == body

"""C printing of BTF (libbpf's btf_dump rules): declarators, ordering, names, padding; printed C compiles back to
the same layout."""

from __future__ import annotations

import pytest
from btf_testutil import needs_clang, recompile, same_layouts, syntax_check

from pybpf.btf import (
    Array,
    Btf,
    Const,
    Enum,
    EnumValue,
    FuncProto,
    Fwd,
    Int,
    IntEncoding,
    Member,
    Param,
    Ptr,
    Struct,
    Typedef,
    Union,
    dump_c,
    format_type,
    type_decl,
)
from pybpf.errors import LoadError

S = IntEncoding.SIGNED
TYPES = [
    Int("int", 4, 32, 0, S),                                                          # 1
    Int("char", 1, 8, 0, S),                                                          # 2
    Ptr(0),                                                                           # 3  void *
    FuncProto(1, (Param("", 3),)),                                                    # 4  int (void *)
    Ptr(4),                                                                           # 5
    Array(5, 1, 4),                                                                   # 6  int (*[4])(void *)
    Array(1, 1, 3),                                                                   # 7
    Ptr(7),                                                                           # 8  int (*)[3]
    FuncProto(0, (Param("", 2),)),                                                    # 9  void (char)
    Ptr(9),                                                                           # 10
    FuncProto(10, (Param("", 1),)),                                                   # 11 returns void (*)(char)
    Ptr(11),                                                                          # 12
    Const(2),                                                                         # 13
    Ptr(13),                                                                          # 14
    Const(14),                                                                        # 15 const char * const
    Enum("", 4, (EnumValue("ANON_A", 1),)),                                           # 16 top-level anonymous enum
    Struct("dup", 4, (Member("a", 1, 0),)),                                           # 17
    Struct("dup", 8, (Member("b", 1, 0), Member("c", 1, 32))),                        # 18 same name, other layout
    Struct("gap", 24, (Member("a", 2, 0), Member("b", 22, 128))),                     # 19 needs explicit padding
    Int("long", 8, 64, 0, S),                                                         # 20
    Typedef("dup_t", 18),                                                             # 21
    Typedef("long_t", 20),                                                            # 22
    Struct("bf", 8, (Member("x", 1, 0, 3), Member("y", 1, 13, 2), Member("z", 2, 40)), kflag=True),  # 23
    Struct("node", 16, (Member("next", 25, 0), Member("u", 26, 64))),                 # 24 self-referencing
    Ptr(24),                                                                          # 25
    Union("", 8, (Member("l", 20, 0), Member("n", 25, 0))),                           # 26 anonymous, inline
    Fwd("opaque"),                                                                    # 27
    Ptr(27),                                                                          # 28
    Struct("uses_fwd", 8, (Member("o", 28, 0),)),                                     # 29
    Struct("tail_pad", 12, (Member("l", 1, 0), Member("c", 2, 32))),                  # 30 packed? no: 12 % 4 == 0
    Struct("packed", 5, (Member("c", 2, 0), Member("i", 1, 8))),                      # 31 packed
    Enum("small", 1, (EnumValue("SMALL_A", 3),)),                                     # 32 mode(byte)
]


@pytest.fixture(scope="module")
def btf() -> Btf:
    return Btf.from_types(TYPES)


@pytest.mark.parametrize(("type_id", "name", "text"), [
    (6, "handlers", "int (*handlers[4])(void *)"),
    (8, "pa", "int (*pa)[3]"),
    (12, "getter", "void (* (*getter)(int))(char)"),
    (15, "p", "const char * const p"),
    (3, "", "void *"),
    (21, "d", "dup_t d"),
    (28, "o", "struct opaque *o"),
    (4, "fn", "int fn(void *)"),
])
def test_declarators(btf, type_id, name, text):
    assert type_decl(btf, type_id, name) == text


def test_dump_rules(btf):
    text = dump_c(btf, header=False, kfuncs=False)
    assert "enum {\n\tANON_A = 1,\n};" in text
    assert "struct dup {\n\tint a;\n};" in text and "struct dup___2 {" in text
    assert "typedef struct dup___2 dup_t;" in text
    assert "struct gap {\n\tchar a;\n\tlong: 64;\n\tlong_t b;\n};" in text
    assert "struct bf {\n\tint x: 3;\n\tchar: 5;\n\tchar: 5;\n\tint y: 2;\n\tint: 0;\n\tchar: 8;\n\tchar z;\n};" in text
    assert "struct node {\n\tstruct node *next;\n\tunion {\n\t\tlong l;\n\t\tstruct node *n;\n\t} u;\n};" in text
    assert "struct opaque;" in text and text.index("struct opaque;") < text.index("struct uses_fwd {")
    assert "} __attribute__((packed));" in text and "struct packed {" in text
    assert "} __attribute__((mode(byte)));" in text
    assert text.index("typedef long long_t;") < text.index("struct gap {")


def test_one_type_at_a_time(btf):
    text = format_type(btf, 29)
    assert text == "struct opaque;\n\nstruct uses_fwd {\n\tstruct opaque *o;\n};\n\n"
    with pytest.raises(LoadError, match="out of range"):
        format_type(btf, 99)


def test_forward_declaration_breaks_pointer_cycles():
    btf = Btf.from_types([
        Int("int", 4, 32, 0, S),
        Struct("a", 8, (Member("b", 4, 0),)),                       # 2: struct a { struct b *b; }
        Struct("b", 8, (Member("a", 5, 0),)),                       # 3: struct b { struct a *a; }
        Ptr(3), Ptr(2),
    ])
    text = dump_c(btf, header=False, kfuncs=False)
    assert text.startswith("struct b;\n\nstruct a {\n\tstruct b *b;\n};\n\nstruct b {\n\tstruct a *a;\n};")


def test_embedding_cycle_is_refused():
    btf = Btf.from_types([Struct("a", 4, (Member("b", 2, 0),)), Struct("b", 4, (Member("a", 1, 0),))])
    with pytest.raises(LoadError, match="unsatisfiable type cycle"):
        dump_c(btf)


@pytest.mark.clang
@needs_clang
def test_printed_c_compiles_to_the_same_layout(btf, tmp_path):
    header = dump_c(btf)
    syntax_check(tmp_path, header)
    back = recompile(tmp_path, header, btf)
    assert same_layouts(btf, back) == []
    assert [(m.name, m.bit_offset, m.bitfield_size) for m in back.find("bf").members] == [
        ("x", 0, 3), ("y", 13, 2), ("z", 40, 0)]  # the padding printed puts bitfields back where they were


def test_malformed_loops_are_errors_not_crashes():
    loop = Btf.from_types([Struct("", 8, (Member("self", 2, 0),)), Ptr(1),          # anonymous struct -> itself
                           Struct("a", 4, (Member("x", 3, 0),))])                 # embeds itself
    with pytest.raises(LoadError, match="nests more than 64 levels"):
        type_decl(loop, 1, "x")
    with pytest.raises(LoadError, match="contains itself"):
        loop.alignof(3)
    with pytest.raises(LoadError, match="unsatisfiable type cycle"):
        dump_c(loop)
    huge = Btf.from_types([Int("int", 4, 32, 0, S), Struct("huge", 0xFFFFFFF0, (Member("a", 1, 0),))])
    with pytest.raises(LoadError, match="too large to print"):
        format_type(huge, 2)

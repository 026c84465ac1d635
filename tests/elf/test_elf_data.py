"""Global data and externs: .data/.rodata/.bss/custom sections as ARRAY maps with libbpf's names and flags,
variables (offsets fixed up from the ELF), set before load; .kconfig and __ksym externs; the fixed-up BTF."""

from __future__ import annotations

import struct

import pytest
from elf_testutil import needs_clang

from pybpf.btf.types import Datasec, Func, FuncLinkage, Var, VarLinkage
from pybpf.elf import KconfigKind, ReferenceKind, internal_map_name, load_collection_spec, object_name
from pybpf.errors import LoadError
from pybpf.isa.instruction import slot_offsets
from pybpf.isa.opcodes import CALL, CallSrc, PseudoSrc
from pybpf.maps.types import MapFlag, MapType

pytestmark = [needs_clang, pytest.mark.clang]

RO, MM = MapFlag.RDONLY_PROG, MapFlag.MMAPABLE


def test_internal_map_names():
    assert object_name("/x/y/xdp_lb.bpf.o") == "xdp_lb"
    assert internal_map_name("my_object_name", ".rodata") == "my_objec.rodata"
    assert internal_map_name("my_object_name", ".bss") == "my_objec.bss"
    assert internal_map_name("my_object_name", ".kconfig") == "my_obje.kconfig"
    assert internal_map_name("my_object_name", ".rodata.abracadabra") == ".rodata.abracad"
    assert internal_map_name("obj-x", ".data") == "obj_x.data"
    assert internal_map_name("", ".data") == ".data"


def test_data_maps(spec_of):
    spec = spec_of("data")
    m = spec.maps
    assert list(m) == ["data.data", "data.rodata", ".data.foo", ".rodata.bar", ".rodata.str1.1", "data.bss",
                       "data.kconfig"]
    expect = {  # name: (value_size, flags, freeze)
        "data.data": (12, MM, False), "data.rodata": (12, RO | MM, True), ".data.foo": (32, MM, False),
        ".rodata.bar": (2, RO | MM, True), ".rodata.str1.1": (17, RO, True), "data.bss": (16, MM, False),
        "data.kconfig": (17, RO | MM, True),
    }
    for name, (size, flags, freeze) in expect.items():
        spec_ = m[name]
        assert (spec_.type, spec_.key_size, spec_.max_entries) == (MapType.ARRAY, 4, 1), name
        assert (spec_.value_size, spec_.flags, spec_.freeze) == (size, flags, freeze), name
    assert m["data.data"].contents == ((b"\0" * 4, struct.pack("<QI", 5, 1)),)
    assert m["data.rodata"].contents[0][1] == struct.pack("<I", 42) + b"hello\0\0\0"
    assert m[".rodata.str1.1"].contents[0][1] == b"v=%u\0literal %d\n\0"
    assert m["data.bss"].contents == () and m["data.kconfig"].contents == ()
    assert spec.btf.type(m["data.rodata"].value_type).name == ".rodata"


def test_variables(spec_of):
    spec = spec_of("data")
    got = {n: (v.section, v.map, v.offset, v.size, v.linkage) for n, v in spec.variables.items()}
    G, S = VarLinkage.GLOBAL_ALLOCATED, VarLinkage.STATIC
    assert got == {
        "counter": (".data", "data.data", 0, 8, G), "hidden_flag": (".data", "data.data", 8, 4, S),
        "threshold": (".rodata", "data.rodata", 0, 4, G), "greeting": (".rodata", "data.rodata", 4, 8, G),
        "foo_values": (".data.foo", ".data.foo", 0, 32, G), "bar_const": (".rodata.bar", ".rodata.bar", 0, 2, G),
        "hits": (".bss", "data.bss", 0, 4, G), "private_total": (".bss", "data.bss", 8, 8, S),
    }
    assert spec.btf.c_type(spec.variables["threshold"].type_id) == "volatile const __u32"
    assert spec.variables["threshold"].read_only


def test_set_variable(build):
    spec = load_collection_spec(build("data"))
    before = spec.maps["data.data"]
    spec.set_variable("threshold", 7)
    spec.set_variable("greeting", b"bye\0\0\0\0\0")
    assert spec.get_variable("threshold") == struct.pack("<I", 7)
    assert spec.maps["data.rodata"].contents[0][1] == struct.pack("<I", 7) + b"bye\0\0\0\0\0"
    spec.set_variable("hits", 3)  # .bss gets contents when set
    assert spec.maps["data.bss"].contents[0][1] == struct.pack("<I", 3) + bytes(12)
    assert spec.maps["data.data"] == before
    with pytest.raises(LoadError, match="is 8 bytes, got 2"):
        spec.set_variable("counter", b"xx")
    with pytest.raises(LoadError, match="does not fit"):
        spec.set_variable("bar_const", 1 << 20)
    with pytest.raises(LoadError, match="no variable named 'nope'"):
        spec.set_variable("nope", 1)


def test_data_references(spec_of):
    spec = spec_of("data")
    prog = spec.program("data_prog")
    names = list(spec.maps)
    refs = {s: (r.kind, r.name, r.offset) for s, r in prog.references.items()}
    MV, KC = ReferenceKind.MAP_VALUE, ReferenceKind.KCONFIG
    assert refs[0] == (MV, "data.rodata", 0)  # threshold
    assert refs[10] == (MV, "data.data", 8)  # hidden_flag, offset from its symbol
    assert refs[14] == (MV, "data.bss", 8)  # static private_total: section symbol + imm
    assert refs[46] == (MV, "data.rodata", 4)  # greeting
    assert refs[33] == (KC, "LINUX_KERNEL_VERSION", 4)
    by_slot = dict(zip(slot_offsets(prog.instructions), prog.instructions, strict=True))
    for slot, ref in prog.references.items():
        insn = by_slot[slot]
        assert insn.src == PseudoSrc.MAP_VALUE
        assert names[insn.imm & 0xFFFFFFFF] == ref.map and insn.imm >> 32 == ref.offset
    assert spec.program("str_prog").references[0].name == ".rodata.str1.1"


def test_kconfig_externs(spec_of):
    spec = spec_of("data")
    got = [(k.name, k.kind, k.size, k.offset, k.weak) for k in spec.kconfig]
    assert got == [  # libbpf's layout: by alignment (descending), size, name
        ("CONFIG_BPF_SYSCALL", KconfigKind.TRISTATE, 4, 0, True),
        ("LINUX_KERNEL_VERSION", KconfigKind.INT, 4, 4, False),
        ("CONFIG_DEBUG_INFO_BTF", KconfigKind.BOOL, 1, 8, True),
        ("CONFIG_DEFAULT_HOSTNAME", KconfigKind.CHAR_ARRAY, 8, 9, True),
    ]
    ds = spec.btf.find(".kconfig", Datasec.KIND)
    assert ds.size == 17 and [v.offset for v in ds.vars] == [0, 4, 8, 9]
    assert all(spec.btf.type(v.type).linkage == VarLinkage.GLOBAL_ALLOCATED for v in ds.vars)


def test_ksym_externs(spec_of):
    spec = spec_of("data")
    assert [(k.name, k.is_func, k.typed, k.weak) for k in spec.ksyms] == [
        ("bpf_link_fops", False, False, True), ("bpf_rcu_read_lock", True, True, False),
        ("bpf_rcu_read_unlock", True, True, False)]
    prog = spec.program("ksym_prog")
    by_slot = dict(zip(slot_offsets(prog.instructions), prog.instructions, strict=True))
    for slot in (0, 1):
        assert prog.references[slot].kind == ReferenceKind.KFUNC
        insn = by_slot[slot]
        assert (insn.opcode, insn.src, insn.imm, insn.off) == (CALL, CallSrc.KFUNC, 0, 0)
    assert prog.references[2].kind == ReferenceKind.KSYM and by_slot[2].src == PseudoSrc.IMM  # typeless
    # BTF as libbpf hands it to the kernel: .ksyms holds 4-byte int VARs, FUNCs became global
    ds = spec.btf.find(".ksyms", Datasec.KIND)
    assert ds.size == 12 and [(v.offset, v.size) for v in ds.vars] == [(0, 4), (4, 4), (8, 4)]
    assert all(isinstance(spec.btf.type(v.type), Var) for v in ds.vars)
    assert spec.btf.find("bpf_rcu_read_lock", Func.KIND).linkage == FuncLinkage.GLOBAL


def test_datasec_fixups(spec_of):
    btf = spec_of("data").btf
    sizes = {btf.type(i).name: btf.type(i).size for i in btf.ids() if btf.kind(i) == Datasec.KIND}
    assert sizes[".data"] == 12 and sizes[".rodata"] == 12 and sizes[".bss"] == 16 and sizes["license"] == 4
    data = btf.find(".data", Datasec.KIND)
    assert [(btf.type(v.type).name, v.offset) for v in data.vars] == [("counter", 0), ("hidden_flag", 8)]
    assert btf.find("hidden_flag", Var.KIND).linkage == VarLinkage.STATIC

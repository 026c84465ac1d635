"""CO-RE relocation: clang-19 objects (tests/btf/c/core.c) relocated against hand-made target BTFs and vmlinux, plus
the matching rules on small synthetic BTFs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pybpf.btf import (
    POISON_IMM,
    Array,
    Btf,
    CoreRelo,
    CoreReloKind,
    Enum,
    EnumValue,
    Fwd,
    Int,
    IntEncoding,
    Kind,
    Member,
    Ptr,
    Struct,
    Typedef,
    Union,
    apply_core_relocations,
    essential_name,
    is_poisoned,
)
from pybpf.btf.core_match import CoreError, Resolver, parse_spec, types_are_compat, types_match
from pybpf.errors import LoadError
from pybpf.isa.instruction import Instruction, slot_offsets
from pybpf.isa.opcodes import CALL, LD_IMM64, Class, Size

K = CoreReloKind
SIGNED = IntEncoding.SIGNED


def target_moved(*, pid_type: int = 1, with_old: bool = False, gone: int = 9) -> Btf:
    """struct task with its fields moved and resized, enum state with another value for ST_GONE."""
    types = [
        Int("int", 4, 32, 0, SIGNED),                                # 1
        Int("unsigned int", 4, 32),                                  # 2
        Typedef("u32", 2),                                           # 3
        Int("unsigned long long", 8, 64),                            # 4
        Typedef("u64", 4),                                           # 5
        Int("long long", 8, 64, 0, SIGNED),                          # 6
        Int("char", 1, 8, 0, SIGNED),                                # 7
        Array(1, 1, 4),                                              # 8
        Array(7, 1, 16),                                             # 9
        Struct("", 8, (Member("b", 1, 0), Member("a", 1, 32))),      # 10
        Struct("task", 72, (                                         # 11
            Member("flags", 3, 0), Member("pid", pid_type, 32 if pid_type == 1 else 384 + 64 * 2),
            Member("", 10, 64), Member("arr", 8, 192), Member("big", 5, 320), Member("low", 2, 384, 3),
            Member("sfield", 1, 390, 5), Member("narrow", 3, 416), Member("name", 9, 448),
            *((Member("tgid_old", 1, 32 * 18),) if with_old else ())), kflag=True),
        Enum("state", 4, (EnumValue("ST_IDLE", 0), EnumValue("ST_RUN", 1), EnumValue("ST_GONE", gone))),
    ]
    return Btf.from_types(types)


def relocate(obj, section, target):
    insns = obj.insns(section)
    relos = obj.ext.core_relos[section]
    new, report = apply_core_relocations(insns, relos, obj.btf, target, program=section)
    return insns, relos, new, report


def by_slot(insns):
    return dict(zip(slot_offsets(insns), insns))


def key(obj, relo):
    return obj.btf.name(relo.type_id), relo.access, K(relo.kind)


EXPECTED_MOVED = {
    ("task", "0:0", K.FIELD_BYTE_OFFSET): 4,          # pid
    ("task", "0:2:1", K.FIELD_BYTE_OFFSET): 8,        # anonymous struct's b moved first
    ("task", "0:3:2", K.FIELD_BYTE_OFFSET): 32,       # arr[2]
    ("task", "0:6", K.FIELD_BYTE_OFFSET): 40,         # big (unchanged)
    ("task", "0:7", K.FIELD_BYTE_OFFSET): 52,         # narrow: u16 -> u32
    ("task", "0:8", K.FIELD_BYTE_SIZE): 16,           # name[8] -> name[16]
    ("task", "0:1", K.FIELD_EXISTS): 1,
    ("task", "0:5", K.FIELD_SIGNED): 1,
    ("task", "0:5", K.FIELD_LSHIFT_U64): 64 - (390 + 5 - 384),
    ("task", "0:5", K.FIELD_RSHIFT_U64): 59,
    ("task", "0:4", K.FIELD_BYTE_OFFSET): 48,         # bitfield: offset of its containing u32
    ("task", "0", K.TYPE_ID_LOCAL): None,             # checked below: the local id
    ("task", "0", K.TYPE_ID_TARGET): 11,
    ("task", "0", K.TYPE_EXISTS): 1,
    ("task", "0", K.TYPE_SIZE): 72,
    ("state", "2", K.ENUMVAL_EXISTS): 1,
    ("state", "2", K.ENUMVAL_VALUE): 9,
    ("state", "0", K.TYPE_MATCHES): 1,
    ("task___old", "0:0", K.FIELD_EXISTS): 0,         # no tgid_old in the target
    ("task___old", "0:0", K.FIELD_BYTE_OFFSET): "poison",
}


@pytest.mark.clang
def test_relocate_against_moved_fields(core_obj):
    insns, relos, new, report = relocate(core_obj, "kprobe/core", target_moved())
    assert {key(core_obj, r) for r in relos} == set(EXPECTED_MOVED)
    old_at, new_at = by_slot(insns), by_slot(new)
    assert sum(i.width for i in new) == sum(i.width for i in insns)  # slot layout preserved
    assert new_at.keys() == old_at.keys()
    for relo, res in zip(relos, report):
        want = EXPECTED_MOVED[key(core_obj, relo)]
        insn = new_at[relo.slot]
        assert res.slot == relo.slot
        if want == "poison":
            assert res.poisoned and is_poisoned(insn) and "call 0xbad2310" in res.message
            continue
        if want is None:
            want = relo.type_id
        assert not res.poisoned and res.new_value == want, res.message
        cls = insn.opcode & 7
        if cls == Class.LDX:
            assert insn.off == want
        else:
            assert insn.imm == want, (relo, insn)
    narrow = next(r for r in relos if key(core_obj, r) == ("task", "0:7", K.FIELD_BYTE_OFFSET))
    assert old_at[narrow.slot].size == Size.H and new_at[narrow.slot].size == Size.W  # load widened
    assert new_at[narrow.slot].replace(opcode=old_at[narrow.slot].opcode, off=48) == old_at[narrow.slot]
    untouched = set(old_at) - {r.slot for r in relos}
    assert all(new_at[s] == old_at[s] for s in untouched)
    assert insns == core_obj.insns("kprobe/core")  # the input list is not modified


@pytest.mark.clang
def test_flavor_matches_renamed_field(core_obj):
    """struct task___old { int tgid_old; } matches the target's struct task once that has tgid_old."""
    _, relos, _new, report = relocate(core_obj, "kprobe/core", target_moved(with_old=True))
    res = {key(core_obj, r): x for r, x in zip(relos, report)}
    assert res[("task___old", "0:0", K.FIELD_EXISTS)].new_value == 1
    old_load = res[("task___old", "0:0", K.FIELD_BYTE_OFFSET)]
    assert not old_load.poisoned and old_load.after[0].off == 72 and old_load.target.startswith("<byte_off> [11]")


@pytest.mark.clang
def test_ambiguous_candidates_fail(core_obj):
    target = target_moved()
    other = Struct("task___v2", 72, tuple(Member(m.name, m.type, m.bit_offset + (64 if m.name == "pid" else 0),
                                                m.bitfield_size) for m in target.find("task").members), kflag=True)
    amb = Btf.from_types([*(t for _, t in target.types()), other])
    with pytest.raises(LoadError, match="ambiguity") as info:
        relocate(core_obj, "kprobe/core", amb)
    assert "program kprobe/core" in str(info.value) and "slot 0" in str(info.value)


@pytest.mark.clang
def test_signed_field_resize_poisons_the_load(core_obj):
    _, relos, new, report = relocate(core_obj, "kprobe/core", target_moved(pid_type=6))
    pid = next(x for r, x in zip(relos, report) if key(core_obj, r) == ("task", "0:0", K.FIELD_BYTE_OFFSET))
    assert pid.poisoned and "changed size (4 -> 8 bytes)" in pid.message
    assert is_poisoned(by_slot(new)[pid.slot])


@pytest.mark.clang
def test_missing_enumerator_poisons_both_ld_imm64_slots(core_obj):
    gone_less = Btf.from_types([Enum("state", 4, (EnumValue("ST_IDLE", 0),)), Struct("task", 4)])
    insns, relos, new, report = relocate(core_obj, "kprobe/core", gone_less)
    value = next(x for r, x in zip(relos, report) if key(core_obj, r) == ("state", "2", K.ENUMVAL_VALUE))
    assert value.poisoned and value.before.opcode == LD_IMM64
    assert value.after == (Instruction(CALL, imm=POISON_IMM), Instruction(CALL, imm=POISON_IMM))
    exists = next(x for r, x in zip(relos, report) if key(core_obj, r) == ("state", "2", K.ENUMVAL_EXISTS))
    assert not exists.poisoned and exists.new_value == 0 and exists.after[0].imm == 0
    assert slot_offsets(new)[-1] == slot_offsets(insns)[-1]


@pytest.mark.clang
def test_instruction_that_disagrees_with_btf_is_rejected(core_obj):
    insns = core_obj.insns("kprobe/core")
    relos = core_obj.ext.core_relos["kprobe/core"]
    bad = list(insns)
    bad[0] = bad[0].replace(off=3)
    with pytest.raises(LoadError, match="unexpected memory offset 3, expected 0") as info:
        apply_core_relocations(bad, relos, core_obj.btf, target_moved(), program="core_prog", section="kprobe/core")
    assert str(info.value).startswith("section kprobe/core: program core_prog: slot 0:")
    ld = next(r for r in relos if K(r.kind) == K.TYPE_ID_LOCAL)
    inside = CoreRelo(ld.slot + 1, ld.type_id, ld.access, ld.kind)
    with pytest.raises(LoadError, match="in the middle of an LD_IMM64"):
        apply_core_relocations(insns, [inside], core_obj.btf, target_moved())
    with pytest.raises(LoadError, match="past the end of the program"):
        apply_core_relocations(insns, [CoreRelo(10_000, ld.type_id, ld.access, ld.kind)], core_obj.btf,
                               target_moved())


@pytest.mark.clang
def test_relocate_against_vmlinux(core_obj, vmlinux):
    _insns, relos, _new, report = relocate(core_obj, "kprobe/vmlinux", vmlinux)
    res = {key(core_obj, r): x for r, x in zip(relos, report)}
    ts = vmlinux.require("task_struct", Kind.STRUCT)
    assert res[("task_struct", "0:0", K.FIELD_BYTE_OFFSET)].after[0].off == vmlinux.field(ts, "pid").byte_offset
    assert res[("task_struct", "0:1", K.FIELD_BYTE_OFFSET)].after[0].off == vmlinux.field(ts, "tgid").byte_offset
    xdp = vmlinux.require("xdp_md", Kind.STRUCT)
    ifindex = res[("xdp_md", "0:2", K.FIELD_BYTE_OFFSET)]
    assert ifindex.after[0].off == vmlinux.field(xdp, "ingress_ifindex").byte_offset == 12
    assert res[("bpf_func_id", "1", K.ENUMVAL_VALUE)].new_value == vmlinux.find("bpf_func_id").value_of(
        "BPF_FUNC_ktime_get_ns") == 5
    assert res[("not_in_kernel_xyz", "0", K.TYPE_EXISTS)].new_value == 0
    assert res[("not_in_kernel_xyz", "0:0", K.FIELD_EXISTS)].new_value == 0
    gone = res[("not_in_kernel_xyz", "0:0", K.FIELD_BYTE_OFFSET)]
    assert gone.poisoned and "no struct named 'not_in_kernel_xyz'" in gone.message


# -- synthetic: the rules themselves -------------------------------------------------------------------------------

def test_essential_name():
    assert essential_name("task_struct___old") == "task_struct"
    assert essential_name("a___b___c") == "a___b"
    assert essential_name("plain") == "plain"
    assert essential_name("___x") == "___x"
    assert essential_name("x____y") == "x____y"  # four underscores: not a flavor separator
    assert essential_name("x___") == "x___"


LOCAL = Btf.from_types([
    Int("int", 4, 32, 0, SIGNED),                                             # 1
    Struct("s", 16, (Member("a", 1, 0), Member("arr", 3, 32))),               # 2
    Array(1, 1, 3),                                                           # 3
    Enum("e", 4, (EnumValue("E_A", 1),)),                                     # 4
    Struct("", 4, (Member("x", 1, 0),)),                                      # 5 anonymous
])


@pytest.mark.parametrize(("access", "kind", "reason"), [
    ("", K.FIELD_BYTE_OFFSET, "empty or malformed"),
    (":1", K.FIELD_BYTE_OFFSET, "empty or malformed"),
    ("0:x", K.FIELD_BYTE_OFFSET, "malformed access string"),
    ("0::1", K.FIELD_BYTE_OFFSET, "malformed access string"),
    ("0:5", K.FIELD_BYTE_OFFSET, "past the 2 members"),
    ("0:1:3", K.FIELD_BYTE_OFFSET, "out of bounds of an array of 3"),
    ("0:0:1", K.FIELD_BYTE_OFFSET, "neither a struct/union nor an array"),
    ("1", K.TYPE_SIZE, 'must have access string "0"'),
    (":".join(["0"] * 65), K.FIELD_BYTE_OFFSET, "longer than 64"),
])
def test_bad_access_strings(access, kind, reason):
    with pytest.raises(CoreError, match=reason):
        parse_spec(LOCAL, CoreRelo(0, 2, access, kind))


def test_spec_offsets():
    spec = parse_spec(LOCAL, CoreRelo(0, 2, "1:1:2", K.FIELD_BYTE_OFFSET))
    assert spec.bit_offset == 16 * 8 + 32 + 64
    assert [(a.name, a.idx) for a in spec.accessors] == [(None, 1), ("arr", 1), (None, 2)]
    assert spec.format() == "<byte_off> [2] struct s[1].arr[2] (1:1:2 @ offset 28)"


def test_anonymous_local_type_is_refused():
    with pytest.raises(CoreError, match="anonymous"):
        Resolver(LOCAL, LOCAL).resolve(CoreRelo(0, 5, "0:0", K.FIELD_BYTE_OFFSET))


def test_compat_and_match_rules():
    local = Btf.from_types([
        Int("int", 4, 32, 0, SIGNED), Ptr(3), Struct("node", 8, (Member("next", 2, 0),)),   # 1-3
        Enum("e", 4, (EnumValue("A", 1), EnumValue("B", 2))),                               # 4
        Union("node", 8, (Member("next", 2, 0),)),                                          # 5
    ])
    target = Btf.from_types([
        Int("long", 8, 64, 0, SIGNED), Ptr(4), Fwd("node"), Struct("node", 16, (Member("next", 2, 0),
                                                                                Member("more", 1, 64))),  # 1-4
        Enum("e", 4, (EnumValue("B", 7), EnumValue("A", 9), EnumValue("C", 3))),              # 5
        Enum("e", 8, (EnumValue("A", 1), EnumValue("B", 2))),                                 # 6
        Int("int", 4, 32, 0, SIGNED),                                                         # 7
    ])
    assert types_are_compat(local, 1, target, 1)  # ints compatible whatever their size
    assert types_are_compat(local, 3, target, 4)
    assert not types_are_compat(local, 3, target, 3)  # struct vs fwd
    assert not types_are_compat(local, 5, target, 4)  # union vs struct
    assert types_match(local, 3, target, 4)  # members by name, pointee only by name and kind
    assert not types_match(local, 1, target, 1)  # int sizes differ
    assert types_match(local, 1, target, 7)
    assert types_match(local, 4, target, 5)  # enumerator names, not values
    assert not types_match(local, 4, target, 6)  # enum sizes differ


def test_candidates_narrow_and_modules_are_searched_last():
    local = Btf.from_types([Int("int", 4, 32, 0, SIGNED), Struct("m", 8, (Member("a", 1, 0), Member("b", 1, 32)))])
    base = Btf.from_types([Int("int", 4, 32, 0, SIGNED), Struct("other", 4, (Member("z", 1, 0),))])
    module = Btf.from_types([Struct("m", 12, (Member("x", 1, 0), Member("a", 1, 32), Member("b", 1, 64)))],
                            base=base)
    r = Resolver(local, [base, module])
    res = r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_BYTE_OFFSET))
    assert res.new_val == 8 and res.target_spec.btf is module and res.target_spec.root_type_id == 3
    res = r.resolve(CoreRelo(0, 2, "0", K.TYPE_ID_TARGET))
    assert res.new_val == 3  # a module type id: ids continue after the base's

    # libbpf keeps only the candidates that matched a root's first relocation.
    two = Btf.from_types([Int("int", 4, 32, 0, SIGNED), Struct("m___x", 4, (Member("a", 1, 0),)),
                          Struct("m___y", 8, (Member("b", 1, 0), Member("a", 1, 32)))])
    r = Resolver(local, two)
    assert r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_BYTE_OFFSET)).new_val == 0  # only m___y has b
    assert r.resolve(CoreRelo(0, 2, "0:0", K.FIELD_BYTE_OFFSET)).new_val == 4  # so a comes from m___y too
    fresh = Resolver(local, two)
    with pytest.raises(CoreError, match="ambiguity"):
        fresh.resolve(CoreRelo(0, 2, "0:0", K.FIELD_BYTE_OFFSET))  # both flavors have a, at different offsets

    # Identical flavors agree on field offsets, but a target type id cannot be both (libbpf refuses too).
    same = Btf.from_types([Int("int", 4, 32, 0, SIGNED), Struct("m", 8, (Member("a", 1, 0), Member("b", 1, 32))),
                           Struct("m___dup", 8, (Member("a", 1, 0), Member("b", 1, 32)))])
    r = Resolver(local, same)
    res = r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_BYTE_OFFSET))
    assert res.new_val == 4 and res.candidates == 2
    with pytest.raises(CoreError, match="decision ambiguity"):
        r.resolve(CoreRelo(0, 2, "0", K.TYPE_ID_TARGET))


def test_patching_forms():
    """ALU K, LDX/ST/STX offsets, LD_IMM64 and the refusals (ALU X, pseudo LD_IMM64, jumps)."""
    local = Btf.from_types([Int("int", 4, 32, 0, SIGNED), Struct("s", 8, (Member("a", 1, 0), Member("b", 1, 32)))])
    target = Btf.from_types([Int("int", 4, 32, 0, SIGNED), Struct("s", 12, (Member("b", 1, 0), Member("a", 1, 64)))])
    relo = CoreRelo(0, 2, "0:0", K.FIELD_BYTE_OFFSET)
    cases = [
        (Instruction(0x07, 1, 0, 0, 0), "imm", 8),          # r1 += 0
        (Instruction(0x61, 2, 1, 0, 0), "off", 8),          # r2 = *(u32 *)(r1 + 0)
        (Instruction(0x62, 1, 0, 0, 7), "off", 8),          # *(u32 *)(r1 + 0) = 7
        (Instruction(0x63, 1, 2, 0, 0), "off", 8),          # *(u32 *)(r1 + 0) = r2
        (Instruction(LD_IMM64, 1, 0, 0, 0), "imm", 8),      # r1 = 0 ll
    ]
    for insn, fld, want in cases:
        new, report = apply_core_relocations([insn], [relo], local, target)
        assert getattr(new[0], fld) == want and new[0].opcode == insn.opcode, insn
        assert report[0].before == insn
    for insn, reason in [(Instruction(0x0F, 1, 2, 0, 0), "register operand"),
                         (Instruction(LD_IMM64, 1, 2, 0, 0), "pseudo load"),
                         (Instruction(0x05, 0, 0, 0, 0), "cannot carry a CO-RE relocation")]:
        with pytest.raises(LoadError, match=reason):
            apply_core_relocations([insn], [relo], local, target)
    with pytest.raises(LoadError, match="is not in the object's BTF"):
        apply_core_relocations([cases[0][0]], [CoreRelo(0, 99, "0:0", K.FIELD_BYTE_OFFSET)], local, target)


# -- real kernel types -------------------------------------------------------------------------------------------

def _expected_vmlinux(vm) -> dict:
    """What each relocation of core_vmlinux.c must become, looked up in vmlinux with Btf.field (not the CO-RE code)."""
    ts = vm.require("task_struct", Kind.STRUCT)
    mm = vm.require("mm_struct", Kind.STRUCT)
    skb = vm.require("sk_buff", Kind.STRUCT)
    ip = vm.require("iphdr", Kind.STRUCT)

    def off(t, path):
        return vm.field(t, path).byte_offset

    def bitfield(t, name):
        f = vm.field(t, name)
        byte_sz = vm.sizeof(f.type)
        byte_off = f.bit_offset // 8 // byte_sz * byte_sz
        return byte_off, byte_sz, 64 - (f.bit_offset + f.bitfield_size - byte_off * 8), 64 - f.bitfield_size

    pkt = bitfield(skb, "pkt_type")
    ver = bitfield(ip, "version")
    has_state = vm.type(ts).member("state") is not None
    return {
        ("task_struct", "0:1", K.FIELD_BYTE_OFFSET): off(ts, "pid"),
        ("task_struct", "0:3", K.FIELD_BYTE_OFFSET): off(ts, "mm"),
        ("mm_struct", "0:1", K.FIELD_BYTE_OFFSET): off(mm, "total_vm"),
        ("mm_struct", "0:0", K.FIELD_BYTE_OFFSET): off(mm, "mmap_base"),
        ("task_struct", "0:4", K.FIELD_BYTE_OFFSET): off(ts, "real_parent"),
        ("task_struct", "0:2", K.FIELD_BYTE_SIZE): vm.sizeof(vm.field(ts, "comm").type),
        ("task_struct", "0:2:3", K.FIELD_BYTE_OFFSET): off(ts, "comm[3]"),
        ("task_struct", "0:5:1", K.FIELD_BYTE_OFFSET): off(ts, "children.prev"),
        ("task_struct___pre514", "0:0", K.FIELD_EXISTS): int(has_state),
        ("task_struct", "0:0", K.FIELD_EXISTS): 1,
        ("task_struct", "0", K.TYPE_SIZE): vm.sizeof(ts),
        ("bpf_map_type", "2", K.ENUMVAL_EXISTS): 0,
        ("bpf_map_type", "1", K.ENUMVAL_VALUE): vm.find("bpf_map_type").value_of("BPF_MAP_TYPE_ARENA"),
        ("sk_buff", "0:0", K.FIELD_BYTE_OFFSET): pkt[0],
        ("sk_buff", "0:0", K.FIELD_BYTE_SIZE): pkt[1],
        ("sk_buff", "0:0", K.FIELD_LSHIFT_U64): pkt[2],
        ("sk_buff", "0:0", K.FIELD_RSHIFT_U64): pkt[3],
        ("sk_buff", "0:0", K.FIELD_SIGNED): 0,
        ("sk_buff", "0:1", K.FIELD_BYTE_OFFSET): off(skb, "len"),
        ("sk_buff", "0:2", K.FIELD_BYTE_OFFSET): off(skb, "mark"),
        ("sk_buff", "0:3", K.FIELD_BYTE_OFFSET): off(skb, "head"),
        ("iphdr", "0:2", K.FIELD_BYTE_OFFSET): off(ip, "saddr"),  # inside an anonymous union in Linux 6.x
        ("iphdr", "0:1", K.FIELD_LSHIFT_U64): ver[2],
        ("iphdr", "0:1", K.FIELD_RSHIFT_U64): ver[3],
        ("iphdr", "0:1", K.FIELD_BYTE_OFFSET): ver[0],
        ("task_struct", "0", K.TYPE_ID_TARGET): ts,
        ("list_head", "0", K.TYPE_MATCHES): 1,
        ("task_struct___pre514", "0", K.TYPE_EXISTS): 1,
    }


@pytest.mark.clang
def test_tracing_relocations_against_vmlinux(bpf_objects, vmlinux):
    obj = bpf_objects("core_vmlinux")
    insns, relos, new, report = relocate(obj, "kprobe/trace", vmlinux)
    expected = _expected_vmlinux(vmlinux)
    assert {key(obj, r) for r in relos} == set(expected)
    new_at = by_slot(new)
    for relo, res in zip(relos, report):
        want = expected[key(obj, relo)]
        assert not res.poisoned and res.new_value == want, res.message
        insn = new_at[relo.slot]
        assert (insn.off if insn.opcode & 7 == Class.LDX else insn.imm) == want
    assert len(new) == len(insns)


_LIBBPF_LINE = re.compile(
    r"prog '(?P<prog>[^']+)': relo #(?P<n>\d+): (?:patched insn #(?P<insn>\d+) \([^)]*\) "
    r"(?P<field>imm64|imm|off|mem_sz) (?P<old>-?\d+) -> (?P<new>-?\d+)|substituting insn #(?P<pinsn>\d+) w/ invalid)")


@pytest.mark.clang
@pytest.mark.kernel
@pytest.mark.skipif(shutil.which("bpftool") is None, reason="bpftool is not installed: libbpf is not here to compare")
@pytest.mark.skipif(os.geteuid() != 0 or not os.path.isdir("/sys/fs/bpf"),
                    reason="loading with bpftool needs root and a bpffs at /sys/fs/bpf")
@pytest.mark.parametrize(("name", "sections"), [
    ("core", {"kprobe/core": "core_prog", "kprobe/vmlinux": "vmlinux_prog"}),
    ("core_vmlinux", {"kprobe/trace": "trace"}),
])
def test_same_decisions_as_libbpf(bpf_objects, vmlinux, name, sections):
    """libbpf (inside bpftool) relocates the same object against the same vmlinux: every patched value and every
    poisoned instruction must agree. The load itself fails in the verifier (these programs are not meant to run)."""
    obj = bpf_objects(name)
    pin = f"/sys/fs/bpf/pybpf_core_test_{os.getpid()}"
    proc = subprocess.run(["bpftool", "-d", "prog", "loadall", str(obj.path), pin], capture_output=True, text=True,
                          timeout=120)
    subprocess.run(["rm", "-rf", pin], check=False)
    libbpf: dict[tuple[str, int], dict] = {}
    for m in _LIBBPF_LINE.finditer(proc.stderr + proc.stdout):
        entry = libbpf.setdefault((m["prog"], int(m["n"])), {})
        if m["pinsn"]:
            entry["poison"] = True
        else:
            entry[m["field"]] = int(m["new"])
    assert libbpf, "bpftool printed no CO-RE decisions:\n" + proc.stderr[-2000:]
    for section, prog in sections.items():
        _, _relos, _, report = relocate(obj, section, vmlinux)
        for res in report:
            theirs = libbpf[(prog, res.index)]
            if theirs.get("poison"):
                assert res.poisoned, res.message
                continue
            assert not res.poisoned, res.message
            value = theirs.get("off", theirs.get("imm", theirs.get("imm64")))
            assert res.new_value == value, (res.message, theirs)


_FUZZ_LOCAL = Btf.from_types([
    Int("int", 4, 32, 0, SIGNED), Struct("s", 24, (Member("a", 1, 0), Member("arr", 3, 32), Member("", 5, 128),
                                                   Member("bf", 1, 160, 3))),
    Array(1, 1, 3), Enum("e", 4, (EnumValue("E_A", 1), EnumValue("E_B", 2))),
    Union("", 8, (Member("x", 1, 0), Member("p", 6, 0))), Ptr(2), Typedef("s_t", 2), Fwd("s"),
])
_FUZZ_TARGET = Btf.from_types([
    Int("long", 8, 64, 0, SIGNED), Int("int", 4, 32, 0, SIGNED), Struct("s___a", 40, (
        Member("bf", 2, 0, 5), Member("", 4, 64), Member("arr", 5, 128), Member("a", 1, 256))),
    Union("", 8, (Member("p", 6, 0), Member("x", 2, 0))), Array(2, 2, 0), Ptr(3), Typedef("s_t", 3),
    Enum("e___v2", 8, (EnumValue("E_B", 20),)), Struct("s___b", 8, (Member("a", 2, 0),)),
])


@given(st.lists(st.tuples(st.integers(0, 9), st.lists(st.integers(0, 5), min_size=1, max_size=5),
                          st.integers(0, 14)), min_size=1, max_size=6))
def test_random_relocations_never_crash(relos):
    """Any (type, access, kind) against any target: a result or a LoadError, never another exception."""
    insns = [Instruction(0xB7, 1, 0, 0, 0), Instruction(0x61, 2, 1, 0, 0), Instruction(LD_IMM64, 3, 0, 0, 0)]
    slots = [0, 1, 2]
    core = [CoreRelo(slots[i % 3], tid, ":".join(map(str, acc)), kind) for i, (tid, acc, kind) in enumerate(relos)]
    try:
        new, report = apply_core_relocations(insns, core, _FUZZ_LOCAL, _FUZZ_TARGET)
    except LoadError as e:
        assert e.slot is not None
        return
    assert sum(i.width for i in new) == 4 and len(report) == len(core)


@pytest.mark.parametrize(("order", "lshift"), [("little", 64 - (3 + 5)), ("big", (8 - 4) * 8 + 3)])
def test_bitfield_shifts_follow_the_object_byte_order(order, lshift):
    types = [Int("int", 4, 32, 0, SIGNED), Struct("s", 4, (Member("pad", 1, 0, 3), Member("bf", 1, 3, 5)),
                                                  kflag=True)]
    local = Btf.from_types(types, byteorder=order)
    r = Resolver(local, Btf.from_types(types, byteorder=order))
    assert r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_LSHIFT_U64)).new_val == lshift
    assert r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_RSHIFT_U64)).new_val == 64 - 5
    assert r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_SIGNED)).new_val == 1
    assert r.resolve(CoreRelo(0, 2, "0:1", K.FIELD_BYTE_SIZE)).new_val == 4

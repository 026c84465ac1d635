"""CO-RE relocations: kept (not applied) in the spec, remapped to linked slots, applied at load against a target
BTF (a hand-made one, and the host's vmlinux)."""

from __future__ import annotations

import pytest
from elf_testutil import needs_clang

from pybpf.btf import Btf, Int, IntEncoding, Member, Ptr, Struct
from pybpf.btf.ext import CoreReloKind
from pybpf.btf.types import Func, FuncLinkage
from pybpf.elf import apply_core
from pybpf.isa.instruction import slot_offsets

pytestmark = [needs_clang, pytest.mark.clang]


def _at(prog, slot):
    return dict(zip(slot_offsets(prog.instructions), prog.instructions, strict=True))[slot]


def _patched_value(insn):
    return insn.imm if insn.is_alu or insn.is_ld_imm64 else insn.off


def _target_btf() -> Btf:
    """A kernel whose task_struct has pid at 100, tgid at 104, real_parent at 200, and no such_field."""
    return Btf.from_types([
        Int("int", 4, 32, 0, IntEncoding.SIGNED),
        Struct("task_struct", 256, (Member("pid", 1, 800), Member("tgid", 1, 832), Member("real_parent", 3, 1600))),
        Ptr(2),
    ])


def test_core_relos_remapped_to_linked_slots(spec_of):
    spec = spec_of("core")
    prog = spec.program("core_kprobe")
    assert [f.name for f in prog.functions] == ["core_kprobe", "read_tgid", "parent_pid"]
    by_func = {}
    for r in prog.core_relos:
        by_func.setdefault(prog.function_at(r.slot).name, []).append(r.access)
    assert by_func == {"core_kprobe": ["0:0", "0:3"], "read_tgid": ["0:1"], "parent_pid": ["0:2", "0:0"]}
    for r in prog.core_relos:  # each points at an instruction start of the linked program
        assert r.slot in set(slot_offsets(prog.instructions))
    # the spec is machine-independent: instructions still hold the local (compile-time) offsets
    assert [_patched_value(_at(prog, r.slot)) for r in prog.core_relos] == [0, 1, 4, 8, 0]


def test_hidden_global_is_static(spec_of):
    spec = spec_of("core")
    prog = spec.program("core_kprobe")
    f = next(f for f in prog.functions if f.name == "read_tgid")
    assert f.linkage == FuncLinkage.STATIC and prog.global_functions == ()
    assert spec.btf.find("read_tgid", Func.KIND).linkage == FuncLinkage.STATIC


def test_apply_against_given_btf(spec_of):
    spec = spec_of("core")
    prog = spec.program("core_kprobe")
    new, report = spec.core_relocated("core_kprobe", _target_btf())
    assert new.core_relos == () and new.slot_count == prog.slot_count and new.references == prog.references
    assert [_patched_value(_at(new, r.slot)) for r in prog.core_relos] == [100, 0, 104, 200, 100]
    assert [r.kind for r in report] == [k.kind for k in prog.core_relos]
    assert not any(r.poisoned for r in report)
    assert spec.program("core_kprobe") == prog  # the spec itself is untouched
    again, _ = apply_core(new, spec.btf, _target_btf())  # nothing left to relocate
    assert again is new


def test_apply_against_vmlinux(spec_of, vmlinux):
    spec = spec_of("core")
    prog = spec.program("core_kprobe")
    new, report = spec.core_relocated(prog, vmlinux)
    ts = vmlinux.find("task_struct", Struct.KIND)
    off = {m.name: m.bit_offset // 8 for m in ts.members if m.name in ("pid", "tgid", "real_parent")}
    want = [off["pid"], 0, off["tgid"], off["real_parent"], off["pid"]]
    assert [_patched_value(_at(new, r.slot)) for r in prog.core_relos] == want
    exists = next(r for r in report if r.kind == CoreReloKind.FIELD_EXISTS)
    assert exists.new_value == 0

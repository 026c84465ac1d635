"""Programs of an object: section names -> types, autoload, linking of static/global subprograms and callbacks,
func_info/line_info remapping, determinism."""

from __future__ import annotations

import pytest
from conftest import CPUS
from elf_testutil import needs_clang

from pybpf.btf.types import Func, FuncLinkage
from pybpf.elf import load_collection_spec
from pybpf.errors import LoadError
from pybpf.isa.instruction import slot_offsets
from pybpf.isa.opcodes import CALL, LD_IMM64, CallSrc, PseudoSrc
from pybpf.uapi import AttachType, ProgType

pytestmark = [needs_clang, pytest.mark.clang]

EXPECTED = {  # name: (section, type, expected attach type, attach target, autoload)
    "xdp_prog": ("xdp", ProgType.XDP, AttachType.XDP, "", True),
    "xdp_second": ("xdp", ProgType.XDP, AttachType.XDP, "", True),
    "tc_prog": ("tc", ProgType.SCHED_CLS, None, "", True),
    "cls_prog": ("classifier", ProgType.SCHED_CLS, None, "", True),
    "sock_prog": ("socket", ProgType.SOCKET_FILTER, None, "", True),
    "kprobe_prog": ("kprobe/do_unlinkat", ProgType.KPROBE, None, "do_unlinkat", True),
    "tp_prog": ("tracepoint/syscalls/sys_enter_openat", ProgType.TRACEPOINT, None, "syscalls/sys_enter_openat",
                True),
    "raw_tp_prog": ("raw_tp/sys_enter", ProgType.RAW_TRACEPOINT, None, "sys_enter", True),
    "fentry_prog": ("fentry/do_unlinkat", ProgType.TRACING, AttachType.TRACE_FENTRY, "do_unlinkat", True),
    "syscall_prog": ("syscall", ProgType.SYSCALL, None, "", True),
    "lazy_prog": ("?xdp", ProgType.XDP, AttachType.XDP, "", False),
}

# Which functions each program links, in libbpf's append order (depth first, first use appends).
LINKED = {
    "xdp_prog": ["xdp_prog", "loop_cb", "bump", "mix", "global_helper"],
    "tc_prog": ["tc_prog", "global_helper", "bump"],
    "cls_prog": ["cls_prog", "bump"],
    "kprobe_prog": ["kprobe_prog", "bump"],
    "tp_prog": ["tp_prog", "mix", "global_helper", "bump"],
    "syscall_prog": ["syscall_prog", "global_helper", "bump"],
    "sock_prog": ["sock_prog"],
}


def test_program_types_from_section_names(spec_of):
    spec = spec_of("progs")
    assert list(spec.programs) == list(EXPECTED)  # libbpf's order: by section, then offset
    for name, (section, ptype, attach, target, autoload) in EXPECTED.items():
        p = spec.program(name)
        assert (p.section, p.prog_type, p.expected_attach_type, p.attach_to, p.autoload) == \
            (section, ptype, attach, target, autoload), name
        assert p.license == "GPL"
    assert spec.program("lazy_prog").sec_name == "xdp"


@pytest.mark.parametrize("cpu", [None, *CPUS])
def test_linked_functions_and_call_offsets(spec_of, cpu):
    spec = spec_of("progs", cpu)
    for name, funcs in LINKED.items():
        prog = spec.program(name)
        assert [f.name for f in prog.functions] == funcs, name
        starts = {f.slot: f for f in prog.functions}
        assert prog.functions[0].slot == 0
        # functions are laid end to end and fill the program
        assert sum(f.slots for f in prog.functions) == prog.slot_count
        for a, b in zip(prog.functions, prog.functions[1:]):
            assert a.slot + a.slots == b.slot
        # every bpf-to-bpf call and function address lands on the start of a linked function
        targets = set()
        for slot, insn in zip(slot_offsets(prog.instructions), prog.instructions, strict=True):
            if insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL:
                assert slot + 1 + insn.imm in starts, (name, slot)
                targets.add(starts[slot + 1 + insn.imm].name)
            if insn.opcode == LD_IMM64 and insn.src == PseudoSrc.FUNC:
                assert slot + 1 + insn.imm in starts
                targets.add(starts[slot + 1 + insn.imm].name)
        assert targets == set(funcs[1:]), name


def test_same_subprogram_code_in_every_program(spec_of):
    """A subprogram's instructions are copied unchanged except call offsets and map references."""
    spec = spec_of("progs")

    def body(prog, fname):
        f = next(f for f in prog.functions if f.name == fname)
        out = []
        for slot, insn in zip(slot_offsets(prog.instructions), prog.instructions, strict=True):
            if f.slot <= slot < f.slot + f.slots:
                out.append(insn.replace(imm=0) if insn.opcode == CALL and insn.src == 1 else insn)
        return out

    ref = body(spec.program("tc_prog"), "global_helper")
    for name in ("xdp_prog", "tp_prog", "syscall_prog"):
        assert body(spec.program(name), "global_helper") == ref
    assert body(spec.program("cls_prog"), "bump") == body(spec.program("kprobe_prog"), "bump")


def test_bpf_loop_callback_is_a_function_pointer(spec_of):
    prog = spec_of("progs").program("xdp_prog")
    loads = [(slot, insn) for slot, insn in zip(slot_offsets(prog.instructions), prog.instructions, strict=True)
             if insn.opcode == LD_IMM64 and insn.src == PseudoSrc.FUNC]
    assert len(loads) == 1
    slot, insn = loads[0]
    cb = next(f for f in prog.functions if f.name == "loop_cb")
    assert slot + 1 + insn.imm == cb.slot
    assert insn.imm >> 32 == 0  # the second slot's imm stays 0


def test_global_functions_identifiable(spec_of):
    spec = spec_of("progs")
    prog = spec.program("tp_prog")
    assert [f.name for f in prog.global_functions] == ["global_helper"]
    gh = prog.global_functions[0]
    assert gh.linkage == FuncLinkage.GLOBAL
    t = spec.btf.type(gh.btf_id)
    assert isinstance(t, Func) and t.name == "global_helper"
    static = next(f for f in prog.functions if f.name == "mix")
    assert static.linkage == FuncLinkage.STATIC and not static.is_global


def test_func_and_line_info_remapped(spec_of):
    spec = spec_of("progs")
    for name in LINKED:
        prog = spec.program(name)
        assert [r.slot for r in prog.func_info] == [f.slot for f in prog.functions]
        assert [r.type_id for r in prog.func_info] == [f.btf_id for f in prog.functions]
        for r in prog.func_info:
            assert spec.btf.type(r.type_id).name == prog.function_at(r.slot).name
        slots = [r.slot for r in prog.line_info]
        assert slots == sorted(slots) and slots[0] == 0 and slots[-1] < prog.slot_count
        # every function has line info at its first slot, and its lines come from progs.c
        assert {f.slot for f in prog.functions} <= set(slots)
        assert all(r.file_name.endswith("progs.c") for r in prog.line_info)
    tc = spec.program("tc_prog")
    assert "global_helper" in tc.line_at(tc.functions[1].slot).line_text


def test_instruction_counts(spec_of):
    spec = spec_of("progs")
    sizes = {f.name: f.slots for p in spec.programs.values() for f in p.functions}
    for name, funcs in LINKED.items():
        assert spec.program(name).slot_count == sum(sizes[f] for f in funcs)
    assert spec.program("sock_prog").slot_count == 2
    assert spec.program("raw_tp_prog").slot_count == 2


def test_deterministic(build):
    path = build("progs")
    a = load_collection_spec(path)
    b = load_collection_spec(path)
    c = load_collection_spec(path.read_bytes(), name="progs")
    assert a == b == c
    assert a.programs == c.programs and a.maps == c.maps
    assert load_collection_spec(path.read_bytes()).maps.keys() == a.maps.keys()  # BTF map names need no prefix


def test_program_not_found_lists_names(spec_of):
    spec = spec_of("progs")
    with pytest.raises(LoadError) as exc:
        spec.program("no_such_prog")
    assert "no_such_prog" in str(exc.value) and "xdp_prog" in str(exc.value) and "lazy_prog" in str(exc.value)
    assert exc.value.file == str(spec.path)
    assert "\n" not in str(exc.value)


def test_exception_callback_is_appended(spec_of):
    prog = spec_of("throw").program("may_throw")
    assert [(f.name, f.linkage) for f in prog.functions] == [("may_throw", FuncLinkage.GLOBAL),
                                                             ("on_throw", FuncLinkage.GLOBAL)]
    assert [r.name for r in prog.references.values()] == ["bpf_throw"]
    assert len(prog.func_info) == 2


def test_same_section_static_call(spec_of):
    spec = spec_of("samesec")
    assert list(spec.programs) == ["same_section"]  # the static function is not an entry program
    assert any("static function 'twice'" in w for w in spec.warnings)
    prog = spec.program("same_section")
    assert [(f.name, f.slot) for f in prog.functions] == [("same_section", 0), ("twice", 4)]
    call = prog.instructions[1]
    assert call.opcode == CALL and call.src == CallSrc.PSEUDO_CALL and 1 + 1 + call.imm == 4


def test_call_into_the_middle_of_a_function(build):
    """A bpf-to-bpf call whose target is not a function start is refused, naming program and slot."""
    from elf_testutil import ElfPatcher

    p = ElfPatcher(build("progs").read_bytes())
    text = p.section_data_offset(".text")
    assert p.data[text + 5 * 8] == CALL and p.data[text + 5 * 8 + 4] == 4  # global_helper: call bump (+4)
    p.data[text + 5 * 8 + 4] = 3
    with pytest.raises(LoadError) as exc:
        load_collection_spec(p.bytes(), source="mid.o")
    err = exc.value
    assert (err.section, err.symbol, err.slot, err.program) == (".text", "global_helper", 5, "xdp_prog")
    assert "slot 9 of section '.text', where no function starts" in err.reason

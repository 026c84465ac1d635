"""The C-like assembler: both styles, labels, comments, pasted llvm-objdump and verifier-log output, syntax
detection, and errors (always an AssembleError with line, column and the offending text)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pybpf.errors import AssembleError
from pybpf.isa.asm import assemble, detect_syntax
from pybpf.isa.codec import encode, validate
from pybpf.isa.instruction import Instruction as I
from pybpf.testing.data import conformance_dir


def test_styles_and_number_bases_agree():
    llvm = "r0 = *(u32 *)(r1 + 0x4)\nif r1 s> r2 goto +0x3\nr3 += -0x10\n*(u16 *)(r10 - 0x8) = 0xff\nexit"
    kernel = "r0 = *(u32 *)(r1 +4)\nif r1 s> r2 goto pc+3\nr3 += -16\n*(u16 *)(r10 -8) = 255\nexit"
    hand = "r0 = *(u32 *)(r1 + 4)\nif r1 s> r2 goto 3\nr3 += - 16\n*(u16*)(r10-8) = 255\nexit"
    expected = [I(0x61, 0, 1, 4), I(0x6D, 1, 2, 3), I(0x07, 3, imm=-16), I(0x6A, 10, 0, -8, 255), I(0x95)]
    assert assemble(llvm) == expected
    assert assemble(kernel) == expected
    assert assemble(hand) == expected


def test_ld_imm64_with_and_without_ll():
    assert assemble("r1 = 0x10 ll") == [I(0x18, 1, imm=16)]
    assert assemble("r1 = 16 ll") == [I(0x18, 1, imm=16)]
    assert assemble("r1 = -1 ll") == [I(0x18, 1, imm=-1)]
    assert assemble("r1 = 0xffffffffffffffff ll") == [I(0x18, 1, imm=-1)]
    # Without ll: llvm reads a 32-bit mov (0xffffffff is -1 sign-extended, as llvm-mc does) ...
    assert assemble("r1 = 0x10") == [I(0xB7, 1, imm=16)]
    assert assemble("r1 = 0xffffffff") == [I(0xB7, 1, imm=-1)]
    # ... the kernel's log prints LD_IMM64 in hex and movs in decimal.
    assert assemble("r1 = 0x10", syntax="kernel") == [I(0x18, 1, imm=16)]
    assert assemble("r1 = 16", syntax="kernel") == [I(0xB7, 1, imm=16)]
    # A value that needs 64 bits is LD_IMM64 in every style.
    assert assemble("r1 = 0x100000000") == [I(0x18, 1, imm=1 << 32)]
    assert assemble("r1 = -0x80000001") == [I(0x18, 1, imm=-0x80000001)]


def test_auto_detection_of_kernel_style():
    text = "r1 = 0x10\nif r1 > 0x3 goto pc+1\nr0 = 0\nexit"
    assert detect_syntax(text) == "kernel"
    assert assemble(text)[0] == I(0x18, 1, imm=16)
    assert detect_syntax("r1 = 0x10\nif r1 > 0x3 goto +0x1\nexit") == "llvm"
    assert detect_syntax("r0 = 0\nexit") == "llvm"


def test_labels_count_slots():
    text = """
    start:
        r1 = 0x1122334455667788 ll   ; two slots
        if r1 == 0 goto out
        r1 += 1
        goto start
    out: r0 = r1
        exit
    """
    assert assemble(text) == [I(0x18, 1, imm=0x1122334455667788), I(0x15, 1, 0, 2, 0), I(0x07, 1, imm=1),
                              I(0x05, off=-5), I(0xBF, 0, 1), I(0x95)]


def test_labels_for_calls_gotol_and_subprog():
    text = """
        r1 = subprog[f]
        call f
        gotol end
        call bpf_ktime_get_ns
        call ktime_get_ns
    f:  r0 = 1
    end:
        exit
    """
    assert assemble(text) == [I(0x18, 1, 4, imm=5), I(0x85, 0, 1, imm=3), I(0x06, imm=3), I(0x85, imm=5),
                              I(0x85, imm=5), I(0xB7, 0, imm=1), I(0x95)]
    back = assemble("f: exit\nr1 = subprog[f]\ncall f\n")
    assert back[1] == I(0x18, 1, 4, imm=0xFFFFFFFE) and back[2] == I(0x85, 0, 1, imm=-4)


def test_comments():
    text = "# header\nr0 = 1 // set\nr0 += 2 ; add\n  # indented comment\ncall bpf_map_lookup_elem#1 # call\nexit"
    assert assemble(text) == [I(0xB7, 0, imm=1), I(0x07, 0, imm=2), I(0x85, imm=1), I(0x95)]


OBJDUMP = """
calls.o:\tfile format elf64-bpf

Disassembly of section .text:

0000000000000000 <twice>:
       0:\tbf 16 00 00 00 00 00 00\tr6 = r1
       1:\t85 10 00 00 ff ff ff ff\tcall -0x1
\t\t0000000000000008:  R_BPF_64_32\tmix
       2:\t18 02 00 00 15 7c 4a 7f 00 00 00 00 b9 79 37 9e\tr2 = -0x61c8864680b583eb ll
       4:\t55 00 01 00 00 08 00 00\tif r0 != 0x800 goto +0x1 <twice+0x30>
       5:\tc3 31 00 00 00 00 00 00\tlock *(u32 *)(r1 + 0x0) += r3
       6:\t95 00 00 00 00 00 00 00\texit
"""


def test_pasted_objdump_output():
    assert assemble(OBJDUMP) == [I(0xBF, 6, 1), I(0x85, imm=-1), I(0x18, 2, imm=-0x61C8864680B583EB),
                                 I(0x55, 0, 0, 1, 0x800), I(0xC3, 1, 3, 0, 0), I(0x95)]
    no_bytes = "       0:\tr6 = r1\n       1:\texit\n"
    assert assemble(no_bytes) == [I(0xBF, 6, 1), I(0x95)]


def test_pasted_verifier_log():
    log = """
0: R1=ctx() R10=fp0
0: (b7) r2 = 0                        ; R2_w=0
1: (18) r1 = 0xffff888100b5a000       ; R1_w=map_ptr(ks=4,vs=8)
3: (85) call bpf_map_lookup_elem#1    ; R0_w=map_value_or_null(id=1,ks=4,vs=8)
4: (15) if r0 == 0x0 goto pc+1        ; R0_w=map_value(ks=4,vs=8)
5: (7b) *(u64 *)(r10 -8) = r0
6: (95) exit
"""
    # The state line "0: R1=ctx() ..." is not an instruction; the log must not contain it for assembly.
    with pytest.raises(AssembleError) as info:
        assemble(log)
    assert info.value.line == 2
    insns = assemble("\n".join(log.strip().splitlines()[1:]))
    assert insns == [I(0xB7, 2), I(0x18, 1, imm=0xFFFF888100B5A000 - (1 << 64)), I(0x85, imm=1),
                     I(0x15, 0, 0, 1, 0), I(0x7B, 10, 0, -8), I(0x95)]


def test_kernel_call_forms():
    assert assemble("call unknown#300") == [I(0x85, imm=300)]
    assert assemble("call kernel-function#77") == [I(0x85, 0, 2, imm=77)]
    assert assemble("call bpf_obj_new_impl#70593") == [I(0x85, 0, 2, imm=70593)]  # verifier log: kfunc by name
    assert assemble("call kernel-function#77 off=2") == [I(0x85, 0, 2, 2, 77)]
    assert assemble("call kfunc 0x4d off=0x2") == [I(0x85, 0, 2, 2, 77)]
    assert assemble("call pc+3") == [I(0x85, 0, 1, imm=3)]
    assert assemble("call pc-0x3") == [I(0x85, 0, 1, imm=-3)]


def test_map_forms():
    assert assemble("r1 = map[id:7]") == [I(0x18, 1, 1, imm=7)]  # bpftool's spelling reads as the value
    assert assemble("r1 = map[fd:7][0]+-4") == [I(0x18, 1, 2, imm=(0xFFFFFFFC << 32 | 7) - (1 << 64))]
    assert assemble("ld_pseudo r1, 2, 0x800000005") == [I(0x18, 1, 2, imm=8 << 32 | 5)]


def test_alu32_forms_of_llvm_objdump():
    # llvm-objdump --mattr=+alu32 prints w registers for narrow loads/stores: same encodings.
    assert assemble("w0 = *(u32 *)(r1 + 0x0)\n*(u8 *)(r1 + 0x1) = w2\nlock *(u32 *)(r1 + 0x0) += w3") == \
        [I(0x61, 0, 1), I(0x73, 1, 2, 1), I(0xC3, 1, 3)]


def test_instructions_that_llvm_19_cannot_print():
    text = "w0 = load_acquire((u8 *)(r1 + 0))\nstore_release((u64 *)(r1 + 8), r2)\ngotox r3\ncallx r4\nmay_goto +2"
    assert encode(assemble(text)).hex(" ") == (
        "d3 10 00 00 00 01 00 00 db 21 08 00 10 01 00 00 0d 03 00 00 00 00 00 00 "
        "8d 04 00 00 00 00 00 00 e5 00 02 00 00 00 00 00")


def test_mnemonic_syntax_is_delegated():
    text = "mov %r0, 1\nadd32 %r0, 2\nexit"
    assert detect_syntax(text) == "mnemonic"
    assert assemble(text) == [I(0xB7, 0, imm=1), I(0x04, 0, imm=2), I(0x95)]
    assert detect_syntax("ldabsh 12\nexit") == "mnemonic"
    assert detect_syntax("ja +1\nexit\nexit") == "mnemonic"
    assert detect_syntax("goto +1\nexit\nexit") == "llvm"
    assert detect_syntax("a.o:\tfile format elf64-bpf\n\n0000000000000000 <f>:\n       0:\texit") == "llvm"


def test_unknown_syntax():
    with pytest.raises(ValueError):
        assemble("exit", syntax="intel")


ERRORS = [
    ("r0 = 1\nr0 += r11", 2, 7, "register r11 does not exist"),
    ("r0 += w1", 1, 7, "mix 64-bit (r) and 32-bit (w)"),
    ("if r1 > w2 goto +1", 1, 9, "mix"),
    ("r0 = 1\n  r0 := r1", 2, 3, "cannot parse instruction"),
    ("goto nowhere", 1, 6, "undefined label nowhere"),
    ("a: exit\na: exit", 2, 1, "duplicate label a"),
    ("goto +40000", 1, 6, "does not fit in 16 bits"),
    ("r0 = *(u32 *)(r1 + 0x8000)", 1, 18, "offset"),
    ("r0 = 0x10000000000000000 ll", 1, 6, "out of range"),
    ("w0 = 0x100000000", 1, 6, "out of range"),
    ("r0 = (s32)r1\nw0 = (s32)w1", 2, 1, "invalid instruction: reserved field off"),
    ("w0 = *(u64 *)(r1 + 0)", 1, 1, "64-bit register"),
    ("r0 = *(s64 *)(r1 + 0)", 1, 8, "s64 loads do not exist"),
    ("*(s32 *)(r1 + 0) = r2", 1, 3, "only valid for sign-extending loads"),
    ("r1 = *(u16 *)skb[12]", 1, 1, "always load into r0"),
    ("r1 = atomic_fetch_add((u64 *)(r10 - 8), r2)", 1, 1, "r1 must be r2"),
    ("r1 = cmpxchg_64(r10 - 8, r0, r2)", 1, 1, "cmpxchg compares with and returns into r0"),
    ("r1 = -r2", 1, 7, "negation is in place"),
    ("lock *(u64 *)(r10 - 8) -= r1", 1, 24, "lock supports"),
    ("call bpf_map_lookup_elem#2", 1, 26, "is helper #1"),
    ("call no_such_thing", 1, 6, "neither a label nor a helper"),
    ("       0:\tc3 31 00 00 40 00 00 00\t<unknown>", 1, 35, "could not decode"),
    (".text\nexit", 1, 1, "directives are not supported"),
    ("r1 = ld_pseudo(1)", 1, 1, "cannot parse"),
    ("ld_pseudo r1, 9, 1", 1, 1, "LD_IMM64 src is 9"),
    ("r0 = addr_space_cast(r1, 2, 0)", 1, 1, "addr_space_cast imm"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), ERRORS, ids=[e[3] for e in ERRORS])
def test_errors_name_line_column_and_text(text, line, column, message):
    with pytest.raises(AssembleError) as info:
        assemble(text, source="prog.s")
    err = info.value
    assert message in err.reason
    assert (err.line, err.column) == (line, column)
    assert err.text == text.splitlines()[line - 1]
    assert str(err).startswith(f"prog.s:{line}:{column}: ")


def test_label_too_far_for_16_bits():
    text = "goto end\n" + "r0 = 0 ll\n" * 20000 + "end: exit"
    with pytest.raises(AssembleError, match="beyond the 16-bit offset") as info:
        assemble(text)
    assert (info.value.line, info.value.column) == (1, 6)
    assert assemble(text.replace("goto end", "gotol end"))[0] == I(0x06, imm=40000)


CONFORMANCE = conformance_dir()


@pytest.mark.skipif(not CONFORMANCE.is_dir(), reason=f"conformance data not found at {CONFORMANCE}")
def test_conformance_asm_sections_are_detected_as_mnemonic():
    sections = 0
    for path in sorted(CONFORMANCE.rglob("*.data")):
        m = re.search(r"^-- asm\s*\n(.*?)(?=^-- |\Z)", path.read_text(), re.S | re.M)
        if m and m.group(1).strip():
            sections += 1
            assert detect_syntax(m.group(1)) == "mnemonic", path.name
    assert sections > 300


GARBAGE = st.lists(st.sampled_from([*"rw0123456789xabcdef+-*()[]=<>&|^%s/ \t:;#,._", "ll", "goto", "call", "pc",
                                    "if", "lock", "skb", "u32", "\n"]), max_size=25).map("".join)


@settings(max_examples=200)
@given(GARBAGE, st.sampled_from(["llvm", "kernel"]))
def test_any_text_gives_instructions_or_an_assemble_error(text, syntax):
    try:
        insns = assemble(text, syntax=syntax)
    except AssembleError as err:
        assert err.line is not None and err.column is not None
    else:
        for insn in insns:
            validate(insn)

"""Every limit: queryable with its DOC_QUERY_* flag, reachable exactly, and one past it fails with its own error."""

from __future__ import annotations

import errno

import pytest

from pybpf.cpu import (
    DOC_QUERY_CHECKED_LOADS_MAX,
    DOC_QUERY_LEN_MAX,
    DOC_QUERY_PAGES_MAX,
    DOC_QUERY_RETIRED_INSN_MAX,
    DOC_QUERY_RETRIES_MAX,
    DOC_QUERY_TAINTED_BRANCHES_MAX,
    DOC_QUERY_TAINTED_MEM_OPS_MAX,
    do_on_cpu,
    execute,
)
from pybpf.cpu.context import St, check
from pybpf.cpu.insn import add, exit_, jmp, ld_imm64, ldx, mov, st
from pybpf.cpu.limits import (
    CHECKED_LOADS_MAX,
    LEN_MAX,
    PAGE_SIZE,
    PAGES_MAX,
    RETIRED_INSN_MAX,
    RETRIES_MAX,
    TAINTED_BRANCHES_MAX,
    TAINTED_MEM_OPS_MAX,
)
from pybpf.errors import CpuError
from pybpf.isa.codec import encode
from pybpf.isa.opcodes import JmpOp

QUERIES = [
    (DOC_QUERY_LEN_MAX, LEN_MAX, 32),
    (DOC_QUERY_RETIRED_INSN_MAX, RETIRED_INSN_MAX, 65536),
    (DOC_QUERY_PAGES_MAX, PAGES_MAX, 8),
    (DOC_QUERY_TAINTED_MEM_OPS_MAX, TAINTED_MEM_OPS_MAX, 4),
    (DOC_QUERY_TAINTED_BRANCHES_MAX, TAINTED_BRANCHES_MAX, 4096),
    (DOC_QUERY_RETRIES_MAX, RETRIES_MAX, 16),
    (DOC_QUERY_CHECKED_LOADS_MAX, CHECKED_LOADS_MAX, 8),
]


@pytest.mark.parametrize("flag, value, expected", QUERIES)
def test_query_flags_return_their_limit(flag, value, expected):
    assert value == expected
    assert do_on_cpu(b"", -1, flag) == expected  # program and cpu are ignored, as in the prototype
    assert do_on_cpu(encode([mov(0, imm=1), exit_()]), 0, flag) == expected


@pytest.mark.parametrize("flags, words", [
    (DOC_QUERY_LEN_MAX | DOC_QUERY_PAGES_MAX, "more than one limit"),
    (1 << 20, "unknown flag bits 0x100000"),
    (-1, "unknown flag bits"),
])
def test_bad_flags(flags, words):
    with pytest.raises(CpuError) as info:
        do_on_cpu(b"", 0, flags)
    assert info.value.errno == errno.EINVAL
    assert words in str(info.value)


def _expect(out, status, slot=None):
    assert out.status == status, out
    if slot is not None:
        assert out.slot == slot


def _loop(iterations: int, extra: int = 0) -> bytes:
    """mov r1,0; [extra movs]; loop: r1 += 1; if r1 < n goto loop; exit  -> 2 + extra + 2n retired."""
    return encode([mov(1, imm=0), *[mov(2, imm=0)] * extra, add(1, imm=1), jmp(JmpOp.JLT, 1, -2, imm=iterations),
                   exit_()])


def test_retired_instruction_budget(engine):
    at_limit = _loop((RETIRED_INSN_MAX - 2) // 2)
    out = execute(at_limit, 0, engine=engine)
    _expect(out, St.OK)
    assert out.retired == out.retired2 == RETIRED_INSN_MAX
    out = execute(_loop((RETIRED_INSN_MAX - 2) // 2, extra=1), 0, engine=engine)
    _expect(out, St.BUDGET, slot=4)  # the exit is the 65537th instruction
    assert out.retired == RETIRED_INSN_MAX and out.retired2 == 0
    with pytest.raises(CpuError) as info:
        check(out)
    assert info.value.errno == errno.EINVAL and "DOC_QUERY_RETIRED_INSN_MAX" in str(info.value)


def test_infinite_loop_is_stopped():
    with pytest.raises(CpuError) as info:
        do_on_cpu(encode([mov(0, imm=0), add(0, imm=1), jmp(JmpOp.JA, 0, -2)]), 0)
    assert info.value.errno == errno.EINVAL and "retired-instruction budget" in str(info.value)


def _touch_pages(base: int, pages: int) -> bytes:
    return encode([ld_imm64(1, base), mov(2, imm=0), ldx(1, 3, 1), add(1, imm=PAGE_SIZE), add(2, imm=1),
                   jmp(JmpOp.JLT, 2, -4, imm=pages), exit_()])


def test_pages_limit(mem, engine):
    _expect(execute(_touch_pages(mem.address, PAGES_MAX), 0, engine=engine), St.OK)
    out = execute(_touch_pages(mem.address, PAGES_MAX + 1), 0, engine=engine)
    _expect(out, St.PAGES, slot=3)
    assert out.faddr == mem.address + PAGES_MAX * PAGE_SIZE
    with pytest.raises(CpuError, match="DOC_QUERY_PAGES_MAX"):
        check(out)


def test_an_access_across_a_page_boundary_touches_two_pages(mem, engine):
    prog = encode([ld_imm64(1, mem.address + PAGE_SIZE - 4), st(8, 1, -1), ldx(8, 0, 1), exit_()])
    out = execute(prog, 0, engine=engine)
    _expect(out, St.OK)
    assert out.r0 == -1
    assert mem.load(PAGE_SIZE - 4, 4) == 0xFFFFFFFF and mem.load(PAGE_SIZE, 4) == 0xFFFFFFFF


def _chase(base: int, hops: int) -> bytes:
    return encode([ld_imm64(1, base), ldx(8, 1, 1), *[ldx(8, 1, 1)] * hops, mov(0, src=1), exit_()])


def test_tainted_access_limit(mem, engine):
    mem.store(0, mem.address)  # *base = base: every hop loads through a tainted address
    _expect(execute(_chase(mem.address, TAINTED_MEM_OPS_MAX), 0, engine=engine), St.OK)
    out = execute(_chase(mem.address, TAINTED_MEM_OPS_MAX + 1), 0, engine=engine)
    _expect(out, St.TMEM, slot=3 + TAINTED_MEM_OPS_MAX)
    with pytest.raises(CpuError, match="DOC_QUERY_TAINTED_MEM_OPS_MAX"):
        check(out)


def _branches(base: int, n: int) -> bytes:
    return encode([ld_imm64(1, base), ldx(8, 2, 1), mov(3, imm=0), jmp(JmpOp.JEQ, 2, 0, imm=77), add(3, imm=1),
                   jmp(JmpOp.JLT, 3, -3, imm=n), exit_()])


def test_tainted_branch_limit(mem, engine):
    _expect(execute(_branches(mem.address, TAINTED_BRANCHES_MAX), 0, engine=engine), St.OK)
    out = execute(_branches(mem.address, TAINTED_BRANCHES_MAX + 1), 0, engine=engine)
    _expect(out, St.TBR, slot=4)
    with pytest.raises(CpuError, match="DOC_QUERY_TAINTED_BRANCHES_MAX"):
        check(out)


def test_retry_limit(mem, engine):
    """A tainted branch that flips between the passes every time: RETRIES_MAX restarts, then EAGAIN."""
    prog = encode([ld_imm64(1, mem.address), ldx(8, 2, 1), mov(0, imm=0), jmp(JmpOp.JEQ, 2, 1, imm=0),
                   mov(0, imm=1), st(8, 1, 5, 8), exit_()])
    flips = {"n": 0}

    def flip(limit: int):
        def hook():
            if flips["n"] < limit:
                mem.store(0, 1 - mem.load(0))
                flips["n"] += 1
        return hook

    out = execute(prog, 0, engine=engine, between_passes=flip(RETRIES_MAX))
    _expect(out, St.OK)
    assert out.restarts == RETRIES_MAX and mem.load(8) == 5
    mem.store(8, 0)
    flips["n"] = 0
    out = execute(prog, 0, engine=engine, between_passes=flip(10**9))
    _expect(out, St.AGAIN, slot=4)
    assert out.restarts == RETRIES_MAX + 1 and out.stores == 0 and mem.load(8) == 0
    with pytest.raises(CpuError) as info:
        check(out)
    assert info.value.errno == errno.EAGAIN and "DOC_QUERY_RETRIES_MAX" in str(info.value)

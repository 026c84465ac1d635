"""The helper registry and the context a helper runs in."""

from __future__ import annotations

import pytest

from pybpf.errors import ExecutionError, Fault
from pybpf.helpers import CallContext, Helper, HelperTable, helper_name
from pybpf.vm import AddressSpace, RegionKind


def test_names_come_from_linux_numbering():
    assert helper_name(1) == "bpf_map_lookup_elem"
    assert helper_name(6) == "bpf_trace_printk"
    assert helper_name(1 << 20) == "helper#1048576"
    t = HelperTable()
    assert t.add(12, lambda *a: 0).name == "bpf_tail_call"
    assert t.add(7, lambda *a: 0, "mine").name == "mine"


def test_table_is_a_mapping():
    t = HelperTable([Helper(5, "five", lambda *a: 5)])
    t.add(2, lambda *a: 2)
    assert list(t) == [2, 5] and len(t) == 2 and 5 in t and 3 not in t
    assert t[5].name == "five" and t.get(3) is None
    copy = t.copy()
    copy.add(9, lambda *a: 9)
    assert 9 not in t
    t.add_kfunc(777, lambda *a: 1)
    assert t.kfuncs[777].name == "kfunc#777"


def test_context_memory_access_is_checked():
    space = AddressSpace()
    ro = space.alloc(4, RegionKind.USER, "ro", data=b"abcd", writable=False)
    rw = space.alloc(8, RegionKind.MEM, "rw")
    ctx = CallContext(space, pc=3, program="p", describe=lambda slot: f"insn@{slot}")
    assert ctx.read(ro.base, 4) == b"abcd" and ctx.read(0, 0) == b""
    ctx.write(rw.base + 2, b"xy")
    assert rw.view.tobytes() == b"\0\0xy\0\0\0\0"
    ctx.store(rw.base, 2, -1)
    assert ctx.load(rw.base, 2) == 0xFFFF and ctx.load(rw.base, 2, signed=True) == -1
    with pytest.raises(Fault) as info:
        ctx.read(ro.base + 2, 4)
    assert info.value.pc == 3 and info.value.insn == "insn@3" and "program p" in str(info.value)
    with pytest.raises(Fault, match="read-only"):
        ctx.write(ro.base, b"z")
    with pytest.raises(Fault, match="outside every region"):
        ctx.write(rw.base + 7, b"zz")


def test_read_str():
    space = AddressSpace()
    r = space.alloc(6, RegionKind.MEM, "s", data=b"hi\0xyz")
    ctx = CallContext(space)
    assert ctx.read_str(r.base, 8) == b"hi"
    assert ctx.read_str(r.base + 3, 2) == b"xy"
    with pytest.raises(Fault):
        ctx.read_str(r.base + 3, 9)  # no NUL before the end of the region


def test_call_without_engine_support():
    with pytest.raises(ExecutionError, match="cannot call back"):
        CallContext(AddressSpace()).call(0)

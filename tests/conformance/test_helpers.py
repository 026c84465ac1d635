"""The conformance plugin's helper table (uBPF's test helpers 0-4 and helper 5), called directly."""

from __future__ import annotations

import pytest

from pybpf.conformance.helpers import (
    conformance_helpers,
    gather_bytes,
    memfrob,
    no_op,
    sqrti,
    strcmp_ext,
    unwind,
)
from pybpf.errors import Fault
from pybpf.helpers import CallContext
from pybpf.vm.memory import AddressSpace, RegionKind

U64 = (1 << 64) - 1


@pytest.fixture
def ctx() -> CallContext:
    return CallContext(AddressSpace())


def test_table_numbers() -> None:
    table = conformance_helpers()
    assert sorted(table) == [0, 1, 2, 3, 4, 5]
    assert [table[i].name for i in range(6)] == ["gather_bytes", "memfrob", "no_op", "sqrti", "strcmp_ext", "unwind"]


def test_gather_bytes(ctx: CallContext) -> None:
    assert gather_bytes(ctx, 1, 2, 3, 4, 5) == 0x0102030405
    assert gather_bytes(ctx, 0x1FF, 0xAB02, U64, 0, 0x1234) == 0xFF02FF0034


def test_memfrob(ctx: CallContext) -> None:
    region = ctx.space.alloc(8, RegionKind.MEM, "mem", data=bytes(range(1, 9)))
    assert memfrob(ctx, region.base + 2, 4, 0, 0, 0) == 0
    assert region.view.tobytes() == bytes([1, 2, 3 ^ 42, 4 ^ 42, 5 ^ 42, 6 ^ 42, 7, 8])
    assert memfrob(ctx, 0, 0, 0, 0, 0) == 0  # nothing to touch
    with pytest.raises(Fault):
        memfrob(ctx, region.base + 4, 8, 0, 0, 0)  # runs past the region


def test_no_op_and_unwind(ctx: CallContext) -> None:
    assert no_op(ctx, 1, 2, 3, 4, 5) == 0
    assert unwind(ctx, U64, 0, 0, 0, 0) == U64
    assert unwind(ctx, 0, 9, 9, 9, 9) == 0


@pytest.mark.parametrize(("a", "root"), [(0, 0), (1, 1), (15, 3), (16, 4), (2**64 - 1, 2**32), (2**62, 2**31)])
def test_sqrti(ctx: CallContext, a: int, root: int) -> None:
    assert sqrti(ctx, a, 0, 0, 0, 0) == root  # 2**64-1 rounds up to 2**64 as a double, as in C


def test_strcmp_ext(ctx: CallContext) -> None:
    region = ctx.space.alloc(16, RegionKind.STACK, "stack", data=b"abcx\0abcy\0abc\0\xff\0")
    a, b, c, d = region.base, region.base + 5, region.base + 10, region.base + 14
    assert strcmp_ext(ctx, a, a, 0, 0, 0) == 0
    assert strcmp_ext(ctx, a, b, 0, 0, 0) == (ord("x") - ord("y")) & U64
    assert strcmp_ext(ctx, b, a, 0, 0, 0) == 1
    assert strcmp_ext(ctx, c, a, 0, 0, 0) == (-ord("x")) & U64  # prefix sorts first
    assert strcmp_ext(ctx, d, a, 0, 0, 0) == 0xFF - ord("a")  # bytes compare unsigned
    unterminated = ctx.space.alloc(4, RegionKind.MEM, "mem", data=b"abcd")
    with pytest.raises(Fault):
        strcmp_ext(ctx, unterminated.base, a, 0, 0, 0)

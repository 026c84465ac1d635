"""RINGBUF: Linux's record format, reserve/submit/discard/output/query, consumer order, wrap-around."""

from __future__ import annotations

import ctypes
import errno
import struct

import pytest
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import (
    BPF_RB_AVAIL_DATA,
    BPF_RB_CONS_POS,
    BPF_RB_FORCE_WAKEUP,
    BPF_RB_NO_WAKEUP,
    BPF_RB_PROD_POS,
    BPF_RB_RING_SIZE,
    ENOTSUPP,
    MapType,
    map_by_value_address,
)
from pybpf.maps._arena import PAGE_SIZE
from pybpf.maps._native import native
from pybpf.vm.memory import RegionKind

BUSY, DISCARD = 1 << 31, 1 << 30


def errno_of(fn, *args, **kw) -> int:
    with pytest.raises(MapError) as ei:
        fn(*args, **kw)
    return ei.value.errno


def ring(size: int = PAGE_SIZE):
    return make(MapType.RINGBUF, 0, 0, size)


def header(rb, record_address: int) -> tuple[int, int]:
    return struct.unpack("<II", ctypes.string_at(record_address - 8, 8))


def test_records_have_linux_headers_and_come_out_in_order():
    rb = ring()
    rb.output(b"first")
    rec = rb.reserve(11)
    assert header(rb, rec.address) == (11 | BUSY, 3)  # BUSY until committed; pg_off: 3 pages from the start
    rec.view[:] = b"second-rec!"
    third = rb.reserve(3)
    third.view[:] = b"333"
    assert rb.consume() == [b"first"]  # the consumer stops at the busy record
    rec.submit()
    assert header(rb, rec.address) == (11, 3)
    third.discard()
    assert header(rb, third.address) == (3 | DISCARD, 3)
    assert rb.pending() == [b"second-rec!"]
    assert rb.consume() == [b"second-rec!"]  # discarded records are skipped
    assert rb.avail_data == 0 and rb.consumer_pos == rb.producer_pos == 16 + 24 + 16


def test_query():
    rb = ring()
    rb.output(b"x" * 10)
    assert rb.query(BPF_RB_AVAIL_DATA) == 24 and rb.query(BPF_RB_RING_SIZE) == PAGE_SIZE
    assert rb.query(BPF_RB_PROD_POS) == 24 and rb.query(BPF_RB_CONS_POS) == 0
    assert rb.query(4) == 0 and rb.query(99) == 0
    rb.consume()
    assert rb.query(BPF_RB_CONS_POS) == 24 and rb.query(BPF_RB_AVAIL_DATA) == 0


def test_full_ring_and_bad_arguments():
    rb = ring()
    assert rb.reserve(PAGE_SIZE) is None  # the 8-byte header does not fit
    assert rb.reserve(8, flags=1) is None
    big = rb.reserve(PAGE_SIZE - 16)  # len = size + 8 must stay below the ring size
    assert big is not None
    assert rb.reserve(1) is None
    big.submit()
    assert errno_of(rb.output, b"x") == errno.EAGAIN
    assert errno_of(rb.output, b"x", flags=4) == errno.EINVAL
    assert len(rb.consume()) == 1
    rb.output(b"x", BPF_RB_NO_WAKEUP)
    assert rb.consume() == [b"x"]


def test_wrap_around_records_are_contiguous():
    rb = ring()
    n = 0
    for round_ in range(40):
        recs = [(bytes([round_ + i]) * (100 + 37 * i), i) for i in range(5)]
        for data, _ in recs:
            rb.output(data)
        got = rb.consume()
        assert got == [d for d, _ in recs]
        n += sum((len(d) + 8 + 7) & ~7 for d, _ in recs)
    assert rb.producer_pos == n > 4 * PAGE_SIZE  # went around the ring several times
    rec = rb.reserve(3000)
    rec.view[:] = bytes(range(256)) * 11 + bytes(range(184))
    rec.submit()
    assert rb.consume() == [bytes(range(256)) * 11 + bytes(range(184))]


def test_wrapping_record_reads_through_second_mapping():
    rb = ring()
    rb.output(b"a" * (PAGE_SIZE - 64 - 8))  # leaves 64 bytes before the end
    rb.consume()
    rec = rb.reserve(200)
    assert rec.address - rb.data_address == PAGE_SIZE - 64 + 8
    rec.view[:] = bytes(range(200))
    rec.submit()
    # the tail of the record physically lives at the start of the data area
    assert ctypes.string_at(rb.data_address, 10) == bytes(range(56, 66))
    assert rb.consume() == [bytes(range(200))]


def test_program_side_entry_points():
    rb = ring()
    n = native().fn
    sample = n["pb_ringbuf_reserve"](rb.address, 16, 0)
    assert sample and map_by_value_address(sample) is rb
    ctypes.memmove(sample, b"0123456789abcdef", 16)
    n["pb_ringbuf_submit"](sample, 0)  # finds the ring from the record header (pg_off), like Linux
    s2 = n["pb_ringbuf_reserve"](rb.address, 4, 0)
    n["pb_ringbuf_discard"](s2, BPF_RB_FORCE_WAKEUP)
    assert n["pb_ringbuf_output"](rb.address, b"zz", 2, 0) == 0
    assert n["pb_ringbuf_query"](rb.address, BPF_RB_AVAIL_DATA) == 24 + 16 + 16
    assert rb.consume() == [b"0123456789abcdef", b"zz"]
    assert rb.wakeups >= 2
    # the checked commit refuses pointers that are not reserved records
    assert n["pb_ringbuf_commit_checked"](rb.address, sample, 0, 0) == -errno.EINVAL  # already committed
    assert n["pb_ringbuf_commit_checked"](rb.address, rb.data_address + 3, 0, 0) == -errno.EINVAL


def test_region_and_map_ops():
    rb = ring(2 * PAGE_SIZE)
    (r,) = rb.regions()
    assert r.kind == RegionKind.RINGBUF and r.size == 4 * PAGE_SIZE and r.base == rb.data_address
    r.view[0] = 0x55
    assert r.view[2 * PAGE_SIZE] == 0x55  # the second mapping is the same memory
    assert errno_of(rb.lookup) == ENOTSUPP
    assert errno_of(rb.update, None, b"") == ENOTSUPP
    assert errno_of(rb.delete, None) == ENOTSUPP
    assert errno_of(rb.next_key) == ENOTSUPP


def test_create_errnos():
    for size in (0, PAGE_SIZE // 2, 3 * PAGE_SIZE):
        assert errno_of(make, MapType.RINGBUF, 0, 0, size) == errno.EINVAL
    assert errno_of(make, MapType.RINGBUF, 4, 0, PAGE_SIZE) == errno.EINVAL
    assert errno_of(make, MapType.RINGBUF, 0, 0, PAGE_SIZE, 1) == errno.EINVAL

"""BPF_MAP_TYPE_RINGBUF (kernel/bpf/ringbuf.c): a power-of-two data area, mapped twice in a row like Linux, with
records ``{u32 len | BUSY | DISCARD, u32 pg_off}`` + data padded to 8 bytes.

Producers (program helpers, or Python for tests): :meth:`RingBufMap.reserve` / ``submit`` / ``discard``,
:meth:`output`, :meth:`query`. Consumer (what libbpf's ring_buffer__consume does): :meth:`consume` returns the
committed records in order, skipping discarded ones, and stops at the first record still being written.
"""

from __future__ import annotations

import ctypes
import errno
import struct
from collections.abc import Callable
from dataclasses import dataclass

from pybpf.maps._arena import PAGE_SIZE, RingArena
from pybpf.maps._native import PbParams
from pybpf.maps.base import Map
from pybpf.maps.types import (
    BPF_RB_AVAIL_DATA,
    BPF_RB_CONS_POS,
    BPF_RB_PROD_POS,
    BPF_RB_RING_SIZE,
    BPF_RINGBUF_BUSY_BIT,
    BPF_RINGBUF_DISCARD_BIT,
    BPF_RINGBUF_HDR_SZ,
)

META_PAGES = 3  # header page, consumer-position page, producer-position page


@dataclass
class RingRecord:
    """A reserved record: write ``view`` (``size`` bytes at ``address``), then submit or discard it."""

    ring: RingBufMap
    address: int
    size: int

    @property
    def view(self) -> memoryview:
        return memoryview((ctypes.c_char * self.size).from_address(self.address)).cast("B") if self.size else \
            memoryview(b"")

    def submit(self, flags: int = 0) -> None:
        self.ring._commit(self, flags, False)

    def discard(self, flags: int = 0) -> None:
        self.ring._commit(self, flags, True)


class RingBufMap(Map):
    kind = "ringbuf"
    keyless = True
    region_kind = "RINGBUF"

    def _allocate(self, params: PbParams) -> RingArena:
        params.page_size = PAGE_SIZE
        arena = RingArena(META_PAGES, params.max_entries)
        self.address = self._n.fn["pb_ringbuf_init"](arena.address, ctypes.byref(params))
        return arena

    def _sys_value_size(self) -> int:
        return 0

    @property
    def ring_size(self) -> int:
        return self.max_entries

    @property
    def data_address(self) -> int:
        return self._arena.address + self._arena.meta_size

    def regions(self) -> list:
        """The data area, both copies (records that wrap are read through the second mapping)."""
        from pybpf.vm.memory import Region, RegionKind

        return [Region(self.data_address, 2 * self.ring_size, RegionKind.RINGBUF, f"ringbuf {self.name}",
                       self._arena.view(self._arena.meta_size, 2 * self.ring_size), owner=self)]

    # -- producer side ---------------------------------------------------------------------------------------
    def reserve(self, size: int, flags: int = 0) -> RingRecord | None:
        """bpf_ringbuf_reserve: None when there is no room (or flags are not 0)."""
        addr = self._n.fn["pb_ringbuf_reserve"](self.address, size, flags)
        return RingRecord(self, addr, size) if addr else None

    def _commit(self, rec: RingRecord, flags: int, discard: bool) -> None:
        rc = self._n.fn["pb_ringbuf_commit_checked"](self.address, rec.address, flags, int(discard))
        if rc:
            raise self._error(-rc, "discard" if discard else "submit", "not a reserved record of this ring")

    def output(self, data: bytes, flags: int = 0) -> None:
        """bpf_ringbuf_output: reserve + copy + submit; MapError EAGAIN when full, EINVAL for bad flags."""
        data = bytes(data)
        rc = self._n.fn["pb_ringbuf_output"](self.address, data, len(data), flags)
        if rc:
            raise self._error(-rc, "output")

    def query(self, flags: int) -> int:
        """bpf_ringbuf_query: BPF_RB_AVAIL_DATA, BPF_RB_RING_SIZE, BPF_RB_CONS_POS, BPF_RB_PROD_POS (else 0)."""
        return int(self._n.fn["pb_ringbuf_query"](self.address, flags))

    @property
    def avail_data(self) -> int:
        return self.query(BPF_RB_AVAIL_DATA)

    @property
    def consumer_pos(self) -> int:
        return self.query(BPF_RB_CONS_POS)

    @property
    def producer_pos(self) -> int:
        return self.query(BPF_RB_PROD_POS)

    @property
    def wakeups(self) -> int:
        """How many consumer notifications Linux would have sent so far."""
        return int(self._n.fn["pb_ringbuf_wakeups"](self.address))

    # -- consumer side ---------------------------------------------------------------------------------------
    def consume(self, callback: Callable[[bytes], object] | None = None, max_records: int | None = None) -> list[bytes]:
        """Read committed records in order and advance the consumer position past them (and past discarded
        ones). Stops at a record still being written. With ``callback``, each record is passed to it too."""
        out: list[bytes] = []
        ptr = ctypes.c_void_p()
        while max_records is None or len(out) < max_records:
            n = self._n.fn["pb_ringbuf_peek_record"](self.address, ctypes.byref(ptr))
            if n < 0:
                break
            if ptr.value:
                rec = ctypes.string_at(ptr.value, n)
                out.append(rec)
                if callback is not None:
                    callback(rec)
            self._n.fn["pb_ringbuf_advance"](self.address)
        return out

    def pending(self) -> list[bytes]:
        """Committed, not yet consumed records (not discarded), without consuming them."""
        out = []
        cons, prod = self.consumer_pos, self.producer_pos
        view = self._arena.view(self._arena.meta_size, 2 * self.ring_size)
        mask = self.ring_size - 1
        while cons < prod:
            off = cons & mask
            hdr_len = struct.unpack_from("<I", view, off)[0]
            if hdr_len & BPF_RINGBUF_BUSY_BIT:
                break
            n = hdr_len & ~BPF_RINGBUF_DISCARD_BIT
            if not hdr_len & BPF_RINGBUF_DISCARD_BIT:
                out.append(bytes(view[off + BPF_RINGBUF_HDR_SZ:off + BPF_RINGBUF_HDR_SZ + n]))
            cons += (n + BPF_RINGBUF_HDR_SZ + 7) & ~7
        return out

    def __len__(self) -> int:
        return len(self.pending())

    def values(self) -> list[bytes]:
        return self.pending()

    def keys(self) -> list[bytes]:
        raise self._error(524, "keys")

    def items(self) -> list[tuple[None, bytes]]:
        return [(None, v) for v in self.pending()]

    def raw_items(self) -> list[tuple[bytes, bytes]]:
        return [(b"", v) for v in self.pending()]

    def __iter__(self):
        return iter(self.pending())

    def __contains__(self, value) -> bool:
        return bytes(value) in self.pending()

    def clear(self) -> None:
        self.consume()

    def _load_contents(self, contents) -> None:
        if contents:
            raise self._error(errno.EINVAL, "contents", "a ring buffer has no initial contents")


__all__ = ["BPF_RB_AVAIL_DATA", "BPF_RB_CONS_POS", "BPF_RB_PROD_POS", "BPF_RB_RING_SIZE", "RingBufMap", "RingRecord"]

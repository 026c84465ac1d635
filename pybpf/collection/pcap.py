"""A small reader for packet captures, to run programs on recorded traffic: classic pcap (micro- or nanosecond
timestamps, either byte order) and pcapng (section header, interface description, enhanced and simple packet
blocks; other blocks are skipped). Only Ethernet captures are accepted: the programs that take packets (XDP, tc,
socket filters) see Ethernet frames.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pybpf.errors import LoadError

LINKTYPE_ETHERNET = 1
PCAP_MAGICS = {0xA1B2C3D4: 1_000, 0xA1B23C4D: 1}  # magic -> ns per timestamp fraction unit
PCAPNG_SHB = 0x0A0D0D0A
PCAPNG_BYTE_ORDER = 0x1A2B3C4D
PCAPNG_IDB, PCAPNG_SPB, PCAPNG_EPB = 1, 3, 6


@dataclass(frozen=True)
class Packet:
    """One captured frame: its bytes (as captured) and the capture time in ns (0 when the format has none)."""

    data: bytes
    timestamp_ns: int = 0


def read_pcap(path: str | Path) -> list[Packet]:
    """Every packet of a pcap or pcapng file; a LoadError naming the file and the offset for anything else."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise LoadError(f"cannot read: {e.strerror}", file=str(p)) from None
    return list(iter_packets(raw, str(p)))


def iter_packets(raw: bytes, source: str = "<pcap>") -> Iterator[Packet]:
    if len(raw) < 4:
        raise LoadError("not a pcap or pcapng file (too short)", file=source)
    magic_le = struct.unpack_from("<I", raw)[0]
    if magic_le == PCAPNG_SHB:
        yield from _pcapng(raw, source)
        return
    for order in "<>":
        magic = struct.unpack_from(order + "I", raw)[0]
        if magic in PCAP_MAGICS:
            yield from _pcap(raw, source, order, PCAP_MAGICS[magic])
            return
    raise LoadError(f"not a pcap or pcapng file (magic 0x{magic_le:08x})", file=source)


def _pcap(raw: bytes, source: str, order: str, frac_ns: int) -> Iterator[Packet]:
    if len(raw) < 24:
        raise LoadError("truncated pcap header", file=source)
    linktype = struct.unpack_from(order + "I", raw, 20)[0] & 0xFFFF
    if linktype != LINKTYPE_ETHERNET:
        raise LoadError(f"link type {linktype} is not Ethernet ({LINKTYPE_ETHERNET})", file=source)
    rec = struct.Struct(order + "IIII")
    pos = 24
    while pos < len(raw):
        if pos + rec.size > len(raw):
            raise LoadError(f"truncated packet record header at offset {pos}", file=source)
        sec, frac, incl, _orig = rec.unpack_from(raw, pos)
        pos += rec.size
        if pos + incl > len(raw):
            raise LoadError(f"truncated packet at offset {pos} ({incl} bytes announced)", file=source)
        yield Packet(raw[pos:pos + incl], sec * 1_000_000_000 + frac * frac_ns)
        pos += incl


def _pcapng(raw: bytes, source: str) -> Iterator[Packet]:
    pos = 0
    order = "<"
    linktypes: list[int] = []
    while pos < len(raw):
        if pos + 12 > len(raw):
            raise LoadError(f"truncated pcapng block at offset {pos}", file=source)
        btype = struct.unpack_from(order + "I", raw, pos)[0]
        if btype == PCAPNG_SHB:
            bom = struct.unpack_from("<I", raw, pos + 8)[0]
            order = "<" if bom == PCAPNG_BYTE_ORDER else ">"
            if struct.unpack_from(order + "I", raw, pos + 8)[0] != PCAPNG_BYTE_ORDER:
                raise LoadError(f"bad pcapng byte-order magic at offset {pos}", file=source)
            linktypes = []
        length = struct.unpack_from(order + "I", raw, pos + 4)[0]
        if length < 12 or length % 4 or pos + length > len(raw):
            raise LoadError(f"bad pcapng block length {length} at offset {pos}", file=source)
        body = raw[pos + 8:pos + length - 4]
        if btype == PCAPNG_IDB:
            linktypes.append(struct.unpack_from(order + "H", body)[0])
        elif btype == PCAPNG_EPB:
            iface, ts_hi, ts_lo, cap, _orig = struct.unpack_from(order + "IIIII", body)
            _check_link(linktypes, iface, source, pos)
            if 20 + cap > len(body):
                raise LoadError(f"truncated packet in block at offset {pos}", file=source)
            # timestamps are in the interface's resolution, microseconds unless it says otherwise
            yield Packet(body[20:20 + cap], ((ts_hi << 32) | ts_lo) * 1_000)
        elif btype == PCAPNG_SPB:
            _check_link(linktypes, 0, source, pos)
            orig = struct.unpack_from(order + "I", body)[0]
            yield Packet(body[4:4 + min(orig, len(body) - 4)])
        pos += length


def _check_link(linktypes: list[int], iface: int, source: str, pos: int) -> None:
    if iface >= len(linktypes):
        raise LoadError(f"packet at offset {pos} names interface {iface}, which is not described", file=source)
    if linktypes[iface] != LINKTYPE_ETHERNET:
        raise LoadError(f"interface {iface} has link type {linktypes[iface]}, not Ethernet ({LINKTYPE_ETHERNET})",
                        file=source)


def write_pcap(path: str | Path, packets: list[bytes], *, nanoseconds: bool = False) -> None:
    """Write a classic little-endian Ethernet pcap (for tests and examples)."""
    magic = 0xA1B23C4D if nanoseconds else 0xA1B2C3D4
    out = [struct.pack("<IHHiIII", magic, 2, 4, 0, 0, 262144, LINKTYPE_ETHERNET)]
    for i, data in enumerate(packets):
        out.append(struct.pack("<IIII", i, 0, len(data), len(data)) + bytes(data))
    Path(path).write_bytes(b"".join(out))

"""The capture reader: classic pcap in both byte orders and both timestamp resolutions, pcapng (section header,
interface description, enhanced and simple packet blocks, other blocks skipped), and one-line errors."""

from __future__ import annotations

import struct

import pytest

from pybpf.collection.pcap import Packet, iter_packets, read_pcap, write_pcap
from pybpf.errors import LoadError

FRAMES = [bytes(range(20)), b"\xff" * 60, b""]


def classic(order: str, magic: int, linktype: int = 1) -> bytes:
    out = struct.pack(order + "IHHiIII", magic, 2, 4, 0, 0, 65535, linktype)
    for i, f in enumerate(FRAMES):
        out += struct.pack(order + "IIII", 10 + i, 5, len(f), len(f)) + f
    return out


def block(btype: int, body: bytes, order: str = "<") -> bytes:
    body += b"\0" * (-len(body) % 4)
    n = 12 + len(body)
    return struct.pack(order + "II", btype, n) + body + struct.pack(order + "I", n)


def pcapng(order: str = "<", linktype: int = 1) -> bytes:
    shb = block(0x0A0D0D0A, struct.pack(order + "IHHq", 0x1A2B3C4D, 1, 0, -1), order)
    idb = block(1, struct.pack(order + "HHI", linktype, 0, 65535), order)
    epb = block(6, struct.pack(order + "IIIII", 0, 0, 7, len(FRAMES[0]), len(FRAMES[0])) + FRAMES[0], order)
    spb = block(3, struct.pack(order + "I", len(FRAMES[1])) + FRAMES[1], order)
    other = block(5, b"statistics", order)   # interface statistics: skipped
    return shb + idb + epb + other + spb


@pytest.mark.parametrize("order", ["<", ">"])
@pytest.mark.parametrize("magic, unit", [(0xA1B2C3D4, 1000), (0xA1B23C4D, 1)])
def test_classic(order, magic, unit):
    packets = list(iter_packets(classic(order, magic)))
    assert [p.data for p in packets] == FRAMES
    assert packets[1].timestamp_ns == 11 * 1_000_000_000 + 5 * unit


@pytest.mark.parametrize("order", ["<", ">"])
def test_pcapng(order):
    packets = list(iter_packets(pcapng(order)))
    assert [p.data for p in packets] == FRAMES[:2]
    assert packets[0].timestamp_ns == 7000


def test_write_and_read(tmp_path):
    path = tmp_path / "t.pcap"
    write_pcap(path, FRAMES)
    assert read_pcap(path) == [Packet(f, i * 1_000_000_000) for i, f in enumerate(FRAMES)]


@pytest.mark.parametrize("raw, message", [
    (b"", "too short"),
    (b"hello world!", "not a pcap or pcapng file (magic 0x6c6c6568)"),
    (classic("<", 0xA1B2C3D4)[:20], "truncated pcap header"),
    (classic("<", 0xA1B2C3D4)[:-20], "truncated packet at offset"),
    (classic("<", 0xA1B2C3D4)[:30], "truncated packet record header at offset 24"),
    (classic("<", 0xA1B2C3D4, linktype=101), "link type 101 is not Ethernet"),
    (pcapng(linktype=228), "interface 0 has link type 228, not Ethernet"),
    (pcapng()[:-3], "bad pcapng block length"),
    (pcapng()[:48] + block(6, struct.pack("<IIIII", 3, 0, 0, 0, 0)), "names interface 3, which is not described"),
])
def test_errors_are_one_line(raw, message):
    with pytest.raises(LoadError) as exc:
        list(iter_packets(raw, "cap.pcap"))
    assert message in str(exc.value) and str(exc.value).startswith("cap.pcap: ") and "\n" not in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="cannot read"):
        read_pcap(tmp_path / "absent.pcap")

#!/usr/bin/env python3
"""Write the sample inputs the README and the examples use (run from anywhere; the files land next to this script):

    dns.bin     one Ethernet + IPv4 + UDP packet, 10.0.0.1:1234 -> 10.0.0.2:53, payload "query"
    mixed.pcap  a classic pcap of 6 frames: DNS and port-9 UDP, TCP, IPv6 UDP, ARP, a truncated IPv4 frame
"""

from __future__ import annotations

import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent


def csum(data: bytes) -> int:
    data += b"\0" * (len(data) % 2)
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def eth(proto: int, payload: bytes) -> bytes:
    return bytes.fromhex("020000000002" "020000000001") + struct.pack("!H", proto) + payload


def ipv4(proto: int, payload: bytes) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64, proto, 0, bytes([10, 0, 0, 1]),
                      bytes([10, 0, 0, 2]))
    return hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:] + payload


def udp(dport: int, payload: bytes) -> bytes:
    body = struct.pack("!HHHH", 1234, dport, 8 + len(payload), 0) + payload
    pseudo = bytes([10, 0, 0, 1, 10, 0, 0, 2]) + struct.pack("!BBH", 0, 17, len(body))
    return body[:6] + struct.pack("!H", csum(pseudo + body) or 0xFFFF) + body[8:]


def frames() -> list[bytes]:
    dns = eth(0x0800, ipv4(17, udp(53, b"query")))
    tcp = eth(0x0800, ipv4(6, struct.pack("!HHIIHHHH", 40000, 80, 1, 0, 0x5002, 1024, 0, 0) + b"GET /"))
    v6 = eth(0x86DD, struct.pack("!IHBB16s16s", 6 << 28, 13, 17, 64, bytes(15) + b"\1", bytes(15) + b"\2")
             + struct.pack("!HHHH", 1234, 53, 13, 0) + b"query")
    return [dns, eth(0x0800, ipv4(17, udp(9, b"discard"))), tcp, v6, eth(0x0806, bytes(28)), dns[:20]]


def main() -> None:
    packets = frames()
    (HERE / "dns.bin").write_bytes(packets[0])
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)]
    for i, f in enumerate(packets):
        out.append(struct.pack("<IIII", i, 0, len(f), len(f)) + f)
    (HERE / "mixed.pcap").write_bytes(b"".join(out))


if __name__ == "__main__":
    main()

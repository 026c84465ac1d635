"""Packet builders for the example tests: Ethernet, 802.1Q, IPv4/IPv6, UDP/TCP, with correct IPv4 header and
UDP checksums (so that programs that check or update them see real packets)."""

from __future__ import annotations

import ipaddress
import struct

ETH_P_IP, ETH_P_IPV6, ETH_P_8021Q, ETH_P_ARP = 0x0800, 0x86DD, 0x8100, 0x0806
SRC_MAC = bytes.fromhex("020000000001")
DST_MAC = bytes.fromhex("020000000002")


def csum(data: bytes) -> int:
    """The Internet checksum (RFC 1071) of ``data``."""
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def eth(proto: int, payload: bytes = b"", *, vlan: int | None = None, dst: bytes = DST_MAC,
        src: bytes = SRC_MAC) -> bytes:
    if vlan is not None:
        return dst + src + struct.pack("!HHH", ETH_P_8021Q, vlan, proto) + payload
    return dst + src + struct.pack("!H", proto) + payload


def ipv4(proto: int, payload: bytes, *, src: str = "10.0.0.1", dst: str = "10.0.0.2", ttl: int = 64) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, ttl, proto, 0,
                      ipaddress.IPv4Address(src).packed, ipaddress.IPv4Address(dst).packed)
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr + payload


def ipv6(nexthdr: int, payload: bytes, *, src: str = "fd00::1", dst: str = "fd00::2") -> bytes:
    return struct.pack("!IHBB16s16s", 6 << 28, len(payload), nexthdr, 64, ipaddress.IPv6Address(src).packed,
                       ipaddress.IPv6Address(dst).packed) + payload


def udp(sport: int, dport: int, payload: bytes = b"", *, src: str = "10.0.0.1", dst: str = "10.0.0.2") -> bytes:
    length = 8 + len(payload)
    pseudo = ipaddress.IPv4Address(src).packed + ipaddress.IPv4Address(dst).packed + struct.pack("!BBH", 0, 17,
                                                                                                  length)
    body = struct.pack("!HHHH", sport, dport, length, 0) + payload
    check = csum(pseudo + body) or 0xFFFF
    return body[:6] + struct.pack("!H", check) + body[8:]


def tcp(sport: int, dport: int, payload: bytes = b"") -> bytes:
    return struct.pack("!HHIIHHHH", sport, dport, 1, 0, 0x5002, 1024, 0, 0) + payload


def udp4(sport: int = 1234, dport: int = 53, payload: bytes = b"query", *, src: str = "10.0.0.1",
         dst: str = "10.0.0.2", ttl: int = 64, vlan: int | None = None) -> bytes:
    """An Ethernet + IPv4 + UDP packet."""
    return eth(ETH_P_IP, ipv4(17, udp(sport, dport, payload, src=src, dst=dst), src=src, dst=dst, ttl=ttl),
               vlan=vlan)


def tcp4(sport: int = 40000, dport: int = 80, payload: bytes = b"GET /", *, src: str = "10.0.0.1",
         dst: str = "10.0.0.2") -> bytes:
    return eth(ETH_P_IP, ipv4(6, tcp(sport, dport, payload), src=src, dst=dst))


def udp6(sport: int = 1234, dport: int = 53, payload: bytes = b"query", *, src: str = "fd00::1",
         dst: str = "fd00::2") -> bytes:
    body = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    return eth(ETH_P_IPV6, ipv6(17, body, src=src, dst=dst))


def arp() -> bytes:
    return eth(ETH_P_ARP, bytes(28))

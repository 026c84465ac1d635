"""LPM_TRIE: longest-prefix match against a reference model, post-order get_next_key, errnos, key forms."""

from __future__ import annotations

import errno
import ipaddress
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st
from maps_models import LpmModel
from tests_maps_support import make

from pybpf.errors import MapError
from pybpf.maps import BPF_ANY, BPF_EXIST, BPF_F_NO_PREALLOC, BPF_NOEXIST, ENOTSUPP, LpmKeyCodec, MapType, lpm_key
from pybpf.maps._native import native


def errno_of(fn, *args, **kw) -> int:
    with pytest.raises(MapError) as ei:
        fn(*args, **kw)
    return ei.value.errno


def ip4(text: str) -> bytes:
    net = ipaddress.ip_network(text, strict=False)
    return lpm_key(net.prefixlen, net.network_address.packed)


def test_longest_prefix_match_and_kernel_doc_order():
    t = make(MapType.LPM_TRIE, 8, 4, 16, BPF_F_NO_PREALLOC)
    for i, net in enumerate(["192.168.0.0/16", "192.168.0.0/24", "192.168.128.0/24", "192.168.1.0/24"]):
        t[ip4(net)] = i + 1
    assert t[ipaddress.ip_address("192.168.1.9")] == (4).to_bytes(4, "little")
    assert t[ipaddress.ip_address("192.168.7.9")] == (1).to_bytes(4, "little")
    assert t[ip4("192.168.0.0/20")] == (1).to_bytes(4, "little")  # a shorter query prefix matches up to it
    assert errno_of(t.lookup, ipaddress.ip_address("10.0.0.1")) == errno.ENOENT
    # the order lpm_trie.c documents for this trie: more specific first, post-order
    assert list(t) == [ip4("192.168.0.0/24"), ip4("192.168.1.0/24"), ip4("192.168.128.0/24"),
                       ip4("192.168.0.0/16")]
    t.key_codec = LpmKeyCodec()
    assert t.next_key()[0] == 24


def test_lpm_errnos():
    t = make(MapType.LPM_TRIE, 8, 4, 2, BPF_F_NO_PREALLOC)
    t[ip4("10.0.0.0/8")] = 1
    t[(16, b"\x0a\x01\0\0")] = 2
    assert errno_of(t.update, ip4("11.0.0.0/8"), 3) == errno.ENOSPC
    t.update(ip4("10.0.0.0/8"), 5)  # replacing when full is fine
    assert errno_of(t.update, lpm_key(33, b"\0" * 4), 1) == errno.EINVAL
    assert errno_of(t.update, ip4("10.0.0.0/8"), 1, BPF_NOEXIST) == errno.EEXIST
    assert errno_of(t.update, ip4("12.0.0.0/8"), 1, BPF_EXIST) == errno.ENOENT
    assert errno_of(t.update, ip4("10.0.0.0/8"), 1, 3) == errno.EINVAL
    assert errno_of(t.delete, lpm_key(33, b"\0" * 4)) == errno.EINVAL
    assert errno_of(t.delete, ip4("10.0.0.0/12")) == errno.ENOENT  # delete needs the exact prefix
    assert errno_of(t.lookup_and_delete, ip4("10.0.0.0/8")) == ENOTSUPP
    assert errno_of(t.lookup, lpm_key(33, b"\0" * 4)) == errno.ENOENT
    assert errno_of(t.update, (8, b"\x0a"), 1) == errno.EINVAL  # wrong data size in the tuple form
    for ks, flags, err in [(4, BPF_F_NO_PREALLOC, errno.EINVAL), (261, BPF_F_NO_PREALLOC, errno.EINVAL),
                           (8, 0, errno.EINVAL)]:
        assert errno_of(make, MapType.LPM_TRIE, ks, 4, 4, flags) == err
    assert make(MapType.LPM_TRIE, 260, 4, 4, BPF_F_NO_PREALLOC).max_prefixlen == 2048


def test_program_lookup_is_longest_prefix_match():
    t = make(MapType.LPM_TRIE, 20, 8, 8, BPF_F_NO_PREALLOC)
    t[ipaddress.ip_network("2001:db8::/32")] = 1
    t[ipaddress.ip_network("2001:db8:1::/48")] = 2
    q = lpm_key(128, ipaddress.ip_address("2001:db8:1::5").packed)
    addr = native().fn["pb_map_lookup_elem"](t.address, q, 0)
    assert addr == t.lookup_address(q) and t[q] == (2).to_bytes(8, "little")


keys = st.tuples(st.integers(0, 16), st.binary(min_size=2, max_size=2))
ops = st.lists(st.tuples(st.sampled_from(["update", "update", "delete", "lookup"]), keys,
                         st.sampled_from([BPF_ANY, BPF_ANY, BPF_NOEXIST, BPF_EXIST]), st.integers(0, 255)),
               max_size=60)


@given(ops=ops, max_entries=st.integers(1, 10))
def test_lpm_against_reference(ops, max_entries):
    t = make(MapType.LPM_TRIE, 6, 1, max_entries, BPF_F_NO_PREALLOC)
    model = LpmModel(max_entries, 2)
    for op, (plen, data), flags, v in ops:
        key = struct.pack("<I", plen) + data
        if op == "update":
            want = model.update(key, bytes([v]), flags)
            got = 0
            try:
                t.update(key, bytes([v]), flags)
            except MapError as e:
                got = e.errno
            assert got == want
        elif op == "delete":
            want = model.delete(key)
            got = 0
            try:
                t.delete(key)
            except MapError as e:
                got = e.errno
            assert got == want
        else:
            assert t.get(key) == model.lookup(key)
        assert list(t) == model.order()
        assert len(t) == len(model.entries)
        for probe in (struct.pack("<I", 16) + data, struct.pack("<I", plen) + data):
            assert t.get(probe) == model.lookup(probe)


def test_many_prefixes_fill_the_node_pool():
    """max_entries value nodes plus the intermediate nodes they need always fit."""
    t = make(MapType.LPM_TRIE, 8, 4, 256, BPF_F_NO_PREALLOC)
    for i in range(256):
        t[lpm_key(32, bytes([i, 255 - i, i, 7]))] = i
    assert len(t) == 256
    for i in range(0, 256, 2):
        del t[lpm_key(32, bytes([i, 255 - i, i, 7]))]
    for i in range(0, 256, 2):
        t[lpm_key(24, bytes([i, 255 - i, i, 0]))] = i
    assert len(t) == 256 and t[lpm_key(32, bytes([4, 251, 4, 9]))] == (4).to_bytes(4, "little")

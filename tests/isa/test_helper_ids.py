"""HelperId: Linux 6.18's helper numbers and names, checked against known values and, where the running kernel
exposes its BTF, against its ``enum bpf_func_id``."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from pybpf.helpers.ids import MAX_HELPER_ID, HelperId, helper_by_name, helper_name

VMLINUX = Path("/sys/kernel/btf/vmlinux")


def test_known_numbers():
    known = {"unspec": 0, "map_lookup_elem": 1, "map_update_elem": 2, "map_delete_elem": 3, "ktime_get_ns": 5,
             "trace_printk": 6, "get_prandom_u32": 7, "tail_call": 12, "perf_event_output": 25,
             "skb_load_bytes": 26, "redirect_map": 51, "ringbuf_output": 130, "snprintf": 165, "set_retval": 187,
             "user_ringbuf_drain": 209, "cgrp_storage_get": 210, "cgrp_storage_delete": 211}
    for name, number in known.items():
        assert HelperId[name] == number
    assert MAX_HELPER_ID == 211
    assert [int(h) for h in HelperId] == list(range(212))  # dense: every id 0..211 has a helper


def test_names():
    assert HelperId.map_lookup_elem.func_name == "bpf_map_lookup_elem"
    assert helper_name(1) == "bpf_map_lookup_elem"
    assert helper_name(212) is None and helper_name(-1) is None
    assert helper_by_name("bpf_ktime_get_ns") is HelperId.ktime_get_ns
    assert helper_by_name("ktime_get_ns") is HelperId.ktime_get_ns
    assert helper_by_name("bpf_obj_new_impl") is None  # a kfunc, not a helper


def _btf_enum(data: bytes, wanted: str) -> dict[str, int]:
    """The values of enum ``wanted`` in raw BTF (just enough of the format to walk the type section)."""
    _, _, _, hdr_len, type_off, type_len, str_off, _ = struct.unpack_from("<HBBIIIII", data, 0)
    types, strings = hdr_len + type_off, hdr_len + str_off

    def name(off: int) -> str:
        return data[strings + off:data.index(b"\0", strings + off)].decode()

    # Extra bytes after the 12-byte header, per kind: fixed, or per member (vlen).
    fixed = {1: 4, 3: 12, 14: 4, 17: 4}
    per_member = {4: 12, 5: 12, 6: 8, 13: 8, 15: 12, 19: 12}
    pos = types
    while pos < types + type_len:
        name_off, info, _ = struct.unpack_from("<III", data, pos)
        kind, vlen = (info >> 24) & 0x1F, info & 0xFFFF
        pos += 12
        if kind == 6 and name(name_off) == wanted:
            return {name(n): v for n, v in (struct.unpack_from("<Ii", data, pos + 8 * i) for i in range(vlen))}
        pos += fixed.get(kind, 0) + per_member.get(kind, 0) * vlen
    return {}


@pytest.mark.skipif(not VMLINUX.exists(), reason="the running kernel exposes no BTF (/sys/kernel/btf/vmlinux)")
def test_matches_the_running_kernel():
    enum = _btf_enum(VMLINUX.read_bytes(), "bpf_func_id")
    assert enum, "enum bpf_func_id not found in the kernel's BTF"
    kernel = {k[len("BPF_FUNC_"):]: v for k, v in enum.items() if k.startswith("BPF_FUNC_")}
    ours = {h.name: int(h) for h in HelperId}
    # A kernel newer than 6.18 may add helpers (the list is frozen, so this is unlikely); never renumber them.
    assert {k: v for k, v in kernel.items() if v <= MAX_HELPER_ID} == ours

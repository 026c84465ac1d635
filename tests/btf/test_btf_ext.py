""".BTF.ext: func_info, line_info and CO-RE records per section in SLOT units; framing errors give LoadError."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pybpf.btf import CoreReloKind, Func, FuncInfo, FuncProto, Int, IntEncoding, Kind, StringTable, parse_btf_ext
from pybpf.btf.btf import Btf, ListSource
from pybpf.btf.ext import pack_func_info, pack_line_info
from pybpf.errors import LoadError

STRINGS = b"\0int\0main\0xdp\0prog.c\0\treturn 0;\0s\x000:1\0"
OFF = {s: STRINGS.index(b"\0" + s.encode() + b"\0") + 1 for s in ("int", "main", "xdp", "prog.c", "\treturn 0;",
                                                                   "0:1")}


@pytest.fixture
def btf() -> Btf:
    types = [Int("int", 4, 32, 0, IntEncoding.SIGNED), FuncProto(1), Func("main", 2)]
    return Btf(ListSource(types), StringTable(STRINGS))


def _info(rec_size: int, secs: list[tuple[int, list[tuple[int, ...]]]], fmt: str = "<") -> bytes:
    out = struct.pack(fmt + "I", rec_size)
    for name_off, recs in secs:
        out += struct.pack(fmt + "II", name_off, len(recs))
        for rec in recs:
            body = struct.pack(fmt + "I" * len(rec), *rec)
            out += body + b"\0" * (rec_size - len(body))
    return out


def ext_bytes(func=b"", line=b"", core=b"", *, fmt="<", hdr_len=32, **over) -> bytes:
    fields = dict(magic=0xEB9F, version=1, flags=0, hdr_len=hdr_len, func_off=0, func_len=len(func),
                  line_off=len(func), line_len=len(line), core_off=len(func) + len(line), core_len=len(core))
    fields.update(over)
    hdr = struct.pack(fmt + "HBBIIIIIII", *fields.values())[:min(hdr_len, 32)]
    hdr += b"\0" * (hdr_len - len(hdr))
    return hdr + func + line + core


def sample_ext(fmt="<", func_rec=8) -> bytes:
    func = _info(func_rec, [(OFF["xdp"], [(0, 3), (48, 3)])], fmt)
    line = _info(16, [(OFF["xdp"], [(0, OFF["prog.c"], OFF["\treturn 0;"], (12 << 10) | 5),
                                    (16, OFF["prog.c"], OFF["\treturn 0;"], 13 << 10)])], fmt)
    core = _info(16, [(OFF["xdp"], [(24, 1, OFF["0:1"], CoreReloKind.FIELD_BYTE_OFFSET)])], fmt)
    return ext_bytes(func, line, core, fmt=fmt)


@pytest.mark.parametrize("fmt", ["<", ">"])
def test_records_in_slots(btf, fmt):
    ext = parse_btf_ext(sample_ext(fmt), btf)
    assert ext.sections() == ["xdp"]
    assert [(f.slot, f.type_id) for f in ext.func_info["xdp"]] == [(0, 3), (6, 3)]
    li = ext.line_info["xdp"]
    assert [(x.slot, x.line, x.column, x.file_name, x.line_text) for x in li] == [
        (0, 12, 5, "prog.c", "\treturn 0;"), (2, 13, 0, "prog.c", "\treturn 0;")]
    (relo,) = ext.core_relos["xdp"]
    assert (relo.slot, relo.type_id, relo.access, relo.kind) == (3, 1, "0:1", CoreReloKind.FIELD_BYTE_OFFSET)
    assert relo.kind_name == "field_byte_offset"


def test_larger_records_and_old_header(btf):
    ext = parse_btf_ext(ext_bytes(_info(12, [(OFF["xdp"], [(8, 3, 0xFFFF)])]), hdr_len=24), btf)
    assert ext.func_info == {"xdp": [FuncInfo(1, 3)]}
    assert ext.func_info_rec_size == 12 and ext.core_relos == {}


def test_kernel_load_formats(btf):
    ext = parse_btf_ext(sample_ext(), btf)
    assert pack_func_info(ext.func_info["xdp"]) == struct.pack("<IIII", 0, 3, 6, 3)
    assert pack_func_info(ext.func_info["xdp"][1:], slot_base=6) == struct.pack("<II", 0, 3)
    assert pack_line_info(ext.line_info["xdp"][:1]) == struct.pack("<IIII", 0, OFF["prog.c"], OFF["\treturn 0;"],
                                                                    (12 << 10) | 5)


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x9f\xeb", "truncated header"),
    (ext_bytes(magic=0x1111), "bad magic"),
    (ext_bytes(version=3), "unsupported .BTF.ext version 3"),
    (ext_bytes(flags=2), "unsupported .BTF.ext flags"),
    (ext_bytes(hdr_len=16), "too short"),
    (ext_bytes(hdr_len=32)[:28], "truncated header"),
    (ext_bytes(_info(8, [(OFF["xdp"], [(4, 3)])])), "instruction offset 4 is not a multiple of 8"),
    (ext_bytes(_info(8, [(999, [(0, 3)])])), "string offset 999 is outside"),
    (ext_bytes(_info(8, [(0, [(0, 3)])])), "empty section name"),
    (ext_bytes(_info(8, [(OFF["xdp"], [(0, 77)])])), "type id 77 out of range"),
    (ext_bytes(_info(8, [(OFF["xdp"], [])])), "has no records"),
    (ext_bytes(_info(4, [(OFF["xdp"], [(0,)])])), "record size 4 is invalid"),
    (ext_bytes(_info(10, [(OFF["xdp"], [(0, 3)])])), "record size 10 is invalid"),
    (ext_bytes(struct.pack("<I", 8)), "has no records"),
    (ext_bytes(_info(8, [(OFF["xdp"], [(0, 3)])])[:-4]), "run past the end"),
    (ext_bytes(_info(8, [(OFF["xdp"], [(0, 3)])]) + b"\0\0\0\0"), "truncated section header"),
    (ext_bytes(func_len=4096), "runs past the end of .BTF.ext"),
    (ext_bytes(func_off=2, func_len=4), "not 4-byte aligned"),
    (ext_bytes(b"", _info(16, [(OFF["xdp"], [(0, 555, 0, 0)])])), "file name: string offset 555"),
    (ext_bytes(b"", b"", _info(16, [(OFF["xdp"], [(0, 1, 4444, 0)])])), "access string: string offset 4444"),
])
def test_malformed_ext_gives_load_error(btf, data, reason):
    with pytest.raises(LoadError, match=reason) as info:
        parse_btf_ext(data, btf, source="x.o")
    assert str(info.value).startswith("x.o: section .BTF.ext: ")


def test_big_endian_record_size_must_be_exact(btf):
    with pytest.raises(LoadError, match="record size 12 is invalid"):
        parse_btf_ext(ext_bytes(_info(12, [(OFF["xdp"], [(0, 3)])], ">"), fmt=">"), btf)


_OBJDUMP_CORE = re.compile(r"^\s*([0-9a-f]+):\s+CO-RE <(\w+)> \[(\d+)\]", re.M)
_OBJDUMP_KIND = {"byte_off": 0, "byte_sz": 1, "field_exists": 2, "signed": 3, "lshift_u64": 4, "rshift_u64": 5,
                 "local_type_id": 6, "target_type_id": 7, "type_exists": 8, "type_size": 9, "enumval_exists": 10,
                 "enumval_value": 11, "type_matches": 12}


@pytest.mark.clang
@pytest.mark.skipif(shutil.which("llvm-objdump-19") is None, reason="llvm-objdump-19 is not installed")
def test_core_records_agree_with_llvm_objdump(core_obj):
    out = subprocess.run(["llvm-objdump-19", "-dr", str(core_obj.path)], capture_output=True, text=True,
                         check=True).stdout
    per_section = re.split(r"^Disassembly of section (\S+):$", out, flags=re.M)
    seen = 0
    for name, body in zip(per_section[1::2], per_section[2::2]):
        theirs = [(int(off, 16) // 8, _OBJDUMP_KIND[kind], int(tid)) for off, kind, tid in _OBJDUMP_CORE.findall(body)]
        ours = [(r.slot, r.kind, r.type_id) for r in core_obj.ext.core_relos.get(name, [])]
        assert ours == theirs, name
        seen += len(ours)
    assert seen == sum(len(v) for v in core_obj.ext.core_relos.values()) > 20
    for relos in core_obj.ext.core_relos.values():
        for r in relos:
            assert core_obj.btf.kind(r.type_id) in (Kind.STRUCT, Kind.ENUM, Kind.TYPEDEF)


@given(st.data())
def test_mutated_ext_never_crashes(data):
    """Random damage to a valid .BTF.ext gives either records or a LoadError, never another exception."""
    types = [Int("int", 4, 32, 0, IntEncoding.SIGNED), FuncProto(1), Func("main", 2)]
    btf = Btf(ListSource(types), StringTable(STRINGS))
    raw = bytearray(sample_ext(data.draw(st.sampled_from(["<", ">"]))))
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        if data.draw(st.booleans()):
            raw[pos] = data.draw(st.integers(0, 255))
        else:
            del raw[pos:]
            if not raw:
                break
    try:
        ext = parse_btf_ext(bytes(raw), btf)
    except LoadError:
        return
    for recs in ext.line_info.values():
        pack_line_info(recs)

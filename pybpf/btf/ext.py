"""Parse ``.BTF.ext``: func_info, line_info and CO-RE relocation records, grouped by code section.

Records store byte offsets into their section; we give them as 8-byte SLOT indices (offset / 8), the unit
llvm-objdump, the kernel log and the rest of pybpf use. Strings (section names, file names, source lines, access
strings) live in the ``.BTF`` string table, so parsing needs the parsed ``.BTF``.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass, field

from pybpf.btf.btf import Btf
from pybpf.btf.types import BTF_MAGIC
from pybpf.errors import LoadError

EXT_HEADER_LEN = 24  # magic..line_info_len
EXT_HEADER_LEN_CORE = 32  # + core_relo_off, core_relo_len
FUNC_INFO_MIN = 8
LINE_INFO_MIN = 16
CORE_RELO_MIN = 16


class CoreReloKind(enum.IntEnum):
    """``enum bpf_core_relo_kind`` of linux/bpf.h."""

    FIELD_BYTE_OFFSET = 0
    FIELD_BYTE_SIZE = 1
    FIELD_EXISTS = 2
    FIELD_SIGNED = 3
    FIELD_LSHIFT_U64 = 4
    FIELD_RSHIFT_U64 = 5
    TYPE_ID_LOCAL = 6
    TYPE_ID_TARGET = 7
    TYPE_EXISTS = 8
    TYPE_SIZE = 9
    ENUMVAL_EXISTS = 10
    ENUMVAL_VALUE = 11
    TYPE_MATCHES = 12


@dataclass(frozen=True, slots=True)
class FuncInfo:
    """The function (FUNC type id) starting at ``slot`` of its section."""

    slot: int
    type_id: int


@dataclass(frozen=True, slots=True)
class LineInfo:
    """Source position of the instruction at ``slot``; the ``*_off`` fields are offsets in the .BTF strings."""

    slot: int
    file_name: str
    line_text: str
    line: int
    column: int
    file_name_off: int = 0
    line_off: int = 0

    @property
    def line_col(self) -> int:
        return (self.line << 10) | (self.column & 0x3FF)


@dataclass(frozen=True, slots=True)
class CoreRelo:
    """A CO-RE relocation of the instruction at ``slot``: ``type_id`` in the local BTF, ``access`` like "0:1:2"."""

    slot: int
    type_id: int
    access: str
    kind: int
    access_str_off: int = 0

    @property
    def kind_name(self) -> str:
        try:
            return CoreReloKind(self.kind).name.lower()
        except ValueError:
            return f"unknown#{self.kind}"


@dataclass
class BtfExt:
    """Per-section record lists, in file order (sections are named as in the ELF, e.g. ``xdp`` or ``.text``)."""

    func_info: dict[str, list[FuncInfo]] = field(default_factory=dict)
    line_info: dict[str, list[LineInfo]] = field(default_factory=dict)
    core_relos: dict[str, list[CoreRelo]] = field(default_factory=dict)
    func_info_rec_size: int = FUNC_INFO_MIN
    line_info_rec_size: int = LINE_INFO_MIN
    core_relo_rec_size: int = CORE_RELO_MIN

    def sections(self) -> list[str]:
        seen: dict[str, None] = {}
        for d in (self.func_info, self.line_info, self.core_relos):
            seen.update(dict.fromkeys(d))
        return list(seen)


def parse_btf_ext(data: bytes | bytearray | memoryview, btf: Btf, *, source: str | None = None,
                  section: str = ".BTF.ext") -> BtfExt:
    """Parse ``.BTF.ext`` whose strings and type ids refer to ``btf``."""
    data = bytes(data)

    def err(reason: str) -> LoadError:
        return LoadError(reason, file=source, section=section)

    if len(data) < 8:
        raise err(f"truncated header: {len(data)} bytes, a .BTF.ext header has at least {EXT_HEADER_LEN}")
    magic = int.from_bytes(data[:2], "little")
    if magic == BTF_MAGIC:
        fmt = "<"
    elif magic == 0x9FEB:
        fmt = ">"
    else:
        raise err(f"bad magic 0x{magic:04x} (expected 0x{BTF_MAGIC:04x})")
    _, version, flags, hdr_len = struct.unpack_from(fmt + "HBBI", data)
    if version != 1:
        raise err(f"unsupported .BTF.ext version {version}")
    if flags:
        raise err(f"unsupported .BTF.ext flags 0x{flags:x}")
    if hdr_len < EXT_HEADER_LEN:
        raise err(f"header length {hdr_len} is too short: func_info and line_info need {EXT_HEADER_LEN} bytes")
    if hdr_len > len(data):
        raise err(f"truncated header: header length {hdr_len} but only {len(data)} bytes")
    fi_off, fi_len, li_off, li_len = struct.unpack_from(fmt + "IIII", data, 8)
    cr_off = cr_len = 0
    if hdr_len >= EXT_HEADER_LEN_CORE:
        cr_off, cr_len = struct.unpack_from(fmt + "II", data, 24)
    ext = BtfExt()
    strings = btf.strings
    n_types = len(btf)
    u32x2 = struct.Struct(fmt + "II").unpack_from
    u32x4 = struct.Struct(fmt + "IIII").unpack_from

    def text(off: int, what: str) -> str:
        if not strings.is_valid(off):
            raise err(f"{what}: string offset {off} is outside the .BTF string section (size {len(strings)})")
        return strings.get(off)

    def slot_of(insn_off: int, what: str) -> int:
        if insn_off % 8:
            raise err(f"{what}: instruction offset {insn_off} is not a multiple of 8")
        return insn_off // 8

    def type_id_ok(type_id: int, what: str) -> int:
        if type_id >= n_types:
            raise err(f"{what}: type id {type_id} out of range (.BTF has ids 0-{n_types - 1})")
        return type_id

    def records(off: int, length: int, min_size: int, desc: str):
        """(record size, [(section name, first record offset, record count)]) after checking the framing."""
        if length == 0:
            return 0, []
        if off % 4:
            raise err(f"{desc} subsection offset {off} is not 4-byte aligned")
        start = hdr_len + off
        if start + length > len(data):
            raise err(f"{desc} subsection ({off}+{length}) runs past the end of .BTF.ext ({len(data)} bytes)")
        if length < 4:
            raise err(f"{desc} subsection has no record size")
        rec_size = struct.unpack_from(fmt + "I", data, start)[0]
        if rec_size < min_size or rec_size % 4 or (fmt == ">" and rec_size != min_size):
            raise err(f"{desc} record size {rec_size} is invalid (at least {min_size}, a multiple of 4)")
        pos = start + 4
        end = start + length
        if pos == end:
            raise err(f"{desc} subsection has no records")
        out = []
        while pos < end:
            if end - pos < 8:
                raise err(f"{desc}: truncated section header ({end - pos} bytes left)")
            name_off, num = u32x2(data, pos)
            sec_name = text(name_off, f"{desc} section name")
            if not sec_name:
                raise err(f"{desc}: empty section name")
            if num == 0:
                raise err(f"{desc} for section {sec_name!r} has no records")
            pos += 8
            if pos + num * rec_size > end:
                raise err(f"{desc} for section {sec_name!r}: {num} records of {rec_size} bytes run past the end of "
                          "the subsection")
            out.append((sec_name, pos, num))
            pos += num * rec_size
        return rec_size, out

    rec_size, secs = records(fi_off, fi_len, FUNC_INFO_MIN, "func_info")
    if secs:
        ext.func_info_rec_size = rec_size
    for name, pos, num in secs:
        lst = ext.func_info.setdefault(name, [])
        for i in range(num):
            insn_off, type_id = u32x2(data, pos + i * rec_size)
            what = f"func_info #{i} of section {name!r}"
            lst.append(FuncInfo(slot_of(insn_off, what), type_id_ok(type_id, what)))
    rec_size, secs = records(li_off, li_len, LINE_INFO_MIN, "line_info")
    if secs:
        ext.line_info_rec_size = rec_size
    for name, pos, num in secs:
        lst2 = ext.line_info.setdefault(name, [])
        for i in range(num):
            insn_off, file_off, line_off, line_col = u32x4(data, pos + i * rec_size)
            what = f"line_info #{i} of section {name!r}"
            lst2.append(LineInfo(slot_of(insn_off, what), text(file_off, what + " file name"),
                                 text(line_off, what + " line"), line_col >> 10, line_col & 0x3FF, file_off,
                                 line_off))
    rec_size, secs = records(cr_off, cr_len, CORE_RELO_MIN, "core_relo")
    if secs:
        ext.core_relo_rec_size = rec_size
    for name, pos, num in secs:
        lst3 = ext.core_relos.setdefault(name, [])
        for i in range(num):
            insn_off, type_id, access_off, kind = u32x4(data, pos + i * rec_size)
            what = f"core_relo #{i} of section {name!r}"
            k: int = CoreReloKind(kind) if kind in CoreReloKind._value2member_map_ else kind
            lst3.append(CoreRelo(slot_of(insn_off, what), type_id_ok(type_id, what),
                                 text(access_off, what + " access string"), k, access_off))
    return ext


def pack_func_info(records: list[FuncInfo], *, slot_base: int = 0) -> bytes:
    """``struct bpf_func_info`` array for BPF_PROG_LOAD (insn_off in instructions, relative to ``slot_base``)."""
    return b"".join(struct.pack("<II", r.slot - slot_base, r.type_id) for r in records)


def pack_line_info(records: list[LineInfo], *, slot_base: int = 0) -> bytes:
    """``struct bpf_line_info`` array for BPF_PROG_LOAD."""
    return b"".join(struct.pack("<IIII", r.slot - slot_base, r.file_name_off, r.line_off, r.line_col)
                    for r in records)

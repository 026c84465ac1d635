"""Helpers for ELF loader tests: compile tests/elf/c/*.c with clang-19, and load a CollectionSpec into the running
kernel the way libbpf would (a small stand-in for the kernel backend, which is a later task)."""

from __future__ import annotations

import platform
import shutil
import subprocess
from contextlib import ExitStack
from pathlib import Path

import pytest

from pybpf.btf.encode import encode_btf
from pybpf.btf.ext import pack_func_info, pack_line_info
from pybpf.btf.types import Func, Kind, Typedef
from pybpf.elf import CollectionSpec, ProgramSpec, Reference, ReferenceKind
from pybpf.errors import KernelError
from pybpf.isa.instruction import slot_offsets
from pybpf.isa.opcodes import PseudoSrc
from pybpf.maps.types import MapType
from pybpf.progtypes.sections import SecFlag

C_DIR = Path(__file__).parent / "c"
CLANG = shutil.which("clang-19")
CLANG_MISSING = "clang-19 is not installed: cannot compile the C test programs"
needs_clang = pytest.mark.skipif(CLANG is None, reason=CLANG_MISSING)


def compile_c(src: Path, out: Path, *extra: str) -> Path:
    proc = subprocess.run([CLANG, "-target", "bpf", "-O2", "-g", "-c", str(src), "-o", str(out), *extra],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode:
        raise AssertionError(f"clang-19 failed on {src.name}:\n{proc.stderr}")
    return out


def _kconfig_value(name: str) -> int:
    if name == "LINUX_KERNEL_VERSION":
        parts = [int("".join(ch for ch in p if ch.isdigit()) or 0) for p in platform.release().split("-")[0]
                 .split(".")[:3]]
        parts += [0] * (3 - len(parts))
        return (parts[0] << 16) | (parts[1] << 8) | min(parts[2], 255)
    return 1  # CONFIG_X=y for the test externs


def _kallsyms(name: str) -> int:
    with open("/proc/kallsyms") as fh:
        for line in fh:
            addr, _, sym = line.split()[:3]
            if sym == name:
                return int(addr, 16)
    return 0


class KernelCollection:
    """Maps and programs of a spec loaded with bpf(2); close() (or ``with``) releases every fd."""

    def __init__(self, spec: CollectionSpec, vmlinux) -> None:
        from pybpf.kernel import create_map, load_btf

        self.spec = spec
        self.vmlinux = vmlinux
        self.stack = ExitStack()
        self.maps = {}
        self.programs = {}
        self.btf = None
        if spec.btf is not None:
            self.btf = self.stack.enter_context(load_btf(encode_btf(spec.btf)))

        def make(m):
            inner_fd = None
            if m.inner_map is not None:
                inner = self.stack.enter_context(make(m.inner_map))
                inner_fd = inner.fd
            kw = dict(inner_map_fd=inner_fd, numa_node=m.numa_node, map_extra=m.map_extra)
            btf_ids = (m.key_type or 0, m.value_type or 0)
            if self.btf is not None and any(btf_ids) and m.type not in (MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS):
                try:
                    return create_map(m.type, m.key_size, m.value_size, m.max_entries, m.flags, m.name,
                                      btf_fd=self.btf.fd, btf_key_type_id=btf_ids[0], btf_value_type_id=btf_ids[1],
                                      **kw)
                except KernelError:
                    if m.spin_lock_off is not None:
                        raise
            return create_map(m.type, m.key_size, m.value_size, m.max_entries, m.flags, m.name, **kw)

        for name, m in spec.maps.items():
            km = self.stack.enter_context(make(m))
            for key, value in m.contents:
                km.update(key, value)
            if m.name.endswith(".kconfig"):
                buf = bytearray(m.value_size)
                for ext in spec.kconfig:
                    buf[ext.offset:ext.offset + ext.size] = _kconfig_value(ext.name).to_bytes(8, "little")[:ext.size]
                km.update(0, bytes(buf))
            if m.freeze:
                km.freeze()
            self.maps[name] = km

    def _resolve(self, prog: ProgramSpec) -> list:
        insns = prog.resolve_maps(lambda ref: self.maps[ref.map].fd)
        out = []
        for slot, insn in zip(slot_offsets(insns), insns, strict=True):
            ref: Reference | None = prog.references.get(slot)
            if ref is not None and ref.kind == ReferenceKind.KFUNC:
                insn = insn.replace(imm=self.vmlinux.require(ref.name, Kind.FUNC))
            elif ref is not None and ref.kind == ReferenceKind.KSYM:
                if insn.src == PseudoSrc.BTF_ID:
                    insn = insn.replace(imm=self.vmlinux.require(ref.name, Kind.VAR))
                else:
                    insn = insn.replace(imm=_kallsyms(ref.name))
            out.append(insn)
        return out

    def load(self, name: str):
        from pybpf.kernel import load_program

        prog = self.spec.program(name)
        if prog.core_relos:
            prog, _ = self.spec.core_relocated(prog, self.vmlinux)
        attach_btf_id = 0
        if prog.flags & SecFlag.ATTACH_BTF:
            if prog.sec_name.startswith("tp_btf"):
                attach_btf_id = self.vmlinux.require(f"btf_trace_{prog.attach_to}", Typedef.KIND)
            else:
                attach_btf_id = self.vmlinux.require(prog.attach_to, Func.KIND)
        kw = {}
        if self.btf is not None and prog.func_info:
            kw = dict(prog_btf_fd=self.btf.fd, func_info=pack_func_info(list(prog.func_info)),
                      line_info=pack_line_info(list(prog.line_info)) if prog.line_info else None)
        kp = load_program(self._resolve(prog), prog.prog_type, license=prog.license or "GPL", prog_name=prog.name,
                          expected_attach_type=prog.expected_attach_type, kern_version=prog.kernel_version,
                          prog_flags=prog.prog_flags, attach_btf_id=attach_btf_id, **kw)
        self.stack.enter_context(kp)
        self.programs[name] = kp
        return kp

    def fill_slots(self) -> None:
        for map_name, slots in self.spec.init_slots.items():
            km = self.maps[map_name]
            for s in slots:
                fd = self.programs[s.name].fd if s.kind == "program" else self.maps[s.name].fd
                km.update(s.index, fd)

    def close(self) -> None:
        self.stack.close()

    def __enter__(self) -> KernelCollection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ElfPatcher:
    """Byte-level edits of an ELF64 object, to make the broken inputs the loader must reject (the mutations of
    uBPF's ELF-loader tests, applied to our own objects)."""

    import struct as _struct

    SHDR = _struct.Struct("<IIQQQQIIQQ")  # name type flags addr offset size link info addralign entsize
    FIELDS = ("name", "type", "flags", "addr", "offset", "size", "link", "info", "addralign", "entsize")
    SYM = _struct.Struct("<IBBHQQ")
    REL = _struct.Struct("<QQ")

    def __init__(self, data: bytes) -> None:
        self.data = bytearray(data)
        self.shoff = self._struct.unpack_from("<Q", self.data, 40)[0]
        self.shnum, self.shstrndx = self._struct.unpack_from("<HH", self.data, 60)

    def header(self, index: int) -> dict:
        return dict(zip(self.FIELDS, self.SHDR.unpack_from(self.data, self.shoff + index * 64), strict=True))

    def index(self, name: str) -> int:
        strtab = self.header(self.shstrndx)
        for i in range(self.shnum):
            off = strtab["offset"] + self.header(i)["name"]
            if bytes(self.data[off:self.data.index(b"\0", off)]).decode() == name:
                return i
        raise KeyError(name)

    def set_section(self, name: str, **fields: int) -> ElfPatcher:
        i = self.index(name)
        h = self.header(i)
        h.update(fields)
        self.SHDR.pack_into(self.data, self.shoff + i * 64, *(h[f] for f in self.FIELDS))
        return self

    def section_data_offset(self, name: str) -> int:
        return self.header(self.index(name))["offset"]

    def set_rel(self, rel_section: str, entry: int, *, offset: int | None = None, sym: int | None = None,
                rtype: int | None = None) -> ElfPatcher:
        at = self.section_data_offset(rel_section) + entry * 16
        r_offset, info = self.REL.unpack_from(self.data, at)
        r_offset = r_offset if offset is None else offset
        info = ((info >> 32 if sym is None else sym) << 32) | (info & 0xFFFFFFFF if rtype is None else rtype)
        self.REL.pack_into(self.data, at, r_offset, info)
        return self

    def rel(self, rel_section: str, entry: int) -> tuple[int, int, int]:
        r_offset, info = self.REL.unpack_from(self.data, self.section_data_offset(rel_section) + entry * 16)
        return r_offset, info >> 32, info & 0xFFFFFFFF

    def set_u8(self, offset: int, value: int) -> ElfPatcher:
        self.data[offset] = value
        return self

    def set_u16(self, offset: int, value: int) -> ElfPatcher:
        self._struct.pack_into("<H", self.data, offset, value)
        return self

    def bytes(self) -> bytes:
        return bytes(self.data)

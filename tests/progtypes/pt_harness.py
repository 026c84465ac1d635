"""Kernel differential harness: one assembly program, maps on both sides, run in Linux and in the interpreter.

Map references are written ``map[idx:N]`` (LD_IMM64 src 5): the kernel resolves them through ``fd_array`` (the
kernel maps' fds), the interpreter through a resolver that gives our map N's header address. Prog-array slots hold
the kernel program's fd on one side and the Interpreter on the other.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from typing import Any

import pytest

from pybpf.errors import KernelError, RunInputError
from pybpf.helpers.env import RunEnv
from pybpf.isa.asm import assemble
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import PseudoSrc
from pybpf.kernel import KernelMap, bpf_available, load_program
from pybpf.kernel import create_map as kernel_create_map
from pybpf.kernel.prog import KernelProgram
from pybpf.maps import MapSpec, MapType, create_map
from pybpf.maps.base import Map
from pybpf.progtypes import get
from pybpf.progtypes.base import RunOutput
from pybpf.progtypes.skb import ld_abs_packet
from pybpf.uapi import ProgLoadFlag, ProgType
from pybpf.vm import AddressSpace, Interpreter

AVAILABLE, WHY = bpf_available()
kernel = pytest.mark.skipif(not AVAILABLE, reason=f"needs bpf(2): {WHY}")
M32 = 0xFFFFFFFF


@dataclass
class DualMap:
    ours: Map
    kern: KernelMap


def dual_map(map_type: MapType, key_size: int, value_size: int, max_entries: int, flags: int = 0,
             name: str = "m") -> DualMap:
    ours = create_map(MapSpec(name, map_type, key_size, value_size, max_entries, flags), hash_seed=0)
    kern = kernel_create_map(map_type, key_size, value_size, max_entries, flags, name=name)
    return DualMap(ours, kern)


def resolver(maps: list[DualMap]):
    def resolve(insn: Instruction, slot: int) -> int:
        index = insn.imm & M32
        m = maps[index].ours
        if insn.src == PseudoSrc.MAP_IDX:
            return m.address
        if insn.src == PseudoSrc.MAP_IDX_VALUE:
            return m.value_area[0] + ((insn.imm >> 32) & M32)
        raise AssertionError(f"unexpected LD_IMM64 src {insn.src}")
    return resolve


@dataclass
class Dual:
    """A program in both engines."""

    kern: KernelProgram
    ours: Interpreter
    prog_type: ProgType
    env: RunEnv
    maps: list[DualMap] = field(default_factory=list)
    attach: Any = None

    def run(self, data: bytes = b"", ctx: bytes | None = None, *, repeat: int = 1, flags: int = 0, cpu: int = 0,
            fast: bool | None = None) -> tuple[Any, RunOutput]:
        """(kernel TestRunResult or the KernelError's errno, our RunOutput or the RunInputError's errno)."""
        size_out = None
        if ctx and self.prog_type is not ProgType.SYSCALL:  # room for the whole context, as ours returns it
            size_out = max(len(ctx), get(self.prog_type).ctx_size)
            if self.prog_type is ProgType.FLOW_DISSECTOR:
                size_out = max(len(ctx), 56)
            if self.prog_type in (ProgType.RAW_TRACEPOINT, ProgType.RAW_TRACEPOINT_WRITABLE):
                size_out = 0  # raw_tp test runs refuse a ctx_out
        try:
            k = self.kern.test_run(data, ctx, repeat=repeat, flags=flags, cpu=cpu, ctx_size_out=size_out,
                                   data_size_out=0 if self.prog_type is ProgType.RAW_TRACEPOINT else None)
        except KernelError as err:
            k = err.errno
        try:
            o = run_ours(self, data, ctx, repeat=repeat, flags=flags, cpu=cpu, fast=fast)
        except RunInputError as err:
            o = err.errno
        return k, o

    def check(self, data: bytes = b"", ctx: bytes | None = None, **kw: Any) -> RunOutput:
        """Run both and assert the same retval, data_out, ctx_out (or the same errno) and map contents."""
        k, o = self.run(data, ctx, **kw)
        if isinstance(k, int) or isinstance(o, int):
            assert k == o, f"kernel {errno.errorcode.get(k, k) if isinstance(k, int) else k} != ours {o}"
            return o  # type: ignore[return-value]
        assert o.retval == k.retval, (o.retval, k.retval)
        assert o.data_out == k.data_out, (o.data_out.hex(), k.data_out.hex())
        if o.ctx_out is None or k.ctx_out is None:
            assert o.ctx_out is None and not k.ctx_out, (o.ctx_out, k.ctx_out)
        elif self.prog_type is not ProgType.SYSCALL:
            assert o.ctx_out == k.ctx_out[:len(o.ctx_out)], (o.ctx_out, k.ctx_out)
        elif self.prog_type is ProgType.SYSCALL:
            assert o.ctx_out == k.ctx_out
        for m in self.maps:
            assert_same_map(m)
        return o


def run_ours(d: Dual, data: bytes, ctx: bytes | None, **kw: Any) -> RunOutput:
    """Run in the interpreter, with the maps' memory registered (as a loader would for map value references)."""
    from pybpf.progtypes import run
    space = AddressSpace()
    for m in d.maps:
        for region in m.ours.regions():
            space.add(region)
    return run(d.ours, d.prog_type, data, ctx, env=d.env, attach=d.attach, space=space, **kw)


def assert_same_map(m: DualMap) -> None:
    if m.ours.type in (MapType.PROG_ARRAY, MapType.PERF_EVENT_ARRAY, MapType.RINGBUF, MapType.QUEUE, MapType.STACK):
        return
    ours = dict(m.ours.raw_items())
    theirs = dict(m.kern.items())
    if m.ours.type in (MapType.PERCPU_ARRAY, MapType.PERCPU_HASH, MapType.LRU_PERCPU_HASH):
        ours = {k: b"".join(v) if isinstance(v, list) else v for k, v in ours.items()}
    assert ours == theirs, f"map {m.ours.name}: ours {ours} kernel {theirs}"


def build(text: str, prog_type: ProgType, *, maps: list[DualMap] | None = None, env: RunEnv | None = None,
          attach: Any = None, name: str = "prog", fast: bool | None = None, license: str = "GPL") -> Dual:
    maps = list(maps or [])
    insns = assemble(text)
    env = env if env is not None else RunEnv.deterministic()
    flags = int(ProgLoadFlag.SLEEPABLE) if prog_type is ProgType.SYSCALL else 0  # syscall programs must be
    btf_fd, func_info = func_btf(insns)
    kern = load_program(insns, prog_type, fd_array=[m.kern.fd for m in maps] or None,
                        expected_attach_type=attach, prog_name=name, license=license, prog_flags=flags,
                        prog_btf_fd=btf_fd, func_info=func_info)
    info = get(prog_type)
    ours = Interpreter(insns, helpers=info.helper_table(env, attach), ld_imm64=resolver(maps), packet=ld_abs_packet,
                       name=name, fast=fast)
    return Dual(kern, ours, prog_type, env, maps, attach)


_BTFS: list[Any] = []  # keep the BTF objects (fds) of loaded programs alive


def func_btf(insns: list[Instruction]) -> tuple[int | None, bytes | None]:
    """For programs with subprograms (callbacks need it): a minimal BTF with one FUNC per function and func_info."""
    from pybpf.btf import Btf, Func, FuncProto, Int, IntEncoding
    from pybpf.btf.encode import encode_btf
    from pybpf.kernel import load_btf
    from pybpf.vm._runtime import Program
    entries = sorted(Program(insns, "p").functions)
    if len(entries) < 2:
        return None, None
    types = [Int("int", 4, 32, 0, IntEncoding.SIGNED), FuncProto(1)]
    types += [Func(f"f{slot}", 2) for slot in entries]
    kbtf = load_btf(encode_btf(Btf.from_types(types)))
    _BTFS.append(kbtf)
    import struct
    return kbtf.fd, b"".join(struct.pack("<II", slot, 3 + i) for i, slot in enumerate(entries))


def eth(proto: int = 0x0800, dst: bytes = bytes(6), src: bytes = bytes.fromhex("020000000001")) -> bytes:
    return dst + src + proto.to_bytes(2, "big")


def ipv4_udp(payload: bytes = b"hello, world", *, src: str = "10.0.0.1", dst: str = "10.0.0.2",
             sport: int = 1234, dport: int = 53) -> bytes:
    import ipaddress
    import struct
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    total = 20 + len(udp)
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, 1, 0, 64, 17, 0, ipaddress.IPv4Address(src).packed,
                     ipaddress.IPv4Address(dst).packed)
    return ip + udp


def packet(payload: bytes = b"hello, world", **kw: Any) -> bytes:
    return eth() + ipv4_udp(payload, **kw)


def interp_only(text: str, prog_type: ProgType, *, env: RunEnv | None = None, maps: list[Map] | None = None,
                name: str = "prog", fast: bool | None = None, attach: Any = None) -> Interpreter:
    """An Interpreter for ``text`` whose ``map[idx:N]`` references resolve to ``maps[N]`` (no kernel)."""
    env = env if env is not None else RunEnv.deterministic()
    ms = list(maps or [])

    def resolve(insn: Instruction, slot: int) -> int:
        m = ms[insn.imm & M32]
        if insn.src == PseudoSrc.MAP_IDX_VALUE:
            return m.value_area[0] + ((insn.imm >> 32) & M32)
        return m.address
    return Interpreter(assemble(text), helpers=get(prog_type).helper_table(env, attach), ld_imm64=resolve,
                       packet=ld_abs_packet, name=name, fast=fast)


def fresh_space() -> AddressSpace:
    return AddressSpace()

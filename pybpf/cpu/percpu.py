"""Per-CPU data on top of do_on_cpu, in the spirit of librseq: counters, lists, a spinlock and buffers.

Every operation is a small program the library generates and hands to :func:`~pybpf.cpu.api.do_on_cpu`. With
``cpu=None`` an operation targets the CPU the caller runs on (read from the rseq area): do_on_cpu then runs it
inline under that CPU's exclusion, the same exclusion a remote update takes, so a local read-modify-write cannot
interleave with a remote one. Each CPU's data sits in its own 64-byte line. Lists link nodes by *offset* from the
start of their UserMemory, so they work in unrelated processes that map it at different addresses.
"""

from __future__ import annotations

import errno
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from pybpf.cpu import topology
from pybpf.cpu.api import do_on_cpu
from pybpf.cpu.insn import add, exit_, ja, jmp, ld_imm64, ldx, load_acquire, mov, st, store_release, stx
from pybpf.cpu.limits import PAGE_SIZE, PAGES_MAX
from pybpf.cpu.memory import UserMemory
from pybpf.errors import CpuError
from pybpf.isa.codec import encode
from pybpf.isa.opcodes import JmpOp

LINE = 64
_CACHE_MAX = 4096


def ncpus() -> int:
    """Number of per-CPU slots: every possible CPU id gets one."""
    return max(topology.possible()) + 1


class _PerCpu:
    """``ncpus()`` slots of ``stride`` bytes at ``offset`` in a UserMemory (allocated if not given)."""

    def __init__(self, stride: int, mem: UserMemory | None, offset: int) -> None:
        self.stride = (stride + LINE - 1) // LINE * LINE
        self.ncpus = ncpus()
        self.size = self.ncpus * self.stride
        self.mem = mem if mem is not None else UserMemory(offset + self.size)
        if offset % LINE or offset + self.size > self.mem.size:
            raise CpuError(errno.EINVAL, f"{self.size} bytes at offset {offset} (64-byte aligned) do not fit in "
                                         f"{self.mem!r}")
        self.offset = offset
        self._programs: dict[tuple, bytes] = {}

    def address(self, cpu: int) -> int:
        if not 0 <= cpu < self.ncpus:
            raise CpuError(errno.EINVAL, f"CPU {cpu} does not exist (slots for CPUs 0-{self.ncpus - 1})")
        return self.mem.address + self.offset + cpu * self.stride

    def _program(self, key: tuple, build) -> bytes:
        prog = self._programs.get(key)
        if prog is None:
            if len(self._programs) >= _CACHE_MAX:
                self._programs.clear()
            prog = self._programs[key] = encode(build())
        return prog


def _cpu(cpu: int | None) -> int:
    return topology.current_cpu() if cpu is None else cpu


class PerCpuCounter(_PerCpu):
    """One 64-bit counter per CPU: ``add`` on one CPU, ``read`` one CPU, ``sum`` over all."""

    def __init__(self, mem: UserMemory | None = None, offset: int = 0) -> None:
        super().__init__(8, mem, offset)

    def add(self, value: int = 1, cpu: int | None = None) -> int:
        """Add ``value`` to ``cpu``'s counter (None: the current CPU); returns the new value."""
        cpu = _cpu(cpu)
        prog = self._program(("add", cpu, value), lambda: [
            ld_imm64(1, self.address(cpu)), ld_imm64(3, value),
            ldx(8, 0, 1), add(0, src=3), stx(8, 1, 0), exit_()])
        return do_on_cpu(prog, cpu)

    def read(self, cpu: int) -> int:
        """``cpu``'s counter (one single-copy atomic load, run on the current CPU)."""
        prog = self._program(("read", cpu), lambda: [ld_imm64(1, self.address(cpu)), ldx(8, 0, 1), exit_()])
        return do_on_cpu(prog, topology.current_cpu())

    def sum(self) -> int:
        """Sum over all CPUs: a loop over the slots, a few pages at a time (approximate under updates)."""
        per_chunk = max(1, (PAGES_MAX - 1) * PAGE_SIZE // self.stride)
        total = 0
        for first in range(0, self.ncpus, per_chunk):
            count = min(per_chunk, self.ncpus - first)
            start = self.address(first)
            prog = self._program(("sum", first, count), lambda s=start, c=count: [
                ld_imm64(1, s), ld_imm64(2, s + c * self.stride), mov(0, imm=0),
                ldx(8, 3, 1), add(0, src=3), add(1, imm=self.stride), jmp(JmpOp.JLT, 1, -4, src=2), exit_()])
            total += do_on_cpu(prog, topology.current_cpu())
        return total

    def values(self) -> list[int]:
        return [self.mem.load(self.offset + cpu * self.stride) for cpu in range(self.ncpus)]


class PerCpuList(_PerCpu):
    """Per-CPU singly linked lists of fixed-size nodes living in the same UserMemory.

    Node ``i`` sits at a fixed offset; its first 8 bytes hold the offset of the next node (0 ends a list), the rest
    is payload. ``push`` / ``pop`` are do_on_cpu programs on the list's CPU.
    """

    def __init__(self, capacity: int, node_size: int = 16, mem: UserMemory | None = None, offset: int = 0) -> None:
        if node_size < 8 or node_size % 8:
            raise CpuError(errno.EINVAL, f"node_size {node_size} must be a multiple of 8, at least 8")
        self.capacity = capacity
        self.node_size = node_size
        heads = ncpus() * LINE
        if mem is None:
            mem = UserMemory(offset + heads + capacity * node_size)
        super().__init__(8, mem, offset)
        self.nodes_offset = offset + heads
        if self.nodes_offset + capacity * node_size > self.mem.size:
            raise CpuError(errno.EINVAL, f"{capacity} nodes of {node_size} bytes do not fit in {self.mem!r}")

    def node(self, index: int) -> int:
        """Offset (from the start of the UserMemory) of node ``index``."""
        if not 0 <= index < self.capacity:
            raise CpuError(errno.EINVAL, f"node {index} out of range 0-{self.capacity - 1}")
        return self.nodes_offset + index * self.node_size

    def push(self, node: int, cpu: int | None = None) -> None:
        """Push the node at offset ``node`` onto ``cpu``'s list."""
        cpu = _cpu(cpu)
        base = self.mem.address
        prog = self._program(("push", cpu, node), lambda: [
            ld_imm64(1, self.address(cpu)), ld_imm64(2, base + node), ld_imm64(4, node),
            ldx(8, 3, 1), stx(8, 2, 3), stx(8, 1, 4), mov(0, imm=0), exit_()])
        do_on_cpu(prog, cpu)

    def pop(self, cpu: int | None = None) -> int | None:
        """Pop a node from ``cpu``'s list: its offset, or None if the list is empty."""
        cpu = _cpu(cpu)
        prog = self._program(("pop", cpu), lambda: [
            ld_imm64(1, self.address(cpu)), ld_imm64(5, self.mem.address),
            ldx(8, 0, 1), jmp(JmpOp.JEQ, 0, 4, imm=0),
            mov(2, src=5), add(2, src=0), ldx(8, 3, 2), stx(8, 1, 3),
            exit_()])
        node = do_on_cpu(prog, cpu)
        return node or None

    def walk(self, cpu: int) -> list[int]:
        """Node offsets on ``cpu``'s list (plain atomic loads: call it when nobody updates the list)."""
        out: list[int] = []
        node = self.mem.load(self.address(cpu) - self.mem.address)
        while node:
            out.append(node)
            if len(out) > self.capacity:
                raise CpuError(errno.EIO, f"list of CPU {cpu} has a cycle")
            node = self.mem.load(node)
        return out


class PerCpuSpinlock(_PerCpu):
    """One lock word per CPU: ``try_lock`` is a do_on_cpu test-and-set; ``unlock`` a store-release of 0."""

    def __init__(self, mem: UserMemory | None = None, offset: int = 0) -> None:
        super().__init__(8, mem, offset)

    def try_lock(self, cpu: int | None = None) -> bool:
        cpu = _cpu(cpu)
        prog = self._program(("try", cpu), lambda: [
            ld_imm64(1, self.address(cpu)), mov(0, imm=0), ldx(8, 2, 1), jmp(JmpOp.JNE, 2, 2, imm=0),
            st(8, 1, 1), mov(0, imm=1), exit_()])
        return bool(do_on_cpu(prog, cpu))

    def lock(self, cpu: int | None = None) -> int:
        """Spin (yielding the CPU between tries) until ``cpu``'s lock is ours; returns the CPU."""
        cpu = _cpu(cpu)
        delay = 0.0
        while not self.try_lock(cpu):
            time.sleep(delay)
            delay = min(0.001, delay * 2 or 0.00001)
        return cpu

    def unlock(self, cpu: int) -> None:
        prog = self._program(("unlock", cpu), lambda: [
            ld_imm64(1, self.address(cpu)), mov(2, imm=0), store_release(8, 1, 2), exit_()])
        do_on_cpu(prog, cpu)

    @contextmanager
    def held(self, cpu: int | None = None) -> Iterator[int]:
        cpu = self.lock(cpu)
        try:
            yield cpu
        finally:
            self.unlock(cpu)


class PerCpuBuffer(_PerCpu):
    """A per-CPU buffer of up to ``capacity`` bytes and its length, written with a do_on_cpu memcpy.

    ``write`` copies from a per-thread staging UserMemory into the CPU's buffer, then store-releases the length,
    so a reader that load-acquires the length sees the bytes. Capacity is bounded by the page limit.
    """

    MAX = 2 * PAGE_SIZE - 8

    def __init__(self, capacity: int, mem: UserMemory | None = None, offset: int = 0) -> None:
        if not 0 < capacity <= self.MAX:
            raise CpuError(errno.EINVAL, f"buffer capacity must be 1-{self.MAX} bytes (DOC_QUERY_PAGES_MAX pages "
                                         "are shared by source and destination)")
        self.capacity = capacity
        super().__init__(8 + capacity, mem, offset)
        self._staging = threading.local()

    def _stage(self) -> UserMemory:
        mem = getattr(self._staging, "mem", None)
        if mem is None or mem.closed:
            mem = self._staging.mem = UserMemory(self.MAX + 8)
        return mem

    @staticmethod
    def _copy(dst: int, src: int, length: int) -> list:
        """memcpy(dst, src, length): an 8-byte loop, then a byte loop; bounds are LD_IMM64s (shared shape)."""
        end8 = src + (length & ~7)
        return [ld_imm64(2, dst), ld_imm64(3, src), ld_imm64(4, end8), ld_imm64(5, src + length),
                jmp(JmpOp.JEQ, 3, 5, src=4), ldx(8, 1, 3), stx(8, 2, 1),
                add(2, imm=8), add(3, imm=8), ja(-6),
                jmp(JmpOp.JEQ, 3, 5, src=5), ldx(1, 1, 3), stx(1, 2, 1),
                add(2, imm=1), add(3, imm=1), ja(-6)]

    def write(self, data: bytes, cpu: int | None = None) -> None:
        if len(data) > self.capacity:
            raise CpuError(errno.EMSGSIZE, f"{len(data)} bytes do not fit in a {self.capacity}-byte buffer")
        cpu = _cpu(cpu)
        stage = self._stage()
        stage.buf[:len(data)] = data
        slot = self.address(cpu)
        prog = encode([*self._copy(slot + 8, stage.address, len(data)),
                       ld_imm64(6, slot), ld_imm64(7, len(data)), store_release(8, 6, 7), mov(0, imm=0), exit_()])
        do_on_cpu(prog, cpu)

    def read(self, cpu: int) -> bytes:
        """The bytes last written to ``cpu``'s buffer (copied out by a do_on_cpu on that CPU)."""
        stage = self._stage()
        slot = self.address(cpu)
        prog = encode([ld_imm64(6, slot), load_acquire(8, 0, 6), *self._copy(stage.address, slot + 8, self.capacity),
                       exit_()])
        length = do_on_cpu(prog, cpu)
        return bytes(stage.buf[:min(length, self.capacity)])


__all__ = ["PerCpuBuffer", "PerCpuCounter", "PerCpuList", "PerCpuSpinlock", "ncpus"]

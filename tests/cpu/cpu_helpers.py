"""Helpers shared by the do_on_cpu tests (imported as a module; fixtures live in conftest.py)."""

from __future__ import annotations

import os

from pybpf.cpu import topology
from pybpf.cpu.insn import add, exit_, ld_imm64, ldx, stx
from pybpf.isa.codec import encode


def usable_cpus() -> list[int]:
    return sorted(topology.online() & os.sched_getaffinity(0))


def increment(address: int) -> bytes:
    """r0 = ++*(u64 *)address, as raw bytecode."""
    return encode([ld_imm64(1, address), ldx(8, 0, 1), add(0, imm=1), stx(8, 1, 0), exit_()])


def pinned_to(cpu: int):
    """Context manager: pin the calling thread to ``cpu`` (restoring the mask afterwards)."""
    class _Pin:
        def __enter__(self):
            self.saved = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {cpu})
            return cpu

        def __exit__(self, *exc):
            os.sched_setaffinity(0, self.saved)
    return _Pin()

"""pybpf: the Linux eBPF subsystem in userspace.

ISA, assembler and disassembler, interpreter, JIT, verifier, maps, helpers and a bpf(2) backend.
"""

from __future__ import annotations

__version__ = "0.1.0"

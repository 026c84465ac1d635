"""do_on_cpu in userspace: run a small validated eBPF program once on a chosen CPU as one exclusive section.

``do_on_cpu(program, cpu, flags=0) -> r0`` with programs touching only :class:`UserMemory`; the ``DOC_QUERY_*``
flags return the limits. See ``docs/do_on_cpu.md`` for the design; :mod:`pybpf.cpu.percpu` builds per-CPU counters,
lists, spinlocks and buffers on top.
"""

from __future__ import annotations

from pybpf.cpu.api import do_on_cpu, execute
from pybpf.cpu.limits import (
    DOC_QUERY_CHECKED_LOADS_MAX,
    DOC_QUERY_LEN_MAX,
    DOC_QUERY_PAGES_MAX,
    DOC_QUERY_RETIRED_INSN_MAX,
    DOC_QUERY_RETRIES_MAX,
    DOC_QUERY_TAINTED_BRANCHES_MAX,
    DOC_QUERY_TAINTED_MEM_OPS_MAX,
)
from pybpf.cpu.memory import UserMemory
from pybpf.cpu.topology import current_cpu
from pybpf.cpu.validate import BARRIER_OPCODE
from pybpf.errors import CpuError

__all__ = [
    "BARRIER_OPCODE",
    "DOC_QUERY_CHECKED_LOADS_MAX",
    "DOC_QUERY_LEN_MAX",
    "DOC_QUERY_PAGES_MAX",
    "DOC_QUERY_RETIRED_INSN_MAX",
    "DOC_QUERY_RETRIES_MAX",
    "DOC_QUERY_TAINTED_BRANCHES_MAX",
    "DOC_QUERY_TAINTED_MEM_OPS_MAX",
    "CpuError",
    "UserMemory",
    "current_cpu",
    "do_on_cpu",
    "execute",
]

"""do_on_cpu limits and the ``DOC_QUERY_*`` flags that return them.

The values follow the 2019 Linux prototype (``kernel/do_on_cpu/do_on_cpu_private.h``): 32 slots of bytecode, 65536
retired instructions per pass, 8 pages, 4 tainted memory accesses and 4096 tainted branches. The prototype retried a
changed-between-passes section forever; pybpf bounds that (:data:`RETRIES_MAX`) and then fails with EAGAIN. pybpf adds
:data:`CHECKED_LOADS_MAX`: how many pass-2 loads a section remembers to commit its stores to them with a
compare-and-swap (docs/do_on_cpu.md, "Conflicts").
"""

from __future__ import annotations

import errno
import mmap

from pybpf.errors import CpuError

LEN_MAX = 32  # program length in 8-byte slots (LD_IMM64 counts 2)
RETIRED_INSN_MAX = 65536  # instructions retired by one pass (LD_IMM64 counts 1)
PAGES_MAX = 8  # distinct pages touched by one pass
TAINTED_MEM_OPS_MAX = 4  # loads/stores whose address derives from a load, per pass
TAINTED_BRANCHES_MAX = 4096  # conditional branches whose condition derives from a load, per pass
RETRIES_MAX = 16  # restarts after a mismatch or conflict detected before any store, then EAGAIN
CHECKED_LOADS_MAX = 8  # distinct (address, width) pass-2 loads remembered (least recently loaded forgotten first)
PAGE_SIZE = mmap.PAGESIZE

# Query flags: exactly one may be given; do_on_cpu then returns the limit and runs nothing.
DOC_QUERY_LEN_MAX = 1 << 0
DOC_QUERY_RETIRED_INSN_MAX = 1 << 1
DOC_QUERY_PAGES_MAX = 1 << 2
DOC_QUERY_TAINTED_MEM_OPS_MAX = 1 << 3
DOC_QUERY_TAINTED_BRANCHES_MAX = 1 << 4
DOC_QUERY_RETRIES_MAX = 1 << 5
DOC_QUERY_CHECKED_LOADS_MAX = 1 << 6

QUERIES: dict[int, tuple[str, int]] = {
    DOC_QUERY_LEN_MAX: ("DOC_QUERY_LEN_MAX", LEN_MAX),
    DOC_QUERY_RETIRED_INSN_MAX: ("DOC_QUERY_RETIRED_INSN_MAX", RETIRED_INSN_MAX),
    DOC_QUERY_PAGES_MAX: ("DOC_QUERY_PAGES_MAX", PAGES_MAX),
    DOC_QUERY_TAINTED_MEM_OPS_MAX: ("DOC_QUERY_TAINTED_MEM_OPS_MAX", TAINTED_MEM_OPS_MAX),
    DOC_QUERY_TAINTED_BRANCHES_MAX: ("DOC_QUERY_TAINTED_BRANCHES_MAX", TAINTED_BRANCHES_MAX),
    DOC_QUERY_RETRIES_MAX: ("DOC_QUERY_RETRIES_MAX", RETRIES_MAX),
    DOC_QUERY_CHECKED_LOADS_MAX: ("DOC_QUERY_CHECKED_LOADS_MAX", CHECKED_LOADS_MAX),
}
ALL_QUERY_FLAGS = sum(QUERIES)


def query(flags: int) -> int:
    """The limit named by ``flags`` (one DOC_QUERY_* flag); EINVAL for unknown bits or more than one flag."""
    if not isinstance(flags, int) or isinstance(flags, bool):
        raise CpuError(errno.EINVAL, f"flags must be an int, not {type(flags).__name__}")
    if flags & ~ALL_QUERY_FLAGS or flags < 0:
        raise CpuError(errno.EINVAL, f"unknown flag bits 0x{flags & ~ALL_QUERY_FLAGS & 0xFFFFFFFF:x} "
                                     f"(known: 0x{ALL_QUERY_FLAGS:x}, the DOC_QUERY_* flags)")
    if flags not in QUERIES:
        names = "|".join(name for bit, (name, _) in QUERIES.items() if flags & bit)
        raise CpuError(errno.EINVAL, f"flags {names} ask for more than one limit; give exactly one DOC_QUERY_* flag")
    return QUERIES[flags][1]

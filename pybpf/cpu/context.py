"""The run context both executors share: status codes, the native context layout, outcomes and their errors.

A native run reads its inputs from, and writes its results and pass-1 record into, one per-thread block of 64-bit
words (:class:`RunContext`); the Python reference executor produces the same :class:`Outcome`, so both map to the
same ``CpuError`` through :func:`check`.
"""

from __future__ import annotations

import ctypes
import enum
import errno
from dataclasses import dataclass

from pybpf.cpu.limits import (
    CHECKED_LOADS_MAX,
    PAGE_SIZE,
    PAGES_MAX,
    RETIRED_INSN_MAX,
    RETRIES_MAX,
    TAINTED_BRANCHES_MAX,
    TAINTED_MEM_OPS_MAX,
)
from pybpf.errors import CpuError


class St(enum.IntEnum):
    """Status of a run (the native driver's return value)."""

    OK = 0
    NEED_PAGE = 1  # pass 1 touched a page not yet mapped: map it, then restart the pass
    WRONG_CPU = 2  # inline mode, and the caller is not on the target CPU: nothing ran
    MISMATCH = 3  # internal: pass 2 disagreed with the pass-1 record, or a checked store's CAS failed (CAUSE)
    FAULT = 10  # access outside every registered UserMemory (EFAULT, before any store)
    BUDGET = 11  # retired-instruction budget exhausted
    PAGES = 12  # too many pages touched
    TMEM = 13  # too many accesses at tainted addresses
    TBR = 14  # too many tainted branches
    MISALIGNED = 15  # load-acquire / store-release not naturally aligned
    AGAIN = 16  # mismatches before any store, RETRIES_MAX times in a row
    IO = 17  # mismatch (or error) after a store was made visible
    LOCK = 18  # the exclusion lock failed (errno in LOCKERR)


class Cause(enum.IntEnum):
    """Why pass 2 failed (CAUSE word, for AGAIN and IO)."""

    NONE = 0
    ACCESS = 1  # a tainted access went to another address, width or direction
    BRANCH = 2  # a tainted branch went the other way
    EXTRA = 3  # pass 2 did more tainted accesses / branches than pass 1 recorded
    CONFLICT = 4  # bytes the section loaded in pass 2 were changed by someone else before its store (CAS failed)


class Mode(enum.IntEnum):
    INLINE = 0  # run only if the calling thread is on the target CPU, else return WRONG_CPU
    ANY = 1  # run wherever the caller is (pinned worker, or local fallback)


class W:
    """Word index of each field in the native context block (plain ints: they index a memoryview in hot paths)."""

    MUTEX = 0  # per-CPU pthread mutex address, 0 = no exclusion
    GLOBAL = 1  # global (offline) mutex address, 0 = none
    REGIONS = 2  # region table address: NREGIONS x (base, end, pins address, 0)
    NREGIONS = 3
    HOOK = 4  # void hook(i64 ctx) called between the passes, 0 = none
    CPU = 5
    MODE = 6
    RSEQ_CPU = 7  # address of this thread's rseq cpu_id, 0 = use GETCPUFN
    LOCKFN = 8
    UNLOCKFN = 9
    CONSISTENTFN = 10
    GETCPUFN = 11
    STATUS = 12
    R0 = 13
    SLOT = 14
    FADDR = 15
    FLEN = 16
    FRW = 17
    RETIRED1 = 18
    RETIRED2 = 19
    RESTARTS = 20
    STORES = 21
    CAUSE = 22
    OWNER_DIED = 23  # set when a lock was recovered from a dead holder; the caller clears it
    NPAGES = 24
    NTMEM = 25
    NTBR = 26
    LOCKERR = 27
    RT_P1_ACCESS = 28  # runtime entry points (compiled once per process), called by each program's passes
    RT_P1_FWD = 29
    RT_P1_STORE = 30
    RT_P1_BRANCH = 31
    RT_P2_ACCESS = 32
    RT_P2_BRANCH = 33
    RT_RUN = 34
    RT_P2_LOAD = 35
    RT_P2_STORE = 36
    STORE_HOOK = 37  # test hook: void hook(i64 ctx, i64 slot) called before each pass-2 store is committed, 0 = none
    PLAIN_STORES = 38  # test control: nonzero = every pass-2 store is a plain store (no CAS), 0 = checked stores
    TMEM_ADDR = 40
    TMEM_LEN = TMEM_ADDR + TAINTED_MEM_OPS_MAX
    TMEM_RW = TMEM_LEN + TAINTED_MEM_OPS_MAX
    PAGE_BASE = TMEM_RW + TAINTED_MEM_OPS_MAX
    PAGE_RW = PAGE_BASE + PAGES_MAX
    PAGE_DIRTY = PAGE_RW + PAGES_MAX
    TBR = PAGE_DIRTY + PAGES_MAX  # TAINTED_BRANCHES_MAX bits
    LOADS = TBR + (TAINTED_BRANCHES_MAX + 63) // 64  # pass 2: remembered loads, least recently loaded first
    LOAD_ADDR = LOADS + 1
    LOAD_LEN = LOAD_ADDR + CHECKED_LOADS_MAX
    LOAD_VAL = LOAD_LEN + CHECKED_LOADS_MAX
    END = LOAD_VAL + CHECKED_LOADS_MAX


SHADOW_OFFSET = (W.END * 8 + 63) // 64 * 64  # bytes: PAGES_MAX shadow pages, then PAGES_MAX byte masks
MASK_OFFSET = SHADOW_OFFSET + PAGES_MAX * PAGE_SIZE
CONTEXT_BYTES = MASK_OFFSET + PAGES_MAX * PAGE_SIZE


class RunContext:
    """One thread's native context block (inputs, results, pass-1 record, pass-1 shadow pages)."""

    __slots__ = ("__weakref__", "_raw", "active", "address", "hook_ref", "table_gen", "words")

    def __init__(self) -> None:
        self._raw = (ctypes.c_char * (CONTEXT_BYTES + 128))()  # slack: pass 1 reads 8 bytes at any mask offset
        base = ctypes.addressof(self._raw)
        pad = (-base) % 64
        self.address = base + pad
        self.words = memoryview(self._raw).cast("B")[pad:pad + CONTEXT_BYTES].cast("q")
        self.active = False  # a run is using the region table (UserMemory.close waits for it)
        self.table_gen = 0
        self.hook_ref: object = None


@dataclass
class Outcome:
    """What one do_on_cpu run did; both executors produce it."""

    status: St
    r0: int = 0
    slot: int = -1
    faddr: int = 0
    flen: int = 0
    frw: int = 0
    retired: int = 0  # pass 1
    retired2: int = 0
    restarts: int = 0
    stores: int = 0
    cause: Cause = Cause.NONE
    owner_died: bool = False
    lock_errno: int = 0
    engine: str = ""
    placement: str = ""
    cpu: int = -1

    @classmethod
    def from_words(cls, w: memoryview, status: int) -> Outcome:
        return cls(St(status), w[W.R0], w[W.SLOT], w[W.FADDR] & 0xFFFFFFFFFFFFFFFF, w[W.FLEN], w[W.FRW],
                   w[W.RETIRED1], w[W.RETIRED2], w[W.RESTARTS], w[W.STORES], Cause(w[W.CAUSE]),
                   bool(w[W.OWNER_DIED]), w[W.LOCKERR])


def _rw(frw: int) -> str:
    return "store" if frw else "load"


def check(out: Outcome) -> int:
    """r0 of a successful outcome, or the CpuError it stands for."""
    st = out.status
    if st == St.OK:
        return out.r0
    slot = out.slot if out.slot >= 0 else None
    if st == St.FAULT:
        raise CpuError(errno.EFAULT, f"{_rw(out.frw)} of {out.flen} bytes at 0x{out.faddr:x} is outside every "
                                     "registered UserMemory (nothing was written)", insn=slot)
    if st == St.BUDGET:
        raise CpuError(errno.EINVAL, f"retired-instruction budget exhausted: more than {RETIRED_INSN_MAX} "
                                     "instructions in one pass (DOC_QUERY_RETIRED_INSN_MAX)", insn=slot)
    if st == St.PAGES:
        raise CpuError(errno.EINVAL, f"too many pages: the {_rw(out.frw)} at 0x{out.faddr:x} would touch a page "
                                     f"beyond the limit of {PAGES_MAX} (DOC_QUERY_PAGES_MAX)", insn=slot)
    if st == St.TMEM:
        raise CpuError(errno.EINVAL, f"too many accesses at tainted addresses (derived from loads): the limit is "
                                     f"{TAINTED_MEM_OPS_MAX} per pass (DOC_QUERY_TAINTED_MEM_OPS_MAX)", insn=slot)
    if st == St.TBR:
        raise CpuError(errno.EINVAL, f"too many tainted branches (conditions derived from loads): the limit is "
                                     f"{TAINTED_BRANCHES_MAX} per pass (DOC_QUERY_TAINTED_BRANCHES_MAX)", insn=slot)
    if st == St.MISALIGNED:
        what = "store-release" if out.frw else "load-acquire"
        raise CpuError(errno.EINVAL, f"misaligned {what} of {out.flen} bytes at 0x{out.faddr:x} "
                                     "(must be naturally aligned)", insn=slot)
    if st == St.AGAIN:
        what = ("memory the section loaded was changed by someone else before its store" if out.cause == Cause.CONFLICT
                else "tainted memory changed between the passes")
        raise CpuError(errno.EAGAIN, f"{what} {out.restarts} times in a row (limit {RETRIES_MAX}, "
                                     "DOC_QUERY_RETRIES_MAX); nothing was written, retry", insn=slot)
    if st == St.IO:
        what = {Cause.ACCESS: "a tainted access went to a different address",
                Cause.BRANCH: "a tainted branch went the other way",
                Cause.EXTRA: "the program took a different path",
                Cause.CONFLICT: "memory the section had loaded was changed by someone else before this store "
                                "(compare-and-swap failed)"}.get(out.cause, "the run failed")
        raise CpuError(errno.EIO, f"{what} in pass 2 after {out.stores} store(s) became visible: memory is "
                                  "partially updated", insn=slot)
    if st == St.LOCK:
        code = out.lock_errno or errno.ENOTRECOVERABLE
        raise CpuError(code, f"could not take the per-CPU exclusion: {errno.errorcode.get(code, code)}")
    raise CpuError(errno.EINVAL, f"unexpected run status {st.name}", insn=slot)

"""The verification environment shared by the checking modules: program, options, id generator, log, counters, and
the :class:`Reject` exception every check raises with the kernel's message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pybpf.verifier.cfg import Program
from pybpf.verifier.log import VerifierLog
from pybpf.verifier.regs import MapInfo
from pybpf.verifier.state import VerifierState

BPF_MAX_VAR_OFF = 1 << 29
MAX_PACKET_OFF = 0xFFFF
AT_PKT_END = -1
BEYOND_PKT_END = -2


class Reject(Exception):
    """A rejection: ``message`` is the kernel's last log line; ``errno`` Linux's; ``regno`` the register named."""

    def __init__(self, message: str, errno: int = 13, regno: int | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.errno = errno
        self.regno = regno
        self.hint = hint


EACCES, EINVAL, E2BIG, EFAULT, ENOTSUPP, EPERM = 13, 22, 7, 14, 524, 1


@dataclass
class Options:
    privileged: bool = True  # CAP_BPF + CAP_PERFMON + CAP_NET_ADMIN + CAP_SYS_ADMIN (bpf_capable, allow_ptr_leaks...)
    gpl: bool = True
    sleepable: bool = False
    strict_alignment: bool = False
    log_level: int = 0
    all_precise: bool = False  # no precision tracking: every scalar compared by range when pruning (slower)


@dataclass
class Env:
    prog: Program
    prog_type: Any  # ProgType
    variant: Any  # pybpf.progtypes.Variant
    opts: Options
    maps: dict[int, MapInfo]
    log: VerifierLog
    cur: VerifierState | None = None
    insn_idx: int = 0
    prev_insn_idx: int = -1
    id_gen: int = 0
    insn_processed: int = 0
    total_states: int = 0
    peak_states: int = 0
    cur_states: int = 0
    max_states_per_insn: int = 0
    explored: dict[int, list] = field(default_factory=dict)
    stack_depth: dict[int, int] = field(default_factory=dict)  # per subprogram: max bytes used
    scratched_regs: int = 0
    scratched_stack: int = 0
    prev_log_line: int = -1
    btf: Any = None
    vmlinux: Any = None
    func_info: Any = None
    seen_direct_write: bool = False
    changes_pkt_data: bool = False
    subprogs: list = field(default_factory=list)  # subprogs.Subprog, by index
    cur_hist_ent: list | None = None  # the history entry of the instruction being checked (precision.push_hist)
    scc: list[int] = field(default_factory=list)  # per slot: id of its loop (strongly connected component) or 0
    scc_visits: dict = field(default_factory=dict)  # loops being explored: callchain -> SccVisit
    callback_calls: set[int] = field(default_factory=set)  # slots of helper calls that take a callback
    iter_next_slots: set[int] = field(default_factory=set)  # slots of open-coded iterator next() kfunc calls
    insn_limit: int = 1_000_000  # BPF_COMPLEXITY_LIMIT_INSNS
    attach: Any = None  # the program's expected attach type
    fastcall: Any = None  # pybpf.verifier.fastcall.Fastcall: bpf_fastcall spill/fill patterns
    aux_ptr_type: dict = field(default_factory=dict)  # slot -> the pointer type its load/store first saw
    attach_to: str = ""  # the attach target named by the section (tp_btf/NAME, iter/NAME, lsm/NAME, fentry/NAME)
    host_functions: dict = field(default_factory=dict)  # name -> HostSignature (or None) of extra host functions
    references: Any = None  # ProgramSpec.references: slots whose LD_IMM64 / call a loader relocates
    # prog->aux->max_rdonly_access / max_rdwr_access: the furthest byte read through a PTR_TO_BUF, which an
    # iterator link compares with the map's key / value size when it attaches
    max_rdonly_access: int = 0
    max_rdwr_access: int = 0

    def find_prev_entry(self, cur: VerifierState, insn_idx: int) -> VerifierState | None:
        """The nearest checkpoint at ``insn_idx`` on the current path (a previous iteration of the same loop)."""
        for cp in reversed(self.explored.get(insn_idx, ())):
            st = cp.state
            if st.insn_idx == insn_idx and st.branches and st.dfs_depth < cur.dfs_depth and \
                    len(st.frames) == len(cur.frames) and \
                    all(a.callsite == b.callsite for a, b in zip(st.frames, cur.frames, strict=True)):
                return st
        return None

    def subprog_at(self, slot: int):
        """The subprogram containing ``slot`` (None outside the program)."""
        subs = self.subprogs
        lo, hi = 0, len(subs) - 1
        if not subs or slot < 0 or slot >= self.prog.len:
            return None
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if subs[mid].start <= slot:
                lo = mid
            else:
                hi = mid - 1
        return subs[lo]

    @property
    def bpf_capable(self) -> bool:
        return self.opts.privileged

    @property
    def allow_ptr_leaks(self) -> bool:
        return self.opts.privileged

    @property
    def allow_uninit_stack(self) -> bool:
        return self.opts.privileged

    @property
    def bypass_spec_v1(self) -> bool:
        return self.opts.privileged

    def new_id(self) -> int:
        self.id_gen += 1
        return self.id_gen

    def verbose(self, text: str) -> None:
        if self.opts.log_level:
            self.log.write(text)

    def scratch_reg(self, regno: int) -> None:
        self.scratched_regs |= 1 << regno

    def scratch_stack(self, spi: int) -> None:
        self.scratched_stack |= 1 << spi

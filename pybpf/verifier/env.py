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


EACCES, EINVAL, E2BIG, EFAULT, ENOTSUPP = 13, 22, 7, 14, 524


@dataclass
class Options:
    privileged: bool = True  # CAP_BPF + CAP_PERFMON + CAP_NET_ADMIN + CAP_SYS_ADMIN (bpf_capable, allow_ptr_leaks...)
    gpl: bool = True
    sleepable: bool = False
    strict_alignment: bool = False
    log_level: int = 0


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

"""Which eBPF "cpu version" (-mcpu=v1..v4) and conformance groups a program needs, as bpf_conformance classifies them.

v1 is the base ISA; v2 adds the JMP-class jlt/jle/jslt/jsle; v3 adds the JMP32 class, atomics and bpf-to-bpf / kfunc
calls; v4 adds sdiv/smod, movsx, ldsx, bswap and gotol. Linux additions that no cpu version names (load-acquire,
store-release, may_goto, gotox, addr_space_cast) are counted as v4: they need at least a v4-era toolchain. ``callx``
and ``packet`` (legacy ABS/IND loads) are groups a runner opts into.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import (
    CALL,
    CALLX,
    GOTOL,
    GOTOX,
    MAY_GOTO,
    AluOp,
    AtomicOp,
    CallSrc,
    Class,
    JmpOp,
    Mode,
    Source,
)

CPU_VERSIONS = ("v1", "v2", "v3", "v4")
GROUPS = ("base32", "base64", "atomic32", "atomic64", "divmul32", "divmul64", "callx", "packet")
OPT_IN_GROUPS = frozenset({"callx", "packet"})  # not run unless asked for, in the reference runner

_V2_JUMPS = frozenset({JmpOp.JLT, JmpOp.JLE, JmpOp.JSLT, JmpOp.JSLE})


@dataclass(frozen=True)
class Requirement:
    """The cpu version and groups a program needs; ``why`` names the first instruction that needs the version."""

    cpu: str = "v1"
    groups: frozenset[str] = frozenset()
    why: str = ""

    def unmet(self, cpu: str, groups: Iterable[str]) -> str | None:
        """Why a runner at ``cpu`` with ``groups`` enabled must skip the program, or None if it can run it."""
        if CPU_VERSIONS.index(self.cpu) > CPU_VERSIONS.index(cpu):
            return f"needs cpu {self.cpu} ({self.why}), running at {cpu}"
        missing = sorted(self.groups - set(groups))
        if missing:
            return f"uses conformance group{'s' if len(missing) > 1 else ''} {', '.join(missing)}, not enabled"
        return None


def classify(insn: Instruction) -> tuple[str, str, str]:
    """(cpu version, group, short description) of one instruction."""
    code, cls = insn.opcode, insn.opcode & 0x07
    op = code & 0xF0
    if cls in (Class.ALU, Class.ALU64):
        div = op in (AluOp.MUL, AluOp.DIV, AluOp.MOD)
        group = ("divmul" if div else "base") + ("64" if cls == Class.ALU64 else "32")
        if op in (AluOp.DIV, AluOp.MOD) and insn.off == 1:
            return "v4", group, "signed division"
        if op == AluOp.MOV and code & Source.X and insn.off:
            return "v4", group, "movsx" if insn.off in (8, 16, 32) else "addr_space_cast"
        if op == AluOp.END and cls == Class.ALU64:
            return "v4", group, "bswap"
        return "v1", group, ""
    if cls in (Class.JMP, Class.JMP32):
        if code == CALLX:
            return "v1", "callx", "callx"
        if code == GOTOL:
            return "v4", "base32", "gotol"
        if code in (GOTOX, MAY_GOTO):
            return "v4", "base32", "gotox" if code == GOTOX else "may_goto"
        if code == CALL and insn.src in (CallSrc.PSEUDO_CALL, CallSrc.KFUNC):
            return "v3", "base32", "bpf-to-bpf call" if insn.src == CallSrc.PSEUDO_CALL else "kfunc call"
        if cls == Class.JMP32:
            return "v3", "base32", "JMP32 class"
        if op in _V2_JUMPS:
            return "v2", "base64", JmpOp(op).name.lower()
        return "v1", "base32" if op in (JmpOp.CALL, JmpOp.EXIT, JmpOp.JA) else "base64", ""
    mode = code & 0xE0
    if cls == Class.LD and mode in (Mode.ABS, Mode.IND):
        return "v1", "packet", "legacy packet load"
    if cls == Class.LDX and mode == Mode.MEMSX:
        return "v4", "base32", "sign-extending load"
    if cls == Class.STX and mode == Mode.ATOMIC:
        if insn.imm in (AtomicOp.LOAD_ACQ, AtomicOp.STORE_REL):
            return "v4", "base32", "load-acquire" if insn.imm == AtomicOp.LOAD_ACQ else "store-release"
        return "v3", "atomic64" if insn.access_bytes == 8 else "atomic32", "atomic"
    group = "base64" if insn.access_bytes == 8 or cls == Class.LD else "base32"
    return "v1", group, ""


def requirement(insns: Iterable[Instruction]) -> Requirement:
    """The highest cpu version and the union of groups the program's instructions need."""
    cpu, why = "v1", ""
    groups: set[str] = set()
    for insn in insns:
        version, group, desc = classify(insn)
        groups.add(group)
        if CPU_VERSIONS.index(version) > CPU_VERSIONS.index(cpu):
            cpu, why = version, desc
    return Requirement(cpu, frozenset(groups), why)

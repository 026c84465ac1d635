"""Soundness harness: random and mutated XDP programs go through pybpf's verifier; every program it accepts runs in
the interpreter (the step machine, with every memory access checked against the address space and a shadow of
which registers were written) over varied packets, and must never fault: an out-of-bounds or NULL access, a read
of a register never written, or a run that does not end. Verdicts can also be compared with the running kernel's:
pybpf must never accept a program Linux rejects.

Programs come from :mod:`pybpf.testing.gen` (valid by construction, wrapped as Linux XDP programs that prove the
packet length with a data_end check) and from mutations of them that break the rules the verifier enforces:
bounds checks weakened or flipped, offsets and sizes of loads and stores changed, registers swapped, immediates
changed, instructions replaced. Used by tests (a CI-sized run) and benchmarks/verifier_soundness.py (long runs).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import AluOp, Class, JmpOp, Mode, Size, Source
from pybpf.uapi import ProgType

XDP_PASS = 2
BUDGET = 200_000
INSN_LIMIT = 100_000  # verifier work per program: a program needing more counts as rejected (not run)
_JMP_OPS = (JmpOp.JEQ, JmpOp.JNE, JmpOp.JGT, JmpOp.JGE, JmpOp.JLT, JmpOp.JLE, JmpOp.JSGT, JmpOp.JSGE, JmpOp.JSLT,
            JmpOp.JSLE, JmpOp.JSET)
_SIZES = (Size.B, Size.H, Size.W, Size.DW)


@dataclass
class Finding:
    """An accepted program that faulted (or a verdict Linux disagrees with, when ``kind`` says so)."""

    kind: str  # "fault", "uninit", "budget", "kernel-rejects"
    detail: str
    insns: list[Instruction]
    packet: bytes = b""

    def describe(self) -> str:
        from pybpf.isa.disasm import disasm
        from pybpf.isa.instruction import slot_offsets
        lines = [f"{self.kind}: {self.detail}"]
        lines += [f"  {s:4d}: {disasm(i, s, 'kernel')}" for s, i in zip(slot_offsets(self.insns), self.insns,
                                                                         strict=True)]
        if self.packet:
            lines.append(f"  packet ({len(self.packet)} bytes): {self.packet[:64].hex()}")
        return "\n".join(lines)


@dataclass
class Stats:
    programs: int = 0
    accepted: int = 0
    runs: int = 0
    kernel_checked: int = 0
    kernel_disagree: int = 0  # verdicts that differ (either way)
    findings: list[Finding] = field(default_factory=list)

    def summary(self) -> str:
        faults = sum(1 for f in self.findings if f.kind != "kernel-rejects")
        unsafe = sum(1 for f in self.findings if f.kind == "kernel-rejects")
        return (f"{self.programs} programs, {self.accepted} accepted by pybpf, {self.runs} interpreter runs, "
                f"{faults} faults in accepted programs; kernel compared on {self.kernel_checked}: "
                f"{self.kernel_disagree} verdict differences, {unsafe} accepted by pybpf but rejected by Linux")


# -- programs -------------------------------------------------------------------------------------------------------
def generated(rng: random.Random) -> list[Instruction]:
    """A valid XDP program from the differential generator, wrapped with its data_end check."""
    from pybpf.testing.differential import wrap_xdp
    from pybpf.testing.gen import GenConfig, RandomChooser, generate
    prog = generate(RandomChooser(random.Random(rng.getrandbits(64))), GenConfig(max_stmts=rng.randint(4, 20)))
    return wrap_xdp(prog)


def generated_call(rng: random.Random) -> list[Instruction]:
    """A generated body run as a static bpf-to-bpf function: main checks the packet length, passes the packet in r1
    and returns XDP_PASS; the body is a function of its own (its own stack frame)."""
    from pybpf.testing.gen import PKT_LEN, GenConfig, RandomChooser, generate
    prog = generate(RandomChooser(random.Random(rng.getrandbits(64))), GenConfig(max_stmts=rng.randint(4, 16)))
    body = list(prog.insns)
    ldx_w = Class.LDX | Mode.MEM | Size.W
    mov_x = Class.ALU64 | AluOp.MOV | Source.X
    mov_k = Class.ALU64 | AluOp.MOV | Source.K
    main = [
        Instruction(ldx_w, 2, 1, 0),
        Instruction(ldx_w, 3, 1, 4),
        Instruction(mov_x, 4, 2),
        Instruction(Class.ALU64 | AluOp.ADD | Source.K, 4, 0, 0, PKT_LEN),
        Instruction(Class.JMP | JmpOp.JGT | Source.X, 4, 3, 7),
        Instruction(mov_x, 1, 2),
        Instruction(mov_k, 2, 0, 0, PKT_LEN),
        Instruction(mov_k, 3, 0, 0, 0),
        Instruction(mov_k, 4, 0, 0, 0),
        Instruction(Class.JMP | JmpOp.CALL, 0, 1, 0, 4),  # call the body (after the 4 slots below)
        Instruction(mov_k, 0, 0, 0, XDP_PASS),
        Instruction(Class.JMP | JmpOp.EXIT, 0, 0, 0, 0),
        Instruction(mov_k, 0, 0, 0, 0),
        Instruction(Class.JMP | JmpOp.EXIT, 0, 0, 0, 0),
    ]
    return main + body


def _mutate_one(insn: Instruction, rng: random.Random) -> Instruction | None:
    cls = insn.opcode & 7
    choice = rng.randrange(6)
    if choice == 0 and cls in (Class.LDX, Class.STX, Class.ST):
        return insn.replace(off=max(-0x8000, min(0x7FFF, insn.off + rng.choice((-16, -8, -4, -1, 1, 4, 8, 16,
                                                                                  64, -512)))))
    if choice == 1 and cls in (Class.LDX, Class.STX, Class.ST) and insn.mode in (Mode.MEM, Mode.MEMSX):
        return insn.replace(opcode=(insn.opcode & ~0x18) | rng.choice(_SIZES))
    if choice == 2 and cls in (Class.JMP, Class.JMP32) and insn.op in _JMP_OPS:
        return insn.replace(opcode=(insn.opcode & ~0xF0) | rng.choice(_JMP_OPS))
    if choice == 3 and insn.width == 1:
        reg = rng.randrange(11)
        return insn.replace(src=reg) if rng.random() < 0.5 and insn.source == Source.X else insn.replace(dst=reg)
    if choice == 4 and cls in (Class.ALU, Class.ALU64, Class.JMP, Class.JMP32, Class.ST) and insn.width == 1 \
            and insn.op not in (JmpOp.CALL, JmpOp.EXIT):
        return insn.replace(imm=_s32(rng.choice((0, 1, -1, 7, 8, 14, 63, 64, 65, 4096, insn.imm + 1, insn.imm - 1,
                                                 insn.imm * 2))))
    if choice == 5 and insn.width == 1:
        return Instruction(Class.ALU64 | AluOp.MOV | Source.K, rng.choice((0, 1, 2, 3)), 0, 0, rng.randrange(-4, 64))
    return None


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


def mutated(insns: list[Instruction], rng: random.Random, count: int | None = None) -> list[Instruction]:
    """``insns`` with 1-3 instructions changed; the data_end check of the wrapper is a favourite target."""
    from pybpf.isa.codec import validate
    out = list(insns)
    for _ in range(count or rng.randint(1, 3)):
        if rng.random() < 0.25:
            i = 3  # the wrapper's `r4 += PKT_LEN`: prove fewer bytes than the body touches
            out[i] = out[i].replace(imm=rng.choice((0, 1, 8, 14, 32, 48, 56, 60, 63)))
            continue
        for _try in range(8):
            i = rng.randrange(len(out))
            new = _mutate_one(out[i], rng)
            if new is None:
                continue
            try:
                validate(new, 0)
            except Exception:
                continue
            out[i] = new
            break
    return out


def programs(seed: int, count: int, mutate_ratio: float = 0.7) -> Iterator[list[Instruction]]:
    rng = random.Random(seed)
    for _ in range(count):
        base = generated_call(rng) if rng.random() < 0.25 else generated(rng)
        yield mutated(base, rng) if rng.random() < mutate_ratio else base


# -- running --------------------------------------------------------------------------------------------------------
def packets(rng: random.Random, n: int = 3) -> list[bytes]:
    """Packets of varied lengths (the shortest a mutated check might let through, typical, long) and contents."""
    from pybpf.testing.gen import PKT_LEN
    lengths = [14, PKT_LEN, rng.randint(15, 200), 1500]
    out = []
    for ln in lengths[:max(n, 1)]:
        fill = rng.choice((0, 0xFF, None))
        out.append(bytes([fill] * ln) if fill is not None else rng.randbytes(ln))
    return out


def _uses(insn: Instruction) -> int:
    from pybpf.verifier.cfg import _uses_defs
    return _uses_defs(insn)[0]


def run_checked(insns: list[Instruction], packet: bytes) -> tuple[str, str] | None:
    """Run an XDP program on ``packet`` in the step machine with all checks: None, or (kind, detail) of a fault."""
    from pybpf.errors import BudgetExceeded, ExecutionError, PybpfError
    from pybpf.helpers.env import RunEnv
    from pybpf.progtypes import get
    from pybpf.verifier.cfg import _uses_defs
    from pybpf.vm import AddressSpace, Interpreter

    info = get(ProgType.XDP)
    space = AddressSpace()
    interp = Interpreter(insns, budget=BUDGET, fast=False)
    try:
        with info.prepare(space, packet, None, env=RunEnv.deterministic()) as prepared:
            m = interp.machine(space, prepared.r1)
            written = [0x402]  # r1 (ctx) and r10 are set on entry, per frame
            inherit = 0
            try:
                while not m.done:
                    insn = m.instruction
                    depth = len(m.frames)
                    while len(written) < depth:  # a callee gets the caller's r1-r5, written or not
                        written.append(0x400 | inherit)
                    del written[depth:]
                    if insn is not None:
                        use, dfn = _uses_defs(insn)
                        is_jmp = insn.opcode & 7 in (Class.JMP, Class.JMP32)
                        if is_jmp and insn.op == JmpOp.CALL and insn.src == 1:
                            inherit = written[-1] & 0x3E
                            written[-1] &= ~0x3F  # r0 is the callee's return value, set when it exits
                            m.step()
                            continue
                        if is_jmp and insn.op == JmpOp.EXIT and depth > 1:
                            written[-2] |= written[-1] & 1  # a function may return nothing (r0 unset)
                            m.step()
                            continue
                        missing = use & ~written[-1]
                        if missing:
                            reg = (missing & -missing).bit_length() - 1
                            return "uninit", f"slot {m.pc}: reads r{reg}, never written"
                        written[-1] |= dfn
                        if is_jmp and insn.op == JmpOp.CALL:
                            written[-1] = (written[-1] & ~0x3E) | 1
                    m.step()
            finally:
                m.close()
            info.finish(prepared, m.r0)
    except BudgetExceeded as e:
        return "budget", str(e)
    except ExecutionError as e:
        return "fault", str(e)
    except PybpfError as e:
        return "fault", f"{type(e).__name__}: {e}"
    return None


def check(insns: list[Instruction], rng: random.Random, stats: Stats, *, kernel: bool = False) -> None:
    """Verify one program; run it if accepted; compare with the kernel if asked. Findings go into ``stats``."""
    from pybpf.verifier import verify
    stats.programs += 1
    try:
        res = verify(insns, ProgType.XDP, insn_limit=INSN_LIMIT)
    except Exception as e:
        stats.findings.append(Finding("crash", f"{type(e).__name__}: {e}", insns))
        return
    if kernel:
        from pybpf.verifier.kernel_oracle import kernel_verdict
        k = kernel_verdict(insns, ProgType.XDP)
        if k["verdict"] in ("accept", "reject"):
            stats.kernel_checked += 1
            if k["verdict"] != res.verdict and not res.error.startswith("BPF program is too large"):
                stats.kernel_disagree += 1
                if res.accepted:
                    stats.findings.append(Finding("kernel-rejects", k["error"], insns))
    if not res.accepted:
        return
    stats.accepted += 1
    for pkt in packets(rng):
        stats.runs += 1
        bad = run_checked(insns, pkt)
        if bad is not None:
            stats.findings.append(Finding(bad[0], bad[1], insns, pkt))
            return


def run(seed: int, count: int, *, kernel_every: int = 0, progress: Callable[[Stats], None] | None = None,
        mutate_ratio: float = 0.7) -> Stats:
    """``count`` programs from ``seed``; every ``kernel_every``-th one is also loaded into the kernel."""
    rng = random.Random(seed ^ 0x5EED)
    stats = Stats()
    for i, insns in enumerate(programs(seed, count, mutate_ratio)):
        check(insns, rng, stats, kernel=bool(kernel_every) and i % kernel_every == 0)
        if progress is not None and (i + 1) % 1000 == 0:
            progress(stats)
    return stats

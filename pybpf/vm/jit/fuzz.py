"""Differential fuzzing: random programs on the interpreter (the reference) and on the JIT, compared bit for bit.

Two sources of programs:

* ``wild``: unverified programs mixing every instruction class with edge-case operands, jumps and calls to bad
  targets, out-of-bounds, read-only and misaligned accesses, accesses through arbitrary registers, LD_IMM64 (also
  function references for callbacks), legacy packet loads, helpers (one that faults, one that calls back into the
  program), callx, unknown helpers and kfuncs, may_goto, gotox, bpf-to-bpf calls, writes to r10, and small
  budgets, so faults, budget exhaustion and every error path are exercised;
* ``verified``: programs the Linux verifier accepts (:mod:`pybpf.testing.gen`, XDP and socket filters).

Both engines run on the same address space and the same stack buffers, so pointers that leak into registers and
fault messages compare equal. Compared: r0, the final registers, the instruction count, the helper trace, every
input region and the frame-0 stack after the run, or the error's type and full text.

``python -m pybpf.vm.jit.fuzz --count 100000 --jobs 2`` runs a long campaign and prints the number of programs
compared and every disagreement (with a reproducer seed).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pybpf.errors import PybpfError
from pybpf.helpers.registry import CallContext, HelperTable
from pybpf.isa.instruction import Instruction as I
from pybpf.isa.opcodes import (
    CALL,
    CALLX,
    EXIT,
    GOTOL,
    GOTOX,
    JA,
    LD_IMM64,
    MAY_GOTO,
    AluOp,
    AtomicOp,
    Class,
    JmpOp,
    Mode,
    Size,
    Source,
)
from pybpf.vm.memory import AddressSpace, Region, RegionKind

M64 = (1 << 64) - 1
MEM = bytes((i * 37 + 5) & 0xFF for i in range(64))
VALUES = [0, 1, 2, 3, 7, 31, 32, 63, 64, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000,
          0xFFFF_FFFF, 0x1_0000_0000, (1 << 63) - 1, 1 << 63, M64, M64 - 1, 0x0123_4567_89AB_CDEF]
IMMS = [0, 1, -1, 2, 3, 7, 8, 31, 32, 63, 64, 255, -128, 0x7FFF_FFFF, -(1 << 31), 0x1234_5678, -7]
ALU_OPS = [op for op in AluOp if op not in (AluOp.NEG, AluOp.END)]
JMP_OPS = [JmpOp.JEQ, JmpOp.JNE, JmpOp.JGT, JmpOp.JGE, JmpOp.JLT, JmpOp.JLE, JmpOp.JSET, JmpOp.JSGT, JmpOp.JSGE,
           JmpOp.JSLT, JmpOp.JSLE]
RMW = [AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD, AtomicOp.FETCH_OR,
       AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG, AtomicOp.CMPXCHG]
WRITABLE = [0, 1, 2, 3, 4, 5, 7, 8]  # r6 (packet base) and r9 (memory pointer) stay put
SIZES = {1: Size.B, 2: Size.H, 4: Size.W, 8: Size.DW}


def fuzz_helpers() -> HelperTable:
    """1: pure arithmetic; 2: reads through a random pointer (usually a fault); 3: calls back into the program."""
    t = HelperTable()
    t.add(1, lambda ctx, a, b, c, d, e: (a * 3 + b) ^ (c << 1) ^ d ^ e, "mix")

    def peek(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
        return sum(ctx.read(a, b & 7))

    def each(ctx: CallContext, a: int, b: int, c: int, d: int, e: int) -> int:
        return sum(ctx.call(c, i, a) for i in range(b & 3))

    t.add(2, peek, "peek")
    t.add(3, each, "each")
    return t


# -- wild programs ------------------------------------------------------------------------------------------------
class _Wild:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def reg(self) -> int:
        return self.r.choice(WRITABLE * 4 + [10])

    def imm(self) -> int:
        return self.r.choice(IMMS) if self.r.random() < 0.6 else self.r.randint(-(1 << 31), (1 << 31) - 1)

    def alu(self) -> I:
        r = self.r
        is64 = r.random() < 0.5
        cls = Class.ALU64 if is64 else Class.ALU
        kind = r.choice(["op", "op", "op", "neg", "end"])
        d = self.reg()
        if kind == "neg":
            return I(cls | AluOp.NEG, d)
        if kind == "end":
            width = r.choice([16, 32, 64])
            if is64:
                return I(Class.ALU64 | AluOp.END, d, 0, 0, width)
            return I(Class.ALU | AluOp.END | (Source.X if r.random() < 0.5 else Source.K), d, 0, 0, width)
        op = r.choice(ALU_OPS)
        off = r.choice([0, 1]) if op in (AluOp.DIV, AluOp.MOD) else 0
        if r.random() < 0.5:
            if op == AluOp.MOV:
                off = r.choice([0, 8, 16, 32] if is64 else [0, 8, 16])
            return I(cls | op | Source.X, d, r.randint(0, 10), off, 0)
        return I(cls | op | Source.K, d, 0, off, self.imm())

    def mem(self) -> I:
        r = self.r
        size = r.choice([1, 2, 4, 8])
        on_stack = r.random() < 0.5
        base = 10 if on_stack else 9
        if on_stack:
            off = r.randint(-72, 0) if r.random() < 0.7 else r.randint(-530, 8)
        else:
            off = r.randint(0, len(MEM)) if r.random() < 0.7 else r.randint(-16, len(MEM) + 16)
        if r.random() < 0.1:
            base = r.randint(0, 10)
        kind = r.choice(["ldx", "ldx", "ldsx", "st", "stx", "stx", "atomic", "acq", "rel"])
        sz = SIZES[size]
        if kind == "ldx" or (kind == "ldsx" and size == 8):
            return I(Class.LDX | Mode.MEM | sz, self.reg(), base, off)
        if kind == "ldsx":
            return I(Class.LDX | Mode.MEMSX | sz, self.reg(), base, off)
        if kind == "st":
            return I(Class.ST | Mode.MEM | sz, base, 0, off, self.imm())
        if kind == "stx":
            return I(Class.STX | Mode.MEM | sz, base, r.randint(0, 10), off)
        if kind == "acq":
            return I(Class.STX | Mode.ATOMIC | sz, self.reg(), base, off, AtomicOp.LOAD_ACQ)
        if kind == "rel":
            return I(Class.STX | Mode.ATOMIC | sz, base, r.randint(0, 10), off, AtomicOp.STORE_REL)
        size = r.choice([4, 8])
        if r.random() < 0.75:
            off -= off % size
        return I(Class.STX | Mode.ATOMIC | SIZES[size], base, r.choice(WRITABLE), off, r.choice(RMW))

    def item(self, n_funcs: int, n_items: int):
        r = self.r
        kind = r.choice(["alu"] * 8 + ["mem"] * 5 + ["jmp"] * 3 + ["ja", "lddw", "pkt", "call", "callx", "may_goto",
                                                                 "local", "exit", "gotox", "kfunc"])
        if kind == "alu":
            return self.alu()
        if kind == "mem":
            return self.mem()
        if kind == "lddw":
            return _lddw(self.reg(), r.choice(VALUES))
        if kind == "pkt":
            size = r.choice([1, 2, 4])
            if r.random() < 0.5:
                return I(Class.LD | Mode.ABS | SIZES[size], 0, 0, 0, r.randint(-2, len(MEM) + 2))
            return I(Class.LD | Mode.IND | SIZES[size], 0, self.reg(), 0, r.randint(-4, 8))
        if kind == "call":
            return I(CALL, 0, 0, 0, r.choice([1, 1, 2, 3, 3, 9]))
        if kind == "kfunc":
            return I(CALL, 0, 2, 0, r.randint(1, 5))
        if kind == "callx":
            return I(CALLX, r.randint(0, 10))
        if kind == "exit":
            return I(EXIT)
        if kind == "gotox":
            return ("gotox", self.reg())
        target = r.randint(-1, n_items)  # -1 and n_items lead outside the body
        if kind == "jmp":
            op = r.choice(JMP_OPS)
            cls = Class.JMP32 if r.random() < 0.5 else Class.JMP
            d = r.randint(0, 10)
            if r.random() < 0.5:
                s = r.randint(0, 10)
                return ("jump", lambda off, c=cls, o=op, d=d, s=s: I(c | o | Source.X, d, s, off, 0), target)
            k = self.imm()
            return ("jump", lambda off, c=cls, o=op, d=d, k=k: I(c | o | Source.K, d, 0, off, k), target)
        if kind == "ja":
            if r.random() < 0.5:
                return ("jump", lambda off: I(JA, 0, 0, off, 0), target)
            return ("jump", lambda off: I(GOTOL, 0, 0, 0, off), target)
        if kind == "may_goto":
            return ("jump", lambda off: I(MAY_GOTO, 0, 0, off, 0), target)
        if n_funcs == 0:
            return self.alu()
        return ("call", r.randint(0, n_funcs - 1))

    def program(self) -> list[I]:
        r = self.r
        n_funcs = r.randint(0, 2)
        n_main = r.randint(1, 24)
        funcs = [[self.item(n_funcs, 3) for _ in range(r.randint(0, 4))] for _ in range(n_funcs)]
        main = [self.item(n_funcs, n_main) for _ in range(n_main)]
        prologue = [I(Class.ALU64 | AluOp.MOV | Source.X, 9, 1), I(Class.ALU64 | AluOp.MOV | Source.X, 6, 1)]
        prologue += [_lddw(reg, r.choice(VALUES)) for reg in (0, 3, 4, 5, 7, 8)]
        if r.random() < 0.5:
            prologue.append(("funcref", 3))
        bodies = [[*prologue, *main, I(EXIT)]] + [[*items, I(EXIT)] for items in funcs]
        layout = []
        slot = 0
        starts = []
        for b, body in enumerate(bodies):
            starts.append(slot)
            for i, it in enumerate(body):
                layout.append((b, it, i, slot))
                slot += _width(it)
        total = slot
        slot_of = {(b, i): s for b, _, i, s in layout}
        out: list[I] = []
        for b, it, _i, s in layout:
            if isinstance(it, I):
                out.append(it)
                continue
            kind = it[0]
            if kind == "funcref":
                target = starts[1] if n_funcs else 0
                out.append(_lddw(it[1], target - s - 1, src=4))
            elif kind == "gotox":  # a slot index in a register, then the indirect jump
                dest = r.choice([r.randint(0, total), r.randint(-2, total + 2)])
                out.append(_lddw(it[1], dest) if r.random() < 0.8 else _lddw(it[1], dest - 1))
                out.append(I(GOTOX, it[1]))
            elif kind == "call":
                out.append(I(CALL, 0, 1, 0, starts[1 + it[1]] - s - 1))
            else:
                _, make, target = it
                body = bodies[b]
                if target < 0:
                    dest = starts[b] - 1
                elif target >= len(body):
                    dest = total + 3
                else:
                    dest = slot_of[b, target]
                out.append(make(dest - s - 1))
        return out


def _width(item: object) -> int:
    if isinstance(item, I):
        return item.width
    kind = item[0]  # type: ignore[index]
    return 2 if kind == "funcref" else 3 if kind == "gotox" else 1


def _lddw(dst: int, imm: int, src: int = 0) -> I:
    imm &= M64
    return I(LD_IMM64, dst, src, 0, imm - (1 << 64) if imm >> 63 else imm)


def wild_program(rng: random.Random) -> tuple[list[I], int, int]:
    """A random unverified program, a budget (0-400) and a may_goto limit (0-3)."""
    return _Wild(rng).program(), rng.randint(0, 400), rng.randint(0, 3)


# -- running and comparing -----------------------------------------------------------------------------------------
@dataclass
class Case:
    """One program with its setup: which engine-independent inputs it runs on."""

    label: str
    insns: list[I]
    budget: int | None
    max_loops: int
    kind: str = "wild"  # "wild", "xdp", "socket_filter"
    packet: bytes = b""


def _outcome(engine, space: AddressSpace, regions: list[Region], data: list[bytes], stacks: list[Region],
             args: Sequence[int], window: int) -> tuple:
    for region, content in zip(regions, data):
        region.view[:] = content
    for s in stacks:
        s.view[:] = b"\xaa" * len(s.view)
    before = space.regions
    try:
        res = engine.execute(space, *args)
        out: tuple = ("ok", res.r0, res.regs, res.steps, tuple(res.trace))
    except PybpfError as err:
        out = ("error", type(err).__name__, str(err))
    if space.regions != before:
        out += ("regions left registered",)
    # frame 0 as far as the program can reach it (the JIT zeroes only that much when the frame pointer never escapes)
    return out + tuple(r.view.tobytes() for r in regions) + (stacks[0].view.tobytes()[512 - window:],)


def compare_case(case: Case, *, step: bool = True, opt: int | str = 3) -> str | None:
    """Run ``case`` on the interpreter and the JIT (compiled at ``opt``: 3, or "fast" for the quick tier); None
    when they agree, else a report."""
    from pybpf.vm.jit import Jit

    space = AddressSpace()
    packet_fn = None
    if case.kind == "socket_filter":
        ctx = space.alloc(192, RegionKind.CTX, "ctx")
        payload = space.alloc(len(case.packet), RegionKind.PACKET, "packet", data=case.packet)
        regions, data = [ctx, payload], [bytes(192), case.packet]
        args: tuple[int, ...] = (ctx.base,)
        length = len(case.packet)
        packet_fn = lambda r6: (payload.base, length)  # noqa: E731
    elif case.kind == "xdp":
        pkt = space.alloc(len(case.packet), RegionKind.PACKET, "packet", data=case.packet)
        regions, data, args = [pkt], [case.packet], (pkt.base, len(case.packet))
    else:
        mem = space.alloc(len(MEM), RegionKind.MEM, "mem", data=MEM)
        ro = space.alloc(2, RegionKind.USER, "rodata", data=b"ro", writable=False)
        regions, data, args = [mem, ro], [MEM, b"ro"], (mem.base, len(MEM))
    helpers = fuzz_helpers()
    try:
        jit = Jit(case.insns, helpers=helpers, budget=case.budget, max_loops=case.max_loops, packet=packet_fn,
                  opt=opt, cache=False)
        interp = jit.interpreter
        interp._stack_pool = list(jit.stack_regions)
        jit.compile()
        window = jit.layout.stack_bytes.get(0, 512) if jit.layout is not None else 512
        if step:
            interp.fast = False
        ref = _outcome(interp, space, regions, data, jit.stack_regions, args, window)
        interp.fast = True
        got = _outcome(jit, space, regions, data, jit.stack_regions, args, window)
    except Exception as err:  # an engine crash is a disagreement too
        return f"{case.label}: exception {type(err).__name__}: {err}\n{_listing(case.insns)}"
    if got == ref:
        return None
    lines = [f"DISAGREEMENT {case.label} ({case.kind}, opt {opt}, budget {case.budget}, max_loops {case.max_loops})"]
    for i, (x, y) in enumerate(zip(ref, got)):
        if x == y:
            continue
        if isinstance(x, bytes) and isinstance(y, bytes) and len(x) == len(y):
            diff = [j for j in range(len(x)) if x[j] != y[j]]
            lines.append(f"  memory {i}: bytes {diff[:16]} differ (interp {x[diff[0]]:#x}, jit {y[diff[0]]:#x})")
        else:
            lines.append(f"  field {i}:\n    interp {x!r}\n    jit    {y!r}")
    lines.append(_listing(case.insns))
    return "\n".join(lines)


def _listing(insns: Sequence[I]) -> str:
    try:
        from pybpf.isa.disasm import format_listing
        return "\n".join("    " + line for line in format_listing(list(insns), mode="kernel"))
    except Exception:  # the listing is a courtesy: never hide the disagreement behind a disassembler error
        return "\n".join(f"    {i!r}" for i in insns)


def cases(seed: int, count: int) -> list[Case]:
    """``count`` cases from ``seed``: three wild programs for every verified one."""
    from pybpf.testing.gen import SOCKET_FILTER, XDP, GenConfig, generate_batch

    rng = random.Random(seed)
    out: list[Case] = []
    n_verified = count // 4
    for i in range(count - n_verified):
        insns, budget, loops = wild_program(rng)
        out.append(Case(f"seed {seed} wild #{i}", insns, budget, loops))
    verified = [*generate_batch(seed, (n_verified + 1) // 2, GenConfig(kind=XDP)),
                *generate_batch(seed, n_verified // 2, GenConfig(kind=SOCKET_FILTER))]
    for i, prog in enumerate(verified):
        out.append(Case(f"seed {seed} verified #{i}", list(prog.insns), 1_000_000, 8 * 1024 * 1024,
                        kind=prog.kind, packet=prog.packet))
    return out


def _batch(seed: int, count: int) -> tuple[int, list[str]]:
    found = []
    n = 0
    for case in cases(seed, count):
        n += 1
        report = compare_case(case, step=(n % 4 == 0), opt="fast" if n % 2 else 3)  # both tiers
        if report is not None:
            found.append(report)
    return n, found


def _in_child(fn: Callable[[], object]) -> tuple[int, int]:
    """Fork; the child runs ``fn`` and writes its pickled result to a pipe. Returns (pid, read fd)."""
    import os
    import pickle
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(r)
        code = 0
        try:
            data = pickle.dumps(fn())
            with os.fdopen(w, "wb") as out:
                out.write(data)
        except BaseException:
            code = 1
        os._exit(code)
    os.close(w)
    return pid, r


def _collect(pid: int, fd: int) -> tuple[int, object]:
    import os
    import pickle
    with os.fdopen(fd, "rb") as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    return status, (pickle.loads(data) if data and status == 0 else None)


def _crashes(seed: int, count: int) -> list[str]:
    """A batch whose process died: run each case in a process of its own to name the one that kills the host."""
    import os
    out = []
    for i, case in enumerate(cases(seed, count)):
        pid, fd = _in_child(lambda c=case, i=i: compare_case(c, step=((i + 1) % 4 == 0),
                                                             opt="fast" if (i + 1) % 2 else 3))
        status, result = _collect(pid, fd)
        if status != 0:
            sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
            out.append(f"CRASH {case.label}: the process died (signal {sig}, status {status})\n"
                       f"{_listing(case.insns)}")
        elif result is not None:
            out.append(str(result))
    return out


def campaign(count: int, seed: int = 0, jobs: int = 1, batch: int = 200,
             progress: Callable[[int, int], None] | None = None) -> tuple[int, list[str]]:
    """Compare ``count`` programs (batches of ``batch`` per seed, each batch in a process of its own, so that a
    program that crashed the host is found and reported instead of ending the campaign); returns (compared,
    disagreements)."""
    work = [(seed + i, min(batch, count - i * batch)) for i in range((count + batch - 1) // batch)]
    total, found = 0, []
    running: dict[int, tuple[int, int, int]] = {}  # pid -> (fd, seed, count)
    while work or running:
        while work and len(running) < max(1, jobs):
            b_seed, b_count = work.pop(0)
            pid, fd = _in_child(lambda s=b_seed, c=b_count: _batch(s, c))
            running[pid] = (fd, b_seed, b_count)
        pid = next(iter(running))
        fd, b_seed, b_count = running.pop(pid)
        status, result = _collect(pid, fd)
        if status == 0 and result is not None:
            n, reports = result  # type: ignore[misc]
        else:
            n, reports = b_count, _crashes(b_seed, b_count)
        total += n
        found += reports
        if progress is not None:
            progress(total, len(found))
    return total, found


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pybpf.vm.jit.fuzz", description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=200)
    args = ap.parse_args(argv)
    t0 = time.time()

    def progress(done: int, bad: int) -> None:
        rate = done / max(time.time() - t0, 1e-9)
        print(f"\r{done:,}/{args.count:,} programs, {bad} disagreements, {rate:.0f}/s", end="", file=sys.stderr)

    total, found = campaign(args.count, args.seed, args.jobs, args.batch, progress)
    print(file=sys.stderr)
    for report in found:
        print(report)
    print(f"compared {total:,} programs (seed {args.seed}): {len(found)} disagreements in {time.time() - t0:.0f} s")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

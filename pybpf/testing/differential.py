"""Run generated programs in the Linux kernel and in pybpf's interpreter, and compare the 64-bit results.

Kernel side: the program is wrapped so that bpf(2) can load and test-run it.

* xdp: a prologue reads ``data`` / ``data_end`` from ``struct xdp_md`` (u32 fields the verifier rewrites), checks
  that :data:`PKT_LEN` bytes are there, sets ``r1`` to ``data``, spills it to ``r10 - 8`` and sets r2-r4 to the
  interpreter's entry values (r2 = PKT_LEN, r3 = r4 = 0); the body follows with
  its ``exit`` replaced by an epilogue that stores the 64-bit ``r0`` into the packet's first 8 bytes and returns
  XDP_PASS. ``data_out`` then holds r0 and the packet as the body left it.
* socket_filter: the body (which starts with ``r6 = r1``) runs with its ``exit`` replaced by a store of ``r0`` into
  ``__sk_buff.cb[0..1]`` (read back through ``ctx_out``) and ``return 1``; an out-of-bounds LD_ABS/LD_IND ends the
  program with 0 before that, which is read as r0 = 0. The kernel's skb starts after a 14-byte Ethernet header.

Interpreter side: the same body, unwrapped, runs with ``r1`` = the address of a PACKET region holding the packet (xdp),
or with ``r1`` = a CTX region and the payload as LD_ABS's packet (socket_filter). Jump offsets need no fixing: the
body's only ``exit`` is its last instruction, and the epilogue starts where it was.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass

from pybpf.errors import KernelError, PybpfError
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import AluOp, Class, JmpOp, Mode, Size, Source
from pybpf.kernel import KernelProgram, ProgType, XdpAction, load_program
from pybpf.testing.gen import PKT_LEN, XDP, GenProgram

SKB_CTX_SIZE = 192  # sizeof(struct __sk_buff) in Linux 6.18
SKB_CB_OFF = 48  # offsetof(struct __sk_buff, cb)
ETH_HEADER = bytes.fromhex("020000000001" "020000000002" "0800")  # dst, src, IPv4
_SENTINEL = 0x5EB7_1A11_DEAD_BEEF  # cb[0..1] before the run: still there means the epilogue did not run
INTERP_BUDGET = 1_000_000
U64 = (1 << 64) - 1


def _mov_x(dst: int, src: int) -> Instruction:
    return Instruction(Class.ALU64 | AluOp.MOV | Source.X, dst, src)


def _mov_k(dst: int, imm: int) -> Instruction:
    return Instruction(Class.ALU64 | AluOp.MOV | Source.K, dst, 0, 0, imm)


def _exit() -> Instruction:
    return Instruction(Class.JMP | JmpOp.EXIT)


def _body(prog: GenProgram) -> list[Instruction]:
    insns = list(prog.insns)
    if not insns or not insns[-1].is_exit:
        raise ValueError("a generated program must end with its only exit")
    return insns[:-1]


def wrap_xdp(prog: GenProgram) -> list[Instruction]:
    """The XDP program the kernel runs for an xdp body (see the module docstring)."""
    body = _body(prog)
    body_slots = sum(i.width for i in body)
    ldx_w = Class.LDX | Mode.MEM | Size.W
    prologue = [
        Instruction(ldx_w, 2, 1, 0),  # r2 = ctx->data
        Instruction(ldx_w, 3, 1, 4),  # r3 = ctx->data_end
        _mov_x(4, 2),
        Instruction(Class.ALU64 | AluOp.ADD | Source.K, 4, 0, 0, PKT_LEN),
        # if r4 > r3 goto fail: skip the rest of the prologue (5), the body and the epilogue (4)
        Instruction(Class.JMP | JmpOp.JGT | Source.X, 4, 3, 5 + body_slots + 4),
        _mov_x(1, 2),
        Instruction(Class.STX | Mode.MEM | Size.DW, 10, 1, -8),
        # r2-r4 as the interpreter gets them (r2 = length, r3 = r4 = 0), so that no pointer leaks into a body
        _mov_k(2, PKT_LEN),
        _mov_k(3, 0),
        _mov_k(4, 0),
    ]
    epilogue = [
        Instruction(Class.LDX | Mode.MEM | Size.DW, 1, 10, -8),
        Instruction(Class.STX | Mode.MEM | Size.DW, 1, 0, 0),  # *(u64 *)(data + 0) = r0
        _mov_k(0, XdpAction.PASS),
        _exit(),
        _mov_k(0, XdpAction.ABORTED),  # fail: the packet is shorter than PKT_LEN
        _exit(),
    ]
    return prologue + body + epilogue


def wrap_socket_filter(prog: GenProgram) -> list[Instruction]:
    """The socket filter the kernel runs for a socket_filter body (see the module docstring)."""
    return [
        *_body(prog),
        Instruction(Class.STX | Mode.MEM | Size.DW, 6, 0, SKB_CB_OFF),  # cb[0..1] = r0
        _mov_k(0, 1),
        _exit(),
    ]


@dataclass(frozen=True)
class Outcome:
    """What one engine made of a program: the 64-bit r0 and (xdp) the packet after the run, or an error."""

    r0: int | None
    packet: bytes | None = None
    error: str | None = None

    def describe(self) -> str:
        if self.error is not None:
            return f"error: {self.error}"
        text = f"r0 = 0x{self.r0:016x} ({_signed(self.r0)})" if self.r0 is not None else "r0 = ?"
        if self.packet is not None:
            text += f"\n    packet = {self.packet.hex()}"
        return text


def _signed(v: int) -> int:
    return v - (1 << 64) if v >> 63 else v


class GeneratorBug(AssertionError):
    """The kernel rejected a generated program: the generator broke a verifier rule."""


def load_in_kernel(prog: GenProgram) -> KernelProgram:
    """Load the wrapped program; a rejection is a :class:`GeneratorBug` carrying the listing and verifier log."""
    wrapped = wrap_xdp(prog) if prog.kind == XDP else wrap_socket_filter(prog)
    ptype = ProgType.XDP if prog.kind == XDP else ProgType.SOCKET_FILTER
    try:
        return load_program(wrapped, ptype, prog_name="pybpf_diff", log_level=1)
    except KernelError as err:
        raise GeneratorBug(f"the kernel rejected a generated program: {err}\n\nwrapped program:\n"
                           f"{listing(wrapped)}\n\nverifier log (tail):\n{_tail(err.log)}") from None


def run_kernel(prog: GenProgram) -> Outcome:
    with load_in_kernel(prog) as kprog:
        if prog.kind == XDP:
            res = kprog.test_run(prog.packet)
            if res.retval != XdpAction.PASS or len(res.data_out) != PKT_LEN:
                return Outcome(None, error=f"harness: XDP returned {res.retval} with {len(res.data_out)} bytes")
            return Outcome(struct.unpack_from("<Q", res.data_out)[0], res.data_out[8:])
        ctx = bytearray(SKB_CTX_SIZE)
        struct.pack_into("<Q", ctx, SKB_CB_OFF, _SENTINEL)
        res = kprog.test_run(ETH_HEADER + prog.packet, ctx=bytes(ctx))
        cb = struct.unpack_from("<Q", res.ctx_out or b"", SKB_CB_OFF)[0] if res.ctx_out else None
        if res.retval == 1:
            return Outcome(cb)
        if res.retval == 0 and cb == _SENTINEL:
            return Outcome(0)  # an out-of-bounds LD_ABS/LD_IND ended the program with 0
        return Outcome(None, error=f"harness: socket filter returned {res.retval}, cb = {cb}")


def run_interp(prog: GenProgram, *, fast: bool = True) -> Outcome:
    """Run the unwrapped body in pybpf's interpreter: its compiled fast path, or (``fast=False``) the step machine."""
    from pybpf.vm import AddressSpace, Interpreter, RegionKind

    space = AddressSpace()
    try:
        if prog.kind == XDP:
            pkt = space.alloc(len(prog.packet), RegionKind.PACKET, "packet", data=prog.packet)
            interp = Interpreter(list(prog.insns), budget=INTERP_BUDGET)
            r0 = interp.execute(space, pkt.base, len(prog.packet), fast=fast).r0
            return Outcome(r0 & U64, pkt.view.tobytes()[8:])
        ctx = space.alloc(SKB_CTX_SIZE, RegionKind.CTX, "ctx")
        payload = space.alloc(len(prog.packet), RegionKind.PACKET, "packet", data=prog.packet)
        interp = Interpreter(list(prog.insns), budget=INTERP_BUDGET,
                             packet=lambda r6: (payload.base, len(prog.packet)))
        return Outcome(interp.execute(space, ctx.base, fast=fast).r0 & U64)
    except PybpfError as err:
        return Outcome(None, error=f"{type(err).__name__}: {err}")


@dataclass(frozen=True)
class Disagreement:
    """Engines that did not agree on a program; ``step`` is the interpreter's step machine when it was run."""

    prog: GenProgram
    kernel: Outcome
    interp: Outcome
    step: Outcome | None = None
    label: str = ""

    def report(self) -> str:
        lines = [f"DISAGREEMENT {self.label} ({self.prog.kind}, {self.prog.slots} slots, features: "
                 f"{', '.join(sorted(self.prog.features))})",
                 f"  input packet: {self.prog.packet.hex()}",
                 f"  kernel: {self.kernel.describe()}",
                 f"  interp: {self.interp.describe()}"]
        if self.step is not None and self.step != self.interp:
            lines.append(f"  interp step machine: {self.step.describe()}")
        if self.kernel.packet is not None and self.interp.packet is not None:
            diff = [i + 8 for i, (a, b) in enumerate(zip(self.kernel.packet, self.interp.packet)) if a != b]
            if diff:
                lines.append(f"  packet bytes that differ: {diff[:16]}")
        lines.append("  program (kernel-log syntax):")
        lines.extend("    " + ln for ln in listing(self.prog.insns).splitlines())
        return "\n".join(lines)


def compare(prog: GenProgram, label: str = "", *, step: bool = True) -> Disagreement | None:
    """Run ``prog`` in the kernel and the interpreter (fast path, and the step machine unless ``step=False``)."""
    kernel = run_kernel(prog)
    if kernel.error is not None:
        raise GeneratorBug(f"{label}: {kernel.error}\n{listing(prog.insns)}")
    interp = run_interp(prog)
    stepped = run_interp(prog, fast=False) if step else None
    if kernel == interp and (stepped is None or stepped == interp):
        return None
    return Disagreement(prog, kernel, interp, stepped, label)


def _still_disagrees(prog: GenProgram) -> bool:
    try:
        kernel = run_kernel(prog)
    except GeneratorBug:
        return False
    return kernel.error is None and kernel != run_interp(prog, fast=False)


def _kept(insn: Instruction) -> bool:
    """Instructions a minimization keeps: stack initialisation (root may read uninitialised stack, whose kernel
    content is garbage) and the ``w0 = w0`` the generator puts before 32-bit cmpxchg (see gen.py)."""
    if insn.opcode in (Class.ST | Mode.MEM | Size.DW, Class.STX | Mode.MEM | Size.DW) and insn.dst == 10:
        return True
    return insn.opcode == Class.ALU | AluOp.MOV | Source.X and insn.dst == insn.src == 0


def minimize(prog: GenProgram, *, max_checks: int = 3000) -> GenProgram:
    """A smaller program that still disagrees: instructions are replaced by ``goto +0`` (slots and jump offsets
    stay put) while the kernel still loads the result and it still differs from the interpreter's step machine."""
    insns = list(prog.insns)
    nop = Instruction(Class.JMP | JmpOp.JA)
    checks = 0
    progress = True
    while progress and checks < max_checks:
        progress = False
        for i in range(len(insns) - 1):
            if insns[i] == nop or _kept(insns[i]):
                continue
            candidate = insns[:i] + [nop] * insns[i].width + insns[i + 1:]
            checks += 1
            if _still_disagrees(GenProgram(prog.kind, tuple(candidate), prog.packet, prog.features)):
                insns, progress = candidate, True
                break
    return GenProgram(prog.kind, tuple(insns), prog.packet, prog.features)


def compare_all(progs: Iterable[GenProgram], label: str = "") -> tuple[int, list[Disagreement]]:
    """Compare every program; returns (count run, disagreements)."""
    count = 0
    found: list[Disagreement] = []
    for i, prog in enumerate(progs):
        d = compare(prog, f"{label}#{i}")
        count += 1
        if d is not None:
            found.append(d)
    return count, found


def listing(insns: Iterable[Instruction]) -> str:
    """The program in the verifier log's syntax (falls back to raw fields if the disassembler is unavailable)."""
    insns = list(insns)
    try:
        from pybpf.isa.disasm import format_listing

        return "\n".join(format_listing(insns, mode="kernel"))
    except ImportError:
        from pybpf.isa.instruction import slot_offsets

        return "\n".join(f"{slot}: {insn!r}" for slot, insn in zip(slot_offsets(insns), insns))


def _tail(log: str, lines: int = 30) -> str:
    return "\n".join(log.splitlines()[-lines:])

"""Native executor: compiles each program *shape* with llvmlite into its two passes and a ``run`` entry point.

``run(ctx, args)`` enters the shared runtime (:mod:`pybpf.cpu.runtime`: CPU check, locks, pass loop, restarts),
which calls this shape's pass 1 (loads only; every access goes through the runtime's region / alignment / taint /
page checks, stores go to shadow pages) and pass 2 (real loads and stores; tainted accesses and branches are
checked against the pass-1 record; loads are remembered and stores are committed by the runtime, with a
compare-and-swap when they overwrite loaded bytes). Aligned loads and stores are LLVM atomics — ``monotonic``,
``acquire`` / ``release`` for the Linux 6.15 instructions, ``fence seq_cst`` for the barrier, ``cmpxchg acq_rel``
for checked stores — so they are single-copy atomic and ordered across processes. LD_IMM64 immediates are read
from an argument array, so programs that differ only in addresses share one compilation (LRU of 256 shapes).
"""

from __future__ import annotations

import ctypes
import sys
from collections import OrderedDict
from dataclasses import dataclass

from pybpf.cpu.context import St, W
from pybpf.cpu.jit import Compiled, lock, mem_load_ir
from pybpf.cpu.limits import RETIRED_INSN_MAX
from pybpf.cpu.runtime import RT_WORDS
from pybpf.cpu.validate import BARRIER_OPCODE, Program
from pybpf.isa.opcodes import (
    EXIT,
    GOTOL,
    LD_IMM64,
    AluOp,
    AtomicOp,
    Class,
    JmpOp,
    Mode,
    Source,
)

if sys.byteorder != "little":  # pragma: no cover - BPF_END below assumes a little-endian host
    raise ImportError("pybpf.cpu.native supports little-endian hosts only")

PROGRAM_OPT = 1  # per-shape modules are cheap to compile at this level (tests compile hundreds)
_CACHE_MAX = 256
_cache: OrderedDict[tuple, NativeCode] = OrderedDict()
_SIZES = {0x00: 4, 0x08: 2, 0x10: 1, 0x18: 8}  # BPF_W, BPF_H, BPF_B, BPF_DW
RUN = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)
HOOK = ctypes.CFUNCTYPE(None, ctypes.c_int64)  # between the passes: hook(ctx)
STORE_HOOK = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_int64)  # before each pass-2 store: hook(ctx, slot)


_CMP = {JmpOp.JEQ: "eq", JmpOp.JNE: "ne", JmpOp.JGT: "ugt", JmpOp.JGE: "uge", JmpOp.JLT: "ult", JmpOp.JLE: "ule",
        JmpOp.JSGT: "sgt", JmpOp.JSGE: "sge", JmpOp.JSLT: "slt", JmpOp.JSLE: "sle"}
_BINOP = {AluOp.ADD: "add", AluOp.SUB: "sub", AluOp.MUL: "mul", AluOp.OR: "or", AluOp.AND: "and",
          AluOp.XOR: "xor", AluOp.LSH: "shl", AluOp.RSH: "lshr", AluOp.ARSH: "ashr"}


class _Pass:
    """Emits the LLVM IR of one pass (1: loads only + record; 2: loads and stores, checked against the record)."""

    def __init__(self, prog: Program, pass_no: int) -> None:
        self.prog = prog
        self.p = pass_no
        self.out: list[str] = []
        self.n = 0
        self.nslots = prog.nslots

    def tmp(self) -> str:
        self.n += 1
        return f"%v{self.n}"

    def tag(self) -> str:
        self.n += 1
        return f"q{self.n}"

    def e(self, line: str) -> None:
        self.out.append("  " + line)

    def label(self, name: str) -> None:
        self.out.append(f"{name}:")

    def get(self, r: int) -> str:
        v = self.tmp()
        self.e(f"{v} = load i64, ptr %r{r}, align 8")
        return v

    def set(self, r: int, v: str) -> None:
        self.e(f"store i64 {v}, ptr %r{r}, align 8")

    def taint(self, r: int) -> str:
        v = self.tmp()
        self.e(f"{v} = load i1, ptr %t{r}, align 1")
        return v

    def set_taint(self, r: int, v: str) -> None:
        self.e(f"store i1 {v}, ptr %t{r}, align 1")

    def target(self, slot: int) -> str:
        return "%exit" if slot >= self.nslots else f"%s{slot}"

    def check(self, status: str, slot: int) -> None:
        """Return ``status`` (recording the slot) unless it is 0."""
        tag = self.tag()
        ok = self.tmp()
        self.e(f"{ok} = icmp eq i64 {status}, 0")
        self.e(f"br i1 {ok}, label %{tag}ok, label %{tag}err")
        self.label(f"{tag}err")
        self.finish(slot, status)
        self.label(f"{tag}ok")

    def finish(self, slot: int, status: str) -> None:
        c = self.tmp()
        self.e(f"{c} = load i64, ptr %ret, align 8")
        self.e(f"call void @stw(ptr %ctx, i64 {W.RETIRED1 if self.p == 1 else W.RETIRED2}, i64 {c})")
        self.e(f"call void @stw(ptr %ctx, i64 {W.SLOT}, i64 {slot})")
        self.e(f"ret i64 {status}")

    def build(self) -> str:
        self.out.append(f"define internal i64 @pass{self.p}(ptr %ctx, ptr %args) {{")
        self.label("entry")
        for r in range(10):
            self.e(f"%r{r} = alloca i64, align 8")
            self.e(f"%t{r} = alloca i1, align 1")
            self.e(f"store i64 0, ptr %r{r}, align 8")
            self.e(f"store i1 false, ptr %t{r}, align 1")
        self.e("%ret = alloca i64, align 8")
        self.e("store i64 0, ptr %ret, align 8")
        self.e("%tmi = alloca i64, align 8")
        self.e("store i64 0, ptr %tmi, align 8")
        self.e("%tbi = alloca i64, align 8")
        self.e("store i64 0, ptr %tbi, align 8")
        for name, word in RT_WORDS.items():  # runtime helpers, compiled once per process, reached through ctx
            if name != "run":
                self.e(f"%rt_{name}.a = call i64 @ldw(ptr %ctx, i64 {word})")
                self.e(f"%rt_{name} = inttoptr i64 %rt_{name}.a to ptr")
        if self.p == 1:
            for word in (W.NPAGES, W.NTMEM, W.NTBR):
                self.e(f"call void @stw(ptr %ctx, i64 {word}, i64 0)")
        else:
            self.e(f"call void @stw(ptr %ctx, i64 {W.LOADS}, i64 0)")
        self.e("br label %s0")
        imm_index = 0
        for insn, slot in zip(self.prog.insns, self.prog.slots):
            self.label(f"s{slot}")
            self.budget(slot)
            if insn.opcode == LD_IMM64:
                ptr = self.tmp()
                v = self.tmp()
                self.e(f"{ptr} = getelementptr i64, ptr %args, i64 {imm_index}")
                self.e(f"{v} = load i64, ptr {ptr}, align 8")
                self.set(insn.dst, v)
                self.set_taint(insn.dst, "false")
                imm_index += 1
                self.e(f"br label {self.target(slot + 2)}")
            else:
                self.insn(insn, slot)
        self.label("exit")
        r0 = self.get(0)
        self.e(f"call void @stw(ptr %ctx, i64 {W.R0}, i64 {r0})")
        self.finish(-1, "0")
        self.out.append("}")
        return "\n".join(self.out)

    def budget(self, slot: int) -> None:
        c = self.tmp()
        c1 = self.tmp()
        over = self.tmp()
        self.e(f"{c} = load i64, ptr %ret, align 8")
        self.e(f"{over} = icmp uge i64 {c}, {RETIRED_INSN_MAX}")
        tag = self.tag()
        self.e(f"br i1 {over}, label %{tag}b, label %{tag}go")
        self.label(f"{tag}b")
        self.finish(slot, str(int(St.BUDGET)))
        self.label(f"{tag}go")
        self.e(f"{c1} = add i64 {c}, 1")
        self.e(f"store i64 {c1}, ptr %ret, align 8")

    def insn(self, insn, slot: int) -> None:
        code = insn.opcode
        cls = code & 0x07
        nxt = self.target(slot + 1)
        if code == BARRIER_OPCODE:
            if self.p == 2:
                self.e("fence seq_cst")
            self.e(f"br label {nxt}")
        elif cls in (Class.ALU, Class.ALU64):
            self.alu(insn)
            self.e(f"br label {nxt}")
        elif cls in (Class.JMP, Class.JMP32):
            self.jmp(insn, slot)
        elif cls == Class.LDX:
            size = _SIZES[code & 0x18]
            self.load(insn.dst, insn.src, insn.off, size, slot, signed=(code & 0xE0) == Mode.MEMSX)
            self.e(f"br label {nxt}")
        elif cls == Class.ST:
            self.store(insn.dst, insn.off, str(insn.imm), _SIZES[code & 0x18], slot, release=False)
            self.e(f"br label {nxt}")
        elif cls == Class.STX:
            size = _SIZES[code & 0x18]
            if (code & 0xE0) == Mode.ATOMIC and insn.imm == AtomicOp.LOAD_ACQ:
                self.load(insn.dst, insn.src, insn.off, size, slot, acquire=True)
            else:
                release = (code & 0xE0) == Mode.ATOMIC
                self.store(insn.dst, insn.off, self.get(insn.src), size, slot, release=release)
            self.e(f"br label {nxt}")
        else:  # pragma: no cover - validation admits nothing else
            raise AssertionError(f"unexpected opcode 0x{code:02x}")

    # -- memory -------------------------------------------------------------------------------------------------
    def address(self, base: int, off: int) -> tuple[str, str]:
        b = self.get(base)
        a = self.tmp()
        self.e(f"{a} = add i64 {b}, {off}")
        return a, self.taint(base)

    def load(self, dst: int, src: int, off: int, size: int, slot: int, *, signed: bool = False,
             acquire: bool = False) -> None:
        addr, taint = self.address(src, off)
        if self.p == 1:
            st = self.tmp()
            self.e(f"{st} = call i64 %rt_p1_access(ptr %ctx, i64 {addr}, i64 {size}, i64 0, i1 {taint}, "
                   f"i1 {'true' if acquire else 'false'})")
            self.check(st, slot)
        else:
            self.p2_taint(taint, addr, size, 0, slot)
        raw = self.tmp()
        tag = self.tag()
        self.out.extend(mem_load_ir(size, addr, "acquire" if acquire else "monotonic", raw, tag))
        value = raw
        if self.p == 1:
            value = self.tmp()
            self.e(f"{value} = call i64 %rt_p1_fwd(ptr %ctx, i64 {addr}, i64 {size}, i64 {raw})")
        else:  # remembered, so that a later store to these bytes is a CAS expecting this value
            self.e(f"call void %rt_p2_load(ptr %ctx, i64 {addr}, i64 {size}, i64 {raw})")
        if signed:
            t = self.tmp()
            s = self.tmp()
            self.e(f"{t} = trunc i64 {value} to i{size * 8}")
            self.e(f"{s} = sext i{size * 8} {t} to i64")
            value = s
        self.set(dst, value)
        self.set_taint(dst, "true")

    def store(self, base: int, off: int, value: str, size: int, slot: int, *, release: bool) -> None:
        addr, taint = self.address(base, off)
        if self.p == 1:
            st = self.tmp()
            self.e(f"{st} = call i64 %rt_p1_access(ptr %ctx, i64 {addr}, i64 {size}, i64 1, i1 {taint}, "
                   f"i1 {'true' if release else 'false'})")
            self.check(st, slot)
            self.e(f"call void %rt_p1_store(ptr %ctx, i64 {addr}, i64 {size}, i64 {value})")
        else:  # the runtime commits it: plain atomic store, or CAS over loaded bytes (MISMATCH on a conflict)
            self.p2_taint(taint, addr, size, 1, slot)
            st = self.tmp()
            self.e(f"{st} = call i64 %rt_p2_store(ptr %ctx, i64 {addr}, i64 {size}, i64 {value}, "
                   f"i64 {1 if release else 0}, i64 {slot})")
            self.check(st, slot)

    def p2_taint(self, taint: str, addr: str, size: int, rw: int, slot: int) -> None:
        tag = self.tag()
        self.e(f"br i1 {taint}, label %{tag}t, label %{tag}n")
        self.label(f"{tag}t")
        st = self.tmp()
        self.e(f"{st} = call i64 %rt_p2_access(ptr %ctx, ptr %tmi, i64 {addr}, i64 {size}, i64 {rw})")
        self.check(st, slot)
        self.e(f"br label %{tag}n")
        self.label(f"{tag}n")

    # -- ALU ----------------------------------------------------------------------------------------------------
    def alu(self, insn) -> None:
        code = insn.opcode
        wide = (code & 0x07) == Class.ALU64
        op = code & 0xF0
        x = bool(code & Source.X)
        d = insn.dst
        bits = 64 if wide else 32
        ty = f"i{bits}"
        dst = self.get(d)
        if op == AluOp.END:
            self.set(d, self.bswap(dst, insn.imm, to_be=wide or x))
            return
        if op == AluOp.NEG:
            v = self.narrow(dst, bits)
            r = self.tmp()
            self.e(f"{r} = sub {ty} 0, {v}")
            self.set(d, self.widen(r, bits))
            return
        if x:
            src = self.narrow(self.get(insn.src), bits)
            tsrc = self.taint(insn.src)
        else:
            src = str(_signed(insn.imm, bits))
            tsrc = "false"
        if op == AluOp.MOV:
            if x and insn.off:
                t = self.tmp()
                s = self.tmp()
                self.e(f"{t} = trunc {ty} {src} to i{insn.off}")
                self.e(f"{s} = sext i{insn.off} {t} to {ty}")
                src = s
            self.set(d, self.widen(src, bits))
            self.set_taint(d, tsrc)
            return
        a = self.narrow(dst, bits)
        r = self.tmp()
        if op in _BINOP:
            b = src
            if x and op in (AluOp.LSH, AluOp.RSH, AluOp.ARSH):
                b = self.tmp()
                self.e(f"{b} = and {ty} {src}, {bits - 1}")
            self.e(f"{r} = {_BINOP[op]} {ty} {a}, {b}")
        elif op in (AluOp.DIV, AluOp.MOD):
            self.divmod(r, ty, bits, a, src, op == AluOp.DIV, insn.off == 1)
        else:  # pragma: no cover
            raise AssertionError(f"unexpected ALU op 0x{op:02x}")
        self.set(d, self.widen(r, bits))
        if x:
            t = self.tmp()
            self.e(f"{t} = or i1 {self.taint(d)}, {tsrc}")
            self.set_taint(d, t)

    def divmod(self, r: str, ty: str, bits: int, a: str, b: str, div: bool, signed: bool) -> None:
        zero = self.tmp()
        self.e(f"{zero} = icmp eq {ty} {b}, 0")
        bad = zero
        ovf = "false"
        if signed:
            m1 = self.tmp()
            mn = self.tmp()
            ovf = self.tmp()
            bad = self.tmp()
            self.e(f"{m1} = icmp eq {ty} {b}, -1")
            self.e(f"{mn} = icmp eq {ty} {a}, {-(1 << (bits - 1))}")
            self.e(f"{ovf} = and i1 {m1}, {mn}")
            self.e(f"{bad} = or i1 {zero}, {ovf}")
        safe = self.tmp()
        q = self.tmp()
        self.e(f"{safe} = select i1 {bad}, {ty} 1, {ty} {b}")
        opname = ("s" if signed else "u") + ("div" if div else "rem")
        self.e(f"{q} = {opname} {ty} {a}, {safe}")
        # Linux semantics: x / 0 = 0, x % 0 = x, INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0
        on_ovf = self.tmp()
        self.e(f"{on_ovf} = select i1 {ovf}, {ty} {a if div else 0}, {ty} {q}")
        self.e(f"{r} = select i1 {zero}, {ty} {0 if div else a}, {ty} {on_ovf}")

    def narrow(self, v: str, bits: int) -> str:
        if bits == 64:
            return v
        t = self.tmp()
        self.e(f"{t} = trunc i64 {v} to i32")
        return t

    def widen(self, v: str, bits: int) -> str:
        if bits == 64:
            return v
        t = self.tmp()
        self.e(f"{t} = zext i32 {v} to i64")
        return t

    def bswap(self, v: str, width: int, *, to_be: bool) -> str:
        if width == 64 and not to_be:
            return v
        t = self.tmp()
        self.e(f"{t} = trunc i64 {v} to i{width}" if width < 64 else f"{t} = add i64 {v}, 0")
        if to_be:
            s = self.tmp()
            self.e(f"{s} = call i{width} @llvm.bswap.i{width}(i{width} {t})")
            t = s
        z = self.tmp()
        self.e(f"{z} = zext i{width} {t} to i64" if width < 64 else f"{z} = add i64 {t}, 0")
        return z

    # -- jumps --------------------------------------------------------------------------------------------------
    def jmp(self, insn, slot: int) -> None:
        code = insn.opcode
        if code == EXIT:
            self.e("br label %exit")
            return
        if code == GOTOL:
            self.e(f"br label {self.target(slot + 1 + insn.imm)}")
            return
        op = code & 0xF0
        if op == JmpOp.JA:
            self.e(f"br label {self.target(slot + 1 + insn.off)}")
            return
        wide = (code & 0x07) == Class.JMP
        bits = 64 if wide else 32
        ty = f"i{bits}"
        a = self.narrow(self.get(insn.dst), bits)
        taint = self.taint(insn.dst)
        if code & Source.X:
            b = self.narrow(self.get(insn.src), bits)
            t = self.tmp()
            self.e(f"{t} = or i1 {taint}, {self.taint(insn.src)}")
            taint = t
        else:
            b = str(_signed(insn.imm, bits))
        cond = self.tmp()
        if op == JmpOp.JSET:
            andv = self.tmp()
            self.e(f"{andv} = and {ty} {a}, {b}")
            self.e(f"{cond} = icmp ne {ty} {andv}, 0")
        else:
            self.e(f"{cond} = icmp {_CMP[JmpOp(op)]} {ty} {a}, {b}")
        tag = self.tag()
        self.e(f"br i1 {taint}, label %{tag}t, label %{tag}n")
        self.label(f"{tag}t")
        st = self.tmp()
        if self.p == 1:
            self.e(f"{st} = call i64 %rt_p1_branch(ptr %ctx, i1 {cond})")
        else:
            self.e(f"{st} = call i64 %rt_p2_branch(ptr %ctx, ptr %tbi, i1 {cond})")
        self.check(st, slot)
        self.e(f"br label %{tag}n")
        self.label(f"{tag}n")
        self.e(f"br i1 {cond}, label {self.target(slot + 1 + insn.off)}, label {self.target(slot + 1)}")


def _signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


_DECLS = "\n".join(f"declare i{w} @llvm.bswap.i{w}(i{w})" for w in (16, 32, 64))
_PROGRAM_HELPERS = f"""
define internal i64 @ldw(ptr %ctx, i64 %i) alwaysinline {{
  %p = getelementptr i64, ptr %ctx, i64 %i
  %v = load i64, ptr %p, align 8
  ret i64 %v
}}

define internal void @stw(ptr %ctx, i64 %i, i64 %v) alwaysinline {{
  %p = getelementptr i64, ptr %ctx, i64 %i
  store i64 %v, ptr %p, align 8
  ret void
}}

define i64 @run(i64 %ctxi, i64 %argsi) {{
  %ctx = inttoptr i64 %ctxi to ptr
  %fa = call i64 @ldw(ptr %ctx, i64 {W.RT_RUN})
  %f = inttoptr i64 %fa to ptr
  %r = tail call i64 %f(i64 %ctxi, i64 %argsi, ptr @pass1, ptr @pass2)
  ret i64 %r
}}
"""


def program_ir(prog: Program) -> str:
    """The LLVM module for one program shape: its two passes and ``run``, which enters the shared runtime."""
    return "\n".join([_DECLS, _PROGRAM_HELPERS, _Pass(prog, 1).build(), _Pass(prog, 2).build()]) + "\n"


@dataclass
class NativeCode:
    """Compiled code for one program shape; ``run(ctx_address, args_address) -> status``."""

    compiled: Compiled
    run: ctypes._CFuncPtr  # type: ignore[name-defined]
    address: int


def compile_program(prog: Program) -> NativeCode:
    """Compiled code for ``prog``'s shape (cached, LRU of 256 shapes)."""
    with lock:
        code = _cache.get(prog.shape)
        if code is not None:
            _cache.move_to_end(prog.shape)
            return code
        compiled = Compiled(program_ir(prog), PROGRAM_OPT)
        address = compiled.address("run")
        code = NativeCode(compiled, RUN(address), address)
        _cache[prog.shape] = code
        if len(_cache) > _CACHE_MAX:
            _cache.popitem(last=False)
        return code


def cache_size() -> int:
    return len(_cache)

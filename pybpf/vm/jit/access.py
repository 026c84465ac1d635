"""IR for the instructions that touch memory: checked loads, stores and atomics, LD_IMM64 references and legacy
packet loads (a mixin of the function lowering in :mod:`pybpf.vm.jit.lower`).

Every access is checked unless it is a frame-pointer access at a constant offset inside a frame whose function
never writes r10. A check compares with the per-(read/write, base register) cache of the last region; a miss calls
``pybpf_jit_miss`` (the run context's hint for that access kind and register, then the region table and the live
frames' stacks); a region that still does not hold the access is a fault event with slot, address and size.
"""

from __future__ import annotations

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import SIZE_BYTES, STACK_SIZE, AtomicOp, Mode, PseudoSrc
from pybpf.vm._runtime import func_slot
from pybpf.vm.jit import abi
from pybpf.vm.jit.abi import Event
from pybpf.vm.jit.ops import s64
from pybpf.vm.jit.runtime import INVALID_LO

_RMW = {AtomicOp.ADD: "add", AtomicOp.OR: "or", AtomicOp.AND: "and", AtomicOp.XOR: "xor"}
ENV_SKB = 136  # offsetof(struct pbh_env, skb)
SKB_HEAD, SKB_DATA, SKB_CTX, SKB_LEN, SKB_MAC, SKB_NET = 0, 8, 24, 32, 36, 40  # struct pbh_skb
SKF_NET_OFF, SKF_LL_OFF = -0x100000, -0x200000


def ctx_word(c, word: int) -> str:
    return c.op(f"getelementptr inbounds i8, ptr %ctx, i64 {8 * word}")


class MemoryLowering:
    """Methods of the function lowering for memory; they use its code buffer, registers and events."""

    def access(self, slot: int, kind: str, base: int, off: int, size: int, *, aligned: bool = False) -> str:
        """Check ``[r<base> + off, +size)`` for a read ("r") or write ("w"); returns the pointer (the code
        continues in a block where the access is allowed)."""
        c = self.c
        static = base == 10 and self.fixed_fp and -STACK_SIZE <= off <= -size
        if static:  # inside this frame's stack: r10 is its top
            a = c.op(f"add i64 %a10, {off}")
        else:
            a = self.get(base)
            if off:
                a = c.op(f"add i64 {a}, {off}")
        if self.opts.checks and not static:
            ok = c.label(f"ok{slot}")
            if base == 10:
                o = c.op(f"sub i64 {a}, %slo")
                own = c.op(f"icmp ule i64 {o}, {STACK_SIZE - size}")
                chk = c.label(f"ck{slot}")
                c(f"br i1 {own}, label %{ok}, label %{chk}")
                c.block(chk)
            self.caches.add((kind, base))
            lop, hip = self._cache_ptrs(kind, base)
            lo = c.op(f"load i64, ptr {lop}")
            hi = c.op(f"load i64, ptr {hip}")
            hit = self._within(a, lo, hi, size)
            miss = c.label(f"mi{slot}")
            c(f"br i1 {hit}, label %{ok}, label %{miss}, !prof !0")
            c.block(miss)
            # the hint (the region this access kind and base register found in an earlier run, valid while the
            # table is the same), else the search, which leaves such a hint: out of line, it is cold
            hint = c.op(f"getelementptr inbounds i8, ptr %ctx, i64 {8 * (abi.W_HINTS + 3 * _hint_index(kind, base))}")
            found = c.op(f"call {{i64, i64}} @pybpf_jit_miss(ptr %ctx, i64 {a}, i64 {size}, i64 {int(kind == 'w')}, "
                         f"i64 %depth, ptr {hint})")
            lo2 = c.op(f"extractvalue {{i64, i64}} {found}, 0")
            hi2 = c.op(f"extractvalue {{i64, i64}} {found}, 1")
            c(f"store i64 {lo2}, ptr {lop}")
            c(f"store i64 {hi2}, ptr {hip}")
            hit2 = self._within(a, lo2, hi2, size)
            bad = c.label(f"f{slot}")
            c(f"br i1 {hit2}, label %{ok}, label %{bad}, !prof !0")
            c.block(bad)
            self.event(Event.FAULT, slot, a, str(size), "1" if kind == "w" else "0")
            c.block(ok)
        if aligned and size > 1 and not (static and off % size == 0):
            mis = c.op(f"and i64 {a}, {size - 1}")
            isal = c.op(f"icmp eq i64 {mis}, 0")
            good, bad = c.label(f"al{slot}"), c.label(f"ma{slot}")
            c(f"br i1 {isal}, label %{good}, label %{bad}, !prof !0")
            c.block(bad)
            self.event(Event.MISALIGNED, slot, a, str(size))
            c.block(good)
        return c.op(f"inttoptr i64 {a} to ptr")

    # -- calls -------------------------------------------------------------------------------------------------
    def check_span(self, a: str, size: str, write: bool, fail: str) -> None:
        """Continue (in a new block) when ``[a, a+size)`` lies in one region (writable if ``write``), else branch
        to ``fail``. ``size`` is an i64 value or constant; a zero size always passes (helpers check nothing
        then)."""
        c = self.c
        ok, chk = c.label("sp"), c.label("sc")
        if size != "0":
            if not size.lstrip("-").isdigit():
                zero = c.op(f"icmp eq i64 {size}, 0")
                c(f"br i1 {zero}, label %{ok}, label %{chk}")
                c.block(chk)
            found = c.op(f"call {{i64, i64}} @pybpf_jit_find(ptr %ctx, i64 {a}, i64 {size}, i64 {int(write)}, "
                         "i64 %depth, ptr null)")
            lo = c.op(f"extractvalue {{i64, i64}} {found}, 0")
            valid = c.op(f"icmp ne i64 {lo}, {INVALID_LO}")
            c(f"br i1 {valid}, label %{ok}, label %{fail}")
        else:
            c(f"br label %{ok}")
        c.block(ok)

    def _within(self, a: str, lo: str, hi: str, size: int) -> str:
        c = self.c
        ge = c.op(f"icmp uge i64 {a}, {lo}")
        lim = c.op(f"sub i64 {hi}, {size}")
        le = c.op(f"icmp ule i64 {a}, {lim}")
        return c.op(f"and i1 {ge}, {le}")

    def atomic(self, insn: Instruction, slot: int, size: int) -> None:
        c = self.c
        imm = insn.imm
        ty = f"i{8 * size}"
        if imm == AtomicOp.LOAD_ACQ:
            ptr = self.access(slot, "r", insn.src, insn.off, size, aligned=True)
            v = c.op(f"load atomic {ty}, ptr {ptr} acquire, align {size}")
            self.put(insn.dst, c.op(f"zext {ty} {v} to i64") if size < 8 else v)
            return
        src = self.get(insn.src)
        val = c.op(f"trunc i64 {src} to {ty}") if size < 8 else src
        if imm == AtomicOp.STORE_REL:
            ptr = self.access(slot, "w", insn.dst, insn.off, size, aligned=True)
            c(f"store atomic {ty} {val}, ptr {ptr} release, align {size}")
            return
        ptr = self.access(slot, "w", insn.dst, insn.off, size, aligned=True)
        if imm == AtomicOp.CMPXCHG:
            r0 = self.get(0)
            exp = c.op(f"trunc i64 {r0} to {ty}") if size < 8 else r0
            pair = c.op(f"cmpxchg ptr {ptr}, {ty} {exp}, {ty} {val} seq_cst seq_cst, align {size}")
            old = c.op(f"extractvalue {{{ty}, i1}} {pair}, 0")
            self.put(0, c.op(f"zext {ty} {old} to i64") if size < 8 else old)
            return
        if imm == AtomicOp.XCHG:
            op, order = "xchg", "seq_cst"
        else:
            op = _RMW.get(imm & ~1)  # type: ignore[call-overload]
            if op is None:
                raise ValueError(f"unknown atomic operation 0x{imm:x} at slot {slot}")
            order = "seq_cst" if imm & 1 else "monotonic"
        old = c.op(f"atomicrmw {op} ptr {ptr}, {ty} {val} {order}, align {size}")
        if imm & 1:  # FETCH forms and xchg return the old value in src
            self.put(insn.src, c.op(f"zext {ty} {old} to i64") if size < 8 else old)

    def ld_imm64(self, insn: Instruction, slot: int) -> None:
        c = self.c
        if insn.src in (PseudoSrc.IMM, PseudoSrc.BTF_ID):
            self.put(insn.dst, str(s64(insn.imm)))
            return
        if insn.src == PseudoSrc.FUNC:
            self.put(insn.dst, str(s64(func_slot(insn, slot))))
            return
        k = self.imm_index[slot]
        vp = c.op(f"getelementptr inbounds i64, ptr %pd, i64 {abi.D_IMM + 2 * k}")
        okp = c.op(f"getelementptr inbounds i64, ptr %pd, i64 {abi.D_IMM + 2 * k + 1}")
        ok = c.op(f"load i64, ptr {okp}")
        good = c.op(f"icmp ne i64 {ok}, 0")
        yes, no = c.label(f"li{slot}"), c.label(f"ln{slot}")
        c(f"br i1 {good}, label %{yes}, label %{no}, !prof !1")
        c.block(no)
        self.event(Event.UNRESOLVED, slot)
        c.block(yes)
        self.put(insn.dst, c.op(f"load i64, ptr {vp}"))

    def ld_packet(self, insn: Instruction, slot: int) -> None:
        """Legacy LD_ABS / LD_IND: out of bounds ends the program with r0 = 0. Natively for socket buffers the
        program-type code built (the run's env has the skb whose __sk_buff r6 points at), else through Python."""
        c = self.c
        size = SIZE_BYTES[insn.opcode & 0x18]
        if insn.opcode & 0xE0 == Mode.ABS:
            offset = str(s64(insn.imm))
        else:
            offset = c.op(f"add i64 {self.get(insn.src)}, {s64(insn.imm)}")
        r6 = self.get(6)
        slow, oob, done = c.label(f"pp{slot}"), c.label(f"pe{slot}"), c.label(f"pk{slot}")
        if self.native is not None and getattr(self.native, "ldabs", False):
            self.put(0, self._skb_load(slot, size, offset, r6, slow, oob))
            c(f"br label %{done}")
        else:
            c(f"br label %{slow}")
        c.block(slow)
        value = self.trampoline(slot, abi.CALL_LDPKT, str(size), [r6, offset, "0", "0", "0"])
        kp = ctx_word(c, abi.W_KIND)
        end = c.op(f"icmp ne i64 {c.op(f'load i64, ptr {kp}')}, 0")
        got = c.label(f"pv{slot}")
        c(f"br i1 {end}, label %{oob}, label %{got}")
        c.block(got)
        self.put(0, value)
        c(f"br label %{done}")
        c.block(oob)
        self.put(0, "0")
        rest = self.count - self.index - 1  # instructions of this block that do not run
        if rest:
            n = c.op("load i64, ptr %N")
            c(f"store i64 {c.op(f'sub i64 {n}, {rest}')}, ptr %N")
        self.event(Event.END, slot, regs=True)
        c.block(done)

    def _skb_load(self, slot: int, size: int, offset: str, r6: str, slow: str, oob: str) -> str:
        """Run.ld_packet with the skb view (data, len, mac, data + len, network header, mac) read from the env's
        pbh_skb: the value, or a branch to ``oob`` (out of bounds) or ``slow`` (anything else: Python decides)."""
        c = self.c

        def field(ptr: str, off: int) -> str:
            return c.op(f"getelementptr inbounds i8, ptr {ptr}, i64 {off}")

        def u64(ptr: str, off: int) -> str:
            return c.op(f"load i64, ptr {field(ptr, off)}")

        def u32(ptr: str, off: int) -> str:
            return c.op(f"zext i32 {c.op(f'load i32, ptr {field(ptr, off)}')} to i64")

        def guard(cond: str, target: str) -> None:
            nxt = c.label(f"pg{slot}")
            c(f"br i1 {cond}, label %{target}, label %{nxt}")
            c.block(nxt)

        env = c.op(f"load i64, ptr {ctx_word(c, abi.W_ENV)}")
        guard(c.op(f"icmp eq i64 {env}, 0"), slow)
        envp = c.op(f"inttoptr i64 {env} to ptr")
        skb = c.op(f"load ptr, ptr {field(envp, ENV_SKB)}")
        guard(c.op(f"icmp eq ptr {skb}, null"), slow)
        guard(c.op(f"icmp ne i64 {u64(skb, SKB_CTX)}, {r6}"), slow)
        head, data, length = u64(skb, SKB_HEAD), u64(skb, SKB_DATA), u32(skb, SKB_LEN)
        mac = c.op(f"add i64 {head}, {u32(skb, SKB_MAC)}")
        net = c.op(f"add i64 {head}, {u32(skb, SKB_NET)}")
        off = c.op(f"sext i32 {c.op(f'trunc i64 {offset} to i32')} to i64")
        neg, pos, negp = c.op(f"icmp slt i64 {off}, 0"), c.label(f"pa{slot}"), c.label(f"pn{slot}")
        load = c.label(f"pl{slot}")
        c(f"br i1 {neg}, label %{negp}, label %{pos}")
        c.block(pos)  # from the data start, within the packet
        guard(c.op(f"icmp ugt i64 {c.op(f'add i64 {off}, {size}')}, {length}"), oob)
        addr_pos = c.op(f"add i64 {data}, {off}")
        pos_end = c.current
        c(f"br label %{load}")
        c.block(negp)  # SKF_NET_OFF / SKF_LL_OFF ranges, within [mac, data + len)
        guard(c.op(f"icmp slt i64 {off}, {SKF_LL_OFF}"), oob)
        is_net = c.op(f"icmp sge i64 {off}, {SKF_NET_OFF}")
        from_net = c.op(f"add i64 {net}, {c.op(f'sub i64 {off}, {SKF_NET_OFF}')}")
        from_mac = c.op(f"add i64 {mac}, {c.op(f'sub i64 {off}, {SKF_LL_OFF}')}")
        addr_neg = c.op(f"select i1 {is_net}, i64 {from_net}, i64 {from_mac}")
        guard(c.op(f"icmp ult i64 {addr_neg}, {mac}"), oob)
        tail = c.op(f"add i64 {data}, {length}")
        guard(c.op(f"icmp ugt i64 {c.op(f'add i64 {addr_neg}, {size}')}, {tail}"), oob)
        neg_end = c.current
        c(f"br label %{load}")
        c.block(load)
        addr = c.op(f"phi i64 [ {addr_pos}, %{pos_end} ], [ {addr_neg}, %{neg_end} ]")
        self.check_span(addr, str(size), False, slow)  # the read itself: outside every region Python faults
        ty = f"i{8 * size}"
        v = c.op(f"load {ty}, ptr {c.op(f'inttoptr i64 {addr} to ptr')}, align 1")
        if size > 1:
            v = c.op(f"call {ty} @llvm.bswap.{ty}({ty} {v})")  # network byte order
        return c.op(f"zext {ty} {v} to i64")


def _hint_index(kind: str, base: int) -> int:
    return (11 if kind == "w" else 0) + base


def trunc_const(imm: int, size: int) -> int:
    bits = 8 * size
    v = imm & ((1 << bits) - 1)
    return v - (1 << bits) if v >> (bits - 1) else v

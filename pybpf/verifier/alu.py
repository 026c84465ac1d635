"""ALU instructions (Linux's check_alu_op, adjust_reg_min_max_vals, adjust_ptr_min_max_vals): operand checks,
scalar arithmetic through :mod:`pybpf.verifier.bounds`, pointer arithmetic per pointer type, linked scalar ids."""

from __future__ import annotations

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import ADDR_SPACE_CAST, AluOp, Class
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier import tnum
from pybpf.verifier.env import BPF_MAX_VAR_OFF, EACCES, EINVAL, Env, Reject
from pybpf.verifier.log import ADD_CONST, snum
from pybpf.verifier.tnum import M64

ALU_NAMES = {AluOp.ADD: "+=", AluOp.SUB: "-=", AluOp.MUL: "*=", AluOp.DIV: "/=", AluOp.OR: "|=", AluOp.AND: "&=",
             AluOp.LSH: "<<=", AluOp.RSH: ">>=", AluOp.NEG: "neg", AluOp.MOD: "%=", AluOp.XOR: "^=", AluOp.MOV: "=",
             AluOp.ARSH: "s>>=", AluOp.END: "endian"}


def check_reg_src(env: Env, regno: int) -> R.Reg:
    """check_reg_arg(SRC_OP): the register must have been written."""
    env.scratch_reg(regno)
    r = env.cur.cur.regs[regno]
    if r.type == R.NOT_INIT:
        raise Reject(f"R{regno} !read_ok", EACCES, regno,
                     hint=f"R{regno} is read before anything was written to it on this path")
    return r


def check_reg_dst(env: Env, regno: int, mark_unknown: bool = True) -> R.Reg:
    """check_reg_arg(DST_OP / DST_OP_NO_MARK)."""
    env.scratch_reg(regno)
    if regno == 10:
        raise Reject("frame pointer is read only", EACCES, regno)
    r = env.cur.cur.regs[regno]
    if mark_unknown:
        R.mark_unknown(r, not env.bpf_capable)
    return r


def is_pointer_value(env: Env, r: R.Reg) -> bool:
    return not env.allow_ptr_leaks and r.type != R.SCALAR_VALUE


def clear_scalar_id(r: R.Reg) -> None:
    r.id = 0
    r.off = 0


def assign_scalar_id_before_mov(env: Env, src: R.Reg) -> None:
    if src.type != R.SCALAR_VALUE:
        return
    if src.id & ADD_CONST:
        clear_scalar_id(src)
    if not src.id and src.var[1]:
        src.id = env.new_id()


def check_alu(env: Env, insn: Instruction) -> None:
    regs = env.cur.cur.regs
    op = insn.op
    alu64 = (insn.opcode & 7) == Class.ALU64
    srcx = insn.opcode & 8
    if op in (AluOp.END, AluOp.NEG):
        if op == AluOp.NEG:
            if srcx or insn.src or insn.off or insn.imm:
                raise Reject("BPF_NEG uses reserved fields", EINVAL)
        elif insn.src or insn.off or insn.imm not in (16, 32, 64) or (alu64 and srcx):
            raise Reject("BPF_END uses reserved fields", EINVAL)
        d = check_reg_src(env, insn.dst)
        if is_pointer_value(env, d):
            raise Reject(f"R{insn.dst} pointer arithmetic prohibited", EACCES, insn.dst)
        if op == AluOp.NEG and d.type == R.SCALAR_VALUE:
            _neg(env, insn, d, alu64)
        elif op == AluOp.END and d.type == R.SCALAR_VALUE:
            _bswap(env, insn, d, alu64)
        else:
            check_reg_dst(env, insn.dst)
    elif op == AluOp.MOV:
        _mov(env, insn, regs, alu64, srcx)
    elif op > AluOp.END:
        raise Reject(f"invalid BPF_ALU opcode {op:x}", EINVAL)
    else:
        if srcx:
            if insn.imm or insn.off not in (0, 1) or (insn.off == 1 and op not in (AluOp.MOD, AluOp.DIV)):
                raise Reject("BPF_ALU uses reserved fields", EINVAL)
            check_reg_src(env, insn.src)
        elif insn.src or insn.off not in (0, 1) or (insn.off == 1 and op not in (AluOp.MOD, AluOp.DIV)):
            raise Reject("BPF_ALU uses reserved fields", EINVAL)
        check_reg_src(env, insn.dst)
        if op in (AluOp.MOD, AluOp.DIV) and not srcx and insn.imm == 0:
            raise Reject("div by zero", EINVAL)
        if op in (AluOp.LSH, AluOp.RSH, AluOp.ARSH) and not srcx:
            size = 64 if alu64 else 32
            if insn.imm < 0 or insn.imm >= size:
                raise Reject(f"invalid shift {insn.imm}", EINVAL)
        check_reg_dst(env, insn.dst, mark_unknown=False)
        adjust_reg_min_max_vals(env, insn)
    d = regs[insn.dst]
    if d.type == R.SCALAR_VALUE:
        _sanity(env, d, "alu")


def _sanity(env: Env, r: R.Reg, ctx: str) -> None:
    msg = B.sanity_error(r)
    if msg:
        env.verbose(B.describe_violation(r, ctx, msg) + "\n")
        B.mark_unbounded(r)


def _neg(env: Env, insn: Instruction, d: R.Reg, alu64: bool) -> None:
    """BPF_NEG: 0 - dst on the abstract value (Linux 6.13+)."""
    zero = R.scalar(0)
    src = d.copy()
    d.assign(zero)
    d.precise = src.precise
    if B.computable(AluOp.SUB, src, not alu64):
        B.alu(d, src, AluOp.SUB, not alu64)
    else:
        R.mark_unknown(d)


def _swap_bytes(v: int, nbytes: int) -> int:
    return int.from_bytes((v & ((1 << (8 * nbytes)) - 1)).to_bytes(nbytes, "little"), "big")


def _bswap(env: Env, insn: Instruction, d: R.Reg, alu64: bool) -> None:
    """BPF_END: bytes of the tnum swapped (or truncated for a same-order conversion), bounds from the tnum."""
    width = insn.imm
    nbytes = width // 8
    swap = alu64 or insn.opcode & 8  # bswap, or to big endian on a little-endian host
    if not swap and width == 64:  # le64 on a little-endian host: nothing changes
        return
    clear_scalar_id(d)
    v, m = d.var
    mask = (1 << width) - 1
    if swap:
        v, m = _swap_bytes(v, nbytes), _swap_bytes(m, nbytes)
    else:
        v, m = v & mask, m & mask
    B.mark_unbounded(d)
    d.var = (v, m)
    B.sync(d)


def _mov(env: Env, insn: Instruction, regs: list[R.Reg], alu64: bool, srcx: bool) -> None:
    if srcx:
        if not alu64:
            if insn.off not in (0, 8, 16) or insn.imm:
                raise Reject("BPF_MOV uses reserved fields", EINVAL)
        elif insn.off == ADDR_SPACE_CAST:
            if insn.imm not in (1, 1 << 16):
                raise Reject("addr_space_cast insn can only convert between address space 1 and 0", EINVAL)
            if not any(m.type == 33 for m in env.maps.values()):
                raise Reject("addr_space_cast insn can only be used in a program that has an associated arena",
                             EINVAL)
        elif insn.off not in (0, 8, 16, 32) or insn.imm:
            raise Reject("BPF_MOV uses reserved fields", EINVAL)
        check_reg_src(env, insn.src)
    elif insn.src or insn.off:
        raise Reject("BPF_MOV uses reserved fields", EINVAL)
    d = check_reg_dst(env, insn.dst, mark_unknown=False)
    origin = env.insn_idx
    if srcx:
        s = regs[insn.src]
        if alu64:
            if insn.imm:
                R.mark_unknown(d, not env.bpf_capable)
                if insn.imm == 1:
                    d.type = R.PTR_TO_ARENA
            elif insn.off == 0:
                assign_scalar_id_before_mov(env, s)
                if d is not s:
                    d.assign(s)
                return
            else:
                if is_pointer_value(env, s):
                    raise Reject(f"R{insn.src} sign-extension part of pointer", EACCES, insn.src)
                if s.type == R.SCALAR_VALUE:
                    no_sext = s.umax < (1 << (insn.off - 1))
                    if no_sext:
                        assign_scalar_id_before_mov(env, s)
                    if d is not s:
                        d.assign(s)
                    if not no_sext:
                        clear_scalar_id(d)
                    B.coerce_to_size_sx(d, insn.off >> 3)
                else:
                    R.mark_unknown(d, not env.bpf_capable)
        else:
            if is_pointer_value(env, s):
                raise Reject(f"R{insn.src} partial copy of pointer", EACCES, insn.src)
            if s.type == R.SCALAR_VALUE:
                if insn.off == 0:
                    is_u32 = s.umax.bit_length() <= 32
                    if is_u32:
                        assign_scalar_id_before_mov(env, s)
                    if d is not s:
                        d.assign(s)
                    if not is_u32:
                        clear_scalar_id(d)
                else:
                    no_sext = s.umax < (1 << (insn.off - 1))
                    if no_sext:
                        assign_scalar_id_before_mov(env, s)
                    if d is not s:
                        d.assign(s)
                    if not no_sext:
                        clear_scalar_id(d)
                    B.coerce_subreg_to_size_sx(d, insn.off >> 3)
            else:
                R.mark_unknown(d, not env.bpf_capable)
            B.zext_32_to_64(d)
            B.sync(d)
    else:
        R.mark_unknown(d, not env.bpf_capable)
        B.set_known(d, insn.imm if alu64 else insn.imm & 0xFFFFFFFF)
    d.origin = origin


# -- adjust_reg_min_max_vals -----------------------------------------------------------------------------------------
def adjust_reg_min_max_vals(env: Env, insn: Instruction) -> None:
    regs = env.cur.cur.regs
    d = regs[insn.dst]
    alu32 = (insn.opcode & 7) != Class.ALU64
    op = insn.op
    srcx = insn.opcode & 8
    s = regs[insn.src] if srcx else None
    if d.type == R.PTR_TO_ARENA or (s is not None and s.type == R.PTR_TO_ARENA):
        if d.type != R.PTR_TO_ARENA:
            d.assign(s)
        return
    ptr = d if d.type != R.SCALAR_VALUE else None
    if srcx:
        from pybpf.verifier.precision import mark_chain_precision
        if s.type != R.SCALAR_VALUE:
            if d.type != R.SCALAR_VALUE:
                if op == AluOp.SUB and env.allow_ptr_leaks:
                    R.mark_unknown(d, not env.bpf_capable)
                    return
                raise Reject(f"R{insn.dst} pointer {ALU_NAMES[op]} pointer prohibited", EACCES, insn.dst)
            mark_chain_precision(env, insn.dst)
            off = d.copy()
            adjust_ptr(env, insn, s, off)
            return
        if ptr is not None:
            mark_chain_precision(env, insn.src)
            adjust_ptr(env, insn, d, s)
            return
        if d.precise:
            mark_chain_precision(env, insn.src)
    else:
        s = R.scalar(insn.imm)
        if ptr is not None:
            adjust_ptr(env, insn, ptr, s)
            return
    src = s.copy() if s is d else s
    if B.computable(op, src, alu32):
        if op in (AluOp.AND, AluOp.OR) and src.var[1] == 0:
            _maybe_fork(env, insn, d)
        B.alu(d, src, op, alu32)
    else:
        R.mark_unknown(d, not env.bpf_capable)
        d.origin = env.insn_idx
        return
    if (env.bpf_capable and op in (AluOp.ADD, AluOp.SUB) and not alu32 and d.id and src.type == R.SCALAR_VALUE
            and src.var[1] == 0 and not (srcx and insn.src == insn.dst)):
        val = B.s64(src.var[0])
        if op == AluOp.SUB:
            val = -val
        if d.id & ADD_CONST or not -0x80000000 <= val <= 0x7FFFFFFF:
            clear_scalar_id(d)
        else:
            d.id |= ADD_CONST
            d.off = val
    else:
        clear_scalar_id(d)
    d.origin = env.insn_idx


def _maybe_fork(env: Env, insn: Instruction, d: R.Reg) -> None:
    """maybe_fork_scalars: split a [-1, 0] operand of and/or with a constant into its two values."""
    kind = B.fork_candidate(d)
    if kind is None:
        return
    from pybpf.verifier.verifier import push_stack
    branch = push_stack(env, env.insn_idx, env.insn_idx)
    other = branch.cur.regs[insn.dst]
    if kind:
        B.set_known32(other, 0)
        B.set_known32(d, 0xFFFFFFFF)
    else:
        B.set_known(other, 0)
        B.set_known(d, M64)


def _sane_offset(r: R.Reg, t: int) -> None:
    """check_reg_sane_offset."""
    known = r.var[1] == 0
    val = B.s64(r.var[0])
    if known and (val >= BPF_MAX_VAR_OFF or val <= -BPF_MAX_VAR_OFF):
        raise Reject(f"math between {R.type_str(t)} pointer and {val} is not allowed", EACCES)
    if r.off >= BPF_MAX_VAR_OFF or r.off <= -BPF_MAX_VAR_OFF:
        raise Reject(f"{R.type_str(t)} pointer offset {r.off} is not allowed", EACCES)
    if r.smin == B.S64_MIN:
        raise Reject(f"math between {R.type_str(t)} pointer and register with unbounded min value is not allowed",
                     EACCES, hint="bound the offset register (e.g. `if (idx < N)`) before adding it to the pointer")
    if r.smin >= BPF_MAX_VAR_OFF or r.smin <= -BPF_MAX_VAR_OFF:
        raise Reject(f"value {r.smin} makes {R.type_str(t)} pointer be out of bounds", EACCES)


_ARITH_OK = {R.PTR_TO_CTX, R.PTR_TO_MAP_VALUE, R.PTR_TO_MAP_KEY, R.PTR_TO_STACK, R.PTR_TO_PACKET_META,
             R.PTR_TO_PACKET, R.PTR_TO_TP_BUFFER, R.PTR_TO_BTF_ID, R.PTR_TO_MEM, R.PTR_TO_BUF, R.PTR_TO_FUNC,
             R.CONST_PTR_TO_DYNPTR}


def adjust_ptr(env: Env, insn: Instruction, ptr: R.Reg, off: R.Reg) -> None:
    """Pointer +/- scalar: keep the pointer's type, move its fixed offset (known scalar) or its variable part."""
    regs = env.cur.cur.regs
    dst = insn.dst
    d = regs[dst]
    op = insn.op
    known = off.var[1] == 0
    smin_val, smax_val, umin_val, umax_val = off.smin, off.smax, off.umin, off.umax
    if (known and (smin_val != smax_val or umin_val != umax_val)) or smin_val > smax_val or umin_val > umax_val:
        R.mark_unknown(d, not env.bpf_capable)
        return
    if (insn.opcode & 7) != Class.ALU64:
        if op == AluOp.SUB and env.allow_ptr_leaks:
            R.mark_unknown(d, not env.bpf_capable)
            return
        raise Reject(f"R{dst} 32-bit pointer arithmetic prohibited", EACCES, dst)
    if ptr.type & R.PTR_MAYBE_NULL:
        raise Reject(f"R{dst} pointer arithmetic on {R.type_str(ptr.type)} prohibited, null-check it first", EACCES,
                     dst, hint=f"compare R{dst} with 0 (`if (!p) return ...`) before using it")
    base = ptr.type & R.BASE_MASK
    if base not in _ARITH_OK:
        ok = (base == R.PTR_TO_FLOW_KEYS and known) or \
            (base in (R.PTR_TO_FLOW_KEYS, R.CONST_PTR_TO_MAP) and known and smin_val == 0 and op == AluOp.ADD)
        if not ok:
            raise Reject(f"R{dst} pointer arithmetic on {R.type_str(ptr.type)} prohibited", EACCES, dst)
    p = ptr.copy()
    if d is not ptr:
        d.assign(ptr)
    _sane_offset(off, p.type)
    _sane_offset(p, p.type)
    B.mark_unbounded32(d)
    if op == AluOp.ADD:
        new_off = p.off + smin_val
        if known and -(1 << 31) <= new_off < (1 << 31):
            d.smin, d.smax, d.umin, d.umax = p.smin, p.smax, p.umin, p.umax
            d.var = p.var
            d.off = new_off
        else:
            lo, hi = p.smin + smin_val, p.smax + smax_val
            if not (B.S64_MIN <= lo <= B.S64_MAX and B.S64_MIN <= hi <= B.S64_MAX):
                lo, hi = B.S64_MIN, B.S64_MAX
            d.smin, d.smax = lo, hi
            lo, hi = p.umin + umin_val, p.umax + umax_val
            if lo > M64 or hi > M64:
                lo, hi = 0, M64
            d.umin, d.umax = lo, hi
            d.var = tnum.add(p.var, off.var)
            d.off = p.off
            if R.is_pkt(p.type):
                d.id = env.new_id()
                d.range = 0
    elif op == AluOp.SUB:
        if ptr is not regs[dst]:
            raise Reject(f"R{dst} tried to subtract pointer from scalar", EACCES, dst)
        if p.type == R.PTR_TO_STACK:
            raise Reject(f"R{dst} subtraction from stack pointer prohibited", EACCES, dst)
        new_off = p.off - smin_val
        if known and -(1 << 31) <= new_off < (1 << 31):
            d.smin, d.smax, d.umin, d.umax = p.smin, p.smax, p.umin, p.umax
            d.var = p.var
            d.id = p.id
            d.off = new_off
        else:
            lo, hi = p.smin - smax_val, p.smax - smin_val
            if not (B.S64_MIN <= lo <= B.S64_MAX and B.S64_MIN <= hi <= B.S64_MAX):
                lo, hi = B.S64_MIN, B.S64_MAX
            d.smin, d.smax = lo, hi
            if p.umin < umax_val:
                d.umin, d.umax = 0, M64
            else:
                d.umin, d.umax = p.umin - umax_val, p.umax - umin_val
            d.var = tnum.sub(p.var, off.var)
            d.off = p.off
            if R.is_pkt(p.type):
                d.id = env.new_id()
                if smin_val < 0:
                    d.range = 0
    elif op in (AluOp.AND, AluOp.OR, AluOp.XOR):
        raise Reject(f"R{dst} bitwise operator {ALU_NAMES[op]} on pointer prohibited", EACCES, dst)
    else:
        raise Reject(f"R{dst} pointer arithmetic with {ALU_NAMES[op]} operator prohibited", EACCES, dst)
    _sane_offset(d, p.type)
    B.sync(d)
    if not env.bypass_spec_v1:
        _sanitize_check_bounds(env, insn, d)


def _sanitize_check_bounds(env: Env, insn: Instruction, d: R.Reg) -> None:
    if d.type == R.PTR_TO_STACK:
        off = d.off + B.s64(d.var[0])
        if d.var[1]:
            raise Reject(f"R{insn.dst} variable stack access prohibited for !root, var_off={tnum.fmt(d.var)} "
                         f"off={off}", EACCES, insn.dst)
        if off >= 0 or off < -512:
            raise Reject(f"R{insn.dst} stack pointer arithmetic goes out of range, prohibited for !root; off={off}",
                         EACCES, insn.dst)
    elif d.type == R.PTR_TO_MAP_VALUE:
        m = d.map
        lo = d.smin + d.off
        if d.smin < 0 or lo < 0 or d.umax + d.off + 1 > m.value_size:
            raise Reject(f"R{insn.dst} pointer arithmetic of map value goes out of range, prohibited for !root",
                         EACCES, insn.dst)


__all__ = ["adjust_ptr", "check_alu", "check_reg_dst", "check_reg_src", "snum"]

"""Loads and stores (Linux's check_mem_access and what it dispatches to): alignment, bounds per pointer type
(stack slot by slot, context through :mod:`pybpf.progtypes` rules, packet within the proven range, map values and
keys, helper memory), spills and fills, atomics, legacy LD_ABS/LD_IND."""

from __future__ import annotations

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import SIZE_BYTES, AtomicOp, Mode, Size
from pybpf.uapi import ProgType
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier import tnum
from pybpf.verifier.alu import check_reg_dst, check_reg_src, is_pointer_value
from pybpf.verifier.env import BPF_MAX_VAR_OFF, EACCES, EINVAL, Env, Reject
from pybpf.verifier.fastcall import check_contract as check_fastcall_contract
from pybpf.verifier.kptr import check_map_kptr_access
from pybpf.verifier.stack import (
    SLOT,
    STACK_INVALID,
    STACK_MISC,
    STACK_SPILL,
    STACK_ZERO,
    byte_of,
    spi_of,
)

READ, WRITE = 0, 1
MAX_STACK = 512

_SPILLABLE = {R.PTR_TO_MAP_VALUE, R.PTR_TO_STACK, R.PTR_TO_CTX, R.PTR_TO_PACKET, R.PTR_TO_PACKET_META,
              R.PTR_TO_PACKET_END, R.PTR_TO_FLOW_KEYS, R.CONST_PTR_TO_MAP, R.PTR_TO_SOCKET, R.PTR_TO_SOCK_COMMON,
              R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK, R.PTR_TO_BTF_ID, R.PTR_TO_BUF, R.PTR_TO_MEM, R.PTR_TO_FUNC,
              R.PTR_TO_MAP_KEY, R.PTR_TO_ARENA}

_ALIGN_DESC = {R.PTR_TO_FLOW_KEYS: "flow keys ", R.PTR_TO_MAP_KEY: "key ", R.PTR_TO_MAP_VALUE: "value ",
               R.PTR_TO_CTX: "context ", R.PTR_TO_STACK: "stack ", R.PTR_TO_SOCKET: "sock ",
               R.PTR_TO_SOCK_COMMON: "sock_common ", R.PTR_TO_TCP_SOCK: "tcp_sock ", R.PTR_TO_XDP_SOCK: "xdp_sock "}

# program types that may read (and those that may also write) packet data directly
_PKT_READ_ONLY = {ProgType.LWT_IN, ProgType.LWT_OUT, ProgType.LWT_SEG6LOCAL, ProgType.SK_REUSEPORT,
                  ProgType.FLOW_DISSECTOR, ProgType.CGROUP_SKB}
_PKT_RW = {ProgType.SCHED_CLS, ProgType.SCHED_ACT, ProgType.XDP, ProgType.LWT_XMIT, ProgType.SK_SKB,
           ProgType.SK_MSG}


def may_access_direct_pkt_data(env: Env, t: int) -> bool:
    pt = env.prog_type
    if pt in _PKT_READ_ONLY:
        return t != WRITE
    if pt in _PKT_RW:
        if t == WRITE:
            env.seen_direct_write = True
        return True
    return pt == ProgType.CGROUP_SOCKOPT


def check_ptr_alignment(env: Env, r: R.Reg, off: int, size: int, strict_once: bool = False) -> None:
    strict = env.opts.strict_alignment or strict_once
    t = r.type
    if t in (R.PTR_TO_PACKET, R.PTR_TO_PACKET_META):
        if not strict or size == 1:
            return
        v = tnum.add(r.var, tnum.const(2 + r.off + off))
        if not tnum.is_aligned(v, size):
            raise Reject(f"misaligned packet access off 2+{tnum.fmt(r.var)}+{r.off}+{off} size {size}", EACCES)
        return
    if t == R.PTR_TO_ARENA:
        return
    desc = _ALIGN_DESC.get(t, "")
    if t == R.PTR_TO_STACK:
        strict = True
    if not strict or size == 1:
        return
    v = tnum.add(r.var, tnum.const(r.off + off))
    if not tnum.is_aligned(v, size):
        raise Reject(f"misaligned {desc}access off {tnum.fmt(r.var)}+{r.off}+{off} size {size}", EACCES)


def _mem_err(r: R.Reg, regno: int, off: int, size: int, mem_size: int) -> Reject:
    base = r.type & R.BASE_MASK
    if base == R.PTR_TO_MAP_KEY:
        return Reject(f"invalid access to map key, key_size={mem_size} off={off} size={size}", EACCES, regno)
    if base == R.PTR_TO_MAP_VALUE:
        return Reject(f"invalid access to map value, value_size={mem_size} off={off} size={size}", EACCES, regno,
                      hint="add a bounds check so that offset + access size stays within the map value")
    if base in (R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_PACKET_END):
        return Reject(f"invalid access to packet, off={off} size={size}, R{regno}(id={r.id},off={off},r={mem_size})",
                      EACCES, regno, hint="compare the packet pointer plus the access size with data_end first")
    return Reject(f"invalid access to memory, mem_size={mem_size} off={off} size={size}", EACCES, regno)


def _check_mem(r: R.Reg, regno: int, off: int, size: int, mem_size: int, zero_ok: bool) -> Reject | None:
    size_ok = size > 0 or (size == 0 and zero_ok)
    if off >= 0 and size_ok and off + size <= mem_size:
        return None
    return _mem_err(r, regno, off, size, mem_size)


def check_mem_region_access(env: Env, regno: int, off: int, size: int, mem_size: int, zero_ok: bool) -> None:
    r = env.cur.cur.regs[regno]
    _region(env, r, regno, off, size, mem_size, zero_ok)


def _region(env: Env, r: R.Reg, regno: int, off: int, size: int, mem_size: int, zero_ok: bool) -> None:
    if r.smin < 0 and (r.smin == B.S64_MIN or not (-(1 << 31) <= off + r.smin < (1 << 31)) or r.smin + off < 0):
        raise Reject(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES, regno, hint=f"make the index of R{regno} unsigned or check it is >= 0")
    err = _check_mem(r, regno, r.smin + off, size, mem_size, zero_ok)
    if err:
        env.verbose(err.message + "\n")
        raise Reject(f"R{regno} min value is outside of the allowed memory range", EACCES, regno)
    if r.umax >= BPF_MAX_VAR_OFF:
        raise Reject(f"R{regno} unbounded memory access, make sure to bounds check any such access", EACCES, regno,
                     hint=f"add an upper bound check on the index before using R{regno} to access memory")
    err = _check_mem(r, regno, r.umax + off, size, mem_size, zero_ok)
    if err:
        env.verbose(err.message + "\n")
        raise Reject(f"R{regno} max value is outside of the allowed memory range", EACCES, regno,
                     hint=f"the largest possible offset of R{regno} plus the access size is past the end")


def check_ptr_off_reg(r: R.Reg, regno: int, fixed_off_ok: bool = False) -> None:
    if r.off < 0:
        raise Reject(f"negative offset {R.type_str(r.type)} ptr R{regno} off={r.off} disallowed", EACCES, regno)
    if not fixed_off_ok and r.off:
        raise Reject(f"dereference of modified {R.type_str(r.type)} ptr R{regno} off={r.off} disallowed", EACCES,
                     regno)
    if r.var[1] or r.var[0]:
        raise Reject(f"variable {R.type_str(r.type)} access var_off={tnum.fmt(r.var)} disallowed", EACCES, regno)


def _ctx_pointer_type(kind: str) -> tuple[int, str]:
    """(register type, kernel struct name for BTF pointers) of a context field's pointer kind
    (``trusted_ptr_or_null_task_struct``, ``pkt_end``...)."""
    t = 0
    name = kind
    if name.endswith("_or_null"):
        t |= R.PTR_MAYBE_NULL
        name = name[:-8]
    for prefix, flags in (("trusted_ptr_or_null_", R.PTR_MAYBE_NULL), ("trusted_ptr_", 0)):
        if name.startswith(prefix):
            return R.PTR_TO_BTF_ID | R.PTR_TRUSTED | flags | t, name[len(prefix):]
    return R.BY_NAME.get(name, R.SCALAR_VALUE) | t, ""


def check_ctx_access(env: Env, regno: int, off: int, size: int, t: int, value_regno: int,
                     is_ldsx: bool = False) -> None:
    r = env.cur.cur.regs[regno]
    check_ptr_off_reg(r, regno)
    from pybpf.verifier import btf_ctx
    if btf_ctx.check_ctx_access(env, regno, off, size, t, value_regno):  # tp_btf/fentry/fexit/iter/LSM: BTF args
        return
    ctx = env.variant.ctx if env.variant is not None else None
    if ctx is None:
        raise Reject(f"invalid bpf_context access off={off} size={size}", EACCES, regno)
    ok = ctx.can_read(off, size) if t == READ else ctx.can_write(off, size)
    if ok and is_ldsx and ctx.pointer(off) is not None:  # a pointer field cannot be sign-extended
        ok = False
    if not ok:
        raise Reject(f"invalid bpf_context access off={off} size={size}", EACCES, regno,
                     hint="this program type's context has no field of that size at that offset")
    if t == READ and value_regno >= 0:
        d = env.cur.cur.regs[value_regno]
        kind = ctx.pointer(off)
        if kind is None:
            R.mark_unknown(d, not env.bpf_capable)
        else:
            pt, struct = _ctx_pointer_type(kind)
            R.mark_ptr(d, pt)
            if struct:
                from pybpf.verifier.calls import vmlinux_struct
                d.btf, d.btf_id = vmlinux_struct(struct)
            if pt & R.PTR_MAYBE_NULL:
                d.id = env.new_id()
        d.origin = env.insn_idx


def check_stack_bounds(env: Env, regno: int, off: int, size: int, t: int, helper: bool = False) -> None:
    r = env.cur.cur.regs[regno]
    frame = env.cur.frames[r.frameno]
    extra = " read from" if t == READ else " write to"  # 6.18 names helper accesses by direction too
    if r.var[1] == 0:
        min_off = B.s64(r.var[0]) + off
        max_off = min_off + size
    else:
        if r.smax >= BPF_MAX_VAR_OFF or r.smin <= -BPF_MAX_VAR_OFF:
            raise Reject(f"invalid unbounded variable-offset{extra} stack R{regno}", EACCES, regno)
        min_off = r.smin + off
        max_off = r.smax + off + size
    lo = -MAX_STACK if (t == WRITE or env.allow_uninit_stack) else -frame.stack.allocated
    bad = min_off < lo or min_off > -1 or max_off > 0 or size < 0
    if bad:
        if r.var[1] == 0:
            raise Reject(f"invalid{extra} stack R{regno} off={off} size={size}", EACCES, regno,
                         hint="stack accesses must stay within [r10-512, r10)")
        raise Reject(f"invalid variable-offset{extra} stack R{regno} var_off={tnum.fmt(r.var)} off={off} "
                     f"size={size}", EACCES, regno)
    if env.fastcall is not None:
        check_fastcall_contract(env, frame.subprog, min_off)
    frame.stack.grow(-min_off)
    sub = frame.subprog
    if env.stack_depth.get(sub, 0) < frame.stack.allocated:
        env.stack_depth[sub] = frame.stack.allocated


def _stack_write_fixed(env: Env, frame, off: int, size: int, value_regno: int, insn: Instruction) -> None:
    st = frame.stack
    slot = -off - 1
    spi = slot // SLOT
    cur = env.cur.cur
    if not env.allow_ptr_leaks and st.is_spill(spi) and not st.is_spilled_scalar(spi) and size != SLOT:
        raise Reject("attempt to corrupt spilled pointer on stack", EACCES)
    reg = cur.regs[value_regno] if value_regno >= 0 else None
    _destroy_if_dynptr(env, frame, spi)
    env.scratch_stack(spi) if frame is cur else None
    is_st = (insn.opcode & 7) == 2 and insn.mode == Mode.MEM
    if reg is not None and not off % SLOT and reg.type == R.SCALAR_VALUE and env.bpf_capable:
        fits = reg.umax.bit_length() <= 8 * size
        if fits:
            from pybpf.verifier.alu import assign_scalar_id_before_mov
            assign_scalar_id_before_mov(env, reg)
        st.save_reg(spi, reg, size)
        if not fits:
            st.reg_mut(spi).id = 0
    elif reg is None and not off % SLOT and is_st and env.bpf_capable:
        tmp = R.scalar(insn.imm)
        st.save_reg(spi, tmp, size)
    elif reg is not None and reg.type & R.BASE_MASK in _SPILLABLE:
        if size != SLOT:
            raise Reject("invalid size of register spill", EACCES)
        if frame is not cur and reg.type == R.PTR_TO_STACK:
            raise Reject("cannot spill pointers to stack into stack frame of the caller", EINVAL)
        st.save_reg(spi, reg, size)
    else:
        st.scrub(spi)
        t = STACK_MISC
        if (reg is not None and reg.type == R.SCALAR_VALUE and reg.var == (0, 0)) or \
                (reg is None and is_st and insn.imm == 0):
            if value_regno >= 0:
                from pybpf.verifier.precision import mark_chain_precision
                mark_chain_precision(env, value_regno)
            t = STACK_ZERO
        for i in range(size):
            j = (slot - i) % SLOT
            st.set_type(spi, j, t)
        return
    from pybpf.verifier.precision import push_hist, stack_flags
    push_hist(env, stack_flags(frame.frameno, spi))


def _destroy_if_dynptr(env: Env, frame, spi: int) -> None:
    """destroy_if_dynptr_stack_slot: a write into a dynptr's slot destroys the dynptr (a ringbuf one: refused)."""
    from pybpf.verifier.dynptr import destroy_slot
    destroy_slot(env, frame.stack, spi)


def _stack_write_var(env: Env, frame, regno: int, off: int, size: int, value_regno: int, insn: Instruction) -> None:
    cur = env.cur.cur
    ptr = cur.regs[regno]
    min_off = ptr.smin + off
    max_off = ptr.smax + off + size
    val = cur.regs[value_regno] if value_regno >= 0 else None
    writing_zero = (val is not None and val.type == R.SCALAR_VALUE and val.var == (0, 0)) or \
        (val is None and (insn.opcode & 7) == 2 and insn.imm == 0)
    st = frame.stack
    for i in range(min_off, max_off):
        _destroy_if_dynptr(env, frame, spi_of(i))
    for i in range(min_off, max_off):
        spi = spi_of(i)
        j = byte_of(i)
        env.scratch_stack(spi)
        t = st.type_at(spi, j)
        if not env.allow_ptr_leaks and t not in (STACK_MISC, STACK_ZERO):
            raise Reject(f"spilled ptr in range of var-offset stack write; insn {env.insn_idx}, ptr off: {i}", EINVAL)
        if writing_zero and t == STACK_SPILL and st.is_spilled_scalar(spi):
            sr = st.reg(spi)
            if sr is not None and sr.var == (0, 0):
                continue
        st.scrub(spi)
        t = st.type_at(spi, j)
        new = STACK_MISC
        if writing_zero and t == STACK_ZERO:
            new = STACK_ZERO
        if t == STACK_INVALID and not env.allow_uninit_stack:
            raise Reject(f"uninit stack in range of var-offset write prohibited for !root; insn {env.insn_idx}, "
                         f"off: {i}", EINVAL)
        st.set_type(spi, j, new)


def _mark_reg_stack_read(env: Env, frame, min_off: int, max_off: int, dst: int) -> None:
    st = frame.stack
    zeros = 0
    for i in range(min_off, max_off):
        spi = spi_of(i)
        env.scratch_stack(spi)
        if st.type_at(spi, byte_of(i)) != STACK_ZERO:
            break
        zeros += 1
    d = env.cur.cur.regs[dst]
    if zeros == max_off - min_off:
        R.mark_known(d, 0, not env.bpf_capable)
    else:
        R.mark_unknown(d, not env.bpf_capable)


def _stack_read_fixed(env: Env, frame, off: int, size: int, dst: int) -> None:
    if _stack_read_fixed_inner(env, frame, off, size, dst):
        from pybpf.verifier.precision import push_hist, stack_flags
        push_hist(env, stack_flags(frame.frameno, (-off - 1) // SLOT))


def _stack_read_fixed_inner(env: Env, frame, off: int, size: int, dst: int) -> bool:
    """The read itself; True when it restored a spilled register (a fill precision tracking follows)."""
    st = frame.stack
    slot = -off - 1
    spi = slot // SLOT
    env.scratch_stack(spi)
    cur = env.cur.cur
    if st.is_spill(spi):
        spill_size = 1
        i = SLOT - 1
        while i > 0 and st.type_at(spi, i - 1) == STACK_SPILL:
            spill_size += 1
            i -= 1
        reg = st.reg(spi)
        if size != SLOT or spill_size != SLOT:
            if reg.type != R.SCALAR_VALUE:
                raise Reject("invalid size of register fill", EACCES)
            if dst < 0:
                return False
            if size <= spill_size and off % SLOT == 0:
                d = cur.regs[dst]
                d.assign(reg)
                if reg.umax.bit_length() > size * 8:
                    d.id = 0
                    d.off = 0
            else:
                spill_cnt = zero_cnt = 0
                for i in range(size):
                    t = st.type_at(spi, (slot - i) % SLOT)
                    if t == STACK_SPILL:
                        spill_cnt += 1
                    elif t == STACK_MISC:
                        pass
                    elif t == STACK_ZERO:
                        zero_cnt += 1
                    elif t == STACK_INVALID and env.allow_uninit_stack:
                        pass
                    else:
                        raise _uninit(off, i, size)
                d = cur.regs[dst]
                if spill_cnt == size and reg.var == (0, 0):
                    R.mark_known(d, 0, not env.bpf_capable)
                    return True
                if zero_cnt == size:
                    R.mark_known(d, 0, not env.bpf_capable)
                else:
                    R.mark_unknown(d, not env.bpf_capable)
                return False
        elif dst >= 0:
            cur.regs[dst].assign(reg)
        elif reg.type != R.SCALAR_VALUE and not env.allow_ptr_leaks:
            raise Reject(f"leaking pointer from stack off {off}", EACCES)
        return True
    else:
        for i in range(size):
            t = st.type_at(spi, (slot - i) % SLOT)
            if t in (STACK_MISC, STACK_ZERO) or (t == STACK_INVALID and env.allow_uninit_stack):
                continue
            raise _uninit(off, i, size)
        if dst >= 0:
            _mark_reg_stack_read(env, frame, off, off + size, dst)
        return False
    return True


def _uninit(off: int, i: int, size: int) -> Reject:
    return Reject(f"invalid read from stack off {off}+{i} size {size}", EACCES,
                  hint="the stack bytes read here were never written on this path; initialise them first")


def check_stack_range_initialized(env: Env, regno: int, off: int, size: int, zero_ok: bool, raw: bool) -> None:
    """A helper reads (or, with ``raw``, writes) ``size`` stack bytes at ``regno + off``."""
    r = env.cur.cur.regs[regno]
    frame = env.cur.frames[r.frameno]
    check_stack_bounds(env, regno, off, size, READ if not raw else WRITE, helper=True)
    if size == 0 and zero_ok:
        return
    if r.var[1] == 0:
        min_off = max_off = B.s64(r.var[0]) + off
    else:
        if not env.allow_ptr_leaks:
            raise Reject(f"R{regno} variable offset stack access prohibited for !root, var_off={tnum.fmt(r.var)}",
                         EACCES, regno)
        if raw:
            raise Reject(f"R{regno} variable offset stack access prohibited for !root, var_off={tnum.fmt(r.var)}",
                         EACCES, regno)
        min_off = r.smin + off
        max_off = r.smax + off
    st = frame.stack
    if raw:
        from pybpf.verifier.stack import STACK_DYNPTR
        for i in range(min_off, max_off + size):  # the helper writes: never into a dynptr
            if -i - 1 < st.allocated and st.type_at(spi_of(i), byte_of(i)) == STACK_DYNPTR:
                raise Reject(f"potential write to dynptr at off={i} disallowed", EACCES, regno)
        return
    for i in range(min_off, max_off + size):
        spi = spi_of(i)
        j = byte_of(i)
        if spi >= len(st.spilled):
            t = STACK_INVALID
        else:
            t = st.type_at(spi, j)
        if t in (STACK_MISC, STACK_ZERO):
            continue
        if t == STACK_SPILL and spi < len(st.spilled):
            sr = st.reg(spi)
            if sr is not None and (sr.type == R.SCALAR_VALUE or env.allow_ptr_leaks):
                if sr.type == R.SCALAR_VALUE:
                    continue
                continue
        if env.allow_uninit_stack and t == STACK_INVALID:
            continue
        if r.var[1] == 0:
            raise Reject(f"invalid read from stack R{regno} off {min_off}+{i - min_off} size {size}", EACCES, regno,
                         hint="initialise the stack buffer before passing it to the helper")
        raise Reject(f"invalid read from stack R{regno} var_off {tnum.fmt(r.var)}+{i - min_off} size {size}",
                     EACCES, regno)


def check_mem_access(env: Env, regno: int, off: int, bpf_size: int, t: int, value_regno: int,
                     is_ldsx: bool = False, strict_once: bool = False) -> None:
    regs = env.cur.cur.regs
    r = regs[regno]
    size = SIZE_BYTES[Size(bpf_size)]
    check_ptr_alignment(env, r, off, size, strict_once)
    off += r.off
    base = r.type & R.BASE_MASK
    val = regs[value_regno] if value_regno >= 0 else None
    if r.type == R.PTR_TO_MAP_KEY:
        if t == WRITE:
            raise Reject(f"write to change key R{regno} not allowed", EACCES, regno)
        _region(env, r, regno, off, size, r.map.key_size, False)
        if val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif r.type == R.PTR_TO_MAP_VALUE:
        if t == WRITE and val is not None and is_pointer_value(env, val):
            raise Reject(f"R{value_regno} leaks addr into map", EACCES, value_regno)
        m = r.map
        if t == WRITE and m.flags & 0x80:  # BPF_F_RDONLY_PROG
            raise Reject(f"write into map forbidden, value_size={m.value_size} off={off} size={size}", EACCES)
        if t == READ and m.flags & 0x100:  # BPF_F_WRONLY_PROG
            raise Reject(f"read from map forbidden, value_size={m.value_size} off={off} size={size}", EACCES)
        _region(env, r, regno, off, size, m.value_size, False)
        _check_map_fields(env, r, off, size)
        if m.kptrs and check_map_kptr_access(env, r, regno, off, size, value_regno):
            pass  # a kptr field: its rules applied, the loaded register typed
        elif t == READ and val is not None:
            if r.var[1] == 0 and m.frozen_rdonly and m.contents is not None:
                moff = off + r.var[0]
                data = m.contents[moff:moff + size]
                v = int.from_bytes(data.ljust(size, b"\0"), "little", signed=is_ldsx)
                R.mark_known(val, v, not env.bpf_capable)
            else:
                R.mark_unknown(val, not env.bpf_capable)
    elif base == R.PTR_TO_MEM:
        if r.type & R.PTR_MAYBE_NULL:
            raise Reject(f"R{regno} invalid mem access '{R.type_str(r.type)}'", EACCES, regno,
                         hint=f"check R{regno} against NULL before dereferencing it")
        rdonly = bool(r.type & R.MEM_RDONLY)
        if t == WRITE and rdonly:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno)
        if t == WRITE and val is not None and is_pointer_value(env, val):
            raise Reject(f"R{value_regno} leaks addr into mem", EACCES, value_regno)
        _region(env, r, regno, off, size, r.mem_size, False)
        if val is not None and (t == READ or rdonly):
            R.mark_unknown(val, not env.bpf_capable)
    elif r.type == R.PTR_TO_CTX:
        if t == WRITE and val is not None and is_pointer_value(env, val):
            raise Reject(f"R{value_regno} leaks addr into ctx", EACCES, value_regno)
        check_ctx_access(env, regno, off, size, t, value_regno if t == READ else -1, is_ldsx)
    elif r.type == R.PTR_TO_STACK:
        check_stack_bounds(env, regno, off, size, t)
        frame = env.cur.frames[r.frameno]
        if t == READ:
            if value_regno < 0 and r.var[1]:
                raise Reject(f"variable offset stack pointer cannot be passed into helper function; "
                             f"var_off={tnum.fmt(r.var)} off={off} size={size}", EACCES, regno)
            if r.var[1] == 0:
                _stack_read_fixed(env, frame, off + B.s64(r.var[0]), size, value_regno)
            else:
                check_stack_range_initialized(env, regno, off, size, False, False)
                _mark_reg_stack_read(env, frame, r.smin + off, r.smax + off + size, value_regno)
        else:
            insn = env.prog.at[env.insn_idx]
            if r.var[1] == 0:
                _stack_write_fixed(env, frame, off + B.s64(r.var[0]), size, value_regno, insn)
            else:
                _stack_write_var(env, frame, regno, off, size, value_regno, insn)
    elif R.is_pkt(r.type):
        if t == WRITE and not may_access_direct_pkt_data(env, t):
            raise Reject("cannot write into packet", EACCES, regno)
        if t == WRITE and val is not None and is_pointer_value(env, val):
            raise Reject(f"R{value_regno} leaks addr into packet", EACCES, value_regno)
        check_packet_access(env, regno, off, size, False)
        if t == READ and val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif r.type == R.PTR_TO_FLOW_KEYS:
        if t == WRITE and val is not None and is_pointer_value(env, val):
            raise Reject(f"R{value_regno} leaks addr into flow keys", EACCES, value_regno)
        if size < 0 or off < 0 or off + size > 56:
            raise Reject(f"invalid access to flow keys off={off} size={size}", EACCES, regno)
        if t == READ and val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif base in (R.PTR_TO_SOCKET, R.PTR_TO_SOCK_COMMON, R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK) and \
            not r.type & R.PTR_MAYBE_NULL:
        if t == WRITE:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno)
        _check_sock_access(env, r, regno, off, size)
        if val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif r.type == R.PTR_TO_TP_BUFFER:
        check_ptr_off_reg(r, regno, fixed_off_ok=True) if False else None
        if off < 0:
            raise Reject(f"R{regno} invalid tracepoint buffer access: off={off}, size={size}", EACCES, regno)
        if r.var[1]:
            raise Reject(f"R{regno} invalid variable buffer offset: off={off}, var_off={tnum.fmt(r.var)}", EACCES,
                         regno)
        if t == READ and val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif base == R.PTR_TO_BTF_ID and not r.type & R.PTR_MAYBE_NULL:
        _check_btf_access(env, r, regno, off, size, t, value_regno)
    elif base == R.PTR_TO_BUF and not r.type & R.PTR_MAYBE_NULL:
        if t == WRITE and r.type & R.MEM_RDONLY:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno,
                         hint="an iterator's read-only buffer (a map key, a read-only value) cannot be written")
        check_buffer_access(env, r, regno, off, size)
        if t == READ and val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif r.type == R.PTR_TO_ARENA:
        if t == READ and val is not None:
            R.mark_unknown(val, not env.bpf_capable)
    elif r.type == R.CONST_PTR_TO_MAP:
        _check_map_ptr_access(env, r, regno, off, size, t, value_regno)
    else:
        raise Reject(f"R{regno} invalid mem access '{R.type_str(r.type)}'", EACCES, regno,
                     hint=_invalid_access_hint(r, regno))
    if size < SLOT and val is not None and t == READ and val.type == R.SCALAR_VALUE:
        if is_ldsx:
            B.coerce_to_size_sx(val, size)
        else:
            B.coerce_to_size(val, size)
    if val is not None and t == READ:
        val.origin = env.insn_idx


def _invalid_access_hint(r: R.Reg, regno: int) -> str:
    if r.type == R.SCALAR_VALUE:
        return f"R{regno} holds a number, not a pointer"
    if r.type & R.PTR_MAYBE_NULL:
        return f"R{regno} may be NULL: compare it with 0 before dereferencing it"
    return ""


def _check_map_fields(env: Env, r: R.Reg, off: int, size: int) -> None:
    m = r.map
    for name, p, fsize in (("bpf_spin_lock", m.spin_lock_off, 4), ("bpf_timer", m.timer_off, 16),
                           ("bpf_wq", m.wq_off, 16)):
        if p is None:
            continue
        if r.smin + off < p + fsize and p < r.umax + off + size:
            raise Reject(f"{name} cannot be accessed directly by load/store", EACCES)


def _narrow_ok(size: int, default: int) -> bool:
    return size <= default and not size & (size - 1)


def sock_access_ok(off: int, size: int) -> bool:
    """bpf_sock_is_valid_access: struct bpf_sock (80 bytes) fields by offset."""
    if off < 0 or off >= 80 or off % size:
        return False
    if off in (4, 8, 12, 44, 72, 76) or 24 <= off < 44 or 52 <= off < 72:
        return _narrow_ok(size, 4)
    if 48 <= off < 50:
        return _narrow_ok(size, 4 if size == 4 else 2)
    if 50 <= off < 52:
        return False
    return size == 4


def _tcp_sock_ok(off: int, size: int) -> bool:
    if off < 0 or off >= 112 or off % size:
        return False
    if off in (80, 88):
        return size == 8
    return size == 4


def _check_sock_access(env: Env, r: R.Reg, regno: int, off: int, size: int) -> None:
    if r.smin < 0:
        raise Reject(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES, regno)
    base = r.type & R.BASE_MASK
    if base == R.PTR_TO_SOCK_COMMON:
        ok = not 8 <= off < 24 and sock_access_ok(off, size)
    elif base == R.PTR_TO_SOCKET:
        ok = sock_access_ok(off, size)
    elif base == R.PTR_TO_TCP_SOCK:
        ok = _tcp_sock_ok(off, size)
    else:  # xdp_sock: queue_id only
        ok = off == 0 and size == 4
    if not ok or r.var[1] or r.var[0]:
        raise Reject(f"R{regno} invalid {R.type_str(r.type)} access off={off} size={size}", EACCES, regno)


def _check_btf_access(env: Env, r: R.Reg, regno: int, off: int, size: int, t: int, value_regno: int) -> None:
    if t == WRITE:
        raise Reject("only read is supported", EACCES, regno)
    if off < 0:
        raise Reject(f"R{regno} is ptr_{_btf_name(r)} invalid negative access: off={off}", EACCES, regno)
    if r.var[1]:
        raise Reject(f"R{regno} is ptr_{_btf_name(r)} invalid variable offset: off={off}, var_off="
                     f"{tnum.fmt(r.var)}", EACCES, regno)
    if r.btf is None or not r.btf_id:
        raise Reject(f"pybpf: R{regno} points to a kernel object of unknown BTF type; accessing it is not modelled",
                     EACCES, regno)
    from pybpf.verifier.btf_ctx import WalkError, struct_access
    try:
        struct_access(r.btf, r.btf_id, off + (r.var[0] if not r.var[1] else 0), size)
    except WalkError as e:
        raise Reject(str(e), EACCES, regno) from None
    if value_regno < 0:
        return
    d = env.cur.cur.regs[value_regno]
    field = _btf_field(r, off + (r.var[0] if not r.var[1] else 0), size)
    if field is not None and field[0] == "ptr":
        from pybpf.verifier.btf_ctx import walked_ptr_flags
        flags = walked_ptr_flags(env, r, off + (r.var[0] if not r.var[1] else 0))  # before d (maybe r) changes
        btf = r.btf
        R.mark_ptr(d, R.PTR_TO_BTF_ID | flags)
        d.btf, d.btf_id = btf, field[1]
        if flags & R.PTR_MAYBE_NULL:
            d.id = env.new_id()
        return
    R.mark_unknown(d, not env.bpf_capable)


def _btf_field(r: R.Reg, off: int, size: int) -> tuple[str, int] | None:
    """The kind of the struct member a PTR_TO_BTF_ID load reads: ("ptr", pointee struct id) for an 8-byte load of a
    pointer to a struct, else None (a scalar)."""
    from pybpf.btf.types import Kind
    from pybpf.verifier.kfuncs import _skip
    btf = r.btf
    if btf is None or not r.btf_id or size != 8:
        return None
    try:
        _sid, st = _skip(btf, r.btf_id)
        base = 0
        for _depth in range(6):
            if st is None or st.kind not in (Kind.STRUCT, Kind.UNION):
                return None
            hit = None
            for m in st.members:
                mid, mt = _skip(btf, m.type)
                moff = base + m.bit_offset // 8
                msize = btf.sizeof(mid) if mt is not None else 0
                if moff <= off < moff + max(msize, 1):
                    hit = (mid, mt, moff)
                    break
            if hit is None:
                return None
            mid, mt, moff = hit
            if mt is not None and mt.kind == Kind.PTR and moff == off:
                pid, pt = _skip(btf, mt.type)
                return ("ptr", pid) if pt is not None and pt.kind == Kind.STRUCT else None
            st, base = mt, moff
    except Exception:
        return None
    return None


# the kernel struct behind each map type (its ops' map_btf_id), which Linux names in map pointer access errors
_MAP_STRUCT = {1: "bpf_htab", 2: "bpf_array", 3: "bpf_array", 4: "bpf_array", 5: "bpf_htab", 6: "bpf_array",
               7: "bpf_stack_map", 8: "bpf_array", 9: "bpf_htab", 10: "bpf_htab", 11: "lpm_trie", 12: "bpf_array",
               13: "bpf_htab", 14: "bpf_dtab", 15: "bpf_stab", 16: "bpf_cpu_map", 17: "xsk_map", 18: "bpf_shtab",
               19: "bpf_cgroup_storage_map", 20: "reuseport_array", 21: "bpf_cgroup_storage_map",
               22: "bpf_queue_stack", 23: "bpf_queue_stack", 24: "bpf_local_storage_map", 25: "bpf_dtab",
               26: "bpf_struct_ops_map", 27: "bpf_ringbuf_map", 28: "bpf_local_storage_map",
               29: "bpf_local_storage_map", 30: "bpf_bloom_filter", 31: "bpf_ringbuf_map",
               32: "bpf_local_storage_map", 33: "bpf_arena"}


def _check_map_ptr_access(env: Env, r: R.Reg, regno: int, off: int, size: int, t: int, value_regno: int) -> None:
    """check_ptr_to_map_access: a map pointer reads like a pointer to the kernel's struct bpf_map (root only)."""
    tname = _MAP_STRUCT.get(r.map.type if r.map is not None else 0, "bpf_map")
    if not env.allow_ptr_leaks:
        raise Reject(f"'struct {tname}' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN", 1, regno)
    if off < 0:
        raise Reject(f"R{regno} is {tname} invalid negative access: off={off}", EACCES, regno)
    if t == WRITE:
        raise Reject(f"only read from {tname} is supported", EACCES, regno)
    if value_regno >= 0:
        d = env.cur.cur.regs[value_regno]
        if off == 0 and size == 8:  # map->ops
            R.mark_ptr(d, R.PTR_TO_BTF_ID | R.PTR_UNTRUSTED)
        else:
            R.mark_unknown(d, not env.bpf_capable)


def _btf_name(r: R.Reg) -> str:
    from pybpf.verifier.log import _btf_name as n
    return n(r)


def check_packet_access(env: Env, regno: int, off: int, size: int, zero_ok: bool) -> None:
    r = env.cur.cur.regs[regno]
    if r.smin < 0:
        raise Reject(f"R{regno} min value is negative, either use unsigned index or do a if (index >=0) check.",
                     EACCES, regno)
    err = None if r.range >= 0 else Reject("", EINVAL)
    if err is None:
        err = _check_mem(r, regno, off, size, r.range, zero_ok)
    if err:
        if err.message:
            env.verbose(err.message + "\n")
        raise Reject(f"R{regno} offset is outside of the packet", EACCES, regno,
                     hint="compare the packet pointer plus the access size with data_end before this access")


# -- instructions ------------------------------------------------------------------------------------------------------
def check_load(env: Env, insn: Instruction) -> None:
    check_reg_src(env, insn.src)
    check_reg_dst(env, insn.dst, mark_unknown=False)
    is_ldsx = insn.mode == Mode.MEMSX
    src_type = env.cur.cur.regs[insn.src].type
    check_mem_access(env, insn.src, insn.off, insn.size, READ, insn.dst, is_ldsx)
    save_aux_ptr_type(env, src_type, True)
    d = env.cur.cur.regs[insn.dst]
    if d.type == R.SCALAR_VALUE:
        msg = B.sanity_error(d)
        if msg:
            env.verbose(B.describe_violation(d, "ldx", msg) + "\n")
            B.mark_unbounded(d)


def check_store(env: Env, insn: Instruction) -> None:
    if insn.mode != Mode.MEM or insn.imm != 0:
        raise Reject("BPF_STX uses reserved fields", EINVAL)
    check_reg_src(env, insn.src)
    check_reg_src(env, insn.dst)
    dst_type = env.cur.cur.regs[insn.dst].type
    check_mem_access(env, insn.dst, insn.off, insn.size, WRITE, insn.src)
    save_aux_ptr_type(env, dst_type, False)


def check_store_imm(env: Env, insn: Instruction) -> None:
    if insn.mode != Mode.MEM or insn.src:
        raise Reject("BPF_ST uses reserved fields", EINVAL)
    check_reg_src(env, insn.dst)
    dst_type = env.cur.cur.regs[insn.dst].type
    check_mem_access(env, insn.dst, insn.off, insn.size, WRITE, -1)
    save_aux_ptr_type(env, dst_type, False)


# pointer types whose loads and stores Linux rewrites per type (ctx conversion, probe_mem...): one instruction
# must always see the same one (reg_type_mismatch_ok)
_REWRITTEN = frozenset({R.PTR_TO_CTX, R.PTR_TO_SOCKET, R.PTR_TO_SOCK_COMMON, R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK,
                        R.PTR_TO_BTF_ID, R.PTR_TO_ARENA})


def save_aux_ptr_type(env: Env, t: int, allow_trust_mismatch: bool) -> None:
    """save_aux_ptr_type: the first pointer type an LDX/STX/ST instruction dereferences is remembered; another
    one later is refused where Linux would rewrite the instruction for one of them."""
    seen = env.aux_ptr_type
    prev = seen.get(env.insn_idx)
    if prev is None:
        seen[env.insn_idx] = t
        return
    if t == prev or (t & R.BASE_MASK not in _REWRITTEN and prev & R.BASE_MASK not in _REWRITTEN):
        return
    if allow_trust_mismatch and t & R.BASE_MASK == R.PTR_TO_BTF_ID and prev & R.BASE_MASK == R.PTR_TO_BTF_ID:
        seen[env.insn_idx] = R.PTR_TO_BTF_ID | R.PTR_UNTRUSTED  # trusted on one path, untrusted on another
        return
    raise Reject("same insn cannot be used with different pointers", EINVAL,
                 hint="this instruction dereferences different kinds of pointers on different paths: use one "
                 "instruction per kind")


_ATOMIC_OK = {AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD, AtomicOp.FETCH_OR,
              AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG, AtomicOp.CMPXCHG}


def check_atomic(env: Env, insn: Instruction) -> None:
    imm = insn.imm
    regs = env.cur.cur.regs
    if imm == AtomicOp.LOAD_ACQ:
        check_reg_src(env, insn.src)
        check_reg_dst(env, insn.dst, mark_unknown=False)
        if is_pointer_value(env, regs[insn.src]) is False and regs[insn.src].type == R.SCALAR_VALUE:
            pass
        check_mem_access(env, insn.src, insn.off, insn.size, READ, insn.dst, strict_once=True)
        return
    if imm == AtomicOp.STORE_REL:
        check_reg_src(env, insn.src)
        check_reg_src(env, insn.dst)
        check_mem_access(env, insn.dst, insn.off, insn.size, WRITE, insn.src, strict_once=True)
        return
    if imm not in _ATOMIC_OK:
        raise Reject(f"BPF_ATOMIC uses invalid atomic opcode {imm:02x}", EINVAL)
    if insn.size not in (Size.W, Size.DW):
        raise Reject("invalid atomic operand size", EINVAL)
    check_reg_src(env, insn.src)
    check_reg_src(env, insn.dst)
    if imm == AtomicOp.CMPXCHG:
        check_reg_src(env, 0)
        if is_pointer_value(env, regs[0]):
            raise Reject("R0 leaks addr into mem", EACCES, 0)
    if is_pointer_value(env, regs[insn.src]):
        raise Reject(f"R{insn.src} leaks addr into mem", EACCES, insn.src)
    d = regs[insn.dst]
    if d.type in (R.PTR_TO_CTX, R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_FLOW_KEYS) or \
            d.type & R.BASE_MASK in (R.PTR_TO_SOCKET, R.PTR_TO_SOCK_COMMON, R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK):
        raise Reject(f"BPF_ATOMIC stores into R{insn.dst} {R.type_str(d.type)} is not allowed", EACCES, insn.dst)
    fetch = bool(imm & 1)
    load_reg = (0 if imm == AtomicOp.CMPXCHG else insn.src) if fetch else -1
    if load_reg >= 0:
        check_mem_access(env, insn.dst, insn.off, insn.size, READ, load_reg, strict_once=True)
        lr = regs[load_reg]
        if lr.type != R.SCALAR_VALUE and not env.allow_ptr_leaks:
            raise Reject(f"R{load_reg} leaks addr into mem", EACCES, load_reg)
    else:
        check_mem_access(env, insn.dst, insn.off, insn.size, READ, -1, strict_once=True)
    check_mem_access(env, insn.dst, insn.off, insn.size, WRITE, -1, strict_once=True)
    if load_reg >= 0:
        lr = regs[load_reg]
        R.mark_unknown(lr, not env.bpf_capable)
        if insn.size == Size.W:
            B.coerce_to_size(lr, 4)
        env.scratch_reg(load_reg)


_LD_ABS_TYPES = {ProgType.SOCKET_FILTER, ProgType.SCHED_CLS, ProgType.SCHED_ACT}


def check_ld_abs(env: Env, insn: Instruction) -> None:
    regs = env.cur.cur.regs
    if env.prog_type not in _LD_ABS_TYPES:
        raise Reject("BPF_LD_[ABS|IND] instructions not allowed for this program type", EINVAL)
    if insn.dst or insn.off or insn.size == Size.DW or (insn.mode == Mode.ABS and insn.src):
        raise Reject("BPF_LD_[ABS|IND] uses reserved fields", EINVAL)
    check_reg_src(env, 6)
    # the instruction may end the program at run time: it must not hold locks or references (check_resource_leak)
    from pybpf.verifier.verifier import check_resource_leak
    check_resource_leak(env, True, "BPF_LD_[ABS|IND]")
    if regs[6].type != R.PTR_TO_CTX:
        raise Reject("at the time of BPF_LD_ABS|IND R6 != pointer to skb", EINVAL, 6)
    if insn.mode == Mode.IND:
        check_reg_src(env, insn.src)
    check_ptr_off_reg(regs[6], 6)
    for i in range(6):
        R.mark_not_init(regs[i])
        env.scratch_reg(i)
    R.mark_unknown(regs[0], not env.bpf_capable)
    regs[0].origin = env.insn_idx


def check_buffer_access(env: Env, r: R.Reg, regno: int, off: int, size: int) -> None:
    """check_buffer_access: an iterator's key / value buffer (PTR_TO_BUF) at a constant, non-negative offset; the
    furthest byte is recorded so that attaching the iterator can refuse a map whose key or value is smaller."""
    rdonly = bool(r.type & R.MEM_RDONLY)
    if off < 0:
        raise Reject(f"R{regno} invalid {'rdonly' if rdonly else 'rdwr'} buffer access: off={off}, size={size}",
                     EACCES, regno)
    if r.var != (0, 0):
        raise Reject(f"R{regno} invalid variable buffer offset: off={off}, var_off={tnum.fmt(r.var)}", EACCES,
                     regno, hint="only constant offsets into an iterator's buffer are allowed")
    if rdonly:
        env.max_rdonly_access = max(env.max_rdonly_access, off + size)
    else:
        env.max_rdwr_access = max(env.max_rdwr_access, off + size)

"""Helper calls (Linux's check_helper_call / check_func_arg): the prototype from :mod:`pybpf.verifier.protos`,
whether this program type may call it (:mod:`pybpf.progtypes`), each argument checked against its type (map
pointers, keys and values on the stack or in map values, memory + size pairs, context...), caller-saved registers
cleared, R0 set from the return type, references acquired and released."""

from __future__ import annotations

from pybpf.helpers.ids import helper_name
from pybpf.isa.instruction import Instruction
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier.alu import check_reg_src
from pybpf.verifier.env import BPF_MAX_VAR_OFF, EACCES, EINVAL, Env, Reject
from pybpf.verifier.memory import (
    check_mem_region_access,
    check_packet_access,
    check_ptr_off_reg,
    check_stack_range_initialized,
    may_access_direct_pkt_data,
)
from pybpf.verifier.protos import Proto, proto
from pybpf.verifier.state import RefState

RINGBUF = 27
_ACQUIRE = {84, 85, 99, 131}  # sk_lookup_tcp, sk_lookup_udp, skc_lookup_tcp, ringbuf_reserve
_RELEASE_SK = 86  # sk_release
_RINGBUF_RELEASE = {132, 133}  # ringbuf_submit, ringbuf_discard


class Meta:
    __slots__ = (
        "const_size",
        "func_id",
        "map",
        "mem_regno",
        "mem_size",
        "raw_mode",
        "ref_obj_id",
        "release_regno",
    )

    def __init__(self, func_id: int) -> None:
        self.map: R.MapInfo | None = None
        self.raw_mode = False
        self.mem_regno = -1
        self.ref_obj_id = 0
        self.release_regno = 0
        self.mem_size = 0
        self.func_id = func_id
        self.const_size = None


def _fname(fid: int) -> str:
    return f"{helper_name(fid) or 'unknown'}#{fid}"


def _bad_type(regno: int, r: R.Reg, expected: str) -> Reject:
    return Reject(f"R{regno} type={R.type_str(r.type)} expected={expected}", EACCES, regno,
                  hint=_type_hint(regno, r, expected))


def _type_hint(regno: int, r: R.Reg, expected: str) -> str:
    if r.type & R.PTR_MAYBE_NULL:
        return f"R{regno} may be NULL here: check it against 0 before passing it to the helper"
    if r.type == R.SCALAR_VALUE and "fp" in expected:
        return f"pass a pointer to a stack buffer in R{regno} (e.g. &key), not a number"
    return ""


def _check_mem_arg(env: Env, regno: int, r: R.Reg, size: int, zero_ok: bool, meta: Meta, write: bool) -> None:
    """check_helper_mem_access for a known size (or the maximum of a bounded size)."""
    base = r.type & R.BASE_MASK
    if R.is_pkt(r.type):
        check_packet_access(env, regno, r.off, size, zero_ok)
    elif base in (R.PTR_TO_MAP_KEY,):
        check_mem_region_access(env, regno, r.off, size, r.map.key_size, zero_ok)
    elif base == R.PTR_TO_MAP_VALUE:
        check_mem_region_access(env, regno, r.off, size, r.map.value_size, zero_ok)
    elif base == R.PTR_TO_MEM:
        if write and r.type & R.MEM_RDONLY:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno)
        check_mem_region_access(env, regno, r.off, size, r.mem_size, zero_ok)
    elif base == R.PTR_TO_STACK:
        check_stack_range_initialized(env, regno, r.off, size, zero_ok, meta.raw_mode)
        if meta.raw_mode:
            _mark_stack_written(env, r, size)
    elif base == R.PTR_TO_CTX:
        check_ptr_off_reg(r, regno)
    elif ((r.type == R.SCALAR_VALUE and r.var == (0, 0) and zero_ok)
          or base in (R.PTR_TO_BTF_ID, R.PTR_TO_BUF, R.PTR_TO_ARENA)):
        return
    else:
        raise Reject(f"R{regno} type={R.type_str(r.type)} expected=fp, pkt, pkt_meta, map_key, map_value, mem, "
                     f"ringbuf_mem, buf, trusted_ptr_", EACCES, regno)


def _mark_stack_written(env: Env, r: R.Reg, size: int) -> None:
    """A helper writes ``size`` bytes at a stack pointer: they become STACK_MISC (spills there are destroyed)."""
    from pybpf.verifier.stack import STACK_MISC, byte_of, spi_of
    frame = env.cur.frames[r.frameno]
    st = frame.stack
    if r.var[1]:
        lo, hi = r.smin + r.off, r.smax + r.off + size
    else:
        lo = B.s64(r.var[0]) + r.off
        hi = lo + size
    for off in range(lo, hi):
        spi = spi_of(off)
        if st.is_spill(spi) or st.is_special(spi):
            st.scrub(spi)
        st.set_type(spi, byte_of(off), STACK_MISC)
        env.scratch_stack(spi)


def _check_size_arg(env: Env, regno: int, r: R.Reg, meta: Meta, zero_ok: bool) -> None:
    """ARG_CONST_SIZE(_OR_ZERO) after a memory argument: check_mem_size_reg."""
    if r.type != R.SCALAR_VALUE:
        raise _bad_type(regno, r, "scalar")
    mem_regno = regno - 1
    mem = env.cur.cur.regs[mem_regno]
    if r.smin < 0:
        raise Reject(f"R{regno} min value is negative, either use unsigned or 'var &= const'", EACCES, regno,
                     hint=f"make the size in R{regno} unsigned or bound it from below")
    if r.umin == 0 and not zero_ok:
        raise Reject(f"R{regno} invalid zero-sized read: u64=[{r.umin:#x},{r.umax:#x}]", EACCES, regno,
                     hint=f"the size in R{regno} may be 0; check it is > 0 first")
    if r.umax >= BPF_MAX_VAR_OFF:
        raise Reject(f"R{regno} unbounded memory access, use 'var &= const' or 'if (var < const)'", EACCES, regno,
                     hint=f"bound the size in R{regno} from above before the call")
    _check_mem_arg(env, mem_regno, mem, r.umax, zero_ok, meta, meta.raw_mode)


def check_func_arg(env: Env, argno: int, arg: str, meta: Meta, p: Proto) -> None:
    regno = argno + 1
    if arg == "ARG_DONTCARE" or not arg:
        return
    r = check_reg_src(env, regno)
    parts = arg.split("|")
    base = parts[0]
    flags = set(parts[1:])
    if base == "ARG_ANYTHING":
        if r.type != R.SCALAR_VALUE and not env.allow_ptr_leaks:
            raise Reject(f"R{regno} leaks addr into helper function", EACCES, regno)
        return
    if base == "ARG_SCALAR":
        if r.type != R.SCALAR_VALUE:
            raise _bad_type(regno, r, "scalar")
        return
    if base == "ARG_CONST_MAP_PTR":
        if r.type != R.CONST_PTR_TO_MAP:
            raise _bad_type(regno, r, "map_ptr")
        meta.map = r.map
        return
    if base in ("ARG_PTR_TO_MAP_KEY", "ARG_PTR_TO_MAP_VALUE", "ARG_PTR_TO_MAP_VALUE_OR_NULL"):
        if meta.map is None:
            raise Reject("invalid map_ptr to access map->key", EACCES, regno)
        if base == "ARG_PTR_TO_MAP_VALUE_OR_NULL" and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            return
        if not (R.is_pkt(r.type) or r.type & R.BASE_MASK in (R.PTR_TO_STACK, R.PTR_TO_MAP_KEY,
                                                                 R.PTR_TO_MAP_VALUE, R.PTR_TO_MEM)) or \
                r.type & R.PTR_MAYBE_NULL:
            raise _bad_type(regno, r, "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_")
        size = meta.map.key_size if base == "ARG_PTR_TO_MAP_KEY" else meta.map.value_size
        meta.raw_mode = "MEM_UNINIT" in flags
        _check_mem_arg(env, regno, r, size, False, meta, meta.raw_mode)
        return
    if base in ("ARG_CONST_SIZE", "ARG_CONST_SIZE_OR_ZERO"):
        _check_size_arg(env, regno, r, meta, base == "ARG_CONST_SIZE_OR_ZERO")
        return
    if base == "ARG_CONST_ALLOC_SIZE_OR_ZERO":
        if r.type != R.SCALAR_VALUE:
            raise _bad_type(regno, r, "scalar")
        if r.var[1]:
            raise Reject(f"R{regno} is not a known constant'", EACCES, regno)
        meta.mem_size = r.var[0]
        return
    if base in ("ARG_PTR_TO_MEM", "ARG_PTR_TO_UNINIT_MEM", "ARG_PTR_TO_MEM_OR_NULL", "ARG_PTR_TO_FIXED_SIZE_MEM"):
        maybe_null = "PTR_MAYBE_NULL" in flags or base == "ARG_PTR_TO_MEM_OR_NULL"
        if maybe_null and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            meta.mem_regno = regno
            return
        if r.type & R.PTR_MAYBE_NULL:
            raise _bad_type(regno, r, "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_")
        if "MEM_RDONLY" not in flags and r.type & R.MEM_RDONLY:
            raise _bad_type(regno, r, "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_")
        if R.is_pkt(r.type) and not may_access_direct_pkt_data(env, 0):
            raise Reject("helper access to the packet is not allowed", EACCES, regno)
        meta.raw_mode = base == "ARG_PTR_TO_UNINIT_MEM" or "MEM_UNINIT" in flags
        meta.mem_regno = regno
        if base == "ARG_PTR_TO_FIXED_SIZE_MEM":
            size = p.extra.get("arg_size", {}).get(regno, 8)
            _check_mem_arg(env, regno, r, size, False, meta, meta.raw_mode)
        elif r.type == R.SCALAR_VALUE:
            raise _bad_type(regno, r, "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_")
        return
    if base == "ARG_PTR_TO_CTX" or base == "ARG_PTR_TO_CTX_OR_NULL":
        if base.endswith("OR_NULL") and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            return
        if r.type != R.PTR_TO_CTX:
            raise _bad_type(regno, r, "ctx")
        check_ptr_off_reg(r, regno)
        return
    if base == "ARG_PTR_TO_STACK_OR_NULL":
        if r.type == R.SCALAR_VALUE and r.var == (0, 0):
            return
        if r.type != R.PTR_TO_STACK:
            raise _bad_type(regno, r, "fp")
        return
    if base == "ARG_PTR_TO_RINGBUF_MEM":
        if r.type != R.PTR_TO_MEM | R.MEM_RINGBUF:
            raise _bad_type(regno, r, "ringbuf_mem")
        if r.off or r.var != (0, 0):
            raise Reject(f"R{regno} must have zero offset when passed to release func or trusted arg to kfunc",
                         EACCES, regno)
        if not r.ref_obj_id:
            raise Reject(f"R{regno} must be referenced when passed to release function", EINVAL, regno)
        meta.release_regno = regno
        meta.ref_obj_id = r.ref_obj_id
        return
    if base == "ARG_PTR_TO_SPIN_LOCK":
        if r.type != R.PTR_TO_MAP_VALUE:
            raise _bad_type(regno, r, "map_value")
        return
    if base == "ARG_PTR_TO_CONST_STR":
        if r.type != R.PTR_TO_MAP_VALUE:
            raise _bad_type(regno, r, "map_value")
        return
    if base in ("ARG_PTR_TO_SOCK_COMMON", "ARG_PTR_TO_BTF_ID_SOCK_COMMON", "ARG_PTR_TO_SOCKET"):
        if r.type & R.BASE_MASK not in (R.PTR_TO_SOCK_COMMON, R.PTR_TO_SOCKET, R.PTR_TO_TCP_SOCK,
                                         R.PTR_TO_XDP_SOCK, R.PTR_TO_BTF_ID) or r.type & R.PTR_MAYBE_NULL:
            raise _bad_type(regno, r, "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_")
        if "OBJ_RELEASE" in flags:
            if not r.ref_obj_id:
                raise Reject(f"R{regno} must be referenced when passed to release function", EINVAL, regno)
            meta.release_regno = regno
            meta.ref_obj_id = r.ref_obj_id
        return
    raise Reject(f"pybpf: argument type {arg} of {_fname(p.id)} is not modelled yet", EINVAL, regno)


def _check_allowed(env: Env, fid: int) -> Proto:
    p = proto(fid)
    v = env.variant
    if p is None or (v is not None and v.helpers is not None and fid not in v.helpers
                     and fid not in v.sleepable_only):
        raise Reject(f"program of this type cannot use helper {_fname(fid)}", EINVAL)
    if v is not None and fid in v.sleepable_only and not (env.opts.sleepable or v.sleepable):
        raise Reject("helper call might sleep in a non-sleepable prog", EINVAL)
    if p.gpl_only and not env.opts.gpl:
        raise Reject("cannot call GPL-restricted function from non-GPL compatible program", EINVAL)
    return p


def check_helper_call(env: Env, insn: Instruction) -> None:
    fid = insn.imm
    if fid < 0 or fid > 211:
        raise Reject(f"invalid func unknown#{fid}", EINVAL)
    p = _check_allowed(env, fid)
    meta = Meta(fid)
    state = env.cur
    if state.active_locks and fid != 94:
        raise Reject("function calls are not allowed while holding a lock", EINVAL)
    for i, arg in enumerate(p.args):
        check_func_arg(env, i, arg, meta, p)
    regs = state.cur.regs
    # ringbuf_output (130) and friends are fine; map-specific compatibility:
    _check_map_func_compat(env, meta.map, fid)
    if meta.release_regno:
        _release_reference(env, meta.ref_obj_id)
    if fid in (93, 94):
        _spin_lock(env, fid, regs[1])
    if fid == 12:  # tail_call
        pass
    elif fid in (181, 151, 164, 170):  # callbacks: loop, for_each_map_elem, timer_set_callback, user_ringbuf_drain
        raise Reject(f"pybpf: callbacks of {_fname(fid)} are not modelled yet", EINVAL)
    for i in range(6):
        R.mark_not_init(regs[i])
        env.scratch_reg(i)
    r0 = regs[0]
    _set_return(env, p, meta, r0)
    r0.origin = env.insn_idx
    if fid in _ACQUIRE or (fid == 1 and meta.map is not None and meta.map.type in (15, 18)):
        rid = env.new_id()
        state.refs.append(RefState(rid, env.insn_idx))
        r0.id = rid
        r0.ref_obj_id = rid


def _set_return(env: Env, p: Proto, meta: Meta, r0: R.Reg) -> None:
    ret = p.ret
    base = ret.split("|")[0]
    if base == "RET_INTEGER":
        R.mark_unknown(r0, not env.bpf_capable)
    elif base == "RET_VOID":
        R.mark_not_init(r0)
    elif base in ("RET_PTR_TO_MAP_VALUE_OR_NULL", "RET_PTR_TO_MAP_VALUE"):
        if meta.map is None:
            raise Reject("kernel subsystem misconfigured verifier", EINVAL)
        R.mark_ptr(r0, R.PTR_TO_MAP_VALUE | (R.PTR_MAYBE_NULL if base.endswith("OR_NULL") else 0))
        r0.map = meta.map
        if base.endswith("OR_NULL"):
            r0.id = env.new_id()
    elif base == "RET_PTR_TO_RINGBUF_MEM_OR_NULL":
        R.mark_ptr(r0, R.PTR_TO_MEM | R.MEM_RINGBUF | R.PTR_MAYBE_NULL)
        r0.mem_size = meta.mem_size
        r0.id = env.new_id()
    elif base in ("RET_PTR_TO_SOCKET_OR_NULL", "RET_PTR_TO_SOCK_COMMON_OR_NULL", "RET_PTR_TO_TCP_SOCK_OR_NULL"):
        t = {"RET_PTR_TO_SOCKET_OR_NULL": R.PTR_TO_SOCKET, "RET_PTR_TO_SOCK_COMMON_OR_NULL": R.PTR_TO_SOCK_COMMON,
             "RET_PTR_TO_TCP_SOCK_OR_NULL": R.PTR_TO_TCP_SOCK}[base]
        R.mark_ptr(r0, t | R.PTR_MAYBE_NULL)
        r0.id = env.new_id()
    elif base.startswith("RET_PTR_TO_BTF_ID"):
        flags = R.PTR_MAYBE_NULL if "OR_NULL" in base else 0
        if base.endswith("TRUSTED"):
            flags |= R.PTR_TRUSTED
        R.mark_ptr(r0, R.PTR_TO_BTF_ID | flags)
        if flags & R.PTR_MAYBE_NULL:
            r0.id = env.new_id()
    else:
        raise Reject(f"pybpf: return type {ret} of {_fname(p.id)} is not modelled yet", EINVAL)


_MAP_FUNCS = {  # map type -> helpers that accept it as their map argument (check_map_func_compatibility, partial)
    27: {130, 131, 134},  # RINGBUF: output, reserve, query (+ dynptr)
    4: {25, 55},  # PERF_EVENT_ARRAY: perf_event_output, skb/xdp output
    3: {12},  # PROG_ARRAY: tail_call
}


def _check_map_func_compat(env: Env, m: R.MapInfo | None, fid: int) -> None:
    if m is None:
        return
    allowed = _MAP_FUNCS.get(m.type)
    if allowed is not None and fid not in allowed and fid not in (111, 121, 197, 198):
        raise Reject(f"cannot pass map_type {m.type} into func {_fname(fid)}", EINVAL)
    if fid == 12 and m.type != 3:
        raise Reject(f"cannot pass map_type {m.type} into func {_fname(fid)}", EINVAL)
    if fid in (131, 130) and m.type != 27:
        raise Reject(f"cannot pass map_type {m.type} into func {_fname(fid)}", EINVAL)


def _release_reference(env: Env, ref_obj_id: int) -> None:
    state = env.cur
    if not any(r.id == ref_obj_id for r in state.refs):
        raise Reject(f"R{1} must be referenced when passed to release function", EINVAL)
    state.refs = [r for r in state.refs if r.id != ref_obj_id]
    for _f, _k, _i, r in state.all_regs():
        if r.ref_obj_id == ref_obj_id:
            R.mark_unknown(r, not env.bpf_capable)


def _spin_lock(env: Env, fid: int, r: R.Reg) -> None:
    state = env.cur
    m = r.map
    if m is None or m.spin_lock_off is None:
        raise Reject(f"map '{m.name if m else ''}' has no valid bpf_spin_lock", EINVAL)
    if r.var[1]:
        raise Reject("R1 doesn't have constant offset. bpf_spin_lock has to be at the constant offset", EINVAL)
    if B.s64(r.var[0]) + r.off != m.spin_lock_off:
        raise Reject(f"off {B.s64(r.var[0]) + r.off} doesn't point to 'struct bpf_spin_lock' that is at "
                     f"{m.spin_lock_off}", EINVAL)
    if fid == 93:
        if state.active_locks:
            raise Reject("Locking two bpf_spin_locks are not allowed", EINVAL)
        state.active_locks = 1
        state.lock_ptr = (id(m), r.id)
    else:
        if not state.active_locks:
            raise Reject("bpf_spin_unlock without taking a lock", EINVAL)
        if state.lock_ptr != (id(m), r.id):
            raise Reject("bpf_spin_unlock of different lock", EINVAL)
        state.active_locks = 0
        state.lock_ptr = None

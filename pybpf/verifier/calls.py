"""Helper calls (Linux's check_helper_call / check_func_arg): the prototype from :mod:`pybpf.verifier.protos`,
whether this program type may call it (:mod:`pybpf.progtypes`), each argument checked against its type (map
pointers, keys and values on the stack or in map values, memory + size pairs, context...), caller-saved registers
cleared, R0 set from the return type, references acquired and released."""

from __future__ import annotations

from pybpf.helpers.ids import helper_name
from pybpf.isa.instruction import Instruction
from pybpf.uapi import ProgType
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier.alu import check_reg_src
from pybpf.verifier.env import BPF_MAX_VAR_OFF, EACCES, EINVAL, Env, Reject
from pybpf.verifier.memory import (
    READ,
    WRITE,
    check_ctx_access,
    check_mem_region_access,
    check_packet_access,
    check_ptr_off_reg,
    check_stack_range_initialized,
    may_access_direct_pkt_data,
)
from pybpf.verifier.protos import Proto, proto
from pybpf.verifier.state import RefState

RINGBUF = 27
_ACQUIRE = {84, 85, 99, 131, 194}  # sk_lookup_tcp, sk_lookup_udp, skc_lookup_tcp, ringbuf_reserve, kptr_xchg
_KPTR_XCHG = 194
_RELEASE_SK = 86  # sk_release
_RINGBUF_RELEASE = {132, 133}  # ringbuf_submit, ringbuf_discard
# tcp_sock, sk_fullsock, skc_to_tcp_sock, skc_to_tcp6_sock, skc_to_udp6_sock, skc_to_mptcp_sock,
# skc_to_tcp_timewait_sock, skc_to_tcp_request_sock (is_ptr_cast_function)
_PTR_CAST = frozenset({96, 95, 137, 136, 140, 196, 138, 139})


class Meta:
    __slots__ = (
        "const_size",
        "dynptr_id",
        "dynptr_kind",
        "func_id",
        "func_reg",
        "kptr_field",
        "map",
        "mem_regno",
        "mem_size",
        "msize_max",
        "raw_mode",
        "ref_obj_id",
        "release_dynptr",
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
        self.func_reg: R.Reg | None = None
        self.msize_max = 0
        self.dynptr_id = 0
        self.dynptr_kind = ""
        self.release_dynptr = False
        self.kptr_field = None  # bpf_kptr_xchg: the kptr field its destination points to (kptr.KptrField)


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


_NO_CTX_CONVERSION = frozenset({ProgType.KPROBE, ProgType.TRACEPOINT, ProgType.RAW_TRACEPOINT,
                                ProgType.RAW_TRACEPOINT_WRITABLE, ProgType.TRACING, ProgType.LSM})


_SOCK = (R.PTR_TO_SOCK_COMMON, R.PTR_TO_SOCKET, R.PTR_TO_TCP_SOCK, R.PTR_TO_XDP_SOCK)
_MEM_TYPES = (R.PTR_TO_STACK, R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_MAP_KEY, R.PTR_TO_MAP_VALUE,
              R.PTR_TO_MEM, R.PTR_TO_MEM | R.MEM_RINGBUF, R.PTR_TO_BUF, R.PTR_TO_BTF_ID | R.PTR_TRUSTED)
# compatible_reg_types: the register types each argument class accepts (exact types, after the folding of the
# argument's own flags that check_reg_type does)
_COMPATIBLE: dict[str, tuple[int, ...]] = {
    "ARG_PTR_TO_MAP_KEY": _MEM_TYPES, "ARG_PTR_TO_MAP_VALUE": _MEM_TYPES, "ARG_PTR_TO_MEM": _MEM_TYPES,
    "ARG_PTR_TO_SOCK_COMMON": _SOCK,
    "ARG_PTR_TO_BTF_ID_SOCK_COMMON": (*_SOCK, R.PTR_TO_BTF_ID, R.PTR_TO_BTF_ID | R.PTR_TRUSTED),
    "ARG_PTR_TO_SOCKET": (R.PTR_TO_SOCKET,),
    "ARG_PTR_TO_BTF_ID": (R.PTR_TO_BTF_ID, R.PTR_TO_BTF_ID | R.PTR_TRUSTED, R.PTR_TO_BTF_ID | R.MEM_RCU),
    "ARG_PTR_TO_PERCPU_BTF_ID": (R.PTR_TO_BTF_ID | R.MEM_PERCPU, R.PTR_TO_BTF_ID | R.MEM_PERCPU | R.MEM_RCU,
                                 R.PTR_TO_BTF_ID | R.MEM_PERCPU | R.PTR_TRUSTED),
}
# the pybpf spellings of argument types that are a base plus flags in Linux
_ALIASES = {"ARG_PTR_TO_MEM_OR_NULL": ("ARG_PTR_TO_MEM", "PTR_MAYBE_NULL"),
            "ARG_PTR_TO_UNINIT_MEM": ("ARG_PTR_TO_MEM", "MEM_UNINIT"),
            "ARG_PTR_TO_FIXED_SIZE_MEM": ("ARG_PTR_TO_MEM", "MEM_FIXED_SIZE"),
            "ARG_PTR_TO_MAP_VALUE_OR_NULL": ("ARG_PTR_TO_MAP_VALUE", "PTR_MAYBE_NULL"),
            "ARG_PTR_TO_BTF_ID_OR_NULL": ("ARG_PTR_TO_BTF_ID", "PTR_MAYBE_NULL")}
# the kernel structs behind the BTF_ID lists helper prototypes name (arg_btf_id / ret_btf_id)
BTF_ID_STRUCTS = {
    "task": "task_struct", "tcp_sock": "tcp_sock", "bpf_skb_output_btf_ids[0]": "sk_buff",
    "bpf_xdp_output_btf_ids[0]": "xdp_buff", "btf_seq_file_ids[0]": "seq_file",
    "bpf_inode_storage_btf_ids[0]": "inode", "bpf_d_path_btf_ids[0]": "path",
    "bpf_bprm_opts_set_btf_ids[0]": "linux_binprm", "bpf_ima_inode_hash_btf_ids[0]": "inode",
    "bpf_ima_file_hash_btf_ids[0]": "file", "bpf_sock_from_file_btf_ids[0]": "socket",
    "bpf_sock_from_file_btf_ids[1]": "file", "bpf_cgroup_btf_id[0]": "cgroup", "bpf_task_pt_regs_ids[0]": "pt_regs",
    "btf_sock_ids[BTF_SOCK_TYPE_TCP]": "tcp_sock", "btf_sock_ids[BTF_SOCK_TYPE_TCP6]": "tcp6_sock",
    "btf_sock_ids[BTF_SOCK_TYPE_TCP_TW]": "tcp_timewait_sock",
    "btf_sock_ids[BTF_SOCK_TYPE_TCP_REQ]": "tcp_request_sock", "btf_sock_ids[BTF_SOCK_TYPE_UDP6]": "udp6_sock",
    "btf_sock_ids[BTF_SOCK_TYPE_UNIX]": "unix_sock",
    "btf_sock_ids[BTF_SOCK_TYPE_SOCK_COMMON]": "sock_common", "btf_sock_ids[BTF_SOCK_TYPE_MPTCP]": "mptcp_sock",
}
# check_func_arg_reg_off: types whose fixed and variable offsets are both fine; PTR_TO_BTF_ID may have a fixed one
_ANY_OFF = frozenset({R.PTR_TO_STACK, R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_MAP_KEY, R.PTR_TO_MAP_VALUE,
                      R.PTR_TO_MEM, R.PTR_TO_MEM | R.MEM_RDONLY, R.PTR_TO_MEM | R.MEM_RINGBUF, R.PTR_TO_BUF,
                      R.PTR_TO_BUF | R.MEM_RDONLY, R.PTR_TO_ARENA, R.SCALAR_VALUE})
_FIXED_OFF = frozenset({R.PTR_TO_BTF_ID, R.PTR_TO_BTF_ID | R.MEM_ALLOC, R.PTR_TO_BTF_ID | R.PTR_TRUSTED,
                        R.PTR_TO_BTF_ID | R.MEM_RCU, R.PTR_TO_BTF_ID | R.MEM_ALLOC | R.NON_OWN_REF,
                        R.PTR_TO_BTF_ID | R.MEM_ALLOC | R.NON_OWN_REF | R.MEM_RCU})
_BTF_MATCHED = frozenset({R.PTR_TO_BTF_ID, R.PTR_TO_BTF_ID | R.PTR_TRUSTED,
                          R.PTR_TO_BTF_ID | R.PTR_TRUSTED | R.PTR_MAYBE_NULL, R.PTR_TO_BTF_ID | R.MEM_RCU,
                          R.PTR_TO_BTF_ID | R.PTR_MAYBE_NULL, R.PTR_TO_BTF_ID | R.PTR_MAYBE_NULL | R.MEM_RCU})


def vmlinux_struct(name: str) -> tuple[object, int]:
    """(vmlinux BTF, id of the struct ``name``), id 0 where there is no such struct (or no vmlinux BTF)."""
    from pybpf.btf.types import Kind
    from pybpf.verifier.kfuncs import vmlinux
    btf = vmlinux()
    if btf is None:
        return None, 0
    return btf, btf.find_id(name, Kind.STRUCT) or 0


def check_reg_type(env: Env, regno: int, r: R.Reg, base: str, flags: set[str], p: Proto) -> None:
    """Linux's check_reg_type for the argument classes of :data:`_COMPATIBLE`: the register's type must be one the
    class accepts (the argument's MEM_RDONLY / PTR_MAYBE_NULL folded away), a trusted kernel object passed as
    memory only where the helper does not write, and a PTR_TO_BTF_ID must point to the struct the prototype names
    (or to a struct that starts with it, unless the helper releases it)."""
    compatible = _COMPATIBLE[base]
    t = r.type
    if "MEM_RDONLY" in flags:
        t &= ~R.MEM_RDONLY
    if "PTR_MAYBE_NULL" in flags:
        t &= ~R.PTR_MAYBE_NULL
    if t not in compatible:
        raise _bad_type(regno, r, ", ".join(R.type_str(c) for c in compatible))
    if r.type & R.BASE_MASK != R.PTR_TO_BTF_ID:
        return
    if compatible is _MEM_TYPES:
        if "MEM_RDONLY" not in flags:
            raise Reject(f"{_helper_fn(p.id)}() may write into memory pointed by R{regno} type="
                         f"{R.type_str(r.type)}", EACCES, regno)
        return
    if r.type not in _BTF_MATCHED:
        return  # per-CPU kernel objects: checked by the helpers that take them
    want = "sock_common" if base == "ARG_PTR_TO_BTF_ID_SOCK_COMMON" else \
        BTF_ID_STRUCTS.get(p.extra.get("arg_btf_id", {}).get(regno, ""), "")
    if not want:
        raise Reject(f"pybpf: the BTF type argument {regno} of {_fname(p.id)} expects is not modelled", EINVAL,
                     regno)
    check_btf_struct_arg(env, regno, r, *vmlinux_struct(want), flags, p.id == _RELEASE_SK)


def check_btf_struct_arg(env: Env, regno: int, r: R.Reg, need_btf: object, need_id: int, flags: set[str],
                         sk_release: bool = False) -> None:
    """The PTR_TO_BTF_ID part of check_reg_type (helpers and global functions' trusted arguments): not NULL unless
    the argument may be, no variable offset, and the struct at the fixed offset is the one expected (exactly, for
    release arguments other than bpf_sk_release's)."""
    release = "OBJ_RELEASE" in flags
    if r.type & R.PTR_MAYBE_NULL and ("PTR_MAYBE_NULL" not in flags or release):
        raise Reject(f"Possibly NULL pointer passed to helper arg{regno}", EACCES, regno)
    from pybpf.verifier.memory import check_ptr_off_reg
    check_ptr_off_reg(r, regno, fixed_off_ok=True)
    if r.btf is None or not r.btf_id or not need_id:
        raise Reject(f"pybpf: the BTF type of R{regno} or of the argument is not known; checking it is not "
                     "modelled", EINVAL, regno)
    from pybpf.verifier.btf_ctx import struct_ids_match
    if not struct_ids_match(env, r.btf, r.btf_id, r.off, need_btf, need_id, release and not sk_release):
        want = _btf_type_name(need_btf, need_id)
        raise Reject(f"R{regno} is of type {_btf_type_name(r.btf, r.btf_id)} but {want} is expected", EACCES,
                     regno, hint=f"pass a pointer to struct {want} (at offset 0 of the object) in R{regno}")


def check_func_arg_reg_off(r: R.Reg, regno: int, flags: set[str], dynptr: bool = False) -> None:
    """Linux's check_func_arg_reg_off: which pointers may reach a helper with a fixed or variable offset."""
    from pybpf.verifier.memory import check_ptr_off_reg
    if "OBJ_RELEASE" in flags:
        if dynptr and r.type == R.PTR_TO_STACK:
            return
        if r.off:
            raise Reject(f"R{regno} must have zero offset when passed to release func or trusted arg to kfunc",
                         EINVAL, regno)
        check_ptr_off_reg(r, regno)
        return
    if r.type in _ANY_OFF:
        return
    check_ptr_off_reg(r, regno, fixed_off_ok=r.type in _FIXED_OFF)


def _helper_fn(fid: int) -> str:
    return helper_name(fid) or "unknown"


def _btf_type_name(btf: object, tid: int) -> str:
    try:
        return btf.name(tid)  # type: ignore[attr-defined]
    except Exception:
        return ""


def _check_mem_arg(env: Env, regno: int, r: R.Reg, size: int, zero_ok: bool, meta: Meta, write: bool) -> None:
    """check_helper_mem_access for a known size (or the maximum of a bounded size)."""
    base = r.type & R.BASE_MASK
    if R.is_pkt(r.type):
        check_packet_access(env, regno, r.off, size, zero_ok)
    elif base in (R.PTR_TO_MAP_KEY,):
        if write:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno)
        check_mem_region_access(env, regno, r.off, size, r.map.key_size, zero_ok)
    elif base == R.PTR_TO_MAP_VALUE:
        m = r.map
        off = r.off + (B.s64(r.var[0]) if not r.var[1] else r.smin)
        if write and m.flags & 0x80:  # BPF_F_RDONLY_PROG
            raise Reject(f"write into map forbidden, value_size={m.value_size} off={off} size={size}", EACCES,
                         regno)
        if not write and m.flags & 0x100:  # BPF_F_WRONLY_PROG
            raise Reject(f"read from map forbidden, value_size={m.value_size} off={off} size={size}", EACCES,
                         regno)
        check_mem_region_access(env, regno, r.off, size, m.value_size, zero_ok)
        if m.kptrs:
            from pybpf.verifier.kptr import check_helper_access
            check_helper_access(r, regno, size)
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
        if env.prog_type in _NO_CTX_CONVERSION and size:
            # Linux checks a one-byte access at the end of the range against the context rules (types whose
            # context needs no conversion: its layout is what the program sees)
            check_ctx_access(env, regno, r.off + size - 1, 1, WRITE if (write or meta.raw_mode) else READ, -1)
    elif base == R.PTR_TO_BTF_ID:
        # check_ptr_to_btf_access(regno, reg->off, size, READ): the walk covers [r.off, r.off + size)
        if size:
            from pybpf.verifier.memory import _check_btf_access
            _check_btf_access(env, r, regno, r.off, size, READ, -1)
    elif base == R.PTR_TO_BUF:
        if r.type & R.MEM_RDONLY and meta.raw_mode:
            raise Reject(f"R{regno} cannot write into {R.type_str(r.type)}", EACCES, regno)
        from pybpf.verifier.memory import check_buffer_access
        check_buffer_access(env, r, regno, r.off, size)
    elif base == R.PTR_TO_ARENA:
        return
    elif r.type == R.SCALAR_VALUE and r.var == (0, 0) and zero_ok and size == 0:
        return  # a zero-byte access through NULL
    elif r.type == R.SCALAR_VALUE:
        raise Reject(f"R{regno} type=scalar expected=fp", EACCES, regno,
                     hint=f"R{regno} may be NULL while the size may be > 0: check the size is 0 when it is NULL")
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
    for off in range(max(lo, -512), min(hi, 0)):
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
    if r.var[1]:
        from pybpf.verifier.precision import mark_chain_precision
        mark_chain_precision(env, regno)
    if r.smin < 0:
        raise Reject(f"R{regno} min value is negative, either use unsigned or 'var &= const'", EACCES, regno,
                     hint=f"make the size in R{regno} unsigned or bound it from below")
    if r.umin == 0 and not zero_ok:
        raise Reject(f"R{regno} invalid zero-sized read: u64=[{B.s64(r.umin)},{B.s64(r.umax)}]", EACCES, regno,
                     hint=f"the size in R{regno} may be 0; check it is > 0 first")
    meta.msize_max = r.umax
    if r.umin == 0 and zero_ok:
        _check_mem_arg(env, mem_regno, mem, 0, zero_ok, meta, meta.raw_mode)
    if r.umax >= BPF_MAX_VAR_OFF:
        raise Reject(f"R{regno} unbounded memory access, use 'var &= const' or 'if (var < const)'", EACCES, regno,
                     hint=f"bound the size in R{regno} from above before the call")
    _check_mem_arg(env, mem_regno, mem, r.umax, zero_ok, meta, meta.raw_mode)


def check_func_arg(env: Env, argno: int, arg: str, meta: Meta, p: Proto) -> None:
    regno = argno + 1
    if arg == "ARG_DONTCARE" or not arg:
        return
    r = check_reg_src(env, regno)
    if base_of(arg) == "ARG_KPTR_XCHG_DEST":  # process_kptr_func; the destination's reference is not the call's
        from pybpf.verifier.kptr import check_xchg_dest
        meta.kptr_field = check_xchg_dest(env, regno, r)
        return
    if p.id == _KPTR_XCHG and regno == 2:
        from pybpf.verifier.kptr import check_xchg_src
        check_xchg_src(env, regno, r, meta.kptr_field)
        meta.release_regno = regno
        meta.ref_obj_id = r.ref_obj_id if r.type != R.SCALAR_VALUE else 0
        return
    if r.ref_obj_id and r.type != R.SCALAR_VALUE and not meta.ref_obj_id:
        meta.ref_obj_id = r.ref_obj_id
    if R.is_pkt(r.type) and not p.extra.get("pkt_access"):
        raise Reject("helper access to the packet is not allowed", EACCES, regno)
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
    if base == "ARG_PTR_TO_MAP_VALUE" and meta.map is not None and meta.map.type in (15, 18):
        base, flags = "ARG_PTR_TO_BTF_ID_SOCK_COMMON", set()  # resolve_map_arg_type: sockmap values are sockets
    kbase, kflag = _ALIASES.get(base, (base, ""))  # Linux's base type and the flag pybpf's spelling implies
    kflags = flags | {kflag} if kflag else flags
    if base in ("ARG_PTR_TO_MAP_KEY", "ARG_PTR_TO_MAP_VALUE", "ARG_PTR_TO_MAP_VALUE_OR_NULL"):
        if meta.map is None:
            raise Reject("invalid map_ptr to access map->key", EACCES, regno)
        if base == "ARG_PTR_TO_MAP_VALUE_OR_NULL" and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            return
        check_reg_type(env, regno, r, kbase, kflags, p)
        check_func_arg_reg_off(r, regno, kflags)
        if r.type & R.BASE_MASK not in (R.PTR_TO_STACK, R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_MAP_KEY,
                                        R.PTR_TO_MAP_VALUE, R.PTR_TO_MEM, R.PTR_TO_BUF):
            raise Reject(f"pybpf: a {R.type_str(r.type)} map key/value argument is not modelled", EINVAL, regno)
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
        from pybpf.verifier.precision import mark_chain_precision
        mark_chain_precision(env, regno)
        meta.mem_size = r.var[0]
        return
    if base == "ARG_PTR_TO_FUNC":
        if r.type != R.PTR_TO_FUNC:
            raise _bad_type(regno, r, "func")
        meta.func_reg = r
        return
    if base == "ARG_PTR_TO_TIMER":
        _check_timer_arg(env, regno, r, meta)
        return
    if base in ("ARG_PTR_TO_MEM", "ARG_PTR_TO_UNINIT_MEM", "ARG_PTR_TO_MEM_OR_NULL", "ARG_PTR_TO_FIXED_SIZE_MEM"):
        maybe_null = "PTR_MAYBE_NULL" in flags or base == "ARG_PTR_TO_MEM_OR_NULL"
        if maybe_null and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            meta.mem_regno = regno
            return
        check_reg_type(env, regno, r, kbase, kflags, p)
        check_func_arg_reg_off(r, regno, kflags)
        if R.is_pkt(r.type) and not may_access_direct_pkt_data(env, 0):
            raise Reject("helper access to the packet is not allowed", EACCES, regno)
        meta.raw_mode = base == "ARG_PTR_TO_UNINIT_MEM" or "MEM_UNINIT" in flags
        meta.mem_regno = regno
        if base == "ARG_PTR_TO_FIXED_SIZE_MEM":
            size = p.extra.get("arg_size", {}).get(regno, 8)
            if "MEM_ALIGNED" in flags:
                from pybpf.verifier.memory import check_ptr_alignment
                check_ptr_alignment(env, r, 0, size, strict_once=True)
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
    if base == "ARG_PTR_TO_DYNPTR":
        _check_dynptr_arg(env, regno, r, flags, meta)
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
        _check_const_str(env, regno, r)
        return
    if base in ("ARG_PTR_TO_BTF_ID", "ARG_PTR_TO_BTF_ID_OR_NULL", "ARG_PTR_TO_PERCPU_BTF_ID"):
        if base.endswith("OR_NULL") and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            return
        check_reg_type(env, regno, r, kbase, kflags, p)
        check_func_arg_reg_off(r, regno, kflags)
        if "OBJ_RELEASE" in flags:
            meta.release_regno = regno
            meta.ref_obj_id = r.ref_obj_id
        return
    if base in ("ARG_PTR_TO_SOCK_COMMON", "ARG_PTR_TO_BTF_ID_SOCK_COMMON", "ARG_PTR_TO_SOCKET"):
        # compatible_reg_types: sock_types, btf_id_sock_common_types (BTF pointers too), fullsock_types
        if "PTR_MAYBE_NULL" in flags and r.type == R.SCALAR_VALUE and r.var == (0, 0):
            return
        check_reg_type(env, regno, r, kbase, kflags, p)
        check_func_arg_reg_off(r, regno, kflags)
        if "OBJ_RELEASE" in flags:
            if not r.ref_obj_id:
                raise Reject(f"R{regno} must be referenced when passed to release function", EINVAL, regno)
            meta.release_regno = regno
            meta.ref_obj_id = r.ref_obj_id
        return
    raise Reject(f"pybpf: argument type {arg} of {_fname(p.id)} is not modelled yet", EINVAL, regno)


def _check_const_str(env: Env, regno: int, r: R.Reg) -> None:
    """Linux's check_reg_const_str: the string is in a frozen read-only array map (.rodata) at a constant
    address, and NUL-terminated within the value, so the helper reads a string nobody can change."""
    m = r.map
    if m is None or not (m.flags & 0x80 and m.frozen_rdonly):  # bpf_map_is_rdonly: BPF_F_RDONLY_PROG + frozen
        raise Reject(f"R{regno} does not point to a readonly map'", EACCES, regno)
    if r.var[1]:
        raise Reject(f"R{regno} is not a constant address'", EACCES, regno)
    if m.type != 2:  # map_direct_value_addr: arrays only
        raise Reject("no direct value access support for this map type", EACCES, regno)
    off = r.off + B.s64(r.var[0])
    check_mem_region_access(env, regno, r.off, m.value_size - r.off, m.value_size, False)
    if m.contents is None:
        raise Reject(f"pybpf: the contents of map {m.name} are not known here, so R{regno}'s string cannot be "
                     "checked (not modelled)", EINVAL, regno)
    if 0 not in m.contents[off:m.value_size]:
        raise Reject("string is not zero-terminated", EINVAL, regno)


def _check_dynptr_arg(env: Env, regno: int, r: R.Reg, flags: set[str], meta: Meta) -> None:
    """ARG_PTR_TO_DYNPTR: check_reg_type (dynptr_types), the offset rule, the release check, process_dynptr_func."""
    from pybpf.verifier import dynptr as D
    if r.type not in (R.PTR_TO_STACK, R.CONST_PTR_TO_DYNPTR):
        raise _bad_type(regno, r, "fp, dynptr_ptr")
    check_func_arg_reg_off(r, regno, flags, dynptr=True)
    if "OBJ_RELEASE" in flags:
        D.check_release(env, regno)
        meta.release_regno = regno
        meta.release_dynptr = True
    d = D.process_arg(env, regno, flags)
    if d is not None and d.dynptr is not None:
        meta.dynptr_kind = d.dynptr.kind
    if d is not None and meta.func_id == 203:  # bpf_dynptr_data: the slice shares the dynptr's id and reference
        meta.dynptr_id = d.id
        meta.ref_obj_id = d.ref_obj_id


def _check_timer_arg(env: Env, regno: int, r: R.Reg, meta: Meta) -> None:
    """process_timer_func: a map value pointer at the constant offset of the value's bpf_timer."""
    if r.type != R.PTR_TO_MAP_VALUE:
        raise _bad_type(regno, r, "map_value")
    m = r.map
    if r.var[1]:
        raise Reject(f"R{regno} doesn't have constant offset. bpf_timer has to be at the constant offset", EINVAL,
                     regno)
    if m is not None and not m.has_btf:
        raise Reject(f"map '{m.name}' has to have valid BTF", EINVAL, regno)
    if m is None or m.timer_off is None:
        raise Reject(f"map '{m.name if m else ''}' has no valid bpf_timer", EINVAL, regno)
    off = B.s64(r.var[0]) + r.off
    if off != m.timer_off:
        raise Reject(f"off {off} doesn't point to 'struct bpf_timer' that is at {m.timer_off}", EINVAL, regno)
    meta.map = m


def _check_allowed(env: Env, fid: int) -> Proto:
    from pybpf.verifier.protos import variant, with_variant
    p = proto(fid)
    v = env.variant
    pv = variant(fid, getattr(env.prog_type, "name", ""), getattr(env.attach, "name", ""), env.attach_to or "")
    if p is None or (v is not None and v.helpers is not None and fid not in v.helpers
                     and fid not in v.sleepable_only and not (pv is not None and pv.allow)):
        raise Reject(f"program of this type cannot use helper {_fname(fid)}", EINVAL)
    if v is not None and fid in v.sleepable_only and not (env.opts.sleepable or v.sleepable):
        raise Reject("helper call might sleep in a non-sleepable prog", EINVAL)
    if p.gpl_only and not env.opts.gpl:
        raise Reject("cannot call GPL-restricted function from non-GPL compatible program", EINVAL)
    p = with_variant(p, pv)
    if p.extra.get("allowed") == "sk_storage_tracing" and not _sk_storage_tracing_allowed(env):
        raise Reject("helper call is not allowed in probe", EINVAL)
    return p


def _sk_storage_tracing_allowed(env: Env) -> bool:
    """bpf_sk_storage_tracing_allowed: iterators and raw tracepoints, and fentry / fexit of functions other than
    bpf_sk_storage_* (whose own storage lock the helper would take again); not freplace."""
    attach = getattr(env.attach, "name", "")
    if attach in ("TRACE_ITER", "TRACE_RAW_TP"):
        return True
    if attach in ("TRACE_FENTRY", "TRACE_FEXIT"):
        return not (env.attach_to or "").startswith("bpf_sk_storage")
    return False


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
    if fid == 197 and regs[1].type != R.PTR_TO_MAP_VALUE:
        raise Reject(f"Unsupported reg type {R.type_str(regs[1].type)} for bpf_dynptr_from_mem data", EACCES, 1,
                     hint="bpf_dynptr_from_mem takes a pointer into a map value")
    if meta.release_dynptr:
        from pybpf.verifier.dynptr import release
        release(env, regs[meta.release_regno])
    elif meta.release_regno and (meta.ref_obj_id or fid != _KPTR_XCHG):  # bpf_kptr_xchg may store NULL
        _release_reference(env, meta.ref_obj_id)
    if fid == 81:  # get_local_storage cannot fail: its flags must be 0
        r2 = regs[2]
        if not (r2.type == R.SCALAR_VALUE and r2.var == (0, 0)):
            raise Reject("get_local_storage() doesn't support non-zero flags", EINVAL, 2)
        from pybpf.verifier.precision import mark_chain_precision
        mark_chain_precision(env, 2)
    if fid in (93, 94):
        _spin_lock(env, fid, regs[1])
    if fid == 12:  # tail_call
        from pybpf.verifier.verifier import check_resource_leak
        check_resource_leak(env, True, "tail_call")
    elif fid in (164, 170, 180, 209):
        from pybpf.verifier.subprogs import push_callback_call
        push_callback_call(env, insn, env.insn_idx, fid, meta.func_reg)
    elif fid == 181:  # bpf_loop: the callback runs as many times as R1 allows, explored until the states converge
        from pybpf.verifier.precision import mark_chain_precision
        from pybpf.verifier.subprogs import push_callback_call
        mark_chain_precision(env, 1)
        if state.cur.callback_depth < regs[1].umax:
            push_callback_call(env, insn, env.insn_idx, fid, meta.func_reg)
        else:
            state.cur.callback_depth = 0
            if env.opts.log_level >= 2:
                env.log.line(f"frame{state.curframe} bpf_loop iteration limit reached")
    for i in range(6):
        R.mark_not_init(regs[i])
        env.scratch_reg(i)
    r0 = regs[0]
    _set_return(env, p, meta, r0)
    r0.origin = env.insn_idx
    if fid in (67, 141, 45, 115, 114):  # do_refine_retval_range: at most the buffer size, or -errno
        r0.smax = r0.s32max = meta.msize_max
        r0.smin = r0.s32min = -4095
        B.sync(r0)
    elif fid == 8:  # get_smp_processor_id: [0, nr_cpus - 1]
        from pybpf.maps.types import possible_cpus
        top = possible_cpus() - 1
        r0.umin = r0.u32min = r0.smin = r0.s32min = 0
        r0.umax = r0.u32max = r0.smax = r0.s32max = top
        B.sync(r0)
    if fid in _PTR_CAST or fid == 203:  # the result shares the argument's reference
        r0.ref_obj_id = meta.ref_obj_id
    from pybpf.verifier.mapfuncs import CHANGES_PKT_DATA
    # bpf_dynptr_write into an skb dynptr may reallocate the packet data: its slices die with the packet pointers
    if fid in CHANGES_PKT_DATA or (fid == 202 and meta.dynptr_kind == "skb"):
        clear_all_pkt_pointers(env)
    if fid in _ACQUIRE or (fid == 1 and meta.map is not None and meta.map.type in (15, 18)):
        rid = env.new_id()
        f = state.cur
        state.refs.append(RefState(rid, env.insn_idx, cb_frame=f.frameno if f.in_callback else 0))
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
    elif base == "RET_PTR_TO_DYNPTR_MEM_OR_NULL":  # a slice of the dynptr (bpf_dynptr_data)
        from pybpf.verifier.dynptr import DynptrInfo
        R.mark_ptr(r0, R.PTR_TO_MEM | R.PTR_MAYBE_NULL)
        r0.mem_size = meta.mem_size
        r0.id = env.new_id()
        r0.dynptr = DynptrInfo(dynptr_id=meta.dynptr_id)
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
        if p.id == _KPTR_XCHG:  # the old pointer of the field: its type is the field's
            from pybpf.verifier.kfuncs import vmlinux
            r0.btf, r0.btf_id = vmlinux(), meta.kptr_field.btf_id
        else:
            r0.btf, r0.btf_id = vmlinux_struct(BTF_ID_STRUCTS.get(p.extra.get("ret_btf_id", ""), ""))
        if flags & R.PTR_MAYBE_NULL:
            r0.id = env.new_id()
    else:
        raise Reject(f"pybpf: return type {ret} of {_fname(p.id)} is not modelled yet", EINVAL)


def _check_map_func_compat(env: Env, m: R.MapInfo | None, fid: int) -> None:
    if m is None:
        return
    from pybpf.verifier.mapfuncs import compatible
    attach = env.attach if env.attach is not None else (env.variant.attach if env.variant is not None else None)
    ok = compatible(m.type, fid, env.prog_type, attach)
    if ok is None:
        env.verbose("cannot update sockmap in this context\n")
    if not ok:
        raise Reject(f"cannot pass map_type {m.type} into func {_fname(fid)}", EINVAL)


def clear_all_pkt_pointers(env: Env) -> None:
    """A helper that may move or resize the packet: every packet pointer of the path, and every slice of an skb or
    xdp dynptr, becomes invalid (mark_reg_invalid)."""
    from pybpf.verifier.dynptr import is_pkt_slice, mark_invalid
    for _f, _k, _i, r in env.cur.all_regs():
        if r.type in (R.PTR_TO_PACKET, R.PTR_TO_PACKET_META, R.PTR_TO_PACKET_END) or is_pkt_slice(r):
            mark_invalid(env, r)


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
    if m is not None and not m.has_btf:
        raise Reject(f"map '{m.name}' has to have BTF in order to use bpf_spin_lock", EINVAL)
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


def base_of(arg: str) -> str:
    return arg.split("|", 1)[0]

"""Register state (Linux's ``struct bpf_reg_state``): a type, a fixed offset, a scalar part (tnum + ranges, which
for pointers is the variable offset), ids for null checks / linked scalars / references, and per-type payload.

Types follow ``enum bpf_reg_type``: a base type in the low byte, flags (``PTR_MAYBE_NULL``, ``MEM_RDONLY``...) above.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pybpf.verifier import tnum
from pybpf.verifier.bounds import S32_MAX, S32_MIN, S64_MAX, S64_MIN, U32_MAX, U64_MAX, set_known

# base types
NOT_INIT = 0
SCALAR_VALUE = 1
PTR_TO_CTX = 2
CONST_PTR_TO_MAP = 3
PTR_TO_MAP_VALUE = 4
PTR_TO_MAP_KEY = 5
PTR_TO_STACK = 6
PTR_TO_PACKET_META = 7
PTR_TO_PACKET = 8
PTR_TO_PACKET_END = 9
PTR_TO_FLOW_KEYS = 10
PTR_TO_SOCKET = 11
PTR_TO_SOCK_COMMON = 12
PTR_TO_TCP_SOCK = 13
PTR_TO_TP_BUFFER = 14
PTR_TO_XDP_SOCK = 15
PTR_TO_BTF_ID = 16
PTR_TO_MEM = 17
PTR_TO_ARENA = 18
PTR_TO_BUF = 19
PTR_TO_FUNC = 20
CONST_PTR_TO_DYNPTR = 21

BASE_MASK = 0xFF
# flags
PTR_MAYBE_NULL = 1 << 8
MEM_RDONLY = 1 << 9
MEM_RINGBUF = 1 << 10
MEM_USER = 1 << 11
MEM_PERCPU = 1 << 12
OBJ_RELEASE = 1 << 13
PTR_UNTRUSTED = 1 << 14
MEM_UNINIT = 1 << 15
MEM_FIXED_SIZE = 1 << 16
MEM_ALLOC = 1 << 17
PTR_TRUSTED = 1 << 18
MEM_RCU = 1 << 19
NON_OWN_REF = 1 << 20
MEM_WRITE = 1 << 21

BASE_NAMES = {
    NOT_INIT: "?", SCALAR_VALUE: "scalar", PTR_TO_CTX: "ctx", CONST_PTR_TO_MAP: "map_ptr",
    PTR_TO_MAP_VALUE: "map_value", PTR_TO_STACK: "fp", PTR_TO_PACKET: "pkt", PTR_TO_PACKET_META: "pkt_meta",
    PTR_TO_PACKET_END: "pkt_end", PTR_TO_FLOW_KEYS: "flow_keys", PTR_TO_SOCKET: "sock",
    PTR_TO_SOCK_COMMON: "sock_common", PTR_TO_TCP_SOCK: "tcp_sock", PTR_TO_TP_BUFFER: "tp_buffer",
    PTR_TO_XDP_SOCK: "xdp_sock", PTR_TO_BTF_ID: "ptr_", PTR_TO_MEM: "mem", PTR_TO_ARENA: "arena",
    PTR_TO_BUF: "buf", PTR_TO_FUNC: "func", PTR_TO_MAP_KEY: "map_key", CONST_PTR_TO_DYNPTR: "dynptr_ptr",
}
_PREFIXES = ((MEM_RDONLY, "rdonly_"), (MEM_RINGBUF, "ringbuf_"), (MEM_USER, "user_"), (MEM_PERCPU, "percpu_"),
             (MEM_RCU, "rcu_"), (PTR_UNTRUSTED, "untrusted_"), (PTR_TRUSTED, "trusted_"))
BY_NAME = {v: k for k, v in BASE_NAMES.items()}


def type_str(t: int) -> str:
    """reg_type_str: ``map_value_or_null``, ``rdonly_mem``, ``ptr_or_null_``..."""
    base = t & BASE_MASK
    post = ""
    if t & PTR_MAYBE_NULL:
        post = "or_null_" if base == PTR_TO_BTF_ID else "_or_null"
    pre = "".join(p for flag, p in _PREFIXES if t & flag)
    return f"{pre}{BASE_NAMES.get(base, '?')}{post}"


def is_pkt(t: int) -> bool:
    return t & BASE_MASK in (PTR_TO_PACKET, PTR_TO_PACKET_META)


@dataclass(frozen=True)
class MapInfo:
    """What the verifier knows of a map a program references (bpf_map fields it looks at)."""

    name: str
    type: int
    key_size: int
    value_size: int
    max_entries: int
    flags: int = 0
    index: int = 0  # position in the program's map table
    inner: MapInfo | None = None  # template of the inner map of a map-in-map
    spin_lock_off: int | None = None
    timer_off: int | None = None
    wq_off: int | None = None
    btf_value: Any = None  # BTF of the value (kptr fields, graph roots)
    frozen_rdonly: bool = False  # a frozen read-only array (.rodata): loads of constants are known
    contents: bytes | None = None  # value bytes of a single-element read-only array, for constant loads
    extra: int = 0
    has_btf: bool = True  # created with BTF key/value types (spin locks and timers need it)
    kptrs: tuple[Any, ...] = ()  # kptr fields of the value (pybpf.verifier.kptr.KptrField), by offset


class Reg:
    """One register (or spilled register). ``copy()`` is the cheap way to duplicate it."""

    __slots__ = (
        "btf",
        "btf_id",
        "dynptr",
        "frameno",
        "id",
        "iter",
        "map",
        "map_uid",
        "mem_size",
        "off",
        "origin",
        "precise",
        "range",
        "ref_obj_id",
        "s32max",
        "s32min",
        "smax",
        "smin",
        "subprog",
        "type",
        "u32max",
        "u32min",
        "umax",
        "umin",
        "var",
    )

    def __init__(self) -> None:
        self.type = NOT_INIT
        self.off = 0
        self.var = tnum.UNKNOWN
        self.smin, self.smax, self.umin, self.umax = S64_MIN, S64_MAX, 0, U64_MAX
        self.s32min, self.s32max, self.u32min, self.u32max = S32_MIN, S32_MAX, 0, U32_MAX
        self.id = 0
        self.ref_obj_id = 0
        self.frameno = 0
        self.precise = False
        self.map: MapInfo | None = None
        self.map_uid = 0
        self.range = 0
        self.mem_size = 0
        self.btf_id = 0
        self.btf: Any = None
        self.subprog = 0
        self.dynptr: Any = None
        self.iter: Any = None
        self.origin: int = -1  # slot that gave this register its type/value (for explanations)

    def copy(self) -> Reg:
        r = Reg.__new__(Reg)
        r.type, r.off, r.var = self.type, self.off, self.var
        r.smin, r.smax, r.umin, r.umax = self.smin, self.smax, self.umin, self.umax
        r.s32min, r.s32max, r.u32min, r.u32max = self.s32min, self.s32max, self.u32min, self.u32max
        r.id, r.ref_obj_id, r.frameno, r.precise = self.id, self.ref_obj_id, self.frameno, self.precise
        r.map, r.map_uid, r.range, r.mem_size = self.map, self.map_uid, self.range, self.mem_size
        r.btf_id, r.btf, r.subprog, r.dynptr, r.iter = self.btf_id, self.btf, self.subprog, self.dynptr, self.iter
        r.origin = self.origin
        return r

    def assign(self, o: Reg) -> None:
        """Overwrite this register with ``o``'s state."""
        self.type, self.off, self.var = o.type, o.off, o.var
        self.smin, self.smax, self.umin, self.umax = o.smin, o.smax, o.umin, o.umax
        self.s32min, self.s32max, self.u32min, self.u32max = o.s32min, o.s32max, o.u32min, o.u32max
        self.id, self.ref_obj_id, self.frameno, self.precise = o.id, o.ref_obj_id, o.frameno, o.precise
        self.map, self.map_uid, self.range, self.mem_size = o.map, o.map_uid, o.range, o.mem_size
        self.btf_id, self.btf, self.subprog, self.dynptr, self.iter = o.btf_id, o.btf, o.subprog, o.dynptr, o.iter
        self.origin = o.origin

    @property
    def base(self) -> int:
        return self.type & BASE_MASK

    @property
    def is_scalar(self) -> bool:
        return self.type == SCALAR_VALUE

    @property
    def is_pointer(self) -> bool:
        return self.type not in (SCALAR_VALUE, NOT_INIT)

    @property
    def const(self) -> bool:
        return self.var[1] == 0

    def __repr__(self) -> str:
        from pybpf.verifier.log import reg_str
        return f"Reg({reg_str(self, 0)})"


def _clear_payload(r: Reg) -> None:
    r.off = 0
    r.map = None
    r.map_uid = 0
    r.range = 0
    r.mem_size = 0
    r.btf_id = 0
    r.btf = None
    r.subprog = 0
    r.dynptr = None
    r.iter = None


def mark_not_init(r: Reg) -> None:
    r.__init__()  # type: ignore[misc]


def mark_unknown(r: Reg, precise: bool = False) -> None:
    """A scalar about which nothing is known (__mark_reg_unknown)."""
    _clear_payload(r)
    r.type = SCALAR_VALUE
    r.id = 0
    r.ref_obj_id = 0
    r.var = tnum.UNKNOWN
    r.frameno = 0
    r.precise = precise
    r.smin, r.smax, r.umin, r.umax = S64_MIN, S64_MAX, 0, U64_MAX
    r.s32min, r.s32max, r.u32min, r.u32max = S32_MIN, S32_MAX, 0, U32_MAX


def mark_known(r: Reg, imm: int, precise: bool = False) -> None:
    """A scalar with the known value ``imm``."""
    mark_unknown(r, precise)
    set_known(r, imm)


def mark_ptr(r: Reg, t: int, off: int = 0) -> None:
    """A pointer of type ``t`` with a known offset and no variable part (mark_reg_known_zero + type)."""
    _clear_payload(r)
    r.type = t
    r.id = 0
    r.ref_obj_id = 0
    r.precise = False
    set_known(r, 0)
    r.off = off


def scalar(imm: int | None = None) -> Reg:
    r = Reg()
    if imm is None:
        mark_unknown(r)
    else:
        mark_known(r, imm)
    return r

"""kptr fields of map values (``__kptr``, ``__kptr_untrusted``, ``__percpu_kptr``, ``__uptr``): where they are
(Linux's btf_parse_fields for kptrs) and how loads, stores and helpers may touch them (check_map_kptr_access and the
kptr part of check_map_access). Fields pybpf cannot type (local or per-CPU kptrs, uptrs) are refused as not
modelled rather than read as plain bytes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pybpf.isa.opcodes import Class, Mode
from pybpf.verifier import regs as R
from pybpf.verifier.env import EACCES, EINVAL, Env, Reject

KPTR_SIZE = 8
_TAGS = {"kptr": "kptr", "kptr_untrusted": "kptr_untrusted", "percpu_kptr": "percpu_kptr", "uptr": "uptr"}
# BTF_FIELDS_MAX: with more special fields than this btf_parse_fields fails, and the map's record is an error:
# the map is still created, but none of its fields is special (the bytes are plain memory)
_MAX_FIELDS = 11

# rcu_protected_types: referenced kptrs of these kernel structs load as RCU pointers inside an RCU section
_RCU_PROTECTED = frozenset({"prog_test_ref_kfunc", "cgroup", "bpf_cpumask", "task_struct", "bpf_crypto_ctx"})


@dataclass(frozen=True, slots=True)
class KptrField:
    """One kptr field: its offset in the value, its tag, the struct it points to and that struct's id in vmlinux
    BTF (0 when the struct is not a kernel one: a local kptr of the program's own BTF)."""

    offset: int
    tag: str  # "kptr" (referenced), "kptr_untrusted", "percpu_kptr" or "uptr"
    type_name: str
    btf_id: int

    @property
    def label(self) -> str:
        """btf_field_type_name: how Linux's messages name the field."""
        return "kptr" if self.tag in ("kptr", "kptr_untrusted") else self.tag


def kptr_fields(btf: Any, tid: int) -> tuple[KptrField, ...]:
    """The kptr fields of value type ``tid`` of the object's ``btf`` (nested structs, arrays and DATASECs
    included), by offset."""
    out: list[KptrField] = []
    try:
        _walk(btf, tid, 0, out, 0)
    except Exception:  # a malformed value type: the loader reports it; nothing to type here
        return ()
    if len(out) > _MAX_FIELDS:
        return ()
    return tuple(sorted(out, key=lambda f: f.offset))


def _walk(btf: Any, tid: int, base: int, out: list[KptrField], depth: int) -> None:
    from pybpf.btf.types import Kind
    if depth > 8 or len(out) > _MAX_FIELDS:
        return
    t = btf.type(tid)
    while t.kind in (Kind.TYPEDEF, Kind.CONST, Kind.VOLATILE, Kind.RESTRICT):  # type tags matter: kept
        tid = t.type
        t = btf.type(tid)
    if t.kind == Kind.PTR:
        field = _kptr_of(btf, t, base)
        if field is not None:
            out.append(field)
    elif t.kind in (Kind.STRUCT, Kind.UNION):
        for m in t.members:
            _walk(btf, m.type, base + m.bit_offset // 8, out, depth + 1)
    elif t.kind == Kind.ARRAY:
        esize = btf.sizeof(t.type)
        if t.nelems and esize and _has_kptr(btf, t.type):
            for i in range(min(t.nelems, _MAX_FIELDS + 1)):
                _walk(btf, t.type, base + i * esize, out, depth + 1)
    elif t.kind == Kind.DATASEC:
        for v in t.vars:
            var = btf.type(v.type)
            if var.kind == Kind.VAR:
                _walk(btf, var.type, base + v.offset, out, depth + 1)


def _has_kptr(btf: Any, tid: int) -> bool:
    probe: list[KptrField] = []
    _walk(btf, tid, 0, probe, 0)
    return bool(probe)


def _kptr_of(btf: Any, ptr: Any, off: int) -> KptrField | None:
    """btf_find_kptr: a pointer whose target is a kptr type tag on a struct."""
    from pybpf.btf.types import Kind
    tag = btf.type(ptr.type) if ptr.type else None
    if tag is None or tag.kind != Kind.TYPE_TAG or tag.name not in _TAGS:
        return None
    target = btf.resolved(tag.type)
    if target.kind != Kind.STRUCT:
        return None
    from pybpf.verifier.kfuncs import vmlinux
    kbtf = vmlinux()
    kid = (kbtf.find_id(target.name, Kind.STRUCT) or 0) if kbtf is not None and target.name else 0
    return KptrField(off, _TAGS[tag.name], target.name, kid)


def _overlapping(m: Any, r: R.Reg, off: int, size: int) -> KptrField | None:
    for f in getattr(m, "kptrs", ()):
        if r.smin + off < f.offset + KPTR_SIZE and f.offset < r.umax + off + size:
            return f
    return None


def check_helper_access(r: R.Reg, regno: int, size: int) -> None:
    """check_map_access(ACCESS_HELPER): helpers (and global functions taking memory) never touch a kptr."""
    f = _overlapping(r.map, r, r.off, size)
    if f is not None:
        raise Reject(f"{f.label} cannot be accessed indirectly by helper", EACCES, regno,
                     hint="kptr fields are read and written only by LDX/STX/ST of 8 bytes (or bpf_kptr_xchg)")


def check_map_kptr_access(env: Env, r: R.Reg, regno: int, off: int, size: int, value_regno: int) -> bool:
    """A load or store at ``off`` (r.off included) of a map value: False when it touches no kptr field, else the
    kernel's rules are applied (and the loaded register typed) and True is returned."""
    f = _overlapping(r.map, r, off, size)
    if f is None:
        return False
    if r.var[1]:
        raise Reject(f"{f.label} access cannot have variable offset", EACCES, regno)
    at = off + r.var[0]
    if at != f.offset:
        raise Reject(f"{f.label} access misaligned expected={f.offset} off={at}", EACCES, regno)
    if size != KPTR_SIZE:
        raise Reject(f"{f.label} access size must be BPF_DW", EACCES, regno)
    insn = env.prog.at[env.insn_idx]
    if insn.mode != Mode.MEM:
        raise Reject("kptr in map can only be accessed using BPF_MEM instruction mode", EACCES)
    cls = insn.cls
    if cls != Class.LDX and f.tag in ("kptr", "percpu_kptr"):
        raise Reject("store to referenced kptr disallowed", EACCES,
                     hint="referenced kptrs are replaced with bpf_kptr_xchg, which passes the reference on")
    if f.tag == "uptr" or f.tag == "percpu_kptr" or not f.btf_id:
        what = "uptr" if f.tag == "uptr" else "a per-CPU kptr" if f.tag == "percpu_kptr" else \
            f"a kptr to the program's own struct {f.type_name}"
        raise Reject(f"pybpf: {what} field (map value offset {f.offset}) is not modelled", EINVAL, regno)
    if cls == Class.LDX:
        _load(env, f, value_regno)
    elif cls == Class.STX:
        _store(env, f, value_regno)
    elif insn.imm:
        raise Reject(f"BPF_ST imm must be 0 when storing to kptr at off={f.offset}", EACCES)
    return True


def _in_rcu_cs(env: Env) -> bool:
    st = env.cur
    sleepable = env.opts.sleepable or (env.variant is not None and env.variant.sleepable)
    return bool(st.active_rcu or st.active_locks or not sleepable)


def _load(env: Env, f: KptrField, value_regno: int) -> None:
    """mark_btf_ld_reg with btf_ld_kptr_type: a maybe-NULL pointer to the field's struct, RCU-protected for
    referenced kptrs of RCU-safe types inside an RCU section, untrusted otherwise."""
    from pybpf.verifier.kfuncs import vmlinux
    flags = R.PTR_MAYBE_NULL
    if f.tag == "kptr" and f.type_name in _RCU_PROTECTED and _in_rcu_cs(env):
        flags |= R.MEM_RCU
    else:
        flags |= R.PTR_UNTRUSTED
    d = env.cur.cur.regs[value_regno]
    R.mark_ptr(d, R.PTR_TO_BTF_ID | flags)
    d.btf, d.btf_id = vmlinux(), f.btf_id
    d.id = env.new_id()


def check_xchg_dest(env: Env, regno: int, r: R.Reg) -> KptrField:
    """process_kptr_func: bpf_kptr_xchg's destination is a map value at the constant offset of a referenced kptr
    field; the field is returned (it types the new and the old pointer)."""
    if r.type == R.PTR_TO_BTF_ID | R.MEM_ALLOC:
        raise Reject(f"pybpf: bpf_kptr_xchg into a local object (R{regno}) is not modelled", EINVAL, regno)
    if r.type != R.PTR_TO_MAP_VALUE:
        raise Reject(f"R{regno} type={R.type_str(r.type)} expected=map_value, "
                     f"{R.type_str(R.PTR_TO_BTF_ID | R.MEM_ALLOC)}", EACCES, regno)
    m = r.map
    if m is None or not m.has_btf:
        raise Reject(f"map '{m.name if m else ''}' has to have BTF in order to use bpf_kptr_xchg", EINVAL, regno)
    if r.var[1]:
        raise Reject(f"R{regno} doesn't have constant offset. kptr has to be at the constant offset", EINVAL, regno)
    fields = [f for f in getattr(m, "kptrs", ()) if f.tag != "uptr"]
    if not fields:
        raise Reject(f"R{regno} has no valid kptr", EINVAL, regno)
    off = r.off + r.var[0]
    f = next((f for f in fields if f.offset == off), None)
    if f is None:
        raise Reject(f"off={off} doesn't point to kptr", EACCES, regno,
                     hint=f"pass the address of a kptr field (at {', '.join(str(x.offset) for x in fields)})")
    if f.tag not in ("kptr", "percpu_kptr"):
        raise Reject(f"off={off} kptr isn't referenced kptr", EACCES, regno,
                     hint="a __kptr_untrusted field is written with a plain store")
    if f.tag == "percpu_kptr" or not f.btf_id:
        what = "a per-CPU kptr" if f.tag == "percpu_kptr" else f"a kptr to the program's own struct {f.type_name}"
        raise Reject(f"pybpf: bpf_kptr_xchg of {what} (map value offset {f.offset}) is not modelled", EINVAL, regno)
    return f


def check_xchg_src(env: Env, regno: int, r: R.Reg, f: KptrField) -> None:
    """bpf_kptr_xchg's new pointer (ARG_PTR_TO_BTF_ID_OR_NULL|OBJ_RELEASE): NULL, or a referenced, non-NULL
    pointer to exactly the field's struct at offset 0, whose reference the map then owns."""
    from pybpf.verifier.calls import check_func_arg_reg_off
    if r.type == R.SCALAR_VALUE and r.var == (0, 0):
        return
    if r.type & R.BASE_MASK == R.PTR_TO_BTF_ID and r.type & R.MEM_ALLOC:
        raise Reject(f"pybpf: a local object (R{regno}) as bpf_kptr_xchg's new pointer is not modelled", EINVAL,
                     regno)
    ok = (R.PTR_TO_BTF_ID, R.PTR_TO_BTF_ID | R.PTR_TRUSTED, R.PTR_TO_BTF_ID | R.MEM_RCU)
    if r.type & ~R.PTR_MAYBE_NULL not in ok:
        raise Reject(f"R{regno} type={R.type_str(r.type)} expected={', '.join(R.type_str(t) for t in ok)}", EACCES,
                     regno)
    if r.type & R.PTR_MAYBE_NULL:
        raise Reject(f"Possibly NULL pointer passed to helper arg{regno}", EACCES, regno,
                     hint=f"check R{regno} against NULL before storing it")
    _store(env, f, regno)
    check_func_arg_reg_off(r, regno, {"OBJ_RELEASE"})
    if not r.ref_obj_id:
        raise Reject(f"R{regno} must be referenced when passed to release function", EINVAL, regno,
                     hint="only a pointer the program holds a reference to (from an acquire kfunc) can be stored")


def _store(env: Env, f: KptrField, value_regno: int) -> None:
    """map_kptr_match_type: NULL, or a pointer to exactly the field's struct (an untrusted one only for an
    untrusted kptr)."""
    from pybpf.verifier.btf_ctx import struct_ids_match
    from pybpf.verifier.kfuncs import vmlinux
    from pybpf.verifier.memory import check_ptr_off_reg
    v = env.cur.cur.regs[value_regno]
    if v.type == R.SCALAR_VALUE and v.var == (0, 0):
        return
    kbtf = vmlinux()
    perm = R.PTR_MAYBE_NULL | R.PTR_TRUSTED | R.MEM_RCU | (R.PTR_UNTRUSTED if f.tag == "kptr_untrusted" else 0)
    base_ok = v.type & R.BASE_MASK == R.PTR_TO_BTF_ID and not (v.type & ~R.BASE_MASK & ~perm)
    name = ""
    if base_ok:
        name = _btf_name(v)
        check_ptr_off_reg(v, value_regno, fixed_off_ok=True)
        if v.btf is kbtf and struct_ids_match(env, v.btf, v.btf_id, v.off, kbtf, f.btf_id, f.tag != "kptr_untrusted"):
            return
    msg = (f"invalid kptr access, R{value_regno} type={R.type_str(v.type)}{name} "
           f"expected={R.type_str(R.PTR_TO_BTF_ID)}{f.type_name}")
    if f.tag == "kptr_untrusted":
        msg += f" or {R.type_str(R.PTR_TO_BTF_ID | R.PTR_UNTRUSTED)}{f.type_name}"
    raise Reject(msg, EINVAL, value_regno)


def _btf_name(r: R.Reg) -> str:
    try:
        return r.btf.type(r.btf_id).name if r.btf is not None and r.btf_id else ""
    except Exception:
        return ""


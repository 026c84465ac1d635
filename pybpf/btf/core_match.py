"""CO-RE relocation resolution, following libbpf's ``relo_core.c``: access-string specs, candidate target types by
essential name, type compatibility and matching, field matching through nested structs/unions/arrays, and the
original/new value of every relocation kind.

Everything here is pure: it reads two BTFs and computes a :class:`Resolution`; :mod:`pybpf.btf.core` patches
instructions with it. Errors that make libbpf fail the load raise :class:`CoreError` (turned into LoadError there);
relocations that cannot be satisfied resolve to ``poison=True`` as in libbpf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pybpf.btf.btf import Btf, essential_name
from pybpf.btf.ext import CoreRelo, CoreReloKind
from pybpf.btf.types import (
    COMPOSITES,
    ENUMS,
    Array,
    Enum,
    Enum64,
    Fwd,
    Int,
    IntEncoding,
    Kind,
    Struct,
    Union,
    kind_name,
)
from pybpf.errors import LoadError

SPEC_MAX_LEN = 64  # BPF_CORE_SPEC_MAX_LEN
MAX_LEVEL = 32  # recursion budget of libbpf's compat/match checks
POISON_IMM = 0xBAD2310  # 195896080: "bad relo", the helper id libbpf puts in a poisoned call

FIELD_KINDS = frozenset({CoreReloKind.FIELD_BYTE_OFFSET, CoreReloKind.FIELD_BYTE_SIZE, CoreReloKind.FIELD_EXISTS,
                         CoreReloKind.FIELD_SIGNED, CoreReloKind.FIELD_LSHIFT_U64, CoreReloKind.FIELD_RSHIFT_U64})
TYPE_KINDS = frozenset({CoreReloKind.TYPE_ID_LOCAL, CoreReloKind.TYPE_ID_TARGET, CoreReloKind.TYPE_EXISTS,
                        CoreReloKind.TYPE_MATCHES, CoreReloKind.TYPE_SIZE})
ENUMVAL_KINDS = frozenset({CoreReloKind.ENUMVAL_EXISTS, CoreReloKind.ENUMVAL_VALUE})
_KIND_STR = {CoreReloKind.FIELD_BYTE_OFFSET: "byte_off", CoreReloKind.FIELD_BYTE_SIZE: "byte_sz",
             CoreReloKind.FIELD_EXISTS: "field_exists", CoreReloKind.FIELD_SIGNED: "signed",
             CoreReloKind.FIELD_LSHIFT_U64: "lshift_u64", CoreReloKind.FIELD_RSHIFT_U64: "rshift_u64",
             CoreReloKind.TYPE_ID_LOCAL: "local_type_id", CoreReloKind.TYPE_ID_TARGET: "target_type_id",
             CoreReloKind.TYPE_EXISTS: "type_exists", CoreReloKind.TYPE_MATCHES: "type_matches",
             CoreReloKind.TYPE_SIZE: "type_size", CoreReloKind.ENUMVAL_EXISTS: "enumval_exists",
             CoreReloKind.ENUMVAL_VALUE: "enumval_value"}
_ACCESS_RE = re.compile(r"\d+(?::\d+)*")
_U64 = (1 << 64) - 1


def relo_kind_str(kind: int) -> str:
    """libbpf's short name of a relocation kind (``byte_off``, ``field_exists``...)."""
    try:
        return _KIND_STR[CoreReloKind(kind)]
    except (KeyError, ValueError):
        return f"unknown#{kind}"


class CoreError(Exception):
    """A relocation libbpf refuses (the load fails); ``reason`` says why."""


@dataclass(frozen=True, slots=True)
class Accessor:
    """A high-level step: a named member of ``type_id`` (a struct/union) or element ``idx`` of an array."""

    type_id: int
    idx: int
    name: str | None = None


@dataclass
class Spec:
    """A relocation's access path resolved in one BTF (libbpf's ``bpf_core_spec``)."""

    btf: Btf
    root_type_id: int
    kind: int
    accessors: list[Accessor] = field(default_factory=list)
    raw: list[int] = field(default_factory=list)
    bit_offset: int = 0

    def format(self) -> str:
        """libbpf's spec text: ``<byte_off> [7] struct s.a.b[2] (0:1:0:2 @ offset 12)``."""
        btf = self.btf
        t = btf.type(self.root_type_id)
        name = t.name or "<anon>"
        kstr = "void" if t.kind == Kind.UNKN else kind_name(t.kind)
        out = f"<{relo_kind_str(self.kind)}> [{self.root_type_id}] {kstr} {name}"
        if self.kind in TYPE_KINDS:
            return out
        if self.kind in ENUMVAL_KINDS:
            et = btf.resolved(self.root_type_id)
            if isinstance(et, Enum | Enum64) and self.raw and self.raw[0] < len(et.values):
                v = et.values[self.raw[0]]
                return out + f"::{v.name} = {v.value}"
            return out
        for i, acc in enumerate(self.accessors):
            if acc.name:
                out += f".{acc.name}"
            elif i > 0 or acc.idx > 0:
                out += f"[{acc.idx}]"
        off = f"{self.bit_offset // 8}.{self.bit_offset % 8}" if self.bit_offset % 8 else f"{self.bit_offset // 8}"
        return out + f" ({':'.join(map(str, self.raw))} @ offset {off})"


@dataclass
class Resolution:
    """Outcome of one relocation (libbpf's ``bpf_core_relo_res``) plus what was matched, for the report."""

    orig_val: int = 0
    new_val: int = 0
    poison: bool = False
    validate: bool = True
    fail_memsz_adjust: bool = False
    orig_sz: int = 0
    new_sz: int = 0
    orig_type_id: int = 0
    new_type_id: int = 0
    local_spec: Spec | None = None
    target_spec: Spec | None = None
    candidates: int = 0
    reason: str = ""


# -- small helpers over Btf -------------------------------------------------------------------------------------

def _skip(btf: Btf, type_id: int) -> int:
    return btf.resolve(type_id)


def _kind_compat(k1: int, k2: int) -> bool:
    return k1 == k2 or (k1 in ENUMS and k2 in ENUMS)


def _size(btf: Btf, type_id: int) -> int:
    try:
        return btf.sizeof(type_id)
    except LoadError as e:
        raise CoreError(f"cannot size type [{type_id}]: {e.reason}") from None


def _names_essential_equal(a: str, b: str) -> bool:
    return essential_name(a) == essential_name(b)


def _int_offset(t) -> int:
    return t.offset if isinstance(t, Int) else 0


def _is_flex_arr(btf: Btf, acc: Accessor | None, arr: Array) -> bool:
    """A zero-length array that is the last member of its struct (so any index is allowed)."""
    if acc is None or not acc.name or arr.nelems > 0:
        return False
    t = btf.type(acc.type_id)
    return isinstance(t, Struct | Union) and acc.idx == len(t.members) - 1


# -- access string -> local spec ------------------------------------------------------------------------------

def parse_spec(btf: Btf, relo: CoreRelo) -> Spec:
    """The local spec of ``relo`` (libbpf's ``bpf_core_parse_spec``)."""
    access = relo.access
    spec = Spec(btf, relo.type_id, relo.kind)
    if not access or access.startswith(":"):
        raise CoreError(f"empty or malformed access string {access!r}")
    if relo.kind in TYPE_KINDS:
        if access != "0":
            raise CoreError(f"type-based relocation must have access string \"0\", not {access!r}")
        return spec
    if not _ACCESS_RE.fullmatch(access):
        raise CoreError(f"malformed access string {access!r} (expected numbers separated by ':')")
    raw = [int(x) for x in access.split(":")]
    if len(raw) > SPEC_MAX_LEN:
        raise CoreError(f"access string {access!r} is longer than {SPEC_MAX_LEN} steps")
    spec.raw = raw
    type_id = _skip(btf, relo.type_id)
    t = btf.type(type_id)
    spec.accessors.append(Accessor(type_id, raw[0]))
    if relo.kind in ENUMVAL_KINDS:
        if not isinstance(t, Enum | Enum64) or len(raw) > 1 or raw[0] >= len(t.values):
            raise CoreError(f"access string {access!r} does not name an enumerator of {btf.describe(type_id)}")
        spec.accessors[0] = Accessor(type_id, raw[0], t.values[raw[0]].name)
        return spec
    if relo.kind not in FIELD_KINDS:
        raise CoreError(f"unrecognized CO-RE relocation kind {relo.kind}")
    spec.bit_offset = raw[0] * _size(btf, type_id) * 8
    for i in range(1, len(raw)):
        type_id = _skip(btf, type_id)
        t = btf.type(type_id)
        idx = raw[i]
        if isinstance(t, Struct | Union):
            if idx >= len(t.members):
                raise CoreError(f"access step {i} ({idx}) is past the {len(t.members)} members of "
                                f"{btf.describe(type_id)}")
            m = t.members[idx]
            spec.bit_offset += m.bit_offset
            if m.name:
                spec.accessors.append(Accessor(type_id, idx, m.name))
            type_id = m.type
        elif isinstance(t, Array):
            type_id = _skip(btf, t.type)
            flex = _is_flex_arr(btf, spec.accessors[-1], t)
            if not flex and idx >= t.nelems:
                raise CoreError(f"access step {i}: index {idx} is out of bounds of an array of {t.nelems}")
            spec.accessors.append(Accessor(type_id, idx))
            spec.bit_offset += idx * _size(btf, type_id) * 8
        else:
            raise CoreError(f"access step {i} reaches {btf.describe(type_id)}, which is neither a struct/union "
                            "nor an array")
    return spec


# -- compatibility and matching ---------------------------------------------------------------------------------

def types_are_compat(lb: Btf, lid: int, tb: Btf, tid: int, level: int = MAX_LEVEL) -> bool:
    """libbpf's ``bpf_core_types_are_compat`` (TYPE_ID_TARGET / TYPE_EXISTS / TYPE_SIZE)."""
    if not _kind_compat(lb.kind(lid), tb.kind(tid)):
        return False
    depth = MAX_LEVEL
    while True:
        depth -= 1
        if depth < 0:
            raise CoreError("type compatibility check nests too deep")
        lid, tid = _skip(lb, lid), _skip(tb, tid)
        lt, tt = lb.type(lid), tb.type(tid)
        if not _kind_compat(lt.kind, tt.kind):
            return False
        k = lt.kind
        if k in (Kind.UNKN, Kind.STRUCT, Kind.UNION, Kind.ENUM, Kind.FWD, Kind.ENUM64):
            return True
        if k == Kind.INT:
            return _int_offset(lt) == 0 and _int_offset(tt) == 0
        if k == Kind.PTR:
            lid, tid = lt.type, tt.type  # type: ignore[union-attr]
            continue
        if k == Kind.ARRAY:
            lid, tid = lt.type, tt.type  # type: ignore[union-attr]
            continue
        if k == Kind.FUNC_PROTO:
            if len(lt.params) != len(tt.params):  # type: ignore[union-attr]
                return False
            for lp, tp in zip(lt.params, tt.params):  # type: ignore[union-attr]
                if level <= 0:
                    raise CoreError("type compatibility check nests too deep")
                if not types_are_compat(lb, _skip(lb, lp.type), tb, _skip(tb, tp.type), level - 1):
                    return False
            lid, tid = _skip(lb, lt.return_type), _skip(tb, tt.return_type)  # type: ignore[union-attr]
            continue
        return False


def fields_are_compat(lb: Btf, lid: int, tb: Btf, tid: int) -> bool:
    """libbpf's ``bpf_core_fields_are_compat``: may a local field of type ``lid`` be read as target ``tid``?"""
    for _ in range(MAX_LEVEL * 4):
        lid, tid = _skip(lb, lid), _skip(tb, tid)
        lt, tt = lb.type(lid), tb.type(tid)
        if lt.kind in COMPOSITES and tt.kind in COMPOSITES:
            return True
        if not _kind_compat(lt.kind, tt.kind):
            return False
        k = lt.kind
        if k in (Kind.PTR, Kind.FLOAT):
            return True
        if k in (Kind.FWD, Kind.ENUM, Kind.ENUM64):
            le, te = essential_name(lt.name), essential_name(tt.name)
            return not le or not te or le == te
        if k == Kind.INT:
            return _int_offset(lt) == 0 and _int_offset(tt) == 0
        if k == Kind.ARRAY:
            lid, tid = lt.type, tt.type  # type: ignore[union-attr]
            continue
        return False
    raise CoreError("field compatibility check nests too deep")


def _names_match(local: str, targ: str) -> bool:
    if not targ:
        return not local
    return _names_essential_equal(local, targ)


def _enums_match(lt, tt) -> bool:
    if lt.size != tt.size or len(lt.values) > len(tt.values):
        return False
    return all(any(_names_match(lv.name, tv.name) for tv in tt.values) for lv in lt.values)


def _composites_match(lb: Btf, lt, tb: Btf, tt, behind_ptr: bool, level: int) -> bool:
    if len(lt.members) > len(tt.members):
        return False
    for lm in lt.members:
        if not any(_names_match(lm.name, tm.name) and types_match(lb, lm.type, tb, tm.type, behind_ptr, level - 1)
                   for tm in tt.members):
            return False
    return True


def types_match(lb: Btf, lid: int, tb: Btf, tid: int, behind_ptr: bool = False, level: int = MAX_LEVEL) -> bool:
    """libbpf's ``__bpf_core_types_match`` (TYPE_MATCHES): same shape, member names and enumerator names."""
    if level <= 0:
        raise CoreError("type match check nests too deep")
    depth = MAX_LEVEL
    while True:
        depth -= 1
        if depth < 0:
            raise CoreError("type match check nests too deep")
        lid, tid = _skip(lb, lid), _skip(tb, tid)
        lt, tt = lb.type(lid), tb.type(tid)
        if not _names_match(lt.name, tt.name):
            return False
        lk, tk = lt.kind, tt.kind
        if lk == Kind.UNKN:
            return lk == tk
        if isinstance(lt, Fwd):
            if behind_ptr:
                if lk == tk:
                    return lt.union == tt.union  # type: ignore[union-attr]
                return (tk == Kind.STRUCT and not lt.union) or (tk == Kind.UNION and lt.union)
            return lk == tk and lt.union == tt.union  # type: ignore[union-attr]
        if lk in ENUMS:
            return tk in ENUMS and _enums_match(lt, tt)
        if lk in COMPOSITES:
            if behind_ptr:
                if lk == tk:
                    return True
                if not isinstance(tt, Fwd):
                    return False
                return (lk == Kind.UNION) == tt.union
            return lk == tk and _composites_match(lb, lt, tb, tt, behind_ptr, level)
        if isinstance(lt, Int):
            return (isinstance(tt, Int) and lt.size == tt.size
                    and (lt.encoding & IntEncoding.SIGNED) == (tt.encoding & IntEncoding.SIGNED))
        if lk == Kind.PTR:
            if lk != tk:
                return False
            behind_ptr = True
            lid, tid = lt.type, tt.type  # type: ignore[union-attr]
            continue
        if isinstance(lt, Array):
            if lk != tk or lt.nelems != tt.nelems:  # type: ignore[union-attr]
                return False
            lid, tid = lt.type, tt.type  # type: ignore[union-attr]
            continue
        if lk == Kind.FUNC_PROTO:
            if lk != tk or len(lt.params) != len(tt.params):  # type: ignore[union-attr]
                return False
            for lp, tp in zip(lt.params, tt.params):  # type: ignore[union-attr]
                if not types_match(lb, lp.type, tb, tp.type, behind_ptr, level - 1):
                    return False
            lid, tid = lt.return_type, tt.return_type  # type: ignore[union-attr]
            continue
        return False


def _match_member(lb: Btf, local_acc: Accessor, tb: Btf, targ_id: int, spec: Spec) -> tuple[bool, int]:
    """Find local_acc's member by name in target ``targ_id`` (recursing into anonymous members), extending ``spec``."""
    targ_id = _skip(tb, targ_id)
    tt = tb.type(targ_id)
    if not isinstance(tt, Struct | Union):
        return False, 0
    lt = lb.type(local_acc.type_id)
    local_member = lt.members[local_acc.idx]  # type: ignore[union-attr]
    for i, m in enumerate(tt.members):
        if len(spec.raw) == SPEC_MAX_LEN:
            raise CoreError(f"target struct/union/array nesting deeper than {SPEC_MAX_LEN}")
        spec.bit_offset += m.bit_offset  # speculate this member is the one
        spec.raw.append(i)
        if not m.name:
            found, nxt = _match_member(lb, local_acc, tb, m.type, spec)
            if found:
                return True, nxt
        elif m.name == local_member.name:
            spec.accessors.append(Accessor(targ_id, i, m.name))
            ok = fields_are_compat(lb, local_member.type, tb, m.type)
            if not ok:
                spec.accessors.pop()  # libbpf pops the accessor only; the raw step stays, as there
            return ok, m.type
        spec.bit_offset -= m.bit_offset
        spec.raw.pop()
    return False, 0


def spec_match(local: Spec, tb: Btf, targ_id: int) -> Spec | None:
    """Match the local spec against candidate ``targ_id`` of ``tb`` (libbpf's ``bpf_core_spec_match``)."""
    targ = Spec(tb, targ_id, local.kind)
    kind = local.kind
    if kind in TYPE_KINDS:
        if kind == CoreReloKind.TYPE_MATCHES:
            ok = types_match(local.btf, local.root_type_id, tb, targ_id)
        else:
            ok = types_are_compat(local.btf, local.root_type_id, tb, targ_id)
        return targ if ok else None
    lacc = local.accessors[0]
    if kind in ENUMVAL_KINDS:
        targ_id = _skip(tb, targ_id)
        tt = tb.type(targ_id)
        if not isinstance(tt, Enum | Enum64):
            return None
        want = essential_name(lacc.name or "")
        for i, v in enumerate(tt.values):
            if essential_name(v.name) == want:
                targ.accessors.append(Accessor(targ_id, i, v.name))
                targ.raw.append(i)
                return targ
        return None
    if kind not in FIELD_KINDS:
        raise CoreError(f"unrecognized CO-RE relocation kind {kind}")
    for i, lacc in enumerate(local.accessors):
        targ_id = _skip(tb, targ_id)
        tt = tb.type(targ_id)
        if lacc.name:
            found, targ_id = _match_member(local.btf, lacc, tb, targ_id, targ)
            if not found:
                return None
            continue
        if i > 0:
            if not isinstance(tt, Array):
                return None
            flex = _is_flex_arr(tb, targ.accessors[i - 1] if i - 1 < len(targ.accessors) else None, tt)
            if not flex and lacc.idx >= tt.nelems:
                return None
            targ_id = _skip(tb, tt.type)
        if len(targ.raw) == SPEC_MAX_LEN:
            raise CoreError(f"target struct/union/array nesting deeper than {SPEC_MAX_LEN}")
        targ.accessors.append(Accessor(targ_id, lacc.idx))
        targ.raw.append(lacc.idx)
        targ.bit_offset += lacc.idx * _size(tb, targ_id) * 8
    return targ


# -- candidates -------------------------------------------------------------------------------------------------

def find_candidates(lb: Btf, local_id: int, targets: list[Btf]) -> list[tuple[Btf, int]]:
    """Target types whose essential name and kind fit ``local_id``: the main (vmlinux) BTF first, module BTFs only
    if it has none (libbpf's ``bpf_core_find_cands``)."""
    lt = lb.type(local_id)
    ess = essential_name(lt.name)
    if not ess:
        raise CoreError(f"CO-RE relocations of anonymous {kind_name(lt.kind)} [{local_id}] are not supported")
    cands: list[tuple[Btf, int]] = []
    for n, targ in enumerate(targets):
        chain = []
        b: Btf | None = targ
        while b is not None:
            chain.append(b)
            b = b.base if n == 0 else None  # the main BTF is searched whole; modules only past their base
        for btf in reversed(chain):
            for type_id in btf.essential_index().get(ess, ()):
                if _kind_compat(btf.kind(type_id), lt.kind):
                    cands.append((targ, type_id))
        if n == 0 and cands:
            break
    return cands


# -- values -----------------------------------------------------------------------------------------------------

class _Poison(Exception):
    """libbpf's -EUCLEAN: resolve to a poisoned instruction instead of failing the load."""


def _elem_size(btf: Btf, type_id: int) -> tuple[int, int]:
    """(resolved id, size of the innermost element) of a field type: arrays count per element."""
    rid = _skip(btf, type_id)
    t = btf.type(rid)
    elem = rid
    while isinstance(t, Array):
        elem = _skip(btf, t.type)
        t = btf.type(elem)
    return rid, _size(btf, elem)


def _calc_field(kind: int, spec: Spec | None, big_endian: bool) -> tuple[int, int, int, bool | None]:
    """(value, field size for load/store adjusting, field type id, validate) of a field relocation."""
    if kind == CoreReloKind.FIELD_EXISTS:
        return (1 if spec is not None else 0), 0, 0, None
    if spec is None:
        raise _Poison()
    btf = spec.btf
    acc = spec.accessors[-1]
    if not acc.name:  # a[n]: the element itself
        if kind == CoreReloKind.FIELD_BYTE_OFFSET:
            _, sz = _elem_size(btf, acc.type_id)
            return spec.bit_offset // 8, sz, acc.type_id, True
        if kind == CoreReloKind.FIELD_BYTE_SIZE:
            return _size(btf, acc.type_id), 0, 0, True
        raise CoreError(f"relocation {relo_kind_str(kind)} cannot be applied to an array element access")
    t = btf.type(acc.type_id)
    m = t.members[acc.idx]  # type: ignore[union-attr]
    field_type_id = _skip(btf, m.type)
    mt = btf.type(field_type_id)
    bit_off = spec.bit_offset
    bit_sz = m.bitfield_size
    bitfield = bit_sz > 0
    field_sz = 0
    type_id = 0
    if bitfield:
        byte_sz = getattr(mt, "size", 0) or 1
        byte_off = bit_off // 8 // byte_sz * byte_sz
        while bit_off + bit_sz - byte_off * 8 > byte_sz * 8:  # smallest load that covers the bitfield
            if byte_sz >= 8:
                raise CoreError("bitfield cannot be read with a single 64-bit load")
            byte_sz *= 2
            byte_off = bit_off // 8 // byte_sz * byte_sz
    else:
        byte_sz = _size(btf, field_type_id)
        byte_off = bit_off // 8
        bit_sz = byte_sz * 8
    validate: bool | None = not bitfield
    if kind == CoreReloKind.FIELD_BYTE_OFFSET:
        val = byte_off
        if not bitfield:  # remember the (element) size so that loads can be resized like libbpf does
            _, field_sz = _elem_size(btf, field_type_id)
            type_id = field_type_id
    elif kind == CoreReloKind.FIELD_BYTE_SIZE:
        val = byte_sz
    elif kind == CoreReloKind.FIELD_SIGNED:
        val = int((isinstance(mt, Enum | Enum64) and mt.signed)
                  or (isinstance(mt, Int) and bool(mt.encoding & IntEncoding.SIGNED)))
        validate = True
    elif kind == CoreReloKind.FIELD_LSHIFT_U64:
        if big_endian:
            val = (8 - byte_sz) * 8 + (bit_off - byte_off * 8)
        else:
            val = 64 - (bit_off + bit_sz - byte_off * 8)
    elif kind == CoreReloKind.FIELD_RSHIFT_U64:
        val = 64 - bit_sz
        validate = True
    else:
        raise CoreError(f"unrecognized CO-RE relocation kind {kind}")
    return val & _U64, field_sz, type_id, validate


def _calc_type(kind: int, spec: Spec | None) -> tuple[int, bool]:
    if spec is None:
        return 0, True
    if kind == CoreReloKind.TYPE_ID_TARGET:
        return spec.root_type_id, False
    if kind in (CoreReloKind.TYPE_EXISTS, CoreReloKind.TYPE_MATCHES):
        return 1, True
    if kind == CoreReloKind.TYPE_SIZE:
        return _size(spec.btf, spec.root_type_id), True
    raise CoreError(f"unrecognized CO-RE relocation kind {kind}")


def _calc_enumval(kind: int, spec: Spec | None) -> int:
    if kind == CoreReloKind.ENUMVAL_EXISTS:
        return 1 if spec is not None else 0
    if spec is None:
        raise _Poison()
    acc = spec.accessors[0]
    t = spec.btf.type(acc.type_id)
    return t.values[acc.idx].value & _U64  # type: ignore[union-attr]


def calc_relo(kind: int, local: Spec, targ: Spec | None) -> Resolution:
    """Original and new values for one candidate (or none), libbpf's ``bpf_core_calc_relo``."""
    res = Resolution(local_spec=local, target_spec=targ)
    big = local.btf.byteorder == "big"
    try:
        if kind in FIELD_KINDS:
            res.orig_val, res.orig_sz, res.orig_type_id, v = _calc_field(kind, local, big)
            if v is not None:
                res.validate = v
            res.new_val, res.new_sz, res.new_type_id, _ = _calc_field(kind, targ, big)
            if res.orig_sz != res.new_sz:
                ot = local.btf.type(res.orig_type_id)
                nt = targ.btf.type(res.new_type_id) if targ is not None else None
                safe = (ot.kind == Kind.PTR and nt is not None and nt.kind == Kind.PTR) or (
                    isinstance(ot, Int) and isinstance(nt, Int)
                    and ot.encoding != IntEncoding.SIGNED and nt.encoding != IntEncoding.SIGNED)
                res.fail_memsz_adjust = not safe
        elif kind in TYPE_KINDS:
            res.orig_val, res.validate = _calc_type(kind, local)
            res.new_val, _ = _calc_type(kind, targ)
        elif kind in ENUMVAL_KINDS:
            res.orig_val = _calc_enumval(kind, local)
            res.new_val = _calc_enumval(kind, targ)
        else:
            raise CoreError(f"unrecognized CO-RE relocation kind {kind}")
    except _Poison:
        res.poison = True
    return res


class Resolver:
    """Resolves relocations of one local BTF against target BTFs, caching candidates per local root type as libbpf
    does (and, as libbpf does, narrowing a root's candidates to those that matched its first relocation)."""

    def __init__(self, local: Btf, targets: Btf | list[Btf] | tuple[Btf, ...]) -> None:
        self.local = local
        self.targets = [targets] if isinstance(targets, Btf) else list(targets)
        if not self.targets:
            raise CoreError("no target BTF given")
        self._cands: dict[int, list[tuple[Btf, int]]] = {}

    def resolve(self, relo: CoreRelo) -> Resolution:
        lb = self.local
        local_id = relo.type_id
        lt = lb.type(local_id)
        try:
            local = parse_spec(lb, relo)
        except CoreError as e:
            raise CoreError(f"parsing [{local_id}] {kind_name(lt.kind)} {lt.name or '<anon>'} + {relo.access} "
                            f"failed: {e}") from None
        if relo.kind == CoreReloKind.TYPE_ID_LOCAL:
            return Resolution(orig_val=local.root_type_id, new_val=local.root_type_id, validate=False,
                              local_spec=local)
        if not lt.name:
            raise CoreError(f"<{relo_kind_str(relo.kind)}> relocation of an anonymous {kind_name(lt.kind)} is not "
                            "supported")
        cands = self._cands.get(local_id)
        if cands is None:
            cands = find_candidates(lb, local_id, self.targets)
            self._cands[local_id] = cands
        chosen: Resolution | None = None
        kept: list[tuple[Btf, int]] = []
        for tb, tid in cands:
            targ = spec_match(local, tb, tid)
            if targ is None:
                continue
            res = calc_relo(relo.kind, local, targ)
            if chosen is None:
                chosen = res
            elif targ.bit_offset != chosen.target_spec.bit_offset:  # type: ignore[union-attr]
                raise CoreError(f"field offset ambiguity: {targ.format()} is at bit "
                                f"{targ.bit_offset}, {chosen.target_spec.format()} at "  # type: ignore[union-attr]
                                f"bit {chosen.target_spec.bit_offset}")  # type: ignore[union-attr]
            elif res.poison != chosen.poison or res.new_val != chosen.new_val:
                raise CoreError(f"relocation decision ambiguity: candidates give "
                                f"{'failure' if res.poison else 'success'} {res.new_val} and "
                                f"{'failure' if chosen.poison else 'success'} {chosen.new_val}")
            kept.append((tb, tid))
        if kept:
            self._cands[local_id] = kept
        if chosen is None:
            chosen = calc_relo(relo.kind, local, None)
            chosen.reason = (f"no candidate for {local.format()} among {len(cands)} target type(s) named "
                             f"{essential_name(lt.name)!r}" if cands else
                             f"the target BTF has no {kind_name(lt.kind)} named {essential_name(lt.name)!r}")
        chosen.candidates = len(kept)
        return chosen

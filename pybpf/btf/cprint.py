"""Print BTF types as compilable C declarations, following libbpf's btf_dump (what ``bpftool btf dump format c``
prints): types are ordered topologically, with forward declarations where a pointer allows one, duplicate names get
``___N`` suffixes, and struct layouts are reproduced with explicit padding and ``packed`` where needed.
"""

from __future__ import annotations

from pybpf.btf.btf import Btf
from pybpf.btf.types import (
    COMPOSITES,
    MODIFIERS,
    Array,
    DeclTag,
    Enum,
    Enum64,
    Func,
    FuncProto,
    Fwd,
    Kind,
    Struct,
    Typedef,
    TypeTag,
    Union,
)
from pybpf.errors import LoadError

_NOT_ORDERED, _ORDERING, _ORDERED = 0, 1, 2
_NOT_EMITTED, _EMITTING, _EMITTED = 0, 1, 2
_MAX_TABS = 13
_MAX_NESTING = 64
_MAX_PAD_BITS = 1 << 20  # 128 KiB of padding in one hole: far beyond any real type
_MISSING_BASE_TYPES = {"__Poly8_t": "unsigned char", "__Poly16_t": "unsigned short",
                       "__Poly64_t": "unsigned long long", "__Poly128_t": "unsigned __int128"}

HEADER = """#ifndef __VMLINUX_H__
#define __VMLINUX_H__

#ifndef BPF_NO_PRESERVE_ACCESS_INDEX
#pragma clang attribute push (__attribute__((preserve_access_index)), apply_to = record)
#endif

#ifndef __ksym
#define __ksym __attribute__((section(".ksyms")))
#endif

#ifndef __weak
#define __weak __attribute__((weak))
#endif

#ifndef __bpf_fastcall
#if __has_attribute(bpf_fastcall)
#define __bpf_fastcall __attribute__((bpf_fastcall))
#else
#define __bpf_fastcall
#endif
#endif

"""
FOOTER = """#ifndef BPF_NO_PRESERVE_ACCESS_INDEX
#pragma clang attribute pop
#endif

#endif /* __VMLINUX_H__ */
"""


def _pfx(lvl: int) -> str:
    return "\t" * min(lvl, _MAX_TABS)


def _roundup(x: int, y: int) -> int:
    return (x + y - 1) // y * y


class _Stack:
    """A view on a declaration chain that nested emitters keep popping from."""

    __slots__ = ("cnt", "ids")

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self.cnt = len(ids)

    def top(self) -> int:
        return self.ids[self.cnt - 1]


class CDumper:
    """Stateful C emitter over one Btf: types already printed are not printed again."""

    def __init__(self, btf: Btf) -> None:
        self.btf = btf
        n = len(btf)
        self._out: list[str] = []
        self._order = bytearray(n)
        self._emit = bytearray(n)
        self._fwd_emitted = bytearray(n)
        self._referenced = bytearray(n)
        self._names: dict[int, str] = {}
        self._type_names: dict[str, int] = {}
        self._ident_names: dict[str, int] = {}
        self._queue: list[int] = []
        self.strip_mods = False
        self.skip_anon_defs = False
        self._marked = False  # which types are referenced: computed by the first dump_type (it visits every type)

    # -- output ----------------------------------------------------------------------------------------------
    def _p(self, s: str) -> None:
        self._out.append(s)

    def take(self) -> str:
        s = "".join(self._out)
        self._out.clear()
        return s

    # -- pass 0: which types are referenced ------------------------------------------------------------------
    def _mark_referenced(self) -> None:
        ref = self._referenced
        for _, t in self.btf.types():
            k = t.kind
            if k in MODIFIERS or k in (Kind.PTR, Kind.TYPEDEF, Kind.FUNC, Kind.VAR, Kind.DECL_TAG):
                ref[t.type] = 1  # type: ignore[union-attr]
            elif isinstance(t, Array):
                ref[t.index_type] = 1
                ref[t.type] = 1
            elif isinstance(t, Struct | Union):
                for m in t.members:
                    ref[m.type] = 1
            elif isinstance(t, FuncProto):
                for p in t.params:
                    ref[p.type] = 1
            elif t.kind == Kind.DATASEC:
                for v in t.vars:  # type: ignore[union-attr]
                    ref[v.type] = 1

    # -- pass 1: topological order ---------------------------------------------------------------------------
    def dump_type(self, type_id: int) -> None:
        """Emit ``type_id`` and every type it needs that was not emitted yet."""
        if not 0 <= type_id < len(self.btf):
            raise self.btf.error(f"type id {type_id} out of range")
        if not self._marked:
            self._mark_referenced()
            self._marked = True
        self._queue = []
        self._order_type(type_id, False)
        for qid in self._queue:
            self._emit_type(qid, 0)

    def _order_type(self, type_id: int, through_ptr: bool) -> int:
        """1 if ``type_id`` must be fully defined before its user (strong link), 0 if a forward decl will do."""
        state = self._order[type_id]
        if state == _ORDERED:
            return 1
        t = self.btf.type(type_id)
        k = t.kind
        if state == _ORDERING:
            if k in COMPOSITES and through_ptr and t.name:
                return 0
            raise self.btf.error(f"unsatisfiable type cycle through type [{type_id}]: cannot print it as C")
        if k in (Kind.INT, Kind.FLOAT) or k == Kind.UNKN:
            self._order[type_id] = _ORDERED
            return 0
        if k == Kind.PTR:
            res = self._order_type(t.type, True)  # type: ignore[union-attr]
            self._order[type_id] = _ORDERED
            return res
        if isinstance(t, Array):
            return self._order_type(t.type, False)
        if isinstance(t, Struct | Union):
            if through_ptr and t.name:
                return 0
            self._order[type_id] = _ORDERING
            for m in t.members:
                self._order_type(m.type, False)
            if t.name:
                self._queue.append(type_id)
            self._order[type_id] = _ORDERED
            return 1
        if isinstance(t, Enum | Enum64 | Fwd):
            if t.name or not self._referenced[type_id]:
                self._queue.append(type_id)
            self._order[type_id] = _ORDERED
            return 1
        if isinstance(t, Typedef):
            strong = self._order_type(t.type, through_ptr)
            if through_ptr and not strong:
                return 0
            self._queue.append(type_id)
            self._order[type_id] = _ORDERED
            return 1
        if k in MODIFIERS:
            return self._order_type(t.type, through_ptr)  # type: ignore[union-attr]
        if isinstance(t, FuncProto):
            strong = self._order_type(t.return_type, through_ptr) > 0
            for p in t.params:
                if self._order_type(p.type, through_ptr) > 0:
                    strong = True
            return int(strong)
        # FUNC, VAR, DATASEC, DECL_TAG and unknown kinds define nothing C needs.
        self._order[type_id] = _ORDERED
        return 0

    # -- pass 2: emission ------------------------------------------------------------------------------------
    def _emit_type(self, type_id: int, cont_id: int) -> None:
        state = self._emit[type_id]
        if state == _EMITTED:
            return
        t = self.btf.type(type_id)
        k = t.kind
        top_level = cont_id == 0
        if state == _EMITTING:
            if self._fwd_emitted[type_id]:
                return
            if isinstance(t, Struct | Union):
                if type_id == cont_id or not t.name:
                    return
                self._emit_struct_fwd(type_id, t)
                self._p(";\n\n")
                self._fwd_emitted[type_id] = 1
            elif isinstance(t, Typedef):
                if not self._blacklisted(t):
                    self._emit_typedef_def(type_id, t, 0)
                    self._p(";\n\n")
                self._fwd_emitted[type_id] = 1
            return
        if k == Kind.INT:
            name = self._type_name(type_id)
            if name in _MISSING_BASE_TYPES:
                self._p(f"typedef {_MISSING_BASE_TYPES[name]} {name};\n\n")
            self._emit[type_id] = _EMITTED
        elif isinstance(t, Enum | Enum64):
            if top_level:
                self._emit_enum_def(type_id, t, 0)
                self._p(";\n\n")
            self._emit[type_id] = _EMITTED
        elif k == Kind.PTR or k in MODIFIERS:
            self._emit_type(t.type, cont_id)  # type: ignore[union-attr]
        elif isinstance(t, Array):
            self._emit_type(t.type, cont_id)
        elif isinstance(t, Fwd):
            self._emit_fwd_def(type_id, t)
            self._p(";\n\n")
            self._emit[type_id] = _EMITTED
        elif isinstance(t, Typedef):
            self._emit[type_id] = _EMITTING
            self._emit_type(t.type, type_id)
            if not self._fwd_emitted[type_id] and not self._blacklisted(t):
                self._emit_typedef_def(type_id, t, 0)
                self._p(";\n\n")
            self._emit[type_id] = _EMITTED
        elif isinstance(t, Struct | Union):
            self._emit[type_id] = _EMITTING
            if top_level or not t.name:
                new_cont = cont_id if not t.name else type_id
                for m in t.members:
                    self._emit_type(m.type, new_cont)
            elif not self._fwd_emitted[type_id] and type_id != cont_id:
                self._emit_struct_fwd(type_id, t)
                self._p(";\n\n")
                self._fwd_emitted[type_id] = 1
            if top_level:
                self._emit_struct_def(type_id, t, 0)
                self._p(";\n\n")
                self._emit[type_id] = _EMITTED
            else:
                self._emit[type_id] = _NOT_EMITTED
        elif isinstance(t, FuncProto):
            self._emit_type(t.return_type, cont_id)
            for p in t.params:
                self._emit_type(p.type, cont_id)

    @staticmethod
    def _blacklisted(t) -> bool:
        return t.name == "__builtin_va_list"

    # -- sizes that never fail (C output should still come out for odd BTF) -----------------------------------
    def _align(self, type_id: int) -> int:
        try:
            return self.btf.alignof(type_id)
        except LoadError:
            return 0

    def _size(self, type_id: int) -> int:
        try:
            return max(0, self.btf.sizeof(type_id))
        except LoadError:
            return 0

    def _is_packed(self, t: Struct) -> bool:
        max_align = 1
        for m in t.members:
            a = self._align(m.type)
            if a and m.bitfield_size == 0 and m.bit_offset % (8 * a):
                return True
            max_align = max(a, max_align)
        return t.size % max_align != 0

    def _emit_bit_padding(self, cur_off: int, next_off: int, next_align: int, in_bitfield: bool, lvl: int) -> None:
        if cur_off >= next_off:
            return
        if next_off - cur_off > _MAX_PAD_BITS:  # would be millions of `long: 64;` lines: only malformed BTF
            raise self.btf.error(f"a {(next_off - cur_off) // 8}-byte hole in a struct is too large to print as C")
        ptr_bits = self.btf.ptr_size * 8
        pads = (("long", ptr_bits), ("int", 32), ("short", 16), ("char", 8))
        # The widest padding type whose next boundary is not past next_off (else char, as libbpf ends up with).
        pad_type, pad_bits = pads[-1]
        new_off = _roundup(cur_off, pad_bits)
        for cand_type, cand_bits in pads:
            pad_type, pad_bits = cand_type, cand_bits
            new_off = _roundup(cur_off, pad_bits)
            if new_off <= next_off:
                break
        next_align = max(next_align, 1)
        if cur_off < new_off <= next_off:
            if (in_bitfield or (new_off == next_off and _roundup(cur_off, next_align * 8) != new_off)
                    or (new_off != next_off and next_off - new_off <= new_off - cur_off)):
                self._p(f"\n{_pfx(lvl)}{pad_type}: {new_off - cur_off if in_bitfield else 0};")
            cur_off = new_off
        while cur_off != next_off:
            bits = min(next_off - cur_off, pad_bits)
            if bits == pad_bits:
                self._p(f"\n{_pfx(lvl)}{pad_type}: {pad_bits};")
                cur_off += bits
                continue
            for name, nbits in reversed(pads):
                if nbits < bits:
                    continue
                self._p(f"\n{_pfx(lvl)}{name}: {bits};")
                cur_off += bits
                break

    def _emit_struct_fwd(self, type_id: int, t) -> None:
        word = "struct" if t.kind == Kind.STRUCT else "union"
        name = self._type_name(type_id)
        self._p(f"{word} {name}" if name else word)

    def _emit_struct_def(self, type_id: int, t, lvl: int) -> None:
        if lvl > _MAX_NESTING:  # only malformed BTF nests anonymous types this deep (or in a loop)
            raise self.btf.error(f"anonymous struct/union [{type_id}] nests more than {_MAX_NESTING} levels deep")
        is_struct = t.kind == Kind.STRUCT
        align = self._align(type_id)
        packed = self._is_packed(t) if is_struct else False
        self._emit_struct_fwd(type_id, t)
        self._p(" {")
        off = 0
        prev_bitfield = False
        for m in t.members:
            m_sz = m.bitfield_size
            m_off = m.bit_offset
            m_align = 1 if packed else self._align(m.type)
            in_bitfield = prev_bitfield and m_sz != 0
            self._emit_bit_padding(off, m_off, m_align, in_bitfield, lvl + 1)
            self._p(f"\n{_pfx(lvl + 1)}")
            self._emit_type_decl(m.type, m.name, lvl + 1)
            if m_sz:
                self._p(f": {m_sz}")
                off = m_off + m_sz
                prev_bitfield = True
            else:
                off = m_off + self._size(m.type) * 8
                prev_bitfield = False
            self._p(";")
        if is_struct:
            self._emit_bit_padding(off, t.size * 8, align, False, lvl + 1)
        if t.members or t.size:
            self._p(f"\n{_pfx(lvl)}}}")
        else:
            self._p("}")
        if packed:
            self._p(" __attribute__((packed))")

    def _emit_enum_def(self, type_id: int, t, lvl: int) -> None:
        name = self._type_name(type_id)
        self._p(f"enum {name}" if name else "enum")
        if not t.values:
            return
        self._p(" {")
        is64 = isinstance(t, Enum64)
        for v in t.values:
            dup = self._count_name(self._ident_names, v.name)
            vname = f"{v.name}___{dup}" if dup > 1 else v.name
            if is64:
                val = v.value if t.signed else v.value & 0xFFFFFFFFFFFFFFFF
                suffix = "LL" if t.signed else "ULL"
                self._p(f"\n{_pfx(lvl + 1)}{vname} = {val}{suffix},")
            else:
                val = v.value if t.signed else v.value & 0xFFFFFFFF
                self._p(f"\n{_pfx(lvl + 1)}{vname} = {val},")
        self._p(f"\n{_pfx(lvl)}}}")
        if t.size == 1:
            self._p(" __attribute__((mode(byte)))")
        elif t.size == 8 and self.btf.ptr_size == 8:
            needs_word = True
            if is64:
                needs_word = all(((v.value & 0xFFFFFFFFFFFFFFFF) >> 32) == 0 for v in t.values)
            if needs_word:
                self._p(" __attribute__((mode(word)))")

    def _emit_fwd_def(self, type_id: int, t: Fwd) -> None:
        self._p(f"{'union' if t.union else 'struct'} {self._type_name(type_id)}")

    def _emit_typedef_def(self, type_id: int, t: Typedef, lvl: int) -> None:
        name = self._ident_name(type_id)
        if t.type == 0 and name == "__gnuc_va_list":
            self._p("typedef __builtin_va_list __gnuc_va_list")
            return
        self._p("typedef ")
        self._emit_type_decl(t.type, name, lvl)

    # -- declarations ----------------------------------------------------------------------------------------
    def type_decl(self, type_id: int, fname: str = "", lvl: int = 0, strip_mods: bool = False) -> str:
        """Declaration of ``fname`` with type ``type_id`` (anonymous structs are defined inline)."""
        saved = self._out
        self._out = []
        self.strip_mods = strip_mods
        try:
            self._emit_type_decl(type_id, fname, lvl)
            return "".join(self._out)
        finally:
            self.strip_mods = False
            self._out = saved

    def _emit_type_decl(self, type_id: int, fname: str, lvl: int) -> None:
        ids: list[int] = []
        for _ in range(4096):  # bounded: malformed BTF could loop
            t = self.btf.type(type_id)
            if not (self.strip_mods and t.kind in MODIFIERS):
                ids.append(type_id)
            if type_id == 0:
                break
            k = t.kind
            if k == Kind.PTR or k in MODIFIERS:
                type_id = t.type  # type: ignore[union-attr]
            elif isinstance(t, FuncProto):
                type_id = t.return_type
            elif isinstance(t, Array):
                type_id = t.type
            else:
                break
        self._emit_type_chain(_Stack(ids), fname, lvl)

    def _emit_mods(self, decls: _Stack) -> None:
        while decls.cnt:
            k = self.btf.kind(decls.top())
            if k == Kind.VOLATILE:
                self._p("volatile ")
            elif k == Kind.CONST:
                self._p("const ")
            elif k == Kind.RESTRICT:
                self._p("restrict ")
            else:
                return
            decls.cnt -= 1

    def _drop_mods(self, decls: _Stack) -> None:
        while decls.cnt and self.btf.kind(decls.top()) in MODIFIERS:
            decls.cnt -= 1

    def _emit_name(self, name: str, last_was_ptr: bool) -> None:
        self._p((" " if name and not last_was_ptr else "") + name)

    def _emit_type_chain(self, decls: _Stack, fname: str, lvl: int) -> None:
        last_was_ptr = True
        while decls.cnt:
            decls.cnt -= 1
            type_id = decls.ids[decls.cnt]
            if type_id == 0:
                self._emit_mods(decls)
                self._p("void")
                last_was_ptr = False
                continue
            t = self.btf.type(type_id)
            k = t.kind
            if k in (Kind.INT, Kind.FLOAT):
                self._emit_mods(decls)
                self._p(t.name)
            elif isinstance(t, Struct | Union):
                self._emit_mods(decls)
                if not t.name and not self.skip_anon_defs:
                    self._emit_struct_def(type_id, t, lvl)
                else:
                    self._emit_struct_fwd(type_id, t)
            elif isinstance(t, Enum | Enum64):
                self._emit_mods(decls)
                if not t.name and not self.skip_anon_defs:
                    self._emit_enum_def(type_id, t, lvl)
                else:
                    self._p(f"enum {self._type_name(type_id)}")
            elif isinstance(t, Fwd):
                self._emit_mods(decls)
                self._emit_fwd_def(type_id, t)
            elif isinstance(t, Typedef):
                self._emit_mods(decls)
                self._p(self._ident_name(type_id))
            elif k == Kind.PTR:
                self._p("*" if last_was_ptr else " *")
            elif k == Kind.VOLATILE:
                self._p(" volatile")
            elif k == Kind.CONST:
                self._p(" const")
            elif k == Kind.RESTRICT:
                self._p(" restrict")
            elif isinstance(t, TypeTag):
                self._emit_mods(decls)
                if t.attr:
                    self._p(f" __attribute__(({t.name}))")
                else:
                    self._p(f' __attribute__((btf_type_tag("{t.name}")))')
            elif isinstance(t, Array):
                self._drop_mods(decls)
                if decls.cnt == 0:
                    self._emit_name(fname, last_was_ptr)
                    self._p(f"[{t.nelems}]")
                    return
                multidim = self.btf.kind(decls.top()) == Kind.ARRAY
                if fname and not last_was_ptr:
                    self._p(" ")
                if not multidim:
                    self._p("(")
                self._emit_type_chain(decls, fname, lvl)
                if not multidim:
                    self._p(")")
                self._p(f"[{t.nelems}]")
                return
            elif isinstance(t, FuncProto):
                self._drop_mods(decls)
                if decls.cnt:
                    self._p(" (")
                    self._emit_type_chain(decls, fname, lvl)
                    self._p(")")
                else:
                    self._emit_name(fname, last_was_ptr)
                self._p("(")
                params = t.params
                if not params or (len(params) == 1 and params[0].type == 0):
                    self._p("void)")
                    return
                for i, p in enumerate(params):
                    if i:
                        self._p(", ")
                    if i == len(params) - 1 and p.type == 0:
                        self._p("...")
                        break
                    self._emit_type_decl(p.type, p.name, lvl)
                self._p(")")
                return
            else:
                return  # FUNC/VAR/DATASEC/DECL_TAG in a declaration chain: nothing sensible to print
            last_was_ptr = k == Kind.PTR
        self._emit_name(fname, last_was_ptr)

    # -- names -----------------------------------------------------------------------------------------------
    @staticmethod
    def _count_name(table: dict[str, int], name: str) -> int:
        n = table.get(name, 0) + 1
        table[name] = n
        return n

    def _resolve_name(self, type_id: int, table: dict[str, int]) -> str:
        cached = self._names.get(type_id)
        if cached is not None:
            return cached
        t = self.btf.type(type_id)
        name = t.name
        if not name:
            return ""
        if not (isinstance(t, Fwd) or (isinstance(t, Enum) and not t.values)):
            dup = self._count_name(table, name)
            if dup > 1:
                name = f"{name}___{dup}"
        self._names[type_id] = name
        return name

    def _type_name(self, type_id: int) -> str:
        return self._resolve_name(type_id, self._type_names)

    def _ident_name(self, type_id: int) -> str:
        return self._resolve_name(type_id, self._ident_names)


def type_decl(btf: Btf, type_id: int, name: str = "") -> str:
    """C declaration of one type (e.g. ``struct sk_buff *skb``, ``int (*cb)(void *)``); no definitions emitted."""
    return CDumper(btf).type_decl(type_id, name)


def format_type(btf: Btf, type_id: int) -> str:
    """C definitions of ``type_id`` and every type it needs, in an order C accepts."""
    d = CDumper(btf)
    d.dump_type(type_id)
    return d.take()


def dump_c(btf: Btf, *, type_ids: list[int] | None = None, header: bool = True, kfuncs: bool = True) -> str:
    """A whole header, as ``bpftool btf dump file F format c`` prints it: every type (or ``type_ids``), then
    ``extern`` prototypes of the functions tagged ``bpf_kfunc``."""
    d = CDumper(btf)
    parts = [HEADER] if header else []
    ids = type_ids if type_ids is not None else range(1, len(btf))
    for type_id in ids:
        d.dump_type(type_id)
    parts.append(d.take())
    if kfuncs and type_ids is None:
        parts.append(_kfunc_prototypes(btf, d))
    if header:
        parts.append(FOOTER)
    return "".join(parts)


def _kfunc_prototypes(btf: Btf, d: CDumper) -> str:
    kfuncs: dict[int, Func] = {}
    fastcall: set[int] = set()
    for type_id in range(1, len(btf)):  # base types too, as bpftool does
        t = btf.type(type_id)
        if not isinstance(t, DeclTag) or t.component_idx != -1:
            continue
        target = btf.type(t.type)
        if not isinstance(target, Func):
            continue
        if t.name == "bpf_kfunc":
            kfuncs[t.type] = target
        elif t.name == "bpf_fastcall":
            fastcall.add(t.type)
    lines = ["\n/* BPF kfuncs */\n", "#ifndef BPF_NO_KFUNC_PROTOTYPES\n"]
    for fid, f in sorted(kfuncs.items(), key=lambda kv: kv[1].name):
        prefix = "extern __bpf_fastcall " if fid in fastcall else "extern "
        lines.append(f"{prefix}{d.type_decl(f.type, f.name)} __weak __ksym;\n")
    lines.append("#endif\n\n")
    return "".join(lines)

"""Link one entry program: append every subprogram it calls (or whose address it takes) after it, in libbpf's order
(``bpf_object__relocate_calls``: depth first, each callee appended when first met), fix up call offsets, make map and
extern references symbolic, and carry func_info, line_info and CO-RE records over to the linked slots."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from pybpf.btf.btf import Btf
from pybpf.btf.ext import BtfExt, CoreRelo, FuncInfo, LineInfo
from pybpf.btf.types import Func, FuncLinkage
from pybpf.elf.code import Function
from pybpf.elf.relocate import CodeReloc, RelocKind
from pybpf.elf.spec import FunctionSpec, KconfigExtern, KsymExtern, Reference, ReferenceKind
from pybpf.errors import LoadError
from pybpf.isa.instruction import Instruction, s64
from pybpf.isa.opcodes import CALL, LD_IMM64, CallSrc, PseudoSrc


@dataclass
class Linked:
    instructions: tuple[Instruction, ...]
    functions: tuple[FunctionSpec, ...]
    func_info: tuple[FuncInfo, ...]
    line_info: tuple[LineInfo, ...]
    core_relos: tuple[CoreRelo, ...]
    references: dict[int, Reference]


@dataclass
class LinkContext:
    """What linking needs from the rest of the object."""

    source: str | None
    function_at: Callable[[int, int], Function | None]  # (section index, slot) -> function starting there
    section_name: Callable[[int], str]
    map_index: dict[str, int]
    kconfig_map: str | None
    btf: Btf | None
    ext: BtfExt | None
    exception_callback: Callable[[Function], Function | None] = lambda f: None  # libbpf's exception_cb_idx
    _sorted: dict[tuple[str, str], tuple[list[int], list]] = field(default_factory=dict)
    _local: dict[tuple[str, Function], list] = field(default_factory=dict)

    def records(self, kind: str, f: Function) -> list:
        """``kind`` ("func_info", "line_info", "core_relos") records of function ``f``, function-relative, in file
        order; computed once per function, whichever programs include it."""
        key = (kind, f)
        out = self._local.get(key)
        if out is None:
            table = getattr(self.ext, kind) if self.ext is not None else {}
            skey = (kind, f.section)
            idx = self._sorted.get(skey)
            if idx is None:
                recs = sorted(table.get(f.section, []), key=lambda r: r.slot)  # stable: file order within a slot
                idx = self._sorted[skey] = ([r.slot for r in recs], recs)
            slots, recs = idx
            lo, hi = bisect_left(slots, f.start), bisect_left(slots, f.end)
            out = self._local[key] = [_moved(r, r.slot - f.start) for r in recs[lo:hi]]
        return out


def _is_subprog_call(insn: Instruction) -> bool:
    return insn.opcode == CALL and insn.src == CallSrc.PSEUDO_CALL and insn.dst == 0 and insn.off == 0


def _moved(r, slot: int):
    """``r`` at another slot (direct construction: dataclasses.replace is slow for 100k line_info records)."""
    if isinstance(r, LineInfo):
        return LineInfo(slot, r.file_name, r.line_text, r.line, r.column, r.file_name_off, r.line_off)
    if isinstance(r, FuncInfo):
        return FuncInfo(slot, r.type_id)
    if isinstance(r, CoreRelo):
        return CoreRelo(slot, r.type_id, r.access, r.kind, r.access_str_off)
    return replace(r, slot=slot)


def _shifted(records: list, base: int) -> list:
    return [_moved(r, r.slot + base) for r in records] if base else list(records)


def link_program(entry: Function, ctx: LinkContext) -> Linked:
    """The linked program starting with ``entry``."""
    def err(reason: str, f: Function, slot: int | None = None) -> LoadError:
        return LoadError(reason, file=ctx.source, section=f.section, program=entry.name, slot=slot,
                         symbol=f.name if f is not entry else None)

    out: list[Instruction] = []
    index_at: dict[int, int] = {}  # linked slot -> index in ``out``
    placed: dict[Function, int] = {}  # function -> its first linked slot
    order: list[Function] = []
    total = 0

    def append(f: Function) -> None:
        nonlocal total
        placed[f] = total
        order.append(f)
        for rel_slot, insn in f.insns:
            index_at[total + rel_slot] = len(out)
            out.append(insn)
        total += f.slots

    def calls(f: Function) -> Iterator[tuple[int, Instruction, Function]]:
        """(function-relative slot, instruction, callee) of each call or function address in ``f``."""
        for rel_slot, insn in f.insns:
            reloc: CodeReloc | None = f.relocs.get(rel_slot)  # type: ignore[assignment]
            if reloc is not None and reloc.kind == RelocKind.SUBPROG_ADDR:
                sec, target = reloc.target_section, reloc.target_slot
            elif _is_subprog_call(insn):
                if reloc is not None and reloc.kind == RelocKind.EXTERN_CALL:
                    continue
                if reloc is not None and reloc.kind != RelocKind.CALL:
                    raise err(f"unexpected {reloc.kind.value} relocation on a call", f, f.start + rel_slot)
                if reloc is not None:
                    sec, target = reloc.target_section, reloc.target_slot
                else:  # a static function of the same section: no relocation, imm is already relative
                    sec, target = f.code.section.index, f.start + rel_slot + insn.imm + 1
            else:
                continue
            callee = ctx.function_at(sec, target)
            if callee is None:
                raise err(f"call or function address points to slot {target} of section "
                          f"{ctx.section_name(sec)!r}, where no function starts", f, f.start + rel_slot)
            yield rel_slot, insn, callee

    fixups: list[tuple[Function, int, Instruction, Function]] = []

    def walk(start: Function) -> None:
        """Depth first, as libbpf's recursion: a callee met for the first time is appended and processed before
        the caller continues. An explicit stack keeps deep call chains off Python's recursion limit."""
        append(start)
        stack: list[tuple[Function, Iterator]] = [(start, calls(start))]
        while stack:
            f, it = stack[-1]
            step = next(it, None)
            if step is None:
                stack.pop()
                continue
            rel_slot, insn, callee = step
            fixups.append((f, rel_slot, insn, callee))
            if callee not in placed:
                append(callee)
                stack.append((callee, calls(callee)))

    walk(entry)
    cb = ctx.exception_callback(entry)  # bpf_throw's callback goes in even though nothing calls it
    if cb is not None and cb not in placed:
        walk(cb)

    for f, rel_slot, insn, callee in fixups:
        at = placed[f] + rel_slot
        rel = placed[callee] - at - 1
        if insn.opcode == LD_IMM64:
            new = insn.replace(src=PseudoSrc.FUNC, imm=rel & 0xFFFFFFFF)
        else:
            new = insn.replace(imm=rel)
        out[index_at[at]] = new

    references: dict[int, Reference] = {}
    for f in order:
        base = placed[f]
        for rel_slot, reloc in sorted(f.relocs.items()):
            assert isinstance(reloc, CodeReloc)
            at = base + rel_slot
            i = index_at[at]
            insn = out[i]
            kind = reloc.kind
            if kind == RelocKind.MAP:
                out[i] = insn.replace(src=PseudoSrc.MAP_FD, imm=ctx.map_index[reloc.map])
                references[at] = Reference(ReferenceKind.MAP, reloc.map, 0, reloc.map)
            elif kind == RelocKind.DATA:
                out[i] = insn.replace(src=PseudoSrc.MAP_VALUE,
                                      imm=s64(((reloc.offset & 0xFFFFFFFF) << 32) | ctx.map_index[reloc.map]))
                references[at] = Reference(ReferenceKind.MAP_VALUE, reloc.map, reloc.offset, reloc.map)
            elif kind == RelocKind.EXTERN_LD64:
                ext = reloc.extern
                if isinstance(ext, KconfigExtern):
                    assert ctx.kconfig_map is not None
                    out[i] = insn.replace(src=PseudoSrc.MAP_VALUE,
                                          imm=s64((ext.offset << 32) | ctx.map_index[ctx.kconfig_map]))
                    references[at] = Reference(ReferenceKind.KCONFIG, ext.name, ext.offset, ctx.kconfig_map)
                else:
                    assert isinstance(ext, KsymExtern)
                    out[i] = insn.replace(src=PseudoSrc.BTF_ID if ext.typed else PseudoSrc.IMM, imm=0)
                    references[at] = Reference(ReferenceKind.KSYM, ext.name)
            elif kind == RelocKind.EXTERN_CALL:
                assert isinstance(reloc.extern, KsymExtern)
                out[i] = insn.replace(src=CallSrc.KFUNC, imm=0, off=0)
                references[at] = Reference(ReferenceKind.KFUNC, reloc.extern.name)

    func_info, line_info, core = _ext_records(entry, order, placed, ctx, err)
    functions = tuple(_function_spec(f, placed[f], func_info, ctx.btf) for f in order)
    return Linked(tuple(out), functions, func_info, line_info, core, references)


def _ext_records(entry: Function, order: list[Function], placed: dict[Function, int], ctx: LinkContext, err):
    """func_info / line_info / CO-RE records of every placed function, moved to linked slots. As libbpf: without
    records for the entry function, that kind is dropped for the whole program; records for the entry but not for a
    subprogram are an error (the kernel needs all or none)."""
    ext = ctx.ext
    if ext is None:
        return (), (), ()
    out: list[tuple] = []
    for kind, what in (("func_info", "function info"), ("line_info", "line info")):
        recs: list = []
        for f in order:
            mine = ctx.records(kind, f)
            if not mine:
                if f is entry:
                    break
                raise err(f"missing .BTF.ext {what} for subprogram {f.name!r}", f)
            recs.extend(_shifted(mine, placed[f]))
        out.append(tuple(recs))
    core: list[CoreRelo] = []
    for f in order:
        core.extend(_shifted(ctx.records("core_relos", f), placed[f]))
    return out[0], out[1], tuple(core)


def _function_spec(f: Function, slot: int, func_info: tuple[FuncInfo, ...], btf: Btf | None) -> FunctionSpec:
    btf_id = next((r.type_id for r in func_info if r.slot == slot), None)
    if btf_id is None and btf is not None:
        btf_id = btf.find_id(f.name, Func.KIND)
    linkage = FuncLinkage.GLOBAL if f.is_global and not f.symbol.hidden else FuncLinkage.STATIC
    if btf_id is not None and btf is not None:
        t = btf.type(btf_id)
        if isinstance(t, Func):
            linkage = t.linkage
    return FunctionSpec(f.name, f.section, slot, f.slots, btf_id, linkage)

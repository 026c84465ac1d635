"""Disassembly listings of an object's linked programs: function labels, source lines from line_info (like
``llvm-objdump -S``), and the map or extern each symbolic LD_IMM64/call refers to, as ``;`` comments (which the
assembler ignores, so a listing still reassembles)."""

from __future__ import annotations

from typing import Any

from pybpf.elf.spec import CollectionSpec, ProgramSpec, Reference, ReferenceKind
from pybpf.errors import LoadError
from pybpf.isa.codec import encode_one
from pybpf.isa.disasm import format_listing
from pybpf.isa.instruction import slot_offsets


def reference_note(ref: Reference) -> str:
    if ref.kind == ReferenceKind.MAP:
        return f"map {ref.name}"
    if ref.kind == ReferenceKind.MAP_VALUE:
        return f"&{ref.name}[0] + {ref.offset}"
    if ref.kind == ReferenceKind.KCONFIG:
        return f"kconfig {ref.name} ({ref.map} + {ref.offset})"
    return f"{ref.kind.value} {ref.name}"


def program_rows(prog: ProgramSpec, mode: str = "llvm") -> list[dict[str, Any]]:
    """One row per instruction: slot, text, bytes, and where known function, source line and reference."""
    from pybpf.isa.disasm import iter_program

    starts = {f.slot: f.name for f in prog.functions}
    lines = {li.slot: li for li in prog.line_info}
    rows = []
    for slot, insn, text in iter_program(prog.instructions, mode):
        row: dict[str, Any] = {"slot": slot, "text": text, "bytes": encode_one(insn).hex(" ")}
        if slot in starts:
            row["function"] = starts[slot]
        li = lines.get(slot)
        if li is not None:
            row["source"] = {"file": li.file_name, "line": li.line, "column": li.column, "text": li.line_text}
        ref = prog.references.get(slot)
        if ref is not None:
            row["reference"] = ref.to_json()
        rows.append(row)
    return rows


def program_listing(prog: ProgramSpec, mode: str = "llvm", *, show_bytes: bool = True,
                    source: bool = True) -> list[str]:
    """Text lines: ``<function>:`` labels, ``; source`` lines where line_info changes, instructions."""
    body = format_listing(prog.instructions, mode, show_bytes=show_bytes)
    starts = {f.slot: f for f in prog.functions}
    lines = {li.slot: li for li in prog.line_info}
    out = [f"; program {prog.name}, section {prog.section}, {prog.prog_type.name.lower()}, {prog.slot_count} slots"]
    last = None
    for slot, text in zip(slot_offsets(prog.instructions), body, strict=True):
        f = starts.get(slot)
        if f is not None:
            out.append(f"{'' if slot == 0 else chr(10)}{slot:016x} <{f.name}>:")
        li = lines.get(slot)
        if source and li is not None and (li.file_name, li.line) != last and li.line_text.strip():
            out.append(f"; {li.line_text.strip()}  [{li.file_name.rsplit('/', 1)[-1]}:{li.line}]")
            last = (li.file_name, li.line)
        ref = prog.references.get(slot)
        out.append(f"{text}  ; {reference_note(ref)}" if ref is not None else text)
    return out


def select_programs(spec: CollectionSpec, name: str | None) -> list[ProgramSpec]:
    if name is not None:
        return [spec.program(name)]
    if not spec.programs:
        raise LoadError("the object has no programs", file=spec.path)
    return list(spec.programs.values())


def only_program(spec: CollectionSpec) -> ProgramSpec:
    """The object's one program; an error naming them all if there are several."""
    if len(spec.programs) == 1:
        return next(iter(spec.programs.values()))
    if not spec.programs:
        raise LoadError("the object has no programs", file=spec.path)
    raise LoadError(f"the object has {len(spec.programs)} programs ({', '.join(spec.programs)}); choose one with "
                    "--program NAME", file=spec.path)

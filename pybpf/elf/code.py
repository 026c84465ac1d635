"""Code sections decoded into instructions, and the functions (FUNC symbols) that split them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pybpf.elf.reader import STB_LOCAL, STT_FUNC, ElfObject, Section, Symbol
from pybpf.errors import DecodeError, LoadError
from pybpf.isa.codec import decode
from pybpf.isa.instruction import Instruction, slot_offsets


@dataclass
class CodeSection:
    """An executable section: its instructions and where each starts (slot -> instruction index)."""

    section: Section
    insns: list[Instruction]
    starts: list[int]

    @cached_property
    def index_of(self) -> dict[int, int]:
        return {slot: i for i, slot in enumerate(self.starts)}

    @property
    def name(self) -> str:
        return self.section.name

    @property
    def slots(self) -> int:
        return self.section.size // 8

    def insn_at(self, slot: int) -> Instruction | None:
        """The instruction starting at ``slot``, None for the second half of an LD_IMM64 or out of range."""
        i = self.index_of.get(slot)
        return None if i is None else self.insns[i]


@dataclass(eq=False)
class Function:
    """A function of a code section: ``start`` and ``slots`` in section slots."""

    name: str
    code: CodeSection
    start: int
    slots: int
    symbol: Symbol
    relocs: dict[int, object] = field(default_factory=dict)  # function-relative slot -> CodeReloc

    @property
    def section(self) -> str:
        return self.code.name

    @property
    def is_global(self) -> bool:
        return self.symbol.bind != STB_LOCAL

    @property
    def end(self) -> int:
        return self.start + self.slots

    def contains(self, slot: int) -> bool:
        return self.start <= slot < self.end

    @cached_property
    def insns(self) -> list[tuple[int, Instruction]]:
        """(function-relative slot, instruction) pairs."""
        c = self.code
        first = c.index_of[self.start]
        out = []
        i = first
        while i < len(c.insns) and c.starts[i] < self.end:
            out.append((c.starts[i] - self.start, c.insns[i]))
            i += 1
        return out


def decode_section(elf: ElfObject, sec: Section, strict: bool = True) -> CodeSection:
    if sec.size % 8:
        raise LoadError(f"code size {sec.size} is not a multiple of 8 bytes", file=elf.source, section=sec.name)
    try:
        try:
            insns = decode(sec.data, source=sec.name)
        except DecodeError:
            if strict:
                raise
            insns = decode(sec.data, strict=False, source=sec.name)
    except DecodeError as err:
        raise LoadError(f"invalid instruction: {err.reason}", file=elf.source, section=sec.name,
                        slot=err.slot) from None
    return CodeSection(sec, insns, slot_offsets(insns))


def find_functions(elf: ElfObject, code: CodeSection) -> list[Function]:
    """The FUNC symbols of ``code`` in address order; a symbol of size 0 (hand-written assembly) extends to the
    next function or the end of the section."""
    sec = code.section

    def bad(reason: str, sym: Symbol) -> LoadError:
        return LoadError(reason, file=elf.source, section=sec.name, symbol=sym.name or None)

    syms = sorted((s for s in elf.symbols if s.shndx == sec.index and s.type == STT_FUNC),
                  key=lambda s: (s.value, s.index))
    out: list[Function] = []
    for n, sym in enumerate(syms):
        if not sym.name:
            raise bad("function symbol without a name", sym)
        if sym.value % 8:
            raise bad(f"function starts at byte {sym.value}, not on an instruction boundary", sym)
        size = sym.size
        if size == 0:
            nxt = next((s.value for s in syms[n + 1:] if s.value > sym.value), sec.size)
            size = nxt - sym.value
        if size == 0 or size % 8 or sym.value + size > sec.size:
            raise bad(f"function at byte {sym.value} of {size} bytes does not fit the section ({sec.size} bytes)",
                      sym)
        start, slots = sym.value // 8, size // 8
        if start not in code.index_of or (start + slots < code.slots and start + slots not in code.index_of):
            raise bad(f"function bounds ({start}..{start + slots}) split an LD_IMM64", sym)
        if out and out[-1].start == start:
            continue  # an alias of the previous function
        if out and out[-1].end > start:
            raise bad(f"function at slot {start} overlaps {out[-1].name!r}", sym)
        out.append(Function(sym.name, code, start, slots, sym))
    return out

"""CO-RE: apply a program's ``.BTF.ext`` relocations against a target BTF (the host's vmlinux, or one the user gives)
as libbpf does at load time, as a pure function over :class:`~pybpf.isa.Instruction` lists.

Patching follows libbpf's ``bpf_core_patch_insn``: the immediate of ALU/ALU64 ``K`` instructions and LD_IMM64, the
offset of LDX/ST/STX (adjusting the access size when a field changed size and that is safe). A relocation that
cannot be satisfied poisons its instruction into ``call 0xbad2310`` (both slots of an LD_IMM64), which the verifier
rejects only if it is reachable; anything libbpf refuses is a LoadError naming program, section and slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pybpf.btf.btf import Btf
from pybpf.btf.core_match import (
    POISON_IMM,
    CoreError,
    Resolution,
    Resolver,
    relo_kind_str,
)
from pybpf.btf.ext import CoreRelo, CoreReloKind
from pybpf.errors import LoadError
from pybpf.isa.instruction import Instruction, s32, s64, slot_offsets
from pybpf.isa.opcodes import BYTES_SIZE, CALL, LD_IMM64, SIZE_BYTES, Class, Size, Source

_U64 = (1 << 64) - 1
SHRT_MAX = 0x7FFF

__all__ = ["POISON_IMM", "CoreReloKind", "CoreReloResult", "CoreRelocator", "apply_core_relocations",
           "is_poisoned", "poison_message"]


def is_poisoned(insn: Instruction) -> bool:
    """True for the ``call 0xbad2310`` libbpf (and pybpf) put in place of an unresolvable CO-RE relocation."""
    return insn.opcode == CALL and insn.src == 0 and insn.imm == POISON_IMM


def poison_message(slot: int, program: str | None = None) -> str:
    """What to tell a user whose program reaches a poisoned instruction."""
    where = f"program {program}: " if program else ""
    return (f"{where}slot {slot}: call 0x{POISON_IMM:x} is a poisoned CO-RE relocation: the field, type or enum value "
            "the program accesses here does not exist in the target kernel's BTF; guard the access with "
            "bpf_core_field_exists()/bpf_core_type_exists() or fix the type definition")


@dataclass(frozen=True)
class CoreReloResult:
    """What happened to one relocation (in ``.BTF.ext`` order)."""

    index: int
    slot: int
    kind: int
    local: str
    target: str | None
    orig_value: int
    new_value: int
    poisoned: bool
    message: str
    before: Instruction | None = None
    after: tuple[Instruction, ...] = ()
    target_btf: Btf | None = None
    target_type_id: int | None = None

    @property
    def kind_name(self) -> str:
        return relo_kind_str(self.kind)

    def __str__(self) -> str:
        return f"relo #{self.index} at slot {self.slot}: {self.message}"


def _bad(message: str, *, program: str | None, section: str | None, slot: int) -> LoadError:
    return LoadError(message, section=section, program=program, slot=slot)


def _poison(insn: Instruction) -> tuple[Instruction, ...]:
    call = Instruction(CALL, 0, 0, 0, POISON_IMM)
    return (call, call) if insn.opcode == LD_IMM64 else (call,)


def patch_insn(insn: Instruction, res: Resolution, *, index: int, slot: int, program: str | None = None,
               section: str | None = None) -> tuple[tuple[Instruction, ...], str, bool]:
    """The instruction(s) replacing ``insn``, a one-line note, and whether it was poisoned (libbpf's
    ``bpf_core_patch_insn``)."""
    def fail(reason: str) -> LoadError:
        return _bad(f"CO-RE relocation #{index}: {reason}", program=program, section=section, slot=slot)

    if res.poison:
        return _poison(insn), "poisoned: " + (res.reason or "no target found"), True
    orig, new = res.orig_val & _U64, res.new_val & _U64
    cls = insn.opcode & 0x07
    if cls in (Class.ALU, Class.ALU64):
        if insn.opcode & Source.X:
            raise fail(f"instruction 0x{insn.opcode:02x} takes a register operand: only immediates can be relocated")
        if res.validate and (insn.imm & _U64) != orig:
            raise fail(f"unexpected ALU immediate {insn.imm}, expected {orig} (-> {new}): the object's BTF and its "
                       "code disagree")
        return (insn.replace(imm=s32(new)),), f"imm {insn.imm} -> {s32(new)}", False
    if cls in (Class.LDX, Class.ST, Class.STX):
        if res.validate and (insn.off & _U64) != orig:
            raise fail(f"unexpected memory offset {insn.off}, expected {orig} (-> {new})")
        if new > SHRT_MAX:
            raise fail(f"new offset {new} does not fit the 16-bit offset field")
        if res.fail_memsz_adjust:
            return _poison(insn), (f"poisoned: the field changed size ({res.orig_sz} -> {res.new_sz} bytes) and is "
                                   "neither a pointer nor an unsigned integer, so the access cannot be resized"), True
        out = insn.replace(off=new)
        note = f"off {insn.off} -> {new}"
        if res.new_sz != res.orig_sz:
            have = SIZE_BYTES[Size(insn.opcode & 0x18)]
            if have != res.orig_sz:
                raise fail(f"instruction accesses {have} bytes, but the field is {res.orig_sz} bytes")
            if res.new_sz not in BYTES_SIZE:
                raise fail(f"new field size {res.new_sz} is not a load/store size (1, 2, 4 or 8)")
            out = out.replace(opcode=(insn.opcode & 0xE7) | BYTES_SIZE[res.new_sz])
            note += f", size {res.orig_sz} -> {res.new_sz}"
        return (out,), note, False
    if insn.opcode == LD_IMM64:
        if insn.src != 0:
            raise fail(f"LD_IMM64 with src {insn.src} (a pseudo load) cannot be relocated")
        if res.validate and (insn.imm & _U64) != orig:
            raise fail(f"unexpected LD_IMM64 immediate {insn.imm & _U64}, expected {orig} (-> {new})")
        return (insn.replace(imm=s64(new)),), f"imm64 {insn.imm & _U64} -> {new}", False
    raise fail(f"instruction 0x{insn.opcode:02x} cannot carry a CO-RE relocation")


class CoreRelocator:
    """Applies CO-RE relocations of one object (its local BTF) against target BTFs; reuse it across the programs of
    one object so that candidate lists are shared the way libbpf shares them."""

    def __init__(self, local_btf: Btf, target_btf: Btf | Sequence[Btf]) -> None:
        targets = [target_btf] if isinstance(target_btf, Btf) else list(target_btf)
        if not targets:
            raise LoadError("CO-RE: no target BTF to relocate against")
        self.local_btf = local_btf
        self._resolver = Resolver(local_btf, targets)

    def resolve(self, relo: CoreRelo, *, index: int = 0, program: str | None = None,
                section: str | None = None) -> Resolution:
        """Compute one relocation (no instruction involved)."""
        try:
            if relo.type_id >= len(self.local_btf):
                raise CoreError(f"type id {relo.type_id} is not in the object's BTF")
            return self._resolver.resolve(relo)
        except (CoreError, LoadError) as e:
            reason = e.reason if isinstance(e, LoadError) else str(e)
            raise _bad(f"CO-RE relocation #{index} ({relo_kind_str(relo.kind)}): {reason}", program=program,
                       section=section, slot=relo.slot) from None

    def apply(self, insns: Sequence[Instruction], relos: Sequence[CoreRelo], *, program: str | None = None,
              section: str | None = None) -> tuple[list[Instruction], list[CoreReloResult]]:
        """Relocate one program's instructions; see :func:`apply_core_relocations`."""
        slots = slot_offsets(insns)
        total = slots[-1] + insns[-1].width if insns else 0
        index_of = {s: i for i, s in enumerate(slots)}
        current: list[tuple[Instruction, ...]] = [(insn,) for insn in insns]
        report: list[CoreReloResult] = []
        for n, relo in enumerate(relos):
            i = index_of.get(relo.slot)
            if i is None:
                why = (f"past the end of the program ({total} slots)" if relo.slot >= total or relo.slot < 0
                       else "in the middle of an LD_IMM64")
                raise _bad(f"CO-RE relocation #{n} points at slot {relo.slot}, {why}", program=program,
                           section=section, slot=relo.slot)
            res = self.resolve(relo, index=n, program=program, section=section)
            group = current[i]
            if len(group) != 1:
                raise _bad(f"CO-RE relocation #{n}: the instruction was already poisoned by an earlier relocation",
                           program=program, section=section, slot=relo.slot)
            new, note, poisoned = patch_insn(group[0], res, index=n, slot=relo.slot, program=program, section=section)
            current[i] = new
            local = res.local_spec.format() if res.local_spec is not None else relo.access
            target = res.target_spec.format() if res.target_spec is not None else None
            message = f"{local} => {target or '<none>'}: {note}"
            if poisoned:
                message += f"; {poison_message(relo.slot, program)}"
            report.append(CoreReloResult(
                index=n, slot=relo.slot, kind=relo.kind, local=local, target=target, orig_value=res.orig_val,
                new_value=res.new_val, poisoned=poisoned, message=message, before=group[0], after=new,
                target_btf=res.target_spec.btf if res.target_spec is not None else None,
                target_type_id=res.target_spec.root_type_id if res.target_spec is not None else None))
        return [x for group in current for x in group], report


def apply_core_relocations(insns: Sequence[Instruction], relos: Sequence[CoreRelo], local_btf: Btf,
                           target_btf: Btf | Sequence[Btf], *, program: str | None = None,
                           section: str | None = None) -> tuple[list[Instruction], list[CoreReloResult]]:
    """Relocate ``insns`` (one program; each relocation's ``slot`` counts from its first instruction).

    ``target_btf`` is the kernel's BTF (vmlinux, then optionally module BTFs split on it, searched only when vmlinux
    has no candidate) or a BTF the user gives. Returns new instructions (same slot layout; the input is untouched)
    and one :class:`CoreReloResult` per relocation.
    """
    return CoreRelocator(local_btf, target_btf).apply(insns, relos, program=program, section=section)

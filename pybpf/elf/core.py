"""Apply a linked program's CO-RE relocations at load time: the one step of loading that depends on the target
kernel, so it is kept out of the (pure) spec and done by backends against the kernel's BTF or a BTF the user gives."""

from __future__ import annotations

from collections.abc import Sequence

from pybpf.btf.btf import Btf
from pybpf.btf.core import CoreRelocator, CoreReloResult
from pybpf.elf.spec import ProgramSpec
from pybpf.errors import LoadError


def apply_core(program: ProgramSpec, local_btf: Btf | None, target_btf: Btf | Sequence[Btf],
               relocator: CoreRelocator | None = None) -> tuple[ProgramSpec, list[CoreReloResult]]:
    """A copy of ``program`` whose instructions are relocated against ``target_btf`` (same slot layout, so
    references, func_info and line_info stay valid) and whose ``core_relos`` are gone, plus one result per
    relocation. Pass a shared ``relocator`` to relocate several programs of one object with one candidate cache."""
    if not program.core_relos:
        return program, []
    if relocator is None:
        if local_btf is None:
            raise LoadError("CO-RE relocations need the object's BTF, which is missing", program=program.name,
                            section=program.section)
        relocator = CoreRelocator(local_btf, target_btf)
    insns, report = relocator.apply(program.instructions, program.core_relos, program=program.name,
                                    section=program.section)
    return program.replace(instructions=tuple(insns), core_relos=()), report

"""The ELF loader: a BPF object file -> a pure, deterministic :class:`CollectionSpec` (programs linked with their
subprograms, maps, global variables, externs, BTF), following libbpf's conventions.

    spec = load_collection_spec("prog.o")
    prog = spec.program("xdp_main")         # ProgramSpec: instructions, prog_type, references, line_info...
    spec.set_variable("threshold", 10)      # a .rodata constant, before load
    insns, report = spec.core_relocated(prog, load_vmlinux())
"""

from __future__ import annotations

from pybpf.elf.core import apply_core
from pybpf.elf.data import internal_map_name, object_name
from pybpf.elf.loader import load_collection_spec
from pybpf.elf.sections import SectionInfo, SectionKind
from pybpf.elf.spec import (
    CollectionSpec,
    FunctionSpec,
    InitSlot,
    KconfigExtern,
    KconfigKind,
    KsymExtern,
    ProgramSpec,
    Reference,
    ReferenceKind,
    VariableSpec,
)
from pybpf.maps.spec import MapSpec

__all__ = [
    "CollectionSpec", "FunctionSpec", "InitSlot", "KconfigExtern", "KconfigKind", "KsymExtern", "MapSpec",
    "ProgramSpec", "Reference", "ReferenceKind", "SectionInfo", "SectionKind", "VariableSpec", "apply_core",
    "internal_map_name", "load_collection_spec", "object_name",
]

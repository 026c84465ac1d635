"""Program types: libbpf's section-name table (``sections``); contexts and per-type rules live alongside."""

from __future__ import annotations

from pybpf.progtypes.sections import (
    SECTION_DEFS,
    ProgramSection,
    SecDef,
    SecFlag,
    find_sec_def,
    parse_section,
    register_section,
    unregister_section,
)
from pybpf.progtypes.types import CtxAccess, ProgTypeInfo, Variant, all_types, get, run

__all__ = ["SECTION_DEFS", "CtxAccess", "ProgTypeInfo", "ProgramSection", "SecDef", "SecFlag", "Variant", "all_types",
           "find_sec_def", "get", "parse_section", "register_section", "run", "unregister_section"]

"""pybpf: the Linux eBPF subsystem in userspace.

ISA, assembler and disassembler, interpreter, JIT, verifier, maps, helpers and a bpf(2) backend.

The load-run-inspect API is importable from here (lazily: ``import pybpf`` stays cheap)::

    spec = pybpf.load_collection_spec("prog.o")
    with pybpf.Collection(spec, backend="interp") as coll:
        result = coll.programs["prog"].run(data=packet)
    pybpf.compare(spec, "prog", data=packet)          # interp vs kernel
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Collection": "pybpf.collection",
    "Comparison": "pybpf.collection",
    "Program": "pybpf.collection",
    "RunResult": "pybpf.collection",
    "compare": "pybpf.collection",
    "CollectionSpec": "pybpf.elf",
    "load_collection_spec": "pybpf.elf",
    "RunEnv": "pybpf.helpers.env",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pybpf' has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

"""The native JIT: programs lowered to LLVM IR with llvmlite and run as machine code, with the interpreter's exact
semantics (see docs/jit.md). Imported lazily: ``from pybpf.vm.jit import Jit`` loads the JIT on first use, so
registering it elsewhere (conformance backends) costs nothing."""

from __future__ import annotations

from typing import Any

__all__ = ["FAST", "CompileStats", "Engine", "Jit"]


def __getattr__(name: str) -> Any:
    if name == "Jit":
        from pybpf.vm.jit.jit import Jit
        return Jit
    if name in ("FAST", "CompileStats"):
        from pybpf.vm.jit import compiler
        return getattr(compiler, name)
    if name == "Engine":
        from pybpf.vm.jit.engine import Engine
        return Engine
    raise AttributeError(name)

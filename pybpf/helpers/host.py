"""Host functions: Python functions programs call like kfuncs (``call`` with src 2), with typed signatures.

``register_host_function("add_counter", fn, HostSignature(("mem", "size", "scalar"), "scalar"))`` gives the function
an id (what a loader puts in the call's imm when it resolves an ``extern ... __ksym`` of that name); every helper
table :func:`pybpf.helpers.linux.linux_helpers` builds includes the registered functions. The signature is what the
verifier will check calls against; at run time the wrapper already checks the memory arguments, so an unverified
program cannot make a host function touch memory it was not given. ``fn(ctx, *args) -> int | None`` receives one
integer per argument (pointers are real addresses: use ``ctx.read`` / ``ctx.write``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pybpf.errors import PybpfError
from pybpf.helpers.registry import CallContext, HelperTable

HOST_ID_BASE = 0x7F000000  # above every vmlinux BTF id, so host ids never collide with kernel kfuncs

ARG_KINDS = frozenset({"scalar", "mem", "mem_rdonly", "size", "ctx", "str", "map"})
RET_KINDS = frozenset({"scalar", "void", "mem_or_null"})


@dataclass(frozen=True)
class HostSignature:
    """Argument kinds, in order: ``scalar`` (any u64), ``mem`` / ``mem_rdonly`` (a pointer, followed by its
    ``size`` argument), ``ctx`` (the program's context), ``str`` (a NUL-terminated constant string), ``map`` (a map
    pointer). Return kinds: ``scalar``, ``void`` (r0 = 0), ``mem_or_null`` (``ret_size`` bytes or NULL)."""

    args: tuple[str, ...] = ()
    ret: str = "scalar"
    ret_size: int = 0

    def __post_init__(self) -> None:
        if len(self.args) > 5:
            raise PybpfError(f"a host function takes at most 5 arguments, not {len(self.args)}")
        for i, kind in enumerate(self.args):
            if kind not in ARG_KINDS:
                raise PybpfError(f"unknown host function argument kind {kind!r} (known: {sorted(ARG_KINDS)})")
            if kind in ("mem", "mem_rdonly") and (i + 1 >= len(self.args) or self.args[i + 1] != "size"):
                raise PybpfError(f"argument {i + 1} ({kind}) must be followed by its size argument")
            if kind == "size" and (i == 0 or self.args[i - 1] not in ("mem", "mem_rdonly")):
                raise PybpfError(f"argument {i + 1} (size) must follow a mem argument")
        if self.ret not in RET_KINDS:
            raise PybpfError(f"unknown host function return kind {self.ret!r} (known: {sorted(RET_KINDS)})")
        if self.ret == "mem_or_null" and self.ret_size <= 0:
            raise PybpfError("a mem_or_null return needs ret_size > 0")


@dataclass(frozen=True)
class HostFunction:
    name: str
    fn: Callable[..., Any]
    signature: HostSignature
    id: int


_lock = threading.Lock()
_by_name: dict[str, HostFunction] = {}
_next_id = HOST_ID_BASE


def register_host_function(name: str, fn: Callable[..., Any], signature: HostSignature | None = None, *,
                           id: int | None = None) -> HostFunction:
    """Register (or replace) the host function ``name``; returns it with its id."""
    global _next_id
    if not name.isidentifier():
        raise PybpfError(f"host function name {name!r} is not an identifier")
    sig = signature or HostSignature()
    with _lock:
        old = _by_name.get(name)
        if id is None:
            if old is not None:
                id = old.id
            else:
                id = _next_id
                _next_id += 1
        elif any(h.id == id and h.name != name for h in _by_name.values()):
            raise PybpfError(f"host function id {id} is already taken")
        hf = HostFunction(name, fn, sig, id)
        _by_name[name] = hf
    return hf


def unregister_host_function(name: str) -> None:
    with _lock:
        _by_name.pop(name, None)


def host_function(name: str) -> HostFunction | None:
    return _by_name.get(name)


def host_functions() -> list[HostFunction]:
    with _lock:
        return sorted(_by_name.values(), key=lambda h: h.id)


def _wrapper(hf: HostFunction) -> Callable[..., int]:
    from pybpf.helpers.linux import check_cstr, check_read, check_write, helper_error
    sig = hf.signature
    nargs = len(sig.args)

    def call(ctx: CallContext, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
        regs = (r1, r2, r3, r4, r5)
        for i, kind in enumerate(sig.args):
            if kind == "mem":
                check_write(ctx, regs[i], regs[i + 1], f"{hf.name} argument {i + 1}")
            elif kind == "mem_rdonly":
                check_read(ctx, regs[i], regs[i + 1], f"{hf.name} argument {i + 1}")
            elif kind == "str":
                check_cstr(ctx, regs[i], f"{hf.name} argument {i + 1}")
        result = hf.fn(ctx, *regs[:nargs])
        if sig.ret == "void":
            return 0
        value = int(result or 0)
        if sig.ret == "mem_or_null" and value and ctx.space.find(value, sig.ret_size) is None:
            raise helper_error(ctx, f"host function {hf.name} returned 0x{value:x}, which is not {sig.ret_size} "
                                    "bytes of registered memory")
        return value
    return call


def install(table: HelperTable) -> None:
    """Add every registered host function to ``table`` as a kfunc (by id)."""
    for hf in host_functions():
        table.add_kfunc(hf.id, _wrapper(hf), hf.name)

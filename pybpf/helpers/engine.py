"""Helpers that run or replace BPF code, so they need the engine: bpf_tail_call, bpf_loop, bpf_for_each_map_elem.

bpf_tail_call only decides (the order of Linux 6.18's x86-64 JIT: index in range, then the 33-call limit, then the
slot; only a tail call that happens counts) and the engine performs the switch when the helper returns
(``CallContext.pending_tail``). Linux's own interpreter also counts attempts on empty slots; the JIT, which is what
runs on x86-64 (BPF_JIT_ALWAYS_ON), does not.
The callbacks of bpf_loop and bpf_for_each_map_elem run through ``CallContext.call`` on a new frame.
"""

from __future__ import annotations

import ctypes
import errno
from typing import Any

from pybpf.helpers.registry import CallContext
from pybpf.isa.opcodes import MAX_LOOPS, MAX_TAIL_CALLS

M32 = 0xFFFFFFFF
M64 = 0xFFFFFFFFFFFFFFFF
_NEG = {e: (-e) & M64 for e in (errno.ENOENT, errno.EINVAL, errno.E2BIG)}


def tail_target(obj: Any) -> Any:
    """The Interpreter a prog_array slot's object runs as: an Interpreter, or an object with ``.interpreter``."""
    from pybpf.vm.interp import Interpreter
    if isinstance(obj, Interpreter):
        return obj
    interp = getattr(obj, "interpreter", None)
    if callable(interp) and not isinstance(interp, Interpreter):
        interp = interp()
    return interp if isinstance(interp, Interpreter) else None


def tail_call(ctx: CallContext, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
    """bpf_tail_call(ctx, prog_array, index): on success the engine continues in the slot's program (same r1, same
    stack frame) and never comes back; a failure falls through with r0 = -ENOENT."""
    from pybpf.helpers.linux import helper_error, lookup_map
    from pybpf.maps.fdmaps import ProgArrayMap
    m = lookup_map(ctx, r2, "bpf_tail_call")
    if not isinstance(m, ProgArrayMap):
        raise helper_error(ctx, f"bpf_tail_call: map {m.name!r} is not a prog_array")
    index = r3 & M32
    if index >= m.max_entries or ctx.tail_calls >= MAX_TAIL_CALLS:
        return _NEG[errno.ENOENT]
    prog = m.program(index)
    if prog is None:
        return _NEG[errno.ENOENT]
    ctx.tail_calls += 1
    target = tail_target(prog)
    if target is None:
        raise helper_error(ctx, f"bpf_tail_call: slot {index} of {m.name!r} holds {prog!r}, which the interpreter "
                                "cannot run (store an Interpreter or an object with .interpreter)")
    ctx.pending_tail = target
    return 0


def bpf_loop(ctx: CallContext, r1: int, r2: int, r3: int, r4: int, r5: int) -> int:
    """bpf_loop(nr_loops, callback, ctx, flags): callback(i, ctx) until it returns non-zero; the iterations run."""
    nr_loops = r1 & M32
    if r4:
        return _NEG[errno.EINVAL]
    if nr_loops > MAX_LOOPS:
        return _NEG[errno.E2BIG]
    call = ctx.call
    for i in range(nr_loops):
        if call(r2, i, r3, 0, 0, 0):
            return i + 1
    return nr_loops


_ITERABLE = frozenset({1, 2, 5, 6, 9, 10})  # hash, array, percpu hash/array, LRU hash and LRU percpu hash


def for_each_map_elem(ctx: CallContext, r1: int, r2: int, r3: int, r4: int, r5: int, *, cpu: int = 0) -> int:
    """bpf_for_each_map_elem(map, callback, ctx, flags): callback(map, &key, &value, ctx) per element in the map's
    order until it returns non-zero; the number of elements visited. The key is read-only memory."""
    from pybpf.helpers.linux import helper_error, lookup_map
    from pybpf.maps._native import native
    from pybpf.vm.memory import NativeBuffer, Region, RegionKind
    m = lookup_map(ctx, r1, "bpf_for_each_map_elem")
    if int(m.type) not in _ITERABLE:
        raise helper_error(ctx, f"bpf_for_each_map_elem: map type {m.type.name.lower()} cannot be iterated")
    if r4:
        return _NEG[errno.EINVAL]
    key = NativeBuffer(max(m.key_size, 4))
    region = Region(key.address, m.key_size, RegionKind.MAP_KEY, f"map {m.name} key", key.view[:m.key_size],
                    writable=False, owner=key)
    cursor = ctypes.c_uint64(0)
    value = ctypes.c_void_p(0)
    it = native().fn["pb_map_iter"]
    count = 0
    ctx.space.add(region)
    try:
        while it(r1, ctypes.byref(cursor), key.address, ctypes.byref(value), cpu) == 0:
            count += 1
            if ctx.call(r2, r1, key.address, value.value or 0, r3, 0):
                break
    finally:
        ctx.space.remove(region)
    return count

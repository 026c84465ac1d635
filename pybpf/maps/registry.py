"""Process-wide registries: map ids, header address -> Map, value address -> Map, and program ids for prog arrays.

Engines resolve an LD_IMM64 map reference to a header address and, from a helper's r1, back to the Python Map
(``map_by_address``); an interpreter that meets a pointer into a map it has not registered yet (an inner map
added at run time) finds it with ``map_by_value_address``. Maps are held weakly: whoever uses a map keeps it
alive (a Collection, a map-in-map slot).
"""

from __future__ import annotations

import bisect
import itertools
import threading
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pybpf.maps.base import Map

_lock = threading.Lock()
_next_map_id = itertools.count(1)
_next_prog_id = itertools.count(1)
_by_id: weakref.WeakValueDictionary[int, Map] = weakref.WeakValueDictionary()
_by_address: weakref.WeakValueDictionary[int, Map] = weakref.WeakValueDictionary()
_areas: list[tuple[int, int, weakref.ref]] = []  # (start, end, map) sorted by start
_programs: weakref.WeakValueDictionary[int, Any] = weakref.WeakValueDictionary()


def new_map_id() -> int:
    with _lock:
        return next(_next_map_id)


def register(m: Map) -> None:
    start, size = m.value_area
    with _lock:
        _by_id[m.id] = m
        _by_address[m.address] = m
        if size:
            _purge()
            bisect.insort(_areas, (start, start + size, weakref.ref(m)))


def unregister(m: Map) -> None:
    with _lock:
        _by_id.pop(m.id, None)
        _by_address.pop(m.address, None)
        _areas[:] = [a for a in _areas if a[2]() is not m and a[2]() is not None]


def _purge() -> None:
    if any(a[2]() is None for a in _areas):
        _areas[:] = [a for a in _areas if a[2]() is not None]


def map_by_id(map_id: int) -> Map | None:
    return _by_id.get(map_id)


def map_by_address(address: int) -> Map | None:
    """The map whose header is at ``address`` (what a helper receives in r1)."""
    return _by_address.get(address)


def map_by_value_address(address: int) -> Map | None:
    """The map whose value area contains ``address``."""
    with _lock:
        i = bisect.bisect_right(_areas, (address, float("inf"))) - 1
        if i >= 0:
            start, end, ref = _areas[i]
            m = ref()
            if m is not None and start <= address < end:
                return m
    return None


def all_maps() -> list[Map]:
    return sorted(_by_id.values(), key=lambda m: m.id)


def register_program(prog: Any, prog_id: int | None = None) -> int:
    """Give a program object an id that prog arrays can store (the loader calls this; held weakly)."""
    with _lock:
        pid = prog_id if prog_id is not None else next(_next_prog_id)
        _programs[pid] = prog
        return pid


def program_by_id(prog_id: int) -> Any | None:
    return _programs.get(prog_id)

"""Helpers shared by the map tests."""

from __future__ import annotations

from pybpf.maps import MapSpec, MapType, create_map


def make(type_: MapType, key_size: int, value_size: int, max_entries: int, flags: int = 0, **kw):
    """create_map with a two-CPU machine and a fixed seed unless told otherwise (deterministic tests)."""
    spec_kw = {k: kw.pop(k) for k in ("map_extra", "inner_map", "contents", "freeze", "spin_lock_off") if k in kw}
    kw.setdefault("possible_cpus", 2)
    kw.setdefault("hash_seed", 0x1234567)
    spec = MapSpec(kw.pop("name", "t"), type_, key_size, value_size, max_entries, flags, **spec_kw)
    return create_map(spec, **kw)

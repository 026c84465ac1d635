"""MapSpec: a pure description of a map, as the ELF loader produces it and as BPF_MAP_CREATE would receive it."""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from pybpf.maps.types import MapType, PinType


@dataclass(frozen=True)
class MapSpec:
    """What to create: nothing here depends on the running machine (possible CPUs are applied by create_map).

    ``contents`` are initial ``(key, value)`` pairs written with BPF_ANY after creation (keyless maps: ``(None,
    value)``; map-in-map values may be MapSpecs, created on the fly). ``freeze`` freezes the map afterwards
    (BPF_MAP_FREEZE, as libbpf does for ``.rodata``). ``key_type`` / ``value_type`` are BTF type ids or objects,
    opaque here. ``spin_lock_off`` is the offset of a ``struct bpf_spin_lock`` in the value, which BPF_F_LOCK needs.
    """

    name: str
    type: MapType
    key_size: int = 0
    value_size: int = 0
    max_entries: int = 0
    flags: int = 0
    map_extra: int = 0
    key_type: Any = None
    value_type: Any = None
    inner_map: MapSpec | None = None
    pinning: PinType = PinType.NONE
    contents: tuple[tuple[Any, Any], ...] = field(default=())
    freeze: bool = False
    spin_lock_off: int | None = None
    numa_node: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.type, MapType):
            # an unknown type number stays an int: create_map reports it as EINVAL like Linux
            with contextlib.suppress(ValueError):
                object.__setattr__(self, "type", MapType(self.type))
        if not isinstance(self.contents, tuple):
            object.__setattr__(self, "contents", tuple(tuple(kv) for kv in self.contents))
        if not isinstance(self.pinning, PinType):
            object.__setattr__(self, "pinning", PinType(self.pinning))

    def replace(self, **changes: Any) -> MapSpec:
        """A copy with some fields changed (e.g. max_entries set by the user before load)."""
        return dataclasses.replace(self, **changes)

    def compatible(self, other: MapSpec) -> bool:
        """Whether a map created from ``other`` can stand in for this inner-map template (bpf_map_meta_equal)."""
        fd_flags = 0x18  # BPF_F_RDONLY | BPF_F_WRONLY belong to the fd, not the map (bpf_map_flags_retain_permanent)
        if (self.type, self.key_size, self.value_size, self.flags & ~fd_flags, self.spin_lock_off) != \
                (other.type, other.key_size, other.value_size, other.flags & ~fd_flags, other.spin_lock_off):
            return False
        if self.type == MapType.ARRAY and not self.flags & 0x1000:  # array_map_meta_equal, unless BPF_F_INNER_MAP
            return self.max_entries == other.max_entries
        return True

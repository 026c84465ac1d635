"""RunResult (what one test run reports) and map dumps, in the shapes ``pybpf run --json`` prints.

A map dump is the list bpf(2) would let a user read: ``[[key_hex, value_hex], ...]`` for maps with keys (per-CPU
maps: ``[key_hex, [value_hex per possible CPU]]``), ``[value_hex, ...]`` for keyless maps (queue and stack in pop
order, ring buffer records not yet consumed), None for maps whose elements cannot be read from user space (bloom
filter, perf_event_array, xskmap, cgroup_array: Linux refuses the lookup).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pybpf.maps.types import MapType
from pybpf.uapi import ProgType, XdpAction

M32 = 0xFFFFFFFF

PERCPU_TYPES = frozenset({MapType.PERCPU_ARRAY, MapType.PERCPU_HASH, MapType.LRU_PERCPU_HASH})
KEYLESS_TYPES = frozenset({MapType.QUEUE, MapType.STACK, MapType.RINGBUF})
# bpf(2) cannot read these maps' elements (lookups are EOPNOTSUPP/ENOTSUPP or the map has no elements to list)
UNREADABLE_TYPES = frozenset({MapType.BLOOM_FILTER, MapType.PERF_EVENT_ARRAY, MapType.XSKMAP, MapType.CGROUP_ARRAY})
# values that name another object by id (which differs between backends and runs)
ID_VALUE_TYPES = frozenset({MapType.PROG_ARRAY, MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS})

TC_ACTIONS = {-1: "TC_ACT_UNSPEC", 0: "TC_ACT_OK", 1: "TC_ACT_RECLASSIFY", 2: "TC_ACT_SHOT", 3: "TC_ACT_PIPE",
              4: "TC_ACT_STOLEN", 5: "TC_ACT_QUEUED", 6: "TC_ACT_REPEAT", 7: "TC_ACT_REDIRECT"}


@dataclass(frozen=True)
class RunResult:
    """One BPF_PROG_TEST_RUN-like run: ``retval`` is the u32 Linux reports, ``r0`` the full 64-bit return value
    (equal to ``retval`` on the kernel backend, which only reports the u32), ``data_out`` the packet (or output
    data) after the run, ``ctx_out`` the context written back (None when no context was given), ``duration_ns``
    the mean time per run, ``log`` the trace_printk lines of the run."""

    retval: int
    r0: int
    data_out: bytes
    ctx_out: bytes | None
    duration_ns: int
    log: tuple[str, ...] = ()
    backend: str = ""
    program: str = ""
    prog_type: ProgType | None = field(default=None, compare=False)

    @property
    def action(self) -> str | None:
        """The return value's name for XDP (``XDP_PASS``...) and tc (``TC_ACT_OK``...) programs, else None."""
        return action_name(self.prog_type, self.retval)

    def to_json(self) -> dict[str, Any]:
        """The fields of ``pybpf run --json`` (without ``maps``, which belong to the collection)."""
        return {"program": self.program, "backend": self.backend, "retval": self.retval, "r0": self.r0,
                "data_out": self.data_out.hex(), "ctx_out": None if self.ctx_out is None else self.ctx_out.hex(),
                "duration_ns": self.duration_ns, "log": list(self.log)}


def summarize(runs: list[RunResult | str]) -> dict[str, Any]:
    """Totals over several runs (one per packet): how many, how many failed, how often each retval came back,
    the mean duration per run and the number of log lines."""
    ok = [r for r in runs if isinstance(r, RunResult)]
    retvals: dict[str, int] = {}
    for r in ok:
        retvals[str(r.retval)] = retvals.get(str(r.retval), 0) + 1
    return {"packets": len(runs), "errors": len(runs) - len(ok), "retvals": retvals,
            "duration_ns": sum(r.duration_ns for r in ok) // len(ok) if ok else 0,
            "log_lines": sum(len(r.log) for r in ok)}


def action_name(prog_type: ProgType | None, retval: int) -> str | None:
    if prog_type == ProgType.XDP:
        try:
            return f"XDP_{XdpAction(retval).name}"
        except ValueError:
            return None
    if prog_type in (ProgType.SCHED_CLS, ProgType.SCHED_ACT):
        signed = retval - (1 << 32) if retval >> 31 else retval
        return TC_ACTIONS.get(signed)
    return None


def split_percpu(raw: bytes, value_size: int) -> list[bytes]:
    """The bpf(2) per-CPU layout (one value per possible CPU, each padded to 8 bytes) as one value per CPU."""
    stride = (value_size + 7) & ~7
    return [raw[i:i + value_size] for i in range(0, len(raw), stride)]


def map_type_of(m: Any) -> MapType | int:
    return m.type


def dump_map(m: Any) -> list | None:
    """The contents of a map (a pybpf Map or a kernel map handle: anything with ``type``, ``value_size`` and
    ``raw_items()``) in the JSON shape described in the module docstring."""
    t = map_type_of(m)
    if t in UNREADABLE_TYPES:
        return None
    items = m.raw_items()
    if t in KEYLESS_TYPES:
        return [bytes(v).hex() for _, v in items]
    if t in PERCPU_TYPES:
        return [[bytes(k).hex(), [v.hex() for v in split_percpu(bytes(v), m.value_size)]] for k, v in items]
    return [[bytes(k).hex(), bytes(v).hex()] for k, v in items]


def canonical_dump(dump: list | None, map_type: MapType | int, names: dict[int, str] | None = None) -> Any:
    """A dump in a form that does not depend on iteration order (keyed maps: a dict sorted by key) nor on object
    ids (prog arrays and maps of maps: the id in a slot is replaced by the name of the program or map, ``names``).
    Keyless maps stay lists (their order is their contents)."""
    if dump is None or map_type in KEYLESS_TYPES:
        return dump
    out = {}
    for key, value in sorted(dump, key=lambda kv: kv[0]):
        if map_type in ID_VALUE_TYPES and isinstance(value, str):
            ident = int.from_bytes(bytes.fromhex(value)[:4], "little")
            value = (names or {}).get(ident, f"id {ident}")
        out[key] = value
    return out

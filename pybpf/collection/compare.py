"""compare(): run one program of one object on several backends and report every difference in what Linux's test
run reports (retval, data_out, ctx_out) and in the maps afterwards (compared independent of iteration order and of
object ids), or in the error a run raised.

    cmp = pybpf.compare("examples/c/xdp_count.o", "xdp_count", data=packet)
    assert cmp.same, cmp.differences
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pybpf.collection.collection import Collection
from pybpf.collection.result import RunResult, summarize
from pybpf.elf.spec import CollectionSpec
from pybpf.errors import PybpfError


@dataclass(frozen=True)
class Difference:
    """One difference: ``field`` is "retval", "data_out", "ctx_out", "error" or "maps"; for maps, ``map`` and
    ``key`` (hex; None for keyless maps, whose whole contents are compared); ``values`` by backend."""

    field: str
    values: Mapping[str, Any]
    map: str | None = None
    key: str | None = None
    packet: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field}
        if self.packet is not None:
            out["packet"] = self.packet
        if self.map is not None:
            out["map"] = self.map
            out["key"] = self.key
        out["values"] = {k: _jsonable(v) for k, v in self.values.items()}
        return out

    def __str__(self) -> str:
        where = f"packet {self.packet}: " if self.packet is not None else ""
        what = f"map {self.map}" + (f" key {self.key}" if self.key is not None else "") if self.map else self.field
        vals = "; ".join(f"{b}: {_text(v)}" for b, v in self.values.items())
        return f"{where}{what}: {vals}"


def _jsonable(v: Any) -> Any:
    if isinstance(v, bytes):
        return v.hex()
    return v


def _text(v: Any) -> str:
    if v is None:
        return "(none)"
    if isinstance(v, bytes):
        return v.hex() or "(empty)"
    return str(v)


def run_error(err: PybpfError) -> str:
    """An error as compared between backends: the errno name when it has one (both rejected the input the same
    way), else the message."""
    import errno as _errno

    code = getattr(err, "errno", None)
    if isinstance(code, int) and code:
        return _errno.errorcode.get(code, str(code))
    return str(err)


def diff_results(results: Mapping[str, RunResult | str], packet: int | None = None) -> list[Difference]:
    """Differences between backends' results of one run (a str stands for the error a backend raised)."""
    out: list[Difference] = []
    errors = {b: r for b, r in results.items() if isinstance(r, str)}
    if errors:
        values = {b: r if isinstance(r, str) else None for b, r in results.items()}
        if len(set(values.values())) > 1:
            out.append(Difference("error", values, packet=packet))
        return out
    for name in ("retval", "data_out", "ctx_out"):
        values = {b: getattr(r, name) for b, r in results.items()}
        if len({repr(v) for v in values.values()}) > 1:
            out.append(Difference(name, values, packet=packet))
    return out


def diff_maps(maps: Mapping[str, Mapping[str, Any]]) -> list[Difference]:
    """Differences between backends' canonical map contents (:meth:`Collection.canonical_maps`): keyed maps key by
    key, keyless maps (queue, stack, ring buffer) as a whole; maps unreadable on some backend are skipped."""
    out: list[Difference] = []
    backends = list(maps)
    names: list[str] = []
    for b in backends:
        names.extend(n for n in maps[b] if n not in names)
    for name in names:
        dumps = {b: maps[b].get(name) for b in backends}
        if any(d is None for d in dumps.values()):
            continue
        if not all(isinstance(d, dict) for d in dumps.values()):
            if len({repr(d) for d in dumps.values()}) > 1:
                out.append(Difference("maps", dumps, map=name))
            continue
        keys = sorted({k for d in dumps.values() for k in d})
        for key in keys:
            values = {b: d.get(key) for b, d in dumps.items()}
            if len({repr(v) for v in values.values()}) > 1:
                out.append(Difference("maps", values, map=name, key=key))
    return out


@dataclass
class Comparison:
    """The outcome of :func:`compare`: by backend, the result of each run (a RunResult, or the error's text), the
    maps afterwards (canonical, and as ``pybpf run --json`` prints them), and every difference."""

    program: str
    runs: dict[str, list[RunResult | str]]
    maps: dict[str, dict[str, Any]]
    differences: list[Difference] = field(default_factory=list)
    dumps: dict[str, dict[str, Any]] = field(default_factory=dict)
    several: bool = False  # one run per packet (``packets=``) rather than one run

    @property
    def same(self) -> bool:
        return not self.differences

    @property
    def results(self) -> dict[str, RunResult | str]:
        """The (last) run of each backend."""
        return {b: rs[-1] for b, rs in self.runs.items() if rs}

    def backend_json(self, backend: str) -> dict[str, Any]:
        """One backend's part of the JSON document: the ``pybpf run --json`` object of that backend."""
        runs = self.runs[backend]
        maps = self.dumps.get(backend, {})
        if self.several:
            return {"program": self.program, "backend": backend,
                    "packets": [run_json(r, i) for i, r in enumerate(runs)], "totals": summarize(runs),
                    "maps": maps}
        r = runs[-1]
        head = {"program": self.program, "backend": backend}
        return (r.to_json() if isinstance(r, RunResult) else head | {"error": r}) | {"maps": maps}

    def to_json(self) -> dict[str, Any]:
        return {"program": self.program, "results": {b: self.backend_json(b) for b in self.runs},
                "differences": [d.to_json() for d in self.differences]}


def run_json(r: RunResult | str, index: int) -> dict[str, Any]:
    """One run of a packet sequence as ``pybpf run --pcap --json`` lists it."""
    if isinstance(r, str):
        return {"index": index, "error": r}
    doc = r.to_json()
    del doc["program"], doc["backend"]
    return {"index": index} | doc


def compare(spec: CollectionSpec | str | os.PathLike, program: str, data: bytes = b"", ctx: bytes | None = None,
            backends: Sequence[str] = ("interp", "kernel"), *, packets: Iterable[bytes] | None = None,
            repeat: int = 1, cpu: int | None = None, setup: Callable[[Collection], Any] | None = None,
            on_run: Callable[[str, int], Any] | None = None, **collection_options: Any) -> Comparison:
    """Load ``spec`` (a CollectionSpec, e.g. with variables set, or an object path) once per backend, call
    ``setup(collection)`` (to fill maps, say), run ``program`` on ``data``/``ctx`` (or once per packet of
    ``packets``, in order, on the same maps) and compare. Runs happen on one CPU (``cpu``, default the lowest this
    process may use) so per-CPU maps and CPU-dependent helpers agree. ``on_run(backend, index)`` is called after
    each run (progress). A run that fails is recorded as its error (compared like a result); a backend that cannot
    load the object raises (LoadError, KernelError with the verifier log)."""
    if len(backends) < 2 or len(set(backends)) != len(backends):
        raise PybpfError(f"compare needs at least two distinct backends, got {list(backends)}")
    if not isinstance(spec, CollectionSpec):
        from pybpf.elf import load_collection_spec
        spec = load_collection_spec(os.fspath(spec))
    spec.program(program)  # fail early, naming the programs there are
    inputs = [bytes(data)] if packets is None else [bytes(p) for p in packets]
    if cpu is None:
        cpu = default_cpu()
    runs: dict[str, list[RunResult | str]] = {}
    maps: dict[str, dict[str, Any]] = {}
    dumps: dict[str, dict[str, Any]] = {}
    for backend in backends:
        with Collection(spec, backend, **collection_options) as coll:
            if setup is not None:
                setup(coll)
            prog = coll.programs[program]
            out: list[RunResult | str] = []
            for i, packet in enumerate(inputs):
                try:
                    out.append(prog.run(packet, ctx, repeat=repeat, cpu=cpu))
                except PybpfError as err:
                    out.append(run_error(err))
                if on_run is not None:
                    on_run(backend, i)
            runs[backend] = out
            maps[backend] = coll.canonical_maps()
            dumps[backend] = coll.dump_maps()
    several = packets is not None
    differences = []
    for i in range(len(inputs)):
        differences += diff_results({b: rs[i] for b, rs in runs.items()}, packet=i if several else None)
    return Comparison(program, runs, maps, differences + diff_maps(maps), dumps, several)

def default_cpu() -> int:
    try:
        return min(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return 0

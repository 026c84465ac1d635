"""The benchmark suite behind ``pybpf bench suite``: C programs (``benchmarks/c``) run side by side on the JIT, the
interpreter and the host kernel (BPF_PROG_TEST_RUN with repeat), in one process, with ns per run and the JIT /
kernel ratio. Never part of the test suite.

Each program is an XDP program run on one packet. Compute programs: integer loops, division-heavy code, a
byte-loop checksum over a 1500-byte packet. Map-heavy programs: a packet parser counting flows in a hash map,
LPM trie lookups, a tail-call chain, atomics on map values. Every backend must return the same retval and packet
(checked on a single run) before its time counts.
"""

from __future__ import annotations

import ipaddress
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "c"


def _udp4(payload_len: int = 18, src: str = "10.1.2.3", dst: str = "10.9.8.7", sport: int = 1234,
          dport: int = 53) -> bytes:
    payload = bytes((i * 7) & 0xFF for i in range(payload_len))
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 1, 0, 64, 17, 0, ipaddress.IPv4Address(src).packed,
                     ipaddress.IPv4Address(dst).packed)
    return bytes.fromhex("020000000002" "020000000001" "0800") + ip + udp


def _routes(coll: Any) -> None:
    """A route table of overlapping prefixes: /8s, /16s, /24s and /32s around the packet's addresses."""
    routes = coll.maps["routes"]
    for a in range(1, 11):
        routes[ipaddress.ip_network(f"{a}.0.0.0/8")] = struct.pack("<IIQ", 2, 0, 0)
        for b in range(0, 20):
            routes[ipaddress.ip_network(f"{a}.{b}.0.0/16")] = struct.pack("<IIQ", 2, 0, 0)
    for c in range(0, 50):
        routes[ipaddress.ip_network(f"10.1.{c}.0/24")] = struct.pack("<IIQ", 2, 0, 0)
        routes[ipaddress.ip_network(f"10.9.{c}.0/24")] = struct.pack("<IIQ", 2, 0, 0)
    routes[ipaddress.ip_network("10.9.8.7/32")] = struct.pack("<IIQ", 2, 0, 0)


def _flows(coll: Any) -> None:
    """The flow table holds a thousand other flows, so the lookup walks a realistic table."""
    flows = coll.maps["flows"]
    for i in range(1000):
        key = struct.pack("!4s4sHHB3x", bytes([10, 0, i >> 8, i & 0xFF]), bytes([10, 9, 8, 7]), 1000 + i, 53, 17)
        flows[key] = struct.pack("<QQ", 1, 64)


@dataclass(frozen=True)
class BenchProgram:
    name: str
    kind: str  # "compute" or "map"
    packet: bytes
    setup: Callable[[Any], None] | None = None
    about: str = ""


SUITE = [
    BenchProgram("int_loop", "compute", _udp4(), about="1,000 rounds of xorshift/multiply/rotate"),
    BenchProgram("div_heavy", "compute", _udp4(), about="256 rounds of constant and run-time div/mod"),
    BenchProgram("csum1500", "compute", _udp4(1500 - 42), about="byte-loop checksum of a 1500-byte packet"),
    BenchProgram("parser_hash", "map", _udp4(), _flows, about="eth/ip/udp parse, hash map flow counting"),
    BenchProgram("lpm", "map", _udp4(), _routes, about="two LPM trie lookups in 1,100 routes"),
    BenchProgram("tail_chain", "map", _udp4(), about="33 tail calls through a prog_array"),
    BenchProgram("atomics", "map", _udp4(), about="320 atomic ops on map values"),
    BenchProgram("xdp_filter", "compute", _udp4(), about="a simple XDP filter (batch mode's workload)"),
]

BACKENDS = ("jit", "jit-checked", "interp", "kernel")


def _collection(path: Path, backend: str) -> Any:
    """``jit``: verified by pybpf on load, so programs run without checks or meter (as Linux runs verified ones);
    ``jit-checked``: loaded with ``verify=False``, every access checked and the meter on, as for unverified
    programs."""
    from pybpf import Collection

    if backend == "jit-checked":
        return Collection(path, "jit", env="deterministic", verify=False)
    return Collection(path, backend, env="deterministic")


@dataclass
class Measurement:
    program: str
    kind: str
    ns: dict[str, float | None] = field(default_factory=dict)  # backend -> best mean ns per run
    errors: dict[str, str] = field(default_factory=dict)
    compile_ms: float | None = None
    about: str = ""

    @property
    def ratio(self) -> float | None:
        """JIT / kernel ns per run (below 1: the JIT is faster)."""
        jit, kern = self.ns.get("jit"), self.ns.get("kernel")
        return jit / kern if jit and kern else None

    def to_json(self) -> dict[str, Any]:
        return {"program": self.program, "kind": self.kind, "about": self.about,
                "ns_per_run": {b: (round(v, 1) if v is not None else None) for b, v in self.ns.items()},
                "jit_over_kernel": round(self.ratio, 3) if self.ratio is not None else None,
                "jit_compile_ms": round(self.compile_ms, 1) if self.compile_ms is not None else None,
                "errors": self.errors}


def _measure(coll: Any, bp: BenchProgram, repeat: int, rounds: int) -> float:
    prog = coll.programs[bp.name]
    best = None
    for _ in range(rounds):
        res = prog.run(bp.packet, repeat=repeat)
        best = res.duration_ns if best is None else min(best, res.duration_ns)
    assert best is not None
    return float(best)


def run_suite(names: list[str] | None = None, backends: tuple[str, ...] = BACKENDS, *, repeat: int = 200_000,
              interp_repeat: int = 200, rounds: int = 5, progress: Callable[[str], None] | None = None
              ) -> list[Measurement]:
    """Measure each program (best of ``rounds`` test runs of ``repeat`` runs each) on each backend."""
    from pybpf.errors import PybpfError

    out = []
    for bp in SUITE:
        if names and bp.name not in names:
            continue
        m = Measurement(bp.name, bp.kind, about=bp.about)
        reference: tuple | None = None
        for backend in backends:
            if progress is not None:
                progress(f"{bp.name} on {backend}")
            try:
                with _collection(BENCH_DIR / f"{bp.name}.o", backend) as coll:
                    if bp.setup is not None:
                        bp.setup(coll)
                    first = coll.programs[bp.name].run(bp.packet)
                    seen = (first.retval, first.data_out)
                    if reference is None:
                        reference = seen
                    elif seen != reference:
                        raise PybpfError(f"{backend} disagrees with {backends[0]} (retval {first.retval})")
                    if backend.startswith("jit"):
                        for p in coll.programs.values():  # time the O3 code, not the quick tier
                            p._loaded.jit.optimise()
                    n = interp_repeat if backend == "interp" else repeat
                    m.ns[backend] = _measure(coll, bp, n, 1 if backend == "interp" else rounds)
                    if backend.startswith("jit") and m.compile_ms is None:
                        loaded = coll.programs[bp.name]._loaded
                        stats = getattr(loaded, "compile_stats", None)
                        m.compile_ms = stats.total * 1e3 if stats is not None else None
            except (PybpfError, OSError) as err:
                m.ns[backend] = None
                m.errors[backend] = str(err)
        out.append(m)
    return out


def median(values: list[float]) -> float | None:
    vals = sorted(v for v in values if v is not None)
    if not vals:
        return None
    mid = len(vals) // 2
    return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2


def summary(results: list[Measurement]) -> dict[str, float | None]:
    """Median JIT / kernel ratio per kind of program."""
    return {kind: median([m.ratio for m in results if m.kind == kind and m.ratio is not None])
            for kind in ("compute", "map")}


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


# -- the JIT's own numbers: compile time, code cache, run overhead, batch throughput --------------------------------
def _program_of_size(slots: int = 1000) -> list:
    """A generated program (kernel-verifiable, memory-heavy: the worst case for checks) of about ``slots`` slots."""
    from pybpf.testing.gen import GenConfig, generate_batch
    progs = generate_batch(11, 60, GenConfig(max_stmts=600))
    big = min((p for p in progs if p.slots >= slots), key=lambda p: p.slots, default=max(progs, key=lambda p: p.slots))
    return list(big.insns)


def compile_times(rounds: int = 3) -> dict[str, Any]:
    """Compile time (ms, best of ``rounds``, cache bypassed) of a ~1000-slot program per tier and mode, and the
    time to load it from the code cache (memory and disk)."""
    import os
    import tempfile

    from pybpf.vm.jit import FAST, Jit, cache
    insns = _program_of_size()
    out: dict[str, Any] = {"slots": sum(i.width for i in insns)}
    for label, kw in (("quick tier", {"opt": FAST}), ("O3", {"opt": 3}),
                      ("quick tier, verified mode", {"opt": FAST, "checks": False, "meter": False}),
                      ("O3, verified mode", {"opt": 3, "checks": False, "meter": False})):
        best = None
        for _ in range(rounds):
            t0 = time.perf_counter()
            Jit(insns, cache=False, **kw).compile()
            best = min(best or 1e9, time.perf_counter() - t0)
        out[label] = round(best * 1e3, 1)
    saved = os.environ.get("PYBPF_CACHE_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PYBPF_CACHE_DIR"] = tmp
        try:
            Jit(insns, opt=3).compile()
            out["cached (memory)"] = round(timed(lambda: Jit(insns, opt=3).compile()) * 1e3, 1)
            cache.clear_memory()
            out["cached (disk)"] = round(timed(lambda: Jit(insns, opt=3).compile()) * 1e3, 1)
            # the JIT's own part: Jit() above includes building the program's Interpreter (validating every
            # instruction), which a Collection does on every backend
            best_mem = best_disk = 1e9
            for _ in range(rounds):
                jit = Jit(insns, opt=3)
                best_mem = min(best_mem, timed(jit.compile))
                cache.clear_memory()
                jit = Jit(insns, opt=3)
                best_disk = min(best_disk, timed(jit.compile))
            out["cached (memory), compile() only"] = round(best_mem * 1e3, 2)
            out["cached (disk), compile() only"] = round(best_disk * 1e3, 2)
        finally:
            if saved is None:
                del os.environ["PYBPF_CACHE_DIR"]
            else:
                os.environ["PYBPF_CACHE_DIR"] = saved
            cache.clear_memory()
    return out


def run_overhead(runs: int = 20_000) -> dict[str, float]:
    """ns per call from Python: ``Program.run(packet)`` of a small XDP filter on the jit backend (context built,
    run, result read back) and ``Jit.run`` of a two-instruction program."""
    from pybpf.isa.asm import assemble
    from pybpf.vm import AddressSpace
    from pybpf.vm.jit import Jit

    out = {}
    with _collection(BENCH_DIR / "xdp_filter.o", "jit") as coll:
        prog = coll.programs["xdp_filter"]
        packet = _udp4()
        for _ in range(200):
            prog.run(packet)
        t0 = time.perf_counter_ns()
        for _ in range(runs):
            prog.run(packet)
        out["Program.run (XDP, Collection)"] = (time.perf_counter_ns() - t0) / runs
    jit = Jit(assemble("r0 = 7\nexit"))
    space = AddressSpace()
    for _ in range(200):
        jit.run(space)
    t0 = time.perf_counter_ns()
    for _ in range(runs):
        jit.run(space)
    out["Jit.run (raw program)"] = (time.perf_counter_ns() - t0) / runs
    return {k: round(v) for k, v in out.items()}


def batch_throughput(count: int = 1_000_000) -> dict[str, Any]:
    """Packets per second of batch mode on the XDP filter: the native loop, and end to end (packing included)."""
    from pybpf.vm.jit.batch import run_batch

    packets: Any = [_udp4(dport=53 if i % 3 == 0 else 80 + i % 7) for i in range(min(count, 50_000))]
    packets = (packets * (count // len(packets) + 1))[:count]
    kind = "list of bytes"
    try:
        import numpy as np
        rows = np.frombuffer(b"".join(packets[:3]), dtype=np.uint8).reshape(3, -1)
        packets, kind = np.tile(rows, (count // 3 + 1, 1))[:count], "numpy array"
    except ImportError:
        pass
    out: dict[str, Any] = {"packets": count, "input": kind}
    for backend, label in (("jit", "verified mode"), ("jit-checked", "unverified mode")):
        with _collection(BENCH_DIR / "xdp_filter.o", backend) as coll:
            prog = coll.programs["xdp_filter"]
            run_batch(prog, packets[:1000])
            best_native = best_wall = 0.0
            for _ in range(3):
                t0 = time.perf_counter()
                res = run_batch(prog, packets)
                wall = time.perf_counter() - t0
                best_native = max(best_native, res.packets_per_second)
                best_wall = max(best_wall, count / wall)
            out[label] = {"native_loop_mpps": round(best_native / 1e6, 1), "end_to_end_mpps": round(best_wall / 1e6, 1)}
    return out

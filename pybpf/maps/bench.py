"""Map benchmarks (not tests): native code load time (cold/warm) and ns per operation from Python.

Run ``python -m pybpf.maps.bench`` (``--json`` for machine-readable output). Cold load compiles the IR in a fresh
process with an empty cache directory; warm load maps the cached object in another fresh process.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import time

from pybpf.maps import BPF_F_NO_PREALLOC, MapSpec, MapType, create_map
from pybpf.maps._native import native

_LOAD = ("import time; t = time.perf_counter(); from pybpf.maps._native import native; n = native(); "
         "print(n.stats.source, n.stats.seconds, time.perf_counter() - t)")


def load_times() -> dict[str, dict[str, float | str]]:
    out = {}
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, PYBPF_CACHE_DIR=cache)
        for label in ("cold", "warm"):
            r = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, env=env, check=True)
            source, native_s, total_s = r.stdout.split()
            out[label] = {"source": source, "native_load_s": float(native_s), "import_and_load_s": float(total_s)}
    return out


def _ns(fn, n: int) -> float:
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter_ns()
        fn(n)
        best = min(best, (time.perf_counter_ns() - t) / n)
    return best


def op_times(n: int = 200_000) -> dict[str, float]:
    native()
    res: dict[str, float] = {}
    arr = create_map(MapSpec("bench_array", MapType.ARRAY, 4, 8, 1024))
    h = create_map(MapSpec("bench_hash", MapType.HASH, 8, 8, 1 << 16))
    lru = create_map(MapSpec("bench_lru", MapType.LRU_HASH, 8, 8, 1 << 16))
    lpm = create_map(MapSpec("bench_lpm", MapType.LPM_TRIE, 8, 8, 1024, BPF_F_NO_PREALLOC))
    keys = [i.to_bytes(8, "little") for i in range(1024)]
    akeys = [i.to_bytes(4, "little") for i in range(1024)]
    val = b"v" * 8
    for k in keys:
        h[k] = val
        lru[k] = val
    for i in range(256):
        lpm[(16, bytes([10, i, 0, 0]))] = val

    def loop(fn, ks):
        def run(count):
            m = len(ks)
            for i in range(count):
                fn(ks[i % m])
        return run

    res["array.lookup(bytes key)"] = _ns(loop(arr.lookup, akeys), n)
    res["array[int key]"] = _ns(loop(arr.__getitem__, list(range(1024))), n)
    res["array.update"] = _ns(loop(lambda k: arr.update(k, val), akeys), n)
    res["hash.lookup"] = _ns(loop(h.lookup, keys), n)
    res["hash.update(existing)"] = _ns(loop(lambda k: h.update(k, val), keys), n)
    res["lru_hash.lookup"] = _ns(loop(lru.lookup, keys), n)
    res["lpm.lookup(/32)"] = _ns(loop(lpm.lookup, [(32, bytes([10, i % 256, 1, 2])) for i in range(1024)]), n)
    raw_lookup, haddr, aaddr = native().fn["pb_map_lookup_elem"], h.address, arr.address
    res["ctypes pb_map_lookup_elem (hash)"] = _ns(loop(lambda k: raw_lookup(haddr, k, 0), keys), n)
    res["ctypes pb_map_lookup_elem (array)"] = _ns(loop(lambda k: raw_lookup(aaddr, k, 0), akeys), n)
    fast, hc, ac, cpu = native().fast["pb_map_lookup_elem"], ctypes.c_void_p(haddr), ctypes.c_void_p(aaddr), \
        ctypes.c_uint32(0)
    res["ctypes, no argtypes, pb_map_lookup_elem (hash)"] = _ns(loop(lambda k: fast(hc, k, cpu), keys), n)
    res["ctypes, no argtypes, pb_map_lookup_elem (array)"] = _ns(loop(lambda k: fast(ac, k, cpu), akeys), n)
    return res


# The loop an engine runs: call pb_map_lookup_elem through a function pointer, no Python in between.
_LOOP_IR = r"""
define i64 @bench(ptr %f, ptr %map, ptr %keys, i64 %ks, i64 %nkeys, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %hits = phi i64 [ 0, %entry ], [ %hits1, %loop ]
  %slot = urem i64 %i, %nkeys
  %off = mul i64 %slot, %ks
  %key = getelementptr i8, ptr %keys, i64 %off
  %r = call ptr %f(ptr %map, ptr %key, i32 0)
  %hit = icmp ne ptr %r, null
  %h = zext i1 %hit to i64
  %hits1 = add i64 %hits, %h
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i64 %hits1
}
"""


def native_times(n: int = 2_000_000) -> dict[str, float]:
    """ns per pb_map_lookup_elem called from native code (what the JIT and native helpers pay)."""
    from pybpf.maps._native import _llvm, _target_machine

    llvm = _llvm()
    mod = llvm.parse_assembly(_LOOP_IR)
    mod.triple = llvm.get_process_triple()
    engine = llvm.create_mcjit_compiler(mod, _target_machine())
    engine.finalize_object()
    loop = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int64,
                            ctypes.c_int64, ctypes.c_int64)(engine.get_function_address("bench"))
    f = native().addresses["pb_map_lookup_elem"]
    arr = create_map(MapSpec("bench_array", MapType.ARRAY, 4, 8, 1024))
    h = create_map(MapSpec("bench_hash", MapType.HASH, 8, 8, 1 << 16))
    lru = create_map(MapSpec("bench_lru", MapType.LRU_HASH, 8, 8, 1 << 16))
    lpm = create_map(MapSpec("bench_lpm", MapType.LPM_TRIE, 8, 8, 1024, BPF_F_NO_PREALLOC))
    for i in range(1024):
        h[i.to_bytes(8, "little")] = 1
        lru[i.to_bytes(8, "little")] = 1
    for i in range(256):
        lpm[(16, bytes([10, i, 0, 0]))] = 1
    cases = {
        "array": (arr, b"".join(i.to_bytes(4, "little") for i in range(1024)), 4),
        "hash (8-byte keys)": (h, b"".join(i.to_bytes(8, "little") for i in range(1024)), 8),
        "lru_hash": (lru, b"".join(i.to_bytes(8, "little") for i in range(1024)), 8),
        "lpm_trie (/32 among /16s)": (lpm, b"".join(bytes([32, 0, 0, 0, 10, i % 256, 1, 2]) for i in range(1024)),
                                       8),
    }
    out = {}
    for name, (m, keys, ks) in cases.items():
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter_ns()
            hits = loop(f, m.address, keys, ks, 1024, n)
            best = min(best, (time.perf_counter_ns() - t) / n)
        assert hits == n
        out[f"native loop: pb_map_lookup_elem, {name}"] = best
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-n", type=int, default=200_000, help="operations per measurement")
    args = ap.parse_args()
    report = {"load": load_times(), "ns_per_op": {**op_times(args.n), **native_times(args.n * 10)}}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for label, d in report["load"].items():
        print(f"{label:5} load: {d['source']:8} native {d['native_load_s'] * 1e3:8.1f} ms, "
              f"import+load {d['import_and_load_s'] * 1e3:8.1f} ms")
    for name, ns in report["ns_per_op"].items():
        print(f"{name:60} {ns:8.1f} ns")
    return 0


if __name__ == "__main__":
    sys.exit(main())

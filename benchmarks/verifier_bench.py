"""Verification time: pybpf's verifier against the running kernel's, per program, as a ratio.

    .venv/bin/python benchmarks/verifier_bench.py OBJ_OR_DIR... [--repeat 3] [--json out.json]

The kernel's time is the ``verification time N usec`` of its log statistics (BPF_LOG_STATS); pybpf's is the
wall time of ``verify()`` (best of ``--repeat``). Programs on which the verdicts differ are listed but left out of
the ratio. Prints one line per program, then the median and geometric-mean ratios and the totals.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys


def _objects(paths: list[str]) -> list[str]:
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".o"))
        else:
            out.append(p)
    return out


def measure(path: str, repeat: int) -> list[dict]:
    from pybpf.collection.backend import relocate
    from pybpf.elf import load_collection_spec
    from pybpf.errors import PybpfError
    from pybpf.verifier import verify
    from pybpf.verifier.kernel_oracle import kernel_verdict
    try:
        spec = load_collection_spec(path)
    except (PybpfError, OSError):
        return []
    out = []
    cache: dict = {}
    for name in spec.programs:
        prog = spec.program(name)
        k = kernel_verdict(prog, prog.prog_type, spec, log_level=4)
        if k["verdict"] not in ("accept", "reject") or k["time_usec"] is None:
            continue
        try:
            vprog = relocate(spec, prog, None, cache)
        except PybpfError:
            vprog = prog
        best = None
        res = None
        for _ in range(repeat):
            res = verify(vprog, maps=spec.maps, btf=spec.btf)
            best = res.time_ns if best is None else min(best, res.time_ns)
        out.append({"object": os.path.basename(path), "program": name, "kernel_usec": k["time_usec"],
                    "pybpf_usec": best / 1000, "kernel_insns": k["processed_insns"],
                    "pybpf_insns": res.processed_insns, "agree": res.verdict == k["verdict"]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-insns", type=int, default=200_000, help="skip programs the kernel needs more for")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    rows = []
    for obj in _objects(args.paths):
        for r in measure(obj, args.repeat):
            if r["kernel_insns"] is not None and r["kernel_insns"] > args.max_insns:
                continue
            rows.append(r)
            ratio = r["pybpf_usec"] / max(r["kernel_usec"], 1)
            flag = "" if r["agree"] else "  (verdicts differ: not in the ratio)"
            print(f"{r['object']}:{r['program']}: pybpf {r['pybpf_usec']:.0f} us, kernel {r['kernel_usec']} us, "
                  f"ratio {ratio:.1f}x ({r['pybpf_insns']}/{r['kernel_insns']} insns){flag}")
    agree = [r for r in rows if r["agree"]]
    if agree:
        ratios = [r["pybpf_usec"] / max(r["kernel_usec"], 1) for r in agree]
        print(f"\nprograms: {len(agree)}; ratio pybpf/kernel: median {statistics.median(ratios):.1f}x, "
              f"geometric mean {math.exp(statistics.fmean(math.log(x) for x in ratios)):.1f}x, "
              f"total {sum(r['pybpf_usec'] for r in agree) / max(sum(r['kernel_usec'] for r in agree), 1):.1f}x")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(rows, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

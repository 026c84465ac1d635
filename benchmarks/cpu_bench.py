"""do_on_cpu benchmark: latency per call (local inline, remote via the pinned worker, the reference executor, the
per-CPU library) and multi-process throughput. Same as ``pybpf cpu bench``; run ``python benchmarks/cpu_bench.py``.
"""

from __future__ import annotations

import argparse
import json

from pybpf.cpu.bench import run_bench


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20_000, help="calls per measurement round")
    parser.add_argument("--demo-ops", type=int, default=100_000, help="operations per process of the throughput run")
    args = parser.parse_args()
    print(json.dumps(run_bench(args.n, demo_ops=args.demo_ops), indent=2))


if __name__ == "__main__":
    main()

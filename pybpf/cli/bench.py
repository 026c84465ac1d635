"""``pybpf bench WHAT``: performance measurements (never part of the test suite).

``interp``: BPF instructions per second of the interpreter's fast path and of the step machine, on a loop-heavy,
a branchy and a memory-heavy program. Other engines add their benchmark to ``BENCHMARKS``.
"""

from __future__ import annotations

import argparse
import json
import platform
from collections.abc import Callable


def _bench_interp(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from pybpf.vm._bench import WORKLOADS, run_all

    unknown = set(args.program) - {w.name for w in WORKLOADS}
    if unknown:
        print(f"pybpf bench: error: unknown program(s) {', '.join(sorted(unknown))} "
              f"(available: {', '.join(w.name for w in WORKLOADS)})")
        return 1
    results = run_all(args.program, scale=args.scale, repeat=args.repeat)
    if args.json:
        print(json.dumps({"python": platform.python_version(), "results": [m.to_json() for m in results]},
                         indent=1))
        return 0
    table = Table(title=f"pybpf interpreter speed (CPython {platform.python_version()}, best of {args.repeat})")
    for col in ("program", "fast path insns/s", "insns", "compile", "step machine insns/s", "fast / step"):
        table.add_column(col, justify="left" if col == "program" else "right")
    for m in results:
        table.add_row(m.name, f"{m.fast_rate / 1e6:.1f} M", f"{m.insns_fast:,}", f"{m.compile_seconds * 1e3:.1f} ms",
                      f"{m.step_rate / 1e6:.2f} M", f"{m.ratio:.0f}x")
    Console().print(table)
    return 0


BENCHMARKS: dict[str, Callable[[argparse.Namespace], int]] = {"interp": _bench_interp}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure engine speed (BPF instructions per second)")
    p.add_argument("what", choices=sorted(BENCHMARKS), help="what to measure")
    p.add_argument("--program", action="append", default=[], metavar="NAME",
                   help="only this workload (repeatable; interp: alu-loop, branchy, memory)")
    p.add_argument("--scale", type=float, default=1.0, help="multiply the workload sizes (default 1)")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported (default 3)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=lambda args: BENCHMARKS[args.what](args))

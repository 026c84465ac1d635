"""``pybpf bench WHAT``: performance measurements (never part of the test suite).

``interp``: BPF instructions per second of the interpreter's fast path and of the step machine, on a loop-heavy,
a branchy and a memory-heavy program. ``suite``: the C benchmark programs (benchmarks/c) on the JIT, the
interpreter and the host kernel side by side, ns per run and the JIT / kernel ratio. ``jit``: the JIT's compile
time per tier, cached loads, run overhead from Python and batch throughput. Other engines add their benchmark to
``BENCHMARKS``.
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


def _bench_suite(args: argparse.Namespace) -> int:
    """The C benchmark suite on the JIT, the interpreter and the host kernel (pybpf.vm.jit.bench)."""
    from rich.console import Console
    from rich.table import Table

    from pybpf.vm.jit.bench import SUITE, run_suite, summary

    unknown = set(args.program) - {b.name for b in SUITE}
    if unknown:
        print(f"pybpf bench: error: unknown program(s) {', '.join(sorted(unknown))} "
              f"(available: {', '.join(b.name for b in SUITE)})")
        return 1
    console = Console(stderr=True)
    with console.status("measuring") as status:
        results = run_suite(args.program or None, repeat=int(200_000 * args.scale),
                            interp_repeat=max(1, int(200 * args.scale)), rounds=args.repeat,
                            progress=lambda what: status.update(f"measuring {what}"))
    medians = summary(results)
    if args.json:
        print(json.dumps({"python": platform.python_version(), "results": [m.to_json() for m in results],
                          "median_jit_over_kernel": medians}, indent=1))
        return 0
    table = Table(title="pybpf benchmark suite: ns per run (best of "
                        f"{args.repeat} test runs; jit = verified mode, jit-checked = unverified mode)")
    for col in ("program", "kind", "jit", "jit-checked", "interp", "kernel", "jit / kernel", "compile"):
        table.add_column(col, justify="left" if col in ("program", "kind") else "right")

    def ns(v: float | None) -> str:
        return "-" if v is None else f"{v:,.0f}"

    for m in results:
        ratio = m.ratio
        table.add_row(m.program, m.kind, ns(m.ns.get("jit")), ns(m.ns.get("jit-checked")), ns(m.ns.get("interp")),
                      ns(m.ns.get("kernel")), "-" if ratio is None else f"{ratio:.2f}",
                      "-" if m.compile_ms is None else f"{m.compile_ms:.0f} ms")
    Console().print(table)
    for kind, value in medians.items():
        if value is not None:
            print(f"median jit / kernel ({kind}): {value:.2f}")
    for m in results:
        for backend, err in m.errors.items():
            print(f"{m.program} on {backend}: {err}")
    return 0


def _bench_jit(args: argparse.Namespace) -> int:
    """The JIT's own numbers: compile time per tier, cached loads, run overhead from Python, batch throughput."""
    from rich.console import Console

    from pybpf.vm.jit import bench

    console = Console(stderr=True)
    with console.status("measuring compile times"):
        compile_ms = bench.compile_times(rounds=args.repeat)
    with console.status("measuring run overhead"):
        overhead = bench.run_overhead(runs=int(20_000 * args.scale))
    with console.status("measuring batch mode"):
        batch = bench.batch_throughput(count=int(1_000_000 * args.scale))
    results = {"compile_ms": compile_ms, "run_overhead_ns": overhead, "batch": batch}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"compile time of a {compile_ms.pop('slots')}-slot program (best of {args.repeat}, ms):")
    for k, v in compile_ms.items():
        print(f"  {k:28} {v:8.1f}")
    print("overhead of one run from Python (ns):")
    for k, v in overhead.items():
        print(f"  {k:32} {v:8,}")
    print(f"batch mode, XDP filter, {batch['packets']:,} packets ({batch['input']}):")
    for mode in ("verified mode", "unverified mode"):
        b = batch[mode]
        print(f"  {mode:16} native loop {b['native_loop_mpps']:6.1f} M packets/s, end to end "
              f"{b['end_to_end_mpps']:6.1f} M packets/s")
    return 0


BENCHMARKS: dict[str, Callable[[argparse.Namespace], int]] = {"interp": _bench_interp, "suite": _bench_suite,
                                                              "jit": _bench_jit}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure engine speed (BPF instructions per second)")
    p.add_argument("what", choices=sorted(BENCHMARKS), help="what to measure")
    p.add_argument("--program", action="append", default=[], metavar="NAME",
                   help="only this workload (repeatable; interp: alu-loop, branchy, memory; suite: int_loop, "
                        "div_heavy, csum1500, parser_hash, lpm, tail_chain, atomics)")
    p.add_argument("--scale", type=float, default=1.0, help="multiply the workload sizes (default 1)")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported (default 3)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=lambda args: BENCHMARKS[args.what](args))

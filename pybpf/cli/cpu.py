"""``pybpf cpu``: the do_on_cpu demo (racing processes, audited for lost updates) and the benchmark."""

from __future__ import annotations

import argparse
import errno
import json

from pybpf.errors import CpuError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("cpu", help="do_on_cpu: per-CPU sections in userspace (demo, bench)",
                                   description="do_on_cpu: run small validated eBPF programs on a chosen CPU.")
    sub = parser.add_subparsers(dest="cpu_command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="N processes x M operations on per-CPU counters and lists; count lost updates")
    demo.add_argument("--procs", type=int, default=None, help="processes to fork (default: one per usable CPU)")
    demo.add_argument("--ops", type=int, default=500_000, help="operations per process (default 500000)")
    demo.add_argument("--remote", type=float, default=0.1, help="share of increments aimed at another CPU (0.1)")
    demo.add_argument("--moves", type=float, default=0.1, help="share of list moves (0.1)")
    demo.add_argument("--json", action="store_true", help="print one JSON object")
    demo.set_defaults(func=_demo)
    bench = sub.add_parser("bench", help="latency per call (local, remote) and throughput")
    bench.add_argument("--n", type=int, default=20_000, help="calls per measurement round (default 20000)")
    bench.add_argument("--demo-ops", type=int, default=50_000, help="operations per process of the throughput run")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(func=_bench)
    parser.set_defaults(func=lambda args: (parser.print_help(), 1)[1])


def _demo(args: argparse.Namespace) -> int:
    from pybpf.cpu.demo import run_demo

    if args.ops < 1 or (args.procs is not None and args.procs < 1):
        raise CpuError(errno.EINVAL, "--ops and --procs must be positive")
    report = run_demo(args.procs, args.ops, remote_share=args.remote, move_share=args.moves)
    if args.json:
        print(json.dumps(report.as_dict()))
    else:
        print(f"do_on_cpu demo: {report.procs} processes x {report.ops_per_proc} operations on CPUs "
              f"{','.join(map(str, report.cpus))}")
        print(f"  operations   {report.total_ops}: {report.local_ops} local increments, {report.remote_ops} remote "
              f"increments, {report.list_moves} list moves ({report.empty_pops} empty pops)")
        print(f"  counters     expected {report.counter_expected}, summed {report.counter_actual}, "
              f"lost {report.counter_lost}")
        print(f"  lists        {report.list_nodes} nodes, found {report.list_found}, lost {report.list_lost}")
        print(f"  lost updates {report.lost_updates}")
        print(f"  time         {report.seconds:.2f} s, {report.ops_per_sec:,.0f} ops/s")
    return 0 if report.lost_updates == 0 else 1


def _bench(args: argparse.Namespace) -> int:
    from pybpf.cpu.bench import run_bench

    if args.n < 1 or args.demo_ops < 1:
        raise CpuError(errno.EINVAL, "--n and --demo-ops must be positive")
    results = run_bench(args.n, demo_ops=args.demo_ops)
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key:22} {value:.2f}" if isinstance(value, float) else f"{key:22} {value}")
    return 0

"""``pybpf conformance DIR...``: run conformance ``.data`` files in-process and report passed / failed / skipped."""

from __future__ import annotations

import argparse
import json
import sys

from pybpf.conformance.groups import CPU_VERSIONS, GROUPS, OPT_IN_GROUPS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("conformance", help="run conformance .data test files in-process",
                       description="Run bpf_conformance / uBPF .data files in-process and judge each test. "
                                   "Exit status 0 iff no test FAILs.")
    p.add_argument("paths", nargs="+", metavar="DIR", help=".data files or directories of them")
    p.add_argument("--cpu", choices=CPU_VERSIONS, default="v4",
                   help="highest cpu version to run; tests needing a newer one are skipped (default v4)")
    p.add_argument("--backend", default="interp", help="engine to run programs on (default interp)")
    p.add_argument("--exclude-group", action="append", default=[], choices=GROUPS, metavar="GROUP",
                   help=f"skip tests using this conformance group (repeatable; one of {', '.join(GROUPS)}); "
                        "all groups run by default, callx and packet included")
    p.add_argument("--reference-groups", action="store_true",
                   help="enable only the reference runner's default groups "
                        f"(excludes {', '.join(sorted(OPT_IN_GROUPS))})")
    p.add_argument("-r", "--recursive", action="store_true", help="also run .data files in subdirectories")
    p.add_argument("--budget", type=int, default=None, help="instruction budget per test")
    p.add_argument("--json", action="store_true", help="print a JSON list of results instead of a table")
    p.add_argument("-q", "--quiet", action="store_true", help="list only failed and skipped tests")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pybpf.conformance.runner import BACKENDS, DEFAULT_BUDGET, RunOptions, Status, run_paths

    if args.backend not in BACKENDS:
        print(f"pybpf conformance: error: unknown backend {args.backend!r} (available: "
              f"{', '.join(sorted(BACKENDS))})", file=sys.stderr)
        return 2
    groups = set(GROUPS) - set(args.exclude_group)
    if args.reference_groups:
        groups -= OPT_IN_GROUPS
    options = RunOptions(cpu=args.cpu, groups=frozenset(groups), backend=args.backend,
                         budget=args.budget or DEFAULT_BUDGET)
    results = run_paths(args.paths, options, recursive=args.recursive)
    counts = {s: sum(r.status is s for r in results) for s in Status}
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=1))
        return 1 if counts[Status.FAIL] else 0

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    style = {Status.PASS: "green", Status.FAIL: "bold red", Status.SKIP: "yellow"}
    table = Table(title=f"conformance at cpu {args.cpu}, backend {args.backend}")
    table.add_column("test", overflow="fold")
    table.add_column("result")
    table.add_column("detail", overflow="fold")
    order = {Status.FAIL: 0, Status.SKIP: 1, Status.PASS: 2}
    for r in sorted(results, key=lambda r: (order[r.status], r.name)):
        if args.quiet and r.status is Status.PASS:
            continue
        detail = r.reason or (f"r0 = 0x{r.r0:x}" if r.r0 is not None else (r.error or ""))
        table.add_row(escape(r.name), f"[{style[r.status]}]{r.status.value}[/]", escape(detail))
    if table.row_count:
        console.print(table)
    console.print(f"{len(results)} tests: [green]{counts[Status.PASS]} passed[/], "
                  f"[red]{counts[Status.FAIL]} failed[/], [yellow]{counts[Status.SKIP]} skipped[/]")
    return 1 if counts[Status.FAIL] else 0

"""``pybpf run OBJ``: one program of a BPF object, run the way BPF_PROG_TEST_RUN runs it, on one backend or
several (then compared), on one input or on every packet of a capture.

``--json`` prints one object. One backend: ``{"program", "backend", "retval", "r0", "data_out", "ctx_out",
"duration_ns", "maps", "log"}`` (hex strings; maps as :func:`pybpf.collection.result.dump_map` gives them); with
``--pcap``: ``{"program", "backend", "packets": [{"index", "retval", ...}], "totals", "maps"}``. Several backends:
``{"program", "results": {backend: <the one-backend object>}, "differences": [...]}`` and exit code 2 when they
differ. Human output uses rich tables (and a progress bar over a capture).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pybpf.errors import LoadError, PybpfError

MAX_ROWS = 32  # rows per map / packet table in human output (--json has everything)


def _read(path: Path | None, what: str) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as e:
        raise LoadError(f"{what}: cannot read: {e.strerror}", file=str(path)) from None


def _backends(text: str) -> list[str]:
    from pybpf.collection import BACKENDS

    names = [b.strip() for b in text.split(",") if b.strip()]
    for b in names:
        if b not in BACKENDS:
            raise PybpfError(f"--backend: unknown backend {b!r} (choose from: {', '.join(BACKENDS)})")
    if not names or len(set(names)) != len(names):
        raise PybpfError(f"--backend: give one or more distinct backends, not {text!r}")
    return names


def _program(spec: Any, name: str | None) -> str:
    if name is not None:
        return spec.program(name).name
    if len(spec.programs) == 1:
        return next(iter(spec.programs))
    have = ", ".join(spec.programs) or "none"
    raise LoadError(f"the object has {len(spec.programs)} programs ({have}): choose one with --program",
                    file=spec.path)


def _set_variables(spec: Any, assignments: list[str]) -> None:
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise PybpfError(f"--set: expected VAR=VALUE, got {item!r}")
        try:
            number = int(value, 0)
        except ValueError:
            raise PybpfError(f"--set {name}: {value!r} is not an integer") from None
        spec.set_variable(name, number)


def run_object(args: argparse.Namespace) -> int:
    from pybpf.elf import load_collection_spec

    backends = _backends(args.backend)
    if args.repeat < 1:
        raise PybpfError(f"--repeat must be >= 1, not {args.repeat}")
    spec = load_collection_spec(str(args.file))
    program = _program(spec, args.program)
    _set_variables(spec, args.set)
    data = _read(args.data, "--data") or b""
    ctx = _read(args.ctx, "--ctx")
    packets = None
    if args.pcap is not None:
        from pybpf.collection.pcap import read_pcap
        packets = [p.data for p in read_pcap(args.pcap)]
    if len(backends) == 1:
        return _single(args, spec, program, backends[0], data, ctx, packets)
    return _several(args, spec, program, backends, data, ctx, packets)


# -- one backend ------------------------------------------------------------------------------------------------
def _single(args: argparse.Namespace, spec: Any, program: str, backend: str, data: bytes, ctx: bytes | None,
            packets: list[bytes] | None) -> int:
    from pybpf.collection import Collection
    from pybpf.collection.result import summarize

    with Collection(spec, backend, programs=[program]) as coll:
        prog = coll.programs[program]
        if packets is None:
            result = prog.run(data, ctx, repeat=args.repeat, cpu=args.cpu)
            maps = coll.dump_maps()
            if args.json:
                print(json.dumps(result.to_json() | {"maps": maps}, indent=1))
                return 0
            _show_result(result, data, maps)
            return 0
        runs = []
        batch = None
        with _progress(not args.json, len(packets)) as advance:
            if backend == "jit" and ctx is None and args.repeat == 1 and args.cpu is None:
                from pybpf.vm.jit.batch import batch_runs  # one native loop over every packet (see docs/jit.md)
                done = [0]

                def step(n: int) -> None:
                    for _ in range(n - done[0]):
                        advance(backend)
                    done[0] = n
                runs, batch = batch_runs(prog, packets, progress=step)
            for packet in packets[len(runs):]:
                try:
                    runs.append(prog.run(packet, ctx, repeat=args.repeat, cpu=args.cpu))
                except PybpfError as err:
                    from pybpf.collection.compare import run_error
                    runs.append(run_error(err))
                advance(backend)
        maps = coll.dump_maps()
    if args.json:
        from pybpf.collection.compare import run_json
        print(json.dumps({"program": program, "backend": backend,
                          "packets": [run_json(r, i) for i, r in enumerate(runs)], "totals": summarize(runs),
                          "maps": maps}, indent=1))
        return 0
    _show_packets(program, backend, runs, packets, spec)
    if batch is not None and batch.duration_ns:
        print(f"batch: {batch.count} packets in {batch.duration_ns / 1e6:.3f} ms of native loop, "
              f"{batch.packets_per_second / 1e6:.2f} M packets/s")
    _show_maps(maps)
    return 0


# -- several backends -------------------------------------------------------------------------------------------
def _several(args: argparse.Namespace, spec: Any, program: str, backends: list[str], data: bytes,
             ctx: bytes | None, packets: list[bytes] | None) -> int:
    from pybpf.collection import compare

    total = len(backends) * (len(packets) if packets is not None else 1)
    with _progress(not args.json and packets is not None, total) as advance:
        cmp = compare(spec, program, data, ctx, backends, packets=packets, repeat=args.repeat, cpu=args.cpu,
                      on_run=lambda backend, i: advance(backend), programs=[program])
    if args.json:
        print(json.dumps(cmp.to_json(), indent=1))
        return 0 if cmp.same else 2
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if packets is None:
        _show_side_by_side(cmp, data)
    else:
        for b in backends:
            _show_packets(program, b, cmp.runs[b], packets, spec, title=f"{program} on {b}")
    if cmp.same:
        console.print(f"[green]same results on {', '.join(backends)}[/] (retval, data_out, ctx_out, maps)")
        _show_maps(cmp.dumps[backends[0]])
        return 0
    console.print(f"[bold red]{len(cmp.differences)} difference(s)[/] between {', '.join(backends)}:")
    for d in cmp.differences[:MAX_ROWS * 4]:
        console.print(f"  [red]•[/] {escape(str(d))}")
    return 2


# -- rendering --------------------------------------------------------------------------------------------------
class _NoProgress:
    def __enter__(self):
        return lambda backend: None

    def __exit__(self, *exc: object) -> None:
        return None


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), transient=True)
        self.task = self.progress.add_task("packets", total=total)

    def __enter__(self):
        self.progress.__enter__()

        def advance(backend: str) -> None:
            self.progress.update(self.task, advance=1, description=f"packets ({backend})")
        return advance

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(*exc)


def _progress(show: bool, total: int) -> Any:
    return _Progress(total) if show else _NoProgress()


def _retval_text(r: Any) -> str:
    action = r.action
    return f"{r.retval}" + (f" ({action})" if action else "")


def _hex(data: bytes | None, limit: int = 64) -> str:
    if data is None:
        return "-"
    text = data[:limit].hex(" ")
    return text + (f" … (+{len(data) - limit} bytes)" if len(data) > limit else "") if data else "(empty)"


def _show_result(r: Any, data: bytes, maps: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    kind = r.prog_type.name.lower() if r.prog_type is not None else "?"
    t = Table(title=f"{r.program} ({kind}) on {r.backend}", title_justify="left", show_header=False)
    t.add_column("field", style="cyan")
    t.add_column("value", overflow="fold")
    t.add_row("retval", _retval_text(r))
    if r.r0 != r.retval:
        t.add_row("r0", f"0x{r.r0:x}")
    same = " (unchanged)" if r.data_out == data and data else ""
    t.add_row("data_out", f"{len(r.data_out)} bytes{same}" + ("" if same else f": {_hex(r.data_out)}"))
    if r.ctx_out is not None:
        t.add_row("ctx_out", _hex(r.ctx_out))
    t.add_row("duration", f"{r.duration_ns} ns per run")
    console.print(t)
    for line in r.log:
        console.print(f"[dim]log:[/] {escape(line)}")
    _show_maps(maps)


def _show_maps(maps: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    for name, dump in maps.items():
        if dump is None:
            console.print(f"[dim]map {escape(name)}: elements cannot be read from user space[/]")
            continue
        if not dump:
            console.print(f"[dim]map {escape(name)}: empty[/]")
            continue
        t = Table(title=f"map {name}", title_justify="left")
        keyless = not isinstance(dump[0], list)
        if not keyless:
            t.add_column("key", overflow="fold")
        t.add_column("value", overflow="fold")
        for row in dump[:MAX_ROWS]:
            if keyless:
                t.add_row(_spaced(row))
            else:
                key, value = row
                t.add_row(_spaced(key), "\n".join(f"cpu{i}: {_spaced(v)}" for i, v in enumerate(value))
                          if isinstance(value, list) else _spaced(value))
        if len(dump) > MAX_ROWS:
            t.caption = f"… {len(dump) - MAX_ROWS} more (--json lists them all)"
        console.print(t)


def _spaced(hex_text: str) -> str:
    return " ".join(hex_text[i:i + 2] for i in range(0, len(hex_text), 2))


def _show_packets(program: str, backend: str, runs: list[Any], packets: list[bytes], spec: Any,
                  title: str | None = None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from pybpf.collection.result import summarize

    console = Console(highlight=False)
    t = Table(title=title or f"{program} on {backend}", title_justify="left")
    for col in ("#", "len", "retval", "data_out", "ns"):
        t.add_column(col, justify="right" if col in ("#", "len", "ns") else "left", overflow="fold")
    for i, r in enumerate(runs[:MAX_ROWS]):
        if isinstance(r, str):
            t.add_row(str(i), str(len(packets[i])), f"[red]error: {escape(r)}[/]", "", "")
            continue
        changed = "unchanged" if r.data_out == packets[i] else _hex(r.data_out, 24)
        t.add_row(str(i), str(len(packets[i])), _retval_text(r), changed, str(r.duration_ns))
    if len(runs) > MAX_ROWS:
        t.caption = f"… {len(runs) - MAX_ROWS} more packets (--json lists them all)"
    console.print(t)
    totals = summarize(runs)
    counts = ", ".join(f"{v} × {k}" for k, v in sorted(totals["retvals"].items(), key=lambda kv: -kv[1]))
    console.print(f"{totals['packets']} packets: retvals {counts or '-'}; {totals['errors']} errors; "
                  f"{totals['duration_ns']} ns per run on average")


def _show_side_by_side(cmp: Any, data: bytes) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from pybpf.collection.result import RunResult

    console = Console(highlight=False)
    backends = list(cmp.runs)
    results = cmp.results
    t = Table(title=f"{cmp.program}: {' vs '.join(backends)}", title_justify="left")
    t.add_column("field", style="cyan")
    for b in backends:
        t.add_column(b, overflow="fold")

    def row(name: str, fn: Any, compared: bool = True) -> None:
        cells = [fn(r) if isinstance(r, RunResult) else (f"error: {r}" if name == "retval" else "") for r in
                 (results[b] for b in backends)]
        style = "red" if compared and len(set(cells)) > 1 else ""
        t.add_row(name, *(f"[{style}]{escape(c)}[/]" if style else escape(c) for c in cells))

    row("retval", _retval_text)
    row("r0", lambda r: f"0x{r.r0:x}")
    row("data_out", lambda r: "unchanged" if r.data_out == data and data else _hex(r.data_out, 32))
    row("ctx_out", lambda r: _hex(r.ctx_out, 32))
    row("log", lambda r: "\n".join(r.log) or "-", compared=False)  # the kernel's needs tracefs mounted
    row("duration", lambda r: f"{r.duration_ns} ns per run", compared=False)
    console.print(t)

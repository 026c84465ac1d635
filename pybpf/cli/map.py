"""``pybpf map dump OBJ --map NAME [--json]``: the initial contents of one map of a BPF object, as a program would
find them right after load (global data sections with their bytes, ``.kconfig`` with the host's values, the
initial slots of prog arrays and maps of maps by name). Nothing is loaded into a kernel.

``--json``: ``{"map", "type", "key_size", "value_size", "max_entries", "flags", "entries", "slots"}`` where
``entries`` has the shape of ``pybpf run --json``'s maps (None when the map's elements cannot be listed) and
``slots`` maps slot indices to the program or map the object puts there.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="show the maps of a BPF object (map dump OBJ --map NAME)",
                       description="Map commands on BPF objects.")
    verbs = p.add_subparsers(dest="map_verb", metavar="COMMAND")
    d = verbs.add_parser("dump", help="initial contents of one map of an object",
                         description="Show the initial contents of map NAME of OBJ (nothing is loaded into a "
                                     "kernel): global data with its bytes, .kconfig with the host's values, initial "
                                     "prog-array and map-in-map slots.")
    d.add_argument("file", metavar="OBJ", help="BPF object file")
    d.add_argument("--map", required=True, metavar="NAME", help="map name (as `pybpf inspect` lists it)")
    d.add_argument("--json", action="store_true", help="print one JSON object")
    d.set_defaults(func=run)
    p.set_defaults(func=_usage(p))


def _usage(p: argparse.ArgumentParser):
    def show(args: argparse.Namespace) -> int:
        p.print_help()
        return 1
    return show


def dump(path: str, name: str) -> dict[str, Any]:
    """The document ``map dump --json`` prints."""
    from pybpf.collection.backend import adjust_map, kconfig_bytes
    from pybpf.collection.interp_backend import InterpBackend
    from pybpf.collection.result import dump_map
    from pybpf.elf import load_collection_spec
    from pybpf.maps.types import possible_cpus

    spec = load_collection_spec(path)
    mspec = spec.map(name)
    nr_cpus = possible_cpus()
    initial = kconfig_bytes(spec) if name.endswith(".kconfig") and spec.kconfig else None
    backend = InterpBackend(spec, nr_cpus=nr_cpus)
    try:
        m = backend.create_map(name, adjust_map(mspec, nr_cpus), initial or None)
        entries = dump_map(m)
    finally:
        backend.close()
    doc: dict[str, Any] = {"map": name, "type": mspec.type.name.lower(), "key_size": mspec.key_size,
                           "value_size": mspec.value_size, "max_entries": m.max_entries, "flags": mspec.flags,
                           "entries": entries}
    slots = spec.init_slots.get(name)
    if slots:
        doc["slots"] = {str(s.index): {"kind": s.kind, "name": s.name} for s in slots}
    return doc


def run(args: argparse.Namespace) -> int:
    doc = dump(args.file, args.map)
    if args.json:
        print(json.dumps(doc, indent=1))
        return 0

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    console.print(f"[bold]{escape(doc['map'])}[/]: {doc['type']}, key {doc['key_size']} bytes, value "
                  f"{doc['value_size']} bytes, max_entries {doc['max_entries']}, flags 0x{doc['flags']:x}")
    for index, target in doc.get("slots", {}).items():
        console.print(f"  slot {index}: {target['kind']} {escape(target['name'])}")
    entries = doc["entries"]
    if entries is None:
        console.print("[dim]its elements cannot be read from user space[/]")
        return 0
    if not entries:
        console.print("[dim]empty[/]")
        return 0
    t = Table(show_header=True)
    keyless = not isinstance(entries[0], list)
    if not keyless:
        t.add_column("key", overflow="fold")
    t.add_column("value", overflow="fold")
    for row in entries:
        if keyless:
            t.add_row(_spaced(row))
        else:
            key, value = row
            t.add_row(_spaced(key), "\n".join(f"cpu{i}: {_spaced(v)}" for i, v in enumerate(value))
                      if isinstance(value, list) else _spaced(value))
    console.print(t)
    return 0


def _spaced(hex_text: str) -> str:
    return " ".join(hex_text[i:i + 2] for i in range(0, len(hex_text), 2))

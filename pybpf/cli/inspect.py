"""``pybpf inspect OBJ [--json]``: what a BPF object holds, as the ELF loader sees it.

Sections (with the loader's classification), programs (type, expected attach type, slot count, functions), maps
(type, key/value types printed as C from BTF, max_entries, flags), global variables and externs. A file that cannot
be loaded gives one error line and exit code 1 (main turns the LoadError into that line).
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspect", help="show the sections, programs, maps and variables of a BPF object",
                       description="Load OBJ with the ELF loader (nothing is loaded into a kernel) and show its "
                                   "sections, programs, maps, variables and externs.")
    p.add_argument("file", metavar="OBJ", help="BPF object file (clang -target bpf -c)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def _flag_names(flags: int) -> str:
    from pybpf.maps.types import MapFlag

    if not flags:
        return "0"
    names = [f"BPF_F_{f.name}" for f in MapFlag if f.value & flags and (f.value & (f.value - 1)) == 0]
    rest = flags & ~sum(f.value for f in MapFlag if f.value & flags)
    if rest:
        names.append(f"0x{rest:x}")
    return "|".join(names)


def _type_text(btf, type_id: int | None) -> str | None:
    if btf is None or not type_id:
        return None
    from pybpf.btf.cprint import type_decl
    from pybpf.errors import PybpfError

    try:
        if btf.kind(type_id) == 15:  # BTF_KIND_DATASEC: the value of a global data map
            return f"DATASEC {btf.name(type_id)}"
        return type_decl(btf, type_id) or btf.describe(type_id)
    except PybpfError:
        return f"[{type_id}]"


def _enum_name(value) -> str | None:
    return None if value is None else value.name.lower() if hasattr(value, "name") else str(value)


def describe(spec) -> dict[str, Any]:
    """The JSON document ``inspect --json`` prints."""
    btf = spec.btf

    def map_json(m) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": m.name, "type": _enum_name(m.type), "key_size": m.key_size, "value_size": m.value_size,
            "key_type": _type_text(btf, m.key_type), "value_type": _type_text(btf, m.value_type),
            "max_entries": m.max_entries, "flags": m.flags, "flag_names": _flag_names(m.flags),
        }
        if m.map_extra:
            out["map_extra"] = m.map_extra
        if m.pinning:
            out["pinning"] = _enum_name(m.pinning)
        if m.freeze:
            out["freeze"] = True
        if m.inner_map is not None:
            out["inner_map"] = map_json(m.inner_map)
        slots = spec.init_slots.get(m.name)
        if slots:
            out["initial_slots"] = {str(s.index): {"kind": s.kind, "name": s.name} for s in slots}
        return out

    return {
        "file": spec.path, "name": spec.name, "license": spec.license, "kernel_version": spec.kernel_version,
        "sections": [s.to_json() for s in spec.sections],
        "programs": [p.to_json() for p in spec.programs.values()],
        "maps": [map_json(m) for m in spec.maps.values()],
        "variables": [{"name": v.name, "section": v.section, "map": v.map, "offset": v.offset, "size": v.size,
                       "type": _type_text(btf, v.type_id)} for v in spec.variables.values()],
        "kconfig": [{"name": k.name, "kind": str(k.kind), "size": k.size, "offset": k.offset, "weak": k.weak}
                    for k in spec.kconfig],
        "ksyms": [{"name": k.name, "kind": "function" if k.is_func else "variable", "typed": k.typed,
                   "weak": k.weak} for k in spec.ksyms],
        "warnings": list(spec.warnings),
    }


def run(args: argparse.Namespace) -> int:
    from pybpf.elf import load_collection_spec

    spec = load_collection_spec(args.file)
    doc = describe(spec)
    if args.json:
        print(json.dumps(doc, indent=1))
        return 0

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    version = f", kernel version 0x{spec.kernel_version:x}" if spec.kernel_version else ""
    console.print(f"[bold]{escape(spec.path or spec.name)}[/]: license {escape(spec.license or '(none)')}{version}")

    quiet = ("ignored", "ignored relocations")
    hidden = [s for s in doc["sections"] if s["kind"] in quiet]
    t = Table(title="sections", title_justify="left",
              caption=f"+{len(hidden)} ignored sections (debug info, strings...; --json lists them)"
              if hidden else None, caption_justify="left")
    for col in ("#", "name", "kind", "size", "relocates"):
        t.add_column(col, justify="right" if col in ("#", "size") else "left", overflow="fold")
    for s in doc["sections"]:
        if s["kind"] not in quiet:
            t.add_row(str(s["index"]), escape(s["name"]), s["kind"], str(s["size"]), escape(s.get("target", "")))
    console.print(t)

    t = Table(title="programs", title_justify="left")
    for col in ("name", "section", "type", "expected attach type", "slots", "functions", "autoload"):
        t.add_column(col, justify="right" if col == "slots" else "left", overflow="fold")
    for p in spec.programs.values():
        funcs = ", ".join(f"{f.name}@{f.slot}" + (" (global)" if f.is_global else "") for f in p.functions[1:])
        t.add_row(escape(p.name), escape(p.section), p.prog_type.name.lower(),
                  _enum_name(p.expected_attach_type) or "-", str(p.slot_count), escape(funcs) or "-",
                  "yes" if p.autoload else "no")
    console.print(t)

    t = Table(title="maps", title_justify="left")
    for col in ("name", "type", "key", "value", "max_entries", "flags"):
        t.add_column(col, justify="right" if col == "max_entries" else "left", overflow="fold")
    for m in doc["maps"]:
        key = m["key_type"] or (f"{m['key_size']} bytes" if m["key_size"] else "-")
        value = m["value_type"] or (f"{m['value_size']} bytes" if m["value_size"] else "-")
        if "inner_map" in m:
            value = f"map {m['inner_map']['type']} (inner)"
        t.add_row(escape(m["name"]), m["type"], escape(key), escape(value), str(m["max_entries"]),
                  m["flag_names"])
    console.print(t)

    if doc["variables"]:
        t = Table(title="variables", title_justify="left")
        for col in ("name", "section", "offset", "size", "type"):
            t.add_column(col, justify="right" if col in ("offset", "size") else "left", overflow="fold")
        for v in doc["variables"]:
            t.add_row(escape(v["name"]), escape(v["section"]), str(v["offset"]), str(v["size"]),
                      escape(v["type"] or "-"))
        console.print(t)
    if spec.kconfig or spec.ksyms:
        t = Table(title="externs", title_justify="left")
        for col in ("name", "kind", "details"):
            t.add_column(col)
        for k in doc["kconfig"]:
            t.add_row(escape(k["name"]), "kconfig", f"{k['kind']}, {k['size']} bytes at {k['offset']}"
                      + (", weak" if k["weak"] else ""))
        for k in doc["ksyms"]:
            t.add_row(escape(k["name"]), "ksym", k["kind"] + ("" if k["typed"] else ", typeless")
                      + (", weak" if k["weak"] else ""))
        console.print(t)
    for w in spec.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}")
    return 0


def disasm_object(args: argparse.Namespace) -> int:
    """``pybpf disasm OBJ [--program NAME]``: the linked programs of an object, with source lines from line_info."""
    from pybpf.elf import load_collection_spec
    from pybpf.elf.listing import program_listing, program_rows, select_programs

    spec = load_collection_spec(args.file)
    progs = select_programs(spec, getattr(args, "program", None))
    if args.json:
        if getattr(args, "program", None) is not None:
            print(json.dumps(program_rows(progs[0], args.mode), indent=1))
        else:
            print(json.dumps([{"program": p.name, "section": p.section, "instructions": program_rows(p, args.mode)}
                              for p in progs], indent=1))
        return 0
    blocks = ["\n".join(program_listing(p, args.mode, show_bytes=not args.no_bytes)) for p in progs]
    print("\n\n".join(blocks))
    return 0

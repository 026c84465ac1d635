"""``python -m pybpf.btf``: look at BTF from the command line.

    python -m pybpf.btf bench [PATH]        time parsing the kernel's BTF (default /sys/kernel/btf/vmlinux)
    python -m pybpf.btf dump FILE [--c]     list the types of a raw BTF file or of an ELF object's .BTF, or print C
"""

from __future__ import annotations

import argparse
import sys

from pybpf.btf.btf import Btf
from pybpf.btf.cprint import dump_c
from pybpf.btf.parse import parse_btf
from pybpf.btf.vmlinux import VMLINUX, benchmark
from pybpf.errors import PybpfError


def _load(path: str) -> Btf:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise PybpfError(f"{path}: {e.strerror}") from None
    if data[:4] == b"\x7fELF":
        import io

        from elftools.common.exceptions import ELFError
        from elftools.elf.elffile import ELFFile

        try:
            section = ELFFile(io.BytesIO(data)).get_section_by_name(".BTF")
        except ELFError as e:
            raise PybpfError(f"{path}: not a valid ELF file: {e}") from None
        if section is None:
            raise PybpfError(f"{path}: no .BTF section (compile with -g)")
        data = section.data()
    return parse_btf(data, source=path)


def _bench(args) -> int:
    r = benchmark(args.path, args.repeat)
    print(f"{args.path}: {r['bytes']} bytes, {r['types']} types (best of {args.repeat})")
    rows = [("read file", "read"), ("parse: index every type", "parse"), ("name index (first lookup)", "name_index"),
            ("CO-RE essential-name index", "essential_index"), ("field lookup task_struct.pid", "field_lookup"),
            ("parse + decode and check all types", "decode_all")]
    for label, k in rows:
        if k in r:
            print(f"  {label:36s} {r[k] * 1e3:9.2f} ms")
    print(f"  {'load_vmlinux() (read + parse)':36s} {(r['read'] + r['parse']) * 1e3:9.2f} ms")
    return 0


def _dump(args) -> int:
    btf = _load(args.file)
    if args.c:
        sys.stdout.write(dump_c(btf))
        return 0
    for type_id, t in btf.types():
        print(f"[{type_id}] {btf.describe(type_id)}: {t}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pybpf.btf", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("bench", help="time parsing the kernel's BTF")
    b.add_argument("path", nargs="?", default=VMLINUX)
    b.add_argument("--repeat", type=int, default=3)
    b.set_defaults(func=_bench)
    d = sub.add_parser("dump", help="list the types of a BTF file or object")
    d.add_argument("file")
    d.add_argument("--c", action="store_true", help="print C declarations, like bpftool btf dump format c")
    d.set_defaults(func=_dump)
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except PybpfError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

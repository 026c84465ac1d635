#!/usr/bin/env python3
"""Build the C examples (``examples/**/*.c``) into BPF objects next to them, reproducibly.

    python examples/build.py                  # compile every example (clang-19 -target bpf -O2 -g)
    python examples/build.py --check          # fail if a committed .o differs from a fresh build
    python examples/build.py -o DIR a.c b.c   # compile given files into DIR (tests use this)
    python examples/build.py --cpu v4 ...     # -mcpu=v4 (default: clang's default, v3 for clang-19)

Each file is compiled from its own directory with its relative name and the debug compilation directory set to
".", so that neither DWARF nor BTF line info holds the absolute path of the checkout: the same source and the same
clang give the same bytes anywhere.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLAGS = ("-target", "bpf", "-O2", "-g", "-c", "-fdebug-compilation-dir=.")


def clang() -> str:
    path = os.environ.get("CLANG") or shutil.which("clang-19") or shutil.which("clang")
    if path is None:
        raise SystemExit("build.py: clang-19 not found (make deps installs it)")
    return path


def build(src: Path, out: Path, *, cpu: str | None = None, extra: tuple[str, ...] = ()) -> Path:
    """Compile ``src`` to ``out``; raises RuntimeError with clang's messages on failure."""
    src = src.resolve()
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [clang(), *FLAGS, f"-ffile-prefix-map={src.parent}=.", src.name, "-o", str(out), *extra]
    if cpu:
        cmd.append(f"-mcpu={cpu}")
    proc = subprocess.run(cmd, cwd=src.parent, capture_output=True, text=True, timeout=300)
    if proc.returncode:
        raise RuntimeError(f"{src}: clang failed:\n{proc.stderr}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="C files (default: every examples/**/*.c)")
    ap.add_argument("-o", "--out-dir", type=Path, help="write objects here (default: next to each source)")
    ap.add_argument("--cpu", help="-mcpu value (v1..v4)")
    ap.add_argument("--check", action="store_true", help="compare fresh builds with the existing .o files")
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.rglob("*.c"))
    failed = 0
    for src in files:
        target = (args.out_dir / (src.stem + ".o")) if args.out_dir else src.with_suffix(".o")
        try:
            if args.check:
                with tempfile.TemporaryDirectory() as tmp:
                    fresh = build(src, Path(tmp) / target.name, cpu=args.cpu)
                    if not target.exists() or target.read_bytes() != fresh.read_bytes():
                        print(f"{target}: differs from a fresh build", file=sys.stderr)
                        failed += 1
            else:
                build(src, target, cpu=args.cpu)
                print(target)
        except RuntimeError as err:
            print(err, file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

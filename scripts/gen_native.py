#!/usr/bin/env python3
"""Compile pybpf/maps/native/*.c to LLVM IR text (*.ll) with clang-19, byte for byte reproducibly.

The .ll files are committed; pybpf loads them with llvmlite at import time (pybpf/maps/_native.py). Run this after
editing the C sources; `--check` regenerates into a temporary directory and fails if the committed files differ.
The IR is made host-neutral: target-cpu / target-features / tune-cpu attributes are stripped (llvmlite sets the
host's triple, data layout and CPU when it compiles the IR), and the only external symbols allowed are LLVM
intrinsics and functions defined in another of these modules.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

NATIVE = Path(__file__).resolve().parent.parent / "pybpf" / "maps" / "native"
CLANG = "clang-19"
CFLAGS = [
    "-O2", "-S", "-emit-llvm", "-target", "x86_64-unknown-linux-gnu",
    "-std=c11", "-ffreestanding", "-fno-builtin", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
    "-fno-unwind-tables", "-fno-ident", "-fno-common", "-fno-unroll-loops", "-fno-vectorize", "-fno-slp-vectorize",
    "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter", "-Wno-unused-function",
]
_TARGET_ATTR = re.compile(r' "(?:target-cpu|target-features|tune-cpu)"="[^"]*"')


def compile_one(src: Path, out_dir: Path) -> Path:
    """Compile one C file (from inside the native directory, so paths in the IR are relative)."""
    out = out_dir / (src.stem + ".ll")
    subprocess.run([CLANG, *CFLAGS, src.name, "-o", str(out)], cwd=NATIVE, check=True)
    text = _TARGET_ATTR.sub("", out.read_text())
    out.write_text(text)
    return out


def check_symbols(lls: list[Path]) -> list[str]:
    """Every `declare` must be an LLVM intrinsic or defined by one of the modules: no libc, no surprises."""
    defined: set[str] = set()
    declared: dict[str, str] = {}
    for ll in lls:
        for line in ll.read_text().splitlines():
            if line.startswith("define "):
                defined.add(re.search(r"@([\w.]+)\(", line).group(1))
            elif line.startswith("declare "):
                declared[re.search(r"@([\w.]+)\(", line).group(1)] = ll.name
    return [f"{f}: undefined external {name}" for name, f in sorted(declared.items())
            if not name.startswith("llvm.") and name not in defined]


def generate(out_dir: Path) -> list[Path]:
    sources = sorted(NATIVE.glob("*.c"))
    if not sources:
        sys.exit(f"no C sources in {NATIVE}")
    return [compile_one(src, out_dir) for src in sources]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed .ll files are not up to date")
    args = ap.parse_args()
    if shutil.which(CLANG) is None:
        print(f"{CLANG} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        lls = generate(Path(tmp))
        problems = check_symbols(lls)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        stale = []
        for ll in lls:
            target = NATIVE / ll.name
            if args.check:
                if not target.exists() or target.read_bytes() != ll.read_bytes():
                    stale.append(target.name)
            else:
                shutil.copyfile(ll, target)
        if not args.check:
            wanted = {ll.name for ll in lls}
            for old in NATIVE.glob("*.ll"):
                if old.name not in wanted:
                    old.unlink()
    if stale:
        print("out of date (run scripts/gen_native.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    print(("up to date: " if args.check else "wrote: ") + ", ".join(ll.name for ll in lls))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Compile pybpf/helpers/native/*.c to LLVM IR text (*.ll) with clang-19, byte for byte reproducibly.

The sibling of scripts/gen_native.py (same compiler flags, same host-neutral IR): the helper modules include the map
library's pb.h and may call the map entry points (pb_map_*, pb_array_present...), which pybpf/helpers/_native.py
resolves to the loaded map code. Any other external symbol is refused. `--check` fails if the committed files differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELPERS = ROOT / "pybpf" / "helpers" / "native"
MAPS = ROOT / "pybpf" / "maps" / "native"


def _gen_native():
    spec = importlib.util.spec_from_file_location("gen_native", Path(__file__).resolve().parent / "gen_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _gen_native()


def compile_one(src: Path, out_dir: Path) -> Path:
    """Compile one C file from inside the helpers' directory (paths in the IR stay relative)."""
    out = out_dir / (src.stem + ".ll")
    subprocess.run([GEN.CLANG, *GEN.CFLAGS, "-I", "../../maps/native", src.name, "-o", str(out)], cwd=HELPERS,
                   check=True)
    out.write_text(GEN._TARGET_ATTR.sub("", out.read_text()))
    return out


def _names(path: Path, keyword: str) -> set[str]:
    return {re.search(r"@([\w.]+)\(", line).group(1) for line in path.read_text().splitlines()
            if line.startswith(keyword + " ")}


def check_symbols(lls: list[Path]) -> list[str]:
    """Every `declare` must be an LLVM intrinsic, defined by another helper module or by the map library."""
    defined: set[str] = set()
    for ll in [*lls, *MAPS.glob("*.ll")]:
        defined |= _names(ll, "define")
    return [f"{ll.name}: undefined external {name}" for ll in lls for name in sorted(_names(ll, "declare"))
            if not name.startswith("llvm.") and name not in defined]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed .ll files are not up to date")
    args = ap.parse_args()
    if shutil.which(GEN.CLANG) is None:
        print(f"{GEN.CLANG} not found", file=sys.stderr)
        return 2
    sources = sorted(HELPERS.glob("*.c"))
    if not sources:
        print(f"no C sources in {HELPERS}", file=sys.stderr)
        return 2
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        lls = [compile_one(src, Path(tmp)) for src in sources]
        problems = check_symbols(lls)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        for ll in lls:
            target = HELPERS / ll.name
            if args.check:
                if not target.exists() or target.read_bytes() != ll.read_bytes():
                    stale.append(target.name)
            else:
                shutil.copyfile(ll, target)
        if not args.check:
            wanted = {ll.name for ll in lls}
            for old in HELPERS.glob("*.ll"):
                if old.name not in wanted:
                    old.unlink()
    if stale:
        print("out of date (run scripts/gen_helpers_native.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    print(("up to date: " if args.check else "wrote: ") + ", ".join(p.stem + ".ll" for p in sources))
    return 0


if __name__ == "__main__":
    sys.exit(main())

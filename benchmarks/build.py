#!/usr/bin/env python3
"""Build the benchmark programs (``benchmarks/c/*.c``) into BPF objects next to them, reproducibly, with the same
compiler flags as the examples (``examples/build.py``, whose builder this reuses).

    python benchmarks/build.py            # compile every benchmark program
    python benchmarks/build.py --check    # fail if a committed .o differs from a fresh build
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _examples_build():
    spec = importlib.util.spec_from_file_location("pybpf_examples_build", HERE.parent / "examples" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return _examples_build().main([*args, *(str(p) for p in sorted((HERE / "c").glob("*.c")))])


if __name__ == "__main__":
    sys.exit(main())

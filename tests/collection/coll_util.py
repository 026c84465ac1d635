"""Shared by the collection tests: example paths, the kernel skip mark, and compiling small C programs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pybpf.kernel import bpf_available

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "c"
C_DIR = Path(__file__).resolve().parent / "c"
AVAILABLE, WHY = bpf_available()
kernel = pytest.mark.skipif(not AVAILABLE, reason=f"needs bpf(2): {WHY}")
CLANG = shutil.which("clang-19")
needs_clang = pytest.mark.skipif(CLANG is None, reason="clang-19 is not installed: cannot compile the C test programs")


def compile_c(name: str, out_dir: Path) -> Path:
    """tests/collection/c/<name>.c compiled with clang-19 -O2 -g -target bpf (the examples' header on the path)."""
    out = out_dir / f"{name}.o"
    proc = subprocess.run([CLANG, "-target", "bpf", "-O2", "-g", "-I", str(EXAMPLES), "-c", str(C_DIR / f"{name}.c"),
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    if proc.returncode:
        raise AssertionError(f"clang-19 failed on {name}.c:\n{proc.stderr}")
    return out

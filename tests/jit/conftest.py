"""JIT tests reuse the interpreter tests' program builders and random-program strategies (tests/vm)."""

from __future__ import annotations

import sys
from pathlib import Path

_VM_TESTS = str(Path(__file__).resolve().parents[1] / "vm")
if _VM_TESTS not in sys.path:
    sys.path.insert(0, _VM_TESTS)

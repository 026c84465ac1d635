"""Shared by the example tests: where the examples are, and whether the kernel side can run here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pybpf.kernel import bpf_available

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "c"
AVAILABLE, WHY = bpf_available()
kernel = pytest.mark.skipif(not AVAILABLE, reason=f"the kernel side needs bpf(2): {WHY}")

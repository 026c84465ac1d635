"""Where the public conformance data lives: ``$PYBPF_CONFORMANCE_DIR``, else ``../shared/conformance`` next to the
repository (the layout CI uses). Tests read it there and never copy it into the project."""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]


def conformance_dir() -> Path:
    """The folder holding ``bpf_conformance/`` and ``ubpf/`` (it may not exist; callers skip with a reason)."""
    env = os.environ.get("PYBPF_CONFORMANCE_DIR")
    return Path(env) if env else _REPO.parent / "shared" / "conformance"

"""Fixtures for the example tests."""

from __future__ import annotations

import pytest
from ex_util import EXAMPLES


@pytest.fixture
def obj():
    """obj(name) -> path of the committed examples/c/<name>.o."""
    def get(name: str):
        path = EXAMPLES / f"{name}.o"
        assert path.exists(), f"{path} is missing: run python examples/build.py"
        return path
    return get

"""Fixtures for the collection tests."""

from __future__ import annotations

import pytest
from coll_util import CLANG, compile_c


@pytest.fixture(scope="session")
def cobj(tmp_path_factory):
    """cobj(name) -> tests/collection/c/<name>.c compiled (once per session)."""
    if CLANG is None:
        pytest.skip("clang-19 is not installed: cannot compile the C test programs")
    out = tmp_path_factory.mktemp("collection_objs")
    cache: dict = {}

    def get(name: str):
        if name not in cache:
            cache[name] = compile_c(name, out)
        return cache[name]
    return get

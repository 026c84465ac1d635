"""Fixtures for BTF tests: compiled C objects (once per session) and the host's vmlinux BTF."""

from __future__ import annotations

import pytest
from btf_testutil import C_DIR, CLANG, CLANG_MISSING, HAVE_VMLINUX, VMLINUX_MISSING, BpfObject, compile_c


@pytest.fixture(scope="session")
def bpf_objects(tmp_path_factory):
    """name -> BpfObject, compiled lazily."""
    if CLANG is None:
        pytest.skip(CLANG_MISSING)
    out_dir = tmp_path_factory.mktemp("btf_objs")
    cache: dict[str, BpfObject] = {}

    def get(name: str) -> BpfObject:
        if name not in cache:
            cache[name] = BpfObject(compile_c(C_DIR / f"{name}.c", out_dir))
        return cache[name]

    return get


@pytest.fixture(scope="session")
def kinds(bpf_objects) -> BpfObject:
    return bpf_objects("kinds")


@pytest.fixture(scope="session")
def core_obj(bpf_objects) -> BpfObject:
    return bpf_objects("core")


@pytest.fixture(scope="session")
def vmlinux():
    if not HAVE_VMLINUX:
        pytest.skip(VMLINUX_MISSING)
    from pybpf.btf import load_vmlinux

    return load_vmlinux()

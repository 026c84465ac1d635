"""Fixtures for ELF loader tests: the C test programs compiled once per session (per -mcpu), loaded specs."""

from __future__ import annotations

import pytest
from elf_testutil import C_DIR, CLANG, CLANG_MISSING, compile_c

from pybpf.elf import load_collection_spec

OBJECTS = ("progs", "maps", "data", "core", "legacy", "legacy_compat", "throw", "samesec")
CPUS = ("v1", "v2", "v3", "v4")


@pytest.fixture(scope="session")
def build(tmp_path_factory):
    """build(name, cpu=None) -> path of tests/elf/c/<name>.c compiled (cached for the session)."""
    if CLANG is None:
        pytest.skip(CLANG_MISSING)
    out_dir = tmp_path_factory.mktemp("elf_objs")
    cache: dict[tuple[str, str | None], object] = {}

    def get(name: str, cpu: str | None = None):
        key = (name, cpu)
        if key not in cache:
            extra = (f"-mcpu={cpu}",) if cpu else ()
            cache[key] = compile_c(C_DIR / f"{name}.c", out_dir / f"{name}{'_' + cpu if cpu else ''}.o", *extra)
        return cache[key]

    return get


@pytest.fixture(scope="session")
def spec_of(build):
    """spec_of(name, cpu=None) -> CollectionSpec (cached; tests must not mutate it: load their own to do so)."""
    cache = {}

    def get(name: str, cpu: str | None = None):
        key = (name, cpu)
        if key not in cache:
            cache[key] = load_collection_spec(build(name, cpu))
        return cache[key]

    return get


@pytest.fixture(scope="session")
def vmlinux():
    from pybpf.btf import vmlinux as vm

    if not vm.available():
        pytest.skip(f"{vm.VMLINUX} is absent (kernel without CONFIG_DEBUG_INFO_BTF)")
    return vm.load_vmlinux()

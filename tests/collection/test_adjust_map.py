"""Map specs as a loader creates them: libbpf's size adjustments and cilium/ebpf's key/value fixups, checked against
the kernel, which refuses the unadjusted forms with EINVAL."""

from __future__ import annotations

import pytest

from pybpf.collection.backend import adjust_map, adjust_ringbuf_size
from pybpf.errors import KernelError
from pybpf.kernel import bpf_available
from pybpf.kernel.maps import create_map
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapType


def test_ringbuf_records_type_only_documents_them() -> None:
    spec = adjust_map(MapSpec("events", MapType.RINGBUF, 0, 28, 1 << 24, value_type=object()), 4)
    assert (spec.key_size, spec.value_size, spec.value_type, spec.max_entries) == (0, 0, None, 1 << 24)


def test_ringbuf_size_rounded_to_pages() -> None:
    assert adjust_map(MapSpec("rb", MapType.RINGBUF, max_entries=5000), 4).max_entries == adjust_ringbuf_size(5000)
    assert adjust_ringbuf_size(5000) % 4096 == 0


def test_perf_event_array_is_an_fd_per_cpu() -> None:
    spec = adjust_map(MapSpec("events", MapType.PERF_EVENT_ARRAY, 0, 84, 0), 3)
    assert (spec.key_size, spec.value_size, spec.max_entries) == (4, 4, 3)


def test_other_maps_are_left_alone() -> None:
    spec = MapSpec("h", MapType.HASH, 4, 8, 16)
    assert adjust_map(spec, 2) is spec


@pytest.mark.skipif(not bpf_available()[0], reason="bpf(2) is not available here")
@pytest.mark.parametrize("spec", [MapSpec("rb", MapType.RINGBUF, 0, 28, 4096),
                                  MapSpec("pe", MapType.PERF_EVENT_ARRAY, 0, 84, 0)])
def test_kernel_refuses_the_raw_spec_and_accepts_the_adjusted_one(spec: MapSpec) -> None:
    with pytest.raises(KernelError):
        create_map(spec.type, spec.key_size, spec.value_size, spec.max_entries or 2).close()
    fixed = adjust_map(spec, 2)
    create_map(fixed.type, fixed.key_size, fixed.value_size, fixed.max_entries).close()


def test_kconfig_numbers_fill_bool_externs_like_libbpf() -> None:
    """libbpf declares LINUX_HAS_BPF_COOKIE as ``extern bool``: a number 0/1 fills it (set_kcfg_value_num)."""
    from pybpf.collection.backend import _kconfig_value
    from pybpf.elf.spec import KconfigExtern, KconfigKind
    from pybpf.errors import LoadError

    ext = KconfigExtern(name="LINUX_HAS_BPF_COOKIE", type_id=1, kind=KconfigKind.BOOL, size=1, align=1, offset=0,
                        signed=False, weak=False)
    assert _kconfig_value(ext, 1, "x.o") == b"\x01"
    assert _kconfig_value(ext, "y", "x.o") == b"\x01"
    with pytest.raises(LoadError, match="boolean compatible"):
        _kconfig_value(ext, 2, "x.o")

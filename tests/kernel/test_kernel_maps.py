"""The bpf(2) map wrapper: create, element commands with Linux's errno values, iteration, per-CPU, pinning, BTF."""

from __future__ import annotations

import errno
import os
import struct
import subprocess
import uuid

import pytest

from pybpf.errors import KernelError
from pybpf.kernel import (
    KernelMap,
    MapFlag,
    MapType,
    UpdateFlag,
    bpf_available,
    create_map,
    get_pinned,
    load_btf,
    pin_object,
    possible_cpus,
)

AVAILABLE, WHY = bpf_available()
pytestmark = [pytest.mark.kernel, pytest.mark.skipif(not AVAILABLE, reason=WHY)]


def errno_of(fn, *args, **kwargs) -> int:
    with pytest.raises(KernelError) as info:
        fn(*args, **kwargs)
    return info.value.errno


def test_array_crud_and_errnos() -> None:
    with create_map(MapType.ARRAY, 4, 8, 4, name="arr") as m:
        assert isinstance(m, KernelMap) and "arr" in repr(m) and m.value_buffer_size == 8
        assert m.lookup(0) == bytes(8)  # array elements always exist, zeroed
        m.update(2, struct.pack("<q", -5))
        assert struct.unpack("<q", m.lookup(2))[0] == -5
        assert errno_of(m.lookup, 4) == errno.ENOENT  # index past max_entries
        assert errno_of(m.update, 4, bytes(8)) == errno.E2BIG
        assert errno_of(m.update, 1, bytes(8), UpdateFlag.NOEXIST) == errno.EEXIST
        assert errno_of(m.delete, 1) == errno.EINVAL  # array elements cannot be deleted
        assert list(m.keys()) == [struct.pack("<I", i) for i in range(4)]
        assert m.next_key(3) is None


def test_hash_crud_and_errnos() -> None:
    with create_map(MapType.HASH, 8, 4, 2, name="h") as m:
        assert errno_of(m.lookup, 1) == errno.ENOENT
        assert errno_of(m.update, 1, b"abcd", UpdateFlag.EXIST) == errno.ENOENT
        m.update(1, b"abcd", UpdateFlag.NOEXIST)
        assert errno_of(m.update, 1, b"wxyz", UpdateFlag.NOEXIST) == errno.EEXIST
        m.update(1, b"wxyz", UpdateFlag.EXIST)
        m.update(2, b"2222")
        assert errno_of(m.update, 3, b"3333") == errno.E2BIG  # full
        assert dict(m.items()) == {struct.pack("<Q", 1): b"wxyz", struct.pack("<Q", 2): b"2222"}
        assert m.lookup_and_delete(2) == b"2222"
        assert errno_of(m.delete, 2) == errno.ENOENT
        assert m.next_key(None) == struct.pack("<Q", 1)
        assert m.next_key(12345) == struct.pack("<Q", 1)  # a missing key restarts at the first
        assert m.next_key(1) is None
        assert errno_of(m.update, 1, b"toolong") == errno.EINVAL  # checked before the kernel sees it
        assert errno_of(m.lookup, b"\0" * 4) == errno.EINVAL


def test_bad_create_parameters() -> None:
    assert errno_of(create_map, MapType.HASH, 0, 4, 1) == errno.EINVAL  # zero key size
    assert errno_of(create_map, MapType.ARRAY, 4, 4, 0) == errno.EINVAL  # zero max_entries
    assert errno_of(create_map, MapType.ARRAY, 8, 4, 1) == errno.EINVAL  # array keys are u32
    assert errno_of(create_map, 9999, 4, 4, 1) == errno.EINVAL  # no such map type
    assert errno_of(create_map, MapType.HASH, 4, 4, 1, MapFlag.MMAPABLE) == errno.EINVAL


def test_queue_and_stack_take_no_key() -> None:
    with create_map(MapType.QUEUE, 0, 4, 3) as q:
        for v in (1, 2, 3):
            q.update(None, v)
        assert errno_of(q.update, None, 4) == errno.E2BIG
        assert q.lookup(None) == struct.pack("<I", 1)  # peek
        assert [q.lookup_and_delete() for _ in range(3)] == [struct.pack("<I", v) for v in (1, 2, 3)]
        assert errno_of(q.lookup_and_delete) == errno.ENOENT
    with create_map(MapType.STACK, 0, 4, 3) as s:
        s.update(None, 1)
        s.update(None, 2)
        assert s.lookup_and_delete() == struct.pack("<I", 2)


def test_freeze_blocks_user_writes() -> None:
    with create_map(MapType.ARRAY, 4, 4, 1, flags=MapFlag.RDONLY_PROG) as m:
        m.update(0, 7)
        m.freeze()
        assert errno_of(m.update, 0, 8) == errno.EPERM
        assert m.lookup(0) == struct.pack("<I", 7)


def test_percpu_values() -> None:
    n = possible_cpus()
    with create_map(MapType.PERCPU_ARRAY, 4, 4, 1) as m:
        assert m.percpu and m.value_buffer_size == 8 * n
        m.update(0, [struct.pack("<I", i) for i in range(n)])
        assert m.lookup_percpu(0) == [struct.pack("<I", i) for i in range(n)]
        assert errno_of(m.update, 0, b"\0" * 4) == errno.EINVAL  # one value for every possible CPU


def test_possible_cpus_counts_the_mask() -> None:
    with open("/sys/devices/system/cpu/possible") as fh:
        text = fh.read().strip()
    assert possible_cpus() >= 1
    if text.isdigit():
        assert possible_cpus() == 1


def test_map_in_map_and_prog_array_take_fds() -> None:
    with create_map(MapType.ARRAY, 4, 4, 1) as inner, \
            create_map(MapType.ARRAY_OF_MAPS, 4, 4, 2, inner_map_fd=inner.fd) as outer:
        outer.update(0, inner.fd)
        assert len(outer.lookup(0)) == 4  # lookups give the inner map's id
        assert errno_of(outer.update, 1, 9999) == errno.EBADF


def test_from_fd_reads_map_info() -> None:
    with create_map(MapType.HASH, 4, 16, 10, name="infomap") as m:
        m.update(1, bytes(range(16)))
        with KernelMap.from_fd(os.dup(m.fd)) as dup:
            assert (dup.map_type, dup.key_size, dup.value_size, dup.max_entries, dup.name) == \
                (MapType.HASH, 4, 16, 10, "infomap")
            assert dup.lookup(1) == bytes(range(16))


@pytest.fixture
def bpffs(tmp_path):
    """A bpffs directory: /sys/fs/bpf when mounted, else a private mount under tmp_path (root only)."""
    if os.path.ismount("/sys/fs/bpf"):
        yield "/sys/fs/bpf"
        return
    target = tmp_path / "bpffs"
    target.mkdir()
    if subprocess.run(["mount", "-t", "bpf", "bpf", str(target)], capture_output=True).returncode:
        pytest.skip("no bpffs: /sys/fs/bpf is not mounted and mounting one needs CAP_SYS_ADMIN")
    try:
        yield str(target)
    finally:
        subprocess.run(["umount", str(target)], capture_output=True)


def test_pin_and_get(bpffs: str) -> None:
    with create_map(MapType.HASH, 4, 16, 10, name="pinned") as m:
        m.update(1, bytes(range(16)))
        path = f"{bpffs}/pybpf-test-{uuid.uuid4().hex[:12]}"
        pin_object(m.fd, path)
        try:
            with KernelMap.from_fd(get_pinned(path)) as again:
                assert again.name == "pinned" and again.lookup(1) == bytes(range(16))
            assert errno_of(pin_object, m.fd, path) == errno.EEXIST
        finally:
            os.unlink(path)
        assert errno_of(get_pinned, path) == errno.ENOENT


def _btf_blob(int_bits: int = 32) -> bytes:
    strings = b"\0int\0"
    int_type = struct.pack("<III", 1, 1 << 24, 4) + struct.pack("<I", (1 << 24) | int_bits)  # signed int
    header = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(int_type), len(int_type), len(strings))
    return header + int_type + strings


def test_btf_load_and_typed_map() -> None:
    with load_btf(_btf_blob()) as btf, \
            create_map(MapType.HASH, 4, 4, 1, btf_fd=btf.fd, btf_key_type_id=1, btf_value_type_id=1) as m:
        m.update(-1, -2)
        assert m.lookup(-1) == struct.pack("<i", -2)
    with pytest.raises(KernelError) as info:
        load_btf(_btf_blob(int_bits=200))
    assert info.value.errno == errno.EINVAL and info.value.log

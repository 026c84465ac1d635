"""Maps in the kernel: BPF_MAP_CREATE and the element commands, with Linux's errno on every failure."""

from __future__ import annotations

import ctypes
import errno as _errno
import functools
import os
from collections.abc import Iterator, Sequence

from pybpf.errors import KernelError
from pybpf.kernel.syscall import FdOwner, MapCreateAttr, MapElemAttr, address, bpf, map_info
from pybpf.uapi import OBJ_NAME_LEN, BpfCmd, MapType

PERCPU_TYPES = frozenset({MapType.PERCPU_HASH, MapType.PERCPU_ARRAY, MapType.LRU_PERCPU_HASH,
                          MapType.PERCPU_CGROUP_STORAGE})

Buf = bytes | bytearray | int


@functools.cache
def possible_cpus() -> int:
    """Number of possible CPUs (``/sys/devices/system/cpu/possible``), the per-CPU value count Linux uses."""
    try:
        with open("/sys/devices/system/cpu/possible", encoding="ascii") as fh:
            text = fh.read().strip()
    except OSError:
        return os.cpu_count() or 1
    count = 0
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        count += (int(hi) if hi else int(lo)) - int(lo) + 1
    return count


class KernelMap(FdOwner):
    """A kernel map (owns its fd). Keys and values are bytes of exactly key_size / value_size, or ints
    (little-endian). Per-CPU maps move one value per possible CPU: see :meth:`lookup_percpu`."""

    def __init__(self, fd: int, map_type: MapType | int, key_size: int, value_size: int, max_entries: int,
                 flags: int = 0, name: str = "") -> None:
        super().__init__(fd)
        try:
            self.map_type: MapType | int = MapType(map_type)
        except ValueError:
            self.map_type = map_type  # a type newer than our uapi table
        self.key_size = key_size
        self.value_size = value_size
        self.max_entries = max_entries
        self.flags = flags
        self.name = name

    @classmethod
    def from_fd(cls, fd: int) -> KernelMap:
        """Wrap (and take ownership of) an existing map fd, e.g. from :func:`get_pinned`."""
        info = map_info(fd)
        return cls(fd, info.type, info.key_size, info.value_size, info.max_entries, info.map_flags,
                   info.name.decode(errors="replace"))

    def __repr__(self) -> str:
        kind = self.map_type.name.lower() if isinstance(self.map_type, MapType) else str(self.map_type)
        state = "closed" if self.closed else f"fd {self._fd}"
        return f"KernelMap({self.name or '<unnamed>'}, {kind}, key {self.key_size}, value {self.value_size}, " \
               f"max_entries {self.max_entries}, {state})"

    # -- buffers ----------------------------------------------------------------------------------------------
    @property
    def percpu(self) -> bool:
        return self.map_type in PERCPU_TYPES

    @property
    def value_buffer_size(self) -> int:
        """Bytes the kernel copies for one value: per-CPU maps hold round_up(value_size, 8) per possible CPU."""
        if self.percpu:
            return (self.value_size + 7) // 8 * 8 * possible_cpus()
        return self.value_size

    def _label(self) -> str:
        return f"map {self.name}" if self.name else f"map fd {self._fd}"

    def _buf(self, value: Buf | None, size: int, what: str) -> ctypes.Array | None:
        if value is None:
            if size:
                raise KernelError(_errno.EINVAL, f"{self._label()}: a {what} is required ({what} size {size})")
            return None
        if isinstance(value, int):
            try:
                value = value.to_bytes(size, "little", signed=value < 0)
            except OverflowError:
                raise KernelError(_errno.EINVAL, f"{self._label()}: {what} {value} does not fit in {size} "
                                                 "bytes") from None
        if len(value) != size:
            raise KernelError(_errno.EINVAL, f"{self._label()}: {what} is {len(value)} bytes, must be {size}")
        return ctypes.create_string_buffer(bytes(value), size) if size else None

    def _elem(self, cmd: BpfCmd, key: ctypes.Array | None, value: ctypes.Array | None, flags: int,
              what: str) -> None:
        attr = MapElemAttr(map_fd=self.fd, key=address(key), value=address(value), flags=flags)
        bpf(cmd, attr, what=f"{self._label()}: {what}")

    # -- element commands -------------------------------------------------------------------------------------
    def lookup(self, key: Buf | None, flags: int = 0) -> bytes:
        """The value at ``key`` (raw buffer for per-CPU maps); ENOENT raises. Queue/stack/bloom take no key."""
        k = self._buf(key, self.key_size, "key")
        out = ctypes.create_string_buffer(self.value_buffer_size)
        self._elem(BpfCmd.MAP_LOOKUP_ELEM, k, out, flags, "BPF_MAP_LOOKUP_ELEM")
        return out.raw

    def lookup_percpu(self, key: Buf | None, flags: int = 0) -> list[bytes]:
        """One value per possible CPU (per-CPU maps)."""
        return self.split_percpu(self.lookup(key, flags))

    def split_percpu(self, raw: bytes) -> list[bytes]:
        stride = (self.value_size + 7) // 8 * 8
        return [raw[i:i + self.value_size] for i in range(0, len(raw), stride)]

    def update(self, key: Buf | None, value: Buf | Sequence[bytes], flags: int = 0) -> None:
        """Set ``key`` to ``value`` (flags: UpdateFlag ANY/NOEXIST/EXIST/LOCK). Per-CPU maps take a raw buffer or
        a sequence of one value per possible CPU. Queue/stack/bloom take ``key=None`` (push)."""
        k = self._buf(key, self.key_size, "key")
        if isinstance(value, list | tuple):
            stride = (self.value_size + 7) // 8 * 8
            value = b"".join(bytes(v).ljust(stride, b"\0") for v in value)
        v = self._buf(value, self.value_buffer_size, "value")  # type: ignore[arg-type]
        self._elem(BpfCmd.MAP_UPDATE_ELEM, k, v, flags, "BPF_MAP_UPDATE_ELEM")

    def delete(self, key: Buf | None) -> None:
        self._elem(BpfCmd.MAP_DELETE_ELEM, self._buf(key, self.key_size, "key"), None, 0, "BPF_MAP_DELETE_ELEM")

    def lookup_and_delete(self, key: Buf | None = None, flags: int = 0) -> bytes:
        """Remove and return the value at ``key``; for a queue or stack (``key=None``) this is pop."""
        k = self._buf(key, self.key_size, "key")
        out = ctypes.create_string_buffer(self.value_buffer_size)
        self._elem(BpfCmd.MAP_LOOKUP_AND_DELETE_ELEM, k, out, flags, "BPF_MAP_LOOKUP_AND_DELETE_ELEM")
        return out.raw

    def next_key(self, key: Buf | None = None) -> bytes | None:
        """The key after ``key`` (the first key for None, or for a key no longer in the map); None at the end."""
        k = None if key is None else self._buf(key, self.key_size, "key")
        out = ctypes.create_string_buffer(max(self.key_size, 1))
        try:
            self._elem(BpfCmd.MAP_GET_NEXT_KEY, k, out, 0, "BPF_MAP_GET_NEXT_KEY")
        except KernelError as err:
            if err.errno == _errno.ENOENT:
                return None
            raise
        return out.raw[:self.key_size]

    def freeze(self) -> None:
        """BPF_MAP_FREEZE: no more writes from user space (programs may still write unless RDONLY_PROG)."""
        bpf(BpfCmd.MAP_FREEZE, MapElemAttr(map_fd=self.fd), what=f"{self._label()}: BPF_MAP_FREEZE")

    # -- iteration --------------------------------------------------------------------------------------------
    def keys(self) -> Iterator[bytes]:
        key = self.next_key(None)
        while key is not None:
            yield key
            key = self.next_key(key)

    __iter__ = keys

    def items(self) -> Iterator[tuple[bytes, bytes]]:
        """(key, value) pairs; keys deleted while iterating are skipped."""
        for key in self.keys():
            try:
                yield key, self.lookup(key)
            except KernelError as err:
                if err.errno != _errno.ENOENT:
                    raise


def create_map(map_type: MapType | int, key_size: int, value_size: int, max_entries: int, flags: int = 0,
               name: str | None = None, *, inner_map_fd: int | None = None, numa_node: int = 0,
               map_ifindex: int = 0, btf_fd: int | None = None, btf_key_type_id: int = 0,
               btf_value_type_id: int = 0, btf_vmlinux_value_type_id: int = 0, map_extra: int = 0,
               value_type_btf_obj_fd: int = 0) -> KernelMap:
    """BPF_MAP_CREATE; errors raise :class:`KernelError` with Linux's errno (EINVAL, E2BIG, ENOMEM, EPERM...)."""
    label = (name or "")[:OBJ_NAME_LEN - 1]
    kind = MapType(map_type).name.lower() if map_type in MapType._value2member_map_ else str(map_type)
    attr = MapCreateAttr(
        map_type=map_type, key_size=key_size, value_size=value_size, max_entries=max_entries, map_flags=flags,
        inner_map_fd=inner_map_fd or 0, numa_node=numa_node, map_name=label.encode(), map_ifindex=map_ifindex,
        btf_fd=btf_fd or 0, btf_key_type_id=btf_key_type_id, btf_value_type_id=btf_value_type_id,
        btf_vmlinux_value_type_id=btf_vmlinux_value_type_id, map_extra=map_extra,
        value_type_btf_obj_fd=value_type_btf_obj_fd,
    )
    what = f"BPF_MAP_CREATE of {('map ' + label) if label else 'map'} ({kind}, key {key_size}, value " \
           f"{value_size}, max_entries {max_entries}, flags 0x{flags:x})"
    fd = bpf(BpfCmd.MAP_CREATE, attr, what=what)
    return KernelMap(fd, map_type, key_size, value_size, max_entries, flags, label)

"""The backend interface a Collection drives, and the load-time decisions both backends share (libbpf's).

A backend creates maps, loads programs, fills prog-array / map-in-map slots and runs programs; the Collection calls
it in libbpf's order. What does not depend on the backend lives here: map specs adjusted like libbpf adjusts them
(ring buffer sizes, perf_event_array sizes), the values of ``.kconfig`` externs, license compatibility, CO-RE.
"""

from __future__ import annotations

import gzip
import os
import platform
import re
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pybpf.errors import LoadError
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapType

if TYPE_CHECKING:
    from pybpf.btf.btf import Btf
    from pybpf.collection.result import RunResult
    from pybpf.elf.spec import CollectionSpec, KconfigExtern, ProgramSpec

# license_is_gpl_compatible (include/linux/license.h)
GPL_LICENSES = frozenset({"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL",
                          "Dual MPL/GPL"})
UINT_MAX = (1 << 32) - 1


def gpl_compatible(license: str) -> bool:
    return license in GPL_LICENSES


def page_size() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 4096


def adjust_ringbuf_size(size: int) -> int:
    """libbpf's adjust_ringbuf_sz: the smallest power-of-two multiple of the page size >= ``size`` (0 stays 0)."""
    if size == 0:
        return 0
    page = page_size()
    mul = 1
    while mul <= UINT_MAX // page:
        if mul * page >= size:
            return mul * page
        mul <<= 1
    return size


def adjust_map(spec: MapSpec, nr_cpus: int) -> MapSpec:
    """``spec`` as libbpf creates it: ring buffer sizes rounded up, perf_event_array without max_entries sized to
    the possible CPUs (recursively for inner maps). Like cilium/ebpf (libbpf leaves them to fail with EINVAL),
    a ``__type(value, ...)`` on a ring buffer or arena only documents the records (their key and value sizes must
    be 0), and a perf_event_array's key and value are always 4-byte (an fd per CPU) whatever BTF says."""
    changes: dict[str, Any] = {}
    if spec.type in (MapType.RINGBUF, MapType.USER_RINGBUF, MapType.ARENA) and \
            (spec.key_size or spec.value_size or spec.key_type is not None or spec.value_type is not None):
        changes.update(key_size=0, value_size=0, key_type=None, value_type=None)
    if spec.type == MapType.RINGBUF:
        size = adjust_ringbuf_size(spec.max_entries)
        if size != spec.max_entries:
            changes["max_entries"] = size
    elif spec.type == MapType.PERF_EVENT_ARRAY:
        if not spec.max_entries:
            changes["max_entries"] = nr_cpus
        if (spec.key_size, spec.value_size) != (4, 4):
            changes.update(key_size=4, value_size=4, key_type=None, value_type=None)
    if spec.inner_map is not None:
        inner = adjust_map(spec.inner_map, nr_cpus)
        if inner is not spec.inner_map:
            changes["inner_map"] = inner
    return spec.replace(**changes) if changes else spec


# -- .kconfig ----------------------------------------------------------------------------------------------------
def kernel_version_code(release: str | None = None) -> int:
    """LINUX_KERNEL_VERSION as libbpf computes it from uname: KERNEL_VERSION(major, minor, min(patch, 255))."""
    nums = re.findall(r"\d+", (release or platform.release()).split("-")[0])[:3]
    parts = [int(n) for n in nums] + [0] * (3 - len(nums))
    return (parts[0] << 16) | (parts[1] << 8) | min(parts[2], 255)


def host_kconfig() -> dict[str, str]:
    """The running kernel's configuration (``/proc/config.gz``, else ``/boot/config-$(uname -r)``): name -> raw
    value ("y", "m", "42", '"text"'); empty when neither exists."""
    out: dict[str, str] = {}
    text = ""
    try:
        with gzip.open("/proc/config.gz", "rt", errors="replace") as fh:
            text = fh.read()
    except OSError:
        try:
            with open(f"/boot/config-{platform.release()}", errors="replace") as fh:
                text = fh.read()
        except OSError:
            return out
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.startswith("CONFIG_"):
            out[name] = value.strip()
    return out


def kconfig_bytes(spec: CollectionSpec, overrides: Mapping[str, Any] | None = None,
                  config: Mapping[str, str] | None = None) -> bytes:
    """The initial value of the ``.kconfig`` map: every extern's value at its offset (libbpf's
    bpf_object__read_kconfig_file / set_kcfg_value_*). ``overrides`` (name -> int, bool, or str) win over the host's
    configuration; a missing non-weak extern is a LoadError, a missing weak one is zero."""
    kmap = next((m for m in spec.maps.values() if m.name.endswith(".kconfig")), None)
    if kmap is None:
        return b""
    buf = bytearray(kmap.value_size)
    cfg = None
    for ext in spec.kconfig:
        value: Any = None
        if overrides is not None and ext.name in overrides:
            value = overrides[ext.name]
        elif ext.name == "LINUX_KERNEL_VERSION":
            value = kernel_version_code()
        elif ext.name.startswith("CONFIG_"):
            if cfg is None:
                cfg = dict(config) if config is not None else host_kconfig()
            value = cfg.get(ext.name)
        elif ext.name in ("LINUX_HAS_BPF_COOKIE", "LINUX_HAS_SYSCALL_WRAPPER"):
            value = 1  # Linux >= 5.15 has both; pybpf's reference is 6.18
        if value is None:
            if not ext.weak:
                raise LoadError(f"extern (kconfig) {ext.name!r}: value not found (pass kconfig={{...}})",
                                file=spec.path)
            continue
        buf[ext.offset:ext.offset + ext.size] = _kconfig_value(ext, value, spec.path)
    return bytes(buf)


def _kconfig_value(ext: KconfigExtern, value: Any, path: str | None) -> bytes:
    """One extern's bytes from a configuration value, with libbpf's rules: y/n/m for bool, tristate and char
    externs, a quoted string for char arrays, a number for int and char externs."""
    from pybpf.elf.spec import KconfigKind as K

    def bad(why: str) -> LoadError:
        return LoadError(f"extern (kconfig) {ext.name!r}: {why}", file=path)

    if isinstance(value, bool):
        value = "y" if value else "n"
    text = str(value) if not isinstance(value, int) else None
    if text is not None and text in ("y", "n", "m"):
        if ext.kind == K.BOOL:
            if text == "m":
                raise bad("value 'm' implies tristate or char type")
            number = int(text == "y")
        elif ext.kind == K.TRISTATE:
            number = {"n": 0, "y": 1, "m": 2}[text]
        elif ext.kind == K.CHAR:
            number = ord(text)
        else:
            raise bad(f"value '{text}' implies bool, tristate, or char type")
    elif text is not None and text.startswith('"'):
        if ext.kind != K.CHAR_ARRAY:
            raise bad(f"value {text} implies a char array")
        raw = text[1:-1] if len(text) >= 2 and text.endswith('"') else text[1:]
        return raw.encode()[:ext.size - 1].ljust(ext.size, b"\0")
    else:
        if ext.kind not in (K.INT, K.CHAR, K.BOOL):  # libbpf's set_kcfg_value_num
            raise bad(f"value {value!r} implies integer, char, or boolean type")
        try:
            number = value if text is None else int(text, 0)
        except ValueError:
            raise bad(f"value {text!r} is not a number") from None
        if ext.kind == K.BOOL and not 0 <= number <= 1:
            raise bad(f"value {number} isn't boolean compatible")
    try:
        return number.to_bytes(ext.size, "little", signed=number < 0)
    except OverflowError:
        raise bad(f"value {number} does not fit in {ext.size} bytes") from None


def relocate(spec: CollectionSpec, program: ProgramSpec, target_btf: Btf | list[Btf] | None,
             relocator_cache: dict) -> ProgramSpec:
    """``program`` with its CO-RE relocations applied against ``target_btf`` (default: the host's vmlinux BTF); one
    relocator per collection, as libbpf shares candidate lists between the programs of an object."""
    if not program.core_relos:
        return program
    from pybpf.btf.core import CoreRelocator
    from pybpf.elf.core import apply_core

    if spec.btf is None:
        raise LoadError("CO-RE relocations need the object's BTF, which is missing", file=spec.path,
                        program=program.name)
    relocator = relocator_cache.get("relocator")
    if relocator is None:
        if target_btf is None:
            from pybpf.btf.vmlinux import load_vmlinux
            target_btf = load_vmlinux()
        relocator = relocator_cache["relocator"] = CoreRelocator(spec.btf, target_btf)
    relocated, _ = apply_core(program, spec.btf, target_btf or [], relocator)
    return relocated


class Backend(ABC):
    """What a Collection needs from an engine. Objects returned by :meth:`create_map` are the user's map handles
    (dict-like, the API of :class:`pybpf.maps.Map`); :meth:`load_program` returns backend state kept by the
    Program handle."""

    name: str = ""

    @property
    def verified(self) -> set[str]:
        """Names of the programs pybpf's verifier accepted before they were loaded (engines may trust them)."""
        if "_verified" not in self.__dict__:
            self._verified: set[str] = set()
        return self._verified

    @abstractmethod
    def create_map(self, name: str, spec: MapSpec, initial: bytes | None = None) -> Any:
        """Create map ``name`` from ``spec`` (already adjusted); ``initial`` replaces the value of key 0 before the
        map is frozen (the .kconfig map)."""

    @abstractmethod
    def load_program(self, program: ProgramSpec) -> Any:
        """Load a linked program whose map references resolve to the maps created so far."""

    @abstractmethod
    def set_slot(self, map_handle: Any, index: int, target: Any) -> None:
        """Put a loaded program (prog arrays) or a map handle (maps of maps) in slot ``index``."""

    @abstractmethod
    def run(self, loaded: Any, program: ProgramSpec, data: bytes, ctx: bytes | None, repeat: int,
            cpu: int | None) -> RunResult:
        """One BPF_PROG_TEST_RUN-like run."""

    @abstractmethod
    def object_id(self, handle: Any) -> int:
        """The id of a loaded program or created map (what prog arrays and maps of maps hold)."""

    @abstractmethod
    def close(self) -> None:
        """Release everything (maps, programs, fds)."""

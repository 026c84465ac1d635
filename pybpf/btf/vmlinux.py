"""The running kernel's BTF: ``/sys/kernel/btf/vmlinux`` and the module BTFs beside it (split on vmlinux).

vmlinux BTF has ~100k types: it is indexed in one pass (tens of ms) and types are decoded only when used, so loading
it costs little. ``python -m pybpf.btf bench`` times the steps (a benchmark, not a test).
"""

from __future__ import annotations

import os
import threading
import time

from pybpf.btf.btf import Btf
from pybpf.btf.parse import parse_btf
from pybpf.errors import LoadError

SYSFS_BTF = "/sys/kernel/btf"
VMLINUX = os.path.join(SYSFS_BTF, "vmlinux")

_lock = threading.Lock()
_cache: dict[tuple[str, int, int], Btf] = {}


def _read(path: str) -> tuple[bytes, tuple[str, int, int]]:
    try:
        st = os.stat(path)
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise LoadError(f"kernel BTF not available: {path} does not exist (kernel built without "
                        "CONFIG_DEBUG_INFO_BTF?)", file=path) from None
    except OSError as e:
        raise LoadError(f"cannot read kernel BTF: {e.strerror}", file=path) from None
    return data, (os.path.realpath(path), st.st_ino, st.st_mtime_ns)


def available(path: str = VMLINUX) -> bool:
    """Whether the kernel BTF at ``path`` can be read."""
    return os.access(path, os.R_OK)


def load_vmlinux(path: str = VMLINUX, *, cache: bool = True) -> Btf:
    """The kernel's BTF (types decoded lazily). Cached per file, so CO-RE of many objects parses it once."""
    data, key = _read(path)
    if cache:
        with _lock:
            btf = _cache.get(key)
            if btf is None:
                btf = parse_btf(data, source=path, validate=False)
                _cache[key] = btf
            return btf
    return parse_btf(data, source=path, validate=False)


def list_modules(root: str = SYSFS_BTF) -> list[str]:
    """Names of the kernel modules that have BTF (files beside vmlinux), sorted."""
    try:
        names = os.listdir(root)
    except OSError:
        return []
    return sorted(n for n in names if n != "vmlinux" and os.path.isfile(os.path.join(root, n)))


def load_module(name: str, *, base: Btf | None = None, root: str = SYSFS_BTF) -> Btf:
    """A module's BTF, split on ``base`` (default: the cached vmlinux BTF of ``root``)."""
    if "/" in name or name in ("", ".", ".."):
        raise LoadError(f"invalid module name {name!r}")
    if base is None:
        base = load_vmlinux(os.path.join(root, "vmlinux"))
    data, _ = _read(os.path.join(root, name))
    return parse_btf(data, base=base, source=os.path.join(root, name), validate=False)


def kernel_btfs(modules: bool = False, *, root: str = SYSFS_BTF) -> list[Btf]:
    """Target BTFs for CO-RE as libbpf uses them: vmlinux first, then (optionally) every module's."""
    vmlinux = load_vmlinux(os.path.join(root, "vmlinux"))
    out = [vmlinux]
    if modules:
        out.extend(load_module(n, base=vmlinux, root=root) for n in list_modules(root))
    return out


def benchmark(path: str = VMLINUX, repeat: int = 3) -> dict[str, float | int]:
    """Seconds each step of reading and using kernel BTF takes (best of ``repeat``), plus sizes."""
    def best(fn):
        times = []
        result = None
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t0)
        return min(times), result

    t_read, (data, _) = best(lambda: _read(path))
    t_parse, btf = best(lambda: parse_btf(data, source=path, validate=False))

    def index():
        btf._by_name = None  # time the index, not the cache
        return btf.find_id("task_struct")

    def essential():
        btf._by_essential = None
        return btf.essential_index()

    t_index, ts = best(index)
    t_ess, _ = best(essential)
    t_full, _ = best(lambda: parse_btf(data, source=path, validate=True))
    out: dict[str, float | int] = {"bytes": len(data), "types": len(btf) - 1, "read": t_read, "parse": t_parse,
                                   "name_index": t_index, "essential_index": t_ess, "decode_all": t_full}
    if ts is not None and getattr(btf.type(ts), "member", lambda _n: None)("pid") is not None:
        out["field_lookup"], _ = best(lambda: btf.field(ts, "pid"))
    return out

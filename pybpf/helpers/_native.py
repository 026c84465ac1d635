"""Load the native helper code (pybpf/helpers/native/*.ll) with llvmlite, and mirror its structs with ctypes.

Like the map code (pybpf/maps/_native.py, whose cache and target machine this reuses): compiled once per host,
machine code cached on disk, called from Python through ctypes. The helper modules call a few map entry points
(pb_map_value_addr, pb_array_present); those are resolved to the already loaded map code, so both share one copy
of every map. The JIT links the same IR (:func:`ir_texts`) next to the map IR instead.
"""

from __future__ import annotations

import ctypes
import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from pybpf.errors import PybpfError
from pybpf.maps import _native as maps_native

NATIVE_DIR = Path(__file__).resolve().parent / "native"

_P = ctypes.c_void_p
_U32, _U64, _S64, _INT = ctypes.c_uint32, ctypes.c_uint64, ctypes.c_int64, ctypes.c_int


class PbhMem(ctypes.Structure):
    """``struct pbh_mem``: a range helpers may read through an unchecked pointer."""

    _fields_ = [("base", _U64), ("end", _U64), ("flags", _U32), ("pad", _U32)]


class PbhXdp(ctypes.Structure):
    """``struct pbh_xdp``: the kernel's xdp_buff, private to the helpers."""

    _fields_ = [("data", _U64), ("data_end", _U64), ("data_meta", _U64), ("data_hard_start", _U64),
                ("ctx", _U64), ("frame_sz", _U32), ("flags", _U32)]


class PbhSkb(ctypes.Structure):
    """``struct pbh_skb``: a linear sk_buff, private to the helpers."""

    _fields_ = [("head", _U64), ("data", _U64), ("end", _U64), ("ctx", _U64), ("len", _U32),
                ("mac_header", _U32), ("network_header", _U32), ("flags", _U32), ("hash", _U32), ("pad", _U32)]


class PbhRedirect(ctypes.Structure):
    """``struct pbh_redirect``: the last redirect decision of a run."""

    _fields_ = [("set", _U32), ("ifindex", _U32), ("flags", _U64), ("map_id", _U32), ("map_type", _U32),
                ("kind", _U32), ("pad", _U32)]


class PbhLog(ctypes.Structure):
    """``struct pbh_log``: records ``{u32 len, u32 tag}`` + data padded to 8 bytes."""

    _fields_ = [("buf", _U64), ("cap", _U64), ("len", _U64), ("count", _U32), ("lost", _U32)]


class PbhEnv(ctypes.Structure):
    """``struct pbh_env`` (native/env.h): everything a run can observe about the machine."""

    _fields_ = [
        ("magic", _U32), ("flags", _U32), ("cpu", _U32), ("numa_node", _U32),
        ("pid_tgid", _U64), ("uid_gid", _U64), ("comm", ctypes.c_char * 16),
        ("time", _U64 * 4), ("time_step", _U64), ("clock_gettime", _U64),
        ("rnd", _U32 * 4), ("nmem", _U32), ("nr_cpus", _U32), ("mem", _U64),
        ("xdp", _U64), ("skb", _U64), ("redirect", PbhRedirect), ("trace", PbhLog), ("perf", PbhLog),
        ("tail_call_cnt", _U32), ("pad", _U32),
    ]


ENV_MAGIC = 0x50424556
ENV_LIVE_TIME = 1
MEM_KERNEL, MEM_USER = 1, 2
SKB_DIRECT = 1
STR_COMPAT, STR_USER, STR_KERNEL = 0, 1, 2
PERF_TRACING, PERF_SKB, PERF_XDP = 0, 1, 2
REDIR_TC, REDIR_XDP, REDIR_MAP = 1, 2, 3

# name -> (restype, argtypes)
SIGNATURES: dict[str, tuple[object, tuple[object, ...]]] = {
    "pbh_ktime_get_ns": (_U64, (_P,)), "pbh_ktime_get_boot_ns": (_U64, (_P,)),
    "pbh_ktime_get_coarse_ns": (_U64, (_P,)), "pbh_ktime_get_tai_ns": (_U64, (_P,)),
    "pbh_get_prandom_u32": (_U64, (_P,)), "pbh_get_smp_processor_id": (_U64, (_P,)),
    "pbh_get_numa_node_id": (_U64, (_P,)), "pbh_get_current_pid_tgid": (_U64, (_P,)),
    "pbh_get_current_uid_gid": (_U64, (_P,)), "pbh_get_current_comm": (_S64, (_P, _P, _U32)),
    "pbh_mem_readable": (_INT, (_P, _U64, _U64, _U32)),
    "pbh_probe_read": (_S64, (_P, _P, _U32, _U64, _INT)),
    "pbh_probe_read_str": (_S64, (_P, _P, _U32, _U64, _INT)),
    "pbh_spin_lock": (_S64, (_P,)), "pbh_spin_unlock": (_S64, (_P,)),
    "pbh_bprintf": (_S64, (_P, _P, _U32, _P, _U32, _P, _U32)),
    "pbh_snprintf": (_S64, (_P, _P, _U32, _P, _P, _U32)),
    "pbh_trace_printk": (_S64, (_P, _P, _U32, _U64, _U64, _U64)),
    "pbh_trace_vprintk": (_S64, (_P, _P, _U32, _P, _U32)),
    "pbh_strtol": (_S64, (_P, _U64, _U64, _P)), "pbh_strtoul": (_S64, (_P, _U64, _U64, _P)),
    "pbh_csum_diff": (_S64, (_P, _U32, _P, _U32, _U64)),
    "pbh_xdp_adjust_head": (_S64, (_P, _S64)), "pbh_xdp_adjust_tail": (_S64, (_P, _S64)),
    "pbh_xdp_adjust_meta": (_S64, (_P, _S64)), "pbh_xdp_get_buff_len": (_U64, (_P,)),
    "pbh_xdp_load_bytes": (_S64, (_P, _U32, _P, _U32)), "pbh_xdp_store_bytes": (_S64, (_P, _U32, _P, _U32)),
    "pbh_skb_load_bytes": (_S64, (_P, _U32, _P, _U32)),
    "pbh_skb_load_bytes_relative": (_S64, (_P, _U32, _P, _U32, _U32)),
    "pbh_skb_store_bytes": (_S64, (_P, _U32, _P, _U32, _U64)),
    "pbh_redirect_tc": (_U64, (_P, _U32, _U64)), "pbh_redirect_xdp": (_U64, (_P, _U32, _U64)),
    "pbh_redirect_map": (_U64, (_P, _P, _U64, _U64)),
    "pbh_perf_event_output": (_S64, (_P, _P, _U64, _P, _U64, _U32)),
}


@dataclass
class HelperNative:
    """The loaded helper code: raw addresses and ctypes functions (``fn`` with argtypes)."""

    engine: object
    addresses: dict[str, int]
    stats: maps_native.LoadStats
    object_code: bytes | None = None
    fn: dict[str, object] = field(default_factory=dict)


_lock = threading.Lock()
_native: HelperNative | None = None


def ir_paths() -> list[Path]:
    return sorted(NATIVE_DIR.glob("*.ll"))


def ir_texts() -> dict[str, str]:
    """The committed helper IR modules by file name (they call into the map IR: link both)."""
    return {p.name: p.read_text() for p in ir_paths()}


def cache_key() -> str:
    h = hashlib.sha256(maps_native.cache_key().encode())
    for p in ir_paths():
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def build_module():
    llvm = maps_native._llvm()
    tm = maps_native._target_machine()
    merged = None
    for p in ir_paths():
        mod = llvm.parse_assembly(p.read_text())
        mod.name = p.stem
        mod.triple = llvm.get_process_triple()
        mod.data_layout = str(tm.target_data)
        if merged is None:
            merged = mod
        else:
            merged.link_in(mod)
    if merged is None:
        raise PybpfError(f"no native helper code in {NATIVE_DIR} (run scripts/gen_helpers_native.py)")
    merged.verify()
    return merged


def _load() -> HelperNative:
    llvm = maps_native._llvm()
    t0 = time.perf_counter()
    maps = maps_native.native()
    for name, addr in maps.addresses.items():  # the map entry points the helpers call
        llvm.add_symbol(name, addr)
    stats = maps_native.LoadStats()
    tm = maps_native._target_machine()
    cdir = maps_native.cache_dir()
    cache_file = cdir / f"helpers-{cache_key()[:40]}.o" if cdir else None
    stats.cache_path = str(cache_file) if cache_file else None
    engine, obj = maps_native.load_engine(build_module, tm, cache_file, probe="pbh_bprintf", stats=stats)
    addresses = {}
    for name in SIGNATURES:
        addr = engine.get_function_address(name)
        if not addr:
            raise PybpfError(f"native helper code lacks {name} (regenerate with scripts/gen_helpers_native.py)")
        addresses[name] = addr
    native = HelperNative(engine=engine, addresses=addresses, stats=stats, object_code=obj)
    for name, (restype, argtypes) in SIGNATURES.items():
        native.fn[name] = ctypes.PYFUNCTYPE(restype, *argtypes)(addresses[name])
    stats.seconds = time.perf_counter() - t0
    return native


def native() -> HelperNative:
    """The process-wide native helper code, loaded on first use."""
    global _native
    if _native is None:
        with _lock:
            if _native is None:
                _native = _load()
    return _native


def symbols() -> dict[str, int]:
    """Address of every native helper entry point (for engines calling them without Python)."""
    return dict(native().addresses)

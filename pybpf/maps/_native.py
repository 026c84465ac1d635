"""Load the native map code (clang-19 LLVM IR, pybpf/maps/native/*.ll) with llvmlite and expose its entry points.

The IR is compiled once per host for the host's CPU; the machine code is cached on disk (keyed by the IR, the
llvmlite/LLVM versions and the host CPU and features) so that a warm import only maps an object file. Python
calls the functions through ctypes; engines get their raw addresses from :func:`symbols` (and the JIT can link the
IR itself, :func:`ir_texts`).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pybpf.errors import PybpfError

if TYPE_CHECKING:
    from collections.abc import Callable

    import llvmlite.binding as llvm

NATIVE_DIR = Path(__file__).resolve().parent / "native"


class PbParams(ctypes.Structure):
    """ctypes mirror of ``struct pb_params`` (native/pb.h)."""

    _fields_ = [
        ("map_type", ctypes.c_uint32), ("key_size", ctypes.c_uint32), ("value_size", ctypes.c_uint32),
        ("max_entries", ctypes.c_uint32), ("map_flags", ctypes.c_uint32), ("id", ctypes.c_uint32),
        ("nr_cpus", ctypes.c_uint32), ("seed", ctypes.c_uint32), ("lock_off", ctypes.c_uint32),
        ("page_size", ctypes.c_uint32), ("map_extra", ctypes.c_uint64), ("quirks", ctypes.c_uint32),
        ("pad", ctypes.c_uint32),
    ]


PB_QUIRK_LRU_POP_FIRST = 1


# Offsets of struct pb_map fields (ABI, docs/maps.md).
HDR_MAGIC, HDR_MAP_TYPE, HDR_KEY_SIZE, HDR_VALUE_SIZE, HDR_MAX_ENTRIES, HDR_MAP_FLAGS = 0, 4, 8, 12, 16, 20
HDR_ID, HDR_NR_CPUS, HDR_VALUE_STRIDE, HDR_LOCK_OFF, HDR_LOCK, HDR_KIND = 24, 28, 32, 36, 40, 44
HDR_MAP_EXTRA, HDR_VALUES, HDR_VALUES_LEN, HDR_COUNT, HDR_ELEM_STRIDE = 48, 56, 64, 72, 76
HDR_SIZE = 80
PB_NO_LOCK = 0xFFFFFFFF
PB_MAP_MAGIC = 0x50424D50

_P = ctypes.c_void_p
_U32, _U64, _LONG = ctypes.c_uint32, ctypes.c_uint64, ctypes.c_int64

# name -> (restype, argtypes). PYFUNCTYPE keeps the GIL across the call: Python-side map operations are then
# serialised against each other (the native map lock serialises them against engines running native code).
SIGNATURES: dict[str, tuple[object, tuple[object, ...]]] = {
    "pb_array_mem_size": (_U64, (_P,)), "pb_array_init": (_P, (_P, _P)),
    "pb_htab_mem_size": (_U64, (_P,)), "pb_htab_init": (_P, (_P, _P)),
    "pb_lpm_mem_size": (_U64, (_P,)), "pb_lpm_init": (_P, (_P, _P)),
    "pb_queue_mem_size": (_U64, (_P,)), "pb_queue_init": (_P, (_P, _P)),
    "pb_bloom_mem_size": (_U64, (_P,)), "pb_bloom_init": (_P, (_P, _P)),
    "pb_ringbuf_mem_size": (_U64, (_P,)), "pb_ringbuf_init": (_P, (_P, _P)),
    "pb_map_lookup_elem": (_P, (_P, _P, _U32)),
    "pb_map_lookup_percpu_elem": (_P, (_P, _P, _U32)),
    "pb_map_value_addr": (_P, (_P, _P, _U32)),
    "pb_map_update_elem": (_LONG, (_P, _P, _P, _U64, _U32)),
    "pb_map_delete_elem": (_LONG, (_P, _P, _U32)),
    "pb_map_push_elem": (_LONG, (_P, _P, _U64, _U32)),
    "pb_map_pop_elem": (_LONG, (_P, _P, _U32)),
    "pb_map_peek_elem": (_LONG, (_P, _P, _U32)),
    "pb_map_iter": (_LONG, (_P, _P, _P, _P, _U32)),
    "pb_map_sys_lookup": (_LONG, (_P, _P, _P, _U64, _U32)),
    "pb_map_sys_update": (_LONG, (_P, _P, _P, _U64, _U32)),
    "pb_map_sys_delete": (_LONG, (_P, _P, _U32)),
    "pb_map_sys_get_next_key": (_LONG, (_P, _P, _P)),
    "pb_map_sys_lookup_and_delete": (_LONG, (_P, _P, _P, _U64, _U32)),
    "pb_map_sys_htab_batch": (_LONG, (_P, _P, _P, _P, _P, _U64, _U32, _U32)),
    "pb_map_count": (_U64, (_P,)),
    "pb_ringbuf_reserve": (_P, (_P, _U64, _U64)),
    "pb_ringbuf_submit": (None, (_P, _U64)),
    "pb_ringbuf_discard": (None, (_P, _U64)),
    "pb_ringbuf_commit_checked": (_LONG, (_P, _P, _U64, _U32)),
    "pb_ringbuf_output": (_LONG, (_P, _P, _U64, _U64)),
    "pb_ringbuf_query": (_U64, (_P, _U64)),
    "pb_ringbuf_peek_record": (_LONG, (_P, _P)),
    "pb_ringbuf_advance": (None, (_P,)),
    "pb_ringbuf_wakeups": (_U64, (_P,)),
    "pb_prog_array_aux": (_P, (_P,)),
    "pb_array_present": (_P, (_P,)),
    "pb_queue_nth": (_LONG, (_P, _U32, _P)),
    "pb_htab_lru_state": (_LONG, (_P, _P)),
}


@dataclass
class LoadStats:
    """How the native code was obtained this time (reported by benchmarks/load_native.py)."""

    source: str = ""  # "cache" or "compiled"
    seconds: float = 0.0
    cache_path: str | None = None
    cache_error: str | None = None


@dataclass
class Native:
    """The loaded native code: raw addresses and Python-callable (ctypes) functions."""

    engine: object
    addresses: dict[str, int]
    stats: LoadStats
    object_code: bytes | None = None  # kept alive with the engine
    fn: dict[str, object] = field(default_factory=dict)
    # The same functions without argtypes: several times cheaper to call, but every argument must already be a
    # ctypes object, bytes, a ctypes buffer or None (a Python int would be passed as a 32-bit C int).
    fast: dict[str, object] = field(default_factory=dict)

    def __getattr__(self, name: str):
        try:
            return self.fn[name]
        except KeyError:
            raise AttributeError(name) from None


_lock = threading.Lock()
_native: Native | None = None


def ir_paths() -> list[Path]:
    return sorted(NATIVE_DIR.glob("*.ll"))


def ir_texts() -> dict[str, str]:
    """The committed LLVM IR modules, by file name (for the JIT to link into programs)."""
    return {p.name: p.read_text() for p in ir_paths()}


def _llvm():
    """llvmlite, imported on first use: importing pybpf.maps (e.g. for MapSpec) does not load LLVM."""

    import llvmlite.binding as llvm
    return llvm


def _target_machine() -> llvm.TargetMachine:
    llvm = _llvm()
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    target = llvm.Target.from_triple(llvm.get_process_triple())
    return target.create_target_machine(cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(),
                                        opt=2, reloc="pic", codemodel="jitdefault")


def cache_key() -> str:
    import llvmlite
    llvm = _llvm()
    h = hashlib.sha256()
    for part in (llvmlite.__version__, ".".join(map(str, llvm.llvm_version_info)), llvm.get_process_triple(),
                 llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()):
        h.update(part.encode() + b"\0")
    for p in ir_paths():
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def cache_dir() -> Path | None:
    """Machine-code cache: $PYBPF_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/pybpf or ~/.cache/pybpf."""
    env = os.environ.get("PYBPF_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pybpf"


def build_module() -> llvm.ModuleRef:
    """Parse every .ll, retarget it to the host and link them into one module."""
    llvm = _llvm()
    tm = _target_machine()
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
        raise PybpfError(f"no native map code in {NATIVE_DIR} (run scripts/gen_native.py)")
    merged.verify()
    return merged


_CACHE_MAGIC = b"PBMAPOBJ"


def _wrap(obj: bytes) -> bytes:
    """Cache file format: magic, sha256 of the object, object. LLVM crashes on a damaged object file, so a file
    is only handed to it when the digest matches."""
    return _CACHE_MAGIC + hashlib.sha256(obj).digest() + obj


def _unwrap(data: bytes) -> bytes:
    if data[:8] != _CACHE_MAGIC or hashlib.sha256(data[40:]).digest() != data[8:40]:
        raise ValueError("damaged cache file")
    return data[40:]


def _empty_module() -> llvm.ModuleRef:
    llvm = _llvm()
    mod = llvm.parse_assembly("")
    mod.triple = llvm.get_process_triple()
    return mod


def load_engine(build: Callable[[], llvm.ModuleRef], tm: llvm.TargetMachine, cache_file: Path | None, *,
                probe: str, stats: LoadStats) -> tuple[llvm.ExecutionEngine, bytes | None]:
    """An MCJIT engine holding the object code in ``cache_file`` when it is intact and defines ``probe``, else
    one compiled from ``build()`` whose object code is then written to ``cache_file`` (atomically, so concurrent
    processes never see a partial file). Records where the code came from, and any cache error, in ``stats``."""
    llvm = _llvm()
    if cache_file is not None and cache_file.is_file():
        try:
            obj = _unwrap(cache_file.read_bytes())
            engine = llvm.create_mcjit_compiler(_empty_module(), tm)
            engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
            engine.finalize_object()
            if not engine.get_function_address(probe):
                raise RuntimeError(f"cached object lacks {probe}")
            stats.source = "cache"
            return engine, obj
        except Exception as e:  # a corrupt or foreign cache file: rebuild it
            stats.cache_error = f"{type(e).__name__}: {e}"
    produced: list[bytes] = []
    engine = llvm.create_mcjit_compiler(build(), tm)
    engine.set_object_cache(lambda _mod, buf: produced.append(bytes(buf)), lambda _mod: None)
    engine.finalize_object()
    stats.source = "compiled"
    obj = produced[0] if produced else None
    if cache_file is not None and obj:
        tmp = None
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_file.parent, prefix=f".{cache_file.stem[:12]}-", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(_wrap(obj))
            os.replace(tmp, cache_file)
        except OSError as e:
            stats.cache_error = f"{type(e).__name__}: {e}"
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    return engine, obj


def _load() -> Native:
    t0 = time.perf_counter()
    stats = LoadStats()
    tm = _target_machine()
    cdir = cache_dir()
    cache_file = cdir / f"maps-{cache_key()[:40]}.o" if cdir else None
    stats.cache_path = str(cache_file) if cache_file else None
    engine, obj = load_engine(build_module, tm, cache_file, probe="pb_map_lookup_elem", stats=stats)
    addresses = {}
    for name in SIGNATURES:
        addr = engine.get_function_address(name)
        if not addr:
            raise PybpfError(f"native map code lacks {name} (regenerate with scripts/gen_native.py)")
        addresses[name] = addr
    native = Native(engine=engine, addresses=addresses, stats=stats, object_code=obj)
    for name, (restype, argtypes) in SIGNATURES.items():
        native.fn[name] = ctypes.PYFUNCTYPE(restype, *argtypes)(addresses[name])
        fast = ctypes.PYFUNCTYPE(restype)(addresses[name])
        fast.argtypes = None
        native.fast[name] = fast
    stats.seconds = time.perf_counter() - t0
    return native


def native() -> Native:
    """The process-wide native map code, loaded on first use."""
    global _native
    if _native is None:
        with _lock:
            if _native is None:
                _native = _load()
    return _native


def symbols() -> dict[str, int]:
    """Address of every native entry point (for engines calling them without Python)."""
    return dict(native().addresses)

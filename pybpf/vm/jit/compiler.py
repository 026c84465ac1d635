"""IR text -> native code with llvmlite (MCJIT), or a cached object file -> native code.

Each engine owns its own target machine (an engine frees the one it was given: sharing one between engines
crashes when the first is freed, as pybpf.cpu.jit found). All LLVM use holds ``pybpf.cpu.jit.lock``: LLVM is not
re-entrant and that lock is also held across fork(). Compiled code calls the native map and helper code by symbol;
the symbols are registered process-wide (``llvm.add_symbol``) before any JIT module is finalized, so object code
holds relocations, never absolute addresses, and can be cached on disk.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
import time
from dataclasses import dataclass, field

from pybpf.cpu.jit import lock
from pybpf.errors import ExecutionError

_initialised = False
_symbols_added: set[str] = set()


def llvm():
    import llvmlite.binding as binding
    return binding


def _init() -> None:
    global _initialised
    if not _initialised:
        b = llvm()
        b.initialize_native_target()
        b.initialize_native_asmprinter()
        b.initialize_native_asmparser()
        _initialised = True


# Functions LLVM may call on its own (128-bit division from loop trip counts, memory intrinsics): resolved from
# libgcc_s / libc explicitly, because MCJIT would otherwise bind a name it cannot find to address 0.
_BUILTINS = {"gcc_s": ("__udivti3", "__umodti3", "__divti3", "__modti3", "__udivmodti4", "__divmodti4", "__multi3",
                       "__ashlti3", "__ashrti3", "__lshrti3", "__popcountdi2", "__popcountti2", "__clzti2", "__ctzti2",
                       "__mulvti3", "__muloti4"),
             "c": ("memset", "memcpy", "memmove", "memcmp", "bzero", "clock_gettime")}
_builtins_added = False
_LINKER_SYMBOLS = frozenset({"_GLOBAL_OFFSET_TABLE_"})  # provided by the JIT linker itself


def _add_builtins() -> None:
    global _builtins_added
    if _builtins_added:
        return
    _builtins_added = True
    symbols = {}
    for lib, names in _BUILTINS.items():
        path = ctypes.util.find_library(lib)
        try:
            handle = ctypes.CDLL(path or f"lib{lib}.so.1")
        except OSError:
            continue
        for name in names:
            fn = getattr(handle, name, None)
            if fn is not None:
                symbols[name] = ctypes.cast(fn, ctypes.c_void_p).value
    add_symbols(symbols)


def undefined_symbols(obj: bytes) -> list[str]:
    """Names an ELF64 object file needs from elsewhere (its undefined symbols)."""
    if obj[:4] != b"\x7fELF" or obj[4] != 2:
        return []
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", obj, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", obj, shoff + i * shentsize) for i in range(shnum)]
    out = []
    for _name, stype, _f, _a, off, size, link, _i, _al, entsize in sections:
        if stype != 2:  # SHT_SYMTAB
            continue
        stroff = sections[link][4]
        for i in range(1, size // (entsize or 24)):
            st_name, _info, _other, shndx, _v, _s = struct.unpack_from("<IBBHQQ", obj, off + i * (entsize or 24))
            if shndx == 0 and st_name:
                end = obj.index(b"\0", stroff + st_name)
                out.append(obj[stroff + st_name:end].decode())
    return out


def check_symbols(obj: bytes | None) -> None:
    """Refuse code that calls a function the process cannot provide (MCJIT would call address 0)."""
    if not obj:
        return
    b = llvm()
    missing = [n for n in undefined_symbols(obj)
               if n not in _symbols_added and n not in _LINKER_SYMBOLS and not b.address_of_symbol(n)]
    if missing:
        raise ExecutionError(f"internal error: JIT code needs {', '.join(sorted(missing))}, which this process "
                             "does not provide")


_host: tuple | None = None  # (target, triple, CPU name, features): asked of LLVM once (each query costs ~0.1 ms)


def _host_target() -> tuple:
    global _host
    if _host is None:
        _init()
        b = llvm()
        triple = b.get_process_triple()
        _host = (b.Target.from_triple(triple), triple, b.get_host_cpu_name(), b.get_host_cpu_features().flatten())
    return _host


def target_machine(opt: int = 3):
    """A new host target machine (host CPU and features). Never shared between engines."""
    target, _triple, cpu, features = _host_target()
    return target.create_target_machine(cpu=cpu, features=features, opt=opt, reloc="pic", codemodel="jitdefault")


_host_key: str | None = None


def host_key() -> str:
    """What compiled code depends on besides the program: triple, CPU, features, LLVM and llvmlite versions."""
    global _host_key
    if _host_key is None:
        import llvmlite
        _init()
        b = llvm()
        _host_key = "|".join((llvmlite.__version__, ".".join(map(str, b.llvm_version_info)), b.get_process_triple(),
                              b.get_host_cpu_name(), b.get_host_cpu_features().flatten()))
    return _host_key


def add_symbols(symbols: dict[str, int]) -> None:
    """Make native functions visible to JIT code by name (process-wide)."""
    b = llvm()
    with lock:
        for name, address in symbols.items():
            if name not in _symbols_added:
                b.add_symbol(name, address)
                _symbols_added.add(name)


@dataclass
class CompileStats:
    """Where compile time went (seconds) and where the code came from ("compiled", "memory", "disk")."""

    source: str = "compiled"
    lower: float = 0.0
    parse: float = 0.0
    optimise: float = 0.0
    codegen: float = 0.0
    load: float = 0.0
    ir_lines: int = 0
    object_bytes: int = 0

    @property
    def total(self) -> float:
        return self.lower + self.parse + self.optimise + self.codegen + self.load

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "total_ms": round(self.total * 1e3, 3), "lower_ms": round(self.lower * 1e3, 3),
                "parse_ms": round(self.parse * 1e3, 3), "optimise_ms": round(self.optimise * 1e3, 3),
                "codegen_ms": round(self.codegen * 1e3, 3), "load_ms": round(self.load * 1e3, 3),
                "ir_lines": self.ir_lines, "object_bytes": self.object_bytes}


@dataclass
class NativeCode:
    """A finalized engine: entry-point and global addresses, and the object code (for the disk cache)."""

    engine: object
    object_code: bytes | None
    stats: CompileStats = field(default_factory=CompileStats)

    def function(self, name: str) -> int:
        address = self.engine.get_function_address(name)  # type: ignore[attr-defined]
        if not address:
            raise RuntimeError(f"JIT code has no function {name}")
        return address

    def global_(self, name: str) -> int:
        address = self.engine.get_global_value_address(name)  # type: ignore[attr-defined]
        if not address:
            raise RuntimeError(f"JIT code has no global {name}")
        return address


FAST = "fast"  # the quick tier: SSA construction and CFG cleanup, then LLVM's fast instruction selector


def compile_ir(ir: str, *, opt: int | str = 3, stats: CompileStats | None = None, extra_modules: list[str] = ()
               ) -> NativeCode:
    """Parse, optimise and compile ``ir`` (linked with ``extra_modules``). ``opt``: 0-3 (LLVM's pipelines and
    code generation at that level) or :data:`FAST`."""
    b = llvm()
    st = stats or CompileStats()
    _add_builtins()
    level = 0 if opt == FAST else int(opt)
    with lock:
        tm = target_machine(level)
        t0 = time.perf_counter()
        mod = b.parse_assembly(ir)
        mod.triple = b.get_process_triple()
        mod.data_layout = str(tm.target_data)
        for extra in extra_modules:
            other = b.parse_assembly(extra)
            other.triple = mod.triple
            other.data_layout = mod.data_layout
            mod.link_in(other)
        mod.verify()
        t1 = time.perf_counter()
        pto = b.create_pipeline_tuning_options(speed_level=min(level, 3))
        pb = b.create_pass_builder(tm, pto)
        if opt == FAST:
            mpm = b.create_new_module_pass_manager()  # SSA and a clean CFG for the fast selector; no instcombine:
            mpm.add_sroa_pass()  # it costs a quarter of the tier's time and hot code moves to O3 anyway
            mpm.add_simplify_cfg_pass()
            mpm.run(mod, pb)
        else:
            pb.getModulePassManager().run(mod, pb)
        pb.close()
        t2 = time.perf_counter()
        produced: list[bytes] = []
        engine = b.create_mcjit_compiler(mod, tm)  # the engine now owns tm and mod
        engine.set_object_cache(lambda _m, buf: produced.append(bytes(buf)), lambda _m: None)
        engine.finalize_object()
        check_symbols(produced[0] if produced else None)
        t3 = time.perf_counter()
    st.parse += t1 - t0
    st.optimise += t2 - t1
    st.codegen += t3 - t2
    st.ir_lines = ir.count("\n")
    obj = produced[0] if produced else None
    st.object_bytes = len(obj) if obj else 0
    return NativeCode(engine, obj, st)


def load_object(obj: bytes, *, stats: CompileStats | None = None) -> NativeCode:
    """An engine running a previously compiled object file (from the code cache)."""
    b = llvm()
    st = stats or CompileStats(source="disk")
    _add_builtins()
    check_symbols(obj)
    with lock:
        t0 = time.perf_counter()
        tm = target_machine()
        empty = b.parse_assembly("")
        empty.triple = _host_target()[1]
        engine = b.create_mcjit_compiler(empty, tm)
        engine.add_object_file(b.ObjectFileRef.from_data(obj))
        engine.finalize_object()
        st.load += time.perf_counter() - t0
    st.object_bytes = len(obj)
    return NativeCode(engine, obj, st)

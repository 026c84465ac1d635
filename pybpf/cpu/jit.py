"""LLVM through llvmlite: compiling IR text to machine code, and the native memory primitives Python code uses.

All LLVM use is serialised by one lock, which is also held across ``fork()`` so no child inherits a half-done
compilation. Each MCJIT engine owns its own target machine (an engine frees the one it was given). Process-lifetime
code is deliberately never freed (:func:`immortal`): threads may still run it while the interpreter tears down.
The primitives give Python code (the reference executor, ``UserMemory.load/store``) single-copy atomic loads,
stores and compare-and-swaps, which ``struct`` and ctypes do not promise.
"""

from __future__ import annotations

import ctypes
import os
import platform
import threading

lock = threading.RLock()  # LLVM is not re-entrant; also held across fork() so no child inherits a half compile
_initialised = False


def _before_fork() -> None:
    lock.acquire()


def _after_fork() -> None:
    lock.release()  # in the child too: the forking thread, which holds it, is the child's only thread


os.register_at_fork(before=_before_fork, after_in_parent=_after_fork, after_in_child=_after_fork)


def _machine(opt: int = 2):
    """A new host target machine (LLVM initialised once). Each engine owns and frees its own: never share one."""
    global _initialised
    import llvmlite.binding as llvm

    with lock:
        if not _initialised:
            llvm.initialize_native_target()
            llvm.initialize_native_asmprinter()
            llvm.initialize_native_asmparser()  # without it, inline asm aborts the process
            _initialised = True
        return llvm.Target.from_default_triple().create_target_machine(opt=opt, codemodel="jitdefault")


def immortal(obj: object) -> object:
    """Leak one reference: process-lifetime code (runtime, mailbox, primitives) must outlive interpreter teardown,
    because threads may still be executing it while module globals are cleared."""
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
    return obj


class Compiled:
    """An MCJIT engine holding one module; keeps the machine code alive."""

    def __init__(self, ir: str, opt: int = 2) -> None:
        import llvmlite.binding as llvm

        with lock:
            tm = _machine(opt)
            mod = llvm.parse_assembly(ir)
            mod.verify()
            pb = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=opt))
            pb.getModulePassManager().run(mod, pb)
            pb.close()
            self.engine = llvm.create_mcjit_compiler(mod, tm)  # the engine now owns tm and mod
            self.engine.finalize_object()

    def address(self, name: str) -> int:
        return self.engine.get_function_address(name)


# -- primitives: single-copy atomic loads / stores for Python callers, and the thread pointer ------------------------
def mem_load_ir(size: int, addr: str, order: str, out: str, tag: str) -> list[str]:
    """IR that loads ``size`` bytes at ``addr`` into i64 ``out``: atomic when naturally aligned."""
    bits = size * 8
    if size == 1:
        return [f"  %{tag}p = inttoptr i64 {addr} to ptr",
                f"  %{tag}v = load atomic i8, ptr %{tag}p {order}, align 1",
                f"  {out} = zext i8 %{tag}v to i64"]
    tail = f"  {out} = zext i{bits} %{tag}m to i64" if size < 8 else f"  {out} = add i64 %{tag}m, 0"
    return [f"  %{tag}p = inttoptr i64 {addr} to ptr",
            f"  %{tag}mis = and i64 {addr}, {size - 1}",
            f"  %{tag}al = icmp eq i64 %{tag}mis, 0",
            f"  br i1 %{tag}al, label %{tag}A, label %{tag}U",
            f"{tag}A:",
            f"  %{tag}a = load atomic i{bits}, ptr %{tag}p {order}, align {size}",
            f"  br label %{tag}J",
            f"{tag}U:",
            f"  %{tag}u = load i{bits}, ptr %{tag}p, align 1",
            f"  br label %{tag}J",
            f"{tag}J:",
            f"  %{tag}m = phi i{bits} [ %{tag}a, %{tag}A ], [ %{tag}u, %{tag}U ]",
            tail]


def mem_store_ir(size: int, addr: str, value: str, order: str, tag: str) -> list[str]:
    """IR that stores the low ``size`` bytes of i64 ``value`` at ``addr``: atomic when naturally aligned."""
    bits = size * 8
    lines = [f"  %{tag}p = inttoptr i64 {addr} to ptr"]
    if size < 8:
        lines.append(f"  %{tag}t = trunc i64 {value} to i{bits}")
    else:
        lines.append(f"  %{tag}t = add i64 {value}, 0")
    if size == 1:
        return [*lines, f"  store atomic i8 %{tag}t, ptr %{tag}p {order}, align 1"]
    return [*lines,
            f"  %{tag}mis = and i64 {addr}, {size - 1}",
            f"  %{tag}al = icmp eq i64 %{tag}mis, 0",
            f"  br i1 %{tag}al, label %{tag}A, label %{tag}U",
            f"{tag}A:",
            f"  store atomic i{bits} %{tag}t, ptr %{tag}p {order}, align {size}",
            f"  br label %{tag}J",
            f"{tag}U:",
            f"  store i{bits} %{tag}t, ptr %{tag}p, align 1",
            f"  br label %{tag}J",
            f"{tag}J:"]


CAS_ORDER = "acq_rel acquire"  # success / failure ordering of every checked store (release for store-release too)


def mem_cas_ir(size: int, addr: str, expected: str, desired: str, out: str, tag: str) -> list[str]:
    """IR for a strong compare-and-swap of ``size`` bytes at ``addr`` (naturally aligned): i64 ``out`` is the old
    value (zero-extended); the swap happened iff it equals ``expected``."""
    bits = size * 8
    lines = [f"  %{tag}p = inttoptr i64 {addr} to ptr"]
    if size < 8:
        lines += [f"  %{tag}e = trunc i64 {expected} to i{bits}", f"  %{tag}d = trunc i64 {desired} to i{bits}"]
    else:
        lines += [f"  %{tag}e = add i64 {expected}, 0", f"  %{tag}d = add i64 {desired}, 0"]
    lines += [f"  %{tag}x = cmpxchg ptr %{tag}p, i{bits} %{tag}e, i{bits} %{tag}d {CAS_ORDER}, align {size}",
              f"  %{tag}o = extractvalue {{ i{bits}, i1 }} %{tag}x, 0"]
    lines.append(f"  {out} = zext i{bits} %{tag}o to i64" if size < 8 else f"  {out} = add i64 %{tag}o, 0")
    return lines


def _primitives_ir() -> str:
    out: list[str] = []
    for order, suffix in (("monotonic", ""), ("acquire", "_acq")):
        for size in (1, 2, 4, 8):
            out.append(f"define i64 @load{size}{suffix}(i64 %addr) {{\nentry:")
            out += mem_load_ir(size, "%addr", order, "%r", "x")
            out.append("  ret i64 %r\n}")
    for order, suffix in (("monotonic", ""), ("release", "_rel")):
        for size in (1, 2, 4, 8):
            out.append(f"define void @store{size}{suffix}(i64 %addr, i64 %v) {{\nentry:")
            out += mem_store_ir(size, "%addr", "%v", order, "x")
            out.append("  ret void\n}")
    for size in (1, 2, 4, 8):
        out.append(f"define i64 @cas{size}(i64 %addr, i64 %e, i64 %d) {{\nentry:")
        out += mem_cas_ir(size, "%addr", "%e", "%d", "%r", "x")
        out.append("  ret i64 %r\n}")
    out.append("define void @fence() {\n  fence seq_cst\n  ret void\n}")
    machine = platform.machine()
    if machine in ("x86_64", "AMD64"):
        out.append('define i64 @tp() {\n  %t = call i64 asm sideeffect "movq %fs:0, $0", "=r"()\n  ret i64 %t\n}')
    elif machine in ("aarch64", "arm64"):
        out.append("declare ptr @llvm.thread.pointer()\n"
                   "define i64 @tp() {\n  %p = call ptr @llvm.thread.pointer()\n"
                   "  %t = ptrtoint ptr %p to i64\n  ret i64 %t\n}")
    return "\n".join(out) + "\n"


class Primitives:
    """Native single-copy atomic memory access for Python code (the reference executor, UserMemory.load/store)."""

    def __init__(self) -> None:
        self._code = immortal(Compiled(_primitives_ir()))
        ld = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_int64)
        st = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_uint64)
        self._load = {(n, a): ld(self._code.address(f"load{n}{'_acq' if a else ''}"))
                      for n in (1, 2, 4, 8) for a in (False, True)}
        self._store = {(n, r): st(self._code.address(f"store{n}{'_rel' if r else ''}"))
                       for n in (1, 2, 4, 8) for r in (False, True)}
        cas = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_int64, ctypes.c_uint64, ctypes.c_uint64)
        self._cas = {n: cas(self._code.address(f"cas{n}")) for n in (1, 2, 4, 8)}
        self.fence = ctypes.CFUNCTYPE(None)(self._code.address("fence"))
        tp = self._code.address("tp") if "@tp(" in _primitives_ir() else 0
        self._tp = ctypes.CFUNCTYPE(ctypes.c_int64)(tp) if tp else None

    def load(self, address: int, size: int, acquire: bool = False) -> int:
        return self._load[size, acquire](address)

    def store(self, address: int, size: int, value: int, release: bool = False) -> None:
        self._store[size, release](address, value & ((1 << (8 * size)) - 1))

    def cas(self, address: int, size: int, expected: int, desired: int) -> int:
        """Compare-and-swap ``size`` bytes at ``address`` (naturally aligned); the old value (swapped iff it equals
        ``expected``)."""
        mask = (1 << (8 * size)) - 1
        return self._cas[size](address, expected & mask, desired & mask)

    def thread_pointer(self) -> int | None:
        return self._tp() if self._tp is not None else None


_primitives: Primitives | None = None


def primitives() -> Primitives:
    global _primitives
    if _primitives is None:
        with lock:
            if _primitives is None:
                _primitives = Primitives()
    return _primitives


def thread_pointer() -> int | None:
    """The calling thread's thread pointer (x86_64: %fs:0, aarch64: TPIDR_EL0), or None elsewhere."""
    return primitives().thread_pointer()

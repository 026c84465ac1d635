"""The running kernel's verdict on a program, for side-by-side comparison (``pybpf verify --kernel``, the corpus
tests and the agreement benchmark).

A ProgramSpec is loaded the way the Collection kernel backend loads it (the object's BTF, maps created with their
BTF types and initial contents, CO-RE, kfunc/ksym ids, func_info and line_info), except that the program is loaded
with a log so that the kernel's message and statistics can be read. Raw instructions are loaded as they are.
"""

from __future__ import annotations

import re
from typing import Any

_TIME = re.compile(r"verification time (\d+) usec")
_PROCESSED = re.compile(r"processed (\d+) insns")


def _last_error(log: str) -> str:
    lines = [ln for ln in log.splitlines() if ln.strip() and not ln.startswith(("processed ", "verification time",
                                                                                  "stack depth"))]
    return lines[-1] if lines else ""


def _result(verdict: str, errno: int | None, log: str, reason: str = "") -> dict:
    m = _PROCESSED.search(log)
    t = _TIME.search(log)
    return {"verdict": verdict, "errno": errno, "error": _last_error(log) or reason,
            "processed_insns": int(m.group(1)) if m else None,
            "time_usec": int(t.group(1)) if t else None, "log": log}


def kernel_verdict(prog: Any, prog_type: Any, spec: Any = None, *, log_level: int = 1) -> dict:
    """``{"verdict", "errno", "error", "processed_insns", "time_usec", "log"}`` from the kernel (verdict
    "unavailable" where bpf(2) cannot be used, "error" when the object cannot be set up for loading).
    ``log_level`` 1 (or 2) gets the error and the ``processed`` line; add 4 for the statistics with the time."""
    from pybpf.errors import KernelError, PybpfError
    from pybpf.kernel import bpf_available, load_program
    from pybpf.progtypes import get
    ok, why = bpf_available()
    if not ok:
        return {"verdict": "unavailable", "errno": None, "error": why, "processed_insns": None,
                "time_usec": None, "log": ""}
    if not hasattr(prog, "instructions"):
        try:
            kp = load_program(list(prog), get(prog_type).prog_type, license="GPL", log_level=log_level,
                              log_size=1 << 24)
        except KernelError as err:
            return _result("reject", err.errno, err.log, str(err))
        log = kp.log
        kp.close()
        out = _result("accept", 0, log)
        out["error"] = ""
        return out
    from pybpf.collection.backend import adjust_map, kconfig_bytes, relocate
    from pybpf.collection.kernel_backend import KernelBackend
    from pybpf.maps.types import possible_cpus
    backend = None
    mappings: list = []
    try:
        try:
            backend = KernelBackend(spec)
            for name, mspec in spec.maps.items():
                initial = kconfig_bytes(spec, None) if name.endswith(".kconfig") and spec.kconfig else None
                mspec = adjust_map(mspec, possible_cpus())
                if int(mspec.type) == 31:  # user ring buffers are sized like ring buffers by libbpf too
                    from pybpf.collection.backend import adjust_ringbuf_size
                    mspec = mspec.replace(max_entries=adjust_ringbuf_size(mspec.max_entries))
                backend.create_map(name, mspec, initial or None)
                if int(mspec.type) == 33 and not mspec.map_extra:  # libbpf maps every arena: that sets its
                    mappings.append(_map_arena(backend.maps[name].fd, mspec.max_entries))  # user address
            program = relocate(spec, prog, None, backend._core)
            insns = program.resolve_maps(lambda ref: backend.maps[ref.map].fd)
            insns = backend._externs(program, insns)
            attach_btf_id = backend._attach_btf_id(program)
        except (PybpfError, OSError) as e:
            return {"verdict": "error", "errno": None, "error": str(e), "processed_insns": None,
                    "time_usec": None, "log": ""}
        kw: dict[str, Any] = {}
        if backend.btf is not None and program.func_info:
            from pybpf.btf.ext import pack_func_info, pack_line_info
            kw = dict(prog_btf_fd=backend.btf.fd, func_info=pack_func_info(list(program.func_info)),
                      line_info=pack_line_info(list(program.line_info)) if program.line_info else None)
        try:
            kp = load_program(insns, program.prog_type, license=program.license, prog_name=program.name,
                              expected_attach_type=program.expected_attach_type,
                              kern_version=program.kernel_version, prog_flags=program.prog_flags,
                              attach_btf_id=attach_btf_id, log_level=log_level, log_size=1 << 24, **kw)
        except KernelError as err:
            return _result("reject", err.errno, err.log, str(err))
        log = kp.log
        kp.close()
        out = _result("accept", 0, log)
        out["error"] = ""
        return out
    finally:
        for m in mappings:
            m.close()
        if backend is not None:
            backend.close()


def _map_arena(fd: int, pages: int) -> Any:
    import mmap
    return mmap.mmap(fd, pages * mmap.PAGESIZE, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)

"""The running kernel's verdict on a program, for side-by-side comparison (``pybpf verify --kernel`` and the
tests): maps of the object are created for real, map references resolved to their fds, the program loaded with
BPF_PROG_LOAD at log level 1."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any


def _last_error(log: str) -> str:
    lines = [ln for ln in log.splitlines() if ln.strip() and not ln.startswith(("processed ", "verification time"))]
    return lines[-1] if lines else ""


def kernel_verdict(prog: Any, prog_type: Any, spec: Any = None) -> dict:
    """``{"verdict", "errno", "error", "processed_insns"}`` from the kernel (verdict "unavailable" where bpf(2)
    cannot be used)."""
    import re

    from pybpf.errors import KernelError
    from pybpf.kernel import bpf_available, create_map, load_program
    from pybpf.progtypes import get
    ok, why = bpf_available()
    if not ok:
        return {"verdict": "unavailable", "errno": None, "error": why, "processed_insns": None}
    with ExitStack() as stack:
        fds: dict[str, int] = {}
        try:
            if hasattr(prog, "instructions"):
                for name, m in (spec.maps if spec is not None else {}).items():
                    km = stack.enter_context(create_map(m.type, m.key_size, m.value_size, m.max_entries, m.flags,
                                                        m.name, map_extra=m.map_extra))
                    for key, value in m.contents:
                        if isinstance(value, bytes | bytearray):
                            km.update(key if key is not None else 0, value)
                    if m.freeze:
                        km.freeze()
                    fds[name] = km.fd
                insns = prog.resolve_maps(lambda ref: fds[ref.map])
                license = prog.license or "GPL"
                attach = prog.expected_attach_type
                flags = prog.prog_flags
            else:
                insns, license, attach, flags = list(prog), "GPL", None, 0
            pt = get(prog_type).prog_type
            kp = load_program(insns, pt, license=license, log_level=1, expected_attach_type=attach,
                              prog_flags=flags, log_size=1 << 24)
        except KernelError as err:
            m = re.search(r"processed (\d+) insns", err.log)
            return {"verdict": "reject", "errno": err.errno, "error": _last_error(err.log),
                    "processed_insns": int(m.group(1)) if m else None}
        log = kp.log
        kp.close()
    m = re.search(r"processed (\d+) insns", log)
    return {"verdict": "accept", "errno": 0, "error": "", "processed_insns": int(m.group(1)) if m else None}

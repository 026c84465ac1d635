"""What the running kernel refuses before its verifier looks at a program: some hosts cannot attach BPF
trampolines (fentry / fexit / fmod_ret / LSM / freplace programs fail BPF_PROG_LOAD with EPERM and no log). One
probe per process (a two-instruction fentry program) tells; without bpf(2) trampolines are assumed to work.
``verify(..., host=False)`` ignores the host and answers for a kernel that has every feature.

Seen on a Linux 6.18 guest whose configuration has everything trampolines need (CONFIG_BPF_LSM, FUNCTION_TRACER,
DYNAMIC_FTRACE_WITH_DIRECT_CALLS, the JIT always on; "bpf" among the active LSMs, lockdown in integrity mode):
the refusal comes from the environment (the virtualisation the guest runs under), not from the program, so it is
modelled as a probed host property rather than a verifier rule.
"""

from __future__ import annotations

import errno
import threading

from pybpf.uapi import AttachType, ProgType

TRAMPOLINE_ATTACH = frozenset({AttachType.TRACE_FENTRY, AttachType.TRACE_FEXIT, AttachType.MODIFY_RETURN,
                               AttachType.LSM_MAC, AttachType.LSM_CGROUP})
_lock = threading.Lock()
_cache: dict[str, int] = {}


def trampoline_errno() -> int:
    """0 when this kernel loads trampoline programs, else the errno BPF_PROG_LOAD fails with."""
    with _lock:
        if "trampoline" in _cache:
            return _cache["trampoline"]
        _cache["trampoline"] = _probe()
        return _cache["trampoline"]


def _probe() -> int:
    try:
        from pybpf.btf.types import Kind
        from pybpf.btf.vmlinux import load_vmlinux
        from pybpf.errors import KernelError
        from pybpf.isa.asm import assemble
        from pybpf.kernel import bpf_available, load_program
        ok, _why = bpf_available()
        if not ok:
            return 0
        vml = load_vmlinux()
        tid = vml.find_id("bpf_fentry_test1", Kind.FUNC) or vml.find_id("bpf_modify_return_test", Kind.FUNC)
        if tid is None:
            return 0
        try:
            prog = load_program(assemble("r0 = 0\nexit"), ProgType.TRACING,
                                expected_attach_type=AttachType.TRACE_FENTRY, attach_btf_id=tid, log_level=0)
        except KernelError as e:
            return e.errno if e.errno == errno.EPERM else 0
        prog.close()
        return 0
    except Exception:
        return 0


def needs_trampoline(prog_type: ProgType, attach: AttachType | None) -> bool:
    if prog_type == ProgType.LSM or prog_type == ProgType.EXT:
        return True
    return prog_type == ProgType.TRACING and attach in TRAMPOLINE_ATTACH

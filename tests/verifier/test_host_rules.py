"""Refusals that come before verification: BPF trampoline programs (LSM, fentry...) on a kernel that cannot attach
them (a host property, probed; ``host=False`` verifies for an idealized kernel), struct_ops programs loaded without
their struct_ops map member; and the per-program-type kfunc registrations (Linux's kfunc hooks)."""

from __future__ import annotations

import errno

import pytest
from vtest import AVAILABLE, WHY

from pybpf.isa.asm import assemble
from pybpf.uapi import AttachType, ProgType
from pybpf.verifier import verify
from pybpf.verifier.host import needs_trampoline, trampoline_errno
from pybpf.verifier.kfuncs import kfunc_allowed, vmlinux

RET0 = "r0 = 0\nexit"


def _lsm_hook_id() -> int | None:
    from pybpf.btf.types import Kind
    vml = vmlinux()
    return None if vml is None else vml.find_id("bpf_lsm_file_open", Kind.FUNC)


def test_trampoline_types():
    assert needs_trampoline(ProgType.LSM, AttachType.LSM_MAC)
    assert needs_trampoline(ProgType.TRACING, AttachType.TRACE_FENTRY)
    assert needs_trampoline(ProgType.EXT, None)
    assert not needs_trampoline(ProgType.TRACING, AttachType.TRACE_RAW_TP)
    assert not needs_trampoline(ProgType.TRACING, AttachType.TRACE_ITER)
    assert not needs_trampoline(ProgType.XDP, None)


def test_lsm_host_refusal_and_idealized_kernel():
    ideal = verify(assemble(RET0), ProgType.LSM, attach=AttachType.LSM_MAC, host=False)
    assert ideal.accepted, ideal.error
    res = verify(assemble(RET0), ProgType.LSM, attach=AttachType.LSM_MAC)
    if trampoline_errno():
        assert not res.accepted
        assert res.errno == errno.EPERM
        assert "host limitation" in res.error and "EPERM" in res.error
    else:
        assert res.accepted, res.error


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
def test_lsm_host_refusal_matches_kernel():
    from pybpf.errors import KernelError
    from pybpf.kernel import load_program
    tid = _lsm_hook_id()
    if tid is None:
        pytest.skip("this kernel's BTF has no bpf_lsm_file_open (BPF LSM not built)")
    try:
        load_program(assemble(RET0), ProgType.LSM, expected_attach_type=AttachType.LSM_MAC, attach_btf_id=tid,
                     log_level=1).close()
        kernel = 0
    except KernelError as e:
        kernel = e.errno
    res = verify(assemble(RET0), ProgType.LSM, attach=AttachType.LSM_MAC, attach_to="file_open")
    assert (res.errno if not res.accepted else 0) == kernel, (res.error, kernel)


def test_struct_ops_without_map_member():
    res = verify(assemble(RET0), ProgType.STRUCT_OPS)
    assert not res.accepted
    assert res.errno == 524
    assert "struct_ops map member" in res.error


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
def test_struct_ops_without_map_member_kernel():
    from pybpf.errors import KernelError
    from pybpf.kernel import load_program
    with pytest.raises(KernelError) as e:
        load_program(assemble(RET0), ProgType.STRUCT_OPS, log_level=1).close()
    assert e.value.errno == 524


@pytest.mark.parametrize("name,ptype,allowed", [
    ("bpf_task_from_pid", ProgType.RAW_TRACEPOINT, False),  # generic set: tracing, tc, xdp, struct_ops, syscall, cgroup
    ("bpf_task_from_pid", ProgType.TRACING, True),
    ("bpf_task_from_pid", ProgType.LSM, True),  # LSM shares the tracing hook
    ("bpf_task_from_pid", ProgType.CGROUP_SOCK, True),  # every cgroup type shares the cgroup hook
    ("bpf_task_from_pid", ProgType.SK_MSG, False),
    ("bpf_cpumask_create", ProgType.RAW_TRACEPOINT, False),
    ("bpf_cpumask_create", ProgType.SYSCALL, True),
    ("bpf_cpumask_create", ProgType.XDP, False),
    ("bpf_rcu_read_lock", ProgType.RAW_TRACEPOINT, True),  # the common set
    ("bpf_iter_num_new", ProgType.SK_MSG, True),
    ("bpf_dynptr_from_skb", ProgType.SCHED_CLS, True),
    ("bpf_dynptr_from_skb", ProgType.XDP, False),
    ("bpf_dynptr_from_xdp", ProgType.XDP, True),
    ("bpf_get_task_exe_file", ProgType.LSM, True),
    ("bpf_get_task_exe_file", ProgType.TRACING, False),  # the VFS kfuncs' filter: LSM programs only
])
def test_kfunc_hooks(name, ptype, allowed):
    assert kfunc_allowed(name, ptype) is allowed


STRUCT_OPS_SOURCE = r"""
#define SEC(n) __attribute__((section(n), used))
char LICENSE[] SEC("license") = "GPL";
struct tcp_congestion_ops { void (*init)(void *sk); char name[16]; };

SEC("struct_ops/my_init") void my_init(void *sk) {}

SEC(".struct_ops") struct tcp_congestion_ops my_ops = { .init = (void *)my_init, .name = "pybpf" };

SEC("xdp") int other(void *ctx) { return 2; }
"""


def test_object_with_struct_ops_map(tmp_path):
    """A struct_ops map does not keep the object's other programs from loading and verifying; its program is
    refused as Linux refuses it without the map's member."""
    import shutil
    import subprocess
    clang = shutil.which("clang-19")
    if clang is None:
        pytest.skip("clang-19 is not installed: the object cannot be built")
    (tmp_path / "so.c").write_text(STRUCT_OPS_SOURCE)
    subprocess.run([clang, "-g", "-O2", "-target", "bpf", "-c", str(tmp_path / "so.c"), "-o", str(tmp_path / "so.o")],
                   check=True, capture_output=True)
    from pybpf.elf import load_collection_spec
    spec = load_collection_spec(str(tmp_path / "so.o"))
    assert set(spec.programs) == {"my_init", "other"}
    other = verify(spec.program("other"), maps=spec.maps, btf=spec.btf)
    assert other.accepted, other.error
    so = verify(spec.program("my_init"), maps=spec.maps, btf=spec.btf)
    assert not so.accepted and so.errno == 524

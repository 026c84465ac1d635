"""BTF-typed contexts (Linux's btf_ctx_access): tp_btf, fentry/fexit/fmod_ret, iterator and LSM programs read their
attach target's arguments as u64s typed by vmlinux BTF. tp_btf cases are also loaded into the running kernel (its
verdict and last error must match pybpf's); this kernel refuses trampolines (fentry/fexit/fmod_ret/LSM) before
verifying, so those are checked against pybpf's idealized mode (``host=False``) and the rules of btf_ctx_access."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from vtest import AVAILABLE, WHY, last_error, normalize_log

from pybpf.btf.types import Kind
from pybpf.isa.asm import assemble
from pybpf.uapi import AttachType, ProgType
from pybpf.verifier import verify
from pybpf.verifier.kfuncs import vmlinux

VML = vmlinux()
pytestmark = pytest.mark.skipif(VML is None, reason="no vmlinux BTF (/sys/kernel/btf/vmlinux) on this host")

RAW_TP, FENTRY, FEXIT, MODRET, ITER = (AttachType.TRACE_RAW_TP, AttachType.TRACE_FENTRY, AttachType.TRACE_FEXIT,
                                       AttachType.MODIFY_RETURN, AttachType.TRACE_ITER)

# tp_btf cases, each also loaded into the kernel: (name, tracepoint, source, expected last error or None)
TP_CASES = [
    ("task_arg_walked", "sched_wakeup", """
        r2 = *(u64 *)(r1 + 0)
        r3 = *(u32 *)(r2 + 8)
        r0 = 0
        exit""", None),
    ("pointer_walk_two_levels", "sched_wakeup", """
        r2 = *(u64 *)(r1 + 0)
        r2 = *(u64 *)(r2 + 0)
        r0 = 0
        exit""", None),
    ("int_arg_scalar", "sched_switch", """
        r2 = *(u64 *)(r1 + 0)
        r3 = *(u32 *)(r1 + 24)
        r2 += r3
        r0 = 0
        exit""", None),
    ("int_arg_not_a_pointer", "sched_switch", """
        r2 = *(u64 *)(r1 + 24)
        r0 = *(u8 *)(r2 + 0)
        r0 = 0
        exit""", "R2 invalid mem access 'scalar'"),
    ("misaligned_arg", "sched_switch", """
        r2 = *(u32 *)(r1 + 4)
        r0 = 0
        exit""", "invalid bpf_context access off=4 size=4"),
    ("unaligned_to_size", "sched_switch", """
        r2 = *(u16 *)(r1 + 3)
        r0 = 0
        exit""", "invalid bpf_context access off=3 size=2"),
    ("past_last_arg", "sched_wakeup", """
        r2 = *(u64 *)(r1 + 8)
        r0 = 0
        exit""", "invalid bpf_context access off=8 size=8"),
    ("beyond_args", "sched_wakeup", """
        r2 = *(u64 *)(r1 + 96)
        r0 = 0
        exit""", "invalid bpf_context access off=96 size=8"),
    ("narrow_pointer_load", "sched_wakeup", """
        r2 = *(u32 *)(r1 + 0)
        r0 = 0
        exit""", "invalid bpf_context access off=0 size=4"),
    ("ctx_write", "sched_switch", """
        r2 = 0
        *(u64 *)(r1 + 0) = r2
        r0 = 0
        exit""", "invalid bpf_context access off=0 size=8"),
    ("non_struct_pointer", "initcall_start", """
        r2 = *(u64 *)(r1 + 0)
        r0 = 0
        exit""", "invalid bpf_context access off=0 size=8"),
    ("void_pointer_scalar", "kfree_skb", """
        r2 = *(u64 *)(r1 + 8)
        r0 = *(u8 *)(r2 + 0)
        r0 = 0
        exit""", "R2 invalid mem access 'scalar'"),
    ("enum_arg_scalar", "kfree_skb", """
        r2 = *(u32 *)(r1 + 16)
        r0 = 0
        exit""", None),
    ("nullable_arg_unchecked", "kfree_skb", """
        r2 = *(u64 *)(r1 + 24)
        r0 = *(u32 *)(r2 + 0)
        r0 = 0
        exit""", "R2 invalid mem access 'trusted_ptr_or_null_'"),
    ("nullable_arg_checked", "kfree_skb", """
        r2 = *(u64 *)(r1 + 24)
        if r2 == 0 goto +1
        r0 = *(u32 *)(r2 + 0)
        r0 = 0
        exit""", None),
    ("raw_tp_null_table", "sched_pi_setprio", """
        r2 = *(u64 *)(r1 + 8)
        r0 = *(u32 *)(r2 + 0)
        r0 = 0
        exit""", "R2 invalid mem access 'trusted_ptr_or_null_'"),
    ("socket_cookie_of_sock_arg", "tcp_destroy_sock", """
        r1 = *(u64 *)(r1 + 0)
        call 46
        r0 = 0
        exit""", None),
    ("socket_cookie_of_ctx", "tcp_destroy_sock", """
        call 46
        r0 = 0
        exit""", "R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_"),
    ("ctx_with_offset_to_helper", "tcp_destroy_sock", """
        r1 += 8
        call 174
        r0 = 0
        exit""", "dereference of modified ctx ptr R1 off=8 disallowed"),
    # check_reg_type's BTF struct match for helper arguments (btf_struct_ids_match), and the struct walk of
    # check_ptr_to_btf_access for loads and helper memory arguments
    ("socket_cookie_of_sock_plus_8", "tcp_destroy_sock", """
        r1 = *(u64 *)(r1 + 0)
        r1 += 8
        call 46
        r0 = 0
        exit""", "R1 is of type sock but sock_common is expected"),
    ("socket_cookie_of_task", "sched_wakeup", """
        r1 = *(u64 *)(r1 + 0)
        call 46
        r0 = 0
        exit""", "R1 is of type task_struct but sock_common is expected"),
    ("task_stack_of_sock", "tcp_destroy_sock", """
        r1 = *(u64 *)(r1 + 0)
        r2 = r10
        r2 += -64
        r3 = 64
        r4 = 0
        call 141
        r0 = 0
        exit""", "R1 is of type sock but task_struct is expected"),
    ("task_stack_of_task", "sched_wakeup", """
        r1 = *(u64 *)(r1 + 0)
        r2 = r10
        r2 += -64
        r3 = 64
        r4 = 0
        call 141
        r0 = 0
        exit""", None),
    ("task_stack_of_task_plus_var", "sched_wakeup", """
        r6 = *(u64 *)(r1 + 0)
        call 7
        r0 &= 8
        r6 += r0
        r1 = r6
        r2 = r10
        r2 += -64
        r3 = 64
        r4 = 0
        call 141
        r0 = 0
        exit""", "variable trusted_ptr_ access var_off=(0x0; 0x8) disallowed"),
    ("trusted_ptr_to_readonly_mem_arg", "sched_wakeup", """
        r1 = *(u64 *)(r1 + 0)
        r2 = 8
        call 6
        r0 = 0
        exit""", None),
    ("trusted_ptr_to_written_mem_arg", "sched_wakeup", """
        r1 = *(u64 *)(r1 + 0)
        r2 = 8
        r3 = 0
        call 113
        r0 = 0
        exit""", "bpf_probe_read_kernel() may write into memory pointed by R1 type=trusted_ptr_"),
    ("trusted_ptr_mem_arg_beyond_struct", "sched_wakeup", """
        r1 = *(u64 *)(r1 + 0)
        r2 = 100000
        call 6
        r0 = 0
        exit""", "access beyond struct task_struct at off 0 size 100000"),
    ("load_beyond_struct", "sched_wakeup", """
        r2 = *(u64 *)(r1 + 0)
        r0 = *(u64 *)(r2 + 30000)
        r0 = 0
        exit""", "access beyond struct task_struct at off 30000 size 8"),
    ("narrow_load_of_ptr_member", "sched_wakeup", """
        r2 = *(u64 *)(r1 + 0)
        r2 = *(u64 *)(r2 + 0)
        r0 = 0
        exit""", None),
    ("sock_ptr_as_map_key", "tcp_destroy_sock", """
        r2 = *(u64 *)(r1 + 0)
        r1 = 0
        call 1
        r0 = 0
        exit""", "R1 type=scalar expected=map_ptr"),
    ("ctx_to_subprog", "sched_wakeup", """
        call pc+2
        r0 = 0
        exit
        r2 = *(u64 *)(r1 + 0)
        r0 = *(u32 *)(r2 + 8)
        r0 = 0
        exit""", None),
    ("ctx_with_offset_to_subprog", "sched_switch", """
        r1 += 8
        call pc+2
        r0 = 0
        exit
        r2 = *(u64 *)(r1 + 0)
        r0 = 0
        exit""", "dereference of modified ctx ptr R1 off=8 disallowed"),
]


def _pybpf(src: str, attach_to: str, attach=RAW_TP, prog_type=ProgType.TRACING, log_level: int = 1):
    return verify(assemble(src), prog_type, attach=attach, attach_to=attach_to, log_level=log_level, host=False)


@pytest.mark.parametrize("name,tp,src,expected", TP_CASES, ids=[c[0] for c in TP_CASES])
def test_tp_btf_pybpf(name, tp, src, expected):
    res = _pybpf(src, tp)
    if expected is None:
        assert res.accepted, res.log
    else:
        assert not res.accepted, res.log
        assert res.error == expected, res.log


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name,tp,src,expected", TP_CASES, ids=[c[0] for c in TP_CASES])
def test_tp_btf_kernel(name, tp, src, expected):
    from pybpf.errors import KernelError
    from pybpf.kernel import load_program
    tid = VML.find_id(f"btf_trace_{tp}", Kind.TYPEDEF)
    try:
        p = load_program(assemble(src), ProgType.TRACING, expected_attach_type=RAW_TP, attach_btf_id=tid)
    except KernelError as e:
        assert expected is not None, e.log
        assert last_error(e.log) == expected, e.log
        return
    p.close()
    assert expected is None, "the kernel accepts it"


def test_log_names_the_argument():
    """The kernel's log lines: the typed argument on success, the reason before ``invalid bpf_context access``."""
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr0 = 0\nexit", "sched_wakeup", log_level=2)
    tid = VML.find_id("task_struct", Kind.STRUCT)
    assert f"func 'sched_wakeup' arg0 has btf_id {tid} type STRUCT 'task_struct'" in res.log
    assert "R2=trusted_ptr_task_struct()" in res.log
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr0 = 0\nexit", "initcall_start")
    assert "func 'initcall_start' arg0 type FUNC_PROTO is not a struct\ninvalid bpf_context access" in res.log
    res = _pybpf("r2 = *(u32 *)(r1 + 4)\nr0 = 0\nexit", "sched_switch")
    assert "func 'sched_switch' offset 4 is not multiple of 8" in res.log
    res = _pybpf("r2 = *(u64 *)(r1 + 16)\nr0 = 0\nexit", "sched_wakeup")
    assert "func 'sched_wakeup' doesn't have 4-th argument" in res.log
    res = _pybpf("r2 = *(u32 *)(r1 + 0)\nr0 = 0\nexit", "sched_wakeup")
    assert "func 'sched_wakeup' size 4 must be 8" in res.log


# fentry / fexit / fmod_ret / iter / LSM, idealized (a kernel with trampolines): (name, type, attach, target,
# source, expected)
TR, LSM = ProgType.TRACING, ProgType.LSM
TRAMP_CASES = [
    ("fentry_int_arg", TR, FENTRY, "bpf_fentry_test1", """
        r2 = *(u32 *)(r1 + 0)
        r0 = 0
        exit""", None),
    ("fentry_no_retval", TR, FENTRY, "bpf_fentry_test1", """
        r2 = *(u64 *)(r1 + 8)
        r0 = 0
        exit""", "invalid bpf_context access off=8 size=8"),
    ("fexit_retval", TR, FEXIT, "bpf_fentry_test1", """
        r2 = *(u64 *)(r1 + 8)
        r0 = 0
        exit""", None),
    ("fexit_past_retval", TR, FEXIT, "bpf_fentry_test1", """
        r2 = *(u64 *)(r1 + 16)
        r0 = 0
        exit""", "invalid bpf_context access off=16 size=8"),
    ("fentry_struct_walk", TR, FENTRY, "bpf_fentry_test7", """
        r2 = *(u64 *)(r1 + 0)
        r2 = *(u64 *)(r2 + 0)
        r0 = 0
        exit""", None),
    ("fentry_load_beyond_struct", TR, FENTRY, "bpf_fentry_test7", """
        r2 = *(u64 *)(r1 + 0)
        r0 = *(u64 *)(r2 + 4096)
        r0 = 0
        exit""", "access beyond struct bpf_fentry_test_t at off 4096 size 8"),
    ("fentry_int_pointer_is_scalar", TR, FENTRY, "bpf_modify_return_test", """
        r2 = *(u64 *)(r1 + 8)
        r0 = *(u32 *)(r2 + 0)
        r0 = 0
        exit""", "R2 invalid mem access 'scalar'"),
    ("fmod_ret_retval", TR, MODRET, "bpf_modify_return_test", """
        r0 = *(u64 *)(r1 + 16)
        exit""", None),
    ("iter_task_maybe_null", TR, ITER, "task", """
        r2 = *(u64 *)(r1 + 8)
        r0 = *(u32 *)(r2 + 0)
        r0 = 0
        exit""", "R2 invalid mem access 'trusted_ptr_or_null_'"),
    ("iter_meta_trusted", TR, ITER, "task", """
        r2 = *(u64 *)(r1 + 0)
        r0 = *(u64 *)(r2 + 0)
        r0 = 0
        exit""", None),
    ("lsm_file_arg", LSM, AttachType.LSM_MAC, "file_open", """
        r2 = *(u64 *)(r1 + 0)
        r0 = *(u32 *)(r2 + 0)
        r0 = 0
        exit""", None),
]


@pytest.mark.parametrize("name,ptype,attach,target,src,expected", TRAMP_CASES, ids=[c[0] for c in TRAMP_CASES])
def test_trampoline_idealized(name, ptype, attach, target, src, expected):
    res = _pybpf(src, target, attach, ptype)
    if expected is None:
        assert res.accepted, res.log
    else:
        assert not res.accepted, res.log
        assert res.error == expected, res.log


def test_register_types():
    """Trusted for tp_btf, iterators and LSM; plain (untrusted walk source) for fentry; the LSM return value so
    far is an errno range."""
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr0 = 0\nexit", "bpf_fentry_test7", FENTRY, log_level=2)
    assert "R2=ptr_bpf_fentry_test_t()" in res.log, res.log
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr0 = 0\nexit", "file_open", AttachType.LSM_MAC, ProgType.LSM, 2)
    assert "R2=trusted_ptr_file()" in res.log, res.log
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr0 = 0\nexit", "task_free", AttachType.LSM_MAC, ProgType.LSM, 2)
    assert "R2=ptr_task_struct()" in res.log, res.log  # untrusted_lsm_hooks
    res = _pybpf("r0 = *(u64 *)(r1 + 8)\nexit", "file_open", AttachType.LSM_MAC, ProgType.LSM, 2)
    assert res.accepted, res.log
    assert "R0=scalar(smin=smin32=-4095,smax=smax32=0" in res.log, res.log


def test_trampolines_still_refused_on_this_host():
    """With host checks on, a kernel without trampolines refuses fentry before its verifier runs."""
    from pybpf.verifier.host import trampoline_errno
    res = verify(assemble("r0 = 0\nexit"), ProgType.TRACING, attach=FENTRY, attach_to="bpf_fentry_test1")
    assert res.accepted == (trampoline_errno() == 0)


def test_unknown_target_keeps_probed_rules():
    """No target (raw instructions without attach_to) or one the kernel lacks: the probed context rules."""
    src = "r2 = *(u64 *)(r1 + 0)\nr0 = 0\nexit"
    assert _pybpf(src, "").accepted
    assert _pybpf(src, "no_such_tracepoint_pybpf").accepted


# -- C: the way programs are written (BPF_PROG-style ctx arrays, CO-RE field reads) ------------------------------
C_SRC = r"""
typedef unsigned long long u64;
typedef unsigned int u32;
#define SEC(n) __attribute__((section(n), used))
struct task_struct { int pid; } __attribute__((preserve_access_index));
struct sock_common { unsigned short skc_family; } __attribute__((preserve_access_index));
struct sock { struct sock_common __sk_common; } __attribute__((preserve_access_index));
struct bpf_fentry_test_t { struct bpf_fentry_test_t *a; } __attribute__((preserve_access_index));
static u64 (*bpf_get_socket_cookie)(void *sk) = (void *)46;
char LICENSE[] SEC("license") = "GPL";
int seen;

SEC("tp_btf/sched_wakeup") int wake(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	seen = p->pid;
	return 0;
}

SEC("tp_btf/sched_switch") int sw(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	seen = (int)ctx[0] + (u32)ctx[3] + next->pid;
	return 0;
}

SEC("tp_btf/tcp_destroy_sock") int destroy(u64 *ctx)
{
	struct sock *sk = (void *)ctx[0];
	seen = sk->__sk_common.skc_family + (int)bpf_get_socket_cookie(sk);
	return 0;
}

SEC("tp_btf/sched_wakeup") int wake_oob(u64 *ctx)
{
	seen = (int)ctx[1];
	return 0;
}

/* ctx handed to functions: a static subprogram, or a global one whose argument is tagged as the context */
#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
static __attribute__((noinline)) int s_walk(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	return p->pid;
}
__attribute__((noinline)) int g_walk(u64 *ctx __arg_ctx)
{
	struct task_struct *p = (void *)ctx[0];
	return p->pid;
}
__attribute__((noinline)) int g_oob(u64 *ctx __arg_ctx)
{
	return (int)ctx[1];
}
SEC("tp_btf/sched_wakeup") int static_ctx(u64 *ctx) { seen = s_walk(ctx); return 0; }
SEC("tp_btf/sched_wakeup") int global_ctx(u64 *ctx) { seen = g_walk(ctx); return 0; }
SEC("tp_btf/sched_wakeup") int global_ctx_oob(u64 *ctx) { seen = g_oob(ctx); return 0; }

SEC("fentry/bpf_fentry_test7") int f7(u64 *ctx)
{
	struct bpf_fentry_test_t *t = (void *)ctx[0];
	seen = t->a != 0;
	return 0;
}

SEC("fexit/bpf_fentry_test1") int x1(u64 *ctx)
{
	seen = (int)ctx[0] + (int)ctx[1];
	return 0;
}
"""
C_EXPECT = {"wake": None, "sw": None, "destroy": None, "wake_oob": "invalid bpf_context access off=8 size=8",
            "f7": None, "x1": None, "static_ctx": None, "global_ctx": None,
            "global_ctx_oob": "invalid bpf_context access off=8 size=8"}
KERNEL_C = sorted(n for n in C_EXPECT if n not in ("f7", "x1"))  # fentry/fexit: no trampolines on this host


@pytest.fixture(scope="module")
def cspec(tmp_path_factory):
    clang = shutil.which("clang-19")
    if clang is None:
        pytest.skip("clang-19 is not installed: the C cases cannot be built")
    from pybpf.elf import load_collection_spec
    d = tmp_path_factory.mktemp("btf_ctx")
    (d / "p.c").write_text(C_SRC)
    subprocess.run([clang, "-g", "-O2", "-target", "bpf", "-mcpu=v3", "-c", str(d / "p.c"), "-o", str(d / "p.o")],
                   check=True, capture_output=True)
    return load_collection_spec(str(d / "p.o"))


@pytest.mark.parametrize("name", sorted(C_EXPECT))
def test_c_pybpf(cspec, name):
    from pybpf.collection.backend import relocate
    prog = relocate(cspec, cspec.program(name), None, {})
    res = verify(prog, maps=cspec.maps, btf=cspec.btf, log_level=1, host=False)
    expected = C_EXPECT[name]
    if expected is None:
        assert res.accepted, res.log
    else:
        assert res.error == expected, res.log


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name", KERNEL_C)
def test_c_kernel(cspec, name):
    from pybpf.verifier.kernel_oracle import kernel_verdict
    k = kernel_verdict(cspec.program(name), cspec.program(name).prog_type, cspec)
    expected = C_EXPECT[name]
    assert k["verdict"] == ("accept" if expected is None else "reject"), k["log"][-2000:]
    if expected is not None:
        assert k["error"] == expected


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name", ["task_arg_walked", "int_arg_scalar", "non_struct_pointer", "nullable_arg_checked"])
def test_tp_btf_log_matches_kernel(name):
    """Level-2 logs line by line: the argument's type line, and the state on its own line after it."""
    from pybpf.errors import KernelError
    from pybpf.kernel import load_program
    _, tp, src, _ = next(c for c in TP_CASES if c[0] == name)
    tid = VML.find_id(f"btf_trace_{tp}", Kind.TYPEDEF)
    try:
        p = load_program(assemble(src), ProgType.TRACING, expected_attach_type=RAW_TP, attach_btf_id=tid,
                         log_level=2)
        klog = p.log
        p.close()
    except KernelError as e:
        klog = e.log
    ours = _pybpf(src, tp, log_level=2).log
    assert normalize_log(ours).splitlines()[:-1] == normalize_log(klog).splitlines()[:-1]


def _member_off(struct: str, member: str) -> int:
    st = VML.type(VML.find_id(struct, Kind.STRUCT))
    return next(m.bit_offset // 8 for m in st.members if m.name == member)


@pytest.mark.parametrize("member,expected", [("real_parent", "rcu_ptr_task_struct()"), ("mm", "ptr_mm_struct()")])
def test_walk_from_trusted_arg(member, expected):
    """Walking a trusted argument in a non-sleepable program (an RCU section): RCU-safe members give rcu_ptr_,
    others a plain ptr_ (not untrusted: they may still go to helpers taking BTF pointers); the kernel agrees."""
    src = f"r2 = *(u64 *)(r1 + 0)\nr3 = *(u64 *)(r2 + {_member_off('task_struct', member)})\nr0 = 0\nexit"
    res = _pybpf(src, "sched_wakeup", log_level=2)
    assert f"R3={expected}" in res.log, res.log
    if AVAILABLE:
        from pybpf.kernel import load_program
        p = load_program(assemble(src), ProgType.TRACING, expected_attach_type=RAW_TP, log_level=2,
                         attach_btf_id=VML.find_id("btf_trace_sched_wakeup", Kind.TYPEDEF))
        klog = p.log
        p.close()
        assert f"R3={expected}" in klog, klog


def test_walk_flags_by_source():
    """Iterator meta->seq keeps its trust (a safe member); walking a plain fentry argument stays plain."""
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr3 = *(u64 *)(r2 + 0)\nr0 = 0\nexit", "task", ITER, log_level=2)
    assert "R3=trusted_ptr_seq_file()" in res.log, res.log
    res = _pybpf("r2 = *(u64 *)(r1 + 0)\nr3 = *(u64 *)(r2 + 0)\nr0 = 0\nexit", "bpf_fentry_test7", FENTRY,
                 log_level=2)
    assert "R3=ptr_bpf_fentry_test_t()" in res.log, res.log

"""Weak externs the kernel lacks, as libbpf loads them: a weak __ksym variable becomes the constant 0 (so
``bpf_ksym_exists()`` branches are dead for pybpf's verifier as for Linux's), and a weak kfunc's call becomes a
poisoned helper call that the kernel refuses only where it is reachable."""

from __future__ import annotations

import pytest
from vtest import AVAILABLE, WHY, build_spec

SOURCE = r"""
typedef unsigned int __u32;
struct __sk_buff { __u32 len; };
#define SEC(n) __attribute__((section(n), used))
#define __ksym __attribute__((section(".ksyms")))
#define __weak __attribute__((weak))
#define bpf_ksym_exists(sym) (!!(sym))
char LICENSE[] SEC("license") = "GPL";

extern const int pybpf_no_such_var __ksym __weak;
extern void pybpf_no_such_kfunc(void) __ksym __weak;
struct task_struct;
extern struct task_struct *bpf_task_from_pid(int pid) __ksym __weak;
extern void bpf_task_release(struct task_struct *p) __ksym __weak;

SEC("tc") int weak_var(struct __sk_buff *skb)
{
	if (bpf_ksym_exists(&pybpf_no_such_var))
		return *(volatile const int *)&pybpf_no_such_var;
	return 0;
}

SEC("tc") int weak_kfunc_dead(struct __sk_buff *skb)
{
	if (bpf_ksym_exists(pybpf_no_such_kfunc))
		pybpf_no_such_kfunc();
	return 0;
}

/* an existing kfunc's address is not 0: the kfunc is called */
SEC("tp_btf/task_newtask") int existing_kfunc(void *ctx)
{
	struct task_struct *t;

	if (!bpf_ksym_exists(bpf_task_from_pid))
		return 0;
	t = bpf_task_from_pid(1);
	if (t)
		bpf_task_release(t);
	return 0;
}
"""


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    return build_spec(tmp_path_factory, "weak", SOURCE)


@pytest.mark.parametrize("name", ["weak_var", "weak_kfunc_dead", "existing_kfunc"])
def test_pybpf_accepts(spec, name):
    from pybpf.verifier import check_program
    res = check_program(spec, spec.program(name))
    assert res.accepted
    if name == "existing_kfunc":  # the call was reached: the kfunc's address is not taken as 0
        assert "bpf_task_from_pid" in res.log or res.processed_insns > 5, res.log


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name", ["weak_var", "weak_kfunc_dead", "existing_kfunc"])
def test_kernel_accepts(spec, name):
    from pybpf.verifier.kernel_oracle import kernel_verdict
    prog = spec.program(name)
    k = kernel_verdict(prog, prog.prog_type, spec)
    assert k["verdict"] == "accept", k["log"][-2000:]

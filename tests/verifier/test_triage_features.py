"""Rules the kernel selftests showed pybpf missing (issue 4): helper prototypes that depend on the program type
(bpf_getsockopt on a socket in cgroup sockopt programs and tcp iterators, bpf_sk_assign of a socket or NULL in
sk_lookup, bpf_sk_storage_get on the context in cgroup sock programs and on a BTF socket in tracing), iterator
key / value buffers (PTR_TO_BUF, read-only or writable) and bpf_kptr_xchg. Each program is checked with pybpf and
with the running kernel."""

from __future__ import annotations

import pytest
from vtest import AVAILABLE, WHY, build_spec, verify_ideal

SOURCE = r"""
typedef unsigned char __u8;
typedef unsigned int __u32;
typedef int __s32;
typedef unsigned long long __u64;
#define SEC(n) __attribute__((section(n), used))
#define __ksym __attribute__((section(".ksyms")))
#define __kptr __attribute__((btf_type_tag("kptr")))
#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define PAI __attribute__((preserve_access_index))
char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; } PAI;
struct sock_common { unsigned short skc_family; } PAI;
struct sock { struct sock_common __sk_common; } PAI;
struct sk_buff { struct sock *sk; } PAI;
struct bpf_map { __u32 id; } PAI;
struct bpf_iter_meta { void *seq; } PAI;
struct bpf_iter__tcp { struct bpf_iter_meta *meta; struct sock_common *sk_common; } PAI;
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; } PAI;
struct bpf_iter__bpf_map_elem { struct bpf_iter_meta *meta; struct bpf_map *map; void *key; void *value; } PAI;
struct bpf_sock { __u32 bound_dev_if; };
struct bpf_sockopt { union { struct bpf_sock *sk; __u64 :64; }; };
struct bpf_sk_lookup { union { struct bpf_sock *sk; __u64 cookie; }; };

extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_setsockopt)(void *sk, int level, int optname, void *optval, int optlen) = (void *)49;
static long (*bpf_getsockopt)(void *sk, int level, int optname, void *optval, int optlen) = (void *)57;
static void *(*bpf_sk_storage_get)(void *map, void *sk, void *value, __u64 flags) = (void *)107;
static long (*bpf_sk_assign)(void *ctx, void *sk, __u64 flags) = (void *)124;
static void *(*bpf_kptr_xchg)(void *dst, void *ptr) = (void *)194;

struct { __uint(type, 24); __uint(map_flags, 1); __type(key, int); __type(value, int); } sk_stg SEC(".maps");

/* 1. per-program-type prototypes */
SEC("cgroup/setsockopt") int getsockopt_on_sk(struct bpf_sockopt *ctx)
{
	char buf[16];
	struct bpf_sock *sk = ctx->sk;

	if (!sk)
		return 1;
	bpf_getsockopt(sk, 6, 13, buf, sizeof(buf));
	return 1;
}

SEC("cgroup/setsockopt") int getsockopt_on_ctx(struct bpf_sockopt *ctx)
{
	char buf[16];

	bpf_getsockopt(ctx, 6, 13, buf, sizeof(buf));
	return 1;
}

SEC("cgroup/getsockopt") int getsockopt_in_getsockopt(struct bpf_sockopt *ctx)
{
	char buf[16];
	struct bpf_sock *sk = ctx->sk;

	if (!sk)
		return 1;
	bpf_getsockopt(sk, 6, 13, buf, sizeof(buf));
	return 1;
}

SEC("iter/tcp") int iter_tcp_setsockopt(struct bpf_iter__tcp *ctx)
{
	struct sock_common *skc = ctx->sk_common;
	int val = 1;

	if (!skc)
		return 0;
	bpf_setsockopt(skc, 6, 13, &val, sizeof(val));
	return 0;
}

SEC("iter/task") int iter_task_setsockopt(struct bpf_iter__task *ctx)
{
	int val = 1;

	bpf_setsockopt(ctx->task, 6, 13, &val, sizeof(val));
	return 0;
}

SEC("sk_lookup") int sk_assign_null(struct bpf_sk_lookup *ctx)
{
	return bpf_sk_assign(ctx, (void *)0, 0) ? 0 : 1;
}

SEC("sk_lookup") int sk_assign_ctx_sk(struct bpf_sk_lookup *ctx)
{
	return bpf_sk_assign(ctx, ctx->sk, 0) ? 0 : 1;
}

SEC("sk_lookup") int sk_assign_ctx(struct bpf_sk_lookup *ctx)
{
	return bpf_sk_assign(ctx, ctx, 0) ? 0 : 1;
}

SEC("cgroup/sock_create") int storage_on_ctx(struct bpf_sock *ctx)
{
	int *v = bpf_sk_storage_get(&sk_stg, ctx, 0, 1);

	if (v)
		*v += 1;
	return 1;
}

SEC("tp_btf/kfree_skb") int storage_on_btf_sock(__u64 *ctx)
{
	struct sk_buff *skb = (void *)ctx[0];
	int *v = bpf_sk_storage_get(&sk_stg, skb->sk, 0, 0);

	return v ? *v : 0;
}

SEC("tp_btf/sched_switch") int storage_on_task(__u64 *ctx)
{
	int *v = bpf_sk_storage_get(&sk_stg, (void *)ctx[1], 0, 0);

	return v ? *v : 0;
}

SEC("fmod_ret/tcp_v4_destroy_sock") int storage_in_fmod_ret(__u64 *ctx)
{
	int *v = bpf_sk_storage_get(&sk_stg, (void *)ctx[0], 0, 0);

	return v ? *v : 0;
}

SEC("fentry/tcp_v4_destroy_sock") int storage_in_fentry(__u64 *ctx)
{
	int *v = bpf_sk_storage_get(&sk_stg, (void *)ctx[0], 0, 0);

	return v ? *v : 0;
}

/* 2. iterator key / value buffers */
SEC("iter/bpf_map_elem") int buf_rw(struct bpf_iter__bpf_map_elem *ctx)
{
	__u32 *key = ctx->key;
	__u64 *val = ctx->value;

	if (!key || !val)
		return 0;
	val[1] += key[0];
	return 0;
}

SEC("iter/bpf_map_elem") int buf_write_key(struct bpf_iter__bpf_map_elem *ctx)
{
	__u32 *key = ctx->key;

	if (!key)
		return 0;
	key[0] = 1;
	return 0;
}

SEC("iter/bpf_map_elem") int buf_unchecked(struct bpf_iter__bpf_map_elem *ctx)
{
	__u32 *key = ctx->key;

	return key[0];
}

/* 3. bpf_kptr_xchg */
struct val { int x; struct task_struct __kptr *t; struct task_struct __kptr_untrusted *u; };
struct { __uint(type, 2); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } kmap SEC(".maps");

static __attribute__((always_inline)) struct val *value(void)
{
	int key = 0;

	return bpf_map_lookup_elem(&kmap, &key);
}

SEC("syscall") int xchg_ok(void *ctx)
{
	struct val *v = value();
	struct task_struct *t, *old;

	if (!v)
		return 0;
	t = bpf_task_from_pid(1);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&v->t, t);
	if (old)
		bpf_task_release(old);
	old = bpf_kptr_xchg(&v->t, (void *)0);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("syscall") int xchg_leaks_old(void *ctx)
{
	struct val *v = value();

	if (!v)
		return 0;
	bpf_kptr_xchg(&v->t, (void *)0);
	return 0;
}

SEC("syscall") int xchg_unchecked_new(void *ctx)
{
	struct val *v = value();
	struct task_struct *old;

	if (!v)
		return 0;
	old = bpf_kptr_xchg(&v->t, bpf_task_from_pid(1));
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("syscall") int xchg_untrusted_field(void *ctx)
{
	struct val *v = value();
	struct task_struct *t, *old;

	if (!v)
		return 0;
	t = bpf_task_from_pid(1);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&v->u, t);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("syscall") int xchg_not_a_kptr(void *ctx)
{
	struct val *v = value();
	struct task_struct *old;

	if (!v)
		return 0;
	old = bpf_kptr_xchg(&v->x, (void *)0);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_switch") int xchg_unreferenced(__u64 *ctx)
{
	struct val *v = value();
	struct task_struct *old;

	if (!v)
		return 0;
	old = bpf_kptr_xchg(&v->t, (void *)ctx[1]);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("syscall") int xchg_stored_twice(void *ctx)
{
	struct val *v = value();
	struct task_struct *t, *old;

	if (!v)
		return 0;
	t = bpf_task_from_pid(1);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&v->t, t);
	if (old)
		bpf_task_release(old);
	old = bpf_kptr_xchg(&v->t, t);
	if (old)
		bpf_task_release(old);
	return 0;
}
"""

# BPF trampolines do not load on this host: these are checked with pybpf (host=False) only
NO_KERNEL = {
    "storage_in_fmod_ret": "helper call is not allowed in probe",  # bpf_sk_storage_tracing_allowed
    "storage_in_fentry": None,
}
# program -> expected pybpf error (a substring) or None for accept; every one loads on this host
CASES = {
    "getsockopt_on_sk": None,
    "getsockopt_on_ctx": "R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_",
    "getsockopt_in_getsockopt": "bpf_getsockopt#57",
    "iter_tcp_setsockopt": None,
    "iter_task_setsockopt": "bpf_setsockopt#49",
    "sk_assign_null": None,
    "sk_assign_ctx_sk": None,
    "sk_assign_ctx": "R2 type=ctx expected=sock",
    "storage_on_ctx": None,
    "storage_on_btf_sock": None,
    "storage_on_task": "R2 is of type task_struct but sock_common is expected",
    "buf_rw": None,
    "buf_write_key": "cannot write into rdonly_buf",
    "buf_unchecked": "invalid mem access 'rdonly_buf_or_null'",
    "xchg_ok": None,
    "xchg_leaks_old": "would lead to reference leak",
    "xchg_unchecked_new": "Possibly NULL pointer passed to helper arg2",
    "xchg_untrusted_field": "off=16 kptr isn't referenced kptr",
    "xchg_not_a_kptr": "off=0 doesn't point to kptr",
    "xchg_unreferenced": "R2 must be referenced when passed to release function",
    "xchg_stored_twice": "R2 type=scalar expected=ptr_, trusted_ptr_, rcu_ptr_",
}


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    return build_spec(tmp_path_factory, "features", SOURCE)


def _verify(spec, name):
    return verify_ideal(spec, name)


@pytest.mark.parametrize("name", sorted({**CASES, **NO_KERNEL}))
def test_pybpf(spec, name):
    expected = {**CASES, **NO_KERNEL}[name]
    res = _verify(spec, name)
    if expected is None:
        assert res.accepted, (res.error, res.log[-3000:])
    else:
        assert not res.accepted, f"{name}: accepted a program Linux rejects"
        assert expected in res.error, res.log[-3000:]


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name", sorted(CASES))
def test_kernel_agrees(spec, name):
    from pybpf.verifier.kernel_oracle import kernel_verdict
    expected = CASES[name]
    prog = spec.program(name)
    k = kernel_verdict(prog, prog.prog_type, spec)
    assert k["verdict"] in ("accept", "reject"), k["error"]
    assert k["verdict"] == ("accept" if expected is None else "reject"), k["log"][-3000:]
    if expected is not None:
        assert expected in k["log"], k["log"][-3000:]

"""Programs the kernel selftests showed pybpf accepting while Linux 6.18 rejects them (issue 4): release kfuncs take
trusted arguments, helper memory in a kernel object starts at the register's offset, kptr fields of map values,
strict types for release arguments, bpf_rdonly_cast, the socket-iterator kfunc filter, exception callbacks called
directly, read-only map values passed to global functions, bpf_strncmp's constant string, and programs
without a program type. Each program is
checked with pybpf and, where it loads on this host, with the running kernel (fentry programs cannot: the host
refuses BPF trampolines, so those are checked with host=False only)."""

from __future__ import annotations

import pytest
from vtest import AVAILABLE, WHY, build_spec, verify_ideal

from pybpf.verifier.env import EINVAL

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

struct task_struct { int pid; char comm[16]; } PAI;
struct cgroup { int level; } PAI;
struct sock_common { unsigned short skc_family; } PAI;
struct bpf_iter_meta { void *seq; } PAI;
struct bpf_iter__tcp { struct bpf_iter_meta *meta; struct sock_common *sk_common; } PAI;
struct __sk_buff { __u32 len; };

extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern struct cgroup *bpf_cgroup_from_id(__u64 id) __ksym;
extern void bpf_cgroup_release(struct cgroup *c) __ksym;
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym;
extern int bpf_sock_destroy(struct sock_common *sk) __ksym;
static long (*bpf_strncmp)(const char *s1, __u32 s1_sz, const char *s2) = (void *)182;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *)2;
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;

/* 1. release kfuncs take trusted arguments: NULL must be ruled out */
SEC("syscall") int release_unchecked(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	bpf_task_release(t);
	return 0;
}

SEC("syscall") int cgroup_release_unchecked(void *ctx)
{
	struct cgroup *c = bpf_cgroup_from_id(1);

	bpf_cgroup_release(c);
	return 0;
}

/* 2. a kernel object passed as helper memory is checked from the register's offset */
SEC("tp_btf/sched_switch") int comm_ok(__u64 *ctx)
{
	struct task_struct *t = (void *)ctx[1];

	return bpf_strncmp(t->comm, 12, "foo");
}

SEC("tp_btf/sched_switch") int comm_too_long(__u64 *ctx)
{
	struct task_struct *t = (void *)ctx[1];

	return bpf_strncmp(t->comm, 17, "foo");
}

/* 3. kptr fields of map values */
struct val { long x; struct task_struct __kptr *t; struct task_struct __kptr_untrusted *u; };
struct { __uint(type, 2); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } kmap SEC(".maps");

SEC("tc") int kptr_load_ok(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);
	struct task_struct *t;

	if (!v)
		return 0;
	t = v->t;
	if (!t)
		return 0;
	return t->pid;
}

SEC("tc") int kptr_untrusted_store_ok(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	v->u = v->u;
	v->u = 0;
	return 0;
}

SEC("tc") int kptr_narrow_load(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	return *(__u32 *)&v->t;
}

SEC("tc") int kptr_misaligned(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	return *(__u64 *)((char *)v + 12) != 0;
}

SEC("tc") int kptr_store_ref(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	v->t = 0;
	return 0;
}

SEC("tc") int kptr_store_scalar(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	asm volatile("r1 = 7; *(u64 *)(%[v] + 16) = r1" :: [v]"r"(v) : "r1", "memory");
	return 0;
}

SEC("tc") int kptr_atomic(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	__sync_fetch_and_add((long *)&v->u, 0);
	return 0;
}

SEC("tc") int kptr_by_helper(struct __sk_buff *skb)
{
	int key = 0;
	struct val *v = bpf_map_lookup_elem(&kmap, &key);

	if (!v)
		return 0;
	bpf_map_update_elem(&kmap, &key, v, 0);
	return 0;
}

/* 4. bpf_rdonly_cast wants a struct (or void); bpf_sock_destroy is for socket iterators only */
SEC("tc") int rdonly_cast_int(struct __sk_buff *skb)
{
	__u64 *p = bpf_rdonly_cast(skb, __builtin_btf_type_id(*(__u64 *)0, 1));

	return *p != 0;
}

SEC("iter/tcp") int destroy_in_iter(struct bpf_iter__tcp *ctx)
{
	struct sock_common *sk = ctx->sk_common;

	if (sk)
		bpf_sock_destroy(sk);
	return 0;
}

SEC("fentry/tcp_v4_destroy_sock") int destroy_in_fentry(__u64 *ctx)
{
	bpf_sock_destroy((void *)ctx[0]);
	return 0;
}

/* the exception callback is reached by bpf_throw only, never by a call */
__attribute__((noinline)) int exc_cb(__u64 cookie)
{
	return cookie;
}

SEC("tc") __attribute__((btf_decl_tag("exception_callback:exc_cb"))) int calls_exc_cb(struct __sk_buff *skb)
{
	return exc_cb(skb->len);
}

/* a global function taking writable memory cannot get a read-only map value */
const volatile int rodata_int = 1;

__attribute__((noinline)) int writes_arg(int *p)
{
	asm volatile("" : "+r"(p));
	return p ? (*p = 42) : 0;
}

SEC("tc") int rodata_to_global(struct __sk_buff *skb)
{
	return writes_arg((int *)&rodata_int);
}

/* bpf_strncmp's third argument is a constant string: NUL-terminated, in a frozen read-only map (.rodata) */
const char good_target[8] = "pybpf";
const char unterminated[4] = {'a', 'b', 'c', 'd'};
char writable_target[8] = "pybpf";

SEC("tc") int strncmp_ok(struct __sk_buff *skb)
{
	char buf[8] = "pybpf";
	return bpf_strncmp(buf, sizeof(buf), good_target);
}

SEC("tc") int strncmp_writable(struct __sk_buff *skb)
{
	char buf[8] = "pybpf";
	return bpf_strncmp(buf, sizeof(buf), writable_target);
}

SEC("tc") int strncmp_unterminated(struct __sk_buff *skb)
{
	char buf[8] = "pybpf";
	return bpf_strncmp(buf, sizeof(buf), unterminated);
}

/* a section name libbpf does not know: no program type */
SEC("not_a_known_section") int no_type(void *ctx)
{
	return 0;
}
"""

# program -> (expected pybpf error prefix or None for accept, kernel comparable on this host)
CASES = {
    "release_unchecked": ("Possibly NULL pointer passed to trusted arg0", True),
    "cgroup_release_unchecked": ("Possibly NULL pointer passed to trusted arg0", True),
    "comm_ok": (None, True),
    "comm_too_long": ("access beyond the end of member comm (mend:", True),
    "kptr_load_ok": (None, True),
    "kptr_untrusted_store_ok": (None, True),
    "kptr_narrow_load": ("kptr access size must be BPF_DW", True),
    "kptr_misaligned": ("kptr access misaligned expected=8 off=12", True),
    "kptr_store_ref": ("store to referenced kptr disallowed", True),
    "kptr_store_scalar": ("invalid kptr access, R1 type=scalar expected=ptr_task_struct or untrusted_ptr_task_struct",
                          True),
    "kptr_atomic": ("kptr in map can only be accessed using BPF_MEM instruction mode", True),
    "kptr_by_helper": ("kptr cannot be accessed indirectly by helper", True),
    "rdonly_cast_int": ("kfunc bpf_rdonly_cast type ID argument must be of a struct or void", True),
    "destroy_in_iter": (None, True),
    "destroy_in_fentry": ("calling kernel function bpf_sock_destroy is not allowed", False),
    "calls_exc_cb": ("cannot call exception cb directly", True),
    "rodata_to_global": ("Caller passes invalid args into func#1 ('writes_arg')", True),
    "strncmp_ok": (None, True),
    "strncmp_writable": ("does not point to a readonly map'", True),
    "strncmp_unterminated": ("string is not zero-terminated", True),
}


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    return build_spec(tmp_path_factory, "safety", SOURCE)


def _verify(spec, name):
    return verify_ideal(spec, name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_pybpf(spec, name):
    expected, _ = CASES[name]
    res = _verify(spec, name)
    if expected is None:
        assert res.accepted, (res.error, res.log[-3000:])
    else:
        assert not res.accepted, f"{name}: accepted a program Linux rejects"
        assert res.error.startswith(expected) or expected in res.error, res.log[-3000:]


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("name", sorted(n for n, (_, k) in CASES.items() if k))
def test_kernel_agrees(spec, name):
    from pybpf.verifier.kernel_oracle import kernel_verdict
    expected, _ = CASES[name]
    prog = spec.program(name)
    k = kernel_verdict(prog, prog.prog_type, spec)
    assert k["verdict"] in ("accept", "reject"), k["error"]
    assert k["verdict"] == ("accept" if expected is None else "reject"), k["log"][-3000:]
    if expected is not None:
        assert expected in k["log"], k["log"][-3000:]


def test_no_program_type_is_a_rejection(spec):
    """Linux refuses BPF_PROG_TYPE_UNSPEC with EINVAL; verify() says so instead of raising."""
    res = _verify(spec, "no_type")
    assert not res.accepted and res.errno == EINVAL
    assert "program type UNSPEC" in res.error and "not_a_known_section" in res.error
    from pybpf.isa import Instruction
    from pybpf.verifier import verify
    raw = verify([Instruction(0xb7, 0, 0, 0, 0), Instruction(0x95, 0, 0, 0, 0)], prog_type="unspec")
    assert not raw.accepted and raw.errno == EINVAL and raw.insn is None


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
def test_no_program_type_kernel(spec):
    from pybpf.verifier.kernel_oracle import kernel_verdict
    prog = spec.program("no_type")
    k = kernel_verdict(prog, prog.prog_type, spec)
    assert k["verdict"] == "reject" and k["errno"] == EINVAL, k


def test_kptr_fields_parsed(spec):
    from pybpf.verifier import map_info
    info = map_info(spec.maps["kmap"], 0, spec.btf)
    assert [(f.offset, f.tag, f.type_name) for f in info.kptrs] == [(8, "kptr", "task_struct"),
                                                                     (16, "kptr_untrusted", "task_struct")]
    assert all(f.btf_id for f in info.kptrs)

/* kfuncs per program type (Linux registers each kfunc set for some program types only), trusted kernel-object
 * arguments of global functions, release kfuncs that need a referenced pointer, and the context passed where a
 * global function expects memory. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

#define __ksym __attribute__((section(".ksyms")))
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))

struct task_struct;
extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

/* the generic kfunc set (task, cgroup acquire/release...) is registered for syscall programs... */
EXPECT_ACCEPT
SEC("syscall") int task_kfunc_syscall(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	if (t)
		bpf_task_release(t);
	return 0;
}

/* ...but not for raw tracepoints, which only see the kfuncs registered for every program type */
EXPECT_REJECT("calling kernel function bpf_task_from_pid is not allowed")
SEC("raw_tp") int task_kfunc_raw_tp(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	if (t)
		bpf_task_release(t);
	return 0;
}

/* the common set (RCU sections, iterators, casts) is there for every type */
EXPECT_ACCEPT
SEC("raw_tp") int rcu_kfunc_raw_tp(void *ctx)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}

/* the empty asm with a memory clobber keeps clang from moving calls across the release */
__attribute__((noinline)) int sub_trusted(struct task_struct *t __arg_trusted)
{
	asm volatile("" ::: "memory");
	return t != 0;
}

__attribute__((noinline)) int sub_trusted_nullable(struct task_struct *t __arg_trusted __arg_nullable)
{
	asm volatile("" ::: "memory");
	return t != 0;
}

/* an acquired pointer is maybe-NULL until checked: a non-nullable trusted argument refuses it */
EXPECT_REJECT("Caller passes invalid args into func#1 ('sub_trusted')")
SEC("syscall") int trusted_arg_maybe_null(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);
	int r = sub_trusted(t);

	if (t)
		bpf_task_release(t);
	return r;
}

EXPECT_ACCEPT
SEC("syscall") int trusted_arg_checked(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);
	int r;

	if (!t)
		return 0;
	r = sub_trusted(t);
	bpf_task_release(t);
	return r;
}

EXPECT_ACCEPT
SEC("syscall") int trusted_arg_nullable(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);
	int r = sub_trusted_nullable(t);

	if (t)
		bpf_task_release(t);
	return r;
}

__attribute__((noinline)) int sub_release_trusted(struct task_struct *t __arg_trusted)
{
	bpf_task_release(t);	/* not this function's reference to drop */
	return 0;
}

EXPECT_REJECT("release kernel function bpf_task_release expects refcounted PTR_TO_BTF_ID")
SEC("syscall") int release_unreferenced(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);
	int r;

	if (!t)
		return 0;
	r = sub_release_trusted(t);
	bpf_task_release(t);
	return r;
}

struct user_mem { int x; };

__attribute__((noinline)) int sub_user_mem(struct user_mem *m)
{
	return m ? m->x : 0;
}

/* a global function may write the memory it is given: a tracepoint's context cannot be written */
EXPECT_REJECT("Caller passes invalid args into func#1 ('sub_user_mem')")
SEC("tracepoint") int ctx_as_user_mem(void *ctx)
{
	return sub_user_mem(ctx);
}

EXPECT_ACCEPT
SEC("tracepoint") int stack_as_user_mem(void *ctx)
{
	struct user_mem m = { .x = 42 };

	return sub_user_mem(&m);
}

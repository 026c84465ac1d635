/* CO-RE reads in an entry program and in a static subprogram, against kernel structs declared locally. */
#include "bpf_defs.h"

#define __pai __attribute__((preserve_access_index))
#define FIELD_EXISTS(p, f) __builtin_preserve_field_info((p)->f, 2)

char LICENSE[] SEC("license") = "GPL";

struct task_struct {
	int pid;
	int tgid;
	struct task_struct *real_parent;
	int no_such_field_in_the_kernel;
} __pai;

__u64 seen_pid, seen_tgid, seen_ppid, has_field;

static __noinline int parent_pid(struct task_struct *t)
{
	struct task_struct *parent;
	int pid = 0;

	bpf_probe_read_kernel(&parent, sizeof(parent), &t->real_parent);
	bpf_probe_read_kernel(&pid, sizeof(pid), &parent->pid);
	return pid;
}

/* A hidden global: libbpf marks it static in BTF, so the kernel verifies it with its caller. */
__hidden __noinline int read_tgid(struct task_struct *t)
{
	int tgid = 0;

	bpf_probe_read_kernel(&tgid, sizeof(tgid), &t->tgid);
	return tgid;
}

SEC("kprobe/do_unlinkat") int core_kprobe(void *ctx)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_pid_tgid();
	int pid = 0;

	bpf_probe_read_kernel(&pid, sizeof(pid), &t->pid);
	seen_pid = pid;
	seen_tgid = read_tgid(t);
	seen_ppid = parent_pid(t);
	has_field = FIELD_EXISTS(t, no_such_field_in_the_kernel);
	return 0;
}

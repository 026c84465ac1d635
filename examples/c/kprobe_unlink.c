/* A kprobe on do_unlinkat(int dfd, struct filename *name): counts calls per process and remembers the last
 * directory fd, read from the saved registers (struct pt_regs, x86-64 layout). Linux cannot test-run kprobes
 * (there is no BPF_PROG_TEST_RUN for them), so this one runs on the interp backend only, with the register
 * contents given as the context bytes; the kernel backend loads it (the verifier accepts it) and refuses to run it.
 * Demonstrates: kprobe programs, context bytes given by the caller, bpf_get_current_pid_tgid (deterministic in the
 * interpreter with env="deterministic"). */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

/* struct pt_regs on x86-64: r15 r14 r13 r12 bp bx r11 r10 r9 r8 ax cx dx si di orig_ax ip cs flags sp ss */
struct pt_regs {
	unsigned long r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di;
	unsigned long orig_ax, ip, cs, flags, sp, ss;
};

static __u64 (*bpf_get_current_pid_tgid)(void) = (void *)14;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} calls SEC(".maps");

__s64 last_dfd;

SEC("kprobe/do_unlinkat") int kprobe_unlink(struct pt_regs *regs)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *n;

	last_dfd = (int)regs->di;   /* first argument */
	n = bpf_map_lookup_elem(&calls, &tgid);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&calls, &tgid, &one, BPF_NOEXIST);
	return 0;
}

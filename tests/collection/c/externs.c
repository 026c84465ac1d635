/* .kconfig externs and a kfunc the interpreter resolves to a host function. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern int CONFIG_PYBPF_NOT_A_REAL_OPTION __kconfig __weak;
extern __u64 pybpf_add(__u64 a, __u64 b) __attribute__((section(".ksyms")));

struct out { __u32 version; __s32 bpf_syscall, missing; __u32 pad; __u64 sum; };

SEC("syscall") int read_config(struct out *o)
{
	o->version = LINUX_KERNEL_VERSION;
	o->bpf_syscall = CONFIG_BPF_SYSCALL;
	o->missing = CONFIG_PYBPF_NOT_A_REAL_OPTION;
	return 0;
}

SEC("syscall") int call_host(struct out *o)
{
	o->sum = pybpf_add(o->sum, 40);
	return 0;
}

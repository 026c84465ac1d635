/* Global data in .data/.rodata/.bss and custom .data.foo/.rodata.bar sections, .kconfig and __ksym externs. */
#include "bpf_defs.h"

char LICENSE[] SEC("license") = "GPL";
__u32 VERSION SEC("version") = 0x060c00;

__u64 counter = 5;                                  /* .data */
__u32 hits;                                         /* .bss */
volatile const __u32 threshold = 42;                /* .rodata: set from Python before load */
volatile const char greeting[8] = "hello";          /* .rodata */
static __u64 private_total;                         /* .bss, static */
__hidden __u32 hidden_flag = 1;                     /* .data, hidden -> static */
__u64 foo_values[4] SEC(".data.foo") = {1, 2, 3, 4};
const volatile __u16 bar_const SEC(".rodata.bar") = 7;

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern enum libbpf_tristate CONFIG_BPF_SYSCALL __kconfig __weak;
extern _Bool CONFIG_DEBUG_INFO_BTF __kconfig __weak;
extern const char CONFIG_DEFAULT_HOSTNAME[8] __kconfig __weak;

extern const int bpf_prog_active __ksym;            /* typed ksym variable */
extern const void bpf_link_fops __ksym __weak;      /* typeless ksym */
struct task_struct;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym __weak;
extern void bpf_task_release(struct task_struct *p) __ksym __weak;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

SEC("xdp") int data_prog(struct xdp_md *ctx)
{
	char fmt[] = "v=%u";

	counter += threshold;
	hits++;
	private_total += foo_values[2] + bar_const + hidden_flag;
	if (LINUX_KERNEL_VERSION > 0x050000 && CONFIG_BPF_SYSCALL == TRI_YES && CONFIG_DEBUG_INFO_BTF)
		counter += greeting[0] + CONFIG_DEFAULT_HOSTNAME[0];
	bpf_trace_printk(fmt, sizeof(fmt), hits);
	return threshold > 10 ? 2 : 1;
}

SEC("tp_btf/sys_enter") int ksym_prog(void *ctx)
{
	const int *p = &bpf_prog_active;

	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	if (&bpf_link_fops)
		counter++;
	return p ? 0 : 1;
}

SEC("syscall") int str_prog(void *ctx)
{
	bpf_trace_printk("literal %d\n", sizeof("literal %d\n"), 3);
	return 0;
}

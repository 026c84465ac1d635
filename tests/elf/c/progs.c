/* Several programs and SEC types, static and global subprograms shared by two programs, a bpf_loop callback. */
#include "bpf_defs.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

static __noinline __u64 bump(__u32 idx, __u64 by)
{
	__u64 *v = bpf_map_lookup_elem(&counters, &idx);

	if (!v)
		return 0;
	__sync_fetch_and_add(v, by);
	return *v;
}

__noinline int global_helper(int x)
{
	return x * 3 + (int)bump(1, x);
}

static __noinline int mix(int a)
{
	return global_helper(a) ^ 5;
}

static int loop_cb(__u32 index, void *ctx)
{
	__u64 *sum = ctx;

	*sum += index;
	return 0;
}

SEC("xdp") int xdp_prog(struct xdp_md *ctx)
{
	__u64 sum = 0;

	bpf_loop(4, loop_cb, &sum, 0);
	bump(0, sum);
	return mix(ctx->ingress_ifindex) & 3;
}

SEC("tc") int tc_prog(struct __sk_buff *skb)
{
	return global_helper(skb->len) > 10 ? 0 : 2;
}

SEC("classifier") int cls_prog(struct __sk_buff *skb)
{
	return (int)bump(2, skb->mark) & 1;
}

SEC("socket") int sock_prog(struct __sk_buff *skb)
{
	return skb->len;
}

SEC("kprobe/do_unlinkat") int kprobe_prog(void *ctx)
{
	bump(3, 1);
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_openat") int tp_prog(void *ctx)
{
	return mix(1) & 0;
}

SEC("raw_tp/sys_enter") int raw_tp_prog(void *ctx)
{
	return 0;
}

SEC("fentry/do_unlinkat") int fentry_prog(void *ctx)
{
	return 0;
}

SEC("syscall") int syscall_prog(void *ctx)
{
	return global_helper(2);
}

SEC("?xdp") int lazy_prog(struct xdp_md *ctx)
{
	return 2;
}

/* Two programs in one section. */
SEC("xdp") int xdp_second(struct xdp_md *ctx)
{
	return 1;
}

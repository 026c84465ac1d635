/* bpf-to-bpf calls: frames, callee-saved registers, return values, the call depth and the combined stack. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

static __noinline int add_one(int x)
{
	return x + 1;
}

EXPECT_ACCEPT
SEC("xdp") int static_call(struct xdp_md *ctx)
{
	int v = add_one(ctx->rx_queue_index);
	return v > 2 ? 2 : (v < 0 ? 0 : v);
}

static __noinline int sum_buf(const __u8 *buf, int n)
{
	int s = 0;
	for (int i = 0; i < 16 && i < n; i++)
		s += buf[i];
	return s;
}

EXPECT_ACCEPT
SEC("xdp") int callee_reads_caller_stack(struct xdp_md *ctx)
{
	__u8 buf[16];
	for (int i = 0; i < 16; i++)
		buf[i] = i * ctx->rx_queue_index;
	return sum_buf(buf, 16) & 1;
}

__noinline int global_clamp(int v)
{
	if (v > 2)
		return 2;
	return v < 0 ? 0 : v;
}

EXPECT_ACCEPT
SEC("xdp") int global_call(struct xdp_md *ctx)
{
	return global_clamp(ctx->rx_queue_index);
}

__noinline int global_reads_ctx(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;

	if (data + 1 > end)
		return 0;
	return *(__u8 *)data & 1;
}

EXPECT_ACCEPT
SEC("xdp") int global_with_ctx(struct xdp_md *ctx)
{
	return global_reads_ctx(ctx);
}

__noinline int global_unsafe(__u8 *p)
{
	return p[0];	/* p may be NULL: the global function is verified for any argument */
}

EXPECT_REJECT("R1 invalid mem access 'mem_or_null'")
SEC("xdp") int global_null_deref(struct xdp_md *ctx)
{
	__u8 b = 1;
	return global_unsafe(&b) & 1;
}

__noinline int global_takes_mem(__u64 *p)
{
	if (!p)
		return 0;
	return *p & 1;
}

EXPECT_REJECT("Caller passes invalid args into func#1 ('global_takes_mem')")
SEC("xdp") int global_bad_arg(struct xdp_md *ctx)
{
	__u8 small = 1;	/* one byte where the prototype needs eight */
	return global_takes_mem((__u64 *)&small);
}

/* Map-heavy: a chain of eight tail calls through a prog_array; each stage adds to a counter in the packet and jumps
 * to the next stage, the last one returns. */
#include "bench.h"

SEC("xdp") int stage(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__array(values, int (struct xdp_md *));
} stages SEC(".maps") = {
	.values = { [0] = (void *)&stage, [1] = (void *)&stage, [2] = (void *)&stage, [3] = (void *)&stage,
		    [4] = (void *)&stage, [5] = (void *)&stage, [6] = (void *)&stage, [7] = (void *)&stage },
};

SEC("xdp") int stage(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 *n = data;

	if ((void *)(n + 1) > end)
		return XDP_ABORTED;
	*n += 1;
	bpf_tail_call(ctx, &stages, *n & 7);   /* the 33-call limit ends the chain */
	return XDP_PASS;
}

SEC("xdp") int tail_chain(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 *n = data;

	if ((void *)(n + 1) > end)
		return XDP_ABORTED;
	*n = 0;
	bpf_tail_call(ctx, &stages, 0);
	return XDP_DROP;
}

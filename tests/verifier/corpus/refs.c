/* References: ring buffer records must be submitted or discarded on every path. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

EXPECT_ACCEPT
SEC("xdp") int reserve_submit(struct xdp_md *ctx)
{
	__u64 *rec = bpf_ringbuf_reserve(&events, 8, 0);

	if (!rec)
		return 1;
	*rec = ctx->rx_queue_index;
	bpf_ringbuf_submit(rec, 0);
	return 2;
}

EXPECT_REJECT("BPF_EXIT instruction in main prog would lead to reference leak")
SEC("xdp") int reserve_leak(struct xdp_md *ctx)
{
	__u64 *rec = bpf_ringbuf_reserve(&events, 8, 0);

	if (!rec)
		return 1;
	*rec = 1;
	if (ctx->rx_queue_index)
		return 2;	/* leaks the record */
	bpf_ringbuf_submit(rec, 0);
	return 2;
}

EXPECT_REJECT("R0 min value is outside of the allowed memory range")
SEC("xdp") int reserve_overflow(struct xdp_md *ctx)
{
	__u64 *rec = bpf_ringbuf_reserve(&events, 8, 0);

	if (!rec)
		return 1;
	rec[1] = 1;
	bpf_ringbuf_submit(rec, 0);
	return 2;
}

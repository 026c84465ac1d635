/* Loops: bounded loops are explored until they exit; precision tracking keeps the exploration small. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

EXPECT_ACCEPT
SEC("xdp") int bounded_sum(struct xdp_md *ctx)
{
	__u32 s = 0;

	for (__u32 i = 0; i < ctx->rx_queue_index && i < 1000; i++)
		s += i * ctx->ingress_ifindex;
	return s & 1;
}

EXPECT_ACCEPT
SEC("xdp") int bounded_array_walk(struct xdp_md *ctx)
{
	__u8 buf[64];
	__u32 s = 0;

	for (int i = 0; i < 64; i++)
		buf[i] = i ^ ctx->rx_queue_index;
	for (int i = 0; i < 64; i++)
		s += buf[(i * 7) & 63];
	return s & 1;
}

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} hist SEC(".maps");

EXPECT_ACCEPT
SEC("xdp") int loop_with_lookups(struct xdp_md *ctx)
{
	__u64 total = 0;

	for (__u32 i = 0; i < 200; i++) {
		__u32 k = (i * 13) & 255;
		__u64 *v = bpf_map_lookup_elem(&hist, &k);

		if (v)
			total += *v;
	}
	return total & 1;
}

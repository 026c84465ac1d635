/* Map values: NULL checks, value bounds, read-only maps. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct val { __u64 n; __u32 arr[4]; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct val);
} vals SEC(".maps");

EXPECT_ACCEPT
SEC("xdp") int lookup_checked(struct xdp_md *ctx)
{
	__u32 k = ctx->rx_queue_index;
	struct val *v = bpf_map_lookup_elem(&vals, &k);

	if (!v)
		return 1;
	__sync_fetch_and_add(&v->n, 1);
	return 2;
}

EXPECT_REJECT("R0 invalid mem access 'map_value_or_null'")
SEC("xdp") int lookup_unchecked(struct xdp_md *ctx)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&vals, &k);

	return v->n & 1;
}

EXPECT_ACCEPT
SEC("xdp") int index_bounded(struct xdp_md *ctx)
{
	__u32 k = 0, i = ctx->rx_queue_index;
	struct val *v = bpf_map_lookup_elem(&vals, &k);

	if (!v || i >= 4)
		return 1;
	return v->arr[i] & 1;
}

EXPECT_REJECT("R0 unbounded memory access, make sure to bounds check any such access")
SEC("xdp") int index_unbounded(struct xdp_md *ctx)
{
	__u32 k = 0, i = ctx->rx_queue_index;
	struct val *v = bpf_map_lookup_elem(&vals, &k);

	if (!v)
		return 1;
	return v->arr[i] & 1;
}

EXPECT_REJECT("R0 max value is outside of the allowed memory range")
SEC("xdp") int index_off_by_one(struct xdp_md *ctx)
{
	__u32 k = 0, i = ctx->rx_queue_index;
	struct val *v = bpf_map_lookup_elem(&vals, &k);

	if (!v || i > 4)
		return 1;
	return v->arr[i] & 1;
}

const volatile __u32 limit = 3;

EXPECT_ACCEPT
SEC("xdp") int rodata_constant(struct xdp_md *ctx)
{
	__u32 k = 0;
	struct val *v = bpf_map_lookup_elem(&vals, &k);

	if (!v)
		return 1;
	return v->arr[limit] & 1;	/* .rodata is frozen: limit is known to be 3 */
}

/* Atomics on map values: per packet, 64 rounds of fetch-and-add, xchg, cmpxchg and or/and/xor on counters in an
 * array map. */
#include "bench.h"

struct counters { __u64 v[8]; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct counters);
} ctrs SEC(".maps");

SEC("xdp") int atomics(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct counters *c = bpf_map_lookup_elem(&ctrs, &zero);
	__u64 acc = 0;

	if (!c)
		return XDP_ABORTED;
	for (int i = 0; i < 64; i++) {
		acc += __sync_fetch_and_add(&c->v[i & 7], i);
		__sync_fetch_and_or(&c->v[(i + 1) & 7], 1);
		__sync_fetch_and_xor(&c->v[(i + 2) & 7], acc);
		acc += __sync_lock_test_and_set(&c->v[(i + 3) & 7], acc);
		acc += __sync_val_compare_and_swap(&c->v[(i + 4) & 7], acc, i);
	}
	return acc & 1 ? XDP_PASS : XDP_DROP;
}

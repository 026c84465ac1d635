/* LRU eviction: a connection table far smaller than the traffic. Each packet inserts `count` connections
 * (count and the first id come from the packet's first payload bytes) with bpf_loop, looking up the first one
 * after each insertion so it stays recently used; lru_hash evicts the least recently used entries the way Linux
 * does (per-CPU free lists, active/inactive lists, reference bits), and lru_percpu_hash keeps a per-CPU last-seen
 * value per connection.
 * Demonstrates: lru_hash, lru_percpu_hash, bpf_loop with a callback and a context on the stack. XDP. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct conn { __u64 first_seen, packets; };

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct conn);
} conns SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u32);
} last_seen SEC(".maps");

struct loop_ctx { __u32 first, hot, inserted, failed; };

static long insert_one(__u32 i, struct loop_ctx *lc)
{
	__u32 id = lc->first + i;
	struct conn c = { .first_seen = id, .packets = 1 };
	struct conn *old;

	old = bpf_map_lookup_elem(&conns, &id);
	if (old) {
		old->packets += 1;
	} else if (bpf_map_update_elem(&conns, &id, &c, BPF_NOEXIST)) {
		lc->failed += 1;
		return 0;
	}
	bpf_map_update_elem(&last_seen, &id, &i, BPF_ANY);
	lc->inserted += 1;
	bpf_map_lookup_elem(&conns, &lc->hot);  /* keeps the hot connection recently used */
	return 0;
}

SEC("xdp") int lru_conntrack(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u8 *payload = data + sizeof(struct ethhdr);
	struct loop_ctx lc = {};
	__u32 count;

	if ((void *)(payload + 2) > end)
		return XDP_PASS;
	count = payload[0] & 63;
	lc.first = payload[1] * 64;
	lc.hot = lc.first;
	bpf_loop(count, insert_one, &lc, 0);
	return lc.failed ? XDP_DROP : XDP_PASS;
}

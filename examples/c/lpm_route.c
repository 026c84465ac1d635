/* LPM routing: the IPv4 destination is looked up in an lpm_trie of routes (filled from user space); the longest
 * matching prefix decides the action (drop, pass, or send back) and its hit counter is bumped atomically.
 * Packets without a route are counted in an array.
 * Demonstrates: lpm_trie (BPF_F_NO_PREALLOC, struct bpf_lpm_trie_key layout), atomics on map values. XDP. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct route_key { __u32 prefixlen; __u8 addr[4]; };
struct route { __u32 action; __u32 pad; __u64 hits; };

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 64);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct route_key);
	__type(value, struct route);
} routes SEC(".maps");

enum { MISS_NOT_IP, MISS_NO_ROUTE, NMISS };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NMISS);
	__type(key, __u32);
	__type(value, __u64);
} misses SEC(".maps");

static __always_inline int miss(__u32 why)
{
	__u64 *v = bpf_map_lookup_elem(&misses, &why);

	if (v)
		__sync_fetch_and_add(v, 1);
	return XDP_PASS;
}

SEC("xdp") int lpm_route(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct route_key key = { .prefixlen = 32 };
	struct route *r;

	if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return miss(MISS_NOT_IP);
	__builtin_memcpy(key.addr, &ip->daddr, 4);
	r = bpf_map_lookup_elem(&routes, &key);
	if (!r)
		return miss(MISS_NO_ROUTE);
	__sync_fetch_and_add(&r->hits, 1);
	return r->action <= XDP_TX ? r->action : XDP_ABORTED;
}

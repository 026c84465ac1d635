/* Map-heavy: longest-prefix-match lookups of the IPv4 source and destination in a route table (an LPM trie filled
 * from user space with overlapping prefixes); the matched routes' hit counters are bumped. */
#include "bench.h"

struct route_key { __u32 prefixlen; __u8 addr[4]; };
struct route { __u32 action; __u32 pad; __u64 hits; };

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 1024);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct route_key);
	__type(value, struct route);
} routes SEC(".maps");

static __always_inline __u32 route(__be32 addr)
{
	struct route_key key = { .prefixlen = 32 };
	struct route *r;

	__builtin_memcpy(key.addr, &addr, 4);
	r = bpf_map_lookup_elem(&routes, &key);
	if (!r)
		return XDP_PASS;
	__sync_fetch_and_add(&r->hits, 1);
	return r->action;
}

SEC("xdp") int lpm(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	__u32 a, b;

	if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	a = route(ip->saddr);
	b = route(ip->daddr);
	return a == XDP_DROP || b == XDP_DROP ? XDP_DROP : XDP_PASS;
}

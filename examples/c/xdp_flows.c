/* XDP parsing with bounds checks: Ethernet, an optional 802.1Q tag, IPv4 or IPv6, then TCP or UDP ports; every
 * header is checked against data_end before it is read.
 * Demonstrates: direct packet access, bpf-to-bpf calls (static subprograms taking packet pointers, and a global
 * function verified on its own), a percpu_array of per-protocol counters, a hash map of flows (5-tuple ->
 * packets, bytes) updated with atomics, and a percpu_hash of bytes per source address. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct flow_key {
	__u8 src[16], dst[16];
	__u16 sport, dport;
	__u8 proto, family;
	__u16 pad;
};
struct flow_stats { __u64 packets, bytes; };

enum { STAT_IPV4, STAT_IPV6, STAT_TCP, STAT_UDP, STAT_OTHER, STAT_MALFORMED, NSTATS };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NSTATS);
	__type(key, __u32);
	__type(value, __u64);
} proto_stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, struct flow_key);
	__type(value, struct flow_stats);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} bytes_by_source SEC(".maps");

struct cursor { void *pos, *end; };

static __noinline void bump(__u32 stat)
{
	__u64 *v = bpf_map_lookup_elem(&proto_stats, &stat);

	if (v)
		*v += 1;
}

/* Returns the EtherType after the (optional) VLAN tag, or 0 when the headers do not fit. */
static __noinline int parse_eth(struct cursor *c)
{
	struct ethhdr *eth = c->pos;
	struct vlanhdr *vlan;
	__u16 proto;

	if ((void *)(eth + 1) > c->end)
		return 0;
	proto = eth->h_proto;
	c->pos = eth + 1;
	if (proto == bpf_htons(ETH_P_8021Q)) {
		vlan = c->pos;
		if ((void *)(vlan + 1) > c->end)
			return 0;
		proto = vlan->proto;
		c->pos = vlan + 1;
	}
	return bpf_ntohs(proto);
}

/* Fills the addresses and protocol; returns the L4 protocol, or -1 when the header is truncated. */
static __noinline int parse_ip(struct cursor *c, int ethertype, struct flow_key *key)
{
	if (ethertype == ETH_P_IP) {
		struct iphdr *ip = c->pos;
		__u32 ihl;

		if ((void *)(ip + 1) > c->end)
			return -1;
		ihl = (ip->ihl_version & 0xf) * 4;
		if (ihl < sizeof(*ip))
			return -1;
		__builtin_memcpy(key->src, &ip->saddr, 4);
		__builtin_memcpy(key->dst, &ip->daddr, 4);
		key->family = 4;
		c->pos = (void *)ip + ihl;
		return ip->protocol;
	}
	if (ethertype == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = c->pos;

		if ((void *)(ip6 + 1) > c->end)
			return -1;
		__builtin_memcpy(key->src, ip6->saddr, 16);
		__builtin_memcpy(key->dst, ip6->daddr, 16);
		key->family = 6;
		c->pos = ip6 + 1;
		return ip6->nexthdr;
	}
	return -1;
}

/* A global function: the verifier checks it once, against its BTF prototype (key may be NULL). */
__noinline int account_flow(struct flow_key *key, __u32 len)
{
	struct flow_stats init = { .packets = 1, .bytes = len };
	struct flow_stats *st;

	if (!key)
		return 0;
	st = bpf_map_lookup_elem(&flows, key);
	if (st) {
		__sync_fetch_and_add(&st->packets, 1);
		__sync_fetch_and_add(&st->bytes, len);
		return 1;
	}
	return bpf_map_update_elem(&flows, key, &init, BPF_NOEXIST) == 0;
}

SEC("xdp") int xdp_flows(struct xdp_md *ctx)
{
	struct cursor c = { .pos = (void *)(long)ctx->data, .end = (void *)(long)ctx->data_end };
	struct flow_key key = {};
	__u32 len = ctx->data_end - ctx->data;
	__u32 source;
	__u64 *bytes, one;
	int ethertype, proto;

	ethertype = parse_eth(&c);
	if (ethertype != ETH_P_IP && ethertype != ETH_P_IPV6) {
		bump(STAT_OTHER);
		return XDP_PASS;
	}
	proto = parse_ip(&c, ethertype, &key);
	if (proto < 0) {
		bump(STAT_MALFORMED);
		return XDP_DROP;
	}
	bump(ethertype == ETH_P_IP ? STAT_IPV4 : STAT_IPV6);
	key.proto = proto;
	if (proto == IPPROTO_TCP || proto == IPPROTO_UDP) {
		struct udphdr *ports = c.pos;   /* TCP and UDP both start with the two ports */

		if ((void *)(ports + 1) > c.end) {
			bump(STAT_MALFORMED);
			return XDP_DROP;
		}
		key.sport = bpf_ntohs(ports->source);
		key.dport = bpf_ntohs(ports->dest);
		bump(proto == IPPROTO_TCP ? STAT_TCP : STAT_UDP);
	}
	account_flow(&key, len);

	__builtin_memcpy(&source, &key.src[key.family == 4 ? 0 : 12], 4);
	bytes = bpf_map_lookup_elem(&bytes_by_source, &source);
	if (bytes) {
		*bytes += len;
	} else {
		one = len;
		bpf_map_update_elem(&bytes_by_source, &source, &one, BPF_ANY);
	}
	return XDP_PASS;
}

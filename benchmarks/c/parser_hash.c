/* Map-heavy: parse Ethernet / IPv4 / UDP or TCP, build the 5-tuple and count the flow in a hash map (insert on the
 * first packet, atomic increments after), plus a per-protocol array counter. */
#include "bench.h"

struct flow { __be32 saddr, daddr; __be16 sport, dport; __u8 proto, pad[3]; };
struct stats { __u64 packets, bytes; };

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, struct flow);
	__type(value, struct stats);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} protos SEC(".maps");

SEC("xdp") int parser_hash(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct flow key = {};
	struct stats *st, init;
	__u64 *count;
	__u32 proto;

	if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	proto = ip->protocol;
	count = bpf_map_lookup_elem(&protos, &proto);
	if (count)
		__sync_fetch_and_add(count, 1);
	key.saddr = ip->saddr;
	key.daddr = ip->daddr;
	key.proto = ip->protocol;
	if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *udp = (void *)(ip + 1);

		if ((void *)(udp + 1) > end)
			return XDP_DROP;
		key.sport = udp->source;
		key.dport = udp->dest;
	} else if (ip->protocol == IPPROTO_TCP) {
		struct tcphdr *tcp = (void *)(ip + 1);

		if ((void *)(tcp + 1) > end)
			return XDP_DROP;
		key.sport = tcp->source;
		key.dport = tcp->dest;
	}
	st = bpf_map_lookup_elem(&flows, &key);
	if (st) {
		__sync_fetch_and_add(&st->packets, 1);
		__sync_fetch_and_add(&st->bytes, (__u64)(end - data));
		return XDP_PASS;
	}
	init.packets = 1;
	init.bytes = end - data;
	bpf_map_update_elem(&flows, &key, &init, BPF_NOEXIST);
	return XDP_PASS;
}

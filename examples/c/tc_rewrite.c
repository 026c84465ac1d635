/* tc: rewrite DNS traffic to a local resolver port. UDP packets to port 53 get destination port 5353, written
 * with bpf_skb_store_bytes, and their UDP checksum fixed incrementally from bpf_csum_diff's result; the packet is
 * marked (skb->mark, visible in ctx_out). Packets whose TTL is about to expire are dropped.
 * Demonstrates: tc (sched_cls) programs, __sk_buff fields read and written, bpf_skb_load_bytes /
 * bpf_skb_store_bytes, bpf_csum_diff, a percpu_array of counters. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

#define DNS_PORT 53
#define LOCAL_PORT 5353
#define UDP_OFF (sizeof(struct ethhdr) + sizeof(struct iphdr))

enum { C_SEEN, C_REWRITTEN, C_TTL_DROP, NCOUNTERS };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NCOUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

static __always_inline void count(__u32 which)
{
	__u64 *v = bpf_map_lookup_elem(&counters, &which);

	if (v)
		*v += 1;
}

static __always_inline __u16 fold(__s64 sum)
{
	__u64 s = (__u64)sum;

	s = (s & 0xffff) + (s >> 16);
	s = (s & 0xffff) + (s >> 16);
	s = (s & 0xffff) + (s >> 16);
	return (__u16)s;
}

SEC("tc") int tc_rewrite(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct udphdr udp;
	__be32 old_word, new_word;
	__u16 check;
	__s64 diff;

	count(C_SEEN);
	if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP) || ip->ihl_version != 0x45)
		return TC_ACT_OK;
	if (ip->ttl <= 1) {
		count(C_TTL_DROP);
		return TC_ACT_SHOT;
	}
	if (ip->protocol != IPPROTO_UDP || bpf_skb_load_bytes(skb, UDP_OFF, &udp, sizeof(udp)))
		return TC_ACT_OK;
	if (udp.dest != bpf_htons(DNS_PORT))
		return TC_ACT_OK;

	/* checksum update (RFC 1624) over the 32-bit word holding both ports */
	old_word = ((__u32)udp.dest << 16) | udp.source;
	udp.dest = bpf_htons(LOCAL_PORT);
	new_word = ((__u32)udp.dest << 16) | udp.source;
	if (udp.check) {
		diff = bpf_csum_diff(&old_word, 4, &new_word, 4, (__u16)~udp.check);
		check = ~fold(diff);
		udp.check = check ? check : 0xffff;
	}
	if (bpf_skb_store_bytes(skb, UDP_OFF, &udp, sizeof(udp), 0))
		return TC_ACT_SHOT;
	skb->mark = 0x53;
	count(C_REWRITTEN);
	return TC_ACT_OK;
}

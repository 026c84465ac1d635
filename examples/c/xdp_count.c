/* XDP: count IPv4/IPv6/other packets per protocol and drop UDP to one port, set from Python before load. */
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
struct ethhdr { __u8 h_dest[6], h_source[6]; __u16 h_proto; } __attribute__((packed));
struct iphdr { __u8 ihl_version, tos; __u16 tot_len, id, frag_off; __u8 ttl, protocol; __u16 check; __u32 saddr, daddr; };
struct udphdr { __u16 source, dest, len, check; };

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;

enum { XDP_DROP = 1, XDP_PASS = 2 };
enum { SLOT_IPV4, SLOT_IPV6, SLOT_OTHER, SLOT_DROPPED };

char LICENSE[] SEC("license") = "GPL";

volatile const __u16 blocked_port = 9;   /* network byte order is applied below; 0 blocks nothing */

struct {
	__uint(type, 2 /* BPF_MAP_TYPE_ARRAY */);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

static void count(__u32 slot)
{
	__u64 *v = bpf_map_lookup_elem(&counts, &slot);

	if (v)
		__sync_fetch_and_add(v, 1);
}

SEC("xdp") int xdp_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct udphdr *udp;

	if ((void *)(eth + 1) > end)
		return XDP_PASS;
	if (eth->h_proto == __builtin_bswap16(0x86dd)) {
		count(SLOT_IPV6);
		return XDP_PASS;
	}
	if (eth->h_proto != __builtin_bswap16(0x0800) || (void *)(ip + 1) > end) {
		count(SLOT_OTHER);
		return XDP_PASS;
	}
	count(SLOT_IPV4);
	udp = (void *)ip + (ip->ihl_version & 0xf) * 4;
	if (ip->protocol == 17 && (void *)(udp + 1) <= end && blocked_port &&
	    udp->dest == __builtin_bswap16(blocked_port)) {
		count(SLOT_DROPPED);
		return XDP_DROP;
	}
	return XDP_PASS;
}

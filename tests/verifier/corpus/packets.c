/* Packet access: data / data_end comparisons give ranges; accesses past them are rejected. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct eth { __u8 dst[6], src[6]; __u16 proto; };
struct ip4 { __u8 vihl, tos; __u16 len, id, frag; __u8 ttl, proto; __u16 csum; __u32 saddr, daddr; };

EXPECT_ACCEPT
SEC("xdp") int parse_ipv4(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct eth *e = data;
	struct ip4 *ip = data + sizeof(*e);

	if ((void *)(ip + 1) > end)
		return 1;
	if (e->proto != 0x0008)
		return 2;
	return ip->ttl > 1 ? 2 : 1;
}

EXPECT_REJECT("R2 offset is outside of the packet")
SEC("xdp") int read_past_check(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;

	if (data + 14 > end)
		return 1;
	return *(__u8 *)(data + 14) & 1;
}

EXPECT_ACCEPT
SEC("xdp") int variable_offset_checked(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	__u32 off;

	if (data + 1 > end)
		return 1;
	off = *(__u8 *)data & 0x3f;
	if (data + off + 2 > end)
		return 1;
	return *(__u8 *)(data + off + 1) & 1;
}

EXPECT_REJECT("R1 offset is outside of the packet")
SEC("tc") int tc_no_check(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	return *(__u8 *)data;
}

/* Packet surgery in XDP: untagged IPv4 frames get an 802.1Q tag (VLAN id from .rodata) pushed in front of the
 * EtherType with bpf_xdp_adjust_head, tagged frames have it removed; frames longer than trim_to are cut with
 * bpf_xdp_adjust_tail. Every pointer is re-derived from ctx after an adjustment, as the verifier requires.
 * Demonstrates: bpf_xdp_adjust_head (grow and shrink), bpf_xdp_adjust_tail, XDP_TX, data_out. XDP. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u16 vlan_id = 100;
const volatile __u32 trim_to = 128;

__u64 tagged, untagged, trimmed;

static __always_inline int push_tag(struct xdp_md *ctx)
{
	void *data, *end;
	struct ethhdr *eth;
	struct vlanhdr *vlan;
	__u8 macs[12];

	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	if (data + 12 > end)
		return -1;
	__builtin_memcpy(macs, data, 12);
	if (bpf_xdp_adjust_head(ctx, -(int)sizeof(struct vlanhdr)))
		return -1;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	vlan = data + 12;
	if ((void *)(vlan + 1) + 2 > end)
		return -1;
	__builtin_memcpy(eth, macs, 12);
	vlan->tci = bpf_htons(ETH_P_8021Q);   /* the TPID takes the place of the old EtherType... */
	vlan->proto = bpf_htons(vlan_id);     /* ...followed by the tag; the old EtherType stays after it */
	return 0;
}

static __always_inline int pop_tag(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u8 macs[12];

	if (data + 16 > end)
		return -1;
	__builtin_memcpy(macs, data, 12);
	if (bpf_xdp_adjust_head(ctx, (int)sizeof(struct vlanhdr)))
		return -1;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	if (data + 12 > end)
		return -1;
	__builtin_memcpy(data, macs, 12);
	return 0;
}

SEC("xdp") int xdp_vlan(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u32 len;

	if ((void *)(eth + 1) > end)
		return XDP_DROP;
	if (eth->h_proto == bpf_htons(ETH_P_8021Q)) {
		if (pop_tag(ctx))
			return XDP_ABORTED;
		untagged += 1;
	} else if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		if (push_tag(ctx))
			return XDP_ABORTED;
		tagged += 1;
	} else {
		return XDP_PASS;
	}
	len = ctx->data_end - ctx->data;
	if (len > trim_to) {
		if (bpf_xdp_adjust_tail(ctx, -(int)(len - trim_to)))
			return XDP_ABORTED;
		trimmed += 1;
	}
	return XDP_TX;
}

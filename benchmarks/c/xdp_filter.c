/* Batch mode's reference workload: a simple XDP filter that drops UDP to one port and TCP SYNs to another and
 * passes everything else. */
#include "bench.h"

SEC("xdp") int xdp_filter(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);

	if ((void *)(ip + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *udp = (void *)ip + (ip->ihl_version & 0xf) * 4;

		if ((void *)(udp + 1) > end)
			return XDP_DROP;
		return udp->dest == bpf_htons(53) ? XDP_DROP : XDP_PASS;
	}
	if (ip->protocol == IPPROTO_TCP) {
		struct tcphdr *tcp = (void *)ip + (ip->ihl_version & 0xf) * 4;

		if ((void *)(tcp + 1) > end)
			return XDP_DROP;
		return tcp->dest == bpf_htons(22) && (tcp->flags & bpf_htons(0x0002)) ? XDP_DROP : XDP_PASS;
	}
	return XDP_PASS;
}

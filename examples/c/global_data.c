/* Global data: .rodata constants set from Python before load (CollectionSpec.set_variable), .data with initial
 * values, .bss counters that start at zero, and a custom .data.verdicts section; each becomes a one-element
 * array map that the program reads and writes directly (no helper call).
 * XDP: packets longer than max_len are dropped; with swap_macs set, Ethernet source and destination are swapped
 * and the packet is sent back (XDP_TX), which data_out shows. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

const volatile __u8 swap_macs = 0;      /* .rodata: frozen after load, the verifier sees the value */
const volatile __u32 max_len = 1514;

char banner[16] = "pybpf example";   /* .data */
__u32 generation = 7;                 /* .data */
__u64 packets;                        /* .bss */
__u64 bytes;                          /* .bss */
__u32 last_len;                       /* .bss */
__u64 verdicts[5] SEC(".data.verdicts") = { 0 };

static __always_inline int verdict(int action)
{
	verdicts[action] += 1;
	return action;
}

SEC("xdp") int global_data(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u8 tmp[6];
	__u32 len = end - data;

	packets += 1;
	bytes += len;
	last_len = len;
	banner[0] = 'P';
	if (len > max_len)
		return verdict(XDP_DROP);
	if (!swap_macs || (void *)(eth + 1) > end)
		return verdict(XDP_PASS);
	__builtin_memcpy(tmp, eth->h_dest, 6);
	__builtin_memcpy(eth->h_dest, eth->h_source, 6);
	__builtin_memcpy(eth->h_source, tmp, 6);
	generation += 1;
	return verdict(XDP_TX);
}

/* Redirects: bpf_redirect_map into a devmap, a devmap_hash, a cpumap or an xskmap. The packet's destination MAC
 * chooses: byte 4 is the key, byte 5 the map (0-3). An empty slot makes the helper return the fallback action in
 * its flags (XDP_PASS here), a filled one XDP_REDIRECT; test runs record the decision and send nothing. Decisions
 * are counted per map and outcome.
 * Demonstrates: devmap, devmap_hash, cpumap, xskmap, bpf_redirect_map. XDP. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tx_ports SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP_HASH);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} tx_by_ifindex SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_CPUMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u32);
} cpus SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_XSKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} sockets SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 8);       /* map * 2 + (redirected ? 1 : 0) */
	__type(key, __u32);
	__type(value, __u64);
} decisions SEC(".maps");

SEC("xdp") int xdp_redirect(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u32 key, which, slot;
	__u64 *count;
	long ret;

	if ((void *)(eth + 1) > end)
		return XDP_DROP;
	key = eth->h_dest[4];
	which = eth->h_dest[5] & 3;
	if (which == 0)
		ret = bpf_redirect_map(&tx_ports, key, XDP_PASS);
	else if (which == 1)
		ret = bpf_redirect_map(&tx_by_ifindex, key, XDP_PASS);
	else if (which == 2)
		ret = bpf_redirect_map(&cpus, key, XDP_PASS);
	else
		ret = bpf_redirect_map(&sockets, key, XDP_PASS);
	slot = which * 2 + (ret == XDP_REDIRECT);
	count = bpf_map_lookup_elem(&decisions, &slot);
	if (count)
		*count += 1;
	return ret;
}

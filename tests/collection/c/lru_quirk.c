/* A known, documented difference (docs/maps.md): when a full LRU map gets a BPF_NOEXIST update of a key it already
 * holds, Linux takes (and so evicts) free nodes before it checks the flag; pybpf checks first and changes nothing. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} lru SEC(".maps");

SEC("xdp") int fill_then_noexist(struct xdp_md *ctx)
{
	__u64 v = 1;
	__u32 k;

	for (__u32 i = 0; i < 8; i++) {
		k = i;
		bpf_map_update_elem(&lru, &k, &v, BPF_ANY);
	}
	k = 3;
	return bpf_map_update_elem(&lru, &k, &v, BPF_NOEXIST) == -17 ? XDP_PASS : XDP_DROP;
}

/* Legacy map layouts other than struct bpf_map_def: the Linux samples' (bpf_load.h) 28-byte definition with
   inner_map_idx (map in map) and numa_node, as samples/bpf and Falco's legacy probe declare maps. */
#include "bpf_defs.h"

struct bpf_map_def {
	unsigned int type, key_size, value_size, max_entries, map_flags, inner_map_idx, numa_node;
};

char _license[] SEC("license") = "GPL";

struct bpf_map_def SEC("maps") inner = {
	.type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 8, .max_entries = 4,
};

struct bpf_map_def SEC("maps") outer = {
	.type = BPF_MAP_TYPE_ARRAY_OF_MAPS, .key_size = 4, .value_size = 4, .max_entries = 2, .inner_map_idx = 0,
};

struct bpf_map_def SEC("maps") numa = {
	.type = BPF_MAP_TYPE_HASH, .key_size = 4, .value_size = 4, .max_entries = 8, .map_flags = BPF_F_NUMA_NODE,
};

SEC("socket") int compat_prog(void *ctx)
{
	__u32 k = 0;
	void *in = bpf_map_lookup_elem(&outer, &k);

	if (in)
		bpf_map_lookup_elem(in, &k);
	return bpf_map_lookup_elem(&numa, &k) != 0;
}

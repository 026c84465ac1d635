/* Maps of maps: an array_of_maps and a hash_of_maps whose inner maps are declared in the object and put in the
 * outer maps' slots at load (__array(values) initialisers). The first payload byte picks the inner map through
 * the array of maps, the second through the hash of maps (keys 0 and 1 exist); the program counts into both.
 * Demonstrates: array_of_maps, hash_of_maps, inner map templates, lookups through an inner map. XDP. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct inner_map {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct inner_map);
} by_index SEC(".maps") = {
	.values = { &inner_a, &inner_b },
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, struct inner_map);
} by_key SEC(".maps") = {
	.values = { [0] = &inner_b, [1] = &inner_a },
};

static __always_inline int count(void *outer, __u32 key, __u32 slot)
{
	void *inner = bpf_map_lookup_elem(outer, &key);
	__u64 *v;

	if (!inner)
		return 0;
	v = bpf_map_lookup_elem(inner, &slot);
	if (!v)
		return 0;
	__sync_fetch_and_add(v, 1);
	return 1;
}

SEC("xdp") int map_in_map(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u8 *payload = data + sizeof(struct ethhdr);
	int found;

	if ((void *)(payload + 3) > end)
		return XDP_PASS;
	found = count(&by_index, payload[0], payload[2] & 3);
	found += count(&by_key, payload[1], payload[2] & 3);
	return found == 2 ? XDP_PASS : XDP_DROP;
}

/* BTF-defined maps of many types: every __uint/__type attribute, a prog array with initial slots, maps of maps. */
#include "bpf_defs.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

struct value {
	struct bpf_spin_lock lock;
	__u32 pad;
	__u64 packets;
	__u64 bytes;
};

struct lpm_key {
	__u32 prefixlen;
	__u8 addr[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__type(key, __u32);
	__type(value, struct value);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 8);
	__uint(key_size, 4);
	__uint(value_size, 16);
} stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 1000);
	__type(key, __u64);
	__type(value, __u32);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
	__uint(numa_node, 0);
} lru SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 64);
	__type(key, struct lpm_key);
	__type(value, __u32);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} routes SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(max_entries, 16);
	__type(value, __u32);
} queue SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
	__uint(max_entries, 100);
	__type(value, __u64);
	__uint(map_extra, 3);
} bloom SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} devs SEC(".maps");

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
};

struct inner inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, struct inner);
} outer_array SEC(".maps") = {
	.values = { [0] = &inner_a, [2] = &inner_b },
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, struct inner);
} outer_hash SEC(".maps") = {
	.values = { [1] = &inner_b },
};

int tail_a(struct xdp_md *ctx);
int tail_b(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jumps SEC(".maps") = {
	.values = { [1] = (void *)&tail_a, [5] = (void *)&tail_b },
};

SEC("xdp") int tail_a(struct xdp_md *ctx)
{
	return 1;
}

SEC("xdp") int tail_b(struct xdp_md *ctx)
{
	return 2;
}

SEC("xdp") int entry(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 k64 = 7;
	struct value *v = bpf_map_lookup_elem(&flows, &key);
	struct lpm_key lk = { 32, {10, 0, 0, 1} };
	void *inner;

	if (v) {
		__sync_fetch_and_add(&v->packets, 1);
	}
	if (bpf_map_lookup_elem(&stats, &key) && bpf_map_lookup_elem(&lru, &k64) && bpf_map_lookup_elem(&routes, &lk))
		key = 1;
	inner = bpf_map_lookup_elem(&outer_array, &key);
	if (inner)
		bpf_map_lookup_elem(inner, &key);
	inner = bpf_map_lookup_elem(&outer_hash, &key);
	if (inner)
		bpf_map_lookup_elem(inner, &key);
	bpf_ringbuf_output(&events, &key, sizeof(key), 0);
	bpf_map_push_elem(&queue, &key, 0);
	bpf_map_push_elem(&bloom, &k64, 0);
	if (bpf_map_lookup_elem(&devs, &key))
		key = 2;
	bpf_tail_call(ctx, &jumps, key);
	return 2;
}

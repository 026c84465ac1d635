/* Maps in the legacy "maps" section (struct bpf_map_def), as objects written for libbpf < 1.0 declare them. */
#include "bpf_defs.h"

struct bpf_map_def {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

char _license[] SEC("license") = "GPL";
__u32 _version SEC("version") = 0x050400;

struct bpf_map_def SEC("maps") packets = {
	.type = BPF_MAP_TYPE_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 256,
};

struct bpf_map_def SEC("maps") flows = {
	.type = BPF_MAP_TYPE_HASH,
	.key_size = sizeof(__u64),
	.value_size = sizeof(__u32),
	.max_entries = 1024,
	.map_flags = BPF_F_NO_PREALLOC,
};

SEC("socket") int legacy_prog(struct __sk_buff *skb)
{
	__u32 key = skb->protocol & 0xff;
	__u64 fkey = skb->len;
	__u64 *count = bpf_map_lookup_elem(&packets, &key);
	__u32 one = 1;

	if (count)
		__sync_fetch_and_add(count, 1);
	bpf_map_update_elem(&flows, &fkey, &one, 0);
	return 0;
}

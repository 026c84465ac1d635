/* Spin locks: per-protocol accounts in a hash map and one global total in an array, each value holding a
 * struct bpf_spin_lock that guards its counters (the map needs BTF to know where the lock is). A missing account
 * is created with BPF_NOEXIST, then looked up again.
 * Demonstrates: bpf_spin_lock / bpf_spin_unlock in hash and array values, BTF-described map values. tc. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct account {
	struct bpf_spin_lock lock;
	__u32 packets;
	__u64 bytes;
	__u64 largest;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct account);
} accounts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct account);
} total SEC(".maps");

static __always_inline void charge(struct account *a, __u32 len)
{
	bpf_spin_lock(&a->lock);
	a->packets += 1;
	a->bytes += len;
	if (len > a->largest)
		a->largest = len;
	bpf_spin_unlock(&a->lock);
}

SEC("tc") int spin_lock(struct __sk_buff *skb)
{
	__u32 proto = bpf_ntohs(skb->protocol), zero = 0;
	struct account fresh = {}, *a;

	a = bpf_map_lookup_elem(&accounts, &proto);
	if (!a) {
		bpf_map_update_elem(&accounts, &proto, &fresh, BPF_NOEXIST);
		a = bpf_map_lookup_elem(&accounts, &proto);
		if (!a)
			return TC_ACT_SHOT;
	}
	charge(a, skb->len);
	a = bpf_map_lookup_elem(&total, &zero);
	if (a)
		charge(a, skb->len);
	return TC_ACT_OK;
}

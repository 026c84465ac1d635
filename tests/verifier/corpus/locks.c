/* bpf_spin_lock: the lock lives in a map value with BTF, is taken and released on every path, and nothing else
 * may be called while it is held. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct bpf_spin_lock { __u32 val; };
static void (*bpf_spin_lock)(struct bpf_spin_lock *lock) = (void *)93;
static void (*bpf_spin_unlock)(struct bpf_spin_lock *lock) = (void *)94;

struct acct { struct bpf_spin_lock lock; __u32 pad; __u64 balance; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct acct);
} accts SEC(".maps");

EXPECT_ACCEPT
SEC("tc") int locked_update(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct acct *a = bpf_map_lookup_elem(&accts, &k);

	if (!a)
		return 0;
	bpf_spin_lock(&a->lock);
	a->balance += skb->len;
	bpf_spin_unlock(&a->lock);
	return 0;
}

EXPECT_REJECT("BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region")
SEC("tc") int unlock_missing(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct acct *a = bpf_map_lookup_elem(&accts, &k);

	if (!a)
		return 0;
	bpf_spin_lock(&a->lock);
	if (skb->len > 100)
		return 0;
	a->balance += skb->len;
	bpf_spin_unlock(&a->lock);
	return 0;
}

EXPECT_REJECT("function calls are not allowed while holding a lock")
SEC("tc") int call_under_lock(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct acct *a = bpf_map_lookup_elem(&accts, &k);

	if (!a)
		return 0;
	bpf_spin_lock(&a->lock);
	a->balance += bpf_get_prandom_u32();
	bpf_spin_unlock(&a->lock);
	return 0;
}

EXPECT_REJECT("bpf_spin_lock cannot be accessed directly by load/store")
SEC("tc") int touch_lock(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct acct *a = bpf_map_lookup_elem(&accts, &k);

	if (!a)
		return 0;
	return a->lock.val & 1;
}

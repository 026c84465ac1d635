/* Maps a program type may not use (checked on every map an instruction names, before verification), writes
 * through a map pointer (named by the kernel struct behind the map type), and zero-sized helper reads. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct bpf_spin_lock { __u32 val; };
struct val_lock { int x; struct bpf_spin_lock lock; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct val_lock);
} locked SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} plain SEC(".maps");

struct lpm_key { __u32 prefixlen; __u32 addr; };

struct {
	__uint(type, 11);		/* BPF_MAP_TYPE_LPM_TRIE */
	__uint(map_flags, 1);		/* BPF_F_NO_PREALLOC */
	__uint(max_entries, 16);
	__type(key, struct lpm_key);
	__type(value, __u32);
} trie SEC(".maps");

static long (*bpf_xdp_load_bytes)(struct xdp_md *ctx, __u32 offset, void *buf, __u32 len) = (void *)189;

EXPECT_REJECT("tracing progs cannot use bpf_spin_lock yet")
SEC("kprobe") int kprobe_spin_lock_map(void *ctx)
{
	__u32 k = 0;
	struct val_lock *v = bpf_map_lookup_elem(&locked, &k);

	return v ? v->x : 0;
}

EXPECT_ACCEPT
SEC("xdp") int xdp_spin_lock_map(struct xdp_md *ctx)
{
	__u32 k = 0;
	struct val_lock *v = bpf_map_lookup_elem(&locked, &k);

	return v ? v->x & 1 : 0;
}

/* syscall programs are sleepable: no LPM tries */
EXPECT_REJECT("Sleepable programs can only use array, hash, ringbuf and local storage maps")
SEC("syscall") int sleepable_lpm(void *ctx)
{
	struct lpm_key k = { 32, 0 };
	__u32 *v = bpf_map_lookup_elem(&trie, &k);

	return v ? *v : 0;
}

EXPECT_ACCEPT
SEC("syscall") int sleepable_array(void *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&plain, &k);

	return v ? *v & 1 : 0;
}

EXPECT_REJECT("only read from bpf_array is supported")
SEC("xdp") int write_map_struct(struct xdp_md *ctx)
{
	*(volatile __u32 *)((char *)&plain + 36) = 1;
	return 2;
}

EXPECT_REJECT("R4 invalid zero-sized read: u64=[0,7]")
SEC("xdp") int zero_size_read(struct xdp_md *ctx)
{
	char buf[8];

	bpf_xdp_load_bytes(ctx, 0, buf, ctx->rx_queue_index & 7);
	return buf[0] & 1;
}

/* Callbacks: bpf_loop, bpf_for_each_map_elem and timers, with their argument and return-value rules. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

struct elem { struct bpf_timer t; __u64 fired; };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct elem);
} timers SEC(".maps");

struct loop_ctx { __u64 sum; __u32 idx[8]; };

static long add_index(__u32 i, struct loop_ctx *c)
{
	c->sum += i;
	return 0;
}

EXPECT_ACCEPT
SEC("xdp") int loop_sum(struct xdp_md *ctx)
{
	struct loop_ctx c = {};
	bpf_loop(ctx->rx_queue_index, add_index, &c, 0);
	return c.sum & 1;
}

static long store_idx(__u32 i, struct loop_ctx *c)
{
	c->idx[i] = i;	/* i is any u32: no bound on the index */
	return 0;
}

EXPECT_REJECT("invalid unbounded variable-offset write to stack R2")
SEC("xdp") int loop_unbounded_index(struct xdp_md *ctx)
{
	struct loop_ctx c = {};
	bpf_loop(8, store_idx, &c, 0);
	return c.sum & 1;
}

static __noinline long bad_ret(__u32 i, void *c)
{
	return 2;
}

EXPECT_REJECT("At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]")
SEC("xdp") int loop_bad_return(struct xdp_md *ctx)
{
	bpf_loop(4, bad_ret, 0, 0);
	return 0;
}

static long sum_elem(void *map, __u32 *key, __u64 *val, struct loop_ctx *c)
{
	c->sum += *val + *key;
	return 0;
}

EXPECT_ACCEPT
SEC("xdp") int each_elem(struct xdp_md *ctx)
{
	struct loop_ctx c = {};
	bpf_for_each_map_elem(&counts, sum_elem, &c, 0);
	return c.sum & 1;
}

static long write_key(void *map, __u32 *key, __u64 *val, void *c)
{
	*key = 1;	/* keys are read-only in callbacks */
	return 0;
}

EXPECT_REJECT("write to change key R2 not allowed")
SEC("xdp") int each_elem_writes_key(struct xdp_md *ctx)
{
	bpf_for_each_map_elem(&counts, write_key, 0, 0);
	return 0;
}

static int timer_cb(void *map, __u32 *key, struct elem *e)
{
	e->fired++;
	return 0;
}

EXPECT_ACCEPT
SEC("tc") int timer_arm(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct elem *e = bpf_map_lookup_elem(&timers, &k);

	if (!e)
		return 0;
	bpf_timer_init(&e->t, &timers, 1);
	bpf_timer_set_callback(&e->t, timer_cb);
	bpf_timer_start(&e->t, 1000, 0);
	return 0;
}

static int timer_cb_bad(void *map, __u32 *key, struct elem *e)
{
	return 1;	/* async callbacks must return 0 */
}

EXPECT_REJECT("At async callback return the register R0 has smin=1 smax=1 should have been in [0, 0]")
SEC("tc") int timer_bad_return(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct elem *e = bpf_map_lookup_elem(&timers, &k);

	if (!e)
		return 0;
	bpf_timer_init(&e->t, &timers, 1);
	bpf_timer_set_callback(&e->t, timer_cb_bad);
	return 0;
}

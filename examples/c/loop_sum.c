/* Bounded loops without unrolling: bpf_loop calls a callback n times (n comes from the context), summing i and
 * i*i and recording each value in a hash map until the callback stops the loop at `limit`; then
 * bpf_for_each_map_elem walks the hash map and adds the values up again. The result goes back to the caller in
 * the context (syscall programs read and write caller memory) and through bpf_printk to the trace log.
 * Demonstrates: syscall programs (ctx in and out), bpf_loop, bpf_for_each_map_elem, bpf_trace_printk. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct args {
	__u32 n, limit;          /* in */
	__u64 sum, squares;      /* out */
	__u32 iterations, elems; /* out */
	__u64 walked;            /* out */
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__type(key, __u32);
	__type(value, __u64);
} values SEC(".maps");

static long step(__u32 i, struct args *a)
{
	__u64 square = (__u64)i * i;

	if (a->limit && i >= a->limit)
		return 1;       /* stop the loop */
	a->sum += i;
	a->squares += square;
	bpf_map_update_elem(&values, &i, &square, BPF_ANY);
	return 0;
}

static long walk(void *map, __u32 *key, __u64 *value, struct args *a)
{
	a->walked += *value;
	a->elems += 1;
	return 0;
}

SEC("syscall") int loop_sum(struct args *ctx)
{
	struct args a = {};

	a.n = ctx->n;
	a.limit = ctx->limit;
	a.iterations = bpf_loop(a.n, step, &a, 0);
	bpf_for_each_map_elem(&values, walk, &a, 0);
	bpf_printk("loop_sum: n=%u sum=%llu", a.n, a.sum);
	ctx->sum = a.sum;
	ctx->squares = a.squares;
	ctx->iterations = a.iterations;
	ctx->elems = a.elems;
	ctx->walked = a.walked;
	return a.iterations;
}

/* Tail calls: with bpf-to-bpf calls on the way, the caller frames may use less than 256 bytes of stack. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} jmp SEC(".maps");

static __noinline int do_tail(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &jmp, 0);
	return 0;
}

EXPECT_ACCEPT
SEC("tc") int tail_small_stack(struct __sk_buff *skb)
{
	asm volatile ("r2 = 0; *(u64 *)(r10 - 128) = r2;" ::: "r2", "memory");
	return do_tail(skb);
}

EXPECT_REJECT("tail_calls are not allowed when call stack of previous frames is 304 bytes. Too large")
SEC("tc") int tail_big_stack(struct __sk_buff *skb)
{
	asm volatile ("r2 = 0; *(u64 *)(r10 - 304) = r2;" ::: "r2", "memory");
	return do_tail(skb);
}

EXPECT_ACCEPT
SEC("tc") int tail_direct(struct __sk_buff *skb)
{
	asm volatile ("r2 = 0; *(u64 *)(r10 - 400) = r2;" ::: "r2", "memory");
	bpf_tail_call(skb, &jmp, 1);
	return 0;
}

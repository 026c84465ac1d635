/* Tail calls through a prog_array. `dispatch` jumps to a handler by EtherType; the slots are filled at load from
 * the map's __array(values) initialiser. `chain` tail-calls itself through slot 3 and counts its runs in .bss:
 * Linux allows 33 tail calls per run, so the 34th bpf_tail_call fails and falls through, and one test run executes
 * chain 34 times. A tail call to an empty slot falls through too.
 * Demonstrates: prog_array, bpf_tail_call, the 33-call limit, initial slots. tc. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

__u32 chain_runs;
__u64 handled[3];

SEC("tc") int handle_ipv4(struct __sk_buff *skb);
SEC("tc") int handle_ipv6(struct __sk_buff *skb);
SEC("tc") int chain(struct __sk_buff *skb);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, int (struct __sk_buff *));
} jump_table SEC(".maps") = {
	.values = { [0] = (void *)&handle_ipv4, [1] = (void *)&handle_ipv6, [3] = (void *)&chain },
};

SEC("tc") int dispatch(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > end)
		return TC_ACT_SHOT;
	if (eth->h_proto == bpf_htons(ETH_P_IP))
		bpf_tail_call(skb, &jump_table, 0);
	else if (eth->h_proto == bpf_htons(ETH_P_IPV6))
		bpf_tail_call(skb, &jump_table, 1);
	else
		bpf_tail_call(skb, &jump_table, 2);   /* empty slot: the call fails and execution continues here */
	handled[2] += 1;
	return TC_ACT_OK;
}

SEC("tc") int handle_ipv4(struct __sk_buff *skb)
{
	handled[0] += 1;
	return skb->len > 100 ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("tc") int handle_ipv6(struct __sk_buff *skb)
{
	handled[1] += 1;
	return TC_ACT_OK;
}

SEC("tc") int chain(struct __sk_buff *skb)
{
	chain_runs += 1;
	bpf_tail_call(skb, &jump_table, 3);
	return chain_runs;   /* reached once the tail-call limit is hit */
}

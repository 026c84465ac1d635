/* Queue, stack and bloom filter. Every packet's length goes into a queue (a full queue drops its oldest element:
 * BPF_EXIST) and onto a stack; every third packet pops the stack and peeks the queue. A bloom filter remembers
 * IPv4 source addresses: a peek that says "maybe seen" is counted as a repeat, otherwise the address is added.
 * Demonstrates: queue, stack, bloom_filter, bpf_map_push_elem / pop_elem / peek_elem. tc. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(max_entries, 4);
	__type(value, __u32);
} lengths SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_STACK);
	__uint(max_entries, 8);
	__type(value, __u32);
} recent SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
	__uint(max_entries, 64);
	__type(value, __u32);
	__uint(map_extra, 3);   /* three hash functions */
} seen_sources SEC(".maps");

__u64 packets, repeats, popped_sum, oldest_sum, push_errors;

SEC("tc") int queue_stack(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	__u32 len = skb->len, value, source;

	packets += 1;
	if (bpf_map_push_elem(&lengths, &len, BPF_EXIST))
		push_errors += 1;
	if (bpf_map_push_elem(&recent, &len, BPF_ANY))
		push_errors += 1;
	if (packets % 3 == 0) {
		if (bpf_map_pop_elem(&recent, &value) == 0)
			popped_sum += value;
		if (bpf_map_peek_elem(&lengths, &value) == 0)
			oldest_sum += value;
	}
	if ((void *)(ip + 1) > end)
		return TC_ACT_OK;
	source = ip->saddr;
	if (bpf_map_peek_elem(&seen_sources, &source) == 0) {
		repeats += 1;
		return TC_ACT_SHOT;
	}
	bpf_map_push_elem(&seen_sources, &source, BPF_ANY);
	return TC_ACT_OK;
}

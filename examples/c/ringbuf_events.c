/* Events to user space. For each packet: a summary record reserved and submitted in the ring buffer, a copy of the
 * Ethernet header with bpf_ringbuf_output, a reservation that is discarded (readers never see it), and the summary
 * again through bpf_perf_event_output. Test runs open no perf events, so that helper fails with -ENOENT (counted);
 * the ring buffer records stay in the map until user space consumes them.
 * Demonstrates: ringbuf (reserve/submit/discard/output/query), perf_event_array. XDP. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

struct event { __u32 len, ingress_ifindex; __u16 proto; __u8 dst[6]; };

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} perf_events SEC(".maps");

__u64 submitted, dropped, perf_errors, avail_after;

SEC("xdp") int ringbuf_events(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct event *ev, copy;
	struct ethhdr header;
	void *scratch;
	long ret;

	if ((void *)(eth + 1) > end)
		return XDP_PASS;
	ev = bpf_ringbuf_reserve(&events, sizeof(*ev), 0);
	if (!ev) {
		dropped += 1;
		return XDP_PASS;
	}
	ev->len = end - data;
	ev->ingress_ifindex = ctx->ingress_ifindex;
	ev->proto = bpf_ntohs(eth->h_proto);
	__builtin_memcpy(ev->dst, eth->h_dest, 6);
	copy = *ev;
	bpf_ringbuf_submit(ev, 0);
	submitted += 1;

	__builtin_memcpy(&header, eth, sizeof(header));   /* helpers may not read the packet: copy it first */
	if (bpf_ringbuf_output(&events, &header, sizeof(header), 0) == 0)
		submitted += 1;

	scratch = bpf_ringbuf_reserve(&events, 64, 0);
	if (scratch)
		bpf_ringbuf_discard(scratch, 0);

	ret = bpf_perf_event_output(ctx, &perf_events, BPF_F_CURRENT_CPU, &copy, sizeof(copy));
	if (ret)
		perf_errors += 1;
	avail_after = bpf_ringbuf_query(&events, 0 /* BPF_RB_AVAIL_DATA */);
	return XDP_PASS;
}

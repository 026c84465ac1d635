/* An unverified XDP program for the batch tests: it reads byte 60 of the packet without a bounds check (a fault
 * on shorter packets), prints every fifth packet's length, and counts packets by their first byte. */
typedef unsigned char __u8;
typedef unsigned int __u32;
typedef unsigned long long __u64;
#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_trace_printk)(const char *fmt, __u32 fmt_size, ...) = (void *)6;

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, 2);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} by_first SEC(".maps");

SEC("xdp") int batch_faults(struct xdp_md *ctx)
{
	__u8 *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 key = data[0];
	__u64 *n = bpf_map_lookup_elem(&by_first, &key);
	__u32 len = end - data;

	if (n)
		__sync_fetch_and_add(n, 1);
	if (len % 5 == 0) {
		char fmt[] = "len %u";
		bpf_trace_printk(fmt, sizeof(fmt), len);
	}
	return data[60] & 3;
}

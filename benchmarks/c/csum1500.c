/* Compute over packet bytes: the Internet checksum of a 1,500-byte packet, one byte at a time (each read proven in
 * bounds by a comparison, as verified code must), folded and written into the packet. */
#include "bench.h"

SEC("xdp") int csum1500(struct xdp_md *ctx)
{
	__u8 *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 sum = 0;

	for (int i = 0; i < 1500; i++) {
		__u8 *b = data + i;

		if ((void *)(b + 1) > (void *)end)
			break;
		sum += (i & 1) ? *b : (__u32)*b << 8;
	}
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	if ((void *)(data + 2) <= (void *)end) {
		data[0] = ~sum >> 8;
		data[1] = ~sum;
	}
	return XDP_PASS;
}

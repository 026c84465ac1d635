/* Compute: 1,000 rounds of integer mixing (xorshift, multiply, rotate, add) seeded from the packet; the result is
 * written back into the packet. No maps, no helpers: pure ALU work and a counted loop. */
#include "bench.h"

SEC("xdp") int int_loop(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u64 *p = data;
	__u64 x, y = 0x9e3779b97f4a7c15ULL;

	if ((void *)(p + 1) > end)
		return XDP_ABORTED;
	x = *p | 1;
	for (int i = 0; i < 1000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		y = y * 6364136223846793005ULL + 1442695040888963407ULL;
		x += (y >> 29) | (y << 35);
	}
	*p = x;
	return XDP_PASS;
}

/* Compute, division-heavy: 256 rounds of divisions and remainders by constants (which a good compiler turns into
 * multiplications) and by run-time divisors (real divides, with Linux's divide-by-zero semantics). */
#include "bench.h"

SEC("xdp") int div_heavy(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u64 *p = data;
	__u64 x, acc = 0;
	__u32 d;

	if ((void *)(p + 2) > end)
		return XDP_ABORTED;
	x = p[0] | 0x100000;
	d = (__u32)p[1];
	for (__u32 i = 1; i <= 256; i++) {
		acc += x / 10 + x % 7 + (x / 1000) % 13;
		acc += x / (i + d) + (__u32)x % (i | 3);
		x = x * 2862933555777941757ULL + 3037000493ULL;
	}
	p[0] = acc;
	return XDP_PASS;
}

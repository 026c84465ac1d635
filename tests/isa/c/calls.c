/* Helper calls and bpf-to-bpf calls (static functions kept out of line), no maps. */
typedef unsigned long long u64;

static u64 (*ktime_get_ns)(void) = (void *)5;
static u64 (*get_prandom_u32)(void) = (void *)7;
static long (*trace_printk)(const char *fmt, unsigned int size, ...) = (void *)6;

static __attribute__((noinline)) u64 mix(u64 a, u64 b)
{
	return (a * 0x9e3779b97f4a7c15ULL) ^ (b >> 3);
}

static __attribute__((noinline)) u64 twice(u64 a)
{
	return mix(a, a + 1) + mix(a + 2, a);
}

__attribute__((section("xdp"))) int prog(void *ctx)
{
	char fmt[] = "t=%llu";
	u64 t = ktime_get_ns();

	t += twice(get_prandom_u32());
	trace_printk(fmt, sizeof(fmt), t);
	return (int)(t & 3);
}

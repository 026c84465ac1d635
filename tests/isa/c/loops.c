/* Bounded loops and every comparison, signed and unsigned, 32 and 64 bit. */
typedef unsigned long long u64;
typedef long long s64;
typedef unsigned int u32;
typedef int s32;

u64 sum(u64 *p, u64 n)
{
	u64 acc = 0;

	for (u64 i = 0; i < n && i < 64; i++) {
		if (p[i] > 1000)
			acc += p[i] * 2;
		else if ((s64)p[i] < -5)
			acc -= p[i];
		else if (p[i] & 0x10)
			break;
		acc ^= i;
	}
	return acc;
}

s32 cmp32(s32 a, s32 b, u32 c, u32 d)
{
	s32 r = 0;

	if (a < b)
		r += 1;
	if (a >= 100)
		r += 2;
	if (c > d)
		r += 4;
	if (c <= 9)
		r += 8;
	if (a != -3)
		r += 16;
	if (c == d)
		r += 32;
	while (c > 3 && r < 1000) {
		r += (s32)c;
		c >>= 1;
	}
	return r;
}

s64 cmp64(s64 a, s64 b, u64 c)
{
	if (a > b)
		return a;
	if (a <= -7)
		return b;
	if (c >= 0x100000000ULL)
		return 3;
	return c < 5 ? 1 : 2;
}

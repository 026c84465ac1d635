/* 32- and 64-bit ALU operations with register and immediate operands. */
typedef unsigned long long u64;
typedef unsigned int u32;
typedef long long s64;
typedef int s32;

u64 alu64(u64 *p)
{
	u64 a = p[0], b = p[1], r = 0;

	r += a + b;
	r ^= a - 77;
	r |= a * b;
	r &= ~(b / 3);
	r += a % (b | 1);
	r += a << (b & 63);
	r += a >> 17;
	r += (u64)((s64)a >> (b & 31));
	r -= -a;
	r += 0x1234567890abcdefULL;
	r += a / b;
	return r * 1000003;
}

u32 alu32(u32 *p)
{
	u32 a = p[0], b = p[1], r = 7;

	r += a + b;
	r ^= a - 77;
	r |= a * b;
	r &= ~(b / 3);
	r += a % (b | 1);
	r += a << (b & 31);
	r += a >> 5;
	r += (u32)((s32)a >> (b & 31));
	r -= -a;
	return r * 31;
}

/* cpu v4 instructions: signed division and modulo, sign-extending moves and loads, byte swaps. */
typedef long long s64;
typedef int s32;
typedef short s16;
typedef signed char s8;
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned short u16;

s64 sdiv64(s64 a, s64 b) { return a / b + a % b + a / 7 + a % -3; }
s32 sdiv32(s32 a, s32 b) { return a / b + a % b + a / 7 + a % -3; }
s64 movsx(s64 a) { return (s8)a + (s16)a + (s32)a; }
s32 movsx32(s32 a) { return (s8)a * (s16)a; }
s64 ldsx(s8 *b, s16 *h, s32 *w) { return *b + *h + *w; }
u64 bswap(u64 a, u32 b, u16 c)
{
	return __builtin_bswap64(a) + __builtin_bswap32(b) + __builtin_bswap16(c);
}

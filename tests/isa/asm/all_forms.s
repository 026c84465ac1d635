# Every instruction form llvm-mc-19 accepts (BPF, -mcpu=v4); test_llvm_objdump.py checks our text against
# llvm-objdump-19 for each of them. The bytes are never executed.
r0 = 1
r0 = -1
w0 = 5
r0 = r1
w0 = w1
r0 += 3
r0 -= r1
w0 *= w2
r0 /= 3
r0 s/= 3
r0 s/= r1
w0 s%= w1
r0 %= r2
r0 |= 1
r0 &= 1
r0 <<= 3
r0 >>= 3
r0 s>>= 3
w0 s>>= w1
r0 ^= r1
r0 = -r0
w0 = -w0
r0 = be16 r0
r0 = be32 r0
r0 = be64 r0
r0 = le16 r0
r0 = le32 r0
r0 = le64 r0
r0 = bswap16 r0
r0 = bswap32 r0
r0 = bswap64 r0
r0 = (s8)r1
r0 = (s16)r1
r0 = (s32)r1
w0 = (s8)w1
w0 = (s16)w1
r0 = *(u8 *)(r1 + 2)
r0 = *(u16 *)(r1 - 2)
r0 = *(u32 *)(r1 + 0)
r0 = *(u64 *)(r1 + 8)
w0 = *(u8 *)(r1 + 2)
r0 = *(s8 *)(r1 + 2)
r0 = *(s16 *)(r1 + 2)
r0 = *(s32 *)(r1 + 2)
*(u8 *)(r1 + 1) = r2
*(u64 *)(r10 - 8) = r2
*(u32 *)(r10 - 8) = w2
*(u32 *)(r10 - 8) = 5
*(u64 *)(r10 - 8) = -5
*(u16 *)(r10 - 8) = 5
*(u8 *)(r10 - 8) = 5
r0 = 0x123456789abcdef0 ll
r0 = 1 ll
lock *(u64 *)(r10 - 8) += r1
lock *(u32 *)(r10 - 8) += w1
lock *(u64 *)(r10 - 8) |= r1
lock *(u64 *)(r10 - 8) &= r1
lock *(u64 *)(r10 - 8) ^= r1
r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)
w1 = atomic_fetch_add((u32 *)(r10 - 8), w1)
r1 = atomic_fetch_or((u64 *)(r10 - 8), r1)
r1 = atomic_fetch_and((u64 *)(r10 - 8), r1)
r1 = atomic_fetch_xor((u64 *)(r10 - 8), r1)
r1 = xchg_64(r10 - 8, r1)
w1 = xchg32_32(r10 - 8, w1)
r0 = cmpxchg_64(r10 - 8, r0, r1)
w0 = cmpxchg32_32(r10 - 8, w0, w1)
if r1 s> r2 goto +3
if r1 == 3 goto +3
if w1 < w2 goto -3
if w1 != 7 goto +0
if r1 & r2 goto +1
goto +3
gotol +16
call 1
call -1
callx r2
exit
r0 = *(u16 *)skb[12]
r0 = *(u8 *)skb[r1]
r0 = *(u32 *)skb[r1]
may_goto +2
r0 = addr_space_cast(r1, 0, 1)
w1 = 0x7fffffff
r2 = -2147483648
w3 += w4
w3 -= 0x7
w4 /= w5
w5 %= 9
w6 &= w7
w7 |= 0x100
w8 ^= -1
w9 <<= 31
w0 >>= w1
r1 <<= r2
r3 >>= r4
r5 s>>= r6
r7 *= 1000
r8 /= r9
w1 s/= -7
r1 s%= 3
r1 = *(u64 *)(r10 - 32768)
*(u64 *)(r10 + 32767) = r1
*(u8 *)(r0 + 0) = -128
lock *(u32 *)(r10 - 8) |= w1
lock *(u32 *)(r10 - 8) &= w1
lock *(u32 *)(r10 - 8) ^= w1
w1 = atomic_fetch_or((u32 *)(r10 - 8), w1)
w1 = atomic_fetch_and((u32 *)(r10 - 8), w1)
w1 = atomic_fetch_xor((u32 *)(r10 - 8), w1)
if r1 > r2 goto +1
if r1 >= 5 goto +1
if r1 < -5 goto -1
if r1 <= r2 goto +1
if r1 != r2 goto +1
if r1 s>= r2 goto +1
if r1 s< 0x10 goto +1
if r1 s<= r2 goto +1
if r1 & 0x80 goto +1
if w1 > w2 goto +1
if w1 >= 5 goto +1
if w1 <= w2 goto +1
if w1 == w2 goto +1
if w1 s> -1 goto +1
if w1 s>= w2 goto +1
if w1 s< 0 goto +1
if w1 s<= w2 goto +1
if w1 & w2 goto +1
goto -32768
gotol -1000
r9 = -0x8000000000000000 ll
r0 = *(u32 *)skb[-2147483648]
r0 = *(u16 *)skb[r9]
may_goto -1
r0 = addr_space_cast(r1, 1, 0)
call 211
exit

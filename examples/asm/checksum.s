// checksum.s: the Internet checksum (RFC 1071) of the input memory; r1 = data, r2 = length.
// Kernel-log syntax on purpose: the assembler reads both C-like styles.
	r0 = 0
	r3 = r2
	r3 >>= 1
	if r3 == 0 goto fold
sum:
	r4 = *(u16 *)(r1 +0)
	r4 = be16 r4
	r0 += r4
	r1 += 2
	r3 += -1
	if r3 != 0 goto sum
fold:
	r4 = r0
	r4 >>= 16
	r0 &= 65535
	r0 += r4
	r4 = r0
	r4 >>= 16
	r0 += r4
	r0 ^= -1
	r0 &= 65535
	exit

// atomics.s: atomic read-modify-write, compare-and-exchange and load-acquire on the stack.
// r0 = 0x1a (cmpxchg's old value) + 0x2a (load_acquire) + 0xa (fetch_or's old value) = 78
	r1 = 0x7
	*(u64 *)(r10 - 0x8) = r1
	r2 = 0x3
	lock *(u64 *)(r10 - 0x8) += r2
	r3 = 0x10
	r3 = atomic_fetch_or((u64 *)(r10 - 0x8), r3)
	r0 = 0x1a
	r4 = 0x2a
	r0 = cmpxchg_64(r10 - 0x8, r0, r4)
	r5 = load_acquire((u64 *)(r10 - 0x8))
	r0 += r5
	r0 += r3
	exit

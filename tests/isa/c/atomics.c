/* Atomic read-modify-write operations, 32 and 64 bit, with and without fetch; xchg and cmpxchg. */
typedef unsigned long long u64;
typedef unsigned int u32;

u64 atomics64(u64 *p, u64 v)
{
	u64 r = 0;

	__sync_fetch_and_add(p, v);
	__atomic_fetch_or(p, v, __ATOMIC_RELAXED);
	__atomic_fetch_and(p, v, __ATOMIC_RELAXED);
	__atomic_fetch_xor(p, v, __ATOMIC_RELAXED);
	r += __sync_fetch_and_add(p, 3);
	r += __sync_fetch_and_or(p, v);
	r += __sync_fetch_and_and(p, v);
	r += __sync_fetch_and_xor(p, v);
	r += __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
	r += __sync_val_compare_and_swap(p, r, v);
	return r;
}

u32 atomics32(u32 *p, u32 v)
{
	u32 r = 0;

	__sync_fetch_and_add(p, v);
	__atomic_fetch_or(p, v, __ATOMIC_RELAXED);
	__atomic_fetch_and(p, v, __ATOMIC_RELAXED);
	__atomic_fetch_xor(p, v, __ATOMIC_RELAXED);
	r += __sync_fetch_and_add(p, 3);
	r += __sync_fetch_and_or(p, v);
	r += __sync_fetch_and_and(p, v);
	r += __sync_fetch_and_xor(p, v);
	r += __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
	r += __sync_val_compare_and_swap(p, r, v);
	return r;
}

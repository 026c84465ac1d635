/* BPF ring buffer (BPF_MAP_TYPE_RINGBUF), kernel/bpf/ringbuf.c. The caller maps the memory Linux's way:
 *
 *   page 0: struct pb_ringbuf (the map header)   page 1: consumer_pos   page 2: producer_pos, pending_pos
 *   page 3 ...: the data pages, mapped twice in a row so a record that wraps is still contiguous
 *
 * Records have Linux's 8-byte header {u32 len (BUSY bit 31, DISCARD bit 30), u32 pg_off}; pg_off is the page
 * offset of the header from the ring buffer start, which is how submit/discard find the ring from a sample.
 */
#include "pb.h"
#include "pb_api.h"

#define RB_BUSY_BIT (1u << 31)
#define RB_DISCARD_BIT (1u << 30)
#define RB_HDR_SZ 8u
#define RB_MAX_RECORD_SZ (0xffffffffu / 4)
#define RB_NO_WAKEUP 1u
#define RB_FORCE_WAKEUP 2u
#define RB_META_PAGES 3u
#define RB_PGOFF_SHIFT 12 /* pg_off unit, see from_record */

struct pb_ringbuf {
	struct pb_map map;
	u64 mask;
	u32 page_size;
	u32 page_shift;
	u64 wakeups; /* notifications Linux would have sent (irq_work_queue calls) */
};

static inline u64 *cons_pos(struct pb_ringbuf *rb) { return (u64 *)((u8 *)rb + rb->page_size); }
static inline u64 *prod_pos(struct pb_ringbuf *rb) { return (u64 *)((u8 *)rb + 2 * (u64)rb->page_size); }
static inline u64 *pend_pos(struct pb_ringbuf *rb) { return prod_pos(rb) + 1; }
static inline u8 *rb_data(struct pb_ringbuf *rb) { return (u8 *)rb + RB_META_PAGES * (u64)rb->page_size; }

/* bytes the caller must reserve: meta pages + data twice (the second copy is the same physical pages) */
PB_EXPORT u64 pb_ringbuf_mem_size(const struct pb_params *p)
{
	return RB_META_PAGES * (u64)p->page_size + 2ull * p->max_entries;
}

PB_EXPORT struct pb_map *pb_ringbuf_init(u8 *arena, const struct pb_params *p)
{
	struct pb_ringbuf *rb = (struct pb_ringbuf *)arena;
	pb_map_init_header(&rb->map, p, PB_KIND_RINGBUF);
	rb->mask = (u64)p->max_entries - 1;
	rb->page_size = p->page_size;
	rb->page_shift = (u32)__builtin_ctz(p->page_size);
	rb->wakeups = 0;
	rb->map.values = rb_data(rb);
	rb->map.values_len = 2ull * p->max_entries;
	rb->map.value_stride = 0;
	rb->map.elem_stride = 0;
	*cons_pos(rb) = 0;
	*prod_pos(rb) = 0;
	*pend_pos(rb) = 0;
	return &rb->map;
}

static inline u32 load_len(u8 *hdr) { return __atomic_load_n((u32 *)hdr, __ATOMIC_ACQUIRE); }

/* __bpf_ringbuf_reserve */
static u8 *reserve(struct pb_ringbuf *rb, u64 size)
{
	u64 cons, prod, new_prod, pend;
	u32 len;
	u8 *hdr;

	if (size > RB_MAX_RECORD_SZ)
		return 0;
	len = (u32)pb_align(size + RB_HDR_SZ, 8);
	if (len > rb->mask + 1)
		return 0;
	cons = __atomic_load_n(cons_pos(rb), __ATOMIC_ACQUIRE);
	if (pb_lock(&rb->map.lock))
		return 0;

	pend = *pend_pos(rb);
	prod = *prod_pos(rb);
	new_prod = prod + len;
	/* advance the pending position past records that are no longer busy */
	while (pend < prod) {
		u32 hdr_len = load_len(rb_data(rb) + (pend & rb->mask));
		if (hdr_len & RB_BUSY_BIT)
			break;
		pend += pb_align((hdr_len & ~RB_DISCARD_BIT) + RB_HDR_SZ, 8);
	}
	*pend_pos(rb) = pend;

	if (new_prod - cons > rb->mask || new_prod - pend > rb->mask) {
		pb_unlock(&rb->map.lock);
		return 0;
	}
	hdr = rb_data(rb) + (prod & rb->mask);
	pb_st32(hdr + 4, (u32)((u64)(hdr - (u8 *)rb) >> RB_PGOFF_SHIFT));
	__atomic_store_n((u32 *)hdr, (u32)size | RB_BUSY_BIT, __ATOMIC_RELAXED);
	__atomic_store_n(prod_pos(rb), new_prod, __ATOMIC_RELEASE);
	pb_unlock(&rb->map.lock);
	return hdr + RB_HDR_SZ;
}

PB_EXPORT void *pb_ringbuf_reserve(struct pb_map *m, u64 size, u64 flags)
{
	if (flags || m->kind != PB_KIND_RINGBUF)
		return 0;
	return reserve((struct pb_ringbuf *)m, size);
}

/* bpf_ringbuf_restore_from_rec. pg_off counts 4 KiB units whatever the host page size (identical to Linux on
 * 4K-page hosts); the ring start is page aligned, hence 4K aligned, so the division is exact. */
static struct pb_ringbuf *from_record(u8 *hdr)
{
	uptr base = (((uptr)hdr) & ~(uptr)((1u << RB_PGOFF_SHIFT) - 1)) - ((uptr)pb_ld32(hdr + 4) << RB_PGOFF_SHIFT);
	struct pb_ringbuf *rb = (struct pb_ringbuf *)base;
	if (rb->map.magic != PB_MAP_MAGIC || rb->map.kind != PB_KIND_RINGBUF)
		return 0;
	return rb;
}

/* bpf_ringbuf_commit */
static void commit(u8 *sample, u64 flags, int discard)
{
	u8 *hdr = sample - RB_HDR_SZ;
	struct pb_ringbuf *rb = from_record(hdr);
	u32 new_len;
	u64 rec_pos, cons;
	if (!rb)
		return;
	new_len = load_len(hdr) ^ RB_BUSY_BIT;
	if (discard)
		new_len |= RB_DISCARD_BIT;
	__atomic_exchange_n((u32 *)hdr, new_len, __ATOMIC_SEQ_CST);

	rec_pos = (u64)(hdr - rb_data(rb));
	cons = __atomic_load_n(cons_pos(rb), __ATOMIC_ACQUIRE) & rb->mask;
	if (flags & RB_FORCE_WAKEUP)
		rb->wakeups++;
	else if (cons == rec_pos && !(flags & RB_NO_WAKEUP))
		rb->wakeups++;
}

PB_EXPORT void pb_ringbuf_submit(void *sample, u64 flags)
{
	commit(sample, flags, 0);
}

PB_EXPORT void pb_ringbuf_discard(void *sample, u64 flags)
{
	commit(sample, flags, 1);
}

PB_EXPORT long pb_ringbuf_output(struct pb_map *m, const void *data, u64 size, u64 flags)
{
	u8 *rec;
	if (flags & ~(u64)(RB_NO_WAKEUP | RB_FORCE_WAKEUP))
		return -PB_EINVAL;
	if (m->kind != PB_KIND_RINGBUF)
		return -PB_EINVAL;
	rec = reserve((struct pb_ringbuf *)m, size);
	if (!rec)
		return -11; /* EAGAIN */
	pb_copy(rec, data, size);
	commit(rec, flags, 0);
	return 0;
}

PB_EXPORT u64 pb_ringbuf_query(struct pb_map *m, u64 flags)
{
	struct pb_ringbuf *rb = (struct pb_ringbuf *)m;
	if (m->kind != PB_KIND_RINGBUF)
		return 0;
	switch (flags) {
	case 0: /* BPF_RB_AVAIL_DATA */
		return __atomic_load_n(prod_pos(rb), __ATOMIC_ACQUIRE) - __atomic_load_n(cons_pos(rb), __ATOMIC_ACQUIRE);
	case 1: /* BPF_RB_RING_SIZE */
		return rb->mask + 1;
	case 2: /* BPF_RB_CONS_POS */
		return __atomic_load_n(cons_pos(rb), __ATOMIC_ACQUIRE);
	case 3: /* BPF_RB_PROD_POS */
		return __atomic_load_n(prod_pos(rb), __ATOMIC_ACQUIRE);
	default:
		return 0;
	}
}

/* Consumer side (what libbpf's ring_buffer__consume does): the next committed record at the consumer position.
 * Returns its length and sets *data_out, 0 with *data_out = 0 for a discarded record (skip it with
 * pb_ringbuf_advance), -EAGAIN when nothing is ready (empty, or the oldest record is still BUSY). */
PB_EXPORT long pb_ringbuf_peek_record(struct pb_map *m, u8 **data_out)
{
	struct pb_ringbuf *rb = (struct pb_ringbuf *)m;
	u64 cons = __atomic_load_n(cons_pos(rb), __ATOMIC_ACQUIRE);
	u64 prod = __atomic_load_n(prod_pos(rb), __ATOMIC_ACQUIRE);
	u8 *hdr;
	u32 len;
	if (cons >= prod)
		return -11;
	hdr = rb_data(rb) + (cons & rb->mask);
	len = load_len(hdr);
	if (len & RB_BUSY_BIT)
		return -11;
	*data_out = (len & RB_DISCARD_BIT) ? 0 : hdr + RB_HDR_SZ;
	return (long)(len & ~RB_DISCARD_BIT);
}

/* move the consumer position past the record at it (release store, as the consumer does) */
PB_EXPORT void pb_ringbuf_advance(struct pb_map *m)
{
	struct pb_ringbuf *rb = (struct pb_ringbuf *)m;
	u64 cons = __atomic_load_n(cons_pos(rb), __ATOMIC_ACQUIRE);
	u32 len = load_len(rb_data(rb) + (cons & rb->mask)) & ~(RB_BUSY_BIT | RB_DISCARD_BIT);
	__atomic_store_n(cons_pos(rb), cons + pb_align((u64)len + RB_HDR_SZ, 8), __ATOMIC_RELEASE);
}

PB_EXPORT u64 pb_ringbuf_wakeups(struct pb_map *m)
{
	return ((struct pb_ringbuf *)m)->wakeups;
}

/* submit/discard for callers that know the map (the interpreter's helpers): checks that sample is the data of a
 * reserved, still busy record of this ring before committing it; -EINVAL otherwise. */
PB_EXPORT long pb_ringbuf_commit_checked(struct pb_map *m, void *sample, u64 flags, u32 discard)
{
	struct pb_ringbuf *rb = (struct pb_ringbuf *)m;
	u8 *hdr = (u8 *)sample - RB_HDR_SZ;
	if (!m || m->magic != PB_MAP_MAGIC || m->kind != PB_KIND_RINGBUF)
		return -PB_EINVAL;
	if (hdr < rb_data(rb) || hdr + RB_HDR_SZ > rb_data(rb) + 2 * (rb->mask + 1) || ((uptr)hdr & 7))
		return -PB_EINVAL;
	if (!(load_len(hdr) & RB_BUSY_BIT) || from_record(hdr) != rb)
		return -PB_EINVAL;
	commit(sample, flags, discard != 0);
	return 0;
}

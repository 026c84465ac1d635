/* Queue (FIFO) and stack (LIFO) maps, kernel/bpf/queue_stack_maps.c: a ring of max_entries + 1 value slots with
 * head and tail indices; push with BPF_EXIST overwrites the oldest element when full. Values are copied in and
 * out, never exposed by address.
 */
#include "pb.h"
#include "pb_api.h"

struct pb_qs {
	struct pb_map map;
	u32 head;
	u32 tail;
	u32 size; /* max_entries + 1 */
	u32 pad;
};

static u64 layout(u8 *base, const struct pb_params *p, struct pb_qs **out)
{
	struct pb_carve c = {base, 0};
	struct pb_qs *q = pb_carve(&c, sizeof(struct pb_qs), 64);
	u64 size = (u64)p->max_entries + 1;
	u8 *elements = pb_carve(&c, size * p->value_size, 64);
	if (base) {
		pb_map_init_header(&q->map, p, PB_KIND_QUEUE);
		q->map.value_stride = p->value_size;
		q->map.elem_stride = p->value_size;
		q->map.values = elements;
		q->map.values_len = size * p->value_size;
		q->head = q->tail = 0;
		q->size = (u32)size;
		*out = q;
	}
	return c.off;
}

PB_EXPORT u64 pb_queue_mem_size(const struct pb_params *p)
{
	return layout(0, p, 0);
}

PB_EXPORT struct pb_map *pb_queue_init(u8 *arena, const struct pb_params *p)
{
	struct pb_qs *q = 0;
	layout(arena, p, &q);
	return &q->map;
}

static inline int is_full(struct pb_qs *q)
{
	u32 head = q->head + 1;
	if (head >= q->size)
		head = 0;
	return head == q->tail;
}

static inline u8 *slot(struct pb_qs *q, u32 i) { return q->map.values + (u64)i * q->map.value_size; }

long pb_queue_push(struct pb_map *m, const u8 *value, u64 flags)
{
	struct pb_qs *q = (struct pb_qs *)m;
	if ((flags & BPF_NOEXIST) || flags > BPF_EXIST)
		return -PB_EINVAL;
	if (is_full(q)) {
		if (!(flags & BPF_EXIST))
			return -PB_E2BIG;
		if (++q->tail >= q->size) /* drop the oldest element */
			q->tail = 0;
		m->count--;
	}
	pb_copy(slot(q, q->head), value, m->value_size);
	if (++q->head >= q->size)
		q->head = 0;
	m->count++;
	return 0;
}

/* pop (delete) or peek; the output is zeroed when the map is empty, like Linux */
long pb_queue_get(struct pb_map *m, u8 *value, int delete)
{
	struct pb_qs *q = (struct pb_qs *)m;
	u32 index;
	if (q->head == q->tail) {
		pb_zero(value, m->value_size);
		return -PB_ENOENT;
	}
	if (m->map_type == MT_QUEUE) {
		pb_copy(value, slot(q, q->tail), m->value_size);
		if (delete && ++q->tail >= q->size)
			q->tail = 0;
	} else {
		index = q->head - 1;
		if (index >= q->size)
			index = q->size - 1;
		pb_copy(value, slot(q, index), m->value_size);
		if (delete)
			q->head = index;
	}
	if (delete)
		m->count--;
	return 0;
}

/* the i-th element in pop order (tests and user-space dumps, non-destructive) */
PB_EXPORT long pb_queue_nth(struct pb_map *m, u32 i, u8 *value)
{
	struct pb_qs *q = (struct pb_qs *)m;
	if (i >= m->count)
		return -PB_ENOENT;
	u32 pos;
	if (m->map_type == MT_QUEUE)
		pos = (q->tail + i) % q->size;
	else
		pos = (q->head + q->size - 1 - i) % q->size;
	pb_copy(value, slot(q, pos), m->value_size);
	return 0;
}

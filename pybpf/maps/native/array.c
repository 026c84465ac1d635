/* Array-shaped maps: array, percpu_array, and the "slot" arrays whose elements may be empty (prog_array,
 * perf_event_array, cgroup_array, array_of_maps, devmap, cpumap, xskmap). Semantics of kernel/bpf/arraymap.c,
 * devmap.c, cpumap.c and xskmap.c; values live in one contiguous area (index * elem_stride), so an engine can
 * inline a lookup as base + index * stride.
 */
#include "pb.h"
#include "pb_api.h"

struct pb_array {
	struct pb_map map;
	u8 *present; /* slot arrays: 1 byte per slot, NULL for array/percpu_array */
	u64 *aux;    /* prog_array: one engine word per slot (e.g. the JIT's entry point), cleared on change */
};

static int is_slot_array(u32 t)
{
	return t != MT_ARRAY && t != MT_PERCPU_ARRAY;
}

/* prog_array and array_of_maps keep one u64 per slot (program id / inner map header address) */
static int is_word_array(u32 t)
{
	return t == MT_PROG_ARRAY || t == MT_ARRAY_OF_MAPS;
}

static u64 layout(u8 *base, const struct pb_params *p, struct pb_array **out)
{
	struct pb_carve c = {base, 0};
	struct pb_array *a = pb_carve(&c, sizeof(struct pb_array), 64);
	u32 nr_cpus = p->nr_cpus ? p->nr_cpus : 1;
	u32 stride = is_word_array(p->map_type) ? 8 : pb_round8(p->value_size);
	u64 elem = (u64)stride * (p->map_type == MT_PERCPU_ARRAY ? nr_cpus : 1);
	u8 *values = pb_carve(&c, elem * p->max_entries, 64);
	u8 *present = is_slot_array(p->map_type) ? pb_carve(&c, p->max_entries, 8) : 0;
	u64 *aux = p->map_type == MT_PROG_ARRAY ? pb_carve(&c, 8ull * p->max_entries, 8) : 0;
	if (base) {
		pb_map_init_header(&a->map, p, PB_KIND_ARRAY);
		a->map.value_stride = stride;
		a->map.elem_stride = (u32)elem;
		a->map.values = values;
		a->map.values_len = elem * p->max_entries;
		a->map.count = p->max_entries;
		a->present = present;
		a->aux = aux;
		*out = a;
	}
	return c.off;
}

PB_EXPORT u64 pb_array_mem_size(const struct pb_params *p)
{
	return layout(0, p, 0);
}

PB_EXPORT struct pb_map *pb_array_init(u8 *arena, const struct pb_params *p)
{
	struct pb_array *a = 0;
	layout(arena, p, &a);
	return &a->map;
}

static inline u8 *elem_ptr(struct pb_map *m, u32 idx, u32 cpu)
{
	return m->values + (u64)m->elem_stride * idx + (u64)m->value_stride * cpu;
}

void *pb_array_lookup(struct pb_map *m, const u8 *key, u32 cpu)
{
	struct pb_array *a = (struct pb_array *)m;
	u32 idx = pb_ld32(key);
	if (idx >= m->max_entries)
		return 0;
	switch (m->map_type) {
	case MT_ARRAY:
		return elem_ptr(m, idx, 0);
	case MT_PERCPU_ARRAY:
		return cpu < m->nr_cpus ? elem_ptr(m, idx, cpu) : 0;
	case MT_ARRAY_OF_MAPS:
		return a->present[idx] ? (void *)(uptr)pb_ld64(elem_ptr(m, idx, 0)) : 0;
	case MT_DEVMAP:
	case MT_CPUMAP:
	case MT_XSKMAP:
		return a->present[idx] ? elem_ptr(m, idx, 0) : 0;
	default: /* prog/perf/cgroup arrays cannot be looked up from a program */
		return 0;
	}
}

/* Program-side and syscall-side update. all_cpus: the value holds nr_cpus values of value_stride bytes each. */
long pb_array_update(struct pb_map *m, const u8 *key, const u8 *value, u64 flags, u32 cpu, int all_cpus)
{
	struct pb_array *a = (struct pb_array *)m;
	u32 idx = pb_ld32(key);
	u8 *val;

	switch (m->map_type) {
	case MT_ARRAY:
		if ((flags & ~(u64)BPF_F_LOCK) > BPF_EXIST)
			return -PB_EINVAL;
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		if (flags & BPF_NOEXIST)
			return -PB_EEXIST;
		if ((flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK)
			return -PB_EINVAL;
		val = elem_ptr(m, idx, 0);
		if (flags & BPF_F_LOCK)
			return pb_copy_value_locked(m, val, value, m->value_size, val);
		pb_copy_value(m, val, value, m->value_size);
		return 0;
	case MT_PERCPU_ARRAY:
		if (all_cpus ? flags > BPF_EXIST : (flags & ~(u64)BPF_F_LOCK) > BPF_EXIST)
			return -PB_EINVAL;
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		if (all_cpus ? flags == BPF_NOEXIST : (flags & BPF_NOEXIST) != 0)
			return -PB_EEXIST;
		if (!all_cpus) {
			if ((flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK)
				return -PB_EINVAL;
			if (cpu >= m->nr_cpus)
				return -PB_EINVAL;
			pb_copy_value(m, elem_ptr(m, idx, cpu), value, m->value_size);
			return 0;
		}
		for (u32 c = 0; c < m->nr_cpus; c++)
			pb_copy_value(m, elem_ptr(m, idx, c), value + (u64)c * m->value_stride, m->value_stride);
		return 0;
	case MT_PROG_ARRAY:
	case MT_PERF_EVENT_ARRAY:
	case MT_CGROUP_ARRAY:
	case MT_ARRAY_OF_MAPS:
		/* fd arrays: only BPF_ANY; the payload is already resolved by the caller (id or map address) */
		if (flags != BPF_ANY)
			return -PB_EINVAL;
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		pb_copy(elem_ptr(m, idx, 0), value, is_word_array(m->map_type) ? 8 : m->value_size);
		a->present[idx] = 1;
		if (a->aux)
			a->aux[idx] = 0;
		return 0;
	case MT_DEVMAP:
		if (flags > BPF_EXIST)
			return -PB_EINVAL;
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		if (flags == BPF_NOEXIST)
			return -PB_EEXIST;
		if (pb_ld32(value) == 0) { /* ifindex 0 empties the slot; a program fd with it is invalid */
			if (m->value_size >= 8 && (s64)(int)pb_ld32(value + 4) > 0)
				return -PB_EINVAL;
			a->present[idx] = 0;
			pb_zero(elem_ptr(m, idx, 0), m->value_stride);
			return 0;
		}
		pb_copy(elem_ptr(m, idx, 0), value, m->value_size);
		a->present[idx] = 1;
		return 0;
	case MT_CPUMAP:
		if (flags > BPF_EXIST)
			return -PB_EINVAL;
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		if (flags == BPF_NOEXIST)
			return -PB_EEXIST;
		if (pb_ld32(value) > 16384) /* qsize sanity limit */
			return -75; /* EOVERFLOW */
		if (idx >= m->nr_cpus)
			return -19; /* ENODEV: not a possible CPU */
		if (pb_ld32(value) == 0) { /* qsize 0 is a delete */
			a->present[idx] = 0;
			pb_zero(elem_ptr(m, idx, 0), m->value_stride);
			return 0;
		}
		pb_copy(elem_ptr(m, idx, 0), value, m->value_size);
		a->present[idx] = 1;
		return 0;
	case MT_XSKMAP:
		if (flags > BPF_EXIST)
			return -PB_EINVAL;
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		if (a->present[idx] && flags == BPF_NOEXIST)
			return -PB_EEXIST;
		if (!a->present[idx] && flags == BPF_EXIST)
			return -PB_ENOENT;
		pb_copy(elem_ptr(m, idx, 0), value, m->value_size);
		a->present[idx] = 1;
		return 0;
	default:
		return -PB_EINVAL;
	}
}

long pb_array_delete(struct pb_map *m, const u8 *key)
{
	struct pb_array *a = (struct pb_array *)m;
	u32 idx = pb_ld32(key);

	switch (m->map_type) {
	case MT_ARRAY:
	case MT_PERCPU_ARRAY:
		return -PB_EINVAL;
	case MT_PROG_ARRAY:
	case MT_PERF_EVENT_ARRAY:
	case MT_CGROUP_ARRAY:
	case MT_ARRAY_OF_MAPS:
		if (idx >= m->max_entries)
			return -PB_E2BIG;
		if (!a->present[idx])
			return -PB_ENOENT;
		break;
	default: /* devmap, cpumap, xskmap: deleting an empty slot succeeds */
		if (idx >= m->max_entries)
			return -PB_EINVAL;
		break;
	}
	a->present[idx] = 0;
	pb_zero(elem_ptr(m, idx, 0), m->value_stride);
	if (a->aux)
		a->aux[idx] = 0;
	return 0;
}

/* Syscall-side lookup: copies the value (all CPUs for percpu_array) into out. */
long pb_array_sys_lookup(struct pb_map *m, const u8 *key, u8 *out, u64 flags)
{
	struct pb_array *a = (struct pb_array *)m;
	u32 idx = pb_ld32(key);
	u8 *val;

	switch (m->map_type) {
	case MT_PERF_EVENT_ARRAY:
	case MT_CGROUP_ARRAY:
		return -PB_ENOTSUPP;
	case MT_XSKMAP:
		return -PB_EOPNOTSUPP;
	default:
		break;
	}
	if (idx >= m->max_entries)
		return -PB_ENOENT;
	val = elem_ptr(m, idx, 0);
	switch (m->map_type) {
	case MT_ARRAY:
		if (flags & BPF_F_LOCK) {
			long err = pb_copy_value_locked(m, out, val, m->value_size, val);
			if (err)
				return err;
			if (m->lock_off + 4 <= m->value_size)
				pb_st32(out + m->lock_off, 0);
			return 0;
		}
		pb_copy_out(m, out, val, m->value_size);
		return 0;
	case MT_PERCPU_ARRAY:
		for (u32 c = 0; c < m->nr_cpus; c++)
			pb_copy_out(m, out + (u64)c * m->value_stride, elem_ptr(m, idx, c), m->value_stride);
		return 0;
	case MT_PROG_ARRAY:
		if (!a->present[idx])
			return -PB_ENOENT;
		pb_st32(out, (u32)pb_ld64(val)); /* program id */
		return 0;
	case MT_ARRAY_OF_MAPS:
		if (!a->present[idx])
			return -PB_ENOENT;
		pb_st32(out, ((struct pb_map *)(uptr)pb_ld64(val))->id);
		return 0;
	default: /* devmap, cpumap */
		if (!a->present[idx])
			return -PB_ENOENT;
		pb_copy(out, val, m->value_size);
		return 0;
	}
}

long pb_array_get_next_key(struct pb_map *m, const u8 *key, u8 *next)
{
	u32 idx = key ? pb_ld32(key) : PB_NIL;
	if (idx >= m->max_entries) {
		pb_st32(next, 0);
		return 0;
	}
	if (idx == m->max_entries - 1)
		return -PB_ENOENT;
	pb_st32(next, idx + 1);
	return 0;
}

/* Element iteration for for_each_map_elem-style walks: the next present slot at or after *cursor. */
long pb_array_iter(struct pb_map *m, u64 *cursor, u8 *key_out, u8 **value_out, u32 cpu)
{
	struct pb_array *a = (struct pb_array *)m;
	for (u64 i = *cursor; i < m->max_entries; i++) {
		if (a->present && !a->present[i])
			continue;
		pb_st32(key_out, (u32)i);
		*value_out = elem_ptr(m, (u32)i, m->map_type == MT_PERCPU_ARRAY && cpu < m->nr_cpus ? cpu : 0);
		*cursor = i + 1;
		return 0;
	}
	*cursor = m->max_entries;
	return -PB_ENOENT;
}

/* prog_array: the engine word (aux) of a slot, and its address so JIT code can load it directly */
PB_EXPORT u64 *pb_prog_array_aux(struct pb_map *m)
{
	return m->map_type == MT_PROG_ARRAY ? ((struct pb_array *)m)->aux : 0;
}

PB_EXPORT u8 *pb_array_present(struct pb_map *m)
{
	return ((struct pb_array *)m)->present;
}

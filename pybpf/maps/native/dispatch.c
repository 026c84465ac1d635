/* The generic map entry points every engine calls (the C ABI of docs/maps.md). Program-side functions follow
 * the bpf_map_*_elem helpers (kernel/bpf/helpers.c); pb_map_sys_* follow the bpf(2) BPF_MAP_* commands
 * (kernel/bpf/syscall.c): value formats, flag checks and errnos of the syscall layer live here so that every
 * caller gets the same answers.
 */
#include "pb.h"
#include "pb_api.h"

static inline int valid(const struct pb_map *m) { return m && m->magic == PB_MAP_MAGIC; }

static inline int is_percpu(const struct pb_map *m)
{
	return m->map_type == MT_PERCPU_ARRAY || m->map_type == MT_PERCPU_HASH || m->map_type == MT_LRU_PERCPU_HASH;
}

/* ---------------------------------------------------------------- program side (helpers) -- */

/* bpf_map_lookup_elem: a pointer to the value (this CPU's for per-CPU maps, the inner map header for map-in-map),
 * or 0. LRU maps mark the element referenced. */
PB_EXPORT void *pb_map_lookup_elem(struct pb_map *m, const void *key, u32 cpu)
{
	if (!valid(m))
		return 0;
	switch (m->kind) {
	case PB_KIND_ARRAY:
		return pb_array_lookup(m, key, cpu);
	case PB_KIND_HTAB:
		return pb_htab_lookup(m, key, cpu, 1);
	case PB_KIND_LPM:
		return pb_lpm_lookup(m, key);
	default:
		return 0;
	}
}

/* bpf_map_lookup_percpu_elem: the value of another CPU (0 when cpu is out of range or the map is not per-CPU) */
PB_EXPORT void *pb_map_lookup_percpu_elem(struct pb_map *m, const void *key, u32 cpu)
{
	if (!valid(m) || !is_percpu(m) || cpu >= m->nr_cpus)
		return 0;
	if (m->kind == PB_KIND_ARRAY)
		return pb_array_lookup(m, key, cpu);
	return pb_htab_lookup(m, key, cpu, 1);
}

/* The value address of an element without side effects (no LRU reference bit): user API lookup_address. */
PB_EXPORT void *pb_map_value_addr(struct pb_map *m, const void *key, u32 cpu)
{
	if (!valid(m))
		return 0;
	switch (m->kind) {
	case PB_KIND_ARRAY:
		return pb_array_lookup(m, key, cpu);
	case PB_KIND_HTAB:
		return pb_htab_lookup(m, key, cpu, 0);
	case PB_KIND_LPM:
		return pb_lpm_lookup(m, key);
	default:
		return 0;
	}
}

static long update_locked(struct pb_map *m, const u8 *key, const u8 *value, u64 flags, u32 cpu, int all_cpus)
{
	long ret;
	switch (m->kind) {
	case PB_KIND_ARRAY:
		/* array updates touch one slot and no shared structure: no map lock (bpf_spin_lock handles F_LOCK) */
		return pb_array_update(m, key, value, flags, cpu, all_cpus);
	case PB_KIND_HTAB:
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_htab_update(m, key, value, flags, cpu, all_cpus);
		break;
	case PB_KIND_LPM:
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_lpm_update(m, key, value, flags);
		break;
	default:
		return -PB_EINVAL;
	}
	pb_unlock(&m->lock);
	return ret;
}

/* bpf_map_update_elem from a program: per-CPU maps write this CPU's value only */
PB_EXPORT long pb_map_update_elem(struct pb_map *m, const void *key, const void *value, u64 flags, u32 cpu)
{
	if (!valid(m))
		return -PB_EINVAL;
	return update_locked(m, key, value, flags, cpu, 0);
}

static long delete_locked(struct pb_map *m, const u8 *key)
{
	long ret;
	switch (m->kind) {
	case PB_KIND_ARRAY:
		if (m->map_type == MT_ARRAY || m->map_type == MT_PERCPU_ARRAY)
			return -PB_EINVAL;
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_array_delete(m, key);
		break;
	case PB_KIND_HTAB:
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_htab_delete(m, key);
		break;
	case PB_KIND_LPM:
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_lpm_delete(m, key);
		break;
	case PB_KIND_QUEUE:
		return -PB_EINVAL;
	case PB_KIND_BLOOM:
		return -PB_EOPNOTSUPP;
	case PB_KIND_RINGBUF:
		return -PB_ENOTSUPP;
	default:
		return -PB_EINVAL;
	}
	pb_unlock(&m->lock);
	return ret;
}

PB_EXPORT long pb_map_delete_elem(struct pb_map *m, const void *key, u32 cpu)
{
	(void)cpu;
	if (!valid(m))
		return -PB_EINVAL;
	return delete_locked(m, key);
}

/* bpf_map_push_elem: queue/stack push, bloom filter add */
PB_EXPORT long pb_map_push_elem(struct pb_map *m, const void *value, u64 flags, u32 cpu)
{
	long ret;
	(void)cpu;
	if (!valid(m))
		return -PB_EINVAL;
	if (m->kind == PB_KIND_BLOOM) {
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_bloom_push(m, value, flags);
	} else if (m->kind == PB_KIND_QUEUE) {
		if ((ret = pb_lock(&m->lock)))
			return ret;
		ret = pb_queue_push(m, value, flags);
	} else {
		return -PB_EINVAL;
	}
	pb_unlock(&m->lock);
	return ret;
}

static long queue_get(struct pb_map *m, u8 *value, int delete)
{
	long ret;
	if (m->kind != PB_KIND_QUEUE)
		return m->kind == PB_KIND_BLOOM ? -PB_EOPNOTSUPP : -PB_EINVAL;
	if ((ret = pb_lock(&m->lock)))
		return -PB_EBUSY;
	ret = pb_queue_get(m, value, delete);
	pb_unlock(&m->lock);
	return ret;
}

/* bpf_map_pop_elem */
PB_EXPORT long pb_map_pop_elem(struct pb_map *m, void *value, u32 cpu)
{
	(void)cpu;
	if (!valid(m))
		return -PB_EINVAL;
	return queue_get(m, value, 1);
}

/* bpf_map_peek_elem: queue/stack peek; for a bloom filter, value is the input to test */
PB_EXPORT long pb_map_peek_elem(struct pb_map *m, void *value, u32 cpu)
{
	(void)cpu;
	if (!valid(m))
		return -PB_EINVAL;
	if (m->kind == PB_KIND_BLOOM)
		return pb_bloom_peek(m, value);
	return queue_get(m, value, 0);
}

/* Walk elements (bpf_for_each_map_elem): writes the key, sets *value_out; -ENOENT at the end. Start with
 * *cursor = 0. Arrays visit every index (slot arrays only filled slots), hash tables go bucket by bucket. */
PB_EXPORT long pb_map_iter(struct pb_map *m, u64 *cursor, void *key_out, void **value_out, u32 cpu)
{
	if (!valid(m))
		return -PB_EINVAL;
	if (m->kind == PB_KIND_ARRAY)
		return pb_array_iter(m, cursor, key_out, (u8 **)value_out, cpu);
	if (m->kind == PB_KIND_HTAB)
		return pb_htab_iter(m, cursor, key_out, (u8 **)value_out, cpu);
	return -PB_EOPNOTSUPP;
}

/* ------------------------------------------------------------------- syscall side (bpf(2)) -- */

static inline long check_lock_flag(const struct pb_map *m, u64 flags)
{
	if (flags & ~(u64)BPF_F_LOCK)
		return -PB_EINVAL;
	if ((flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK)
		return -PB_EINVAL;
	return 0;
}

/* BPF_MAP_LOOKUP_ELEM: copies the value out (nr_cpus * round_up(value_size, 8) bytes for per-CPU maps, the
 * inner map / program id for fd maps). Queue and stack peek; a bloom filter tests the value in out. */
PB_EXPORT long pb_map_sys_lookup(struct pb_map *m, const void *key, void *out, u64 flags, u32 cpu)
{
	long ret;
	(void)cpu;
	if (!valid(m))
		return -PB_EINVAL;
	if ((ret = check_lock_flag(m, flags)))
		return ret;
	switch (m->kind) {
	case PB_KIND_ARRAY:
		return pb_array_sys_lookup(m, key, out, flags);
	case PB_KIND_HTAB:
		return pb_htab_sys_lookup(m, key, out, flags);
	case PB_KIND_LPM:
		return pb_lpm_sys_lookup(m, key, out);
	case PB_KIND_QUEUE:
		return queue_get(m, out, 0);
	case PB_KIND_BLOOM:
		return pb_bloom_peek(m, out);
	default:
		return -PB_ENOTSUPP;
	}
}

/* BPF_MAP_UPDATE_ELEM: per-CPU maps take one round_up(value_size, 8) value per CPU; fd maps take the resolved
 * 8-byte payload (program id, inner map header address); queue/stack/bloom push. */
PB_EXPORT long pb_map_sys_update(struct pb_map *m, const void *key, const void *value, u64 flags, u32 cpu)
{
	if (!valid(m))
		return -PB_EINVAL;
	if ((flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK)
		return -PB_EINVAL;
	switch (m->kind) {
	case PB_KIND_ARRAY:
	case PB_KIND_HTAB:
	case PB_KIND_LPM:
		return update_locked(m, key, value, flags, cpu, 1);
	case PB_KIND_QUEUE:
	case PB_KIND_BLOOM:
		return pb_map_push_elem(m, value, flags, cpu);
	default:
		return -PB_ENOTSUPP;
	}
}

/* BPF_MAP_DELETE_ELEM */
PB_EXPORT long pb_map_sys_delete(struct pb_map *m, const void *key, u32 cpu)
{
	return pb_map_delete_elem(m, key, cpu);
}

/* BPF_MAP_GET_NEXT_KEY: key may be 0 (first key) */
PB_EXPORT long pb_map_sys_get_next_key(struct pb_map *m, const void *key, void *next)
{
	if (!valid(m))
		return -PB_EINVAL;
	switch (m->kind) {
	case PB_KIND_ARRAY:
		return pb_array_get_next_key(m, key, next);
	case PB_KIND_HTAB:
		return pb_htab_get_next_key(m, key, next);
	case PB_KIND_LPM:
		return pb_lpm_get_next_key(m, key, next);
	case PB_KIND_QUEUE:
		return -PB_EINVAL;
	case PB_KIND_BLOOM:
		return -PB_EOPNOTSUPP;
	default:
		return -PB_ENOTSUPP;
	}
}

/* BPF_MAP_LOOKUP_AND_DELETE_ELEM: hash tables (value out, then delete) and queue/stack (pop) */
PB_EXPORT long pb_map_sys_lookup_and_delete(struct pb_map *m, const void *key, void *out, u64 flags, u32 cpu)
{
	long ret;
	(void)cpu;
	if (!valid(m))
		return -PB_EINVAL;
	if (flags & ~(u64)BPF_F_LOCK)
		return -PB_EINVAL;
	if (flags && m->kind == PB_KIND_QUEUE)
		return -PB_EINVAL;
	if ((flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK)
		return -PB_EINVAL;
	if (m->kind == PB_KIND_QUEUE)
		return queue_get(m, out, 1);
	if (m->kind != PB_KIND_HTAB || m->map_type == MT_HASH_OF_MAPS || m->map_type == MT_DEVMAP_HASH)
		return -PB_ENOTSUPP;
	if ((ret = pb_lock(&m->lock)))
		return ret;
	ret = pb_htab_lookup_and_delete(m, key, out, flags);
	pb_unlock(&m->lock);
	return ret;
}

/* BPF_MAP_LOOKUP_BATCH / BPF_MAP_LOOKUP_AND_DELETE_BATCH for hash tables (bucket cursor in *batch_io) */
PB_EXPORT long pb_map_sys_htab_batch(struct pb_map *m, u32 *batch_io, u32 *count_io, void *keys, void *values,
				     u64 elem_flags, u32 do_delete, u32 value_len)
{
	long ret;
	if (!valid(m) || m->kind != PB_KIND_HTAB)
		return -PB_EINVAL;
	if ((ret = pb_lock(&m->lock)))
		return ret;
	ret = pb_htab_batch(m, batch_io, count_io, keys, values, elem_flags, do_delete, value_len);
	pb_unlock(&m->lock);
	return ret;
}

/* live elements: hash/LPM/queue entries; max_entries for arrays; set bits are not counted for bloom filters */
PB_EXPORT u64 pb_map_count(struct pb_map *m)
{
	return valid(m) ? m->count : 0;
}

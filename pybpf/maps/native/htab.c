/* Hash tables: hash, percpu_hash, lru_hash, lru_percpu_hash, hash_of_maps and devmap_hash, with the semantics of
 * kernel/bpf/hashtab.c and devmap.c. Buckets are singly-linked chains of element indices; new elements go to the
 * head of their bucket, so get_next_key walks buckets in the same order as Linux (the same jhash, the same seed
 * with BPF_F_ZERO_SEED, the same bucket count roundup_pow_of_two(max_entries)).
 *
 * Element storage is preallocated: metadata (struct pb_hnode), keys and values each in their own array, values
 * in the map's value area (index * elem_stride) so a value pointer is a stable real address while the element
 * exists. Plain hash updates of an existing key insert a fresh element and free the old one, as Linux does.
 */
#include "pb.h"
#include "pb_api.h"
#include "lru.h"

struct pb_htab {
	struct pb_map map;
	u32 n_buckets;
	u32 hashrnd;
	u32 n_elems;     /* element slots */
	u32 key_stride;
	u32 free_head;   /* free list of never-LRU elements (via hnext) */
	u32 next_unused; /* elements [next_unused, n_elems) were never used: lazily touched arena */
	u32 is_lru;
	u32 is_percpu;
	u32 quirks;
	u32 pad;
	u32 *buckets;
	struct pb_hnode *nodes;
	u8 *keys;
	struct pb_lru lru;
};

static int type_is_lru(u32 t) { return t == MT_LRU_HASH || t == MT_LRU_PERCPU_HASH; }
static int type_is_percpu(u32 t) { return t == MT_PERCPU_HASH || t == MT_LRU_PERCPU_HASH; }

/* How many element slots: plain hash and devmap_hash insert the new element before freeing the old one. */
static u32 nr_elems(const struct pb_params *p)
{
	if (p->map_type == MT_HASH || p->map_type == MT_DEVMAP_HASH)
		return p->max_entries + 1;
	return p->max_entries;
}

static u64 layout(u8 *base, const struct pb_params *p, struct pb_htab **out)
{
	struct pb_carve c = {base, 0};
	u32 nr_cpus = p->nr_cpus ? p->nr_cpus : 1;
	u32 lru = type_is_lru(p->map_type);
	u32 percpu_lru = lru && (p->map_flags & BPF_F_NO_COMMON_LRU);
	u32 n = nr_elems(p);
	u32 n_buckets = pb_roundup_pow2(p->max_entries);
	u32 n_nodes = n + (lru ? pb_lru_nr_sentinels(percpu_lru, nr_cpus) : 0);
	u32 stride = p->map_type == MT_HASH_OF_MAPS ? 8 : pb_round8(p->value_size);
	u64 elem = (u64)stride * (type_is_percpu(p->map_type) ? nr_cpus : 1);

	struct pb_htab *h = pb_carve(&c, sizeof(struct pb_htab), 64);
	u32 *buckets = pb_carve(&c, 4ull * n_buckets, 64);
	struct pb_hnode *nodes = pb_carve(&c, sizeof(struct pb_hnode) * (u64)n_nodes, 64);
	u8 *keys = pb_carve(&c, (u64)pb_round8(p->key_size) * n, 64);
	struct pb_lru_list *plists = percpu_lru ? pb_carve(&c, sizeof(struct pb_lru_list) * (u64)nr_cpus, 8) : 0;
	struct pb_lru_loc *locs = lru && !percpu_lru ? pb_carve(&c, sizeof(struct pb_lru_loc) * (u64)nr_cpus, 8) : 0;
	u8 *values = pb_carve(&c, elem * n, 64);

	if (base) {
		pb_map_init_header(&h->map, p, PB_KIND_HTAB);
		h->map.value_stride = stride;
		h->map.elem_stride = (u32)elem;
		h->map.values = values;
		h->map.values_len = elem * n;
		h->n_buckets = n_buckets;
		h->hashrnd = p->seed;
		h->n_elems = n;
		h->key_stride = pb_round8(p->key_size);
		h->free_head = PB_NIL;
		h->next_unused = 0;
		h->is_lru = lru;
		h->is_percpu = type_is_percpu(p->map_type);
		h->quirks = p->quirks;
		h->buckets = buckets;
		h->nodes = nodes;
		h->keys = keys;
		for (u32 i = 0; i < n_buckets; i++)
			buckets[i] = PB_NIL;
		if (lru)
			pb_lru_init(&h->lru, nodes, n, percpu_lru, nr_cpus, plists, locs, h);
		*out = h;
	}
	return c.off;
}

PB_EXPORT u64 pb_htab_mem_size(const struct pb_params *p)
{
	return layout(0, p, 0);
}

PB_EXPORT struct pb_map *pb_htab_init(u8 *arena, const struct pb_params *p)
{
	struct pb_htab *h = 0;
	layout(arena, p, &h);
	return &h->map;
}

static inline u8 *key_of(struct pb_htab *h, u32 i) { return h->keys + (u64)h->key_stride * i; }
static inline u8 *val_of(struct pb_htab *h, u32 i, u32 cpu)
{
	return h->map.values + (u64)h->map.elem_stride * i + (u64)h->map.value_stride * cpu;
}

static inline u32 hash_key(struct pb_htab *h, const u8 *key)
{
	if (h->map.map_type == MT_DEVMAP_HASH) /* devmap_hash indexes buckets by the key itself */
		return pb_ld32(key);
	return pb_map_hash(key, h->map.key_size, h->hashrnd);
}

static inline u32 *bucket_of(struct pb_htab *h, u32 hash) { return &h->buckets[hash & (h->n_buckets - 1)]; }

static u32 lookup_raw(struct pb_htab *h, u32 hash, const u8 *key)
{
	u32 guard = h->n_elems;
	for (u32 i = *bucket_of(h, hash); i != PB_NIL && guard; i = h->nodes[i].hnext, guard--)
		if (h->nodes[i].hash == hash && pb_equal(key_of(h, i), key, h->map.key_size))
			return i;
	return PB_NIL;
}

static void link_head(struct pb_htab *h, u32 i)
{
	u32 *b = bucket_of(h, h->nodes[i].hash);
	h->nodes[i].hnext = *b;
	*b = i;
}

/* unlink element i from its bucket; returns 1 when it was there */
static int unlink_elem(struct pb_htab *h, u32 i)
{
	u32 *pp = bucket_of(h, h->nodes[i].hash);
	u32 guard = h->n_elems;
	while (*pp != PB_NIL && guard--) {
		if (*pp == i) {
			*pp = h->nodes[i].hnext;
			h->nodes[i].hnext = PB_NIL;
			return 1;
		}
		pp = &h->nodes[*pp].hnext;
	}
	return 0;
}

/* ---- element allocation for non-LRU tables ---- */
static u32 alloc_elem(struct pb_htab *h)
{
	u32 i = h->free_head;
	if (i != PB_NIL) {
		h->free_head = h->nodes[i].hnext;
		return i;
	}
	if (h->next_unused < h->n_elems)
		return h->next_unused++;
	return PB_NIL;
}

static void free_elem(struct pb_htab *h, u32 i)
{
	h->nodes[i].hnext = h->free_head;
	h->free_head = i;
}

/* called by the LRU when it evicts: remove the node from the table if it is still there */
int pb_htab_lru_delete_node(struct pb_htab *h, u32 node)
{
	if (!unlink_elem(h, node))
		return 0;
	h->map.count--;
	return 1;
}

static void release_elem(struct pb_htab *h, u32 i)
{
	if (h->is_lru)
		pb_lru_push_free(&h->lru, i);
	else
		free_elem(h, i);
}

static long check_flags(u32 old, u64 flags)
{
	if (old != PB_NIL && (flags & ~(u64)BPF_F_LOCK) == BPF_NOEXIST)
		return -PB_EEXIST;
	if (old == PB_NIL && (flags & ~(u64)BPF_F_LOCK) == BPF_EXIST)
		return -PB_ENOENT;
	return 0;
}

/* ---- lookups ---- */
void *pb_htab_lookup(struct pb_map *m, const u8 *key, u32 cpu, int mark)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 i = lookup_raw(h, hash_key(h, key), key);
	if (i == PB_NIL)
		return 0;
	if (h->is_lru && mark)
		pb_lru_set_ref(&h->nodes[i]);
	if (m->map_type == MT_HASH_OF_MAPS)
		return (void *)(uptr)pb_ld64(val_of(h, i, 0));
	if (h->is_percpu)
		return cpu < m->nr_cpus ? val_of(h, i, cpu) : 0;
	return val_of(h, i, 0);
}

/* copy element i's value out in the syscall format */
static long copy_out(struct pb_htab *h, u32 i, u8 *out, u64 flags)
{
	struct pb_map *m = &h->map;
	if (h->is_percpu) {
		for (u32 c = 0; c < m->nr_cpus; c++)
			pb_copy_out(m, out + (u64)c * m->value_stride, val_of(h, i, c), m->value_stride);
		return 0;
	}
	if (m->map_type == MT_HASH_OF_MAPS) {
		pb_st32(out, ((struct pb_map *)(uptr)pb_ld64(val_of(h, i, 0)))->id);
		return 0;
	}
	if (flags & BPF_F_LOCK) {
		u8 *v = val_of(h, i, 0);
		long err = pb_copy_value_locked(m, out, v, m->value_size, v);
		if (err)
			return err;
		pb_st32(out + m->lock_off, 0);
		return 0;
	}
	pb_copy_out(m, out, val_of(h, i, 0), m->value_size);
	return 0;
}

long pb_htab_sys_lookup(struct pb_map *m, const u8 *key, u8 *out, u64 flags)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 i = lookup_raw(h, hash_key(h, key), key);
	if (i == PB_NIL)
		return -PB_ENOENT;
	return copy_out(h, i, out, flags); /* no LRU reference bit: user space walks must not skew eviction */
}

/* ---- updates ---- */
/* write a fresh element's value (pcpu_init_value for per-CPU tables) */
static void init_value(struct pb_htab *h, u32 i, const u8 *value, u32 cpu, int all_cpus)
{
	struct pb_map *m = &h->map;
	if (h->is_percpu) {
		for (u32 c = 0; c < m->nr_cpus; c++) {
			u8 *v = val_of(h, i, c);
			if (all_cpus)
				pb_copy_value(m, v, value + (u64)c * m->value_stride, m->value_stride);
			else if (c == cpu)
				pb_copy_value(m, v, value, m->value_stride); /* copy_map_value_long */
			else
				pb_zero(v, m->value_stride);
		}
		return;
	}
	u8 *v = val_of(h, i, 0);
	if (m->map_type == MT_HASH_OF_MAPS) {
		pb_copy(v, value, 8);
		return;
	}
	if (m->lock_off != PB_NO_LOCK)
		pb_st32(v + m->lock_off, 0);
	pb_copy_value(m, v, value, m->value_size);
}

/* pcpu_copy_value: in-place update of an existing per-CPU element */
static void copy_in_place(struct pb_htab *h, u32 i, const u8 *value, u32 cpu, int all_cpus)
{
	struct pb_map *m = &h->map;
	if (!all_cpus) {
		pb_copy_value(m, val_of(h, i, cpu), value, m->value_size);
		return;
	}
	for (u32 c = 0; c < m->nr_cpus; c++)
		pb_copy_value(m, val_of(h, i, c), value + (u64)c * m->value_stride, m->value_stride);
}

static u32 lru_pop(struct pb_htab *h, const u8 *key, u32 hash, u32 cpu)
{
	u32 n = pb_lru_pop_free(&h->lru, hash, cpu);
	if (n != PB_NIL) {
		pb_copy(key_of(h, n), key, h->map.key_size);
		h->nodes[n].hnext = PB_NIL;
	}
	return n;
}

/* htab_map_update_elem (plain hash): a new element replaces the old one at the head of the bucket */
static long update_replace(struct pb_htab *h, const u8 *key, const u8 *value, u64 flags, u32 hash)
{
	struct pb_map *m = &h->map;
	u32 old, n;
	long ret;

	if ((flags & ~(u64)BPF_F_LOCK) > BPF_EXIST)
		return -PB_EINVAL;
	if ((flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK)
		return -PB_EINVAL;
	old = lookup_raw(h, hash, key);
	ret = check_flags(old, flags);
	if (ret)
		return ret;
	if (old != PB_NIL && (flags & BPF_F_LOCK)) { /* update in place under the element's lock */
		u8 *v = val_of(h, old, 0);
		return pb_copy_value_locked(m, v, value, m->value_size, v);
	}
	if (old == PB_NIL && m->count >= m->max_entries)
		return -PB_E2BIG;
	n = alloc_elem(h);
	if (n == PB_NIL)
		return -PB_E2BIG;
	pb_copy(key_of(h, n), key, m->key_size);
	h->nodes[n].hash = hash;
	init_value(h, n, value, 0, 0);
	link_head(h, n);
	if (old != PB_NIL) {
		unlink_elem(h, old);
		free_elem(h, old);
	} else {
		m->count++;
	}
	return 0;
}

/* devmap_hash: like the plain hash, but BPF_EXIST is not checked and a full map fails before anything else */
static long update_devmap_hash(struct pb_htab *h, const u8 *key, const u8 *value, u64 flags, u32 hash)
{
	struct pb_map *m = &h->map;
	u32 old, n;
	if (flags > BPF_EXIST)
		return -PB_EINVAL;
	old = lookup_raw(h, hash, key);
	if (old != PB_NIL && (flags & BPF_NOEXIST))
		return -PB_EEXIST;
	if (old == PB_NIL && m->count >= m->max_entries)
		return -PB_E2BIG;
	n = alloc_elem(h);
	if (n == PB_NIL)
		return -PB_E2BIG;
	pb_copy(key_of(h, n), key, m->key_size);
	h->nodes[n].hash = hash;
	pb_copy(val_of(h, n, 0), value, m->value_size);
	if (old != PB_NIL) {
		unlink_elem(h, old);
		free_elem(h, old);
	} else {
		m->count++;
	}
	link_head(h, n);
	return 0;
}

/* htab_map_update_elem_in_place: percpu_hash and hash_of_maps keep the element and overwrite its value */
static long update_in_place(struct pb_htab *h, const u8 *key, const u8 *value, u64 flags, u32 hash, u32 cpu,
			    int all_cpus)
{
	struct pb_map *m = &h->map;
	u32 old, n;
	long ret;
	if (flags > BPF_EXIST)
		return -PB_EINVAL;
	old = lookup_raw(h, hash, key);
	ret = check_flags(old, flags);
	if (ret)
		return ret;
	if (old != PB_NIL) {
		if (h->is_percpu)
			copy_in_place(h, old, value, cpu, all_cpus);
		else
			pb_copy(val_of(h, old, 0), value, 8);
		return 0;
	}
	if (m->count >= m->max_entries)
		return -PB_E2BIG;
	n = alloc_elem(h);
	if (n == PB_NIL)
		return -PB_E2BIG;
	pb_copy(key_of(h, n), key, m->key_size);
	h->nodes[n].hash = hash;
	init_value(h, n, value, cpu, all_cpus);
	link_head(h, n);
	m->count++;
	return 0;
}

/* htab_lru_map_update_elem. pybpf checks the flags before taking a node from the LRU (unless
 * PB_QUIRK_LRU_POP_FIRST): Linux takes the node first, so an update rejected for its flags can still evict an
 * element there. Everything after the check is Linux's sequence (the pop may evict, even the element being
 * updated). */
static long update_lru(struct pb_htab *h, const u8 *key, const u8 *value, u64 flags, u32 hash, u32 cpu)
{
	struct pb_map *m = &h->map;
	u32 old, n;
	long ret;
	if (flags > BPF_EXIST)
		return -PB_EINVAL;
	if (!(h->quirks & PB_QUIRK_LRU_POP_FIRST) && (ret = check_flags(lookup_raw(h, hash, key), flags)))
		return ret;
	n = lru_pop(h, key, hash, cpu);
	if (n == PB_NIL)
		return -PB_ENOMEM;
	init_value(h, n, value, cpu, 0);
	old = lookup_raw(h, hash, key);
	ret = check_flags(old, flags);
	/* The pop evicted the very element a BPF_EXIST update targets. Linux fails with -ENOENT, the element gone;
	 * pybpf completes the update instead (the result Linux gives for BPF_ANY), so that no failed update ever
	 * changes the map. */
	if (ret && !(h->quirks & PB_QUIRK_LRU_POP_FIRST))
		ret = 0;
	if (ret) {
		pb_lru_push_free(&h->lru, n);
		return ret;
	}
	link_head(h, n);
	if (old != PB_NIL) {
		pb_lru_set_ref(&h->nodes[n]);
		unlink_elem(h, old);
		pb_lru_push_free(&h->lru, old);
	} else {
		m->count++;
	}
	return 0;
}

/* __htab_lru_percpu_map_update_elem: existing elements are updated in place (and referenced) */
static long update_lru_percpu(struct pb_htab *h, const u8 *key, const u8 *value, u64 flags, u32 hash, u32 cpu,
			      int all_cpus)
{
	struct pb_map *m = &h->map;
	u32 old, n = PB_NIL;
	long ret;
	if (flags > BPF_EXIST)
		return -PB_EINVAL;
	if (!(h->quirks & PB_QUIRK_LRU_POP_FIRST) && (ret = check_flags(lookup_raw(h, hash, key), flags)))
		return ret;
	if (flags != BPF_EXIST) {
		n = lru_pop(h, key, hash, cpu);
		if (n == PB_NIL)
			return -PB_ENOMEM;
	}
	old = lookup_raw(h, hash, key);
	ret = check_flags(old, flags);
	if (!ret) {
		if (old != PB_NIL) {
			pb_lru_set_ref(&h->nodes[old]);
			copy_in_place(h, old, value, cpu, all_cpus);
		} else {
			init_value(h, n, value, cpu, all_cpus);
			link_head(h, n);
			m->count++;
			n = PB_NIL;
		}
	}
	if (n != PB_NIL)
		pb_lru_push_free(&h->lru, n);
	return ret;
}

long pb_htab_update(struct pb_map *m, const u8 *key, const u8 *value, u64 flags, u32 cpu, int all_cpus)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 hash = hash_key(h, key);
	if (cpu >= m->nr_cpus)
		cpu = 0;
	switch (m->map_type) {
	case MT_HASH:
		return update_replace(h, key, value, flags, hash);
	case MT_DEVMAP_HASH:
		return update_devmap_hash(h, key, value, flags, hash);
	case MT_LRU_HASH:
		return update_lru(h, key, value, flags, hash, cpu);
	case MT_LRU_PERCPU_HASH:
		return update_lru_percpu(h, key, value, flags, hash, cpu, all_cpus);
	default: /* percpu_hash, hash_of_maps */
		return update_in_place(h, key, value, flags, hash, cpu, all_cpus);
	}
}

long pb_htab_delete(struct pb_map *m, const u8 *key)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 i = lookup_raw(h, hash_key(h, key), key);
	if (i == PB_NIL)
		return -PB_ENOENT;
	unlink_elem(h, i);
	m->count--;
	release_elem(h, i);
	return 0;
}

long pb_htab_lookup_and_delete(struct pb_map *m, const u8 *key, u8 *out, u64 flags)
{
	struct pb_htab *h = (struct pb_htab *)m;
	long ret;
	u32 i = lookup_raw(h, hash_key(h, key), key);
	if (i == PB_NIL)
		return -PB_ENOENT;
	ret = copy_out(h, i, out, flags);
	if (ret)
		return ret;
	unlink_elem(h, i);
	m->count--;
	release_elem(h, i);
	return 0;
}

/* htab_map_get_next_key: next element in the key's bucket, else the first of the following buckets; a missing
 * (or absent) key restarts from the first bucket */
long pb_htab_get_next_key(struct pb_map *m, const u8 *key, u8 *next)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 b = 0;
	if (key) {
		u32 hash = hash_key(h, key);
		u32 i = lookup_raw(h, hash, key);
		if (i != PB_NIL) {
			u32 nx = h->nodes[i].hnext;
			if (nx != PB_NIL) {
				pb_copy(next, key_of(h, nx), m->key_size);
				return 0;
			}
			b = (hash & (h->n_buckets - 1)) + 1;
		}
	}
	for (; b < h->n_buckets; b++) {
		u32 first = h->buckets[b];
		if (first != PB_NIL) {
			pb_copy(next, key_of(h, first), m->key_size);
			return 0;
		}
	}
	return -PB_ENOENT;
}

/* __htab_map_lookup_and_delete_batch: whole buckets at a time; *batch is the bucket to start from and comes back
 * as the next one; -ENOENT once the last bucket is done, -ENOSPC when the first non-empty bucket does not fit */
long pb_htab_batch(struct pb_map *m, u32 *batch_io, u32 *count_io, u8 *keys, u8 *values, u64 elem_flags,
		   u32 do_delete, u32 value_len)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 max_count = *count_io, total = 0, batch = *batch_io;
	long ret = 0;

	if ((elem_flags & ~(u64)BPF_F_LOCK) || ((elem_flags & BPF_F_LOCK) && m->lock_off == PB_NO_LOCK))
		return -PB_EINVAL;
	*count_io = 0;
	if (!max_count)
		return 0;
	if (batch >= h->n_buckets)
		return -PB_ENOENT;

	for (;;) {
		u32 bucket_cnt = 0, guard = h->n_elems;
		for (u32 i = h->buckets[batch]; i != PB_NIL && guard--; i = h->nodes[i].hnext)
			bucket_cnt++;
		if (bucket_cnt > max_count - total) {
			if (total == 0)
				ret = -PB_ENOSPC;
			break;
		}
		if (bucket_cnt) {
			u32 k = total, first_freed = PB_NIL;
			for (u32 i = h->buckets[batch]; i != PB_NIL; i = h->nodes[i].hnext, k++) {
				pb_copy(keys + (u64)k * m->key_size, key_of(h, i), m->key_size);
				ret = copy_out(h, i, values + (u64)k * value_len, elem_flags);
				if (ret)
					goto out;
			}
			if (do_delete) {
				/* Linux frees the bucket's elements in reverse order (its to-free list is LIFO) */
				while (h->buckets[batch] != PB_NIL) {
					u32 i = h->buckets[batch];
					h->buckets[batch] = h->nodes[i].hnext;
					h->nodes[i].hnext = first_freed;
					first_freed = i;
					m->count--;
				}
				while (first_freed != PB_NIL) {
					u32 i = first_freed;
					first_freed = h->nodes[i].hnext;
					h->nodes[i].hnext = PB_NIL;
					release_elem(h, i);
				}
			}
			total += bucket_cnt;
		}
		batch++;
		if (batch >= h->n_buckets) {
			ret = -PB_ENOENT;
			break;
		}
	}
out:
	*batch_io = batch;
	*count_io = total;
	return ret;
}

/* element walk in bucket order (for_each_map_elem): *cursor = bucket << 32 | elements already seen in it */
long pb_htab_iter(struct pb_map *m, u64 *cursor, u8 *key_out, u8 **value_out, u32 cpu)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 b = (u32)(*cursor >> 32), skip = (u32)*cursor;
	for (; b < h->n_buckets; b++, skip = 0) {
		u32 pos = 0;
		for (u32 i = h->buckets[b]; i != PB_NIL; i = h->nodes[i].hnext, pos++) {
			if (pos < skip)
				continue;
			pb_copy(key_out, key_of(h, i), m->key_size);
			if (m->map_type == MT_HASH_OF_MAPS)
				*value_out = (u8 *)(uptr)pb_ld64(val_of(h, i, 0));
			else
				*value_out = val_of(h, i, h->is_percpu && cpu < m->nr_cpus ? cpu : 0);
			*cursor = ((u64)b << 32) | (pos + 1);
			return 0;
		}
	}
	*cursor = (u64)h->n_buckets << 32;
	return -PB_ENOENT;
}

/* debugging/tests: the LRU list a live element's node is on, and its reference bit (type | ref << 8) */
PB_EXPORT long pb_htab_lru_state(struct pb_map *m, const u8 *key)
{
	struct pb_htab *h = (struct pb_htab *)m;
	u32 i = lookup_raw(h, hash_key(h, key), key);
	if (i == PB_NIL || !h->is_lru)
		return -PB_ENOENT;
	return (long)h->nodes[i].type | ((long)h->nodes[i].ref << 8);
}

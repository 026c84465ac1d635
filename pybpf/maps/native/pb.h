/* pybpf native map core: shared types, the map header every map starts with, and small freestanding helpers.
 *
 * Compiled with clang-19 -ffreestanding -fno-builtin to LLVM IR (scripts/gen_native.py) and loaded with llvmlite.
 * No libc: everything a map needs (copy, compare, hash, locks) is defined here. Storage comes from an arena the
 * caller allocates (pb_<kind>_mem_size tells how big); internal links are 32-bit indices, never pointers, so the
 * arena's layout is position independent apart from the few base pointers kept in the header.
 */
#ifndef PB_H
#define PB_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s64;
typedef u64 uptr;

#define PB_NIL 0xffffffffu
#define PB_NO_LOCK 0xffffffffu
#define PB_MAP_MAGIC 0x50424d50u /* "PBMP" */

/* Linux errno values returned negated, like the kernel's map ops. */
#define PB_ENOENT 2
#define PB_E2BIG 7
#define PB_ENOMEM 12
#define PB_EBUSY 16
#define PB_EEXIST 17
#define PB_EINVAL 22
#define PB_ENOSPC 28
#define PB_EDEADLK 35
#define PB_EOPNOTSUPP 95
#define PB_ENOTSUPP 524

/* uapi flags used by the native code */
#define BPF_ANY 0
#define BPF_NOEXIST 1
#define BPF_EXIST 2
#define BPF_F_LOCK 4
#define BPF_F_NO_COMMON_LRU (1u << 1)

/* enum bpf_map_type (Linux 6.18 values) for the types implemented natively */
#define MT_HASH 1
#define MT_ARRAY 2
#define MT_PROG_ARRAY 3
#define MT_PERF_EVENT_ARRAY 4
#define MT_PERCPU_HASH 5
#define MT_PERCPU_ARRAY 6
#define MT_CGROUP_ARRAY 8
#define MT_LRU_HASH 9
#define MT_LRU_PERCPU_HASH 10
#define MT_LPM_TRIE 11
#define MT_ARRAY_OF_MAPS 12
#define MT_HASH_OF_MAPS 13
#define MT_DEVMAP 14
#define MT_CPUMAP 16
#define MT_XSKMAP 17
#define MT_QUEUE 22
#define MT_STACK 23
#define MT_DEVMAP_HASH 25
#define MT_RINGBUF 27
#define MT_BLOOM_FILTER 30

/* Implementation kinds: which C file owns a map. */
enum pb_kind { PB_KIND_ARRAY = 1, PB_KIND_HTAB = 2, PB_KIND_LPM = 3, PB_KIND_QUEUE = 4, PB_KIND_BLOOM = 5,
               PB_KIND_RINGBUF = 6 };

/* Every map starts with this header; its address is what LD_IMM64 map references resolve to. The layout is ABI
 * (docs/maps.md): engines read values/value_stride/max_entries/nr_cpus to inline array lookups. */
struct pb_map {
	u32 magic;        /*  0 */
	u32 map_type;     /*  4 enum bpf_map_type */
	u32 key_size;     /*  8 */
	u32 value_size;   /* 12 */
	u32 max_entries;  /* 16 */
	u32 map_flags;    /* 20 */
	u32 id;           /* 24 map id (user API, map-in-map lookups) */
	u32 nr_cpus;      /* 28 possible CPUs */
	u32 value_stride; /* 32 bytes between consecutive values (per CPU for per-CPU maps) */
	u32 lock_off;     /* 36 offset of the bpf_spin_lock in a value, or PB_NO_LOCK */
	u32 lock;         /* 40 map-wide lock taken by mutating operations */
	u32 kind;         /* 44 enum pb_kind */
	u64 map_extra;    /* 48 */
	u8 *values;       /* 56 value area: the only memory programs may touch */
	u64 values_len;   /* 64 */
	u32 count;        /* 72 live elements (hash, lpm, queue); max_entries for arrays */
	u32 elem_stride;  /* 76 bytes between elements in the value area (nr_cpus * value_stride for per-CPU) */
};

/* What the caller passes to pb_<kind>_mem_size / pb_<kind>_init (ctypes mirror in pybpf/maps/_native.py). */
struct pb_params {
	u32 map_type;
	u32 key_size;
	u32 value_size;
	u32 max_entries;
	u32 map_flags;
	u32 id;
	u32 nr_cpus;
	u32 seed;       /* hash seed (0 with BPF_F_ZERO_SEED) */
	u32 lock_off;   /* PB_NO_LOCK when the value has no bpf_spin_lock */
	u32 page_size;  /* ringbuf only */
	u64 map_extra;
	u32 quirks;     /* PB_QUIRK_* */
	u32 pad;
};

/* LRU hash updates: take the free node before checking the flags, as Linux does (a failed BPF_NOEXIST/BPF_EXIST
 * update may then evict). Off by default: pybpf checks flags first so that a failed update changes nothing. */
#define PB_QUIRK_LRU_POP_FIRST 1u

/* ---- freestanding memory helpers (no libc; -fno-builtin keeps clang from turning loops back into calls) ---- */
static inline u64 pb_ld64(const u8 *p) { u64 v; __builtin_memcpy(&v, p, 8); return v; }
static inline u32 pb_ld32(const u8 *p) { u32 v; __builtin_memcpy(&v, p, 4); return v; }
static inline void pb_st64(u8 *p, u64 v) { __builtin_memcpy(p, &v, 8); }
static inline void pb_st32(u8 *p, u32 v) { __builtin_memcpy(p, &v, 4); }

static inline void pb_copy(void *dst, const void *src, u64 n)
{
	u8 *d = dst;
	const u8 *s = src;
	u64 i = 0;
	for (; i + 8 <= n; i += 8)
		pb_st64(d + i, pb_ld64(s + i));
	for (; i < n; i++)
		d[i] = s[i];
}

static inline void pb_zero(void *dst, u64 n)
{
	u8 *d = dst;
	u64 i = 0;
	for (; i + 8 <= n; i += 8)
		pb_st64(d + i, 0);
	for (; i < n; i++)
		d[i] = 0;
}

static inline int pb_equal(const void *a, const void *b, u64 n)
{
	const u8 *x = a, *y = b;
	u64 i = 0;
	for (; i + 8 <= n; i += 8)
		if (pb_ld64(x + i) != pb_ld64(y + i))
			return 0;
	for (; i < n; i++)
		if (x[i] != y[i])
			return 0;
	return 1;
}

static inline u32 pb_round8(u32 n) { return (n + 7u) & ~7u; }
static inline u64 pb_align(u64 n, u64 a) { return (n + a - 1) & ~(a - 1); }

static inline u32 pb_roundup_pow2(u32 n)
{
	u32 p = 1;
	while (p < n)
		p <<= 1;
	return p;
}

/* ---- locks ---- */
/* Spins are bounded: a lock that stays taken (a program that exited holding a bpf_spin_lock, which only an
 * unverified program can do) makes the operation fail with -EDEADLK instead of hanging the host, like Linux's
 * rqspinlock does on timeout. */
#define PB_SPIN_LIMIT (1u << 26)

static inline int pb_lock(u32 *l)
{
	for (u32 i = 0; i < PB_SPIN_LIMIT; i++) {
		if (__atomic_load_n(l, __ATOMIC_RELAXED) == 0 && __atomic_exchange_n(l, 1u, __ATOMIC_ACQUIRE) == 0)
			return 0;
	}
	return -PB_EDEADLK;
}

static inline void pb_unlock(u32 *l) { __atomic_store_n(l, 0u, __ATOMIC_RELEASE); }

/* ---- value copies that respect the bpf_spin_lock field (copy_map_value / copy_map_value_locked) ---- */
/* Linux never copies the lock word between user and map: updates leave it alone, lookups return it as zero. */
static inline void pb_copy_value(const struct pb_map *m, u8 *dst, const u8 *src, u32 len)
{
	u32 off = m->lock_off;
	if (off == PB_NO_LOCK || off + 4 > len) {
		pb_copy(dst, src, len);
		return;
	}
	pb_copy(dst, src, off);
	pb_copy(dst + off + 4, src + off + 4, len - off - 4);
}

/* copy out of the map to a user buffer: like pb_copy_value, then zero the lock word (check_and_init_map_value) */
static inline void pb_copy_out(const struct pb_map *m, u8 *dst, const u8 *src, u32 len)
{
	pb_copy_value(m, dst, src, len);
	if (m->lock_off != PB_NO_LOCK && m->lock_off + 4 <= len)
		pb_st32(dst + m->lock_off, 0);
}

/* BPF_F_LOCK copies: take the bpf_spin_lock inside the map value (at lock_off) around the copy. */
static inline long pb_copy_value_locked(const struct pb_map *m, u8 *dst, const u8 *src, u32 len, u8 *map_val)
{
	u32 *lk = (u32 *)(map_val + m->lock_off);
	if (pb_lock(lk))
		return -PB_EDEADLK;
	pb_copy_value(m, dst, src, len);
	pb_unlock(lk);
	return 0;
}

/* ---- jhash (Bob Jenkins' lookup3, as include/linux/jhash.h uses it) ---- */
#define PB_JHASH_INITVAL 0xdeadbeefu
static inline u32 pb_rol32(u32 w, u32 s) { return (w << s) | (w >> ((32 - s) & 31)); }

#define PB_JHASH_MIX(a, b, c)                                                                                      \
	do {                                                                                                       \
		a -= c; a ^= pb_rol32(c, 4);  c += b;                                                              \
		b -= a; b ^= pb_rol32(a, 6);  a += c;                                                              \
		c -= b; c ^= pb_rol32(b, 8);  b += a;                                                              \
		a -= c; a ^= pb_rol32(c, 16); c += b;                                                              \
		b -= a; b ^= pb_rol32(a, 19); a += c;                                                              \
		c -= b; c ^= pb_rol32(b, 4);  b += a;                                                              \
	} while (0)

#define PB_JHASH_FINAL(a, b, c)                                                                                    \
	do {                                                                                                       \
		c ^= b; c -= pb_rol32(b, 14);                                                                      \
		a ^= c; a -= pb_rol32(c, 11);                                                                      \
		b ^= a; b -= pb_rol32(a, 25);                                                                      \
		c ^= b; c -= pb_rol32(b, 16);                                                                      \
		a ^= c; a -= pb_rol32(c, 4);                                                                       \
		b ^= a; b -= pb_rol32(a, 14);                                                                      \
		c ^= b; c -= pb_rol32(b, 24);                                                                      \
	} while (0)

static inline u32 pb_jhash(const u8 *k, u32 length, u32 initval)
{
	u32 a, b, c;
	a = b = c = PB_JHASH_INITVAL + length + initval;
	while (length > 12) {
		a += pb_ld32(k);
		b += pb_ld32(k + 4);
		c += pb_ld32(k + 8);
		PB_JHASH_MIX(a, b, c);
		length -= 12;
		k += 12;
	}
	switch (length) {
	case 12: c += (u32)k[11] << 24; /* fall through */
	case 11: c += (u32)k[10] << 16; /* fall through */
	case 10: c += (u32)k[9] << 8;   /* fall through */
	case 9:  c += k[8];             /* fall through */
	case 8:  b += (u32)k[7] << 24;  /* fall through */
	case 7:  b += (u32)k[6] << 16;  /* fall through */
	case 6:  b += (u32)k[5] << 8;   /* fall through */
	case 5:  b += k[4];             /* fall through */
	case 4:  a += (u32)k[3] << 24;  /* fall through */
	case 3:  a += (u32)k[2] << 16;  /* fall through */
	case 2:  a += (u32)k[1] << 8;   /* fall through */
	case 1:  a += k[0];
		PB_JHASH_FINAL(a, b, c);
		break;
	default:
		break;
	}
	return c;
}

/* jhash2 over 32-bit words (unaligned loads: keys come from anywhere) */
static inline u32 pb_jhash2(const u8 *k, u32 words, u32 initval)
{
	u32 a, b, c;
	a = b = c = PB_JHASH_INITVAL + (words << 2) + initval;
	while (words > 3) {
		a += pb_ld32(k);
		b += pb_ld32(k + 4);
		c += pb_ld32(k + 8);
		PB_JHASH_MIX(a, b, c);
		words -= 3;
		k += 12;
	}
	switch (words) {
	case 3: c += pb_ld32(k + 8); /* fall through */
	case 2: b += pb_ld32(k + 4); /* fall through */
	case 1: a += pb_ld32(k);
		PB_JHASH_FINAL(a, b, c);
		break;
	default:
		break;
	}
	return c;
}

/* htab_map_hash / bloom hash: jhash2 when the length is a multiple of 4 */
static inline u32 pb_map_hash(const u8 *key, u32 len, u32 seed)
{
	if ((len & 3) == 0)
		return pb_jhash2(key, len / 4, seed);
	return pb_jhash(key, len, seed);
}

/* ---- small bump allocator used by the *_init functions to carve the arena ---- */
struct pb_carve {
	u8 *base;
	u64 off;
};

static inline void *pb_carve(struct pb_carve *c, u64 size, u64 align)
{
	c->off = pb_align(c->off, align);
	void *p = c->base ? c->base + c->off : (void *)0;
	c->off += size;
	return p;
}

static inline void pb_map_init_header(struct pb_map *m, const struct pb_params *p, u32 kind)
{
	m->magic = PB_MAP_MAGIC;
	m->map_type = p->map_type;
	m->key_size = p->key_size;
	m->value_size = p->value_size;
	m->max_entries = p->max_entries;
	m->map_flags = p->map_flags;
	m->id = p->id;
	m->nr_cpus = p->nr_cpus ? p->nr_cpus : 1;
	m->value_stride = pb_round8(p->value_size);
	m->lock_off = p->lock_off;
	m->lock = 0;
	m->kind = kind;
	m->map_extra = p->map_extra;
	m->count = 0;
}

#define PB_EXPORT __attribute__((visibility("default")))

#endif

/* Bloom filter map, kernel/bpf/bloom_filter.c: nr_hash_funcs (map_extra bits 0-3, default 5) jhash-based hashes
 * (seed + i) over a power-of-two bitset sized max_entries * nr_hash_funcs * 7 / 5 bits. push adds a value,
 * peek tests membership (-ENOENT when definitely absent).
 */
#include "pb.h"
#include "pb_api.h"

struct pb_bloom {
	struct pb_map map;
	u32 bitset_mask;
	u32 hash_seed;
	u32 nr_hash_funcs;
	u32 pad;
	u64 *bitset;
};

static void geometry(const struct pb_params *p, u32 *nr_hash, u32 *mask, u64 *bytes)
{
	u32 k = (u32)(p->map_extra & 0xf);
	u64 nr_bits;
	if (!k)
		k = 5;
	*nr_hash = k;
	nr_bits = (u64)p->max_entries * k;
	/* same overflow rules as Linux: anything past 2^31 bits (or u32 overflow) uses the full 2^32 bits */
	if (nr_bits > 0xffffffffull || (nr_bits / 5) * 7 > 0xffffffffull || (nr_bits / 5) * 7 > (1ull << 31)) {
		*mask = 0xffffffffu;
		*bytes = (0xffffffffull + 7) / 8;
	} else {
		nr_bits = (nr_bits / 5) * 7;
		if (nr_bits <= 64)
			nr_bits = 64;
		else
			nr_bits = pb_roundup_pow2((u32)nr_bits);
		*mask = (u32)(nr_bits - 1);
		*bytes = (nr_bits + 7) / 8;
	}
	*bytes = pb_align(*bytes, 8);
}

static u64 layout(u8 *base, const struct pb_params *p, struct pb_bloom **out)
{
	struct pb_carve c = {base, 0};
	u32 k, mask;
	u64 bytes;
	geometry(p, &k, &mask, &bytes);
	struct pb_bloom *b = pb_carve(&c, sizeof(struct pb_bloom), 64);
	u64 *bitset = pb_carve(&c, bytes, 64);
	if (base) {
		pb_map_init_header(&b->map, p, PB_KIND_BLOOM);
		b->map.values = (u8 *)bitset;
		b->map.values_len = bytes;
		b->map.elem_stride = 0;
		b->bitset_mask = mask;
		b->hash_seed = p->seed;
		b->nr_hash_funcs = k;
		b->bitset = bitset;
		*out = b;
	}
	return c.off;
}

PB_EXPORT u64 pb_bloom_mem_size(const struct pb_params *p)
{
	return layout(0, p, 0);
}

PB_EXPORT struct pb_map *pb_bloom_init(u8 *arena, const struct pb_params *p)
{
	struct pb_bloom *b = 0;
	layout(arena, p, &b);
	return &b->map;
}

static inline u32 bloom_hash(struct pb_bloom *b, const u8 *value, u32 index)
{
	return pb_map_hash(value, b->map.value_size, b->hash_seed + index) & b->bitset_mask;
}

long pb_bloom_peek(struct pb_map *m, const u8 *value)
{
	struct pb_bloom *b = (struct pb_bloom *)m;
	for (u32 i = 0; i < b->nr_hash_funcs; i++) {
		u32 h = bloom_hash(b, value, i);
		if (!((b->bitset[h / 64] >> (h % 64)) & 1))
			return -PB_ENOENT;
	}
	return 0;
}

long pb_bloom_push(struct pb_map *m, const u8 *value, u64 flags)
{
	struct pb_bloom *b = (struct pb_bloom *)m;
	if (flags != BPF_ANY)
		return -PB_EINVAL;
	for (u32 i = 0; i < b->nr_hash_funcs; i++) {
		u32 h = bloom_hash(b, value, i);
		b->bitset[h / 64] |= 1ull << (h % 64);
	}
	return 0;
}

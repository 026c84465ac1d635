/* Internal entry points of each map kind, called by dispatch.c (one switch for every engine). */
#ifndef PB_API_H
#define PB_API_H

#include "pb.h"

void *pb_array_lookup(struct pb_map *m, const u8 *key, u32 cpu);
long pb_array_update(struct pb_map *m, const u8 *key, const u8 *value, u64 flags, u32 cpu, int all_cpus);
long pb_array_delete(struct pb_map *m, const u8 *key);
long pb_array_sys_lookup(struct pb_map *m, const u8 *key, u8 *out, u64 flags);
long pb_array_get_next_key(struct pb_map *m, const u8 *key, u8 *next);
long pb_array_iter(struct pb_map *m, u64 *cursor, u8 *key_out, u8 **value_out, u32 cpu);

void *pb_htab_lookup(struct pb_map *m, const u8 *key, u32 cpu, int mark);
long pb_htab_update(struct pb_map *m, const u8 *key, const u8 *value, u64 flags, u32 cpu, int all_cpus);
long pb_htab_delete(struct pb_map *m, const u8 *key);
long pb_htab_sys_lookup(struct pb_map *m, const u8 *key, u8 *out, u64 flags);
long pb_htab_lookup_and_delete(struct pb_map *m, const u8 *key, u8 *out, u64 flags);
long pb_htab_get_next_key(struct pb_map *m, const u8 *key, u8 *next);
long pb_htab_batch(struct pb_map *m, u32 *batch_io, u32 *count_io, u8 *keys, u8 *values, u64 elem_flags,
		   u32 do_delete, u32 value_len);
long pb_htab_iter(struct pb_map *m, u64 *cursor, u8 *key_out, u8 **value_out, u32 cpu);

void *pb_lpm_lookup(struct pb_map *m, const u8 *key);
long pb_lpm_sys_lookup(struct pb_map *m, const u8 *key, u8 *out);
long pb_lpm_update(struct pb_map *m, const u8 *key, const u8 *value, u64 flags);
long pb_lpm_delete(struct pb_map *m, const u8 *key);
long pb_lpm_get_next_key(struct pb_map *m, const u8 *key, u8 *next);

long pb_queue_push(struct pb_map *m, const u8 *value, u64 flags);
long pb_queue_get(struct pb_map *m, u8 *value, int delete);

long pb_bloom_peek(struct pb_map *m, const u8 *value);
long pb_bloom_push(struct pb_map *m, const u8 *value, u64 flags);

#endif

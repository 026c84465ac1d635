/* Packet helpers: XDP head/tail/metadata adjustment and byte access, skb byte access, checksum differences,
 * redirect decisions, perf event output (net/core/filter.c, kernel/trace/bpf_trace.c, x86's csum_partial).
 *
 * The packet state is the private struct pbh_xdp / pbh_skb the run set in env; after every change the uapi ctx
 * the program reads (xdp_md, __sk_buff) is updated, its data pointers holding the real (below 4 GiB) addresses.
 */
#include "env.h"

#define ETH_HLEN 14
#define INT_MAX_ 0x7fffffffu

#define XDP_ABORTED 0
#define XDP_REDIRECT 4
#define TC_ACT_SHOT 2
#define TC_ACT_REDIRECT 7
#define BPF_F_INGRESS 1ull
#define BPF_F_BROADCAST (1ull << 3)
#define BPF_F_EXCLUDE_INGRESS (1ull << 4)
#define BPF_F_REDIRECT_INTERNAL ((1ull << 16) | (1ull << 17) | (1ull << 18))
#define BPF_F_RECOMPUTE_CSUM 1ull
#define BPF_F_INVALIDATE_HASH 2ull
#define BPF_F_INDEX_MASK 0xffffffffull
#define BPF_F_CURRENT_CPU BPF_F_INDEX_MASK
#define BPF_F_CTXLEN_MASK (0xfffffull << 32)

/* ---- checksums (x86-64's csum_partial: a 64-bit one's complement sum folded to 32 bits) ---- */
static u32 csum_partial(const u8 *buf, u64 len, u32 seed)
{
	u64 t = seed, w;
	u64 i = 0;
	for (; i + 8 <= len; i += 8) {
		w = pb_ld64(buf + i);
		t += w;
		t += t < w;
	}
	if (len & 7) {
		w = 0;
		for (u64 j = 0; j < (len & 7); j++)
			w |= (u64)buf[i + j] << (8 * j);
		t += w;
		t += t < w;
	}
	return (u32)((t + ((t >> 32) | (t << 32))) >> 32);
}

static u32 csum_add(u32 a, u32 b)
{
	u32 r = a + b;
	return r + (r < b);
}

static u32 csum_from32to16(u32 sum)
{
	sum += (sum >> 16) | (sum << 16);
	return sum >> 16;
}

/* bpf_csum_diff: the folded 16-bit one's complement difference (Linux >= 6.13: any sizes, no -EINVAL) */
PB_EXPORT s64 pbh_csum_diff(const u8 *from, u32 from_size, const u8 *to, u32 to_size, u64 seed64)
{
	u32 ret = (u32)seed64;
	if (from_size && to_size)
		ret = csum_add(csum_partial(to, to_size, ret), ~csum_partial(from, from_size, 0));
	else if (to_size)
		ret = csum_partial(to, to_size, ret);
	else if (from_size)
		ret = ~csum_partial(from, from_size, ~ret);
	return csum_from32to16(ret);
}

/* ---- XDP ---- */
#define XDP_FRAME_SZ 40 /* sizeof(struct xdp_frame): the head of the buffer the frame metadata takes */
#define SKB_SHINFO_SZ 320 /* SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) */

static void xdp_sync(struct pbh_xdp *x)
{
	pb_st32(x->ctx + XDP_CTX_DATA, (u32)(uptr)x->data);
	pb_st32(x->ctx + XDP_CTX_DATA_END, (u32)(uptr)x->data_end);
	pb_st32(x->ctx + XDP_CTX_DATA_META, (u32)(uptr)x->data_meta);
}

static int meta_unsupported(const struct pbh_xdp *x) { return x->data_meta > x->data; }

static int metalen_invalid(u64 metalen) { return (metalen & 3) || metalen > 255; }

PB_EXPORT long pbh_xdp_adjust_head(struct pbh_env *env, s64 offset64)
{
	struct pbh_xdp *x = env->xdp;
	s64 offset = (s32)offset64;
	uptr frame_end, data_start, data, metalen;
	if (!x)
		return -PBH_EINVAL;
	/* integer arithmetic: an unverified offset may point anywhere */
	frame_end = (uptr)x->data_hard_start + XDP_FRAME_SZ;
	metalen = meta_unsupported(x) ? 0 : (uptr)(x->data - x->data_meta);
	data_start = frame_end + metalen;
	data = (uptr)x->data + (uptr)offset;
	if ((s64)(data - data_start) < 0 || (s64)(data - ((uptr)x->data_end - ETH_HLEN)) > 0)
		return -PBH_EINVAL;
	if (metalen) {
		/* memmove of the metadata along with the head */
		u8 *dst = x->data_meta + offset, *src = x->data_meta;
		if (dst < src)
			for (uptr i = 0; i < metalen; i++)
				dst[i] = src[i];
		else
			for (uptr i = metalen; i-- > 0;)
				dst[i] = src[i];
	}
	x->data_meta += offset;
	x->data = (u8 *)data;
	xdp_sync(x);
	return 0;
}

PB_EXPORT long pbh_xdp_adjust_tail(struct pbh_env *env, s64 offset64)
{
	struct pbh_xdp *x = env->xdp;
	s64 offset = (s32)offset64;
	uptr hard_end, data_end;
	if (!x)
		return -PBH_EINVAL;
	hard_end = (uptr)x->data_hard_start + x->frame_sz - SKB_SHINFO_SZ;
	data_end = (uptr)x->data_end + (uptr)offset;
	if ((s64)(data_end - hard_end) > 0)
		return -PBH_EINVAL;
	if ((s64)(data_end - ((uptr)x->data + ETH_HLEN)) < 0)
		return -PBH_EINVAL;
	if (offset > 0)
		pb_zero(x->data_end, (u64)offset);
	x->data_end = (u8 *)data_end;
	xdp_sync(x);
	return 0;
}

PB_EXPORT long pbh_xdp_adjust_meta(struct pbh_env *env, s64 offset64)
{
	struct pbh_xdp *x = env->xdp;
	s64 offset = (s32)offset64;
	uptr frame_end, meta;
	if (!x)
		return -PBH_EINVAL;
	frame_end = (uptr)x->data_hard_start + XDP_FRAME_SZ;
	meta = (uptr)x->data_meta + (uptr)offset;
	if (meta_unsupported(x))
		return -PBH_ENOTSUPP;
	if ((s64)(meta - frame_end) < 0 || (s64)(meta - (uptr)x->data) > 0)
		return -PBH_EINVAL;
	if (metalen_invalid((uptr)x->data - meta))
		return -PBH_EACCES;
	x->data_meta = (u8 *)meta;
	xdp_sync(x);
	return 0;
}

PB_EXPORT u64 pbh_xdp_get_buff_len(struct pbh_env *env)
{
	struct pbh_xdp *x = env->xdp;
	return x ? (u64)(x->data_end - x->data) : 0;
}

/* bpf_xdp_load_bytes / bpf_xdp_store_bytes (linear buffers: offset + len within the packet) */
static long xdp_pointer(struct pbh_xdp *x, u32 offset, u32 len, u8 **out)
{
	u64 size;
	if (!x)
		return -PBH_EINVAL;
	size = (u64)(x->data_end - x->data);
	if (offset > 0xffff || len > 0xffff)
		return -PBH_EFAULT;
	if ((u64)offset + len > size)
		return -PBH_EINVAL;
	*out = x->data + offset;
	return 0;
}

PB_EXPORT long pbh_xdp_load_bytes(struct pbh_env *env, u32 offset, u8 *buf, u32 len)
{
	u8 *p;
	long err = xdp_pointer(env->xdp, offset, len, &p);
	if (err)
		return err;
	pb_copy(buf, p, len);
	return 0;
}

PB_EXPORT long pbh_xdp_store_bytes(struct pbh_env *env, u32 offset, const u8 *buf, u32 len)
{
	u8 *p;
	long err = xdp_pointer(env->xdp, offset, len, &p);
	if (err)
		return err;
	pb_copy(p, buf, len);
	return 0;
}

/* ---- skb ---- */
static void skb_sync(struct pbh_skb *s)
{
	pb_st32(s->ctx + SKB_CTX_LEN, s->len);
	pb_st32(s->ctx + SKB_CTX_HASH, s->hash);
	if (s->flags & PBH_SKB_DIRECT) {
		pb_st32(s->ctx + SKB_CTX_DATA, (u32)(uptr)s->data);
		pb_st32(s->ctx + SKB_CTX_DATA_END, (u32)(uptr)(s->data + s->len));
		pb_st32(s->ctx + SKB_CTX_DATA_META, (u32)(uptr)s->data);
	}
}

/* bpf_skb_load_bytes: on failure the destination is zeroed and -EFAULT returned */
PB_EXPORT long pbh_skb_load_bytes(struct pbh_env *env, u32 offset, u8 *to, u32 len)
{
	struct pbh_skb *s = env->skb;
	if (!s || offset > INT_MAX_ || (s64)s->len - (s64)offset < (s64)len) {
		pb_zero(to, len);
		return -PBH_EFAULT;
	}
	pb_copy(to, s->data + offset, len);
	return 0;
}

/* bpf_skb_load_bytes_relative: start_header 0 = mac header, 1 = network header */
PB_EXPORT long pbh_skb_load_bytes_relative(struct pbh_env *env, u32 offset, u8 *to, u32 len, u32 start_header)
{
	struct pbh_skb *s = env->skb;
	u8 *ptr, *tail;
	if (!s || offset > 0xffff)
		goto err;
	ptr = s->head + (start_header == 0 ? s->mac_header : start_header == 1 ? s->network_header : 0);
	if (start_header > 1)
		goto err;
	ptr += offset;
	tail = s->data + s->len;
	if (ptr < s->head || ptr + len > tail)
		goto err;
	pb_copy(to, ptr, len);
	return 0;
err:
	pb_zero(to, len);
	return -PBH_EFAULT;
}

/* bpf_skb_store_bytes: the skb must hold offset + len bytes */
PB_EXPORT long pbh_skb_store_bytes(struct pbh_env *env, u32 offset, const u8 *from, u32 len, u64 flags)
{
	struct pbh_skb *s = env->skb;
	if (flags & ~(BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH))
		return -PBH_EINVAL;
	if (!s || offset > INT_MAX_)
		return -PBH_EFAULT;
	if ((u32)(offset + len) > s->len)
		return -PBH_EFAULT;
	pb_copy(s->data + offset, from, len);
	if (flags & BPF_F_INVALIDATE_HASH)
		s->hash = 0;
	skb_sync(s);
	return 0;
}

/* ---- redirects ---- */
static void record(struct pbh_env *env, u32 kind, u32 index, u64 flags, u32 map_id, u32 map_type)
{
	env->redirect.set++;
	env->redirect.kind = kind;
	env->redirect.ifindex = index;
	env->redirect.flags = flags;
	env->redirect.map_id = map_id;
	env->redirect.map_type = map_type;
}

/* tc's bpf_redirect: TC_ACT_REDIRECT, or TC_ACT_SHOT for unknown flags */
PB_EXPORT u64 pbh_redirect_tc(struct pbh_env *env, u32 ifindex, u64 flags)
{
	if (flags & (~BPF_F_INGRESS | BPF_F_REDIRECT_INTERNAL))
		return TC_ACT_SHOT;
	record(env, PBH_REDIR_TC, ifindex, flags, 0, 0);
	return TC_ACT_REDIRECT;
}

/* XDP's bpf_redirect: XDP_REDIRECT, or XDP_ABORTED for any flag */
PB_EXPORT u64 pbh_redirect_xdp(struct pbh_env *env, u32 ifindex, u64 flags)
{
	if (flags)
		return XDP_ABORTED;
	record(env, PBH_REDIR_XDP, ifindex, 0, INT_MAX_, 0);
	return XDP_REDIRECT;
}

/* bpf_redirect_map for devmap, devmap_hash, cpumap and xskmap (__bpf_xdp_redirect_map) */
PB_EXPORT u64 pbh_redirect_map(struct pbh_env *env, struct pb_map *map, u64 key64, u64 flags)
{
	const u64 action_mask = 3; /* XDP_ABORTED | XDP_DROP | XDP_PASS | XDP_TX */
	u64 flag_mask = 0;
	u32 key = (u32)key64;
	void *target;
	if (map->map_type == MT_DEVMAP || map->map_type == MT_DEVMAP_HASH)
		flag_mask = BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS;
	else if (map->map_type != MT_CPUMAP && map->map_type != MT_XSKMAP)
		return XDP_ABORTED; /* the verifier admits no other map type */
	if (flags & ~(action_mask | flag_mask))
		return XDP_ABORTED;
	target = pb_map_value_addr(map, &key, env->cpu);
	if (!target && !(flags & BPF_F_BROADCAST)) {
		env->redirect.map_id = INT_MAX_;
		env->redirect.map_type = 0;
		return flags & action_mask;
	}
	record(env, PBH_REDIR_MAP, key, (flags & BPF_F_BROADCAST) ? flags : 0, map->id, map->map_type);
	return XDP_REDIRECT;
}

/* ---- perf event output (__bpf_perf_event_output: slot i is CPU i's event) ---- */
#define PERF_TRACING 0 /* bpf_perf_event_output of tracing programs, bpf_event_output_data */
#define PERF_SKB 1
#define PERF_XDP 2

PB_EXPORT long pbh_perf_event_output(struct pbh_env *env, struct pb_map *map, u64 flags, const u8 *data, u64 size,
				     u32 kind)
{
	u64 ctx_len = (flags & BPF_F_CTXLEN_MASK) >> 32;
	u64 index = flags & BPF_F_INDEX_MASK;
	const u8 *ctx_data = 0;
	u8 *present;
	u8 cpu_le[4];
	if (kind == PERF_TRACING) {
		if (flags & ~BPF_F_INDEX_MASK)
			return -PBH_EINVAL;
		ctx_len = 0;
	} else {
		if (flags & ~(BPF_F_CTXLEN_MASK | BPF_F_INDEX_MASK))
			return -PBH_EINVAL;
		if (kind == PERF_SKB) {
			if (!env->skb || ctx_len > env->skb->len)
				return -PBH_EFAULT;
			ctx_data = env->skb->data;
		} else {
			if (!env->xdp || ctx_len > (u64)(env->xdp->data_end - env->xdp->data))
				return -PBH_EFAULT;
			ctx_data = env->xdp->data;
		}
	}
	if (map->map_type != MT_PERF_EVENT_ARRAY)
		return -PBH_EINVAL;
	if (index == BPF_F_CURRENT_CPU)
		index = env->cpu;
	if (index >= map->max_entries)
		return -PBH_E2BIG;
	present = pb_array_present(map);
	if (!present[index])
		return -PBH_ENOENT;
	if (index != env->cpu)
		return -PBH_EOPNOTSUPP;
	if (size > 0xfffffff0ull || ctx_len > 0xfffffff0ull - size)
		return -PBH_E2BIG;
	pb_st32(cpu_le, env->cpu);
	{
		/* the record: u32 cpu, then the data and the ctx bytes */
		struct pbh_log *log = &env->perf;
		u64 total = 4 + size + ctx_len;
		u64 need = 8 + pb_align(total, 8);
		u8 *p;
		if (!log->buf || log->len + need > log->cap) {
			log->lost++;
			return -PBH_ENOSPC;
		}
		p = log->buf + log->len;
		pb_st32(p, (u32)total);
		pb_st32(p + 4, map->id);
		pb_copy(p + 8, cpu_le, 4);
		pb_copy(p + 12, data, size);
		if (ctx_len)
			pb_copy(p + 12 + size, ctx_data, ctx_len);
		pb_zero(p + 8 + total, need - 8 - total);
		log->len += need;
		log->count++;
	}
	return 0;
}

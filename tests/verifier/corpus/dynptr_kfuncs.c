/* Dynptrs made and used by kfuncs: skb / xdp dynptrs (only where Linux registers bpf_dynptr_from_skb / _from_xdp),
 * slices (bpf_dynptr_slice(_rdwr): a constant size, a buffer that may be NULL, a result that may be NULL, read-only
 * or needing a program type that may write packet data, dead once the packet may have moved), clones (sharing a
 * ring buffer reference), bpf_dynptr_adjust / _size / _is_null / _is_rdonly, and a netfilter program passing its
 * struct sk_buff where the kfunc takes a struct __sk_buff. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

#define __ksym __attribute__((section(".ksyms")))

struct bpf_dynptr { __u64 __opaque[2]; } __attribute__((aligned(8)));
struct sk_buff;
struct bpf_nf_ctx { const void *state; struct sk_buff *skb; };

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset, void *buffer__opt, __u32 buffer__szk) __ksym;
extern void *bpf_dynptr_slice_rdwr(const struct bpf_dynptr *p, __u32 offset, void *buffer__opt,
				   __u32 buffer__szk) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start, __u32 end) __ksym;
extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_is_null(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_is_rdonly(const struct bpf_dynptr *p) __ksym;

static long (*bpf_ringbuf_reserve_dynptr)(void *ringbuf, __u32 size, __u64 flags, struct bpf_dynptr *ptr) =
	(void *)198;
static void (*bpf_ringbuf_submit_dynptr)(struct bpf_dynptr *ptr, __u64 flags) = (void *)199;
static void (*bpf_ringbuf_discard_dynptr)(struct bpf_dynptr *ptr, __u64 flags) = (void *)200;
static long (*bpf_dynptr_write)(const struct bpf_dynptr *dst, __u32 offset, void *src, __u32 len, __u64 flags) =
	(void *)202;
static long (*bpf_skb_pull_data)(struct __sk_buff *skb, __u32 len) = (void *)39;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

EXPECT_ACCEPT
SEC("xdp") int xdp_slice_read(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;

	bpf_dynptr_from_xdp(ctx, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	if (!w)
		return 1;
	return *w == 7 ? 1 : 2;
}

/* the slice may be NULL (the range is out of the packet): it must be checked before use */
EXPECT_REJECT("R0 invalid mem access 'rdonly_mem_or_null'")
SEC("xdp") int xdp_slice_not_null_checked(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;

	bpf_dynptr_from_xdp(ctx, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	return *w;
}

/* the slice is as large as the constant size, no larger */
EXPECT_REJECT("R1 min value is outside of the allowed memory range")
SEC("xdp") int xdp_slice_past_its_size(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;

	bpf_dynptr_from_xdp(ctx, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	if (!w)
		return 1;
	return w[1];
}

/* bpf_dynptr_slice is read-only */
EXPECT_REJECT("R0 cannot write into rdonly_mem")
SEC("xdp") int xdp_slice_written(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;

	bpf_dynptr_from_xdp(ctx, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	if (!w)
		return 1;
	*w = 1;
	return 2;
}

/* the buffer may be NULL (buffer__opt): then the slice is NULL when the data is not contiguous */
EXPECT_ACCEPT
SEC("tc") int tc_slice_rdwr_no_buffer(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u32 *w;

	if (bpf_dynptr_from_skb(skb, 0, &ptr))
		return 0;
	w = bpf_dynptr_slice_rdwr(&ptr, 0, (void *)0, 4);
	if (!w)
		return 0;
	*w = 1;
	return 1;
}

/* the buffer must hold the size */
EXPECT_REJECT("arg#2 arg#3 memory, len pair leads to invalid memory access")
SEC("tc") int tc_slice_buffer_too_small(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u64 *w;

	bpf_dynptr_from_skb(skb, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, 8);
	return w ? 1 : 0;
}

/* the size sizes the returned memory: it must be a known constant */
EXPECT_REJECT("R4 must be a known constant")
SEC("tc") int tc_slice_variable_size(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u8 buf[8] = {};
	__u8 *w;

	bpf_dynptr_from_skb(skb, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, (skb->len & 7) + 1);
	return w ? 1 : 0;
}

/* a helper that may move the packet kills the slices of skb dynptrs, like packet pointers */
EXPECT_REJECT("R8 invalid mem access 'scalar'")
SEC("tc") int tc_slice_after_pull_data(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;

	bpf_dynptr_from_skb(skb, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	if (!w)
		return 0;
	bpf_skb_pull_data(skb, 0);
	return *w;
}

/* ...and so does bpf_dynptr_write into an skb dynptr (it may reallocate the packet data) */
EXPECT_REJECT("R7 invalid mem access 'scalar'")
SEC("tc") int tc_slice_after_dynptr_write(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;
	__u32 v = 0;

	bpf_dynptr_from_skb(skb, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	if (!w)
		return 0;
	bpf_dynptr_write(&ptr, 0, &v, sizeof(v), 0);
	return *w;
}

/* cgroup_skb programs may read packet data but not write it */
EXPECT_REJECT("the prog does not allow writes to packet data")
SEC("cgroup_skb/ingress") int cgroup_skb_slice_rdwr(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u32 *w;

	bpf_dynptr_from_skb(skb, 0, &ptr);
	w = bpf_dynptr_slice_rdwr(&ptr, 0, buf, sizeof(buf));
	return w ? 1 : 0;
}

EXPECT_ACCEPT
SEC("cgroup_skb/ingress") int cgroup_skb_slice_read(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	__u8 buf[4] = {};
	__u8 *w;

	bpf_dynptr_from_skb(skb, 0, &ptr);
	w = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	return w && w[3] ? 1 : 0;
}

/* bpf_dynptr_from_skb is registered for skb program types, bpf_dynptr_from_xdp for XDP only */
EXPECT_REJECT("calling kernel function bpf_dynptr_from_skb is not allowed")
SEC("xdp") int xdp_from_skb(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;

	bpf_dynptr_from_skb((struct __sk_buff *)ctx, 0, &ptr);
	return 1;
}

EXPECT_REJECT("calling kernel function bpf_dynptr_from_xdp is not allowed")
SEC("tc") int tc_from_xdp(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;

	bpf_dynptr_from_xdp((struct xdp_md *)skb, 0, &ptr);
	return 0;
}

/* clones have their parent's kind; adjust, size and the predicates take any initialised dynptr */
EXPECT_ACCEPT
SEC("xdp") int xdp_clone_adjust(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr, clone;
	__u8 buf[2] = {};
	__u8 *b;

	bpf_dynptr_from_xdp(ctx, 0, &ptr);
	bpf_dynptr_clone(&ptr, &clone);
	if (bpf_dynptr_adjust(&clone, 2, 4))
		return 1;
	if (bpf_dynptr_is_null(&clone) || bpf_dynptr_is_rdonly(&clone) || bpf_dynptr_size(&clone) != 2)
		return 1;
	b = bpf_dynptr_slice(&clone, 0, buf, sizeof(buf));
	return b ? b[1] : 1;
}

EXPECT_REJECT("Expected an initialized dynptr as arg #0")
SEC("xdp") int xdp_clone_of_nothing(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr, clone;

	bpf_dynptr_clone(&ptr, &clone);
	return 1;
}

/* a clone of a ring buffer dynptr shares its reference: submitting the clone releases the parent too */
EXPECT_ACCEPT
SEC("raw_tp") int ringbuf_clone_submitted(void *ctx)
{
	struct bpf_dynptr ptr, clone;

	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	bpf_dynptr_clone(&ptr, &clone);
	bpf_ringbuf_submit_dynptr(&clone, 0);
	return 0;
}

EXPECT_REJECT("Expected an initialized dynptr as arg #0")
SEC("raw_tp") int ringbuf_parent_after_clone_submitted(void *ctx)
{
	struct bpf_dynptr ptr, clone;

	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	bpf_dynptr_clone(&ptr, &clone);
	bpf_ringbuf_discard_dynptr(&clone, 0);
	return bpf_dynptr_size(&ptr);
}

/* a netfilter program passes its struct sk_buff where bpf_dynptr_from_skb takes a struct __sk_buff */
EXPECT_ACCEPT
SEC("netfilter") int netfilter_skb_dynptr(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;
	__u8 buf[20] = {};
	__u8 *iph;

	if (bpf_dynptr_from_skb((struct __sk_buff *)ctx->skb, 0, &ptr))
		return 1;
	iph = bpf_dynptr_slice(&ptr, 0, buf, sizeof(buf));
	if (!iph)
		return 1;
	return iph[9] == 6 ? 1 : 0;
}

/* Dynptrs created by helpers: ring buffer dynptrs are references (submitted or discarded on every path, never
 * overwritten), local dynptrs come from map values only, slices (bpf_dynptr_data) die with their dynptr, and a
 * helper that takes an initialised dynptr refuses stack bytes that are not one. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

struct bpf_dynptr { __u64 __opaque[2]; } __attribute__((aligned(8)));

static long (*bpf_dynptr_from_mem)(void *data, __u32 size, __u64 flags, struct bpf_dynptr *ptr) = (void *)197;
static long (*bpf_ringbuf_reserve_dynptr)(void *ringbuf, __u32 size, __u64 flags, struct bpf_dynptr *ptr) =
	(void *)198;
static void (*bpf_ringbuf_submit_dynptr)(struct bpf_dynptr *ptr, __u64 flags) = (void *)199;
static void (*bpf_ringbuf_discard_dynptr)(struct bpf_dynptr *ptr, __u64 flags) = (void *)200;
static long (*bpf_dynptr_read)(void *dst, __u32 len, const struct bpf_dynptr *src, __u32 offset, __u64 flags) =
	(void *)201;
static long (*bpf_dynptr_write)(const struct bpf_dynptr *dst, __u32 offset, void *src, __u32 len, __u64 flags) =
	(void *)202;
static void *(*bpf_dynptr_data)(const struct bpf_dynptr *ptr, __u32 offset, __u32 len) = (void *)203;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[8]);
} arr SEC(".maps");

EXPECT_ACCEPT
SEC("raw_tp") int ringbuf_dynptr_submitted(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 *rec;

	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	rec = bpf_dynptr_data(&ptr, 0, 8);
	if (rec)
		*rec = 1;
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

/* the reservation may fail, but the dynptr must still be discarded */
EXPECT_REJECT("BPF_EXIT instruction in main prog would lead to reference leak")
SEC("raw_tp") int ringbuf_dynptr_leaked_on_error(void *ctx)
{
	struct bpf_dynptr ptr;

	if (bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr))
		return 0;
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

EXPECT_ACCEPT
SEC("raw_tp") int ringbuf_dynptr_discarded_on_error(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 v = 7;

	if (bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr)) {
		bpf_ringbuf_discard_dynptr(&ptr, 0);
		return 0;
	}
	bpf_dynptr_write(&ptr, 0, &v, sizeof(v), 0);
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

/* a slice is invalid once its dynptr is submitted */
EXPECT_REJECT("R6 invalid mem access 'scalar'")
SEC("raw_tp") int ringbuf_slice_used_after_submit(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 *rec;

	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	rec = bpf_dynptr_data(&ptr, 0, 8);
	if (!rec) {
		bpf_ringbuf_discard_dynptr(&ptr, 0);
		return 0;
	}
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	asm volatile("r6 = %0; r0 = *(u64 *)(r6 + 0);" :: "r"(rec) : "r0", "r6");
	return 0;
}

/* overwriting a referenced dynptr on the stack */
EXPECT_REJECT("cannot overwrite referenced dynptr")
SEC("raw_tp") int ringbuf_dynptr_overwritten(void *ctx)
{
	struct bpf_dynptr ptr;

	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	*(volatile __u64 *)&ptr = 0;
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

/* a second reservation into the same (live) dynptr: creating one writes its 16 bytes */
EXPECT_REJECT("cannot overwrite referenced dynptr")
SEC("raw_tp") int ringbuf_dynptr_reinitialised(void *ctx)
{
	struct bpf_dynptr ptr;

	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	bpf_ringbuf_reserve_dynptr(&rb, 8, 0, &ptr);
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

/* releasing a local dynptr */
EXPECT_REJECT("arg 1 is an unacquired reference")
SEC("raw_tp") int submit_local_dynptr(void *ctx)
{
	struct bpf_dynptr ptr;
	__u32 key = 0;
	__u64 *val = bpf_map_lookup_elem(&arr, &key);

	if (!val)
		return 0;
	bpf_dynptr_from_mem(val, 64, 0, &ptr);
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

EXPECT_ACCEPT
SEC("raw_tp") int local_dynptr_read_write(void *ctx)
{
	struct bpf_dynptr ptr;
	__u32 key = 0;
	__u64 buf[2] = {}, *val = bpf_map_lookup_elem(&arr, &key);

	if (!val)
		return 0;
	bpf_dynptr_from_mem(val, 64, 0, &ptr);
	bpf_dynptr_read(buf, sizeof(buf), &ptr, 8, 0);
	bpf_dynptr_write(&ptr, 0, buf, sizeof(buf), 0);
	return buf[0] & 1;
}

/* bpf_dynptr_from_mem takes map values only */
EXPECT_REJECT("Unsupported reg type fp for bpf_dynptr_from_mem data")
SEC("raw_tp") int local_dynptr_of_stack(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 buf[4] = {};

	bpf_dynptr_from_mem(buf, sizeof(buf), 0, &ptr);
	return 0;
}

/* reading through stack bytes that hold no dynptr */
EXPECT_REJECT("Expected an initialized dynptr as arg #2")
SEC("raw_tp") int read_uninitialised_dynptr(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 buf[2];

	asm volatile("" : "=m"(ptr));
	bpf_dynptr_read(buf, sizeof(buf), &ptr, 0, 0);
	return 0;
}

/* a local dynptr passed to a helper that releases a ring buffer one */
EXPECT_REJECT("arg 1 is an unacquired reference")
SEC("raw_tp") int discard_local_dynptr_type(void *ctx)
{
	struct bpf_dynptr ptr;
	__u32 key = 0;
	__u64 *val = bpf_map_lookup_elem(&arr, &key);

	if (!val)
		return 0;
	bpf_dynptr_from_mem(val, 64, 0, &ptr);
	asm volatile("r1 = %0; r2 = 0; call 200;" :: "r"(&ptr) : "r0", "r1", "r2", "r3", "r4", "r5");
	return 0;
}

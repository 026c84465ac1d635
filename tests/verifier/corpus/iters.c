/* Open-coded iterators (bpf_for): the loop body is verified until its states converge; the iterator is a
 * reference that must be destroyed, and its element pointer may be NULL. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

#define __ksym __attribute__((section(".ksyms")))
struct bpf_iter_num { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

EXPECT_ACCEPT
SEC("xdp") int iter_sum(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	int *v, sum = 0;

	bpf_iter_num_new(&it, 0, 1000);
	while ((v = bpf_iter_num_next(&it)))
		sum += *v;
	bpf_iter_num_destroy(&it);
	return sum & 1;
}

EXPECT_ACCEPT
SEC("xdp") int iter_index_checked(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	__u32 arr[16] = {};
	int *v;

	bpf_iter_num_new(&it, 0, 100);
	while ((v = bpf_iter_num_next(&it))) {
		__u32 i = *v;
		if (i < 16)
			arr[i] = i;
	}
	bpf_iter_num_destroy(&it);
	return arr[3] & 1;
}

EXPECT_REJECT("BPF_EXIT instruction in main prog would lead to reference leak")
SEC("xdp") int iter_not_destroyed(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	int *v, sum = 0;

	bpf_iter_num_new(&it, 0, 10);
	while ((v = bpf_iter_num_next(&it)))
		sum += *v;
	return sum & 1;
}

EXPECT_REJECT("R0 invalid mem access 'scalar'")
SEC("xdp") int iter_null_deref(struct xdp_md *ctx)
{
	struct bpf_iter_num it;
	int *v, sum;

	bpf_iter_num_new(&it, 0, 10);
	v = bpf_iter_num_next(&it);
	sum = *v;
	bpf_iter_num_destroy(&it);
	return sum & 1;
}

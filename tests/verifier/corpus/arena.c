/* Arenas: kfuncs that allocate and free arena pages (their 'void *' results are scalars until cast into the
 * arena address space), __arena globals (placed at the end of the arena, as libbpf does), and map arguments. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

#define __ksym __attribute__((section(".ksyms")))
#define __arena __attribute__((address_space(1)))

struct {
	__uint(type, 33);		/* BPF_MAP_TYPE_ARENA */
	__uint(map_flags, 1024);	/* BPF_F_MMAPABLE */
	__uint(max_entries, 4);		/* pages */
} arena SEC(".maps");

extern void __arena *bpf_arena_alloc_pages(void *map, void __arena *addr, __u32 page_cnt, int node_id,
					   __u64 flags) __ksym;
extern void bpf_arena_free_pages(void *map, void __arena *ptr, __u32 page_cnt) __ksym;

int __arena counter;

EXPECT_ACCEPT
SEC("syscall") int arena_alloc_use_free(void *ctx)
{
	int __arena *p = bpf_arena_alloc_pages(&arena, 0, 1, -1, 0);

	if (!p)
		return 1;
	*p = 42;
	p[1000] = 1;	/* any offset: arena accesses are checked at run time */
	counter += *p;
	bpf_arena_free_pages(&arena, p, 1);
	return 0;
}

EXPECT_ACCEPT
SEC("syscall") int arena_global(void *ctx)
{
	counter++;
	return counter & 1;
}

EXPECT_REJECT("pointer in R1 isn't map pointer")
SEC("syscall") int arena_not_a_map(void *ctx)
{
	int __arena *p = bpf_arena_alloc_pages(ctx, 0, 1, -1, 0);

	return p ? 0 : 1;
}

/* LRU lists for lru_hash / lru_percpu_hash: a port of kernel/bpf/bpf_lru_list.c with index-linked lists.
 *
 * Every node (one per hash element, plus the list-head sentinels after them) lives in one array of struct
 * pb_hnode, so a "list_head" is just a node index. The algorithm, the list operations and their order are
 * Linux's: common LRU (global active/inactive/free lists plus per-CPU local free/pending lists, rotation, shrink,
 * stealing from other CPUs) or, with BPF_F_NO_COMMON_LRU, one full LRU list per CPU.
 */
#ifndef PB_LRU_H
#define PB_LRU_H

#include "pb.h"

enum {
	LRU_ACTIVE = 0,
	LRU_INACTIVE = 1,
	LRU_FREE = 2,
	LRU_LOCAL_FREE = 3,
	LRU_LOCAL_PENDING = 4,
};

#define LRU_NR_LIST_COUNT 2   /* only active/inactive are counted */
#define LRU_LOCAL_OFFSET LRU_LOCAL_FREE
#define LRU_LOCAL_FREE_TARGET 128
#define LRU_PERCPU_FREE_TARGET 4

/* One hash element's bookkeeping; also used for list sentinels (only prev/next). */
struct pb_hnode {
	u32 hnext;  /* bucket chain / free list (PB_NIL terminated) */
	u32 hash;
	u32 prev;   /* LRU list links */
	u32 next;
	u8 type;    /* LRU list the node is on */
	u8 ref;
	u16 cpu;
};

struct pb_lru_list {
	u32 lists[3];   /* sentinel node indices: active, inactive, free */
	u32 counts[LRU_NR_LIST_COUNT];
	u32 next_inactive_rotation;
	u32 pad;
};

struct pb_lru_loc {
	u32 free_list;    /* sentinel */
	u32 pending_list; /* sentinel */
	u32 next_steal;
	u32 pad;
};

struct pb_htab;

struct pb_lru {
	u32 percpu;       /* BPF_F_NO_COMMON_LRU */
	u32 nr_scans;
	u32 target_free;
	u32 nr_cpus;
	struct pb_lru_list common;
	struct pb_lru_list *percpu_lists; /* nr_cpus */
	struct pb_lru_loc *locs;          /* nr_cpus (common LRU) */
	struct pb_hnode *nodes;
	struct pb_htab *htab;             /* for del_from_htab */
};

/* number of sentinel nodes the LRU needs after the elements */
u32 pb_lru_nr_sentinels(u32 percpu, u32 nr_cpus);
void pb_lru_init(struct pb_lru *lru, struct pb_hnode *nodes, u32 nr_elems, u32 percpu, u32 nr_cpus,
		 struct pb_lru_list *percpu_lists, struct pb_lru_loc *locs, struct pb_htab *htab);
u32 pb_lru_pop_free(struct pb_lru *lru, u32 hash, u32 cpu);
void pb_lru_push_free(struct pb_lru *lru, u32 node);

/* defined in htab.c: unlink node from its bucket if it is still there */
int pb_htab_lru_delete_node(struct pb_htab *htab, u32 node);

static inline void pb_lru_set_ref(struct pb_hnode *n)
{
	if (!n->ref)
		n->ref = 1;
}

#endif

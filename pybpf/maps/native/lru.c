/* LRU list algorithm of kernel/bpf/bpf_lru_list.c (Linux 6.18), ported to index-linked lists. See lru.h.
 * Locks are gone (the map lock serialises every mutation); everything else follows the kernel step by step so
 * that eviction order matches Linux for the same sequence of operations on the same CPUs.
 */
#include "lru.h"

/* ---- circular doubly-linked lists over node indices (the list_head API) ---- */
static inline void list_init(struct pb_hnode *n, u32 h)
{
	n[h].prev = h;
	n[h].next = h;
}

static inline int list_empty(struct pb_hnode *n, u32 h) { return n[h].next == h; }

static inline void list_del(struct pb_hnode *n, u32 x)
{
	u32 p = n[x].prev, q = n[x].next;
	n[p].next = q;
	n[q].prev = p;
}

/* list_add: insert x right after the head h */
static inline void list_add(struct pb_hnode *n, u32 x, u32 h)
{
	u32 q = n[h].next;
	n[x].next = q;
	n[x].prev = h;
	n[q].prev = x;
	n[h].next = x;
}

static inline void list_move(struct pb_hnode *n, u32 x, u32 h)
{
	list_del(n, x);
	list_add(n, x, h);
}

static inline int is_local_type(u32 t) { return t >= LRU_LOCAL_OFFSET; }

static inline void count_inc(struct pb_lru_list *l, u32 type)
{
	if (type < LRU_NR_LIST_COUNT)
		l->counts[type]++;
}

static inline void count_dec(struct pb_lru_list *l, u32 type)
{
	if (type < LRU_NR_LIST_COUNT)
		l->counts[type]--;
}

static inline int del_from_htab(struct pb_lru *lru, u32 node)
{
	return pb_htab_lru_delete_node(lru->htab, node);
}

/* __bpf_lru_node_move_to_free */
static void node_move_to_free(struct pb_lru *lru, struct pb_lru_list *l, u32 node, u32 free_list, u32 tgt_type)
{
	struct pb_hnode *n = lru->nodes;
	if (is_local_type(n[node].type))
		return;
	if (node == l->next_inactive_rotation)
		l->next_inactive_rotation = n[node].prev;
	count_dec(l, n[node].type);
	n[node].type = (u8)tgt_type;
	list_move(n, node, free_list);
}

/* __bpf_lru_node_move_in: from a local list into the LRU list */
static void node_move_in(struct pb_lru *lru, struct pb_lru_list *l, u32 node, u32 tgt_type)
{
	struct pb_hnode *n = lru->nodes;
	if (!is_local_type(n[node].type) || is_local_type(tgt_type))
		return;
	count_inc(l, tgt_type);
	n[node].type = (u8)tgt_type;
	n[node].ref = 0;
	list_move(n, node, l->lists[tgt_type]);
}

/* __bpf_lru_node_move: between or within the active/inactive/free lists */
static void node_move(struct pb_lru *lru, struct pb_lru_list *l, u32 node, u32 tgt_type)
{
	struct pb_hnode *n = lru->nodes;
	if (is_local_type(n[node].type) || is_local_type(tgt_type))
		return;
	if (n[node].type != tgt_type) {
		count_dec(l, n[node].type);
		count_inc(l, tgt_type);
		n[node].type = (u8)tgt_type;
	}
	n[node].ref = 0;
	if (node == l->next_inactive_rotation)
		l->next_inactive_rotation = n[node].prev;
	list_move(n, node, l->lists[tgt_type]);
}

static int inactive_low(const struct pb_lru_list *l)
{
	return l->counts[LRU_INACTIVE] < l->counts[LRU_ACTIVE];
}

/* __bpf_lru_list_rotate_active: from the tail, referenced nodes go back to the head of active, the others to
 * inactive; at most nr_scans nodes, stopping after the node that was first. */
static void rotate_active(struct pb_lru *lru, struct pb_lru_list *l)
{
	struct pb_hnode *n = lru->nodes;
	u32 active = l->lists[LRU_ACTIVE];
	u32 first = n[active].next;
	u32 i = 0;
	for (u32 node = n[active].prev, tmp = n[node].prev; node != active; node = tmp, tmp = n[node].prev) {
		if (n[node].ref)
			node_move(lru, l, node, LRU_ACTIVE);
		else
			node_move(lru, l, node, LRU_INACTIVE);
		if (++i == lru->nr_scans || node == first)
			break;
	}
}

/* __bpf_lru_list_rotate_inactive: from next_inactive_rotation backwards, referenced nodes move to active */
static void rotate_inactive(struct pb_lru *lru, struct pb_lru_list *l)
{
	struct pb_hnode *n = lru->nodes;
	u32 inactive = l->lists[LRU_INACTIVE];
	u32 cur, last, next = inactive;
	u32 i = 0;

	if (list_empty(n, inactive))
		return;

	last = n[l->next_inactive_rotation].next;
	if (last == inactive)
		last = n[last].next;

	cur = l->next_inactive_rotation;
	while (i < lru->nr_scans) {
		if (cur == inactive) {
			cur = n[cur].prev;
			continue;
		}
		next = n[cur].prev;
		if (n[cur].ref)
			node_move(lru, l, cur, LRU_ACTIVE);
		if (cur == last)
			break;
		cur = next;
		i++;
	}
	l->next_inactive_rotation = next;
}

/* __bpf_lru_list_shrink_inactive: from the tail, unreferenced nodes are removed from the hash table and moved
 * to free_list, referenced ones to active */
static u32 shrink_inactive(struct pb_lru *lru, struct pb_lru_list *l, u32 tgt_nshrink, u32 free_list,
			   u32 tgt_free_type)
{
	struct pb_hnode *n = lru->nodes;
	u32 inactive = l->lists[LRU_INACTIVE];
	u32 nshrinked = 0, i = 0;
	for (u32 node = n[inactive].prev, tmp = n[node].prev; node != inactive; node = tmp, tmp = n[node].prev) {
		if (n[node].ref) {
			node_move(lru, l, node, LRU_ACTIVE);
		} else if (del_from_htab(lru, node)) {
			node_move_to_free(lru, l, node, free_list, tgt_free_type);
			if (++nshrinked == tgt_nshrink)
				break;
		}
		if (++i == lru->nr_scans)
			break;
	}
	return nshrinked;
}

static void list_rotate(struct pb_lru *lru, struct pb_lru_list *l)
{
	if (inactive_low(l))
		rotate_active(lru, l);
	rotate_inactive(lru, l);
}

/* __bpf_lru_list_shrink: shrink inactive; failing that, force-remove one node ignoring the ref bit */
static u32 list_shrink(struct pb_lru *lru, struct pb_lru_list *l, u32 tgt_nshrink, u32 free_list, u32 tgt_free_type)
{
	struct pb_hnode *n = lru->nodes;
	u32 force_list;
	u32 nshrinked = shrink_inactive(lru, l, tgt_nshrink, free_list, tgt_free_type);
	if (nshrinked)
		return nshrinked;

	if (!list_empty(n, l->lists[LRU_INACTIVE]))
		force_list = l->lists[LRU_INACTIVE];
	else
		force_list = l->lists[LRU_ACTIVE];

	for (u32 node = n[force_list].prev, tmp = n[node].prev; node != force_list; node = tmp, tmp = n[node].prev) {
		if (del_from_htab(lru, node)) {
			node_move_to_free(lru, l, node, free_list, tgt_free_type);
			return 1;
		}
	}
	return 0;
}

/* __local_list_flush: pending nodes go into the global list, from the oldest */
static void local_list_flush(struct pb_lru *lru, struct pb_lru_list *l, struct pb_lru_loc *loc)
{
	struct pb_hnode *n = lru->nodes;
	u32 pending = loc->pending_list;
	for (u32 node = n[pending].prev, tmp = n[node].prev; node != pending; node = tmp, tmp = n[node].prev) {
		if (n[node].ref)
			node_move_in(lru, l, node, LRU_ACTIVE);
		else
			node_move_in(lru, l, node, LRU_INACTIVE);
	}
}

static void list_push_free(struct pb_lru *lru, struct pb_lru_list *l, u32 node)
{
	if (is_local_type(lru->nodes[node].type))
		return;
	node_move(lru, l, node, LRU_FREE);
}

/* bpf_lru_list_pop_free_to_local: refill this CPU's local free list with up to target_free nodes */
static void pop_free_to_local(struct pb_lru *lru, struct pb_lru_loc *loc)
{
	struct pb_lru_list *l = &lru->common;
	struct pb_hnode *n = lru->nodes;
	u32 nfree = 0;
	u32 free = l->lists[LRU_FREE];

	local_list_flush(lru, l, loc);
	list_rotate(lru, l);

	for (u32 node = n[free].next, tmp = n[node].next; node != free; node = tmp, tmp = n[node].next) {
		node_move_to_free(lru, l, node, loc->free_list, LRU_LOCAL_FREE);
		if (++nfree == lru->target_free)
			break;
	}
	if (nfree < lru->target_free)
		list_shrink(lru, l, lru->target_free - nfree, loc->free_list, LRU_LOCAL_FREE);
}

static void local_list_add_pending(struct pb_lru *lru, struct pb_lru_loc *loc, u32 cpu, u32 node, u32 hash)
{
	struct pb_hnode *n = lru->nodes;
	n[node].hash = hash;
	n[node].cpu = (u16)cpu;
	n[node].type = LRU_LOCAL_PENDING;
	n[node].ref = 0;
	list_add(n, node, loc->pending_list);
}

static u32 local_list_pop_free(struct pb_lru *lru, struct pb_lru_loc *loc)
{
	struct pb_hnode *n = lru->nodes;
	if (list_empty(n, loc->free_list))
		return PB_NIL;
	u32 node = n[loc->free_list].next;
	list_del(n, node);
	return node;
}

static u32 local_list_pop_pending(struct pb_lru *lru, struct pb_lru_loc *loc)
{
	struct pb_hnode *n = lru->nodes;
	u32 pending = loc->pending_list;
	for (int force = 0; force < 2; force++) {
		/* from the tail, i.e. the oldest element */
		for (u32 node = n[pending].prev; node != pending; node = n[node].prev) {
			if ((!n[node].ref || force) && del_from_htab(lru, node)) {
				list_del(n, node);
				return node;
			}
		}
	}
	return PB_NIL;
}

static u32 percpu_pop_free(struct pb_lru *lru, u32 hash, u32 cpu)
{
	struct pb_hnode *n = lru->nodes;
	struct pb_lru_list *l = &lru->percpu_lists[cpu];
	u32 free_list = l->lists[LRU_FREE];
	u32 node = PB_NIL;

	list_rotate(lru, l);
	if (list_empty(n, free_list))
		list_shrink(lru, l, LRU_PERCPU_FREE_TARGET, free_list, LRU_FREE);
	if (!list_empty(n, free_list)) {
		node = n[free_list].next;
		n[node].hash = hash;
		n[node].ref = 0;
		node_move(lru, l, node, LRU_INACTIVE);
	}
	return node;
}

static u32 common_pop_free(struct pb_lru *lru, u32 hash, u32 cpu)
{
	struct pb_lru_loc *loc = &lru->locs[cpu];
	u32 node = local_list_pop_free(lru, loc);
	if (node == PB_NIL) {
		pop_free_to_local(lru, loc);
		node = local_list_pop_free(lru, loc);
	}
	if (node != PB_NIL) {
		local_list_add_pending(lru, loc, cpu, node, hash);
		return node;
	}

	/* Nothing free locally or globally: steal from the local free/pending lists of every CPU, round robin
	 * starting at this CPU's next_steal. */
	u32 first_steal = loc->next_steal, steal = first_steal;
	do {
		struct pb_lru_loc *steal_loc = &lru->locs[steal];
		node = local_list_pop_free(lru, steal_loc);
		if (node == PB_NIL)
			node = local_list_pop_pending(lru, steal_loc);
		steal = steal + 1 < lru->nr_cpus ? steal + 1 : 0;
	} while (node == PB_NIL && steal != first_steal);
	loc->next_steal = steal;

	if (node != PB_NIL)
		local_list_add_pending(lru, loc, cpu, node, hash);
	return node;
}

/* bpf_lru_pop_free: a free node for a new element on this CPU, evicting if needed; PB_NIL when none */
u32 pb_lru_pop_free(struct pb_lru *lru, u32 hash, u32 cpu)
{
	if (cpu >= lru->nr_cpus)
		cpu = 0;
	if (lru->percpu)
		return percpu_pop_free(lru, hash, cpu);
	return common_pop_free(lru, hash, cpu);
}

/* bpf_lru_push_free: give a node back (element deleted or replaced) */
void pb_lru_push_free(struct pb_lru *lru, u32 node)
{
	struct pb_hnode *n = lru->nodes;
	if (lru->percpu) {
		node_move(lru, &lru->percpu_lists[n[node].cpu], node, LRU_FREE);
		return;
	}
	u32 type = n[node].type;
	if (type == LRU_FREE || type == LRU_LOCAL_FREE)
		return;
	if (type == LRU_LOCAL_PENDING) {
		struct pb_lru_loc *loc = &lru->locs[n[node].cpu];
		n[node].type = LRU_LOCAL_FREE;
		n[node].ref = 0;
		list_move(n, node, loc->free_list);
		return;
	}
	list_push_free(lru, &lru->common, node);
}

u32 pb_lru_nr_sentinels(u32 percpu, u32 nr_cpus)
{
	return percpu ? 3 * nr_cpus : 3 + 2 * nr_cpus;
}

static void lru_list_init(struct pb_hnode *n, struct pb_lru_list *l, u32 *next_sentinel)
{
	for (u32 i = 0; i < 3; i++) {
		l->lists[i] = (*next_sentinel)++;
		list_init(n, l->lists[i]);
	}
	l->counts[0] = l->counts[1] = 0;
	l->next_inactive_rotation = l->lists[LRU_INACTIVE];
}

/* bpf_lru_init + bpf_lru_populate: every node starts on a free list, in Linux's order */
void pb_lru_init(struct pb_lru *lru, struct pb_hnode *nodes, u32 nr_elems, u32 percpu, u32 nr_cpus,
		 struct pb_lru_list *percpu_lists, struct pb_lru_loc *locs, struct pb_htab *htab)
{
	u32 sentinel = nr_elems;
	lru->percpu = percpu;
	lru->nr_cpus = nr_cpus;
	lru->nodes = nodes;
	lru->htab = htab;
	lru->percpu_lists = percpu_lists;
	lru->locs = locs;

	if (percpu) {
		for (u32 c = 0; c < nr_cpus; c++)
			lru_list_init(nodes, &percpu_lists[c], &sentinel);
		lru->nr_scans = LRU_PERCPU_FREE_TARGET;
		u32 pcpu_entries = nr_elems / nr_cpus;
		u32 i = 0;
		for (u32 c = 0; c < nr_cpus && i < nr_elems; c++) {
			do {
				nodes[i].cpu = (u16)c;
				nodes[i].type = LRU_FREE;
				nodes[i].ref = 0;
				list_add(nodes, i, percpu_lists[c].lists[LRU_FREE]);
				i++;
			} while (i < nr_elems && pcpu_entries && (i % pcpu_entries));
		}
	} else {
		for (u32 c = 0; c < nr_cpus; c++) {
			locs[c].free_list = sentinel++;
			locs[c].pending_list = sentinel++;
			list_init(nodes, locs[c].free_list);
			list_init(nodes, locs[c].pending_list);
			locs[c].next_steal = c;
		}
		lru_list_init(nodes, &lru->common, &sentinel);
		lru->nr_scans = LRU_LOCAL_FREE_TARGET;
		for (u32 i = 0; i < nr_elems; i++) {
			nodes[i].type = LRU_FREE;
			nodes[i].ref = 0;
			list_add(nodes, i, lru->common.lists[LRU_FREE]);
		}
		u32 t = (nr_elems / nr_cpus) / 2;
		lru->target_free = t < 1 ? 1 : (t > LRU_LOCAL_FREE_TARGET ? LRU_LOCAL_FREE_TARGET : t);
	}
}

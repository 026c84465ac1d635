/* Longest-prefix-match trie (BPF_MAP_TYPE_LPM_TRIE) with the semantics of kernel/bpf/lpm_trie.c: keys are a u32
 * prefix length followed by data_size bytes read big-endian; intermediate nodes are added as needed and removed
 * when they lose a child; lookups return the most specific match; get_next_key walks in post-order (more
 * specific prefixes first).
 *
 * Nodes come from a preallocated pool of 2 * max_entries + 2 (at most max_entries value nodes and
 * max_entries - 1 intermediate nodes exist at once, plus the node an update allocates before it frees the one it
 * replaces). A node's value sits in the map's value area at its index.
 */
#include "pb.h"
#include "pb_api.h"

#define LPM_FLAG_IM 1u
#define LPM_MAX_PREFIX (256 * 8)

struct pb_lpm_node {
	u32 child[2];
	u32 prefixlen;
	u32 flags;
};

struct pb_lpm {
	struct pb_map map;
	u32 data_size;
	u32 max_prefixlen;
	u32 root;
	u32 n_nodes;
	u32 free_head;
	u32 next_unused;
	struct pb_lpm_node *nodes;
	u8 *data;
};

static u64 layout(u8 *base, const struct pb_params *p, struct pb_lpm **out)
{
	struct pb_carve c = {base, 0};
	u32 data_size = p->key_size - 4;
	u32 n = 2 * p->max_entries + 2;
	u32 stride = pb_round8(p->value_size);
	struct pb_lpm *t = pb_carve(&c, sizeof(struct pb_lpm), 64);
	struct pb_lpm_node *nodes = pb_carve(&c, sizeof(struct pb_lpm_node) * (u64)n, 64);
	u8 *data = pb_carve(&c, (u64)data_size * n, 64);
	u8 *values = pb_carve(&c, (u64)stride * n, 64);
	if (base) {
		pb_map_init_header(&t->map, p, PB_KIND_LPM);
		t->map.elem_stride = stride;
		t->map.values = values;
		t->map.values_len = (u64)stride * n;
		t->data_size = data_size;
		t->max_prefixlen = data_size * 8;
		t->root = PB_NIL;
		t->n_nodes = n;
		t->free_head = PB_NIL;
		t->next_unused = 0;
		t->nodes = nodes;
		t->data = data;
		*out = t;
	}
	return c.off;
}

PB_EXPORT u64 pb_lpm_mem_size(const struct pb_params *p)
{
	return layout(0, p, 0);
}

PB_EXPORT struct pb_map *pb_lpm_init(u8 *arena, const struct pb_params *p)
{
	struct pb_lpm *t = 0;
	layout(arena, p, &t);
	return &t->map;
}

static inline u8 *data_of(struct pb_lpm *t, u32 i) { return t->data + (u64)t->data_size * i; }
static inline u8 *val_of(struct pb_lpm *t, u32 i) { return t->map.values + (u64)t->map.elem_stride * i; }

static u32 node_alloc(struct pb_lpm *t)
{
	u32 i = t->free_head;
	if (i != PB_NIL) {
		t->free_head = t->nodes[i].child[0];
	} else if (t->next_unused < t->n_nodes) {
		i = t->next_unused++;
	} else {
		return PB_NIL;
	}
	t->nodes[i].flags = 0;
	return i;
}

static void node_free(struct pb_lpm *t, u32 i)
{
	if (i == PB_NIL)
		return;
	t->nodes[i].child[0] = t->free_head;
	t->free_head = i;
}

static inline u32 extract_bit(const u8 *data, u32 index)
{
	return (data[index / 8] >> (7 - (index % 8))) & 1;
}

static inline u32 fls32(u32 x) { return x ? 32 - (u32)__builtin_clz(x) : 0; }

/* longest_prefix_match: bits of node's data that match the key, capped at min(node, key) prefix length */
static u32 longest_prefix_match(struct pb_lpm *t, u32 node, const u8 *key)
{
	const u8 *nd = data_of(t, node), *kd = key + 4;
	u32 kplen = pb_ld32(key), nplen = t->nodes[node].prefixlen;
	u32 limit = nplen < kplen ? nplen : kplen;
	u32 prefixlen = 0;
	for (u32 i = 0; i < t->data_size; i++) {
		u32 diff = (u32)(nd[i] ^ kd[i]);
		prefixlen += 8 - fls32(diff);
		if (prefixlen >= limit)
			return limit;
		if (diff)
			return prefixlen;
	}
	return prefixlen;
}

/* trie_lookup_elem: the most specific non-intermediate node matching the key */
static u32 lookup_node(struct pb_lpm *t, const u8 *key)
{
	u32 found = PB_NIL;
	if (pb_ld32(key) > t->max_prefixlen)
		return PB_NIL;
	for (u32 node = t->root, guard = LPM_MAX_PREFIX + 2; node != PB_NIL && guard; guard--) {
		u32 matchlen = longest_prefix_match(t, node, key);
		if (matchlen == t->max_prefixlen) {
			found = node;
			break;
		}
		if (matchlen < t->nodes[node].prefixlen)
			break;
		if (!(t->nodes[node].flags & LPM_FLAG_IM))
			found = node;
		node = t->nodes[node].child[extract_bit(key + 4, t->nodes[node].prefixlen)];
	}
	return found;
}

void *pb_lpm_lookup(struct pb_map *m, const u8 *key)
{
	struct pb_lpm *t = (struct pb_lpm *)m;
	u32 n = lookup_node(t, key);
	return n == PB_NIL ? 0 : val_of(t, n);
}

long pb_lpm_sys_lookup(struct pb_map *m, const u8 *key, u8 *out)
{
	struct pb_lpm *t = (struct pb_lpm *)m;
	u32 n = lookup_node(t, key);
	if (n == PB_NIL)
		return -PB_ENOENT;
	pb_copy_out(m, out, val_of(t, n), m->value_size);
	return 0;
}

static long check_add_elem(struct pb_lpm *t, u64 flags)
{
	if (flags == BPF_EXIST)
		return -PB_ENOENT;
	if (t->map.count == t->map.max_entries)
		return -PB_ENOSPC;
	t->map.count++;
	return 0;
}

/* slot pointers are either &t->root or &nodes[x].child[b]; u32 * works for both */
long pb_lpm_update(struct pb_map *m, const u8 *key, const u8 *value, u64 flags)
{
	struct pb_lpm *t = (struct pb_lpm *)m;
	u32 *slot, node, new_node, im_node, free_node = PB_NIL, matchlen = 0;
	u32 kplen = pb_ld32(key);
	long ret = 0;

	if (flags > BPF_EXIST)
		return -PB_EINVAL;
	if (kplen > t->max_prefixlen)
		return -PB_EINVAL;

	new_node = node_alloc(t);
	if (new_node == PB_NIL)
		return -PB_ENOMEM;
	t->nodes[new_node].prefixlen = kplen;
	t->nodes[new_node].child[0] = PB_NIL;
	t->nodes[new_node].child[1] = PB_NIL;
	pb_copy(data_of(t, new_node), key + 4, t->data_size);

	slot = &t->root;
	while ((node = *slot) != PB_NIL) {
		matchlen = longest_prefix_match(t, node, key);
		if (t->nodes[node].prefixlen != matchlen || t->nodes[node].prefixlen == kplen)
			break;
		slot = &t->nodes[node].child[extract_bit(key + 4, t->nodes[node].prefixlen)];
	}

	if (node == PB_NIL) { /* empty slot: attach */
		ret = check_add_elem(t, flags);
		if (ret)
			goto out;
		pb_copy_value(m, val_of(t, new_node), value, m->value_size);
		*slot = new_node;
		goto out;
	}

	if (t->nodes[node].prefixlen == matchlen) { /* same prefix: replace the node */
		if (!(t->nodes[node].flags & LPM_FLAG_IM)) {
			if (flags == BPF_NOEXIST) {
				ret = -PB_EEXIST;
				goto out;
			}
		} else {
			ret = check_add_elem(t, flags);
			if (ret)
				goto out;
		}
		pb_copy_value(m, val_of(t, new_node), value, m->value_size);
		t->nodes[new_node].child[0] = t->nodes[node].child[0];
		t->nodes[new_node].child[1] = t->nodes[node].child[1];
		*slot = new_node;
		free_node = node;
		goto out;
	}

	ret = check_add_elem(t, flags);
	if (ret)
		goto out;

	if (matchlen == kplen) { /* the new node is an ancestor of node */
		pb_copy_value(m, val_of(t, new_node), value, m->value_size);
		t->nodes[new_node].child[extract_bit(data_of(t, node), matchlen)] = node;
		*slot = new_node;
		goto out;
	}

	im_node = node_alloc(t);
	if (im_node == PB_NIL) {
		m->count--;
		ret = -PB_ENOMEM;
		goto out;
	}
	pb_copy_value(m, val_of(t, new_node), value, m->value_size);
	t->nodes[im_node].prefixlen = matchlen;
	t->nodes[im_node].flags = LPM_FLAG_IM;
	pb_copy(data_of(t, im_node), data_of(t, node), t->data_size);
	if (extract_bit(key + 4, matchlen)) {
		t->nodes[im_node].child[0] = node;
		t->nodes[im_node].child[1] = new_node;
	} else {
		t->nodes[im_node].child[0] = new_node;
		t->nodes[im_node].child[1] = node;
	}
	*slot = im_node;

out:
	if (ret)
		node_free(t, new_node);
	node_free(t, free_node);
	return ret;
}

long pb_lpm_delete(struct pb_map *m, const u8 *key)
{
	struct pb_lpm *t = (struct pb_lpm *)m;
	u32 *trim, *trim2, node, parent = PB_NIL, matchlen = 0;
	u32 kplen = pb_ld32(key);

	if (kplen > t->max_prefixlen)
		return -PB_EINVAL;

	trim = &t->root;
	trim2 = trim;
	while ((node = *trim) != PB_NIL) {
		matchlen = longest_prefix_match(t, node, key);
		if (t->nodes[node].prefixlen != matchlen || t->nodes[node].prefixlen == kplen)
			break;
		parent = node;
		trim2 = trim;
		trim = &t->nodes[node].child[extract_bit(key + 4, t->nodes[node].prefixlen)];
	}

	if (node == PB_NIL || t->nodes[node].prefixlen != kplen || t->nodes[node].prefixlen != matchlen ||
	    (t->nodes[node].flags & LPM_FLAG_IM))
		return -PB_ENOENT;

	m->count--;
	struct pb_lpm_node *n = &t->nodes[node];

	/* two children: the node just becomes intermediate */
	if (n->child[0] != PB_NIL && n->child[1] != PB_NIL) {
		n->flags |= LPM_FLAG_IM;
		return 0;
	}

	/* a leaf under an intermediate parent: drop both, promote the sibling */
	if (parent != PB_NIL && (t->nodes[parent].flags & LPM_FLAG_IM) && n->child[0] == PB_NIL &&
	    n->child[1] == PB_NIL) {
		if (node == t->nodes[parent].child[0])
			*trim2 = t->nodes[parent].child[1];
		else
			*trim2 = t->nodes[parent].child[0];
		node_free(t, parent);
		node_free(t, node);
		return 0;
	}

	/* zero or one child: the child (if any) takes the node's place */
	if (n->child[0] != PB_NIL)
		*trim = n->child[0];
	else if (n->child[1] != PB_NIL)
		*trim = n->child[1];
	else
		*trim = PB_NIL;
	node_free(t, node);
	return 0;
}

static void copy_key(struct pb_lpm *t, u32 node, u8 *out)
{
	pb_st32(out, t->nodes[node].prefixlen);
	pb_copy(out + 4, data_of(t, node), t->data_size);
}

/* trie_get_next_key: post-order successor of the key's exact node; leftmost node for a missing key */
long pb_lpm_get_next_key(struct pb_map *m, const u8 *key, u8 *next)
{
	struct pb_lpm *t = (struct pb_lpm *)m;
	u32 stack[LPM_MAX_PREFIX + 1];
	int sp = -1;
	u32 node, next_node = PB_NIL, search_root = t->root, matchlen = 0;

	if (search_root == PB_NIL)
		return -PB_ENOENT;
	if (!key || pb_ld32(key) > t->max_prefixlen)
		goto find_leftmost;

	for (node = search_root; node != PB_NIL && sp < LPM_MAX_PREFIX;) {
		stack[++sp] = node;
		matchlen = longest_prefix_match(t, node, key);
		if (t->nodes[node].prefixlen != matchlen || t->nodes[node].prefixlen == pb_ld32(key))
			break;
		node = t->nodes[node].child[extract_bit(key + 4, t->nodes[node].prefixlen)];
	}
	if (node == PB_NIL || t->nodes[node].prefixlen != matchlen || (t->nodes[node].flags & LPM_FLAG_IM))
		goto find_leftmost;

	node = stack[sp];
	while (sp > 0) {
		u32 parent = stack[sp - 1];
		if (t->nodes[parent].child[0] == node) {
			search_root = t->nodes[parent].child[1];
			if (search_root != PB_NIL)
				goto find_leftmost;
		}
		if (!(t->nodes[parent].flags & LPM_FLAG_IM)) {
			copy_key(t, parent, next);
			return 0;
		}
		node = parent;
		sp--;
	}
	return -PB_ENOENT;

find_leftmost:
	/* intermediate nodes always have two children, so this finds a real node */
	for (node = search_root; node != PB_NIL;) {
		if (t->nodes[node].flags & LPM_FLAG_IM) {
			node = t->nodes[node].child[0];
		} else {
			next_node = node;
			node = t->nodes[node].child[0];
			if (node == PB_NIL)
				node = t->nodes[next_node].child[1];
		}
	}
	if (next_node == PB_NIL)
		return -PB_ENOENT;
	copy_key(t, next_node, next);
	return 0;
}

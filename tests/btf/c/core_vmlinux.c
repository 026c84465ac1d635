/* CO-RE against the running kernel's vmlinux BTF, the way tracing programs use it: pointer chains, arrays,
 * anonymous unions, bitfields, renamed fields via ___flavor types, enum values. Checked by tests/btf/test_btf_core.py
 * against offsets looked up independently in vmlinux (and against libbpf via bpftool when it is installed). */
#define SEC(name) __attribute__((section(name), used))
#define __pai __attribute__((preserve_access_index))
#define FIELD_OFFSET(p, f) __builtin_preserve_field_info((p)->f, 0)
#define FIELD_SIZE(p, f) __builtin_preserve_field_info((p)->f, 1)
#define FIELD_EXISTS(p, f) __builtin_preserve_field_info((p)->f, 2)
#define FIELD_SIGNED(p, f) __builtin_preserve_field_info((p)->f, 3)
#define FIELD_LSHIFT(p, f) __builtin_preserve_field_info((p)->f, 4)
#define FIELD_RSHIFT(p, f) __builtin_preserve_field_info((p)->f, 5)
#define TYPE_ID_TARGET(t) __builtin_btf_type_id(*(typeof(t) *)0, 1)
#define TYPE_EXISTS(t) __builtin_preserve_type_info(*(typeof(t) *)0, 0)
#define TYPE_SIZE(t) __builtin_preserve_type_info(*(typeof(t) *)0, 1)
#define TYPE_MATCHES(t) __builtin_preserve_type_info(*(typeof(t) *)0, 2)
#define ENUMVAL_EXISTS(t, v) __builtin_preserve_enum_value(*(typeof(t) *)v, 0)
#define ENUMVAL_VALUE(t, v) __builtin_preserve_enum_value(*(typeof(t) *)v, 1)

struct list_head {
	struct list_head *next;
	struct list_head *prev;
} __pai;

struct mm_struct {
	unsigned long mmap_base;
	unsigned long total_vm;
} __pai;

struct task_struct {
	unsigned int __state;
	int pid;
	char comm[16];
	struct mm_struct *mm;
	struct task_struct *real_parent;
	struct list_head children;
} __pai;

/* Before Linux 5.14 the field was "long state": a flavor lets one program handle both. */
struct task_struct___pre514 {
	long state;
} __pai;

struct sk_buff {
	unsigned char pkt_type : 3;
	unsigned int len;
	unsigned int mark;
	unsigned char *head;
} __pai;

struct iphdr {
	unsigned char ihl : 4, version : 4;
	unsigned int saddr;
} __pai;

enum bpf_map_type { BPF_MAP_TYPE_HASH = 1, BPF_MAP_TYPE_ARENA = 33, BPF_MAP_TYPE_NOT_A_REAL_ONE = 999 };

unsigned long long out[40];

SEC("kprobe/trace") int trace(struct task_struct *t)
{
	struct sk_buff *skb = (void *)t;
	struct iphdr *ip;

	out[0] = t->pid;
	out[1] = t->mm->total_vm;
	out[2] = t->real_parent->pid;
	out[3] = t->comm[3];
	out[4] = FIELD_SIZE(t, comm);
	out[5] = t->children.prev != 0;
	out[6] = FIELD_EXISTS((struct task_struct___pre514 *)t, state);
	out[7] = FIELD_EXISTS(t, __state);
	out[8] = TYPE_SIZE(struct task_struct);
	out[9] = ENUMVAL_EXISTS(enum bpf_map_type, BPF_MAP_TYPE_NOT_A_REAL_ONE);
	out[10] = ENUMVAL_VALUE(enum bpf_map_type, BPF_MAP_TYPE_ARENA);
	out[11] = FIELD_OFFSET(skb, pkt_type);
	out[12] = FIELD_SIZE(skb, pkt_type);
	out[13] = FIELD_LSHIFT(skb, pkt_type);
	out[14] = FIELD_RSHIFT(skb, pkt_type);
	out[15] = FIELD_SIGNED(skb, pkt_type);
	out[16] = skb->len + skb->mark;
	ip = (void *)skb->head;
	out[17] = ip->saddr;
	out[18] = FIELD_LSHIFT(ip, version);
	out[19] = FIELD_RSHIFT(ip, version);
	out[20] = FIELD_OFFSET(ip, version);
	out[21] = TYPE_ID_TARGET(struct task_struct);
	out[22] = TYPE_MATCHES(struct list_head);
	out[23] = TYPE_EXISTS(struct task_struct___pre514);
	out[24] = t->mm->mmap_base;
	return 0;
}

char _license[] SEC("license") = "GPL";

/* CO-RE relocations of every kind, checked by tests/btf/test_core.py against hand-made target BTFs and vmlinux. */
#define SEC(name) __attribute__((section(name), used))
#define __pai __attribute__((preserve_access_index))

/* bpf_core_read.h's builtins, spelled out (libbpf headers may be absent). */
#define FIELD_OFFSET(p, f) __builtin_preserve_field_info((p)->f, 0)
#define FIELD_SIZE(p, f) __builtin_preserve_field_info((p)->f, 1)
#define FIELD_EXISTS(p, f) __builtin_preserve_field_info((p)->f, 2)
#define FIELD_SIGNED(p, f) __builtin_preserve_field_info((p)->f, 3)
#define FIELD_LSHIFT(p, f) __builtin_preserve_field_info((p)->f, 4)
#define FIELD_RSHIFT(p, f) __builtin_preserve_field_info((p)->f, 5)
#define TYPE_ID_LOCAL(t) __builtin_btf_type_id(*(typeof(t) *)0, 0)
#define TYPE_ID_TARGET(t) __builtin_btf_type_id(*(typeof(t) *)0, 1)
#define TYPE_EXISTS(t) __builtin_preserve_type_info(*(typeof(t) *)0, 0)
#define TYPE_SIZE(t) __builtin_preserve_type_info(*(typeof(t) *)0, 1)
#define TYPE_MATCHES(t) __builtin_preserve_type_info(*(typeof(t) *)0, 2)
#define ENUMVAL_EXISTS(t, v) __builtin_preserve_enum_value(*(typeof(t) *)v, 0)
#define ENUMVAL_VALUE(t, v) __builtin_preserve_enum_value(*(typeof(t) *)v, 1)

typedef unsigned int u32;
typedef unsigned long long u64;

enum state { ST_IDLE = 0, ST_RUN = 1, ST_GONE = 7 };

struct task {
	int pid;
	u32 flags;
	struct {
		int a;
		int b;
	};
	int arr[4];
	unsigned int low : 3;
	int sfield : 5;
	u64 big;
	unsigned short narrow;
	char name[8];
} __pai;

/* A second flavor of the same kernel struct, as programs declare for renamed fields. */
struct task___old {
	int tgid_old;
} __pai;

u64 out[32];

SEC("kprobe/core") int core_prog(struct task *t)
{
	out[0] = t->pid;                      /* FIELD_BYTE_OFFSET on an LDX */
	out[1] = t->b;                        /* through an anonymous struct */
	out[2] = t->arr[2];                   /* array element */
	out[3] = t->big;
	out[4] = t->narrow;                   /* u16 load: size may be adjusted */
	out[5] = FIELD_SIZE(t, name);
	out[6] = FIELD_EXISTS(t, flags);
	out[7] = FIELD_SIGNED(t, sfield);
	out[8] = FIELD_LSHIFT(t, sfield);
	out[9] = FIELD_RSHIFT(t, sfield);
	out[10] = FIELD_OFFSET(t, low);
	out[11] = TYPE_ID_LOCAL(struct task);
	out[12] = TYPE_ID_TARGET(struct task);
	out[13] = TYPE_EXISTS(struct task);
	out[14] = TYPE_SIZE(struct task);
	out[15] = ENUMVAL_EXISTS(enum state, ST_GONE);
	out[16] = ENUMVAL_VALUE(enum state, ST_GONE);
	out[17] = TYPE_MATCHES(enum state);
	if (FIELD_EXISTS((struct task___old *)t, tgid_old))
		out[18] = ((struct task___old *)t)->tgid_old;
	return 0;
}

/* Against the running kernel: vmlinux types, declared minimally with the names the kernel uses. */
struct task_struct {
	int pid;
	int tgid;
} __pai;

struct xdp_md {
	u32 data;
	u32 data_end;
	u32 ingress_ifindex;
} __pai;

enum bpf_func_id { BPF_FUNC_map_lookup_elem = 1, BPF_FUNC_ktime_get_ns = 5 };

struct not_in_kernel_xyz {
	int nope;
} __pai;

SEC("kprobe/vmlinux") int vmlinux_prog(struct task_struct *t)
{
	struct xdp_md *x = (void *)t;
	out[20] = t->pid;
	out[21] = t->tgid;
	out[22] = x->ingress_ifindex;
	out[23] = ENUMVAL_VALUE(enum bpf_func_id, BPF_FUNC_ktime_get_ns);
	out[24] = TYPE_EXISTS(struct not_in_kernel_xyz);
	if (FIELD_EXISTS((struct not_in_kernel_xyz *)t, nope))
		out[25] = ((struct not_in_kernel_xyz *)t)->nope;
	return 0;
}

char _license[] SEC("license") = "GPL";

/* CO-RE (compile once, run everywhere): field offsets and sizes are relocated at load time against the kernel's
 * BTF, so the program does not depend on the layout it was compiled with.
 * `skb_fields` (socket filter) reads the context through a deliberately incomplete, reordered local copy of
 * struct __sk_buff marked preserve_access_index: the loader rewrites each access to the kernel's offset, which is
 * what the verifier checks context accesses against. `kernel_layout` (syscall) reports what the kernel's types look
 * like: the offset and size of task_struct.pid, whether a field exists, struct sizes and an enum value.
 * Demonstrates: CO-RE field offset, field size, field and type existence, type size and enum value relocations. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

/* "___local": a flavour of __sk_buff; CO-RE matches it to the kernel's struct __sk_buff by name */
struct __sk_buff___local {
	__u32 mark;
	__u32 protocol;
	__u32 len;
	__u32 ifindex;
} __attribute__((preserve_access_index));

struct task_struct {
	int pid;
	int tgid;
	int no_such_field;      /* absent from the kernel's task_struct */
} __attribute__((preserve_access_index));

struct sk_buff { __u32 len; } __attribute__((preserve_access_index));

/* the value 0 is a placeholder: CO-RE replaces it with the kernel's value of BPF_MAP_TYPE_RINGBUF */
enum bpf_map_type___x { BPF_MAP_TYPE_RINGBUF___x = 0 };

__u64 seen_len, seen_protocol;

SEC("socket") int skb_fields(struct __sk_buff___local *skb)
{
	seen_len += skb->len;
	seen_protocol = skb->protocol;
	return skb->len > 64 ? 64 : skb->len;   /* keep at most 64 bytes */
}

struct layout {
	__u32 pid_offset, pid_size;
	__u32 has_pid, has_no_such_field;
	__u32 task_struct_size, sk_buff_size;
	__u32 has_sk_buff, ringbuf_type;
};

SEC("syscall") int kernel_layout(struct layout *out)
{
	struct task_struct *t = 0;
	struct sk_buff *s = 0;

	out->pid_offset = bpf_core_field_offset(t->pid);
	out->pid_size = bpf_core_field_size(t->pid);
	out->has_pid = bpf_core_field_exists(t->pid);
	out->has_no_such_field = bpf_core_field_exists(t->no_such_field);
	out->task_struct_size = bpf_core_type_size(struct task_struct);
	out->sk_buff_size = bpf_core_type_size(struct sk_buff);
	out->has_sk_buff = bpf_core_type_exists(struct sk_buff);
	out->ringbuf_type = bpf_core_enum_value(enum bpf_map_type___x, BPF_MAP_TYPE_RINGBUF___x);
	return 0;
}

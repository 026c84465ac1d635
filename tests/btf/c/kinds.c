/* Every BTF kind clang emits for BPF: checked by tests/btf/test_clang.py against what this file says. */
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef signed char __s8;
typedef int __s32;
typedef long long __s64;
typedef __u32 u32_alias;           /* typedef chain: u32_alias -> __u32 -> unsigned int */
typedef u32_alias u32_alias2;

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __tag(x) __attribute__((btf_decl_tag(x)))
#define __ttag(x) __attribute__((btf_type_tag(x)))

enum color { RED, GREEN = 5, BLUE = -1 };
enum big { BIG_SMALL = 1, BIG_LARGE = 0x123456789abcULL };
enum negbig { NB_MIN = -0x100000000LL, NB_ONE = 1 };
enum __attribute__((packed)) tiny { TINY_A = 1, TINY_B = 200 };

struct bits {
	unsigned int a : 3;
	unsigned int b : 5;
	int c : 7;
	unsigned long long d : 40;
	__u8 e;
};

struct inner { __u16 x; __u16 y; };

struct outer {
	__u32 id;
	union {
		__u64 u64v;
		struct inner in;
	};
	struct {
		__s8 flag;
		__s32 val;
	} named_anon;
	int matrix[3][4];
	const volatile __u64 *restrict cvp;
	struct outer *next;
	void (*callback)(int, const char *);
	int (*vcallback)(int, ...);
	float ratio;
	double dratio;
	enum color col;
	u32_alias2 aliased;
	char tail[];
};

union number { __s64 i; double d; __u8 raw[8]; };

struct fwd_only;                      /* only ever pointed to: a FWD */
union fwd_union;

struct __attribute__((packed)) packed_s { __u8 a; __u32 b; __u16 c; };

struct tagged {
	int plain;
	int tagged_member __tag("member_tag");
	int __ttag("user") *user_ptr;
} __tag("struct_tag");

struct map_def {
	__uint(type, 1);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct inner);
} my_map SEC(".maps");

int data_var = 7;
const volatile __u32 ro_var = 3;
struct outer bss_var;
static volatile __u64 static_data = 9;
char _license[] SEC("license") = "GPL";

struct fwd_only *fwd_ptr;
union fwd_union *fwd_uptr;
union number num_var;
struct bits bits_var;
struct packed_s packed_var;
struct tagged tagged_var;
enum big big_var;
enum negbig negbig_var;
enum tiny tiny_var;
__u64 sum_var;

static __attribute__((noinline)) int helper_fn(int a, int *b __tag("param_tag")) __tag("func_tag")
{
	return a + *b + (int)static_data;
}

__attribute__((noinline)) int global_fn(struct outer *o)
{
	return o->id;
}

SEC("xdp") int prog(void *ctx)
{
	int v = data_var;
	sum_var = ro_var + bss_var.id + helper_fn(v, &v) + num_var.i + bits_var.a + packed_var.b + tagged_var.plain;
	return global_fn(&bss_var) + big_var + negbig_var + tiny_var;
}

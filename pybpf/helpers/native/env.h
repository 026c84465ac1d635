/* pybpf native helpers: the run environment every helper reads, and the packet state packet helpers change.
 *
 * Compiled like the map code (clang-19 -ffreestanding, no libc) by scripts/gen_helpers_native.py; the only symbols
 * these modules may use from elsewhere are the map entry points (pybpf/maps/native). The layout of every struct
 * here is ABI: pybpf/helpers/_native.py mirrors it with ctypes and docs/helpers.md documents it for the JIT.
 */
#ifndef PBH_ENV_H
#define PBH_ENV_H

#include "pb.h"

typedef long long s64_t;
typedef int s32;

#define PBH_ENV_MAGIC 0x50424556u /* "PBEV" */

/* errno values (negated in returns) */
#define PBH_EPERM 1
#define PBH_ENOENT 2
#define PBH_EFAULT 14
#define PBH_EBUSY 16
#define PBH_EINVAL 22
#define PBH_ENOSPC 28
#define PBH_ERANGE 34
#define PBH_EDEADLK 35
#define PBH_E2BIG 7
#define PBH_EACCES 13
#define PBH_EOPNOTSUPP 95
#define PBH_ENOTSUPP 524

/* Memory helpers may read through an unchecked pointer (probe_read*, %s in printf formats): what is "mapped". */
struct pbh_mem {
	u64 base;
	u64 end;
	u32 flags; /* PBH_MEM_* */
	u32 pad;
};
#define PBH_MEM_KERNEL 1u /* kernel memory: what probe_read_kernel reads (program memory: stack, ctx, maps...) */
#define PBH_MEM_USER 2u   /* user memory: what probe_read_user reads */
#define PBH_NULL_PAGE 4096u

/* The kernel's xdp_buff, private to the helpers (the program sees the uapi xdp_md at ctx). */
struct pbh_xdp {
	u8 *data;            /*  0 */
	u8 *data_end;        /*  8 */
	u8 *data_meta;       /* 16 */
	u8 *data_hard_start; /* 24 */
	u8 *ctx;             /* 32 the uapi struct xdp_md: data/data_end/data_meta (u32) are kept in sync */
	u32 frame_sz;        /* 40 */
	u32 flags;           /* 44 PBH_XDP_* */
};
#define PBH_XDP_NO_META 1u /* the driver does not support metadata (data_meta > data) */

/* The kernel's sk_buff as far as helpers need it (linear only), private to the helpers. */
struct pbh_skb {
	u8 *head;            /*  0 start of the buffer */
	u8 *data;            /*  8 */
	u8 *end;             /* 16 end of the buffer (tailroom limit) */
	u8 *ctx;             /* 24 the uapi struct __sk_buff: len, data, data_end, data_meta kept in sync */
	u32 len;             /* 32 */
	u32 mac_header;      /* 36 offset from head */
	u32 network_header;  /* 40 offset from head */
	u32 flags;           /* 44 PBH_SKB_* */
	u32 hash;            /* 48 */
	u32 pad;             /* 52 */
};
#define PBH_SKB_DIRECT 1u /* direct packet access: ctx->data/data_end/data_meta mirror the pointers */

/* __sk_buff field offsets the helpers keep in sync */
#define SKB_CTX_LEN 0
#define SKB_CTX_HASH 68
#define SKB_CTX_DATA 76
#define SKB_CTX_DATA_END 80
#define SKB_CTX_DATA_META 140
/* xdp_md */
#define XDP_CTX_DATA 0
#define XDP_CTX_DATA_END 4
#define XDP_CTX_DATA_META 8

/* What bpf_redirect / bpf_redirect_map decided (Linux's struct bpf_redirect_info, as far as it is observable). */
struct pbh_redirect {
	u32 set;      /*  0 number of redirect decisions recorded this run (0: none) */
	u32 ifindex;  /*  4 tgt_index: ifindex, or the map key */
	u64 flags;    /*  8 */
	u32 map_id;   /* 16 INT_MAX for bpf_redirect, 0 when unset */
	u32 map_type; /* 20 */
	u32 kind;     /* 24 PBH_REDIR_* */
	u32 pad;      /* 28 */
};
#define PBH_REDIR_TC 1u
#define PBH_REDIR_XDP 2u
#define PBH_REDIR_MAP 3u

/* A byte log (trace lines, perf samples): records of {u32 len, u32 tag} + data padded to 8 bytes. */
struct pbh_log {
	u8 *buf;   /*  0 */
	u64 cap;   /*  8 */
	u64 len;   /* 16 bytes used */
	u32 count; /* 24 records */
	u32 lost;  /* 28 records that did not fit */
};

struct pbh_env {
	u32 magic;            /*   0 PBH_ENV_MAGIC */
	u32 flags;            /*   4 PBH_ENV_* */
	u32 cpu;              /*   8 smp_processor_id */
	u32 numa_node;        /*  12 */
	u64 pid_tgid;         /*  16 tgid << 32 | pid */
	u64 uid_gid;          /*  24 gid << 32 | uid */
	char comm[16];        /*  32 */
	u64 time[4];          /*  48 fixed clocks: monotonic, boot, coarse, tai (ns) */
	u64 time_step;        /*  80 fixed mode: added to a clock after each read */
	long (*clock_gettime)(int, void *); /* 88 live mode: libc's clock_gettime */
	u32 rnd[4];           /*  96 prandom state (Linux's prandom_u32_state, LFSR113) */
	u32 nmem;             /* 112 */
	u32 nr_cpus;          /* 116 */
	struct pbh_mem *mem;  /* 120 sorted, non-overlapping */
	struct pbh_xdp *xdp;  /* 128 current XDP packet or NULL */
	struct pbh_skb *skb;  /* 136 current skb or NULL */
	struct pbh_redirect redirect; /* 144 */
	struct pbh_log trace; /* 176 trace_printk lines (tag: 0) */
	struct pbh_log perf;  /* 208 perf_event_output samples (tag: map id; a u32 cpu prefixes the data) */
	u32 tail_call_cnt;    /* 240 for engines that count tail calls natively */
	u32 pad;              /* 244 */
};
#define PBH_ENV_LIVE_TIME 1u /* clocks read the host's clocks through clock_gettime */

#define PBH_CLOCK_MONO 0
#define PBH_CLOCK_BOOT 1
#define PBH_CLOCK_COARSE 2
#define PBH_CLOCK_TAI 3

/* shared between the modules */
int pbh_mem_readable(const struct pbh_env *env, u64 addr, u64 size, u32 want);
long pbh_read_kernel(const struct pbh_env *env, void *dst, u64 size, u64 src);
long pbh_read_user(const struct pbh_env *env, void *dst, u64 size, u64 src);
long pbh_read_str(const struct pbh_env *env, u8 *dst, u64 size, u64 src, int kind);
long pbh_log_append(struct pbh_log *log, u32 tag, const u8 *a, u32 alen, const u8 *b, u32 blen);
long pbh_bprintf(const struct pbh_env *env, char *out, u32 out_size, const char *fmt, u32 fmt_size,
		 const u64 *args, u32 nargs);

/* from the map library */
void *pb_map_value_addr(struct pb_map *map, const void *key, u32 cpu);
u8 *pb_array_present(struct pb_map *m);

static inline u32 pbh_strnlen(const char *s, u32 max)
{
	u32 n = 0;
	while (n < max && s[n])
		n++;
	return n;
}

#define PBH_STR_COMPAT 0 /* user below TASK_SIZE-like addresses, else kernel (x86's probe_read / %s) */
#define PBH_STR_USER 1
#define PBH_STR_KERNEL 2

#endif

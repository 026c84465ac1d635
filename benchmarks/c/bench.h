/* What the pybpf benchmark programs need from libbpf's headers and the uapi (helper numbers are Linux's), so that
 * they build with nothing but clang-19. */
#ifndef PYBPF_BENCH_H
#define PYBPF_BENCH_H

typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef __u16 __be16;
typedef __u32 __be32;

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __array(name, val) typeof(val) *name[]
#define __always_inline inline __attribute__((always_inline))
#define bpf_htons(x) __builtin_bswap16(x)

enum { BPF_MAP_TYPE_HASH = 1, BPF_MAP_TYPE_ARRAY = 2, BPF_MAP_TYPE_PROG_ARRAY = 3, BPF_MAP_TYPE_LPM_TRIE = 11 };
enum { BPF_ANY = 0, BPF_NOEXIST = 1 };
enum { BPF_F_NO_PREALLOC = 1 };
enum { XDP_ABORTED = 0, XDP_DROP, XDP_PASS, XDP_TX };
enum { ETH_P_IP = 0x0800, IPPROTO_TCP = 6, IPPROTO_UDP = 17 };

struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
struct ethhdr { __u8 h_dest[6], h_source[6]; __be16 h_proto; } __attribute__((packed));
struct iphdr {
	__u8 ihl_version, tos; __be16 tot_len, id, frag_off; __u8 ttl, protocol; __u16 check; __be32 saddr, daddr;
};
struct udphdr { __be16 source, dest, len; __u16 check; };
struct tcphdr { __be16 source, dest; __be32 seq, ack_seq; __u16 flags, window, check, urg_ptr; };

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *)2;
static long (*bpf_tail_call)(void *ctx, void *prog_array_map, __u32 index) = (void *)12;

char LICENSE[] SEC("license") = "GPL";

#endif

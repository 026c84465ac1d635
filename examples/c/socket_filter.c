/* A classic socket filter written with legacy packet loads (LD_ABS, as tcpdump's cBPF filters are translated):
 * keep UDP datagrams whose destination port is in [port_lo, port_hi] (set from Python before load), truncated to
 * `snaplen` bytes; drop everything else (return 0). A socket filter sees the packet from the network header.
 * Demonstrates: socket filter programs, LD_ABS loads (llvm.bpf.load.*), .rodata configuration. */
#include "bpf_helpers.h"

char LICENSE[] SEC("license") = "GPL";

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");

const volatile __u16 port_lo = 53;
const volatile __u16 port_hi = 53;
const volatile __u32 snaplen = 96;

__u64 accepted, rejected;

SEC("socket") int socket_filter(struct __sk_buff *skb)
{
	__u32 ihl, dport;

	if ((load_byte(skb, 0) >> 4) != 4 || load_byte(skb, 9) != IPPROTO_UDP)
		goto reject;
	if (load_half(skb, 6) & 0x1fff)   /* a later fragment has no UDP header */
		goto reject;
	ihl = (load_byte(skb, 0) & 0xf) * 4;
	dport = load_half(skb, ihl + 2);
	if (dport < port_lo || dport > port_hi)
		goto reject;
	accepted += 1;
	return skb->len < snaplen ? skb->len : snaplen;
reject:
	rejected += 1;
	return 0;
}

/* Context access per program type: which fields exist, which are writable, which loads give pointers. */
#include "corpus.h"

char LICENSE[] SEC("license") = "GPL";

EXPECT_ACCEPT
SEC("tc") int skb_fields(struct __sk_buff *skb)
{
	skb->mark = skb->len + skb->protocol;
	skb->priority = 3;
	return 0;
}

EXPECT_REJECT("invalid bpf_context access off=0 size=4")
SEC("tc") int skb_write_len(struct __sk_buff *skb)
{
	skb->len = 0;	/* read-only field */
	return 0;
}

EXPECT_REJECT("invalid bpf_context access off=12 size=4")
SEC("xdp") int xdp_write_ifindex(struct xdp_md *ctx)
{
	ctx->ingress_ifindex = 1;
	return 2;
}

EXPECT_ACCEPT
SEC("xdp") __naked int xdp_return_range(void)
{
	asm volatile ("r0 = 4; exit;" ::: "memory");
}

EXPECT_REJECT("At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]")
SEC("cgroup_skb/ingress") __naked int cgroup_skb_bad_return(void)
{
	asm volatile ("r0 = 2; exit;" ::: "memory");
}

/* bpf_throw (a kfunc) with an exception callback named by a decl tag: libbpf appends the callback to the
   program even though nothing calls it. */
#include "bpf_defs.h"

char LICENSE[] SEC("license") = "GPL";

extern void bpf_throw(__u64 cookie) __ksym;

__noinline int on_throw(__u64 cookie)
{
	return cookie + 1;
}

__attribute__((btf_decl_tag("exception_callback:on_throw")))
SEC("tc") int may_throw(struct __sk_buff *skb)
{
	if (skb->len > 1000)
		bpf_throw(7);
	return 0;
}

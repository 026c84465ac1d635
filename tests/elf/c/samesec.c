/* A static subprogram placed in the program's own section: clang emits the call with no relocation, its imm
   already relative (libbpf only accepts this within .text; pybpf links it wherever it is). */
#include "bpf_defs.h"

char LICENSE[] SEC("license") = "GPL";

static __attribute__((noinline, section("xdp"))) int twice(int x)
{
	return x * 2;
}

SEC("xdp") int same_section(struct xdp_md *ctx)
{
	return twice(ctx->ingress_ifindex) & 3;
}

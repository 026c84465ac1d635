/* Legacy packet access (LD_ABS / LD_IND) through the LLVM intrinsics. */
unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

__attribute__((section("socket"))) int filter(void *skb)
{
	unsigned long long proto = load_half(skb, 12);
	unsigned long long ihl = load_byte(skb, 14) & 0xf;

	if (proto != 0x0800)
		return 0;
	return load_word(skb, 14 + ihl * 4) == 0x7f000001 ? -1 : 0;
}

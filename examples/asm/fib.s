// fib.s: the 90th Fibonacci number, computed in a counted loop (llvm-objdump syntax).
// r0 = fib(90) = 2880067194370816120
	r1 = 0x5a
	r2 = 0x0
	r3 = 0x1
loop:
	r4 = r2
	r4 += r3
	r2 = r3
	r3 = r4
	r1 += -0x1
	if r1 != 0x0 goto loop
	r0 = r2
	exit

# gcd.s: a bpf-to-bpf call in the conformance mnemonic syntax; gcd(1071, 462) = 21.
mov %r1, 1071
mov %r2, 462
call local gcd
exit
gcd:
jeq %r2, 0, done
mov %r3, %r1
mod %r3, %r2
mov %r1, %r2
mov %r2, %r3
ja gcd
done:
mov %r0, %r1
exit

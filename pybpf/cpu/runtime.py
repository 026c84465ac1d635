"""The do_on_cpu runtime, compiled once per process: the section driver and the pass-1 / pass-2 bookkeeping.

``rt_run`` checks the CPU (inline mode), takes the locks (robust pthread mutexes, through pointers; EOWNERDEAD is
recovered), loops pass 1 / hook / pass 2 with restarts, and unlocks. Pass 1's helpers check an access against the
region table (FAULT), its alignment (MISALIGNED), record tainted accesses (TMEM), keep the page set (PAGES, or
NEED_PAGE for a page this process has not populated) and implement store forwarding through per-page shadow copies
and byte masks; pass 2's helpers compare tainted accesses and branches with the record, remember the last
CHECKED_LOADS_MAX distinct loads, and commit every store: a plain atomic store, or — for bytes a remembered load
covered — a compare-and-swap expecting what was loaded (a failure is a CONFLICT: restart, or IO after a visible
store). Per-shape code (:mod:`pybpf.cpu.native`) reaches these entry points through addresses stored in the
thread's context.
"""

from __future__ import annotations

import errno

from pybpf.cpu.context import MASK_OFFSET, SHADOW_OFFSET, Cause, St, W
from pybpf.cpu.jit import Compiled, immortal, lock, mem_cas_ir, mem_store_ir
from pybpf.cpu.limits import (
    CHECKED_LOADS_MAX,
    PAGE_SIZE,
    PAGES_MAX,
    RETRIES_MAX,
    TAINTED_BRANCHES_MAX,
    TAINTED_MEM_OPS_MAX,
)

_PM = PAGE_SIZE - 1
_SHIFT = PAGE_SIZE.bit_length() - 1
RT_WORDS = {"p1_access": W.RT_P1_ACCESS, "p1_fwd": W.RT_P1_FWD, "p1_store": W.RT_P1_STORE,
            "p1_branch": W.RT_P1_BRANCH, "p2_access": W.RT_P2_ACCESS, "p2_branch": W.RT_P2_BRANCH,
            "p2_load": W.RT_P2_LOAD, "p2_store": W.RT_P2_STORE, "run": W.RT_RUN}


RUNTIME_IR = f"""
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define internal i64 @ldw(ptr %ctx, i64 %i) alwaysinline {{
  %p = getelementptr i64, ptr %ctx, i64 %i
  %v = load i64, ptr %p, align 8
  ret i64 %v
}}

define internal void @stw(ptr %ctx, i64 %i, i64 %v) alwaysinline {{
  %p = getelementptr i64, ptr %ctx, i64 %i
  store i64 %v, ptr %p, align 8
  ret void
}}

define internal i64 @fault(ptr %ctx, i64 %addr, i64 %n, i64 %rw, i64 %st) {{
  call void @stw(ptr %ctx, i64 {W.FADDR}, i64 %addr)
  call void @stw(ptr %ctx, i64 {W.FLEN}, i64 %n)
  call void @stw(ptr %ctx, i64 {W.FRW}, i64 %rw)
  ret i64 %st
}}

; index of the pass-1 page-set entry for page, or -1
define internal i64 @find_slot(ptr %ctx, i64 %page) {{
entry:
  %np = call i64 @ldw(ptr %ctx, i64 {W.NPAGES})
  br label %loop
loop:
  %j = phi i64 [ 0, %entry ], [ %j1, %next ]
  %more = icmp slt i64 %j, %np
  br i1 %more, label %body, label %none
body:
  %bi = add i64 %j, {W.PAGE_BASE}
  %b = call i64 @ldw(ptr %ctx, i64 %bi)
  %hit = icmp eq i64 %b, %page
  %j1 = add i64 %j, 1
  br i1 %hit, label %found, label %next
next:
  br label %loop
found:
  ret i64 %j
none:
  ret i64 -1
}}

; put page into the pass-1 page set: PAGES when full, NEED_PAGE when this process has not populated it yet
define internal i64 @touch_page(ptr %ctx, i64 %pins, i64 %base, i64 %page, i64 %rw, i64 %addr, i64 %n) {{
entry:
  %pi = sub i64 %page, %base
  %pidx = lshr i64 %pi, {_SHIFT}
  %pinsp = inttoptr i64 %pins to ptr
  %pinp = getelementptr i8, ptr %pinsp, i64 %pidx
  %isw = icmp ne i64 %rw, 0
  %wantv = select i1 %isw, i8 3, i8 1
  %slot = call i64 @find_slot(ptr %ctx, i64 %page)
  %known = icmp sge i64 %slot, 0
  br i1 %known, label %have, label %add
have:
  %rwi = add i64 %slot, {W.PAGE_RW}
  %prw = call i64 @ldw(ptr %ctx, i64 %rwi)
  %upg = icmp ugt i64 %rw, %prw
  br i1 %upg, label %upgrade, label %ok
upgrade:
  %pin1 = load atomic i8, ptr %pinp monotonic, align 1
  %has1 = and i8 %pin1, 3
  %ok1 = icmp eq i8 %has1, 3
  br i1 %ok1, label %upgraded, label %need
upgraded:
  call void @stw(ptr %ctx, i64 %rwi, i64 1)
  br label %ok
add:
  %np = call i64 @ldw(ptr %ctx, i64 {W.NPAGES})
  %full = icmp sge i64 %np, {PAGES_MAX}
  br i1 %full, label %toomany, label %check
toomany:
  %e1 = call i64 @fault(ptr %ctx, i64 %addr, i64 %n, i64 %rw, i64 {St.PAGES})
  ret i64 %e1
check:
  %pin2 = load atomic i8, ptr %pinp monotonic, align 1
  %has2 = and i8 %pin2, %wantv
  %ok2 = icmp eq i8 %has2, %wantv
  br i1 %ok2, label %append, label %need
append:
  %bi = add i64 %np, {W.PAGE_BASE}
  call void @stw(ptr %ctx, i64 %bi, i64 %page)
  %ri = add i64 %np, {W.PAGE_RW}
  call void @stw(ptr %ctx, i64 %ri, i64 %rw)
  %di = add i64 %np, {W.PAGE_DIRTY}
  call void @stw(ptr %ctx, i64 %di, i64 0)
  %np1 = add i64 %np, 1
  call void @stw(ptr %ctx, i64 {W.NPAGES}, i64 %np1)
  br label %ok
need:
  %e2 = call i64 @fault(ptr %ctx, i64 %page, i64 {PAGE_SIZE}, i64 %rw, i64 {St.NEED_PAGE})
  ret i64 %e2
ok:
  ret i64 0
}}

; pass-1 checks of one access, in order: region (FAULT), alignment (MISALIGNED), taint record (TMEM), pages
define i64 @rt_p1_access(ptr %ctx, i64 %addr, i64 %n, i64 %rw, i1 %taint, i1 %aligned) {{
entry:
  %end = add i64 %addr, %n
  %wrap = icmp ult i64 %end, %addr
  br i1 %wrap, label %bad, label %scan0
scan0:
  %tbl = call i64 @ldw(ptr %ctx, i64 {W.REGIONS})
  %tblp = inttoptr i64 %tbl to ptr
  %nr = call i64 @ldw(ptr %ctx, i64 {W.NREGIONS})
  br label %scan
scan:
  %i = phi i64 [ 0, %scan0 ], [ %i1, %next ]
  %more = icmp slt i64 %i, %nr
  br i1 %more, label %body, label %bad
body:
  %k = mul i64 %i, 4
  %bp = getelementptr i64, ptr %tblp, i64 %k
  %base = load i64, ptr %bp, align 8
  %k1 = add i64 %k, 1
  %lp = getelementptr i64, ptr %tblp, i64 %k1
  %lim = load i64, ptr %lp, align 8
  %i1 = add i64 %i, 1
  %ge = icmp uge i64 %addr, %base
  %le = icmp ule i64 %end, %lim
  %in = and i1 %ge, %le
  br i1 %in, label %found, label %next
next:
  br label %scan
bad:
  %e0 = call i64 @fault(ptr %ctx, i64 %addr, i64 %n, i64 %rw, i64 {St.FAULT})
  ret i64 %e0
found:
  %k2 = add i64 %k, 2
  %pp = getelementptr i64, ptr %tblp, i64 %k2
  %pins = load i64, ptr %pp, align 8
  %nm1 = sub i64 %n, 1
  %mis = and i64 %addr, %nm1
  %misb = icmp ne i64 %mis, 0
  %misal = and i1 %misb, %aligned
  br i1 %misal, label %misaligned, label %taintck
misaligned:
  %e1 = call i64 @fault(ptr %ctx, i64 %addr, i64 %n, i64 %rw, i64 {St.MISALIGNED})
  ret i64 %e1
taintck:
  br i1 %taint, label %record, label %pages
record:
  %nt = call i64 @ldw(ptr %ctx, i64 {W.NTMEM})
  %tfull = icmp sge i64 %nt, {TAINTED_MEM_OPS_MAX}
  br i1 %tfull, label %toomany, label %rec
toomany:
  %e2 = call i64 @fault(ptr %ctx, i64 %addr, i64 %n, i64 %rw, i64 {St.TMEM})
  ret i64 %e2
rec:
  %ai = add i64 %nt, {W.TMEM_ADDR}
  call void @stw(ptr %ctx, i64 %ai, i64 %addr)
  %li = add i64 %nt, {W.TMEM_LEN}
  call void @stw(ptr %ctx, i64 %li, i64 %n)
  %ri = add i64 %nt, {W.TMEM_RW}
  call void @stw(ptr %ctx, i64 %ri, i64 %rw)
  %nt1 = add i64 %nt, 1
  call void @stw(ptr %ctx, i64 {W.NTMEM}, i64 %nt1)
  br label %pages
pages:
  %p0 = and i64 %addr, {~_PM}
  %s0 = call i64 @touch_page(ptr %ctx, i64 %pins, i64 %base, i64 %p0, i64 %rw, i64 %addr, i64 %n)
  %z0 = icmp ne i64 %s0, 0
  br i1 %z0, label %ret0, label %second
ret0:
  ret i64 %s0
second:
  %last = sub i64 %end, 1
  %p1 = and i64 %last, {~_PM}
  %same = icmp eq i64 %p1, %p0
  br i1 %same, label %done, label %touch1
touch1:
  %s1 = call i64 @touch_page(ptr %ctx, i64 %pins, i64 %base, i64 %p1, i64 %rw, i64 %addr, i64 %n)
  ret i64 %s1
done:
  ret i64 0
}}

define internal i64 @lowmask(i64 %n) alwaysinline {{
  %is8 = icmp uge i64 %n, 8
  %b = shl i64 %n, 3
  %b7 = and i64 %b, 63
  %one = shl i64 1, %b7
  %m = sub i64 %one, 1
  %r = select i1 %is8, i64 -1, i64 %m
  ret i64 %r
}}

; pass-1 load: memory value mem, overlaid with the bytes this pass already stored (store forwarding)
define i64 @rt_p1_fwd(ptr %ctx, i64 %addr, i64 %n, i64 %mem) {{
entry:
  %off = and i64 %addr, {_PM}
  %eo = add i64 %off, %n
  %cross = icmp ugt i64 %eo, {PAGE_SIZE}
  br i1 %cross, label %bytes, label %single
single:
  %page = sub i64 %addr, %off
  %slot = call i64 @find_slot(ptr %ctx, i64 %page)
  %di = add i64 %slot, {W.PAGE_DIRTY}
  %dirty = call i64 @ldw(ptr %ctx, i64 %di)
  %clean = icmp eq i64 %dirty, 0
  br i1 %clean, label %plain, label %merge
plain:
  ret i64 %mem
merge:
  %low = call i64 @lowmask(i64 %n)
  %so = mul i64 %slot, {PAGE_SIZE}
  %so2 = add i64 %so, %off
  %mo = add i64 %so2, {MASK_OFFSET}
  %mp = getelementptr i8, ptr %ctx, i64 %mo
  %m0 = load i64, ptr %mp, align 1
  %m = and i64 %m0, %low
  %sho = add i64 %so2, {SHADOW_OFFSET}
  %sp = getelementptr i8, ptr %ctx, i64 %sho
  %s0 = load i64, ptr %sp, align 1
  %s = and i64 %s0, %m
  %nm = xor i64 %m, -1
  %keep = and i64 %mem, %nm
  %r = or i64 %keep, %s
  ret i64 %r
bytes:
  %rb = call i64 @p1_load_bytes(ptr %ctx, i64 %addr, i64 %n)
  ret i64 %rb
}}

define internal i64 @p1_load_bytes(ptr %ctx, i64 %addr, i64 %n) noinline {{
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %body ]
  %more = icmp ult i64 %i, %n
  br i1 %more, label %body, label %done
body:
  %a = add i64 %addr, %i
  %ap = inttoptr i64 %a to ptr
  %mb = load atomic i8, ptr %ap monotonic, align 1
  %mz = zext i8 %mb to i64
  %b = call i64 @rt_p1_fwd(ptr %ctx, i64 %a, i64 1, i64 %mz)
  %sh = shl i64 %i, 3
  %bs = shl i64 %b, %sh
  %acc1 = or i64 %acc, %bs
  %i1 = add i64 %i, 1
  br label %loop
done:
  ret i64 %acc
}}

; pass-1 store: into the page's shadow copy (copied lazily: only the byte mask is reset), never to memory
define void @rt_p1_store(ptr %ctx, i64 %addr, i64 %n, i64 %val) {{
entry:
  %off = and i64 %addr, {_PM}
  %eo = add i64 %off, %n
  %cross = icmp ugt i64 %eo, {PAGE_SIZE}
  br i1 %cross, label %bytes, label %single
single:
  %page = sub i64 %addr, %off
  %slot = call i64 @find_slot(ptr %ctx, i64 %page)
  %di = add i64 %slot, {W.PAGE_DIRTY}
  %dirty = call i64 @ldw(ptr %ctx, i64 %di)
  %so = mul i64 %slot, {PAGE_SIZE}
  %clean = icmp eq i64 %dirty, 0
  br i1 %clean, label %init, label %write
init:
  %mb = add i64 %so, {MASK_OFFSET}
  %mbp = getelementptr i8, ptr %ctx, i64 %mb
  call void @llvm.memset.p0.i64(ptr %mbp, i8 0, i64 {PAGE_SIZE}, i1 false)
  call void @stw(ptr %ctx, i64 %di, i64 1)
  br label %write
write:
  %low = call i64 @lowmask(i64 %n)
  %so2 = add i64 %so, %off
  %mo = add i64 %so2, {MASK_OFFSET}
  %mp = getelementptr i8, ptr %ctx, i64 %mo
  %m0 = load i64, ptr %mp, align 1
  %m1 = or i64 %m0, %low
  store i64 %m1, ptr %mp, align 1
  %sho = add i64 %so2, {SHADOW_OFFSET}
  %sp = getelementptr i8, ptr %ctx, i64 %sho
  %s0 = load i64, ptr %sp, align 1
  %nl = xor i64 %low, -1
  %skeep = and i64 %s0, %nl
  %sv = and i64 %val, %low
  %s1 = or i64 %skeep, %sv
  store i64 %s1, ptr %sp, align 1
  ret void
bytes:
  br label %loop
loop:
  %i = phi i64 [ 0, %bytes ], [ %i1, %body ]
  %more = icmp ult i64 %i, %n
  br i1 %more, label %body, label %done
body:
  %a = add i64 %addr, %i
  %sh = shl i64 %i, 3
  %b = lshr i64 %val, %sh
  %b8 = and i64 %b, 255
  call void @rt_p1_store(ptr %ctx, i64 %a, i64 1, i64 %b8)
  %i1 = add i64 %i, 1
  br label %loop
done:
  ret void
}}

define i64 @rt_p1_branch(ptr %ctx, i1 %cond) {{
entry:
  %k = call i64 @ldw(ptr %ctx, i64 {W.NTBR})
  %full = icmp sge i64 %k, {TAINTED_BRANCHES_MAX}
  br i1 %full, label %toomany, label %rec
toomany:
  ret i64 {St.TBR}
rec:
  %wi0 = lshr i64 %k, 6
  %wi = add i64 %wi0, {W.TBR}
  %bit = and i64 %k, 63
  %m = shl i64 1, %bit
  %w = call i64 @ldw(ptr %ctx, i64 %wi)
  %nm = xor i64 %m, -1
  %cleared = and i64 %w, %nm
  %c64 = zext i1 %cond to i64
  %cb = shl i64 %c64, %bit
  %w1 = or i64 %cleared, %cb
  call void @stw(ptr %ctx, i64 %wi, i64 %w1)
  %k1 = add i64 %k, 1
  call void @stw(ptr %ctx, i64 {W.NTBR}, i64 %k1)
  ret i64 0
}}

define internal i64 @mismatch(ptr %ctx, i64 %cause) {{
  call void @stw(ptr %ctx, i64 {W.CAUSE}, i64 %cause)
  ret i64 {St.MISMATCH}
}}

define i64 @rt_p2_branch(ptr %ctx, ptr %idx, i1 %cond) {{
entry:
  %k = load i64, ptr %idx, align 8
  %n = call i64 @ldw(ptr %ctx, i64 {W.NTBR})
  %extra = icmp sge i64 %k, %n
  br i1 %extra, label %x, label %cmp
x:
  %r0 = call i64 @mismatch(ptr %ctx, i64 {Cause.EXTRA})
  ret i64 %r0
cmp:
  %wi0 = lshr i64 %k, 6
  %wi = add i64 %wi0, {W.TBR}
  %bit = and i64 %k, 63
  %w = call i64 @ldw(ptr %ctx, i64 %wi)
  %s = lshr i64 %w, %bit
  %b = trunc i64 %s to i1
  %k1 = add i64 %k, 1
  store i64 %k1, ptr %idx, align 8
  %same = icmp eq i1 %b, %cond
  br i1 %same, label %ok, label %diff
diff:
  %r1 = call i64 @mismatch(ptr %ctx, i64 {Cause.BRANCH})
  ret i64 %r1
ok:
  ret i64 0
}}

define i64 @rt_p2_access(ptr %ctx, ptr %idx, i64 %addr, i64 %n, i64 %rw) {{
entry:
  %k = load i64, ptr %idx, align 8
  %cnt = call i64 @ldw(ptr %ctx, i64 {W.NTMEM})
  %extra = icmp sge i64 %k, %cnt
  br i1 %extra, label %x, label %cmp
x:
  %r0 = call i64 @mismatch(ptr %ctx, i64 {Cause.EXTRA})
  ret i64 %r0
cmp:
  %ai = add i64 %k, {W.TMEM_ADDR}
  %a = call i64 @ldw(ptr %ctx, i64 %ai)
  %li = add i64 %k, {W.TMEM_LEN}
  %l = call i64 @ldw(ptr %ctx, i64 %li)
  %ri = add i64 %k, {W.TMEM_RW}
  %r = call i64 @ldw(ptr %ctx, i64 %ri)
  %k1 = add i64 %k, 1
  store i64 %k1, ptr %idx, align 8
  %e1 = icmp eq i64 %a, %addr
  %e2 = icmp eq i64 %l, %n
  %e3 = icmp eq i64 %r, %rw
  %e12 = and i1 %e1, %e2
  %e = and i1 %e12, %e3
  br i1 %e, label %ok, label %diff
diff:
  %r1 = call i64 @mismatch(ptr %ctx, i64 {Cause.ACCESS})
  ret i64 %r1
ok:
  ret i64 0
}}

define internal i64 @lock(ptr %ctx, i64 %m) {{
entry:
  %fa = call i64 @ldw(ptr %ctx, i64 {W.LOCKFN})
  %f = inttoptr i64 %fa to ptr
  %mp = inttoptr i64 %m to ptr
  %r = call i32 %f(ptr %mp)
  %dead = icmp eq i32 %r, {errno.EOWNERDEAD}
  br i1 %dead, label %recover, label %check
recover:
  call void @stw(ptr %ctx, i64 {W.OWNER_DIED}, i64 1)
  %ca = call i64 @ldw(ptr %ctx, i64 {W.CONSISTENTFN})
  %c = inttoptr i64 %ca to ptr
  %r2 = call i32 %c(ptr %mp)
  br label %check
check:
  %rr = phi i32 [ %r, %entry ], [ %r2, %recover ]
  %r64 = sext i32 %rr to i64
  call void @stw(ptr %ctx, i64 {W.LOCKERR}, i64 %r64)
  ret i64 %r64
}}

define internal void @unlock(ptr %ctx, i64 %m) {{
entry:
  %z = icmp eq i64 %m, 0
  br i1 %z, label %done, label %go
go:
  %fa = call i64 @ldw(ptr %ctx, i64 {W.UNLOCKFN})
  %f = inttoptr i64 %fa to ptr
  %mp = inttoptr i64 %m to ptr
  %r = call i32 %f(ptr %mp)
  br label %done
done:
  ret void
}}

define internal i64 @current_cpu(ptr %ctx) {{
entry:
  %ra = call i64 @ldw(ptr %ctx, i64 {W.RSEQ_CPU})
  %has = icmp ne i64 %ra, 0
  br i1 %has, label %rseq, label %slow
rseq:
  %rp = inttoptr i64 %ra to ptr
  %c = load atomic i32, ptr %rp monotonic, align 4
  %valid = icmp sge i32 %c, 0
  br i1 %valid, label %fast, label %slow
fast:
  %c64 = sext i32 %c to i64
  ret i64 %c64
slow:
  %fa = call i64 @ldw(ptr %ctx, i64 {W.GETCPUFN})
  %f = inttoptr i64 %fa to ptr
  %s = call i32 %f()
  %s64 = sext i32 %s to i64
  ret i64 %s64
}}

define i64 @rt_run(i64 %ctxi, i64 %argsi, ptr %pass1, ptr %pass2) {{
entry:
  %ctx = inttoptr i64 %ctxi to ptr
  %args = inttoptr i64 %argsi to ptr
  %mode = call i64 @ldw(ptr %ctx, i64 {W.MODE})
  %inl = icmp eq i64 %mode, 0
  br i1 %inl, label %check, label %go
check:
  %cpu = call i64 @current_cpu(ptr %ctx)
  %tgt = call i64 @ldw(ptr %ctx, i64 {W.CPU})
  %here = icmp eq i64 %cpu, %tgt
  br i1 %here, label %go, label %wrong
wrong:
  call void @stw(ptr %ctx, i64 {W.STATUS}, i64 {St.WRONG_CPU})
  ret i64 {St.WRONG_CPU}
go:
  call void @stw(ptr %ctx, i64 {W.RESTARTS}, i64 0)
  call void @stw(ptr %ctx, i64 {W.LOCKERR}, i64 0)
  call void @stw(ptr %ctx, i64 {W.SLOT}, i64 -1)
  call void @stw(ptr %ctx, i64 {W.RETIRED1}, i64 0)
  call void @stw(ptr %ctx, i64 {W.RETIRED2}, i64 0)
  call void @stw(ptr %ctx, i64 {W.STORES}, i64 0)
  call void @stw(ptr %ctx, i64 {W.CAUSE}, i64 0)
  call void @stw(ptr %ctx, i64 {W.R0}, i64 0)
  %g = call i64 @ldw(ptr %ctx, i64 {W.GLOBAL})
  %m = call i64 @ldw(ptr %ctx, i64 {W.MUTEX})
  %hasg = icmp ne i64 %g, 0
  br i1 %hasg, label %lockg, label %lockm0
lockg:
  %rg = call i64 @lock(ptr %ctx, i64 %g)
  %okg = icmp eq i64 %rg, 0
  br i1 %okg, label %lockm0, label %lockfail
lockm0:
  %hasm = icmp ne i64 %m, 0
  br i1 %hasm, label %lockm, label %loop
lockm:
  %rm = call i64 @lock(ptr %ctx, i64 %m)
  %okm = icmp eq i64 %rm, 0
  br i1 %okm, label %loop, label %lockfail2
lockfail2:
  call void @unlock(ptr %ctx, i64 %g)
  br label %lockfail
lockfail:
  call void @stw(ptr %ctx, i64 {W.STATUS}, i64 {St.LOCK})
  ret i64 {St.LOCK}
loop:
  call void @stw(ptr %ctx, i64 {W.STORES}, i64 0)
  call void @stw(ptr %ctx, i64 {W.CAUSE}, i64 0)
  %s1 = call i64 %pass1(ptr %ctx, ptr %args)
  %ok1 = icmp eq i64 %s1, 0
  br i1 %ok1, label %hook0, label %finish
hook0:
  %h = call i64 @ldw(ptr %ctx, i64 {W.HOOK})
  %hash = icmp ne i64 %h, 0
  br i1 %hash, label %hook, label %p2
hook:
  %hf = inttoptr i64 %h to ptr
  call void %hf(i64 %ctxi)
  br label %p2
p2:
  %s2 = call i64 %pass2(ptr %ctx, ptr %args)
  %ok2 = icmp eq i64 %s2, 0
  br i1 %ok2, label %finish, label %failed
failed:
  %stores = call i64 @ldw(ptr %ctx, i64 {W.STORES})
  %clean = icmp eq i64 %stores, 0
  %mm = icmp eq i64 %s2, {St.MISMATCH}
  br i1 %clean, label %before, label %after
after:
  br label %finish
before:
  br i1 %mm, label %restart, label %finish
restart:
  %rs = call i64 @ldw(ptr %ctx, i64 {W.RESTARTS})
  %rs1 = add i64 %rs, 1
  call void @stw(ptr %ctx, i64 {W.RESTARTS}, i64 %rs1)
  %giveup = icmp sgt i64 %rs1, {RETRIES_MAX}
  br i1 %giveup, label %finish, label %loop
finish:
  %st = phi i64 [ %s1, %loop ], [ 0, %p2 ], [ {St.IO}, %after ], [ %s2, %before ], [ {St.AGAIN}, %restart ]
  call void @unlock(ptr %ctx, i64 %m)
  call void @unlock(ptr %ctx, i64 %g)
  call void @stw(ptr %ctx, i64 {W.STATUS}, i64 %st)
  ret i64 %st
}}
"""



def _switch_ir(name: str, params: str, key: str, cases: dict[int, list[str]], ret: str) -> str:
    """A function that switches on ``key`` to one block per case (each computing ``%r`` if ``ret`` is i64)."""
    first = next(iter(cases))
    lines = [f"define internal {ret} @{name}({params}) {{", "entry:",
             f"  switch i64 {key}, label %c{first} [" + " ".join(f"i64 {k}, label %c{k}" for k in cases) + " ]"]
    for k, body in cases.items():
        lines += [f"c{k}:", *body, "  br label %join"]
    lines.append("join:")
    if ret == "void":
        lines.append("  ret void")
    else:
        lines.append("  %r = phi i64 " + ", ".join(f"[ %r{k}, %c{k}j ]" for k in cases))
        lines.append("  ret i64 %r")
    lines.append("}")
    return "\n".join(lines)


def _memory_ops_ir() -> str:
    """Width-dispatching memory operations: plain store (key 2n + release), CAS and monotonic load (key n)."""
    stores = {2 * n + rel: mem_store_ir(n, "%addr", "%v", "release" if rel else "monotonic", f"s{n}{rel}")
              for n in (1, 2, 4, 8) for rel in (0, 1)}
    cas = {n: [*mem_cas_ir(n, "%w", "%e", "%d", f"%r{n}", f"x{n}"), f"  br label %c{n}j", f"c{n}j:"]
           for n in (1, 2, 4, 8)}
    loads = {}
    for n in (1, 2, 4, 8):
        load = [f"  %p{n} = inttoptr i64 %w to ptr", f"  %l{n} = load atomic i{n * 8}, ptr %p{n} monotonic, align {n}"]
        load.append(f"  %r{n} = zext i{n * 8} %l{n} to i64" if n < 8 else f"  %r{n} = add i64 %l{n}, 0")
        loads[n] = [*load, f"  br label %c{n}j", f"c{n}j:"]
    return "\n\n".join([
        _switch_ir("plain_store", "i64 %addr, i64 %key, i64 %v", "%key", stores, "void"),
        _switch_ir("cas_w", "i64 %w, i64 %wn, i64 %e, i64 %d", "%wn", cas, "i64"),
        _switch_ir("load_w", "i64 %w, i64 %wn", "%wn", loads, "i64"),
    ])


# Checked stores. Pass 2 remembers its last CHECKED_LOADS_MAX distinct (address, width) loads with the value each
# returned (least recently loaded first; a reload moves an entry to the end with its new value). A store that
# overlaps no remembered load is a plain atomic store. Otherwise the bytes it overwrites that a remembered load
# covered must still hold what was loaded (the most recent load of each byte wins; an own store updates the
# remembered bytes): a naturally aligned store is one masked CAS of its own width; a misaligned one is a masked CAS
# of each aligned 8-byte word it touches, in address order. A CAS that fails only because bytes nobody loaded
# changed is retried; one that finds a loaded byte changed is a CONFLICT.
CHECKED_STORES_IR = _memory_ops_ir() + f"""

; the bytes of an access [a, a+n) holding v, seen from the 8 bytes at w: (byte mask, value), mask 0 when disjoint
define internal {{ i64, i64 }} @frame(i64 %w, i64 %a, i64 %n, i64 %v) alwaysinline {{
entry:
  %low = call i64 @lowmask(i64 %n)
  %d = sub i64 %a, %w
  %after = icmp sge i64 %d, 0
  %far1 = icmp sge i64 %d, 8
  %far2 = icmp sle i64 %d, -8
  %far = or i1 %far1, %far2
  %nd = sub i64 0, %d
  %sh = select i1 %after, i64 %d, i64 %nd
  %b0 = shl i64 %sh, 3
  %bits = and i64 %b0, 63
  %ml = shl i64 %low, %bits
  %mr = lshr i64 %low, %bits
  %vv = and i64 %v, %low
  %vl = shl i64 %vv, %bits
  %vr = lshr i64 %vv, %bits
  %m0 = select i1 %after, i64 %ml, i64 %mr
  %v0 = select i1 %after, i64 %vl, i64 %vr
  %m = select i1 %far, i64 0, i64 %m0
  %val = and i64 %v0, %m
  %r0 = insertvalue {{ i64, i64 }} undef, i64 %m, 0
  %r = insertvalue {{ i64, i64 }} %r0, i64 %val, 1
  ret {{ i64, i64 }} %r
}}

; remember a pass-2 load (LRU of CHECKED_LOADS_MAX distinct (address, width) entries; the newest is last)
define void @rt_p2_load(ptr %ctx, i64 %addr, i64 %n, i64 %v) {{
entry:
  %cnt = call i64 @ldw(ptr %ctx, i64 {W.LOADS})
  br label %find
find:
  %j = phi i64 [ 0, %entry ], [ %j1, %fnext ]
  %more = icmp slt i64 %j, %cnt
  br i1 %more, label %fbody, label %notfound
fbody:
  %ai = add i64 %j, {W.LOAD_ADDR}
  %a = call i64 @ldw(ptr %ctx, i64 %ai)
  %li = add i64 %j, {W.LOAD_LEN}
  %l = call i64 @ldw(ptr %ctx, i64 %li)
  %j1 = add i64 %j, 1
  %ea = icmp eq i64 %a, %addr
  %el = icmp eq i64 %l, %n
  %e = and i1 %ea, %el
  br i1 %e, label %found, label %fnext
fnext:
  br label %find
notfound:
  %full = icmp sge i64 %cnt, {CHECKED_LOADS_MAX}
  %cnt1 = add i64 %cnt, 1
  %newcnt = select i1 %full, i64 {CHECKED_LOADS_MAX}, i64 %cnt1
  call void @stw(ptr %ctx, i64 {W.LOADS}, i64 %newcnt)
  %start0 = select i1 %full, i64 0, i64 %cnt
  br label %shift0
found:
  br label %shift0
shift0:
  %start = phi i64 [ %j, %found ], [ %start0, %notfound ]
  %now = call i64 @ldw(ptr %ctx, i64 {W.LOADS})
  %last = sub i64 %now, 1
  br label %shift
shift:
  %i = phi i64 [ %start, %shift0 ], [ %i1, %sbody ]
  %go = icmp slt i64 %i, %last
  br i1 %go, label %sbody, label %put
sbody:
  %i1 = add i64 %i, 1
  %fa = add i64 %i1, {W.LOAD_ADDR}
  %ta = add i64 %i, {W.LOAD_ADDR}
  %xa = call i64 @ldw(ptr %ctx, i64 %fa)
  call void @stw(ptr %ctx, i64 %ta, i64 %xa)
  %fl = add i64 %i1, {W.LOAD_LEN}
  %tl = add i64 %i, {W.LOAD_LEN}
  %xl = call i64 @ldw(ptr %ctx, i64 %fl)
  call void @stw(ptr %ctx, i64 %tl, i64 %xl)
  %fv = add i64 %i1, {W.LOAD_VAL}
  %tv = add i64 %i, {W.LOAD_VAL}
  %xv = call i64 @ldw(ptr %ctx, i64 %fv)
  call void @stw(ptr %ctx, i64 %tv, i64 %xv)
  br label %shift
put:
  %pa = add i64 %last, {W.LOAD_ADDR}
  call void @stw(ptr %ctx, i64 %pa, i64 %addr)
  %pl = add i64 %last, {W.LOAD_LEN}
  call void @stw(ptr %ctx, i64 %pl, i64 %n)
  %pv = add i64 %last, {W.LOAD_VAL}
  call void @stw(ptr %ctx, i64 %pv, i64 %v)
  ret void
}}

; commit the bytes [a, a+n) (value v) that fall in the aligned wn bytes at w with a CAS that expects every such byte
; a remembered load covered to still hold the loaded value: 0, or MISMATCH (cause CONFLICT)
define internal i64 @cas_piece(ptr %ctx, i64 %w, i64 %wn, i64 %a, i64 %n, i64 %v) {{
entry:
  %lw = call i64 @lowmask(i64 %wn)
  %pf = call {{ i64, i64 }} @frame(i64 %w, i64 %a, i64 %n, i64 %v)
  %pm0 = extractvalue {{ i64, i64 }} %pf, 0
  %pv0 = extractvalue {{ i64, i64 }} %pf, 1
  %pm = and i64 %pm0, %lw
  %pv = and i64 %pv0, %lw
  %cnt = call i64 @ldw(ptr %ctx, i64 {W.LOADS})
  br label %scan
scan:
  %j = phi i64 [ 0, %entry ], [ %j1, %body ]
  %lm = phi i64 [ 0, %entry ], [ %lm1, %body ]
  %le = phi i64 [ 0, %entry ], [ %le1, %body ]
  %more = icmp slt i64 %j, %cnt
  br i1 %more, label %body, label %ready
body:
  %ai = add i64 %j, {W.LOAD_ADDR}
  %ea = call i64 @ldw(ptr %ctx, i64 %ai)
  %li = add i64 %j, {W.LOAD_LEN}
  %en = call i64 @ldw(ptr %ctx, i64 %li)
  %vi = add i64 %j, {W.LOAD_VAL}
  %ev = call i64 @ldw(ptr %ctx, i64 %vi)
  %ef = call {{ i64, i64 }} @frame(i64 %w, i64 %ea, i64 %en, i64 %ev)
  %em0 = extractvalue {{ i64, i64 }} %ef, 0
  %ev0 = extractvalue {{ i64, i64 }} %ef, 1
  %em = and i64 %em0, %pm
  %nem = xor i64 %em, -1
  %keep = and i64 %le, %nem
  %newb = and i64 %ev0, %em
  %le1 = or i64 %keep, %newb
  %lm1 = or i64 %lm, %em
  %j1 = add i64 %j, 1
  br label %scan
ready:
  %full = icmp eq i64 %lm, %lw
  br i1 %full, label %go, label %peek
peek:
  %cur0 = call i64 @load_w(i64 %w, i64 %wn)
  br label %go
go:
  %c0 = phi i64 [ %le, %ready ], [ %cur0, %peek ]
  %nlm = xor i64 %lm, -1
  %npm = xor i64 %pm, -1
  br label %try
try:
  %cur = phi i64 [ %c0, %go ], [ %old, %again ]
  %ck = and i64 %cur, %nlm
  %exp = or i64 %ck, %le
  %ek = and i64 %exp, %npm
  %des = or i64 %ek, %pv
  %old = call i64 @cas_w(i64 %w, i64 %wn, i64 %exp, i64 %des)
  %ok = icmp eq i64 %old, %exp
  br i1 %ok, label %done, label %check
check:
  %ol = and i64 %old, %lm
  %same = icmp eq i64 %ol, %le
  br i1 %same, label %again, label %conflict
again:
  br label %try
conflict:
  %r = call i64 @mismatch(ptr %ctx, i64 {Cause.CONFLICT})
  ret i64 %r
done:
  ret i64 0
}}

; after an own store: the remembered loads now expect the stored bytes
define internal void @update_loads(ptr %ctx, i64 %a, i64 %n, i64 %v) {{
entry:
  %cnt = call i64 @ldw(ptr %ctx, i64 {W.LOADS})
  br label %loop
loop:
  %j = phi i64 [ 0, %entry ], [ %j1, %body ]
  %more = icmp slt i64 %j, %cnt
  br i1 %more, label %body, label %done
body:
  %ai = add i64 %j, {W.LOAD_ADDR}
  %ea = call i64 @ldw(ptr %ctx, i64 %ai)
  %li = add i64 %j, {W.LOAD_LEN}
  %en = call i64 @ldw(ptr %ctx, i64 %li)
  %vi = add i64 %j, {W.LOAD_VAL}
  %ev = call i64 @ldw(ptr %ctx, i64 %vi)
  %sf = call {{ i64, i64 }} @frame(i64 %ea, i64 %a, i64 %n, i64 %v)
  %sm0 = extractvalue {{ i64, i64 }} %sf, 0
  %sv0 = extractvalue {{ i64, i64 }} %sf, 1
  %le = call i64 @lowmask(i64 %en)
  %sm = and i64 %sm0, %le
  %sv = and i64 %sv0, %sm
  %nsm = xor i64 %sm, -1
  %keep = and i64 %ev, %nsm
  %ev1 = or i64 %keep, %sv
  call void @stw(ptr %ctx, i64 %vi, i64 %ev1)
  %j1 = add i64 %j, 1
  br label %loop
done:
  ret void
}}

; a pass-2 store (after the tainted-access check): the test hook, then a plain atomic store, or a checked one
define i64 @rt_p2_store(ptr %ctx, i64 %addr, i64 %n, i64 %v0, i64 %rel, i64 %slot) {{
entry:
  %low = call i64 @lowmask(i64 %n)
  %v = and i64 %v0, %low
  %end = add i64 %addr, %n
  %h = call i64 @ldw(ptr %ctx, i64 {W.STORE_HOOK})
  %hash = icmp ne i64 %h, 0
  br i1 %hash, label %hook, label %checked
hook:
  %hf = inttoptr i64 %h to ptr
  %ctxi = ptrtoint ptr %ctx to i64
  call void %hf(i64 %ctxi, i64 %slot)
  br label %checked
checked:
  %off = call i64 @ldw(ptr %ctx, i64 {W.PLAIN_STORES})
  %isoff = icmp ne i64 %off, 0
  %cnt = call i64 @ldw(ptr %ctx, i64 {W.LOADS})
  br i1 %isoff, label %plain, label %scan
scan:
  %j = phi i64 [ 0, %checked ], [ %j1, %next ]
  %more = icmp slt i64 %j, %cnt
  br i1 %more, label %body, label %plain
body:
  %ai = add i64 %j, {W.LOAD_ADDR}
  %ea = call i64 @ldw(ptr %ctx, i64 %ai)
  %li = add i64 %j, {W.LOAD_LEN}
  %en = call i64 @ldw(ptr %ctx, i64 %li)
  %eend = add i64 %ea, %en
  %o1 = icmp ult i64 %ea, %end
  %o2 = icmp ult i64 %addr, %eend
  %o = and i1 %o1, %o2
  %j1 = add i64 %j, 1
  br i1 %o, label %cas, label %next
next:
  br label %scan
plain:
  %n2 = shl i64 %n, 1
  %key = or i64 %n2, %rel
  call void @plain_store(i64 %addr, i64 %key, i64 %v)
  call void @visible(ptr %ctx)
  ret i64 0
cas:
  %nm1 = sub i64 %n, 1
  %mis = and i64 %addr, %nm1
  %al = icmp eq i64 %mis, 0
  br i1 %al, label %aligned, label %pieces
aligned:
  %sa = call i64 @cas_piece(ptr %ctx, i64 %addr, i64 %n, i64 %addr, i64 %n, i64 %v)
  %oka = icmp eq i64 %sa, 0
  br i1 %oka, label %visible1, label %fail
visible1:
  call void @visible(ptr %ctx)
  br label %update
pieces:
  %w0 = and i64 %addr, -8
  %s0 = call i64 @cas_piece(ptr %ctx, i64 %w0, i64 8, i64 %addr, i64 %n, i64 %v)
  %ok0 = icmp eq i64 %s0, 0
  br i1 %ok0, label %visible2, label %fail
visible2:
  call void @visible(ptr %ctx)
  %lastb = sub i64 %end, 1
  %w1 = and i64 %lastb, -8
  %two = icmp ne i64 %w1, %w0
  br i1 %two, label %second, label %update
second:
  %s1 = call i64 @cas_piece(ptr %ctx, i64 %w1, i64 8, i64 %addr, i64 %n, i64 %v)
  %ok1 = icmp eq i64 %s1, 0
  br i1 %ok1, label %update, label %fail
fail:
  %sf = phi i64 [ %sa, %aligned ], [ %s0, %pieces ], [ %s1, %second ]
  ret i64 %sf
update:
  call void @update_loads(ptr %ctx, i64 %addr, i64 %n, i64 %v)
  ret i64 0
}}

define internal void @visible(ptr %ctx) alwaysinline {{
  %s = call i64 @ldw(ptr %ctx, i64 {W.STORES})
  %s1 = add i64 %s, 1
  call void @stw(ptr %ctx, i64 {W.STORES}, i64 %s1)
  ret void
}}
"""


_runtime: tuple[Compiled, dict[int, int]] | None = None


def runtime_words() -> dict[int, int]:
    """Context word -> address of each runtime entry point (the runtime module is compiled on first use)."""
    global _runtime
    with lock:
        if _runtime is None:
            compiled = immortal(Compiled(RUNTIME_IR + CHECKED_STORES_IR))
            _runtime = (compiled, {word: compiled.address(f"rt_{name}") for name, word in RT_WORDS.items()})
        return _runtime[1]

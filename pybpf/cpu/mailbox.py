"""The worker mailbox: hands a compiled run to a pinned worker thread without the GIL.

The caller posts (run, ctx, args) and waits for DONE; the worker runs it and answers. Both sides spin with
``pause`` for a while (a cross-CPU wakeup costs tens of microseconds) and then sleep on a futex; sleeping flags
checked after a seq_cst publication (Dekker style) guarantee no wakeup is missed. A worker can also be asked to
return to Python to run a callable (PYJOB), or to quit.
"""

from __future__ import annotations

import ctypes
import platform

from pybpf.cpu.jit import Compiled, immortal, lock


class MB:
    """Word index of each field of a worker mailbox (state is the futex word, its low 32 bits)."""

    STATE = 0  # IDLE, POSTED (native run), DONE, QUIT, PYJOB (worker returns to Python)
    WORKER_SLEEPING = 1
    CALLER_SLEEPING = 2
    RUN = 3  # address of a compiled run(ctx, args)
    CTX = 4
    ARGS = 5
    STATUS = 6
    SYSCALL = 7  # address of syscall(2)
    CLOCK = 8  # address of clock_gettime(3)
    WORKER_SPIN_NS = 9
    CALLER_SPIN_NS = 10
    SYS_FUTEX = 11
    SIZE = 16


IDLE, POSTED, DONE, QUIT, PYJOB = 0, 1, 2, 3, 4
_SYS_FUTEX = {"x86_64": 202, "aarch64": 98}
_FUTEX_WAIT_PRIVATE, _FUTEX_WAKE_PRIVATE = 128, 129


def _pause_ir() -> str:
    machine = platform.machine()
    if machine in ("x86_64", "AMD64"):
        return 'call void asm sideeffect "pause", ""()'
    if machine in ("aarch64", "arm64"):
        return 'call void asm sideeffect "yield", ""()'
    return "fence seq_cst"


_MAILBOX = f"""
define internal i64 @mw(ptr %mb, i64 %i) alwaysinline {{
  %p = getelementptr i64, ptr %mb, i64 %i
  %v = load atomic i64, ptr %p seq_cst, align 8
  ret i64 %v
}}

define internal void @mset(ptr %mb, i64 %i, i64 %v) alwaysinline {{
  %p = getelementptr i64, ptr %mb, i64 %i
  store atomic i64 %v, ptr %p seq_cst, align 8
  ret void
}}

define internal i32 @state(ptr %mb) alwaysinline {{
  %v = load atomic i32, ptr %mb seq_cst, align 8
  ret i32 %v
}}

define internal i64 @now(ptr %mb) {{
  %ts = alloca [2 x i64], align 8
  %fa = call i64 @mw(ptr %mb, i64 {MB.CLOCK})
  %f = inttoptr i64 %fa to ptr
  %r = call i32 %f(i32 1, ptr %ts)
  %s = load i64, ptr %ts, align 8
  %np = getelementptr i64, ptr %ts, i64 1
  %n = load i64, ptr %np, align 8
  %sn = mul i64 %s, 1000000000
  %t = add i64 %sn, %n
  ret i64 %t
}}

define internal void @futex(ptr %mb, i64 %op, i32 %val) {{
  %fa = call i64 @mw(ptr %mb, i64 {MB.SYSCALL})
  %f = inttoptr i64 %fa to ptr
  %nr = call i64 @mw(ptr %mb, i64 {MB.SYS_FUTEX})
  %r = call i64 (i64, ...) %f(i64 %nr, ptr %mb, i64 %op, i32 %val, ptr null, ptr null, i32 0)
  ret void
}}

; wait until the state is one of a, b, c: spin for spin_ns, then sleep on the futex (sleeping flag word sw)
define internal i32 @await(ptr %mb, i32 %a, i32 %b, i32 %c, i64 %spinw, i64 %sw) {{
entry:
  %spin = call i64 @mw(ptr %mb, i64 %spinw)
  %t0 = call i64 @now(ptr %mb)
  br label %spinloop
spinloop:
  %k = phi i64 [ 0, %entry ], [ %k1, %cont ]
  %s = call i32 @state(ptr %mb)
  %ea = icmp eq i32 %s, %a
  %eb = icmp eq i32 %s, %b
  %ec = icmp eq i32 %s, %c
  %e1 = or i1 %ea, %eb
  %e = or i1 %e1, %ec
  br i1 %e, label %got, label %pause
pause:
  {_pause_ir()}
  %k1 = add i64 %k, 1
  %chk = and i64 %k1, 63
  %tick = icmp eq i64 %chk, 0
  br i1 %tick, label %clock, label %cont
clock:
  %t = call i64 @now(ptr %mb)
  %dt = sub i64 %t, %t0
  %over = icmp sgt i64 %dt, %spin
  br i1 %over, label %sleep0, label %cont
cont:
  br label %spinloop
sleep0:
  call void @mset(ptr %mb, i64 %sw, i64 1)
  br label %sleep
sleep:
  %s2 = call i32 @state(ptr %mb)
  %fa = icmp eq i32 %s2, %a
  %fb = icmp eq i32 %s2, %b
  %fc = icmp eq i32 %s2, %c
  %f1 = or i1 %fa, %fb
  %f = or i1 %f1, %fc
  br i1 %f, label %woke, label %wait
wait:
  call void @futex(ptr %mb, i64 {_FUTEX_WAIT_PRIVATE}, i32 %s2)
  br label %sleep
woke:
  call void @mset(ptr %mb, i64 %sw, i64 0)
  ret i32 %s2
got:
  ret i32 %s
}}

define internal void @publish(ptr %mb, i32 %v, i64 %sw) {{
  store atomic i32 %v, ptr %mb seq_cst, align 8
  %sl = call i64 @mw(ptr %mb, i64 %sw)
  %z = icmp eq i64 %sl, 0
  br i1 %z, label %done, label %wake
wake:
  call void @futex(ptr %mb, i64 {_FUTEX_WAKE_PRIVATE}, i32 2147483647)
  br label %done
done:
  ret void
}}

; the worker: run posted jobs until QUIT or a Python job (returns that state)
define i64 @serve(i64 %mbi) {{
entry:
  %mb = inttoptr i64 %mbi to ptr
  br label %loop
loop:
  %s = call i32 @await(ptr %mb, i32 {POSTED}, i32 {QUIT}, i32 {PYJOB}, i64 {MB.WORKER_SPIN_NS},
                       i64 {MB.WORKER_SLEEPING})
  %job = icmp eq i32 %s, {POSTED}
  br i1 %job, label %run, label %leave
run:
  %fa = call i64 @mw(ptr %mb, i64 {MB.RUN})
  %f = inttoptr i64 %fa to ptr
  %ctx = call i64 @mw(ptr %mb, i64 {MB.CTX})
  %args = call i64 @mw(ptr %mb, i64 {MB.ARGS})
  %st = call i64 %f(i64 %ctx, i64 %args)
  call void @mset(ptr %mb, i64 {MB.STATUS}, i64 %st)
  call void @publish(ptr %mb, i32 {DONE}, i64 {MB.CALLER_SLEEPING})
  br label %loop
leave:
  %r = sext i32 %s to i64
  ret i64 %r
}}

; the caller: post a job (POSTED or PYJOB), wait until DONE, return STATUS
define i64 @submit(i64 %mbi, i64 %what) {{
entry:
  %mb = inttoptr i64 %mbi to ptr
  %w = trunc i64 %what to i32
  call void @publish(ptr %mb, i32 %w, i64 {MB.WORKER_SLEEPING})
  %s = call i32 @await(ptr %mb, i32 {DONE}, i32 {DONE}, i32 {DONE}, i64 {MB.CALLER_SPIN_NS}, i64 {MB.CALLER_SLEEPING})
  %st = call i64 @mw(ptr %mb, i64 {MB.STATUS})
  store atomic i32 {IDLE}, ptr %mb seq_cst, align 8
  ret i64 %st
}}

; post without waiting (QUIT), or report a Python job DONE
define void @signal(i64 %mbi, i64 %what) {{
  %mb = inttoptr i64 %mbi to ptr
  %w = trunc i64 %what to i32
  %isdone = icmp eq i32 %w, {DONE}
  %sw = select i1 %isdone, i64 {MB.CALLER_SLEEPING}, i64 {MB.WORKER_SLEEPING}
  call void @publish(ptr %mb, i32 %w, i64 %sw)
  ret void
}}
"""


class Mailbox:
    """Native entry points of the worker mailbox (compiled once per process)."""

    def __init__(self) -> None:
        self._code = immortal(Compiled(_MAILBOX))
        self.serve = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(self._code.address("serve"))
        self.submit = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)(self._code.address("submit"))
        self.signal = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_int64)(self._code.address("signal"))
        libc = ctypes.CDLL(None)
        self.syscall = ctypes.cast(libc.syscall, ctypes.c_void_p).value or 0
        self.clock = ctypes.cast(libc.clock_gettime, ctypes.c_void_p).value or 0
        self.sys_futex = _SYS_FUTEX.get(platform.machine(), 202)


_mailbox: Mailbox | None = None


def mailbox() -> Mailbox:
    global _mailbox
    if _mailbox is None:
        with lock:
            if _mailbox is None:
                _mailbox = Mailbox()
    return _mailbox

"""The JIT's runtime support, compiled once per process and shared by every program: the region lookup behind
every checked access that misses its cache, and the out-of-line event reporters. Programs reach these functions by
name (``pybpf_jit_*``, registered with ``llvm.add_symbol``), so their compiled code holds relocations only.
"""

from __future__ import annotations

import threading

from pybpf.helpers._native import PbhEnv
from pybpf.isa.opcodes import STACK_SIZE
from pybpf.vm.jit import abi

ENV_XDP = PbhEnv.xdp.offset  # struct pbh_env: xdp, then skb
assert PbhEnv.skb.offset == ENV_XDP + 8

INVALID_LO = -1  # a cache that holds no region: no address is >= 2**64-1 and <= 2**63 - size
INVALID_HI = 1 << 63
RUNTIME_ABI = 11  # bump when a function below changes meaning (part of the code cache key)

# @pybpf_jit_find(ctx, addr, size, write, depth, hint) -> {lo, hi}: the region holding [addr, addr+size) (writable if
# asked), from the sorted region table, else one of the live frames' stacks; {INVALID_LO, INVALID_HI} when none
# does. A region found in the table is also written to ``hint`` (when not null) as {lo, hi, table version}: programs
# keep one hint per access kind and base register, so the next run needs no search.
_FIND_IR = f"""\
define {{i64, i64}} @pybpf_jit_find(ptr %ctx, i64 %a, i64 %size, i64 %write, i64 %depth, ptr %hint) noinline cold {{
entry:
  %np = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_NREGIONS}
  %n = load i64, ptr %np
  %tp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_REGIONS}
  %ti = load i64, ptr %tp
  %t = inttoptr i64 %ti to ptr
  br label %loop
loop:
  %lo = phi i64 [ 0, %entry ], [ %lo2, %body ]
  %hi = phi i64 [ %n, %entry ], [ %hi2, %body ]
  %more = icmp ult i64 %lo, %hi
  br i1 %more, label %body, label %done
body:
  %sum = add i64 %lo, %hi
  %mid = lshr i64 %sum, 1
  %ep = getelementptr inbounds [3 x i64], ptr %t, i64 %mid
  %base = load i64, ptr %ep
  %le = icmp ule i64 %base, %a
  %mid1 = add i64 %mid, 1
  %lo2 = select i1 %le, i64 %mid1, i64 %lo
  %hi2 = select i1 %le, i64 %hi, i64 %mid
  br label %loop
done:
  %any = icmp ne i64 %lo, 0
  br i1 %any, label %cand, label %stacks
cand:
  %i = sub i64 %lo, 1
  %cp = getelementptr inbounds [3 x i64], ptr %t, i64 %i
  %cb = load i64, ptr %cp
  %cep = getelementptr inbounds i64, ptr %cp, i64 1
  %ce = load i64, ptr %cep
  %cfp = getelementptr inbounds i64, ptr %cp, i64 2
  %cf = load i64, ptr %cfp
  %lim = sub i64 %ce, %size
  %small = icmp ule i64 %size, %ce
  %inlim = icmp ule i64 %a, %lim
  %fits = and i1 %small, %inlim
  %wr = and i64 %cf, {abi.REGION_WRITABLE}
  %ro = icmp eq i64 %wr, 0
  %wants = icmp ne i64 %write, 0
  %denied = and i1 %ro, %wants
  %allowed = xor i1 %denied, true
  %ok = and i1 %fits, %allowed
  br i1 %ok, label %found, label %stacks
found:
  %hasthint = icmp ne ptr %hint, null
  br i1 %hasthint, label %sethint, label %ret
sethint:
  store i64 %cb, ptr %hint
  %h1 = getelementptr inbounds i64, ptr %hint, i64 1
  store i64 %ce, ptr %h1
  %vp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_HINT_VERSION}
  %ver = load i64, ptr %vp
  %h2 = getelementptr inbounds i64, ptr %hint, i64 2
  store i64 %ver, ptr %h2
  br label %ret
ret:
  %r0 = insertvalue {{i64, i64}} undef, i64 %cb, 0
  %r1 = insertvalue {{i64, i64}} %r0, i64 %ce, 1
  ret {{i64, i64}} %r1
stacks:
  %sp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STACKS}
  br label %sloop
sloop:
  %k = phi i64 [ 0, %stacks ], [ %k1, %snext ]
  %smore = icmp ult i64 %k, %depth
  br i1 %smore, label %sbody, label %miss
sbody:
  %skp = getelementptr inbounds i64, ptr %sp, i64 %k
  %s = load i64, ptr %skp
  %slim0 = add i64 %s, {STACK_SIZE}
  %slim = sub i64 %slim0, %size
  %ssmall = icmp ule i64 %size, {STACK_SIZE}
  %sge = icmp uge i64 %a, %s
  %sle = icmp ule i64 %a, %slim
  %sin0 = and i1 %sge, %sle
  %sin = and i1 %sin0, %ssmall
  br i1 %sin, label %sfound, label %snext
snext:
  %k1 = add i64 %k, 1
  br label %sloop
sfound:
  %q0 = insertvalue {{i64, i64}} undef, i64 %s, 0
  %q1 = insertvalue {{i64, i64}} %q0, i64 %slim0, 1
  ret {{i64, i64}} %q1
miss:
  ret {{i64, i64}} {{ i64 {INVALID_LO}, i64 {INVALID_HI} }}
}}
"""


def _store_words(pairs: list[tuple[int, str]]) -> str:
    out = []
    for word, value in pairs:
        out.append(f"  %p{word} = getelementptr inbounds i8, ptr %ctx, i64 {8 * word}")
        out.append(f"  store i64 {value}, ptr %p{word}")
    return "\n".join(out)


_EV_WORDS = [(abi.W_STATUS, "%status"), (abi.W_SLOT, "%slot"), (abi.W_STEPS, "%n"), (abi.W_DEPTH, "%depth"),
             (abi.W_TOKEN, "%token")]
_EVENT_IR = f"""\
define void @pybpf_jit_ev(ptr %ctx, i64 %status, i64 %slot, i64 %addr, i64 %size, i64 %kind, i64 %n,
                             i64 %depth, i64 %token) noinline cold {{
{_store_words([*_EV_WORDS, (abi.W_ADDR, "%addr"), (abi.W_SIZE, "%size"), (abi.W_KIND, "%kind")])}
  ret void
}}
define void @pybpf_jit_evr(ptr %ctx, i64 %status, i64 %slot, i64 %n, i64 %depth, i64 %token,
                              {", ".join(f"i64 %r{i}" for i in range(11))}) noinline cold {{
{_store_words([*_EV_WORDS, *((abi.W_REGS + i, f"%r{i}") for i in range(11))])}
  ret void
}}
"""



# @pybpf_jit_batch_xdp(desc, ctx) -> index: run one program over packets[start..count) in a native loop (see
# pybpf.vm.jit.batch for the descriptor). Per packet: copy it into the XDP frame, point xdp_md, the helpers' xdp
# buff and the packet region's table entry at it, give region hints a fresh version, reset the run words, run, store
# the verdict (and the packet as the program left it). Stops at a packet whose run ended with an event (its index
# is returned, the event is in the context), at a packet the test run would refuse (its length is outside
# [minlen, maxlen]: index returned, no event), after a packet whose run changed the region table (Python ran) or
# after a packet that grew past the output stride (its out length says so; Python copies it from the frame).
_B = ("run", "count", "base", "offsets", "lengths", "verdicts", "out", "stride", "outlens", "frame", "md", "shadow",
      "tentry", "env", "hintbase", "start", "minlen", "maxlen", "r0s")


def _bword(name: str) -> str:
    i = _B.index(name)
    return f"  %w.{name} = getelementptr inbounds i64, ptr %b, i64 {i}\n  %{name} = load i64, ptr %w.{name}"


_BATCH_IR = f"""\
define i64 @pybpf_jit_batch_xdp(ptr %b, ptr %ctx) {{
entry:
{chr(10).join(_bword(n) for n in _B)}
  %runf = inttoptr i64 %run to ptr
  %frame32 = trunc i64 %frame to i32
  %mdp = inttoptr i64 %md to ptr
  %mdend = getelementptr inbounds i8, ptr %mdp, i64 4
  %mdmeta = getelementptr inbounds i8, ptr %mdp, i64 8
  %shp = inttoptr i64 %shadow to ptr
  %shend = getelementptr inbounds i8, ptr %shp, i64 8
  %shmeta = getelementptr inbounds i8, ptr %shp, i64 16
  %entp = inttoptr i64 %tentry to ptr
  %entend = getelementptr inbounds i64, ptr %entp, i64 1
  %framep = inttoptr i64 %frame to ptr
  %tvp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_TABLE_VERSION}
  %tv0 = load i64, ptr %tvp
  %hvp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_HINT_VERSION}
  %stp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STATUS}
  %nsp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STEPS}
  %tfp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_TAIL_FN}
  %tcp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_TAIL_CALLS}
  %offp = inttoptr i64 %offsets to ptr
  %lenp = inttoptr i64 %lengths to ptr
  %verp = inttoptr i64 %verdicts to ptr
  %olp = inttoptr i64 %outlens to ptr
  %hasenv = icmp ne i64 %env, 0
  %envp = inttoptr i64 %env to ptr
  %redir = getelementptr inbounds i8, ptr %envp, i64 144
  %tailcnt = getelementptr inbounds i8, ptr %envp, i64 240
  %hasout = icmp ne i64 %out, 0
  br label %loop
loop:
  %i = phi i64 [ %start, %entry ], [ %i1, %next ]
  %more = icmp ult i64 %i, %count
  br i1 %more, label %body, label %done
body:
  %lp = getelementptr inbounds i32, ptr %lenp, i64 %i
  %len32 = load i32, ptr %lp
  %len = zext i32 %len32 to i64
  %short = icmp ult i64 %len, %minlen
  %long = icmp ugt i64 %len, %maxlen
  %refused = or i1 %short, %long
  br i1 %refused, label %stop, label %copy
copy:
  %op = getelementptr inbounds i64, ptr %offp, i64 %i
  %off = load i64, ptr %op
  %srcaddr = add i64 %base, %off
  %src = inttoptr i64 %srcaddr to ptr
  call void @llvm.memcpy.p0.p0.i64(ptr %framep, ptr %src, i64 %len, i1 false)
  %end = add i64 %frame, %len
  %end32 = trunc i64 %end to i32
  store i32 %frame32, ptr %mdp
  store i32 %end32, ptr %mdend
  store i32 %frame32, ptr %mdmeta
  store i64 %frame, ptr %shp
  store i64 %end, ptr %shend
  store i64 %frame, ptr %shmeta
  store i64 %frame, ptr %entp
  store i64 %end, ptr %entend
  %hv = add i64 %hintbase, %i
  store i64 %hv, ptr %hvp
  br i1 %hasenv, label %resetenv, label %run0
resetenv:
  call void @llvm.memset.p0.i64(ptr %redir, i8 0, i64 32, i1 false)
  store i32 0, ptr %tailcnt
  br label %run0
run0:
  store i64 0, ptr %stp
  store i64 0, ptr %nsp
  store i64 0, ptr %tfp
  store i64 0, ptr %tcp
  %r0 = call i64 %runf(ptr %ctx, i64 %md, i64 0, i64 0, i64 0, i64 0)
  %st = load i64, ptr %stp
  %bad = icmp ne i64 %st, 0
  br i1 %bad, label %stop, label %ok
ok:
  %vp = getelementptr inbounds i32, ptr %verp, i64 %i
  %r32 = trunc i64 %r0 to i32
  store i32 %r32, ptr %vp
  %hasr0s = icmp ne i64 %r0s, 0
  br i1 %hasr0s, label %saver0, label %stored
saver0:
  %r0sp = inttoptr i64 %r0s to ptr
  %r0p = getelementptr inbounds i64, ptr %r0sp, i64 %i
  store i64 %r0, ptr %r0p
  br label %stored
stored:
  br i1 %hasout, label %copyout, label %check
copyout:
  %nmeta = load i64, ptr %shmeta
  %nend = load i64, ptr %shend
  %nlen = sub i64 %nend, %nmeta
  %olen = getelementptr inbounds i32, ptr %olp, i64 %i
  %nlen32 = trunc i64 %nlen to i32
  store i32 %nlen32, ptr %olen
  %fits = icmp ule i64 %nlen, %stride
  br i1 %fits, label %docopy, label %toolong
docopy:
  %rel = sub i64 %i, %start
  %oofs = mul i64 %rel, %stride
  %oaddr = add i64 %out, %oofs
  %dst = inttoptr i64 %oaddr to ptr
  %nsrc = inttoptr i64 %nmeta to ptr
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %nsrc, i64 %nlen, i1 false)
  br label %check
toolong:
  %i2 = add i64 %i, 1
  ret i64 %i2
check:
  %i1 = add i64 %i, 1
  %tv = load i64, ptr %tvp
  %same = icmp eq i64 %tv, %tv0
  br i1 %same, label %next, label %changed
next:
  br label %loop
changed:
  ret i64 %i1
stop:
  ret i64 %i
done:
  ret i64 %count
}}
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
"""

# @pybpf_jit_miss(ctx, addr, size, write, depth, hint) -> {lo, hi}: what a checked access calls when its cache
# misses: the hint when it is current and holds the access, else the search (which refreshes the hint).
_MISS_IR = f"""\
define {{i64, i64}} @pybpf_jit_miss(ptr %ctx, i64 %a, i64 %size, i64 %write, i64 %depth, ptr %hint) noinline cold {{
entry:
  %lo = load i64, ptr %hint
  %hp = getelementptr inbounds i64, ptr %hint, i64 1
  %hi = load i64, ptr %hp
  %vp = getelementptr inbounds i64, ptr %hint, i64 2
  %ver = load i64, ptr %vp
  %cp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_HINT_VERSION}
  %cur = load i64, ptr %cp
  %same = icmp eq i64 %ver, %cur
  %ge = icmp uge i64 %a, %lo
  %lim = sub i64 %hi, %size
  %le = icmp ule i64 %a, %lim
  %in0 = and i1 %ge, %le
  %in = and i1 %in0, %same
  br i1 %in, label %hinted, label %search
hinted:
  %r0 = insertvalue {{i64, i64}} undef, i64 %lo, 0
  %r1 = insertvalue {{i64, i64}} %r0, i64 %hi, 1
  ret {{i64, i64}} %r1
search:
  %f = call {{i64, i64}} @pybpf_jit_find(ptr %ctx, i64 %a, i64 %size, i64 %write, i64 %depth, ptr %hint)
  ret {{i64, i64}} %f
}}
"""

# @pybpf_jit_map_index(list, n, map) -> k: which of a program's maps (pairs {header, LD_IMM64 index}) a map
# pointer is, or -1: native map helpers whose map argument is only known at run time.
_MAP_INDEX_IR = """\
define i64 @pybpf_jit_map_index(ptr %list, i64 %n, i64 %map) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %next ]
  %more = icmp ult i64 %i, %n
  br i1 %more, label %body, label %none
body:
  %j = shl i64 %i, 1
  %hp = getelementptr inbounds i64, ptr %list, i64 %j
  %h = load i64, ptr %hp
  %same = icmp eq i64 %h, %map
  br i1 %same, label %found, label %next
next:
  %i1 = add i64 %i, 1
  br label %loop
found:
  %kp = getelementptr inbounds i64, ptr %hp, i64 1
  %k = load i64, ptr %kp
  ret i64 %k
none:
  ret i64 -1
}
"""

# @pybpf_jit_xdp_one(desc, ctx, data, len) -> status: one XDP test run (pybpf.vm.jit.xdpfast), the whole native side
# in one call from Python: point the batch descriptor at ``data`` (one packet), take a fresh hint version, install
# the frame's region table and the env in the run context, attach the frame to the env, run the batch loop on the
# packet timed with CLOCK_MONOTONIC (``ns``), and detach it again. Returns the run's event (0: none; the env then
# stays attached for Python to report the event) or -1 when the batch refused the packet.
_ONE = ("tregions", "tcount", "tversion", "ns")


def _oword(name: str) -> str:
    i = len(_B) + _ONE.index(name)
    return f"  %w.{name} = getelementptr inbounds i64, ptr %b, i64 {i}"


_ONE_IR = f"""\
define i64 @pybpf_jit_xdp_one(ptr %b, ptr %ctx, ptr %data, i64 %len) {{
entry:
{chr(10).join(_oword(n) for n in _ONE)}
  %w.base = getelementptr inbounds i64, ptr %b, i64 {_B.index("base")}
  %dataw = ptrtoint ptr %data to i64
  store i64 %dataw, ptr %w.base
  %w.lengths = getelementptr inbounds i64, ptr %b, i64 {_B.index("lengths")}
  %lengths = load i64, ptr %w.lengths
  %lenp = inttoptr i64 %lengths to ptr
  %len32 = trunc i64 %len to i32
  store i32 %len32, ptr %lenp
  %w.hintbase = getelementptr inbounds i64, ptr %b, i64 {_B.index("hintbase")}
  %hb = load i64, ptr %w.hintbase
  %hb1 = add i64 %hb, 1
  store i64 %hb1, ptr %w.hintbase
  %treg = load i64, ptr %w.tregions
  %tcnt = load i64, ptr %w.tcount
  %tver = load i64, ptr %w.tversion
  %p.reg = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_REGIONS}
  store i64 %treg, ptr %p.reg
  %p.nreg = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_NREGIONS}
  store i64 %tcnt, ptr %p.nreg
  %p.tver = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_TABLE_VERSION}
  store i64 %tver, ptr %p.tver
  %p.hver = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_HINT_VERSION}
  store i64 %tver, ptr %p.hver
  %w.env = getelementptr inbounds i64, ptr %b, i64 {_B.index("env")}
  %env = load i64, ptr %w.env
  %p.env = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_ENV}
  store i64 %env, ptr %p.env
  %w.shadow = getelementptr inbounds i64, ptr %b, i64 {_B.index("shadow")}
  %shadow = load i64, ptr %w.shadow
  %hasenv = icmp ne i64 %env, 0
  %envp = inttoptr i64 %env to ptr
  %p.xdp = getelementptr inbounds i8, ptr %envp, i64 {ENV_XDP}
  %p.skb = getelementptr inbounds i8, ptr %envp, i64 {ENV_XDP + 8}
  br i1 %hasenv, label %attach, label %start
attach:
  store i64 %shadow, ptr %p.xdp
  store i64 0, ptr %p.skb
  br label %start
start:
  %ts = alloca [2 x i64]
  %c0 = call i32 @clock_gettime(i32 1, ptr %ts)
  %s0 = load i64, ptr %ts
  %n0p = getelementptr inbounds i64, ptr %ts, i64 1
  %n0 = load i64, ptr %n0p
  %i = call i64 @pybpf_jit_batch_xdp(ptr %b, ptr %ctx)
  %c1 = call i32 @clock_gettime(i32 1, ptr %ts)
  %s1 = load i64, ptr %ts
  %n1 = load i64, ptr %n0p
  %ds = sub i64 %s1, %s0
  %dsn = mul i64 %ds, 1000000000
  %dn = sub i64 %n1, %n0
  %ns = add i64 %dsn, %dn
  store i64 %ns, ptr %w.ns
  %stp = getelementptr inbounds i8, ptr %ctx, i64 {8 * abi.W_STATUS}
  %st = load i64, ptr %stp
  %event = icmp ne i64 %st, 0
  br i1 %event, label %report, label %clean
clean:
  br i1 %hasenv, label %detach, label %ran
detach:
  store i64 0, ptr %p.xdp
  br label %ran
ran:
  %refused = icmp eq i64 %i, 0
  %r = select i1 %refused, i64 -1, i64 0
  ret i64 %r
report:
  ret i64 %st
}}
declare i32 @clock_gettime(i32, ptr)
"""

RUNTIME_IR = _FIND_IR + _EVENT_IR + _MISS_IR + _MAP_INDEX_IR + _BATCH_IR + _ONE_IR
BATCH_FIELDS = _B + _ONE  # descriptor words: the batch loop's, then pybpf_jit_xdp_one's

RUNTIME_DECLARATIONS = """\
declare {i64, i64} @pybpf_jit_find(ptr, i64, i64, i64, i64, ptr)
declare {i64, i64} @pybpf_jit_miss(ptr, i64, i64, i64, i64, ptr)
declare i64 @pybpf_jit_map_index(ptr, i64, i64)
declare void @pybpf_jit_ev(ptr, i64, i64, i64, i64, i64, i64, i64, i64)
declare void @pybpf_jit_evr(ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64)
"""

_lock = threading.Lock()
_runtime = None


def ensure_runtime() -> None:
    """Compile the runtime once and make its functions visible to JIT code by name."""
    global _runtime
    if _runtime is not None:
        return
    with _lock:
        if _runtime is not None:
            return
        import hashlib

        from pybpf.cpu.jit import immortal
        from pybpf.vm.jit import cache
        from pybpf.vm.jit.compiler import add_symbols, compile_ir, host_key, load_object
        k = hashlib.sha256(f"runtime|{RUNTIME_ABI}|{host_key()}|{RUNTIME_IR}".encode()).hexdigest()
        hit = cache.get(k)
        if hit is not None:
            code = load_object(hit[0])
        else:
            code = compile_ir(RUNTIME_IR, opt=2)
            if code.object_code:
                cache.put(k, code.object_code)
        add_symbols({name: code.function(name) for name in ("pybpf_jit_find", "pybpf_jit_miss", "pybpf_jit_ev",
                                                          "pybpf_jit_evr", "pybpf_jit_map_index")})
        _runtime = immortal(code)  # JIT code anywhere in the process may call it until the very end


def function(name: str) -> int:
    """Address of a runtime function (``pybpf_jit_batch_xdp``...)."""
    ensure_runtime()
    assert _runtime is not None
    return _runtime.function(name)  # type: ignore[attr-defined]

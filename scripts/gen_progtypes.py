#!/usr/bin/env python3
"""Probe the running kernel's verifier for every program type and write pybpf/progtypes/_linux.py.

What the verifier decides per program type (and expected attach type) is data the pybpf verifier needs: which
helpers the type's ``*_func_proto`` gives (and which of them are GPL-only, sleepable-only, or need CAP_PERFMON),
which context offsets and sizes may be read or written and what pointer a read yields, the return-value range
of ``check_return_code``, and whether BPF_PROG_TEST_RUN supports the type. Instead of transcribing verifier.c,
filter.c and bpf_trace.c by hand, this script asks Linux: it loads tiny programs (one helper call, one ctx access,
one return value) and classifies the verdicts and log lines. Run it as root on a Linux 6.18 host; the output is
deterministic for a given kernel (`--check` compares with the committed file).
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pybpf.errors import KernelError  # noqa: E402
from pybpf.isa.instruction import Instruction as I  # noqa: E402
from pybpf.isa.opcodes import CALL, AluOp, Class, JmpOp, Mode, Size, Source  # noqa: E402
from pybpf.kernel import bpf_available, load_program  # noqa: E402
from pybpf.uapi import AttachType as A  # noqa: E402
from pybpf.uapi import ProgLoadFlag, ProgType  # noqa: E402

OUT = ROOT / "pybpf" / "progtypes" / "_linux.py"
MAX_HELPER = 211
ENOTSUPP = 524
SIZES = {1: Size.B, 2: Size.H, 4: Size.W, 8: Size.DW}
EXIT = I(Class.JMP | JmpOp.EXIT)


def mov(reg: int, imm: int) -> I:
    return I(Class.ALU64 | AluOp.MOV | Source.K, reg, 0, 0, imm)


@dataclass(frozen=True)
class Config:
    prog_type: ProgType
    attach: A | None = None
    btf_name: str | None = None  # attach target in vmlinux BTF (tracing, LSM)
    btf_kind: str = "func"
    window: int = 0  # ctx bytes probed (0: sizeof the uapi ctx + 8)
    flags: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return self.prog_type.name, self.attach.name if self.attach is not None else ""


P = ProgType
CONFIGS: list[Config] = [
    Config(P.SOCKET_FILTER),
    Config(P.KPROBE), Config(P.KPROBE, A.TRACE_KPROBE_MULTI), Config(P.KPROBE, A.TRACE_UPROBE_MULTI),
    Config(P.SCHED_CLS), Config(P.SCHED_ACT),
    Config(P.TRACEPOINT, window=2048 + 8),
    Config(P.XDP), Config(P.XDP, A.XDP_DEVMAP), Config(P.XDP, A.XDP_CPUMAP),
    Config(P.PERF_EVENT),
    Config(P.CGROUP_SKB, A.CGROUP_INET_INGRESS), Config(P.CGROUP_SKB, A.CGROUP_INET_EGRESS),
    Config(P.CGROUP_SOCK, A.CGROUP_INET_SOCK_CREATE), Config(P.CGROUP_SOCK, A.CGROUP_INET4_POST_BIND),
    Config(P.CGROUP_SOCK, A.CGROUP_INET6_POST_BIND), Config(P.CGROUP_SOCK, A.CGROUP_INET_SOCK_RELEASE),
    Config(P.LWT_IN), Config(P.LWT_OUT), Config(P.LWT_XMIT), Config(P.LWT_SEG6LOCAL),
    Config(P.SOCK_OPS),
    Config(P.SK_SKB, A.SK_SKB_STREAM_PARSER), Config(P.SK_SKB, A.SK_SKB_STREAM_VERDICT),
    Config(P.SK_SKB, A.SK_SKB_VERDICT),
    Config(P.CGROUP_DEVICE, A.CGROUP_DEVICE),
    Config(P.SK_MSG, A.SK_MSG_VERDICT),
    Config(P.RAW_TRACEPOINT), Config(P.RAW_TRACEPOINT_WRITABLE),
    *(Config(P.CGROUP_SOCK_ADDR, a) for a in (
        A.CGROUP_INET4_BIND, A.CGROUP_INET6_BIND, A.CGROUP_INET4_CONNECT, A.CGROUP_INET6_CONNECT,
        A.CGROUP_UDP4_SENDMSG, A.CGROUP_UDP6_SENDMSG, A.CGROUP_UDP4_RECVMSG, A.CGROUP_UDP6_RECVMSG,
        A.CGROUP_INET4_GETPEERNAME, A.CGROUP_INET6_GETPEERNAME, A.CGROUP_INET4_GETSOCKNAME,
        A.CGROUP_INET6_GETSOCKNAME, A.CGROUP_UNIX_CONNECT, A.CGROUP_UNIX_SENDMSG, A.CGROUP_UNIX_RECVMSG,
        A.CGROUP_UNIX_GETPEERNAME, A.CGROUP_UNIX_GETSOCKNAME)),
    Config(P.LIRC_MODE2, A.LIRC_MODE2),
    Config(P.SK_REUSEPORT, A.SK_REUSEPORT_SELECT), Config(P.SK_REUSEPORT, A.SK_REUSEPORT_SELECT_OR_MIGRATE),
    Config(P.FLOW_DISSECTOR, A.FLOW_DISSECTOR),
    Config(P.CGROUP_SYSCTL, A.CGROUP_SYSCTL),
    Config(P.CGROUP_SOCKOPT, A.CGROUP_GETSOCKOPT), Config(P.CGROUP_SOCKOPT, A.CGROUP_SETSOCKOPT),
    Config(P.TRACING, A.TRACE_FENTRY, "bpf_fentry_test1", window=64),
    Config(P.TRACING, A.TRACE_FEXIT, "bpf_fentry_test1", window=64),
    Config(P.TRACING, A.MODIFY_RETURN, "bpf_modify_return_test", window=64),
    Config(P.TRACING, A.TRACE_RAW_TP, "btf_trace_sched_switch", "typedef", window=64),
    Config(P.TRACING, A.TRACE_ITER, "bpf_iter_task", window=64),  # iterators: seq_printf, seq_write...
    Config(P.LSM, A.LSM_MAC, "bpf_lsm_file_open", window=64),
    Config(P.SK_LOOKUP, A.SK_LOOKUP),
    Config(P.SYSCALL, flags=int(ProgLoadFlag.SLEEPABLE), window=256),  # syscall programs must be sleepable
    Config(P.NETFILTER, A.NETFILTER),
]

# sizeof the uapi context of each type (vmlinux BTF names) - the probe window
CTX_STRUCTS = {
    P.SOCKET_FILTER: "__sk_buff", P.SCHED_CLS: "__sk_buff", P.SCHED_ACT: "__sk_buff", P.CGROUP_SKB: "__sk_buff",
    P.LWT_IN: "__sk_buff", P.LWT_OUT: "__sk_buff", P.LWT_XMIT: "__sk_buff", P.LWT_SEG6LOCAL: "__sk_buff",
    P.SK_SKB: "__sk_buff", P.FLOW_DISSECTOR: "__sk_buff", P.XDP: "xdp_md", P.KPROBE: "pt_regs",
    P.PERF_EVENT: "bpf_perf_event_data", P.CGROUP_SOCK: "bpf_sock", P.CGROUP_SOCK_ADDR: "bpf_sock_addr",
    P.SOCK_OPS: "bpf_sock_ops", P.SK_MSG: "sk_msg_md", P.CGROUP_DEVICE: "bpf_cgroup_dev_ctx",
    P.CGROUP_SYSCTL: "bpf_sysctl", P.CGROUP_SOCKOPT: "bpf_sockopt", P.SK_REUSEPORT: "sk_reuseport_md",
    P.SK_LOOKUP: "bpf_sk_lookup", P.NETFILTER: "bpf_nf_ctx",
}
FIXED_WINDOWS = {P.RAW_TRACEPOINT: 96 + 8, P.RAW_TRACEPOINT_WRITABLE: 96 + 8, P.LIRC_MODE2: 4 + 8}


class Prober:
    def __init__(self) -> None:
        from pybpf.btf import Kind, load_vmlinux
        self.btf = load_vmlinux()
        self.kind = Kind

    def btf_id(self, cfg: Config) -> int:
        if cfg.btf_name is None:
            return 0
        kind = self.kind.FUNC if cfg.btf_kind == "func" else self.kind.TYPEDEF
        tid = self.btf.find_id(cfg.btf_name, kind)
        if tid is None:
            raise SystemExit(f"{cfg.btf_name} is not in vmlinux BTF")
        return tid

    def window(self, cfg: Config) -> int:
        if cfg.window:
            return cfg.window
        if cfg.prog_type in FIXED_WINDOWS:
            return FIXED_WINDOWS[cfg.prog_type]
        name = CTX_STRUCTS.get(cfg.prog_type)
        if name is None:
            return 64
        return self.btf.sizeof(self.btf.find_id(name, self.kind.STRUCT)) + 8

    def load(self, cfg: Config, insns: list[I], *, license: str = "GPL", log_level: int = 1
             ) -> tuple[bool, int, str]:
        try:
            prog = load_program(insns, cfg.prog_type, license=license, log_level=log_level,
                                expected_attach_type=cfg.attach, attach_btf_id=self.btf_id(cfg),
                                prog_flags=cfg.flags)
        except KernelError as err:
            return False, err.errno or 0, err.log
        log = prog.log
        prog.close()
        return True, 0, log


_RANGE = re.compile(r"should have been in \[(-?\d+), (-?\d+)\]")


def last_line(log: str) -> str:
    lines = [ln for ln in log.splitlines() if ln.strip() and not ln.startswith(("processed ", "verification time"))]
    return lines[-1] if lines else ""


def probe_config(pr: Prober, cfg: Config) -> dict:
    out: dict = {}
    ok, _, log = pr.load(cfg, [mov(0, 0x7FFFFFFF), EXIT])
    m = _RANGE.search(log)
    if ok:
        out["ret"] = None
        ret = 0
    elif m:
        lo, hi = int(m.group(1)), int(m.group(2))
        out["ret"] = (lo, hi)
        ret = lo
    else:
        ok2, err2, log2 = pr.load(cfg, [mov(0, 0), EXIT])
        if not ok2:
            return {"loads": False, "error": f"{errno.errorcode.get(err2, err2)}: {last_line(log2)}"}
        out["ret"] = None  # accepted 0 but not 0x7fffffff without a range message: keep it unconstrained
        ret = 0
    out["loads"] = True
    out.update(probe_helpers(pr, cfg, ret))
    out.update(probe_ctx(pr, cfg, ret))
    out["test_run"] = probe_test_run(pr, cfg, ret)
    return out


def helper_prog(hid: int, ret: int) -> list[I]:
    return [mov(1, 0), mov(2, 0), mov(3, 0), mov(4, 0), mov(5, 0), I(CALL, 0, 0, 0, hid), mov(0, ret), EXIT]


def probe_helpers(pr: Prober, cfg: Config, ret: int) -> dict:
    allowed, gpl, sleepable = [], [], []
    for hid in range(1, MAX_HELPER + 1):
        ok, _, log = pr.load(cfg, helper_prog(hid, ret))
        text = log if not ok else ""
        if "cannot use helper" in text or "unknown func" in text or "invalid func" in text \
                or "is not allowed in probe" in text:
            continue
        if "might sleep in a non-sleepable prog" in text:
            sleepable.append(hid)
            continue
        allowed.append(hid)
        ok_mit, _, log_mit = pr.load(cfg, helper_prog(hid, ret), license="MIT")
        if not ok_mit and "GPL-restricted" in log_mit:
            gpl.append(hid)
    return {"helpers": tuple(allowed), "gpl_only": tuple(gpl), "sleepable_only": tuple(sleepable)}


_REG2 = re.compile(r"^0: \([0-9a-f]{2}\) r2 = \*\(u\d+ \*\)\(r1 \+\d+\)\s*;.*?\bR2(?:_w)?=([a-z_]+|-?\d+)", re.M)


def progressions(offsets: list[int], size: int) -> tuple[tuple[int, int, int], ...]:
    """Sorted offsets as runs ``(start, stop, size)`` (range(start, stop, size)): consecutive accesses of ``size``
    bytes; an offset off that grid starts its own run."""
    runs: list[list[int]] = []
    for off in offsets:
        if runs and off == runs[-1][1]:
            runs[-1][1] = off + size
        else:
            runs.append([off, off + size, size])
    return tuple((a, b, c) for a, b, c in runs)


def probe_ctx(pr: Prober, cfg: Config, ret: int) -> dict:
    window = pr.window(cfg)
    read: dict[int, list[int]] = {}
    write: dict[int, list[int]] = {}
    pointers: dict[int, str] = {}
    for size, sz in SIZES.items():
        for off in range(window):
            ok, _, log = pr.load(cfg, [I(Class.LDX | Mode.MEM | sz, 2, 1, off, 0), mov(0, ret), EXIT], log_level=2)
            if ok:
                read.setdefault(size, []).append(off)
                m = _REG2.search(log)
                kind = m.group(1) if m else "scalar"
                if kind != "scalar" and not kind.lstrip("-").isdigit():
                    pointers[off] = kind
            ok, _, _ = pr.load(cfg, [mov(2, 0), I(Class.STX | Mode.MEM | sz, 1, 2, off, 0), mov(0, ret), EXIT])
            if ok:
                write.setdefault(size, []).append(off)
    return {"window": window, "read": {s: progressions(v, s) for s, v in sorted(read.items())},
            "write": {s: progressions(v, s) for s, v in sorted(write.items())},
            "pointers": dict(sorted(pointers.items()))}


def probe_test_run(pr: Prober, cfg: Config, ret: int) -> bool:
    """Whether the type has a test_run operation (ENOTSUPP without one; a bad empty input is EINVAL). XDP programs
    for devmap/cpumap entries are always refused (EINVAL) by bpf_prog_test_run_xdp."""
    from pybpf.kernel.prog import load_program as load
    if cfg.attach in (A.XDP_DEVMAP, A.XDP_CPUMAP):
        return False
    try:
        prog = load([mov(0, ret), EXIT], cfg.prog_type, expected_attach_type=cfg.attach,
                    attach_btf_id=pr.btf_id(cfg), prog_flags=cfg.flags)
    except KernelError:
        return False
    with prog:
        try:
            prog.test_run(b"", repeat=0)
        except KernelError as err:
            return err.errno != ENOTSUPP
    return True


# -- capabilities: which base helpers need CAP_PERFMON (probed in a child without it) --------------------------------
CAP_NET_ADMIN, CAP_PERFMON, CAP_BPF = 12, 38, 39


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _drop_caps(keep: list[int]) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(0x20080522, 0)
    data = (_CapData * 2)()
    for cap in keep:
        data[cap // 32].effective |= 1 << (cap % 32)
        data[cap // 32].permitted |= 1 << (cap % 32)
    if libc.syscall(126, ctypes.byref(header), data) != 0:  # SYS_capset on x86-64
        raise OSError(ctypes.get_errno(), "capset")


def probe_perfmon_helpers(pr: Prober) -> tuple[int, ...]:
    """Helpers SCHED_CLS gets with CAP_BPF + CAP_NET_ADMIN but not without CAP_PERFMON: the perfmon tier."""
    cfg = Config(P.SCHED_CLS)
    full = set(probe_helpers(pr, cfg, 0)["helpers"])
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop CAP_PERFMON / CAP_SYS_ADMIN, probe, report
        try:
            os.close(rfd)
            _drop_caps([CAP_BPF, CAP_NET_ADMIN])
            reduced = probe_helpers(pr, cfg, 0)["helpers"]
            os.write(wfd, ",".join(map(str, reduced)).encode())
        finally:
            os._exit(0)
    os.close(wfd)
    data = b""
    while chunk := os.read(rfd, 65536):
        data += chunk
    os.close(rfd)
    os.waitpid(pid, 0)
    reduced = {int(x) for x in data.decode().split(",") if x}
    if not reduced:
        raise SystemExit("the capability probe failed (no helpers seen without CAP_PERFMON)")
    return tuple(sorted(full - reduced))


def render(results: dict[tuple[str, str], dict], perfmon: tuple[int, ...], kernel: str) -> str:
    lines = [
        '"""What Linux\'s verifier decides per program type: GENERATED by scripts/gen_progtypes.py; do not edit.',
        "",
        f"Probed from the running kernel ({kernel}) by loading one-instruction programs; see pybpf/progtypes/types.py",
        "for the meaning of each entry. Offsets are ranges ``(start, stop, step)``.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        f"KERNEL = {kernel!r}",
        f"PERFMON_HELPERS = {perfmon!r}",
        "",
        "PROBES: dict[tuple[str, str], dict] = {",
    ]
    for key in sorted(results, key=lambda k: (ProgType[k[0]].value, k[1])):
        lines.append(f"    {key!r}: {{")
        for field, value in results[key].items():
            lines.append(f"        {field!r}: {value!r},")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed table differs from this kernel's")
    ap.add_argument("--only", help="probe one program type (debugging)")
    args = ap.parse_args()
    ok, why = bpf_available()
    if not ok:
        print(f"bpf(2) is not available: {why}", file=sys.stderr)
        return 2
    pr = Prober()
    results = {}
    for cfg in CONFIGS:
        if args.only and cfg.prog_type.name != args.only:
            continue
        key = cfg.key
        print(f"probing {key}", file=sys.stderr)
        results[key] = probe_config(pr, cfg)
    perfmon = probe_perfmon_helpers(pr) if not args.only else ()
    text = render(results, perfmon, os.uname().release)
    if args.only:
        print(text)
        return 0
    if args.check:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT} differs from what this kernel says (run scripts/gen_progtypes.py)", file=sys.stderr)
            return 1
        print("up to date")
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

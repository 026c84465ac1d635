"""Shared helpers for the verifier tests: membership of a concrete value in an abstract scalar, abstract scalars
built from a range, and loading programs into the running kernel for its verdict and log."""

from __future__ import annotations

import re

from pybpf.errors import KernelError
from pybpf.kernel import bpf_available
from pybpf.verifier import bounds as B
from pybpf.verifier import regs as R
from pybpf.verifier import tnum

AVAILABLE, WHY = bpf_available()

M64 = (1 << 64) - 1
M32 = (1 << 32) - 1


def member(r: R.Reg, v: int) -> bool:
    """Whether the concrete u64 ``v`` is one of the values the abstract scalar ``r`` stands for."""
    v &= M64
    return (tnum.holds(r.var, v) and r.umin <= v <= r.umax and r.smin <= B.s64(v) <= r.smax and
            r.u32min <= (v & M32) <= r.u32max and r.s32min <= B.s32(v) <= r.s32max)


def scalar_from(lo: int, hi: int, signed: bool = False) -> R.Reg:
    """An unknown scalar constrained to [lo, hi] (unsigned, or signed when ``signed``), synced."""
    r = R.scalar()
    if signed:
        r.smin, r.smax = lo, hi
    else:
        r.umin, r.umax = lo, hi
    B.sync(r)
    return r


def kernel_load(insns, prog_type, *, log_level: int = 1, fd_array=None):
    """(verdict, errno, log) of BPF_PROG_LOAD in the running kernel."""
    from pybpf.kernel import load_program
    try:
        p = load_program(insns, prog_type, log_level=log_level)
    except KernelError as e:
        return "reject", e.errno, e.log
    log = p.log
    p.close()
    return "accept", 0, log


_LIVE = re.compile(r"^\(\d+\) (frame \d+ insn \d+ [+-]|live stack update)")


def normalize_log(text: str) -> str:
    """Drop what pybpf does not reproduce yet: 6.18's stack-liveness debug lines and kernel map addresses."""
    out = []
    for line in text.splitlines():
        if _LIVE.match(line):
            continue
        line = re.sub(r"= 0xffff[0-9a-f]{12}", "= <map>", line)
        line = re.sub(r"= map\[fd:\d+\]", "= <map>", line)
        out.append(line)
    return "\n".join(out)


def last_error(log: str) -> str:
    lines = [ln for ln in log.splitlines() if ln.strip() and not ln.startswith(("processed ", "verification time"))]
    return lines[-1] if lines else ""


_INSN = re.compile(r"^(\d+): \([0-9a-f]{2}\) .*?(?: +;(.*))?$")
_STATE = re.compile(r"^(\d+):((?: R\d+=\S+| fp-?\d+=\S+)+)$")
_ITEM = re.compile(r" (R\d+|fp-?\d+)=(\S+)")


def first_path_states(log: str) -> list[tuple[int, dict[str, str]]]:
    """Per instruction of the first explored path, the register/stack states the log prints after it (precision
    marks dropped), so that bounds can be compared without depending on pruning or precision backtracking."""
    out: list[tuple[int, dict[str, str]]] = []
    for line in log.splitlines():
        if line.startswith("from ") or line.endswith(": safe"):
            break
        m = _INSN.match(line)
        if m:
            items = dict(_ITEM.findall(" " + (m.group(2) or "")))
            out.append((int(m.group(1)), {k: v.lstrip("P") for k, v in items.items()}))
            continue
        m = _STATE.match(line)
        if m and out:
            out[-1][1].update({k: v.lstrip("P") for k, v in _ITEM.findall(m.group(2))})
    return out


def build_spec(tmp_path_factory, name: str, source: str):
    """The CollectionSpec of ``source`` (C) compiled with clang-19 for BPF (skips the test without clang-19)."""
    import shutil
    import subprocess

    import pytest

    from pybpf.elf import load_collection_spec
    clang = shutil.which("clang-19")
    if clang is None:
        pytest.skip("clang-19 is not installed: the programs cannot be built")
    d = tmp_path_factory.mktemp(name)
    src, obj = d / f"{name}.c", d / f"{name}.o"
    src.write_text(source)
    subprocess.run([clang, "-g", "-O2", "-target", "bpf", "-mcpu=v3", "-c", str(src), "-o", str(obj)], check=True,
                   capture_output=True)
    return load_collection_spec(str(obj))


def verify_ideal(spec, name: str):
    """pybpf's verdict on program ``name`` of ``spec`` for an idealized kernel (no host attach limits)."""
    from pybpf.collection.backend import relocate
    from pybpf.verifier import verify
    prog = relocate(spec, spec.program(name), None, {})
    return verify(prog, maps=spec.maps, btf=spec.btf, log_level=1, host=False)

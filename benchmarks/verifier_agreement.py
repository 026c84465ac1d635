"""Verdict agreement between pybpf's verifier and the running kernel's, over BPF object files.

    .venv/bin/python benchmarks/verifier_agreement.py OBJ_OR_DIR... [--jobs 2] [--timeout 120] [--out results.jsonl]

Every program of every object is verified by pybpf (CO-RE applied, the object's maps and BTF) and loaded into the
kernel the way the Collection kernel backend loads it (see pybpf.verifier.kernel_oracle). Prints the agreement
rate, the disagreements grouped by reason (pybpf's first error vs the kernel's), and the programs pybpf accepts but
Linux rejects (which must never be for a safety reason). Needs root and bpf(2).

It takes any objects or directories of objects the user compiled (for instance the kernel's verifier selftests,
``tools/testing/selftests/bpf/progs/verifier_*.c``, built with their own toolchain); nothing here fetches or
builds third-party code.
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing as mp
import os
import re
import signal
import sys
import time


def _objects(paths: list[str]) -> list[str]:
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".o"))
        else:
            out.append(p)
    return out


class _Timeout(Exception):
    pass


def _alarm(_sig, _frm):
    raise _Timeout


def check_object(path: str, timeout: int = 120) -> list[dict]:
    """One record per program: pybpf's and the kernel's verdicts, errors, processed counts and times."""
    from pybpf.collection.backend import relocate
    from pybpf.elf import load_collection_spec
    from pybpf.errors import PybpfError
    from pybpf.verifier import verify
    from pybpf.verifier.kernel_oracle import kernel_verdict
    from pybpf.verifier.verifier import collection_maps
    out = []
    try:
        spec = load_collection_spec(path, strict=False)
    except (PybpfError, OSError) as e:
        return [{"object": path, "program": None, "skip": f"loader: {e}"}]
    cache: dict = {}
    for name in spec.programs:
        rec: dict = {"object": os.path.basename(path), "program": name}
        prog = spec.program(name)
        k = kernel_verdict(prog, prog.prog_type, spec, log_level=1 | 4)
        rec["kernel"] = {key: k.get(key) for key in ("verdict", "errno", "error", "processed_insns", "time_usec")}
        if k["verdict"] in ("error", "unavailable"):
            rec["skip"] = f"kernel side: {k['error']}"
            out.append(rec)
            continue
        try:
            vprog = relocate(spec, prog, None, cache)
        except PybpfError:
            vprog = prog
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(timeout)
        t0 = time.perf_counter()
        try:
            res = verify(vprog, maps=collection_maps(spec), btf=spec.btf)
            rec["pybpf"] = {"verdict": res.verdict, "error": res.error, "errno": res.errno, "insn": res.insn,
                            "processed_insns": res.processed_insns, "time_ns": res.time_ns}
        except _Timeout:
            rec["pybpf"] = {"verdict": "timeout", "error": f"more than {timeout} s", "insn": None,
                            "processed_insns": None, "time_ns": None}
        except Exception as e:
            rec["pybpf"] = {"verdict": "crash", "error": f"{type(e).__name__}: {e}", "insn": None,
                            "processed_insns": None, "time_ns": int((time.perf_counter() - t0) * 1e9)}
        finally:
            signal.alarm(0)
        rec["agree"] = rec["pybpf"]["verdict"] == k["verdict"]
        if rec["agree"] and k["verdict"] == "reject":
            rec["same_message"] = same_message(rec["pybpf"], k)
        out.append(rec)
    return out


def same_message(p: dict, k: dict) -> bool:
    """pybpf's first error is a line of the kernel's log (the kernel's last line may be a state dump after it);
    when the kernel refused without a log (EPERM before verifying, ENOTSUPP...), the errnos match."""
    lines = [ln.strip() for ln in (k.get("log") or "").splitlines()]
    if p.get("error") and p["error"] in lines:
        return True
    if not any(ln and not ln.startswith(("processed ", "verification time", "stack depth")) for ln in lines):
        return p.get("errno") is not None and p.get("errno") == k.get("errno")
    return False


def _warm() -> None:
    """Pool initializer: pay the one-time imports (program types, helper tables, vmlinux BTF) before any program
    is timed, so per-program times compare verification with verification."""
    from pybpf.isa.asm import assemble
    from pybpf.uapi import ProgType
    from pybpf.verifier import verify
    from pybpf.verifier.kfuncs import vmlinux
    vmlinux()
    verify(assemble("r1 = 0\ncall 5\nr0 = 0\nexit"), ProgType.XDP)


def _worker(args):
    path, timeout = args
    try:
        return check_object(path, timeout)
    except Exception as e:
        return [{"object": path, "program": None, "skip": f"crash: {type(e).__name__}: {e}"}]


_NUM = re.compile(r"-?\d+|0x[0-9a-f]+")


def reason(rec: dict) -> str:
    """A short key for a disagreement: pybpf's error shape vs the kernel's (numbers removed)."""
    p, k = rec["pybpf"], rec["kernel"]
    pe = _NUM.sub("N", p.get("error") or "")[:70]
    ke = _NUM.sub("N", k.get("error") or "")[:70]
    return f"pybpf {p['verdict']}: {pe or '-'} | kernel {k['verdict']}: {ke or '-'}"


def summarize(records: list[dict], file=sys.stdout) -> dict:
    done = [r for r in records if "pybpf" in r]
    skipped = [r for r in records if "skip" in r]
    agree = sum(1 for r in done if r["agree"])
    unsafe = [r for r in done if r["pybpf"]["verdict"] == "accept" and r["kernel"]["verdict"] == "reject"]
    print(f"programs: {len(done)} compared, {len(skipped)} skipped", file=file)
    if done:
        print(f"agreement: {agree}/{len(done)} = {100.0 * agree / len(done):.2f}%", file=file)
    both_reject = [r for r in done if r["pybpf"]["verdict"] == "reject" and r["kernel"]["verdict"] == "reject"]
    same_msg = sum(1 for r in both_reject if r.get("same_message", r["pybpf"]["error"] == r["kernel"]["error"]))
    if both_reject:
        print(f"same message where both reject: {same_msg}/{len(both_reject)}", file=file)
    print(f"pybpf accepts, Linux rejects: {len(unsafe)}", file=file)
    for r in unsafe:
        print(f"  {r['object']}:{r['program']}: kernel: {r['kernel']['error']}", file=file)
    timed = [(r["pybpf"]["time_ns"] / 1e3, r["kernel"]["time_usec"]) for r in done
             if r["pybpf"].get("time_ns") and r["kernel"].get("time_usec")]
    if timed:
        ratios = sorted(p / max(k, 1) for p, k in timed)
        total = sum(p for p, _ in timed) / max(sum(k for _, k in timed), 1)
        print(f"verification time vs the kernel's ({len(timed)} programs): total {total:.1f}x, median "
              f"{ratios[len(ratios) // 2]:.1f}x, 90th percentile {ratios[int(len(ratios) * 0.9)]:.1f}x", file=file)
    table = collections.Counter(reason(r) for r in done if not r["agree"])
    if table:
        print("disagreements by reason:", file=file)
        for key, n in table.most_common():
            print(f"  {n:4d}  {key}", file=file)
    return {"compared": len(done), "agree": agree, "unsafe": len(unsafe), "skipped": len(skipped)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=120, help="seconds per program for pybpf")
    ap.add_argument("--out", help="write one JSON record per program here")
    args = ap.parse_args(argv)
    objs = _objects(args.paths)
    records: list[dict] = []
    with mp.get_context("fork").Pool(args.jobs, initializer=_warm, maxtasksperchild=8) as pool:
        for recs in pool.imap_unordered(_worker, [(o, args.timeout) for o in objs]):
            records.extend(recs)
    if args.out:
        with open(args.out, "w") as fh:
            for r in records:
                fh.write(json.dumps(r) + "\n")
    summarize(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())

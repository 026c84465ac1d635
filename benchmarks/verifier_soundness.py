"""Long soundness run: random and mutated programs through pybpf's verifier; every accepted one runs in the
interpreter with all runtime checks on varied packets and must never fault (see pybpf.verifier.soundness).

    .venv/bin/python benchmarks/verifier_soundness.py --count 100000 [--jobs 2] [--seed 1] [--kernel-every 10]

Prints the counts (programs, accepted, interpreter runs, faults, kernel comparisons) and every finding.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time


def _chunk(args):
    seed, count, kernel_every = args
    from pybpf.verifier.soundness import run
    st = run(seed, count, kernel_every=kernel_every)
    return (st.programs, st.accepted, st.runs, st.kernel_checked, st.kernel_disagree,
            [(f.kind, f.describe()) for f in st.findings])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--chunk", type=int, default=500)
    ap.add_argument("--kernel-every", type=int, default=10, help="also load every N-th program into the kernel "
                    "(0: never)")
    args = ap.parse_args(argv)
    chunks = [(args.seed * 1_000_003 + i, min(args.chunk, args.count - i * args.chunk), args.kernel_every)
              for i in range((args.count + args.chunk - 1) // args.chunk)]
    totals = [0, 0, 0, 0, 0]
    findings: list[tuple[str, str]] = []
    t0 = time.time()
    with mp.get_context("fork").Pool(args.jobs, maxtasksperchild=4) as pool:
        for n, (progs, acc, runs, kc, kd, fs) in enumerate(pool.imap_unordered(_chunk, chunks), 1):
            for i, v in enumerate((progs, acc, runs, kc, kd)):
                totals[i] += v
            findings += fs
            for _kind, text in fs:
                print(text, flush=True)
            if n % 10 == 0 or n == len(chunks):
                print(f"[{time.time() - t0:7.0f}s] {totals[0]} programs, {totals[1]} accepted, {totals[2]} runs, "
                      f"{sum(1 for k, _ in findings if k != 'kernel-rejects')} faults, kernel: {totals[3]} compared, "
                      f"{totals[4]} differ, {sum(1 for k, _ in findings if k == 'kernel-rejects')} accepted by pybpf "
                      "but rejected by Linux", flush=True)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

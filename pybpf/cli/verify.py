"""``pybpf verify OBJ``: verify the programs of a BPF object (or an assembly / raw instruction file with ``--type``)
with pybpf's verifier, optionally side by side with the running kernel's verdict (``--kernel``)."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="verify programs the way Linux 6.18's verifier does",
                       description="Verify every program of OBJ (an ELF object; or assembly / raw bytes with --type).")
    p.add_argument("obj", metavar="OBJ")
    p.add_argument("--program", help="only this program (function name, as libbpf names programs)")
    p.add_argument("--type", dest="prog_type", help="program type for a non-ELF input (e.g. xdp, socket_filter)")
    p.add_argument("--log-level", type=int, choices=(0, 1, 2), default=0)
    p.add_argument("--unprivileged", action="store_true", help="verify as an unprivileged loader")
    p.add_argument("--json", action="store_true", help="one JSON object per program, in a list")
    p.add_argument("--kernel", action="store_true", help="also load each program into the running kernel")
    p.set_defaults(func=run)


def _programs(args: argparse.Namespace):
    """(name, verify-input, prog_type, maps, spec) for each program to verify (CO-RE relocations applied against
    the host's BTF, as a loader would before the kernel's verifier sees the program)."""
    from pybpf.cli.disasm import read_program
    from pybpf.errors import PybpfError

    with open(args.obj, "rb") as fh:
        head = fh.read(4)
    if head == b"\x7fELF":
        from pybpf.elf import load_collection_spec
        from pybpf.verifier.verifier import collection_maps
        spec = load_collection_spec(args.obj, strict=False)  # bad instructions: a per-program reject
        names = [args.program] if args.program else list(spec.programs)
        cache: dict = {}
        for name in names:
            prog = spec.program(name)
            kprog = prog
            try:
                from pybpf.collection.backend import relocate
                prog = relocate(spec, prog, None, cache)
            except PybpfError:
                pass  # unrelocatable: verified as compiled (the kernel side reports the loader's error)
            yield name, (prog, kprog), prog.prog_type, collection_maps(spec), spec
        return
    if not args.prog_type:
        raise PybpfError(f"{args.obj}: not an ELF object: give the program type with --type")
    insns = read_program(args.obj)
    yield args.program or "prog", (insns, insns), args.prog_type, None, None


def run(args: argparse.Namespace) -> int:
    from pybpf.verifier import verify

    out = []
    for name, (prog, kprog), ptype, maps, spec in _programs(args):
        res = verify(prog, ptype, maps=maps, btf=spec.btf if spec is not None else None,
                     privileged=not args.unprivileged, log_level=args.log_level)
        obj = {"program": name, **res.to_json()}
        if args.kernel:
            from pybpf.verifier.kernel_oracle import kernel_verdict
            k = kernel_verdict(kprog, ptype, spec)
            k.pop("log", None)
            k.pop("time_usec", None)
            obj["kernel"] = k
            obj["agree"] = k["verdict"] == res.verdict
        out.append((obj, res))
    if args.json:
        json.dump([o for o, _ in out], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for obj, res in out:
            line = f"{obj['program']}: {res.verdict}"
            if not res.accepted:
                line += (f" at slot {res.insn}" if res.insn is not None else "") + f": {res.error}"
            line += f" ({res.processed_insns} insns, {res.total_states} states, {res.time_ns / 1e6:.1f} ms)"
            if "kernel" in obj:
                k = obj["kernel"]
                line += f" | kernel: {k['verdict']}" + (f": {k['error']}" if k["error"] else "")
                line += "" if obj["agree"] else "  << DISAGREE"
            print(line)
            if args.log_level and res.log:
                print(res.log, end="")
            if not res.accepted and res.explanation:
                print(res.explanation)
    rejected = any(not r.accepted for _, r in out)
    return 2 if rejected else 0

"""The jit backend runs programs pybpf's verifier accepted without run-time checks and without the instruction
meter (as Linux runs verified programs), keeps both for ``verify=False``, and refuses what the verifier rejects."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pybpf import Collection
from pybpf.errors import PybpfError, VerifierError

ROOT = Path(__file__).resolve().parents[2]
XDP_COUNT = ROOT / "examples" / "c" / "xdp_count.o"
UNSAFE = r"""
typedef unsigned int __u32;
struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
#define SEC(n) __attribute__((section(n), used))
SEC("xdp") int unsafe(struct xdp_md *ctx)
{
    unsigned char *data = (void *)(long)ctx->data;
    return data[40];   /* no check against data_end */
}
char LICENSE[] SEC("license") = "GPL";
"""


def _jit(coll: Collection, name: str):
    return coll.programs[name]._loaded.jit.options


def test_verified_programs_run_without_checks() -> None:
    with Collection(XDP_COUNT, "jit", env="deterministic") as coll:
        jit = _jit(coll, "xdp_count")
        assert not jit.checks and not jit.meter
        assert coll.programs["xdp_count"].run(bytes(64)).retval in (1, 2)


def test_unverified_programs_keep_checks_and_meter() -> None:
    with Collection(XDP_COUNT, "jit", verify=False, env="deterministic") as coll:
        jit = _jit(coll, "xdp_count")
        assert jit.checks and jit.meter


def test_rejected_programs_do_not_load(tmp_path: Path) -> None:
    src = tmp_path / "unsafe.c"
    src.write_text(UNSAFE)
    spec = importlib.util.spec_from_file_location("examples_build", ROOT / "examples" / "build.py")
    build = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(build)  # type: ignore[union-attr]
    try:
        obj = build.build(src, tmp_path / "unsafe.o")
    except (RuntimeError, SystemExit) as err:
        pytest.skip(f"clang-19 cannot build the test program: {err}")
    with pytest.raises(VerifierError, match="outside of the packet"):
        Collection(obj, "jit")
    with Collection(obj, "jit", verify=False) as coll:   # runs, with every access checked
        assert _jit(coll, "unsafe").checks
        with pytest.raises(PybpfError, match=r"slot 1 .*past its end"):
            coll.programs["unsafe"].run(bytes(14))

"""An object with one program holding an invalid instruction (a register that does not exist): a non-strict load
keeps it, and the verifier refuses that program with Linux's message while the object's other programs are still
verified (the strict default refuses the whole object). Checked against the running kernel where bpf(2) works."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from vtest import AVAILABLE, WHY

from pybpf.errors import LoadError

CLANG = shutil.which("clang-19")
SOURCE = r"""
#define SEC(n) __attribute__((section(n), used))
char LICENSE[] SEC("license") = "GPL";

SEC("socket") __attribute__((naked)) void bad_src_reg(void)
{
	/* r0 = r15: BPF_MOV64_REG with source register 15 */
	asm volatile("r0 = 0; .8byte 0x000000000000f0bf; exit;");
}

SEC("socket") int good(void *ctx)
{
	return 0;
}
"""


@pytest.fixture(scope="module")
def obj(tmp_path_factory) -> str:
    if CLANG is None:
        pytest.skip("clang-19 is not installed: the object cannot be built")
    d = tmp_path_factory.mktemp("badinsn")
    (d / "bad.c").write_text(SOURCE)
    out = d / "bad.o"
    subprocess.run([CLANG, "-g", "-O2", "-target", "bpf", "-mcpu=v3", "-c", str(d / "bad.c"), "-o", str(out)],
                   check=True, capture_output=True)
    return str(out)


def test_strict_load_refuses_object(obj):
    from pybpf.elf import load_collection_spec
    with pytest.raises(LoadError, match="src register r15"):
        load_collection_spec(obj)


def test_per_program_verdicts(obj):
    from pybpf.elf import load_collection_spec
    from pybpf.verifier import verify
    spec = load_collection_spec(obj, strict=False)
    bad = verify(spec.program("bad_src_reg"), maps=spec.maps, btf=spec.btf)
    assert not bad.accepted
    assert bad.error == "R15 is invalid"
    assert bad.insn == 1
    good = verify(spec.program("good"), maps=spec.maps, btf=spec.btf)
    assert good.accepted, good.error


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
def test_kernel_agrees(obj):
    from pybpf.elf import load_collection_spec
    from pybpf.verifier.kernel_oracle import kernel_verdict
    spec = load_collection_spec(obj, strict=False)
    prog = spec.program("bad_src_reg")
    k = kernel_verdict(prog, prog.prog_type, spec)
    assert k["verdict"] == "reject"
    assert "R15 is invalid" in k["log"], k["log"]

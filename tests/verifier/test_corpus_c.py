"""The C corpus (tests/verifier/corpus/*.c): each program carries EXPECT_ACCEPT or EXPECT_REJECT("message"); pybpf
must agree with the expectation (the message is pybpf's first error line) and so must the running kernel (skipped
where bpf(2) is unavailable). Objects are built once per session with clang-19."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from vtest import AVAILABLE, WHY

CORPUS = Path(__file__).parent / "corpus"
CLANG = shutil.which("clang-19")
_MARK = re.compile(r'^(EXPECT_ACCEPT|EXPECT_REJECT\("((?:[^"\\]|\\.)*)"\))\s*\nSEC\("[^"]*"\)\s*(?:__naked\s+)?'
                   r'(?:int|void)\s+(\w+)\s*\(', re.M)


def cases() -> list[tuple[str, str, str | None]]:
    out = []
    for src in sorted(CORPUS.glob("*.c")):
        for m in _MARK.finditer(src.read_text()):
            expected = None if m.group(1) == "EXPECT_ACCEPT" else m.group(2).replace('\\"', '"')
            out.append((src.stem, m.group(3), expected))
    return out


CASES = cases()


@pytest.fixture(scope="session")
def objects(tmp_path_factory) -> dict[str, object]:
    if CLANG is None:
        pytest.skip("clang-19 is not installed: the C corpus cannot be built")
    from pybpf.elf import load_collection_spec
    out = {}
    build = tmp_path_factory.mktemp("corpus")
    for src in sorted(CORPUS.glob("*.c")):
        obj = build / (src.stem + ".o")
        subprocess.run([CLANG, "-g", "-O2", "-target", "bpf", "-mcpu=v3", "-c", str(src), "-o", str(obj)],
                       check=True, capture_output=True)
        out[src.stem] = load_collection_spec(str(obj))
    return out


def _verify(spec, name):
    from pybpf.collection.backend import relocate
    from pybpf.verifier import verify
    prog = relocate(spec, spec.program(name), None, {})
    return verify(prog, maps=spec.maps, btf=spec.btf, log_level=1)


def test_corpus_is_not_empty():
    assert len(CASES) >= 20
    assert any(e is None for _, _, e in CASES) and any(e is not None for _, _, e in CASES)


@pytest.mark.parametrize("obj,name,expected", CASES, ids=[f"{o}:{n}" for o, n, _ in CASES])
def test_pybpf(objects, obj, name, expected):
    res = _verify(objects[obj], name)
    if expected is None:
        assert res.accepted, (res.error, res.log[-3000:])
    else:
        assert not res.accepted, "accepted a program the corpus expects rejected"
        assert res.error == expected, res.log[-3000:]
        # every rejection names the instruction and the source line (BTF line_info) in the explanation
        assert res.insn is not None
        assert "source:" in res.explanation, res.explanation


@pytest.mark.kernel
@pytest.mark.skipif(not AVAILABLE, reason=WHY)
@pytest.mark.parametrize("obj,name,expected", CASES, ids=[f"{o}:{n}" for o, n, _ in CASES])
def test_kernel(objects, obj, name, expected):
    from pybpf.verifier.kernel_oracle import kernel_verdict
    spec = objects[obj]
    k = kernel_verdict(spec.program(name), spec.program(name).prog_type, spec)
    assert k["verdict"] == ("accept" if expected is None else "reject"), k["log"][-3000:]
    if expected is not None:
        assert expected in k["log"], k["log"][-3000:]

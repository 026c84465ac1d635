"""The examples as a set: at least 12, each saying what it demonstrates, together covering every map type pybpf
models and the features the issue lists; the committed objects are what examples/build.py makes, byte for byte."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from ex_util import EXAMPLES, ROOT

from pybpf import load_collection_spec
from pybpf.maps import MapType
from pybpf.uapi import ProgType

SOURCES = sorted(EXAMPLES.glob("*.c"))


def test_at_least_twelve_examples_each_with_a_purpose():
    assert len(SOURCES) >= 12
    for src in SOURCES:
        text = src.read_text()
        assert text.startswith("/*"), f"{src.name}: no leading comment saying what it demonstrates"
        assert src.with_suffix(".o").exists(), f"{src.with_suffix('.o').name} is not built"


def test_examples_cover_the_map_types_and_features():
    map_types: set[MapType] = set()
    prog_types: set[ProgType] = set()
    helpers: set[int] = set()
    for src in SOURCES:
        spec = load_collection_spec(src.with_suffix(".o"))
        for m in spec.maps.values():
            map_types.add(m.type)
            if m.inner_map is not None:
                map_types.add(m.inner_map.type)
        for p in spec.programs.values():
            prog_types.add(p.prog_type)
            helpers |= {i.imm for i in p.instructions if i.opcode == 0x85 and i.src == 0}
    wanted = {MapType.ARRAY, MapType.PERCPU_ARRAY, MapType.HASH, MapType.PERCPU_HASH, MapType.LRU_HASH,
              MapType.LRU_PERCPU_HASH, MapType.LPM_TRIE, MapType.PROG_ARRAY, MapType.ARRAY_OF_MAPS,
              MapType.HASH_OF_MAPS, MapType.RINGBUF, MapType.QUEUE, MapType.STACK, MapType.BLOOM_FILTER,
              MapType.PERF_EVENT_ARRAY, MapType.DEVMAP, MapType.DEVMAP_HASH, MapType.CPUMAP, MapType.XSKMAP}
    assert wanted <= map_types, wanted - map_types
    assert {ProgType.XDP, ProgType.SCHED_CLS, ProgType.SOCKET_FILTER, ProgType.SYSCALL, ProgType.KPROBE} <= prog_types
    # tail_call, loop, spin_lock, ringbuf reserve/submit, redirect_map, xdp_adjust_head/tail, for_each_map_elem
    assert {12, 181, 93, 94, 131, 132, 51, 44, 65, 164} <= helpers
    text = "\n".join(s.read_text() for s in SOURCES)
    for feature in ("preserve_access_index", "__noinline int", "const volatile", "llvm.bpf.load.byte"):
        assert feature in text, feature


@pytest.mark.skipif(shutil.which("clang-19") is None, reason="clang-19 is not installed: cannot rebuild the examples")
def test_committed_objects_are_regenerated_byte_for_byte():
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "build.py"), "--check"], capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert not re.search(r"differs", proc.stderr)

"""``pybpf inspect`` and ``pybpf disasm OBJ``; objects without BTF; the examples build script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from elf_testutil import CLANG, compile_c, needs_clang

from pybpf.cli.main import main
from pybpf.elf import load_collection_spec
from pybpf.isa.asm import assemble

pytestmark = [needs_clang, pytest.mark.clang]
ROOT = Path(__file__).resolve().parents[2]


def test_inspect_json(build, capsys):
    assert main(["inspect", str(build("maps")), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["license"] == "Dual BSD/GPL" and doc["name"] == "maps"
    progs = {p["name"]: p for p in doc["programs"]}
    assert progs["entry"]["type"] == "xdp" and progs["entry"]["expected_attach_type"] == "xdp"
    assert progs["entry"]["slots"] == 90
    maps = {m["name"]: m for m in doc["maps"]}
    assert maps["flows"]["key_type"] == "__u32" and maps["flows"]["value_type"] == "struct value"
    assert maps["flows"]["flag_names"] == "BPF_F_NO_PREALLOC" and maps["flows"]["max_entries"] == 128
    assert maps["routes"]["key_type"] == "struct lpm_key"
    assert maps["lru"]["pinning"] == "by_name"
    assert maps["outer_array"]["inner_map"]["type"] == "array"
    assert maps["jumps"]["initial_slots"] == {"1": {"kind": "program", "name": "tail_a"},
                                              "5": {"kind": "program", "name": "tail_b"}}
    kinds = {s["name"]: s["kind"] for s in doc["sections"]}
    assert kinds["xdp"] == "program" and kinds[".maps"] == "maps" and kinds[".rel.BTF"] == "ignored relocations"


def test_inspect_text(build, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["inspect", str(build("data"))]) == 0
    out = capsys.readouterr().out
    for word in ("data_prog", "tp_btf/sys_enter", "trace_raw_tp", "data.rodata", "BPF_F_RDONLY_PROG", "threshold",
                 "LINUX_KERNEL_VERSION", "bpf_rcu_read_lock", "volatile const __u32"):
        assert word in out, word
    assert ".debug_info" not in out  # ignored sections are only counted


def test_disasm_object(build, capsys):
    assert main(["disasm", str(build("progs")), "--program", "tc_prog", "--no-bytes"]) == 0
    out = capsys.readouterr().out
    assert "<global_helper>:" in out and "<bump>:" in out
    assert "; return global_helper(skb->len) > 10 ? 0 : 2;  [progs.c:" in out
    assert "; map counters" in out
    # the listing reassembles to the linked program
    assert assemble(out) == list(load_collection_spec(build("progs")).program("tc_prog").instructions)


def test_disasm_object_json(build, capsys):
    assert main(["disasm", str(build("data")), "--program", "data_prog", "--json", "--mode", "kernel"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["slot"] == 0 and rows[0]["function"] == "data_prog"
    assert rows[0]["reference"] == {"kind": "map_value", "name": "data.rodata"}
    assert "threshold" in next(r for r in rows if "source" in r)["source"]["text"]
    assert main(["disasm", str(build("maps")), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [d["program"] for d in doc] == ["tail_a", "tail_b", "entry"]


def test_disasm_single_program_object_via_reader(build, capsys):
    """Verbs that read one program from a file accept an object with one program."""
    from pybpf.cli.disasm import read_program
    from pybpf.errors import LoadError

    assert read_program(str(build("legacy"))) == list(load_collection_spec(build("legacy"))
                                                      .program("legacy_prog").instructions)
    with pytest.raises(LoadError, match="choose one with --program"):
        read_program(str(build("progs")))


def test_object_without_btf(tmp_path):
    src = tmp_path / "nobtf.c"
    src.write_text('#define SEC(n) __attribute__((section(n), used))\n'
                   'int counter = 3;\nconst volatile int limit = 4;\nstatic int hidden_static;\n'
                   'char LICENSE[] SEC("license") = "GPL";\n'
                   'SEC("socket") int f(void *ctx) { hidden_static++; return counter + limit; }\n')
    spec = load_collection_spec(compile_c(src, tmp_path / "nobtf.o", "-g0"))
    assert spec.btf is None and spec.warnings == ()
    prog = spec.program("f")
    assert prog.func_info == () and prog.line_info == () and prog.functions[0].btf_id is None
    assert {n: (v.section, v.offset, v.size, v.type_id) for n, v in spec.variables.items()} == {
        "counter": (".data", 0, 4, None), "limit": (".rodata", 0, 4, None), "hidden_static": (".bss", 0, 4, None)}
    assert spec.variables["hidden_static"].linkage.name == "STATIC"
    spec.set_variable("limit", 9)
    assert spec.get_variable("limit") == (9).to_bytes(4, "little")
    assert sorted(r.name for r in prog.references.values()) == ["nobtf.bss", "nobtf.data", "nobtf.rodata"]


@pytest.mark.skipif(CLANG is None, reason="clang-19 is not installed")
def test_examples_build_reproducibly(tmp_path):
    script = ROOT / "examples" / "build.py"
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        proc = subprocess.run([sys.executable, str(script), "-o", str(out)], capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, proc.stderr
    objs = sorted(p.name for p in a.glob("*.o"))
    assert "xdp_count.o" in objs
    for name in objs:
        assert (a / name).read_bytes() == (b / name).read_bytes()
        spec = load_collection_spec(a / name)
        assert spec.programs
        assert str(tmp_path) not in ((a / name).read_bytes().decode("latin-1"))  # no build path baked in

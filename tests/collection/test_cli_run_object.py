"""``pybpf run OBJ`` and ``pybpf map dump``: every --json shape and exit code, human output, and bad input (truncated
ELF, wrong machine, missing section, bad relocation, unknown map type, program not found...) as one line on stderr
and exit code 1."""

from __future__ import annotations

import json
import struct

import pytest
from coll_util import EXAMPLES, ROOT, kernel

from pybpf.cli.main import main
from pybpf.collection.pcap import write_pcap

UDP = bytes.fromhex("020000000002020000000001080045000021000100004011"
                    "66c90a0000010a00000204d20035000d96e27175657279")
UDP9 = UDP[:36] + b"\x00\x09" + UDP[38:]   # to port 9, which xdp_count drops
XDP_COUNT = str(EXAMPLES / "xdp_count.o")
RUN_KEYS = {"program", "backend", "retval", "r0", "data_out", "ctx_out", "duration_ns", "maps", "log"}


@pytest.fixture
def files(tmp_path):
    (tmp_path / "udp.bin").write_bytes(UDP9)
    write_pcap(tmp_path / "t.pcap", [UDP9, UDP, UDP[:20]])
    (tmp_path / "ctx.bin").write_bytes(struct.pack("<6I", 0, len(UDP9), 0, 1, 0, 0))
    (tmp_path / "args.bin").write_bytes(struct.pack("<IIQQIIQ", 10, 0, 0, 0, 0, 0, 0))   # loop_sum's struct args
    return tmp_path


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["run", *argv, "--json"])
    out, err = capsys.readouterr()
    assert err == ""
    return code, json.loads(out)


def test_json_one_backend(files, capsys):
    code, doc = run_json(capsys, XDP_COUNT, "--data", str(files / "udp.bin"), "--ctx", str(files / "ctx.bin"),
                         "--repeat", "3")
    assert code == 0 and set(doc) == RUN_KEYS
    assert (doc["program"], doc["backend"], doc["retval"], doc["r0"]) == ("xdp_count", "interp", 1, 1)
    assert doc["data_out"] == UDP9.hex() and doc["ctx_out"] == (files / "ctx.bin").read_bytes().hex()
    assert doc["log"] == [] and isinstance(doc["duration_ns"], int)
    assert doc["maps"]["counts"] == [["00000000", "0300000000000000"], ["01000000", "0000000000000000"],
                                     ["02000000", "0000000000000000"], ["03000000", "0300000000000000"]]
    assert doc["maps"]["xdp_coun.rodata"] == [["00000000", "0900"]]


def test_json_shapes_of_maps(capsys, files):
    _, doc = run_json(capsys, str(EXAMPLES / "ringbuf_events.o"), "--data", str(files / "udp.bin"))
    assert doc["maps"]["perf_events"] is None                    # unreadable from user space
    assert [len(bytes.fromhex(r)) for r in doc["maps"]["events"]] == [16, 14]   # keyless: records
    _, doc = run_json(capsys, str(EXAMPLES / "xdp_flows.o"), "--data", str(files / "udp.bin"))
    key, per_cpu = doc["maps"]["proto_stats"][0]
    assert key == "00000000" and isinstance(per_cpu, list) and per_cpu[0] == "0100000000000000"


def test_json_pcap_one_backend(files, capsys):
    code, doc = run_json(capsys, XDP_COUNT, "--pcap", str(files / "t.pcap"))
    assert code == 0 and set(doc) == {"program", "backend", "packets", "totals", "maps"}
    assert [p["retval"] for p in doc["packets"]] == [1, 2, 2]
    assert set(doc["packets"][0]) == {"index", "retval", "r0", "data_out", "ctx_out", "duration_ns", "log"}
    assert doc["totals"]["packets"] == 3 and doc["totals"]["retvals"] == {"1": 1, "2": 2}
    assert doc["totals"]["errors"] == 0
    code, doc = run_json(capsys, XDP_COUNT, "--pcap", str(files / "t.pcap"), "--set", "blocked_port=0")
    assert [p["retval"] for p in doc["packets"]] == [2, 2, 2]


def test_pcap_errors_per_packet(tmp_path, capsys):
    write_pcap(tmp_path / "short.pcap", [UDP, b"\0" * 4])   # too short for XDP: EINVAL for that packet only
    code, doc = run_json(capsys, XDP_COUNT, "--pcap", str(tmp_path / "short.pcap"))
    assert code == 0 and doc["packets"][1] == {"index": 1, "error": "EINVAL"} and doc["totals"]["errors"] == 1


@kernel
@pytest.mark.kernel
def test_json_several_backends(files, capsys):
    code, doc = run_json(capsys, XDP_COUNT, "--data", str(files / "udp.bin"), "--backend", "interp,kernel")
    assert code == 0 and set(doc) == {"program", "results", "differences"} and doc["differences"] == []
    assert set(doc["results"]) == {"interp", "kernel"}
    for backend, one in doc["results"].items():
        assert set(one) == RUN_KEYS and one["backend"] == backend and one["retval"] == 1
    code, doc = run_json(capsys, XDP_COUNT, "--pcap", str(files / "t.pcap"), "--backend", "kernel,interp")
    assert code == 0 and list(doc["results"]) == ["kernel", "interp"]
    assert set(doc["results"]["kernel"]) == {"program", "backend", "packets", "totals", "maps"}


@kernel
@pytest.mark.kernel
def test_differences_exit_2(cobj, files, capsys):
    obj = str(cobj("lru_quirk"))
    code, doc = run_json(capsys, obj, "--data", str(files / "udp.bin"), "--backend", "interp,kernel")
    assert code == 2 and doc["differences"]
    d = doc["differences"][0]
    assert d["field"] == "maps" and d["map"] == "lru" and d["values"]["kernel"] is None
    assert main(["run", obj, "--data", str(files / "udp.bin"), "--backend", "interp,kernel"]) == 2
    out = capsys.readouterr().out
    assert "difference(s) between interp, kernel" in out and "map lru key" in out
    code, doc = run_json(capsys, obj, "--pcap", str(files / "t.pcap"), "--backend", "interp,kernel")
    assert code == 2


def test_human_output(files, capsys):
    assert main(["run", XDP_COUNT, "--data", str(files / "udp.bin")]) == 0
    out = capsys.readouterr().out
    assert "xdp_count (xdp) on interp" in out and "1 (XDP_DROP)" in out and "map counts" in out
    assert main(["run", XDP_COUNT, "--pcap", str(files / "t.pcap")]) == 0
    out = capsys.readouterr().out
    assert "3 packets: retvals 2 × 2, 1 × 1; 0 errors" in out
    assert main(["run", str(EXAMPLES / "loop_sum.o"), "--ctx", str(files / "args.bin")]) == 0
    out = capsys.readouterr().out
    assert "log: loop_sum: n=10 sum=45" in out and "ctx_out" in out


@kernel
@pytest.mark.kernel
def test_human_output_several(files, capsys):
    assert main(["run", XDP_COUNT, "--data", str(files / "udp.bin"), "--backend", "interp,kernel"]) == 0
    out = capsys.readouterr().out
    assert "xdp_count: interp vs kernel" in out and "same results on interp, kernel" in out


def test_program_choice(files, capsys):
    code, doc = run_json(capsys, str(EXAMPLES / "loop_sum.o"), "--ctx", str(files / "args.bin"))   # one program
    assert code == 0 and doc["program"] == "loop_sum"
    assert main(["run", str(EXAMPLES / "tail_calls.o"), "--data", "/dev/null"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "choose one with --program" in err and "dispatch" in err


def test_raw_programs_still_run(capsys):
    assert main(["run", str(ROOT / "examples" / "asm" / "fib.s")]) == 0
    assert "r0 = " in capsys.readouterr().out


# -- bad input ---------------------------------------------------------------------------------------------------
def _sections(data: bytes) -> dict[str, tuple[int, dict]]:
    shoff = struct.unpack_from("<Q", data, 40)[0]
    shnum, shstrndx = struct.unpack_from("<HH", data, 60)
    fields = ("name", "type", "flags", "addr", "offset", "size", "link", "info", "addralign", "entsize")
    headers = [dict(zip(fields, struct.unpack_from("<IIQQQQIIQQ", data, shoff + 64 * i), strict=True))
               for i in range(shnum)]
    strtab = headers[shstrndx]["offset"]
    out = {}
    for i, h in enumerate(headers):
        start = strtab + h["name"]
        out[data[start:data.index(b"\0", start)].decode()] = (shoff + 64 * i, h)
    return out


def _set_type(data: bytes, section: str, sh_type: int) -> bytes:
    at, _ = _sections(data)[section]
    out = bytearray(data)
    struct.pack_into("<I", out, at + 4, sh_type)
    return bytes(out)


def _bad_reloc(data: bytes) -> bytes:
    _, h = _sections(data)[".relxdp"]
    out = bytearray(data)
    out[h["offset"] + 8] = 7   # r_info type of the first relocation: R_BPF 7 does not exist
    return bytes(out)


ORIGINAL = (EXAMPLES / "xdp_count.o").read_bytes()
BAD_INPUT = {
    "truncated": (ORIGINAL[:len(ORIGINAL) // 2], "runs past the end of the file"),
    "wrong machine": (ORIGINAL[:18] + struct.pack("<H", 62) + ORIGINAL[20:], "wrong machine"),
    "missing section": (_set_type(ORIGINAL, ".symtab", 0), "no symbol table"),
    "bad relocation": (_bad_reloc(ORIGINAL), "unknown relocation type 7"),
    "not an ELF": (b"\x7fELF", "truncated ELF header"),
}


@pytest.mark.parametrize("name", list(BAD_INPUT))
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_bad_objects_one_line_exit_1(name, json_flag, tmp_path, capsys):
    data, message = BAD_INPUT[name]
    bad = tmp_path / "bad.o"
    bad.write_bytes(data)
    assert main(["run", str(bad), *json_flag]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith(f"pybpf run: error: {bad}") and message in err
    assert main(["map", "dump", str(bad), "--map", "counts"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and message in err


def test_unknown_map_type(tmp_path, capsys):
    from coll_util import CLANG

    if CLANG is None:
        pytest.skip("clang-19 is not installed: cannot compile the object with an unknown map type")
    import subprocess
    src = tmp_path / "weird.c"
    src.write_text('#include "bpf_helpers.h"\n'
                   'struct { __uint(type, 99); __uint(max_entries, 1); __type(key, int); __type(value, int); } '
                   'weird SEC(".maps");\n'
                   'SEC("xdp") int p(void *ctx) { int k = 0; return bpf_map_lookup_elem(&weird, &k) != 0; }\n')
    subprocess.run([CLANG, "-target", "bpf", "-O2", "-g", "-I", str(EXAMPLES), "-c", str(src), "-o",
                    str(tmp_path / "weird.o")], check=True, capture_output=True)
    assert main(["run", str(tmp_path / "weird.o")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "unknown map type 99" in err


@pytest.mark.parametrize("argv, message", [
    (["--program", "nope"], "no program named 'nope' (available: xdp_count)"),
    (["--backend", "interp,warp"], "unknown backend 'warp'"),
    (["--backend", "interp,interp"], "distinct backends"),
    (["--data", "/nonexistent/x.bin"], "--data: cannot read"),
    (["--pcap", "/nonexistent/x.pcap"], "cannot read"),
    (["--set", "blocked_port"], "expected VAR=VALUE"),
    (["--set", "blocked_port=x"], "is not an integer"),
    (["--set", "nope=1"], "no variable named 'nope'"),
    (["--repeat", "0"], "--repeat must be >= 1"),
    (["--mem-hex", "00"], "only for raw programs"),
    ([], "data must hold at least an Ethernet header"),   # XDP needs a packet: Linux's EINVAL
])
def test_bad_arguments_one_line_exit_1(argv, message, capsys):
    assert main(["run", XDP_COUNT, *argv]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and message in err


def test_object_options_on_raw_programs(capsys):
    assert main(["run", str(ROOT / "examples" / "asm" / "fib.s"), "--program", "x", "--backend", "kernel"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--program, --backend kernel: only for BPF objects" in err


# -- map dump ----------------------------------------------------------------------------------------------------
def test_map_dump(capsys):
    assert main(["map", "dump", str(EXAMPLES / "global_data.o"), "--map", "global_d.data", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc == {"map": "global_d.data", "type": "array", "key_size": 4, "value_size": 20, "max_entries": 1,
                   "flags": 1024, "entries": [["00000000", (b"pybpf example".ljust(16, b"\0")
                                                           + struct.pack("<I", 7)).hex()]]}
    assert main(["map", "dump", str(EXAMPLES / "tail_calls.o"), "--map", "jump_table", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["entries"] == [] and doc["slots"] == {"0": {"kind": "program", "name": "handle_ipv4"},
                                                     "1": {"kind": "program", "name": "handle_ipv6"},
                                                     "3": {"kind": "program", "name": "chain"}}
    assert main(["map", "dump", str(EXAMPLES / "ringbuf_events.o"), "--map", "perf_events", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] is None
    assert main(["map", "dump", XDP_COUNT, "--map", "xdp_coun.rodata"]) == 0
    out = capsys.readouterr().out
    assert "array, key 4 bytes, value 2 bytes" in out and "09 00" in out
    assert main(["map", "dump", str(EXAMPLES / "tail_calls.o"), "--map", "jump_table"]) == 0
    assert "slot 3: program chain" in capsys.readouterr().out
    assert main(["map", "dump", XDP_COUNT, "--map", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no map named 'nope' (available: counts, xdp_coun.rodata)" in err
    assert main(["map"]) == 1

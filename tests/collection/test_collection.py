"""The Collection API on the interp backend (the kernel backend's counterparts are in test_kernel_backend.py):
loading order and program selection, handles, RunResult, repeat and cpu, env, possible_cpus, externs (kconfig,
host functions), map dumps, lifetime and errors."""

from __future__ import annotations

import struct

import pytest
from coll_util import EXAMPLES

import pybpf
from pybpf import Collection, RunResult, load_collection_spec
from pybpf.collection.result import canonical_dump, dump_map, split_percpu
from pybpf.errors import ExecutionError, LoadError, PybpfError, RunInputError
from pybpf.helpers.env import RunEnv
from pybpf.maps import MapType
from pybpf.uapi import ProgType

UDP = bytes.fromhex("020000000002020000000001080045000021000100004011"
                    "66c90a0000010a00000204d20035000d96e27175657279")   # 10.0.0.1:1234 -> 10.0.0.2:53 "query"


def test_public_api_is_exported_lazily():
    assert pybpf.Collection is Collection and pybpf.RunResult is RunResult
    assert callable(pybpf.compare) and pybpf.load_collection_spec is load_collection_spec
    with pytest.raises(AttributeError):
        pybpf.no_such_thing  # noqa: B018


def test_load_from_path_or_spec_and_run():
    for source in (EXAMPLES / "xdp_count.o", str(EXAMPLES / "xdp_count.o"),
                   load_collection_spec(EXAMPLES / "xdp_count.o")):
        with Collection(source) as coll:
            assert coll.backend == "interp" and coll.verify
            r = coll.programs["xdp_count"].run(UDP)
            assert isinstance(r, RunResult)
            assert (r.retval, r.r0, r.data_out, r.ctx_out, r.log) == (2, 2, UDP, None, ())
            assert (r.backend, r.program, r.prog_type, r.action) == ("interp", "xdp_count", ProgType.XDP, "XDP_PASS")
            assert r.duration_ns > 0


def test_handles_and_named_mappings():
    with Collection(EXAMPLES / "xdp_count.o") as coll:
        prog = coll.programs["xdp_count"]
        assert prog.name == "xdp_count" and prog.type == ProgType.XDP and prog.fd is None
        assert prog.interpreter is not None and prog.id == prog.interpreter.id
        assert prog.instructions and "xdp_count" in repr(prog)
        assert list(coll.maps) == ["counts", "xdp_coun.rodata"] and len(coll.programs) == 1
        with pytest.raises(KeyError, match=r"no map named 'nope' \(available: counts, xdp_coun.rodata\)"):
            coll.maps["nope"]
        with pytest.raises(KeyError, match="no program named 'x'"):
            coll.programs["x"]
        assert "2 maps" in repr(coll) or "1 programs, 2 maps" in repr(coll)


def test_maps_are_created_first_with_contents_and_rodata_frozen():
    spec = load_collection_spec(EXAMPLES / "global_data.o")
    spec.set_variable("max_len", 40)
    with Collection(spec) as coll:
        rodata = coll.maps["global_d.rodata"]
        assert struct.unpack_from("<I", rodata[0], 4)[0] == 40
        with pytest.raises(PybpfError, match="frozen"):
            rodata[0] = bytes(8)
        assert coll.programs["global_data"].run(UDP).retval == 1   # 47 bytes > max_len 40: dropped


def test_program_selection_and_initial_slots():
    with Collection(EXAMPLES / "tail_calls.o", programs=["dispatch"]) as coll:
        # the prog array's initial slots name three more programs: they are loaded too
        assert set(coll.programs) == {"dispatch", "handle_ipv4", "handle_ipv6", "chain"}
        jt = coll.maps["jump_table"]
        assert jt.keys() == [0, 1, 3] and jt[3] == coll.programs["chain"].id
    spec = load_collection_spec(EXAMPLES / "tail_calls.o")
    spec.init_slots.clear()
    with Collection(spec, programs=["chain"]) as coll:
        assert list(coll.programs) == ["chain"]
        assert coll.programs["chain"].run(UDP).retval == 1       # empty slot: no tail call
        coll.maps["jump_table"][3] = coll.programs["chain"]       # set from user space, like bpf(2)
        assert coll.programs["chain"].run(UDP).retval == 1 + 34   # .bss keeps counting: 34 more runs
    with pytest.raises(LoadError, match="no program named 'nope'"):
        Collection(EXAMPLES / "tail_calls.o", programs=["nope"])


def test_autoload_false_programs_are_not_loaded():
    spec = load_collection_spec(EXAMPLES / "core_read.o")
    spec.programs["skb_fields"] = spec.programs["skb_fields"].replace(autoload=False)
    with Collection(spec) as coll:
        assert list(coll.programs) == ["kernel_layout"]


def test_repeat_runs_on_the_same_context_and_maps():
    with Collection(EXAMPLES / "xdp_count.o") as coll:
        r = coll.programs["xdp_count"].run(UDP, repeat=5)
        assert r.retval == 2 and struct.unpack("<Q", coll.maps["counts"][0])[0] == 5
        coll.programs["xdp_count"].run(UDP, repeat=0)   # 0 means once, as in Linux
        assert struct.unpack("<Q", coll.maps["counts"][0])[0] == 6
        with pytest.raises(PybpfError, match="repeat must be >= 0"):
            coll.programs["xdp_count"].run(UDP, repeat=-1)


def test_cpu_and_possible_cpus():
    with Collection(EXAMPLES / "tc_rewrite.o", possible_cpus=4) as coll:
        prog = coll.programs["tc_rewrite"]
        prog.run(UDP, cpu=3)
        prog.run(UDP, cpu=1)
        seen = coll.maps["counters"][0]
        assert [struct.unpack("<Q", v)[0] for v in seen] == [0, 1, 0, 1]
        assert coll.env.cpu == 0   # restored after each run
        with pytest.raises(RunInputError, match="cpu 4 does not exist"):
            prog.run(UDP, cpu=4)
    with pytest.raises(PybpfError, match="possible_cpus must be >= 1"):
        Collection(EXAMPLES / "tc_rewrite.o", possible_cpus=0)


def test_env_choices():
    with Collection(EXAMPLES / "kprobe_unlink.o", env="deterministic") as coll:
        coll.programs["kprobe_unlink"].run(ctx=bytes(168))
        assert coll.maps["calls"].keys() == [struct.pack("<I", 1000)]
    env = RunEnv.deterministic(tgid=4242)
    with Collection(EXAMPLES / "kprobe_unlink.o", env=env) as coll:
        assert coll.env is env
        coll.programs["kprobe_unlink"].run(ctx=bytes(168))
        assert coll.maps["calls"].keys() == [struct.pack("<I", 4242)]
    with Collection(EXAMPLES / "kprobe_unlink.o", env="live") as coll:
        assert coll.env.live_time
    with pytest.raises(PybpfError, match="env must be"):
        Collection(EXAMPLES / "kprobe_unlink.o", env="random")


def test_unknown_backend_and_closed_collection():
    with pytest.raises(PybpfError, match=r"unknown backend 'warp' \(choose from: interp, kernel, jit\)"):
        Collection(EXAMPLES / "xdp_count.o", "warp")
    coll = Collection(EXAMPLES / "xdp_count.o")
    prog = coll.programs["xdp_count"]
    coll.close()
    coll.close()   # idempotent
    assert "closed" in repr(coll) and len(coll.maps) == 0
    with pytest.raises(PybpfError, match="is closed"):
        prog.run(UDP)
    with pytest.raises(PybpfError, match="is closed"):
        coll.dump_maps()


def test_verify_flag_is_accepted():
    # no verifier yet: interp programs run with the interpreter's run-time checks (test_examples_interp has a fault)
    with Collection(EXAMPLES / "xdp_count.o", verify=False) as coll:
        assert not coll.verify and coll.programs["xdp_count"].run(UDP).retval == 2


def test_program_type_without_a_runner():
    spec = load_collection_spec(EXAMPLES / "xdp_count.o")
    spec.programs["xdp_count"] = spec.programs["xdp_count"].replace(prog_type=ProgType.CGROUP_SOCK)
    with Collection(spec, verify=False) as coll, pytest.raises(PybpfError, match="cgroup_sock programs cannot be run"):
        coll.programs["xdp_count"].run(UDP)


def test_kconfig_and_host_functions(cobj):
    spec = load_collection_spec(cobj("externs"))
    add = {"pybpf_add": lambda ctx, a, b, *rest: a + b}
    with Collection(spec, host_functions=add) as coll:
        out = coll.programs["read_config"].run(ctx=bytes(24)).ctx_out
        version, syscall, missing = struct.unpack_from("<Iii", out)
        from pybpf.collection.backend import host_kconfig, kernel_version_code
        assert version == kernel_version_code() and missing == 0   # weak and absent: zero
        assert syscall == (host_kconfig().get("CONFIG_BPF_SYSCALL") == "y")
        r = coll.programs["call_host"].run(ctx=struct.pack("<IiiIQ", 0, 0, 0, 0, 2))
        assert struct.unpack_from("<Q", r.ctx_out, 16)[0] == 42
    with Collection(spec, verify=False, kconfig={"LINUX_KERNEL_VERSION": 0x050F00, "CONFIG_BPF_SYSCALL": "n",
                                   "CONFIG_PYBPF_NOT_A_REAL_OPTION": 7}) as coll:
        out = coll.programs["read_config"].run(ctx=bytes(24)).ctx_out
        assert struct.unpack_from("<Iii", out) == (0x050F00, 0, 7)
        # no host function named pybpf_add here: the call stops the run, naming the kfunc
        with pytest.raises(ExecutionError, match="kfunc pybpf_add is not available in the interpreter"):
            coll.programs["call_host"].run(ctx=bytes(24))
    with pytest.raises(LoadError, match="'CONFIG_BPF_SYSCALL': value 'm' implies tristate"):
        Collection(spec, kconfig={"CONFIG_BPF_SYSCALL": "m"})


def test_dump_shapes():
    with Collection(EXAMPLES / "ringbuf_events.o") as coll:
        coll.programs["ringbuf_events"].run(UDP)
        dumps = coll.dump_maps()
        assert dumps["perf_events"] is None                       # not readable from user space
        assert [bytes.fromhex(r) for r in dumps["events"]] == coll.maps["events"].pending()   # keyless: records
        assert dumps["ringbuf_.bss"][0][0] == "00000000"
    with Collection(EXAMPLES / "xdp_flows.o", possible_cpus=2) as coll:
        coll.programs["xdp_flows"].run(UDP)
        stats = coll.dump_maps()["proto_stats"]
        assert stats[0] == ["00000000", ["0100000000000000", "0000000000000000"]]   # per-CPU: one value each
    with Collection(EXAMPLES / "tail_calls.o") as coll:
        canon = coll.canonical_maps()["jump_table"]
        assert canon == {"00000000": "handle_ipv4", "01000000": "handle_ipv6", "03000000": "chain"}
    assert split_percpu(bytes(range(16)) + bytes(16), 4) == [bytes(range(4)), bytes(range(8, 12)), bytes(4),
                                                              bytes(4)]
    assert canonical_dump([["02", "aa"], ["01", "bb"]], MapType.HASH) == {"01": "bb", "02": "aa"}
    assert canonical_dump(["02", "01"], MapType.QUEUE) == ["02", "01"]   # order is the contents
    assert dump_map(type("M", (), {"type": MapType.BLOOM_FILTER})()) is None


def test_unknown_section_is_refused_like_libbpf():
    spec = load_collection_spec(EXAMPLES / "xdp_count.o")
    spec.programs["xdp_count"] = spec.programs["xdp_count"].replace(prog_type=ProgType.UNSPEC, section="weird",
                                                                    known_section=False)
    with pytest.raises(LoadError, match="program xdp_count: missing BPF program type: unknown section name 'weird'"):
        Collection(spec)

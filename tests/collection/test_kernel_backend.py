"""The kernel backend: maps with the interpreter maps' API (the same operations give the same answers and errnos on
both backends), pinning by name, BTF for spin locks, verifier rejections, program types Linux cannot test-run, the
trace_printk log, and cleanup. Skipped with the reason where bpf(2) is unavailable."""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import os
import struct
import subprocess
import uuid

import pytest
from coll_util import EXAMPLES, kernel

from pybpf import Collection, load_collection_spec
from pybpf.elf import CollectionSpec
from pybpf.errors import KernelError, LoadError, MapError, PybpfError
from pybpf.maps import MapSpec, MapType, PinType
from pybpf.maps.types import BPF_EXIST, BPF_NOEXIST

pytestmark = [kernel, pytest.mark.kernel]

UDP = bytes.fromhex("020000000002020000000001080045000021000100004011"
                    "66c90a0000010a00000204d20035000d96e27175657279")


def maps_only(*specs: MapSpec) -> CollectionSpec:
    return CollectionSpec(name="t", license="GPL", kernel_version=0, programs={}, maps={m.name: m for m in specs},
                          variables={})


MAPS = maps_only(
    MapSpec("arr", MapType.ARRAY, 4, 8, 4),
    MapSpec("hash", MapType.HASH, 4, 8, 4),
    MapSpec("pcpu", MapType.PERCPU_HASH, 4, 4, 4),
    MapSpec("lpm", MapType.LPM_TRIE, 8, 4, 8, flags=1),
    MapSpec("q", MapType.QUEUE, 0, 4, 3),
    MapSpec("st", MapType.STACK, 0, 4, 3),
    MapSpec("bloom", MapType.BLOOM_FILTER, 0, 4, 16),
)


def outcome(fn):
    """What an operation gives: its result, or the errno of the MapError / the KeyError."""
    try:
        return ("ok", fn())
    except MapError as e:
        return ("errno", e.errno)
    except KeyError:
        return ("KeyError",)


def script(coll):
    m = coll.maps
    ncpu = m["pcpu"].nr_cpus
    steps = [
        lambda: m["arr"].update(1, 7), lambda: m["arr"][1], lambda: m["arr"].get(9), lambda: len(m["arr"]),
        lambda: m["arr"].update(9, 1), lambda: m["arr"].update(1, 1, BPF_NOEXIST), lambda: m["arr"].delete(1),
        lambda: m["arr"].items(),
        lambda: m["hash"].update(5, 1), lambda: m["hash"].update(5, 2, BPF_NOEXIST),
        lambda: m["hash"].update(6, 2, BPF_EXIST), lambda: m["hash"][5], lambda: 5 in m["hash"],
        lambda: 6 in m["hash"], lambda: m["hash"][6], lambda: sorted(m["hash"].keys()),
        lambda: [m["hash"].update(k, k) for k in (1, 2, 3)], lambda: m["hash"].update(4, 4),
        lambda: m["hash"].lookup_and_delete(1), lambda: len(m["hash"]), lambda: m["hash"].delete(1),
        lambda: m["pcpu"].update(1, [i + 1 for i in range(ncpu)]), lambda: m["pcpu"][1],
        lambda: m["lpm"].update(ipaddress.ip_network("10.0.0.0/8"), 1),
        lambda: m["lpm"].update((24, bytes([10, 1, 2, 0])), 2),
        lambda: m["lpm"][ipaddress.ip_address("10.1.2.3")], lambda: m["lpm"][ipaddress.ip_address("10.9.9.9")],
        lambda: m["lpm"].get(ipaddress.ip_address("11.0.0.1")),
        lambda: [m["q"].push(v) for v in (1, 2, 3)], lambda: m["q"].push(4), lambda: m["q"].push(4, BPF_EXIST),
        lambda: m["q"].values(), lambda: m["q"].peek(), lambda: m["q"].pop(), lambda: len(m["q"]),
        lambda: [m["st"].push(v) for v in (1, 2)], lambda: m["st"].values(), lambda: m["st"].pop(),
        lambda: m["st"].values(), lambda: m["st"].pop(), lambda: m["st"].pop(),
        lambda: m["bloom"].push(42), lambda: 42 in m["bloom"],
        lambda: m["hash"].clear(), lambda: len(m["hash"]),
    ]
    return [outcome(s) for s in steps]


def test_map_handles_behave_like_interpreter_maps():
    results = {}
    for backend in ("interp", "kernel"):
        with Collection(MAPS, backend) as coll:
            results[backend] = script(coll)
    for i, (a, b) in enumerate(zip(results["interp"], results["kernel"], strict=True)):
        assert a == b, f"step {i}: interp {a} kernel {b}"
    assert ("errno", errno.EEXIST) in results["kernel"] and ("errno", errno.E2BIG) in results["kernel"]


def test_kernel_handles_expose_fds_and_ids():
    with Collection(EXAMPLES / "tail_calls.o", "kernel") as coll:
        prog = coll.programs["chain"]
        assert prog.fd is not None and prog.interpreter is None and prog.id > 0
        jt = coll.maps["jump_table"]
        assert jt.fd > 0 and jt.id > 0 and jt[3] == prog.id and "jump_table" in repr(jt)
        assert coll.canonical_maps()["jump_table"]["03000000"] == "chain"
        assert prog.run(UDP).retval == 34


def test_ringbuf_and_queue_reads_do_not_consume():
    with Collection(EXAMPLES / "ringbuf_events.o", "kernel") as coll:
        coll.programs["ringbuf_events"].run(UDP)
        ring = coll.maps["events"]
        first = ring.pending()
        assert len(first) == 2 and ring.pending() == first and ring.values() == first
        assert ring.consume() == first and ring.pending() == []
    with Collection(EXAMPLES / "queue_stack.o", "kernel") as coll:
        coll.programs["queue_stack"].run(UDP)
        coll.programs["queue_stack"].run(UDP)
        q = coll.maps["lengths"]
        assert q.values() == q.values() == [struct.pack("<I", len(UDP))] * 2


@pytest.fixture
def pin_root():
    root = f"/sys/fs/bpf/pybpf-test-{uuid.uuid4().hex[:12]}"
    try:
        os.mkdir(root)
    except OSError as e:
        pytest.skip(f"cannot create a directory in the bpf filesystem: {e}")
    yield root
    for name in os.listdir(root):
        os.unlink(os.path.join(root, name))
    os.rmdir(root)


def test_pinning_by_name(pin_root):
    spec = maps_only(MapSpec("shared", MapType.HASH, 4, 4, 8, pinning=PinType.BY_NAME, contents=((1, 1),)),
                     MapSpec("private", MapType.HASH, 4, 4, 8))
    with Collection(spec, "kernel", pin_root=pin_root) as coll:
        coll.maps["shared"][2] = 2
    assert os.listdir(pin_root) == ["shared"]
    with Collection(spec, "kernel", pin_root=pin_root) as coll:
        # the pinned map is reused as it is: contents kept, initial contents not written again
        assert sorted(coll.maps["shared"].items()) == [(struct.pack("<I", 1), struct.pack("<I", 1)),
                                                       (struct.pack("<I", 2), struct.pack("<I", 2))]
    bigger = maps_only(MapSpec("shared", MapType.HASH, 4, 4, 16, pinning=PinType.BY_NAME))
    with pytest.raises(LoadError, match=r"pinned at .* is incompatible"):
        Collection(bigger, "kernel", pin_root=pin_root)
    with pytest.raises(LoadError, match="cannot pin it"):
        Collection(spec, "kernel", pin_root=os.path.join(pin_root, "missing-dir"))


def test_spin_lock_values_need_the_btf():
    with Collection(EXAMPLES / "spin_lock.o", "kernel") as coll:
        assert coll.warnings == []
        coll.programs["spin_lock"].run(UDP)
        assert struct.unpack("<IIQQ", coll.maps["total"][0])[:2] == (0, 1)


def test_verifier_rejection_carries_the_log():
    from pybpf.isa.asm import assemble

    spec = load_collection_spec(EXAMPLES / "xdp_count.o")
    bad = assemble("r2 = *(u32 *)(r1 + 0)\nr0 = *(u8 *)(r2 + 0)\nexit")   # packet read without a bounds check
    spec.programs["xdp_count"] = spec.programs["xdp_count"].replace(instructions=tuple(bad), references={},
                                                                    func_info=(), line_info=())
    with pytest.raises(KernelError) as exc:
        Collection(spec, "kernel")
    err = exc.value
    assert err.errno == errno.EACCES and "invalid access to packet" in err.log
    assert "xdp_count" in str(err) and "\n" not in str(err) and "packet" in str(err)   # the log's last line
    # unverified (verify=False) the same program loads in the interpreter, and its read is checked at run time
    # only (it is inside the packet here, so it succeeds)
    with Collection(spec, "interp", verify=False) as coll:
        assert coll.programs["xdp_count"].run(UDP).retval == UDP[0]


def test_kprobe_loads_but_does_not_test_run():
    with Collection(EXAMPLES / "kprobe_unlink.o", "kernel") as coll, \
            pytest.raises(PybpfError, match="Linux cannot test-run kprobe programs"):
        coll.programs["kprobe_unlink"].run(ctx=bytes(168))


def test_possible_cpus_must_be_the_hosts():
    from pybpf.maps.types import possible_cpus

    with pytest.raises(PybpfError, match="host's"):
        Collection(EXAMPLES / "xdp_count.o", "kernel", possible_cpus=possible_cpus() + 1)


def test_close_releases_fds():
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(3):
        with Collection(EXAMPLES / "xdp_flows.o", "kernel") as coll:
            coll.programs["xdp_flows"].run(UDP)
    assert len(os.listdir("/proc/self/fd")) <= before


@pytest.fixture
def tracefs():
    """tracefs mounted (mounted here for the test if it is not, and unmounted afterwards)."""
    root = "/sys/kernel/tracing"
    if os.path.exists(os.path.join(root, "trace_marker")):
        yield root
        return
    if subprocess.run(["mount", "-t", "tracefs", "nodev", root], capture_output=True).returncode:
        pytest.skip("tracefs is not mounted and cannot be mounted here: the kernel's trace_printk lines are not "
                    "readable")
    try:
        yield root
    finally:
        with contextlib.suppress(OSError):
            subprocess.run(["umount", root], capture_output=True)


def test_kernel_trace_printk_log(tracefs):
    ctx = struct.pack("<IIQQIIQ", 10, 0, 0, 0, 0, 0, 0)
    logs = {}
    for backend in ("interp", "kernel"):
        with Collection(EXAMPLES / "loop_sum.o", backend) as coll:
            logs[backend] = coll.programs["loop_sum"].run(ctx=ctx).log
    assert logs["kernel"] == logs["interp"] == ("loop_sum: n=10 sum=45",)


def test_types_without_repeat_refuse_it_on_both_backends():
    from pybpf import compare

    ctx = struct.pack("<IIQQIIQ", 3, 0, 0, 0, 0, 0, 0)
    cmp = compare(EXAMPLES / "loop_sum.o", "loop_sum", ctx=ctx, repeat=2)
    assert cmp.results == {"interp": "EINVAL", "kernel": "EINVAL"}
    assert compare(EXAMPLES / "loop_sum.o", "loop_sum", ctx=ctx, repeat=1).same

"""Kernel cross-check: every program the loader links is accepted by Linux's verifier once its symbolic references
are resolved to real maps (created from the MapSpecs, with the spec's BTF), kfunc and ksym BTF ids, as libbpf would
load the object; prog arrays and maps of maps get their initial slots; a loaded program runs."""

from __future__ import annotations

import struct

import pytest
from conftest import CPUS, OBJECTS
from elf_testutil import KernelCollection, needs_clang

from pybpf.kernel import bpf_available

AVAILABLE, WHY = bpf_available()
pytestmark = [needs_clang, pytest.mark.clang, pytest.mark.kernel, pytest.mark.skipif(not AVAILABLE, reason=WHY)]

# Programs attaching through ftrace trampolines need CONFIG_FUNCTION_TRACER; without it Linux refuses them (EPERM or
# ENOTSUPP) before verification, for libbpf as well.
TRAMPOLINE_PROGS = {"fentry_prog"}


@pytest.fixture(scope="module")
def trampolines_work(vmlinux) -> bool:
    from pybpf.btf.types import Func
    from pybpf.errors import KernelError
    from pybpf.isa import assemble
    from pybpf.kernel import load_program
    from pybpf.uapi import AttachType, ProgType

    try:
        with load_program(assemble("r0 = 0\nexit"), ProgType.TRACING, expected_attach_type=AttachType.TRACE_FENTRY,
                          attach_btf_id=vmlinux.require("do_unlinkat", Func.KIND), log_level=0):
            return True
    except KernelError:
        return False


@pytest.mark.parametrize("cpu", [None, *CPUS])
@pytest.mark.parametrize("obj", OBJECTS)
def test_verifier_accepts_every_program(spec_of, vmlinux, trampolines_work, obj, cpu):
    spec = spec_of(obj, cpu)
    with KernelCollection(spec, vmlinux) as kc:
        for name in spec.programs:
            if name in TRAMPOLINE_PROGS and not trampolines_work:
                continue  # checked below when the kernel can
            kc.load(name)
        kc.fill_slots()


def test_fentry_program(spec_of, vmlinux, trampolines_work):
    if not trampolines_work:
        pytest.skip("this kernel refuses fentry programs with EPERM before verification "
                    "(BPF trampolines unavailable on this host)")
    with KernelCollection(spec_of("progs"), vmlinux) as kc:
        kc.load("fentry_prog")


def test_linked_program_runs_and_touches_its_maps(spec_of, vmlinux):
    """xdp_prog: bpf_loop sums 0..3 into a stack slot, bump() adds it to counters[0], mix() calls the global
    helper, which bumps counters[1]; the result must be what the C code computes."""
    spec = spec_of("progs")
    with KernelCollection(spec, vmlinux) as kc:
        prog = kc.load("xdp_prog")
        ctx = struct.pack("<6I", 0, 0, 0, 1, 0, 0)  # ingress_ifindex 1 (lo)
        result = prog.test_run(b"\0" * 64, ctx=ctx)
        counters = kc.maps["counters"]
        c0 = struct.unpack("<Q", counters.lookup(0))[0]
        c1 = struct.unpack("<Q", counters.lookup(1))[0]
        assert c0 == 0 + 1 + 2 + 3
        ifindex = 1
        assert c1 == ifindex
        assert result.retval == ((ifindex * 3 + c1) ^ 5) & 3


def test_rodata_set_before_load(build, vmlinux):
    from pybpf.elf import load_collection_spec

    spec = load_collection_spec(build("data"))
    spec.set_variable("threshold", 3)  # data_prog returns threshold > 10 ? 2 : 1
    with KernelCollection(spec, vmlinux) as kc:
        assert kc.load("data_prog").test_run(b"\0" * 64).retval == 1
        # counter = 5 + threshold, + greeting[0] + CONFIG_DEFAULT_HOSTNAME[0] as the .kconfig values the helper
        # writes (a kernel version > 5.0, every CONFIG_ = 1) take that branch
        assert struct.unpack("<Q", kc.maps["data.data"].lookup(0)[:8])[0] == 5 + 3 + ord("h") + 1
    spec.set_variable("threshold", 42)
    with KernelCollection(spec, vmlinux) as kc:
        assert kc.load("data_prog").test_run(b"\0" * 64).retval == 2


def test_tail_call_through_initial_slots(spec_of, vmlinux):
    """entry tail-calls jumps[key]; the .maps initial slots put tail_a at 1 and tail_b at 5."""
    with KernelCollection(spec_of("maps"), vmlinux) as kc:
        for name in ("tail_a", "tail_b", "entry"):
            kc.load(name)
        kc.fill_slots()
        jumps = kc.maps["jumps"]
        assert jumps.lookup(1) != b"\0" * 4 and jumps.lookup(5) != b"\0" * 4
        # key stays 0 (no flows entry), so jumps[0] is empty: the tail call falls through to "return 2"
        assert kc.programs["entry"].test_run(b"\0" * 64).retval == 2


def test_exception_callback_runs(spec_of, vmlinux):
    """bpf_throw(7) unwinds to the callback libbpf appends, whose return value (7 + 1) is the program's."""
    with KernelCollection(spec_of("throw"), vmlinux) as kc:
        prog = kc.load("may_throw")
        assert prog.test_run(b"\0" * 2000).retval == 8
        assert prog.test_run(b"\0" * 64).retval == 0

"""Program types whose context is plain caller-given bytes: raw tracepoints, syscall programs, and (not test-runnable
in Linux, runnable here) kprobes, tracepoints and perf_event programs.

* raw_tp (bpf_prog_test_run_raw_tp): ``ctx`` is the u64 argument array (at most 12 arguments, 96 bytes; empty gives
  r1 = NULL), read-only; no data, no ctx_out, no repeat; ``flags`` BPF_F_TEST_RUN_ON_CPU runs on ``cpu`` (a CPU that
  does not exist is ENXIO; a non-zero cpu without the flag is EINVAL). Only retval is reported.
* syscall (bpf_prog_test_run_syscall): ``ctx`` (at most 65535 bytes) is writable and comes back as ``ctx_out``; no
  data, flags or repeat.
* kprobe (``struct pt_regs``, 168 bytes), perf_event (``struct bpf_perf_event_data``, 184 bytes) and tracepoint (the
  trace record, at most 2048 bytes) read a read-only context: the caller's bytes, zero-extended to the struct.
"""

from __future__ import annotations

import errno
from typing import Any

from pybpf.progtypes.base import M32, Prepared, Runner, RunOutput, ctx_init, ctx_region, fail, no_data, single_run
from pybpf.uapi import TestRunFlag
from pybpf.vm.memory import AddressSpace, NativeBuffer

MAX_BPF_FUNC_ARGS = 12
U16_MAX = 0xFFFF


def _plain_ctx(prepared: Prepared, raw: bytes, name: str, *, writable: bool) -> None:
    if not raw:
        return
    buf = NativeBuffer(len(raw), raw)
    prepared.owners.append(buf)
    prepared.r1 = buf.address
    prepared.add_region(ctx_region(buf, name, writable=writable))
    prepared.state["ctx"] = buf


class RawTpRunner(Runner):
    name = "raw_tp"

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: Any,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        what = "raw_tp test run"
        no_data(data, what)
        single_run(repeat, what)
        if batch_size:
            raise fail(errno.EINVAL, f"{what}: no batch_size")
        raw = bytes(ctx or b"")
        if len(raw) > MAX_BPF_FUNC_ARGS * 8:
            raise fail(errno.EINVAL, f"{what}: ctx_in holds at most {MAX_BPF_FUNC_ARGS} u64 arguments "
                                     f"({MAX_BPF_FUNC_ARGS * 8} bytes), not {len(raw)} bytes")
        on_cpu = bool(flags & TestRunFlag.RUN_ON_CPU)
        if not on_cpu and cpu:
            raise fail(errno.EINVAL, f"{what}: cpu {cpu} needs BPF_F_TEST_RUN_ON_CPU")
        if on_cpu and cpu >= env.nr_cpus:
            raise fail(errno.ENXIO, f"{what}: CPU {cpu} does not exist ({env.nr_cpus} CPUs)")
        prepared = Prepared(self, space, env, 0)
        _plain_ctx(prepared, raw, "raw_tp args", writable=False)
        if on_cpu:
            saved = env.cpu
            env.cpu = cpu
            prepared.on_close.append(lambda: setattr(env, "cpu", saved))
        env.begin_run()
        return prepared

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        return RunOutput(r0 & M32, r0, b"", None, prepared.env.redirect)


class SyscallRunner(Runner):
    name = "syscall"

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: Any,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        what = "syscall test run"
        no_data(data, what)
        single_run(repeat, what)
        if flags or batch_size:
            raise fail(errno.EINVAL, f"{what}: no flags or batch_size")
        raw = bytes(ctx or b"")
        if len(raw) > U16_MAX:
            raise fail(errno.EINVAL, f"{what}: ctx_in is at most {U16_MAX} bytes, not {len(raw)}")
        prepared = Prepared(self, space, env, 0, raw if ctx is not None else None)
        _plain_ctx(prepared, raw, "syscall ctx", writable=True)
        env.begin_run()
        return prepared

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        buf = prepared.state.get("ctx")
        ctx_out = buf.tobytes() if buf is not None else (b"" if prepared.ctx_in is not None else None)
        return RunOutput(r0 & M32, r0, b"", ctx_out, prepared.env.redirect)


class ContextRunner(Runner):
    """kprobe, tracepoint, perf_event: the caller's context bytes, read-only (Linux cannot test-run these types)."""

    name = "context"

    def __init__(self, struct_name: str, size: int, *, exact: bool = True) -> None:
        self.struct_name = struct_name
        self.size = size
        self.exact = exact  # zero-extend to `size` (a struct) or keep the caller's length (a trace record)

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: Any,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        what = f"{self.struct_name} run"
        no_data(data, what)
        if flags or batch_size:
            raise fail(errno.EINVAL, f"{what}: no flags or batch_size")
        if cpu >= env.nr_cpus:
            raise fail(errno.ENXIO, f"{what}: CPU {cpu} does not exist ({env.nr_cpus} CPUs)")
        if self.exact:
            raw = bytes(ctx_init(ctx or bytes(self.size), self.size, what) or b"")
        else:
            raw = bytes(ctx or b"")
            if len(raw) > self.size:
                raise fail(errno.E2BIG, f"{what}: the context is at most {self.size} bytes, not {len(raw)}")
        prepared = Prepared(self, space, env, 0)
        _plain_ctx(prepared, raw, self.struct_name, writable=False)
        if cpu:  # the CPU the probe fired on (0: the env's)
            saved = env.cpu
            env.cpu = cpu
            prepared.on_close.append(lambda: setattr(env, "cpu", saved))
        env.begin_run()
        return prepared

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        return RunOutput(r0 & M32, r0, b"", None, prepared.env.redirect)

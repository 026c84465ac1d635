"""Programs in the kernel: BPF_PROG_LOAD with the verifier log captured, and BPF_PROG_TEST_RUN."""

from __future__ import annotations

import ctypes
import errno as _errno
from collections.abc import Sequence
from dataclasses import dataclass

from pybpf.errors import KernelError
from pybpf.isa.codec import encode
from pybpf.isa.instruction import Instruction
from pybpf.kernel.syscall import FdOwner, ProgLoadAttr, TestRunAttr, address, bpf, decode_log
from pybpf.uapi import OBJ_NAME_LEN, AttachType, BpfCmd, ProgType

DEFAULT_LOG_SIZE = 1 << 16
MAX_LOG_SIZE = (1 << 32) - 1 >> 2  # the verifier rejects larger log buffers (UINT_MAX >> 2)
_LOAD_EAGAIN_RETRIES = 5  # the verifier returns EAGAIN when interrupted; libbpf retries the same way
TEST_RUN_HEADROOM = 4096  # default extra data_out room: XDP/skb programs may grow the packet (adjust_tail...)


@dataclass(frozen=True)
class TestRunResult:
    """What BPF_PROG_TEST_RUN reports. ``retval`` is the u32 Linux returns; ``duration_ns`` the mean per run."""

    __test__ = False  # not a pytest class

    retval: int
    data_out: bytes
    ctx_out: bytes | None
    duration_ns: int


class KernelProgram(FdOwner):
    """A loaded program (owns its fd). ``log`` is the verifier log of the load (empty at log_level 0)."""

    def __init__(self, fd: int, prog_type: ProgType, name: str, slots: int, log: str) -> None:
        super().__init__(fd)
        self.prog_type = prog_type
        self.name = name
        self.slots = slots
        self.log = log

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"fd {self._fd}"
        return f"KernelProgram({self.name or '<unnamed>'}, {self.prog_type.name.lower()}, {self.slots} slots, {state})"

    def test_run(self, data: bytes = b"", ctx: bytes | None = None, repeat: int = 1, *,
                 data_size_out: int | None = None, ctx_size_out: int | None = None, flags: int = 0, cpu: int = 0,
                 batch_size: int = 0) -> TestRunResult:
        """Run the program once per ``repeat`` on ``data`` (and ``ctx``) in the kernel.

        ``data_out`` room defaults to ``len(data) + 4096``; ``ctx_out`` is returned when ``ctx`` or ``ctx_size_out``
        is given. The ``repeat`` runs share one packet buffer (a program that changes it sees its own changes).
        ``flags`` and ``cpu`` go to the kernel as given: only raw_tp programs run on another CPU
        (TestRunFlag.RUN_ON_CPU); skb programs reject a non-zero ``cpu`` (EINVAL) and XDP ignores it, so pin the
        calling thread instead. Syscall programs take no data and no repeat (the kernel rejects them): ``repeat`` is
        ignored and ``ctx_out`` is the context after the run, which the kernel writes back in place. Program types
        without a test run (kprobe, tracepoint, perf_event...) raise ENOTSUPP (524).
        """
        what = f"BPF_PROG_TEST_RUN of {self!r}"
        attr = TestRunAttr(prog_fd=self.fd, flags=flags, cpu=cpu, batch_size=batch_size)
        syscall_prog = self.prog_type == ProgType.SYSCALL
        attr.repeat = 0 if syscall_prog else repeat
        data_in = ctypes.create_string_buffer(bytes(data), len(data)) if data else None
        attr.data_in, attr.data_size_in = address(data_in), len(data)
        if data_size_out is None:
            data_size_out = len(data) + TEST_RUN_HEADROOM if data else 0
        # A zero data_size_out with a data_out buffer would let the kernel copy unbounded output: never send that.
        data_out = ctypes.create_string_buffer(data_size_out) if data_size_out else None
        attr.data_out, attr.data_size_out = address(data_out), data_size_out
        ctx_in = ctypes.create_string_buffer(bytes(ctx), len(ctx)) if ctx is not None and ctx else None
        attr.ctx_in, attr.ctx_size_in = address(ctx_in), len(ctx) if ctx else 0
        if ctx_size_out is None:
            ctx_size_out = len(ctx) if ctx is not None and not syscall_prog else 0
        ctx_out = ctypes.create_string_buffer(ctx_size_out) if ctx_size_out else None
        attr.ctx_out, attr.ctx_size_out = address(ctx_out), ctx_size_out
        try:
            bpf(BpfCmd.PROG_TEST_RUN, attr, what=what)
        except KernelError as err:
            if err.errno == _errno.ENOSPC:
                raise KernelError(_errno.ENOSPC, f"{what}: the output does not fit (data_out needs "
                                                 f"{attr.data_size_out} bytes, room {data_size_out}; ctx_out needs "
                                                 f"{attr.ctx_size_out}, room {ctx_size_out}); pass a larger "
                                                 "data_size_out / ctx_size_out") from None
            raise
        out = data_out.raw[:attr.data_size_out] if data_out is not None else b""
        if syscall_prog:
            ctx_result = ctx_in.raw[:len(ctx)] if ctx_in is not None and ctx else (b"" if ctx is not None else None)
        elif ctx_out is not None:
            ctx_result = ctx_out.raw[:attr.ctx_size_out]
        else:
            ctx_result = None
        return TestRunResult(retval=attr.retval, data_out=out, ctx_out=ctx_result, duration_ns=attr.duration)


def _blob(data: bytes | None) -> ctypes.Array | None:
    return ctypes.create_string_buffer(data, len(data)) if data else None


def load_program(insns: Sequence[Instruction] | bytes, prog_type: ProgType, *, license: str = "GPL",
                 log_level: int = 1, log_size: int = DEFAULT_LOG_SIZE,
                 expected_attach_type: AttachType | int | None = None, prog_name: str | None = None,
                 kern_version: int = 0, prog_flags: int = 0, fd_array: Sequence[int] | None = None,
                 prog_btf_fd: int | None = None, func_info: bytes | None = None, func_info_rec_size: int = 8,
                 line_info: bytes | None = None, line_info_rec_size: int = 16, attach_btf_id: int = 0,
                 attach_prog_fd: int = 0, attach_btf_obj_fd: int = 0, prog_ifindex: int = 0) -> KernelProgram:
    """BPF_PROG_LOAD ``insns`` (Instructions, or their encoded bytes) as a ``prog_type`` program.

    The verifier log is captured: a rejection raises :class:`KernelError` with errno and ``log``. A truncated log
    (ENOSPC) is retried with a buffer of the size the kernel asks for; at ``log_level`` 0 a failed load is retried
    at level 1 to get the reason. ``attach_prog_fd`` and ``attach_btf_obj_fd`` share one field (pass one).
    """
    code = insns if isinstance(insns, bytes | bytearray) else encode(insns)
    name = (prog_name or "")[:OBJ_NAME_LEN - 1]
    label = f"program {name}" if name else "program"
    ptype = ProgType(prog_type)
    slots = len(code) // 8
    what = f"BPF_PROG_LOAD of {label} ({ptype.name.lower()}, {slots} slots)"
    if not code or len(code) % 8:
        raise KernelError(_errno.EINVAL, f"{what}: instruction bytes must be a non-empty multiple of 8, got "
                                         f"{len(code)}")
    insn_buf = ctypes.create_string_buffer(bytes(code), len(code))
    license_buf = ctypes.create_string_buffer(license.encode())
    fds = (ctypes.c_int32 * len(fd_array))(*fd_array) if fd_array else None
    func_buf, line_buf = _blob(func_info), _blob(line_info)
    attr = ProgLoadAttr(
        prog_type=ptype, insn_cnt=slots, insns=address(insn_buf), license=address(license_buf),
        kern_version=kern_version, prog_flags=prog_flags, prog_name=name.encode(), prog_ifindex=prog_ifindex,
        expected_attach_type=0 if expected_attach_type is None else int(expected_attach_type),
        prog_btf_fd=prog_btf_fd or 0, attach_btf_id=attach_btf_id,
        attach_prog_fd=attach_prog_fd or attach_btf_obj_fd, fd_array=address(fds),
    )
    if func_buf is not None:
        attr.func_info, attr.func_info_rec_size = address(func_buf), func_info_rec_size
        attr.func_info_cnt = len(func_info or b"") // func_info_rec_size
    if line_buf is not None:
        attr.line_info, attr.line_info_rec_size = address(line_buf), line_info_rec_size
        attr.line_info_cnt = len(line_info or b"") // line_info_rec_size

    level, size = log_level, max(128, min(log_size, MAX_LOG_SIZE))
    retried_for_log = False
    eagain = 0
    while True:
        log_buf = ctypes.create_string_buffer(size) if level else None
        attr.log_level, attr.log_size, attr.log_buf = level, size if level else 0, address(log_buf)
        attr.log_true_size = 0
        try:
            fd = bpf(BpfCmd.PROG_LOAD, attr, what=what)
        except KernelError as err:
            log = decode_log(log_buf) if log_buf is not None else ""
            if err.errno == _errno.EAGAIN and eagain < _LOAD_EAGAIN_RETRIES:
                eagain += 1
                continue
            if err.errno == _errno.ENOSPC and level and size < MAX_LOG_SIZE:
                # The log did not fit; the kernel says how much it needs (Linux >= 6.4), else double.
                size = min(MAX_LOG_SIZE, max(attr.log_true_size + 1, size * 2))
                continue
            if not level and not retried_for_log:
                level, retried_for_log = 1, True
                continue
            raise KernelError(err.errno or 0, what, log=log) from None
        log = decode_log(log_buf) if log_buf is not None and not retried_for_log else ""
        return KernelProgram(fd, ptype, name, slots, log)

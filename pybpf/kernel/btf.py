"""BTF in the kernel: BPF_BTF_LOAD of raw ``.BTF`` bytes, with the kernel's BTF log on failure."""

from __future__ import annotations

import ctypes
import errno as _errno

from pybpf.errors import KernelError
from pybpf.kernel.prog import DEFAULT_LOG_SIZE, MAX_LOG_SIZE
from pybpf.kernel.syscall import BtfLoadAttr, FdOwner, address, bpf, decode_log
from pybpf.uapi import BpfCmd


class KernelBtf(FdOwner):
    """A loaded BTF object (owns its fd), for map ``btf_fd`` and program ``prog_btf_fd``."""

    def __init__(self, fd: int, log: str) -> None:
        super().__init__(fd)
        self.log = log

    def __repr__(self) -> str:
        return f"KernelBtf({'closed' if self.closed else f'fd {self._fd}'})"


def load_btf(data: bytes, *, log_level: int = 1, log_size: int = DEFAULT_LOG_SIZE) -> KernelBtf:
    """BPF_BTF_LOAD ``data``; a rejection raises :class:`KernelError` with errno and the BTF log."""
    if not data:
        raise KernelError(_errno.EINVAL, "BPF_BTF_LOAD: empty BTF")
    blob = ctypes.create_string_buffer(bytes(data), len(data))
    size = max(128, min(log_size, MAX_LOG_SIZE))
    what = f"BPF_BTF_LOAD of {len(data)} bytes"
    while True:
        log_buf = ctypes.create_string_buffer(size) if log_level else None
        attr = BtfLoadAttr(btf=address(blob), btf_size=len(data), btf_log_buf=address(log_buf),
                           btf_log_size=size if log_level else 0, btf_log_level=log_level)
        try:
            fd = bpf(BpfCmd.BTF_LOAD, attr, what=what)
        except KernelError as err:
            if err.errno == _errno.ENOSPC and log_level and size < MAX_LOG_SIZE:
                size = min(MAX_LOG_SIZE, max(attr.btf_log_true_size + 1, size * 2))
                continue
            raise KernelError(err.errno or 0, what, log=decode_log(log_buf) if log_buf is not None else "") from None
        return KernelBtf(fd, decode_log(log_buf) if log_buf is not None else "")

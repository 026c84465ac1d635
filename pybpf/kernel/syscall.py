"""The raw bpf(2) system call through ctypes: ``union bpf_attr`` members as Structures, fd ownership, availability.

Each attr Structure mirrors one member of ``union bpf_attr`` as Linux 6.18 lays it out (include/uapi/linux/bpf.h;
offsets checked against the running kernel's BTF). The kernel accepts a shorter attr than its own (it zero-fills
the rest) and a longer one whose tail is zero, so these layouts also work on older kernels while new fields are 0.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno as _errno
import os
import platform
import sys
import threading

from pybpf.errors import KernelError
from pybpf.uapi import BpfCmd

u32 = ctypes.c_uint32
s32 = ctypes.c_int32
u64 = ctypes.c_uint64

# __NR_bpf per architecture (arch/*/entry/syscalls or include/uapi/asm-generic/unistd.h).
_SYSCALL_NUMBERS = {
    "x86_64": 321, "amd64": 321, "i386": 357, "i686": 357, "aarch64": 280, "arm64": 280, "riscv64": 280,
    "loongarch64": 280, "armv7l": 386, "armv6l": 386, "ppc64le": 361, "ppc64": 361, "s390x": 351,
}

_libc: ctypes.CDLL | None = None

# Kernel-internal errnos that bpf(2) can return but Python's errno module does not name (include/linux/errno.h).
KERNEL_ERRNOS = {512: "ERESTARTSYS", 515: "ENOIOCTLCMD", 524: "ENOTSUPP (not supported for this program or map type)",
                 525: "ETOOSMALL", 526: "ESERVERFAULT", 527: "EBADTYPE"}


class MapCreateAttr(ctypes.Structure):
    """BPF_MAP_CREATE."""

    _fields_ = [
        ("map_type", u32), ("key_size", u32), ("value_size", u32), ("max_entries", u32), ("map_flags", u32),
        ("inner_map_fd", u32), ("numa_node", u32), ("map_name", ctypes.c_char * 16), ("map_ifindex", u32),
        ("btf_fd", u32), ("btf_key_type_id", u32), ("btf_value_type_id", u32),
        ("btf_vmlinux_value_type_id", u32), ("map_extra", u64), ("value_type_btf_obj_fd", s32),
        ("map_token_fd", s32), ("excl_prog_hash", u64), ("excl_prog_hash_size", u32),
    ]


class MapElemAttr(ctypes.Structure):
    """BPF_MAP_LOOKUP_ELEM / UPDATE_ELEM / DELETE_ELEM / GET_NEXT_KEY / LOOKUP_AND_DELETE_ELEM / FREEZE."""

    _fields_ = [("map_fd", u32), ("key", u64), ("value", u64), ("flags", u64)]  # value doubles as next_key


class ProgLoadAttr(ctypes.Structure):
    """BPF_PROG_LOAD."""

    _fields_ = [
        ("prog_type", u32), ("insn_cnt", u32), ("insns", u64), ("license", u64), ("log_level", u32),
        ("log_size", u32), ("log_buf", u64), ("kern_version", u32), ("prog_flags", u32),
        ("prog_name", ctypes.c_char * 16), ("prog_ifindex", u32), ("expected_attach_type", u32),
        ("prog_btf_fd", u32), ("func_info_rec_size", u32), ("func_info", u64), ("func_info_cnt", u32),
        ("line_info_rec_size", u32), ("line_info", u64), ("line_info_cnt", u32), ("attach_btf_id", u32),
        ("attach_prog_fd", u32),  # union with attach_btf_obj_fd
        ("core_relo_cnt", u32), ("fd_array", u64), ("core_relos", u64), ("core_relo_rec_size", u32),
        ("log_true_size", u32), ("prog_token_fd", s32), ("fd_array_cnt", u32), ("signature", u64),
        ("signature_size", u32), ("keyring_id", s32),
    ]


class TestRunAttr(ctypes.Structure):
    """BPF_PROG_TEST_RUN (``attr.test``)."""

    __test__ = False  # not a pytest class
    _fields_ = [
        ("prog_fd", u32), ("retval", u32), ("data_size_in", u32), ("data_size_out", u32), ("data_in", u64),
        ("data_out", u64), ("repeat", u32), ("duration", u32), ("ctx_size_in", u32), ("ctx_size_out", u32),
        ("ctx_in", u64), ("ctx_out", u64), ("flags", u32), ("cpu", u32), ("batch_size", u32),
    ]


class ObjAttr(ctypes.Structure):
    """BPF_OBJ_PIN / BPF_OBJ_GET."""

    _fields_ = [("pathname", u64), ("bpf_fd", u32), ("file_flags", u32), ("path_fd", s32)]


class BtfLoadAttr(ctypes.Structure):
    """BPF_BTF_LOAD."""

    _fields_ = [
        ("btf", u64), ("btf_log_buf", u64), ("btf_size", u32), ("btf_log_size", u32), ("btf_log_level", u32),
        ("btf_log_true_size", u32), ("btf_flags", u32), ("btf_token_fd", s32),
    ]


class InfoAttr(ctypes.Structure):
    """BPF_OBJ_GET_INFO_BY_FD (``attr.info``)."""

    _fields_ = [("bpf_fd", u32), ("info_len", u32), ("info", u64)]


class MapInfo(ctypes.Structure):
    """The leading fields of ``struct bpf_map_info`` (the kernel copies as many bytes as we ask for)."""

    _fields_ = [
        ("type", u32), ("id", u32), ("key_size", u32), ("value_size", u32), ("max_entries", u32),
        ("map_flags", u32), ("name", ctypes.c_char * 16), ("ifindex", u32), ("btf_vmlinux_value_type_id", u32),
        ("netns_dev", u64), ("netns_ino", u64), ("btf_id", u32), ("btf_key_type_id", u32),
        ("btf_value_type_id", u32), ("btf_vmlinux_id", u32), ("map_extra", u64),
    ]


def syscall_number() -> int | None:
    """``__NR_bpf`` for this machine, or None where unknown."""
    return _SYSCALL_NUMBERS.get(platform.machine().lower())


def _get_libc() -> ctypes.CDLL:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.syscall.restype = ctypes.c_long
    return _libc


def address(obj: ctypes.Array | ctypes.Structure | None) -> int:
    """The address of a ctypes buffer as a u64 attr field (0 for None)."""
    return 0 if obj is None else ctypes.addressof(obj)


def bpf(cmd: BpfCmd, attr: ctypes.Structure, *, what: str = "") -> int:
    """Call bpf(2); return its non-negative result or raise :class:`KernelError` with errno and ``what``."""
    nr = syscall_number()
    if sys.platform != "linux" or nr is None:
        raise KernelError(_errno.ENOSYS, f"{what or cmd.name}: bpf(2) is not available on {sys.platform}/"
                                         f"{platform.machine()}")
    libc = _get_libc()
    while True:
        ret = libc.syscall(ctypes.c_long(nr), ctypes.c_int(int(cmd)), ctypes.byref(attr),
                           ctypes.c_uint(ctypes.sizeof(attr)))
        if ret >= 0:
            return int(ret)
        err = ctypes.get_errno()
        if err != _errno.EINTR:
            reason = what or f"BPF_{cmd.name} failed"
            if err in KERNEL_ERRNOS:
                reason += f": {KERNEL_ERRNOS[err]}"
            raise KernelError(err, reason)


class FdOwner:
    """Owns one file descriptor: closed by :meth:`close`, by leaving a ``with`` block, or when collected."""

    _fd: int

    def __init__(self, fd: int) -> None:
        self._fd = fd

    @property
    def fd(self) -> int:
        if self._fd < 0:
            raise KernelError(_errno.EBADF, f"{self!r} is closed")
        return self._fd

    @property
    def closed(self) -> bool:
        return self._fd < 0

    def close(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # the fd may already be gone at interpreter shutdown
            self.close()


def pin_object(fd: int, path: str) -> None:
    """BPF_OBJ_PIN: pin a map, program, link or BTF fd at ``path`` (in a bpffs mount)."""
    raw = ctypes.create_string_buffer(os.fsencode(path))
    bpf(BpfCmd.OBJ_PIN, ObjAttr(pathname=address(raw), bpf_fd=fd), what=f"BPF_OBJ_PIN at {path}")


def get_pinned(path: str, *, file_flags: int = 0) -> int:
    """BPF_OBJ_GET: a new fd for the object pinned at ``path`` (the caller owns it)."""
    raw = ctypes.create_string_buffer(os.fsencode(path))
    return bpf(BpfCmd.OBJ_GET, ObjAttr(pathname=address(raw), file_flags=file_flags), what=f"BPF_OBJ_GET of {path}")


def map_info(fd: int) -> MapInfo:
    """BPF_OBJ_GET_INFO_BY_FD for a map fd: type, id, key/value sizes, max_entries, flags, name."""
    info = MapInfo()
    bpf(BpfCmd.OBJ_GET_INFO_BY_FD, InfoAttr(bpf_fd=fd, info_len=ctypes.sizeof(info), info=address(info)),
        what=f"BPF_OBJ_GET_INFO_BY_FD of map fd {fd}")
    return info


def decode_log(buf: ctypes.Array) -> str:
    """A verifier/BTF log buffer as text (up to the first NUL)."""
    raw = bytes(buf)
    end = raw.find(b"\0")
    return (raw if end < 0 else raw[:end]).decode("utf-8", "replace")


_available: tuple[bool, str] | None = None
_available_lock = threading.Lock()


def bpf_available() -> tuple[bool, str]:
    """Whether bpf(2) can load and test-run programs here: ``(True, description)`` or ``(False, reason)``.

    Probes once by loading ``r0 = 0; exit`` as a socket filter and test-running it; tests skip with the reason.
    """
    global _available
    with _available_lock:
        if _available is None:
            _available = _probe()
        return _available


def _probe() -> tuple[bool, str]:
    if sys.platform != "linux":
        return False, f"bpf(2) is Linux-only (this is {sys.platform})"
    if syscall_number() is None:
        return False, f"no known bpf(2) syscall number for machine {platform.machine()}"
    from pybpf.kernel.prog import load_program
    from pybpf.uapi import ProgType

    # r0 = 0; exit   (mov64 r0, 0 / exit), encoded by hand to keep this probe independent of the codec.
    insns = bytes.fromhex("b700000000000000" "9500000000000000")
    release = platform.release()
    try:
        with load_program(insns, ProgType.SOCKET_FILTER, log_level=0) as prog:
            prog.test_run(b"\0" * 14)
    except KernelError as err:
        code = err.errno or 0
        if code == _errno.EPERM:
            return False, (f"bpf(2) denied with EPERM on Linux {release} (uid {os.geteuid()}; needs root or "
                           "CAP_BPF+CAP_NET_ADMIN, and kernel.unprivileged_bpf_disabled / a seccomp filter "
                           "may forbid it)")
        if code == _errno.ENOSYS:
            return False, f"bpf(2) is not implemented here (ENOSYS on Linux {release}; CONFIG_BPF_SYSCALL off or " \
                          "blocked by seccomp)"
        return False, f"bpf(2) probe failed on Linux {release}: {err}"
    except OSError as err:
        return False, f"bpf(2) probe failed on Linux {release}: {err}"
    return True, f"bpf(2) works on Linux {release}"

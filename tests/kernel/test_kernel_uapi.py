"""The generated uapi constants and the attr Structures agree with Linux: the running kernel's BTF and the generator."""

from __future__ import annotations

import ctypes
import struct
from pathlib import Path

import pytest

from pybpf import uapi
from pybpf.kernel import _uapi_gen, syscall

VMLINUX = Path("/sys/kernel/btf/vmlinux")

# Bytes of trailing data after each BTF type record, by kind (include/uapi/linux/btf.h).
_EXTRA = {1: lambda v: 4, 3: lambda v: 12, 4: lambda v: 12 * v, 5: lambda v: 12 * v, 6: lambda v: 8 * v,
          13: lambda v: 8 * v, 14: lambda v: 4, 15: lambda v: 12 * v, 17: lambda v: 4, 19: lambda v: 12 * v}


class _Btf:
    """Just enough of a BTF reader for enums and struct member offsets (independent of pybpf.btf on purpose)."""

    def __init__(self, data: bytes) -> None:
        _magic, _ver, _flags, hdr_len, type_off, type_len, str_off, _str_len = struct.unpack_from("<HBBIIIII", data)
        self.data = data
        self.strings = hdr_len + str_off
        self.types: list[tuple[str, int, int, int, int, bool]] = [("", 0, 0, 0, 0, False)]
        pos, end = hdr_len + type_off, hdr_len + type_off + type_len
        while pos < end:
            name_off, info, size = struct.unpack_from("<III", data, pos)
            kind, vlen = (info >> 24) & 0x1F, info & 0xFFFF
            self.types.append((self.string(name_off), kind, vlen, size, pos + 12, bool(info >> 31)))
            pos += 12 + _EXTRA.get(kind, lambda v: 0)(vlen)

    def string(self, off: int) -> str:
        start = self.strings + off
        return self.data[start:self.data.index(b"\0", start)].decode()

    def enum(self, name: str) -> dict[str, int]:
        for tname, kind, vlen, _size, pos, _kf in self.types:
            if tname == name and kind == 6:
                return {self.string(n): v for n, v in (struct.unpack_from("<Ii", self.data, pos + 8 * i)
                                                       for i in range(vlen))}
        raise KeyError(name)

    def members(self, type_id: int) -> dict[str, int]:
        """Member name -> byte offset, flattening anonymous members."""
        _name, _kind, vlen, _size, pos, kflag = self.types[type_id]
        out: dict[str, int] = {}
        for i in range(vlen):
            name_off, mtype, off = struct.unpack_from("<III", self.data, pos + 12 * i)
            bits = off & 0xFFFFFF if kflag else off
            name = self.string(name_off)
            if name:
                out[name] = bits // 8
            else:
                out.update({k: bits // 8 + v for k, v in self.members(mtype).items()})
        return out

    def attr_members(self) -> list[dict[str, int]]:
        """The member structs of ``union bpf_attr``."""
        for tname, kind, vlen, _size, pos, _kf in self.types:
            if tname == "bpf_attr" and kind == 5:
                return [self.members(struct.unpack_from("<III", self.data, pos + 12 * i)[1]) for i in range(vlen)]
        raise KeyError("bpf_attr")


@pytest.fixture(scope="module")
def vmlinux() -> _Btf:
    if not VMLINUX.exists():
        pytest.skip(f"{VMLINUX} is absent (kernel built without CONFIG_DEBUG_INFO_BTF)")
    return _Btf(VMLINUX.read_bytes())


@pytest.mark.parametrize(("cls", "cname", "prefix"), [
    (uapi.BpfCmd, "bpf_cmd", "BPF_"), (uapi.MapType, "bpf_map_type", "BPF_MAP_TYPE_"),
    (uapi.ProgType, "bpf_prog_type", "BPF_PROG_TYPE_"), (uapi.AttachType, "bpf_attach_type", "BPF_"),
    (uapi.LinkType, "bpf_link_type", "BPF_LINK_TYPE_"), (uapi.XdpAction, "xdp_action", "XDP_"),
])
def test_enums_match_running_kernel(vmlinux: _Btf, cls, cname: str, prefix: str) -> None:
    kernel = vmlinux.enum(cname)
    for name, member in cls.__members__.items():
        assert kernel[prefix + name] == member.value, f"{cls.__name__}.{name}"
    # A kernel as new as our header has no member we lack (a newer kernel may add some at the end).
    ours = {m.value for m in cls}
    assert all(v in ours or v >= max(ours) for k, v in kernel.items() if not k.startswith("__"))


def _struct_offsets(cls: type[ctypes.Structure]) -> dict[str, int]:
    return {name: getattr(cls, name).offset for name, _ in cls._fields_}


@pytest.mark.parametrize(("cls", "first"), [
    (syscall.MapCreateAttr, "map_type"), (syscall.MapElemAttr, "map_fd"), (syscall.ProgLoadAttr, "prog_type"),
    (syscall.TestRunAttr, "prog_fd"), (syscall.ObjAttr, "pathname"), (syscall.BtfLoadAttr, "btf"),
    (syscall.InfoAttr, "bpf_fd"),
])
def test_attr_layouts_match_running_kernel(vmlinux: _Btf, cls: type[ctypes.Structure], first: str) -> None:
    candidates = [m for m in vmlinux.attr_members() if next(iter(m), None) == first]
    ours = _struct_offsets(cls)
    matching = [m for m in candidates if all(m.get(k) == v for k, v in ours.items())]
    assert matching, f"{cls.__name__} {ours} matches no member of union bpf_attr: {candidates}"


def test_union_size_covers_every_attr(vmlinux: _Btf) -> None:
    size = next(t[3] for t in vmlinux.types if t[0] == "bpf_attr" and t[1] == 5)
    for cls in (syscall.MapCreateAttr, syscall.ProgLoadAttr, syscall.TestRunAttr, syscall.BtfLoadAttr):
        assert ctypes.sizeof(cls) <= size


HEADER = """
/* a comment with enum bpf_cmd { FAKE }; inside */
enum bpf_cmd {
	BPF_MAP_CREATE,
	BPF_MAP_LOOKUP_ELEM,
	BPF_PROG_TEST_RUN = 10,
	BPF_PROG_RUN = BPF_PROG_TEST_RUN,
	__MAX_BPF_CMD,
};
enum bpf_map_type { BPF_MAP_TYPE_UNSPEC, BPF_MAP_TYPE_OLD_DEPRECATED, BPF_MAP_TYPE_OLD = BPF_MAP_TYPE_OLD_DEPRECATED, };
enum bpf_prog_type { BPF_PROG_TYPE_UNSPEC, };
enum bpf_attach_type { BPF_CGROUP_INET_INGRESS, };
enum bpf_link_type { BPF_LINK_TYPE_UNSPEC = 0, };
enum xdp_action { XDP_ABORTED = 0, XDP_DROP, };
#define BPF_F_STRICT_ALIGNMENT	(1U << 0)
#define BPF_F_ANY_ALIGNMENT	(1U << 1)
#define BPF_F_TEST_RND_HI32	(1U << 2)
#define BPF_F_TEST_STATE_FREQ	(1U << 3)
#define BPF_F_SLEEPABLE		(1U << 4)
#define BPF_F_XDP_HAS_FRAGS	(1U << 5)
#define BPF_F_XDP_DEV_BOUND_ONLY	(1U << 6)
#define BPF_F_TEST_REG_INVARIANTS	(1U << 7)
enum { BPF_ANY = 0, BPF_NOEXIST = 1, BPF_EXIST = 2, BPF_F_LOCK = 4, };
enum {
	BPF_F_NO_PREALLOC = (1U << 0), BPF_F_NO_COMMON_LRU = (1U << 1), BPF_F_NUMA_NODE = (1U << 2),
	BPF_F_RDONLY = (1U << 3), BPF_F_WRONLY = (1U << 4), BPF_F_STACK_BUILD_ID = (1U << 5),
	BPF_F_ZERO_SEED = (1U << 6), BPF_F_RDONLY_PROG = (1U << 7), BPF_F_WRONLY_PROG = (1U << 8),
	BPF_F_CLONE = (1U << 9), BPF_F_MMAPABLE = (1U << 10), BPF_F_PRESERVE_ELEMS = (1U << 11),
	BPF_F_INNER_MAP = (1U << 12), BPF_F_LINK = (1U << 13), BPF_F_PATH_FD = (1U << 14),
	BPF_F_VTYPE_BTF_OBJ_FD = (1U << 15), BPF_F_TOKEN_FD = (1U << 16), BPF_F_SEGV_ON_FAULT = (1U << 17),
	BPF_F_NO_USER_CONV = (1U << 18),
};
#define BPF_F_TEST_RUN_ON_CPU	(1U << 0)
#define BPF_F_TEST_XDP_LIVE_FRAMES	(1U << 1)
#define BPF_F_TEST_SKB_CHECKSUM_COMPLETE	(1U << 2)
#define BPF_OBJ_NAME_LEN 16U
"""


def test_generator_evaluates_header() -> None:
    named, known = _uapi_gen.parse(HEADER)
    assert named["bpf_cmd"].members == [("BPF_MAP_CREATE", 0), ("BPF_MAP_LOOKUP_ELEM", 1),
                                        ("BPF_PROG_TEST_RUN", 10), ("BPF_PROG_RUN", 10), ("__MAX_BPF_CMD", 11)]
    assert known["BPF_F_NO_USER_CONV"] == 1 << 18
    assert known["BPF_OBJ_NAME_LEN"] == 16
    namespace: dict[str, object] = {}
    exec(compile(_uapi_gen.render(HEADER, "test header"), "uapi", "exec"), namespace)
    cmd, map_type, upd = namespace["BpfCmd"], namespace["MapType"], namespace["UpdateFlag"]
    assert cmd.PROG_RUN is cmd.PROG_TEST_RUN and cmd(10).name == "PROG_TEST_RUN"
    assert "__MAX_BPF_CMD" not in cmd.__members__ and "MAX_BPF_CMD" not in cmd.__members__
    assert map_type(1).name == "OLD"  # the current spelling is canonical, the deprecated one an alias
    assert upd.LOCK == 4 and upd.NOEXIST == 1


def test_checked_in_uapi_module_is_generated() -> None:
    text = Path(uapi.__file__).read_text()
    assert "GENERATED by ``python -m pybpf.kernel._uapi_gen``" in text
    assert uapi.BpfCmd.PROG_STREAM_READ_BY_FD == 37 and uapi.ProgType.NETFILTER == 32
    assert uapi.MapType.ARENA == 33 and uapi.AttachType.TRACE_UPROBE_SESSION == 57

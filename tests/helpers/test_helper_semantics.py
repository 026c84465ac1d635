"""Helper semantics without a kernel: formats, string conversion, checksums, probe reads, maps, ring buffers, perf
output, locks, and the memory checks that protect the host from unverified programs."""

from __future__ import annotations

import errno
import struct

import pytest

from pybpf.errors import ExecutionError, Fault
from pybpf.helpers.env import RunEnv
from pybpf.helpers.ids import HelperId as H
from pybpf.helpers.linux import linux_helpers
from pybpf.helpers.registry import CallContext
from pybpf.maps import MapSpec, MapType, create_map
from pybpf.vm import AddressSpace, RegionKind

M64 = (1 << 64) - 1


class Box:
    """A space with named buffers and a helper caller."""

    def __init__(self, env: RunEnv | None = None) -> None:
        self.env = env or RunEnv.deterministic()
        self.space = AddressSpace()
        self.table = linux_helpers(self.env)
        self.ctx = CallContext(self.space, env=self.env)

    def buf(self, data: bytes | int, *, writable: bool = True, kind: RegionKind = RegionKind.STACK):
        raw = bytes(data)
        return self.space.alloc(max(len(raw), 1), kind, f"buf{len(self.space.regions)}", data=raw,
                                writable=writable)

    def call(self, hid: int, *args: int) -> int:
        regs = (list(args) + [0] * 5)[:5]
        return self.table[hid].fn(self.ctx, *regs) & M64

    def scall(self, hid: int, *args: int) -> int:
        v = self.call(hid, *args)
        return v - (1 << 64) if v >> 63 else v


def snprintf(box: Box, fmt: bytes, *args: int, size: int = 128) -> tuple[int, bytes]:
    out = box.buf(size or 1)
    f = box.buf(fmt + b"\0")
    data = b"".join(struct.pack("<Q", a & M64) for a in args)
    d = box.buf(data) if data else None
    ret = box.scall(H.snprintf, out.base if size else 0, size, f.base, d.base if d else 0, len(data))
    text = out.view.tobytes()
    return ret, text[:text.index(b"\0")] if b"\0" in text else text


@pytest.mark.parametrize("fmt,args,expected", [
    (b"%d|%i|%u|%x|%X", (-1, 7, -1, 255, 255), b"-1|7|4294967295|ff|FF"),
    (b"%ld|%lld|%lu|%llx", (-1, 1 << 40, -1, 0xABC), b"-1|1099511627776|18446744073709551615|abc"),
    (b"[%5d][%-5d][%05d][%+d][% d][%+u][%-05d]", (1, 2, -3, 4, 5, 6, 7), b"[    1][2    ][-0003][+4][ 5][6][7    ]"),
    (b"%c%c|%3c|%-3c|", (72, 105, 97, 98), b"Hi|  a|b  |"),
    (b"100%%", (), b"100%"),
    (b"%08x|%016llX", (0xBEEF, 0xDEAD), b"0000beef|000000000000DEAD"),
    (b"%d", (1 << 32 | 5,), b"5"),  # an int takes the low 32 bits
    (b"%x", (-1,), b"ffffffff"),
    (b"%px %p.", (0x1234, 0xABC), b"0000000000001234 0000000000000abc."),
    (b"%ps|%pS", (0x10, 0xFFFF), b"0x10|0xffff"),
    (b"%12pS|", (0x10,), b"        0x10|"),
    (b"%pB", (0x20,), b"0x20"),
])
def test_snprintf_formats(fmt, args, expected):
    ret, text = snprintf(Box(), fmt, *args)
    assert text == expected and ret == len(expected) + 1


@pytest.mark.parametrize("fmt,args", [
    (b"%d", ()), (b"%h", (1,)), (b"%.2d", (1,)), (b"%#x", (1,)), (b"%z", (1,)), (b"%lld%", (1, 2)),
    (b"%sz", (0,)), (b"%pZ", (0,)), (b"caf\xc3\xa9 %d", (1,)), (b"%d\x07", (1,)), (b"%k", (1,)),
])
def test_snprintf_rejects_bad_formats(fmt, args):
    assert snprintf(Box(), fmt, *args)[0] == -errno.EINVAL


def test_snprintf_strings_ips_and_truncation():
    box = Box()
    s = box.buf(b"hello\0")
    ip4 = box.buf(bytes([10, 0, 0, 1]))
    ip6 = box.buf(bytes(range(16)))
    ret, text = snprintf(box, b"%s|%8s|%-8s|%pI4 %pi4 %pI6 %pi6", s.base, s.base, s.base, ip4.base, ip4.base,
                         ip6.base, ip6.base, size=200)
    assert text == (b"hello|   hello|hello   |10.0.0.1 010.000.000.001 0001:0203:0405:0607:0809:0a0b:0c0d:0e0f "
                    b"000102030405060708090a0b0c0d0e0f") and ret == len(text) + 1
    ret, text = snprintf(box, b"%s and more", s.base, size=4)
    assert text == b"hel" and ret == len(b"hello and more") + 1
    ret, _ = snprintf(box, b"%s", s.base, size=0)
    assert ret == 6
    ret, text = snprintf(box, b"[%s]", 0xDEAD0000)  # unreadable: an empty string, no fault
    assert text == b"[]" and ret == 3
    ret, text = snprintf(box, b"%pI4", 0xDEAD0000)  # unreadable address: zeros
    assert text == b"0.0.0.0"


def test_snprintf_argument_rules():
    box = Box()
    f = box.buf(b"%d\0")
    out = box.buf(16)
    d = box.buf(bytes(16))
    assert box.scall(H.snprintf, out.base, 16, f.base, d.base, 12) == -errno.EINVAL  # not a multiple of 8
    assert box.scall(H.snprintf, out.base, 16, f.base, d.base, 13 * 8) == -errno.EINVAL  # more than 12
    assert box.scall(H.snprintf, out.base, 16, f.base, 0, 8) == -errno.EINVAL  # NULL data with a length
    assert box.scall(H.snprintf, 0, 0, f.base, d.base, 8) == 2  # NULL output of size 0


def test_helpers_check_memory_like_the_verifier_would():
    box = Box()
    ro = box.buf(b"%d\0", writable=False)
    with pytest.raises(Fault, match="read-only"):
        box.call(H.snprintf, ro.base, 3, ro.base, 0, 0)
    with pytest.raises(Fault, match="outside every region"):
        box.call(H.snprintf, 0x1000, 8, ro.base, 0, 0)
    with pytest.raises(Fault, match="not NUL-terminated"):
        unterminated = box.buf(b"%d%d")
        box.call(H.snprintf, 0, 0, unterminated.base, 0, 0)
    with pytest.raises(Fault):
        box.call(H.probe_read_kernel, 0x1000, 8, ro.base)  # the destination must be program memory
    with pytest.raises(ExecutionError, match="is not a map"):
        box.call(H.map_lookup_elem, ro.base, ro.base)


def strto(box: Box, hid: int, text: bytes, flags: int = 0, size: int | None = None) -> tuple[int, int]:
    buf = box.buf(text or b"\0")
    res = box.buf(8)
    ret = box.scall(hid, buf.base, len(text) if size is None else size, flags, res.base)
    return ret, struct.unpack("<q", res.view.tobytes())[0]


@pytest.mark.parametrize("text,flags,expected", [
    (b"123", 0, (3, 123)), (b"  -42xyz", 0, (5, -42)), (b"0x1f", 0, (4, 31)), (b"0x1f", 16, (4, 31)),
    (b"1f", 16, (2, 31)), (b"077", 0, (3, 63)), (b"08", 0, (1, 0)), (b"0xg", 0, (1, 0)), (b"0xg", 16, (-22, 0)),
    (b"", 0, (-22, 0)), (b"   ", 0, (-22, 0)), (b"-", 0, (-22, 0)), (b"+5", 0, (-22, 0)),
    (b"9223372036854775807", 0, (19, (1 << 63) - 1)), (b"9223372036854775808", 0, (-34, 0)),
    (b"-9223372036854775808", 0, (20, -(1 << 63))), (b"99999999999999999999", 0, (-34, 0)),
    (b"12", 3, (-22, 0)), (b"12", 0x20, (-22, 0)), (b"\xa0 7", 0, (3, 7)),
])
def test_strtol(text, flags, expected):
    assert strto(Box(), H.strtol, text, flags) == expected


def test_strtoul():
    box = Box()
    assert strto(box, H.strtoul, b"18446744073709551615") == (20, -1)
    assert strto(box, H.strtoul, b"-1") == (-22, 0)
    assert strto(box, H.strtoul, b"18446744073709551616") == (-34, 0)
    assert strto(box, H.strtoul, b"123456", size=3) == (3, 123)
    assert strto(box, H.strtoul, b"1" * 80) == (-34, 0)  # only the first 63 characters are parsed
    assert strto(box, H.strtoul, b"0" * 70 + b"5") == (63, 0)


def _csum_ref(data: bytes) -> int:
    """16-bit one's complement sum of little-endian 16-bit words (what the folded x86 sum reduces to)."""
    data += b"\0" * (len(data) % 2)
    s = sum(struct.unpack(f"<{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s


@pytest.mark.parametrize("size", [0, 2, 4, 7, 8, 20, 33, 64])
def test_csum_diff_is_a_folded_ones_complement_sum(size):
    box = Box()
    data = bytes((i * 37 + 11) & 0xFF for i in range(size))
    to = box.buf(data)
    got = box.scall(H.csum_diff, 0, 0, to.base, size, 0)
    assert got == _csum_ref(data) or (got, _csum_ref(data)) == (0xFFFF, 0)
    assert 0 <= got <= 0xFFFF


def test_probe_reads():
    env = RunEnv.deterministic()
    box = Box(env)
    kernel_mem = box.buf(b"kernel\0secret")
    dst = box.buf(16)
    user = bytearray(b"user-string\0")
    import ctypes
    ubuf = (ctypes.c_char * len(user)).from_buffer(user)
    env.add_memory(ctypes.addressof(ubuf), len(user), user=True)
    uaddr = ctypes.addressof(ubuf)
    assert box.scall(H.probe_read_kernel, dst.base, 6, kernel_mem.base) == 0
    assert dst.view.tobytes()[:6] == b"kernel"
    assert box.scall(H.probe_read_kernel, dst.base, 8, 0) == -errno.ERANGE  # NULL is a user address on x86
    assert dst.view.tobytes()[:8] == bytes(8)  # zeroed on failure
    assert box.scall(H.probe_read_kernel, dst.base, 8, uaddr) == -errno.ERANGE
    assert box.scall(H.probe_read_kernel, dst.base, 8, 0xFFFF_8000_0000_0000) == -errno.EFAULT
    assert box.scall(H.probe_read_user, dst.base, 4, uaddr) == 0 and dst.view.tobytes()[:4] == b"user"
    assert box.scall(H.probe_read_user, dst.base, 4, kernel_mem.base) == -errno.EFAULT
    assert box.scall(H.probe_read, dst.base, 4, uaddr) == 0  # compat: user memory first...
    assert box.scall(H.probe_read, dst.base, 4, kernel_mem.base) == 0  # ...then kernel memory
    assert box.scall(H.probe_read_user_str, dst.base, 16, uaddr) == 12
    assert dst.view.tobytes()[:12] == b"user-string\0"
    assert box.scall(H.probe_read_kernel_str, dst.base, 4, kernel_mem.base) == 4
    assert dst.view.tobytes()[:4] == b"ker\0"
    assert box.scall(H.probe_read_kernel_str, dst.base, 0, kernel_mem.base) == 0
    assert box.scall(H.probe_read_str, dst.base, 16, uaddr) == 12
    edge = box.buf(b"abc")  # no NUL before the region ends
    assert box.scall(H.probe_read_kernel_str, dst.base, 16, edge.base) == -errno.EFAULT
    assert dst.view.tobytes() == bytes(16)


def test_map_helpers_and_errors():
    box = Box()
    h = create_map(MapSpec("h", MapType.HASH, 4, 8, 2))
    key = box.buf(struct.pack("<I", 5))
    val = box.buf(struct.pack("<Q", 77))
    assert box.call(H.map_lookup_elem, h.address, key.base) == 0
    assert box.scall(H.map_update_elem, h.address, key.base, val.base, 1) == 0
    assert box.scall(H.map_update_elem, h.address, key.base, val.base, 1) == -errno.EEXIST
    ptr = box.call(H.map_lookup_elem, h.address, key.base)
    assert ptr and box.space.read(ptr, 8) == struct.pack("<Q", 77)  # the value memory is now a region
    assert box.scall(H.map_delete_elem, h.address, key.base) == 0
    assert box.scall(H.map_delete_elem, h.address, key.base) == -errno.ENOENT
    short = box.buf(b"\1\2")
    with pytest.raises(Fault):
        box.call(H.map_lookup_elem, h.address, short.base)  # a 4-byte key from 2 bytes of memory
    q = create_map(MapSpec("q", MapType.QUEUE, 0, 8, 2))
    assert box.scall(H.map_push_elem, q.address, val.base, 0) == 0
    out = box.buf(8)
    assert box.scall(H.map_peek_elem, q.address, out.base) == 0 and out.view.tobytes() == struct.pack("<Q", 77)
    assert box.scall(H.map_pop_elem, q.address, out.base) == 0
    assert box.scall(H.map_pop_elem, q.address, out.base) == -errno.ENOENT
    pc = create_map(MapSpec("pc", MapType.PERCPU_ARRAY, 4, 8, 1), possible_cpus=2)
    zero = box.buf(bytes(4))
    assert box.call(H.map_lookup_percpu_elem, pc.address, zero.base, 1) == pc.lookup_address(0, cpu=1)
    assert box.call(H.map_lookup_percpu_elem, pc.address, zero.base, 2) == 0


def test_per_cpu_maps_use_the_env_cpu():
    env = RunEnv.deterministic(cpu=1)
    box = Box(env)
    pc = create_map(MapSpec("pc", MapType.PERCPU_ARRAY, 4, 8, 1), possible_cpus=2)
    zero = box.buf(bytes(4))
    assert box.call(H.map_lookup_elem, pc.address, zero.base) == pc.lookup_address(0, cpu=1)


def test_ringbuf_helpers():
    box = Box()
    rb = create_map(MapSpec("rb", MapType.RINGBUF, 0, 0, 4096))
    data = box.buf(b"event-1!")
    assert box.scall(H.ringbuf_output, rb.address, data.base, 8, 0) == 0
    assert box.scall(H.ringbuf_output, rb.address, data.base, 8, 4) == -errno.EINVAL
    rec = box.call(H.ringbuf_reserve, rb.address, 16, 0)
    assert rec and box.space.find(rec, 16) is not None
    box.space.write(rec, b"reserved-record!")
    assert box.call(H.ringbuf_query, rb.address, 0) == 16 + 24  # BPF_RB_AVAIL_DATA: both records, with headers
    box.call(H.ringbuf_submit, rec, 0)
    rec2 = box.call(H.ringbuf_reserve, rb.address, 8, 0)
    box.call(H.ringbuf_discard, rec2, 0)
    assert [r.data if hasattr(r, "data") else r for r in rb.consume()] == [b"event-1!", b"reserved-record!"]
    assert box.call(H.ringbuf_reserve, rb.address, 8192, 0) == 0
    with pytest.raises(ExecutionError, match="not a ring buffer record"):
        box.call(H.ringbuf_submit, data.base, 0)


def test_perf_event_output_records():
    env = RunEnv.deterministic(cpu=1)
    box = Box(env)
    pe = create_map(MapSpec("pe", MapType.PERF_EVENT_ARRAY, 4, 4, 4))
    pe[1] = 11
    data = box.buf(b"sample")
    assert box.scall(H.perf_event_output, 0, pe.address, 0xFFFFFFFF, data.base, 6) == 0
    assert box.scall(H.perf_event_output, 0, pe.address, 1, data.base, 6) == 0
    assert box.scall(H.perf_event_output, 0, pe.address, 0, data.base, 6) == -errno.ENOENT
    pe[2] = 12
    assert box.scall(H.perf_event_output, 0, pe.address, 2, data.base, 6) == -errno.EOPNOTSUPP
    assert box.scall(H.perf_event_output, 0, pe.address, 9, data.base, 6) == -errno.E2BIG
    assert box.scall(H.perf_event_output, 0, pe.address, 1 << 32 | 1, data.base, 6) == -errno.EINVAL
    assert [(r.cpu, r.data) for r in pe.drain()] == [(1, b"sample"), (1, b"sample")]


def test_spin_lock():
    box = Box()
    arr = create_map(MapSpec("l", MapType.ARRAY, 4, 8, 1, spin_lock_off=0))
    zero = box.buf(bytes(4))
    v = box.call(H.map_lookup_elem, arr.address, zero.base)
    assert box.call(H.spin_lock, v) == 0
    assert box.space.load(v, 4) == 1
    assert box.call(H.spin_unlock, v) == 0 and box.space.load(v, 4) == 0
    with pytest.raises(Fault, match="misaligned"):
        box.call(H.spin_lock, v + 1)


def test_redirect_records():
    env = RunEnv.deterministic()
    box = Box(env)
    env.begin_run()
    assert env.redirect is None
    assert box.call(H.redirect, 4, 1) == 7  # tc: TC_ACT_REDIRECT
    r = env.redirect
    assert (r.kind, r.target, r.flags, r.count) == ("tc", 4, 1, 1)
    assert box.call(H.redirect, 4, 8) == 2  # TC_ACT_SHOT
    env.begin_run()
    assert env.redirect is None

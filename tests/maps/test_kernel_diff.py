"""Differential tests against Linux through bpf(2) (pybpf.kernel): the same operations on a kernel map and a pybpf
map give the same results, errnos and iteration order. BPF_F_ZERO_SEED makes hash order deterministic in the
kernel; the calling thread is pinned to one CPU so LRU free lists and per-CPU values line up (fixture
``kernel``). LRU maps use ``lru_pop_first=True`` to reproduce Linux's order of operations exactly."""

from __future__ import annotations

import ctypes
import errno
import random
import socket
import struct

import pytest

from pybpf.errors import KernelError, MapError
from pybpf.maps import (
    BPF_F_NO_COMMON_LRU,
    BPF_F_NO_PREALLOC,
    BPF_F_RDONLY,
    BPF_F_WRONLY,
    BPF_F_ZERO_SEED,
    DevMap,
    DevMapHash,
    MapSpec,
    MapType,
    create_map,
)
from pybpf.maps._native import native

pytestmark = pytest.mark.kernel

ZS = int(BPF_F_ZERO_SEED)


def ifindex_exists(ifindex: int) -> bool:
    try:
        socket.if_indextoname(ifindex)
        return True
    except OSError:
        return False


def both(kernel, type_, ks, vs, me, flags=0, *, map_extra=0, lru_pop_first=True, inner=None):
    km = kernel.mod.create_map(type_, ks, vs, me, flags, map_extra=map_extra,
                               inner_map_fd=inner[0].fd if inner else None)
    pm = create_map(MapSpec("diff", type_, ks, vs, me, flags, map_extra=map_extra,
                            inner_map=inner[1].spec if inner else None),
                    possible_cpus=kernel.ncpus, cpu=kernel.cpu, lru_pop_first=lru_pop_first)
    pm.key_codec = pm.value_codec = None  # compare raw bytes, as bpf(2) returns them
    return km, pm


def call(fn, *args):
    """(0, result) or (errno, None) for a pybpf or kernel call."""
    try:
        return 0, fn(*args)
    except (MapError, KernelError) as e:
        return e.errno, None


def kernel_keys(km) -> list[bytes]:
    return list(km.keys())


class Prog:
    """A socket filter that looks a key up in a map (bpf_map_lookup_elem from a program marks LRU elements)."""

    def __init__(self, kernel, km, key: bytes) -> None:
        k = int.from_bytes(key, "little", signed=True)
        code = b"".join([
            struct.pack("<BBhi", 0x62, 0x0A, -4, k),           # *(u32 *)(r10 - 4) = key
            struct.pack("<BBhi", 0xBF, 0xA2, 0, 0),            # r2 = r10
            struct.pack("<BBhi", 0x07, 0x02, 0, -4),           # r2 += -4
            struct.pack("<BBhi", 0x18, 0x11, 0, km.fd), bytes(8),  # r1 = map (BPF_PSEUDO_MAP_FD)
            struct.pack("<BBhi", 0x85, 0x00, 0, 1),            # call bpf_map_lookup_elem
            struct.pack("<BBhi", 0xB7, 0x00, 0, 0),            # r0 = 0
            struct.pack("<BBhi", 0x95, 0x00, 0, 0),            # exit
        ])
        self.prog = kernel.mod.load_program(code, kernel.mod.ProgType.SOCKET_FILTER, log_level=0)

    def run(self) -> None:
        self.prog.test_run(b"\0" * 14)


def run_sequence(kernel, km, pm, rnd: random.Random, nops: int, keyspace: int, prog_lookups: bool) -> None:
    ks, svs = pm.key_size, pm.sys_value_size
    progs: dict[bytes, Prog] = {}
    for i in range(nops):
        op = rnd.choice(["upd", "upd", "upd", "del", "look", "nk", "lad"] + (["plook"] * 3 if prog_lookups else []))
        key = rnd.randrange(keyspace).to_bytes(4, "little").ljust(ks, b"\0")[:ks]
        flags = rnd.choice([0, 0, 1, 2])
        value = bytes(rnd.randrange(256) for _ in range(svs))
        if op == "upd":
            res = call(km.update, key, value, flags), call(pm.update, key, value, flags)
        elif op == "del":
            res = call(km.delete, key), call(pm.delete, key)
        elif op == "look":
            res = call(km.lookup, key), call(pm.lookup_raw, key)
        elif op == "nk":
            res = call(km.next_key, key), call(pm.next_key, key)
        elif op == "lad":
            res = call(km.lookup_and_delete, key), call(pm.lookup_and_delete, key)
            res = (res[0][0], None), (res[1][0], None)  # values compared through lookups
        else:
            if key not in progs:
                progs[key] = Prog(kernel, km, key)
            progs[key].run()
            native().fn["pb_map_lookup_elem"](pm.address, key, kernel.cpu)
            res = (0, None), (0, None)
        assert res[0] == res[1], f"op {i} {op} key {key.hex()} flags {flags}: kernel {res[0]} pybpf {res[1]}"
        assert kernel_keys(km) == [bytes(k) for k in pm._raw_keys()], f"order differs after op {i} {op}"


HASH_CASES = [
    (MapType.HASH, 4, 8, 8, ZS), (MapType.HASH, 4, 8, 8, ZS | BPF_F_NO_PREALLOC), (MapType.HASH, 5, 3, 6, ZS),
    (MapType.HASH, 12, 16, 64, ZS), (MapType.PERCPU_HASH, 4, 12, 8, ZS), (MapType.LRU_HASH, 4, 8, 8, ZS),
    (MapType.LRU_HASH, 4, 8, 300, ZS), (MapType.LRU_HASH, 4, 8, 8, ZS | BPF_F_NO_COMMON_LRU),
    (MapType.LRU_PERCPU_HASH, 4, 8, 8, ZS), (MapType.LRU_PERCPU_HASH, 4, 8, 7, ZS | BPF_F_NO_COMMON_LRU),
    (MapType.ARRAY, 4, 12, 6, 0), (MapType.PERCPU_ARRAY, 4, 5, 4, 0),
]


@pytest.mark.parametrize("case", HASH_CASES, ids=lambda c: f"{c[0].name.lower()}-{c[3]:x}-{c[1]}x{c[2]}x{c[3]}")
@pytest.mark.parametrize("seed", range(4))
def test_random_sequences_match_linux(kernel, case, seed):
    type_, ks, vs, me, flags = case
    km, pm = both(kernel, type_, ks, vs, me, flags)
    with km:
        lru = type_ in (MapType.LRU_HASH, MapType.LRU_PERCPU_HASH)
        run_sequence(kernel, km, pm, random.Random(seed), 250, max(me + 4, 12) if me < 100 else 400, lru)


@pytest.mark.parametrize("seed", range(3))
def test_lpm_trie_matches_linux(kernel, seed):
    km, pm = both(kernel, MapType.LPM_TRIE, 7, 4, 12, BPF_F_NO_PREALLOC)
    rnd = random.Random(seed)
    with km:
        for i in range(300):
            key = struct.pack("<I", rnd.choice([rnd.randrange(25), 33])) + bytes(rnd.choice([0, 10, 192]) |
                                                                             rnd.randrange(4) for _ in range(3))
            op = rnd.choice(["upd", "upd", "del", "look"])
            if op == "upd":
                flags = rnd.choice([0, 1, 2])
                v = rnd.randbytes(4)
                res = call(km.update, key, v, flags), call(pm.update, key, v, flags)
            elif op == "del":
                res = call(km.delete, key), call(pm.delete, key)
            else:
                res = call(km.lookup, key), call(pm.lookup, key)
            assert res[0] == res[1], f"op {i} {op} {key.hex()}"
            assert kernel_keys(km) == [bytes(k) for k in pm._raw_keys()]


@pytest.mark.parametrize("type_", [MapType.QUEUE, MapType.STACK])
def test_queue_stack_match_linux(kernel, type_):
    km, pm = both(kernel, type_, 0, 4, 5)
    rnd = random.Random(7)
    with km:
        for i in range(300):
            op = rnd.choice(["push", "push", "pop", "peek"])
            if op == "push":
                v, fl = rnd.randbytes(4), rnd.choice([0, 0, 1, 2, 4])
                res = call(km.update, None, v, fl), call(pm.update, None, v, fl)
            elif op == "pop":
                res = call(km.lookup_and_delete, None), call(pm.lookup_and_delete, None)
            else:
                res = call(km.lookup, None), call(pm.lookup, None)
            assert res[0] == res[1], f"op {i} {op}"


def kernel_bloom_peek(kernel, km, value: bytes) -> int:
    from pybpf.kernel.syscall import MapElemAttr, address, bpf
    buf = ctypes.create_string_buffer(value, len(value))
    try:
        bpf(kernel.mod.BpfCmd.MAP_LOOKUP_ELEM, MapElemAttr(map_fd=km.fd, value=address(buf)), what="peek")
        return 0
    except KernelError as e:
        return e.errno


@pytest.mark.parametrize("extra", [0, 1, 4])
def test_bloom_filter_false_positives_match_linux(kernel, extra):
    km, pm = both(kernel, MapType.BLOOM_FILTER, 0, 4, 30, ZS, map_extra=extra)
    with km:
        for i in range(30):
            v = (i * 7919).to_bytes(4, "little")
            assert call(km.update, None, v, 0) == call(pm.update, None, v, 0) == (0, None)
        for i in range(3000):
            v = i.to_bytes(4, "little")
            got = 0 if pm.peek(v) else errno.ENOENT
            assert kernel_bloom_peek(kernel, km, v) == got, f"value {i}"


def test_devmaps_match_linux(kernel):
    DevMap.ifindex_valid = DevMapHash.ifindex_valid = staticmethod(ifindex_exists)
    try:
        for type_, vs in ((MapType.DEVMAP, 4), (MapType.DEVMAP, 8), (MapType.DEVMAP_HASH, 4)):
            km, pm = both(kernel, type_, 4, vs, 4)
            rnd = random.Random(3)
            with km:
                for i in range(200):
                    key = rnd.randrange(6).to_bytes(4, "little")
                    op = rnd.choice(["upd", "upd", "del", "look"])
                    if op == "upd":
                        v = struct.pack("<I", rnd.choice([0, 1, 1, 9999])).ljust(vs, b"\0")
                        fl = rnd.choice([0, 1, 2, 3])
                        res = call(km.update, key, v, fl), call(pm.update, key, v, fl)
                    elif op == "del":
                        res = call(km.delete, key), call(pm.delete, key)
                    else:
                        res = call(km.lookup, key), call(pm.lookup_raw, key)
                    assert res[0] == res[1], f"{type_.name} op {i} {op} {key.hex()}"
                    assert kernel_keys(km) == [bytes(k) for k in pm._raw_keys()]
    finally:
        DevMap.ifindex_valid = DevMapHash.ifindex_valid = None


def test_map_in_map_compatibility_errnos_match_linux(kernel):
    km_inner = kernel.mod.create_map(MapType.ARRAY, 4, 4, 2)
    pm_inner = create_map(MapSpec("inner", MapType.ARRAY, 4, 4, 2), possible_cpus=kernel.ncpus)
    km, pm = both(kernel, MapType.ARRAY_OF_MAPS, 4, 4, 3, inner=(km_inner, pm_inner))
    candidates = [(MapType.ARRAY, 4, 4, 2, 0), (MapType.ARRAY, 4, 4, 3, 0), (MapType.ARRAY, 4, 8, 2, 0),
                  (MapType.HASH, 4, 4, 2, 0), (MapType.ARRAY, 4, 4, 2, BPF_F_RDONLY)]
    with km, km_inner:
        for t, ks, vs, me, fl in candidates:
            kc = kernel.mod.create_map(t, ks, vs, me, fl)
            pc = create_map(MapSpec("cand", t, ks, vs, me, fl), possible_cpus=kernel.ncpus)
            with kc:
                for slot, flags in ((0, 0), (1, 1), (5, 0)):
                    k = slot.to_bytes(4, "little")
                    assert call(km.update, k, kc.fd.to_bytes(4, "little"), flags)[0] == \
                        call(pm.update, k, pc, flags)[0], f"{t.name} {me} {vs} {fl} slot {slot} flags {flags}"
        assert call(km.delete, (0).to_bytes(4, "little"))[0] == call(pm.delete, 0)[0]
        assert call(km.delete, (0).to_bytes(4, "little"))[0] == call(pm.delete, 0)[0] == errno.ENOENT


CREATE_CASES = [
    (MapType.ARRAY, 4, 4, 0, 0, 0), (MapType.ARRAY, 8, 4, 1, 0, 0), (MapType.ARRAY, 4, 4, 1, 1 << 10, 0),
    (MapType.PERCPU_ARRAY, 4, 4, 1, 1 << 10, 0), (MapType.PERCPU_ARRAY, 4, 32769, 1, 0, 0),
    (MapType.HASH, 4, 4, 4, BPF_F_NO_COMMON_LRU, 0), (MapType.LRU_HASH, 4, 4, 4, BPF_F_NO_PREALLOC, 0),
    (MapType.HASH, 4, 4, (1 << 31) + 1, 0, 0), (MapType.HASH, 0, 4, 4, 0, 0),
    (MapType.HASH, 4, 4, 4, BPF_F_RDONLY | BPF_F_WRONLY, 0), (MapType.HASH, 4, 4, 4, (1 << 7) | (1 << 8), 0),
    (MapType.HASH, 4, 4, 4, 0, 1), (MapType.LPM_TRIE, 8, 4, 4, 0, 0), (MapType.LPM_TRIE, 261, 4, 4, 1, 0),
    (MapType.QUEUE, 4, 4, 4, 0, 0), (MapType.STACK, 0, 4, 4, 1, 0), (MapType.BLOOM_FILTER, 0, 4, 4, 0, 16),
    (MapType.BLOOM_FILTER, 4, 4, 4, 0, 0), (MapType.RINGBUF, 0, 0, 12288, 0, 0), (MapType.RINGBUF, 0, 0, 4096, 1, 0),
    (MapType.RINGBUF, 4, 0, 4096, 0, 0), (MapType.DEVMAP, 4, 6, 4, 0, 0), (MapType.DEVMAP, 4, 4, 4, 1 << 7, 0),
    (MapType.CPUMAP, 4, 4, 9000, 0, 0), (MapType.CPUMAP, 4, 6, 2, 0, 0), (MapType.XSKMAP, 4, 8, 4, 0, 0),
    (MapType.PROG_ARRAY, 4, 8, 4, 0, 0), (MapType.PROG_ARRAY, 4, 4, 4, 1 << 7, 0),
    (MapType.PERF_EVENT_ARRAY, 4, 4, 4, 1 << 11, 0), (MapType.ARRAY, 4, 4, 4, 1 << 11, 0),
]


@pytest.mark.parametrize("case", CREATE_CASES, ids=lambda c: f"{c[0].name.lower()}-{c[1]}-{c[2]}-{c[3]}-{c[4]:x}")
def test_create_errnos_match_linux(kernel, case):
    t, ks, vs, me, fl, extra = case
    kerr = call(kernel.mod.create_map, t, ks, vs, me, fl, None)[0] if not extra else \
        call(lambda: kernel.mod.create_map(t, ks, vs, me, fl, map_extra=extra))[0]
    perr = call(create_map, MapSpec("c", t, ks, vs, me, fl, map_extra=extra))[0]
    assert kerr == perr

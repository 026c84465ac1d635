"""The per-CPU library: counters, lists, spinlock and buffers, each a generated do_on_cpu program."""

from __future__ import annotations

import errno
import os
import random
import threading
import time
import traceback

import pytest
from cpu_helpers import pinned_to, usable_cpus

from pybpf.cpu import UserMemory, topology
from pybpf.cpu.percpu import PerCpuBuffer, PerCpuCounter, PerCpuList, PerCpuSpinlock, ncpus
from pybpf.errors import CpuError


def test_counter_add_read_sum():
    c = PerCpuCounter()
    try:
        cpus = usable_cpus()
        for i, cpu in enumerate(cpus):
            assert c.add(10 * (i + 1), cpu) == 10 * (i + 1)
        assert c.add(-3, cpus[0]) == 7
        assert [c.read(cpu) for cpu in cpus] == [7, *[10 * (i + 1) for i in range(1, len(cpus))]]
        assert c.sum() == sum(c.values()) == 7 + sum(10 * (i + 1) for i in range(1, len(cpus)))
        with pinned_to(cpus[-1]):
            before = c.read(cpus[-1])
            c.add(5)  # the local path: the current CPU's counter
            assert c.read(cpus[-1]) == before + 5
        with pytest.raises(CpuError):
            c.add(1, ncpus())
    finally:
        c.mem.close()


def test_counter_in_caller_memory_and_layout():
    m = UserMemory(4096 + ncpus() * 64)
    try:
        c = PerCpuCounter(m, offset=4096)
        assert c.address(1) - c.address(0) == 64 and c.address(0) == m.address + 4096
        c.add(3, 0)
        assert m.load(4096) == 3
        with pytest.raises(CpuError):
            PerCpuCounter(m, offset=4100)
    finally:
        m.close()


def test_counter_local_path_from_many_threads():
    c = PerCpuCounter()
    try:
        threads = [threading.Thread(target=lambda: [c.add() for _ in range(300)]) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert c.sum() == 1200
    finally:
        c.mem.close()


def test_list_push_pop_walk():
    lst = PerCpuList(8)
    try:
        cpu = usable_cpus()[0]
        assert lst.pop(cpu) is None
        nodes = [lst.node(i) for i in range(4)]
        for n in nodes:
            lst.push(n, cpu)
        assert lst.walk(cpu) == nodes[::-1]
        assert lst.pop(cpu) == nodes[3] and lst.pop(cpu) == nodes[2]
        assert lst.walk(cpu) == [nodes[1], nodes[0]]
        with pytest.raises(CpuError):
            lst.node(8)
        with pytest.raises(CpuError):
            PerCpuList(4, node_size=12)
    finally:
        lst.mem.close()


def test_list_moves_in_forked_processes_lose_no_node():
    cpus = usable_cpus()
    lst = PerCpuList(16 * len(cpus))
    try:
        for i in range(lst.capacity):
            lst.push(lst.node(i), cpus[i % len(cpus)])
        pids = []
        for p in range(3):
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    rng = random.Random(p)
                    for _ in range(300):
                        node = lst.pop(rng.choice(cpus))
                        if node is not None:
                            lst.push(node, rng.choice(cpus))
                    code = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(code)
            pids.append(pid)
        for pid in pids:
            assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
        found = [n for cpu in range(lst.ncpus) for n in lst.walk(cpu)]
        assert sorted(found) == sorted(lst.node(i) for i in range(lst.capacity))
    finally:
        lst.mem.close()


def test_list_links_are_offsets():
    lst = PerCpuList(2)
    try:
        lst.push(lst.node(0), 0)
        lst.push(lst.node(1), 0)
        assert lst.mem.load(lst.node(1)) == lst.node(0)  # position-independent: works at any mapping address
    finally:
        lst.mem.close()


def test_spinlock_excludes_threads():
    lock = PerCpuSpinlock()
    shared = UserMemory(4096)
    try:
        cpu = usable_cpus()[0]
        assert lock.try_lock(cpu) and not lock.try_lock(cpu)
        lock.unlock(cpu)

        def body():
            for _ in range(50):
                with lock.held(cpu):
                    v = shared.load(0)
                    time.sleep(0.0001)  # a wide read-modify-write window, protected by the lock
                    shared.store(0, v + 1)
        threads = [threading.Thread(target=body) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert shared.load(0) == 150
        assert lock.try_lock(cpu)
    finally:
        lock.mem.close()
        shared.close()


def test_buffer_write_read():
    buf = PerCpuBuffer(5000)
    try:
        cpus = usable_cpus()
        payloads = {cpu: os.urandom(100 + 997 * i) for i, cpu in enumerate(cpus)}
        for cpu, data in payloads.items():
            buf.write(data, cpu)
        for cpu, data in payloads.items():
            assert buf.read(cpu) == data
        buf.write(b"", cpus[0])
        assert buf.read(cpus[0]) == b""
        with pinned_to(cpus[-1]):
            buf.write(b"local")
        assert buf.read(cpus[-1]) == b"local"
        with pytest.raises(CpuError) as info:
            buf.write(b"x" * 5001, cpus[0])
        assert info.value.errno == errno.EMSGSIZE
        with pytest.raises(CpuError):
            PerCpuBuffer(PerCpuBuffer.MAX + 1)
    finally:
        buf.mem.close()


def test_library_programs_stay_within_the_limits():
    """The memcpy program must fit LEN_MAX and the page limit at the largest capacity."""
    buf = PerCpuBuffer(PerCpuBuffer.MAX)
    try:
        data = bytes(range(256)) * (PerCpuBuffer.MAX // 256) + b"!" * (PerCpuBuffer.MAX % 256)
        cpu = topology.current_cpu()
        buf.write(data, cpu)
        assert buf.read(cpu) == data
    finally:
        buf.mem.close()

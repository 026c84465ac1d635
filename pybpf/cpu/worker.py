"""Per-CPU worker threads, each pinned to its CPU with ``sched_setaffinity``: where remote do_on_cpu runs execute.

A worker is started on first use and lives for the process (daemon thread). It waits in native code, without the
GIL, on a mailbox: a caller posts a compiled run, the worker executes it on its CPU and answers. Both sides spin
briefly (``pause``) before sleeping on a futex, because a cross-CPU wakeup costs tens of microseconds. A worker
can also run a Python callable (the reference executor). A worker that cannot pin itself (CPU offline, or
outside the cpuset) reports it and the caller falls back to the local path. Workers do not survive ``fork()``:
the child starts its own on demand.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import threading
from collections.abc import Callable
from typing import TypeVar

from pybpf.cpu.mailbox import DONE, MB, POSTED, PYJOB, QUIT, mailbox

T = TypeVar("T")
WORKER_SPIN_NS = 50_000  # a worker polls this long after its last job before sleeping
CALLER_SPIN_NS = 200_000  # a caller polls this long for the answer before sleeping


class Worker:
    """A thread pinned to ``cpu``. Hold :attr:`lock` around :meth:`run` and while reading :attr:`ctx`."""

    def __init__(self, cpu: int) -> None:
        self.cpu = cpu
        self.pinned = False
        self.error: OSError | None = None
        self.lock = threading.Lock()
        self.ctx = None  # the worker thread's RunContext (its rseq area, its shadow pages)
        self._mb = (ctypes.c_int64 * MB.SIZE)()
        self._mb_address = ctypes.addressof(self._mb)
        box = self._box = mailbox()
        self._mb[MB.SYSCALL] = box.syscall
        self._mb[MB.CLOCK] = box.clock
        self._mb[MB.SYS_FUTEX] = box.sys_futex
        self._mb[MB.WORKER_SPIN_NS] = WORKER_SPIN_NS
        self._mb[MB.CALLER_SPIN_NS] = CALLER_SPIN_NS
        self._job: Callable[[], object] | None = None
        self._result: tuple[bool, object] = (False, None)
        ready = threading.Event()
        self._thread = threading.Thread(target=self._main, args=(ready,), name=f"pybpf-cpu{cpu}", daemon=True)
        self._thread.start()
        ready.wait()

    def _main(self, ready: threading.Event) -> None:
        try:
            os.sched_setaffinity(0, {self.cpu})  # pid 0: this thread; the kernel migrates it before returning
            from pybpf.cpu.api import _context

            self.ctx = _context()
            self.pinned = True
        except OSError as err:
            self.error = err
        ready.set()
        if not self.pinned:
            return
        while self._box.serve(self._mb_address) != QUIT:  # returns for a Python job
            try:
                self._result = (True, self._job() if self._job is not None else None)
            except BaseException as err:  # handed to the caller, re-raised there
                self._result = (False, err)
            self._box.signal(self._mb_address, DONE)

    def run(self, run_address: int, args_address: int) -> int:
        """Execute compiled ``run(ctx, args)`` on the worker (with :attr:`lock` held); its status."""
        mb = self._mb
        mb[MB.RUN] = run_address
        mb[MB.CTX] = self.ctx.address
        mb[MB.ARGS] = args_address
        return self._box.submit(self._mb_address, POSTED)

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the worker thread and return its result (or raise its exception)."""
        with self.lock:
            self._job = fn
            self._box.submit(self._mb_address, PYJOB)
            ok, value = self._result
            self._job, self._result = None, (False, None)
        if ok:
            return value  # type: ignore[return-value]
        raise value  # type: ignore[misc]

    def stop(self) -> None:
        if self.pinned and self._thread.is_alive():
            with self.lock:
                self._box.signal(self._mb_address, QUIT)
                self._thread.join(5)


_workers: dict[int, Worker] = {}
_lock = threading.Lock()


def worker(cpu: int) -> Worker | None:
    """The pinned worker for ``cpu`` (started if needed), or None if no thread can be pinned there."""
    w = _workers.get(cpu)
    if w is None:
        with _lock:
            w = _workers.get(cpu)
            if w is None:
                w = Worker(cpu)
                if not w.pinned:
                    return None
                _workers[cpu] = w
    return w


def forget(cpu: int) -> None:
    """Drop the worker for ``cpu`` (its CPU went away)."""
    with _lock:
        w = _workers.pop(cpu, None)
    if w is not None:
        w.stop()


def _stop_all() -> None:
    """At exit, before the interpreter tears down: bring every worker out of native code."""
    for cpu in list(_workers):
        with contextlib.suppress(Exception):
            forget(cpu)


def _after_fork_in_child() -> None:
    global _lock
    _workers.clear()  # their threads do not exist in the child
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(_stop_all)

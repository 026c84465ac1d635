"""Running a program of a given type the way BPF_PROG_TEST_RUN does (net/bpf/test_run.c).

A :class:`Runner` turns the test-run inputs (``data``, ``ctx``, flags, cpu) into a context: it validates them like
Linux (same checks, same order, same errno, raised as :class:`~pybpf.errors.RunInputError`), builds the uapi
context and the packet in native memory, registers them as regions of the caller's address space and points the
packet helpers at the private packet state. ``prepare`` returns a :class:`Prepared` whose ``r1`` the engine runs
with (any number of times: repeated runs share the context, as in Linux); ``finish(prepared, r0)`` reads back what
test_run reports: ``retval`` (the u32), ``data_out``, ``ctx_out``; ``close()`` (or ``with``) releases everything.
"""

from __future__ import annotations

import errno
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pybpf.errors import RunInputError
from pybpf.vm.memory import AddressSpace, NativeBuffer, Region, RegionKind

if TYPE_CHECKING:
    from pybpf.helpers.env import Redirect, RunEnv

M32 = 0xFFFFFFFF
M64 = 0xFFFFFFFFFFFFFFFF
ETH_HLEN = 14
U32 = struct.Struct("<I")
U64 = struct.Struct("<Q")


@dataclass(frozen=True)
class Device:
    """A network device test runs may name by ifindex (Linux looks them up in the caller's netns)."""

    ifindex: int
    name: str
    mac: bytes = bytes(6)
    broadcast: bytes = bytes(6)
    rx_queues: int = 1


# Test runs use the loopback device of the caller's network namespace: ifindex 1, all-zero address (loopback_setup
# sets no broadcast address either), one RX queue. Add devices to model others.
DEVICES: dict[int, Device] = {1: Device(1, "lo")}


def add_device(device: Device) -> None:
    DEVICES[device.ifindex] = device


@dataclass(frozen=True)
class RunOutput:
    """What a run reports: ``retval`` as BPF_PROG_TEST_RUN (u32), the full ``r0``, the packet or output data,
    the context written back (None when the caller gave none), and the last redirect decision."""

    retval: int
    r0: int
    data_out: bytes
    ctx_out: bytes | None
    redirect: Redirect | None = None


def fail(err: int, reason: str) -> RunInputError:
    return RunInputError(err, reason)


def ctx_init(ctx: bytes | None, max_size: int, what: str) -> bytearray | None:
    """bpf_ctx_init: the user context zero-extended to ``max_size``; bytes past it must be zero (else E2BIG)."""
    if not ctx:
        return None
    raw = bytes(ctx)
    if len(raw) > max_size and any(raw[max_size:]):
        raise fail(errno.E2BIG, f"{what}: ctx_in is {len(raw)} bytes, the context has {max_size} and the rest is not "
                                "zero")
    return bytearray(raw[:max_size].ljust(max_size, b"\0"))


def require_zero(ctx: bytes, ranges: list[tuple[int, int]], what: str) -> None:
    """Every byte of ctx outside the allowed ``ranges`` must be zero (test_run's range_is_zero checks)."""
    allowed = bytearray(len(ctx))
    for lo, hi in ranges:
        allowed[lo:hi] = b"\1" * (hi - lo)
    for i, b in enumerate(ctx):
        if b and not allowed[i]:
            raise fail(errno.EINVAL, f"{what}: ctx_in byte {i} must be zero (only {_names(ranges)} may be set)")


def _names(ranges: list[tuple[int, int]]) -> str:
    return ", ".join(f"[{lo}, {hi})" for lo, hi in ranges)


def device(ifindex: int, what: str) -> Device:
    dev = DEVICES.get(ifindex)
    if dev is None:
        raise fail(errno.ENODEV, f"{what}: no network device with ifindex {ifindex}")
    return dev


@dataclass(eq=False)
class Prepared:
    """A context ready to run: ``r1`` for the engine, the regions it registered, and what ``finish`` needs."""

    runner: Runner
    space: AddressSpace
    env: RunEnv
    r1: int
    ctx_in: bytes | None = None
    regions: list[Region] = field(default_factory=list)
    owners: list[Any] = field(default_factory=list)  # native memory that must outlive the run
    state: dict[str, Any] = field(default_factory=dict)
    on_close: list[Callable[[], None]] = field(default_factory=list)
    closed: bool = False

    def add_region(self, region: Region) -> Region:
        self.space.add(region)
        self.regions.append(region)
        return region

    def remove_region(self, region: Region) -> None:
        self.space.remove(region)
        self.regions.remove(region)

    def finish(self, r0: int) -> RunOutput:
        return self.runner.finish(self, r0)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for region in self.regions:
            self.space.remove(region)
        self.regions.clear()
        for fn in self.on_close:
            fn()
        self.on_close.clear()

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Runner:
    """How one family of program types runs. Subclasses implement :meth:`prepare` and :meth:`finish`."""

    name = "runner"

    def prepare(self, space: AddressSpace, data: bytes = b"", ctx: bytes | None = None, *, env: RunEnv,
                prog_type: Any = None, attach: Any = None, repeat: int = 1, flags: int = 0, cpu: int = 0,
                batch_size: int = 0) -> Prepared:
        raise NotImplementedError

    def finish(self, prepared: Prepared, r0: int) -> RunOutput:
        raise NotImplementedError


def ctx_region(buf: NativeBuffer, name: str, *, writable: bool) -> Region:
    return Region.of(buf, RegionKind.CTX, name, writable=writable)


def no_data(data: bytes, what: str) -> None:
    if data:
        raise fail(errno.EINVAL, f"{what}: test runs of this type take no data (data_in)")


def single_run(repeat: int, what: str) -> None:
    if repeat > 1:
        raise fail(errno.EINVAL, f"{what}: test runs of this type do not repeat")

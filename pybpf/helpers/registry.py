"""The helper registry: Linux helper numbers (and kfunc BTF ids) mapped to Python implementations.

A helper is ``fn(ctx, r1, r2, r3, r4, r5) -> int``; it sees the program's memory only through the
:class:`CallContext`, whose ``read``/``write`` are bounds-checked against the address space and raise
:class:`~pybpf.errors.Fault` naming the calling slot, like a faulting load would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pybpf.errors import ExecutionError, Fault

if TYPE_CHECKING:  # pybpf.vm imports this module; a run-time import would be circular
    from pybpf.vm.memory import AddressSpace

HelperFn = Callable[..., int]


def helper_name(number: int) -> str:
    """Linux's name for helper ``number`` (``bpf_map_lookup_elem``), or ``helper#N`` when unknown."""
    try:  # pybpf.helpers.ids is optional: the numbering table may not be installed in every build.
        from pybpf.helpers.ids import HelperId
        name = HelperId(number).name.lower()
    except (ImportError, ValueError):
        return f"helper#{number}"
    return name if name.startswith("bpf_") else f"bpf_{name}"


@dataclass(frozen=True)
class Helper:
    """One callable helper: Linux's number (or kfunc BTF id), its name, and the implementation."""

    id: int
    name: str
    fn: HelperFn


class HelperTable(Mapping[int, Helper]):
    """Helpers by Linux helper number, plus kfuncs by BTF id (``call`` with src 2)."""

    def __init__(self, helpers: Iterable[Helper] = (), *, kfuncs: Iterable[Helper] = ()) -> None:
        self._helpers: dict[int, Helper] = {h.id: h for h in helpers}
        self.kfuncs: dict[int, Helper] = {k.id: k for k in kfuncs}
        self.env: Any = None  # the RunEnv Linux's helpers use when a run brings none (pybpf.helpers.linux)

    # -- Mapping -----------------------------------------------------------------------------------------------
    def __getitem__(self, number: int) -> Helper:
        return self._helpers[number]

    def __iter__(self) -> Iterator[int]:
        return iter(sorted(self._helpers))

    def __len__(self) -> int:
        return len(self._helpers)

    def get(self, number: int, default: Any = None) -> Any:  # a plain dict lookup: this is on the hot path
        return self._helpers.get(number, default)

    # -- registration ------------------------------------------------------------------------------------------
    def add(self, number: int, fn: HelperFn, name: str | None = None) -> Helper:
        """Register ``fn`` as helper ``number`` (replacing any previous one); the name defaults to Linux's."""
        helper = Helper(number, name or helper_name(number), fn)
        self._helpers[number] = helper
        return helper

    def add_kfunc(self, btf_id: int, fn: HelperFn, name: str | None = None) -> Helper:
        """Register ``fn`` as the kfunc whose BTF id is ``btf_id``."""
        kfunc = Helper(btf_id, name or f"kfunc#{btf_id}", fn)
        self.kfuncs[btf_id] = kfunc
        return kfunc

    def helper(self, number: int, name: str | None = None) -> Callable[[HelperFn], HelperFn]:
        """Decorator form of :meth:`add`."""
        def register(fn: HelperFn) -> HelperFn:
            self.add(number, fn, name)
            return fn
        return register

    def copy(self) -> HelperTable:
        table = HelperTable(self._helpers.values(), kfuncs=self.kfuncs.values())
        table.env = self.env
        return table

    def __repr__(self) -> str:
        names = ", ".join(f"{h.id}:{h.name}" for h in (self._helpers[k] for k in self))
        return f"HelperTable({names}; {len(self.kfuncs)} kfuncs)"


@dataclass(eq=False)
class CallContext:
    """What a helper may use: the address space, checked memory access, the calling slot and the run's trace.

    One context serves a whole run; the engine updates ``pc`` before each call. ``call_function`` runs a BPF
    function of the same program (callbacks of ``bpf_loop`` and friends) when the engine supports it. A helper that
    sets ``pending_tail`` (bpf_tail_call) asks the engine to replace the running program by that one.
    """

    space: AddressSpace
    pc: int = 0
    program: str = "prog"
    trace: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)  # per-run scratch for helpers (tail-call count, seeds...)
    describe: Callable[[int], str] | None = None  # slot -> instruction text, for fault messages
    call_function: Callable[..., int] | None = None  # (slot, r1..r5) -> r0; set by the engine
    env: Any = None  # the run's RunEnv (pybpf.helpers.env): clocks, task, CPU, packet state, trace and perf logs
    tail_calls: int = 0  # tail calls made this run (they count against MAX_TAIL_CALLS)
    pending_tail: Any = None  # set by bpf_tail_call: the program the engine switches to when the helper returns

    def fault(self, reason: str, address: int, size: int) -> Fault:
        insn = self.describe(self.pc) if self.describe else None
        return Fault(reason, pc=self.pc, insn=insn, address=address, size=size,
                     region=self.space.describe_nearest(address), program=self.program)

    def read(self, address: int, size: int) -> bytes:
        """``size`` bytes at ``address``; a Fault unless they lie in one region."""
        if size == 0:
            return b""
        data = self.space.read(address, size)
        if data is None:
            raise self.fault(f"helper read of {size} bytes outside every region", address, size)
        return data

    def write(self, address: int, data: bytes | bytearray | memoryview) -> None:
        """Store ``data`` at ``address``; a Fault unless it lies in one writable region."""
        if not len(data):
            return
        if not self.space.write(address, data):
            region = self.space.find(address, len(data))
            what = "read-only memory" if region is not None else "memory outside every region"
            raise self.fault(f"helper write of {len(data)} bytes to {what}", address, len(data))

    def load(self, address: int, size: int, *, signed: bool = False) -> int:
        """A little-endian integer of ``size`` bytes at ``address`` (checked)."""
        return int.from_bytes(self.read(address, size), "little", signed=signed)

    def store(self, address: int, size: int, value: int) -> None:
        self.write(address, (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little"))

    def read_str(self, address: int, limit: int) -> bytes:
        """A NUL-terminated string of at most ``limit`` bytes (without the NUL); checked byte by byte."""
        out = bytearray()
        for i in range(limit):
            b = self.read(address + i, 1)
            if b == b"\0":
                break
            out += b
        return bytes(out)

    def call(self, slot: int, r1: int = 0, r2: int = 0, r3: int = 0, r4: int = 0, r5: int = 0) -> int:
        """Run the BPF function that starts at ``slot`` (a callback) and return its r0."""
        if self.call_function is None:
            raise ExecutionError("this engine cannot call back into the program", pc=self.pc,
                                 program=self.program)
        return self.call_function(slot, r1, r2, r3, r4, r5)

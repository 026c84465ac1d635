"""Run conformance tests in-process, the way bpf_conformance's runner drives a plugin, and judge them.

A program runs with r1 = the address of a private copy of the test's memory (a MEM region; 0 when there is none),
r2 = its length and r10 = the top of a 512-byte stack, with the conformance helper table. A test PASSes when r0
equals ``-- result`` (all 64 bits), or when the run fails with exactly the ``-- error`` text (or an error matching
``-- error pattern``). A program that does not assemble or decode FAILs (an assembler error is never the error a
test expects: ``-- error`` describes the runtime). A test is SKIPped, with the reason, when its file uses a directive
that is not run here, has no program or no expectation, or needs a cpu version or group the run does not enable.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pybpf.conformance.datafile import ConformanceTest, read_data_file
from pybpf.conformance.groups import CPU_VERSIONS, GROUPS, requirement
from pybpf.errors import AssembleError, DecodeError, LoadError, PybpfError
from pybpf.isa.instruction import Instruction

__all__ = ["BACKENDS", "DEFAULT_BUDGET", "RunOptions", "Status", "TestResult", "collect", "execute", "run_file",
           "run_paths", "run_test"]

DEFAULT_BUDGET = 1 << 20  # instructions per run: the longest conformance program needs a few thousand
_U64 = 0xFFFFFFFFFFFFFFFF


class Status(enum.Enum):
    PASS = "PASS"
    FAIL = "FAIL"
    SKIP = "SKIP"


@dataclass
class TestResult:
    """The outcome of one test; ``reason`` says why it failed or was skipped."""

    __test__ = False  # not a pytest test class, despite the name
    name: str
    status: Status
    reason: str = ""
    path: str | None = None
    r0: int | None = None
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "path": self.path, "status": self.status.value, "reason": self.reason,
                "r0": None if self.r0 is None else f"0x{self.r0:x}", "error": self.error}


@dataclass(frozen=True)
class RunOptions:
    """cpu version and groups to enable (all by default, callx and packet included), engine and budget."""

    cpu: str = "v4"
    groups: frozenset[str] = field(default_factory=lambda: frozenset(GROUPS))
    backend: str = "interp"
    budget: int = DEFAULT_BUDGET

    def __post_init__(self) -> None:
        if self.cpu not in CPU_VERSIONS:
            raise ValueError(f"cpu version {self.cpu!r} is not one of {', '.join(CPU_VERSIONS)}")
        if self.backend not in BACKENDS:
            raise ValueError(f"backend {self.backend!r} is not one of {', '.join(sorted(BACKENDS))}")


# -- execution ----------------------------------------------------------------------------------------------------
def _run_interp(insns: Sequence[Instruction], mem: bytes, budget: int) -> int:
    from pybpf.conformance.helpers import conformance_helpers
    from pybpf.vm import AddressSpace, Interpreter, RegionKind

    space = AddressSpace()
    r1 = 0
    if mem:
        r1 = space.alloc(len(mem), RegionKind.MEM, "mem", data=mem).base
    vm = Interpreter(list(insns), helpers=conformance_helpers(), budget=budget)
    return int(vm.run(space, r1=r1, r2=len(mem))) & _U64


# Engines a program can run on: name -> fn(insns, memory, budget) -> r0. Other engines register themselves here.
BACKENDS: dict[str, Callable[[Sequence[Instruction], bytes, int], int]] = {"interp": _run_interp}
from pybpf.vm.jit.conformance import run as _run_jit  # noqa: E402 - the JIT registers itself here

BACKENDS["jit"] = _run_jit


def execute(insns: Sequence[Instruction], mem: bytes = b"", *, backend: str = "interp",
            budget: int = DEFAULT_BUDGET) -> int:
    """Run a program under the plugin conventions and return r0 (u64). Raises PybpfError when the run fails.

    An exception that is not a PybpfError is an engine bug; it is turned into an ExecutionError saying so, so that
    one bad program cannot take a whole conformance run (or the plugin's one-line protocol) down.
    """
    from pybpf.errors import ExecutionError

    try:
        run = BACKENDS[backend]
    except KeyError:
        raise ExecutionError(f"unknown backend {backend!r} (available: {', '.join(sorted(BACKENDS))})") from None
    try:
        return run(insns, bytes(mem), budget)
    except PybpfError:
        raise
    except RecursionError:
        raise ExecutionError(f"internal error in the {backend} engine: recursion too deep") from None
    except Exception as err:  # an engine bug must not escape as a traceback
        raise ExecutionError(f"internal error in the {backend} engine: {type(err).__name__}: {err}") from err


# -- judging --------------------------------------------------------------------------------------------------------
def run_test(test: ConformanceTest, options: RunOptions | None = None) -> TestResult:
    """Run one parsed test and judge it."""
    opts = options or RunOptions()

    def result(status: Status, reason: str = "", *, r0: int | None = None, error: str | None = None) -> TestResult:
        return TestResult(test.name, status, reason, test.path, r0=r0, error=error)

    if test.skip_reason:
        return result(Status.SKIP, test.skip_reason)
    if not test.has_program:
        return result(Status.SKIP, "no program: the file has no asm or raw section")
    try:
        insns = test.program()
    except AssembleError as err:
        where = f"line {err.line}, column {err.column}: " if err.line is not None else ""
        return result(Status.FAIL, f"does not assemble: {where}{err.reason}")
    except DecodeError as err:
        field_ = f", field {err.field}" if err.field else ""
        return result(Status.FAIL, f"rejected by the decoder: slot {err.slot}{field_}: {err.reason}")
    if test.result is None and not test.error and not test.error_pattern:
        return result(Status.SKIP, "no result or error section")
    unmet = requirement(insns).unmet(opts.cpu, opts.groups)
    if unmet:
        return result(Status.SKIP, unmet)
    try:
        r0 = execute(insns, test.mem, backend=opts.backend, budget=opts.budget)
    except PybpfError as err:
        message = str(err)
        if test.error and message == test.error:
            return result(Status.PASS, error=message)
        if test.error_pattern and re.search(test.error_pattern, message):
            return result(Status.PASS, error=message)
        expected = _expectation(test)
        return result(Status.FAIL, f"expected {expected}, got error: {message}", error=message)
    if test.result is not None and r0 == test.result:
        return result(Status.PASS, r0=r0)
    return result(Status.FAIL, f"expected {_expectation(test)}, got r0 = 0x{r0:x}", r0=r0)


def _expectation(test: ConformanceTest) -> str:
    if test.error:
        return f"error {test.error!r}"
    if test.error_pattern:
        return f"an error matching {test.error_pattern!r}"
    if test.result is not None:
        return f"r0 = 0x{test.result:x}"
    return "an error"


def run_file(path: str | Path, options: RunOptions | None = None, *, name: str | None = None) -> TestResult:
    """Read, run and judge one ``.data`` file; a file that cannot be read or parsed FAILs with the reason."""
    try:
        test = read_data_file(path)
    except LoadError as err:
        return TestResult(name or Path(path).stem, Status.FAIL, f"cannot read test: {err}", str(path))
    if name:
        test.name = name
    return run_test(test, options)


def collect(paths: Iterable[str | Path], *, recursive: bool = False) -> list[tuple[str, Path]]:
    """(display name, path) of the ``.data`` files under ``paths``; names are relative to the directory given."""
    out: list[tuple[str, Path]] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(p.rglob("*.data") if recursive else p.glob("*.data"))
            out += [(str(f.relative_to(p).with_suffix("")), f) for f in files if f.is_file()]
        elif p.exists():
            out.append((p.stem, p))
        else:
            raise LoadError("no such file or directory", file=str(p))
    return out


def run_paths(paths: Iterable[str | Path], options: RunOptions | None = None, *, recursive: bool = False
              ) -> list[TestResult]:
    """Run every ``.data`` file in ``paths`` (files, or directories of them)."""
    return [run_file(path, options, name=name) for name, path in collect(paths, recursive=recursive)]

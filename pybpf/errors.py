"""One exception tree for pybpf.

Every error a user can provoke derives from :class:`PybpfError` and renders as one line that says where (file,
program, slot) and why. The CLI prints ``str(err)`` and exits 1; a traceback reaching a user is a bug.
"""

from __future__ import annotations

import errno as _errno


class PybpfError(Exception):
    """Base of every pybpf error."""


class DecodeError(PybpfError):
    """Bytes that are not a valid instruction stream. ``slot`` is the 8-byte slot index."""

    def __init__(self, slot: int, reason: str, *, field: str | None = None, source: str | None = None) -> None:
        self.slot = slot
        self.reason = reason
        self.field = field
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}slot {slot}: {reason}")


class EncodeError(PybpfError):
    """An Instruction whose fields do not fit the encoding."""


class AssembleError(PybpfError):
    """Assembly text that does not parse; ``line`` is 1-based, ``column`` 1-based or None."""

    def __init__(self, reason: str, *, line: int | None = None, column: int | None = None,
                 source: str | None = None, text: str | None = None) -> None:
        self.reason = reason
        self.line = line
        self.column = column
        self.source = source
        self.text = text
        where = source or "<asm>"
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: {reason}" + (f": {text.strip()!r}" if text else ""))


class LoadError(PybpfError):
    """An object file that cannot be loaded: names file, section and symbol where known."""

    def __init__(self, reason: str, *, file: str | None = None, section: str | None = None,
                 symbol: str | None = None, program: str | None = None, slot: int | None = None) -> None:
        self.reason = reason
        self.file = file
        self.section = section
        self.symbol = symbol
        self.program = program
        self.slot = slot
        parts = [p for p in (file, f"section {section}" if section else None,
                             f"program {program}" if program else None,
                             f"symbol {symbol}" if symbol else None,
                             f"slot {slot}" if slot is not None else None) if p]
        super().__init__(": ".join([*parts, reason]) if parts else reason)


class VerifierError(PybpfError):
    """The verifier rejected a program."""

    def __init__(self, message: str, *, program: str | None = None, insn: int | None = None,
                 log: str = "", explanation: str = "") -> None:
        self.message = message
        self.program = program
        self.insn = insn
        self.log = log
        self.explanation = explanation
        where = f"program {program}: " if program else ""
        at = f"slot {insn}: " if insn is not None else ""
        super().__init__(f"{where}{at}{message}")


class ExecutionError(PybpfError):
    """A program stopped abnormally at run time (fault, budget, bad call...). ``pc`` is a slot index."""

    def __init__(self, reason: str, *, pc: int | None = None, insn: str | None = None,
                 program: str | None = None) -> None:
        self.reason = reason
        self.pc = pc
        self.insn = insn
        self.program = program
        where = f"program {program}: " if program else ""
        at = f"slot {pc}" if pc is not None else ""
        if insn:
            at += f" ({insn})"
        super().__init__(f"{where}{at}: {reason}" if at else f"{where}{reason}")


class Fault(ExecutionError):
    """A memory access outside every known region, misaligned atomic, or write to read-only memory."""

    def __init__(self, reason: str, *, pc: int | None = None, insn: str | None = None, address: int | None = None,
                 size: int | None = None, region: str | None = None, program: str | None = None) -> None:
        self.address = address
        self.size = size
        self.region = region
        detail = reason
        if address is not None:
            detail += f" at 0x{address:x}"
            if size is not None:
                detail += f" (size {size})"
        if region:
            detail += f"; nearest region: {region}"
        super().__init__(detail, pc=pc, insn=insn, program=program)


class BudgetExceeded(ExecutionError):
    """The instruction budget ran out: the program looped too long."""


class MapError(PybpfError):
    """A map operation failed the way Linux's would; ``errno`` is Linux's errno."""

    def __init__(self, errno: int, reason: str = "", *, map: str | None = None) -> None:
        self.errno = errno
        self.map = map
        name = _errno.errorcode.get(errno, str(errno))
        where = f"map {map}: " if map else ""
        super().__init__(f"{where}{reason or name} ({name})")


class KernelError(PybpfError, OSError):
    """A bpf(2) call failed; carries errno and, for program loads, the verifier log."""

    def __init__(self, errno: int, reason: str, *, log: str = "") -> None:
        self.log = log
        self.reason = reason
        OSError.__init__(self, errno, reason)

    def __str__(self) -> str:
        name = _errno.errorcode.get(self.errno or 0, str(self.errno))
        last = _last_log_line(self.log)
        return f"{self.reason}: {name} ({self.errno})" + (f": {last}" if last else "")


class RunInputError(PybpfError, OSError):
    """Run input (data, ctx, flags, cpu) rejected the way BPF_PROG_TEST_RUN rejects it, with Linux's errno."""

    def __init__(self, errno: int, reason: str) -> None:
        self.reason = reason
        OSError.__init__(self, errno, reason)

    def __str__(self) -> str:
        name = _errno.errorcode.get(self.errno or 0, str(self.errno))
        return f"{self.reason} ({name})"


class CpuError(PybpfError, OSError):
    """A do_on_cpu failure: both a pybpf error and an OSError with the errno do_on_cpu returns."""

    def __init__(self, errno: int, reason: str, *, insn: int | None = None) -> None:
        self.reason = reason
        self.insn = insn
        OSError.__init__(self, errno, reason)

    def __str__(self) -> str:
        name = _errno.errorcode.get(self.errno or 0, str(self.errno))
        at = f"slot {self.insn}: " if self.insn is not None else ""
        return f"{at}{self.reason} ({name})"


def _last_log_line(log: str) -> str:
    # The verifier ends its log with statistics ("processed N insns ..."); the reason is the line before them.
    lines = [ln for ln in log.splitlines() if ln.strip() and not ln.startswith(("processed ", "verification time"))]
    return lines[-1].strip() if lines else ""

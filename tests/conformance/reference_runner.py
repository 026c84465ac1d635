"""What bpf_conformance's runner does with a plugin, reproduced for tests (no C++ build needed).

From bpf_conformance ``lib/src/bpf_conformance.cc`` and ``tools/bpf_conformance.cc``: argv is
``[MEM_HEX if the test has memory] + plugin options (split on spaces) + [--elf]``; stdin gets the program as
``"%02x  "`` per byte and a newline. On a non-zero exit the (stripped) stdout -- or stderr when stdout is empty -- must
equal the expected error; on exit 0 stdout is parsed with ``std::stoull(s, nullptr, 16)`` and compared, all 64 bits,
with the expected result. Older runners always passed the memory argument (possibly empty) and the options as one
argument; ``legacy=True`` reproduces that.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pybpf.cli.plugin import main as plugin_main
from pybpf.conformance.datafile import ConformanceTest
from pybpf.isa.codec import encode

_VENV_PLUGIN = Path(sys.executable).with_name("pybpf-plugin")
PLUGIN_CMD = [str(_VENV_PLUGIN)] if _VENV_PLUGIN.exists() else [sys.executable, "-m", "pybpf.cli.plugin"]


def base16(data: bytes) -> str:
    """The runner's ``_base_16_encode``: each byte as two hex digits followed by two spaces."""
    return "".join(f"{b:02x}  " for b in data)


def plugin_argv(mem: bytes, options: list[str] | None = None, *, elf: bool = False, legacy: bool = False
                ) -> list[str]:
    opts = options or []
    if legacy:
        return [base16(mem), " ".join(opts)]
    return ([base16(mem)] if mem else []) + opts + (["--elf"] if elf else [])


def stoull16(text: str) -> int:
    """``std::stoull(text, nullptr, 16)``: leading space, sign, optional 0x, hex digits up to the first other char."""
    m = re.match(r"\s*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)", text)
    if not m:
        raise ValueError(f"stoull: no conversion of {text!r}")
    value = int(m.group(2), 16)
    if value >> 64:
        raise ValueError(f"stoull: {text!r} out of range")
    return (-value if m.group(1) == "-" else value) & ((1 << 64) - 1)


@dataclass
class Outcome:
    status: str  # PASS, FAIL or ERROR, as the reference runner reports them
    message: str = ""
    exit_code: int = 0
    stdout: str = ""
    stderr: str = ""


def judge(test: ConformanceTest, exit_code: int, stdout: str, stderr: str) -> Outcome:
    out = stdout[:-1] if stdout.endswith("\n") else stdout
    err = stderr[:-1] if stderr.endswith("\n") else stderr
    expected_error = test.error or ""

    def outcome(status: str, message: str = "") -> Outcome:
        return Outcome(status, message, exit_code, stdout, stderr)

    if exit_code != 0:
        if not out and err:
            out = err
        if not expected_error:
            return outcome("ERROR", f"Plugin returned error code {exit_code} and output {out}")
        out = re.sub(r"\s+$", "", out.split("\r")[0])
        if out == expected_error:
            return outcome("PASS")
        return outcome("FAIL", f"Plugin returned error code {exit_code} and output {out} but expected {expected_error}")
    try:
        value = stoull16(out)
    except ValueError:
        return outcome("ERROR", f"Plugin return value could not be parsed into a valid number ({out})")
    expected = test.result or 0
    if value != expected:
        return outcome("FAIL", f"Plugin returned incorrect return value {value} expected {expected}")
    return outcome("PASS")


def program_text(test: ConformanceTest) -> str:
    return base16(encode(test.program())) + "\n"


def run_in_process(test: ConformanceTest, options: list[str] | None = None, *, legacy: bool = False) -> Outcome:
    """Drive ``pybpf.cli.plugin.main`` exactly as the runner drives the executable, without a new process."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code = plugin_main(plugin_argv(test.mem, options, legacy=legacy), stdin=io.StringIO(program_text(test)),
                       stdout=stdout, stderr=stderr)
    return judge(test, code, stdout.getvalue(), stderr.getvalue())


def run_subprocess(test: ConformanceTest, options: list[str] | None = None, *, legacy: bool = False,
                   stdin: str | None = None) -> Outcome:
    """Spawn ``pybpf-plugin`` as the runner does (argv memory, program on stdin)."""
    proc = subprocess.run(PLUGIN_CMD + plugin_argv(test.mem, options, legacy=legacy),
                          input=program_text(test) if stdin is None else stdin, capture_output=True, text=True,
                          timeout=120)
    return judge(test, proc.returncode, proc.stdout, proc.stderr)

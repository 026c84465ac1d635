"""A static verifier modelled on Linux 6.18's (kernel/bpf/verifier.c): ``verify(program, prog_type, ...)``."""

from __future__ import annotations

from pybpf.verifier.verifier import VerifierResult, check_program, map_info, verify

__all__ = ["VerifierResult", "check_program", "map_info", "verify"]

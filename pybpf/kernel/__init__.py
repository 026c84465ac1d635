"""The Linux oracle: a ctypes bpf(2) wrapper to load programs, test-run them and use maps in the running kernel.

``load_program`` -> :class:`KernelProgram` (``test_run`` -> :class:`TestRunResult`), ``create_map`` ->
:class:`KernelMap`, ``load_btf`` -> :class:`KernelBtf`; every failure is a :class:`pybpf.errors.KernelError` with
Linux's errno (and the verifier log for loads). ``bpf_available()`` says whether bpf(2) works here and why not.
"""

from __future__ import annotations

from pybpf.kernel.btf import KernelBtf, load_btf
from pybpf.kernel.maps import KernelMap, create_map, possible_cpus
from pybpf.kernel.prog import KernelProgram, TestRunResult, load_program
from pybpf.kernel.syscall import bpf, bpf_available, get_pinned, map_info, pin_object
from pybpf.uapi import (
    AttachType,
    BpfCmd,
    LinkType,
    MapFlag,
    MapType,
    ProgLoadFlag,
    ProgType,
    TestRunFlag,
    UpdateFlag,
    XdpAction,
)

__all__ = [
    "AttachType", "BpfCmd", "KernelBtf", "KernelMap", "KernelProgram", "LinkType", "MapFlag", "MapType",
    "ProgLoadFlag", "ProgType", "TestRunFlag", "TestRunResult", "UpdateFlag", "XdpAction", "bpf", "bpf_available",
    "create_map", "get_pinned", "load_btf", "load_program", "map_info", "pin_object", "possible_cpus",
]

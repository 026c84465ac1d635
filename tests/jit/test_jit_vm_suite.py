"""The interpreter's own semantic tests (tests/vm: ALU, atomics, calls, control flow, memory and faults), re-run
with the JIT as a third engine: wherever they compare the step machine with the fast path, the JIT must give the
identical outcome (r0, registers, steps, trace, memory, or the same error text). Tests that drive the interpreter
directly run unchanged here (and add nothing)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from pybpf.errors import PybpfError
from pybpf.vm.jit import Jit

VM_TESTS = Path(__file__).resolve().parents[1] / "vm"
MODULES = ("test_alu", "test_atomics", "test_calls", "test_control", "test_memory")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it executes
    spec.loader.exec_module(module)
    return module


harness = _load("jit_vm_harness", VM_TESTS / "vm_harness.py")


def _jit_outcome(jit: Jit, setup, args: Sequence[int] | None):
    setup.reset()
    before = setup.space.regions
    try:
        result = jit.execute(setup.space, *(args if args is not None else setup.args()))
        error = None
    except PybpfError as err:
        result, error = None, err
    assert setup.space.regions == before, "stack regions must be removed after a run"
    return harness.Outcome(result, error, setup.snapshot())


def run_three(insns, mem: bytes = b"", *, helpers=None, args=None, setup=None, **kw):
    """The harness's run_both with the JIT added: step machine, fast path and JIT must agree."""
    setup = setup or harness.Setup(mem)
    jit = Jit(list(insns), helpers=helpers, **kw)
    vm = jit.interpreter
    vm._stack_pool = list(jit.stack_regions)  # one set of stack buffers: addresses in messages agree
    step = harness.outcome(vm, setup, False, args)
    fast = harness.outcome(vm, setup, True, args)
    native = _jit_outcome(jit, setup, args)
    assert step.key() == fast.key()
    assert native.key() == step.key(), f"\nJIT:    {native.key()[:5]}\ninterp: {step.key()[:5]}"
    return step


harness.run_both = run_three
_saved = sys.modules.get("vm_harness")
sys.modules["vm_harness"] = harness  # the modules below import the harness with the JIT in it
sys.path.insert(0, str(VM_TESTS))
try:
    for _name in MODULES:
        _module = _load(f"jit_{_name}", VM_TESTS / f"{_name}.py")
        for _attr, _value in vars(_module).items():
            if _attr.startswith("test_") and callable(_value):
                globals()[f"{_attr}__{_name[5:]}"] = _value
finally:
    if _saved is not None:
        sys.modules["vm_harness"] = _saved
    else:
        del sys.modules["vm_harness"]

"""BPF helpers: the registry keyed by Linux's helper numbers, the context a helper runs in, Linux's helpers (native
code shared with the JIT, docs/helpers.md), the run environment, and host functions.

``linux_helpers(env, prog_type)`` builds a table; ``RunEnv.deterministic()`` fixes clocks, randomness, task and CPU;
``register_host_function(name, fn, HostSignature(...))`` adds a kfunc-style Python function. The modules beyond the
registry are imported on first use (the interpreter imports this package; they need the native code).
"""

from __future__ import annotations

from typing import Any

from pybpf.helpers.registry import CallContext, Helper, HelperFn, HelperTable, helper_name

_LAZY = {
    "RunEnv": "pybpf.helpers.env", "Redirect": "pybpf.helpers.env",
    "linux_helpers": "pybpf.helpers.linux",
    "HostFunction": "pybpf.helpers.host", "HostSignature": "pybpf.helpers.host",
    "register_host_function": "pybpf.helpers.host", "unregister_host_function": "pybpf.helpers.host",
    "host_function": "pybpf.helpers.host", "host_functions": "pybpf.helpers.host",
}

__all__ = ["CallContext", "Helper", "HelperFn", "HelperTable", "HostFunction", "HostSignature", "Redirect", "RunEnv",
           "helper_name", "host_function", "host_functions", "linux_helpers", "register_host_function",
           "unregister_host_function"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pybpf.helpers' has no attribute {name!r}")
    import importlib
    return getattr(importlib.import_module(module), name)

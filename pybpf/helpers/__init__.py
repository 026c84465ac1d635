"""BPF helpers: the registry keyed by Linux's helper numbers, and the context a helper runs in."""

from __future__ import annotations

from pybpf.helpers.registry import CallContext, Helper, HelperFn, HelperTable, helper_name

__all__ = ["CallContext", "Helper", "HelperFn", "HelperTable", "helper_name"]

"""Entry point of the ``pybpf`` command: builds the parser from the verb modules and turns errors into one line."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from pybpf import __version__
from pybpf.errors import PybpfError

# Each module defines ``register(subparsers)`` which adds its verb and sets ``func`` (args -> exit code).
VERBS = [
    "asm",
    "disasm",
    "demo",
    "conformance",
    "run", "bench",
    "cpu",
    "inspect",
    "map",
    "verify",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pybpf", description="The Linux eBPF subsystem in userspace.")
    parser.add_argument("--version", action="version", version=f"pybpf {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERBS:
        importlib.import_module(f"pybpf.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except PybpfError as err:
        print(f"pybpf {args.verb}: error: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"pybpf {args.verb}: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

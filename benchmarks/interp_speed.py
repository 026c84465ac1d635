#!/usr/bin/env python3
"""Interpreter speed in BPF instructions per second (fast path and step machine); same as `pybpf bench interp`.

Usage: .venv/bin/python benchmarks/interp_speed.py [--json] [--scale X] [--repeat N] [--program NAME]
"""

from __future__ import annotations

import sys

from pybpf.cli.main import main

if __name__ == "__main__":
    sys.exit(main(["bench", "interp", *sys.argv[1:]]))

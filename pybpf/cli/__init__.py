"""The ``pybpf`` and ``pybpf-plugin`` commands. One module per verb; each exposes ``register(subparsers)``."""

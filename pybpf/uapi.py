"""Linux uapi enums and flags (``include/uapi/linux/bpf.h``): commands, program, map, attach and link types.

Shared by every layer (elf, maps, progtypes, kernel), so it lives at the top of the package.
"""

from __future__ import annotations

from pybpf.kernel.uapi import (  # noqa: F401
    OBJ_NAME_LEN,
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

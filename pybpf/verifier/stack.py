"""A frame's stack, slot by slot (Linux's ``struct bpf_stack_state`` array).

Each 8-byte slot (``spi`` 0 is ``[fp-8, fp)``) has 8 byte types and, when a register is spilled there, the spilled
register's full state. Byte ``j`` of slot ``spi`` is at ``fp - 8*spi - 1 - j`` (the kernel's layout: index 7 is the
lowest address). Spilled registers are shared between copies of a state until one copy writes (copy-on-write).
"""

from __future__ import annotations

from pybpf.verifier.regs import SCALAR_VALUE, Reg

STACK_INVALID = 0
STACK_SPILL = 1
STACK_MISC = 2
STACK_ZERO = 3
STACK_DYNPTR = 4
STACK_ITER = 5
STACK_IRQ_FLAG = 6

SLOT = 8


def spi_of(off: int) -> int:
    """__get_spi: the slot holding the byte at ``fp + off`` (off < 0)."""
    return (-off - 1) // SLOT


def byte_of(off: int) -> int:
    return (-off - 1) % SLOT


class Stack:
    """``types`` holds 8 byte types per allocated slot; ``spilled[spi]`` the register spilled there (or None)."""

    __slots__ = ("_owned", "spilled", "types")

    def __init__(self) -> None:
        self.types = bytearray()
        self.spilled: list[Reg | None] = []
        self._owned = 0  # bit spi: this Stack's spilled[spi] is its own object (not shared with a copy)

    @property
    def allocated(self) -> int:
        """allocated_stack in bytes."""
        return len(self.spilled) * SLOT

    def copy(self) -> Stack:
        s = Stack.__new__(Stack)
        s.types = bytearray(self.types)
        s.spilled = list(self.spilled)
        s._owned = 0
        self._owned = 0
        return s

    def grow(self, size: int) -> None:
        n = (size + SLOT - 1) // SLOT
        old = len(self.spilled)
        if n > old:
            self.types.extend(bytes(SLOT * (n - old)))
            self.spilled.extend([None] * (n - old))

    def slot_types(self, spi: int) -> bytes:
        return bytes(self.types[spi * SLOT:(spi + 1) * SLOT])

    def type_at(self, spi: int, j: int) -> int:
        return self.types[spi * SLOT + j]

    def set_type(self, spi: int, j: int, t: int) -> None:
        self.types[spi * SLOT + j] = t

    def top(self, spi: int) -> int:
        """slot_type[BPF_REG_SIZE - 1]: the type that decides what the slot holds (spill, dynptr, iter...)."""
        return self.types[spi * SLOT + SLOT - 1]

    def is_spill(self, spi: int) -> bool:
        return self.types[spi * SLOT + SLOT - 1] == STACK_SPILL

    def is_spilled_scalar(self, spi: int) -> bool:
        r = self.spilled[spi]
        return self.is_spill(spi) and r is not None and r.type == SCALAR_VALUE

    def is_special(self, spi: int) -> bool:
        return self.top(spi) in (STACK_SPILL, STACK_DYNPTR, STACK_ITER, STACK_IRQ_FLAG)

    def reg(self, spi: int) -> Reg | None:
        return self.spilled[spi]

    def reg_mut(self, spi: int) -> Reg:
        """The spilled register of ``spi``, made private to this Stack (copy-on-write)."""
        r = self.spilled[spi]
        bit = 1 << spi
        if r is None:
            r = Reg()
            self.spilled[spi] = r
            self._owned |= bit
        elif not self._owned & bit:
            r = r.copy()
            self.spilled[spi] = r
            self._owned |= bit
        return r

    def set_reg(self, spi: int, r: Reg | None) -> None:
        self.spilled[spi] = r
        self._owned |= 1 << spi

    def regs(self) -> list[tuple[int, Reg]]:
        """(spi, register) of every spilled register."""
        out = []
        for spi, r in enumerate(self.spilled):
            if r is not None and self.types[spi * SLOT + SLOT - 1] == STACK_SPILL:
                out.append((spi, r))
        return out

    def mark_misc(self, spi: int, j: int) -> None:
        """mark_stack_slot_misc: zero and uninitialised bytes keep their type."""
        i = spi * SLOT + j
        t = self.types[i]
        if t not in (STACK_ZERO, STACK_INVALID):
            self.types[i] = STACK_MISC

    def scrub(self, spi: int) -> None:
        """scrub_special_slot: a data write over a spilled register / dynptr / iterator slot."""
        r = self.spilled[spi]
        if r is not None:
            self.set_reg(spi, None)
        if self.is_special(spi):
            base = spi * SLOT
            for i in range(base, base + SLOT):
                if self.types[i] != STACK_INVALID:
                    self.types[i] = STACK_MISC

    def save_reg(self, spi: int, reg: Reg, size: int) -> None:
        """save_register_state: spill ``reg`` (its top ``size`` bytes are SPILL, the rest MISC)."""
        self.set_reg(spi, reg.copy())
        base = spi * SLOT
        for j in range(SLOT - size, SLOT):
            self.types[base + j] = STACK_SPILL
        for j in range(SLOT - size):
            self.mark_misc(spi, j)

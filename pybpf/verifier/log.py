"""The verifier log in Linux 6.18's format (``kernel/bpf/log.c``): register and stack states, instruction lines,
the final statistics line. :class:`VerifierLog` collects lines; formatting helpers are pure functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pybpf.verifier import regs as R
from pybpf.verifier.bounds import S32_MAX, S32_MIN, S64_MAX, S64_MIN, U32_MAX, U64_MAX
from pybpf.verifier.tnum import M32, M64
from pybpf.verifier.tnum import fmt as tnum_fmt

if TYPE_CHECKING:
    from pybpf.verifier.state import FuncState

LOG_ALIGNMENT = 40  # BPF_LOG_ALIGNMENT: state after an instruction starts at this column (at least)
LOG_MIN_ALIGNMENT = 8


def unum(v: int) -> str:
    """verbose_unum: decimal up to 65535, else hex."""
    v &= M64
    return str(v) if v <= 0xFFFF else f"{v:#x}"


def snum(v: int) -> str:
    """verbose_snum: decimal in [-32768, 32767], else hex of the 64-bit pattern."""
    if -32768 <= v <= 32767:
        return str(v)
    return f"{v & M64:#x}"


def _scalar_ranges(r: R.Reg, parts: list[str]) -> None:
    s32min = r.s32min if -32768 <= r.s32min <= 32767 else r.s32min & M32
    s32max = r.s32max if -32768 <= r.s32max <= 32767 else r.s32max & M32
    items = [
        ["smin", r.smin, r.smin == S64_MIN], ["smax", r.smax, r.smax == S64_MAX],
        ["umin", r.umin, r.umin == 0], ["umax", r.umax, r.umax == U64_MAX],
        ["smin32", s32min, r.s32min == S32_MIN], ["smax32", s32max, r.s32max == S32_MAX],
        ["umin32", r.u32min, r.u32min == 0], ["umax32", r.u32max, r.u32max == U32_MAX],
    ]
    n = len(items)
    for i in range(n):
        name, val, omit = items[i]
        if omit:
            continue
        neg1 = name[0] == "s" and val < 0
        text = name + "="
        for j in range(i + 2, n, 2):
            name2, val2, omit2 = items[j]
            if omit2 or val2 != val:
                continue
            if (name2[0] == "s" and val2 < 0) != neg1:
                continue
            items[j][2] = True
            text += name2 + "="
        text += snum(val) if name[0] == "s" else unum(val)
        parts.append(text)


def reg_str(r: R.Reg, frameno: int = 0) -> str:
    """print_reg_state: ``scalar(smin=...,var_off=...)``, ``42``, ``fp-8``, ``map_value(map=m,ks=4,vs=8)``..."""
    t = r.type
    prefix = "P" if t == R.SCALAR_VALUE and r.precise else ""
    if t == R.SCALAR_VALUE and r.var[1] == 0:
        from pybpf.verifier.bounds import s64
        return prefix + snum(s64(r.var[0]))
    out = prefix + R.type_str(t)
    base = t & R.BASE_MASK
    if t == R.PTR_TO_ARENA:
        return out
    if t == R.PTR_TO_STACK:
        if frameno != r.frameno:
            out += f"[{r.frameno}]"
        if r.var[1] == 0:
            from pybpf.verifier.bounds import s64
            return out + snum(s64(r.var[0] + r.off))
    if base == R.PTR_TO_BTF_ID:
        out += _btf_name(r)
    parts: list[str] = []
    if r.id:
        parts.append(f"id={r.id & ~ADD_CONST}")
    text_extra = ""
    if r.id & ADD_CONST:
        text_extra = f"{r.off:+d}"
    if r.ref_obj_id:
        parts.append(f"ref_obj_id={r.ref_obj_id}")
    if t & R.NON_OWN_REF:
        parts.append("non_own_ref")
    if base in (R.CONST_PTR_TO_MAP, R.PTR_TO_MAP_KEY, R.PTR_TO_MAP_VALUE) and r.map is not None:
        if r.map.name:
            parts.append(f"map={r.map.name}")
        parts.append(f"ks={r.map.key_size},vs={r.map.value_size}")
    if t != R.SCALAR_VALUE and r.off:
        parts.append("off=" + snum(r.off))
    if R.is_pkt(t):
        parts.append("r=" + unum(r.range))
    if base == R.PTR_TO_MEM:
        parts.append("sz=" + unum(r.mem_size))
    if t == R.CONST_PTR_TO_DYNPTR and r.dynptr is not None:
        parts.append(f"type={r.dynptr.kind}")
    if r.var[1] == 0:
        if r.var[0]:
            from pybpf.verifier.bounds import s64
            parts.append("imm=" + snum(s64(r.var[0])))
    else:
        _scalar_ranges(r, parts)
        if r.var[1] != M64:
            parts.append("var_off=" + tnum_fmt(r.var))
    if text_extra and parts:
        parts[0] += text_extra
    return out + "(" + ",".join(parts) + ")"


ADD_CONST = 1 << 31  # BPF_ADD_CONST: the id of a scalar that is "linked id + off"


def _btf_name(r: R.Reg) -> str:
    if r.btf is not None and r.btf_id:
        try:
            return r.btf.name(r.btf_id)
        except Exception:
            return ""
    return ""


SLOT_CHARS = {0: "?", 1: "r", 2: "m", 3: "0", 4: "d", 5: "i"}  # STACK_INVALID, SPILL, MISC, ZERO, DYNPTR, ITER


def func_state_str(f: FuncState, scratched_regs: int | None = None, scratched_stack: int | None = None) -> str:
    """print_verifier_state for one frame: `` R1=ctx() R10=fp0 fp-8=mmmmmmmm``. With ``scratched_*`` bitmasks only
    the registers / stack slots written since the last print are shown (as the kernel's per-instruction lines)."""
    from pybpf.verifier.stack import STACK_DYNPTR, STACK_INVALID, STACK_ITER, STACK_SPILL
    out = []
    if f.frameno:
        out.append(f" frame{f.frameno}:")
    for i, r in enumerate(f.regs):
        if r.type == R.NOT_INIT:
            continue
        if scratched_regs is not None and not scratched_regs >> i & 1:
            continue
        out.append(f" R{i}={reg_str(r, f.frameno)}")
    stack = f.stack
    nslots = len(stack.spilled)
    i = 0
    while i < nslots:
        spi = i
        i += 1
        if scratched_stack is not None and not scratched_stack >> spi & 1:
            continue
        types = stack.slot_types(spi)
        if all(t == STACK_INVALID for t in types):
            continue
        chars = "".join(SLOT_CHARS[t] for t in types)
        top = types[7]
        off = (-spi - 1) * 8
        if top == STACK_SPILL:
            j = types.index(STACK_SPILL)
            out.append(f" fp{off}={chars[:j]}{reg_str(stack.spilled[spi], f.frameno)}")
        elif top == STACK_DYNPTR:
            spi += 1
            i = spi + 1
            d = stack.spilled[spi]
            off = (-spi - 1) * 8
            parts = []
            if d.id:
                parts.append(f"id={d.id}")
            if d.ref_obj_id:
                parts.append(f"ref_id={d.ref_obj_id}")
            if d.dynptr is not None and d.dynptr.dynptr_id:
                parts.append(f"dynptr_id={d.dynptr.dynptr_id}")
            kind = d.dynptr.kind if d.dynptr is not None else "<invalid>"
            out.append(f" fp{off}=dynptr_{kind}(" + ",".join(parts) + ")")
        elif top == STACK_ITER:
            d = stack.spilled[spi]
            if d is None or not d.ref_obj_id or d.iter is None:
                continue
            it = d.iter
            state = {1: "active", 2: "drained"}.get(it.state, "<invalid>")
            out.append(f" fp{off}=iter_{it.name}(ref_id={d.ref_obj_id},state={state},depth={it.depth})")
        else:
            out.append(f" fp{off}={chars}")
    if f.refs_str:
        out.append(f.refs_str)
    if f.in_callback:
        out.append(" cb")
    if f.in_async_callback:
        out.append(" async_cb")
    return "".join(out)


class VerifierLog:
    """The log text being built. ``level`` 0 keeps only the final error lines (as the kernel does with a buffer)."""

    __slots__ = ("_open", "level", "lines")

    def __init__(self, level: int) -> None:
        self.level = level
        self.lines: list[str] = []
        self._open = False  # the last line has no newline yet (an instruction awaiting its state)

    def write(self, text: str) -> None:
        """Append text (may contain newlines, like the kernel's verbose())."""
        if self._open and self.lines:
            self.lines[-1] += text
        else:
            self.lines.append(text)
        self._open = not text.endswith("\n")
        if not self._open:
            self.lines[-1] = self.lines[-1][:-1]
            if "\n" in self.lines[-1]:
                last = self.lines.pop()
                self.lines.extend(last.split("\n"))

    def line(self, text: str) -> None:
        self.write(text + "\n")

    def append_state(self, state_text: str) -> None:
        """After an instruction line: pad to the kernel's alignment and add ``;`` + the state."""
        if self.lines and not self._open:
            last = self.lines[-1]
            pos = len(last) + 1  # the kernel counts the instruction line's newline
            pad = max(pos + LOG_MIN_ALIGNMENT // 2, LOG_ALIGNMENT)
            pad = (pad + LOG_MIN_ALIGNMENT - 1) // LOG_MIN_ALIGNMENT * LOG_MIN_ALIGNMENT - pos - 1
            self.lines[-1] = last + " " * pad + ";" + state_text

    def text(self) -> str:
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def stats_line(processed: int, max_states: int, total: int, peak: int) -> str:
    return (f"processed {processed} insns (limit 1000000) max_states_per_insn {max_states} total_states {total} "
            f"peak_states {peak} mark_read 0")

"""pybpf's own explanation of a rejection: the failing instruction and its source line (BTF line_info), the
registers involved with their states and where they were last set, the branch decisions on the path, and a fix
hint for the common cases."""

from __future__ import annotations

from typing import Any

from pybpf.isa.disasm import disasm
from pybpf.verifier.log import reg_str


def explain(env: Any, rej: Any, spec: Any = None) -> str:
    slot = env.insn_idx
    lines = []
    insn = env.prog.at[slot] if 0 <= slot < env.prog.len else None
    where = f"slot {slot}" if insn is not None else "program"
    text = disasm(insn, slot, "kernel") if insn is not None else ""
    lines.append(f"rejected at {where}: {text}" if text else f"rejected: {rej.message}")
    src = _source_line(spec, slot)
    if src:
        lines.append(f"  source: {src}")
    lines.append(f"  reason: {rej.message}")
    st = env.cur
    if st is not None and rej.regno is not None and 0 <= rej.regno <= 10:
        r = st.cur.regs[rej.regno]
        origin = f" (set at slot {r.origin})" if r.origin >= 0 else ""
        lines.append(f"  R{rej.regno} = {reg_str(r, st.cur.frameno)}{origin}")
        if r.origin >= 0:
            osrc = _source_line(spec, r.origin)
            if osrc:
                lines.append(f"    from: {osrc}")
    if st is not None and st.path:
        decisions = ", ".join(f"{s}->{t}" + ("" if taken else " (fallthrough)") for s, t, taken in st.path[-8:])
        lines.append(f"  path: {decisions}")
    if getattr(rej, "hint", ""):
        lines.append(f"  hint: {rej.hint}")
    return "\n".join(lines)


def _source_line(spec: Any, slot: int) -> str:
    if spec is None or not getattr(spec, "line_info", None):
        return ""
    rec = spec.line_at(slot)
    if rec is None:
        return ""
    line = getattr(rec, "line", None) or getattr(rec, "text", "")
    fname = getattr(rec, "file_name", None) or getattr(rec, "file", "")
    num = getattr(rec, "line_num", None) or getattr(rec, "line_number", None)
    text = str(line).strip()
    if fname and num:
        return f"{text} @ {str(fname).rsplit('/', 1)[-1]}:{num}"
    return text

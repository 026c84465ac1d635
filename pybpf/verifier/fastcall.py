"""bpf_fastcall stack accounting (Linux's mark_fastcall_patterns / check_fastcall_stack_contract /
remove_fastcall_spills_fills): clang surrounds a call to a bpf_fastcall function with spills and fills of the live
caller-saved registers it does not clobber, at the lowest stack offsets of the function. When every access to that
region belongs to such patterns and the call is inlined, Linux drops the spills and fills after verification and
the function's stack depth shrinks to what is left above them, before the combined stack depth is checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pybpf.isa.opcodes import CALL

if TYPE_CHECKING:
    from pybpf.verifier.env import Env

S16_MIN = -32768
ALL_CALLER_SAVED = 0x3F  # r0-r5
_STX_DW, _LDX_DW = 0x7B, 0x79
_INLINED_HELPERS = frozenset({8})  # bpf_get_smp_processor_id: inlined on x86-64 with the JIT (always on)
_INLINED_KFUNCS = frozenset({"bpf_cast_to_kern_ctx", "bpf_rdonly_cast"})
KF_FASTCALL = 1 << 12


class Fastcall:
    """Per program: the slots of pattern spills/fills, the calls whose patterns Linux would remove, and per
    subprogram the lowest pattern offset and whether the region must be kept."""

    __slots__ = ("keep", "pattern", "spills", "stack_off")

    def __init__(self) -> None:
        self.pattern: set[int] = set()
        self.spills: dict[int, int] = {}  # call slot -> number of spill/fill pairs removed
        self.stack_off: dict[int, int] = {}  # subprog -> fastcall_stack_off
        self.keep: set[int] = set()  # subprogs whose fastcall stack stays (a call that is not inlined)


def _jump_targets(prog: Any) -> set[int]:
    out = set()
    for slot, insn in enumerate(prog.at):
        if insn is None:
            continue
        cls = insn.opcode & 7
        if cls not in (5, 6):
            continue
        op = insn.opcode & 0xF0
        if op == 0x80:
            if insn.src == 1:
                out.add(slot + insn.imm + 1)
            continue
        if op == 0x90:
            continue
        off = insn.imm if (op == 0x00 and cls == 6) else insn.off
        out.add(slot + off + 1)
    return out


def _clobbers(env: Env, slot: int, insn: Any) -> tuple[int, bool] | None:
    """(clobbered register mask as if the callee were bpf_fastcall, whether Linux inlines it) or None."""
    if insn.src == 0:
        from pybpf.verifier.protos import proto
        p = proto(insn.imm)
        if p is None:
            return None
        mask = 0 if p.ret == "RET_VOID" else 1
        for i, a in enumerate(p.args[:5]):
            if a != "ARG_DONTCARE":
                mask |= 1 << (i + 1)
        return mask, insn.imm in _INLINED_HELPERS
    if insn.src == 2:
        from pybpf.verifier._kfunc_flags import FLAGS
        from pybpf.verifier.kfuncs import kfunc_name, vmlinux
        name = kfunc_name(env, slot, insn)
        vml = vmlinux()
        if name is None or vml is None or not FLAGS.get(name, 0) & KF_FASTCALL:
            return None
        fid = vml.find_id(name)
        if fid is None:
            return None
        fproto = vml.type(vml.type(fid).type)
        mask = 1 if fproto.return_type else 0
        for i in range(min(len(fproto.params), 5)):
            mask |= 1 << (i + 1)
        return mask, name in _INLINED_KFUNCS
    return None


def mark_patterns(env: Env) -> Fastcall:
    """mark_fastcall_patterns, run once before verification."""
    fc = Fastcall()
    prog = env.prog
    at = prog.at
    targets = _jump_targets(prog)
    for sp in env.subprogs:
        lowest = 0
        for slot in range(sp.start, sp.end):
            insn = at[slot]
            if insn is not None and insn.opcode == _STX_DW and insn.dst == 10:
                lowest = min(lowest, insn.off)
        for slot in range(sp.start, sp.end):
            insn = at[slot]
            if insn is None or insn.opcode != CALL:
                continue
            found = _clobbers(env, slot, insn)
            if found is None or found[0] == ALL_CALLER_SAVED:
                continue
            expected = ~found[0] & ALL_CALLER_SAVED
            i, off = 1, lowest
            while i <= 6:
                if slot - i < 0 or slot + i >= prog.len:
                    break
                if slot - i + 1 in targets or slot + i in targets:
                    break
                stx, ldx = at[slot - i], at[slot + i]
                if stx is None or ldx is None or stx.opcode != _STX_DW or ldx.opcode != _LDX_DW or \
                        stx.dst != 10 or ldx.src != 10 or stx.src != ldx.dst or not expected >> stx.src & 1 or \
                        stx.off != off or ldx.off != off:
                    break
                expected &= ~(1 << stx.src)
                fc.pattern.update((slot - i, slot + i))
                i += 1
                off += 8
            if i == 1:
                continue
            if found[1]:
                fc.spills[slot] = i - 1
            else:
                fc.keep.add(sp.index)
            fc.stack_off[sp.index] = min(fc.stack_off.get(sp.index, 0), off)
    return fc


def check_contract(env: Env, subprog: int, off: int) -> None:
    """check_fastcall_stack_contract: a stack access below the fastcall region by anything but a pattern
    disables the rewrite for the whole function."""
    fc: Fastcall | None = getattr(env, "fastcall", None)
    if fc is None or env.insn_idx in fc.pattern:
        return
    cur = fc.stack_off.get(subprog, 0)
    if cur <= off:
        return
    fc.stack_off[subprog] = S16_MIN
    sp = env.subprogs[subprog]
    for slot in range(sp.start, sp.end):
        fc.spills.pop(slot, None)
        fc.pattern.discard(slot)


def shrink_stack_depths(env: Env) -> None:
    """remove_fastcall_spills_fills: functions whose patterns all go away keep only the stack above them."""
    fc: Fastcall | None = getattr(env, "fastcall", None)
    if fc is None:
        return
    for sp in env.subprogs:
        modified = any(sp.start <= s < sp.end for s in fc.spills)
        if modified and sp.index not in fc.keep:
            env.stack_depth[sp.index] = -fc.stack_off.get(sp.index, 0)

"""Helpers and maps from JIT code without Python: which helper calls become native calls, and their IR.

A helper is lowered natively only when the program's table holds Linux's own implementation of it (a function
built by :func:`pybpf.helpers.linux.linux_helpers`, or ``engine.tail_call`` / ``engine.bpf_loop``): the native
code then calls the very C functions the Python wrappers call (``pb_map_*``, ``pbh_*``), so the two engines cannot
disagree. Every native call site keeps the wrapper's checks, and anything they would reject goes to the Python
wrapper instead (which raises exactly what the interpreter raises):

* the map must be known statically (an LD_IMM64 map reference in the same block loads r1 — what compilers emit)
  and its value memory registered in the run's address space (checked against the region table once per table
  version, as the wrapper's ``lookup_map`` registers it on first use);
* key / value / buffer pointers must lie in one region (statically for frame-pointer offsets inside the frame);
* the run must have an environment (``ctx[W_ENV]``).

Array and per-CPU array lookups are inlined (docs/maps.md's recipe: ``index < max_entries ? values + index *
elem_stride``); hash, LRU, LPM, queue/stack, bloom and ring buffer operations are direct calls; bpf_tail_call jumps
through the prog array's engine words (filled by ``ProgArrayMap.target_resolver``) with the 33-call counter in the
run context; bpf_loop calls its callback as a native function.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

from pybpf.helpers.registry import Helper, HelperTable
from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import LD_IMM64, MAX_LOOPS, MAX_TAIL_CALLS, STACK_SIZE, AluOp, Class, PseudoSrc, Source
from pybpf.vm._runtime import func_slot
from pybpf.vm.jit import abi
from pybpf.vm.jit.abi import Event
from pybpf.vm.jit.lower import Layout, NativeLowering, _ctx_word, _FunctionLowering, zero_frame
from pybpf.vm.jit.ops import s64
from pybpf.vm.jit.runtime import INVALID_LO

# helper id -> native function taking only the env
ENV_ONLY = {5: "pbh_ktime_get_ns", 125: "pbh_ktime_get_boot_ns", 160: "pbh_ktime_get_coarse_ns",
            208: "pbh_ktime_get_tai_ns", 7: "pbh_get_prandom_u32", 8: "pbh_get_smp_processor_id",
            42: "pbh_get_numa_node_id", 14: "pbh_get_current_pid_tgid", 15: "pbh_get_current_uid_gid"}
# helper id -> wrapper function name in linux_helpers (how a table entry is recognised as Linux's)
WRAPPERS = {1: "map_lookup_elem", 2: "map_update_elem", 3: "map_delete_elem", 87: "map_push_elem",
            88: "map_pop_elem", 89: "map_peek_elem", 195: "map_lookup_percpu_elem", 130: "ringbuf_output",
            131: "ringbuf_reserve", 134: "ringbuf_query", 28: "csum_diff", 23: "redirect", 16: "get_current_comm",
            93: "spin_lock", 94: "spin_unlock", 51: "redirect_map"}
DECLARE = {
    "pb_map_lookup_elem": "declare ptr @pb_map_lookup_elem(ptr, ptr, i32)",
    "pb_map_lookup_percpu_elem": "declare ptr @pb_map_lookup_percpu_elem(ptr, ptr, i32)",
    "pb_map_update_elem": "declare i64 @pb_map_update_elem(ptr, ptr, ptr, i64, i32)",
    "pb_map_delete_elem": "declare i64 @pb_map_delete_elem(ptr, ptr, i32)",
    "pb_map_push_elem": "declare i64 @pb_map_push_elem(ptr, ptr, i64, i32)",
    "pb_map_pop_elem": "declare i64 @pb_map_pop_elem(ptr, ptr, i32)",
    "pb_map_peek_elem": "declare i64 @pb_map_peek_elem(ptr, ptr, i32)",
    "pb_ringbuf_output": "declare i64 @pb_ringbuf_output(ptr, ptr, i64, i64)",
    "pb_ringbuf_reserve": "declare ptr @pb_ringbuf_reserve(ptr, i64, i64)",
    "pb_ringbuf_query": "declare i64 @pb_ringbuf_query(ptr, i64)",
    "pbh_csum_diff": "declare i64 @pbh_csum_diff(ptr, i32, ptr, i32, i64)",
    "pbh_redirect_xdp": "declare i64 @pbh_redirect_xdp(ptr, i32, i64)",
    "pbh_redirect_tc": "declare i64 @pbh_redirect_tc(ptr, i32, i64)",
    "pbh_get_current_comm": "declare i64 @pbh_get_current_comm(ptr, ptr, i32)",
    "pbh_spin_lock": "declare i64 @pbh_spin_lock(ptr)",
    "pbh_spin_unlock": "declare i64 @pbh_spin_unlock(ptr)",
    "pbh_redirect_map": "declare i64 @pbh_redirect_map(ptr, ptr, i64, i64)",
    **{name: f"declare i64 @{name}(ptr)" for name in ENV_ONLY.values()},
}
ENV_CPU = 8  # offsetof(struct pbh_env, cpu)
HDR_VALUES = 56  # offsetof(struct pb_map, values)
ARRAY, PERCPU_ARRAY, PROG_ARRAY, BLOOM = 2, 6, 3, 30
NEG = {e: -e for e in (errno.ENOENT, errno.EINVAL, errno.E2BIG)}
M32 = 0xFFFFFFFF


@dataclass(frozen=True)
class MapShape:
    """What the generated code may depend on about a map (part of the code cache key)."""

    type: int
    key_size: int
    value_size: int
    max_entries: int
    elem_stride: int
    value_stride: int
    nr_cpus: int

    @classmethod
    def of(cls, m: Any) -> MapShape:
        import ctypes
        hdr = m.address

        def u32(off: int) -> int:
            return ctypes.c_uint32.from_address(hdr + off).value
        return cls(int(m.type), m.key_size, m.value_size, u32(16), u32(76), u32(32), u32(28))


def linux_kind(helper: Helper | None) -> str | None:
    """How helper ``helper`` is implemented: "linux" (a linux_helpers wrapper of its id), "tail_call", "loop",
    or None (a user function, or Linux's without a native lowering here)."""
    if helper is None:
        return None
    from pybpf.helpers import engine
    fn = helper.fn
    if fn is engine.tail_call:
        return "tail_call"
    if fn is engine.bpf_loop:
        return "loop"
    qual = getattr(fn, "__qualname__", "")
    if not qual.startswith("linux_helpers.<locals>."):
        return None
    if helper.id in ENV_ONLY and qual == "linux_helpers.<locals>.plain.<locals>.<lambda>":
        return "linux"
    if WRAPPERS.get(helper.id) == qual.rsplit(".", 1)[-1]:
        return "linux"
    return None


def _closure(fn: Any, name: str) -> Any:
    code = getattr(fn, "__code__", None)
    if code is None or name not in code.co_freevars:
        return None
    return fn.__closure__[code.co_freevars.index(name)].cell_contents


class NativeHelpers(NativeLowering):
    """Native lowering of Linux's helpers for one program (``maps``: LD_IMM64 index -> the Map it loads)."""

    def __init__(self, helpers: HelperTable, layout: Layout, maps: dict[int, Any], *, ldabs: bool = False) -> None:
        self.helpers = helpers
        self.layout = layout
        self.maps = maps
        self.shapes = {k: MapShape.of(m) for k, m in maps.items()}
        self.used: set[str] = set()
        self.kinds = {hid: linux_kind(helpers.get(hid)) for hid in helpers}
        self.has_env = getattr(helpers, "env", None) is not None
        self.ldabs = ldabs  # the packet resolver is the program types' skb one: legacy packet loads run natively

    def key(self) -> str:
        """What the lowering depends on besides the program (for the code cache)."""
        kinds = sorted((h, k) for h, k in self.kinds.items() if k)
        redirect = _closure(self.helpers.get(23).fn, "ptype") if self.kinds.get(23) else None
        return (f"kinds={kinds};env={self.has_env};maps={sorted(self.shapes.items())};redirect={redirect};"
                f"ldabs={self.ldabs}")

    def declarations(self) -> str:
        return "\n".join(DECLARE[name] for name in sorted(self.used))

    def _words(self) -> tuple[int, int, int, int]:
        """Where mapreg, aux and maplist are in the data block (see abi.data_words)."""
        return abi.data_words(len(self.layout.imm_refs), len(self.maps))

    # -- analysis ----------------------------------------------------------------------------------------------
    def facts(self, fl: _FunctionLowering, slot: int) -> dict[int, tuple[str, int]]:
        """What the block before ``slot`` says about registers: ("fp", offset from r10), ("map", LD_IMM64
        index), ("func", slot)."""
        known: dict[int, tuple[str, int]] = {10: ("fp", 0)} if fl.fixed_fp else {}
        for s, insn in fl.cur_block:
            if s >= slot:
                break
            code = insn.opcode
            cls = code & 0x07
            d = insn.dst
            if code == LD_IMM64:
                if insn.src in (PseudoSrc.MAP_FD, PseudoSrc.MAP_IDX) and s in fl.imm_index:
                    known[d] = ("map", fl.imm_index[s])
                elif insn.src == PseudoSrc.FUNC:
                    known[d] = ("func", func_slot(insn, s))
                else:
                    known.pop(d, None)
            elif code == Class.ALU64 | AluOp.MOV | Source.X and insn.off == 0:
                if insn.src in known:
                    known[d] = known[insn.src]
                else:
                    known.pop(d, None)
            elif code in (Class.ALU64 | AluOp.ADD | Source.K, Class.ALU64 | AluOp.SUB | Source.K) and \
                    known.get(d, ("", 0))[0] == "fp":
                delta = insn.imm if code & 0xF0 == AluOp.ADD else -insn.imm
                known[d] = ("fp", known[d][1] + delta)
            elif _writes(insn) is not None:
                for r in _writes(insn):  # type: ignore[union-attr]
                    known.pop(r, None)
            elif cls in (Class.JMP, Class.JMP32):
                known.clear()
        return known

    # -- emission helpers ----------------------------------------------------------------------------------------
    def _env(self, fl: _FunctionLowering, slow: str) -> str:
        """The run's pbh_env pointer (to ``slow`` when the run has none)."""
        c = fl.c
        v = c.op(f"load i64, ptr {_ctx_word(c, abi.W_ENV)}")
        ok = c.label("en")
        isnull = c.op(f"icmp eq i64 {v}, 0")
        c(f"br i1 {isnull}, label %{slow}, label %{ok}, !prof !0")
        c.block(ok)
        return c.op(f"inttoptr i64 {v} to ptr")

    def _registered(self, fl: _FunctionLowering, k: int | str, slow: str) -> None:
        """Continue when map ``k``'s value memory is in the region table (else ``slow``: the wrapper registers
        it); a hit is remembered for the table's version. ``k``: the LD_IMM64 index, or an i64 value."""
        c = fl.c
        k2 = str(2 * k) if isinstance(k, int) else c.op(f"shl i64 {k}, 1")
        k21 = str(2 * k + 1) if isinstance(k, int) else c.op(f"add i64 {k2}, 1")
        mapreg = self._words()[0]
        verp = c.op(f"getelementptr inbounds i64, ptr %pd, i64 {c.op(f'add i64 {k21}, {mapreg}')}")
        ver = c.op(f"load i64, ptr {verp}")
        cur = c.op(f"load i64, ptr {_ctx_word(c, abi.W_TABLE_VERSION)}")
        same = c.op(f"icmp eq i64 {ver}, {cur}")
        ok, chk, look = c.label("mr"), c.label("mc"), c.label("ml")
        c(f"br i1 {same}, label %{ok}, label %{chk}, !prof !1")
        c.block(chk)
        basep = c.op(f"getelementptr inbounds i64, ptr %pd, i64 {c.op(f'add i64 {k2}, {mapreg}')}")
        base = c.op(f"load i64, ptr {basep}")
        none = c.op(f"icmp eq i64 {base}, 0")
        c(f"br i1 {none}, label %{ok}, label %{look}")
        c.block(look)
        found = c.op(f"call {{i64, i64}} @pybpf_jit_find(ptr %ctx, i64 {base}, i64 1, i64 0, i64 %depth, ptr null)")
        lo = c.op(f"extractvalue {{i64, i64}} {found}, 0")
        valid = c.op(f"icmp ne i64 {lo}, {INVALID_LO}")
        rem = c.label("ms")
        c(f"br i1 {valid}, label %{rem}, label %{slow}")
        c.block(rem)
        c(f"store i64 {cur}, ptr {verp}")
        c(f"br label %{ok}")
        c.block(ok)

    def _span(self, fl: _FunctionLowering, facts: dict, reg: int, size: int | str, write: bool, slow: str) -> str:
        """The pointer in ``reg`` once ``[reg, reg+size)`` is known to lie in one region."""
        c = fl.c
        v = fl.get(reg)
        fact = facts.get(reg)
        if isinstance(size, int) and fact is not None and fact[0] == "fp" and fl.fixed_fp and \
                fact[1] >= -STACK_SIZE and fact[1] + size <= 0:
            return c.op(f"inttoptr i64 {v} to ptr")  # inside this frame's stack
        fl.check_span(v, str(size), write, slow)
        return c.op(f"inttoptr i64 {v} to ptr")

    def _guarded(self, fl: _FunctionLowering, insn: Instruction, slot: int, fast) -> None:
        """``fast(slow_label) -> r0 value`` emits the native path (branching to the slow label when a check
        fails); the slow path is the Python wrapper through the trampoline."""
        c = fl.c
        slow, join = c.label("hs"), c.label("hj")
        r0 = fast(slow)
        fl.put(0, r0)
        c(f"br label %{join}")
        c.block(slow)
        args = [fl.get(r) for r in range(1, 6)]
        r = fl.trampoline(slot, abi.CALL_HELPER, str(insn.imm), args)
        if insn.imm == 12:
            fl.tail_check(slot)
        fl.put(0, r)
        c(f"br label %{join}")
        c.block(join)

    def _call(self, fl: _FunctionLowering, name: str, ret: str, args: str) -> str:
        self.used.add(name)
        c = fl.c
        if ret == "ptr":
            p = c.op(f"call ptr @{name}({args})")
            return c.op(f"ptrtoint ptr {p} to i64")
        return c.op(f"call i64 @{name}({args})")

    def _cpu(self, fl: _FunctionLowering, env: str) -> str:
        c = fl.c
        p = c.op(f"getelementptr inbounds i8, ptr {env}, i64 {ENV_CPU}")
        return c.op(f"load i32, ptr {p}")

    # -- the hook ------------------------------------------------------------------------------------------------
    def helper(self, fl: _FunctionLowering, insn: Instruction, slot: int) -> bool:
        hid = insn.imm
        kind = self.kinds.get(hid)
        if kind is None:
            return False
        facts = self.facts(fl, slot)
        if kind == "tail_call":
            return self._tail_call(fl, insn, slot, facts)
        if kind == "loop":
            return self._loop(fl, insn, slot, facts)
        if not self.has_env:
            return False
        if hid in ENV_ONLY:
            name = ENV_ONLY[hid]
            self._guarded(fl, insn, slot, lambda slow: self._call(fl, name, "i64", f"ptr {self._env(fl, slow)}"))
            return True
        if hid == 28:
            self._guarded(fl, insn, slot, lambda slow: self._csum_diff(fl, facts, slow))
            return True
        if hid == 23:
            ptype = _closure(self.helpers.get(23).fn, "ptype")
            name = "pbh_redirect_xdp" if ptype == "XDP" else "pbh_redirect_tc"

            def redirect(slow: str) -> str:
                env = self._env(fl, slow)
                ifindex = fl.c.op(f"trunc i64 {fl.get(1)} to i32")
                return self._call(fl, name, "i64", f"ptr {env}, i32 {ifindex}, i64 {fl.get(2)}")
            self._guarded(fl, insn, slot, redirect)
            return True
        if hid == 16:
            def comm(slow: str) -> str:
                env = self._env(fl, slow)
                size = fl.c.op(f"and i64 {fl.get(2)}, {M32}")
                buf = self._span(fl, facts, 1, size, True, slow)
                size32 = fl.c.op(f"trunc i64 {size} to i32")
                return self._call(fl, "pbh_get_current_comm", "i64", f"ptr {env}, ptr {buf}, i32 {size32}")
            self._guarded(fl, insn, slot, comm)
            return True
        if hid in (93, 94):
            self._guarded(fl, insn, slot, lambda slow: self._spin(fl, hid, facts, slow))
            return True
        fact = facts.get(1)
        if fact is None or fact[0] != "map" or fact[1] not in self.maps:
            if not self.maps:
                return False
            # a map chosen at run time (a pointer merged from several branches): one of this program's maps
            self._guarded(fl, insn, slot, lambda slow: self._map_op(fl, hid, None, None, facts, slow))
            return True
        k = fact[1]
        shape = self.shapes[k]
        if shape.type == PROG_ARRAY:
            return False
        self._guarded(fl, insn, slot, lambda slow: self._map_op(fl, hid, k, shape, facts, slow))
        return True

    # -- maps ----------------------------------------------------------------------------------------------------
    def _map_op(self, fl: _FunctionLowering, hid: int, k: int | None, shape: MapShape | None, facts: dict,
                slow: str) -> str:
        """A map helper on map ``k`` of ``shape``, or (None, None) on whichever of the program's maps r1 is at run
        time (found in the data block's maplist; sizes read from its header; anything unusual goes to the wrapper)."""
        c = fl.c
        env = self._env(fl, slow)
        ks: int | str
        vs: int | str
        if k is None or shape is None:
            maplist = c.op(f"getelementptr inbounds i64, ptr %pd, i64 {self._words()[2]}")
            found = c.op(f"call i64 @pybpf_jit_map_index(ptr {maplist}, i64 {len(self.maps)}, i64 {fl.get(1)})")
            known, go = c.op(f"icmp sge i64 {found}, 0"), c.label("mk")
            c(f"br i1 {known}, label %{go}, label %{slow}")
            c.block(go)
            self._registered(fl, found, slow)
            m = c.op(f"inttoptr i64 {fl.get(1)} to ptr")
            mtype = c.op(f"load i32, ptr {c.op(f'getelementptr inbounds i8, ptr {m}, i64 4')}")
            if hid == 89:  # a bloom filter's peek reads its value, other maps' write it: let the wrapper sort it out
                bloom, other = c.op(f"icmp eq i32 {mtype}, {BLOOM}"), c.label("mb")
                c(f"br i1 {bloom}, label %{slow}, label %{other}")
                c.block(other)
            ks = self._header_u32(fl, m, 8)  # key_size
            vs = self._header_u32(fl, m, 12)  # value_size
            is_bloom = False
        else:
            self._registered(fl, k, slow)
            m = c.op(f"inttoptr i64 {fl.get(1)} to ptr")
            ks, vs = shape.key_size, shape.value_size
            is_bloom = shape.type == BLOOM
        if hid in (1, 195):
            key = self._span(fl, facts, 2, ks, False, slow)
            if hid == 1 and shape is not None and shape.type in (ARRAY, PERCPU_ARRAY):
                return self._array_lookup(fl, m, key, shape, env)
            if hid == 1:
                return self._call(fl, "pb_map_lookup_elem", "ptr", f"ptr {m}, ptr {key}, i32 {self._cpu(fl, env)}")
            cpu = c.op(f"trunc i64 {fl.get(3)} to i32")
            return self._call(fl, "pb_map_lookup_percpu_elem", "ptr", f"ptr {m}, ptr {key}, i32 {cpu}")
        if hid == 2:
            key = self._span(fl, facts, 2, ks, False, slow)
            value = self._span(fl, facts, 3, vs, False, slow)
            return self._call(fl, "pb_map_update_elem", "i64",
                              f"ptr {m}, ptr {key}, ptr {value}, i64 {fl.get(4)}, i32 {self._cpu(fl, env)}")
        if hid == 3:
            key = self._span(fl, facts, 2, ks, False, slow)
            return self._call(fl, "pb_map_delete_elem", "i64", f"ptr {m}, ptr {key}, i32 {self._cpu(fl, env)}")
        if hid == 87:
            value = self._span(fl, facts, 2, vs, False, slow)
            return self._call(fl, "pb_map_push_elem", "i64",
                              f"ptr {m}, ptr {value}, i64 {fl.get(3)}, i32 {self._cpu(fl, env)}")
        if hid in (88, 89):
            value = self._span(fl, facts, 2, vs, not (hid == 89 and is_bloom), slow)
            name = "pb_map_pop_elem" if hid == 88 else "pb_map_peek_elem"
            return self._call(fl, name, "i64", f"ptr {m}, ptr {value}, i32 {self._cpu(fl, env)}")
        if hid == 130:
            data = self._span(fl, facts, 2, fl.get(3), False, slow)
            return self._call(fl, "pb_ringbuf_output", "i64", f"ptr {m}, ptr {data}, i64 {fl.get(3)}, "
                                                              f"i64 {fl.get(4)}")
        if hid == 131:
            return self._call(fl, "pb_ringbuf_reserve", "ptr", f"ptr {m}, i64 {fl.get(2)}, i64 {fl.get(3)}")
        if hid == 134:
            return self._call(fl, "pb_ringbuf_query", "i64", f"ptr {m}, i64 {fl.get(2)}")
        if hid == 51:
            return self._call(fl, "pbh_redirect_map", "i64", f"ptr {env}, ptr {m}, i64 {fl.get(2)}, i64 {fl.get(3)}")
        c(f"br label %{slow}")  # not lowered: the wrapper
        c.block(c.label("dead"))
        return "0"

    @staticmethod
    def _header_u32(fl: _FunctionLowering, m: str, offset: int) -> str:
        c = fl.c
        p = c.op(f"getelementptr inbounds i8, ptr {m}, i64 {offset}")
        return c.op(f"zext i32 {c.op(f'load i32, ptr {p}')} to i64")

    def _array_lookup(self, fl: _FunctionLowering, m: str, key: str, shape: MapShape, env: str) -> str:
        """pb_array_lookup for ARRAY and PERCPU_ARRAY, inline (the map's strides are fixed at creation)."""
        c = fl.c
        idx = c.op(f"load i32, ptr {key}, align 1")
        idx64 = c.op(f"zext i32 {idx} to i64")
        inb = c.op(f"icmp ult i64 {idx64}, {shape.max_entries}")
        vp = c.op(f"getelementptr inbounds i8, ptr {m}, i64 {HDR_VALUES}")
        values = c.op(f"load i64, ptr {vp}")
        off = c.op(f"mul i64 {idx64}, {shape.elem_stride}")
        p = c.op(f"add i64 {values}, {off}")
        if shape.type == PERCPU_ARRAY:
            cpu = c.op(f"zext i32 {self._cpu(fl, env)} to i64")
            pc = c.op(f"mul i64 {cpu}, {shape.value_stride}")
            p = c.op(f"add i64 {p}, {pc}")
            okcpu = c.op(f"icmp ult i64 {cpu}, {shape.nr_cpus}")
            inb = c.op(f"and i1 {inb}, {okcpu}")
        return c.op(f"select i1 {inb}, i64 {p}, i64 0")

    def _csum_diff(self, fl: _FunctionLowering, facts: dict, slow: str) -> str:
        c = fl.c
        fs = c.op(f"and i64 {fl.get(2)}, {M32}")
        ts = c.op(f"and i64 {fl.get(4)}, {M32}")
        src = self._span(fl, facts, 1, fs, False, slow)
        dst = self._span(fl, facts, 3, ts, False, slow)
        fz, tz = c.op(f"icmp eq i64 {fs}, 0"), c.op(f"icmp eq i64 {ts}, 0")
        src = c.op(f"select i1 {fz}, ptr null, ptr {src}")
        dst = c.op(f"select i1 {tz}, ptr null, ptr {dst}")
        fs32, ts32 = c.op(f"trunc i64 {fs} to i32"), c.op(f"trunc i64 {ts} to i32")
        return self._call(fl, "pbh_csum_diff", "i64", f"ptr {src}, i32 {fs32}, ptr {dst}, i32 {ts32}, "
                                                      f"i64 {fl.get(5)}")

    def _spin(self, fl: _FunctionLowering, hid: int, facts: dict, slow: str) -> str:
        """bpf_spin_lock / unlock on the u32 at r1: a writable, aligned lock (else the wrapper faults); a lock
        never released makes the native call fail, and the wrapper then reports the deadlock."""
        c = fl.c
        lock = self._span(fl, facts, 1, 4, True, slow)
        mis = c.op(f"and i64 {fl.get(1)}, 3")
        aligned, ok = c.op(f"icmp eq i64 {mis}, 0"), c.label("sl")
        c(f"br i1 {aligned}, label %{ok}, label %{slow}")
        c.block(ok)
        r = self._call(fl, "pbh_spin_lock" if hid == 93 else "pbh_spin_unlock", "i64", f"ptr {lock}")
        if hid == 94:
            return r
        failed, done = c.op(f"icmp slt i64 {r}, 0"), c.label("sd")
        c(f"br i1 {failed}, label %{slow}, label %{done}")
        c.block(done)
        return r

    # -- engine-bound helpers -------------------------------------------------------------------------------------
    def _tail_call(self, fl: _FunctionLowering, insn: Instruction, slot: int, facts: dict) -> bool:
        fact = facts.get(2)
        if fact is None or fact[0] != "map" or fact[1] not in self.maps or not fl.fixed_fp:
            return False
        k = fact[1]
        shape = self.shapes[k]
        if shape.type != PROG_ARRAY:
            return False

        def fast(slow: str) -> str:
            c = fl.c
            self._registered(fl, k, slow)
            fail = c.label("tf")
            idx = c.op(f"and i64 {fl.get(3)}, {M32}")
            inb = c.op(f"icmp ult i64 {idx}, {shape.max_entries}")
            l1, l2, l3, l4 = c.label("t1"), c.label("t2"), c.label("t3"), c.label("t4")
            c(f"br i1 {inb}, label %{l1}, label %{fail}")
            c.block(l1)
            cntp = _ctx_word(c, abi.W_TAIL_CALLS)
            cnt = c.op(f"load i64, ptr {cntp}")
            under = c.op(f"icmp ult i64 {cnt}, {MAX_TAIL_CALLS}")
            c(f"br i1 {under}, label %{l2}, label %{fail}")
            c.block(l2)
            m = c.op(f"inttoptr i64 {fl.get(2)} to ptr")
            vp = c.op(f"getelementptr inbounds i8, ptr {m}, i64 {HDR_VALUES}")
            values = c.op(f"load i64, ptr {vp}")
            slot_off = c.op(f"mul i64 {idx}, 8")
            pidp = c.op(f"inttoptr i64 {c.op(f'add i64 {values}, {slot_off}')} to ptr")
            pid = c.op(f"load i64, ptr {pidp}")
            empty = c.op(f"icmp eq i64 {pid}, 0")
            c(f"br i1 {empty}, label %{fail}, label %{l3}")
            c.block(l3)
            auxp = c.op(f"getelementptr inbounds i64, ptr %pd, i64 {self._words()[1] + k}")
            aux = c.op(f"load i64, ptr {auxp}")
            fnp = c.op(f"inttoptr i64 {c.op(f'add i64 {aux}, {slot_off}')} to ptr")
            fn = c.op(f"load i64, ptr {fnp}")
            native = c.op(f"icmp ne i64 {fn}, 0")
            c(f"br i1 {native}, label %{l4}, label %{slow}")  # no native target: the wrapper does it all
            c.block(l4)
            c(f"store i64 {c.op(f'add i64 {cnt}, 1')}, ptr {cntp}")
            fl.tail_to(c.op(f"inttoptr i64 {fn} to ptr"), slot)
            c.block(fail)
            return str(NEG[errno.ENOENT])
        self._guarded(fl, insn, slot, fast)
        return True

    def _loop(self, fl: _FunctionLowering, insn: Instruction, slot: int, facts: dict) -> bool:
        fact = facts.get(2)
        if fact is None or fact[0] != "func" or fact[1] not in self.layout.functions:
            return False
        target = fact[1]
        c = fl.c
        n = c.op(f"and i64 {fl.get(1)}, {M32}")
        flags = fl.get(4)
        ctxarg = fl.get(3)
        done = c.label("ld")
        res = c.label("lr")
        bad_flags = c.op(f"icmp ne i64 {flags}, 0")
        chk, head = c.label("lc"), c.label("lh")
        c(f"br i1 {bad_flags}, label %{res}.einval, label %{chk}")
        c.block(f"{res}.einval")
        fl.put(0, str(NEG[errno.EINVAL]))
        c(f"br label %{done}")
        c.block(chk)
        big = c.op(f"icmp ugt i64 {n}, {MAX_LOOPS}")
        c(f"br i1 {big}, label %{res}.e2big, label %{head}.pre")
        c.block(f"{res}.e2big")
        fl.put(0, str(NEG[errno.E2BIG]))
        c(f"br label %{done}")
        c.block(f"{head}.pre")
        c("store i64 0, ptr %LI")
        fl.loop_counter = True
        c(f"br label %{head}")
        c.block(head)
        i = c.op("load i64, ptr %LI")
        more = c.op(f"icmp ult i64 {i}, {n}")
        body, all_done = c.label("lb"), c.label("la")
        c(f"br i1 {more}, label %{body}, label %{all_done}")
        c.block(body)
        go, deep = c.label("lg"), c.label("lp")
        c(f"br i1 %deep, label %{deep}, label %{go}, !prof !0")
        c.block(deep)
        fl.event(Event.TOO_DEEP, slot)
        c.block(go)
        fl.sync_steps_out()
        sp = c.op("getelementptr inbounds i64, ptr %sp0, i64 %depth")
        sb = c.op(f"load i64, ptr {sp}")
        top = zero_frame(c, sb, self.layout.stack_bytes.get(target, STACK_SIZE))
        r = c.op(f"call i64 @f{target}(ptr %ctx, ptr %pd, i64 0, i64 {i}, i64 {ctxarg}, i64 0, i64 0, i64 0, i64 0, "
                 f"i64 0, i64 0, i64 0, i64 {top}, i64 %dplus)")
        fl.check_status(slot)
        fl.sync_steps_in()
        i1 = c.op(f"add i64 {i}, 1")
        c(f"store i64 {i1}, ptr %LI")
        stop = c.op(f"icmp ne i64 {r}, 0")
        brk = c.label("lk")
        c(f"br i1 {stop}, label %{brk}, label %{head}")
        c.block(brk)
        fl.put(0, i1)
        c(f"br label %{done}")
        c.block(all_done)
        fl.put(0, n)
        c(f"br label %{done}")
        c.block(done)
        fl.reset_caches()
        return True


def _writes(insn: Instruction) -> tuple[int, ...] | None:
    """Registers a non-control instruction may write (None: none)."""
    cls = insn.opcode & 0x07
    if cls in (Class.ALU, Class.ALU64, Class.LDX):
        return (insn.dst,)
    if cls == Class.LD:
        return (insn.dst,) if insn.opcode == LD_IMM64 else (0,)
    if cls == Class.STX and insn.opcode & 0xE0 == 0xC0:
        return (0, insn.src, insn.dst)
    return None


__all__ = ["ENV_ONLY", "MapShape", "NativeHelpers", "linux_kind", "s64"]

"""The contract between JIT code and its Python side: the run context, event codes and the region table.

Every JIT function receives a pointer to one *run context* (an array of u64 words, laid out below). It holds what
a run binds at run time (region table, stack frames, the Python trampoline) and what the native code reports back
(an event code with its slot, address and size, the instruction count, the final registers). Nothing in compiled
code depends on where any of it lives, which is what lets compiled code be cached and shared: per-program values
(resolved LD_IMM64 references, budget, may_goto limit, the program's token, map bookkeeping) live in the program's
*data block* (``D_*`` below), which the code reaches through the run context, so one linked copy of the code serves
every program with the same bytes and shapes.
"""

from __future__ import annotations

import ctypes
import enum

# -- run context: u64 word offsets (byte offset = 8 * word) -------------------------------------------------------
W_STATUS = 0  # Event (0 = none)
W_SLOT = 1  # slot of the event
W_ADDR = 2  # fault address / bad jump target
W_SIZE = 3  # access size
W_KIND = 4  # fault: 1 = write; bad target: what (TARGET_*); trampoline: LD_ABS out of bounds flag
W_STEPS = 5  # instructions executed (the meter)
W_DEPTH = 6  # frames live at the event
W_TOKEN = 7  # token of the program where the event happened (tail calls change programs)
W_REGS = 8  # r0..r10: final registers of frame 0, or registers at a budget / LD_ABS event (11 words)
W_NREGIONS = 19  # entries in the region table
W_REGIONS = 20  # address of the region table: sorted {base, end, flags} u64 triples
W_STACKS = 21  # stack base of frame 0..7 (8 words): each frame has its own 512-byte stack
W_TRAMPOLINE = 29  # address of the Python trampoline (helpers, legacy packet loads)
W_TAIL_FN = 30  # data block of a tail-call target chosen by a Python helper (0: none)
W_TAIL_CALLS = 31  # tail calls counted this run (MAX_TAIL_CALLS)
W_CPU = 32  # the CPU the run is on (per-CPU maps)
W_ENV = 33  # address of the helpers' struct pbh_env (0: none)
W_TAIL_TOKEN = 34  # token of the tail-call target in W_TAIL_FN
W_TABLE_VERSION = 35  # process-unique version of the region table (native map helpers cache "map registered")
W_HINT_VERSION = 36  # version the per-program region hints are valid for: the table's, or per packet in a batch
# (where the packet region's end changes natively)
W_PROG = 37  # data block of the program a tail call enters (pbj_entry) or a callback runs in (pbj_callback)
W_HOME = 38  # data block of the program this run context belongs to (pbj_run: set once, never written by code)
W_TAIL_REGS = 40  # r1..r10 handed to a tail-call target (10 words): its entry takes only (ctx, depth), so the
# tail call is a true jump whatever the calling convention
W_SCRATCH = 52  # scratch words for native helpers (8 words)
W_HINTS = 64  # region hints: per (read/write, base register) {lo, hi, version} of a region an access found (66
# words); in the run context, not in the program, so runs on other threads never share (or tear) them
CTX_WORDS = 136

# -- a program's data block: u64 words (byte offset = 8 * word). Its address is what prog arrays hold (a tail call
# loads the target's entry from word 0 and hands the block to it in W_PROG).
D_ENTRY = 0  # address of the program's pbj_entry (switched in place when the program moves to better code)
D_TOKEN = 1  # the program's token (which program an event happened in)
D_BUDGET = 2  # instruction budget (NO_LIMIT: unmetered)
D_MAX_LOOPS = 3  # may_goto limit
D_IMM = 4  # {value, resolved} per map-referencing LD_IMM64 (layout.imm_refs order)


def data_words(n_imm: int, n_maps: int) -> tuple[int, int, int, int]:
    """(mapreg, aux, maplist, total) word offsets of a data block for ``n_imm`` LD_IMM64 references of which
    ``n_maps`` load known maps: mapreg {value base, table version seen} and aux (prog array engine words) per
    LD_IMM64 index, maplist {map header, LD_IMM64 index} per known map."""
    k = max(1, n_imm)
    mapreg = D_IMM + 2 * k
    aux = mapreg + 2 * k
    maplist = aux + k
    return mapreg, aux, maplist, maplist + 2 * max(1, n_maps)


MAX_FRAMES = 8
REGION_WRITABLE = 1
NO_LIMIT = (1 << 64) - 1  # budget word meaning "unmetered"


class Event(enum.IntEnum):
    """Why JIT code stopped early (W_STATUS). Python turns each into the interpreter's exact outcome."""

    NONE = 0
    FAULT = 1  # memory access outside every region (W_ADDR, W_SIZE, W_KIND = write)
    MISALIGNED = 2  # atomic / acquire / release access not naturally aligned
    BUDGET = 3  # the block at W_SLOT does not fit in the budget; W_STEPS before it; registers in W_REGS
    END = 4  # a legacy packet load out of bounds ended the program: r0 = 0, registers in W_REGS
    BAD_TARGET = 5  # jump / call / gotox to W_ADDR, which is not an instruction (W_KIND: TARGET_*)
    RAN_OFF = 6  # execution ran past the last instruction
    TOO_DEEP = 7  # a call would exceed MAX_CALL_FRAMES
    ADDR_SPACE_CAST = 8  # addr_space_cast (arenas are not modelled)
    UNRESOLVED = 9  # LD_IMM64 map reference the loader could not resolve
    PYTHON = 10  # a Python helper raised: the exception is kept on the Python side


TARGET_JUMP, TARGET_CALL, TARGET_GOTOX = 0, 1, 2
TARGET_WHAT = {TARGET_JUMP: "jump", TARGET_CALL: "call", TARGET_GOTOX: "gotox"}

# Trampoline call kinds (the Python side of helpers and legacy packet loads).
CALL_HELPER, CALL_KFUNC, CALL_LDPKT, CALL_TAIL_INTERP = 0, 1, 2, 3

# trampoline(ctx, token, slot, kind, number, r1, r2, r3, r4, r5, depth) -> u64
TRAMPOLINE_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, *([ctypes.c_uint64] * 10))
# pbj_run(ctx, r1..r5) -> r0
RUN_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, *([ctypes.c_uint64] * 5))
RUN_TYPE_GIL = ctypes.PYFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, *([ctypes.c_uint64] * 5))  # keeps the GIL
RUN1_TYPE_GIL = ctypes.PYFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, ctypes.c_uint64)  # pbj_run1(ctx, r1)
# pbj_repeat(ctx, r1..r5, n) -> r0 of the last run
REPEAT_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, *([ctypes.c_uint64] * 6))
# pbj_entry(ctx, depth) -> r0: a tail-call target, registers in W_TAIL_REGS, its data block in W_PROG
ENTRY_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, ctypes.c_uint64)
# pbj_callback(ctx, slot, r1..r5, depth) -> r0
CALLBACK_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, *([ctypes.c_uint64] * 7))

CtxArray = ctypes.c_uint64 * CTX_WORDS

"""Linux's helpers and the map library called natively from JIT code, agreeing exactly with the interpreter (which
calls the same C code through Python wrappers): maps of every kind, inline array lookups, checks that fall back to
the wrappers (bad key pointers, unregistered maps), tail calls through prog arrays with the 33-call limit,
bpf_loop callbacks, the environment helpers."""

from __future__ import annotations

import re

import pytest
from native_world import compare
from vm_build import (
    alu,
    atomic,
    call,
    exit_,
    jmp,
    lddw,
    ldx,
    mov,
    movr,
    st,
    stx,
)

from pybpf.isa.opcodes import AluOp, AtomicOp, JmpOp
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapFlag, MapType


def mapref(dst: int, index: int):
    return lddw(dst, index, src=1)


def key_on_stack(off: int = -4, value: int = 0) -> list:
    """*(u32 *)(r10 + off) = value; r2 = r10 + off."""
    return [st(4, 10, off, value), movr(2, 10), alu(AluOp.ADD, 2, imm=off)]


ARRAY = MapSpec("arr", MapType.ARRAY, 4, 8, 4)
PERCPU = MapSpec("pc", MapType.PERCPU_ARRAY, 4, 8, 4)
HASH = MapSpec("h", MapType.HASH, 4, 8, 16)
LRU = MapSpec("lru", MapType.LRU_HASH, 4, 8, 4)
QUEUE = MapSpec("q", MapType.QUEUE, 0, 8, 4)


def counter(map_index: int = 0, key: int = 1) -> list:
    """Look up ``key``; if present, atomically add 5 to its value; return the value (or 99 when missing)."""
    return [*key_on_stack(-4, key), mapref(1, map_index), call(1),
            jmp(JmpOp.JEQ, 0, None, 0, 4),
            mov(1, 5), atomic(8, AtomicOp.ADD, 0, 1), ldx(8, 0, 0), exit_(),
            mov(0, 99), exit_()]


def test_array_lookup_inline() -> None:
    compare([ARRAY], [counter()])
    compare([ARRAY], [counter(key=4)])  # out of range: NULL
    compare([PERCPU], [counter()])


def test_hash_update_lookup_delete() -> None:
    prog = [*key_on_stack(-4, 3), st(8, 10, -16, 41),
            mapref(1, 0), movr(3, 10), alu(AluOp.ADD, 3, imm=-16), mov(4, 0), call(2),  # update(3 -> 41)
            movr(6, 0),
            *key_on_stack(-4, 3), mapref(1, 0), call(1),
            jmp(JmpOp.JEQ, 0, None, 0, 2), ldx(8, 0, 0), alu(AluOp.ADD, 0, 6),
            *key_on_stack(-8, 3), mapref(1, 0), call(3),  # delete
            alu(AluOp.LSH, 0, imm=32), exit_()]
    compare([HASH], [prog])


def test_lru_evicts_like_the_interpreter() -> None:
    body = []
    for k in range(7):
        body += [*key_on_stack(-4, k), st(8, 10, -16, k * 10), mapref(1, 0), movr(3, 10),
                 alu(AluOp.ADD, 3, imm=-16), mov(4, 0), call(2)]
    compare([LRU], [[*body, exit_()]])


def test_queue_push_pop() -> None:
    prog = [st(8, 10, -8, 7), mapref(1, 0), movr(2, 10), alu(AluOp.ADD, 2, imm=-8), mov(3, 0), call(87),
            st(8, 10, -8, 0), mapref(1, 0), movr(2, 10), alu(AluOp.ADD, 2, imm=-8), call(88),
            ldx(8, 0, 10, -8), exit_()]
    compare([QUEUE], [prog])


def test_key_pointer_from_an_earlier_block_is_checked_at_run_time() -> None:
    prog = [st(4, 10, -4, 1), movr(2, 10), alu(AluOp.ADD, 2, imm=-4), jmp(JmpOp.JA, 0, None, 0, 0),
            mapref(1, 0), call(1), jmp(JmpOp.JEQ, 0, None, 0, 1), ldx(8, 0, 0), exit_()]
    compare([ARRAY], [prog])


@pytest.mark.parametrize("key", [0, 8, 0x1000])
def test_bad_key_pointer_faults_like_the_interpreter(key: int) -> None:
    prog = [mov(2, key), mapref(1, 0), call(1), exit_()]
    compare([HASH], [prog], native=False)


def test_unregistered_map_is_registered_by_the_first_call() -> None:
    # without the collection registering map memory, the interpreter's wrapper registers it on first use
    compare([ARRAY], [counter()], register=False, native=False)


def test_value_pointer_of_unregistered_map_faults_without_a_helper_call() -> None:
    prog = [lddw(1, 0, src=2), ldx(8, 0, 1), exit_()]  # map value reference, no helper ever saw the map
    compare([ARRAY], [prog], register=False, native=False)


def test_environment_helpers() -> None:
    prog = [call(5), movr(6, 0), call(7), alu(AluOp.XOR, 6, 0), call(5), alu(AluOp.ADD, 6, 0), call(14),
            alu(AluOp.ADD, 6, 0), call(8), alu(AluOp.ADD, 0, 6), exit_()]
    compare([], [prog])


def test_bpf_loop_callback() -> None:
    # bpf_loop(5, cb, ctx = r10 - 8, 0); cb adds i to *(u64 *)ctx; return the sum and the iterations
    main = [st(8, 10, -8, 0), mov(1, 5), lddw(2, 0, src=4), movr(3, 10), alu(AluOp.ADD, 3, imm=-8), mov(4, 0),
            call(181), ldx(8, 1, 10, -8), alu(AluOp.LSH, 0, imm=32), alu(AluOp.OR, 0, 1), exit_()]
    cb = [atomic(8, AtomicOp.ADD, 2, 1), mov(0, 0), exit_()]
    slots = sum(i.width for i in main)
    main[2] = lddw(2, slots - 2 - 1, src=4)  # function reference: offset from the next slot
    compare([], [main + cb])


def test_bpf_loop_stops_early_and_rejects_flags() -> None:
    main = [mov(1, 9), lddw(2, 0, src=4), mov(3, 0), mov(4, 0), call(181), movr(6, 0),
            mov(1, 1), lddw(2, 0, src=4), mov(3, 0), mov(4, 1), call(181), alu(AluOp.LSH, 0, imm=8),
            alu(AluOp.OR, 0, 6), exit_()]
    cb = [movr(0, 1), alu(AluOp.SUB, 0, imm=3), jmp(JmpOp.JEQ, 0, None, 0, 1), mov(0, 0), exit_()]
    n = sum(i.width for i in main)
    main[1] = lddw(2, n - 1 - 2, src=4)
    main[7] = lddw(2, n - 8 - 2, src=4)
    compare([], [main + cb])


PROG_ARRAY = MapSpec("jmp", MapType.PROG_ARRAY, 4, 4, 4)


def tail(index: int) -> list:
    return [mapref(2, 0), mov(3, index), call(12)]


def test_tail_call_chain() -> None:
    p0 = [mov(6, 1), *tail(1), mov(0, 100), exit_()]  # falls through only if the tail call fails
    p1 = [alu(AluOp.ADD, 6, imm=10), *tail(2), mov(0, 200), exit_()]
    p2 = [movr(0, 6), alu(AluOp.ADD, 0, imm=1000), exit_()]
    compare([PROG_ARRAY], [p0, p1, p2], slots={(0, 1): 1, (0, 2): 2})


def test_tail_call_limit_of_33() -> None:
    # each run of the program adds 1 to r6 and tail-calls itself: 33 succeed, the 34th falls through
    p0 = [alu(AluOp.ADD, 6, imm=1), *tail(0), movr(0, 6), exit_()]
    compare([PROG_ARRAY], [p0], slots={(0, 0): 0})


def test_tail_call_to_empty_or_out_of_range_slot() -> None:
    p0 = [*tail(3), movr(6, 0), *tail(9), alu(AluOp.LSH, 0, imm=8), alu(AluOp.XOR, 0, 6), exit_()]
    compare([PROG_ARRAY], [p0])


def test_tail_call_from_a_subprogram_returns_to_its_caller() -> None:
    p0 = [mov(6, 3), alu(AluOp.ADD, 0, imm=0), lddw(9, 0), *[], exit_()]
    main = [mov(6, 3), jmp(JmpOp.CALL, 0, None, 0, 0), alu(AluOp.ADD, 0, imm=7), exit_()]
    sub = [*tail(1), mov(0, 1), exit_()]
    main[1] = main[1].replace(src=1, imm=len(main) - 2)
    target = [movr(0, 6), alu(AluOp.MUL, 0, imm=11), exit_()]
    del p0
    compare([PROG_ARRAY], [main + sub, target], slots={(0, 1): 1})


def test_map_flags_read_only_value_write_faults() -> None:
    ro = MapSpec("ro", MapType.ARRAY, 4, 8, 1, flags=MapFlag.RDONLY_PROG)
    prog = [*key_on_stack(-4, 0), mapref(1, 0), call(1), jmp(JmpOp.JEQ, 0, None, 0, 2), mov(1, 1),
            stx(8, 0, 1), exit_()]
    compare([ro], [prog])


def test_examples_with_locks_and_redirects_run_natively() -> None:
    import sys
    from pathlib import Path

    from pybpf import Collection
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
    import ex_packets as P
    import test_examples_differential as ex

    root = Path(__file__).resolve().parents[2] / "examples" / "c"
    for name, setup in (("spin_lock", None), ("xdp_redirect", ex.redirect_targets), ("lpm_route", ex.routes),
                        ("xdp_flows", None)):
        with Collection(root / f"{name}.o", "jit", env="deterministic") as coll:
            if setup is not None:
                setup(coll)
            prog = coll.programs[name]
            for packet in (P.udp4(), ex.mac(1, 1), P.tcp4()):
                prog.run(packet)
                assert prog._loaded.jit.last_crossings == 0, name


def test_map_chosen_at_run_time() -> None:
    # r1 is one of two maps depending on r6 (merged from two branches): still native, with the header's sizes
    def prog(which: int, key_reg_ok: bool = True) -> list:
        key = key_on_stack(-4, 1) if key_reg_ok else [mov(2, 16)]
        return [mov(6, which), mapref(1, 0), jmp(JmpOp.JEQ, 6, None, 0, 2), mapref(1, 1), *key,
                call(1), jmp(JmpOp.JEQ, 0, None, 0, 1), ldx(8, 0, 0), exit_()]

    compare([ARRAY, HASH], [prog(0)])
    compare([ARRAY, HASH], [prog(1)])
    compare([ARRAY, HASH], [prog(1, key_reg_ok=False)], native=False)  # a bad key: the wrapper's fault


def test_a_pointer_that_is_no_map_goes_to_the_wrapper() -> None:
    prog = [mov(1, 4096), *key_on_stack(-4, 0), call(1), exit_()]  # r1 is no map: the wrapper's error
    compare([ARRAY], [[mapref(9, 0), *prog]], native=False)


def _skb_run(engine_cls, insns, data: bytes):
    from pybpf.helpers.env import RunEnv
    from pybpf.progtypes import get
    from pybpf.progtypes.skb import ld_abs_packet
    from pybpf.vm import AddressSpace, Interpreter

    env = RunEnv.deterministic()
    info = get("socket_filter")
    interp = Interpreter(list(insns), helpers=info.helper_table(env), packet=ld_abs_packet)
    engine = interp if engine_cls is None else engine_cls.from_interpreter(interp)
    space = AddressSpace()
    with info.prepare(space, data, None, env=env) as prepared:
        try:
            res = engine.execute(space, prepared.r1)
            out = ("ok", res.r0, res.steps)
        except Exception as err:
            out = ("error", type(err).__name__, re.sub(r"0x[0-9a-f]+|\d{6,}", "#", str(err)))
    return out, getattr(engine, "last_crossings", None)


@pytest.mark.parametrize("offset", [0, 12, 13, 14, 40, 41, 42, 43, 60, 1000, -1, -0x100000, -0x100000 + 7,
                                    -0x100000 + 40, -0x200000, -0x200000 + 3, -0x200000 - 1, -0x1FFFFF])
def test_legacy_packet_loads_run_natively(offset: int) -> None:
    from vm_build import ld_abs, ld_ind

    from pybpf.vm.jit import Jit
    data = bytes(range(44))
    for size in (1, 2, 4):
        prog = [movr(6, 1), ld_abs(size, offset), movr(7, 0), mov(8, 3), ld_ind(size, 8, offset),
                alu(AluOp.LSH, 0, imm=32), alu(AluOp.OR, 0, 7), exit_()]
        ref, _ = _skb_run(None, prog, data)
        got, crossings = _skb_run(Jit, prog, data)
        assert got == ref
        assert crossings == 0

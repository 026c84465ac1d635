"""Valid instructions for tests, built from the ISA rules (RFC 9669 + Linux 6.18) independently of the codec.

``valid_opcodes()`` lists the valid opcode bytes from the specification; ``instructions()`` draws any valid
instruction (every opcode, with the fields that opcode allows); ``example(opcode)`` gives one fixed valid instance;
``reserved_fields(opcode)`` names the fields that must be zero.
"""

from __future__ import annotations

from hypothesis import strategies as st

from pybpf.isa.instruction import Instruction

# Opcode fields, spelled out here rather than imported, so the tests check opcodes.py too.
LD, LDX, ST, STX, ALU, JMP, JMP32, ALU64 = range(8)
K, X = 0x00, 0x08
W, H, B, DW = 0x00, 0x08, 0x10, 0x18
IMM, ABS, IND, MEM, MEMSX, ATOMIC = 0x00, 0x20, 0x40, 0x60, 0x80, 0xC0
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR, MOV, ARSH, END = range(0x00, 0xE0, 0x10)
JA, JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, CALL, EXIT, JLT, JLE, JSLT, JSLE, JCOND = range(0x00, 0xF0, 0x10)
BINARY_ALU = (ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, MOD, XOR, MOV, ARSH)
COND_JUMPS = (JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, JLT, JLE, JSLT, JSLE)
RMW_ATOMICS = (0x00, 0x40, 0x50, 0xA0, 0x01, 0x41, 0x51, 0xA1, 0xE1, 0xF1)
LOAD_ACQ, STORE_REL = 0x100, 0x110

REG = st.integers(0, 10)
S16 = st.integers(-(1 << 15), (1 << 15) - 1)
S32 = st.integers(-(1 << 31), (1 << 31) - 1)
S64 = st.integers(-(1 << 63), (1 << 63) - 1)
# Values near the edges are where formatting goes wrong (sign, width): weight them in.
S16E = st.one_of(S16, st.sampled_from([0, 1, -1, 0x7FFF, -0x8000]))
S32E = st.one_of(S32, st.sampled_from([0, 1, -1, 0x7FFFFFFF, -0x80000000, 16, 0xFF]))
S64E = st.one_of(S64, st.sampled_from([0, 1, -1, (1 << 63) - 1, -(1 << 63), 0xFFFFFFFF, 1 << 32]))


def valid_opcodes() -> frozenset[int]:
    ops: set[int] = set()
    for cls in (ALU, ALU64):
        for op in BINARY_ALU:
            ops |= {cls | op | K, cls | op | X}
        ops |= {cls | NEG | K, cls | END | K}
    ops.add(ALU | END | X)  # be16/32/64 (ALU64 | END | X is not an instruction)
    for cls in (JMP, JMP32):
        for op in COND_JUMPS:
            ops |= {cls | op | K, cls | op | X}
        ops.add(cls | JA)  # goto / gotol
    ops |= {JMP | JA | X, JMP | CALL, JMP | CALL | X, JMP | EXIT, JMP | JCOND}  # gotox callx exit may_goto
    ops.add(LD | IMM | DW)
    for size in (W, H, B):
        ops |= {LD | ABS | size, LD | IND | size, LDX | MEMSX | size}
    for size in (W, H, B, DW):
        ops |= {LDX | MEM | size, ST | MEM | size, STX | MEM | size, STX | ATOMIC | size}
    return frozenset(ops)


ZERO = st.just(0)


def _insn(opcode: int, dst=ZERO, src=ZERO, off=ZERO, imm=ZERO) -> st.SearchStrategy[Instruction]:
    return st.builds(Instruction, st.just(opcode), dst, src, off, imm)


def fields_for(code: int) -> st.SearchStrategy[Instruction]:
    """Every valid instruction with opcode ``code``."""
    cls, op, source, size, mode = code & 7, code & 0xF0, code & 0x08, code & 0x18, code & 0xE0
    if cls in (ALU, ALU64):
        if op == NEG:
            return _insn(code, REG)
        if op == END:
            return _insn(code, REG, imm=st.sampled_from([16, 32, 64]))
        if op == MOV and source == X:
            sx = [0, 8, 16, 32] if cls == ALU64 else [0, 8, 16]
            plain = _insn(code, REG, REG, st.sampled_from(sx))
            if cls == ALU:
                return plain
            return st.one_of(plain, _insn(code, REG, REG, st.just(1), st.sampled_from([1, 1 << 16])))
        off = st.sampled_from([0, 1]) if op in (DIV, MOD) else st.just(0)
        if op == MOV:
            off = st.just(0)
        if source == X:
            return _insn(code, REG, REG, off)
        return _insn(code, REG, off=off, imm=S32E)
    if cls in (JMP, JMP32):
        if code == JMP | JA:
            return _insn(code, off=S16E)
        if code == JMP32 | JA:
            return _insn(code, imm=S32E)
        if code in (JMP | JA | X, JMP | CALL | X):
            return _insn(code, REG)
        if code == JMP | EXIT:
            return _insn(code)
        if code == JMP | JCOND:
            return _insn(code, off=S16E)
        if code == JMP | CALL:
            return st.one_of(_insn(code, imm=S32E), _insn(code, src=st.just(1), imm=S32E),
                             _insn(code, src=st.just(2), off=S16E, imm=S32E))
        if source == X:
            return _insn(code, REG, REG, S16E)
        return _insn(code, REG, off=S16E, imm=S32E)
    if cls == LD:
        if mode == IMM:
            return _insn(code, REG, st.integers(0, 6), imm=S64E)
        if mode == ABS:
            return _insn(code, imm=S32E)
        return _insn(code, src=REG, imm=S32E)
    if cls == LDX:
        return _insn(code, REG, REG, S16E)
    if cls == ST:
        return _insn(code, REG, off=S16E, imm=S32E)
    if mode == MEM:
        return _insn(code, REG, REG, S16E)
    ops = [LOAD_ACQ, STORE_REL] + (list(RMW_ATOMICS) if size in (W, DW) else [])
    return _insn(code, REG, REG, S16E, st.sampled_from(ops))


def instructions() -> st.SearchStrategy[Instruction]:
    return st.sampled_from(sorted(valid_opcodes())).flatmap(fields_for)


def programs(max_size: int = 12) -> st.SearchStrategy[list[Instruction]]:
    return st.lists(instructions(), min_size=1, max_size=max_size)


def example(code: int) -> Instruction:
    """One valid instruction with opcode ``code`` (non-zero fields where the opcode needs them)."""
    cls, op, mode = code & 7, code & 0xF0, code & 0xE0
    if cls in (ALU, ALU64) and op == END:
        return Instruction(code, 1, imm=32)
    if cls == STX and mode == ATOMIC:
        return Instruction(code, 10, 1, -8, 0x01 if (code & 0x18) in (W, DW) else LOAD_ACQ)
    if cls == STX:
        return Instruction(code, 10, 1, -8)
    if cls in (LDX, ST):
        return Instruction(code, 1, 10 if cls == LDX else 0, -8, 0 if cls == LDX else 7)
    if code == LD | IMM | DW:
        return Instruction(code, 1, imm=0x1_0000_0001)
    if cls == LD:
        return Instruction(code, 0, 1 if mode == IND else 0, imm=12)
    if code in (JMP | JA | X, JMP | CALL | X):
        return Instruction(code, 2)
    if code in (JMP | EXIT,):
        return Instruction(code)
    if code == JMP | CALL:
        return Instruction(code, imm=1)
    if code in (JMP | JA, JMP | JCOND):
        return Instruction(code, off=3)
    if code == JMP32 | JA:
        return Instruction(code, imm=-3)
    if cls in (JMP, JMP32):
        return Instruction(code, 1, 2 if code & X else 0, 3, 0 if code & X else 5)
    if op == NEG:
        return Instruction(code, 1)
    return Instruction(code, 1, 2 if code & X else 0, 0, 0 if code & X else 5)


def reserved_fields(code: int) -> tuple[str, ...]:
    """Fields of opcode ``code`` that must be zero (any non-zero value is a reserved-field error)."""
    cls, op, source, mode = code & 7, code & 0xF0, code & 0x08, code & 0xE0
    if cls in (ALU, ALU64):
        if op == NEG:
            return ("src", "off", "imm")
        if op == END:
            return ("src", "off")
        if op == MOV:
            return ("imm",) if source == X else ("src", "off")
        divmod_ = op in (DIV, MOD)
        return (("imm",) if source == X else ("src",)) + (() if divmod_ else ("off",))
    if cls in (JMP, JMP32):
        table = {JMP | JA: ("dst", "src", "imm"), JMP32 | JA: ("dst", "src", "off"),
                 JMP | JA | X: ("src", "off", "imm"), JMP | CALL | X: ("src", "off", "imm"),
                 JMP | EXIT: ("dst", "src", "off", "imm"), JMP | JCOND: ("dst", "src", "imm"),
                 JMP | CALL: ("dst", "off")}
        if code in table:
            return table[code]
        return ("imm",) if source == X else ("src",)
    if cls == LD:
        return {IMM: ("off",), ABS: ("dst", "src", "off"), IND: ("dst", "off")}[mode]
    if cls == LDX:
        return ("imm",)
    if cls == ST:
        return ("src",)
    return ("imm",) if mode == MEM else ()

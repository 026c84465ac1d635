"""Random straight-line-and-diamond scalar programs for the kernel differential of the bounds tracking: unknown
values from bpf_get_prandom_u32, then ALU ops (64/32, K/X) and conditional jumps that refine ranges."""

from __future__ import annotations

import random

from pybpf.isa.instruction import Instruction
from pybpf.isa.opcodes import AluOp, Class, JmpOp, Source

REGS = (6, 7, 8)
IMMS = (0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 63, 64, 0xFF, 0x100, 0xFFFF, 0x7FFFFFFF, -1, -2, -8, -0x80000000,
        0x12345, -0x1000, 1000, 4096)
OPS = (AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.AND, AluOp.OR, AluOp.XOR, AluOp.LSH, AluOp.RSH, AluOp.ARSH,
       AluOp.MOV, AluOp.NEG, AluOp.DIV, AluOp.MOD, AluOp.END)
JOPS = (JmpOp.JEQ, JmpOp.JNE, JmpOp.JGT, JmpOp.JGE, JmpOp.JLT, JmpOp.JLE, JmpOp.JSGT, JmpOp.JSGE, JmpOp.JSLT,
        JmpOp.JSLE, JmpOp.JSET)


def gen(rng: random.Random, n: int = 12) -> list[Instruction]:
    out = []
    for r in REGS:
        out.append(Instruction(Class.JMP | JmpOp.CALL, 0, 0, 0, 7))
        out.append(Instruction(Class.ALU64 | AluOp.MOV | Source.X, r, 0))
        if rng.random() < 0.5:  # give it a range
            out.append(Instruction(Class.ALU64 | AluOp.AND | Source.K, r, 0, 0, rng.choice((0xFF, 0xFFFF, 0x3F, 7))))
    for _ in range(n):
        d = rng.choice(REGS)
        if rng.random() < 0.3:
            cls = rng.choice((Class.JMP, Class.JMP32))
            op = rng.choice(JOPS)
            if rng.random() < 0.7:
                out.append(Instruction(cls | op | Source.K, d, 0, 1, rng.choice(IMMS)))
            else:
                out.append(Instruction(cls | op | Source.X, d, rng.choice(REGS), 1, 0))
            out.append(Instruction(Class.ALU64 | AluOp.MOV | Source.K, d, 0, 0, rng.choice(IMMS)))
            continue
        cls = rng.choice((Class.ALU64, Class.ALU64, Class.ALU))
        op = rng.choice(OPS)
        bits = 64 if cls == Class.ALU64 else 32
        if op == AluOp.NEG:
            out.append(Instruction(cls | op, d))
        elif op == AluOp.END:
            if cls == Class.ALU64:
                out.append(Instruction(cls | op, d, 0, 0, rng.choice((16, 32, 64))))
            else:
                out.append(Instruction(cls | op | rng.choice((Source.K, Source.X)), d, 0, 0, rng.choice((16, 32, 64))))
        elif op in (AluOp.LSH, AluOp.RSH, AluOp.ARSH):
            if rng.random() < 0.8:
                out.append(Instruction(cls | op | Source.K, d, 0, 0, rng.randrange(bits)))
            else:
                out.append(Instruction(cls | op | Source.X, d, rng.choice(REGS)))
        elif op in (AluOp.DIV, AluOp.MOD):
            if rng.random() < 0.5:
                out.append(Instruction(cls | op | Source.K, d, 0, rng.choice((0, 1)), rng.choice((1, 3, 7, 16, -5))))
            else:
                out.append(Instruction(cls | op | Source.X, d, rng.choice(REGS), rng.choice((0, 1))))
        elif op == AluOp.MOV and rng.random() < 0.4:
            offs = (8, 16, 32) if cls == Class.ALU64 else (8, 16)
            out.append(Instruction(cls | op | Source.X, d, rng.choice(REGS), rng.choice(offs)))
        elif rng.random() < 0.6:
            out.append(Instruction(cls | op | Source.K, d, 0, 0, rng.choice(IMMS)))
        else:
            out.append(Instruction(cls | op | Source.X, d, rng.choice(REGS)))
    out.append(Instruction(Class.ALU64 | AluOp.MOV | Source.K, 0, 0, 0, 0))
    out.append(Instruction(Class.JMP | JmpOp.EXIT))
    return out

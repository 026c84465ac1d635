"""Bad input: every malformed object gives one LoadError naming file, section, symbol and slot where they apply, and
``pybpf inspect`` prints one line and exits 1. The header and relocation mutations are those of uBPF's ELF-loader
tests (/work/shared/conformance/ubpf/elf/*.data), applied to objects compiled here."""

from __future__ import annotations

import pytest
from elf_testutil import C_DIR, ElfPatcher, compile_c, needs_clang

from pybpf.cli.main import main
from pybpf.elf import load_collection_spec
from pybpf.errors import LoadError

pytestmark = [needs_clang, pytest.mark.clang]


@pytest.fixture(scope="module")
def progs(build) -> bytes:
    return build("progs").read_bytes()


def load_error(data: bytes, source: str = "bad.o") -> LoadError:
    with pytest.raises(LoadError) as exc:
        load_collection_spec(data, source=source)
    err = exc.value
    assert err.file == source
    text = str(err)
    assert "\n" not in text and text.startswith(source)
    return err


@pytest.mark.parametrize("data, message", [
    (b"", "not an ELF file (empty file)"),
    (b"MZ\x90\x00 not elf", "not an ELF file (starts with 4d 5a 90 00)"),
    (b"\x7fELF\x02\x01\x01", "truncated ELF header: 7 bytes"),
])
def test_not_an_elf(data, message):
    assert message in load_error(data).reason


@pytest.mark.parametrize("mutate, message", [
    (lambda p: p.set_u8(4, 1), "wrong ELF class: 32-bit"),
    (lambda p: p.set_u8(5, 2), "unsupported feature: big-endian object"),
    (lambda p: p.set_u8(5, 3), "wrong byte order"),
    (lambda p: p.set_u8(6, 2), "wrong ELF version"),
    (lambda p: p.set_u16(18, 62), "wrong machine: e_machine is 62 (x86-64), expected EM_BPF (247)"),
    (lambda p: p.set_u16(18, 1), "wrong machine: e_machine is 1"),
    (lambda p: p.set_u16(16, 2), "wrong ELF type: e_type is an executable"),
    (lambda p: p.set_u16(16, 0), "wrong ELF type"),
    (lambda p: p.set_u16(58, 1024), "bad section header size 1024"),
    (lambda p: p.set_u16(60, 1024), "section header table (1024 entries"),
])
def test_bad_header(progs, mutate, message):
    err = load_error(mutate(ElfPatcher(progs)).bytes())
    assert message in err.reason
    assert err.section is None


def test_truncated(progs):
    assert "runs past the end of the file" in load_error(progs[:len(progs) // 2]).reason
    err = load_error(ElfPatcher(progs).set_section("xdp", offset=len(progs) - 16).bytes())
    assert err.section == "xdp" and "truncated?" in err.reason
    err = load_error(ElfPatcher(progs).set_section("tc", size=1 << 20).bytes())
    assert err.section == "tc"


def test_missing_sections(progs, build):
    err = load_error(ElfPatcher(progs).set_section(".symtab", type=0).bytes())
    assert "no symbol table" in err.reason
    # .text gone: the callback address and calls into it have nowhere to go
    err = load_error(ElfPatcher(progs).set_section(".text", type=0).bytes())
    assert (err.section, err.symbol, err.slot) == ("xdp", ".text", 6)
    assert "in section '.text', which holds no maps, global data or code" in err.reason
    # BTF-defined maps without BTF
    maps = build("maps").read_bytes()
    err = load_error(ElfPatcher(maps).set_section(".BTF", type=0).bytes())
    assert err.section == ".maps" and "need the object's BTF" in err.reason
    # string table of the symbol table
    p = ElfPatcher(progs)
    err = load_error(p.set_section(".symtab", link=p.index(".BTF")).bytes())
    assert "SHT_SYMTAB section points at section" in err.reason and "expected SHT_STRTAB" in err.reason


def test_bad_relocations(progs):
    p = ElfPatcher(progs)
    off0, _, type0 = p.rel(".relxdp", 0)  # the LD_IMM64 of loop_cb's address, at byte 0x30
    assert (off0, type0) == (0x30, 1)

    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, rtype=7).bytes())
    assert (err.section, err.slot, err.symbol) == ("xdp", 6, ".text")
    assert "unknown relocation type 7" in err.reason
    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, rtype=3).bytes())
    assert "R_BPF_64_ABS32 is not valid in a code section" in err.reason
    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, sym=10000).bytes())
    assert err.section == ".relxdp" and "symbol index 10000 out of range" in err.reason
    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, offset=1 << 20).bytes())
    assert err.section == ".relxdp" and "outside section xdp" in err.reason
    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, offset=0).bytes())
    assert (err.section, err.slot) == ("xdp", 0) and "neither a call nor an LD_IMM64" in err.reason
    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, offset=0x38).bytes())
    assert err.slot == 7 and "middle of an LD_IMM64" in err.reason
    err = load_error(ElfPatcher(progs).set_rel(".relxdp", 0, offset=0x34).bytes())
    assert "not on an instruction boundary" in err.reason
    q = ElfPatcher(progs)
    err = load_error(q.set_section(".relxdp", link=q.index(".BTF")).bytes())
    assert err.section == ".relxdp" and "bad symbol table section index" in err.reason


def test_bad_symbol_name(progs):
    p = ElfPatcher(progs)
    symtab = p.header(p.index(".symtab"))
    p.data[symtab["offset"] + 24 * 3:symtab["offset"] + 24 * 3 + 4] = (1 << 24).to_bytes(4, "little")
    err = load_error(p.bytes())
    assert err.section == ".symtab" and "name offset 16777216 is outside the string table" in err.reason


def test_unknown_map_type(tmp_path, build):
    src = tmp_path / "badmap.c"
    src.write_text(f'#include "{C_DIR}/bpf_defs.h"\n'
                   'struct { __uint(type, 99); __uint(max_entries, 1); __type(key, int); __type(value, int); } '
                   'weird SEC(".maps");\n'
                   'SEC("xdp") int p(void *ctx) { return bpf_map_lookup_elem(&weird, &(int){0}) != 0; }\n')
    obj = compile_c(src, tmp_path / "badmap.o")
    err = load_error(obj.read_bytes())
    assert (err.section, err.symbol) == (".maps", "weird") and "unknown map type 99" in err.reason
    # the same in a legacy "maps" section
    legacy = ElfPatcher(build("legacy").read_bytes())
    legacy.data[legacy.section_data_offset("maps"):legacy.section_data_offset("maps") + 4] = (77).to_bytes(4, "little")
    err = load_error(legacy.bytes())
    assert (err.section, err.symbol) == ("maps", "packets") and "unknown map type 77" in err.reason


def test_corrupt_btf_with_btf_maps(build):
    p = ElfPatcher(build("maps").read_bytes())
    p.set_u16(p.section_data_offset(".BTF"), 0x1234)
    err = load_error(p.bytes())
    assert err.section == ".BTF" and "magic" in err.reason


def test_corrupt_btf_ext_is_ignored_like_libbpf(build):
    p = ElfPatcher(build("legacy").read_bytes())
    p.set_u16(p.section_data_offset(".BTF.ext"), 0x1234)
    spec = load_collection_spec(p.bytes())
    assert any(".BTF.ext ignored" in w for w in spec.warnings)
    assert spec.program("legacy_prog").func_info == ()


@pytest.mark.parametrize("mutate", [
    lambda p: p.set_u16(18, 62),
    lambda p: p.set_rel(".relxdp", 0, rtype=7),
    lambda p: p.set_section(".symtab", type=0),
])
def test_cli_inspect_one_line_exit_1(progs, tmp_path, capsys, mutate):
    bad = tmp_path / "bad.o"
    bad.write_bytes(mutate(ElfPatcher(progs)).bytes())
    assert main(["inspect", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith(f"pybpf inspect: error: {bad}")
    assert main(["disasm", str(bad)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_cli_truncated_and_missing(progs, tmp_path, capsys):
    bad = tmp_path / "trunc.o"
    bad.write_bytes(progs[:100])
    assert main(["inspect", str(bad), "--json"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["inspect", str(tmp_path / "absent.o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No such file" in err


def test_program_not_found_cli(build, capsys):
    assert main(["disasm", str(build("progs")), "--program", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no program named 'nope'" in err and "xdp_prog" in err


@pytest.mark.parametrize("name", ["progs", "maps", "data", "core", "legacy"])
def test_corrupted_sections_never_crash(build, name):
    """Random byte damage inside the sections the loader reads: a spec or one LoadError line, never another
    exception (seeded, so a failure reproduces)."""
    import random

    from pybpf.errors import PybpfError

    data = build(name).read_bytes()
    patcher = ElfPatcher(data)
    targets = []
    for sec in (".BTF", ".BTF.ext", ".maps", ".symtab", ".strtab", "xdp", ".text", ".relxdp", ".rel.maps", "maps"):
        try:
            h = patcher.header(patcher.index(sec))
        except KeyError:
            continue
        if h["size"]:
            targets.append((h["offset"], h["size"]))
    targets.append((patcher.shoff, len(data) - patcher.shoff))
    rng = random.Random(name)
    for _ in range(150):
        d = bytearray(data)
        off, size = rng.choice(targets)
        for _ in range(rng.randint(1, 6)):
            d[off + rng.randrange(size)] = rng.choice((0, 1, 0x0A, 0x80, 0xFF, rng.randrange(256)))
        try:
            load_collection_spec(bytes(d))
        except PybpfError as e:
            assert "\n" not in str(e)

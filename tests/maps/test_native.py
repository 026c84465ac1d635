"""The native map code: committed IR up to date, self-contained, loadable from the machine-code cache, ABI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import llvmlite.binding as llvm
import pytest
from tests_maps_support import make

from pybpf.maps import MapType, map_by_address
from pybpf.maps import _native as nat

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.clang
def test_committed_ir_is_regenerated_byte_for_byte():
    if shutil.which("clang-19") is None:
        pytest.skip("clang-19 is not installed")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_native.py"), "--check"], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


def test_ir_has_no_external_calls():
    """Only LLVM intrinsics and our own functions: the IR links into JIT programs as is."""
    mod = nat.build_module()
    undefined = [f.name for f in mod.functions if f.is_declaration and not f.name.startswith("llvm.")]
    assert undefined == []
    tm = llvm.Target.from_triple(llvm.get_process_triple()).create_target_machine()
    obj = tm.emit_object(mod)
    import io

    from elftools.elf.elffile import ELFFile
    elf = ELFFile(io.BytesIO(obj))
    undef = [s.name for s in elf.get_section_by_name(".symtab").iter_symbols()
             if s["st_shndx"] == "SHN_UNDEF" and s.name]
    assert undef == [], f"machine code calls out to {undef}"


def test_every_entry_point_is_resolved():
    syms = nat.symbols()
    assert set(syms) == set(nat.SIGNATURES)
    assert all(addr for addr in syms.values())


def _load_in_subprocess(cache_dir: Path) -> list[str]:
    code = ("from pybpf.maps import _native as n; s = n.native().stats; "
            "print(s.source, s.cache_error, n.native().fn['pb_map_count'](0), sep='|')")
    env = dict(os.environ, PYBPF_CACHE_DIR=str(cache_dir))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip().split("|")


def test_machine_code_cache_cold_then_warm(tmp_path):
    assert _load_in_subprocess(tmp_path) == ["compiled", "None", "0"]
    assert len(list(tmp_path.glob("maps-*.o"))) == 1
    assert _load_in_subprocess(tmp_path) == ["cache", "None", "0"]


def test_corrupt_cache_is_rebuilt(tmp_path):
    _load_in_subprocess(tmp_path)
    (obj,) = tmp_path.glob("maps-*.o")
    obj.write_bytes(b"not an object file")
    source, error, _ = _load_in_subprocess(tmp_path)
    assert source == "compiled" and error != "None"
    assert _load_in_subprocess(tmp_path)[0] == "cache"


def test_header_abi():
    """struct pb_map fields at the documented offsets (docs/maps.md): what engines read from r1."""
    m = make(MapType.PERCPU_ARRAY, 4, 12, 5, possible_cpus=3)
    hdr = m._hdr
    u32 = lambda off: int.from_bytes(hdr[off:off + 4], "little")  # noqa: E731
    u64 = lambda off: int.from_bytes(hdr[off:off + 8], "little")  # noqa: E731
    assert u32(nat.HDR_MAGIC) == nat.PB_MAP_MAGIC
    assert u32(nat.HDR_MAP_TYPE) == MapType.PERCPU_ARRAY
    assert (u32(nat.HDR_KEY_SIZE), u32(nat.HDR_VALUE_SIZE), u32(nat.HDR_MAX_ENTRIES)) == (4, 12, 5)
    assert u32(nat.HDR_ID) == m.id and u32(nat.HDR_NR_CPUS) == 3
    assert u32(nat.HDR_VALUE_STRIDE) == 16 and u32(nat.HDR_ELEM_STRIDE) == 48
    assert u32(nat.HDR_LOCK_OFF) == nat.PB_NO_LOCK
    assert u64(nat.HDR_VALUES) == m.value_area[0] and u64(nat.HDR_VALUES_LEN) == 5 * 48
    assert map_by_address(m.address) is m

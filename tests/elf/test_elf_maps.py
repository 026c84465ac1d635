"""Maps of an object: BTF-defined maps with every attribute, __array(values) initial slots, legacy maps, and the
symbolic references programs keep to them."""

from __future__ import annotations

import pytest
from elf_testutil import needs_clang

from pybpf.elf import ReferenceKind
from pybpf.isa.instruction import slot_offsets
from pybpf.isa.opcodes import LD_IMM64, PseudoSrc
from pybpf.maps.types import MapFlag, MapType, PinType

pytestmark = [needs_clang, pytest.mark.clang]


def test_btf_maps(spec_of):
    spec = spec_of("maps")
    m = spec.maps
    assert list(m) == ["inner_a", "inner_b", "outer_array", "outer_hash", "jumps", "flows", "stats", "lru",
                       "routes", "events", "queue", "bloom", "devs"]
    btf = spec.btf

    def c(type_id):
        return btf.c_type(type_id)

    flows = m["flows"]
    assert (flows.type, flows.key_size, flows.value_size, flows.max_entries, flows.flags) == \
        (MapType.HASH, 4, 24, 128, MapFlag.NO_PREALLOC)
    assert c(flows.key_type) == "__u32" and c(flows.value_type) == "struct value"
    assert flows.spin_lock_off == 0  # struct bpf_spin_lock lock is the first member
    stats = m["stats"]  # __uint(key_size) / __uint(value_size): sizes without BTF types
    assert (stats.type, stats.key_size, stats.value_size, stats.key_type, stats.value_type) == \
        (MapType.PERCPU_ARRAY, 4, 16, None, None)
    lru = m["lru"]
    assert (lru.type, lru.key_size, lru.value_size, lru.max_entries, lru.pinning, lru.numa_node) == \
        (MapType.LRU_HASH, 8, 4, 1000, PinType.BY_NAME, 0)
    routes = m["routes"]
    assert (routes.key_size, c(routes.key_type)) == (8, "struct lpm_key")
    assert (m["events"].type, m["events"].max_entries, m["events"].key_size, m["events"].value_size) == \
        (MapType.RINGBUF, 4096, 0, 0)
    assert (m["queue"].type, m["queue"].key_size, m["queue"].value_size) == (MapType.QUEUE, 0, 4)
    assert (m["bloom"].type, m["bloom"].map_extra, m["bloom"].value_size) == (MapType.BLOOM_FILTER, 3, 8)
    assert m["devs"].type == MapType.DEVMAP
    for name in ("outer_array", "outer_hash"):
        outer = m[name]
        assert outer.value_size == 4 and outer.key_size == 4
        inner = outer.inner_map
        assert inner is not None and inner.name == f"{name}.inner"
        assert (inner.type, inner.key_size, inner.value_size, inner.max_entries) == (MapType.ARRAY, 4, 8, 2)
        assert inner.compatible(m["inner_a"])
    jumps = m["jumps"]
    assert (jumps.type, jumps.key_size, jumps.value_size, jumps.max_entries) == (MapType.PROG_ARRAY, 4, 4, 8)


def test_initial_slots(spec_of):
    slots = spec_of("maps").init_slots
    assert [(s.index, s.kind, s.name) for s in slots["jumps"]] == [(1, "program", "tail_a"), (5, "program", "tail_b")]
    assert [(s.index, s.kind, s.name) for s in slots["outer_array"]] == [(0, "map", "inner_a"), (2, "map", "inner_b")]
    assert [(s.index, s.kind, s.name) for s in slots["outer_hash"]] == [(1, "map", "inner_b")]
    assert set(slots) == {"jumps", "outer_array", "outer_hash"}


def test_map_references_are_symbolic(spec_of):
    spec = spec_of("maps")
    prog = spec.program("entry")
    names = list(spec.maps)
    seen = []
    for slot, insn in zip(slot_offsets(prog.instructions), prog.instructions, strict=True):
        if insn.opcode != LD_IMM64 or insn.src == 0:
            continue
        ref = prog.references[slot]
        assert insn.src == PseudoSrc.MAP_FD and ref.kind == ReferenceKind.MAP
        assert names[insn.imm] == ref.name == ref.map
        seen.append(ref.name)
    assert seen == ["flows", "stats", "lru", "routes", "outer_array", "outer_hash", "events", "queue", "bloom",
                    "devs", "jumps"]
    assert set(prog.references) == {s for s, i in zip(slot_offsets(prog.instructions), prog.instructions,
                                                       strict=True) if i.opcode == LD_IMM64 and i.src}


def test_resolve_maps_puts_fds_in_the_low_word(spec_of):
    prog = spec_of("data").program("data_prog")
    fds = {name: 100 + i for i, name in enumerate(spec_of("data").maps)}
    resolved = prog.resolve_maps(lambda ref: fds[ref.map])
    for slot, before, after in zip(slot_offsets(prog.instructions), prog.instructions, resolved, strict=True):
        ref = prog.references.get(slot)
        if ref is None or ref.map is None:
            assert before == after
            continue
        assert after.imm & 0xFFFFFFFF == fds[ref.map]
        assert after.imm >> 32 == ref.offset  # MAP_VALUE keeps the value offset in the second slot


def test_legacy_maps(spec_of):
    spec = spec_of("legacy")
    assert spec.kernel_version == 0x050400 and spec.license == "GPL"
    packets, flows = spec.maps["packets"], spec.maps["flows"]
    assert (packets.type, packets.key_size, packets.value_size, packets.max_entries, packets.flags) == \
        (MapType.ARRAY, 4, 8, 256, 0)
    assert (flows.type, flows.key_size, flows.value_size, flows.max_entries, flows.flags) == \
        (MapType.HASH, 8, 4, 1024, MapFlag.NO_PREALLOC)
    prog = spec.program("legacy_prog")
    assert [r.name for _, r in sorted(prog.references.items())] == ["packets", "flows"]
    assert prog.prog_type.name == "SOCKET_FILTER" and prog.kernel_version == 0x050400


def test_legacy_samples_layout(spec_of):
    """28-byte definitions: inner_map_idx makes map-in-map templates, numa_node is kept."""
    m = spec_of("legacy_compat").maps
    assert list(m) == ["inner", "outer", "numa"]
    outer = m["outer"]
    assert outer.type == MapType.ARRAY_OF_MAPS and outer.inner_map == m["inner"].replace(name="outer.inner")
    assert m["numa"].flags == MapFlag.NUMA_NODE and m["numa"].numa_node == 0


IPROUTE2 = """#include "{defs}"
struct bpf_elf_map {{ unsigned int type, size_key, size_value, max_elem, flags, id, pinning, inner_id, inner_idx; }};
struct bpf_elf_map SEC("maps") pinned = {{ .type = BPF_MAP_TYPE_HASH, .size_key = 4, .size_value = 8,
                                          .max_elem = 2, .pinning = {pinning}, .inner_id = {inner_id} }};
SEC("tc") int f(void *ctx) {{ return bpf_map_lookup_elem(&pinned, &(int){{0}}) != 0; }}
"""


@pytest.mark.parametrize("pinning, inner_id, expect", [
    (2, 0, PinType.BY_NAME), (0, 0, PinType.NONE), (1, 0, "iproute2 pinning 1"), (0, 3, "iproute2 map-in-map"),
])
def test_iproute2_bpf_elf_map(tmp_path, pinning, inner_id, expect):
    from elf_testutil import C_DIR, compile_c

    from pybpf.elf import load_collection_spec
    from pybpf.errors import LoadError

    src = tmp_path / "ip.c"
    src.write_text(IPROUTE2.format(defs=C_DIR / "bpf_defs.h", pinning=pinning, inner_id=inner_id))
    obj = compile_c(src, tmp_path / "ip.o")
    if isinstance(expect, PinType):
        spec = load_collection_spec(obj)
        m = spec.maps["pinned"]
        assert (m.type, m.key_size, m.value_size, m.max_entries, m.pinning) == (MapType.HASH, 4, 8, 2, expect)
    else:
        with pytest.raises(LoadError, match=f"unsupported feature: {expect}") as exc:
            load_collection_spec(obj)
        assert (exc.value.section, exc.value.symbol) == ("maps", "pinned")

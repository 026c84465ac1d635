"""Map definitions: BTF-defined maps in ``.maps`` (libbpf's ``parse_btf_map_def``), their ``__array(values)``
initial slots from ``.rel.maps``, and legacy ``struct bpf_map_def`` entries in the ``maps`` section."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from pybpf.btf.btf import Btf
from pybpf.btf.types import Array, Datasec, Enum, Enum64, FuncProto, Ptr, Struct, Union, Var, VarLinkage
from pybpf.elf.code import Function
from pybpf.elf.reader import STT_FUNC, ElfObject, Section
from pybpf.elf.sections import MAPS_SEC
from pybpf.elf.spec import InitSlot
from pybpf.errors import LoadError
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapType, PinType

MAP_IN_MAP = (MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS)
BPF_MAP_DEF = struct.Struct("<5I")  # type, key_size, value_size, max_entries, map_flags
R_BPF_64_64 = 1
R_BPF_64_ABS64 = 2


@dataclass
class MapDef:
    """libbpf's ``struct btf_map_def`` while parsing."""

    map_type: int = 0
    key_size: int = 0
    value_size: int = 0
    max_entries: int = 0
    map_flags: int = 0
    numa_node: int = 0
    map_extra: int = 0
    pinning: int = 0
    key_type: int | None = None
    value_type: int | None = None
    inner: MapDef | None = None
    values_member: bool = False
    seen: set[str] = field(default_factory=set)


@dataclass
class BtfMaps:
    """The .maps section's maps, by offset in the section (what code relocations point at)."""

    specs: dict[str, MapSpec]
    by_offset: dict[int, str]
    extents: list[tuple[int, int, str, int]]  # (offset, size, name, offset of the ``values`` member or -1)


def _map_type(value: int, name: str, err) -> MapType:
    if value == 0:
        raise err(f"map {name!r}: map type isn't specified")
    try:
        return MapType(value)
    except ValueError:
        raise err(f"map {name!r}: unknown map type {value}") from None


def _spin_lock_off(btf: Btf, type_id: int | None) -> int | None:
    """Offset of a ``struct bpf_spin_lock`` in a value type, searching nested structs as the kernel does."""
    if not type_id:
        return None

    def walk(tid: int, base: int, depth: int) -> int | None:
        t = btf.resolved(tid)
        if not isinstance(t, Struct | Union) or depth > 8:
            return None
        if isinstance(t, Struct) and t.name == "bpf_spin_lock":
            return base
        for m in t.members:
            if m.bitfield_size:
                continue
            mt = btf.resolved(m.type)
            if isinstance(mt, Array) and mt.nelems == 1:
                mt_id = btf.resolve(mt.type)
            else:
                mt_id = btf.resolve(m.type)
            found = walk(mt_id, base + m.bit_offset // 8, depth + 1)
            if found is not None:
                return found
        return None

    return walk(type_id, 0, 0)


def _int_attr(btf: Btf, member_type: int, map_name: str, attr: str, err) -> int:
    """``__uint(name, N)``: a pointer to an array of N elements."""
    t = btf.resolved(member_type)
    if not isinstance(t, Ptr):
        raise err(f"map {map_name!r}: attribute {attr!r} is not a pointer (__uint) but {btf.describe(member_type)}")
    arr = btf.type(t.type)
    if not isinstance(arr, Array):
        raise err(f"map {map_name!r}: attribute {attr!r} does not point to an array")
    return arr.nelems


def _long_attr(btf: Btf, member_type: int, map_name: str, attr: str, err) -> int:
    """``__ulong(name, N)``: an anonymous one-value enum (or an ``__uint`` pointer)."""
    t = btf.resolved(member_type)
    if isinstance(t, Ptr):
        return _int_attr(btf, member_type, map_name, attr, err)
    if isinstance(t, Enum | Enum64) and len(t.values) == 1:
        return t.values[0].value & 0xFFFFFFFFFFFFFFFF
    raise err(f"map {map_name!r}: attribute {attr!r} is neither __uint nor __ulong")


def parse_map_def(btf: Btf, def_id: int, map_name: str, err, *, inner: bool = False) -> MapDef:
    """The attributes of one BTF map definition struct."""
    t = btf.resolved(def_id)
    if not isinstance(t, Struct):
        raise err(f"map {map_name!r}: definition is {btf.describe(def_id)}, expected a struct")
    d = MapDef()
    for i, m in enumerate(t.members):
        name = m.name
        if not name:
            raise err(f"map {map_name!r}: member #{i} has no name")
        if name in ("type", "max_entries", "map_flags", "numa_node", "key_size", "value_size", "pinning"):
            val = _int_attr(btf, m.type, map_name, name, err)
            if name == "type":
                d.map_type = val
            elif name == "max_entries":
                d.max_entries = val
            elif name == "map_flags":
                d.map_flags = val
            elif name == "numa_node":
                d.numa_node = val
            elif name == "pinning":
                if inner:
                    raise err(f"map {map_name!r}: an inner map definition cannot be pinned")
                if val not in (PinType.NONE, PinType.BY_NAME):
                    raise err(f"map {map_name!r}: invalid pinning value {val}")
                d.pinning = val
            else:
                cur = d.key_size if name == "key_size" else d.value_size
                if cur and cur != val:
                    raise err(f"map {map_name!r}: conflicting {name.replace('_size', '')} size {cur} != {val}")
                if name == "key_size":
                    d.key_size = val
                else:
                    d.value_size = val
        elif name in ("key", "value"):
            pt = btf.type(m.type)
            if not isinstance(pt, Ptr):
                raise err(f"map {map_name!r}: {name} spec is {btf.describe(m.type)}, not a pointer (__type)")
            try:
                size = btf.sizeof(pt.type)
            except LoadError as e:
                raise err(f"map {map_name!r}: cannot size {name} type [{pt.type}]: {e.reason}") from None
            cur = d.key_size if name == "key" else d.value_size
            if cur and cur != size:
                raise err(f"map {map_name!r}: conflicting {name} size {cur} != {size}")
            if name == "key":
                d.key_size, d.key_type = size, pt.type
            else:
                d.value_size, d.value_type = size, pt.type
        elif name == "values":
            if inner:
                raise err(f"map {map_name!r}: multi-level inner maps are not supported")
            if i != len(t.members) - 1:
                raise err(f"map {map_name!r}: 'values' must be the last member")
            is_mim = d.map_type in MAP_IN_MAP
            if not is_mim and d.map_type != MapType.PROG_ARRAY:
                raise err(f"map {map_name!r}: __array(values) is only for prog arrays and maps of maps")
            if d.value_size and d.value_size != 4:
                raise err(f"map {map_name!r}: conflicting value size {d.value_size} != 4")
            d.value_size = 4
            arr = btf.type(m.type)
            if not isinstance(arr, Array) or arr.nelems:
                raise err(f"map {map_name!r}: 'values' is not a zero-sized array")
            ptr = btf.resolved(arr.type)
            if not isinstance(ptr, Ptr):
                raise err(f"map {map_name!r}: 'values' elements are {btf.describe(arr.type)}, not pointers")
            target_id = btf.resolve(ptr.type)
            target = btf.type(target_id)
            if not is_mim:
                if not isinstance(target, FuncProto):
                    raise err(f"map {map_name!r}: prog array values are {btf.describe(target_id)}, not functions")
            else:
                if not isinstance(target, Struct):
                    raise err(f"map {map_name!r}: inner map definition is {btf.describe(target_id)}, not a struct")
                d.inner = parse_map_def(btf, target_id, f"{map_name}.inner", err, inner=True)
            d.values_member = True
        elif name == "map_extra":
            d.map_extra = _long_attr(btf, m.type, map_name, name, err)
        else:
            raise err(f"map {map_name!r}: unknown attribute {name!r}")
        d.seen.add(name)
    if d.map_type == 0:
        raise err(f"map {map_name!r}: map type isn't specified")
    return d


def _spec(btf: Btf, d: MapDef, name: str, err, inner: MapSpec | None = None) -> MapSpec:
    mtype = _map_type(d.map_type, name, err)
    return MapSpec(name=name, type=mtype, key_size=d.key_size, value_size=d.value_size, max_entries=d.max_entries,
                   flags=d.map_flags, map_extra=d.map_extra, key_type=d.key_type, value_type=d.value_type,
                   inner_map=inner, pinning=PinType(d.pinning), numa_node=d.numa_node,
                   spin_lock_off=_spin_lock_off(btf, d.value_type))


def btf_maps(elf: ElfObject, sec: Section, btf: Btf | None) -> BtfMaps:
    """The maps of the ``.maps`` section (its DATASEC offsets already fixed up)."""
    def err(reason: str) -> LoadError:
        return LoadError(reason, file=elf.source, section=sec.name)

    if btf is None:
        raise err("BTF-defined maps need the object's BTF, and the object has no .BTF section")
    ds_id = btf.find_id(MAPS_SEC, Datasec.KIND)
    if ds_id is None:
        raise err("no BTF DATASEC '.maps' describes the map definitions")
    ds = btf.type(ds_id)
    assert isinstance(ds, Datasec)
    out = BtfMaps({}, {}, [])
    for vsi in ds.vars:
        var = btf.type(vsi.type)
        name = var.name
        if not name:
            raise err("a map definition without a name")
        if not isinstance(var, Var):
            raise LoadError(f"map {name!r}: unexpected BTF kind {btf.describe(vsi.type)}", file=elf.source,
                            section=sec.name, symbol=name)
        if vsi.offset + vsi.size > sec.size:
            raise LoadError(f"map {name!r}: definition ({vsi.offset}+{vsi.size}) is outside the section",
                            file=elf.source, section=sec.name, symbol=name)
        if var.linkage != VarLinkage.GLOBAL_ALLOCATED:
            raise LoadError(f"map {name!r}: unsupported map linkage {var.linkage.name.lower()} (maps must be "
                            "global, non-hidden definitions)", file=elf.source, section=sec.name, symbol=name)
        if btf.sizeof(var.type) > vsi.size:
            raise LoadError(f"map {name!r}: invalid definition size", file=elf.source, section=sec.name, symbol=name)

        def merr(reason: str, _name: str = name) -> LoadError:
            return LoadError(reason, file=elf.source, section=sec.name, symbol=_name)

        d = parse_map_def(btf, var.type, name, merr)
        inner = _spec(btf, d.inner, f"{name}.inner", merr) if d.inner is not None else None
        if d.map_type in MAP_IN_MAP and inner is None:
            pass  # an inner map template can be given at load time (libbpf: bpf_map__set_inner_map_fd)
        if name in out.specs:
            raise merr(f"two maps named {name!r}")
        out.specs[name] = _spec(btf, d, name, merr, inner)
        out.by_offset[vsi.offset] = name
        values_off = -1
        if d.values_member:
            t = btf.resolved(var.type)
            assert isinstance(t, Struct)
            values_off = t.members[-1].bit_offset // 8
        out.extents.append((vsi.offset, vsi.size, name, values_off))
    return out


def map_init_slots(elf: ElfObject, rel: Section, maps: BtfMaps, programs: dict[str, Function],
                   all_maps: dict[str, MapSpec]) -> dict[str, tuple[InitSlot, ...]]:
    """``__array(values, ...) = {[i] = &x}``: the ABS64 relocations of ``.rel.maps`` name what goes in each slot
    (libbpf's ``bpf_object__collect_map_relos``)."""
    slots: dict[str, dict[int, InitSlot]] = {}
    for r in elf.relocations(rel):
        label = elf.symbol_label(r.symbol)

        def err(reason: str, _label: str = label) -> LoadError:
            return LoadError(reason, file=elf.source, section=rel.name, symbol=_label)

        if r.type not in (R_BPF_64_ABS64, R_BPF_64_64):  # LLVM < 12 wrote 64-bit data relocations as R_BPF_64_64
            raise err(f"relocation #{r.index}: type {r.type} is not valid in .maps (expected R_BPF_64_ABS64)")
        found = next((e for e in maps.extents if e[0] <= r.offset and r.offset + 8 <= e[0] + e[1]), None)
        if found is None:
            raise err(f"relocation #{r.index} at offset {r.offset} is inside no map definition")
        start, _size, map_name, values_off = found
        spec = maps.specs[map_name]
        if values_off < 0 or r.offset - start < values_off:
            raise err(f"relocation #{r.index} in map {map_name!r} is not in its __array(values) member")
        slot = (r.offset - start - values_off)
        if slot % 8:
            raise err(f"relocation #{r.index} in map {map_name!r}: values slot offset {slot} is not 8-byte aligned")
        slot //= 8
        if spec.type in MAP_IN_MAP:
            if r.symbol.shndx != maps_section_index(elf):
                raise err(f"map {map_name!r} slot {slot}: {label!r} isn't a BTF-defined map")
            if spec.type == MapType.HASH_OF_MAPS and spec.key_size != 4:
                raise err(f"hash of maps {map_name!r} must have a 4-byte key to be initialised")
            if label not in all_maps:
                raise err(f"map {map_name!r} slot {slot}: {label!r} isn't a valid map reference")
            slots.setdefault(map_name, {})[slot] = InitSlot(slot, "map", label)
        elif spec.type == MapType.PROG_ARRAY:
            prog = programs.get(label)
            if prog is None or r.symbol.type != STT_FUNC or prog.symbol.index != r.symbol.index:
                raise err(f"map {map_name!r} slot {slot}: {label!r} isn't an entry-point program")
            slots.setdefault(map_name, {})[slot] = InitSlot(slot, "program", label)
        else:
            raise err(f"map {map_name!r} ({spec.type.name.lower()}) cannot have initial values")
    for map_name, s in slots.items():
        spec = maps.specs[map_name]
        too_big = [i for i in s if i >= spec.max_entries]
        if too_big:
            raise LoadError(f"map {map_name!r}: initial slot {max(too_big)} is past max_entries {spec.max_entries}",
                            file=elf.source, section=rel.name)
    return {name: tuple(s[i] for i in sorted(s)) for name, s in slots.items()}


def maps_section_index(elf: ElfObject) -> int:
    sec = elf.section_by_name(MAPS_SEC)
    return sec.index if sec is not None else -1


PIN_GLOBAL_NS = 2  # iproute2's bpf_elf_map pinning values
PIN_OBJECT_NS = 1


def legacy_maps(elf: ElfObject, sec: Section, btf: Btf | None) -> tuple[dict[str, MapSpec], dict[int, str]]:
    """Map definitions of the legacy ``maps`` section, one per symbol, in one of the layouts objects used before
    BTF-defined maps: ``struct bpf_map_def`` (20 bytes, libbpf < 1.0), the same + ``inner_map_idx, numa_node``
    (28 bytes: Linux samples' bpf_load.h, Falco), and iproute2's ``struct bpf_elf_map`` (36 bytes: + id, pinning,
    inner_id, inner_idx). A symbol without a size takes an equal share of the section, as libbpf 0.x did."""
    def err(reason: str, symbol: str | None = None) -> LoadError:
        return LoadError(reason, file=elf.source, section=sec.name, symbol=symbol)

    syms = sorted((s for s in elf.symbols if s.shndx == sec.index and s.name and s.type != 3),
                  key=lambda s: (s.value, s.index))
    if not syms:
        raise err("no symbols name the map definitions")
    share = sec.size // len(syms)
    specs: dict[str, MapSpec] = {}
    by_offset: dict[int, str] = {}
    inner_of: dict[str, int] = {}
    for sym in syms:
        def_size = sym.size or share
        if def_size < 4 or sym.value + def_size > sec.size:
            raise err(f"map definition of {def_size} bytes at offset {sym.value} does not fit the section "
                      f"({sec.size} bytes)", sym.name)
        raw = sec.data[sym.value:sym.value + def_size]
        fields = list(struct.unpack_from(f"<{min(def_size, 36) // 4}I", raw)) + [0] * 9
        mtype, key_size, value_size, max_entries, flags = fields[:5]
        pinning, numa_node = PinType.NONE, 0
        if def_size == 36:  # iproute2's struct bpf_elf_map: id, pinning, inner_id, inner_idx
            pin, inner_id, inner_idx = fields[6:9]
            if inner_id or inner_idx:
                raise err("unsupported feature: iproute2 map-in-map definitions (bpf_elf_map inner_id/inner_idx)",
                          sym.name)
            if pin == PIN_GLOBAL_NS:
                pinning = PinType.BY_NAME
            elif pin:
                raise err(f"unsupported feature: iproute2 pinning {pin} (only PIN_GLOBAL_NS, pin by name, is "
                          "supported)", sym.name)
        elif def_size == 28:  # + inner_map_idx, numa_node
            if mtype in MAP_IN_MAP:
                inner_of[sym.name] = fields[5]
            numa_node = fields[6]
        elif def_size > 20 and any(raw[20:]):
            raise err(f"unsupported feature: legacy map definition of {def_size} bytes with non-zero fields past "
                      "struct bpf_map_def", sym.name)
        if mtype == 0:
            raise err(f"map {sym.name!r}: map type isn't specified", sym.name)
        try:
            t = MapType(mtype)
        except ValueError:
            raise err(f"map {sym.name!r}: unknown map type {mtype}", sym.name) from None
        key_type = value_type = None
        if btf is not None:  # BPF_ANNOTATE_KV_PAIR: struct ____btf_map_<name> { key; value; }
            kv = btf.find(f"____btf_map_{sym.name}", Struct.KIND)
            if isinstance(kv, Struct) and kv.member("key") and kv.member("value"):
                key_type, value_type = kv.member("key").type, kv.member("value").type  # type: ignore[union-attr]
        if sym.name in specs:
            raise err(f"two maps named {sym.name!r}", sym.name)
        specs[sym.name] = MapSpec(name=sym.name, type=t, key_size=key_size, value_size=value_size,
                                  max_entries=max_entries, flags=flags, key_type=key_type, value_type=value_type,
                                  pinning=pinning, numa_node=numa_node,
                                  spin_lock_off=_spin_lock_off(btf, value_type) if btf is not None else None)
        by_offset[sym.value] = sym.name
    order = list(specs)
    for name, idx in inner_of.items():  # bpf_load.h: inner_map_idx is the template's position in the section
        if not 0 <= idx < len(order) or order[idx] == name:
            raise err(f"map {name!r}: inner_map_idx {idx} names no other map of the section", name)
        specs[name] = specs[name].replace(inner_map=specs[order[idx]].replace(name=f"{name}.inner"))
    return specs, by_offset

"""Collection: a CollectionSpec loaded into one backend, with Program and map handles.

    with Collection("examples/c/xdp_count.o") as coll:          # backend="interp" (default) or "kernel"
        result = coll.programs["xdp_count"].run(data=packet)      # RunResult(retval, r0, data_out, ctx_out, ...)
        print(result.retval, coll.maps["counts"].items())

Loading follows libbpf: maps first (from the MapSpecs, with their initial contents; ``.rodata`` and ``.kconfig``
frozen), then the programs (those marked autoload, or the ones asked for, plus every program an initial prog-array
slot names), then the prog-array and map-in-map slots the object declares (``__array(values, ...)``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from pybpf.collection.backend import Backend, adjust_map, kconfig_bytes
from pybpf.collection.result import ID_VALUE_TYPES, RunResult, canonical_dump, dump_map
from pybpf.elf.spec import CollectionSpec, ProgramSpec
from pybpf.errors import LoadError, PybpfError
from pybpf.maps.types import MapType
from pybpf.uapi import ProgType

BACKENDS = ("interp", "kernel", "jit")
T = TypeVar("T")


class Named(Mapping[str, T], Generic[T]):
    """A read-only name -> handle mapping whose KeyError lists the names there are."""

    def __init__(self, what: str, items: dict[str, T]) -> None:
        self._what = what
        self._items = items

    def __getitem__(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            have = ", ".join(self._items) or "none"
            raise KeyError(f"no {self._what} named {name!r} (available: {have})") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"{{{', '.join(f'{k!r}: {v!r}' for k, v in self._items.items())}}}"


class Program:
    """A loaded program. ``run`` mirrors BPF_PROG_TEST_RUN; ``id`` is its program id (what a prog array holds);
    ``interpreter`` is the pybpf Interpreter on the interp backend (None on the kernel backend), ``fd`` the
    program fd on the kernel backend (None on the interp backend)."""

    def __init__(self, collection: Collection, spec: ProgramSpec, loaded: Any) -> None:
        self.collection = collection
        self.spec = spec
        self._loaded = loaded
        # the backend's shortcut for the most common call, run(data) (the jit backend's XDP frame), or None
        runner = getattr(collection._backend, "fast_runner", None)
        self._fast = runner(loaded, spec) if runner is not None else None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def type(self) -> ProgType:
        return self.spec.prog_type

    @property
    def instructions(self) -> tuple:
        """The instructions as loaded (maps resolved, CO-RE applied)."""
        return self._loaded.instructions

    @property
    def interpreter(self) -> Any:
        return getattr(self._loaded, "interpreter", None)

    @property
    def fd(self) -> int | None:
        kernel = getattr(self._loaded, "kernel", None)
        return kernel.fd if kernel is not None else None

    @property
    def id(self) -> int:
        return self.collection._backend.object_id(self._loaded)

    def run(self, data: bytes = b"", ctx: bytes | None = None, repeat: int = 1, cpu: int | None = None) -> RunResult:
        """Run once per ``repeat`` on ``data`` (the packet, for network programs) and ``ctx`` (the context struct
        as bytes, e.g. ``struct xdp_md``), like BPF_PROG_TEST_RUN; ``cpu`` runs it on that CPU (the kernel
        backend pins the calling thread; the interpreter sets the CPU helpers and per-CPU maps see). Inputs Linux
        rejects raise :class:`~pybpf.errors.RunInputError` with Linux's errno."""
        fast = self._fast
        if fast is not None and ctx is None and repeat == 1 and cpu is None and not self.collection._closed:
            result = fast(data)
            if result is not None:
                return result
        self.collection._check_open()
        if repeat < 0:
            raise PybpfError(f"program {self.name}: repeat must be >= 0, not {repeat}")
        return self.collection._backend.run(self._loaded, self.spec, bytes(data),
                                            None if ctx is None else bytes(ctx), repeat, cpu)

    def __repr__(self) -> str:
        return f"Program({self.name!r}, {self.type.name.lower()}, {self.collection.backend})"


class Collection:
    """A CollectionSpec (or the path of an object file) loaded into ``backend`` ("interp" or "kernel").

    ``verify``: programs are checked by pybpf's verifier before the interp or jit backend loads them (a rejection
    raises VerifierError with the log and an explanation), and the jit then runs them without run-time checks, as
    Linux runs verified programs; ``verify=False`` skips that, leaving run-time checks on every access and an
    instruction meter in both engines; the kernel always verifies. ``target_btf``: the BTF CO-RE
    relocations are applied against (default: the host's vmlinux BTF). ``possible_cpus``: per-CPU map width for
    the interp backend (default: the host's count, which the kernel backend always uses). ``env``: the interp's
    RunEnv, or "live" (default) / "deterministic" (fixed time, random seed, pid, comm, CPU). ``host_functions``:
    name -> callable (or (callable, HostSignature)) called by programs as kfuncs of that name (interp).
    ``kconfig``: values for ``.kconfig`` externs (default: the host's configuration). ``pin_root``: where maps
    with ``LIBBPF_PIN_BY_NAME`` are pinned and reused (kernel). ``programs``: names of the programs to load
    (default: the autoload ones).
    """

    def __init__(self, spec: CollectionSpec | str | os.PathLike, backend: str = "interp", *, verify: bool = True,
                 target_btf: Any = None, possible_cpus: int | None = None, env: Any = None,
                 host_functions: Mapping[str, Any] | None = None, kconfig: Mapping[str, Any] | None = None,
                 pin_root: str | None = None, programs: Iterable[str] | None = None) -> None:
        if not isinstance(spec, CollectionSpec):
            from pybpf.elf import load_collection_spec
            spec = load_collection_spec(os.fspath(spec))
        self.spec = spec
        self.backend = backend
        self.verify = verify
        self._closed = False
        self._programs: dict[str, Program] = {}
        self._maps: dict[str, Any] = {}
        self.programs: Named[Program] = Named("program", self._programs)
        self.maps: Named[Any] = Named("map", self._maps)
        from pybpf.maps.types import possible_cpus as host_cpus
        nr_cpus = possible_cpus if possible_cpus is not None else host_cpus()
        if nr_cpus < 1:
            raise PybpfError(f"possible_cpus must be >= 1, not {nr_cpus}")
        if backend == "kernel" and nr_cpus != host_cpus():
            raise PybpfError(f"possible_cpus={nr_cpus}: the kernel backend has the host's {host_cpus()} possible CPUs")
        self._backend: Backend = _make_backend(backend, spec, target_btf=target_btf, nr_cpus=nr_cpus, env=env,
                                               host_functions=host_functions, pin_root=pin_root)
        try:
            self._load(nr_cpus, kconfig, programs)
        except BaseException:
            self.close()
            raise

    def _load(self, nr_cpus: int, kconfig: Mapping[str, Any] | None, programs: Iterable[str] | None) -> None:
        spec = self.spec
        for name, mspec in spec.maps.items():
            initial = kconfig_bytes(spec, kconfig) if name.endswith(".kconfig") and spec.kconfig else None
            self._maps[name] = self._backend.create_map(name, adjust_map(mspec, nr_cpus), initial or None)
        checked: dict = {}
        for name in self._program_names(programs):
            pspec = spec.program(name)
            if pspec.prog_type == ProgType.UNSPEC:   # libbpf refuses these too
                raise LoadError(f"missing BPF program type: unknown section name {pspec.section!r}", file=spec.path,
                                program=name)
            if self.verify and self.backend != "kernel":  # pybpf's verifier (the kernel backend runs Linux's)
                from pybpf.verifier import check_program
                check_program(spec, pspec, target_btf=getattr(self._backend, "target_btf", None), cache=checked,
                              host_functions=getattr(self._backend, "_kfuncs", None))
                self._backend.verified.add(name)  # the jit runs it without run-time checks, as Linux would
            self._programs[name] = Program(self, pspec, self._backend.load_program(pspec))
        for map_name, slots in spec.init_slots.items():
            handle = self._maps[map_name]
            for slot in slots:
                target = self._programs.get(slot.name) if slot.kind == "program" else self._maps.get(slot.name)
                if target is None:
                    raise LoadError(f"map {map_name}: slot {slot.index} names {slot.kind} {slot.name!r}, which is "
                                    "not loaded", file=spec.path)
                self._backend.set_slot(handle, slot.index, target)

    def _program_names(self, wanted: Iterable[str] | None) -> list[str]:
        spec = self.spec
        if wanted is None:
            names = [n for n, p in spec.programs.items() if p.autoload]
        else:
            names = list(dict.fromkeys(wanted))
            for n in names:
                spec.program(n)  # a LoadError naming the programs there are
        # programs that initial prog-array slots name are loaded too: the slots need them
        for slots in spec.init_slots.values():
            for slot in slots:
                if slot.kind == "program" and slot.name not in names and slot.name in spec.programs:
                    names.append(slot.name)
        return names

    # -- inspection ---------------------------------------------------------------------------------------------
    @property
    def warnings(self) -> list[str]:
        return list(getattr(self._backend, "warnings", []))

    @property
    def env(self) -> Any:
        """The RunEnv of the interp backend (None on the kernel backend)."""
        return getattr(self._backend, "env", None)

    def dump_maps(self) -> dict[str, list | None]:
        """Every map's contents in ``pybpf run --json``'s shape (see :func:`pybpf.collection.result.dump_map`)."""
        self._check_open()
        return {name: dump_map(m) for name, m in self._maps.items()}

    def canonical_maps(self) -> dict[str, Any]:
        """Map contents independent of iteration order and of object ids (for comparing backends)."""
        self._check_open()
        progs = {p.id: name for name, p in self._programs.items()}
        maps = {}
        for name, m in self._maps.items():
            try:
                maps[m.id] = name
            except PybpfError:
                continue
        out = {}
        for name, m in self._maps.items():
            names = None
            if m.type in ID_VALUE_TYPES:
                names = progs if m.type == MapType.PROG_ARRAY else maps
            out[name] = canonical_dump(dump_map(m), m.type, names)
        return out

    # -- lifetime -----------------------------------------------------------------------------------------------
    def _check_open(self) -> None:
        if self._closed:
            raise PybpfError(f"collection {self.spec.name} ({self.backend}) is closed")

    def close(self) -> None:
        """Release maps and programs (kernel: close every fd; pinned maps stay pinned)."""
        if self._closed:
            return
        self._closed = True
        self._programs.clear()
        self._maps.clear()
        backend = getattr(self, "_backend", None)
        if backend is not None:
            backend.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"{len(self._programs)} programs, {len(self._maps)} maps"
        return f"Collection({self.spec.name!r}, {self.backend}, {state})"


def _make_backend(name: str, spec: CollectionSpec, *, target_btf: Any, nr_cpus: int, env: Any,
                  host_functions: Mapping[str, Any] | None, pin_root: str | None) -> Backend:
    if name == "interp":
        from pybpf.collection.interp_backend import InterpBackend
        return InterpBackend(spec, env=env, nr_cpus=nr_cpus, target_btf=target_btf, host_functions=host_functions)
    if name == "jit":
        from pybpf.collection.jit_backend import JitBackend
        return JitBackend(spec, env=env, nr_cpus=nr_cpus, target_btf=target_btf, host_functions=host_functions)
    if name == "kernel":
        from pybpf.collection.kernel_backend import DEFAULT_PIN_ROOT, KernelBackend
        return KernelBackend(spec, target_btf=target_btf, pin_root=pin_root or DEFAULT_PIN_ROOT)
    raise PybpfError(f"unknown backend {name!r} (choose from: {', '.join(BACKENDS)})")

"""The kernel backend: the same CollectionSpec loaded into the running kernel through bpf(2), the way libbpf loads
it, and run with BPF_PROG_TEST_RUN.

Order (libbpf's bpf_object__load): the object's BTF (BPF_BTF_LOAD; if Linux refuses it the collection loads
without it, unless a map needs it, e.g. for a bpf_spin_lock), maps (BTF key/value types where the map type takes
them, pinned maps reused or pinned by name under the pin root), initial contents, .kconfig values, freezing of
.rodata/.kconfig, then programs (map fds, kfunc/ksym BTF ids from vmlinux, CO-RE against the target BTF, attach
BTF ids, func_info/line_info), then prog-array and map-in-map slots.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import threading
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from pybpf.collection.backend import Backend, relocate
from pybpf.collection.kernel_maps import KernelMapHandle
from pybpf.collection.result import RunResult
from pybpf.elf.spec import ProgramSpec, ReferenceKind
from pybpf.errors import KernelError, LoadError, PybpfError, RunInputError
from pybpf.isa.instruction import Instruction, slot_offsets
from pybpf.isa.opcodes import CALL, LD_IMM64, CallSrc, PseudoSrc
from pybpf.maps.spec import MapSpec
from pybpf.maps.types import MapType, PinType
from pybpf.uapi import AttachType, ProgType

DEFAULT_PIN_ROOT = "/sys/fs/bpf"
TRACEFS = ("/sys/kernel/tracing", "/sys/kernel/debug/tracing")
TRACE_PRINTK = (6, 177)  # bpf_trace_printk, bpf_trace_vprintk
# libbpf's poison_kfunc_call: an unresolved weak kfunc becomes a call of helper POISON_CALL_KFUNC_BASE + extern index,
# which the kernel rejects only if it is reachable (a kfunc call with a bogus BTF id is refused even in dead code)
POISON_CALL_KFUNC_BASE = 2002000000

# libbpf creates these map types without BTF key/value types (the kernel refuses or ignores them)
NO_BTF_TYPES = frozenset({MapType.PERF_EVENT_ARRAY, MapType.CGROUP_ARRAY, MapType.STACK_TRACE,
                          MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS, MapType.DEVMAP, MapType.DEVMAP_HASH,
                          MapType.CPUMAP, MapType.XSKMAP, MapType.SOCKMAP, MapType.SOCKHASH, MapType.QUEUE,
                          MapType.STACK, MapType.ARENA})


class _ProgInfo(ctypes.Structure):
    _fields_ = [("type", ctypes.c_uint32), ("id", ctypes.c_uint32)]


def prog_id(fd: int) -> int:
    """The program id of a program fd (the leading fields of struct bpf_prog_info)."""
    from pybpf.kernel.syscall import InfoAttr, address, bpf
    from pybpf.uapi import BpfCmd

    info = _ProgInfo()
    bpf(BpfCmd.OBJ_GET_INFO_BY_FD, InfoAttr(bpf_fd=fd, info_len=ctypes.sizeof(info), info=address(info)),
        what=f"BPF_OBJ_GET_INFO_BY_FD of program fd {fd}")
    return info.id


@dataclass(eq=False)
class KernelLoaded:
    """A program loaded into the kernel."""

    kernel: Any  # pybpf.kernel.KernelProgram
    instructions: tuple[Instruction, ...]
    prints: bool  # calls bpf_trace_printk / bpf_trace_vprintk: capture its lines


class KernelBackend(Backend):
    name = "kernel"

    def __init__(self, spec: Any, *, target_btf: Any = None, pin_root: str = DEFAULT_PIN_ROOT) -> None:
        from pybpf.kernel import bpf_available

        ok, why = bpf_available()
        if not ok:
            raise PybpfError(f"the kernel backend needs bpf(2): {why}")
        self.spec = spec
        self.target_btf = target_btf
        self.pin_root = pin_root
        self.stack = ExitStack()
        self.maps: dict[str, KernelMapHandle] = {}
        self.warnings: list[str] = []
        self._core: dict = {}
        self._vmlinux: Any = None
        self.btf = None
        if spec.btf is not None:
            from pybpf.btf.encode import encode_btf
            from pybpf.kernel import load_btf
            try:
                self.btf = self.stack.enter_context(load_btf(encode_btf(spec.btf)))
            except (KernelError, PybpfError) as e:
                self.warnings.append(f"{spec.path}: Linux refused the object's BTF, loading without it: {e}")

    def _where(self) -> str:
        return self.spec.path or self.spec.name

    # -- maps -------------------------------------------------------------------------------------------------
    def _create(self, spec: MapSpec) -> Any:
        from pybpf.kernel import create_map

        inner_fd = None
        if spec.inner_map is not None:
            inner = self._create(spec.inner_map.replace(name=spec.inner_map.name or spec.name + ".inner"))
            inner_fd = inner.fd
        kw: dict[str, Any] = dict(inner_map_fd=inner_fd, numa_node=spec.numa_node, map_extra=spec.map_extra)
        key_id = spec.key_type if isinstance(spec.key_type, int) else 0
        value_id = spec.value_type if isinstance(spec.value_type, int) else 0
        try:
            if self.btf is not None and (key_id or value_id) and spec.type not in NO_BTF_TYPES:
                try:
                    km = create_map(spec.type, spec.key_size, spec.value_size, spec.max_entries, spec.flags,
                                    spec.name, btf_fd=self.btf.fd, btf_key_type_id=key_id,
                                    btf_value_type_id=value_id, **kw)
                    return self.stack.enter_context(km)
                except KernelError as e:
                    if spec.spin_lock_off is not None:
                        raise
                    self.warnings.append(f"map {spec.name}: created without BTF ({e})")
            km = create_map(spec.type, spec.key_size, spec.value_size, spec.max_entries, spec.flags, spec.name, **kw)
            return self.stack.enter_context(km)
        except KernelError as e:
            raise KernelError(e.errno or errno.EINVAL, f"{self._where()}: map {spec.name}: {e.reason}",
                              log=e.log) from None

    def create_map(self, name: str, spec: MapSpec, initial: bytes | None = None) -> KernelMapHandle:
        from pybpf.kernel import KernelMap, get_pinned, pin_object

        path = os.path.join(self.pin_root, spec.name) if spec.pinning == PinType.BY_NAME else None
        if path is not None and os.path.exists(path):
            km = self.stack.enter_context(KernelMap.from_fd(get_pinned(path)))
            have = (int(km.map_type), km.key_size, km.value_size, km.max_entries, km.flags)
            want = (int(spec.type), spec.key_size, spec.value_size, spec.max_entries, spec.flags)
            if have != want:
                raise LoadError(f"map {spec.name}: the map pinned at {path} is incompatible (type, key size, value "
                                f"size, max_entries, flags: {have} != {want})", file=self.spec.path)
            handle = KernelMapHandle(km, spec, name)
            self.maps[name] = handle
            return handle  # a reused pinned map keeps its contents, as libbpf does
        km = self._create(spec)
        handle = KernelMapHandle(km, spec, name)
        try:
            for key, value in spec.contents:
                if isinstance(value, MapSpec):
                    value = self._create(value).fd.to_bytes(4, "little")
                handle.update(key, value)
            if initial is not None:
                handle.update(0, initial)
            if spec.freeze:
                km.freeze()
        except (KernelError, PybpfError) as e:
            raise LoadError(f"map {spec.name}: initial contents: {e}", file=self.spec.path) from None
        if path is not None:
            try:
                pin_object(km.fd, path)
            except KernelError as e:
                raise LoadError(f"map {spec.name}: cannot pin it at {path}: {e}", file=self.spec.path) from None
        self.maps[name] = handle
        return handle

    # -- programs ---------------------------------------------------------------------------------------------
    def vmlinux(self) -> Any:
        if self._vmlinux is None:
            from pybpf.btf.vmlinux import load_vmlinux
            self._vmlinux = load_vmlinux()
        return self._vmlinux

    def _externs(self, program: ProgramSpec, insns: list[Instruction]) -> list[Instruction]:
        """kfunc calls and ksym loads resolved against vmlinux BTF (typeless ksyms: /proc/kallsyms)."""
        from pybpf.btf.types import Kind

        weak = {k.name: k.weak for k in self.spec.ksyms}
        out = list(insns)
        for i, (slot, insn) in enumerate(zip(slot_offsets(out), out, strict=True)):
            ref = program.references.get(slot)
            if ref is None or ref.kind not in (ReferenceKind.KFUNC, ReferenceKind.KSYM):
                continue
            if ref.kind == ReferenceKind.KFUNC and insn.opcode == CALL and insn.src == CallSrc.KFUNC:
                type_id = self.vmlinux().find_id(ref.name, Kind.FUNC)
                if type_id is None and not weak.get(ref.name):
                    raise LoadError(f"kfunc {ref.name} is not in the kernel's BTF", file=self.spec.path,
                                    program=program.name, slot=slot)
                if type_id is None:
                    ext_idx = next((n for n, k in enumerate(self.spec.ksyms) if k.name == ref.name), 0)
                    out[i] = insn.replace(src=CallSrc.HELPER, off=0, imm=POISON_CALL_KFUNC_BASE + ext_idx)
                else:
                    out[i] = insn.replace(imm=type_id)
            elif insn.opcode == LD_IMM64 and insn.src == PseudoSrc.BTF_ID:
                type_id = self.vmlinux().find_id(ref.name, Kind.VAR)
                if type_id is None:  # bpf_ksym_exists(kfunc): the function's address
                    type_id = self.vmlinux().find_id(ref.name, Kind.FUNC)
                if type_id is None:
                    if not weak.get(ref.name):
                        raise LoadError(f"ksym {ref.name} is not in the kernel's BTF", file=self.spec.path,
                                        program=program.name, slot=slot)
                    out[i] = insn.replace(src=PseudoSrc.IMM, imm=0)
                else:
                    out[i] = insn.replace(imm=type_id)
            elif insn.opcode == LD_IMM64:
                addr = _kallsyms(ref.name)
                if not addr and not weak.get(ref.name):
                    raise LoadError(f"ksym {ref.name} is not in /proc/kallsyms", file=self.spec.path,
                                    program=program.name, slot=slot)
                out[i] = insn.replace(imm=addr)
        return out

    def _attach_btf_id(self, program: ProgramSpec) -> int:
        from pybpf.btf.types import Func, Typedef
        from pybpf.progtypes.sections import SecFlag

        if not program.flags & SecFlag.ATTACH_BTF:
            return 0
        if program.prog_type == ProgType.EXT:
            raise LoadError("freplace programs need a target program to replace (not supported yet)",
                            file=self.spec.path, program=program.name)
        if not program.attach_to:
            raise LoadError(f"section {program.section} names no attach target", file=self.spec.path,
                            program=program.name)
        attach = program.expected_attach_type
        if attach == AttachType.TRACE_RAW_TP:
            name, kind = f"btf_trace_{program.attach_to}", Typedef.KIND
        elif attach in (AttachType.LSM_MAC, AttachType.LSM_CGROUP):
            name, kind = f"bpf_lsm_{program.attach_to}", Func.KIND
        elif attach == AttachType.TRACE_ITER:
            name, kind = f"bpf_iter_{program.attach_to}", Func.KIND
        else:
            name, kind = program.attach_to, Func.KIND
        type_id = self.vmlinux().find_id(name, kind)
        if type_id is None:
            raise LoadError(f"attach target {name} is not in the kernel's BTF", file=self.spec.path,
                            program=program.name)
        return type_id

    def load_program(self, program: ProgramSpec) -> KernelLoaded:
        from pybpf.btf.ext import pack_func_info, pack_line_info
        from pybpf.kernel import load_program

        program = relocate(self.spec, program, self.target_btf, self._core)
        insns = program.resolve_maps(lambda ref: self.maps[ref.map].fd)
        insns = self._externs(program, insns)
        kw: dict[str, Any] = {}
        if self.btf is not None and program.func_info:
            kw = dict(prog_btf_fd=self.btf.fd, func_info=pack_func_info(list(program.func_info)),
                      line_info=pack_line_info(list(program.line_info)) if program.line_info else None)
        try:
            kp = load_program(insns, program.prog_type, license=program.license, prog_name=program.name,
                              expected_attach_type=program.expected_attach_type,
                              kern_version=program.kernel_version, prog_flags=program.prog_flags,
                              attach_btf_id=self._attach_btf_id(program), log_level=0, **kw)
        except KernelError as e:
            raise KernelError(e.errno or errno.EINVAL, f"{self._where()}: {e.reason}", log=e.log) from None
        self.stack.enter_context(kp)
        prints = any(i.opcode == CALL and i.src == CallSrc.HELPER and i.imm in TRACE_PRINTK for i in insns)
        return KernelLoaded(kp, tuple(insns), prints)

    # -- slots ------------------------------------------------------------------------------------------------
    def set_slot(self, map_handle: Any, index: int, target: Any) -> None:
        map_handle.update(index, target)

    def object_id(self, handle: Any) -> int:
        if isinstance(handle, KernelLoaded):
            return prog_id(handle.kernel.fd)
        return handle.id

    # -- running ----------------------------------------------------------------------------------------------
    def run(self, loaded: KernelLoaded, program: ProgramSpec, data: bytes, ctx: bytes | None, repeat: int,
            cpu: int | None) -> RunResult:
        from pybpf.progtypes import get

        try:
            runnable = get(program.prog_type).variant(program.expected_attach_type).test_run
        except PybpfError:
            runnable = False
        if not runnable:
            raise PybpfError(f"program {program.name}: Linux cannot test-run {program.prog_type.name.lower()} "
                             "programs (no BPF_PROG_TEST_RUN for this type); use the interp backend")
        # raw_tp and syscall test runs take no repeat count (Linux rejects any): one run is what they do
        if program.prog_type in (ProgType.RAW_TRACEPOINT, ProgType.RAW_TRACEPOINT_WRITABLE, ProgType.SYSCALL):
            if repeat > 1:
                raise RunInputError(errno.EINVAL, f"program {program.name}: test runs of "
                                                  f"{program.prog_type.name.lower()} programs do not repeat")
            repeat = 0
        tracer = _TraceCapture.open() if loaded.prints else None
        with _pinned(cpu):
            if tracer is not None:
                tracer.mark()
            try:
                res = loaded.kernel.test_run(data, ctx, repeat)
            except KernelError as e:
                raise RunInputError(e.errno or errno.EINVAL, f"program {program.name}: {e.reason}") from None
            log = tracer.lines() if tracer is not None else []
        return RunResult(res.retval, res.retval, res.data_out, res.ctx_out, res.duration_ns, tuple(log), self.name,
                         program.name, program.prog_type)

    def close(self) -> None:
        self.maps.clear()
        self.stack.close()


@contextlib.contextmanager
def _pinned(cpu: int | None):
    """Run the block on ``cpu`` (the calling thread's affinity is restored afterwards)."""
    if cpu is None:
        yield
        return
    old = os.sched_getaffinity(0)
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError as e:
        raise RunInputError(e.errno or errno.EINVAL, f"cannot run on CPU {cpu}: {e.strerror}") from None
    try:
        yield
    finally:
        os.sched_setaffinity(0, old)


def _kallsyms(name: str) -> int:
    try:
        with open("/proc/kallsyms") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3 and parts[2] == name:
                    return int(parts[0], 16)
    except OSError:
        pass
    return 0


class _TraceCapture:
    """trace_printk lines of one run, from the tracefs ring buffer: a unique marker is written to trace_marker
    before the run and the lines this thread printed after it are read back (nothing is consumed)."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.token = ""

    @classmethod
    def open(cls) -> _TraceCapture | None:
        for root in TRACEFS:
            if os.access(os.path.join(root, "trace_marker"), os.W_OK):
                return cls(root)
        return None  # tracefs is not mounted: the kernel's lines are not readable here

    def mark(self) -> None:
        self.token = f"pybpf-run-{uuid.uuid4().hex}"
        try:
            with open(os.path.join(self.root, "trace_marker"), "w") as fh:
                fh.write(self.token)
        except OSError:
            self.token = ""

    def lines(self) -> list[str]:
        if not self.token:
            return []
        tag = f"-{threading.get_native_id()} "
        out: list[str] = []
        seen = False
        try:
            with open(os.path.join(self.root, "trace"), errors="replace") as fh:
                for line in fh:
                    if not seen:
                        seen = self.token in line
                        continue
                    head, sep, msg = line.partition(" bpf_trace_printk: ")
                    if sep and tag in head:
                        out.append(msg.rstrip("\n"))
        except OSError:
            return []
        return out

"""The host's kernel BTF (/sys/kernel/btf/vmlinux) and module BTFs split on it."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from btf_testutil import CLANG, needs_vmlinux

from pybpf.btf import (
    Btf,
    Int,
    IntEncoding,
    Kind,
    Member,
    Ptr,
    Struct,
    dump_c,
    encode_btf,
    format_type,
    kernel_btfs,
    list_modules,
    load_module,
    load_vmlinux,
    parse_btf,
)
from pybpf.btf.__main__ import main as btf_main
from pybpf.errors import LoadError


@needs_vmlinux
def test_well_known_types(vmlinux):
    assert len(vmlinux) > 10_000
    assert load_vmlinux() is vmlinux  # parsed once per file
    ts = vmlinux.require("task_struct", Kind.STRUCT)
    pid = vmlinux.field(ts, "pid")
    assert vmlinux.type(vmlinux.resolve(pid.type)) == Int("int", 4, 32, 0, IntEncoding.SIGNED)
    comm = vmlinux.type(vmlinux.field(ts, "comm").type)
    assert comm.nelems == 16 and vmlinux.name(comm.type) == "char"
    assert vmlinux.c_type(vmlinux.field(ts, "real_parent").type, "p") == "struct task_struct *p"
    assert vmlinux.ptr_size == 8


@needs_vmlinux
def test_uapi_layouts_and_enums(vmlinux):
    xdp = vmlinux.find("xdp_md", Kind.STRUCT)
    assert xdp.size == 24 and vmlinux.alignof(vmlinux.find_id("xdp_md", Kind.STRUCT)) == 4
    assert [(m.name, m.bit_offset // 8) for m in xdp.members] == [
        ("data", 0), ("data_end", 4), ("data_meta", 8), ("ingress_ifindex", 12), ("rx_queue_index", 16),
        ("egress_ifindex", 20)]
    assert all(vmlinux.sizeof(m.type) == 4 for m in xdp.members)
    func_id = vmlinux.find("bpf_func_id", Kind.ENUM)
    values = {v.name: v.value for v in func_id.values}
    assert values["BPF_FUNC_unspec"] == 0 and values["BPF_FUNC_map_lookup_elem"] == 1
    assert values["BPF_FUNC_ktime_get_ns"] == 5 and values["BPF_FUNC_trace_printk"] == 6
    assert values["BPF_FUNC_tail_call"] == 12 and values["BPF_FUNC_ringbuf_output"] == 130
    assert vmlinux.find("bpf_map_type").value_of("BPF_MAP_TYPE_PROG_ARRAY") == 3


@needs_vmlinux
def test_every_type_decodes_and_encodes_byte_exact(vmlinux):
    raw = open("/sys/kernel/btf/vmlinux", "rb").read()  # noqa: SIM115
    full = parse_btf(raw, validate=True)  # decodes and checks all ~100k types
    assert len(full) == len(vmlinux)
    assert encode_btf(full) == raw


@needs_vmlinux
@pytest.mark.clang
@pytest.mark.slow
def test_vmlinux_h_compiles_and_matches_bpftool(vmlinux, tmp_path):
    """The whole vmlinux as C (bpftool's vmlinux.h): clang accepts it, and the types are bpftool's byte for byte."""
    if CLANG is None:
        pytest.skip("clang-19 is not installed: cannot compile vmlinux.h")
    header = dump_c(vmlinux)
    src = tmp_path / "use.c"
    (tmp_path / "vmlinux.h").write_text(header)
    src.write_text('#include "vmlinux.h"\n_Static_assert(sizeof(struct xdp_md) == 24, "xdp_md");\n'
                   "int f(struct task_struct *t) { return t->pid; }\n")
    proc = subprocess.run([CLANG, "-target", "bpf", "-O2", "-g", "-c", str(src), "-o", str(tmp_path / "use.o")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[:3000]
    if shutil.which("bpftool") is None:
        return  # nothing to compare with here; the compile above is the check
    theirs = subprocess.run(["bpftool", "btf", "dump", "file", "/sys/kernel/btf/vmlinux", "format", "c"],
                            capture_output=True, text=True, timeout=300, check=True).stdout
    body = theirs[theirs.index("#endif\n\n") + len("#endif\n\n"):theirs.rindex("#ifndef BPF_NO_PRESERVE_ACCESS_INDEX")]
    ours = dump_c(vmlinux, header=False, kfuncs="BPF_NO_KFUNC_PROTOTYPES" in theirs)
    # libbpf >= 1.4 marks 1-byte enums with mode(byte); older bpftool builds do not.
    assert ours.replace(" __attribute__((mode(byte)))", "") == body.replace(" __attribute__((mode(byte)))", "")


@needs_vmlinux
def test_format_task_struct_alone(vmlinux):
    text = format_type(vmlinux, vmlinux.require("task_struct", Kind.STRUCT))
    assert "struct task_struct {" in text and "\tpid_t pid;" in text
    assert text.index("struct list_head {") < text.index("struct task_struct {")


def test_modules_split_on_vmlinux(tmp_path):
    """A fake /sys/kernel/btf: module types get ids after vmlinux's and are CO-RE targets after it."""
    base = Btf.from_types([Int("int", 4, 32, 0, IntEncoding.SIGNED), Struct("sk", 4, (Member("x", 1, 0),))])
    mod = Btf.from_types([Struct("mod_ctx", 16, (Member("sk", 3, 0), Member("n", 1, 64))), Ptr(2)], base=base)
    (tmp_path / "vmlinux").write_bytes(encode_btf(base))
    (tmp_path / "my_mod").write_bytes(encode_btf(mod))
    (tmp_path / "broken").write_bytes(b"\x9f\xeb\x01")
    assert list_modules(str(tmp_path)) == ["broken", "my_mod"]
    loaded = load_module("my_mod", root=str(tmp_path))
    assert loaded.start_id == 3 and loaded.find_id("mod_ctx") == 3 and loaded.find_id("sk") == 2
    assert loaded.field(3, "n").byte_offset == 8
    with pytest.raises(LoadError, match="truncated header"):
        kernel_btfs(modules=True, root=str(tmp_path))
    (tmp_path / "broken").unlink()
    vm, m = kernel_btfs(modules=True, root=str(tmp_path))
    assert m.base is vm and m.find("mod_ctx").size == 16
    with pytest.raises(LoadError, match="does not exist"):
        load_module("absent", root=str(tmp_path))
    with pytest.raises(LoadError, match="invalid module name"):
        load_module("../etc", root=str(tmp_path))


def test_missing_kernel_btf_is_a_clear_error(tmp_path):
    with pytest.raises(LoadError, match=r"kernel BTF not available: .* does not exist"):
        load_vmlinux(str(tmp_path / "vmlinux"))


def test_command_line(tmp_path, capsys):
    """python -m pybpf.btf: bench and dump of a small BTF file, clear errors."""
    path = tmp_path / "vmlinux"
    path.write_bytes(encode_btf(Btf.from_types([Int("int", 4, 32, 0, IntEncoding.SIGNED),
                                                Struct("task_struct", 4, (Member("pid", 1, 0),))])))
    assert btf_main(["bench", str(path), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "2 types" in out and "parse: index every type" in out and "field lookup task_struct.pid" in out
    assert btf_main(["dump", str(path)]) == 0
    assert "[2] struct task_struct: Struct(" in capsys.readouterr().out
    assert btf_main(["bench", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / "junk").write_bytes(b"\x7fELFjunk")
    assert btf_main(["dump", str(tmp_path / "junk")]) == 1


@pytest.mark.clang
def test_command_line_dumps_an_object_as_c(bpf_objects, capsys):
    obj = bpf_objects("kinds")
    assert btf_main(["dump", str(obj.path), "--c"]) == 0
    assert "struct outer {" in capsys.readouterr().out

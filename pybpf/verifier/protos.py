"""Helper prototypes (Linux's ``struct bpf_func_proto``): return type, argument types, GPL-only, per helper id.

Facts taken from the ``*_proto`` definitions of Linux (kernel/bpf/helpers.c, net/core/filter.c,
kernel/trace/bpf_trace.c...), one default prototype per helper; where Linux gives a program type its own variant
(a ctx argument instead of a socket, a socket instead of a ctx) :data:`VARIANTS` overrides it. Which program types
may call a helper at all comes from :mod:`pybpf.progtypes`. Argument and return types keep the kernel's names
(``ARG_PTR_TO_MEM|MEM_RDONLY``) so that they can be checked against the source by eye.
"""

# ruff: noqa: E501
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Proto:
    """One helper prototype. ``extra`` holds ``ret_btf_id`` / ``arg_btf_id`` (kernel BTF type names) and flags."""

    id: int
    name: str
    gpl_only: bool
    ret: str
    args: tuple[str, ...]
    extra: dict = field(default_factory=dict)


# (id, name, gpl_only, ret, args, extra)
_TABLE = (
    (1, 'map_lookup_elem', False, 'RET_PTR_TO_MAP_VALUE_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY'), {'pkt_access': True}),
    (2, 'map_update_elem', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_PTR_TO_MAP_VALUE', 'ARG_ANYTHING'), {'pkt_access': True}),
    (3, 'map_delete_elem', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY'), {'pkt_access': True}),
    (4, 'probe_read', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (5, 'ktime_get_ns', False, 'RET_INTEGER', (), {}),
    (6, 'trace_printk', True, 'RET_INTEGER', ('ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (7, 'get_prandom_u32', False, 'RET_INTEGER', (), {}),
    (8, 'get_smp_processor_id', False, 'RET_INTEGER', (), {'allow_fastcall': True}),
    (9, 'skb_store_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (10, 'l3_csum_replace', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (11, 'l4_csum_replace', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (12, 'tail_call', False, 'RET_VOID', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (13, 'clone_redirect', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (14, 'get_current_pid_tgid', False, 'RET_INTEGER', (), {}),
    (15, 'get_current_uid_gid', False, 'RET_INTEGER', (), {}),
    (16, 'get_current_comm', False, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (17, 'get_cgroup_classid', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (18, 'skb_vlan_push', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (19, 'skb_vlan_pop', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (20, 'skb_get_tunnel_key', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (21, 'skb_set_tunnel_key', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (22, 'perf_event_read', True, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (23, 'redirect', False, 'RET_INTEGER', ('ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (24, 'get_route_realm', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (25, 'perf_event_output', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {}),
    (26, 'skb_load_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (27, 'get_stackid', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (28, 'csum_diff', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {'pkt_access': True}),
    (29, 'skb_get_tunnel_opt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (30, 'skb_set_tunnel_opt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (31, 'skb_change_proto', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (32, 'skb_change_type', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (33, 'skb_under_cgroup', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (34, 'get_hash_recalc', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (35, 'get_current_task', True, 'RET_INTEGER', (), {}),
    (36, 'probe_write_user', True, 'RET_INTEGER', ('ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (37, 'current_task_under_cgroup', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (38, 'skb_change_tail', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (39, 'skb_pull_data', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (40, 'csum_update', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (41, 'set_hash_invalid', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (42, 'get_numa_node_id', False, 'RET_INTEGER', (), {}),
    (43, 'skb_change_head', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (44, 'xdp_adjust_head', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (45, 'probe_read_str', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (46, 'get_socket_cookie', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (47, 'get_socket_uid', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (48, 'set_hash', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (49, 'setsockopt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (50, 'skb_adjust_room', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (51, 'redirect_map', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (52, 'sk_redirect_map', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (53, 'sock_map_update', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_ANYTHING'), {'pkt_access': True}),
    (54, 'xdp_adjust_meta', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (55, 'perf_event_read_value', True, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (56, 'perf_prog_read_value', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (57, 'getsockopt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (58, 'override_return', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (59, 'sock_ops_cb_flags_set', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (60, 'msg_redirect_map', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (61, 'msg_apply_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (62, 'msg_cork_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (63, 'msg_pull_data', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (64, 'bind', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (65, 'xdp_adjust_tail', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (66, 'skb_get_xfrm_state', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (67, 'get_stack', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (68, 'skb_load_bytes_relative', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (69, 'fib_lookup', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (70, 'sock_hash_update', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_ANYTHING'), {'pkt_access': True}),
    (71, 'msg_redirect_hash', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_ANYTHING'), {}),
    (72, 'sk_redirect_hash', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_ANYTHING'), {}),
    (73, 'lwt_push_encap', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (74, 'lwt_seg6_store_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (75, 'lwt_seg6_adjust_srh', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (76, 'lwt_seg6_action', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (77, 'rc_repeat', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (78, 'rc_keydown', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (79, 'skb_cgroup_id', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (80, 'get_current_cgroup_id', False, 'RET_INTEGER', (), {}),
    (81, 'get_local_storage', False, 'RET_PTR_TO_MAP_VALUE', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (82, 'sk_select_reuseport', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_ANYTHING'), {}),
    (83, 'skb_ancestor_cgroup_id', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (84, 'sk_lookup_tcp', False, 'RET_PTR_TO_SOCKET_OR_NULL', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING', 'ARG_ANYTHING'), {'pkt_access': True}),
    (85, 'sk_lookup_udp', False, 'RET_PTR_TO_SOCKET_OR_NULL', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING', 'ARG_ANYTHING'), {'pkt_access': True}),
    (86, 'sk_release', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON|OBJ_RELEASE',), {}),
    (87, 'map_push_elem', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_VALUE', 'ARG_ANYTHING'), {'pkt_access': True}),
    (88, 'map_pop_elem', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_VALUE|MEM_UNINIT|MEM_WRITE'), {}),
    (89, 'map_peek_elem', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_VALUE|MEM_UNINIT|MEM_WRITE'), {}),
    (90, 'msg_push_data', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (91, 'msg_pop_data', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (92, 'rc_pointer_rel', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (93, 'spin_lock', False, 'RET_VOID', ('ARG_PTR_TO_SPIN_LOCK',), {'arg_btf_id': {1: 'BPF_PTR_POISON'}}),
    (94, 'spin_unlock', False, 'RET_VOID', ('ARG_PTR_TO_SPIN_LOCK',), {'arg_btf_id': {1: 'BPF_PTR_POISON'}}),
    (95, 'sk_fullsock', False, 'RET_PTR_TO_SOCKET_OR_NULL', ('ARG_PTR_TO_SOCK_COMMON',), {}),
    (96, 'tcp_sock', False, 'RET_PTR_TO_TCP_SOCK_OR_NULL', ('ARG_PTR_TO_SOCK_COMMON',), {}),
    (97, 'skb_ecn_set_ce', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (98, 'get_listener_sock', False, 'RET_PTR_TO_SOCKET_OR_NULL', ('ARG_PTR_TO_SOCK_COMMON',), {}),
    (99, 'skc_lookup_tcp', False, 'RET_PTR_TO_SOCK_COMMON_OR_NULL', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING', 'ARG_ANYTHING'), {'pkt_access': True}),
    (100, 'tcp_check_syncookie', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {'pkt_access': True}),
    (101, 'sysctl_get_name', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (102, 'sysctl_get_current_value', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (103, 'sysctl_get_new_value', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (104, 'sysctl_set_new_value', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (105, 'strtol', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING', 'ARG_PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED'), {}),
    (106, 'strtoul', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING', 'ARG_PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED'), {}),
    (107, 'sk_storage_get', False, 'RET_PTR_TO_MAP_VALUE_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_PTR_TO_MAP_VALUE_OR_NULL', 'ARG_ANYTHING'), {}),
    (108, 'sk_storage_delete', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_SOCK_COMMON'), {}),
    (109, 'send_signal', False, 'RET_INTEGER', ('ARG_ANYTHING',), {}),
    (110, 'tcp_gen_syncookie', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {'pkt_access': True}),
    (111, 'skb_output', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {'arg_btf_id': {1: 'bpf_skb_output_btf_ids[0]'}}),
    (112, 'probe_read_user', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (113, 'probe_read_kernel', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (114, 'probe_read_user_str', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (115, 'probe_read_kernel_str', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (116, 'tcp_send_ack', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_ANYTHING'), {'arg_btf_id': {1: 'tcp_sock'}}),
    (117, 'send_signal_thread', False, 'RET_INTEGER', ('ARG_ANYTHING',), {}),
    (118, 'jiffies64', False, 'RET_INTEGER', (), {}),
    (119, 'read_branch_records', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM_OR_NULL', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (120, 'get_ns_current_pid_tgid', False, 'RET_INTEGER', ('ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (121, 'xdp_output', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {'arg_btf_id': {1: 'bpf_xdp_output_btf_ids[0]'}}),
    (122, 'get_netns_cookie', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX_OR_NULL',), {}),
    (123, 'get_current_ancestor_cgroup_id', False, 'RET_INTEGER', ('ARG_ANYTHING',), {}),
    (124, 'sk_assign', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_ANYTHING'), {}),
    (125, 'ktime_get_boot_ns', False, 'RET_INTEGER', (), {}),
    (126, 'seq_printf', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {'arg_btf_id': {1: 'btf_seq_file_ids[0]'}}),
    (127, 'seq_write', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {'arg_btf_id': {1: 'btf_seq_file_ids[0]'}}),
    (128, 'sk_cgroup_id', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {}),
    (129, 'sk_ancestor_cgroup_id', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_ANYTHING'), {}),
    (130, 'ringbuf_output', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (131, 'ringbuf_reserve', False, 'RET_PTR_TO_RINGBUF_MEM_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_CONST_ALLOC_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (132, 'ringbuf_submit', False, 'RET_VOID', ('ARG_PTR_TO_RINGBUF_MEM|OBJ_RELEASE', 'ARG_ANYTHING'), {}),
    (133, 'ringbuf_discard', False, 'RET_VOID', ('ARG_PTR_TO_RINGBUF_MEM|OBJ_RELEASE', 'ARG_ANYTHING'), {}),
    (134, 'ringbuf_query', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (135, 'csum_level', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING'), {}),
    (136, 'skc_to_tcp6_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_TCP6]'}),
    (137, 'skc_to_tcp_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_TCP]'}),
    (138, 'skc_to_tcp_timewait_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_TCP_TW]'}),
    (139, 'skc_to_tcp_request_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_TCP_REQ]'}),
    (140, 'skc_to_udp6_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_UDP6]'}),
    (141, 'get_task_stack', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {'arg_btf_id': {1: 'task'}}),
    (142, 'load_hdr_opt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (143, 'store_hdr_opt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (144, 'reserve_hdr_opt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (145, 'inode_storage_get', False, 'RET_PTR_TO_MAP_VALUE_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL', 'ARG_PTR_TO_MAP_VALUE_OR_NULL', 'ARG_ANYTHING'), {'arg_btf_id': {2: 'bpf_inode_storage_btf_ids[0]'}}),
    (146, 'inode_storage_delete', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL'), {'arg_btf_id': {2: 'bpf_inode_storage_btf_ids[0]'}}),
    (147, 'd_path', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_MEM', 'ARG_CONST_SIZE_OR_ZERO'), {'arg_btf_id': {1: 'bpf_d_path_btf_ids[0]'}}),
    (148, 'copy_from_user', False, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {'might_sleep': True}),
    (149, 'snprintf_btf', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM', 'ARG_CONST_SIZE', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING'), {}),
    (150, 'seq_printf_btf', True, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {'arg_btf_id': {1: 'btf_seq_file_ids[0]'}}),
    (151, 'skb_cgroup_classid', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (152, 'redirect_neigh', False, 'RET_INTEGER', ('ARG_ANYTHING', 'ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (153, 'per_cpu_ptr', False, 'RET_PTR_TO_MEM_OR_BTF_ID|PTR_MAYBE_NULL|MEM_RDONLY', ('ARG_PTR_TO_PERCPU_BTF_ID', 'ARG_ANYTHING'), {}),
    (154, 'this_cpu_ptr', False, 'RET_PTR_TO_MEM_OR_BTF_ID|MEM_RDONLY', ('ARG_PTR_TO_PERCPU_BTF_ID',), {}),
    (155, 'redirect_peer', False, 'RET_INTEGER', ('ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (156, 'task_storage_get', False, 'RET_PTR_TO_MAP_VALUE_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL', 'ARG_PTR_TO_MAP_VALUE_OR_NULL', 'ARG_ANYTHING'), {'arg_btf_id': {2: 'task'}}),
    (157, 'task_storage_delete', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL'), {'arg_btf_id': {2: 'task'}}),
    (158, 'get_current_task_btf', True, 'RET_PTR_TO_BTF_ID_TRUSTED', (), {'ret_btf_id': 'task'}),
    (159, 'bprm_opts_set', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_ANYTHING'), {'arg_btf_id': {1: 'bpf_bprm_opts_set_btf_ids[0]'}}),
    (160, 'ktime_get_coarse_ns', False, 'RET_INTEGER', (), {}),
    (161, 'ima_inode_hash', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {'arg_btf_id': {1: 'bpf_ima_inode_hash_btf_ids[0]'}, 'might_sleep': True}),
    (162, 'sock_from_file', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID',), {'ret_btf_id': 'bpf_sock_from_file_btf_ids[0]', 'arg_btf_id': {1: 'bpf_sock_from_file_btf_ids[1]'}}),
    (163, 'check_mtu', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED', 'ARG_ANYTHING', 'ARG_ANYTHING'), {'arg_size': {3: 4}}),
    (164, 'for_each_map_elem', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_FUNC', 'ARG_PTR_TO_STACK_OR_NULL', 'ARG_ANYTHING'), {}),
    (165, 'snprintf', True, 'RET_INTEGER', ('ARG_PTR_TO_MEM_OR_NULL', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_PTR_TO_CONST_STR', 'ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {}),
    (166, 'sys_bpf', False, 'RET_INTEGER', ('ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {'might_sleep': True}),
    (167, 'btf_find_by_name_kind', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_ANYTHING', 'ARG_ANYTHING'), {'might_sleep': True}),
    (168, 'sys_close', False, 'RET_INTEGER', ('ARG_ANYTHING',), {'might_sleep': True}),
    (169, 'timer_init', True, 'RET_INTEGER', ('ARG_PTR_TO_TIMER', 'ARG_CONST_MAP_PTR', 'ARG_ANYTHING'), {}),
    (170, 'timer_set_callback', True, 'RET_INTEGER', ('ARG_PTR_TO_TIMER', 'ARG_PTR_TO_FUNC'), {}),
    (171, 'timer_start', True, 'RET_INTEGER', ('ARG_PTR_TO_TIMER', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (172, 'timer_cancel', True, 'RET_INTEGER', ('ARG_PTR_TO_TIMER',), {}),
    (173, 'get_func_ip', True, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (174, 'get_attach_cookie', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (175, 'task_pt_regs', True, 'RET_PTR_TO_BTF_ID', ('ARG_PTR_TO_BTF_ID',), {'ret_btf_id': 'bpf_task_pt_regs_ids[0]', 'arg_btf_id': {1: 'task'}}),
    (176, 'get_branch_snapshot', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO'), {}),
    (177, 'trace_vprintk', True, 'RET_INTEGER', ('ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO'), {}),
    (178, 'skc_to_unix_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_UNIX]'}),
    (179, 'kallsyms_lookup_name', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING', 'ARG_PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED'), {}),
    (180, 'find_vma', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_ANYTHING', 'ARG_PTR_TO_FUNC', 'ARG_PTR_TO_STACK_OR_NULL', 'ARG_ANYTHING'), {'arg_btf_id': {1: 'task'}}),
    (181, 'loop', False, 'RET_INTEGER', ('ARG_SCALAR', 'ARG_PTR_TO_FUNC', 'ARG_PTR_TO_STACK_OR_NULL', 'ARG_ANYTHING'), {}),
    (182, 'strncmp', False, 'RET_INTEGER', ('ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE', 'ARG_PTR_TO_CONST_STR'), {}),
    (183, 'get_func_arg', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED'), {}),
    (184, 'get_func_ret', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED'), {}),
    (185, 'get_func_arg_cnt', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (186, 'get_retval', False, 'RET_INTEGER', (), {}),
    (187, 'set_retval', False, 'RET_INTEGER', ('ARG_ANYTHING',), {}),
    (188, 'xdp_get_buff_len', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX',), {}),
    (189, 'xdp_load_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {}),
    (190, 'xdp_store_bytes', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE'), {}),
    (191, 'copy_from_user_task', True, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING', 'ARG_PTR_TO_BTF_ID', 'ARG_ANYTHING'), {'arg_btf_id': {4: 'task'}, 'might_sleep': True}),
    (192, 'skb_set_tstamp', False, 'RET_INTEGER', ('ARG_PTR_TO_CTX', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (193, 'ima_file_hash', False, 'RET_INTEGER', ('ARG_PTR_TO_BTF_ID', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE'), {'arg_btf_id': {1: 'bpf_ima_file_hash_btf_ids[0]'}, 'might_sleep': True}),
    (194, 'kptr_xchg', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_KPTR_XCHG_DEST', 'ARG_PTR_TO_BTF_ID_OR_NULL|OBJ_RELEASE'), {'ret_btf_id': 'BPF_PTR_POISON', 'arg_btf_id': {2: 'BPF_PTR_POISON'}}),
    (195, 'map_lookup_percpu_elem', False, 'RET_PTR_TO_MAP_VALUE_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_MAP_KEY', 'ARG_ANYTHING'), {'pkt_access': True}),
    (196, 'skc_to_mptcp_sock', False, 'RET_PTR_TO_BTF_ID_OR_NULL', ('ARG_PTR_TO_SOCK_COMMON',), {'ret_btf_id': 'btf_sock_ids[BTF_SOCK_TYPE_MPTCP]'}),
    (197, 'dynptr_from_mem', False, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING', 'ARG_PTR_TO_DYNPTR|DYNPTR_TYPE_LOCAL|MEM_UNINIT|MEM_WRITE'), {}),
    (198, 'ringbuf_reserve_dynptr', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_PTR_TO_DYNPTR|DYNPTR_TYPE_RINGBUF|MEM_UNINIT|MEM_WRITE'), {}),
    (199, 'ringbuf_submit_dynptr', False, 'RET_VOID', ('ARG_PTR_TO_DYNPTR|DYNPTR_TYPE_RINGBUF|OBJ_RELEASE', 'ARG_ANYTHING'), {}),
    (200, 'ringbuf_discard_dynptr', False, 'RET_VOID', ('ARG_PTR_TO_DYNPTR|DYNPTR_TYPE_RINGBUF|OBJ_RELEASE', 'ARG_ANYTHING'), {}),
    (201, 'dynptr_read', False, 'RET_INTEGER', ('ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_PTR_TO_DYNPTR|MEM_RDONLY', 'ARG_ANYTHING', 'ARG_ANYTHING'), {}),
    (202, 'dynptr_write', False, 'RET_INTEGER', ('ARG_PTR_TO_DYNPTR|MEM_RDONLY', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE_OR_ZERO', 'ARG_ANYTHING'), {}),
    (203, 'dynptr_data', False, 'RET_PTR_TO_DYNPTR_MEM_OR_NULL', ('ARG_PTR_TO_DYNPTR|MEM_RDONLY', 'ARG_ANYTHING', 'ARG_CONST_ALLOC_SIZE_OR_ZERO'), {}),
    (204, 'tcp_raw_gen_syncookie_ipv4', True, 'RET_INTEGER', ('ARG_PTR_TO_FIXED_SIZE_MEM', 'ARG_PTR_TO_MEM', 'ARG_CONST_SIZE_OR_ZERO'), {'pkt_access': True}),
    (205, 'tcp_raw_gen_syncookie_ipv6', True, 'RET_INTEGER', ('ARG_PTR_TO_FIXED_SIZE_MEM', 'ARG_PTR_TO_MEM', 'ARG_CONST_SIZE_OR_ZERO'), {'pkt_access': True}),
    (206, 'tcp_raw_check_syncookie_ipv4', True, 'RET_INTEGER', ('ARG_PTR_TO_FIXED_SIZE_MEM', 'ARG_PTR_TO_FIXED_SIZE_MEM'), {'pkt_access': True}),
    (207, 'tcp_raw_check_syncookie_ipv6', True, 'RET_INTEGER', ('ARG_PTR_TO_FIXED_SIZE_MEM', 'ARG_PTR_TO_FIXED_SIZE_MEM'), {'pkt_access': True}),
    (208, 'ktime_get_tai_ns', False, 'RET_INTEGER', (), {}),
    (209, 'user_ringbuf_drain', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_FUNC', 'ARG_PTR_TO_STACK_OR_NULL', 'ARG_ANYTHING'), {}),
    (210, 'cgrp_storage_get', False, 'RET_PTR_TO_MAP_VALUE_OR_NULL', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL', 'ARG_PTR_TO_MAP_VALUE_OR_NULL', 'ARG_ANYTHING'), {'arg_btf_id': {2: 'bpf_cgroup_btf_id[0]'}}),
    (211, 'cgrp_storage_delete', False, 'RET_INTEGER', ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL'), {'arg_btf_id': {2: 'bpf_cgroup_btf_id[0]'}}),
)

PROTOS: dict[int, Proto] = {r[0]: Proto(*r) for r in _TABLE}


def proto(helper_id: int) -> Proto | None:
    return PROTOS.get(helper_id)


@dataclass(frozen=True)
class Variant:
    """A prototype Linux's ``get_func_proto`` of a program type returns in place of the default one: for the
    program types named (``ProgType`` names), optionally only for some expected attach types (``AttachType``
    names) and attach targets (iterator names). ``args`` / ``extra`` replace the default's; ``allow`` makes the
    helper callable even where the program type's helper list lacks it (an iterator target's own helpers)."""

    helper: int
    prog_types: frozenset[str]
    args: tuple[str, ...]
    attach: frozenset[str] | None = None
    attach_to: frozenset[str] | None = None
    extra: dict = field(default_factory=dict)
    allow: bool = False


_F = frozenset
_BTF_TRACING = _F({"TRACE_RAW_TP", "TRACE_FENTRY", "TRACE_FEXIT", "MODIFY_RETURN", "TRACE_ITER"})
# bpf_sk_setsockopt_proto / bpf_sk_getsockopt_proto: the socket itself instead of the context
_SK_SETSOCKOPT = ('ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_PTR_TO_MEM|MEM_RDONLY', 'ARG_CONST_SIZE')
_SK_GETSOCKOPT = ('ARG_PTR_TO_BTF_ID_SOCK_COMMON', 'ARG_ANYTHING', 'ARG_ANYTHING', 'ARG_PTR_TO_UNINIT_MEM', 'ARG_CONST_SIZE')
_SK_STORAGE_TRACING = {'arg_btf_id': {2: 'btf_sock_ids[BTF_SOCK_TYPE_SOCK_COMMON]'}, 'allowed': 'sk_storage_tracing'}

# First match wins. Sources: tracing_prog_func_proto and bpf_lsm_func_proto (kernel/trace/bpf_trace.c,
# kernel/bpf/bpf_lsm.c), sk_reuseport_func_proto, sk_lookup_func_proto, sock_filter_func_proto
# (net/core/filter.c), cg_sockopt_func_proto (kernel/bpf/cgroup.c), bpf_iter_tcp_get_func_proto /
# bpf_iter_unix_get_func_proto (net/ipv4/tcp_ipv4.c, net/unix/af_unix.c).
VARIANTS: tuple[Variant, ...] = (
    # bpf_get_socket_ptr_cookie_proto
    Variant(46, _F({"LSM"}), ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',)),
    Variant(46, _F({"TRACING"}), ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',), attach=_BTF_TRACING),
    Variant(46, _F({"SK_REUSEPORT"}), ('ARG_PTR_TO_BTF_ID_SOCK_COMMON',)),
    Variant(49, _F({"CGROUP_SOCKOPT"}), _SK_SETSOCKOPT),
    Variant(57, _F({"CGROUP_SOCKOPT"}), _SK_GETSOCKOPT),
    Variant(49, _F({"TRACING"}), _SK_SETSOCKOPT, attach=_F({"TRACE_ITER"}), attach_to=_F({"tcp", "unix"}), allow=True),
    Variant(57, _F({"TRACING"}), _SK_GETSOCKOPT, attach=_F({"TRACE_ITER"}), attach_to=_F({"tcp", "unix"}), allow=True),
    # bpf_sk_storage_get_tracing_proto / bpf_sk_storage_delete_tracing_proto: a BTF socket, possibly NULL
    Variant(107, _F({"TRACING"}), ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL', 'ARG_PTR_TO_MAP_VALUE_OR_NULL', 'ARG_ANYTHING'), extra=_SK_STORAGE_TRACING),
    Variant(108, _F({"TRACING"}), ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_BTF_ID_OR_NULL'), extra=_SK_STORAGE_TRACING),
    # bpf_sk_storage_get_cg_sock_proto: the context is the socket
    Variant(107, _F({"CGROUP_SOCK"}), ('ARG_CONST_MAP_PTR', 'ARG_PTR_TO_CTX', 'ARG_PTR_TO_MAP_VALUE_OR_NULL', 'ARG_ANYTHING')),
    # bpf_sk_lookup_assign_proto: a full socket or NULL
    Variant(124, _F({"SK_LOOKUP"}), ('ARG_PTR_TO_CTX', 'ARG_PTR_TO_SOCKET|PTR_MAYBE_NULL', 'ARG_ANYTHING')),
)


def variant(helper_id: int, prog_type: str, attach: str, attach_to: str) -> Variant | None:
    """The variant of helper ``helper_id`` a program of this type, expected attach type and attach target
    (names; "" where there is none) gets, or None for the default prototype."""
    for v in VARIANTS:
        if v.helper == helper_id and prog_type in v.prog_types and (v.attach is None or attach in v.attach) and \
                (v.attach_to is None or attach_to in v.attach_to):
            return v
    return None


def with_variant(p: Proto, v: Variant | None) -> Proto:
    """The prototype ``p`` with variant ``v``'s arguments and extra facts (``p`` itself without one)."""
    if v is None:
        return p
    return Proto(p.id, p.name, p.gpl_only, p.ret, v.args, {**p.extra, **v.extra})

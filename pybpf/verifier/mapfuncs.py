"""Which helpers may be given which maps (Linux's check_map_func_compatibility, both directions) and which helpers
invalidate packet pointers (bpf_helper_changes_pkt_data)."""

from __future__ import annotations

from pybpf.helpers.ids import HelperId as H
from pybpf.maps.types import MapType as M
from pybpf.uapi import AttachType, ProgType

# map type -> the only helpers that accept it (map types not listed accept any helper that takes a map)
MAP_ONLY: dict[int, frozenset[int]] = {
    M.PROG_ARRAY: frozenset({H.tail_call}),
    M.PERF_EVENT_ARRAY: frozenset({H.perf_event_read, H.perf_event_output, H.skb_output, H.perf_event_read_value,
                                   H.xdp_output}),
    M.RINGBUF: frozenset({H.ringbuf_output, H.ringbuf_reserve, H.ringbuf_query, H.ringbuf_reserve_dynptr,
                          H.ringbuf_submit_dynptr, H.ringbuf_discard_dynptr}),
    M.USER_RINGBUF: frozenset({H.user_ringbuf_drain}),
    M.STACK_TRACE: frozenset({H.get_stackid}),
    M.CGROUP_ARRAY: frozenset({H.skb_under_cgroup, H.current_task_under_cgroup}),
    M.CGROUP_STORAGE: frozenset({H.get_local_storage}),
    M.PERCPU_CGROUP_STORAGE: frozenset({H.get_local_storage}),
    M.DEVMAP: frozenset({H.redirect_map, H.map_lookup_elem}),
    M.DEVMAP_HASH: frozenset({H.redirect_map, H.map_lookup_elem}),
    M.CPUMAP: frozenset({H.redirect_map}),
    M.XSKMAP: frozenset({H.redirect_map, H.map_lookup_elem}),
    M.ARRAY_OF_MAPS: frozenset({H.map_lookup_elem}),
    M.HASH_OF_MAPS: frozenset({H.map_lookup_elem}),
    M.SOCKMAP: frozenset({H.sk_redirect_map, H.sock_map_update, H.msg_redirect_map, H.sk_select_reuseport,
                          H.map_lookup_elem}),
    M.SOCKHASH: frozenset({H.sk_redirect_hash, H.sock_hash_update, H.msg_redirect_hash, H.sk_select_reuseport,
                           H.map_lookup_elem}),
    M.REUSEPORT_SOCKARRAY: frozenset({H.sk_select_reuseport}),
    M.QUEUE: frozenset({H.map_peek_elem, H.map_pop_elem, H.map_push_elem}),
    M.STACK: frozenset({H.map_peek_elem, H.map_pop_elem, H.map_push_elem}),
    M.SK_STORAGE: frozenset({H.sk_storage_get, H.sk_storage_delete, H.kptr_xchg}),
    M.INODE_STORAGE: frozenset({H.inode_storage_get, H.inode_storage_delete, H.kptr_xchg}),
    M.TASK_STORAGE: frozenset({H.task_storage_get, H.task_storage_delete, H.kptr_xchg}),
    M.CGRP_STORAGE: frozenset({H.cgrp_storage_get, H.cgrp_storage_delete, H.kptr_xchg}),
    M.BLOOM_FILTER: frozenset({H.map_peek_elem, H.map_push_elem}),
}

# helper -> the only map types it accepts
FUNC_ONLY: dict[int, frozenset[int]] = {
    H.tail_call: frozenset({M.PROG_ARRAY}),
    **{h: frozenset({M.PERF_EVENT_ARRAY}) for h in (H.perf_event_read, H.perf_event_output,
                                                    H.perf_event_read_value, H.skb_output, H.xdp_output)},
    **{h: frozenset({M.RINGBUF}) for h in (H.ringbuf_output, H.ringbuf_reserve, H.ringbuf_query,
                                           H.ringbuf_reserve_dynptr, H.ringbuf_submit_dynptr,
                                           H.ringbuf_discard_dynptr)},
    H.user_ringbuf_drain: frozenset({M.USER_RINGBUF}),
    H.get_stackid: frozenset({M.STACK_TRACE}),
    H.current_task_under_cgroup: frozenset({M.CGROUP_ARRAY}),
    H.skb_under_cgroup: frozenset({M.CGROUP_ARRAY}),
    H.redirect_map: frozenset({M.DEVMAP, M.DEVMAP_HASH, M.CPUMAP, M.XSKMAP}),
    H.sk_redirect_map: frozenset({M.SOCKMAP}),
    H.msg_redirect_map: frozenset({M.SOCKMAP}),
    H.sock_map_update: frozenset({M.SOCKMAP}),
    H.sk_redirect_hash: frozenset({M.SOCKHASH}),
    H.msg_redirect_hash: frozenset({M.SOCKHASH}),
    H.sock_hash_update: frozenset({M.SOCKHASH}),
    H.get_local_storage: frozenset({M.CGROUP_STORAGE, M.PERCPU_CGROUP_STORAGE}),
    H.sk_select_reuseport: frozenset({M.REUSEPORT_SOCKARRAY, M.SOCKMAP, M.SOCKHASH}),
    H.map_pop_elem: frozenset({M.QUEUE, M.STACK}),
    H.map_peek_elem: frozenset({M.QUEUE, M.STACK, M.BLOOM_FILTER}),
    H.map_push_elem: frozenset({M.QUEUE, M.STACK, M.BLOOM_FILTER}),
    H.map_lookup_percpu_elem: frozenset({M.PERCPU_ARRAY, M.PERCPU_HASH, M.LRU_PERCPU_HASH}),
    H.sk_storage_get: frozenset({M.SK_STORAGE}),
    H.sk_storage_delete: frozenset({M.SK_STORAGE}),
    H.inode_storage_get: frozenset({M.INODE_STORAGE}),
    H.inode_storage_delete: frozenset({M.INODE_STORAGE}),
    H.task_storage_get: frozenset({M.TASK_STORAGE}),
    H.task_storage_delete: frozenset({M.TASK_STORAGE}),
    H.cgrp_storage_get: frozenset({M.CGRP_STORAGE}),
    H.cgrp_storage_delete: frozenset({M.CGRP_STORAGE}),
}

_SOCKMAP_UPDATERS = {ProgType.SOCKET_FILTER, ProgType.SCHED_CLS, ProgType.SCHED_ACT, ProgType.XDP,
                     ProgType.SK_REUSEPORT, ProgType.FLOW_DISSECTOR, ProgType.SK_LOOKUP}

CHANGES_PKT_DATA = frozenset({
    H.clone_redirect, H.l3_csum_replace, H.l4_csum_replace, H.lwt_push_encap, H.lwt_seg6_action,
    H.lwt_seg6_adjust_srh, H.lwt_seg6_store_bytes, H.msg_pop_data, H.msg_pull_data, H.msg_push_data,
    H.skb_adjust_room, H.skb_change_head, H.skb_change_proto, H.skb_change_tail, H.skb_pull_data,
    H.skb_store_bytes, H.skb_vlan_pop, H.skb_vlan_push, H.store_hdr_opt, H.xdp_adjust_head, H.xdp_adjust_meta,
    H.xdp_adjust_tail, H.tail_call,
})


def may_update_sockmap(prog_type: int, attach: int | None, fid: int) -> bool:
    if fid not in (H.map_update_elem, H.map_delete_elem):
        return False
    if prog_type == ProgType.TRACING and attach == AttachType.TRACE_ITER:
        return True
    if prog_type == ProgType.SOCK_OPS and fid == H.map_delete_elem:
        return True
    return prog_type in _SOCKMAP_UPDATERS


def compatible(map_type: int, fid: int, prog_type: int, attach: int | None) -> bool | None:
    """True when the helper may take the map; False when not; None when the reason is the sockmap update rule
    (the caller logs "cannot update sockmap in this context" first, as Linux does)."""
    only = MAP_ONLY.get(map_type)
    if only is not None and fid not in only:
        if map_type in (M.SOCKMAP, M.SOCKHASH) and fid in (H.map_update_elem, H.map_delete_elem):
            if not may_update_sockmap(prog_type, attach, fid):
                return None
        else:
            return False
    allowed = FUNC_ONLY.get(fid)
    return allowed is None or map_type in allowed

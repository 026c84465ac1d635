/* The run environment: clocks, randomness, the current task, the CPU; memory checks and the probe_read family;
 * the byte logs that capture trace lines and perf samples; bpf_spin_lock.
 *
 * Everything a run could observe about "the machine" comes from struct pbh_env, so a caller that fixes the clocks,
 * the random seed, the task and the CPU gets the same run every time (kernel/bpf/helpers.c, kernel/trace/bpf_trace.c,
 * mm/maccess.c semantics).
 */
#include "env.h"

/* ---- clocks (bpf_ktime_get_ns and friends) ---- */
struct pbh_timespec {
	s64 tv_sec;
	s64 tv_nsec;
};

static const int clock_ids[4] = {1 /* MONOTONIC */, 7 /* BOOTTIME */, 6 /* MONOTONIC_COARSE */, 11 /* TAI */};

static u64 read_clock(struct pbh_env *env, u32 which)
{
	if ((env->flags & PBH_ENV_LIVE_TIME) && env->clock_gettime) {
		struct pbh_timespec ts;
		if (env->clock_gettime(clock_ids[which], &ts) == 0)
			return (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec;
		return 0;
	}
	u64 t = env->time[which];
	env->time[which] = t + env->time_step;
	return t;
}

PB_EXPORT u64 pbh_ktime_get_ns(struct pbh_env *env) { return read_clock(env, PBH_CLOCK_MONO); }
PB_EXPORT u64 pbh_ktime_get_boot_ns(struct pbh_env *env) { return read_clock(env, PBH_CLOCK_BOOT); }
PB_EXPORT u64 pbh_ktime_get_coarse_ns(struct pbh_env *env) { return read_clock(env, PBH_CLOCK_COARSE); }
PB_EXPORT u64 pbh_ktime_get_tai_ns(struct pbh_env *env) { return read_clock(env, PBH_CLOCK_TAI); }

/* ---- bpf_get_prandom_u32: prandom_u32_state (LFSR113, lib/random32.c) ---- */
#define TAUSWORTHE(s, a, b, c, d) ((((s) & (c)) << (d)) ^ ((((s) << (a)) ^ (s)) >> (b)))

PB_EXPORT u64 pbh_get_prandom_u32(struct pbh_env *env)
{
	u32 *s = env->rnd;
	s[0] = TAUSWORTHE(s[0], 6u, 13u, 4294967294u, 18u);
	s[1] = TAUSWORTHE(s[1], 2u, 27u, 4294967288u, 2u);
	s[2] = TAUSWORTHE(s[2], 13u, 21u, 4294967280u, 7u);
	s[3] = TAUSWORTHE(s[3], 3u, 12u, 4294967168u, 13u);
	return s[0] ^ s[1] ^ s[2] ^ s[3];
}

/* ---- the current task and CPU ---- */
PB_EXPORT u64 pbh_get_smp_processor_id(struct pbh_env *env) { return env->cpu; }
PB_EXPORT u64 pbh_get_numa_node_id(struct pbh_env *env) { return env->numa_node; }
PB_EXPORT u64 pbh_get_current_pid_tgid(struct pbh_env *env) { return env->pid_tgid; }
PB_EXPORT u64 pbh_get_current_uid_gid(struct pbh_env *env) { return env->uid_gid; }

/* strscpy_pad(buf, comm, size): at most size-1 bytes, NUL terminated, the rest zeroed. The verifier guarantees
 * size > 0; an unverified 0 writes nothing. */
PB_EXPORT long pbh_get_current_comm(struct pbh_env *env, u8 *buf, u32 size)
{
	u32 n = 0;
	if (!size)
		return 0;
	while (n < size - 1 && n < 16 && env->comm[n]) {
		buf[n] = (u8)env->comm[n];
		n++;
	}
	for (; n < size; n++)
		buf[n] = 0;
	return 0;
}

/* ---- memory a helper may read through an unchecked pointer ---- */
static const struct pbh_mem *find_mem(const struct pbh_env *env, u64 addr)
{
	u32 lo = 0, hi = env->nmem;
	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;
		if (env->mem[mid].end <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < env->nmem && env->mem[lo].base <= addr && addr < env->mem[lo].end)
		return &env->mem[lo];
	return 0;
}

/* [addr, addr+size) lies in one region that has every flag of `want` */
PB_EXPORT int pbh_mem_readable(const struct pbh_env *env, u64 addr, u64 size, u32 want)
{
	const struct pbh_mem *m;
	if (!size)
		return 1;
	if (addr + size < addr)
		return 0;
	m = find_mem(env, addr);
	return m && addr + size <= m->end && (m->flags & want) == want;
}

static int is_user_addr(const struct pbh_env *env, u64 addr)
{
	const struct pbh_mem *m;
	if (addr < PBH_NULL_PAGE)
		return 1;
	m = find_mem(env, addr);
	return m && (m->flags & PBH_MEM_USER);
}

/* copy_from_kernel_nofault: a user address is -ERANGE (x86 refuses them), an unmapped one -EFAULT */
PB_EXPORT long pbh_read_kernel(const struct pbh_env *env, void *dst, u64 size, u64 src)
{
	if (!size)
		return 0;
	if (is_user_addr(env, src))
		return -PBH_ERANGE;
	if (!pbh_mem_readable(env, src, size, PBH_MEM_KERNEL))
		return -PBH_EFAULT;
	pb_copy(dst, (const void *)src, size);
	return 0;
}

/* copy_from_user_nofault */
PB_EXPORT long pbh_read_user(const struct pbh_env *env, void *dst, u64 size, u64 src)
{
	if (!size)
		return 0;
	if (!pbh_mem_readable(env, src, size, PBH_MEM_USER))
		return -PBH_EFAULT;
	pb_copy(dst, (const void *)src, size);
	return 0;
}

/* strncpy_from_{user,kernel}_nofault: the length copied including the NUL; `size` bytes (the last one set to NUL)
 * when the string is longer; a negative errno when a byte before the NUL is unreadable. */
PB_EXPORT long pbh_read_str(const struct pbh_env *env, u8 *dst, u64 size, u64 src, int kind)
{
	u64 i;
	u32 want;
	if (!size)
		return 0;
	if (kind == PBH_STR_COMPAT)
		kind = is_user_addr(env, src) ? PBH_STR_USER : PBH_STR_KERNEL;
	if (kind == PBH_STR_KERNEL && is_user_addr(env, src))
		return -PBH_ERANGE;
	want = kind == PBH_STR_USER ? PBH_MEM_USER : PBH_MEM_KERNEL;
	for (i = 0; i < size; i++) {
		u8 c;
		if (!pbh_mem_readable(env, src + i, 1, want)) {
			dst[i] = 0;
			return -PBH_EFAULT;
		}
		c = *(const u8 *)(src + i);
		dst[i] = c;
		if (!c)
			return (long)(i + 1);
	}
	dst[size - 1] = 0;
	return (long)size;
}

/* bpf_probe_read_{user,kernel} and the compat bpf_probe_read: on failure the destination is zeroed */
PB_EXPORT long pbh_probe_read(struct pbh_env *env, u8 *dst, u32 size, u64 src, int kind)
{
	long ret;
	if (kind == PBH_STR_COMPAT)
		kind = is_user_addr(env, src) ? PBH_STR_USER : PBH_STR_KERNEL;
	ret = kind == PBH_STR_USER ? pbh_read_user(env, dst, size, src) : pbh_read_kernel(env, dst, size, src);
	if (ret < 0)
		pb_zero(dst, size);
	return ret;
}

/* bpf_probe_read_{user,kernel}_str and bpf_probe_read_str */
PB_EXPORT long pbh_probe_read_str(struct pbh_env *env, u8 *dst, u32 size, u64 src, int kind)
{
	long ret = pbh_read_str(env, dst, size, src, kind);
	if (ret < 0)
		pb_zero(dst, size);
	return ret;
}

/* ---- byte logs ---- */
PB_EXPORT long pbh_log_append(struct pbh_log *log, u32 tag, const u8 *a, u32 alen, const u8 *b, u32 blen)
{
	u64 need = 8 + pb_align((u64)alen + blen, 8);
	if (!log->buf || log->len + need > log->cap) {
		log->lost++;
		return -PBH_ENOSPC;
	}
	u8 *p = log->buf + log->len;
	pb_st32(p, alen + blen);
	pb_st32(p + 4, tag);
	pb_copy(p + 8, a, alen);
	pb_copy(p + 8 + alen, b, blen);
	pb_zero(p + 8 + alen + blen, need - 8 - alen - blen);
	log->len += need;
	log->count++;
	return 0;
}

/* ---- bpf_spin_lock / bpf_spin_unlock (the u32 in a map value; 0 free, 1 held) ---- */
PB_EXPORT long pbh_spin_lock(u32 *lock)
{
	return pb_lock(lock) ? -PBH_EDEADLK : 0;
}

PB_EXPORT long pbh_spin_unlock(u32 *lock)
{
	pb_unlock(lock);
	return 0;
}

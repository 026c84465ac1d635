/* bpf_strtol / bpf_strtoul (kernel/bpf/helpers.c over lib/kstrtox.c's _parse_integer). */
#include "env.h"

#define BASE_MASK 0x1Fu
#define KSTRTOX_OVERFLOW (1u << 31)

/* the kernel's isspace: the ASCII white space and Latin-1 NBSP (0xa0) */
static int k_isspace(u8 c) { return c == ' ' || (c >= 9 && c <= 13) || c == 0xa0; }
static u8 k_tolower(u8 c) { return c | 0x20; }
static int k_isxdigit(u8 c)
{
	return (c >= '0' && c <= '9') || (k_tolower(c) >= 'a' && k_tolower(c) <= 'f');
}

static const u8 *fixup_radix(const u8 *s, u32 *base)
{
	if (*base == 0) {
		if (s[0] == '0') {
			if (k_tolower(s[1]) == 'x' && k_isxdigit(s[2]))
				*base = 16;
			else
				*base = 8;
		} else {
			*base = 10;
		}
	}
	if (*base == 16 && s[0] == '0' && k_tolower(s[1]) == 'x')
		s += 2;
	return s;
}

static u32 parse_integer(const u8 *s, u32 base, u64 *p)
{
	u64 res = 0;
	u32 rv = 0;
	for (;;) {
		u32 c = *s, lc = k_tolower((u8)c), val;
		if (c >= '0' && c <= '9')
			val = c - '0';
		else if (lc >= 'a' && lc <= 'f')
			val = lc - 'a' + 10;
		else
			break;
		if (val >= base)
			break;
		/* overflow is only possible once the top 4 bits are in use */
		if (res & (~0ull << 60)) {
			if (res > (~0ull - val) / base)
				rv |= KSTRTOX_OVERFLOW;
		}
		res = res * base + val;
		rv++;
		s++;
	}
	*p = res;
	return rv;
}

static long strtoull(const u8 *buf, u64 buf_len, u64 flags, u64 *res, int *neg)
{
	u32 base = flags & BASE_MASK;
	const u8 *cur = buf;
	u64 cur_len = buf_len, consumed;
	u32 val_len;
	u8 str[64];
	const u8 *p;

	if (!buf || !buf_len)
		return -PBH_EINVAL;
	if (base != 0 && base != 8 && base != 10 && base != 16)
		return -PBH_EINVAL;
	if (flags & ~(u64)BASE_MASK)
		return -PBH_EINVAL;
	while (cur < buf + buf_len && k_isspace(*cur))
		++cur;
	*neg = cur < buf + buf_len && *cur == '-';
	if (*neg)
		++cur;
	consumed = (u64)(cur - buf);
	cur_len -= consumed;
	if (!cur_len)
		return -PBH_EINVAL;
	if (cur_len > sizeof(str) - 1)
		cur_len = sizeof(str) - 1;
	pb_copy(str, cur, cur_len);
	str[cur_len] = 0;
	p = fixup_radix(str, &base);
	val_len = parse_integer(p, base, res);
	if (val_len & KSTRTOX_OVERFLOW)
		return -PBH_ERANGE;
	if (val_len == 0)
		return -PBH_EINVAL;
	p += val_len;
	consumed += (u64)(p - str);
	return (long)consumed;
}

PB_EXPORT long pbh_strtol(const u8 *buf, u64 buf_len, u64 flags, s64 *res)
{
	u64 v;
	int neg;
	long err;
	*res = 0;
	err = strtoull(buf, buf_len, flags, &v, &neg);
	if (err < 0)
		return err;
	if (neg) {
		if ((s64)(0 - v) > 0)
			return -PBH_ERANGE;
		*res = (s64)(0 - v);
	} else {
		if ((s64)v < 0)
			return -PBH_ERANGE;
		*res = (s64)v;
	}
	return err;
}

PB_EXPORT long pbh_strtoul(const u8 *buf, u64 buf_len, u64 flags, u64 *res)
{
	u64 v;
	int neg;
	long err;
	*res = 0;
	err = strtoull(buf, buf_len, flags, &v, &neg);
	if (err < 0)
		return err;
	if (neg)
		return -PBH_EINVAL;
	*res = v;
	return err;
}

/* bpf_snprintf, bpf_trace_printk, bpf_trace_vprintk: Linux's two passes.
 *
 * Pass 1 is bpf_bprintf_prepare (kernel/bpf/helpers.c): it validates the format (ASCII, printable or space; specs
 * [flags 0+- space][width] then %d %i %u %x %X with l/ll, %c, %s, %p, %pK %px %ps %pS %pB, %pks %pus, %pI4 %pi4
 * %pI6 %pi6; one argument per spec) and builds the binary argument buffer (at most 512 bytes: numbers, copied
 * strings, pre-formatted addresses). Pass 2 is bstr_printf (lib/vsprintf.c) over that buffer. Differences from
 * Linux: %p and %pK print the raw value (Linux prints a hash keyed at boot), and %ps %pS %pB print 0x<hex> (no
 * kernel symbols live here), which is what Linux prints for addresses that are not kernel symbols.
 */
#include "env.h"

#define MAX_BIN_ARGS 512
#define MAX_VARARGS 12
#define MAX_TRACE_BUF 1024
#define FIELD_WIDTH_MAX ((1 << 23) - 1)

static int is_space(u8 c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_digit(u8 c) { return c >= '0' && c <= '9'; }
static int is_alpha(u8 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_alnum(u8 c) { return is_digit(c) || is_alpha(c); }
static int is_print(u8 c) { return c >= 0x20 && c <= 0x7e; }
static int is_punct(u8 c) { return is_print(c) && c != ' ' && !is_alnum(c); }

/* ---- a tiny snprintf for the pre-formatted IP addresses ---- */
static u32 put_dec(char *p, u32 v, u32 min_digits)
{
	char tmp[10];
	u32 n = 0, i;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < min_digits)
		tmp[n++] = '0';
	for (i = 0; i < n; i++)
		p[i] = tmp[n - 1 - i];
	return n;
}

static const char hex_lower[] = "0123456789abcdef";

/* %pI4 / %pi4 / %pI6 / %pi6 of `ip` into out (NUL terminated); returns the length */
static u32 format_ip(char *out, const u8 *ip, char kind, char family)
{
	u32 n = 0, i;
	if (family == '4') {
		for (i = 0; i < 4; i++) {
			if (i)
				out[n++] = '.';
			n += put_dec(out + n, ip[i], kind == 'i' ? 3 : 1);
		}
	} else {
		for (i = 0; i < 16; i++) {
			if (kind == 'I' && i && !(i & 1))
				out[n++] = ':';
			out[n++] = hex_lower[ip[i] >> 4];
			out[n++] = hex_lower[ip[i] & 15];
		}
	}
	out[n] = 0;
	return n;
}

/* copy `src` (length n, NUL terminated after it) into tmp like snprintf(tmp, room, "%s"): returns n */
static u32 put_pre(u8 *tmp, s64 room, const char *src, u32 n)
{
	u32 i;
	if (room <= 0)
		return n;
	for (i = 0; i < n && (s64)i < room - 1; i++)
		tmp[i] = (u8)src[i];
	tmp[i] = 0;
	return n;
}

/* 0x<hex> as Linux prints an address that is not a kernel symbol */
static u32 format_sym(char *out, u64 v)
{
	char tmp[16];
	u32 n = 0, i = 0;
	do {
		tmp[n++] = hex_lower[v & 15];
		v >>= 4;
	} while (v);
	out[i++] = '0';
	out[i++] = 'x';
	while (n)
		out[i++] = tmp[--n];
	out[i] = 0;
	return i;
}

/* ---- pass 1: bpf_bprintf_prepare ---- */
static long prepare(const struct pbh_env *env, const char *fmt, u32 fmt_size, const u64 *raw, u32 nargs, u8 *bin)
{
	const char *end = 0;
	u32 i, num_spec = 0;
	s64 pos = 0; /* tmp_buf - bin_args */
	int have_buf = nargs != 0;
	for (i = 0; i < fmt_size; i++) {
		if (!fmt[i]) {
			end = fmt + i;
			break;
		}
	}
	if (!end)
		return -PBH_EINVAL;
	fmt_size = (u32)(end - fmt);

	for (i = 0; i < fmt_size; i++) {
		u8 c = (u8)fmt[i];
		u32 sizeof_arg;
		u64 cur = 0;
		char ptype;
		if ((!is_print(c) && !is_space(c)) || c > 127)
			return -PBH_EINVAL;
		if (c != '%')
			continue;
		if (fmt[i + 1] == '%') {
			i++;
			continue;
		}
		if (num_spec >= nargs)
			return -PBH_EINVAL;
		i++;
		while (fmt[i] == '0' || fmt[i] == '+' || fmt[i] == '-' || fmt[i] == ' ')
			i++;
		if (fmt[i] >= '1' && fmt[i] <= '9') {
			i++;
			while (is_digit((u8)fmt[i]))
				i++;
		}

		if (fmt[i] == 'p') {
			u8 n1 = (u8)fmt[i + 1];
			sizeof_arg = 8;
			if (n1 == 0 || is_space(n1) || is_punct(n1)) {
				cur = raw[num_spec];
				goto nocopy;
			}
			if ((n1 == 'k' || n1 == 'u') && fmt[i + 2] == 's') {
				ptype = (char)n1;
				i += 2;
				goto fmt_str;
			}
			if (n1 == 'K' || n1 == 'x' || n1 == 's' || n1 == 'S') {
				cur = raw[num_spec];
				i++;
				goto nocopy;
			}
			if (n1 == 'B') {
				if (have_buf) {
					char sym[24];
					u32 n = format_sym(sym, raw[num_spec]);
					put_pre(bin + pos, MAX_BIN_ARGS - pos, sym, n);
					pos += n + 1;
				}
				i++;
				num_spec++;
				continue;
			}
			if ((n1 != 'i' && n1 != 'I') || (fmt[i + 2] != '4' && fmt[i + 2] != '6'))
				return -PBH_EINVAL;
			i += 2;
			if (!have_buf)
				goto nocopy;
			{
				u32 ipsz = fmt[i] == '4' ? 4 : 16;
				u8 ip[16];
				char text[48];
				u32 n;
				if (MAX_BIN_ARGS - pos < (s64)ipsz)
					return -PBH_ENOSPC;
				if (pbh_read_kernel(env, ip, ipsz, raw[num_spec]) < 0)
					pb_zero(ip, ipsz);
				n = format_ip(text, ip, fmt[i - 1], fmt[i]);
				put_pre(bin + pos, MAX_BIN_ARGS - pos, text, n);
				pos += n + 1;
				num_spec++;
				continue;
			}
		} else if (fmt[i] == 's') {
			long err;
			u8 n1;
			ptype = 's';
fmt_str:
			n1 = (u8)fmt[i + 1];
			if (n1 != 0 && !is_space(n1) && !is_punct(n1))
				return -PBH_EINVAL;
			if (!have_buf)
				goto nocopy;
			if (pos >= MAX_BIN_ARGS)
				return -PBH_ENOSPC;
			bin[pos] = 0;
			err = pbh_read_str(env, bin + pos, (u64)(MAX_BIN_ARGS - pos), raw[num_spec],
					   ptype == 'k' ? PBH_STR_KERNEL : ptype == 'u' ? PBH_STR_USER : PBH_STR_COMPAT);
			if (err < 0) {
				bin[pos] = 0;
				err = 1;
			}
			pos += err;
			num_spec++;
			continue;
		} else if (fmt[i] == 'c') {
			if (!have_buf)
				goto nocopy;
			if (pos >= MAX_BIN_ARGS)
				return -PBH_ENOSPC;
			bin[pos++] = (u8)raw[num_spec];
			num_spec++;
			continue;
		}

		sizeof_arg = 4;
		if (fmt[i] == 'l') {
			sizeof_arg = 8;
			i++;
		}
		if (fmt[i] == 'l') {
			sizeof_arg = 8;
			i++;
		}
		if (fmt[i] != 'i' && fmt[i] != 'd' && fmt[i] != 'u' && fmt[i] != 'x' && fmt[i] != 'X')
			return -PBH_EINVAL;
		if (have_buf)
			cur = raw[num_spec];
nocopy:
		if (have_buf) {
			pos = (pos + 3) & ~(s64)3;
			if (MAX_BIN_ARGS - pos < (s64)sizeof_arg)
				return -PBH_ENOSPC;
			if (sizeof_arg == 8)
				pb_st64(bin + pos, cur);
			else
				pb_st32(bin + pos, (u32)cur);
			pos += sizeof_arg;
		}
		num_spec++;
	}
	return 0;
}

/* ---- pass 2: bstr_printf ---- */
#define F_LEFT 1u
#define F_PLUS 2u
#define F_SPACE 4u
#define F_ZEROPAD 8u
#define F_SIGN 16u
#define F_SMALL 32u

struct out {
	char *buf;
	u64 pos;
	u64 size;
};

static void emit(struct out *o, char c)
{
	if (o->pos < o->size)
		o->buf[o->pos] = c;
	o->pos++;
}

static void number(struct out *o, u64 num, u32 base, u32 flags, s32 width)
{
	char tmp[24];
	char sign = 0;
	s32 i = 0, precision;
	if (flags & F_LEFT)
		flags &= ~F_ZEROPAD;
	if (flags & F_SIGN) {
		if ((s64)num < 0) {
			sign = '-';
			num = (u64)(-(s64)num);
			width--;
		} else if (flags & F_PLUS) {
			sign = '+';
			width--;
		} else if (flags & F_SPACE) {
			sign = ' ';
			width--;
		}
	}
	do {
		u32 d = (u32)(num % base);
		tmp[i++] = d < 10 ? (char)('0' + d) : (char)((flags & F_SMALL ? 'a' : 'A') + d - 10);
		num /= base;
	} while (num);
	precision = i;
	width -= precision;
	if (!(flags & (F_ZEROPAD | F_LEFT)))
		while (--width >= 0)
			emit(o, ' ');
	if (sign)
		emit(o, sign);
	if (!(flags & F_LEFT))
		while (--width >= 0)
			emit(o, (flags & F_ZEROPAD) ? '0' : ' ');
	while (--i >= 0)
		emit(o, tmp[i]);
	while (--width >= 0)
		emit(o, ' ');
}

static void string(struct out *o, const char *s, u32 flags, s32 width)
{
	s32 n = 0;
	if (width > 0 && !(flags & F_LEFT)) {
		s32 len = (s32)pbh_strnlen(s, MAX_BIN_ARGS);
		while (width-- > len)
			emit(o, ' ');
	}
	while (s[n])
		emit(o, s[n++]);
	if (flags & F_LEFT)
		while (width-- > n)
			emit(o, ' ');
}

static u64 get_arg(const u8 *bin, u32 *pos, u32 size)
{
	u64 v;
	if (size == 1)
		return bin[(*pos)++];
	*pos = (*pos + 3) & ~3u;
	v = size == 8 ? pb_ld64(bin + *pos) : pb_ld32(bin + *pos);
	*pos += size;
	return v;
}

static u64 format(char *buf, u64 size, const char *fmt, const u8 *bin)
{
	struct out o = {buf, 0, size};
	u32 pos = 0;
	const char *f = fmt;
	while (*f) {
		u32 flags = 0;
		s32 width = -1;
		if (*f != '%') {
			emit(&o, *f++);
			continue;
		}
		f++;
		if (*f == '%') {
			emit(&o, '%');
			f++;
			continue;
		}
		for (;; f++) {
			if (*f == '-')
				flags |= F_LEFT;
			else if (*f == '+')
				flags |= F_PLUS;
			else if (*f == ' ')
				flags |= F_SPACE;
			else if (*f == '0')
				flags |= F_ZEROPAD;
			else
				break;
		}
		if (is_digit((u8)*f)) {
			width = 0;
			while (is_digit((u8)*f)) {
				if (width < FIELD_WIDTH_MAX)
					width = width * 10 + (*f - '0');
				f++;
			}
			if (width > FIELD_WIDTH_MAX)
				width = FIELD_WIDTH_MAX;
		}
		if (*f == 'p') {
			char n1 = f[1];
			f++;
			if (n1 == 0 || is_space((u8)n1) || is_punct((u8)n1) || n1 == 'K' || n1 == 'x') {
				/* the value in 16 zero-padded hex digits unless a width was given */
				u64 v = get_arg(bin, &pos, 8);
				if (width == -1) {
					width = 16;
					flags |= F_ZEROPAD;
				}
				number(&o, v, 16, flags | F_SMALL, width);
			} else if (n1 == 's' || n1 == 'S') {
				char sym[24];
				format_sym(sym, get_arg(bin, &pos, 8));
				string(&o, sym, flags, width);
			} else if (o.pos < o.size) {
				/* pre-formatted (%pB, %pI4..., %pks, %pus): copied as is, without width, and only
				 * while the output has room - bstr_printf neither counts nor consumes them after */
				const char *s = (const char *)bin + pos;
				u32 len = pbh_strnlen(s, MAX_BIN_ARGS);
				for (u32 i = 0; i < len; i++)
					emit(&o, s[i]);
				pos += len + 1;
			}
			while (is_alnum((u8)*f))
				f++;
			continue;
		}
		if (*f == 's') {
			const char *s = (const char *)bin + pos;
			string(&o, s, flags, width);
			pos += pbh_strnlen(s, MAX_BIN_ARGS) + 1;
			f++;
			continue;
		}
		if (*f == 'c') {
			char c;
			if (!(flags & F_LEFT))
				while (--width > 0)
					emit(&o, ' ');
			c = (char)get_arg(bin, &pos, 1);
			emit(&o, c);
			while (--width > 0)
				emit(&o, ' ');
			f++;
			continue;
		}
		{
			u32 size8 = 0, base = 10;
			u64 num;
			if (*f == 'l') {
				size8 = 1;
				f++;
			}
			if (*f == 'l')
				f++;
			if (*f == 'd' || *f == 'i')
				flags |= F_SIGN;
			else if (*f == 'x')
				base = 16, flags |= F_SMALL;
			else if (*f == 'X')
				base = 16;
			num = get_arg(bin, &pos, size8 ? 8 : 4);
			if (!size8)
				num = (flags & F_SIGN) ? (u64)(s64)(s32)(u32)num : (u64)(u32)num;
			number(&o, num, base, flags, width);
			f++;
		}
	}
	if (size)
		buf[o.pos < size ? o.pos : size - 1] = 0;
	return o.pos;
}

/* prepare + format into out (out_size may be 0); the would-be length without the NUL, or a negative errno */
PB_EXPORT long pbh_bprintf(const struct pbh_env *env, char *out, u32 out_size, const char *fmt, u32 fmt_size,
			   const u64 *args, u32 nargs)
{
	u8 bin[MAX_BIN_ARGS];
	long err = prepare(env, fmt, fmt_size, args, nargs, bin);
	if (err < 0)
		return err;
	return (long)format(out, out_size, fmt, bin);
}

/* bpf_snprintf(str, str_size, fmt, data, data_len): the length including the NUL */
PB_EXPORT long pbh_snprintf(struct pbh_env *env, char *str, u32 str_size, const char *fmt, const u64 *data,
			    u32 data_len)
{
	long err;
	if (data_len % 8 || data_len > MAX_VARARGS * 8 || (data_len && !data))
		return -PBH_EINVAL;
	err = pbh_bprintf(env, str, str_size, fmt, 0xffffffffu, data, data_len / 8);
	return err < 0 ? err : err + 1;
}

static long trace(struct pbh_env *env, const char *fmt, u32 fmt_size, const u64 *args, u32 nargs)
{
	char buf[MAX_TRACE_BUF];
	long ret = pbh_bprintf(env, buf, MAX_TRACE_BUF, fmt, fmt_size, args, nargs);
	if (ret < 0)
		return ret;
	pbh_log_append(&env->trace, 0, (const u8 *)buf, pbh_strnlen(buf, MAX_TRACE_BUF), 0, 0);
	return ret;
}

/* bpf_trace_printk(fmt, fmt_size, a1, a2, a3): the line goes to env->trace; returns the formatted length */
PB_EXPORT long pbh_trace_printk(struct pbh_env *env, const char *fmt, u32 fmt_size, u64 a1, u64 a2, u64 a3)
{
	u64 args[3] = {a1, a2, a3};
	return trace(env, fmt, fmt_size, args, 3);
}

/* bpf_trace_vprintk(fmt, fmt_size, args, data_len) */
PB_EXPORT long pbh_trace_vprintk(struct pbh_env *env, const char *fmt, u32 fmt_size, const u64 *args, u32 data_len)
{
	if ((data_len & 7) || data_len > MAX_VARARGS * 8 || (data_len && !args))
		return -PBH_EINVAL;
	return trace(env, fmt, fmt_size, args, data_len / 8);
}

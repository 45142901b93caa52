/*
 * Internal: writing into a caller's buffer with snprintf semantics. Not
 * installed.
 */
#ifndef WSAERR_OUT_H
#define WSAERR_OUT_H

#include <string.h>

struct out {
	char *buf;
	size_t size;
	size_t len;
};

static inline void put(struct out *o, const char *s, size_t n)
{
	if (o->len < o->size) {
		size_t room = o->size - 1 - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static inline void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static inline void put_dec(struct out *o, long long v)
{
	char tmp[24];
	size_t i = sizeof tmp;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v
	                             : (unsigned long long)v;
	do {
		tmp[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--i] = '-';
	put(o, tmp + i, sizeof tmp - i);
}

static inline void put_hex(struct out *o, unsigned long v)
{
	static const char digits[] = "0123456789ABCDEF";
	char tmp[10];
	size_t i = sizeof tmp;
	do {
		tmp[--i] = digits[v & 15];
		v >>= 4;
	} while (v);
	put(o, "0x", 2);
	put(o, tmp + i, sizeof tmp - i);
}

/* "a b\n": one line of the lists of missing texts. */
static inline void put_pair(struct out *o, const char *a, const char *b)
{
	puts_(o, a);
	put(o, " ", 1);
	puts_(o, b);
	put(o, "\n", 1);
}

static inline size_t finish(struct out *o)
{
	if (o->size > 0)
		o->buf[o->len < o->size ? o->len : o->size - 1] = '\0';
	return o->len;
}

#endif

/*
 * Internal: how names are normalised and hashed. Shared by the library and
 * by tools/gen.c so that the table and the lookup can never disagree.
 */
#ifndef WSAERR_HASH_H
#define WSAERR_HASH_H

#include <stddef.h>

/* ASCII upper case; every other byte is left alone. */
static inline char wsaerr_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

/* How many leading bytes of an upper-cased name are the optional "WSA" or
 * "WSA_" prefix: the lookup key is what follows. A name that is only the
 * prefix keeps it. */
static inline size_t wsaerr_prefix_len(const char *up, size_t n)
{
	if (n > 3 && up[0] == 'W' && up[1] == 'S' && up[2] == 'A')
		return (n > 4 && up[3] == '_') ? 4 : 3;
	return 0;
}

/* FNV-1a over an upper-cased key. */
static inline unsigned wsaerr_hash_str(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

struct name_slot { unsigned short off; unsigned char len; unsigned char kind; unsigned short target; };
struct code_slot { int code; unsigned short row; };

#endif

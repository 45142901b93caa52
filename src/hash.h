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

/* FNV-1a over an upper-cased key: start from WSAERR_HASH_BASIS and fold in
 * each byte. The generator and the lookup both use this step, so the table
 * and the search cannot disagree. */
#define WSAERR_HASH_BASIS 2166136261u
static inline unsigned wsaerr_hash_step(unsigned h, char c)
{
	return (h ^ (unsigned char)c) * 16777619u;
}

struct name_slot { unsigned short off; unsigned char len; unsigned char kind; unsigned short target; };
struct code_slot { int code; unsigned short row; };
/* A name of a mail or Internet row (data/mail/), upper-cased, sorted by
 * strcmp(). */
struct mail_name {
	const char *name;
	unsigned short row;
};

#endif

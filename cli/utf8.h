/*
 * One UTF-8 sequence, checked: for the writers of JSON that must stay
 * valid UTF-8 whatever bytes they are given (cli/lines.c and the SQLite
 * extension, sqlite/wsaerr_sqlite.c, which has only the library besides).
 */
#ifndef WSAERR_CLI_UTF8_H
#define WSAERR_CLI_UTF8_H

#include <stddef.h>

/* The length of the well-formed UTF-8 sequence at s[i] (1 to 4), or 0
 * when the bytes there are not one (a stray or cut sequence, an overlong
 * form, a surrogate, a value past U+10FFFF); s has n bytes. */
static size_t utf8_seq(const char *s, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c = u[i];
	size_t len = c < 0x80                          ? 1
	             : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2
	             : (c & 0xF0) == 0xE0              ? 3
	             : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4
	                                               : 0;
	size_t j;

	for (j = 1; j < len; j++)
		if (i + j >= n || (u[i + j] & 0xC0) != 0x80)
			return 0;
	if (len == 3 && ((c == 0xE0 && u[i + 1] < 0xA0) || (c == 0xED && u[i + 1] >= 0xA0)))
		return 0;
	if (len == 4 && ((c == 0xF0 && u[i + 1] < 0x90) || (c == 0xF4 && u[i + 1] >= 0x90)))
		return 0;
	return len;
}

#endif

/*
 * libwsaerr: search (wsaerr.h, "Search"): does a row contain every word,
 * in any language, ignoring case and accents.
 */
#include "wsaerr.h"

#include <string.h>

#include "src/internal.h"

#define langs wsaerr_langs
#define NLANGS wsaerr_nlangs

/* Latin-1 letters U+00C0..U+00FF folded to their base letter in upper
 * case, so that "conexion" finds "conexión" and "ACCION" finds "acción";
 * 0 where the character is not a letter (× and ÷). */
static const char latin1_fold[64] =
	"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTS"
	"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTY";

/* The folded character at s and, in *len, how many bytes it takes: ASCII
 * letters upper-cased, accented Latin-1 letters to their base letter, other
 * characters as their code point. A byte that is not valid UTF-8 stands for
 * itself (as 0x110000 + byte), so bad input still compares byte for byte. */
static unsigned long fold_at(const unsigned char *s, size_t *len)
{
	unsigned long c = s[0];

	if (c < 0x80) {
		*len = 1;
		return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c;
	}
	if ((c & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*len = 2;
		c = ((c & 0x1F) << 6) | (s[1] & 0x3F);
		if (c >= 0xC0 && c <= 0xFF && latin1_fold[c - 0xC0])
			return (unsigned char)latin1_fold[c - 0xC0];
		return c;
	}
	if ((c & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*len = 3;
		return ((c & 0x0F) << 12) | ((unsigned long)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	if ((c & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
	    (s[3] & 0xC0) == 0x80) {
		*len = 4;
		return ((c & 0x07) << 18) | ((unsigned long)(s[1] & 0x3F) << 12) |
		       ((unsigned long)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	}
	*len = 1;
	return 0x110000ul + c;
}

/* 1 when the NUL-terminated word occurs in hay, comparing folded
 * characters. */
static int contains_folded(const char *hay, const char *word)
{
	const unsigned char *h = (const unsigned char *)hay;
	size_t lfirst, step;
	unsigned long first;

	if (hay == NULL)
		return 0;
	first = fold_at((const unsigned char *)word, &lfirst);
	for (; *h; h += step) {
		const unsigned char *a, *b;
		size_t la, lb;
		/* Most text is ASCII: reject a start position cheaply. */
		if (*h < 0x80) {
			step = 1;
			if ((unsigned long)wsaerr_upper((char)*h) != first)
				continue;
		} else if (fold_at(h, &step) != first) {
			continue;
		}
		a = h + step;
		b = (const unsigned char *)word + lfirst;
		while (*b && *a && fold_at(a, &la) == fold_at(b, &lb)) {
			a += la;
			b += lb;
		}
		if (*b == '\0')
			return 1;
	}
	return 0;
}

/* 1 when word is the row's code, in decimal ("10054") or in hex with
 * 0x ("0x2746", any case); an IXP row's code is its HRESULT as written
 * (0x800CCC0E). An enhanced, POP3 or IMAP row's code only encodes it
 * (X.7.1 is 7001): those are found by their names. */
static int is_own_code(const struct wsaerr_entry *e, const char *word)
{
	unsigned long v = 0;
	const char *p = word;
	int base = 10;

	if (e->system == WSAERR_SYS_ENHANCED || e->system == WSAERR_SYS_POP3 ||
	    e->system == WSAERR_SYS_IMAP)
		return 0;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && p[2]) {
		base = 16;
		p += 2;
	}
	for (; *p; p++) {
		int d = (*p >= '0' && *p <= '9') ? *p - '0'
		        : (base == 16 && wsaerr_upper(*p) >= 'A' && wsaerr_upper(*p) <= 'F')
		                ? wsaerr_upper(*p) - 'A' + 10
		                : -1;
		if (d < 0 || v > 0xFFFFFFFul)
			return 0;
		v = v * (unsigned long)base + (unsigned long)d;
	}
	return v == (unsigned long)(unsigned)e->code;
}

static int row_contains(const struct wsaerr_entry *e, const char *word)
{
	size_t i;
	int l;

	if (word[0] == '\0' || is_own_code(e, word) || contains_folded(e->name, word))
		return 1;
	for (i = 0; wsaerr_alias(e, i); i++)
		if (contains_folded(wsaerr_alias(e, i), word))
			return 1;
	for (l = 0; l < NLANGS; l++) {
		const struct text_row *t = &langs[l].texts[TEXTS_OF(e)];
		if (contains_folded(t->message, word) ||
		    contains_folded(t->explanation, word))
			return 1;
		for (i = 0; i < 4; i++)
			if (contains_folded(t->checks[i], word))
				return 1;
	}
	return 0;
}

int wsaerr_matches(const wsaerr_entry *e, const char *const *words, size_t n)
{
	size_t i;

	if (e == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (words && words[i] && !row_contains(e, words[i]))
			return 0;
	return 1;
}


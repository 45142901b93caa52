/*
 * Internal: how the recognizer reads text, one character at a time, as
 * "units": the bytes a message is compared by. Shared by the library and by
 * tools/gen.c, so that a message in data/recognize/ and the same message in
 * a log fold to the same units.
 *
 *   ASCII letters          lower case (A -> a)
 *   ASCII digits           themselves
 *   full-width forms       as their ASCII letter or digit (Ａ -> a)
 *   Latin letters with     their base letter, lower case (É -> e, ł -> l,
 *   accents                ş -> s, ß -> s)
 *   Cyrillic, Greek        lower case (Д -> д, Ё -> е)
 *   other letters (CJK,    themselves, as UTF-8
 *   Hangul, kana, ...)
 *   blanks, line breaks,   nothing: they separate, and a message matches
 *   punctuation, quotes,   however they are spread ("remote ho st",
 *   symbols, bytes that    "Co     nnection", "could not be madebecause")
 *   are not UTF-8
 */
#ifndef WSAERR_FOLD_H
#define WSAERR_FOLD_H

#include <stddef.h>

/* Latin-1 letters U+00C0..U+00FF to their base letter; 0 for × and ÷. */
static const char wsaerr_fold_latin1[64] =
	"aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
	"aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";

/* Latin Extended-A, U+0100..U+017F, to their base letter. */
static const char wsaerr_fold_latin_a[128] =
	"aaaaaaccccccccdd" "ddeeeeeeeeeegggg"
	"gggghhhhiiiiiiii" "iijjjjkkklllllll"
	"lllnnnnnnnnnoooo" "oooorrrrrrssssss"
	"ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

/* Encodes code point c, U+0080 or above (wsaerr_fold_cp() has folded
 * ASCII before), as UTF-8 into out; returns the length. */
static inline size_t wsaerr_utf8_put(unsigned long c, unsigned char *out)
{
	if (c < 0x800) {
		out[0] = (unsigned char)(0xC0 | (c >> 6));
		out[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (unsigned char)(0xE0 | (c >> 12));
		out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (unsigned char)(0xF0 | (c >> 18));
	out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

/* Decodes the character at p (p < end): returns its length in bytes (1 for
 * a byte that does not start a valid sequence, overlong and surrogate
 * forms included) and stores its code point, or 0x110000 + the byte for an
 * invalid one. */
static inline size_t wsaerr_utf8_get(const unsigned char *p, const unsigned char *end,
                                     unsigned long *cp)
{
	unsigned long c = p[0];
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		c &= 0x07;
	} else {
		*cp = 0x110000ul + p[0];
		return 1;
	}
	if ((size_t)(end - p) < n) {
		*cp = 0x110000ul + p[0];
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*cp = 0x110000ul + p[0];
			return 1;
		}
		c = (c << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (n == 4 && (c < 0x10000 || c > 0x10FFFF))) {
		*cp = 0x110000ul + p[0];
		return 1;
	}
	*cp = c;
	return n;
}

/* The folded form of code point c: its units in out (at most 4), and how
 * many; 0 for a separator. */
static inline size_t wsaerr_fold_cp(unsigned long c, unsigned char *out)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z') {
			out[0] = (unsigned char)(c + 32);
			return 1;
		}
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			out[0] = (unsigned char)c;
			return 1;
		}
		return 0;
	}
	if (c >= 0x110000ul)                       /* not UTF-8 */
		return 0;
	if (c < 0xC0)                              /* Latin-1 punctuation, NBSP */
		return 0;
	if (c < 0x100) {
		if (wsaerr_fold_latin1[c - 0xC0] == 0)
			return 0;
		out[0] = (unsigned char)wsaerr_fold_latin1[c - 0xC0];
		return 1;
	}
	if (c < 0x180) {
		out[0] = (unsigned char)wsaerr_fold_latin_a[c - 0x100];
		return 1;
	}
	if (c >= 0x218 && c <= 0x21B) {            /* Romanian ș ț */
		out[0] = (unsigned char)(c < 0x21A ? 's' : 't');
		return 1;
	}
	if (c >= 0x391 && c <= 0x3A9)              /* Greek capitals */
		c += 0x20;
	else if (c >= 0x410 && c <= 0x42F)         /* Cyrillic А..Я */
		c += 0x20;
	else if (c >= 0x400 && c <= 0x40F)         /* Ѐ..Џ */
		c += 0x50;
	if (c == 0x451)                            /* ё is written е */
		c = 0x435;
	if ((c >= 0x2000 && c <= 0x206F) ||        /* spaces, dashes, quotes */
	    (c >= 0x3000 && c <= 0x303F) ||        /* CJK spaces, punctuation */
	    (c >= 0xFE30 && c <= 0xFE6F) ||        /* CJK compatibility forms */
	    (c >= 0xFF5F && c <= 0xFF65) || c == 0xFEFF || c == 0x30FB)
		return 0;
	if (c >= 0xFF01 && c <= 0xFF5E)            /* full-width ASCII */
		return wsaerr_fold_cp(c - 0xFEE0, out);
	return wsaerr_utf8_put(c, out);
}

/* Folds the character at p (p < end): returns the bytes it takes and
 * stores its units in out (*n of them; 0 for a separator). */
static inline size_t wsaerr_fold(const unsigned char *p, const unsigned char *end,
                                 unsigned char *out, size_t *n)
{
	unsigned long cp;
	size_t len;

	if (p[0] < 0x80) {
		unsigned char c = p[0];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			out[0] = c;
			*n = 1;
		} else {
			*n = 0;
		}
		return 1;
	}
	len = wsaerr_utf8_get(p, end, &cp);
	*n = wsaerr_fold_cp(cp, out);
	return len;
}

/* The start of the character that ends right before p (p > base): steps
 * back over continuation bytes to a byte that starts a valid sequence
 * ending exactly at p, else one byte. */
static inline const unsigned char *wsaerr_char_before(const unsigned char *base,
                                                      const unsigned char *p)
{
	const unsigned char *q = p - 1;
	size_t k;

	if (*q < 0x80)
		return q;
	for (k = 1; k < 4 && q > base && (*q & 0xC0) == 0x80; k++) {
		unsigned long cp;
		q--;
		if ((*q & 0xC0) != 0x80) {
			if (wsaerr_utf8_get(q, p, &cp) == (size_t)(p - q))
				return q;
			break;
		}
	}
	return p - 1;
}

/* Where a phrase is filed: the first 4, 8 or 12 units at an anchor,
 * little-endian in k1, k2, k3 (0 past len), hashed. tools/gen.c files each
 * phrase under the longest it has there; the scanner looks up all three. */
static inline unsigned wsaerr_fp_hash(unsigned k1, unsigned k2, unsigned k3, unsigned len)
{
	unsigned h = k1 * 2654435761u ^ k2 * 0x85EBCA6Bu ^ k3 * 0xC2B2AE35u ^ len * 0x27D4EB2Fu;
	return h ^ (h >> 15);
}

/* The first 8 units of a place of 8 or 12 units, hashed for fp_k12 (of
 * 2^WSAERR_FP_K12_BITS bits): a text whose bit is clear there matches no
 * such place. */
#define WSAERR_FP_K12_BITS 18
static inline unsigned wsaerr_fp_hash8(unsigned k1, unsigned k2)
{
	unsigned h = k1 * 0x9E3779B1u ^ k2 * 0x85EBCA6Bu;
	return (h ^ (h >> 15)) >> (32 - WSAERR_FP_K12_BITS);
}

/* A place of 4 or 8 units that is not a phrase's first is filed again
 * under that hash and the four units right before it (packed as struct
 * fp's kb), or the one right before it at a phrase's second to fourth
 * unit, so that the scanner finds at once the places whose units before
 * are the text's. */
static inline unsigned wsaerr_fp_hash_before(unsigned h, unsigned before)
{
	h = (h + (before + 1) * 0x9E3779B1u) * 0x85EBCA6Bu;
	return h ^ (h >> 13);
}

#endif

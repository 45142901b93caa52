/*
 * Internal: where the recognizer stops to look closer. Nearly every byte of
 * a log is not the start of anything we recognise; the scanner skips to the
 * next "anchor", a short byte pattern. src/recognize.c tests 32 or 16 bytes
 * at a time (AVX2, SSE2) for exactly the patterns below (a test compares
 * the vector paths with this one), and tools/gen.c registers every message
 * of data/recognize/ at the anchors it contains, so that the scanner,
 * stopped at one, finds the messages that can lie around it.
 *
 *   1 then 0 or 1,     decimal codes 10004..11999; the vector paths
 *   then a digit, not  also take a 1 after ( with ) three on: a
 *   after a digit or . Linux errno of a MySQL client, "(111)"
 *   1 2 then 2 or 3,   the Win32 codes of socket I/O 1225..1236
 *   not after a digit
 *   or .
 *   9 9 then 5..7,     the overlapped I/O codes 995..997
 *   not after a digit
 *   or .
 *   2..5 then a digit  mail codes: SMTP replies (550) and enhanced status
 *   or ., then a       codes (5.7.1); the vector paths also want the byte
 *   digit, not after   after three to be below '0' (a blank, a mark, the
 *   a digit or .       '.' of 5.7.1), and src/recognize.c then keeps
 *                      only what could_be_mail() allows; a 2 after
 *                      a minus with a 1 next is also taken: .NET's
 *                      HResult as a negative decimal (-2147014842)
 *   8 0 0, not after   an HRESULT written without its 0x (80072EFD)
 *   a digit or .
 *   0 then x or X      hex codes, HRESULTs, NTSTATUS
 *   W S, any case,     WSA names (wSAETIMEDOUT too)
 *   at a word's start
 *   E, A..Z, A..Z or _ errno, EAI_ and ERROR_ names; after _ for
 *   at a word's start  libuv's UV_ECONNRESET (src/recognize.c keeps
 *   or after _         only UV_ there)
 *   S T at a word's    STATUS_ names
 *   start
 *   a letter pair of   words of messages: connection, unreachable, known,
 *   PAIRS, the second  pipe, temporary, down, request, network, expired...
 *   in lower case
 *   a letter of TRIOS, "timed out", "already in", "to host"
 *   a space, a letter
 *   a UTF-8 lead byte  translated messages (the scanner then keeps only the
 *                      characters tools/gen.c marked)
 *   a..z then A..Z     CamelCase names (ConnectionReset, TimedOut, WinError)
 */
#ifndef WSAERR_ANCHOR_H
#define WSAERR_ANCHOR_H

/* Letter pairs (lower case; matched in any case), two bytes each. */
#define WSAERR_PAIRS \
	"abadagajaoaubjcccrdbdddldmdodreiejekfafiflfsfugrguhnhuhwimip"\
	"iuiykeknkoktlcldlmlrmompnanbncnhnnnonpnrnvnyocospeqoqurbrgrr"\
	"rurvryrzsasgsusytdtftntwtzufuouvvnwnwowrwuxpyaylymypzizozuzw"
/* Lower-case letters around a space: "d o" is the pair d, o. */
#define WSAERR_TRIOS "doyioh"

static inline int wsaerr_pair_in(const char *set, unsigned char a, unsigned char b)
{
	for (; set[0]; set += 2)
		if ((unsigned char)set[0] == a && (unsigned char)set[1] == b)
			return 1;
	return 0;
}

/* 1 when an anchor other than a letter pair starts at p; z is p[-1] (0
 * at the start of the text), a, b, c are p[0], p[1], p[2] (0 past the end
 * of the text). */
static inline int wsaerr_anchor_rest(unsigned char z, unsigned char a, unsigned char b,
                                     unsigned char c)
{
	unsigned char la = (unsigned char)(a | 0x20), lb = (unsigned char)(b | 0x20);
	int word = (z >= '0' && z <= '9') || ((z | 0x20) >= 'a' && (z | 0x20) <= 'z') || z == '_';

	if (a == '1')
		return ((b == '0' || b == '1') ? c >= '0' && c <= '9'
		                               : b == '2' && (c == '2' || c == '3')) &&
		       !(z >= '0' && z <= '9') && z != '.';
	if (a == '9')
		return b == '9' && c >= '5' && c <= '7' && !(z >= '0' && z <= '9') && z != '.';
	if (a == '8')
		return b == '0' && c == '0' && !(z >= '0' && z <= '9') && z != '.';
	if (a >= '2' && a <= '5')
		return ((b >= '0' && b <= '9') || b == '.') && c >= '0' && c <= '9' &&
		       !(z >= '0' && z <= '9') && z != '.';
	if (a == '0' && lb == 'x')
		return 1;
	/* names start a word */
	if (la == 'w' && lb == 's' && !word)
		return 1;
	if (a == 'E' && b >= 'A' && b <= 'Z' && ((c >= 'A' && c <= 'Z') || c == '_') &&
	    (!word || z == '_'))
		return 1;
	if (a == 'S' && b == 'T' && !word)
		return 1;
	if (b == ' ' && wsaerr_pair_in(WSAERR_TRIOS, a, c))
		return 1;
	if (a >= 0xC0)
		return 1;
	/* a CamelCase hump: lower case, then upper case */
	return a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z';
}

/* 1 when an anchor starts at p: the above, or a letter pair of PAIRS, the
 * first in any case, the second in lower case (words of messages, not
 * the capitals of names and constants: EINVAL, HTTP). The generator's
 * reference form; the scanner looks the pairs up in a table gen builds
 * from the same list (anchor_at() in src/recognize.c). */
#ifdef WSAERR_ANCHOR_REFERENCE
static inline int wsaerr_anchor(unsigned char z, unsigned char a, unsigned char b,
                                unsigned char c)
{
	unsigned char la = (unsigned char)(a | 0x20);

	if (la >= 'a' && la <= 'z' && b >= 'a' && b <= 'z' && wsaerr_pair_in(WSAERR_PAIRS, la, b))
		return 1;
	return wsaerr_anchor_rest(z, a, b, c);
}
#endif

#endif

/*
 * Internal: where the recognizer stops to look closer. Nearly every byte of
 * a log is not the start of anything we recognise; the scanner skips to the
 * next "anchor", a short byte pattern that every recognisable reference
 * contains. tools/gen.c indexes each message by the first anchor in it,
 * with this same predicate, and src/recognize.c tests 16 bytes at a time
 * with SSE2 for exactly the same patterns (a test compares the two).
 *
 *   1 then 0 or 1,     decimal codes 10004..11999
 *   then a digit, not
 *   after a digit or .
 *   0 then x or X      hex codes, HRESULTs, NTSTATUS
 *   W S                WSA names
 *   E, A..Z, A..Z or _ errno, EAI_ and ERROR_ names
 *   S T                STATUS_ names
 *   n n, n r, k n,     words of messages: connection, unreachable, known,
 *   i p, r y, w n,     pipe, temporary, down, request, network, expired,
 *   q u, t w, x p, r b Verbindung
 *   d ' ' o, y ' ' i,  "timed out", "already in", "to host"
 *   o ' ' h
 *   a UTF-8 lead byte  translated messages
 *   a..z then A..Z     CamelCase names (ConnectionReset, TimedOut)
 */
#ifndef WSAERR_ANCHOR_H
#define WSAERR_ANCHOR_H

/* 1 when an anchor starts at p; z is p[-1] (0 at the start of the text),
 * a, b, c are p[0], p[1], p[2] (0 past the end of the text). */
static inline int wsaerr_anchor(unsigned char z, unsigned char a, unsigned char b,
                                unsigned char c)
{
	switch (a) {
	case '1':
		return (b == '0' || b == '1') && c >= '0' && c <= '9' &&
		       !(z >= '0' && z <= '9') && z != '.';
	case '0': return (b | 0x20) == 'x';
	case 'W': if (b == 'S') return 1; break;
	case 'E': return b >= 'A' && b <= 'Z' && ((c >= 'A' && c <= 'Z') || c == '_');
	case 'S': if (b == 'T') return 1; break;
	case 'n': if (b == 'n' || b == 'r') return 1; break;
	case 'k': if (b == 'n') return 1; break;
	case 'i': if (b == 'p') return 1; break;
	case 'r': if (b == 'y' || b == 'b') return 1; break;
	case 'w': if (b == 'n') return 1; break;
	case 'q': if (b == 'u') return 1; break;
	case 't': if (b == 'w') return 1; break;
	case 'x': if (b == 'p') return 1; break;
	case 'd': if (b == ' ' && c == 'o') return 1; break;
	case 'y': if (b == ' ' && c == 'i') return 1; break;
	case 'o': if (b == ' ' && c == 'h') return 1; break;
	default: break;
	}
	if (a >= 0xC0)
		return 1;
	/* a CamelCase hump: lower case, then upper case */
	return a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z';
}

#endif

/* libFuzzer: the recognizer, on any bytes, in one piece and fed in chunks
 * whose sizes come from the input itself: both must find the same hits,
 * and every hit must lie inside the input and name a catalogue code. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAXHITS 256

struct got {
	wsaerr_hit hits[MAXHITS];
	size_t n;
};

static void on_hit(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct got *g = ctx;
	(void)match;
	if (g->n < MAXHITS)
		g->hits[g->n] = *h;
	g->n++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct got whole, part;
	static wsaerr_scanner s;
	static wsaerr_hit one[MAXHITS];
	size_t n, i, off, step;
	char *text;

	if (size < 1)
		return 0;
	step = (size_t)data[0] % 61 + 1;
	data++;
	size--;
	text = malloc(size ? size : 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	n = wsaerr_recognize(text, size, one, MAXHITS);
	for (i = 0; i < n && i < MAXHITS; i++)
		if (one[i].end > size || one[i].start >= one[i].end || wsaerr_by_code(one[i].wsa) == NULL ||
		    one[i].confidence < 1 || one[i].confidence > 100 || !wsaerr_evidence_key(one[i].evidence))
			abort();
	whole.n = 0;
	wsaerr_scanner_init(&s);
	wsaerr_scan(&s, text, size, on_hit, &whole);
	wsaerr_scan_end(&s, on_hit, &whole);
	part.n = 0;
	wsaerr_scanner_init(&s);
	for (off = 0; off < size; off += step)
		wsaerr_scan(&s, text + off, size - off < step ? size - off : step, on_hit, &part);
	wsaerr_scan_end(&s, on_hit, &part);
	/* Lines no longer than the carry behave exactly as one pass. */
	if (size < WSAERR_SCAN_CARRY && (whole.n != n || part.n != n))
		abort();
	if (part.n != whole.n)
		abort();
	for (i = 0; i < part.n && i < MAXHITS; i++)
		if (part.hits[i].start != whole.hits[i].start || part.hits[i].wsa != whole.hits[i].wsa ||
		    part.hits[i].line != whole.hits[i].line)
			abort();
	free(text);
	return 0;
}

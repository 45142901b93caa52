/* libFuzzer, differential: one pass of wsaerr_recognize() over the whole
 * input against a stream fed in chunks whose sizes come from the input's
 * first 8 bytes (any sizes from 1 byte to 256 KB, changing as it goes).
 * Both must find exactly the same hits, the same matched bytes, and the
 * same number of lines. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAXHITS 4096

struct got {
	wsaerr_hit hits[MAXHITS];
	size_t n;
	const char *text;
	int bad;
};

static void on_hit(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct got *g = ctx;

	/* the match is the text's own bytes between start and end */
	if (memcmp(match, g->text + h->start, (size_t)(h->end - h->start)) != 0)
		g->bad = 1;
	if (g->n < MAXHITS)
		g->hits[g->n] = *h;
	g->n++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static wsaerr_hit one[MAXHITS];
	static struct got part;
	static wsaerr_scanner s;
	unsigned long long seed = 0, lines = 1;
	size_t n, i, off = 0;
	const char *text;

	if (size < 8)
		return 0;
	memcpy(&seed, data, 8);
	text = (const char *)data + 8;
	size -= 8;
	n = wsaerr_recognize(text, size, one, MAXHITS);
	memset(&part, 0, sizeof part);
	part.text = text;
	wsaerr_scanner_init(&s);
	while (off < size) {
		size_t step;
		/* xorshift: small and large steps, and everything between */
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		step = (seed & 3) == 0   ? 1 + (size_t)(seed >> 8) % 7
		       : (seed & 3) == 1 ? 1 + (size_t)(seed >> 8) % 4096
		                         : 1 + (size_t)(seed >> 8) % 262144;
		if (step > size - off)
			step = size - off;
		wsaerr_scan(&s, text + off, step, on_hit, &part);
		off += step;
	}
	wsaerr_scan_end(&s, on_hit, &part);
	if (part.bad || part.n != n)
		abort();
	for (i = 0; i < n && i < MAXHITS; i++)
		if (memcmp(&part.hits[i], &one[i], sizeof one[i]) != 0)
			abort();
	for (i = 0; i < size; i++)
		lines += text[i] == '\n';
	if (wsaerr_scan_lines(&s) != lines)
		abort();
	return 0;
}

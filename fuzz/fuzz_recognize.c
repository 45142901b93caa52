/* libFuzzer: the recognizer on any bytes, up to 1 MB. Every hit must lie
 * inside the input, name a catalogue code with a known evidence and a
 * confidence of 1..100, start after the previous one ended, be no longer
 * than 1024 bytes, and be counted on the line where it starts. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAXHITS 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static wsaerr_hit hits[MAXHITS];
	size_t n, i, line = 1, at = 0;
	unsigned long long last_end = 0;
	const char *text = (const char *)data;

	n = wsaerr_recognize(text, size, hits, MAXHITS);
	if (n > size)
		abort();
	for (i = 0; i < n && i < MAXHITS; i++) {
		const wsaerr_hit *h = &hits[i];
		if (h->end > size || h->start >= h->end || h->end - h->start > 1024 ||
		    h->start < last_end || wsaerr_by_code(h->wsa) == NULL ||
		    h->system != WSAERR_SYS_WSA || h->value != h->wsa || h->confidence < 1 ||
		    h->confidence > 100 || !wsaerr_evidence_key(h->evidence))
			abort();
		for (; at < h->start; at++)
			line += text[at] == '\n';
		if (h->line != line)
			abort();
		last_end = h->end;
	}
	/* with no room for hits it counts the same */
	if (wsaerr_recognize(text, size, NULL, 0) != n)
		abort();
	return 0;
}

/* libFuzzer: the recognizer on any bytes, up to 1 MB. Every hit must lie
 * inside the input, name a catalogue code (a Winsock one, or a value of a
 * mail or Internet system with no Winsock code: a row of that system, or
 * an enhanced status code of class 2, 4 or 5) with a known evidence and a
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
		int wsa_ok = h->system == WSAERR_SYS_WSA && wsaerr_by_code(h->wsa) != NULL &&
		             h->value == h->wsa;
		int mail_ok = h->system >= WSAERR_SYS_SMTP && h->system <= WSAERR_SYS_WINHTTP &&
		              h->wsa == WSAERR_NONE &&
		              (wsaerr_lookup(h->system, h->value) != NULL ||
		               (h->system == WSAERR_SYS_ENHANCED &&
		                (h->value / 1000000 == 2 || h->value / 1000000 == 4 ||
		                 h->value / 1000000 == 5)));
		if (h->end > size || h->start >= h->end || h->end - h->start > 1024 ||
		    h->start < last_end || !(wsa_ok || mail_ok) || h->confidence < 1 ||
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

/* libFuzzer: search of one row (chosen by the first byte), with the rest
 * of the input split into up to 8 words at spaces. Invalid UTF-8
 * included. One row per input keeps each run short, so the fuzzer reaches
 * millions of runs. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;
	const char *words[8];
	size_t n = 0;
	char *p;
	const wsaerr_entry *e;

	if (size < 1)
		return 0;
	e = wsaerr_at(data[0] % wsaerr_count());
	text = malloc(size);
	if (text == NULL)
		return 0;
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	for (p = text; n < 8; ) {
		words[n++] = p;
		p = strchr(p, ' ');
		if (p == NULL)
			break;
		*p++ = '\0';
	}
	/* The row's own name is always found. */
	if (!wsaerr_matches(e, (const char *const *)&(const char *){ wsaerr_name(e) }, 1))
		abort();
	(void)wsaerr_matches(e, words, n);
	free(text);
	return 0;
}

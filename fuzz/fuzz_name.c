/* libFuzzer: name lookup on raw bytes (no NUL needed): never reads past
 * len, and whatever it finds round-trips. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so ASan catches any read past it. */
	char *buf = malloc(size ? size : 1);
	const wsaerr_entry *e;

	if (buf == NULL)
		return 0;
	memcpy(buf, data, size);
	e = wsaerr_by_name_n(buf, size);
	if (e && wsaerr_by_name(wsaerr_name(e)) != e)
		abort();
	free(buf);
	return 0;
}

/* libFuzzer: formatting at random codes, languages and buffer sizes, into
 * a heap buffer of exactly that size, so ASan catches a byte too many. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int32_t code;
	int lang;
	size_t bufsize, n, full;
	char *buf, whole[4096];

	if (size < 7)
		return 0;
	memcpy(&code, data, 4);
	lang = (int8_t)data[4];
	bufsize = (size_t)data[5] | ((size_t)(data[6] & 7) << 8);
	buf = malloc(bufsize ? bufsize : 1);
	if (buf == NULL)
		return 0;
	n = (data[6] & 8) ? wsaerr_format_long(buf, bufsize, code, lang)
	                  : wsaerr_format(buf, bufsize, code, lang);
	full = (data[6] & 8) ? wsaerr_format_long(whole, sizeof whole, code, lang)
	                     : wsaerr_format(whole, sizeof whole, code, lang);
	if (n != full || n == 0)
		abort();
	if (bufsize > 0 && (strlen(buf) != (n < bufsize ? n : bufsize - 1) ||
	                    memcmp(buf, whole, strlen(buf)) != 0))
		abort();
	free(buf);
	return 0;
}

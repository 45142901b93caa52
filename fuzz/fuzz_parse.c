/* libFuzzer: the query parser, on any bytes. Checks what the header
 * promises: OK fills a consistent query, anything else fills only
 * error_at, which points inside the text. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	wsaerr_query q;
	int rc;
	size_t i;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	rc = wsaerr_parse(text, &q);
	if (rc == WSAERR_PARSE_OK) {
		if (q.form < WSAERR_FORM_DECIMAL || q.form > WSAERR_FORM_ENHANCED)
			abort();
		if (q.nreadings > WSAERR_MAX_READINGS)
			abort();
		for (i = 0; i < q.nreadings; i++)
			if (q.readings[i].entry && wsaerr_name(q.readings[i].entry) == NULL)
				abort();
		if (q.entry && wsaerr_code(q.entry) != q.code)
			abort();
	} else {
		if (q.error_at > strlen(text) || q.entry || wsaerr_parse_status_text(rc, 0) == NULL)
			abort();
	}
	if (wsaerr_parse(text, NULL) != rc)
		abort();
	free(text);
	return 0;
}

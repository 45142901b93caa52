/* libFuzzer: the translations and readings of any value in any system,
 * and locale names. */
#include "wsaerr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t value;
	int system, lang;
	wsaerr_reading r;
	char *loc;

	if (size < 9)
		return 0;
	memcpy(&value, data, 8);
	system = (int8_t)data[8];
	if (wsaerr_read(system, value, &r) != (r.wsa != WSAERR_NONE))
		abort();
	(void)wsaerr_from_errno((int)value);
	(void)wsaerr_to_errno((int)value);
	(void)wsaerr_from_eai((int)value, (int)(value >> 32));
	(void)wsaerr_from_h_errno((int)value);
	(void)wsaerr_from_win32((unsigned long)(uint32_t)value);
	(void)wsaerr_from_ntstatus((unsigned long)(uint32_t)value);
	(void)wsaerr_from_hresult((unsigned long)(uint32_t)value);
	loc = malloc(size - 9 + 1);
	if (loc == NULL)
		return 0;
	memcpy(loc, data + 9, size - 9);
	loc[size - 9] = '\0';
	lang = wsaerr_lang_find(loc);
	if (lang < -1 || lang >= wsaerr_lang_count())
		abort();
	free(loc);
	return 0;
}

/*
 * libwsaerr: what Windows itself prints for a row (wsaerr.h,
 * wsaerr_windows_message), quoted from data/recognize/windows.<tag>.def
 * through the table tools/gen.c generates from those files.
 */
#include "wsaerr.h"

#include "src/internal.h"

#include "gen/windows.h"

const char *wsaerr_windows_message(const wsaerr_entry *e, size_t i, const char **tag)
{
	const struct windows_text *w = NULL;

	if (e != NULL && i < (size_t)(windows_first[e->index + 1] - windows_first[e->index]))
		w = &windows_texts[windows_first[e->index] + i];
	if (tag)
		*tag = w ? w->tag : NULL;
	return w ? w->text : NULL;
}

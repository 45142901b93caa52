/*
 * libwsaerr: what Windows itself prints for a row (wsaerr.h,
 * wsaerr_windows_message), quoted from data/recognize/windows.<tag>.def
 * through the table tools/gen.c generates from those files.
 */
#include "wsaerr.h"

#include "src/internal.h"

#include "gen/winmsg.h" /* not windows.h: it would shadow <windows.h> */

const char *wsaerr_windows_message(const wsaerr_entry *e, size_t i, const char **tag)
{
	const struct windows_text *w = NULL;

	/* The table covers the Winsock and Win32 rows; the rows of the mail
	 * and Internet systems come after them and have no quotation. */
	if (e != NULL && (size_t)e->index + 1 < sizeof windows_first / sizeof windows_first[0] &&
	    i < (size_t)(windows_first[e->index + 1] - windows_first[e->index]))
		w = &windows_texts[windows_first[e->index] + i];
	if (tag)
		*tag = w ? w->tag : NULL;
	return w ? w->text : NULL;
}

/*
 * Internal: every row file of the catalogue, listed once, and the index
 * each row gets. Included by the library and by the table generator.
 * Rows: the Winsock codes of data/codes.def (ascending), then the Win32
 * codes of data/win32.def (ascending), then the rows of the mail and
 * Internet systems of data/mail/ (src/mailrows.h).
 */
#ifndef WSAERR_ROWS_H
#define WSAERR_ROWS_H

enum wsaerr_row_index {
#define W(name, value, cat, transient, errno_name, twin) IDX_##name,
#include "data/codes.def"
#undef W
	IDX_WIN32_FIRST,
	IDX_WIN32_BEFORE = IDX_WIN32_FIRST - 1,
#define X(name, value, wsa, cat, transient) IDX_##name,
#include "data/win32.def"
#undef X
	IDX_MAIL_FIRST,
	IDX_MAIL_BEFORE = IDX_MAIL_FIRST - 1,
#define MROW(id, sys, value, name, cat, tr, same) IDX_##id,
#include "src/mailrows.h"
#undef MROW
	IDX_COUNT
};

/* TWIN = NONE in data/codes.def */
#define IDX_NONE (-1)

enum wsaerr_nt_index {
#define N(name, value, wsa) NT_##name,
#include "data/ntstatus.def"
#undef N
	NT_COUNT
};

/* What a name in the name table leads to. */
enum wsaerr_name_kind {
	KIND_ROW = 0,        /* a catalogue row (canonical name or alias) */
	KIND_ERRNO,          /* an errno name from data/errno.def -> row */
	KIND_EAI,            /* an EAI_* name from data/eai.def -> row */
	KIND_NTSTATUS        /* a STATUS_* name -> index in data/ntstatus.def */
	/* h_errno names need no kind: without their WSA prefix the Winsock
	 * names already are HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA. */
};

#endif

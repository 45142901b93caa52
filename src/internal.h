/*
 * Internal: what the library's source files share. Not installed.
 */
#ifndef WSAERR_INTERNAL_H
#define WSAERR_INTERNAL_H

#include "wsaerr.h"
#include "src/rows.h"
#include "src/hash.h"

struct wsaerr_entry {
	int code;
	unsigned short index;
	unsigned char category;
	unsigned char transient;
	unsigned char system;        /* enum wsaerr_system */
	short twin;                  /* row index or IDX_NONE */
	short wsa_row;               /* the Winsock row it corresponds to;
	                                IDX_NONE for a mail or Internet row */
	short texts;                 /* the row whose texts it has: itself,
	                                or the row of data/mail/'s SAME_AS */
	const char *name;
	const char *errno_name;      /* "" when none */
};

extern const struct wsaerr_entry wsaerr_entries[IDX_COUNT];

/* The texts of a row in one language (NULL where not translated). */
struct text_row {
	const char *message;
	const char *explanation;
	const char *checks[4];
};

/* The rows of data/mail/advice.def (src/dialog.c). */
enum {
#define ADVICE(key, ...) ADVICE_##key,
#include "data/mail/advice.def"
#undef ADVICE
	ADVICE_COUNT
};

/* One compiled-in language: data/lang/<tag>.def. */
struct lang {
	const char *tag;
	const char *name;
	const char *english;
	const struct text_row *texts;
	const char *const *cats;
	const char *const *ui;
	const char *const *advice; /* A(key, text) of data/mail/advice.<tag>.def */
};

/* The text of advice row k in a language (English when it lacks one). */
const char *wsaerr_advice_text(size_t k, int lang);

extern const struct lang wsaerr_langs[];
extern const int wsaerr_nlangs;
extern const char *const wsaerr_category_keys[WSAERR_CAT_COUNT];

/* The language lang, or English when it is out of range. */
const struct lang *wsaerr_lang_of(int lang);

/* The index of the texts of a row (its own, or those it shares). */
#define TEXTS_OF(e) ((e)->texts)

/* The mail or Internet row of a system and value (as wsaerr_code()), or
 * NULL. */
const struct wsaerr_entry *wsaerr_mail_row(int system, int value);

/* The name table slot for a name, or NULL (see wsaerr_by_name_n). */
const struct name_slot *wsaerr_find_name(const char *name, size_t n);
/* The normalised key text of a slot (static). */
const char *wsaerr_slot_text(const struct name_slot *s);

/* data/ntstatus.def row i */
unsigned long wsaerr_nt_value(int i);
int wsaerr_nt_wsa(int i);

/* HRESULT layout: FACILITY_WIN32 (0x8007xxxx wraps Win32 code xxxx) and
 * FACILITY_NT_BIT (an NTSTATUS carried in an HRESULT). */
#define WSAERR_HR_WIN32_MASK 0xFFFF0000ul
#define WSAERR_HR_WIN32_BITS 0x80070000ul
#define WSAERR_HR_NT_BIT 0x10000000ul

/* Fill q->readings for a number (as 32 bits) or a name. */
void wsaerr_read_number(wsaerr_query *q, unsigned long bits);
void wsaerr_read_name(wsaerr_query *q, const char *name, size_t n);

#endif

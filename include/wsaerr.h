/*
 * wsaerr.h - Windows Sockets error codes, their names and their meaning.
 *
 * libwsaerr is a C99 library with no dependencies. It never allocates
 * memory, never prints, never exits and never reads the environment. All of
 * its data is constant, so every function may be called from any number of
 * threads at once. Strings returned as `const char *` are static: they live
 * as long as the program and must not be freed.
 *
 * Functions that write text take (buf, size) and follow snprintf(): when
 * size > 0 the result is always NUL-terminated, and the return value is the
 * length the full text needs, not counting the NUL. A return value >= size
 * means the text was cut; call again with a buffer of return value + 1.
 *
 * Languages are small integers: WSAERR_LANG_EN (0) is English and always
 * present; wsaerr_lang_find() gives the others. Any text function given an
 * unknown language answers in English. Language is always a parameter, never
 * global state.
 */
#ifndef WSAERR_H
#define WSAERR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WSAERR_VERSION "1.0.0"
#define WSAERR_VERSION_MAJOR 1
#define WSAERR_VERSION_MINOR 0
#define WSAERR_VERSION_PATCH 0

#if defined(_WIN32) && defined(WSAERR_BUILD_DLL)
#define WSAERR_API __declspec(dllexport)
#elif defined(__GNUC__) && !defined(_WIN32)
#define WSAERR_API __attribute__((visibility("default")))
#else
#define WSAERR_API
#endif

/* One row of the catalogue. Opaque: read it with the functions below. */
typedef struct wsaerr_entry wsaerr_entry;

/* The library's version as a string, e.g. "1.0.0". Never NULL. */
WSAERR_API const char *wsaerr_version(void);

/* ------------------------------------------------------------------ */
/* Languages                                                           */

#define WSAERR_LANG_EN 0

/* The number of languages compiled in; at least 1. Languages are numbered
 * 0 .. wsaerr_lang_count() - 1, and 0 is English. */
WSAERR_API int wsaerr_lang_count(void);

/* The tag of a language ("en", "es", ...), or NULL when lang is out of
 * range. */
WSAERR_API const char *wsaerr_lang_tag(int lang);

/* The name of a language in that language ("English", "Español"), or NULL
 * when lang is out of range. */
WSAERR_API const char *wsaerr_lang_name(int lang);

/* The language a locale name or language tag asks for: "es", "es_ES.UTF-8",
 * "ko-KR", "KO", "es_MX@euro" all find their language. "C", "POSIX" and ""
 * give WSAERR_LANG_EN. Returns -1 for NULL or for a language that is not
 * compiled in ("fr_FR"). */
WSAERR_API int wsaerr_lang_find(const char *locale);

/* What a language still lacks, for translators: writes one line per
 * missing text ("WSAECONNRESET explanation", "ui WHAT_TO_CHECK",
 * "category qos") into buf with snprintf semantics and returns the length
 * needed; 0 means the language is complete. A missing text reads as
 * English. An unknown lang writes nothing and returns 0. */
WSAERR_API size_t wsaerr_lang_missing(int lang, char *buf, size_t size);

/* ------------------------------------------------------------------ */
/* The catalogue                                                       */

/* Categories group codes by what went wrong. */
enum wsaerr_category {
	WSAERR_CAT_SUCCESS = 0,      /* not an error (code 0) */
	WSAERR_CAT_OVERLAPPED,       /* overlapped (asynchronous) I/O */
	WSAERR_CAT_ARGUMENT,         /* the program passed something wrong */
	WSAERR_CAT_RESOURCES,        /* memory, buffers, handles ran out */
	WSAERR_CAT_SOCKET,           /* the socket's state does not allow it */
	WSAERR_CAT_PROTOCOL,         /* protocol, family or type not supported */
	WSAERR_CAT_ADDRESS,          /* local or remote address problems */
	WSAERR_CAT_NETWORK,          /* network or host unreachable or down */
	WSAERR_CAT_CONNECTION,       /* an established or attempted connection */
	WSAERR_CAT_NAME_RESOLUTION,  /* DNS and other name services */
	WSAERR_CAT_STARTUP,          /* WSAStartup and the Winsock subsystem */
	WSAERR_CAT_PROVIDER,         /* service providers and name spaces */
	WSAERR_CAT_QOS,              /* quality of service */
	WSAERR_CAT_SYSTEM,           /* Unix-derived codes Windows hardly uses */
	WSAERR_CAT_COUNT
};

/* The number of rows in the catalogue. */
WSAERR_API size_t wsaerr_count(void);

/* Row i of the catalogue, in ascending order of code; NULL when
 * i >= wsaerr_count(). */
WSAERR_API const wsaerr_entry *wsaerr_at(size_t i);

/* The row for an exact code (10054, 11001, 0, 997, ...), or NULL when the
 * code is not in the catalogue. Any int is accepted. */
WSAERR_API const wsaerr_entry *wsaerr_by_code(int code);

/* The row a name leads to, or NULL. Case does not matter (ASCII), and the
 * WSA prefix, with or without its underscore, is optional: "WSAECONNRESET",
 * "econnreset" and "WSA_ECONNRESET" all find 10054. Aliases are accepted
 * (WSANO_ADDRESS, ERROR_IO_PENDING, EAI_NONAME, ...). NULL name gives
 * NULL. */
WSAERR_API const wsaerr_entry *wsaerr_by_name(const char *name);

/* As wsaerr_by_name(), for the len bytes at name (no NUL needed). */
WSAERR_API const wsaerr_entry *wsaerr_by_name_n(const char *name, size_t len);

/* The accessors below accept NULL and then return NULL (strings) or 0. */

/* The code of a row. */
WSAERR_API int wsaerr_code(const wsaerr_entry *e);

/* The canonical name, spelled as the Windows SDK spells it
 * ("WSAECONNRESET", "WSA_QOS_EUNKOWNPSOBJ"). */
WSAERR_API const char *wsaerr_name(const wsaerr_entry *e);

/* The i-th other name of a row (0-based), or NULL past the last one. */
WSAERR_API const char *wsaerr_alias(const wsaerr_entry *e, size_t i);

/* The row that has the same meaning under another number (WSAENOMORE 10102
 * and WSA_E_NO_MORE 10110; WSAECANCELLED 10103 and WSA_E_CANCELLED 10111),
 * or NULL. */
WSAERR_API const wsaerr_entry *wsaerr_twin(const wsaerr_entry *e);

/* The category of a row, one of enum wsaerr_category. 0 for NULL. */
WSAERR_API int wsaerr_category(const wsaerr_entry *e);

/* A stable ASCII key for a category ("connection", "name_resolution"), as
 * used in JSON; NULL when cat is out of range. */
WSAERR_API const char *wsaerr_category_key(int cat);

/* The category's label for people, in a language; NULL when cat is out of
 * range. */
WSAERR_API const char *wsaerr_category_label(int cat, int lang);

/* 1 when the condition is usually temporary and retrying is worth it
 * (WSAEWOULDBLOCK, WSATRY_AGAIN, WSAETIMEDOUT, ...), else 0. */
WSAERR_API int wsaerr_transient(const wsaerr_entry *e);

/* The name of the nearest POSIX errno ("ECONNRESET"), or NULL when POSIX
 * has no equivalent. A name, never a number: errno numbers differ from one
 * system to another. */
WSAERR_API const char *wsaerr_errno_name(const wsaerr_entry *e);

/* The one-line message, in a language. */
WSAERR_API const char *wsaerr_message(const wsaerr_entry *e, int lang);

/* What happened, in one to three plain sentences, in a language. */
WSAERR_API const char *wsaerr_explanation(const wsaerr_entry *e, int lang);

/* The i-th thing to check (0-based, at most 4), in a language, or NULL
 * past the last one. */
WSAERR_API const char *wsaerr_check(const wsaerr_entry *e, size_t i, int lang);

/* ------------------------------------------------------------------ */
/* Queries: what people type                                           */

/* How a query was written. */
enum wsaerr_form {
	WSAERR_FORM_DECIMAL = 1,     /* 10054, -2147014842 */
	WSAERR_FORM_HEX,             /* 0x2746, 0x80072746 */
	WSAERR_FORM_NAME             /* WSAECONNRESET, econnreset */
};

/* Why a query was rejected. */
enum wsaerr_parse_status {
	WSAERR_PARSE_OK = 0,
	WSAERR_PARSE_EMPTY,          /* nothing but blanks */
	WSAERR_PARSE_NO_DIGITS,      /* "0x", "-" */
	WSAERR_PARSE_TRAILING,       /* "12abc", "0x27g6", "10054 x" */
	WSAERR_PARSE_OVERFLOW,       /* outside -2147483648 .. 4294967295 */
	WSAERR_PARSE_BAD_NAME        /* not a number and not a name: "$%", "é" */
};

/* What a query was understood to mean. */
typedef struct wsaerr_query {
	int form;                    /* enum wsaerr_form; 0 when rejected */
	long long number;            /* the number as written; 0 for names */
	int code;                    /* the code it stands for (see below) */
	int hresult;                 /* 1 when number was an HRESULT wrapping code */
	const wsaerr_entry *entry;   /* the catalogue row, or NULL if unknown */
	size_t error_at;             /* when rejected: offset of the first byte
	                                not understood */
} wsaerr_query;

/* Reads one query: a decimal number (10054), a negative decimal, a hex
 * number (0x2746, 0X2746), or a name (as wsaerr_by_name()). Blanks around
 * the text are ignored. Numbers must fit in 32 bits, signed or unsigned
 * (-2147483648 .. 4294967295). An HRESULT with FACILITY_WIN32
 * (0x8007xxxx, also written as the signed decimal -2147014842) stands for
 * the code in its low 16 bits: 0x80072746 gives code 10054 and hresult 1.
 * Any other number stands for itself, as a 32-bit int.
 *
 * Returns WSAERR_PARSE_OK and fills *q (entry may still be NULL: a well
 * formed number or name that is not in the catalogue), or another status
 * and fills only q->error_at. text NULL is WSAERR_PARSE_EMPTY. q may be
 * NULL to only validate. */
WSAERR_API int wsaerr_parse(const char *text, wsaerr_query *q);

/* What a parse status means, in a language ("trailing characters"); NULL
 * for an unknown status. */
WSAERR_API const char *wsaerr_parse_status_text(int status, int lang);

/* ------------------------------------------------------------------ */
/* Formatting                                                          */

/* One line for a code, in a language:
 *   "WSAECONNRESET (10054): The connection was reset by the other side"
 * An HRESULT that wraps a known code names both:
 *   "WSAECONNRESET (10054, HRESULT 0x80072746): The connection ..."
 * A code not in the catalogue:
 *   "Unknown Windows Sockets error 12345 (0x3039)"
 * Works for every int. snprintf semantics; buf may be NULL when size is 0. */
WSAERR_API size_t wsaerr_format(char *buf, size_t size, int code, int lang);

/* The long form: the line above, then the explanation, then the things to
 * check, one per line, each line ending in '\n'. Same rules as
 * wsaerr_format(). */
WSAERR_API size_t wsaerr_format_long(char *buf, size_t size, int code,
                                     int lang);

/* ------------------------------------------------------------------ */
/* Search                                                              */

/* 1 when every one of the n words occurs in the row's name, an alias, or
 * one of its texts in any language. Case is ignored for ASCII letters, and
 * accents on Latin letters are ignored ("conexion" finds "conexión",
 * "ACCIÓN" finds "accion"). n == 0 matches every row. A word may be NULL
 * or empty: it matches everything. Words need not be valid UTF-8. */
WSAERR_API int wsaerr_matches(const wsaerr_entry *e, const char *const *words,
                              size_t n);

/* ------------------------------------------------------------------ */
/* The tool's own words                                                */

/* Keys of the short texts the wsaerr tool prints around the catalogue, so
 * that they are translated with it. */
enum wsaerr_ui {
	WSAERR_UI_ALSO_KNOWN_AS = 0,
	WSAERR_UI_SAME_MEANING_AS,
	WSAERR_UI_WHAT_TO_CHECK,
	WSAERR_UI_CATEGORY,
	WSAERR_UI_TRANSIENT,
	WSAERR_UI_TRANSIENT_YES,
	WSAERR_UI_TRANSIENT_NO,
	WSAERR_UI_ERRNO,
	WSAERR_UI_NONE,
	WSAERR_UI_READ_AS,
	WSAERR_UI_NOT_FOUND,
	WSAERR_UI_UNKNOWN_CODE,
	WSAERR_UI_NO_MATCH,
	WSAERR_UI_PARSE_EMPTY,       /* the texts of enum wsaerr_parse_status */
	WSAERR_UI_PARSE_NO_DIGITS,
	WSAERR_UI_PARSE_TRAILING,
	WSAERR_UI_PARSE_OVERFLOW,
	WSAERR_UI_PARSE_BAD_NAME,
	WSAERR_UI_USAGE,             /* the tool's --help text; %s: languages */
	WSAERR_UI_TRY_HELP,          /* the diagnostics below take %s where */
	WSAERR_UI_UNKNOWN_OPTION,    /* the English text has it, in the same */
	WSAERR_UI_NEEDS_VALUE,       /* order (tests/test_lang.c checks) */
	WSAERR_UI_UNKNOWN_LANG,
	WSAERR_UI_NOTHING_TO_LOOK_UP,
	WSAERR_UI_NO_ARGUMENTS,
	WSAERR_UI_NEEDS_WORD,
	WSAERR_UI_WRITE_ERROR,
	WSAERR_UI_COUNT
};

/* The text for a key in a language; NULL when key is out of range. */
WSAERR_API const char *wsaerr_ui_text(int key, int lang);

#ifdef __cplusplus
}
#endif

#endif /* WSAERR_H */

/*
 * The library's WebAssembly build, as the HTML reference's search box
 * uses it (cli/page.js): the query parser, the recognizer, word search
 * and the catalogue's texts, through a few functions on numbers. Text goes
 * in through in[] (UTF-8, written by the page); strings come out as
 * addresses of NUL-terminated UTF-8 in the module's memory.
 *
 * Uses only the public header, like the tool.
 */
#include "wsaerr.h"

#include <string.h>

#define EXPORT(name) __attribute__((export_name(#name)))

#define IN_SIZE (1u << 20)
#define MAX_HITS 4096
#define MAX_WORDS 32

static char in[IN_SIZE + 1];
static wsaerr_query q;
static wsaerr_scanner sc;
static wsaerr_hit hits[MAX_HITS];
static size_t nhits;
static char out[512];

/* Where the page writes its text, and how much fits. */
EXPORT(wz_in) char *wz_in(void)
{
	return in;
}
EXPORT(wz_in_size) unsigned wz_in_size(void)
{
	return IN_SIZE;
}

/* ------------------------------------------------------------------ */
/* The catalogue                                                       */

EXPORT(wz_count) int wz_count(void)
{
	return (int)wsaerr_count();
}

static const wsaerr_entry *row(int i)
{
	return i >= 0 ? wsaerr_at((size_t)i) : NULL;
}

/* The index of a row in the catalogue, or -1. */
static int index_of(const wsaerr_entry *e)
{
	size_t i;

	for (i = 0; e && i < wsaerr_count(); i++)
		if (wsaerr_at(i) == e)
			return (int)i;
	return -1;
}

EXPORT(wz_by_code) int wz_by_code(int code)
{
	return index_of(wsaerr_by_code(code));
}
EXPORT(wz_code) int wz_code(int i)
{
	return wsaerr_code(row(i));
}
EXPORT(wz_system) int wz_system(int i)
{
	return wsaerr_system(row(i));
}
EXPORT(wz_wsa) int wz_wsa(int i)
{
	return wsaerr_wsa(row(i));
}
EXPORT(wz_name) const char *wz_name(int i)
{
	return wsaerr_name(row(i));
}
EXPORT(wz_message) const char *wz_message(int i, int l)
{
	return wsaerr_message(row(i), l);
}
EXPORT(wz_explanation) const char *wz_explanation(int i, int l)
{
	return wsaerr_explanation(row(i), l);
}
EXPORT(wz_check) const char *wz_check(int i, int k, int l)
{
	return wsaerr_check(row(i), (size_t)k, l);
}
EXPORT(wz_lang_find) int wz_lang_find(void)
{
	return wsaerr_lang_find(in);
}
EXPORT(wz_system_key) const char *wz_system_key(int s)
{
	return wsaerr_system_key(s);
}
EXPORT(wz_evidence_key) const char *wz_evidence_key(int e)
{
	return wsaerr_evidence_key(e);
}

/* ------------------------------------------------------------------ */
/* Queries: in[0..len) read as `wsaerr QUERY` reads one operand        */

/* Returns the parse status (0 when it reads as a query). */
EXPORT(wz_parse) int wz_parse(unsigned len)
{
	in[len < IN_SIZE ? len : IN_SIZE] = '\0';
	return wsaerr_parse(in, &q);
}

EXPORT(wz_nreadings) int wz_nreadings(void)
{
	return (int)q.nreadings;
}

/* A field of reading k: 0 system, 1 Winsock code (or WSAERR_NONE), 2 row
 * index (or -1), 3 and 4 the value's low and high 32 bits. */
EXPORT(wz_reading) int wz_reading(int k, int field)
{
	const wsaerr_reading *r = &q.readings[k];
	unsigned long long v = (unsigned long long)r->value;

	switch (field) {
	case 0: return r->system;
	case 1: return r->wsa;
	case 2: return index_of(r->entry);
	case 3: return (int)(unsigned)(v & 0xFFFFFFFFu);
	default: return (int)(unsigned)(v >> 32);
	}
}

EXPORT(wz_reading_name) const char *wz_reading_name(int k)
{
	return q.readings[k].name;
}

/* 1 when the last query read as -1 in any form (-1, 0xFFFFFFFF,
 * 4294967295) and nothing else: what a failed Winsock call returns
 * (SOCKET_ERROR), not a code; the tool says so rather than "not found". */
EXPORT(wz_socket_error) int wz_socket_error(void)
{
	return q.nreadings == 0 && q.form != WSAERR_FORM_NAME && q.code == -1;
}

static size_t put(size_t at, const char *s);

/* What the tool says of it, in a language: "SOCKET_ERROR, INVALID_SOCKET
 * -1: " then its two sentences. */
EXPORT(wz_socket_error_text) const char *wz_socket_error_text(int l)
{
	size_t at = put(0, "SOCKET_ERROR, INVALID_SOCKET  -1: ");
	at = put(at, wsaerr_ui_text(WSAERR_UI_SOCKET_ERROR, l));
	at = put(at, ". ");
	put(at, wsaerr_ui_text(WSAERR_UI_SOCKET_ERROR_MORE, l));
	return out;
}

static size_t put(size_t at, const char *s)
{
	size_t n = strlen(s);

	if (at + n >= sizeof out)
		n = sizeof out - 1 - at;
	memcpy(out + at, s, n);
	out[at + n] = '\0';
	return at + n;
}

static size_t put_num(size_t at, unsigned long long v, int base, int width)
{
	char d[24];
	int n = 0;

	do {
		d[n++] = "0123456789ABCDEF"[v % (unsigned)base];
		v /= (unsigned)base;
	} while (v || n < width);
	while (n-- && at + 1 < sizeof out)
		out[at++] = d[n];
	out[at] = '\0';
	return at;
}

/* The "Read as" line of reading k in a language, as the tool prints it:
 * "Read as: Win32 error 64 (ERROR_NETNAME_DELETED) -> WSAECONNRESET (10054)". */
EXPORT(wz_reading_text) const char *wz_reading_text(int k, int l)
{
	const wsaerr_reading *r = &q.readings[k];
	size_t at = put(0, wsaerr_ui_text(WSAERR_UI_READ_AS, l));
	/* the labels of the systems up to h_errno are in order from
	 * WSAERR_UI_SYS_WSA; any other system shows its key */
	const char *label = r->system >= WSAERR_SYS_WSA && r->system <= WSAERR_SYS_H_ERRNO
	                            ? wsaerr_ui_text(WSAERR_UI_SYS_WSA + r->system - WSAERR_SYS_WSA,
	                                             l)
	                            : NULL;

	at = put(at, ": ");
	at = put(at, label ? label : wsaerr_system_key(r->system));
	at = put(at, " ");
	if (r->system == WSAERR_SYS_NTSTATUS || r->system == WSAERR_SYS_HRESULT) {
		at = put(at, "0x");
		at = put_num(at, (unsigned long long)r->value & 0xFFFFFFFFull, 16, 8);
	} else {
		if (r->value < 0)
			at = put(at, "-");
		at = put_num(at,
		             r->value < 0 ? 0ull - (unsigned long long)r->value
		                          : (unsigned long long)r->value,
		             10, 1);
	}
	if (r->name) {
		at = put(at, " (");
		at = put(at, r->name);
		at = put(at, ")");
	}
	if (r->wsa == WSAERR_NONE) {
		at = put(at, ": ");
		put(at, wsaerr_ui_text(WSAERR_UI_NO_EQUIVALENT, l));
		return out;
	}
	if (r->entry &&
	    !(r->system == wsaerr_system(r->entry) && r->value == wsaerr_code(r->entry))) {
		at = put(at, " -> ");
		at = put(at, wsaerr_name(r->entry));
		at = put(at, " (");
		at = put_num(at, (unsigned long long)wsaerr_code(r->entry), 10, 1);
		put(at, ")");
	}
	return out;
}

/* ------------------------------------------------------------------ */
/* The recognizer: a text fed in pieces of in[]                        */

static void keep(void *ctx, const wsaerr_hit *h, const char *match)
{
	(void)ctx;
	(void)match;
	if (nhits < MAX_HITS)
		hits[nhits] = *h;
	nhits++;
}

EXPORT(wz_scan_begin) void wz_scan_begin(void)
{
	wsaerr_scanner_init(&sc);
	nhits = 0;
}

EXPORT(wz_scan) void wz_scan(unsigned len)
{
	wsaerr_scan(&sc, in, len < IN_SIZE ? len : IN_SIZE, keep, NULL);
}

/* Ends the text; returns how many hits it has (the first MAX_HITS are kept). */
EXPORT(wz_scan_end) int wz_scan_end(void)
{
	wsaerr_scan_end(&sc, keep, NULL);
	return (int)nhits;
}

/* The row of a hit: Winsock's, or one of its system; NULL for an
 * enhanced code the registry lacks. */
static const wsaerr_entry *hit_row(const wsaerr_hit *h)
{
	return h->system == WSAERR_SYS_WSA ? wsaerr_by_code(h->wsa)
	                                   : wsaerr_lookup(h->system, h->value);
}

/* A field of hit i: 0 start, 1 end, 2 line, 3 wsa (-1 for a hit of
 * another system), 4 evidence, 5 confidence, 6 system, 7 the index of its
 * row (or -1), 8 and 9 the value's low and high 32 bits (offsets in bytes
 * of the UTF-8 text, below 2^31 here). */
EXPORT(wz_hit) int wz_hit(int i, int field)
{
	const wsaerr_hit *h = &hits[i];
	unsigned long long v = (unsigned long long)h->value;

	switch (field) {
	case 0: return (int)h->start;
	case 1: return (int)h->end;
	case 2: return (int)h->line;
	case 3: return h->wsa;
	case 4: return h->evidence;
	case 6: return h->system;
	case 7: return index_of(hit_row(h));
	case 8: return (int)(unsigned)(v & 0xFFFFFFFFu);
	case 9: return (int)(unsigned)(v >> 32);
	default: return h->confidence;
	}
}

/* What hit i refers to, as `wsaerr explain` writes it after its arrow:
 * "WSAECONNREFUSED (10061)", "554 (SMTP reply)", "IXP_E_FAILED_TO_CONNECT
 * (Outlook transport error 0x800CCC0E)". */
EXPORT(wz_hit_text) const char *wz_hit_text(int i, int l)
{
	const wsaerr_hit *h = &hits[i];
	const wsaerr_entry *e = hit_row(h);
	const char *label = h->system >= WSAERR_SYS_SMTP && h->system <= WSAERR_SYS_WINHTTP
	                            ? wsaerr_ui_text(
	                                      WSAERR_UI_SYS_SMTP + h->system - WSAERR_SYS_SMTP, l)
	                            : NULL;
	char value[32];
	size_t at;
	long long v = h->value;

	if (h->system == WSAERR_SYS_WSA || label == NULL) {
		at = put(0, e ? wsaerr_name(e) : "?");
		at = put(at, " (");
		at = put_num(at, (unsigned long long)(h->wsa < 0 ? 0 : h->wsa), 10, 1);
		put(at, ")");
		return out;
	}
	/* the value as its system writes it */
	at = 0;
	out[0] = '\0';
	if (h->system == WSAERR_SYS_IXP) {
		at = put(at, "0x");
		at = put_num(at, (unsigned long long)v & 0xFFFFFFFFull, 16, 8);
	} else if (h->system == WSAERR_SYS_ENHANCED) {
		at = put_num(at, (unsigned long long)(v / 1000000), 10, 1);
		at = put(at, ".");
		at = put_num(at, (unsigned long long)(v / 1000 % 1000), 10, 1);
		at = put(at, ".");
		at = put_num(at, (unsigned long long)(v % 1000), 10, 1);
	} else {
		at = put_num(at, (unsigned long long)v, 10, 1);
	}
	memcpy(value, out, at + 1 < sizeof value ? at + 1 : sizeof value);
	value[sizeof value - 1] = '\0';
	if (e == NULL || h->system == WSAERR_SYS_SMTP || h->system == WSAERR_SYS_ENHANCED) {
		at = put(0, value);
		at = put(at, " (");
		at = put(at, label);
		put(at, ")");
	} else {
		at = put(0, wsaerr_name(e));
		at = put(at, " (");
		at = put(at, label);
		at = put(at, " ");
		at = put(at, value);
		put(at, ")");
	}
	return out;
}

/* ------------------------------------------------------------------ */
/* Words: in[] holds n words, each ended by a NUL                      */

static const char *words[MAX_WORDS];
static size_t nwords;

EXPORT(wz_words) void wz_words(int n)
{
	const char *p = in;

	for (nwords = 0; nwords < (size_t)n && nwords < MAX_WORDS; nwords++) {
		words[nwords] = p;
		p += strlen(p) + 1;
	}
}

/* 1 when row i has every word (wsaerr_matches, as `wsaerr search`). */
EXPORT(wz_matches) int wz_matches(int i)
{
	return wsaerr_matches(row(i), words, nwords);
}

/*
 * The tool's shared printers: diagnostics, text blocks and JSON. Every
 * subcommand prints through these; they never call a subcommand.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH 79

static const char *progname = "wsaerr";

/* Prints "wsaerr: " and a message built from a format string of the
 * catalogue's UI texts, which take at most two %s. */
void diag(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
}

int usage_error(int lang, int key, const char *a, const char *b)
{
	diag(wsaerr_ui_text(key, lang), a, b);
	fprintf(stderr, "%s\n", wsaerr_ui_text(WSAERR_UI_TRY_HELP, lang));
	return EXIT_USAGE;
}

/* "en, es, ko": the languages compiled into the library. */
const char *known_langs(void)
{
	static char known[256];
	size_t len = 0;
	int k;

	for (k = 0; k < wsaerr_lang_count(); k++) {
		const char *tag = wsaerr_lang_tag(k);
		if (len + strlen(tag) + 3 >= sizeof known)
			break;
		len += (size_t)sprintf(known + len, "%s%s", k ? ", " : "", tag);
	}
	return known;
}

/* Decodes one UTF-8 sequence at s; returns its length (1 for a bad byte)
 * and stores the code point (U+FFFD for a bad byte). */
static size_t utf8_next(const char *s, unsigned long *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, i;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((u[0] & 0xE0) == 0xC0) {
		n = 2;
		*cp = u[0] & 0x1F;
	} else if ((u[0] & 0xF0) == 0xE0) {
		n = 3;
		*cp = u[0] & 0x0F;
	} else if ((u[0] & 0xF8) == 0xF0) {
		n = 4;
		*cp = u[0] & 0x07;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		*cp = (*cp << 6) | (u[i] & 0x3F);
	}
	return n;
}

/* Columns a code point takes in a terminal: 2 for East Asian wide
 * characters (Hangul, CJK, full-width forms), 0 for combining marks. */
static int cp_width(unsigned long c)
{
	if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	    (c >= 0x20D0 && c <= 0x20FF) || c == 0x200B)
		return 0;
	if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
	    (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
	    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	    (c >= 0xFFE0 && c <= 0xFFE6))
		return 2;
	return 1;
}

size_t display_width(const char *s, size_t len)
{
	size_t w = 0, i = 0;
	unsigned long cp;

	while (i < len && s[i]) {
		i += utf8_next(s + i, &cp);
		w += (size_t)cp_width(cp);
	}
	return w;
}

/* Prints s padded with spaces to `width` display columns. */
void put_padded(const char *s, size_t width)
{
	size_t w = display_width(s, strlen(s));

	fputs(s, stdout);
	while (w++ < width)
		putchar(' ');
}

/* Prints text word-wrapped to WIDTH columns. The first line starts with
 * `first` (already counted as `first_w` columns), the others with `indent`
 * spaces. Words longer than a line are printed whole, never cut. */
void put_wrapped(const char *text, const char *first, size_t indent)
{
	size_t col, i = 0;
	int line_empty = 1;

	fputs(first, stdout);
	col = display_width(first, strlen(first));
	while (text[i]) {
		size_t b, e, w;
		while (text[i] == ' ')
			i++;
		if (!text[i])
			break;
		b = i;
		while (text[i] && text[i] != ' ')
			i++;
		e = i;
		w = display_width(text + b, e - b);
		if (!line_empty && col + 1 + w > WIDTH) {
			size_t k;
			putchar('\n');
			for (k = 0; k < indent; k++)
				putchar(' ');
			col = indent;
			line_empty = 1;
		}
		if (!line_empty) {
			putchar(' ');
			col++;
		}
		fwrite(text + b, 1, e - b, stdout);
		col += w;
		line_empty = 0;
	}
	putchar('\n');
}

static void bold(const struct opts *o, const char *s)
{
	if (o->color)
		printf("\033[1m%s\033[0m", s);
	else
		fputs(s, stdout);
}

void print_entry_text(const struct opts *o, const wsaerr_entry *e)
{
	int code = wsaerr_code(e), l = o->lang;
	const wsaerr_entry *twin = wsaerr_twin(e);
	const char *errno_name = wsaerr_errno_name(e);
	char line[256];
	size_t i;

	bold(o, wsaerr_name(e));
	printf("  %d (0x%X)\n", code, (unsigned)code);
	put_wrapped(wsaerr_message(e, l), "  ", 2);
	putchar('\n');
	put_wrapped(wsaerr_explanation(e, l), "  ", 2);
	putchar('\n');
	printf("  ");
	bold(o, wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, l));
	printf(":\n");
	for (i = 0; wsaerr_check(e, i, l); i++) {
		snprintf(line, sizeof line, "  %lu. ", (unsigned long)i + 1);
		put_wrapped(wsaerr_check(e, i, l), line, 5);
	}
	putchar('\n');
	if (wsaerr_alias(e, 0)) {
		printf("  %s: ", wsaerr_ui_text(WSAERR_UI_ALSO_KNOWN_AS, l));
		for (i = 0; wsaerr_alias(e, i); i++)
			printf("%s%s", i ? ", " : "", wsaerr_alias(e, i));
		putchar('\n');
	}
	if (twin)
		printf("  %s: %s (%d)\n", wsaerr_ui_text(WSAERR_UI_SAME_MEANING_AS, l),
		       wsaerr_name(twin), wsaerr_code(twin));
	if (wsaerr_system(e) != WSAERR_SYS_WSA) {
		const wsaerr_entry *w = wsaerr_by_code(wsaerr_wsa(e));
		printf("  %s: %s (%d)\n", wsaerr_ui_text(WSAERR_UI_WSA_EQUIVALENT, l),
		       wsaerr_name(w), wsaerr_code(w));
	}
	printf("  %s: %s\n", wsaerr_ui_text(WSAERR_UI_CATEGORY, l),
	       wsaerr_category_label(wsaerr_category(e), l));
	printf("  %s: %s\n", wsaerr_ui_text(WSAERR_UI_TRANSIENT, l),
	       wsaerr_ui_text(wsaerr_transient(e) ? WSAERR_UI_TRANSIENT_YES
	                                           : WSAERR_UI_TRANSIENT_NO, l));
	printf("  %s: %s\n", wsaerr_ui_text(WSAERR_UI_ERRNO, l),
	       errno_name ? errno_name : wsaerr_ui_text(WSAERR_UI_NONE, l));
}

int print_call_note(const struct opts *o, const wsaerr_entry *e)
{
	const char *note = wsaerr_call_note(o->call, wsaerr_code(e), o->lang);
	char line[256];

	if (note == NULL)
		return 0;
	snprintf(line, sizeof line, wsaerr_call_ui_text(WSAERR_CALL_UI_WHEN, o->lang),
	         wsaerr_call_name(o->call));
	printf("\n  ");
	bold(o, line);
	putchar('\n');
	put_wrapped(note, "  ", 2);
	printf("  %s: %s\n", wsaerr_call_ui_text(WSAERR_CALL_UI_SOURCE, o->lang),
	       wsaerr_call_source(o->call));
	return 1;
}

int unknown_call(int lang, const char *name)
{
	char known[1024];
	size_t len = 0;
	int c;

	known[0] = '\0';
	for (c = 0; c < wsaerr_call_count(); c++) {
		const char *n = wsaerr_call_name(c);
		if (len + strlen(n) + 3 >= sizeof known)
			break;
		len += (size_t)sprintf(known + len, "%s%s", c ? ", " : "", n);
	}
	diag(wsaerr_call_ui_text(WSAERR_CALL_UI_UNKNOWN_CALL, lang), name, known);
	fprintf(stderr, "%s\n", wsaerr_ui_text(WSAERR_UI_TRY_HELP, lang));
	return EXIT_USAGE;
}

/* The notes of a row's code, as a JSON array of {call, note, source}: for
 * --call's function only, or for every function documented to return it. */
static void json_calls(const struct opts *o, const wsaerr_entry *e)
{
	int c, first = 1;

	printf(",\"calls\":[");
	for (c = 0; e && c < wsaerr_call_count(); c++) {
		const char *note = wsaerr_call_note(c, wsaerr_code(e), o->lang);
		if (note == NULL || (o->call >= 0 && c != o->call))
			continue;
		printf(first ? "{\"call\":" : ",{\"call\":");
		json_string(wsaerr_call_name(c));
		printf(",\"note\":");
		json_string(note);
		printf(",\"source\":");
		json_string(wsaerr_call_source(c));
		putchar('}');
		first = 0;
	}
	putchar(']');
}

void print_list_line(const wsaerr_entry *e, int lang)
{
	/* 5 + 2 + 27 (the longest name) + 2 + a message of at most 43
	 * columns (tests/cli.sh checks) = 79. */
	printf("%5d  ", wsaerr_code(e));
	put_padded(wsaerr_name(e), 27);
	printf("  %s\n", wsaerr_message(e, lang));
}

/* A JSON string. '<' is written as \u003c, so that the same text is safe
 * inside an HTML <script> element (wsaerr export --format html). */
void json_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '<')
			fputs("\\u003c", stdout);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20 || c == 0x7F)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

void json_null_or_string(const char *v)
{
	if (v)
		json_string(v);
	else
		printf("null");
}

/* The value of a reading as people write it in its system: hex for
 * NTSTATUS and HRESULT, decimal otherwise. */
void format_value(char *buf, size_t size, const wsaerr_reading *r)
{
	if (r->system == WSAERR_SYS_NTSTATUS || r->system == WSAERR_SYS_HRESULT)
		snprintf(buf, size, "0x%08lX", (unsigned long)(r->value & 0xFFFFFFFFll));
	else
		snprintf(buf, size, "%lld", r->value);
}

/* The things to check of a row, as a JSON array. */
void json_checks(const wsaerr_entry *e, int lang)
{
	size_t i;

	putchar('[');
	for (i = 0; wsaerr_check(e, i, lang); i++) {
		if (i)
			putchar(',');
		json_string(wsaerr_check(e, i, lang));
	}
	putchar(']');
}

/* One JSON result: the reading (system, value, its name there, the
 * Winsock code) and the row that explains it. Every key is always present;
 * a reading with no row has null texts. */
void json_entry(const struct opts *o, const wsaerr_entry *e,
                       const char *query, const wsaerr_reading *r)
{
	int l = o->lang;
	const wsaerr_entry *twin = wsaerr_twin(e);
	char hex[24];
	size_t i;
	wsaerr_reading own;

	if (r == NULL) {
		own.system = wsaerr_system(e);
		own.value = wsaerr_code(e);
		own.name = wsaerr_name(e);
		own.wsa = wsaerr_wsa(e);
		own.entry = e;
		r = &own;
	}
	printf("{");
	if (query) {
		printf("\"query\":");
		json_string(query);
		printf(",");
	}
	printf("\"system\":");
	json_string(wsaerr_system_key(r->system));
	printf(",\"value\":%lld,\"value_name\":", r->value);
	json_null_or_string(r->name);
	printf(",\"wsa\":");
	if (r->wsa == WSAERR_NONE)
		printf("null");
	else
		printf("%d", r->wsa);
	if (e == NULL) {
		printf(",\"code\":null,\"hex\":null,\"name\":null,\"aliases\":[],"
		       "\"message\":null,\"explanation\":null,\"checks\":[],"
		       "\"category\":null,\"category_label\":null,\"transient\":null,"
		       "\"errno\":null,\"same_as\":null");
		if (o->call_notes)
			json_calls(o, NULL);
		printf(",\"lang\":");
		json_string(wsaerr_lang_tag(l));
		printf("}");
		return;
	}
	snprintf(hex, sizeof hex, "0x%X", (unsigned)wsaerr_code(e));
	printf(",\"code\":%d,\"hex\":", wsaerr_code(e));
	json_string(hex);
	printf(",\"name\":");
	json_string(wsaerr_name(e));
	printf(",\"aliases\":[");
	for (i = 0; wsaerr_alias(e, i); i++) {
		if (i)
			putchar(',');
		json_string(wsaerr_alias(e, i));
	}
	printf("],\"message\":");
	json_string(wsaerr_message(e, l));
	printf(",\"explanation\":");
	json_string(wsaerr_explanation(e, l));
	printf(",\"checks\":");
	json_checks(e, l);
	printf(",\"category\":");
	json_string(wsaerr_category_key(wsaerr_category(e)));
	printf(",\"category_label\":");
	json_string(wsaerr_category_label(wsaerr_category(e), l));
	printf(",\"transient\":%s,\"errno\":", wsaerr_transient(e) ? "true" : "false");
	json_null_or_string(wsaerr_errno_name(e));
	printf(",\"same_as\":");
	json_null_or_string(twin ? wsaerr_name(twin) : NULL);
	if (o->call_notes)
		json_calls(o, e);
	printf(",\"lang\":");
	json_string(wsaerr_lang_tag(l));
	printf("}");
}

/* Flushes stdout and turns a write failure into a diagnostic. */
int finish_output(int status, int lang)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		diag(wsaerr_ui_text(WSAERR_UI_WRITE_ERROR, lang), strerror(errno), "");
		return EXIT_IO;
	}
	return status;
}

/* Bytes of a match as they may go to a terminal: control characters and
 * invalid bytes become '?', valid UTF-8 passes. */
void print_match(const char *m, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)m[i];
		size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 :
		             (c & 0xF8) == 0xF0 ? 4 : 0;
		size_t k;
		if (len == 1 && c >= 0x20 && c != 0x7F) {
			putchar(c);
			i++;
			continue;
		}
		for (k = 1; len > 1 && k < len && i + k < n; k++)
			if (((unsigned char)m[i + k] & 0xC0) != 0x80)
				break;
		if (len > 1 && k == len) {
			fwrite(m + i, 1, len, stdout);
			i += len;
		} else {
			putchar('?');
			i++;
		}
	}
}

void json_bytes(const char *m, size_t n)
{
	char buf[512];
	size_t i, k = 0;

	/* matches are short; invalid bytes and controls are escaped by
	 * json_string after U+FFFD replacement */
	for (i = 0; i < n && k + 4 < sizeof buf; i++) {
		unsigned char c = (unsigned char)m[i];
		if (c == 0)
			c = '?';
		buf[k++] = (char)c;
	}
	buf[k] = '\0';
	json_string(buf);
}

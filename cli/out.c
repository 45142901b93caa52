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
 * catalogue's UI texts, which take at most two %s. The arguments may be
 * what a user typed or a file name: their control characters are shown
 * escaped, never sent to the terminal. */
void diag(const char *fmt, const char *a, const char *b)
{
	char *ea = term_escape(a), *eb = term_escape(b);

	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, ea ? ea : "?", eb ? eb : "?");
	fputc('\n', stderr);
	free(ea);
	free(eb);
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

void print_list_line(const wsaerr_entry *e, int lang)
{
	/* 5 + 2 + 27 (the longest name) + 2 + a message of at most 43
	 * columns (tests/cli.sh checks) = 79. */
	printf("%5d  ", wsaerr_code(e));
	put_padded(wsaerr_name(e), 27);
	printf("  %s\n", wsaerr_message(e, lang));
}

/* The length of the valid UTF-8 sequence at s (n bytes available), 0
 * when s does not start one (overlong forms and surrogates included). */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned long cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		cp = s[0] & 0x1Fu;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		cp = s[0] & 0x0Fu;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		cp = s[0] & 0x07u;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3Fu);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

/* A JSON string of n bytes: always valid UTF-8 (a byte that does not
 * start a valid sequence becomes U+FFFD), control characters escaped, and
 * '<' written as \u003c, so that the same text is safe inside an HTML
 * <script> element (wsaerr export --format html). */
void json_text(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	putchar('"');
	while (i < n) {
		unsigned char c = u[i];
		size_t len = utf8_valid(u + i, n - i);
		if (len == 0) {
			fputs("\xef\xbf\xbd", stdout);   /* U+FFFD */
			i++;
			continue;
		}
		if (len > 1) {
			/* C1 controls (U+0080..U+009F) are escaped too */
			if (c == 0xC2 && u[i + 1] < 0xA0)
				printf("\\u%04x", u[i + 1]);
			else
				fwrite(u + i, 1, len, stdout);
			i += len;
			continue;
		}
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
		i++;
	}
	putchar('"');
}

void json_string(const char *s)
{
	json_text(s, strlen(s));
}

/* Text as it may go to a terminal, into f: valid UTF-8 that prints
 * passes; control characters (ESC among them: a line of a log or a file
 * name could rewrite the terminal) and bytes that are not UTF-8 are
 * written as \xNN, a backslash as \\. */
void term_text(FILE *f, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned char c = u[i];
		size_t len = utf8_valid(u + i, n - i);
		if (len > 1 && !(c == 0xC2 && u[i + 1] < 0xA0)) {
			fwrite(u + i, 1, len, f);
			i += len;
		} else if (len > 1) {
			fprintf(f, "\\x%02X", u[i + 1]);   /* a C1 control */
			i += 2;
		} else if (len == 1 && c >= 0x20 && c != 0x7F && c != '\\') {
			putc(c, f);
			i++;
		} else if (c == '\\') {
			fputs("\\\\", f);
			i++;
		} else {
			fprintf(f, "\\x%02X", c);
			i++;
		}
	}
}

/* term_text() into a new string (NULL for NULL or when memory runs out);
 * the caller frees it. */
char *term_escape(const char *s)
{
	size_t n, i, k = 0;
	char *out;
	const unsigned char *u = (const unsigned char *)s;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	out = malloc(4 * n + 1);
	if (out == NULL)
		return NULL;
	for (i = 0; i < n;) {
		size_t len = utf8_valid(u + i, n - i);
		if (len > 1 && !(u[i] == 0xC2 && u[i + 1] < 0xA0)) {
			memcpy(out + k, s + i, len);
			k += len;
			i += len;
		} else if (len > 1) {
			k += (size_t)sprintf(out + k, "\\x%02X", u[i + 1]);
			i += 2;
		} else if (len == 1 && u[i] >= 0x20 && u[i] != 0x7F) {
			out[k++] = s[i++];
		} else {
			k += (size_t)sprintf(out + k, "\\x%02X", u[i]);
			i++;
		}
	}
	out[k] = '\0';
	return out;
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
		       "\"errno\":null,\"same_as\":null,\"lang\":");
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

/* The bytes of a match in the text output: as term_text(). */
void print_match(const char *m, size_t n)
{
	term_text(stdout, m, n);
}

/* The bytes of a match as a JSON string: all of them, exactly, but for
 * what is not UTF-8 (U+FFFD). */
void json_bytes(const char *m, size_t n)
{
	json_text(m, n);
}

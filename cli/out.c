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

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

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

/* When standard input is a terminal, says on stderr what the tool now
 * waits for, and how to end it. */
void say_waiting(int lang)
{
#ifdef _WIN32
	if (_isatty(_fileno(stdin)))
		diag(wsaerr_ui_text(WSAERR_UI_WAITING, lang), "Ctrl-Z, Enter", "");
#else
	if (isatty(STDIN_FILENO))
		diag(wsaerr_ui_text(WSAERR_UI_WAITING, lang), "Ctrl-D", "");
#endif
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

/* The terminal's width: COLUMNS when it is a number, else the size of the
 * terminal standard output goes to, else 80; at least 20. */
size_t term_width(void)
{
	static size_t width;
	const char *c = getenv("COLUMNS");

	if (width)
		return width;
	width = 80;
	if (c && *c && strspn(c, "0123456789") == strlen(c) && strlen(c) < 6) {
		width = (size_t)atoi(c);
	} else {
#ifdef _WIN32
		CONSOLE_SCREEN_BUFFER_INFO info;
		if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info))
			width = (size_t)(info.srWindow.Right - info.srWindow.Left + 1);
#else
		struct winsize ws;
		if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
		    ws.ws_col > 0)
			width = ws.ws_col;
#endif
	}
	if (width < 20)
		width = 20;
	return width;
}

/* Prints text word-wrapped so that no line is wider than the terminal
 * (one column is left free: some terminals break a line that fills the
 * width). The first line starts with `first`, the others with `indent`
 * spaces. A first word that does not fit after a `first` wider than the
 * indent starts the next line. Words longer than a line are printed
 * whole, never cut. */
void put_wrapped(const char *text, const char *first, size_t indent)
{
	size_t col, i = 0, limit = term_width() - 1, n = strlen(first);
	size_t w0 = strcspn(text + strspn(text, " "), " ");
	int line_empty = 1;

	col = display_width(first, n);
	if (col > indent && w0 && col + display_width(text + strspn(text, " "), w0) > limit) {
		size_t k;
		while (n && first[n - 1] == ' ')
			n--;
		fwrite(first, 1, n, stdout);
		putchar('\n');
		for (k = 0; k < indent; k++)
			putchar(' ');
		col = indent;
	} else {
		fputs(first, stdout);
	}
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
		if (!line_empty && col + 1 + w > limit) {
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

/* The text Windows prints for a row, in the reader's language when the
 * catalogue knows it there, else in English; NULL when unknown. */
const char *windows_text(const wsaerr_entry *e, int lang, int *in_lang)
{
	const char *tag, *m, *en = NULL;
	size_t i;

	*in_lang = 1;
	for (i = 0; (m = wsaerr_windows_message(e, i, &tag)) != NULL; i++) {
		if (strcmp(tag, wsaerr_lang_tag(lang)) == 0)
			return m;
		if (strcmp(tag, "en") == 0)
			en = m;
	}
	*in_lang = 0;
	return en;
}

/* "label: text", wrapped, indented by two. */
static void put_field(const char *label, const char *text)
{
	char first[160];

	snprintf(first, sizeof first, "  %s: ", label);
	put_wrapped(text, first, 4);
}

/* 1 for the systems of data/mail/ (SMTP to WinHTTP). */
int is_mail_system(int sys)
{
	return sys >= WSAERR_SYS_SMTP && sys <= WSAERR_SYS_WINHTTP;
}

/* A value as its system writes it: hex for NTSTATUS, HRESULT and IXP,
 * class.subject.detail for an enhanced code (X for any class), the name
 * for a POP3 or IMAP code (they have no number), decimal otherwise. */
void system_value_text(char *buf, size_t size, int sys, long long value, const char *name)
{
	if (sys == WSAERR_SYS_NTSTATUS || sys == WSAERR_SYS_HRESULT || sys == WSAERR_SYS_IXP)
		snprintf(buf, size, "0x%08lX", (unsigned long)(value & 0xFFFFFFFFll));
	else if (sys == WSAERR_SYS_ENHANCED && value / 1000000 == 0)
		snprintf(buf, size, "X.%lld.%lld", value / 1000 % 1000, value % 1000);
	else if (sys == WSAERR_SYS_ENHANCED)
		snprintf(buf, size, "%lld.%lld.%lld", value / 1000000, value / 1000 % 1000,
		         value % 1000);
	else if ((sys == WSAERR_SYS_POP3 || sys == WSAERR_SYS_IMAP) && name)
		snprintf(buf, size, "%s", name);
	else
		snprintf(buf, size, "%lld", value);
}

/* The heading of a mail or Internet row after its name: what it is and,
 * for numbered codes, how it is written. An Outlook transport error drops
 * its label where the line would not fit the terminal; what still does not
 * fit goes on the next line. */
static void print_mail_heading(const wsaerr_entry *e, int lang)
{
	int sys = wsaerr_system(e), code = wsaerr_code(e);
	const char *label = system_label(sys, lang);
	size_t limit = term_width() - 1;
	size_t used = display_width(wsaerr_name(e), strlen(wsaerr_name(e))) + 2;
	char rest[160];

	if (sys == WSAERR_SYS_IXP) {
		snprintf(rest, sizeof rest, "0x%08X (%s)", (unsigned)code, label);
		if (used + display_width(rest, strlen(rest)) > limit)
			snprintf(rest, sizeof rest, "0x%08X", (unsigned)code);
	} else if (sys == WSAERR_SYS_WININET || sys == WSAERR_SYS_WINHTTP) {
		snprintf(rest, sizeof rest, "%d (HRESULT 0x%08X)", code,
		         0x80070000u | (unsigned)code);
	} else {
		snprintf(rest, sizeof rest, "(%s)", label);
	}
	if (used + display_width(rest, strlen(rest)) > limit) {
		putchar('\n');
		put_wrapped(rest, "  ", 2);
	} else {
		printf("  %s\n", rest);
	}
}

void print_entry_text(const struct opts *o, const wsaerr_entry *e)
{
	int code = wsaerr_code(e), l = o->lang, sys = wsaerr_system(e);
	const wsaerr_entry *twin = wsaerr_twin(e);
	const char *errno_name = wsaerr_errno_name(e);
	int in_lang;
	const char *says = windows_text(e, l, &in_lang);
	char line[512];
	size_t i, len;

	bold(o, wsaerr_name(e));
	if (is_mail_system(sys))
		print_mail_heading(e, l);
	else
		printf("  %d (0x%X)\n", code, (unsigned)code);
	put_wrapped(wsaerr_message(e, l), "  ", 2);
	if (says) {
		/* an English text for another language says so: (en) */
		char label[128];
		snprintf(label, sizeof label, "%s%s", wsaerr_ui_text(WSAERR_UI_WINDOWS_SAYS, l),
		         in_lang ? "" : " (en)");
		snprintf(line, sizeof line, "\"%s\"", says);
		put_field(label, line);
	}
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
		for (i = 0, len = 0; wsaerr_alias(e, i) && len < sizeof line; i++)
			len += (size_t)snprintf(line + len, sizeof line - len, "%s%s",
			                        i ? ", " : "", wsaerr_alias(e, i));
		put_field(wsaerr_ui_text(WSAERR_UI_ALSO_KNOWN_AS, l), line);
	}
	if (twin) {
		int ts = wsaerr_system(twin);
		char val[64];
		/* numbered codes with their value, the others with their system */
		if (ts == WSAERR_SYS_IXP || ts == WSAERR_SYS_WININET || ts == WSAERR_SYS_WINHTTP)
			system_value_text(val, sizeof val, ts, wsaerr_value(twin),
			                  wsaerr_name(twin));
		else if (is_mail_system(ts))
			snprintf(val, sizeof val, "%s", system_label(ts, l));
		else
			snprintf(val, sizeof val, "%d", wsaerr_code(twin));
		snprintf(line, sizeof line, "%s (%s)", wsaerr_name(twin), val);
		put_field(wsaerr_ui_text(WSAERR_UI_SAME_MEANING_AS, l), line);
	}
	if (sys == WSAERR_SYS_ENHANCED) {
		char head[24];
		snprintf(head, sizeof head, "  X.%d.X: ", code / 1000);
		put_wrapped(wsaerr_ui_text(WSAERR_UI_ENH_SUBJECT_0 + code / 1000, l), head, 4);
	}
	if (sys == WSAERR_SYS_WIN32) {
		const wsaerr_entry *w = wsaerr_by_code(wsaerr_wsa(e));
		snprintf(line, sizeof line, "%s (%d)", wsaerr_name(w), wsaerr_code(w));
		put_field(wsaerr_ui_text(WSAERR_UI_WSA_EQUIVALENT, l), line);
	}
	put_field(wsaerr_ui_text(WSAERR_UI_CATEGORY, l),
	          wsaerr_category_label(wsaerr_category(e), l));
	/* Retry advice only where something failed. */
	if (wsaerr_failure(e))
		put_field(wsaerr_ui_text(WSAERR_UI_TRANSIENT, l),
		          wsaerr_ui_text(wsaerr_transient(e) ? WSAERR_UI_TRANSIENT_YES
		                                             : WSAERR_UI_TRANSIENT_NO,
		                         l));
	/* errno is a Winsock matter: the mail and Internet systems have none */
	if (!is_mail_system(sys))
		put_field(wsaerr_ui_text(WSAERR_UI_ERRNO, l),
		          errno_name ? errno_name : wsaerr_ui_text(WSAERR_UI_NONE, l));
}

const char *call_note(const wsaerr_entry *e, int call, int lang)
{
	/* only a Winsock row's code is a Winsock code: a POP3 code's place in
	 * its registry (8) is not WSA_NOT_ENOUGH_MEMORY */
	if (wsaerr_system(e) != WSAERR_SYS_WSA)
		return NULL;
	return wsaerr_call_note(call, wsaerr_code(e), lang);
}

int print_call_note(const struct opts *o, const wsaerr_entry *e)
{
	const char *note = call_note(e, o->call, o->lang);
	char line[256];

	if (note == NULL)
		return 0;
	snprintf(line, sizeof line, wsaerr_call_ui_text(WSAERR_CALL_UI_WHEN, o->lang),
	         wsaerr_call_name(o->call));
	printf("\n  ");
	bold(o, line);
	putchar('\n');
	put_wrapped(note, "  ", 2);
	put_field(wsaerr_call_ui_text(WSAERR_CALL_UI_SOURCE, o->lang), wsaerr_call_source(o->call));
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
		const char *note = call_note(e, c, o->lang);
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

/* ------------------------------------------------------------------ */
/* Hits of the recognizer, of every system                             */

const wsaerr_entry *hit_entry(const wsaerr_hit *h)
{
	if (h->system == WSAERR_SYS_WSA)
		return wsaerr_by_code(h->wsa);
	return wsaerr_lookup(h->system, h->value);
}

/* What a hit refers to, as a lookup of its system labels it: the Winsock
 * name and code ("WSAECONNREFUSED (10061)"); for the codes that are their
 * own names the value and the system ("554 (SMTP reply)", "5.7.1
 * (enhanced mail status code)"); for the others the name, the system and
 * the value ("IXP_E_FAILED_TO_CONNECT (Outlook transport error
 * 0x800CCC0E)"). */
void hit_target(char *buf, size_t size, const wsaerr_hit *h, int lang)
{
	const wsaerr_entry *e = hit_entry(h);
	char value[32];

	if (h->system == WSAERR_SYS_WSA) {
		snprintf(buf, size, "%s (%d)", e ? wsaerr_name(e) : "?", h->wsa);
		return;
	}
	system_value_text(value, sizeof value, h->system, h->value, e ? wsaerr_name(e) : NULL);
	if (e == NULL || h->system == WSAERR_SYS_SMTP || h->system == WSAERR_SYS_ENHANCED ||
	    h->system == WSAERR_SYS_POP3 || h->system == WSAERR_SYS_IMAP)
		snprintf(buf, size, "%s (%s)", value, system_label(h->system, lang));
	else
		snprintf(buf, size, "%s (%s %s)", wsaerr_name(e), system_label(h->system, lang),
		         value);
}

/* For an enhanced code: what its class says (5.X.X) and, when the code is
 * not in the registry (has_row 0), what its subject says (X.7.X). Nothing
 * for another system. */
void print_enhanced_class(int system, long long value, int has_row, int lang)
{
	int cls = (int)(value / 1000000), subject = (int)(value / 1000 % 1000);
	char head[24];

	if (system != WSAERR_SYS_ENHANCED)
		return;
	if (cls == 2 || cls == 4 || cls == 5) {
		snprintf(head, sizeof head, "  %d.X.X: ", cls);
		put_wrapped(wsaerr_ui_text(cls == 2   ? WSAERR_UI_ENH_CLASS_2
		                           : cls == 4 ? WSAERR_UI_ENH_CLASS_4
		                                      : WSAERR_UI_ENH_CLASS_5,
		                           lang),
		            head, 9);
	}
	if (!has_row && subject <= 7) {
		snprintf(head, sizeof head, "  X.%d.X: ", subject);
		put_wrapped(wsaerr_ui_text(WSAERR_UI_ENH_SUBJECT_0 + subject, lang), head, 9);
	}
}

/* Remembers the code of a hit; 1 when it was not seen before. */
int seen_add(struct seen_codes *s, const wsaerr_hit *h)
{
	size_t i;

	if (h->system == WSAERR_SYS_WSA) {
		if (h->wsa < 0 || h->wsa >= (int)sizeof s->wsa || s->wsa[h->wsa])
			return 0;
		s->wsa[h->wsa] = 1;
		return 1;
	}
	for (i = 0; i < s->nmail; i++)
		if (s->mail[i].system == h->system && s->mail[i].value == h->value)
			return 0;
	if (s->nmail == sizeof s->mail / sizeof s->mail[0])
		return 0;
	s->mail[s->nmail].system = h->system;
	s->mail[s->nmail].value = h->value;
	s->nmail++;
	return 1;
}

static int by_system_and_value(const void *a, const void *b)
{
	const struct seen_mail *x = a, *y = b;

	if (x->system != y->system)
		return x->system < y->system ? -1 : 1;
	return x->value < y->value ? -1 : x->value > y->value;
}

/* The text block of every code seen: the Winsock ones by code, then those
 * of the mail and Internet systems by system and value, a row shared by
 * two values (5.7.1 and 4.7.1 are both X.7.1) once, after the class of
 * each. Each block follows a blank line. `after` (may be NULL) prints
 * what a subcommand adds after a Winsock block (lookup's --call note);
 * the status is EXIT_NOT_FOUND when it said so once, else EXIT_FOUND. */
int print_seen(const struct opts *o, struct seen_codes *s, seen_after_fn after)
{
	size_t c, i, j;
	int status = EXIT_FOUND;

	for (c = 0; c < sizeof s->wsa; c++)
		if (s->wsa[c]) {
			putchar('\n');
			print_entry_text(o, wsaerr_by_code((int)c));
			if (after && after(o, wsaerr_by_code((int)c)) == EXIT_NOT_FOUND)
				status = EXIT_NOT_FOUND;
		}
	qsort(s->mail, s->nmail, sizeof s->mail[0], by_system_and_value);
	for (i = 0; i < s->nmail; i++) {
		const wsaerr_entry *e = wsaerr_lookup(s->mail[i].system, s->mail[i].value);
		int shown = 0;
		char value[32];
		for (j = 0; j < i; j++)
			shown |= e && wsaerr_lookup(s->mail[j].system, s->mail[j].value) == e;
		putchar('\n');
		if (s->mail[i].system == WSAERR_SYS_ENHANCED) {
			/* the code as written, then its class; the row after */
			system_value_text(value, sizeof value, s->mail[i].system, s->mail[i].value,
			                  NULL);
			printf("%s", value);
			if (e == NULL)
				printf("  (%s: %s)", system_label(s->mail[i].system, o->lang),
				       wsaerr_ui_text(WSAERR_UI_NOT_FOUND, o->lang));
			putchar('\n');
			print_enhanced_class(s->mail[i].system, s->mail[i].value, e != NULL,
			                     o->lang);
			if (e && !shown) {
				putchar('\n');
				print_entry_text(o, e);
			}
		} else if (e && !shown) {
			print_entry_text(o, e);
		}
	}
	return status;
}

/* The keys of a hit's code in JSON: "wsa" (null for another system),
 * "system" and "value". */
void json_hit_code(const wsaerr_hit *h)
{
	if (h->wsa == WSAERR_NONE)
		printf("\"wsa\":null");
	else
		printf("\"wsa\":%d", h->wsa);
	printf(",\"system\":");
	json_string(wsaerr_system_key(h->system));
	printf(",\"value\":%lld", h->value);
}

/* ------------------------------------------------------------------ */
/* Listings: a heading per system, then one line per code              */

/* A system's label for people; the stable key for a system this tool does
 * not know yet, so that a system added to the catalogue still gets its own
 * heading. */
const char *system_label(int sys, int lang)
{
	switch (sys) {
	case WSAERR_SYS_WSA: return wsaerr_ui_text(WSAERR_UI_SYS_WSA, lang);
	case WSAERR_SYS_WIN32: return wsaerr_ui_text(WSAERR_UI_SYS_WIN32, lang);
	case WSAERR_SYS_NTSTATUS: return wsaerr_ui_text(WSAERR_UI_SYS_NTSTATUS, lang);
	case WSAERR_SYS_HRESULT: return wsaerr_ui_text(WSAERR_UI_SYS_HRESULT, lang);
	case WSAERR_SYS_ERRNO: return wsaerr_ui_text(WSAERR_UI_SYS_ERRNO, lang);
	case WSAERR_SYS_EAI: return wsaerr_ui_text(WSAERR_UI_SYS_EAI, lang);
	case WSAERR_SYS_H_ERRNO: return wsaerr_ui_text(WSAERR_UI_SYS_H_ERRNO, lang);
	case WSAERR_SYS_SMTP: return wsaerr_ui_text(WSAERR_UI_SYS_SMTP, lang);
	case WSAERR_SYS_ENHANCED: return wsaerr_ui_text(WSAERR_UI_SYS_ENHANCED, lang);
	case WSAERR_SYS_POP3: return wsaerr_ui_text(WSAERR_UI_SYS_POP3, lang);
	case WSAERR_SYS_IMAP: return wsaerr_ui_text(WSAERR_UI_SYS_IMAP, lang);
	case WSAERR_SYS_IXP: return wsaerr_ui_text(WSAERR_UI_SYS_IXP, lang);
	case WSAERR_SYS_WININET: return wsaerr_ui_text(WSAERR_UI_SYS_WININET, lang);
	case WSAERR_SYS_WINHTTP: return wsaerr_ui_text(WSAERR_UI_SYS_WINHTTP, lang);
	}
	return wsaerr_system_key(sys) ? wsaerr_system_key(sys) : "?";
}

/* The heading of the rows of a system in a listing. */
const char *system_heading(int sys, int lang)
{
	if (sys == WSAERR_SYS_WSA)
		return wsaerr_ui_text(WSAERR_UI_LIST_WSA, lang);
	if (sys == WSAERR_SYS_WIN32)
		return wsaerr_ui_text(WSAERR_UI_LIST_WIN32, lang);
	if (is_mail_system(sys))
		return wsaerr_ui_text(WSAERR_UI_LIST_SMTP + sys - WSAERR_SYS_SMTP, lang);
	return system_label(sys, lang);
}

/* The first column of a list line: the code; for the codes that are their
 * own names (SMTP, enhanced, POP3, IMAP) the system's key ("smtp", "enh"),
 * for IXP the HRESULT in hex. */
static size_t list_code(char *buf, size_t size, const wsaerr_entry *e)
{
	int sys = wsaerr_system(e);

	if (sys == WSAERR_SYS_IXP)
		return (size_t)snprintf(buf, size, "0x%08X", (unsigned)wsaerr_code(e));
	if (sys == WSAERR_SYS_ENHANCED)
		return (size_t)snprintf(buf, size, "enh");
	if (sys == WSAERR_SYS_SMTP || sys == WSAERR_SYS_POP3 || sys == WSAERR_SYS_IMAP)
		return (size_t)snprintf(buf, size, "%s", wsaerr_system_key(sys));
	return (size_t)snprintf(buf, size, "%d", wsaerr_code(e));
}

/* The name column of the mail and Internet systems is at most 27 wide
 * (the longest Winsock name): 5 + 2 + 27 + 2 + a message of at most 43
 * columns = 79. A longer name has its message on the next line
 * (print_list_line). */
#define LIST_NAME_MAX 27

/* The widths of the code and name columns for the rows of a system: the
 * widest of the whole catalogue, so that a search lines up with the list. */
void list_widths(int sys, struct widths *w)
{
	size_t i;

	w->code = 1;
	w->name = 1;
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		char num[16];
		size_t n;
		if (wsaerr_system(e) != sys)
			continue;
		n = list_code(num, sizeof num, e);
		if (n > w->code)
			w->code = n;
		n = display_width(wsaerr_name(e), strlen(wsaerr_name(e)));
		if (n > w->name)
			w->name = n;
	}
	if (is_mail_system(sys) && w->name > LIST_NAME_MAX)
		w->name = LIST_NAME_MAX;
}

/* Code, name and message, the message wrapped in its column. A name wider
 * than its column (only the mail and Internet systems cap it) puts the
 * message on the next line, under the name, so that the message column
 * stays in one place. */
void print_list_line(const wsaerr_entry *e, int lang, const struct widths *w)
{
	char first[160], code[16];
	const char *name = wsaerr_name(e), *msg = wsaerr_message(e, lang);
	size_t n, col = w->code + 2 + w->name + 2;
	size_t name_w = display_width(name, strlen(name));

	list_code(code, sizeof code, e);
	n = (size_t)snprintf(first, sizeof first, "%*s  %s", (int)w->code, code, name);
	if (n >= sizeof first)
		n = sizeof first - 1;
	if (name_w > w->name) {
		size_t k;
		puts(first);
		for (k = 0; k < w->code + 2 && k + 1 < sizeof first; k++)
			first[k] = ' ';
		first[k] = '\0';
		put_wrapped(msg, first, w->code + 2);
		return;
	}
	while (n < col && n + 1 < sizeof first)
		first[n++] = ' ';
	first[n] = '\0';
	put_wrapped(msg, first, col);
}

static int by_system_and_code(const void *a, const void *b)
{
	const wsaerr_entry *x = *(const wsaerr_entry *const *)a;
	const wsaerr_entry *y = *(const wsaerr_entry *const *)b;

	if (wsaerr_system(x) != wsaerr_system(y))
		return wsaerr_system(x) < wsaerr_system(y) ? -1 : 1;
	return wsaerr_code(x) < wsaerr_code(y) ? -1 : wsaerr_code(x) > wsaerr_code(y);
}

/* Rows in the order of a listing: by system, then numerically within it,
 * whatever the order of the catalogue, so that a system added to it gets
 * one heading and its codes in order. */
void sort_listing(const wsaerr_entry **rows, size_t n)
{
	qsort(rows, n, sizeof *rows, by_system_and_code);
}

/* Rows (in the order of sort_listing()), with a heading where the system
 * changes. */
void print_listing(const struct opts *o, const wsaerr_entry *const *rows, size_t n)
{
	struct widths w;
	size_t i;
	int sys = -1;

	for (i = 0; i < n; i++) {
		if (wsaerr_system(rows[i]) != sys) {
			sys = wsaerr_system(rows[i]);
			list_widths(sys, &w);
			if (i)
				putchar('\n');
			bold(o, system_heading(sys, o->lang));
			putchar('\n');
		}
		print_list_line(rows[i], o->lang, &w);
	}
}

/* ------------------------------------------------------------------ */
/* Help: "  TERM  description" lines aligned by display width          */

struct hline {
	const char *s;
	size_t len;
};

/* The length of the TERM of a help line "  TERM  description", or 0 when
 * the line is not one. */
static size_t help_term(const struct hline *h)
{
	size_t i;

	if (h->len < 3 || h->s[0] != ' ' || h->s[1] != ' ' || h->s[2] == ' ')
		return 0;
	for (i = 2; i + 2 < h->len; i++)
		if (h->s[i] == ' ' && h->s[i + 1] == ' ')
			return i - 2;
	return 0;
}

/* Appends the text of a help line from `from` on, blanks trimmed, to
 * desc (d bytes so far, separated by a space); returns the new length. */
static size_t help_append(char *desc, size_t size, size_t d, const struct hline *h, size_t from)
{
	const char *r = h->s + from, *e = h->s + h->len;

	while (r < e && *r == ' ')
		r++;
	if (d && r < e && d + 1 < size)
		desc[d++] = ' ';
	while (r < e && d + 1 < size)
		desc[d++] = *r++;
	desc[d] = '\0';
	return d;
}

/* Prints a help text. Within each block (lines between blank lines), the
 * lines "  TERM  description" (TERM ends at two blanks) get one column for
 * their descriptions, counted in display columns, so that Hangul lines up
 * as well as ASCII; a line starting with more blanks continues the
 * description above it. Descriptions are wrapped to the terminal. Other
 * lines are printed as they are. */
void print_help(const char *text)
{
	static struct hline lines[256];
	size_t n = 0, i = 0, j, k;

	while (*text && n < sizeof lines / sizeof lines[0]) {
		const char *nl = strchr(text, '\n');
		lines[n].s = text;
		lines[n].len = nl ? (size_t)(nl - text) : strlen(text);
		text += lines[n].len + (nl != NULL);
		n++;
	}
	while (i < n) {
		size_t col = 18;
		for (j = i; j < n && lines[j].len; j++) {
			size_t t = help_term(&lines[j]);
			size_t w = t ? 2 + display_width(lines[j].s + 2, t) + 2 : 0;
			if (w > col && w <= 26)
				col = w;
		}
		for (k = i; k < j; k++) {
			size_t t = help_term(&lines[k]), tw, d, f;
			char first[256], desc[1024];
			if (t == 0) {
				fwrite(lines[k].s, 1, lines[k].len, stdout);
				putchar('\n');
				continue;
			}
			tw = display_width(lines[k].s + 2, t);
			f = (size_t)snprintf(first, sizeof first, "  %.*s", (int)t, lines[k].s + 2);
			d = help_append(desc, sizeof desc, 0, &lines[k], 2 + t);
			while (k + 1 < j && lines[k + 1].len > 3 &&
			       memcmp(lines[k + 1].s, "   ", 3) == 0)
				d = help_append(desc, sizeof desc, d, &lines[++k], 0);
			tw += 2;
			if (tw + 2 > col) {
				/* a term too wide for the column: description below it */
				puts(first);
				f = 0;
				tw = 0;
			}
			for (; tw < col && f + 1 < sizeof first; tw++)
				first[f++] = ' ';
			first[f] = '\0';
			put_wrapped(desc, first, col);
		}
		if (j < n)
			putchar('\n');
		i = j + 1;
	}
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
			fputs("\xef\xbf\xbd", stdout); /* U+FFFD */
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
			fprintf(f, "\\x%02X", u[i + 1]); /* a C1 control */
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
	system_value_text(buf, size, r->system, r->value, r->name);
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

/* What Windows prints for a row, as a JSON object from language tag to
 * text ({} when the catalogue knows none). */
static void json_windows(const wsaerr_entry *e)
{
	const char *tag, *m;
	size_t i;

	putchar('{');
	for (i = 0; (m = wsaerr_windows_message(e, i, &tag)) != NULL; i++) {
		if (i)
			putchar(',');
		json_string(tag);
		putchar(':');
		json_string(m);
	}
	putchar('}');
}

/* One JSON result: the reading (system, value, its name there, the
 * Winsock code) and the row that explains it. Every key is always present;
 * a reading with no row has null texts. A lookup (query not NULL) also
 * says how the query was read. */
void json_lookup(const struct opts *o, const wsaerr_entry *e, const char *query,
                 const wsaerr_reading *r, const struct how *how)
{
	int l = o->lang;
	const wsaerr_entry *twin = wsaerr_twin(e);
	char hex[24];
	size_t i;
	wsaerr_reading own;

	if (r == NULL) {
		own.system = wsaerr_system(e);
		own.value = wsaerr_value(e);
		own.name = wsaerr_name(e);
		own.wsa = wsaerr_wsa(e);
		own.entry = e;
		r = &own;
	}
	printf("{");
	if (query) {
		printf("\"query\":");
		json_string(query);
		printf(",\"read_as\":\"%s\",\"match\":", how && how->match ? "text" : "query");
		if (how && how->match)
			json_bytes(how->match, how->match_len);
		else
			printf("null");
		printf(",\"evidence\":");
		json_null_or_string(how && how->match ? wsaerr_evidence_key(how->evidence) : NULL);
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
		printf(",\"code\":null,\"hex\":null,\"name\":null,\"aliases\":[],\"message\":");
		json_null_or_string(how ? how->message : NULL);
		printf(",\"explanation\":");
		json_null_or_string(how ? how->explanation : NULL);
		printf(",\"checks\":[],"
		       "\"category\":null,\"category_label\":null,\"transient\":null,"
		       "\"errno\":null,\"same_as\":null,\"failure\":%s,\"windows_message\":{}",
		       how && how->message ? "true" : "null");
		if (o->call_notes)
			json_calls(o, NULL);
		printf(",\"lang\":");
		json_string(wsaerr_lang_tag(l));
		printf("}");
		return;
	}
	snprintf(hex, sizeof hex, wsaerr_system(e) == WSAERR_SYS_IXP ? "0x%08X" : "0x%X",
	         (unsigned)wsaerr_code(e));
	printf(",\"code\":%d,\"hex\":", wsaerr_code(e));
	/* enhanced, POP3 and IMAP codes are not numbers people write in hex */
	if (wsaerr_system(e) == WSAERR_SYS_ENHANCED || wsaerr_system(e) == WSAERR_SYS_POP3 ||
	    wsaerr_system(e) == WSAERR_SYS_IMAP)
		printf("null");
	else
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
	printf(",\"failure\":%s,\"windows_message\":", wsaerr_failure(e) ? "true" : "false");
	json_windows(e);
	if (o->call_notes)
		json_calls(o, e);
	printf(",\"lang\":");
	json_string(wsaerr_lang_tag(l));
	printf("}");
}

void json_entry(const struct opts *o, const wsaerr_entry *e, const char *query,
                const wsaerr_reading *r)
{
	json_lookup(o, e, query, r, NULL);
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

/* Prints text as print_match() does, on one line of at most width
 * display columns: a longer text is cut at a character and ends in "...". */
void print_cut(const char *s, size_t n, size_t width)
{
	size_t i = 0, w = 0, cut = n;

	if (display_width(s, n) > width) {
		while (i < n) {
			unsigned long cp;
			size_t step = utf8_next(s + i, &cp);
			if (w + (size_t)cp_width(cp) + 3 > width)
				break;
			w += (size_t)cp_width(cp);
			i += step;
		}
		cut = i;
	}
	print_match(s, cut);
	if (cut < n)
		fputs("...", stdout);
}

/* The bytes of a match as a JSON string: all of them, exactly, but for
 * what is not UTF-8 (U+FFFD). */
void json_bytes(const char *m, size_t n)
{
	json_text(m, n);
}

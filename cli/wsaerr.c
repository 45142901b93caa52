/*
 * wsaerr - look up Windows Sockets error codes.
 *
 * The tool is the library's first client: it includes only wsaerr.h and
 * does the things the library must not do (print, read the environment,
 * decide exit statuses).
 *
 * Exit status: 0 every query answered, 1 something not found or no match,
 * 2 usage error (bad option, malformed query), 3 output or input error.
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
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

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
static const char *known_langs(void)
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

/* ------------------------------------------------------------------ */
/* Text output                                                         */

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
static void put_padded(const char *s, size_t width)
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

static void print_list_line(const wsaerr_entry *e, int lang)
{
	/* 5 + 2 + 27 (the longest name) + 2 + a message of at most 43
	 * columns (tests/cli.sh checks) = 79. */
	printf("%5d  ", wsaerr_code(e));
	put_padded(wsaerr_name(e), 27);
	printf("  %s\n", wsaerr_message(e, lang));
}

/* ------------------------------------------------------------------ */
/* JSON output                                                         */

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

static void json_null_or_string(const char *v)
{
	if (v)
		json_string(v);
	else
		printf("null");
}

/* The value of a reading as people write it in its system: hex for
 * NTSTATUS and HRESULT, decimal otherwise. */
static void format_value(char *buf, size_t size, const wsaerr_reading *r)
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

/* ------------------------------------------------------------------ */
/* Commands                                                            */

static int cmd_list(const struct opts *o)
{
	size_t i, n = wsaerr_count();

	if (o->json)
		printf("[\n");
	for (i = 0; i < n; i++) {
		if (o->json) {
			json_entry(o, wsaerr_at(i), NULL, NULL);
			printf(i + 1 < n ? ",\n" : "\n");
		} else {
			print_list_line(wsaerr_at(i), o->lang);
		}
	}
	if (o->json)
		printf("]\n");
	return EXIT_FOUND;
}

static int cmd_search(const struct opts *o, char **words, int n)
{
	size_t i, count = wsaerr_count();
	int found = 0;

	if (n == 0)
		return usage_error(o->lang, WSAERR_UI_NEEDS_WORD, "", "");
	if (o->json)
		printf("[");
	for (i = 0; i < count; i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		if (!wsaerr_matches(e, (const char *const *)words, (size_t)n))
			continue;
		if (o->json) {
			printf(found ? ",\n" : "\n");
			json_entry(o, e, NULL, NULL);
		} else {
			print_list_line(e, o->lang);
		}
		found++;
	}
	if (o->json)
		printf(found ? "\n]\n" : "]\n");
	if (!found) {
		diag("%s: %s", wsaerr_ui_text(WSAERR_UI_NO_MATCH, o->lang), words[0]);
		return EXIT_NOT_FOUND;
	}
	return EXIT_FOUND;
}

/* A query: the text given and the system it was given in (0: any, as
 * wsaerr_parse() reads it; WSAERR_SYS_ERRNO for --errno, WSAERR_SYS_EAI for
 * --eai). */
struct arg {
	const char *text;
	int system;
};

/* Reads one query into q. Returns 0, or the exit status of a failure after
 * printing its diagnostic. */
static int read_query(const struct opts *o, const struct arg *a, wsaerr_query *q)
{
	int rc = wsaerr_parse(a->text, q);

	if (rc != WSAERR_PARSE_OK) {
		diag("'%s': %s", a->text, wsaerr_parse_status_text(rc, o->lang));
		return EXIT_USAGE;
	}
	if (a->system) {
		/* --errno 104, --eai -2: a number of this host's own system. */
		if (q->form == WSAERR_FORM_NAME) {
			diag(wsaerr_ui_text(WSAERR_UI_NOT_A_NUMBER, o->lang), a->text, "");
			return EXIT_USAGE;
		}
		q->nreadings = 1;
		wsaerr_read(a->system, q->number, &q->readings[0]);
		q->entry = q->readings[0].entry;
	}
	return 0;
}

/* A reading is worth a line of its own unless the query simply named or
 * numbered the row shown below it. */
static int reading_is_plain(const wsaerr_query *q)
{
	const wsaerr_reading *r = &q->readings[0];
	return q->nreadings == 1 && r->entry &&
	       (r->system == WSAERR_SYS_WSA || r->system == WSAERR_SYS_WIN32) &&
	       r->value == wsaerr_code(r->entry);
}

static void print_reading(const struct opts *o, const wsaerr_reading *r)
{
	int l = o->lang;
	char value[32];

	format_value(value, sizeof value, r);
	printf("  %s: %s %s", wsaerr_ui_text(WSAERR_UI_READ_AS, l),
	       wsaerr_ui_text(WSAERR_UI_SYS_WSA + r->system - WSAERR_SYS_WSA, l), value);
	if (r->name)
		printf(" (%s)", r->name);
	else if (r->system == WSAERR_SYS_ERRNO && r->value > 0 && r->value < 4096)
		/* An errno the catalogue does not map: at least say what it is. */
		printf(" (%s)", strerror((int)r->value));
	if (r->wsa == WSAERR_NONE) {
		printf(": %s\n", wsaerr_ui_text(WSAERR_UI_NO_EQUIVALENT, l));
		return;
	}
	if (r->entry && !(r->system == wsaerr_system(r->entry) && r->value == wsaerr_code(r->entry)))
		printf(" -> %s (%d)", wsaerr_name(r->entry), wsaerr_code(r->entry));
	putchar('\n');
}

static int cmd_lookup(const struct opts *o, const struct arg *args, int n)
{
	int i, status = EXIT_FOUND, shown = 0;

	if (o->json)
		printf("[");
	for (i = 0; i < n; i++) {
		wsaerr_query q;
		int rc = read_query(o, &args[i], &q);
		size_t k, j;
		char buf[160];

		if (rc) {
			status = EXIT_USAGE;
			continue;
		}
		if (q.nreadings == 0) {
			if (q.form == WSAERR_FORM_NAME) {
				diag("%s: %s", args[i].text, wsaerr_ui_text(WSAERR_UI_NOT_FOUND, o->lang));
			} else {
				wsaerr_format(buf, sizeof buf, q.code, o->lang);
				diag("%s: %s", args[i].text, buf);
			}
			if (status == EXIT_FOUND)
				status = EXIT_NOT_FOUND;
			continue;
		}
		for (k = 0; k < q.nreadings; k++)
			if (q.readings[k].entry == NULL && status == EXIT_FOUND)
				status = EXIT_NOT_FOUND;
		if (o->json) {
			for (k = 0; k < q.nreadings; k++) {
				printf(shown ? ",\n" : "\n");
				json_entry(o, q.readings[k].entry, args[i].text, &q.readings[k]);
				shown++;
			}
			continue;
		}
		if (shown)
			putchar('\n');
		shown++;
		if (!reading_is_plain(&q)) {
			printf("%s\n", args[i].text);
			for (k = 0; k < q.nreadings; k++)
				print_reading(o, &q.readings[k]);
			if (q.entry)
				putchar('\n');
		}
		/* Each row once, in the order of the readings. */
		for (k = 0; k < q.nreadings; k++) {
			const wsaerr_entry *e = q.readings[k].entry;
			int seen = 0;
			if (e == NULL)
				continue;
			for (j = 0; j < k; j++)
				if (q.readings[j].entry == e)
					seen = 1;
			if (seen)
				continue;
			if (k > 0 && q.readings[0].entry)
				putchar('\n');
			print_entry_text(o, e);
		}
	}
	if (o->json)
		printf(shown ? "\n]\n" : "]\n");
	return status;
}

/* Flushes stdout and turns a write failure into a diagnostic. */
static int finish_output(int status, int lang)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		diag(wsaerr_ui_text(WSAERR_UI_WRITE_ERROR, lang), strerror(errno), "");
		return EXIT_IO;
	}
	return status;
}

static int default_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			int l = wsaerr_lang_find(v);
			return l >= 0 ? l : WSAERR_LANG_EN;
		}
	}
	return WSAERR_LANG_EN;
}

#ifdef _WIN32
#include <shellapi.h>
/* main()'s argv is in the ANSI code page, which cannot hold Hangul or most
 * accents; read the command line as UTF-16 and convert it to UTF-8, which
 * is what the library's texts and search expect. On failure the ANSI argv
 * is kept. */
static char **utf8_argv(int *argc, char **argv)
{
	int n, i;
	wchar_t **w = CommandLineToArgvW(GetCommandLineW(), &n);
	char **out;

	if (w == NULL)
		return argv;
	out = calloc((size_t)n + 1, sizeof *out);
	for (i = 0; out && i < n; i++) {
		int len = WideCharToMultiByte(CP_UTF8, 0, w[i], -1, NULL, 0, NULL, NULL);
		out[i] = len > 0 ? malloc((size_t)len) : NULL;
		if (out[i] == NULL ||
		    WideCharToMultiByte(CP_UTF8, 0, w[i], -1, out[i], len, NULL, NULL) <= 0) {
			LocalFree(w);
			return argv;
		}
	}
	LocalFree(w);
	if (out == NULL)
		return argv;
	*argc = n;
	return out;
}
#endif

int main(int argc, char **argv)
{
	struct opts o;
	struct arg *args;
	char **words;
	int nargs = 0, i, no_color = 0, rc;
	const char *lang_arg = NULL, *timeout_arg = NULL;
	const char *nc;

#ifdef _WIN32
	SetConsoleOutputCP(CP_UTF8);
	argv = utf8_argv(&argc, argv);
#endif
	memset(&o, 0, sizeof o);
	/* The language first, so that every later message is in it. */
	o.lang = default_lang();
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang_arg = argv[++i];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			lang_arg = argv[i] + 7;
	}
	if (lang_arg) {
		int l = wsaerr_lang_find(lang_arg);
		if (l < 0 || lang_arg[0] == '\0')
			return usage_error(o.lang, WSAERR_UI_UNKNOWN_LANG, lang_arg, known_langs());
		o.lang = l;
	}

	args = calloc((size_t)argc + 1, sizeof *args);
	if (args == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		/* A leading '-' followed by a digit is a negative number, not an
		 * option: -2147014842 is an HRESULT. */
		if (a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			args[nargs].system = 0;
			args[nargs++].text = argv[i];
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc) {
				args[nargs].system = 0;
				args[nargs++].text = argv[i];
			}
		} else if (strcmp(a, "--errno") == 0 || strcmp(a, "--eai") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			args[nargs].system = strcmp(a, "--eai") == 0 ? WSAERR_SYS_EAI : WSAERR_SYS_ERRNO;
			args[nargs++].text = argv[++i];
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			printf(wsaerr_ui_text(WSAERR_UI_USAGE, o.lang), known_langs());
			free(args);
			return finish_output(EXIT_FOUND, o.lang);
		} else if (strcmp(a, "--version") == 0) {
			printf("wsaerr %s\n", wsaerr_version());
			free(args);
			return finish_output(EXIT_FOUND, o.lang);
		} else if (strcmp(a, "--format") == 0 || strcmp(a, "--timeout") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			if (a[2] == 'f')
				o.format = argv[++i];
			else
				timeout_arg = argv[++i];
		} else if (strncmp(a, "--format=", 9) == 0) {
			o.format = a + 9;
		} else if (strncmp(a, "--timeout=", 10) == 0) {
			timeout_arg = a + 10;
		} else if (strcmp(a, "--json") == 0) {
			o.json = 1;
		} else if (strcmp(a, "--no-color") == 0) {
			no_color = 1;
		} else if (strcmp(a, "--lang") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			i++;
		} else if (strncmp(a, "--lang=", 7) == 0) {
			continue;
		} else {
			free(args);
			return usage_error(o.lang, WSAERR_UI_UNKNOWN_OPTION, a, "");
		}
	}

	o.timeout = 5.0;
	if (timeout_arg) {
		char *end;
		o.timeout = strtod(timeout_arg, &end);
		if (*timeout_arg == '\0' || *end != '\0' || !(o.timeout > 0.0 && o.timeout <= 3600.0)) {
			free(args);
			return usage_error(o.lang, WSAERR_UI_PROBE_BAD_TIMEOUT, timeout_arg, "");
		}
	}
	nc = getenv("NO_COLOR");
	o.color = !no_color && !o.json && !(nc && *nc) && isatty(fileno(stdout));
	if (o.color) {
		const char *term = getenv("TERM");
		if (term && strcmp(term, "dumb") == 0)
			o.color = 0;
	}

	if (nargs == 0) {
		free(args);
		return usage_error(o.lang, WSAERR_UI_NOTHING_TO_LOOK_UP, "", "");
	}
	words = calloc((size_t)nargs + 1, sizeof *words);
	if (words == NULL) {
		free(args);
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	for (i = 0; i < nargs; i++)
		words[i] = (char *)args[i].text;
	/* --errno and --eai are lookups: they make no sense with a command,
	 * wherever they stand. */
	{
		int first = 0, other = -1;
		while (first < nargs && args[first].system)
			first++;
		for (i = 0; i < nargs; i++)
			if (args[i].system)
				other = i;
		const char *cmd = first < nargs ? args[first].text : "";
		int is_cmd = strcmp(cmd, "list") == 0 || strcmp(cmd, "search") == 0 ||
		             strcmp(cmd, "export") == 0 || strcmp(cmd, "probe") == 0 ||
		             strcmp(cmd, "explain") == 0 || strcmp(cmd, "scan") == 0;
		const char *bad = NULL;
		if (is_cmd && other >= 0)
			bad = args[other].system == WSAERR_SYS_EAI ? "--eai" : "--errno";
		else if (o.format && strcmp(cmd, "export") != 0)
			bad = "--format";
		else if (timeout_arg && strcmp(cmd, "probe") != 0)
			bad = "--timeout";
		else if (o.json && strcmp(cmd, "export") == 0)
			bad = "--json";
		if (bad) {
			rc = usage_error(o.lang, WSAERR_UI_CONFLICT, bad, is_cmd ? cmd : args[0].text);
			free(words);
			free(args);
			return rc;
		}
	}
	if (args[0].system == 0 && strcmp(args[0].text, "list") == 0) {
		if (nargs > 1)
			rc = usage_error(o.lang, WSAERR_UI_NO_ARGUMENTS, "list", "");
		else
			rc = cmd_list(&o);
	} else if (args[0].system == 0 && strcmp(args[0].text, "search") == 0) {
		rc = cmd_search(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "export") == 0) {
		rc = cmd_export(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "probe") == 0) {
		rc = cmd_probe(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "explain") == 0) {
		rc = cmd_explain(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "scan") == 0) {
		rc = cmd_scan(&o, words + 1, nargs - 1);
	} else {
		rc = cmd_lookup(&o, args, nargs);
	}
	free(words);
	free(args);
	return finish_output(rc, o.lang);
}

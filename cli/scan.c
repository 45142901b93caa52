/*
 * wsaerr scan [FILE...]      how often each error occurs in files (stdin
 *                            when none), with where it was first and last
 *                            seen: each Winsock code, and each code of the
 *                            mail and Internet systems (SMTP reply,
 *                            enhanced status code, Outlook transport
 *                            error, WinINet, WinHTTP), counted per system
 *                            and value
 * Exit status: 0 something found, 1 nothing found, 2 usage error, 3 an
 * input could not be read (the others are still scanned).
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* scan                                                                */

struct scan {
	/* TALLY_KEYS of them, from calloc(): the pages no code is counted in
	 * are never touched */
	struct tally *by_code;
	int file;
	unsigned long long total;
};

int tally_key(const wsaerr_hit *h)
{
	long long v = h->value;
	int cls;

	switch (h->system) {
	case WSAERR_SYS_WSA: return h->wsa >= 0 && h->wsa < TALLY_SMTP ? h->wsa : -1;
	case WSAERR_SYS_SMTP: return v >= 200 && v <= 599 ? TALLY_SMTP + (int)(v - 200) : -1;
	case WSAERR_SYS_ENHANCED:
		cls = (int)(v / 1000000);
		if ((cls != 2 && cls != 4 && cls != 5) || v / 1000 % 1000 > 7)
			return -1;
		return TALLY_ENH +
		       (cls == 2   ? 0
		        : cls == 4 ? 1
		                   : 2) *
		               8000 +
		       (int)(v % 1000000 / 1000) * 1000 + (int)(v % 1000);
	case WSAERR_SYS_IXP:
		return (v & ~0xFFll) == 0x800CCC00ll ? TALLY_IXP + (int)(v & 0xFF) : -1;
	case WSAERR_SYS_WININET:
	case WSAERR_SYS_WINHTTP:
		if (v < 12000 || v > 12199)
			return -1;
		return (h->system == WSAERR_SYS_WININET ? TALLY_INET : TALLY_HTTP) +
		       (int)(v - 12000);
	default: return -1;
	}
}

void tally_code(int key, int *system, long long *value)
{
	if (key < TALLY_SMTP) {
		*system = WSAERR_SYS_WSA;
		*value = key;
	} else if (key < TALLY_ENH) {
		*system = WSAERR_SYS_SMTP;
		*value = 200 + key - TALLY_SMTP;
	} else if (key < TALLY_IXP) {
		int k = key - TALLY_ENH, cls = k / 8000 == 0 ? 2 : k / 8000 == 1 ? 4 : 5;
		*system = WSAERR_SYS_ENHANCED;
		*value = cls * 1000000LL + (k % 8000 / 1000) * 1000LL + k % 1000;
	} else if (key < TALLY_INET) {
		*system = WSAERR_SYS_IXP;
		*value = 0x800CCC00ll + key - TALLY_IXP;
	} else {
		*system = key < TALLY_HTTP ? WSAERR_SYS_WININET : WSAERR_SYS_WINHTTP;
		*value = 12000 + key - (key < TALLY_HTTP ? TALLY_INET : TALLY_HTTP);
	}
}

/* The code and name columns of a slot: the value as its system writes it
 * ("10054", "550", "5.7.1", "0x800CCC0E"), and the name, or the system for
 * the codes that are their own names ("(SMTP reply)"). */
static void columns(int key, int lang, char *code, size_t csize, char *name, size_t nsize,
                    const wsaerr_entry **e)
{
	int sys;
	long long value;

	tally_code(key, &sys, &value);
	*e = sys == WSAERR_SYS_WSA ? wsaerr_by_code((int)value) : wsaerr_lookup(sys, value);
	system_value_text(code, csize, sys, value, NULL);
	if (sys == WSAERR_SYS_SMTP || sys == WSAERR_SYS_ENHANCED || *e == NULL)
		snprintf(name, nsize, "(%s)", system_label(sys, lang));
	else
		snprintf(name, nsize, "%s", wsaerr_name(*e));
}

static void on_count(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct scan *sc = ctx;
	struct tally *t;
	int key = tally_key(h);

	(void)match;
	if (key < 0)
		return;
	t = &sc->by_code[key];
	if (t->count == 0) {
		t->first.file = sc->file;
		t->first.line = h->line;
	}
	t->last.file = sc->file;
	t->last.line = h->line;
	t->count++;
	sc->total++;
}

static const char *file_name(char **args, int file)
{
	return file < 0 ? "-" : args[file];
}

/* FILE:LINE, whatever the length of the name, its control characters
 * escaped. */
static void print_where(char **args, const struct where *w)
{
	const char *name = file_name(args, w->file);

	term_text(stdout, name, strlen(name));
	printf(":%llu", w->line);
}

int cmd_scan(const struct opts *o, char **args, int n)
{
	static struct scan sc;
	static wsaerr_scanner s;
	static int order[TALLY_KEYS];
	char *buf = malloc(CHUNK);
	int i, k, nfound = 0, failed = 0, jobs;

	memset(&sc, 0, sizeof sc);
	sc.by_code = calloc(TALLY_KEYS, sizeof *sc.by_code);
	if (buf == NULL || sc.by_code == NULL) {
		diag("%s%s", strerror(errno), "");
		free(buf);
		free(sc.by_code);
		return EXIT_IO;
	}
	jobs = scan_jobs(o);
	if (jobs > 1) { /* cli/scan_jobs.c; the loop below is -j 1 */
		for (i = 0; i < (n ? n : 1); i++)
			if (n == 0 || strcmp(args[i], "-") == 0) {
				say_waiting(o->lang);
				break;
			}
		failed = scan_parallel(o, args, n, jobs, sc.by_code);
	} else
		for (i = 0; i < (n ? n : 1); i++) {
			FILE *f;
			struct read_result rr;
			const char *path = n ? args[i] : "-";
			sc.file = n ? i : -1;
			if (strcmp(path, "-") == 0) {
				f = stdin;
				say_waiting(o->lang);
			} else if ((f = fopen(path, "rb")) == NULL) {
				diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), path,
				     strerror(errno));
				failed = 1;
				continue;
			}
			wsaerr_scanner_init(&s);
			errno = 0;
			scan_stream(f, &rr, &s, buf, on_count, &sc);
			if (report_read(o, path, &rr))
				failed = 1;
			if (f != stdin)
				fclose(f);
		}
	free(buf);

	/* codes by count, most first; equal counts by slot: the Winsock codes
	 * by code, then the mail and Internet systems by system and value */
	for (i = 0; i < TALLY_KEYS; i++)
		if (sc.by_code[i].count) {
			for (k = nfound; k > 0; k--) {
				const struct tally *a = &sc.by_code[order[k - 1]];
				if (a->count >= sc.by_code[i].count)
					break;
				order[k] = order[k - 1];
			}
			order[k] = i;
			nfound++;
		}

	if (o->json) {
		printf("[");
		for (i = 0; i < nfound; i++) {
			const struct tally *t = &sc.by_code[order[i]];
			const wsaerr_entry *e;
			wsaerr_hit h;
			memset(&h, 0, sizeof h);
			tally_code(order[i], &h.system, &h.value);
			h.wsa = h.system == WSAERR_SYS_WSA ? (int)h.value : WSAERR_NONE;
			e = hit_entry(&h);
			printf("%s\n{", i ? "," : "");
			json_hit_code(&h);
			printf(",\"name\":");
			json_null_or_string(wsaerr_name(e));
			printf(",\"count\":%llu,\"first\":{\"file\":", t->count);
			json_string(file_name(args, t->first.file));
			printf(",\"line\":%llu},\"last\":{\"file\":", t->first.line);
			json_string(file_name(args, t->last.file));
			printf(",\"line\":%llu},\"message\":", t->last.line);
			json_null_or_string(wsaerr_message(e, o->lang));
			printf(",\"lang\":");
			json_string(wsaerr_lang_tag(o->lang));
			printf("}");
		}
		printf(nfound ? "\n]\n" : "]\n");
	} else if (nfound) {
		/* Headers in the reader's language, columns by display width;
		 * the name column as wide as the widest name found. */
		const char *count = wsaerr_ui_text(WSAERR_UI_SCAN_COUNT, o->lang);
		const char *code = wsaerr_ui_text(WSAERR_UI_SCAN_CODE, o->lang);
		const char *name = wsaerr_ui_text(WSAERR_UI_SCAN_NAME, o->lang);
		size_t wcount = 10, wcode = 5, wname = display_width(name, strlen(name)), w;
		char cv[32], nm[128];
		const wsaerr_entry *e;
		if (display_width(count, strlen(count)) > wcount)
			wcount = display_width(count, strlen(count));
		for (i = 0; i < nfound; i++) {
			columns(order[i], o->lang, cv, sizeof cv, nm, sizeof nm, &e);
			if (strlen(cv) > wcode)
				wcode = strlen(cv);
			if (display_width(nm, strlen(nm)) > wname)
				wname = display_width(nm, strlen(nm));
		}
		if (display_width(code, strlen(code)) > wcode)
			wcode = display_width(code, strlen(code));
		for (w = display_width(count, strlen(count)); w < wcount; w++)
			putchar(' ');
		printf("%s  ", count);
		for (w = display_width(code, strlen(code)); w < wcode; w++)
			putchar(' ');
		printf("%s  ", code);
		put_padded(name, wname);
		printf("  %s\n", wsaerr_ui_text(WSAERR_UI_SCAN_SEEN, o->lang));
		for (i = 0; i < nfound; i++) {
			const struct tally *t = &sc.by_code[order[i]];
			columns(order[i], o->lang, cv, sizeof cv, nm, sizeof nm, &e);
			printf("%*llu  %*s  ", (int)wcount, t->count, (int)wcode, cv);
			put_padded(nm, wname);
			printf("  ");
			print_where(args, &t->first);
			printf(" .. ");
			print_where(args, &t->last);
			putchar('\n');
		}
	}
	free(sc.by_code);
	if (nfound == 0 && !o->json)
		diag("%s%s", wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, o->lang), "");
	return failed ? EXIT_IO : nfound ? EXIT_FOUND : EXIT_NOT_FOUND;
}

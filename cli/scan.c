/*
 * wsaerr scan [FILE...]      how often each error occurs in files (stdin
 *                            when none), with where it was first and last
 *                            seen
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
	struct tally by_code[12000];
	int file;
	unsigned long long total;
};

static void on_count(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct scan *sc = ctx;
	struct tally *t;

	(void)match;
	if (h->wsa < 0 || h->wsa >= (int)(sizeof sc->by_code / sizeof sc->by_code[0]))
		return;
	t = &sc->by_code[h->wsa];
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
	static int order[12000];
	char *buf = malloc(CHUNK);
	int i, k, nfound = 0, failed = 0, jobs;

	if (buf == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	memset(&sc, 0, sizeof sc);
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

	/* codes by count, most first; equal counts by code */
	for (i = 0; i < (int)(sizeof sc.by_code / sizeof sc.by_code[0]); i++)
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
			const wsaerr_entry *e = wsaerr_by_code(order[i]);
			printf("%s\n{\"wsa\":%d,\"name\":", i ? "," : "", order[i]);
			json_string(wsaerr_name(e));
			printf(",\"count\":%llu,\"first\":{\"file\":", t->count);
			json_string(file_name(args, t->first.file));
			printf(",\"line\":%llu},\"last\":{\"file\":", t->first.line);
			json_string(file_name(args, t->last.file));
			printf(",\"line\":%llu},\"message\":", t->last.line);
			json_string(wsaerr_message(e, o->lang));
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
		if (display_width(count, strlen(count)) > wcount)
			wcount = display_width(count, strlen(count));
		if (display_width(code, strlen(code)) > wcode)
			wcode = display_width(code, strlen(code));
		for (i = 0; i < nfound; i++) {
			const char *nm = wsaerr_name(wsaerr_by_code(order[i]));
			if (strlen(nm) > wname)
				wname = strlen(nm);
		}
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
			printf("%*llu  %*d  %-*s  ", (int)wcount, t->count, (int)wcode, order[i],
			       (int)wname, wsaerr_name(wsaerr_by_code(order[i])));
			print_where(args, &t->first);
			printf(" .. ");
			print_where(args, &t->last);
			putchar('\n');
		}
	}
	if (nfound == 0 && !o->json)
		diag("%s%s", wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, o->lang), "");
	return failed ? EXIT_IO : nfound ? EXIT_FOUND : EXIT_NOT_FOUND;
}

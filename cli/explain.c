/*
 * wsaerr explain [TEXT...]   each Winsock error found in the text (stdin
 *                            when none), then what each one means
 * wsaerr scan [FILE...]      how often each error occurs in files (stdin
 *                            when none), with where it was first and last
 *                            seen
 * Exit status: 0 something found, 1 nothing found, 2 usage error, 3 an
 * input could not be read (the others are still scanned).
 */
#ifndef _WIN32
#define _DEFAULT_SOURCE 1
#endif

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#define CHUNK (1u << 20)

/* Bytes of a match as they may go to a terminal: control characters and
 * invalid bytes become '?', valid UTF-8 passes. */
static void print_match(const char *m, size_t n)
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

static void json_bytes(const char *m, size_t n)
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

/* ------------------------------------------------------------------ */
/* explain                                                             */

struct explain {
	const struct opts *o;
	size_t hits;
	unsigned char seen[12000];   /* codes met, to explain each once */
};

static void on_hit(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct explain *x = ctx;
	const struct opts *o = x->o;
	const wsaerr_entry *e = wsaerr_by_code(h->wsa);
	size_t n = (size_t)(h->end - h->start);

	if (o->json) {
		printf(x->hits ? ",\n" : "\n");
		printf("{\"wsa\":%d,\"name\":", h->wsa);
		json_string(wsaerr_name(e));
		printf(",\"start\":%llu,\"end\":%llu,\"line\":%llu,\"match\":", h->start, h->end, h->line);
		json_bytes(match, n);
		printf(",\"evidence\":");
		json_string(wsaerr_evidence_key(h->evidence));
		printf(",\"confidence\":%d,\"message\":", h->confidence);
		json_string(wsaerr_message(e, o->lang));
		printf(",\"explanation\":");
		json_string(wsaerr_explanation(e, o->lang));
		printf(",\"checks\":");
		json_checks(e, o->lang);
		printf(",\"lang\":");
		json_string(wsaerr_lang_tag(o->lang));
		printf("}");
	} else {
		printf("%s %llu: \"", wsaerr_ui_text(WSAERR_UI_LINE, o->lang), h->line);
		print_match(match, n > 160 ? 160 : n);
		printf("%s\" -> %s (%d)\n", n > 160 ? "..." : "", wsaerr_name(e), h->wsa);
	}
	if (h->wsa >= 0 && h->wsa < (int)sizeof x->seen)
		x->seen[h->wsa] = 1;
	x->hits++;
}

/* Reads a whole stream through a scanner. Returns 0, or errno. A regular
 * file is mapped rather than copied into buf, in slices so that memory
 * stays bounded whatever its size. */
static int scan_stream(FILE *f, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn, void *ctx)
{
	size_t n;
#ifndef _WIN32
	struct stat st;
	int fd = fileno(f);

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		const off_t slice = (off_t)64 << 20;
		off_t off;
		for (off = 0; off < st.st_size; off += slice) {
			size_t len = (size_t)(st.st_size - off < slice ? st.st_size - off : slice);
#ifdef MAP_POPULATE
			/* read the slice in at once rather than a fault per page */
			void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, off);
#else
			void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, off);
#endif
			if (map == MAP_FAILED)
				break;
#ifdef MADV_SEQUENTIAL
			madvise(map, len, MADV_SEQUENTIAL);
#endif
			wsaerr_scan(s, map, len, fn, ctx);
			munmap(map, len);
		}
		if (off >= st.st_size) {
			wsaerr_scan_end(s, fn, ctx);
			return 0;
		}
		/* mapping failed part way: read the rest */
		if (fseeko(f, off, SEEK_SET) != 0)
			return errno ? errno : EIO;
	}
#endif

	while ((n = fread(buf, 1, CHUNK, f)) > 0)
		wsaerr_scan(s, buf, n, fn, ctx);
	if (ferror(f))
		return errno ? errno : EIO;
	wsaerr_scan_end(s, fn, ctx);
	return 0;
}

int cmd_explain(const struct opts *o, char **args, int n)
{
	static struct explain x;
	static wsaerr_scanner s;
	int i, rc = EXIT_FOUND;
	size_t c;

	memset(&x, 0, sizeof x);
	x.o = o;
	wsaerr_scanner_init(&s);
	if (o->json)
		printf("[");
	if (n > 0) {
		for (i = 0; i < n; i++) {
			if (i)
				wsaerr_scan(&s, " ", 1, on_hit, &x);
			wsaerr_scan(&s, args[i], strlen(args[i]), on_hit, &x);
		}
		wsaerr_scan_end(&s, on_hit, &x);
	} else {
		char *buf = malloc(CHUNK);
		int err;
		if (buf == NULL) {
			diag("%s%s", strerror(errno), "");
			return EXIT_IO;
		}
		err = scan_stream(stdin, &s, buf, on_hit, &x);
		free(buf);
		if (err) {
			diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), "-", strerror(err));
			rc = EXIT_IO;
		}
	}
	if (o->json) {
		printf(x.hits ? "\n]\n" : "]\n");
	} else if (x.hits) {
		for (c = 0; c < sizeof x.seen; c++)
			if (x.seen[c]) {
				putchar('\n');
				print_entry_text(o, wsaerr_by_code((int)c));
			}
	}
	if (x.hits == 0) {
		if (!o->json)
			diag("%s%s", wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, o->lang), "");
		if (rc == EXIT_FOUND)
			rc = EXIT_NOT_FOUND;
	}
	return rc;
}

/* ------------------------------------------------------------------ */
/* scan                                                                */

struct where {
	int file;                    /* index in the argument list, -1 stdin */
	unsigned long long line;
};

struct tally {
	unsigned long long count;
	struct where first, last;
};

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

static void where_text(char *buf, size_t size, char **args, const struct where *w)
{
	snprintf(buf, size, "%s:%llu", file_name(args, w->file), w->line);
}

int cmd_scan(const struct opts *o, char **args, int n)
{
	static struct scan sc;
	static wsaerr_scanner s;
	static int order[12000];
	char *buf = malloc(CHUNK);
	int i, k, nfound = 0, failed = 0;
	char first[512], last[512];

	if (buf == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	memset(&sc, 0, sizeof sc);
	for (i = 0; i < (n ? n : 1); i++) {
		FILE *f;
		int err;
		const char *path = n ? args[i] : "-";
		sc.file = n ? i : -1;
		if (strcmp(path, "-") == 0) {
			f = stdin;
		} else if ((f = fopen(path, "rb")) == NULL) {
			diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), path, strerror(errno));
			failed = 1;
			continue;
		}
		wsaerr_scanner_init(&s);
		errno = 0;
		err = scan_stream(f, &s, buf, on_count, &sc);
		if (err) {
			diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), path, strerror(err));
			failed = 1;
		}
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
		const char *label = wsaerr_ui_text(WSAERR_UI_SCAN_COUNT, o->lang);
		size_t w = display_width(label, strlen(label));
		for (; w < 10; w++)
			putchar(' ');
		printf("%s  %5s  %-27s  %s\n", label, "code", "name",
		       wsaerr_ui_text(WSAERR_UI_SCAN_SEEN, o->lang));
		for (i = 0; i < nfound; i++) {
			const struct tally *t = &sc.by_code[order[i]];
			where_text(first, sizeof first, args, &t->first);
			where_text(last, sizeof last, args, &t->last);
			printf("%10llu  %5d  %-27s  %s .. %s\n", t->count, order[i],
			       wsaerr_name(wsaerr_by_code(order[i])), first, last);
		}
	}
	if (nfound == 0 && !o->json)
		diag("%s%s", wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, o->lang), "");
	return failed ? EXIT_IO : nfound ? EXIT_FOUND : EXIT_NOT_FOUND;
}

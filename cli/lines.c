/*
 * wsaerr explain --lines   one output row per input line, in order, each
 *                          written out before the next line is read, so
 *                          that the tool can serve as a ClickHouse
 *                          executable function, a Spark pipe() stage or a
 *                          `parallel --pipe` worker (docs/pipelines.md).
 *
 * Each line is judged alone, as wsaerr_recognize() judges one text: a row
 * depends on its line only, so splitting the input anywhere between lines
 * gives the same rows. A row is, in TSV (the default), the Winsock codes of
 * the line's hits in order, as one field "[10054,10061]" ("[]" for none),
 * which ClickHouse reads as Array(UInt16) and every JSON parser as an
 * array: the codes of the mail and Internet systems (SMTP 550, 5.7.1,
 * 0x800CCC0E) are left out of it, so that its type stays that of Winsock
 * codes; with --json, a JSON object per line (JSON Lines), whose hits are
 * all of them, each with its "system" and "value". Memory stays
 * bounded whatever the length of a line. Exit status: 0 when the whole
 * input was read and every row written (with or without hits), 3 when the
 * input could not be read.
 */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#endif

#include "cli.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#define read _read
#define fileno _fileno
#else
#include <unistd.h>
#endif

#define MAXHITS 256 /* hits kept per line; more go through a scanner */

struct row {
	const struct opts *o;
	unsigned long long line; /* the input line number, 1-based */
	size_t hits;
};

/* A JSON string of the bytes m[0..n): invalid UTF-8 becomes U+FFFD, so
 * that every row is valid JSON whatever the input. */
static void json_match(const char *m, size_t n)
{
	static char buf[4 * 1024 + 4];
	size_t i = 0, k = 0;

	while (i < n && k + 4 < sizeof buf) {
		size_t len = utf8_seq(m, i, n);
		if (len == 0) {
			memcpy(buf + k, "\xEF\xBF\xBD", 3);
			k += 3;
			i++;
		} else if (m[i] == 0) {
			buf[k++] = '?';
			i++;
		} else {
			memcpy(buf + k, m + i, len);
			k += len;
			i += len;
		}
	}
	buf[k] = '\0';
	json_string(buf);
}

static void row_begin(struct row *r)
{
	r->hits = 0;
	if (r->o->json)
		printf("{\"line\":%llu,\"hits\":[", r->line);
	else
		putchar('[');
}

static void row_hit(struct row *r, const wsaerr_hit *h, const char *match)
{
	const wsaerr_entry *e = hit_entry(h);

	if (!r->o->json) {
		/* the TSV field holds Winsock codes only */
		if (h->system != WSAERR_SYS_WSA)
			return;
		printf(r->hits ? ",%d" : "%d", h->wsa);
		r->hits++;
		return;
	}
	printf("%s{", r->hits ? "," : "");
	json_hit_code(h);
	printf(",\"name\":");
	json_null_or_string(wsaerr_name(e));
	printf(",\"start\":%llu,\"end\":%llu,\"match\":", h->start, h->end);
	json_match(match, (size_t)(h->end - h->start));
	printf(",\"evidence\":");
	json_string(wsaerr_evidence_key(h->evidence));
	printf(",\"confidence\":%d,\"message\":", h->confidence);
	json_null_or_string(wsaerr_message(e, r->o->lang));
	printf("}");
	r->hits++;
}

/* Ends a row and writes it out at once. */
static int row_end(struct row *r)
{
	if (r->o->json)
		printf("]}\n");
	else
		printf("]\n");
	r->line++;
	return fflush(stdout) != 0 || ferror(stdout);
}

/* A line longer than the buffer goes through a scanner started at the
 * line, whose hits are reported as they settle. */
static void on_long_hit(void *ctx, const wsaerr_hit *h, const char *match)
{
	row_hit(ctx, h, match);
}

/* One whole line held in memory. */
static void judge_line(struct row *r, const char *s, size_t n, wsaerr_scanner *sc)
{
	static wsaerr_hit hits[MAXHITS];
	size_t k, count = wsaerr_recognize(s, n, hits, MAXHITS);

	if (count <= MAXHITS) {
		for (k = 0; k < count; k++)
			row_hit(r, &hits[k], s + hits[k].start);
	} else {
		wsaerr_scanner_init(sc);
		wsaerr_scan(sc, s, n, on_long_hit, r);
		wsaerr_scan_end(sc, on_long_hit, r);
	}
}

int explain_lines(const struct opts *o)
{
	static wsaerr_scanner sc;
	struct row r;
	char *buf = malloc(CHUNK);
	size_t have = 0; /* bytes in buf, from its start */
	int in_long = 0; /* a line longer than buf is being scanned */
	int err = 0;

	if (buf == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
#ifdef _WIN32
	/* the bytes as they are: no CR LF translation, no end at Ctrl-Z */
	_setmode(_fileno(stdin), _O_BINARY);
#endif
	memset(&r, 0, sizeof r);
	r.o = o;
	r.line = 1;
	for (;;) {
		/* read(), not fread(): it returns what has come so far rather
		 * than wait for a full buffer, which a peer that sends a line
		 * and waits for its row would never send */
		long got = (long)read(fileno(stdin), buf + have, (unsigned)(CHUNK - have));
		size_t pos = 0;
		char *nl;

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0) {
			if (got < 0)
				err = errno ? errno : EIO;
			break;
		}
		have += (size_t)got;
		while ((nl = memchr(buf + pos, '\n', have - pos)) != NULL) {
			size_t end = (size_t)(nl - buf);
			if (in_long) {
				wsaerr_scan(&sc, buf + pos, end - pos, on_long_hit, &r);
				wsaerr_scan_end(&sc, on_long_hit, &r);
				in_long = 0;
			} else {
				row_begin(&r);
				judge_line(&r, buf + pos, end - pos, &sc);
			}
			if (row_end(&r)) {
				free(buf);
				return EXIT_IO;
			}
			pos = end + 1;
		}
		if (pos == 0 && have == CHUNK) {
			/* no newline in a full buffer: scan the line as a stream */
			if (!in_long) {
				row_begin(&r);
				wsaerr_scanner_init(&sc);
				in_long = 1;
			}
			wsaerr_scan(&sc, buf, have, on_long_hit, &r);
			have = 0;
			continue;
		}
		memmove(buf, buf + pos, have - pos);
		have -= pos;
		/* rows are out before the next read can wait for input */
		fflush(stdout);
	}
	/* the last line, without a newline at its end */
	if (in_long) {
		wsaerr_scan(&sc, buf, have, on_long_hit, &r);
		wsaerr_scan_end(&sc, on_long_hit, &r);
		row_end(&r);
	} else if (have > 0) {
		row_begin(&r);
		judge_line(&r, buf, have, &sc);
		row_end(&r);
	}
	free(buf);
	if (err) {
		diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), "-", strerror(err));
		return EXIT_IO;
	}
	return EXIT_FOUND;
}

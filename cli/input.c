/*
 * Reading an input of explain and scan through a scanner.
 *
 * Files and pipes are read with read(2) into one buffer, which the
 * scanner judges where it lies (it copies only the last few KB of each
 * chunk). A file that shrinks while it is read (logrotate's copytruncate)
 * just ends sooner: the count up to there is kept and the caller is told,
 * rather than the process being killed by SIGBUS as a mapping would be.
 * bench/read.sh measures this against mmap (BENCHMARKS.md).
 */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#endif

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

/* The first keep_size bytes read, copied to keep (when not NULL). */
static void keep_copy(char *keep, size_t keep_size, size_t *kept, const char *buf, size_t n)
{
	size_t take;

	if (keep == NULL || *kept >= keep_size)
		return;
	take = keep_size - *kept < n ? keep_size - *kept : n;
	memcpy(keep + *kept, buf, take);
	*kept += take;
}

int scan_stream(FILE *f, struct read_result *r, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn,
                void *ctx)
{
	return scan_stream_keep(f, r, s, buf, fn, ctx, NULL, 0, NULL);
}

int scan_stream_keep(FILE *f, struct read_result *r, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn,
                     void *ctx, char *keep, size_t keep_size, size_t *kept)
{
	memset(r, 0, sizeof *r);
#ifndef _WIN32
	{
		struct stat st;
		int fd = fileno(f);
		ssize_t n;

		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
			r->regular = 1;
			r->expected = (unsigned long long)st.st_size;
		}
		for (;;) {
			n = read(fd, buf, CHUNK);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			r->bytes += (unsigned long long)n;
			keep_copy(keep, keep_size, kept, buf, (size_t)n);
			wsaerr_scan(s, buf, (size_t)n, fn, ctx);
		}
		wsaerr_scan_end(s, fn, ctx);
		if (n < 0)
			return r->err = errno ? errno : EIO;
		/* it ended before the size it had when it was opened */
		if (r->regular && r->bytes < r->expected && fstat(fd, &st) == 0 &&
		    (unsigned long long)st.st_size < r->expected)
			r->shrank = 1;
		return 0;
	}
#else
	{
		size_t n;
		while ((n = fread(buf, 1, CHUNK, f)) > 0) {
			r->bytes += n;
			keep_copy(keep, keep_size, kept, buf, n);
			wsaerr_scan(s, buf, n, fn, ctx);
		}
		wsaerr_scan_end(s, fn, ctx);
		if (ferror(f))
			return r->err = errno ? errno : EIO;
		return 0;
	}
#endif
}

int report_read(const struct opts *o, const char *path, const struct read_result *r)
{
	char got[32];

	if (r->err) {
		diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), path, strerror(r->err));
		return 1;
	}
	if (r->shrank) {
		snprintf(got, sizeof got, "%llu", r->bytes);
		diag(wsaerr_ui_text(WSAERR_UI_SHRANK, o->lang), path, got);
		return 1;
	}
	return 0;
}

/* Reads the lines of a stream into strings in one block: line ends (LF or
 * CRLF) removed, blank lines skipped. The caller frees *block and *lines. */
int read_lines(FILE *f, size_t max, char **block, char ***lines, int *n)
{
	char *all = NULL, **out;
	size_t len = 0, cap = 0, got, i, count = 0;
	int k;

	for (;;) {
		if (len + 4096 + 1 > cap) {
			char *more;
			cap = cap ? cap * 2 : 8192;
			more = realloc(all, cap);
			if (more == NULL) {
				free(all);
				return ENOMEM;
			}
			all = more;
		}
		got = fread(all + len, 1, cap - len - 1, f);
		len += got;
		if (len > max) {
			free(all);
			return -1;
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(all);
		return errno ? errno : EIO;
	}
	if (all == NULL)
		all = calloc(1, 1);
	if (all == NULL)
		return ENOMEM;
	all[len] = '\0';
	for (i = 0; i < len; i++)
		if (all[i] == '\n')
			count++;
	out = calloc(count + 2, sizeof *out);
	if (out == NULL) {
		free(all);
		return ENOMEM;
	}
	k = 0;
	for (i = 0; i < len;) {
		char *line = all + i;
		size_t e = i;
		while (e < len && all[e] != '\n')
			e++;
		all[e] = '\0';
		if (e > i && all[e - 1] == '\r')
			all[e - 1] = '\0';
		if (line[strspn(line, " \t")] != '\0')
			out[k++] = line;
		i = e + 1;
	}
	out[k] = NULL;
	*block = all;
	*lines = out;
	*n = k;
	return 0;
}

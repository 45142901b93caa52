/*
 * Reading an input of explain and scan through a scanner.
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

/* Reads a whole stream through a scanner. Returns 0, or errno. A regular
 * file is mapped rather than copied into buf, in slices so that memory
 * stays bounded whatever its size. */
int scan_stream(FILE *f, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn, void *ctx)
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

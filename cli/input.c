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

/* How the tool reads a file, measured against the alternative (issue 11):
 * read(2) into a 1 MB buffer (what cli/input.c does) against mmap() of the
 * whole file with a guarded SIGBUS path (the file may shrink under it).
 * Both feed the same scanner and must report the same hits; each is run
 * five times on a warm page cache and the best time counts.
 * usage: readmap FILE */
#define _POSIX_C_SOURCE 200809L
#include "wsaerr.h"

#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (1u << 20)

static void count_hit(void *ctx, const wsaerr_hit *hit, const char *match)
{
	(void)hit;
	(void)match;
	++*(unsigned long long *)ctx;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static wsaerr_scanner sc;

static unsigned long long by_read(const char *path)
{
	static char buf[CHUNK];
	unsigned long long hits = 0;
	ssize_t got;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return 0;
	wsaerr_scanner_init(&sc);
	while ((got = read(fd, buf, sizeof buf)) > 0)
		wsaerr_scan(&sc, buf, (size_t)got, count_hit, &hits);
	wsaerr_scan_end(&sc, count_hit, &hits);
	close(fd);
	return hits;
}

static sigjmp_buf bus_jump;

static void on_bus(int sig)
{
	(void)sig;
	siglongjmp(bus_jump, 1);
}

/* The whole file mapped; a SIGBUS (the file got shorter) ends the scan
 * where it happened, as the read path ends at the new end of file. */
static unsigned long long by_map(const char *path)
{
	unsigned long long hits = 0;
	struct stat st;
	struct sigaction sa, old;
	volatile size_t at = 0;
	char *p;
	int fd = open(path, O_RDONLY);

	if (fd < 0 || fstat(fd, &st) != 0 || st.st_size == 0)
		return 0;
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_bus;
	sigaction(SIGBUS, &sa, &old);
	wsaerr_scanner_init(&sc);
	if (sigsetjmp(bus_jump, 1) == 0) {
		/* in the same 1 MB steps, so that only the mapping differs */
		while (at < (size_t)st.st_size) {
			size_t n = (size_t)st.st_size - at < CHUNK ? (size_t)st.st_size - at
			                                           : CHUNK;
			wsaerr_scan(&sc, p + at, n, count_hit, &hits);
			at += n;
		}
	}
	wsaerr_scan_end(&sc, count_hit, &hits);
	sigaction(SIGBUS, &old, NULL);
	munmap(p, (size_t)st.st_size);
	return hits;
}

int main(int argc, char **argv)
{
	double best_r = 0, best_m = 0, t;
	unsigned long long hr = 0, hm = 0;
	struct stat st;
	int i;

	if (argc != 2 || stat(argv[1], &st) != 0) {
		fprintf(stderr, "usage: readmap FILE\n");
		return 2;
	}
	for (i = 0; i < 5; i++) {
		t = now();
		hr = by_read(argv[1]);
		t = now() - t;
		if (i == 0 || t < best_r)
			best_r = t;
		t = now();
		hm = by_map(argv[1]);
		t = now() - t;
		if (i == 0 || t < best_m)
			best_m = t;
	}
	printf("| way of reading (same %lld MB file, best of 5) | MB/s | hits |\n",
	       (long long)(st.st_size >> 20));
	printf("|---|---:|---:|\n");
	printf("| read(2), 1 MB buffer (the tool) | %.0f | %llu |\n",
	       (double)st.st_size / 1048576 / best_r, hr);
	printf("| mmap() of the whole file, SIGBUS guarded | %.0f | %llu |\n",
	       (double)st.st_size / 1048576 / best_m, hm);
	return hr == hm ? 0 : 1;
}

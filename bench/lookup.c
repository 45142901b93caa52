/*
 * Lookup speed, ns per lookup, library beside the alternatives a user would
 * write: a linear scan of the same table and a bare array index (by code),
 * a linear scan with a case-insensitive compare (by name). Every variant
 * looks up the same shuffled keys in the same run; the best of 21 rounds is
 * reported, since the minimum is the least disturbed by other load.
 * usage: lookup [rounds-of-1M]
 */
#define _POSIX_C_SOURCE 200809L
#include "wsaerr.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define KEYS 4096
#define ROUNDS 21

static int codes[KEYS];
static const char *names[KEYS];
static char name_store[KEYS][64];
static const wsaerr_entry *direct[11040];
static volatile size_t sink;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static const wsaerr_entry *scan_code(int code)
{
	size_t i, n = wsaerr_count();
	for (i = 0; i < n; i++)
		if (wsaerr_code(wsaerr_at(i)) == code)
			return wsaerr_at(i);
	return NULL;
}

static int ci_equal(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (toupper((unsigned char)*a) != toupper((unsigned char)*b))
			return 0;
	return *a == *b;
}

static const wsaerr_entry *scan_name(const char *name)
{
	size_t i, n = wsaerr_count();
	for (i = 0; i < n; i++)
		if (ci_equal(wsaerr_name(wsaerr_at(i)), name))
			return wsaerr_at(i);
	return NULL;
}

#define TIME(label, expr, iters) do { \
	double best = 1e300; int r; long it; \
	for (r = 0; r < ROUNDS; r++) { \
		double t0 = now(); size_t acc = 0; \
		for (it = 0; it < (iters); it++) { size_t k = (size_t)it & (KEYS - 1); acc += (size_t)(expr); } \
		sink += acc; \
		{ double t = (now() - t0) / (double)(iters); if (t < best) best = t; } \
	} \
	printf("| %-44s | %8.2f |\n", label, best); \
	results[nres++] = best; \
} while (0)

/* Latency: each lookup's key depends on the previous result, as when a
 * program looks a code up and then uses what it found. */
#define CHAIN(label, lookup, iters) do { \
	double best = 1e300; int r; long it; \
	for (r = 0; r < ROUNDS; r++) { \
		double t0 = now(); size_t k = 0; \
		for (it = 0; it < (iters); it++) { \
			const void *p_ = (const void *)(lookup); \
			k = (k + 1 + ((size_t)p_ & 1)) & (KEYS - 1); \
		} \
		sink += k; \
		{ double t = (now() - t0) / (double)(iters); if (t < best) best = t; } \
	} \
	printf("| %-44s | %8.2f |\n", label, best); \
	results[nres++] = best; \
} while (0)

int main(int argc, char **argv)
{
	long iters = (argc > 1 ? atol(argv[1]) : 2) * 1000000L;
	size_t i, n = wsaerr_count();
	double results[16];
	int nres = 0;

	srand(12345);
	for (i = 0; i < n; i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		direct[wsaerr_code(e)] = e;
	}
	for (i = 0; i < KEYS; i++) {
		/* Only Winsock's own range, which is what programs see. */
		const wsaerr_entry *e;
		do
			e = wsaerr_at((size_t)rand() % n);
		while (wsaerr_code(e) < 10000);
		codes[i] = wsaerr_code(e);
		{
			/* Names as people type them: mixed case, half without WSA. */
			const char *nm = wsaerr_name(e);
			size_t k;
			if (rand() & 1 && strncmp(nm, "WSAE", 4) == 0)
				nm += 3;
			for (k = 0; nm[k] && k < 63; k++)
				name_store[i][k] = (char)((rand() & 1) ? tolower((unsigned char)nm[k]) : nm[k]);
			name_store[i][k] = '\0';
			names[i] = name_store[i];
		}
	}

	printf("| lookup (%ld M keys per round, best of %d) | ns/lookup |\n", iters / 1000000L, ROUNDS);
	printf("|---|---:|\n");
	TIME("by code: wsaerr_by_code()", wsaerr_by_code(codes[k]), iters);
	TIME("by code: bare array index direct[code]", direct[codes[k]], iters);
	TIME("by code: linear scan of the table", scan_code(codes[k]), iters / 10);
	TIME("by name: wsaerr_by_name() (any case, WSA optional)", wsaerr_by_name(names[k]), iters);
	TIME("by name: linear scan, case-insensitive compare", scan_name(name_store[k]), iters / 20);
	CHAIN("by code, dependent chain: wsaerr_by_code()", wsaerr_by_code(codes[k]), iters);
	CHAIN("by code, dependent chain: bare array index", direct[codes[k]], iters);
	CHAIN("by name, dependent chain: wsaerr_by_name()", wsaerr_by_name(names[k]), iters);
	printf("\nwsaerr_by_code / bare index: %.2fx independent, %.2fx dependent (target: within 2x)\n",
	       results[0] / results[1], results[5] / results[6]);
	printf("wsaerr_by_name: %.1f ns independent, %.1f ns dependent (target: under 30 ns)\n",
	       results[3], results[7]);
	return 0;
}

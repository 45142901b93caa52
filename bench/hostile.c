/*
 * Writes one hostile input of about N megabytes to stdout, for
 * bench/hostile.sh: the kinds of text that made the scanner slow before
 * (issue 11) and the shapes a scanner can meet at worst.
 * usage: hostile KIND MEGABYTES > file
 *   KIND: hex8007 einval sockeinval wsaetimeout win32 digits codes nuls
 *         highbytes wsae connection cjk nocand allcand line:N (lines of N
 *         bytes)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state = 0x2026112900000001ull;

static unsigned rnd(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)((state >> 11) % n);
}

static void repeat(const char *unit, size_t total)
{
	static char buf[1 << 16];
	size_t u = strlen(unit), n = 0, k;

	for (k = 0; k + u <= sizeof buf; k += u)
		memcpy(buf + k, unit, u);
	while (n < total) {
		size_t w = total - n < k ? total - n : k;
		fwrite(buf, 1, w, stdout);
		n += w;
	}
}

int main(int argc, char **argv)
{
	static const char *const words[] = {
		"WSAECONNRESET", "10054", "Connection", "refused", "0x80072746", "port",  "10061",
		"took",          "ms",    "error",      "socket",  "EINVAL",     "recv",  "timed",
		"out",           "host",  "an",         "the",     "by",         "remote"
	};
	const char *kind = argc > 1 ? argv[1] : "";
	size_t total = (size_t)(argc > 2 ? strtoull(argv[2], NULL, 10) : 64) << 20, n = 0, i;

	if (strcmp(kind, "hex8007") == 0)
		repeat("0x8007 ", total);
	else if (strcmp(kind, "einval") == 0)
		repeat("EINVAL ", total);
	else if (strcmp(kind, "sockeinval") == 0)
		repeat("setsockopt EINVAL 10054 ", total);
	else if (strcmp(kind, "wsaetimeout") == 0)
		repeat("WSAETIMEOUT ", total); /* a WSA name one letter off */
	else if (strcmp(kind, "win32") == 0)
		repeat("Win32 error 1225 ", total);
	else if (strcmp(kind, "digits") == 0)
		repeat("1", total);
	else if (strcmp(kind, "codes") == 0)
		repeat("10054 ", total);
	else if (strcmp(kind, "wsae") == 0)
		repeat("WSAE", total);
	else if (strcmp(kind, "connection") == 0)
		repeat("Connection ", total);
	else if (strcmp(kind, "cjk") == 0)
		repeat("远程主机强迫关闭了一个现有的连接", total);
	else if (strcmp(kind, "nocand") == 0)
		repeat("abc def ghi jkl mno ", total);
	else if (strcmp(kind, "allcand") == 0)
		repeat("Socket Error: 10061 WSAECONNRESET 0x80072746 Connection refused EINVAL ",
		       total);
	else if (strcmp(kind, "nuls") == 0 || strcmp(kind, "highbytes") == 0) {
		static unsigned char buf[1 << 16];
		int high = kind[0] == 'h';
		while (n < total) {
			for (i = 0; i < sizeof buf; i++)
				buf[i] = high ? (unsigned char)(0x80 + rnd(128)) : 0;
			fwrite(buf, 1, sizeof buf, stdout);
			n += sizeof buf;
		}
	} else if (strncmp(kind, "line:", 5) == 0) {
		/* lines of exactly N bytes (the newline included) of random words */
		size_t len = strtoull(kind + 5, NULL, 10), col = 0;
		if (len < 1)
			len = 1;
		while (n < total) {
			if (col + 1 == len) {
				putchar('\n');
				col = 0;
				n++;
				continue;
			} else {
				const char *w = words[rnd(20)];
				size_t wl = strlen(w);
				if (col + wl + 1 >= len) {
					putchar('x');
					col++;
				} else {
					printf("%s ", w);
					col += wl + 1;
					n += wl;
				}
			}
			n++;
		}
	} else {
		fprintf(stderr, "usage: hostile KIND MEGABYTES\n");
		return 2;
	}
	return 0;
}

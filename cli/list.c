/*
 * wsaerr list       every code: a heading per system, then one line per
 *                   code in numeric order
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_list(const struct opts *o)
{
	size_t i, n = wsaerr_count();
	const wsaerr_entry **rows;

	if (o->json) {
		printf("[\n");
		for (i = 0; i < n; i++) {
			json_entry(o, wsaerr_at(i), NULL, NULL);
			printf(i + 1 < n ? ",\n" : "\n");
		}
		printf("]\n");
		return EXIT_FOUND;
	}
	rows = malloc(n * sizeof *rows);
	if (rows == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	for (i = 0; i < n; i++)
		rows[i] = wsaerr_at(i);
	sort_listing(rows, n);
	print_listing(o, rows, n);
	free(rows);
	return EXIT_FOUND;
}

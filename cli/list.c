/*
 * wsaerr list       every code, one per line
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_list(const struct opts *o)
{
	size_t i, n = wsaerr_count();

	if (o->json)
		printf("[\n");
	for (i = 0; i < n; i++) {
		if (o->json) {
			json_entry(o, wsaerr_at(i), NULL, NULL);
			printf(i + 1 < n ? ",\n" : "\n");
		} else {
			print_list_line(wsaerr_at(i), o->lang);
		}
	}
	if (o->json)
		printf("]\n");
	return EXIT_FOUND;
}

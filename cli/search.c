/*
 * wsaerr search WORD...   the codes whose texts contain every word
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_search(const struct opts *o, char **words, int n)
{
	size_t i, count = wsaerr_count();
	int found = 0;

	if (n == 0)
		return usage_error(o->lang, WSAERR_UI_NEEDS_WORD, "", "");
	if (o->json)
		printf("[");
	for (i = 0; i < count; i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		if (!wsaerr_matches(e, (const char *const *)words, (size_t)n))
			continue;
		if (o->json) {
			printf(found ? ",\n" : "\n");
			json_entry(o, e, NULL, NULL);
		} else {
			print_list_line(e, o->lang);
		}
		found++;
	}
	if (o->json)
		printf(found ? "\n]\n" : "]\n");
	if (!found) {
		diag("%s: %s", wsaerr_ui_text(WSAERR_UI_NO_MATCH, o->lang), words[0]);
		return EXIT_NOT_FOUND;
	}
	return EXIT_FOUND;
}

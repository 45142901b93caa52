/*
 * wsaerr search WORD...   the codes whose texts contain every word; a
 *                         quoted "several words" is one phrase, a number
 *                         finds its own code
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The words and phrases of the arguments, into words[] (strings in buf):
 * an argument with blanks in it (quoted for the shell) is one phrase, and
 * so is everything from an argument that starts with '"' to one that ends
 * with it; blanks inside a phrase count as one space. Returns how many. */
static int split_words(char **args, int n, char *buf, char **words)
{
	int i, count = 0, in_phrase = 0;
	size_t len = 0;

	for (i = 0; i < n; i++) {
		const char *p = args[i];
		size_t m = strlen(p), k;
		int closes = 0;
		if (!in_phrase) {
			words[count++] = buf + len;
			if (p[0] == '"') {
				in_phrase = 1;
				p++;
				m--;
			}
		} else {
			buf[len++] = ' ';
		}
		if (in_phrase && m > 0 && p[m - 1] == '"') {
			m--;
			closes = 1;
		}
		for (k = 0; k < m; k++) {
			int blank = p[k] == ' ' || p[k] == '\t' || p[k] == '\n' || p[k] == '\r';
			if (blank && (buf + len == words[count - 1] || buf[len - 1] == ' '))
				continue;
			buf[len++] = blank ? ' ' : p[k];
		}
		if (in_phrase && !closes)
			continue;
		in_phrase = 0;
		while (buf + len > words[count - 1] && buf[len - 1] == ' ')
			len--;
		buf[len++] = '\0';
		if (words[count - 1][0] == '\0')
			count--;
	}
	if (in_phrase) {
		while (buf + len > words[count - 1] && buf[len - 1] == ' ')
			len--;
		buf[len++] = '\0';
		if (words[count - 1][0] == '\0')
			count--;
	}
	return count;
}

/* Names the words that match no code at all, or says that each matches
 * but not all together. */
static void no_match(const struct opts *o, char **words, int n)
{
	char list[1024];
	size_t len = 0, c, count = wsaerr_count();
	int i, missing = 0;

	list[0] = '\0';
	for (i = 0; i < n; i++) {
		const char *w[1];
		w[0] = words[i];
		for (c = 0; c < count; c++)
			if (wsaerr_matches(wsaerr_at(c), w, 1))
				break;
		if (c < count)
			continue;
		if (len < sizeof list)
			len += (size_t)snprintf(list + len, sizeof list - len,
			                        strchr(words[i], ' ') ? "%s\"%s\"" : "%s%s",
			                        missing ? ", " : "", words[i]);
		missing++;
	}
	if (missing) {
		diag("%s: %s", wsaerr_ui_text(WSAERR_UI_NO_MATCH, o->lang), list);
		return;
	}
	for (i = 0; i < n && len < sizeof list; i++)
		len += (size_t)snprintf(list + len, sizeof list - len,
		                        strchr(words[i], ' ') ? "%s\"%s\"" : "%s%s", i ? " " : "",
		                        words[i]);
	diag("%s: %s", wsaerr_ui_text(WSAERR_UI_NO_MATCH_TOGETHER, o->lang), list);
}

int cmd_search(const struct opts *o, char **args, int n)
{
	size_t i, count = wsaerr_count(), total = 0, found = 0;
	const wsaerr_entry **rows;
	char *buf, **words;
	int k, nwords;

	for (k = 0; k < n; k++)
		total += strlen(args[k]) + 2;
	buf = malloc(total + 1);
	words = calloc((size_t)n + 1, sizeof *words);
	rows = malloc(count * sizeof *rows);
	if (buf == NULL || words == NULL || rows == NULL) {
		free(buf);
		free(words);
		free(rows);
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	nwords = split_words(args, n, buf, words);
	if (nwords == 0) {
		free(buf);
		free(words);
		free(rows);
		return usage_error(o->lang, WSAERR_UI_NEEDS_WORD, "", "");
	}
	for (i = 0; i < count; i++)
		if (wsaerr_matches(wsaerr_at(i), (const char *const *)words, (size_t)nwords))
			rows[found++] = wsaerr_at(i);
	if (o->json) {
		printf("[");
		for (i = 0; i < found; i++) {
			printf(i ? ",\n" : "\n");
			json_entry(o, rows[i], NULL, NULL);
		}
		printf(found ? "\n]\n" : "]\n");
	} else {
		sort_listing(rows, found);
		print_listing(o, rows, found);
	}
	if (!found)
		no_match(o, words, nwords);
	free(buf);
	free(words);
	free(rows);
	return found ? EXIT_FOUND : EXIT_NOT_FOUND;
}

/*
 * wsaerr QUERY...   what each code, name or number means (the default
 * subcommand).
 *
 * Whatever a person pastes works: an operand that is not a query (not a
 * number, not a known name) is text, read by the recognizer as explain
 * reads it, and operands that are not queries are one text together. Only
 * when the text holds no error is it an error, with a suggestion for a
 * misspelt name or a hint to search. With no operand (and input that is
 * not a terminal), or for "-", the queries are the lines of standard
 * input.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Queries read from standard input: at most this many bytes. */
#define STDIN_MAX (1u << 20)
#define STDIN_MAX_TEXT "1 MiB"

enum { OP_QUERY = 1, OP_WORD };

struct operand {
	struct arg a;
	int kind;          /* OP_QUERY or OP_WORD */
	int status;        /* what wsaerr_parse() said */
	size_t start, end; /* its bytes in the text of all operands */
	int covered;       /* a hit of that text spans it */
	wsaerr_query q;
};

/* ------------------------------------------------------------------ */
/* Queries                                                             */

/* Reads one query into q. Returns 0, or the exit status of a failure after
 * printing its diagnostic. */
/* 1 when the n bytes at s hold a control character (C0, DEL or C1). */
static int has_controls(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < n; i++)
		if (u[i] < 0x20 || u[i] == 0x7F || (u[i] == 0xC2 && i + 1 < n && u[i + 1] < 0xA0))
			return 1;
	return 0;
}

static int read_query(const struct opts *o, struct operand *op)
{
	wsaerr_query *q = &op->q;

	if (op->status != WSAERR_PARSE_OK) {
		diag("'%s': %s", op->a.text, wsaerr_parse_status_text(op->status, o->lang));
		return EXIT_USAGE;
	}
	if (op->a.system) {
		/* --errno 104, --eai -2: a number of this host's own system. */
		if (q->form == WSAERR_FORM_NAME) {
			diag(wsaerr_ui_text(WSAERR_UI_NOT_A_NUMBER, o->lang), op->a.text, "");
			return EXIT_USAGE;
		}
		q->nreadings = 1;
		wsaerr_read(op->a.system, q->number, &q->readings[0]);
		q->entry = q->readings[0].entry;
	}
	return 0;
}

/* A reading is worth a line of its own unless the query simply named or
 * numbered the row shown below it. */
static int reading_is_plain(const wsaerr_query *q)
{
	const wsaerr_reading *r = &q->readings[0];
	return q->nreadings == 1 && r->entry && r->system == wsaerr_system(r->entry) &&
	       r->value == wsaerr_value(r->entry);
}

/* For an enhanced code: what its class says (5.X.X) and, when the code is
 * not in the registry, what its subject says (X.7.X). */
static void print_class(const wsaerr_reading *r, int l)
{
	print_enhanced_class(r->system, r->value, r->entry != NULL, l);
}

static void print_reading(const struct opts *o, const wsaerr_reading *r)
{
	int l = o->lang;
	char value[32];

	format_value(value, sizeof value, r);
	printf("  %s: %s %s", wsaerr_ui_text(WSAERR_UI_READ_AS, l), system_label(r->system, l),
	       value);
	if (r->name && strcmp(r->name, value) != 0 &&
	    !(is_mail_system(r->system) && r->entry && r->system == wsaerr_system(r->entry)))
		printf(" (%s)", r->name);
	else if (r->system == WSAERR_SYS_ERRNO && r->value > 0 && r->value < 4096)
		/* An errno the catalogue does not map: at least say what it is. */
		printf(" (%s)", strerror((int)r->value));
	if (r->wsa == WSAERR_NONE && r->entry == NULL) {
		/* a code of a mail system that is not catalogued is not found
		 * there; the others have no Winsock equivalent */
		printf(": %s\n", wsaerr_ui_text(is_mail_system(r->system) ? WSAERR_UI_NOT_FOUND
		                                                          : WSAERR_UI_NO_EQUIVALENT,
		                                l));
		print_class(r, l);
		return;
	}
	if (r->entry &&
	    !(r->system == wsaerr_system(r->entry) && r->value == wsaerr_value(r->entry))) {
		if (is_mail_system(wsaerr_system(r->entry))) {
			system_value_text(value, sizeof value, wsaerr_system(r->entry),
			                  wsaerr_value(r->entry), wsaerr_name(r->entry));
			if (r->system != wsaerr_system(r->entry) && r->name &&
			    strcmp(r->name, wsaerr_name(r->entry)) == 0)
				printf(" -> %s %s", system_label(wsaerr_system(r->entry), l),
				       value);
			else
				printf(" -> %s", wsaerr_name(r->entry));
		} else {
			printf(" -> %s (%d)", wsaerr_name(r->entry), wsaerr_code(r->entry));
		}
	}
	putchar('\n');
	print_class(r, l);
}

/* -1 is what a failed Winsock call returns (SOCKET_ERROR; INVALID_SOCKET
 * from socket() and accept()), not a code: say so, and where the code is. */
static void show_socket_error(const struct opts *o, const char *query, int *shown)
{
	int l = o->lang;

	if (o->json) {
		wsaerr_reading r;
		struct how how;
		memset(&r, 0, sizeof r);
		memset(&how, 0, sizeof how);
		r.system = WSAERR_SYS_WSA;
		r.value = -1;
		r.name = "SOCKET_ERROR";
		r.wsa = WSAERR_NONE;
		how.message = wsaerr_ui_text(WSAERR_UI_SOCKET_ERROR, l);
		how.explanation = wsaerr_ui_text(WSAERR_UI_SOCKET_ERROR_MORE, l);
		printf(*shown ? ",\n" : "\n");
		json_lookup(o, NULL, query, &r, &how);
	} else {
		if (*shown)
			putchar('\n');
		printf("SOCKET_ERROR, INVALID_SOCKET  -1\n");
		put_wrapped(wsaerr_ui_text(WSAERR_UI_SOCKET_ERROR, l), "  ", 2);
		putchar('\n');
		put_wrapped(wsaerr_ui_text(WSAERR_UI_SOCKET_ERROR_MORE, l), "  ", 2);
	}
	(*shown)++;
}

/* After a row's text block, with --call: the note of that function, or a
 * diagnostic that its page does not list the code. Returns the exit
 * status. */
static int show_call_note(const struct opts *o, const wsaerr_entry *e)
{
	char line[256];

	if (o->call < 0 || print_call_note(o, e))
		return EXIT_FOUND;
	snprintf(line, sizeof line, wsaerr_call_ui_text(WSAERR_CALL_UI_NOT_LISTED, o->lang),
	         wsaerr_call_name(o->call));
	diag("%s: %s", wsaerr_name(e), line);
	return EXIT_NOT_FOUND;
}

/* Looks one query up and prints it; returns its exit status. */
static int show_query(const struct opts *o, struct operand *op, int *shown)
{
	wsaerr_query *q = &op->q;
	int status = EXIT_FOUND;
	size_t k, j;
	char buf[160];

	if (read_query(o, op))
		return EXIT_USAGE;
	if (q->nreadings == 0) {
		if (q->form != WSAERR_FORM_NAME && q->code == -1 && !op->a.system) {
			show_socket_error(o, op->a.text, shown);
			return EXIT_FOUND;
		}
		if (q->form == WSAERR_FORM_NAME) {
			/* a prefixed name its system does not have (pop3:NOPE) */
			diag("%s: %s", op->a.text, wsaerr_ui_text(WSAERR_UI_NOT_FOUND, o->lang));
		} else {
			wsaerr_format(buf, sizeof buf, q->code, o->lang);
			diag("%s: %s", op->a.text, buf);
		}
		return EXIT_NOT_FOUND;
	}
	for (k = 0; k < q->nreadings; k++)
		if (q->readings[k].entry == NULL)
			status = EXIT_NOT_FOUND;
	if (o->json) {
		for (k = 0; k < q->nreadings; k++) {
			printf(*shown ? ",\n" : "\n");
			json_entry(o, q->readings[k].entry, op->a.text, &q->readings[k]);
			(*shown)++;
			if (o->call >= 0 && q->readings[k].entry &&
			    !call_note(q->readings[k].entry, o->call, o->lang))
				status = EXIT_NOT_FOUND;
		}
		return status;
	}
	if (*shown)
		putchar('\n');
	(*shown)++;
	if (!reading_is_plain(q)) {
		printf("%s\n", op->a.text);
		for (k = 0; k < q->nreadings; k++)
			print_reading(o, &q->readings[k]);
		if (q->entry)
			putchar('\n');
	}
	/* Each row once, in the order of the readings. */
	for (k = 0; k < q->nreadings; k++) {
		const wsaerr_entry *e = q->readings[k].entry;
		int seen = 0;
		if (e == NULL)
			continue;
		for (j = 0; j < k; j++)
			if (q->readings[j].entry == e)
				seen = 1;
		if (seen)
			continue;
		if (k > 0 && q->readings[0].entry)
			putchar('\n');
		/* a row whose twin, with the same texts, was just shown: only
		 * its name (12007 is WinINet's and WinHTTP's) */
		for (j = 0; j < k; j++)
			if (q->readings[j].entry && q->readings[j].entry == wsaerr_twin(e) &&
			    wsaerr_message(e, o->lang) == wsaerr_message(wsaerr_twin(e), o->lang))
				seen = 1;
		if (seen) {
			char first[96];
			snprintf(first, sizeof first, "%s: ", wsaerr_name(e));
			snprintf(buf, sizeof buf, "%s %s",
			         wsaerr_ui_text(WSAERR_UI_SAME_MEANING_AS, o->lang),
			         wsaerr_name(wsaerr_twin(e)));
			put_wrapped(buf, first, 2);
			continue;
		}
		print_entry_text(o, e);
		if (show_call_note(o, e) == EXIT_NOT_FOUND)
			status = EXIT_NOT_FOUND;
	}
	return status;
}

/* ------------------------------------------------------------------ */
/* Text: what the recognizer finds in the operands that are not queries */

/* The hits of the text that are worth showing as text: those that do not
 * lie inside one query (which is shown as a query). Returns the exit
 * status. */
static int show_text(const struct opts *o, const char *text, const wsaerr_hit *hits,
                     const unsigned char *keep, size_t nh, int *shown)
{
	static struct seen_codes seen;
	size_t i, n = strlen(text);
	char line[512], target[256];
	int status = EXIT_FOUND;

	if (o->json) {
		for (i = 0; i < nh; i++) {
			const wsaerr_entry *e = hit_entry(&hits[i]);
			wsaerr_reading r;
			struct how how;
			if (!keep[i])
				continue;
			memset(&r, 0, sizeof r);
			memset(&how, 0, sizeof how);
			r.system = hits[i].system;
			r.value = hits[i].value;
			r.name = wsaerr_name(e);
			r.wsa = hits[i].wsa;
			r.entry = e;
			how.match = text + hits[i].start;
			how.match_len = (size_t)(hits[i].end - hits[i].start);
			how.evidence = hits[i].evidence;
			printf(*shown ? ",\n" : "\n");
			json_lookup(o, e, text, &r, &how);
			(*shown)++;
			if (o->call >= 0 && !call_note(e, o->call, o->lang))
				status = EXIT_NOT_FOUND;
		}
		return status;
	}
	if (*shown)
		putchar('\n');
	(*shown)++;
	print_cut(text, n, term_width() - 1);
	putchar('\n');
	for (i = 0; i < nh; i++) {
		const wsaerr_hit *h = &hits[i];
		size_t len = (size_t)(h->end - h->start);
		int ev = h->evidence;
		const char *how = ev >= WSAERR_EV_CODE && ev <= WSAERR_EV_KIND
		                          ? wsaerr_ui_text(WSAERR_UI_EV_CODE + ev - WSAERR_EV_CODE,
		                                           o->lang)
		                          : wsaerr_evidence_key(ev);
		char match[200], first[64];
		size_t k;
		if (!keep[i])
			continue;
		snprintf(match, sizeof match, "%.*s%s", (int)(len > 120 ? 120 : len),
		         text + h->start, len > 120 ? "..." : "");
		for (k = 0; match[k]; k++)
			if ((unsigned char)match[k] < 0x20 || match[k] == 0x7F)
				match[k] = ' ';
		hit_target(target, sizeof target, h, o->lang);
		snprintf(line, sizeof line, "\"%s\" (%s) -> %s", match, how ? how : "?", target);
		snprintf(first, sizeof first,
		         "  %s: ", wsaerr_ui_text(WSAERR_UI_READ_AS_TEXT, o->lang));
		put_wrapped(line, first, 4);
	}
	/* each code once: the Winsock ones by code (with the --call note),
	 * then the others */
	memset(&seen, 0, sizeof seen);
	for (i = 0; i < nh; i++)
		if (keep[i])
			seen_add(&seen, &hits[i]);
	return print_seen(o, &seen, show_call_note);
}

/* ------------------------------------------------------------------ */
/* Nothing found: what went wrong, and what to try                     */

/* The optimal string alignment distance between a and b (both at most
 * 63 bytes): insertions, deletions, substitutions, transpositions. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
	static size_t d[64][64];
	size_t i, j;

	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

/* How far a typed word is from a name, with or without its WSA prefix. */
static size_t name_distance(const char *up, size_t n, const char *name)
{
	size_t len = strlen(name), best;

	if (len > 63)
		return (size_t)-1;
	best = distance(up, n, name, len);
	if (strncmp(name, "WSA_", 4) == 0 && distance(up, n, name + 4, len - 4) < best)
		best = distance(up, n, name + 4, len - 4);
	else if (strncmp(name, "WSA", 3) == 0 && distance(up, n, name + 3, len - 3) < best)
		best = distance(up, n, name + 3, len - 3);
	return best;
}

/* The names closest to a word that is not one ("econreset" ->
 * WSAECONNRESET), into out as "A, B"; empty when none is close: at most
 * one edit for a word of up to 4 characters, two up to 8, three beyond,
 * and always fewer edits than half its length. */
static void suggest(const char *word, char *out, size_t size)
{
	char up[64];
	size_t n = strlen(word), i, k, best = (size_t)-1, len = 0, allowed;
	int found = 0;

	out[0] = '\0';
	if (n < 3 || n >= sizeof up)
		return;
	for (i = 0; i < n; i++) {
		char c = word[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_'))
			return;
		up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
	}
	up[n] = '\0';
	allowed = n <= 4 ? 1 : n <= 8 ? 2 : 3;
	if (allowed * 2 >= n)
		allowed = (n - 1) / 2;
	/* two passes: the best distance, then the names at it */
	for (k = 0; k < 2; k++)
		for (i = 0; i < wsaerr_count(); i++) {
			const wsaerr_entry *e = wsaerr_at(i);
			const char *name = wsaerr_name(e);
			size_t a = 0, d;
			for (;;) {
				d = name_distance(up, n, name);
				if (k == 0 && d < best)
					best = d;
				if (k == 1 && d == best && best <= allowed && found < 3 &&
				    len < size && !strstr(out, name)) {
					len += (size_t)snprintf(out + len, size - len, "%s%s",
					                        found ? ", " : "", name);
					found++;
				}
				if ((name = wsaerr_alias(e, a++)) == NULL)
					break;
			}
		}
}

/* 1 when a text starts like a number (so that a malformed one is a usage
 * error, not a text to read): a digit, "-" or "0x", or nothing at all. */
static int looks_numeric(const char *s)
{
	s += strspn(s, " \t");
	return *s == '\0' || (*s >= '0' && *s <= '9') ||
	       (*s == '-' && (s[1] == '\0' || (s[1] >= '0' && s[1] <= '9')));
}

/* The operands first .. last - 1, all words, in which the text holds no
 * error: diagnostics and the exit status. */
static int nothing_found(const struct opts *o, const struct operand *ops, int first, int last,
                         const char *text)
{
	const struct operand *op = &ops[first];
	char words[1024], names[256];
	size_t len = ops[last - 1].end - op->start;
	int l = o->lang, rc = EXIT_NOT_FOUND;

	if (last - first == 1) {
		const char *t = op->a.text;
		if (op->a.after_dashes && t[0] == '-' &&
		    (t[1] == '-' || (t[1] >= 'a' && t[1] <= 'z') || (t[1] >= 'A' && t[1] <= 'Z'))) {
			diag(wsaerr_ui_text(WSAERR_UI_AFTER_DASHES, l), t, "");
			return EXIT_USAGE;
		}
		if (op->status != WSAERR_PARSE_OK && op->status != WSAERR_PARSE_BAD_NAME &&
		    looks_numeric(t)) {
			diag("'%s': %s", t, wsaerr_parse_status_text(op->status, l));
			return EXIT_USAGE;
		}
		if (op->status == WSAERR_PARSE_OK) {
			diag("%s: %s", t, wsaerr_ui_text(WSAERR_UI_NOT_FOUND, l));
			suggest(t, names, sizeof names);
			if (names[0]) {
				diag(wsaerr_ui_text(WSAERR_UI_DID_YOU_MEAN, l), names, "");
				return rc;
			}
		} else {
			diag("'%s': %s", t, wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, l));
		}
	} else {
		snprintf(words, sizeof words, "%.*s", (int)len, text + op->start);
		diag("'%s': %s", words, wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, l));
	}
	/* a hint to type: only for words a terminal shows as they are */
	if (len <= 200 && !has_controls(text + op->start, len)) {
		snprintf(words, sizeof words, "%.*s", (int)len, text + op->start);
		fprintf(stderr, wsaerr_ui_text(WSAERR_UI_TRY_SEARCH, l), words);
		fputc('\n', stderr);
	}
	return rc;
}

/* ------------------------------------------------------------------ */

/* The operands, with "-" (or, when there is none, nothing) replaced by the
 * lines of standard input. Returns 0, or an exit status after a
 * diagnostic. */
static int operands(const struct opts *o, const struct arg *args, int n, struct arg **out,
                    int *count, char **block, char ***lines_out)
{
	char **lines = NULL;
	int i, k, nlines = 0, used = 0, dash = n == 0, err;
	struct arg *list;

	*out = NULL;

	for (i = 0; i < n; i++)
		dash |= !args[i].system && !args[i].after_dashes && strcmp(args[i].text, "-") == 0;
	if (dash) {
		say_waiting(o->lang);
		err = read_lines(stdin, STDIN_MAX, block, &lines, &nlines);
		if (err < 0) {
			diag(wsaerr_ui_text(WSAERR_UI_TOO_MUCH_INPUT, o->lang), STDIN_MAX_TEXT, "");
			return EXIT_USAGE;
		}
		if (err) {
			diag(wsaerr_ui_text(WSAERR_UI_READ_ERROR, o->lang), "-", strerror(err));
			return EXIT_IO;
		}
	}
	*lines_out = lines;
	list = calloc((size_t)n + (size_t)nlines + 1, sizeof *list);
	if (list == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	for (i = 0, k = 0; i < n || (n == 0 && !used); i++) {
		if (n == 0 ||
		    (!args[i].system && !args[i].after_dashes && strcmp(args[i].text, "-") == 0)) {
			int j;
			for (j = 0; !used && j < nlines; j++)
				list[k++].text = lines[j];
			used = 1;
		} else {
			list[k++] = args[i];
		}
	}
	*out = list;
	*count = k;
	return 0;
}

int cmd_lookup(const struct opts *o, const struct arg *args, int n)
{
	struct operand *ops;
	struct arg *list = NULL;
	wsaerr_hit *hits = NULL;
	unsigned char *keep = NULL;
	char *text, *block = NULL, **lines = NULL;
	size_t len = 0, size = 1, nh = 0, kept = 0, i, anchor = 0;
	int k, status = EXIT_FOUND, shown = 0, words = 0, text_done = 0, rc, context = 0;

	rc = operands(o, args, n, &list, &n, &block, &lines);
	if (rc == 0 && n == 0)
		rc = usage_error(o->lang, WSAERR_UI_NOTHING_TO_LOOK_UP, "", "");
	if (rc) {
		free(list);
		free(block);
		free(lines);
		return rc;
	}
	ops = calloc((size_t)n, sizeof *ops);
	for (k = 0; k < n; k++)
		size += strlen(list[k].text) + 1;
	text = malloc(size);
	if (ops == NULL || text == NULL) {
		free(ops);
		free(text);
		free(list);
		free(block);
		free(lines);
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}

	/* Each operand is a query or a word; the words and the queries
	 * around them are one text. */
	for (k = 0; k < n; k++) {
		struct operand *op = &ops[k];
		op->a = list[k];
		op->status = wsaerr_parse(op->a.text, &op->q);
		op->kind = op->a.system || (op->status == WSAERR_PARSE_OK &&
		                            (op->q.form != WSAERR_FORM_NAME || op->q.nreadings > 0))
		                   ? OP_QUERY
		                   : OP_WORD;
		words += op->kind == OP_WORD;
		if (op->a.system)
			continue;
		if (len)
			text[len++] = ' ';
		op->start = len;
		memcpy(text + len, op->a.text, strlen(op->a.text));
		len += strlen(op->a.text);
		op->end = len;
	}
	text[len] = '\0';
	if (words) {
		nh = wsaerr_recognize(text, len, NULL, 0);
		hits = calloc(nh + 1, sizeof *hits);
		keep = calloc(nh + 1, 1);
		if (hits == NULL || keep == NULL)
			nh = 0;
		else
			nh = wsaerr_recognize(text, len, hits, nh);
	}
	for (i = 0; i < nh; i++) {
		int word = 0, typo = 0;
		for (k = 0; k < n; k++) {
			if (!ops[k].a.system && ops[k].start < hits[i].end &&
			    hits[i].start < ops[k].end)
				word |= ops[k].kind == OP_WORD;
			/* a name with one letter wrong, alone as an operand
			 * (WSAETIMEOUT): the user typed a name, so say which one
			 * they may mean, as for any unknown name */
			typo |= ops[k].kind == OP_WORD && ops[k].status == WSAERR_PARSE_OK &&
			        ops[k].q.form == WSAERR_FORM_NAME &&
			        hits[i].evidence == WSAERR_EV_NAME &&
			        (size_t)hits[i].start == ops[k].start &&
			        (size_t)hits[i].end == ops[k].end;
		}
		if (typo)
			continue;
		/* A hit in queries alone is their own answer; the words around a
		 * code they put in an error context ("Socket Error: 10061") were
		 * read, and are not an error. */
		if (!word) {
			context |= hits[i].evidence == WSAERR_EV_CODE;
			continue;
		}
		keep[i] = 1;
		if (kept++ == 0)
			anchor = (size_t)hits[i].start;
		for (k = 0; k < n; k++)
			if (!ops[k].a.system && ops[k].start < hits[i].end &&
			    hits[i].start < ops[k].end)
				ops[k].covered = 1;
	}

	if (o->json)
		printf("[");
	for (k = 0; k < n; k++) {
		struct operand *op = &ops[k];
		rc = EXIT_FOUND;
		if (kept && !text_done && !op->a.system && anchor < op->end + 1) {
			if (show_text(o, text, hits, keep, nh, &shown) == EXIT_NOT_FOUND &&
			    status == EXIT_FOUND)
				status = EXIT_NOT_FOUND;
			text_done = 1;
		}
		if (op->kind == OP_QUERY && !op->covered) {
			rc = show_query(o, op, &shown);
		} else if (op->kind == OP_WORD && !kept && !context &&
		           (k == 0 || ops[k - 1].kind != OP_WORD)) {
			int last = k + 1;
			while (last < n && ops[last].kind == OP_WORD)
				last++;
			rc = nothing_found(o, ops, k, last, text);
		}
		if (rc == EXIT_USAGE || (rc == EXIT_NOT_FOUND && status == EXIT_FOUND))
			status = rc;
	}
	if (o->json)
		printf(shown ? "\n]\n" : "]\n");
	free(ops);
	free(text);
	free(hits);
	free(keep);
	free(list);
	free(block);
	free(lines);
	return status;
}

/*
 * wsaerr QUERY...   what each code, name or number means (the default
 * subcommand).
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads one query into q. Returns 0, or the exit status of a failure after
 * printing its diagnostic. */
static int read_query(const struct opts *o, const struct arg *a, wsaerr_query *q)
{
	int rc = wsaerr_parse(a->text, q);

	if (rc != WSAERR_PARSE_OK) {
		diag("'%s': %s", a->text, wsaerr_parse_status_text(rc, o->lang));
		return EXIT_USAGE;
	}
	if (a->system) {
		/* --errno 104, --eai -2: a number of this host's own system. */
		if (q->form == WSAERR_FORM_NAME) {
			diag(wsaerr_ui_text(WSAERR_UI_NOT_A_NUMBER, o->lang), a->text, "");
			return EXIT_USAGE;
		}
		q->nreadings = 1;
		wsaerr_read(a->system, q->number, &q->readings[0]);
		q->entry = q->readings[0].entry;
	}
	return 0;
}

/* A reading is worth a line of its own unless the query simply named or
 * numbered the row shown below it. */
static int reading_is_plain(const wsaerr_query *q)
{
	const wsaerr_reading *r = &q->readings[0];
	return q->nreadings == 1 && r->entry &&
	       (r->system == WSAERR_SYS_WSA || r->system == WSAERR_SYS_WIN32) &&
	       r->value == wsaerr_code(r->entry);
}

static void print_reading(const struct opts *o, const wsaerr_reading *r)
{
	int l = o->lang;
	char value[32];

	format_value(value, sizeof value, r);
	printf("  %s: %s %s", wsaerr_ui_text(WSAERR_UI_READ_AS, l),
	       wsaerr_ui_text(WSAERR_UI_SYS_WSA + r->system - WSAERR_SYS_WSA, l), value);
	if (r->name)
		printf(" (%s)", r->name);
	else if (r->system == WSAERR_SYS_ERRNO && r->value > 0 && r->value < 4096)
		/* An errno the catalogue does not map: at least say what it is. */
		printf(" (%s)", strerror((int)r->value));
	if (r->wsa == WSAERR_NONE) {
		printf(": %s\n", wsaerr_ui_text(WSAERR_UI_NO_EQUIVALENT, l));
		return;
	}
	if (r->entry && !(r->system == wsaerr_system(r->entry) && r->value == wsaerr_code(r->entry)))
		printf(" -> %s (%d)", wsaerr_name(r->entry), wsaerr_code(r->entry));
	putchar('\n');
}

int cmd_lookup(const struct opts *o, const struct arg *args, int n)
{
	int i, status = EXIT_FOUND, shown = 0;

	if (o->json)
		printf("[");
	for (i = 0; i < n; i++) {
		wsaerr_query q;
		int rc = read_query(o, &args[i], &q);
		size_t k, j;
		char buf[160];

		if (rc) {
			status = EXIT_USAGE;
			continue;
		}
		if (q.nreadings == 0) {
			if (q.form == WSAERR_FORM_NAME) {
				diag("%s: %s", args[i].text, wsaerr_ui_text(WSAERR_UI_NOT_FOUND, o->lang));
			} else {
				wsaerr_format(buf, sizeof buf, q.code, o->lang);
				diag("%s: %s", args[i].text, buf);
			}
			if (status == EXIT_FOUND)
				status = EXIT_NOT_FOUND;
			continue;
		}
		for (k = 0; k < q.nreadings; k++)
			if (q.readings[k].entry == NULL && status == EXIT_FOUND)
				status = EXIT_NOT_FOUND;
		if (o->json) {
			for (k = 0; k < q.nreadings; k++) {
				printf(shown ? ",\n" : "\n");
				json_entry(o, q.readings[k].entry, args[i].text, &q.readings[k]);
				shown++;
				if (o->call >= 0 && q.readings[k].entry &&
				    !wsaerr_call_note(o->call, wsaerr_code(q.readings[k].entry),
				                      o->lang) &&
				    status == EXIT_FOUND)
					status = EXIT_NOT_FOUND;
			}
			continue;
		}
		if (shown)
			putchar('\n');
		shown++;
		if (!reading_is_plain(&q)) {
			printf("%s\n", args[i].text);
			for (k = 0; k < q.nreadings; k++)
				print_reading(o, &q.readings[k]);
			if (q.entry)
				putchar('\n');
		}
		/* Each row once, in the order of the readings. */
		for (k = 0; k < q.nreadings; k++) {
			const wsaerr_entry *e = q.readings[k].entry;
			int seen = 0;
			if (e == NULL)
				continue;
			for (j = 0; j < k; j++)
				if (q.readings[j].entry == e)
					seen = 1;
			if (seen)
				continue;
			if (k > 0 && q.readings[0].entry)
				putchar('\n');
			print_entry_text(o, e);
			if (o->call >= 0 && !print_call_note(o, e)) {
				char line[256];
				snprintf(line, sizeof line,
				         wsaerr_call_ui_text(WSAERR_CALL_UI_NOT_LISTED, o->lang),
				         wsaerr_call_name(o->call));
				diag("%s: %s", wsaerr_name(e), line);
				if (status == EXIT_FOUND)
					status = EXIT_NOT_FOUND;
			}
		}
	}
	if (o->json)
		printf(shown ? "\n]\n" : "]\n");
	return status;
}

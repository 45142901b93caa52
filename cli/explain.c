/*
 * wsaerr explain [TEXT...]   each error found in the text (stdin when
 *                            none): Winsock codes, and the codes of the
 *                            mail and Internet systems a mail program
 *                            shows beside them; a mail program's error
 *                            dialog part by part, with advice for what
 *                            its parts say together; then what each code
 *                            means
 * Exit status: 0 something found, 1 nothing found, 2 usage error, 3 the
 * input could not be read.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bytes of standard input kept to find dialogs in (a dialog is one
 * pasted paragraph; a log is scanned whole, its dialogs in this much). */
#define KEEP (256u * 1024u)
/* Dialogs shown at most. */
#define MAX_DIALOGS 16

/* ------------------------------------------------------------------ */
/* explain                                                             */

struct explain {
	const struct opts *o;
	size_t hits;
	struct seen_codes seen; /* codes met, to explain each once */
};

static void on_hit(void *ctx, const wsaerr_hit *h, const char *match)
{
	struct explain *x = ctx;
	const struct opts *o = x->o;
	const wsaerr_entry *e = hit_entry(h);
	size_t n = (size_t)(h->end - h->start);
	char target[256];

	if (o->json) {
		printf(x->hits ? ",\n" : "\n");
		printf("{");
		json_hit_code(h);
		printf(",\"name\":");
		json_null_or_string(wsaerr_name(e));
		printf(",\"start\":%llu,\"end\":%llu,\"line\":%llu,\"match\":", h->start, h->end, h->line);
		json_bytes(match, n);
		printf(",\"evidence\":");
		json_string(wsaerr_evidence_key(h->evidence));
		printf(",\"confidence\":%d,\"message\":", h->confidence);
		json_null_or_string(wsaerr_message(e, o->lang));
		printf(",\"explanation\":");
		json_null_or_string(wsaerr_explanation(e, o->lang));
		printf(",\"checks\":");
		json_checks(e, o->lang);
		printf(",\"lang\":");
		json_string(wsaerr_lang_tag(o->lang));
		printf("}");
	} else {
		hit_target(target, sizeof target, h, o->lang);
		printf("%s %llu: \"", wsaerr_ui_text(WSAERR_UI_LINE, o->lang), h->line);
		print_match(match, n > 160 ? 160 : n);
		printf("%s\" -> %s\n", n > 160 ? "..." : "", target);
	}
	seen_add(&x->seen, h);
	x->hits++;
}

/* A lone query (10061, 0x274D, -2147014782) that names a catalogue code:
 * reported as a hit of confidence 30 over the whole text. */
static void bare_code(const struct opts *o, struct explain *x, const char *text)
{
	wsaerr_query q;
	wsaerr_hit h;
	size_t len = strlen(text);

	if (len > 40 || wsaerr_parse(text, &q) != WSAERR_PARSE_OK || q.form == WSAERR_FORM_NAME ||
	    q.entry == NULL || wsaerr_wsa(q.entry) == WSAERR_NONE)
		return;
	memset(&h, 0, sizeof h);
	h.start = 0;
	h.end = len;
	h.line = 1;
	h.wsa = wsaerr_wsa(q.entry);
	h.evidence = WSAERR_EV_CODE;
	h.confidence = 30;
	h.system = WSAERR_SYS_WSA;
	h.value = h.wsa;
	on_hit(x, &h, text);
	if (!o->json)
		printf("  (%s)\n", wsaerr_ui_text(WSAERR_UI_BARE_CODE, o->lang));
}

/* ------------------------------------------------------------------ */
/* A mail program's error dialog, part by part                         */

/* A code of a dialog's part, as a hit (for hit_target()). */
static wsaerr_hit code_of(int system, long long value)
{
	wsaerr_hit h;

	memset(&h, 0, sizeof h);
	h.system = system;
	h.value = value;
	h.wsa = system == WSAERR_SYS_WSA ? (int)value : WSAERR_NONE;
	return h;
}

/* One line under a part, at column col: "TARGET: message", wrapped. */
static void part_code(const struct opts *o, int system, long long value, size_t col)
{
	wsaerr_hit h = code_of(system, value);
	const wsaerr_entry *e = hit_entry(&h);
	char line[512], first[64];
	int cls = (int)(value / 1000000);

	if (system == WSAERR_SYS_WSA && e == NULL)
		return;
	hit_target(line, sizeof line, &h, o->lang);
	if (e)
		snprintf(line + strlen(line), sizeof line - strlen(line), ": %s",
		         wsaerr_message(e, o->lang));
	else if (system == WSAERR_SYS_ENHANCED && (cls == 2 || cls == 4 || cls == 5))
		snprintf(line + strlen(line), sizeof line - strlen(line), ": %s",
		         wsaerr_ui_text(cls == 2   ? WSAERR_UI_ENH_CLASS_2
		                        : cls == 4 ? WSAERR_UI_ENH_CLASS_4
		                                   : WSAERR_UI_ENH_CLASS_5,
		                        o->lang));
	else
		snprintf(line + strlen(line), sizeof line - strlen(line), ": %s",
		         wsaerr_ui_text(WSAERR_UI_NOT_FOUND, o->lang));
	memset(first, ' ', col < sizeof first - 1 ? col : sizeof first - 1);
	first[col < sizeof first - 1 ? col : sizeof first - 1] = '\0';
	put_wrapped(line, first, col);
}

/* One line of our own words under a part. */
static void part_note(const char *text, size_t col)
{
	char first[64];

	memset(first, ' ', col < sizeof first - 1 ? col : sizeof first - 1);
	first[col < sizeof first - 1 ? col : sizeof first - 1] = '\0';
	put_wrapped(text, first, col);
}

/* Prints a dialog found in text: each part with its label in the reader's
 * language, its value as written (escaped), and what it means; then the
 * advice for the parts together. */
static void print_dialog(const struct opts *o, const char *text, const wsaerr_dialog *d)
{
	int l = o->lang;
	size_t i, col = 0, w;
	const char *a;
	char line[256];

	for (i = 0; i < d->nparts; i++) {
		const char *label = wsaerr_ui_text(
		        WSAERR_UI_FIELD_SUBJECT + d->parts[i].field - WSAERR_FIELD_SUBJECT, l);
		w = display_width(label, strlen(label));
		if (w > col)
			col = w;
	}
	col += 4;
	if (col > 28)
		col = 28;
	putchar('\n');
	printf("%s:\n", wsaerr_ui_text(WSAERR_UI_DIALOG, l));
	for (i = 0; i < d->nparts; i++) {
		const wsaerr_dialog_part *pt = &d->parts[i];
		const char *label = wsaerr_ui_text(
		        WSAERR_UI_FIELD_SUBJECT + pt->field - WSAERR_FIELD_SUBJECT, l);
		char *value, *shown;
		int tls = 0, proto;
		size_t n = pt->end - pt->start;
		value = malloc(n + 1);
		if (value == NULL)
			continue;
		memcpy(value, text + pt->start, n);
		value[n] = '\0';
		/* what the input wrote goes to the terminal escaped */
		shown = term_escape(value);
		free(value);
		snprintf(line, sizeof line, "  %s", label);
		w = display_width(line, strlen(line));
		if (w + 2 > col) {
			puts(line);
			w = 0;
			line[0] = '\0';
		}
		for (; w < col && strlen(line) + 1 < sizeof line; w++)
			strcat(line, " ");
		put_wrapped(shown && *shown ? shown : "-", line, col);
		free(shown);
		switch (pt->field) {
		case WSAERR_FIELD_RESPONSE:
			/* the reply the response starts with (the server error's
			 * is shown under it) */
			if (d->reply && n >= 3 &&
			    (text[pt->start] - '0') * 100 + (text[pt->start + 1] - '0') * 10 +
			                    (text[pt->start + 2] - '0') ==
			            d->reply)
				part_code(o, WSAERR_SYS_SMTP, d->reply, col);
			if (d->enhanced)
				part_code(o, WSAERR_SYS_ENHANCED, d->enhanced, col);
			break;
		case WSAERR_FIELD_PORT:
			proto = wsaerr_mail_port(d->port, &tls);
			if (proto) {
				snprintf(line, sizeof line, "%s; %s",
				         wsaerr_ui_text(
				                 proto == WSAERR_SYS_SMTP   ? WSAERR_UI_PORT_SMTP
				                 : proto == WSAERR_SYS_POP3 ? WSAERR_UI_PORT_POP3
				                                            : WSAERR_UI_PORT_IMAP,
				                 l),
				         wsaerr_ui_text(tls ? WSAERR_UI_PORT_TLS
				                            : WSAERR_UI_PORT_PLAIN,
				                        l));
				part_note(line, col);
			}
			break;
		case WSAERR_FIELD_SSL:
			if (d->ssl)
				part_note(wsaerr_ui_text(d->ssl == WSAERR_SSL_ON
				                                 ? WSAERR_UI_SSL_ON
				                                 : WSAERR_UI_SSL_OFF,
				                         l),
				          col);
			break;
		case WSAERR_FIELD_SERVER_ERROR:
			if (d->server_error)
				part_code(o, WSAERR_SYS_SMTP, d->server_error, col);
			break;
		case WSAERR_FIELD_SOCKET_ERROR:
			if (d->socket_error)
				part_code(o, WSAERR_SYS_WSA, d->socket_error, col);
			break;
		case WSAERR_FIELD_ERROR_NUMBER:
			if (d->error_number)
				part_code(o, WSAERR_SYS_IXP, d->error_number, col);
			break;
		default: break;
		}
	}
	if (wsaerr_dialog_advice(d, 0, l, NULL) == NULL)
		return;
	putchar('\n');
	printf("%s:\n", wsaerr_ui_text(WSAERR_UI_ADVICE, l));
	for (i = 0; (a = wsaerr_dialog_advice(d, i, l, NULL)) != NULL; i++)
		put_wrapped(a, "  - ", 4);
}

/* The dialogs of text[0..len), each printed; how many. */
static size_t dialogs(const struct opts *o, const char *text, size_t len)
{
	wsaerr_dialog d;
	size_t at = 0, n = 0;

	while (n < MAX_DIALOGS && at < len && wsaerr_dialog_read(text + at, len - at, &d)) {
		print_dialog(o, text + at, &d);
		at += d.end > 0 ? d.end : 1;
		n++;
	}
	return n;
}

int cmd_explain(const struct opts *o, char **args, int n)
{
	static struct explain x;
	static wsaerr_scanner s;
	int i, rc = EXIT_FOUND;
	char *text = NULL;
	size_t len = 0, found = 0;

	if (o->lines)
		return n > 0 ? usage_error(o->lang, WSAERR_UI_CONFLICT, "--lines", args[0])
		             : explain_lines(o);
	memset(&x, 0, sizeof x);
	x.o = o;
	wsaerr_scanner_init(&s);
	if (o->json)
		printf("[");
	if (n > 0) {
		size_t size = 1;
		for (i = 0; i < n; i++)
			size += strlen(args[i]) + 1;
		text = malloc(size);
		for (i = 0; i < n; i++) {
			if (i)
				wsaerr_scan(&s, " ", 1, on_hit, &x);
			wsaerr_scan(&s, args[i], strlen(args[i]), on_hit, &x);
			if (text) {
				if (i)
					text[len++] = ' ';
				memcpy(text + len, args[i], strlen(args[i]));
				len += strlen(args[i]);
			}
		}
		wsaerr_scan_end(&s, on_hit, &x);
		/* "wsaerr explain 10061": a code typed alone, with no context at
		 * all, is still answered, as a low-confidence reading (never in
		 * scan, never in a stream) */
		if (x.hits == 0 && n == 1)
			bare_code(o, &x, args[0]);
	} else {
		char *buf = malloc(CHUNK);
		struct read_result rr;
		text = malloc(KEEP);
		if (buf == NULL) {
			diag("%s%s", strerror(errno), "");
			free(text);
			return EXIT_IO;
		}
		say_waiting(o->lang);
		scan_stream_keep(stdin, &rr, &s, buf, on_hit, &x, text, text ? KEEP : 0, &len);
		free(buf);
		if (report_read(o, "-", &rr))
			rc = EXIT_IO;
	}
	if (o->json) {
		printf(x.hits ? "\n]\n" : "]\n");
	} else {
		if (text)
			found = dialogs(o, text, len);
		print_seen(o, &x.seen, NULL);
	}
	free(text);
	if (x.hits == 0 && found == 0) {
		if (!o->json)
			diag("%s%s", wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, o->lang), "");
		if (rc == EXIT_FOUND)
			rc = EXIT_NOT_FOUND;
	}
	return rc;
}

/*
 * wsaerr explain [TEXT...]   each error found in the text (stdin when
 *                            none): Winsock codes, and the codes of the
 *                            mail and Internet systems a mail program
 *                            shows beside them; then what each code
 *                            means
 * Exit status: 0 something found, 1 nothing found, 2 usage error, 3 the
 * input could not be read.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int cmd_explain(const struct opts *o, char **args, int n)
{
	static struct explain x;
	static wsaerr_scanner s;
	int i, rc = EXIT_FOUND;

	if (o->lines)
		return n > 0 ? usage_error(o->lang, WSAERR_UI_CONFLICT, "--lines", args[0])
		             : explain_lines(o);
	memset(&x, 0, sizeof x);
	x.o = o;
	wsaerr_scanner_init(&s);
	if (o->json)
		printf("[");
	if (n > 0) {
		for (i = 0; i < n; i++) {
			if (i)
				wsaerr_scan(&s, " ", 1, on_hit, &x);
			wsaerr_scan(&s, args[i], strlen(args[i]), on_hit, &x);
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
		if (buf == NULL) {
			diag("%s%s", strerror(errno), "");
			return EXIT_IO;
		}
		say_waiting(o->lang);
		scan_stream(stdin, &rr, &s, buf, on_hit, &x);
		free(buf);
		if (report_read(o, "-", &rr))
			rc = EXIT_IO;
	}
	if (o->json)
		printf(x.hits ? "\n]\n" : "]\n");
	else
		print_seen(o, &x.seen);
	if (x.hits == 0) {
		if (!o->json)
			diag("%s%s", wsaerr_ui_text(WSAERR_UI_NOTHING_FOUND, o->lang), "");
		if (rc == EXIT_FOUND)
			rc = EXIT_NOT_FOUND;
	}
	return rc;
}

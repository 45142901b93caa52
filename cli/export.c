/*
 * wsaerr export --format json|csv|markdown|html: the whole catalogue, for
 * other programs, spreadsheets, wikis and help-desk intranets.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The page's script, style and WebAssembly module (tools/embed.c), and the
 * codes met most often (the Makefile counts them in tests/corpus/real). */
#include "gen/page_assets.h"

/* ------------------------------------------------------------------ */
/* CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends)  */

static void csv_field(const char *s, int last)
{
	putchar('"');
	for (; s && *s; s++) {
		if (*s == '"')
			putchar('"');
		putchar(*s);
	}
	putchar('"');
	fputs(last ? "\r\n" : ",", stdout);
}

static void export_csv(const struct opts *o)
{
	static const char *const head[] = {
		"code", "hex", "name", "system", "wsa", "aliases", "category", "transient",
		"errno", "message", "explanation", "checks", "lang"
	};
	size_t i, k, n = sizeof head / sizeof head[0];
	char buf[2048];

	for (i = 0; i < n; i++)
		csv_field(head[i], i + 1 == n);
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		size_t len = 0;
		snprintf(buf, sizeof buf, "%d", wsaerr_code(e));
		csv_field(buf, 0);
		/* as in JSON: no hex for enhanced, POP3 and IMAP codes, and the
		 * mail and Internet rows have no Winsock code */
		snprintf(buf, sizeof buf, wsaerr_system(e) == WSAERR_SYS_IXP ? "0x%08X" : "0x%X",
		         (unsigned)wsaerr_code(e));
		csv_field(wsaerr_system(e) == WSAERR_SYS_ENHANCED ||
		                          wsaerr_system(e) == WSAERR_SYS_POP3 ||
		                          wsaerr_system(e) == WSAERR_SYS_IMAP
		                  ? ""
		                  : buf,
		          0);
		csv_field(wsaerr_name(e), 0);
		csv_field(wsaerr_system_key(wsaerr_system(e)), 0);
		snprintf(buf, sizeof buf, "%d", wsaerr_wsa(e));
		csv_field(wsaerr_wsa(e) == WSAERR_NONE ? "" : buf, 0);
		buf[0] = '\0';
		for (k = 0; wsaerr_alias(e, k); k++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", k ? ";" : "",
			                        wsaerr_alias(e, k));
		csv_field(buf, 0);
		csv_field(wsaerr_category_key(wsaerr_category(e)), 0);
		csv_field(wsaerr_transient(e) ? "true" : "false", 0);
		csv_field(wsaerr_errno_name(e) ? wsaerr_errno_name(e) : "", 0);
		csv_field(wsaerr_message(e, o->lang), 0);
		csv_field(wsaerr_explanation(e, o->lang), 0);
		/* The checks, one per line inside the field. */
		putchar('"');
		for (k = 0; wsaerr_check(e, k, o->lang); k++) {
			const char *c = wsaerr_check(e, k, o->lang);
			if (k)
				putchar('\n');
			for (; *c; c++) {
				if (*c == '"')
					putchar('"');
				putchar(*c);
			}
		}
		fputs("\",", stdout);
		csv_field(wsaerr_lang_tag(o->lang), 1);
	}
}

/* ------------------------------------------------------------------ */
/* Markdown                                                            */

/* Text for a table cell or a paragraph: | and the characters Markdown
 * would read as markup are escaped. */
static void md_text(const char *s)
{
	for (; *s; s++) {
		if (strchr("|\\*_`<>[]#", *s))
			putchar('\\');
		putchar(*s);
	}
}

/* The anchor of a row: its code for Winsock and Win32 rows (#10054),
 * system and name for the others (#smtp-550, #ixp-IXP_E_CONN). */
static void md_anchor(const wsaerr_entry *e)
{
	const char *n;

	if (wsaerr_system(e) <= WSAERR_SYS_WIN32) {
		printf("%d", wsaerr_code(e));
		return;
	}
	printf("%s-", wsaerr_system_key(wsaerr_system(e)));
	for (n = wsaerr_name(e); *n; n++)
		putchar(*n == '.' || *n == '/' ? '-' : *n);
}

/* The code of a row as its system writes it: 10054, 550, X.7.1, IN-USE,
 * 0x800CCC0E (not the number wsaerr_code() encodes it as). */
static const char *md_code(const wsaerr_entry *e)
{
	static char buf[64];

	system_value_text(buf, sizeof buf, wsaerr_system(e), wsaerr_value(e), wsaerr_name(e));
	return buf;
}

static void export_markdown(const struct opts *o)
{
	int l = o->lang, sys = -1;
	size_t i, k, n = wsaerr_count();
	const wsaerr_entry **rows = malloc(n * sizeof *rows);

	if (rows == NULL)
		return;
	for (i = 0; i < n; i++)
		rows[i] = wsaerr_at(i);
	sort_listing(rows, n);
	printf("# ");
	md_text(wsaerr_ui_text(WSAERR_UI_EXPORT_TITLE, l));
	printf("\n");
	/* A table per system, under its heading, in numeric order. */
	for (i = 0; i < n; i++) {
		const wsaerr_entry *e = rows[i];
		if (wsaerr_system(e) != sys) {
			sys = wsaerr_system(e);
			printf("\n## ");
			md_text(system_heading(sys, l));
			printf("\n\n| code | name | |\n|---:|---|---|\n");
		}
		printf("| [%s](#", md_code(e));
		md_anchor(e);
		printf(") | `%s` | ", wsaerr_name(e));
		md_text(wsaerr_message(e, l));
		printf(" |\n");
	}
	for (i = 0; i < n; i++) {
		const wsaerr_entry *e = rows[i];
		const char *errno_name = wsaerr_errno_name(e);
		printf("\n<a id=\"");
		md_anchor(e);
		printf("\"></a>\n## %s `%s`\n\n**", md_code(e), wsaerr_name(e));
		md_text(wsaerr_message(e, l));
		printf("**\n\n");
		md_text(wsaerr_explanation(e, l));
		printf("\n\n");
		md_text(wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, l));
		printf(":\n\n");
		for (k = 0; wsaerr_check(e, k, l); k++) {
			printf("%lu. ", (unsigned long)k + 1);
			md_text(wsaerr_check(e, k, l));
			printf("\n");
		}
		printf("\n- ");
		md_text(wsaerr_ui_text(WSAERR_UI_CATEGORY, l));
		printf(": ");
		md_text(wsaerr_category_label(wsaerr_category(e), l));
		if (wsaerr_failure(e)) {
			printf("\n- ");
			md_text(wsaerr_ui_text(WSAERR_UI_TRANSIENT, l));
			printf(": ");
			md_text(wsaerr_ui_text(wsaerr_transient(e) ? WSAERR_UI_TRANSIENT_YES
			                                           : WSAERR_UI_TRANSIENT_NO,
			                       l));
		}
		/* errno is a Winsock matter: the mail and Internet rows have none */
		if (!is_mail_system(wsaerr_system(e))) {
			printf("\n- ");
			md_text(wsaerr_ui_text(WSAERR_UI_ERRNO, l));
			printf(": %s", errno_name ? errno_name : wsaerr_ui_text(WSAERR_UI_NONE, l));
		}
		printf("\n");
		if (wsaerr_alias(e, 0)) {
			printf("- ");
			md_text(wsaerr_ui_text(WSAERR_UI_ALSO_KNOWN_AS, l));
			printf(":");
			for (k = 0; wsaerr_alias(e, k); k++)
				printf("%s `%s`", k ? "," : "", wsaerr_alias(e, k));
			printf("\n");
		}
		if (wsaerr_system(e) == WSAERR_SYS_WIN32) {
			printf("- ");
			md_text(wsaerr_ui_text(WSAERR_UI_WSA_EQUIVALENT, l));
			printf(": [%d](#%d)\n", wsaerr_wsa(e), wsaerr_wsa(e));
		}
	}
	free(rows);
}

/* ------------------------------------------------------------------ */
/* HTML: one self-contained page, no network resources                 */

static void html_text(const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		default: putchar(*s);
		}
	}
}

/* The line of facts under a row, in a language. */
static void html_meta(char *buf, size_t size, const wsaerr_entry *e, int l)
{
	const char *errno_name = wsaerr_errno_name(e);
	size_t len, k;

	len = (size_t)snprintf(buf, size, "%s: %s · %s: %s · %s: %s",
	                       wsaerr_ui_text(WSAERR_UI_CATEGORY, l),
	                       wsaerr_category_label(wsaerr_category(e), l),
	                       wsaerr_ui_text(WSAERR_UI_TRANSIENT, l),
	                       wsaerr_ui_text(wsaerr_transient(e) ? WSAERR_UI_TRANSIENT_YES
	                                                          : WSAERR_UI_TRANSIENT_NO, l),
	                       wsaerr_ui_text(WSAERR_UI_ERRNO, l),
	                       errno_name ? errno_name : wsaerr_ui_text(WSAERR_UI_NONE, l));
	for (k = 0; wsaerr_alias(e, k) && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", k ? ", " : " · ",
		                        wsaerr_alias(e, k));
	if (wsaerr_system(e) != WSAERR_SYS_WSA && wsaerr_wsa(e) != WSAERR_NONE && len < size)
		snprintf(buf + len, size - len, " · %s: %d", wsaerr_ui_text(WSAERR_UI_WSA_EQUIVALENT, l),
		         wsaerr_wsa(e));
}

/* The page's own texts (data/page.def), by language tag; English for a
 * language that has no column there. */
enum page_text {
#define P(key, en, es, ko) PAGE_##key,
#include "data/page.def"
#undef P
	PAGE_COUNT
};

static const char *page_text(int key, int lang)
{
	static const char *const texts[][3] = {
#define P(key, en, es, ko) { en, es, ko },
#include "data/page.def"
#undef P
	};
	static const char *const tags[] = { "en", "es", "ko" };
	const char *tag = wsaerr_lang_tag(lang);
	int k;

	for (k = 0; k < 3; k++)
		if (tag && strcmp(tag, tags[k]) == 0)
			return texts[key][k];
	return texts[key][0];
}

static void put_pieces(const char *const *pieces)
{
	for (; *pieces; pieces++)
		fputs(*pieces, stdout);
}

/* The id of a row: its code for a Winsock or Win32 row (#10054, #64),
 * whose codes never coincide; else the system's key and the name, as the
 * Markdown export writes it (#smtp-..., '.' and '/' as '-'). */
static void row_id(char *buf, size_t size, const wsaerr_entry *e)
{
	const char *n;
	size_t k;

	if (wsaerr_system(e) == WSAERR_SYS_WSA || wsaerr_system(e) == WSAERR_SYS_WIN32) {
		snprintf(buf, size, "%d", wsaerr_code(e));
		return;
	}
	k = (size_t)snprintf(
	        buf, size, "%s-",
	        wsaerr_system_key(wsaerr_system(e)) ? wsaerr_system_key(wsaerr_system(e)) : "sys");
	for (n = wsaerr_name(e); *n && k + 1 < size; n++)
		buf[k++] = *n == '.' || *n == '/' || *n == ' ' ? '-' : *n;
	buf[k < size ? k : size - 1] = '\0';
}

/* A name that can be an id as it is (#WSAECONNRESET). */
static int plain_name(const char *n)
{
	for (; *n; n++)
		if (!((*n >= 'A' && *n <= 'Z') || (*n >= 'a' && *n <= 'z') ||
		      (*n >= '0' && *n <= '9') || *n == '_'))
			return 0;
	return 1;
}

static void html_article(const wsaerr_entry *e, size_t i, int l)
{
	char id[64], meta[1024];
	size_t c;

	row_id(id, sizeof id, e);
	printf("<article id=\"%s\" data-i=\"%lu\">\n<h3 class=\"t\"><a href=\"#%s\">%d</a> <code",
	       id, (unsigned long)i, id, wsaerr_code(e));
	if (plain_name(wsaerr_name(e)))
		printf(" id=\"%s\"", wsaerr_name(e));
	printf(">");
	html_text(wsaerr_name(e));
	printf("</code> <span class=\"m\">");
	html_text(wsaerr_message(e, l));
	printf("</span></h3>\n<p class=\"e\">");
	html_text(wsaerr_explanation(e, l));
	printf("</p>\n<h4>");
	html_text(wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, l));
	printf("</h4>\n<ol>");
	for (c = 0; wsaerr_check(e, c, l); c++) {
		printf("<li>");
		html_text(wsaerr_check(e, c, l));
		printf("</li>");
	}
	html_meta(meta, sizeof meta, e, l);
	printf("</ol>\n<p class=\"meta\">");
	html_text(meta);
	printf("</p>\n</article>\n");
}

/* The texts the script uses, by the keys it knows them by: the
 * catalogue's (ui) or the page's own (page). */
static const struct {
	const char *key;
	int ui, page;
} script_texts[] = {
	{ "title", WSAERR_UI_EXPORT_TITLE, -1 },
	{ "intro", WSAERR_UI_EXPORT_INTRO, -1 },
	{ "search", WSAERR_UI_EXPORT_SEARCH, -1 },
	{ "check", WSAERR_UI_WHAT_TO_CHECK, -1 },
	{ "shown", WSAERR_UI_EXPORT_SHOWN, -1 },
	{ "line", WSAERR_UI_LINE, -1 },
	{ "no_match", WSAERR_UI_NO_MATCH, -1 },
	{ "common", -1, PAGE_COMMON },
	{ "found", -1, PAGE_FOUND },
};

/* One self-contained page: every row in sections per system, readable
 * without JavaScript; the script (cli/page.js) and, where the build has
 * it, the library as a WebAssembly module make its search box answer what
 * people paste. No network resources. */
static void export_html(const struct opts *o)
{
	int l = o->lang, n = wsaerr_lang_count(), k;
	size_t i, j, c, count = wsaerr_count(), *order;
	int systems[64], nsys = 0, s;
	char meta[1024], id[64];

	/* the systems in the order the catalogue first has them; the rows of
	 * each in the order of their codes */
	order = malloc(count * sizeof *order + 1);
	if (order == NULL)
		return;
	for (i = 0; i < count; i++) {
		int sys = wsaerr_system(wsaerr_at(i));
		for (s = 0; s < nsys && systems[s] != sys; s++)
			;
		if (s == nsys && nsys < 64)
			systems[nsys++] = sys;
		order[i] = i;
	}
	for (i = 1; i < count; i++)
		for (j = i; j > 0; j--) {
			const wsaerr_entry *a = wsaerr_at(order[j - 1]), *b = wsaerr_at(order[j]);
			if (wsaerr_system(a) != wsaerr_system(b) ||
			    (unsigned)wsaerr_code(a) <= (unsigned)wsaerr_code(b))
				break;
			c = order[j];
			order[j] = order[j - 1];
			order[j - 1] = c;
		}

	printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	       "<meta name=\"color-scheme\" content=\"light dark\">\n<title>",
	       wsaerr_lang_tag(l));
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_TITLE, l));
	printf("</title>\n<style>\n");
	put_pieces(page_css);
	printf("</style>\n</head>\n<body>\n<header>\n<h1 id=\"title\">");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_TITLE, l));
	printf("</h1>\n<p id=\"intro\">");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_INTRO, l));
	printf("</p>\n<div class=\"bar\"><textarea id=\"q\" name=\"q\" rows=\"1\" autofocus autocomplete=\"off\" "
	       "spellcheck=\"false\" placeholder=\"");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_SEARCH, l));
	printf("\" aria-label=\"");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_SEARCH, l));
	printf("\"></textarea>\n<select id=\"lang\" aria-label=\"language\">");
	for (k = 0; k < n; k++) {
		printf("<option value=\"%s\"%s>", wsaerr_lang_tag(k), k == l ? " selected" : "");
		html_text(wsaerr_lang_name(k));
		printf("</option>");
	}
	printf("</select></div>\n<p id=\"count\" aria-live=\"polite\"></p>\n<noscript><p>");
	html_text(page_text(PAGE_NOSCRIPT, l));
	printf("</p></noscript>\n</header>\n<main>\n<section id=\"results\" hidden aria-live=\"polite\"></section>\n");

	/* the codes people meet most, first (counted in the recognizer's real
	 * corpus, tests/corpus/real, by the Makefile) */
	printf("<section id=\"common\">\n<h2 id=\"common-title\">");
	html_text(page_text(PAGE_COMMON, l));
	printf("</h2>\n<ul class=\"common\">\n");
	for (k = 0; page_common[k] >= 0; k++) {
		const wsaerr_entry *e = wsaerr_by_code(page_common[k]);
		for (i = 0; e && wsaerr_at(i) != e; i++)
			;
		if (e == NULL)
			continue;
		row_id(id, sizeof id, e);
		printf("<li data-i=\"%lu\"><a href=\"#%s\">%d <code>%s</code></a> <span class=\"m\">",
		       (unsigned long)i, id, wsaerr_code(e), wsaerr_name(e));
		html_text(wsaerr_message(e, l));
		printf("</span></li>\n");
	}
	printf("</ul>\n</section>\n");

	for (s = 0; s < nsys; s++) {
		printf("<section class=\"system\" id=\"sys-%s\" data-system=\"%s\">\n<h2>",
		       wsaerr_system_key(systems[s]), wsaerr_system_key(systems[s]));
		html_text(system_heading(systems[s], l));
		printf("</h2>\n");
		for (i = 0; i < count; i++)
			if (wsaerr_system(wsaerr_at(order[i])) == systems[s])
				html_article(wsaerr_at(order[i]), order[i], l);
		printf("</section>\n");
	}

	printf("</main>\n<script id=\"data\" type=\"application/json\">{\"langs\":[");
	for (k = 0; k < n; k++)
		printf("%s\"%s\"", k ? "," : "", wsaerr_lang_tag(k));
	printf("],\"ui\":{");
	for (k = 0; k < n; k++) {
		printf("%s\n\"%s\":{", k ? "," : "", wsaerr_lang_tag(k));
		for (c = 0; c < sizeof script_texts / sizeof script_texts[0]; c++) {
			printf("%s\"%s\":", c ? "," : "", script_texts[c].key);
			json_string(script_texts[c].ui >= 0 ? wsaerr_ui_text(script_texts[c].ui, k)
			                                    : page_text(script_texts[c].page, k));
		}
		printf(",\"systems\":{");
		for (s = 0; s < nsys; s++) {
			printf("%s\"%s\":", s ? "," : "", wsaerr_system_key(systems[s]));
			json_string(system_heading(systems[s], k));
		}
		printf("}}");
	}
	printf("},\"rows\":[");
	for (i = 0; i < count; i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		printf("%s\n{\"code\":%d,\"hex\":\"0x%x\",\"names\":\"%s", i ? "," : "",
		       wsaerr_code(e), (unsigned)wsaerr_code(e), wsaerr_name(e));
		for (c = 0; wsaerr_alias(e, c); c++)
			printf(" %s", wsaerr_alias(e, c));
		printf("\",\"t\":{");
		for (k = 0; k < n; k++) {
			printf("%s\"%s\":{\"m\":", k ? "," : "", wsaerr_lang_tag(k));
			json_string(wsaerr_message(e, k));
			printf(",\"e\":");
			json_string(wsaerr_explanation(e, k));
			printf(",\"c\":");
			json_checks(e, k);
			html_meta(meta, sizeof meta, e, k);
			printf(",\"x\":");
			json_string(meta);
			printf("}");
		}
		printf("}}");
	}
	printf("]}</script>\n");
	if (page_wasm[0]) {
		/* the library, compiled to WebAssembly (wasm/glue.c), in base64 */
		printf("<script id=\"wasm\" type=\"application/octet-stream\">\n");
		put_pieces(page_wasm);
		printf("\n</script>\n");
	}
	printf("<script>\n");
	put_pieces(page_js);
	printf("</script>\n</body>\n</html>\n");
	free(order);
}

/* ------------------------------------------------------------------ */

int cmd_export(const struct opts *o, char **args, int n)
{
	static const char *const formats[] = { "json", "csv", "markdown", "html" };
	const char *f = o->format ? o->format : "json";
	size_t i;

	if (n > 0) {
		(void)args;
		return usage_error(o->lang, WSAERR_UI_NO_ARGUMENTS, "export", "");
	}
	for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (strcmp(f, formats[i]) == 0)
			break;
	switch (i) {
	case 0: {
		struct opts j = *o;
		size_t k, count = wsaerr_count();
		j.json = 1;
		printf("[\n");
		for (k = 0; k < count; k++) {
			json_entry(&j, wsaerr_at(k), NULL, NULL);
			printf(k + 1 < count ? ",\n" : "\n");
		}
		printf("]\n");
		break;
	}
	case 1:
		export_csv(o);
		break;
	case 2:
		export_markdown(o);
		break;
	case 3:
		export_html(o);
		break;
	default:
		return usage_error(o->lang, WSAERR_UI_UNKNOWN_FORMAT, f, "json, csv, markdown, html");
	}
	return EXIT_FOUND;
}

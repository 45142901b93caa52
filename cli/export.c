/*
 * wsaerr export --format json|csv|markdown|html: the whole catalogue, for
 * other programs, spreadsheets, wikis and help-desk intranets.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
		csv_field(wsaerr_system(e) == WSAERR_SYS_ENHANCED || wsaerr_system(e) == WSAERR_SYS_POP3 ||
		          wsaerr_system(e) == WSAERR_SYS_IMAP ? "" : buf, 0);
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

static const char html_style[] =
	":root{--fg:#1d2330;--mute:#5a6272;--line:#d9dde5;--bg:#fff;--accent:#0b5cad;--hl:#fff4c2}"
	"*{box-sizing:border-box}"
	"body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\","
	"\"Malgun Gothic\",\"Apple SD Gothic Neo\",sans-serif;color:var(--fg);background:var(--bg)}"
	"header{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);"
	"padding:12px 16px;z-index:1}"
	"h1{font-size:1.25rem;margin:0 0 4px}"
	"header p{margin:0 0 8px;color:var(--mute);font-size:.9rem}"
	".bar{display:flex;gap:8px;flex-wrap:wrap}"
	"#q{flex:1 1 16em;font-size:1rem;padding:8px 10px;border:1px solid var(--line);border-radius:6px}"
	"#lang{font-size:1rem;padding:8px;border:1px solid var(--line);border-radius:6px}"
	"#count{color:var(--mute);font-size:.85rem;margin:6px 0 0}"
	"main{max-width:60rem;margin:0 auto;padding:8px 16px 48px}"
	"article{border-bottom:1px solid var(--line);padding:12px 0;scroll-margin-top:10rem}"
	"article:target{background:var(--hl)}"
	"h2{font-size:1.05rem;margin:0;display:flex;flex-wrap:wrap;gap:.25em .6em;align-items:baseline}"
	"h2 a{color:var(--accent);text-decoration:none;font-variant-numeric:tabular-nums}"
	"code{font:.9em ui-monospace,SFMono-Regular,Consolas,monospace;overflow-wrap:anywhere}"
	"h3{font-size:.95rem;margin:8px 0 2px}"
	"ol{margin:0;padding-left:1.4em}"
	".meta{color:var(--mute);font-size:.85rem;margin:6px 0 0}"
	"[hidden]{display:none}"
	"@media (max-width:480px){body{font-size:15px}header{padding:10px 12px}header p#intro{display:none}"
	"main{padding:4px 12px 40px}article{scroll-margin-top:8rem}}";

/* Search: every word must occur in the row's code, names or texts in any
 * language; case and accents are ignored (NFD, combining marks dropped). */
static const char html_script[] =
	"(function(){"
	"var D=JSON.parse(document.getElementById('data').textContent);"
	"var q=document.getElementById('q'),sel=document.getElementById('lang'),"
	"count=document.getElementById('count');"
	"var rows=[].slice.call(document.querySelectorAll('article'));"
	"function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}"
	"rows.forEach(function(r){var d=D.rows[r.id],t=[r.id,r.dataset.hex,r.dataset.names];"
	"D.langs.forEach(function(l){var x=d[l];t.push(x.m,x.e,x.c.join(' '));});"
	"r._s=fold(t.join(' '));});"
	"function fmt(s,a,b){return s.replace('%s',a).replace('%s',b);}"
	"function filter(){var w=fold(q.value).split(/\\s+/).filter(Boolean),n=0;"
	"rows.forEach(function(r){var ok=w.every(function(x){return r._s.indexOf(x)>=0;});"
	"r.hidden=!ok;if(ok)n++;});"
	"count.textContent=fmt(D.ui[sel.value].shown,n,rows.length);}"
	"function lang(l){document.documentElement.lang=l;var u=D.ui[l];"
	"document.title=u.title;document.getElementById('title').textContent=u.title;"
	"document.getElementById('intro').textContent=u.intro;q.placeholder=u.search;"
	"q.setAttribute('aria-label',u.search);"
	"rows.forEach(function(r){var d=D.rows[r.id][l];"
	"r.querySelector('.m').textContent=d.m;r.querySelector('.e').textContent=d.e;"
	"r.querySelector('h3').textContent=u.check;var ol=r.querySelector('ol');ol.textContent='';"
	"d.c.forEach(function(c){var li=document.createElement('li');li.textContent=c;ol.appendChild(li);});"
	"r.querySelector('.meta').textContent=d.x;});filter();}"
	"q.addEventListener('input',filter);"
	"sel.addEventListener('change',function(){lang(sel.value);});"
	"lang(sel.value);"
	"})();";

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
	if (wsaerr_system(e) != WSAERR_SYS_WSA && len < size)
		snprintf(buf + len, size - len, " · %s: %d", wsaerr_ui_text(WSAERR_UI_WSA_EQUIVALENT, l),
		         wsaerr_wsa(e));
}

static void export_html(const struct opts *o)
{
	int l = o->lang, n = wsaerr_lang_count(), k;
	size_t i, c;
	char meta[1024];

	printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	       wsaerr_lang_tag(l));
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_TITLE, l));
	printf("</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n<h1 id=\"title\">", html_style);
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_TITLE, l));
	printf("</h1>\n<p id=\"intro\">");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_INTRO, l));
	printf("</p>\n<div class=\"bar\"><input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_SEARCH, l));
	printf("\" aria-label=\"");
	html_text(wsaerr_ui_text(WSAERR_UI_EXPORT_SEARCH, l));
	printf("\">\n<select id=\"lang\" aria-label=\"language\">");
	for (k = 0; k < n; k++) {
		printf("<option value=\"%s\"%s>", wsaerr_lang_tag(k), k == l ? " selected" : "");
		html_text(wsaerr_lang_name(k));
		printf("</option>");
	}
	printf("</select></div>\n<p id=\"count\" aria-live=\"polite\"></p>\n</header>\n<main>\n");
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		printf("<article id=\"%d\" data-hex=\"0x%x\" data-names=\"%s", wsaerr_code(e),
		       (unsigned)wsaerr_code(e), wsaerr_name(e));
		for (c = 0; wsaerr_alias(e, c); c++)
			printf(" %s", wsaerr_alias(e, c));
		printf("\">\n<h2><a href=\"#%d\">%d</a> <code>%s</code> <span class=\"m\">",
		       wsaerr_code(e), wsaerr_code(e), wsaerr_name(e));
		html_text(wsaerr_message(e, l));
		printf("</span></h2>\n<p class=\"e\">");
		html_text(wsaerr_explanation(e, l));
		printf("</p>\n<h3>");
		html_text(wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, l));
		printf("</h3>\n<ol>");
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
	printf("</main>\n<script id=\"data\" type=\"application/json\">{\"langs\":[");
	for (k = 0; k < n; k++)
		printf("%s\"%s\"", k ? "," : "", wsaerr_lang_tag(k));
	printf("],\"ui\":{");
	for (k = 0; k < n; k++) {
		printf("%s\"%s\":{\"title\":", k ? "," : "", wsaerr_lang_tag(k));
		json_string(wsaerr_ui_text(WSAERR_UI_EXPORT_TITLE, k));
		printf(",\"intro\":");
		json_string(wsaerr_ui_text(WSAERR_UI_EXPORT_INTRO, k));
		printf(",\"search\":");
		json_string(wsaerr_ui_text(WSAERR_UI_EXPORT_SEARCH, k));
		printf(",\"check\":");
		json_string(wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, k));
		printf(",\"shown\":");
		json_string(wsaerr_ui_text(WSAERR_UI_EXPORT_SHOWN, k));
		printf("}");
	}
	printf("},\"rows\":{");
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		printf("%s\n\"%d\":{", i ? "," : "", wsaerr_code(e));
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
		printf("}");
	}
	printf("}}</script>\n<script>%s</script>\n</body>\n</html>\n", html_script);
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

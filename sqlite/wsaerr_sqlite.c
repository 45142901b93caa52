/*
 * wsaerr_sqlite: a SQLite loadable extension with the library's answers,
 * for logs kept in SQLite (lnav queries its logs through it).
 *
 *   .load ./wsaerr_sqlite            (sqlite3 adds .so / .dll)
 *   SELECT wsaerr_codes(line) FROM log;
 *
 * Functions (a NULL argument gives NULL; a BLOB is read as the bytes of a
 * text; a code is an integer or any query text: 10054, '0x80072746',
 * 'econnreset'; lang is a tag as `wsaerr --lang` takes it, default 'en'):
 *   wsaerr_explain(text [, lang])    JSON array of the hits, with the keys
 *                                    of `wsaerr --json explain` (the hits
 *                                    of every system, with "system" and
 *                                    "value")
 *   wsaerr_codes(text)               JSON array of the Winsock codes of the
 *                                    hits, '[10054,10061]', '[]' for none
 *                                    (as explain --lines writes them: the
 *                                    mail and Internet codes are left out)
 *   wsaerr_name(code)                'WSAECONNRESET', or NULL
 *   wsaerr_message(code [, lang])    the one-line message, or NULL
 *   wsaerr_explanation(code [, lang]) the explanation, or NULL
 * Table-valued (eponymous virtual table):
 *   SELECT * FROM wsaerr_catalogue;          every row and field, English
 *   SELECT * FROM wsaerr_catalogue('es');    or in a language
 *
 * Uses only the library's public header; JSON strings are valid UTF-8
 * whatever the input (invalid sequences become U+FFFD).
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "wsaerr.h"
#include "cli/utf8.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* JSON                                                                */

/* Appends s[0..n) as a JSON string. */
static void json_str(sqlite3_str *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	sqlite3_str_appendchar(o, 1, '"');
	while (i < n) {
		unsigned char c = u[i];
		size_t len = utf8_seq(s, i, n);
		if (len == 0) {
			sqlite3_str_appendall(o, "\xEF\xBF\xBD");
			i++;
		} else if (len > 1) {
			sqlite3_str_append(o, s + i, (int)len);
			i += len;
		} else if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			sqlite3_str_append(o, e, 2);
			i++;
		} else if (c == '\n') {
			sqlite3_str_appendall(o, "\\n");
			i++;
		} else if (c == '\t') {
			sqlite3_str_appendall(o, "\\t");
			i++;
		} else if (c < 0x20 || c == 0x7F) {
			char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			sqlite3_str_append(o, e, 6);
			i++;
		} else {
			sqlite3_str_appendchar(o, 1, (char)c);
			i++;
		}
	}
	sqlite3_str_appendchar(o, 1, '"');
}

static void json_text(sqlite3_str *o, const char *s)
{
	if (s)
		json_str(o, s, strlen(s));
	else
		sqlite3_str_appendall(o, "null");
}

static void json_checks(sqlite3_str *o, const wsaerr_entry *e, int lang)
{
	size_t i;

	sqlite3_str_appendchar(o, 1, '[');
	for (i = 0; wsaerr_check(e, i, lang); i++) {
		if (i)
			sqlite3_str_appendchar(o, 1, ',');
		json_text(o, wsaerr_check(e, i, lang));
	}
	sqlite3_str_appendchar(o, 1, ']');
}

/* Hands a built string to SQLite as the result, or reports no memory. */
static void result_str(sqlite3_context *ctx, sqlite3_str *o)
{
	int n = sqlite3_str_length(o);
	int err = sqlite3_str_errcode(o);
	char *z = sqlite3_str_finish(o);

	if (err == SQLITE_TOOBIG)
		sqlite3_result_error_toobig(ctx);
	else if (err || z == NULL)
		sqlite3_result_error_nomem(ctx);
	else
		sqlite3_result_text(ctx, z, n, sqlite3_free);
	if (err && z)
		sqlite3_free(z);
}

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

/* The bytes of a text argument (a BLOB's own bytes), or NULL for NULL. */
static const char *arg_bytes(sqlite3_value *v, size_t *n)
{
	const char *p;

	if (sqlite3_value_type(v) == SQLITE_NULL)
		return NULL;
	p = sqlite3_value_type(v) == SQLITE_BLOB ? (const char *)sqlite3_value_blob(v)
	                                         : (const char *)sqlite3_value_text(v);
	*n = (size_t)sqlite3_value_bytes(v);
	return p ? p : "";
}

/* The language argument i, or English when there is none. Returns -1 for
 * NULL (the result is then NULL) and -2 after reporting an unknown one. */
static int arg_lang(sqlite3_context *ctx, int argc, sqlite3_value **argv, int i)
{
	const char *tag;
	int l;

	if (argc <= i)
		return WSAERR_LANG_EN;
	if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
		return -1;
	tag = (const char *)sqlite3_value_text(argv[i]);
	l = tag && *tag ? wsaerr_lang_find(tag) : -1;
	if (l < 0) {
		char *msg = sqlite3_mprintf("wsaerr: unknown language '%s'", tag ? tag : "");
		sqlite3_result_error(ctx, msg ? msg : "wsaerr: unknown language", -1);
		sqlite3_free(msg);
		return -2;
	}
	return l;
}

/* The row a code argument stands for: an integer is a code, anything else
 * a query as `wsaerr QUERY` reads it. NULL for NULL or unknown. */
static const wsaerr_entry *arg_entry(sqlite3_value *v)
{
	wsaerr_query q;
	size_t n;
	const char *s;
	char buf[64];

	int type = sqlite3_value_type(v);

	/* 10054.0 is 10054 */
	if (type == SQLITE_FLOAT && sqlite3_value_double(v) == (double)sqlite3_value_int64(v))
		type = SQLITE_INTEGER;
	switch (type) {
	case SQLITE_NULL: return NULL;
	case SQLITE_INTEGER: {
		sqlite3_int64 c = sqlite3_value_int64(v);
		if (c < -2147483647LL - 1 || c > 4294967295LL)
			return NULL;
		snprintf(buf, sizeof buf, "%lld", (long long)c);
		s = buf;
		break;
	}
	default:
		s = arg_bytes(v, &n);
		if (n >= sizeof buf || memchr(s, 0, n))
			return NULL;
		memcpy(buf, s, n);
		buf[n] = '\0';
		s = buf;
	}
	return wsaerr_parse(s, &q) == WSAERR_PARSE_OK ? q.entry : NULL;
}

/* ------------------------------------------------------------------ */
/* Recognizing                                                         */

#define FEW 64

struct hits_out {
	sqlite3_str *o;
	int lang;
	int codes_only;
	size_t n;
};

static void put_hit(struct hits_out *h, const wsaerr_hit *hit, const char *match)
{
	const wsaerr_entry *e = hit->system == WSAERR_SYS_WSA
	                                ? wsaerr_by_code(hit->wsa)
	                                : wsaerr_lookup(hit->system, hit->value);
	sqlite3_str *o = h->o;

	if (h->codes_only && hit->system != WSAERR_SYS_WSA)
		return;
	if (h->n++)
		sqlite3_str_appendchar(o, 1, ',');
	if (h->codes_only) {
		sqlite3_str_appendf(o, "%d", hit->wsa);
		return;
	}
	if (hit->wsa == WSAERR_NONE)
		sqlite3_str_appendall(o, "{\"wsa\":null");
	else
		sqlite3_str_appendf(o, "{\"wsa\":%d", hit->wsa);
	sqlite3_str_appendall(o, ",\"system\":");
	json_text(o, wsaerr_system_key(hit->system));
	sqlite3_str_appendf(o, ",\"value\":%lld,\"name\":", hit->value);
	json_text(o, wsaerr_name(e));
	sqlite3_str_appendf(o, ",\"start\":%llu,\"end\":%llu,\"line\":%llu,\"match\":", hit->start,
	                    hit->end, hit->line);
	json_str(o, match, (size_t)(hit->end - hit->start));
	sqlite3_str_appendall(o, ",\"evidence\":");
	json_text(o, wsaerr_evidence_key(hit->evidence));
	sqlite3_str_appendf(o, ",\"confidence\":%d,\"message\":", hit->confidence);
	json_text(o, wsaerr_message(e, h->lang));
	sqlite3_str_appendall(o, ",\"explanation\":");
	json_text(o, wsaerr_explanation(e, h->lang));
	sqlite3_str_appendall(o, ",\"checks\":");
	json_checks(o, e, h->lang);
	sqlite3_str_appendall(o, ",\"lang\":");
	json_text(o, wsaerr_lang_tag(h->lang));
	sqlite3_str_appendchar(o, 1, '}');
}

static void on_hit(void *ctx, const wsaerr_hit *hit, const char *match)
{
	put_hit(ctx, hit, match);
}

/* Writes the hits of s[0..n) into h as a JSON array. A text with few hits
 * is read once; one with more goes through a scanner. */
static int recognize(struct hits_out *h, const char *s, size_t n)
{
	wsaerr_hit few[FEW];
	size_t k, count = wsaerr_recognize(s, n, few, FEW);

	sqlite3_str_appendchar(h->o, 1, '[');
	if (count <= FEW) {
		for (k = 0; k < count; k++)
			put_hit(h, &few[k], s + few[k].start);
	} else {
		wsaerr_scanner *sc = sqlite3_malloc((int)sizeof *sc);
		if (sc == NULL)
			return SQLITE_NOMEM;
		wsaerr_scanner_init(sc);
		wsaerr_scan(sc, s, n, on_hit, h);
		wsaerr_scan_end(sc, on_hit, h);
		sqlite3_free(sc);
	}
	sqlite3_str_appendchar(h->o, 1, ']');
	return SQLITE_OK;
}

static void fn_recognize(sqlite3_context *ctx, int argc, sqlite3_value **argv, int codes_only)
{
	struct hits_out h;
	size_t n = 0;
	const char *s = arg_bytes(argv[0], &n);
	int lang = codes_only ? WSAERR_LANG_EN : arg_lang(ctx, argc, argv, 1);

	if (lang == -2)
		return;
	if (s == NULL || lang < 0) {
		sqlite3_result_null(ctx);
		return;
	}
	h.o = sqlite3_str_new(sqlite3_context_db_handle(ctx));
	h.lang = lang;
	h.codes_only = codes_only;
	h.n = 0;
	if (recognize(&h, s, n) != SQLITE_OK) {
		sqlite3_free(sqlite3_str_finish(h.o));
		sqlite3_result_error_nomem(ctx);
		return;
	}
	result_str(ctx, h.o);
}

static void fn_explain(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	fn_recognize(ctx, argc, argv, 0);
}

static void fn_codes(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	fn_recognize(ctx, argc, argv, 1);
}

/* ------------------------------------------------------------------ */
/* Lookups                                                             */

static void fn_text(sqlite3_context *ctx, int argc, sqlite3_value **argv, int what)
{
	const wsaerr_entry *e = arg_entry(argv[0]);
	int lang = arg_lang(ctx, argc, argv, 1);
	const char *t;

	if (lang == -2)
		return;
	if (e == NULL || lang < 0) {
		sqlite3_result_null(ctx);
		return;
	}
	t = what == 0   ? wsaerr_name(e)
	    : what == 1 ? wsaerr_message(e, lang)
	                : wsaerr_explanation(e, lang);
	sqlite3_result_text(ctx, t, -1, SQLITE_STATIC);
}

static void fn_name(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	fn_text(ctx, argc, argv, 0);
}

static void fn_message(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	fn_text(ctx, argc, argv, 1);
}

static void fn_explanation(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	fn_text(ctx, argc, argv, 2);
}

/* ------------------------------------------------------------------ */
/* wsaerr_catalogue: every row and field                               */

enum {
	COL_CODE,
	COL_HEX,
	COL_NAME,
	COL_SYSTEM,
	COL_WSA,
	COL_ALIASES,
	COL_CATEGORY,
	COL_CATEGORY_LABEL,
	COL_TRANSIENT,
	COL_ERRNO,
	COL_MESSAGE,
	COL_EXPLANATION,
	COL_CHECKS,
	COL_SAME_AS,
	COL_LANG
};

struct cat_cursor {
	sqlite3_vtab_cursor base;
	size_t i;
	int lang;
};

static int cat_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err)
{
	sqlite3_vtab *t;
	int rc;

	(void)aux;
	(void)argc;
	(void)argv;
	(void)err;
	rc = sqlite3_declare_vtab(
	        db, "CREATE TABLE x(code INTEGER, hex TEXT, name TEXT, system TEXT, wsa INTEGER,"
	            " aliases TEXT, category TEXT, category_label TEXT, transient INTEGER,"
	            " errno TEXT, message TEXT, explanation TEXT, checks TEXT, same_as TEXT,"
	            " lang TEXT HIDDEN)");
	if (rc != SQLITE_OK)
		return rc;
	t = sqlite3_malloc((int)sizeof *t);
	if (t == NULL)
		return SQLITE_NOMEM;
	memset(t, 0, sizeof *t);
	sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
	*out = t;
	return SQLITE_OK;
}

static int cat_disconnect(sqlite3_vtab *t)
{
	sqlite3_free(t);
	return SQLITE_OK;
}

/* WHERE lang = ? (or wsaerr_catalogue(?)) becomes the filter's argument. */
static int cat_best_index(sqlite3_vtab *t, sqlite3_index_info *info)
{
	int i;

	(void)t;
	info->idxNum = 0;
	for (i = 0; i < info->nConstraint; i++) {
		const struct sqlite3_index_constraint *c = &info->aConstraint[i];
		if (c->iColumn == COL_LANG && c->op == SQLITE_INDEX_CONSTRAINT_EQ) {
			if (!c->usable)
				return SQLITE_CONSTRAINT;
			info->aConstraintUsage[i].argvIndex = 1;
			info->aConstraintUsage[i].omit = 1;
			info->idxNum = 1;
			break;
		}
	}
	info->estimatedCost = (double)wsaerr_count();
	info->estimatedRows = (sqlite3_int64)wsaerr_count();
	return SQLITE_OK;
}

static int cat_open(sqlite3_vtab *t, sqlite3_vtab_cursor **out)
{
	struct cat_cursor *c = sqlite3_malloc((int)sizeof *c);

	(void)t;
	if (c == NULL)
		return SQLITE_NOMEM;
	memset(c, 0, sizeof *c);
	*out = &c->base;
	return SQLITE_OK;
}

static int cat_close(sqlite3_vtab_cursor *cur)
{
	sqlite3_free(cur);
	return SQLITE_OK;
}

static int cat_filter(sqlite3_vtab_cursor *cur, int idx, const char *idxstr, int argc,
                      sqlite3_value **argv)
{
	struct cat_cursor *c = (struct cat_cursor *)cur;

	(void)idxstr;
	c->i = 0;
	c->lang = WSAERR_LANG_EN;
	if (idx == 1 && argc == 1) {
		const char *tag = (const char *)sqlite3_value_text(argv[0]);
		int l = tag && *tag ? wsaerr_lang_find(tag) : -1;
		if (l < 0) {
			sqlite3_free(cur->pVtab->zErrMsg);
			cur->pVtab->zErrMsg = sqlite3_mprintf("wsaerr: unknown language '%s'",
			                                      tag ? tag : "");
			return SQLITE_ERROR;
		}
		c->lang = l;
	}
	return SQLITE_OK;
}

static int cat_next(sqlite3_vtab_cursor *cur)
{
	((struct cat_cursor *)cur)->i++;
	return SQLITE_OK;
}

static int cat_eof(sqlite3_vtab_cursor *cur)
{
	return ((struct cat_cursor *)cur)->i >= wsaerr_count();
}

static void result_json_list(sqlite3_context *ctx, const wsaerr_entry *e, int lang, int checks)
{
	sqlite3_str *o = sqlite3_str_new(sqlite3_context_db_handle(ctx));
	size_t i;

	if (checks) {
		json_checks(o, e, lang);
	} else {
		sqlite3_str_appendchar(o, 1, '[');
		for (i = 0; wsaerr_alias(e, i); i++) {
			if (i)
				sqlite3_str_appendchar(o, 1, ',');
			json_text(o, wsaerr_alias(e, i));
		}
		sqlite3_str_appendchar(o, 1, ']');
	}
	result_str(ctx, o);
}

static int cat_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
	struct cat_cursor *c = (struct cat_cursor *)cur;
	const wsaerr_entry *e = wsaerr_at(c->i), *twin;
	int l = c->lang;
	const char *t = NULL;

	switch (col) {
	case COL_CODE: sqlite3_result_int(ctx, wsaerr_code(e)); return SQLITE_OK;
	case COL_HEX:
		/* as the JSON export writes it: none for the codes that are not
		 * numbers people write in hex (enhanced, POP3, IMAP) */
		if (wsaerr_system(e) == WSAERR_SYS_ENHANCED ||
		    wsaerr_system(e) == WSAERR_SYS_POP3 || wsaerr_system(e) == WSAERR_SYS_IMAP)
			sqlite3_result_null(ctx);
		else
			sqlite3_result_text(ctx,
			                    sqlite3_mprintf(wsaerr_system(e) == WSAERR_SYS_IXP
			                                            ? "0x%08X"
			                                            : "0x%X",
			                                    (unsigned)wsaerr_code(e)),
			                    -1, sqlite3_free);
		return SQLITE_OK;
	case COL_WSA:
		if (wsaerr_wsa(e) == WSAERR_NONE)
			sqlite3_result_null(ctx); /* no Winsock equivalent */
		else
			sqlite3_result_int(ctx, wsaerr_wsa(e));
		return SQLITE_OK;
	case COL_TRANSIENT: sqlite3_result_int(ctx, wsaerr_transient(e)); return SQLITE_OK;
	case COL_ALIASES:
	case COL_CHECKS: result_json_list(ctx, e, l, col == COL_CHECKS); return SQLITE_OK;
	case COL_NAME: t = wsaerr_name(e); break;
	case COL_SYSTEM: t = wsaerr_system_key(wsaerr_system(e)); break;
	case COL_CATEGORY: t = wsaerr_category_key(wsaerr_category(e)); break;
	case COL_CATEGORY_LABEL: t = wsaerr_category_label(wsaerr_category(e), l); break;
	case COL_ERRNO: t = wsaerr_errno_name(e); break;
	case COL_MESSAGE: t = wsaerr_message(e, l); break;
	case COL_EXPLANATION: t = wsaerr_explanation(e, l); break;
	case COL_SAME_AS:
		twin = wsaerr_twin(e);
		t = twin ? wsaerr_name(twin) : NULL;
		break;
	case COL_LANG: t = wsaerr_lang_tag(l); break;
	default: break;
	}
	if (t)
		sqlite3_result_text(ctx, t, -1, SQLITE_STATIC);
	else
		sqlite3_result_null(ctx);
	return SQLITE_OK;
}

static int cat_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
	*rowid = (sqlite3_int64)((struct cat_cursor *)cur)->i;
	return SQLITE_OK;
}

static sqlite3_module catalogue_module = {
	0,    /* iVersion */
	NULL, /* xCreate: NULL makes it eponymous-only */
	cat_connect, cat_best_index, cat_disconnect, NULL,       cat_open,  cat_close,
	cat_filter,  cat_next,       cat_eof,        cat_column, cat_rowid, NULL,
	NULL,        NULL,           NULL,           NULL,       NULL,      NULL,
	NULL,        NULL,           NULL,           NULL
};

/* ------------------------------------------------------------------ */

#ifdef _WIN32
__declspec(dllexport)
#else
__attribute__((visibility("default")))
#endif
        int sqlite3_wsaerrsqlite_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
	static const struct {
		const char *name;
		int nargs;
		void (*fn)(sqlite3_context *, int, sqlite3_value **);
	} fns[] = {
		{ "wsaerr_explain", 1, fn_explain },
		{ "wsaerr_explain", 2, fn_explain },
		{ "wsaerr_codes", 1, fn_codes },
		{ "wsaerr_name", 1, fn_name },
		{ "wsaerr_message", 1, fn_message },
		{ "wsaerr_message", 2, fn_message },
		{ "wsaerr_explanation", 1, fn_explanation },
		{ "wsaerr_explanation", 2, fn_explanation },
	};
	size_t i;
	int rc = SQLITE_OK;

	SQLITE_EXTENSION_INIT2(api);
	(void)err;
	for (i = 0; rc == SQLITE_OK && i < sizeof fns / sizeof fns[0]; i++)
		rc = sqlite3_create_function(db, fns[i].name, fns[i].nargs,
		                             SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
		                             NULL, fns[i].fn, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_module(db, "wsaerr_catalogue", &catalogue_module, NULL);
	return rc;
}

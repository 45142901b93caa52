/*
 * libwsaerr: the catalogue and the functions that read it.
 *
 * Every table here is expanded from data/ with X-macros or generated from
 * it by tools/gen.c; nothing is typed twice. All data is const, nothing is
 * allocated, so every function is thread-safe.
 */
#include "wsaerr.h"

#include "src/rows.h"
#include "src/hash.h"
#include "gen/tables.h"

#include <string.h>

#include "src/internal.h"

const struct wsaerr_entry wsaerr_entries[IDX_COUNT] = {
#define W(name, value, cat, transient, errno_name, twin) \
	{ value, IDX_##name, WSAERR_CAT_##cat, transient, WSAERR_SYS_WSA, IDX_##twin, \
	  IDX_##name, #name, errno_name },
#include "data/codes.def"
#undef W
#define X(name, value, wsa, cat, transient) \
	{ value, IDX_##name, WSAERR_CAT_##cat, transient, WSAERR_SYS_WIN32, IDX_NONE, \
	  IDX_##wsa, #name, "" },
#include "data/win32.def"
#undef X
};
#define entries wsaerr_entries

struct alias { const char *name; unsigned short row; };
static const struct alias aliases[] = {
#define A(alias, target, sdk) { #alias, IDX_##target },
#include "data/aliases.def"
#undef A
};
#define NALIASES (sizeof aliases / sizeof aliases[0])

static const char *const category_keys[WSAERR_CAT_COUNT] = {
	"success", "overlapped_io", "argument", "resources", "socket_state",
	"protocol", "address", "network", "connection", "name_resolution",
	"startup", "service_provider", "qos", "system"
};

/* ------------------------------------------------------------------ */
/* Texts, one set per data/lang/<tag>.def, English first.              */

struct text_row {
	const char *message;
	const char *explanation;
	const char *checks[4];
};

#define LANG(id, tag, name, english) \
	static const struct text_row texts_##id[IDX_COUNT] = {
#define T(name, message, explanation, ...) \
	[IDX_##name] = { message, explanation, { __VA_ARGS__ } },
#define C(cat, label)
#define U(key, text)
#define LANG_END };
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U

#define LANG(id, tag, name, english) \
	static const char *const cats_##id[WSAERR_CAT_COUNT] = {
#define T(name, message, explanation, ...)
#define C(cat, label) [WSAERR_CAT_##cat] = label,
#define U(key, text)
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U

#define LANG(id, tag, name, english) \
	static const char *const ui_##id[WSAERR_UI_COUNT] = {
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text) [WSAERR_UI_##key] = text,
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef LANG_END

struct lang {
	const char *tag;
	const char *name;
	const char *english;
	const struct text_row *texts;
	const char *const *cats;
	const char *const *ui;
};

static const struct lang langs[] = {
#define LANG(id, tag, name, english) \
	{ tag, name, english, texts_##id, cats_##id, ui_##id },
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text)
#define LANG_END
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef LANG_END
};
#define NLANGS ((int)(sizeof langs / sizeof langs[0]))

struct out {
	char *buf;
	size_t size;
	size_t len;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->len < o->size) {
		size_t room = o->size - 1 - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static void put_dec(struct out *o, long long v)
{
	char tmp[24];
	size_t i = sizeof tmp;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v
	                             : (unsigned long long)v;
	do {
		tmp[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--i] = '-';
	put(o, tmp + i, sizeof tmp - i);
}

static void put_hex(struct out *o, unsigned long v)
{
	static const char digits[] = "0123456789ABCDEF";
	char tmp[10];
	size_t i = sizeof tmp;
	do {
		tmp[--i] = digits[v & 15];
		v >>= 4;
	} while (v);
	put(o, "0x", 2);
	put(o, tmp + i, sizeof tmp - i);
}

static size_t finish(struct out *o)
{
	if (o->size > 0)
		o->buf[o->len < o->size ? o->len : o->size - 1] = '\0';
	return o->len;
}

static const struct lang *lang_of(int lang)
{
	return (lang >= 0 && lang < NLANGS) ? &langs[lang] : &langs[0];
}

static const char *const ui_keys[WSAERR_UI_COUNT] = {
#define LANG(id, tag, name, english)
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text) [WSAERR_UI_##key] = #key,
#include "data/lang/en.def"
#undef LANG
#undef T
#undef C
#undef U
};

const char *wsaerr_version(void)
{
	return WSAERR_VERSION;
}

/* ------------------------------------------------------------------ */
/* Languages                                                           */

int wsaerr_lang_count(void)
{
	return NLANGS;
}

const char *wsaerr_lang_tag(int lang)
{
	return (lang >= 0 && lang < NLANGS) ? langs[lang].tag : NULL;
}

const char *wsaerr_lang_name(int lang)
{
	return (lang >= 0 && lang < NLANGS) ? langs[lang].name : NULL;
}

int wsaerr_lang_find(const char *locale)
{
	size_t n = 0;
	int i;

	if (locale == NULL)
		return -1;
	/* The language part ends at the territory, codeset or modifier. */
	while (locale[n] && locale[n] != '_' && locale[n] != '-' &&
	       locale[n] != '.' && locale[n] != '@')
		n++;
	if (n == 0 && locale[0] == '\0')
		return WSAERR_LANG_EN;
	if ((n == 1 && locale[0] == 'C') ||
	    (n == 5 && memcmp(locale, "POSIX", 5) == 0))
		return WSAERR_LANG_EN;
	for (i = 0; i < NLANGS; i++) {
		const char *tag = langs[i].tag;
		size_t k;
		for (k = 0; k < n; k++)
			if (tag[k] == '\0' || wsaerr_upper(tag[k]) != wsaerr_upper(locale[k]))
				break;
		if (k == n && tag[k] == '\0')
			return i;
	}
	return -1;
}

static void put_missing(struct out *o, const char *what, const char *field)
{
	puts_(o, what);
	put(o, " ", 1);
	puts_(o, field);
	put(o, "\n", 1);
}

size_t wsaerr_lang_missing(int lang, char *buf, size_t size)
{
	struct out o;
	const struct lang *l;
	size_t i;

	o.buf = buf;
	o.size = buf ? size : 0;
	o.len = 0;
	if (lang < 0 || lang >= NLANGS)
		return finish(&o);
	l = &langs[lang];
	for (i = 0; i < IDX_COUNT; i++) {
		if (!l->texts[i].message)
			put_missing(&o, entries[i].name, "message");
		if (!l->texts[i].explanation)
			put_missing(&o, entries[i].name, "explanation");
		if (!l->texts[i].checks[0])
			put_missing(&o, entries[i].name, "checks");
	}
	for (i = 0; i < WSAERR_UI_COUNT; i++)
		if (!l->ui[i])
			put_missing(&o, "ui", ui_keys[i]);
	for (i = 0; i < WSAERR_CAT_COUNT; i++)
		if (!l->cats[i])
			put_missing(&o, "category", category_keys[i]);
	return finish(&o);
}

/* ------------------------------------------------------------------ */
/* The catalogue                                                       */

size_t wsaerr_count(void)
{
	return IDX_COUNT;
}

const wsaerr_entry *wsaerr_at(size_t i)
{
	return i < IDX_COUNT ? &entries[i] : NULL;
}

const wsaerr_entry *wsaerr_by_code(int code)
{
	unsigned row;
	size_t lo, hi;

	if ((unsigned)code - CODE_WSA_BASE < CODE_WSA_SPAN)
		row = code_wsa[code - CODE_WSA_BASE];
	else if ((unsigned)code < CODE_LOW_MAX)
		row = code_low[code];
	else {
		row = 0;
		lo = 0;
		hi = CODE_OTHER_COUNT;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (code_other[mid].code < code)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* code_other ends with a row of 0, so lo == count needs no test. */
		if (code_other[lo].code == code)
			row = code_other[lo].row;
	}
	return row ? &entries[row - 1] : NULL;
}

const struct name_slot *wsaerr_find_name(const char *name, size_t n)
{
	char head[4], key[64];
	size_t i, off, len;
	unsigned h = WSAERR_HASH_BASIS, probe;

	if (name == NULL || n == 0 || n >= sizeof key)
		return NULL;
	for (i = 0; i < 4 && i < n; i++)
		head[i] = wsaerr_upper(name[i]);
	off = wsaerr_prefix_len(head, n);
	/* Upper-case and hash the key in one pass. */
	len = n - off;
	for (i = 0; i < len; i++) {
		char c = wsaerr_upper(name[off + i]);
		key[i] = c;
		h = wsaerr_hash_step(h, c);
	}
	/* Open addressing: probe until the key or an empty slot; the generator
	 * measured the longest probe sequence. */
	for (probe = 0; probe < NAME_MAX_PROBES; probe++) {
		const struct name_slot *s = &name_slots[(h + probe) & (NAME_SLOTS - 1)];
		if (s->target == 0)
			break;
		if (s->len == len && memcmp(name_pool + s->off, key, len) == 0)
			return s;
	}
	return NULL;
}

const char *wsaerr_slot_text(const struct name_slot *s)
{
	return name_pool + s->off;
}

const wsaerr_entry *wsaerr_by_name_n(const char *name, size_t n)
{
	const struct name_slot *s = wsaerr_find_name(name, n);

	if (s == NULL)
		return NULL;
	if (s->kind == KIND_NTSTATUS)
		return wsaerr_by_code(wsaerr_nt_wsa(s->target - 1));
	return &entries[s->target - 1];
}

const wsaerr_entry *wsaerr_by_name(const char *name)
{
	return name ? wsaerr_by_name_n(name, strlen(name)) : NULL;
}

int wsaerr_code(const wsaerr_entry *e)
{
	return e ? e->code : 0;
}

int wsaerr_system(const wsaerr_entry *e)
{
	return e ? e->system : 0;
}

int wsaerr_wsa(const wsaerr_entry *e)
{
	return e ? entries[e->wsa_row].code : 0;
}

const char *wsaerr_system_key(int sys)
{
	static const char *const keys[] = {
		NULL, "wsa", "win32", "ntstatus", "hresult", "errno", "eai", "h_errno"
	};
	return (sys >= WSAERR_SYS_WSA && sys <= WSAERR_SYS_H_ERRNO) ? keys[sys] : NULL;
}

const char *wsaerr_name(const wsaerr_entry *e)
{
	return e ? e->name : NULL;
}

const char *wsaerr_alias(const wsaerr_entry *e, size_t i)
{
	size_t k;

	if (e == NULL)
		return NULL;
	for (k = 0; k < NALIASES; k++)
		if (aliases[k].row == e->index && i-- == 0)
			return aliases[k].name;
	return NULL;
}

const wsaerr_entry *wsaerr_twin(const wsaerr_entry *e)
{
	return (e && e->twin >= 0) ? &entries[e->twin] : NULL;
}

int wsaerr_category(const wsaerr_entry *e)
{
	return e ? e->category : 0;
}

const char *wsaerr_category_key(int cat)
{
	return (cat >= 0 && cat < WSAERR_CAT_COUNT) ? category_keys[cat] : NULL;
}

const char *wsaerr_category_label(int cat, int lang)
{
	const char *s;

	if (cat < 0 || cat >= WSAERR_CAT_COUNT)
		return NULL;
	s = lang_of(lang)->cats[cat];
	return s ? s : langs[0].cats[cat];
}

int wsaerr_transient(const wsaerr_entry *e)
{
	return e ? e->transient : 0;
}

const char *wsaerr_errno_name(const wsaerr_entry *e)
{
	if (e == NULL)
		return NULL;
	/* A Win32 row has the errno of the Winsock code it corresponds to. */
	e = &entries[e->wsa_row];
	return e->errno_name[0] ? e->errno_name : NULL;
}

const char *wsaerr_message(const wsaerr_entry *e, int lang)
{
	const char *s;

	if (e == NULL)
		return NULL;
	s = lang_of(lang)->texts[e->index].message;
	return s ? s : langs[0].texts[e->index].message;
}

const char *wsaerr_explanation(const wsaerr_entry *e, int lang)
{
	const char *s;

	if (e == NULL)
		return NULL;
	s = lang_of(lang)->texts[e->index].explanation;
	return s ? s : langs[0].texts[e->index].explanation;
}

const char *wsaerr_check(const wsaerr_entry *e, size_t i, int lang)
{
	const struct text_row *t;

	if (e == NULL || i >= 4)
		return NULL;
	/* The checks of a row are translated together or not at all. */
	t = &lang_of(lang)->texts[e->index];
	if (t->checks[0] == NULL)
		t = &langs[0].texts[e->index];
	return t->checks[i];
}

const char *wsaerr_ui_text(int key, int lang)
{
	const char *s;

	if (key < 0 || key >= WSAERR_UI_COUNT)
		return NULL;
	s = lang_of(lang)->ui[key];
	return s ? s : langs[0].ui[key];
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int is_name_char(char c, int first)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
	       (!first && c >= '0' && c <= '9');
}


static int parse_fail(wsaerr_query *q, int status, size_t at)
{
	if (q) {
		memset(q, 0, sizeof *q);
		q->error_at = at;
	}
	return status;
}

int wsaerr_parse(const char *text, wsaerr_query *q)
{
	size_t b = 0, e, i;
	int form, neg = 0;
	unsigned long long v = 0;
	unsigned long bits;

	if (text == NULL)
		return parse_fail(q, WSAERR_PARSE_EMPTY, 0);
	while (is_blank(text[b]))
		b++;
	e = b + strlen(text + b);
	while (e > b && is_blank(text[e - 1]))
		e--;
	if (e == b)
		return parse_fail(q, WSAERR_PARSE_EMPTY, b);

	if (is_name_char(text[b], 1)) {
		for (i = b; i < e; i++)
			if (!is_name_char(text[i], 0))
				return parse_fail(q, WSAERR_PARSE_BAD_NAME, i);
		if (q) {
			memset(q, 0, sizeof *q);
			q->form = WSAERR_FORM_NAME;
			q->entry = wsaerr_by_name_n(text + b, e - b);
			q->code = wsaerr_code(q->entry);
			wsaerr_read_name(q, text + b, e - b);
		}
		return WSAERR_PARSE_OK;
	}

	i = b;
	if (text[i] == '-') {
		neg = 1;
		i++;
	}
	if (!neg && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
		form = WSAERR_FORM_HEX;
		i += 2;
		if (i == e)
			return parse_fail(q, WSAERR_PARSE_NO_DIGITS, i);
		for (; i < e; i++) {
			int d = hex_digit(text[i]);
			if (d < 0)
				return parse_fail(q, WSAERR_PARSE_TRAILING, i);
			v = v * 16 + (unsigned)d;
			if (v > 0xFFFFFFFFull)
				return parse_fail(q, WSAERR_PARSE_OVERFLOW, b);
		}
	} else {
		form = WSAERR_FORM_DECIMAL;
		if (i == e || text[i] < '0' || text[i] > '9')
			return parse_fail(q, i == e ? WSAERR_PARSE_NO_DIGITS :
			                  (neg ? WSAERR_PARSE_TRAILING : WSAERR_PARSE_BAD_NAME), i);
		for (; i < e; i++) {
			if (text[i] < '0' || text[i] > '9')
				return parse_fail(q, WSAERR_PARSE_TRAILING, i);
			v = v * 10 + (unsigned)(text[i] - '0');
			if (v > (neg ? 0x80000000ull : 0xFFFFFFFFull))
				return parse_fail(q, WSAERR_PARSE_OVERFLOW, b);
		}
	}

	if (q == NULL)
		return WSAERR_PARSE_OK;
	memset(q, 0, sizeof *q);
	q->form = form;
	q->number = neg ? -(long long)v : (long long)v;
	bits = neg ? (unsigned long)(0x100000000ull - v) & 0xFFFFFFFFul
	           : (unsigned long)v;
	if ((bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS) {
		q->hresult = 1;
		q->code = (int)(bits & 0xFFFFu);
	} else if (bits > 0x7FFFFFFFul) {
		q->code = (int)((long)(bits - 0x80000000ul) - 0x7FFFFFFFL - 1);
	} else {
		q->code = (int)bits;
	}
	q->entry = wsaerr_by_code(q->code);
	wsaerr_read_number(q, bits);
	if (q->entry == NULL) {
		/* An NTSTATUS or an HRESULT with FACILITY_NT_BIT: the row of the
		 * first reading that has one. */
		for (i = 0; i < q->nreadings; i++)
			if (q->readings[i].entry) {
				q->entry = q->readings[i].entry;
				q->code = wsaerr_code(q->entry);
				break;
			}
	}
	return WSAERR_PARSE_OK;
}

const char *wsaerr_parse_status_text(int status, int lang)
{
	if (status < WSAERR_PARSE_EMPTY || status > WSAERR_PARSE_BAD_NAME)
		return NULL;
	return wsaerr_ui_text(WSAERR_UI_PARSE_EMPTY + status - WSAERR_PARSE_EMPTY,
	                      lang);
}

/* ------------------------------------------------------------------ */
/* Formatting into caller buffers                                      */

/* The row a code stands for: itself, or the code inside a FACILITY_WIN32
 * HRESULT. */
static const struct wsaerr_entry *resolve(int code, int *hresult)
{
	unsigned long bits = (unsigned long)(unsigned)code;

	*hresult = 0;
	if ((bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS) {
		*hresult = 1;
		return wsaerr_by_code((int)(bits & 0xFFFFu));
	}
	return wsaerr_by_code(code);
}

static void put_line(struct out *o, int code, int lang)
{
	int hresult;
	const struct wsaerr_entry *e = resolve(code, &hresult);

	if (e == NULL) {
		puts_(o, wsaerr_ui_text(WSAERR_UI_UNKNOWN_CODE, lang));
		put(o, " ", 1);
		put_dec(o, code);
		put(o, " (", 2);
		put_hex(o, (unsigned long)(unsigned)code);
		put(o, ")", 1);
		return;
	}
	puts_(o, e->name);
	put(o, " (", 2);
	put_dec(o, e->code);
	if (hresult) {
		put(o, ", HRESULT ", 10);
		put_hex(o, (unsigned long)(unsigned)code); /* 0x8007xxxx: 8 digits */
	}
	put(o, "): ", 3);
	puts_(o, wsaerr_message(e, lang));
}

size_t wsaerr_format(char *buf, size_t size, int code, int lang)
{
	struct out o;

	o.buf = buf;
	o.size = buf ? size : 0;
	o.len = 0;
	put_line(&o, code, lang);
	return finish(&o);
}

size_t wsaerr_format_long(char *buf, size_t size, int code, int lang)
{
	struct out o;
	int hresult;
	const struct wsaerr_entry *e = resolve(code, &hresult);
	size_t i;

	o.buf = buf;
	o.size = buf ? size : 0;
	o.len = 0;
	put_line(&o, code, lang);
	put(&o, "\n", 1);
	if (e) {
		puts_(&o, wsaerr_explanation(e, lang));
		put(&o, "\n", 1);
		puts_(&o, wsaerr_ui_text(WSAERR_UI_WHAT_TO_CHECK, lang));
		put(&o, ":\n", 2);
		for (i = 0; wsaerr_check(e, i, lang); i++) {
			put(&o, "- ", 2);
			puts_(&o, wsaerr_check(e, i, lang));
			put(&o, "\n", 1);
		}
	}
	return finish(&o);
}

/* ------------------------------------------------------------------ */
/* Search                                                              */

/* Latin-1 letters U+00C0..U+00FF folded to their base letter in upper
 * case, so that "conexion" finds "conexión" and "ACCION" finds "acción";
 * 0 where the character is not a letter (× and ÷). */
static const char latin1_fold[64] =
	"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTS"
	"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTY";

/* The folded character at s and, in *len, how many bytes it takes: ASCII
 * letters upper-cased, accented Latin-1 letters to their base letter, other
 * characters as their code point. A byte that is not valid UTF-8 stands for
 * itself (as 0x110000 + byte), so bad input still compares byte for byte. */
static unsigned long fold_at(const unsigned char *s, size_t *len)
{
	unsigned long c = s[0];

	if (c < 0x80) {
		*len = 1;
		return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c;
	}
	if ((c & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*len = 2;
		c = ((c & 0x1F) << 6) | (s[1] & 0x3F);
		if (c >= 0xC0 && c <= 0xFF && latin1_fold[c - 0xC0])
			return (unsigned char)latin1_fold[c - 0xC0];
		return c;
	}
	if ((c & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*len = 3;
		return ((c & 0x0F) << 12) | ((unsigned long)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	if ((c & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
	    (s[3] & 0xC0) == 0x80) {
		*len = 4;
		return ((c & 0x07) << 18) | ((unsigned long)(s[1] & 0x3F) << 12) |
		       ((unsigned long)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	}
	*len = 1;
	return 0x110000ul + c;
}

/* 1 when the NUL-terminated word occurs in hay, comparing folded
 * characters. */
static int contains_folded(const char *hay, const char *word)
{
	const unsigned char *h = (const unsigned char *)hay;
	size_t lfirst, step;
	unsigned long first;

	if (hay == NULL)
		return 0;
	first = fold_at((const unsigned char *)word, &lfirst);
	for (; *h; h += step) {
		const unsigned char *a, *b;
		size_t la, lb;
		/* Most text is ASCII: reject a start position cheaply. */
		if (*h < 0x80) {
			step = 1;
			if ((unsigned long)wsaerr_upper((char)*h) != first)
				continue;
		} else if (fold_at(h, &step) != first) {
			continue;
		}
		a = h + step;
		b = (const unsigned char *)word + lfirst;
		while (*b && *a && fold_at(a, &la) == fold_at(b, &lb)) {
			a += la;
			b += lb;
		}
		if (*b == '\0')
			return 1;
	}
	return 0;
}

static int row_contains(const struct wsaerr_entry *e, const char *word)
{
	size_t i;
	int l;

	if (word[0] == '\0' || contains_folded(e->name, word))
		return 1;
	for (i = 0; wsaerr_alias(e, i); i++)
		if (contains_folded(wsaerr_alias(e, i), word))
			return 1;
	for (l = 0; l < NLANGS; l++) {
		const struct text_row *t = &langs[l].texts[e->index];
		if (contains_folded(t->message, word) ||
		    contains_folded(t->explanation, word))
			return 1;
		for (i = 0; i < 4; i++)
			if (contains_folded(t->checks[i], word))
				return 1;
	}
	return 0;
}

int wsaerr_matches(const wsaerr_entry *e, const char *const *words, size_t n)
{
	size_t i;

	if (e == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (words && words[i] && !row_contains(e, words[i]))
			return 0;
	return 1;
}

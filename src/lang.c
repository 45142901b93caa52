/*
 * libwsaerr: languages (wsaerr.h, "Languages"): the texts of every row,
 * category and tool string, one set per data/lang/<tag>.def, English first,
 * and the functions that pick a text in a language with English as the
 * fallback.
 */
#include "wsaerr.h"

#include "src/rows.h"
#include "src/hash.h"

#include <string.h>

#include "src/internal.h"
#include "src/out.h"

#define entries wsaerr_entries

/* ------------------------------------------------------------------ */
/* Texts, one set per data/lang/<tag>.def, English first.              */


#define LANG(id, tag, name, english) \
	static const struct text_row texts_##id[IDX_COUNT] = {
#define T(name, message, explanation, ...) \
	[IDX_##name] = { message, explanation, { __VA_ARGS__ } },
#define C(cat, label)
#define U(key, text)
#define A(key, text)
#define LANG_END };
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef A

#define LANG(id, tag, name, english) \
	static const char *const cats_##id[WSAERR_CAT_COUNT] = {
#define T(name, message, explanation, ...)
#define C(cat, label) [WSAERR_CAT_##cat] = label,
#define U(key, text)
#define A(key, text)
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef A

#define LANG(id, tag, name, english) \
	static const char *const ui_##id[WSAERR_UI_COUNT] = {
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text) [WSAERR_UI_##key] = text,
#define A(key, text)
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef A
#undef LANG_END

/* a language may have no advice yet: the last slot keeps the braces
 * from being empty */
#define LANG(id, tag, name, english) \
	static const char *const advice_##id[ADVICE_COUNT + 1] = { [ADVICE_COUNT] = NULL,
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text)
#define A(key, text) [ADVICE_##key] = text,
#define LANG_END \
	} \
	;
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef A
#undef LANG_END


const struct lang wsaerr_langs[] = {
#define LANG(id, tag, name, english) \
	{ tag, name, english, texts_##id, cats_##id, ui_##id, advice_##id },
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text)
#define A(key, text)
#define LANG_END
#include "gen/langs.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef A
#undef LANG_END
};
const int wsaerr_nlangs = (int)(sizeof wsaerr_langs / sizeof wsaerr_langs[0]);
#define langs wsaerr_langs
#define NLANGS wsaerr_nlangs


static const char *const ui_keys[WSAERR_UI_COUNT] = {
#define LANG(id, tag, name, english)
#define T(name, message, explanation, ...)
#define C(cat, label)
#define U(key, text) [WSAERR_UI_##key] = #key,
#define A(key, text)
#include "gen/lang_en.inc"
#undef LANG
#undef T
#undef C
#undef U
#undef A
};

static const char *const advice_keys[ADVICE_COUNT + 1] = {
#define ADVICE(key, ...) #key,
#include "data/mail/advice.def"
#undef ADVICE
	NULL
};

const struct lang *wsaerr_lang_of(int lang)
{
	return (lang >= 0 && lang < NLANGS) ? &langs[lang] : &langs[0];
}
#define lang_of wsaerr_lang_of

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
		if (entries[i].texts != (short)i)
			continue; /* it has another row's texts */
		if (!l->texts[i].message)
			put_pair(&o, entries[i].name, "message");
		if (!l->texts[i].explanation)
			put_pair(&o, entries[i].name, "explanation");
		if (!l->texts[i].checks[0])
			put_pair(&o, entries[i].name, "checks");
	}
	for (i = 0; i < WSAERR_UI_COUNT; i++)
		if (!l->ui[i])
			put_pair(&o, "ui", ui_keys[i]);
	for (i = 0; i < WSAERR_CAT_COUNT; i++)
		if (!l->cats[i])
			put_pair(&o, "category", wsaerr_category_keys[i]);
	for (i = 0; i < ADVICE_COUNT; i++)
		if (!l->advice[i])
			put_pair(&o, "advice", advice_keys[i]);
	return finish(&o);
}

const char *wsaerr_category_label(int cat, int lang)
{
	const char *s;

	if (cat < 0 || cat >= WSAERR_CAT_COUNT)
		return NULL;
	s = lang_of(lang)->cats[cat];
	return s ? s : langs[0].cats[cat];
}

const char *wsaerr_message(const wsaerr_entry *e, int lang)
{
	const char *s;

	if (e == NULL)
		return NULL;
	s = lang_of(lang)->texts[TEXTS_OF(e)].message;
	return s ? s : langs[0].texts[TEXTS_OF(e)].message;
}

const char *wsaerr_explanation(const wsaerr_entry *e, int lang)
{
	const char *s;

	if (e == NULL)
		return NULL;
	s = lang_of(lang)->texts[TEXTS_OF(e)].explanation;
	return s ? s : langs[0].texts[TEXTS_OF(e)].explanation;
}

const char *wsaerr_check(const wsaerr_entry *e, size_t i, int lang)
{
	const struct text_row *t;

	if (e == NULL || i >= 4)
		return NULL;
	/* The checks of a row are translated together or not at all. */
	t = &lang_of(lang)->texts[TEXTS_OF(e)];
	if (t->checks[0] == NULL)
		t = &langs[0].texts[TEXTS_OF(e)];
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

const char *wsaerr_parse_status_text(int status, int lang)
{
	if (status < WSAERR_PARSE_EMPTY || status > WSAERR_PARSE_BAD_NAME)
		return NULL;
	return wsaerr_ui_text(WSAERR_UI_PARSE_EMPTY + status - WSAERR_PARSE_EMPTY,
	                      lang);
}

/* k < ADVICE_COUNT: wsaerr_dialog_advice() only asks for rows it has */
const char *wsaerr_advice_text(size_t k, int lang)
{
	const char *s;

	s = lang_of(lang)->advice[k];
	return s ? s : langs[0].advice[k];
}

/*
 * libwsaerr: what a code means when a given Winsock function returns it
 * (wsaerr.h, "What a code means when a given function returns it"). The
 * facts are data/calls.def; the texts, one file per language,
 * data/calls/<tag>.def, listed by the Makefile in the order of data/lang.
 */
#include "src/internal.h"
#include "src/out.h"

#include <string.h>

enum call_index {
#define CALL(name, page) CALL_##name,
#define RETURNS(name, code, note)
#include "data/calls.def"
#undef CALL
#undef RETURNS
	CALL_COUNT
};

/* Where a meaning is written: OWN, SHARED or another function's note. */
enum note_ref {
	NOTE_OWN = -1,
	NOTE_SHARED = -2,
#define CALL(name, page) NOTE_##name = CALL_##name,
#define RETURNS(name, code, note)
#include "data/calls.def"
#undef CALL
#undef RETURNS
	NOTE_END
};

enum ret_index {
#define CALL(name, page)
#define RETURNS(name, code, note) RET_##name##_##code,
#include "data/calls.def"
#undef CALL
#undef RETURNS
	RET_COUNT
};

static const struct {
	const char *name;
	const char *page;
} calls[CALL_COUNT] = {
#define CALL(name, page) { #name, page },
#define RETURNS(name, code, note)
#include "data/calls.def"
#undef CALL
#undef RETURNS
};

static const struct {
	unsigned char call;
	short row;
	short note;
} rets[RET_COUNT] = {
#define CALL(name, page)
#define RETURNS(name, code, note) { CALL_##name, IDX_##code, NOTE_##note },
#include "data/calls.def"
#undef CALL
#undef RETURNS
};

/* The texts of each language. Each array has one slot more than needed,
 * set to NULL, so that a language without a file still has a valid
 * (all-NULL) initializer. */
#define CALLS_LANG(i) static const char *const own_##i[RET_COUNT + 1] = { [RET_COUNT] = NULL,
#define NOTE(name, code, text) [RET_##name##_##code] = text,
#define SHARED(code, text)
#define CALL_UI(key, text)
#define CALLS_END \
	} \
	;
#include "gen/calls.inc"
#undef CALLS_LANG
#undef NOTE
#undef SHARED
#undef CALL_UI

#define CALLS_LANG(i) static const char *const shared_##i[IDX_COUNT + 1] = { [IDX_COUNT] = NULL,
#define NOTE(name, code, text)
#define SHARED(code, text) [IDX_##code] = text,
#define CALL_UI(key, text)
#include "gen/calls.inc"
#undef CALLS_LANG
#undef NOTE
#undef SHARED
#undef CALL_UI

#define CALLS_LANG(i) \
	static const char *const ui_##i[WSAERR_CALL_UI_COUNT + 1] = { [WSAERR_CALL_UI_COUNT] = NULL,
#define NOTE(name, code, text)
#define SHARED(code, text)
#define CALL_UI(key, text) [WSAERR_CALL_UI_##key] = text,
#include "gen/calls.inc"
#undef CALLS_LANG
#undef NOTE
#undef SHARED
#undef CALL_UI
#undef CALLS_END

static const struct {
	const char *const *own;
	const char *const *shared;
	const char *const *ui;
} call_langs[] = {
#define CALLS_LANG(i) { own_##i, shared_##i, ui_##i },
#define NOTE(name, code, text)
#define SHARED(code, text)
#define CALL_UI(key, text)
#define CALLS_END
#include "gen/calls.inc"
#undef CALLS_LANG
#undef NOTE
#undef SHARED
#undef CALL_UI
#undef CALLS_END
};
#define NCALL_LANGS ((int)(sizeof call_langs / sizeof call_langs[0]))

static const char *const call_ui_keys[WSAERR_CALL_UI_COUNT] = {
#define CALLS_LANG(i)
#define NOTE(name, code, text)
#define SHARED(code, text)
#define CALL_UI(key, text) [WSAERR_CALL_UI_##key] = #key,
#include "data/calls/en.def"
#undef CALLS_LANG
#undef NOTE
#undef SHARED
#undef CALL_UI
};

/* A text of a language, or the English one. */
static const char *pick(const char *const *(*table)(int), int lang, size_t i)
{
	const char *t = NULL;

	if (lang > 0 && lang < NCALL_LANGS)
		t = table(lang)[i];
	return t ? t : table(0)[i];
}

static const char *const *own_of(int lang)
{
	return call_langs[lang].own;
}
static const char *const *shared_of(int lang)
{
	return call_langs[lang].shared;
}
static const char *const *ui_of(int lang)
{
	return call_langs[lang].ui;
}

int wsaerr_call_count(void)
{
	return CALL_COUNT;
}

const char *wsaerr_call_name(int call)
{
	return call >= 0 && call < CALL_COUNT ? calls[call].name : NULL;
}

const char *wsaerr_call_source(int call)
{
	return call >= 0 && call < CALL_COUNT ? calls[call].page : NULL;
}

int wsaerr_call_find(const char *name)
{
	size_t n;
	int c;

	if (name == NULL)
		return -1;
	n = strlen(name);
	if (n > 2 && name[n - 2] == '(' && name[n - 1] == ')')
		n -= 2;
	for (c = 0; c < CALL_COUNT; c++) {
		const char *k = calls[c].name;
		size_t i;
		if (strlen(k) != n)
			continue;
		for (i = 0; i < n; i++)
			if (wsaerr_upper(k[i]) != wsaerr_upper(name[i]))
				break;
		if (i == n)
			return c;
	}
	return -1;
}

int wsaerr_call_code(int call, size_t i)
{
	size_t r;

	for (r = 0; r < RET_COUNT; r++)
		if (rets[r].call == call && i-- == 0)
			return wsaerr_entries[rets[r].row].code;
	return 0;
}

/* The row of rets for (call, code), or -1. */
static int find_ret(int call, int code)
{
	int r;

	for (r = 0; r < RET_COUNT; r++)
		if (rets[r].call == call && wsaerr_entries[rets[r].row].code == code)
			return r;
	return -1;
}

const char *wsaerr_call_note(int call, int code, int lang)
{
	int r = find_ret(call, code);

	if (r < 0)
		return NULL;
	if (rets[r].note == NOTE_SHARED)
		return pick(shared_of, lang, (size_t)rets[r].row);
	if (rets[r].note != NOTE_OWN)
		r = find_ret(rets[r].note, code); /* another page's meaning */
	return r < 0 ? NULL : pick(own_of, lang, (size_t)r);
}

const char *wsaerr_call_ui_text(int key, int lang)
{
	if (key < 0 || key >= WSAERR_CALL_UI_COUNT)
		return NULL;
	return pick(ui_of, lang, (size_t)key);
}

size_t wsaerr_call_missing(int lang, char *buf, size_t size)
{
	struct out o;
	int r, i;

	o.buf = buf;
	o.size = buf ? size : 0;
	o.len = 0;
	if (lang < 0 || lang >= NCALL_LANGS)
		return finish(&o);
	for (r = 0; r < RET_COUNT; r++) {
		const char *name = wsaerr_entries[rets[r].row].name;
		if (rets[r].note == NOTE_OWN && !call_langs[lang].own[r])
			put_pair(&o, calls[rets[r].call].name, name);
		if (rets[r].note == NOTE_SHARED && !call_langs[lang].shared[rets[r].row]) {
			int seen = 0, q;
			for (q = 0; q < r; q++)
				seen |= rets[q].note == NOTE_SHARED && rets[q].row == rets[r].row;
			if (!seen)
				put_pair(&o, "shared", name);
		}
	}
	for (i = 0; i < WSAERR_CALL_UI_COUNT; i++)
		if (!call_langs[lang].ui[i])
			put_pair(&o, "ui", call_ui_keys[i]);
	return finish(&o);
}

/*
 * libwsaerr: the catalogue (wsaerr.h, "The catalogue"): its rows, their
 * names and aliases, and lookup by code and by name.
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
	{ value,      IDX_##name, WSAERR_CAT_##cat, transient, WSAERR_SYS_WSA, \
	  IDX_##twin, IDX_##name, IDX_##name,       #name,     errno_name },
#include "data/codes.def"
#undef W
#define X(name, value, wsa, cat, transient) \
	{ value,    IDX_##name, WSAERR_CAT_##cat, transient, WSAERR_SYS_WIN32, \
	  IDX_NONE, IDX_##wsa,  IDX_##name,       #name,     "" },
#include "data/win32.def"
#undef X
/* A row with SAME_AS shares that row's texts and is its twin; the other
 * direction is found by wsaerr_twin(). */
#define MROW(id, sys, value, name, cat, tr, same) \
	{ value, IDX_##id,   WSAERR_CAT_##cat, tr, \
	  sys,   IDX_##same, IDX_NONE,         IDX_##same == IDX_NONE ? IDX_##id : IDX_##same, \
	  name,  "" },
#include "src/mailrows.h"
#undef MROW
};
#define entries wsaerr_entries

struct alias { const char *name; unsigned short row; };
static const struct alias aliases[] = {
#define A(alias, target, sdk) { #alias, IDX_##target },
#include "data/aliases.def"
#undef A
};
#define NALIASES (sizeof aliases / sizeof aliases[0])

const char *const wsaerr_category_keys[WSAERR_CAT_COUNT] = {
	"success",    "overlapped_io",    "argument", "resources",  "socket_state",
	"protocol",   "address",          "network",  "connection", "name_resolution",
	"startup",    "service_provider", "qos",      "system",     "authentication",
	"security",   "mailbox",          "message",  "policy",     "server",
	"information"
};

const char *wsaerr_version(void)
{
	return WSAERR_VERSION;
}

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

/* Compares a name given by the caller (n bytes, any case) with a key of
 * mail_names (upper case, NUL-terminated). */
static int mail_name_cmp(const char *name, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n && key[i]; i++) {
		unsigned char a = (unsigned char)wsaerr_upper(name[i]), b = (unsigned char)key[i];
		if (a != b)
			return a < b ? -1 : 1;
	}
	if (i == n)
		return key[i] ? -1 : 0;
	return 1;
}

/* The mail or Internet row of a name, or NULL: binary search. */
static const struct wsaerr_entry *mail_by_name(const char *name, size_t n)
{
	size_t lo = 0, hi = MAIL_NAME_COUNT;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = mail_name_cmp(name, n, mail_names[mid].name);
		if (c == 0)
			return &entries[mail_names[mid].row];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const struct wsaerr_entry *wsaerr_mail_row(int system, int value)
{
	size_t lo = IDX_MAIL_FIRST, hi = IDX_COUNT;

	/* The mail rows are sorted by system, then by code. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct wsaerr_entry *e = &entries[mid];
		if (e->system < system || (e->system == system && e->code < value))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < IDX_COUNT && entries[lo].system == system && entries[lo].code == value)
		return &entries[lo];
	return NULL;
}

const wsaerr_entry *wsaerr_lookup(int system, long long value)
{
	const wsaerr_entry *e;
	long long cls, rest;

	switch (system) {
	case WSAERR_SYS_WSA:
	case WSAERR_SYS_WIN32:
		if (value < -2147483647LL - 1 || value > 2147483647LL)
			return NULL;
		e = wsaerr_by_code((int)value);
		return (e && (system == WSAERR_SYS_WIN32 || e->system == WSAERR_SYS_WSA)) ? e
		                                                                          : NULL;
	case WSAERR_SYS_ENHANCED:
		if (value < 0)
			return NULL;
		cls = value / 1000000;
		rest = value % 1000000;
		if (cls != 0 && cls != 2 && cls != 4 && cls != 5)
			return NULL;
		return wsaerr_mail_row(system, (int)rest);
	case WSAERR_SYS_IXP:
		if (value < -2147483647LL - 1 || value > 0xFFFFFFFFLL)
			return NULL;
		return wsaerr_mail_row(system, (int)(unsigned)(value & 0xFFFFFFFFLL));
	case WSAERR_SYS_SMTP:
	case WSAERR_SYS_POP3:
	case WSAERR_SYS_IMAP:
	case WSAERR_SYS_WININET:
	case WSAERR_SYS_WINHTTP:
		if (value < 0 || value > 2147483647LL)
			return NULL;
		return wsaerr_mail_row(system, (int)value);
	default: return NULL;
	}
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
		return name ? mail_by_name(name, n) : NULL;
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

long long wsaerr_value(const wsaerr_entry *e)
{
	if (e == NULL)
		return 0;
	return e->system == WSAERR_SYS_IXP ? (long long)(unsigned)e->code : (long long)e->code;
}

int wsaerr_system(const wsaerr_entry *e)
{
	return e ? e->system : 0;
}

int wsaerr_wsa(const wsaerr_entry *e)
{
	if (e == NULL)
		return 0;
	return e->wsa_row == IDX_NONE ? WSAERR_NONE : entries[e->wsa_row].code;
}

const char *wsaerr_system_key(int sys)
{
	static const char *const keys[] = { NULL,    "wsa",  "win32",   "ntstatus", "hresult",
		                            "errno", "eai",  "h_errno", "smtp",     "enhanced",
		                            "pop3",  "imap", "ixp",     "wininet",  "winhttp" };
	return (sys >= WSAERR_SYS_WSA && sys <= WSAERR_SYS_WINHTTP) ? keys[sys] : NULL;
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
	size_t i;

	if (e == NULL)
		return NULL;
	if (e->twin >= 0)
		return &entries[e->twin];
	/* The other half of a SAME_AS pair of data/mail/. */
	if (e->index < IDX_MAIL_FIRST)
		return NULL;
	for (i = IDX_MAIL_FIRST; i < IDX_COUNT; i++)
		if (entries[i].twin == (short)e->index)
			return &entries[i];
	return NULL;
}

int wsaerr_category(const wsaerr_entry *e)
{
	return e ? e->category : 0;
}

const char *wsaerr_category_key(int cat)
{
	return (cat >= 0 && cat < WSAERR_CAT_COUNT) ? wsaerr_category_keys[cat] : NULL;
}

int wsaerr_transient(const wsaerr_entry *e)
{
	return e ? e->transient : 0;
}

const char *wsaerr_errno_name(const wsaerr_entry *e)
{
	if (e == NULL)
		return NULL;
	/* A Win32 row has the errno of the Winsock code it corresponds to; a
	 * mail or Internet row has none. */
	if (e->wsa_row == IDX_NONE)
		return NULL;
	e = &entries[e->wsa_row];
	return e->errno_name[0] ? e->errno_name : NULL;
}

/* The rows of data/notices.def, which report no failure. */
static const unsigned short notices[] = {
#define S(name, why) IDX_##name,
#include "data/notices.def"
#undef S
};

int wsaerr_failure(const wsaerr_entry *e)
{
	size_t i;

	if (e == NULL)
		return 0;
	/* a mail reply or step that reports success or information */
	if (e->category == WSAERR_CAT_SUCCESS || e->category == WSAERR_CAT_INFO)
		return 0;
	for (i = 0; i < sizeof notices / sizeof notices[0]; i++)
		if (notices[i] == e->index)
			return 0;
	return 1;
}

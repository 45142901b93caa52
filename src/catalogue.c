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

const char *const wsaerr_category_keys[WSAERR_CAT_COUNT] = {
	"success", "overlapped_io", "argument", "resources", "socket_state",
	"protocol", "address", "network", "connection", "name_resolution",
	"startup", "service_provider", "qos", "system"
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
	/* A Win32 row has the errno of the Winsock code it corresponds to. */
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
	for (i = 0; i < sizeof notices / sizeof notices[0]; i++)
		if (notices[i] == e->index)
			return 0;
	return 1;
}

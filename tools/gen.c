/*
 * Build-time generator: reads the catalogue in data/ and writes what the
 * library needs, so that no table is ever written by hand:
 *   gen tables  a case-insensitive hash table from every name (codes,
 *               aliases, errno, EAI_*, h_errno, STATUS_*) to what it means,
 *               and dense index tables from codes to rows;
 *   gen host    the errno / EAI / h_errno translations as "#ifdef NAME"
 *               code, compiled for the target so its own values are used;
 *   gen sdk     compile-time checks of every value against the Windows
 *               SDK's macros, for tests/test_sdk.c;
 *   gen compat  include/wsaerr_compat.h, the Winsock-compatibility header;
 *   gen phrases the recognizer's tables, from data/recognize/;
 *   gen windows the first text Windows prints for each row, per language,
 *               from data/recognize/windows.<tag>.def.
 * It is a host program: when cross-compiling it is built with the build
 * machine's compiler. It fails, and the build with it, when two canonical
 * names collide or a code appears twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/rows.h"
#include "src/hash.h"
#define WSAERR_ANCHOR_REFERENCE
#include "src/anchor.h"

struct row { const char *name; long value; int wsa; const char *errno_name; };
static const struct row rows[] = {
#define W(name, value, cat, transient, errno_name, twin) { #name, value, value, errno_name },
#include "data/codes.def"
#undef W
#define X(name, value, wsa, cat, transient) { #name, value, IDX_##wsa, "" },
#include "data/win32.def"
#undef X
};

/* The rows of data/mail/ (src/mailrows.h), with the WSAERR_SYS_* values
 * of include/wsaerr.h. */
#include "include/wsaerr.h"
struct mrow {
	int row;
	int sys;
	long value;
	const char *name;
};
static const struct mrow mrows[] = {
#define MROW(id, sys, value, name, cat, tr, same) { IDX_##id, sys, (long)(value), name },
#include "src/mailrows.h"
#undef MROW
};
/* The WinINet and WinHTTP names and whether MinGW-w64 defines them. */
struct sdkname {
	const char *name;
	long value;
	int sdk;
};
static const struct sdkname inet_names[] = {
#define INET(name, value, cat, tr, sdk) { #name, value, sdk },
#include "data/mail/wininet.def"
#undef INET
};
static const struct sdkname http_names[] = {
#define HTTP(name, value, cat, tr, same, sdk) { #name, value, sdk },
#include "data/mail/winhttp.def"
#undef HTTP
};

struct alias { const char *name; int target; int sdk; };
static const struct alias aliases[] = {
#define A(alias, target, sdk) { #alias, IDX_##target, sdk },
#include "data/aliases.def"
#undef A
};

struct mapped { const char *name; int target; };
static const struct mapped errnos[] = {
#define E(name, wsa) { #name, IDX_##wsa },
#include "data/errno.def"
#undef E
};
static const struct mapped eais[] = {
#define G(name, wsa) { #name, IDX_##wsa },
#include "data/eai.def"
#undef G
};
static const struct mapped herrnos[] = {
#define H(name, wsa) { #name, IDX_##wsa },
#include "data/herrno.def"
#undef H
};
struct nt { const char *name; unsigned long value; int target; };
static const struct nt nts[] = {
#define N(name, value, wsa) { #name, value, IDX_##wsa },
#include "data/ntstatus.def"
#undef N
};

#define COUNT(a) ((int)(sizeof a / sizeof a[0]))
#define NROWS COUNT(rows)
#define SLOTS 1024
#define LOW_MAX 1024
#define WSA_BASE 10000
#define WSA_SPAN 1040

struct key { char text[64]; size_t len; int kind; int target; };
static struct key keys[512];
static int nkeys;
static int slots[SLOTS]; /* key index + 1, 0 = empty */

/* Adds a name. Two canonical names or aliases (KIND_ROW) that normalise to
 * the same key but lead to different rows are an error in data/; any other
 * clash keeps the first, so "EINPROGRESS" stays the name of WSAEINPROGRESS
 * even though errno EINPROGRESS maps to WSAEWOULDBLOCK. */
static void add_key(const char *name, int kind, int target)
{
	char up[64];
	size_t n = strlen(name), i, off;
	int k;

	if (n >= sizeof up || nkeys >= COUNT(keys)) {
		fprintf(stderr, "gen: name too long or too many names: %s\n", name);
		exit(1);
	}
	for (i = 0; i <= n; i++)
		up[i] = wsaerr_upper(name[i]);
	off = wsaerr_prefix_len(up, n);
	for (k = 0; k < nkeys; k++) {
		if (keys[k].len == n - off && memcmp(keys[k].text, up + off, n - off) == 0) {
			if (keys[k].kind == kind && keys[k].target == target)
				return;
			if (kind == KIND_ROW && keys[k].kind == KIND_ROW) {
				fprintf(stderr, "gen: name %s leads to two rows\n", name);
				exit(1);
			}
			return;
		}
	}
	memcpy(keys[nkeys].text, up + off, n - off + 1);
	keys[nkeys].len = n - off;
	keys[nkeys].kind = kind;
	keys[nkeys].target = target;
	nkeys++;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of the mail and Internet rows that wsaerr_by_name() finds
 * (SMTP and enhanced codes are numbers), upper-cased and sorted; rows in
 * order of system and value; no name also a name of the Winsock table. */
static int gen_mail_names(void)
{
	static char text[COUNT(mrows)][72];
	static const char *sorted[COUNT(mrows)];
	int i, n = 0, k;

	for (i = 0; i < COUNT(mrows); i++) {
		const struct mrow *m = &mrows[i];
		size_t c;
		if (m->row != IDX_MAIL_FIRST + i) {
			fprintf(stderr, "gen: mail row %s out of place\n", m->name);
			return 1;
		}
		if (i > 0 && (m->sys < mrows[i - 1].sys ||
		              (m->sys == mrows[i - 1].sys && m->value <= mrows[i - 1].value))) {
			fprintf(stderr, "gen: mail row %s is out of order\n", m->name);
			return 1;
		}
		if (m->sys == WSAERR_SYS_SMTP || m->sys == WSAERR_SYS_ENHANCED)
			continue;
		if (strlen(m->name) + 8 >= sizeof text[0]) {
			fprintf(stderr, "gen: name too long: %s\n", m->name);
			return 1;
		}
		for (c = 0; m->name[c]; c++)
			text[n][c] = wsaerr_upper(m->name[c]);
		text[n][c] = '\0';
		for (k = 0; k < nkeys; k++)
			if (strcmp(keys[k].text, text[n]) == 0) {
				fprintf(stderr, "gen: %s is also a Winsock table name\n", m->name);
				return 1;
			}
		/* keep the row beside the name: "NAME\0" then the row after it */
		sprintf(text[n] + c + 1, "%d", m->row);
		sorted[n] = text[n];
		n++;
	}
	qsort(sorted, (size_t)n, sizeof sorted[0], cmp_str);
	printf("#define MAIL_NAME_COUNT %d\n", n);
	printf("static const struct mail_name mail_names[MAIL_NAME_COUNT] = {\n");
	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(sorted[i], sorted[i - 1]) == 0) {
			fprintf(stderr, "gen: mail name %s appears twice\n", sorted[i]);
			return 1;
		}
		printf("\t{ \"%s\", %s },\n", sorted[i], sorted[i] + strlen(sorted[i]) + 1);
	}
	printf("};\n");
	return 0;
}

static int gen_tables(void)
{
	static int low[LOW_MAX], wsa[WSA_SPAN];
	int i, k, nother = 0, longest = 0;
	size_t pool;

	for (i = 0; i < NROWS; i++) {
		int j;
		for (j = 0; j < i; j++)
			if (rows[j].value == rows[i].value) {
				fprintf(stderr, "gen: code %ld appears twice\n", rows[i].value);
				return 1;
			}
		if (i > 0 && i != IDX_WIN32_FIRST && rows[i].value <= rows[i - 1].value) {
			fprintf(stderr, "gen: %s is out of order\n", rows[i].name);
			return 1;
		}
		add_key(rows[i].name, KIND_ROW, i);
	}
	for (i = 0; i < COUNT(aliases); i++)
		add_key(aliases[i].name, KIND_ROW, aliases[i].target);
	for (i = 0; i < COUNT(errnos); i++)
		add_key(errnos[i].name, KIND_ERRNO, errnos[i].target);
	for (i = 0; i < COUNT(eais); i++)
		add_key(eais[i].name, KIND_EAI, eais[i].target);
	/* h_errno names must already be keys: they are the Winsock names
	 * without their prefix. */
	for (i = 0; i < COUNT(herrnos); i++) {
		int k, found = 0;
		for (k = 0; k < nkeys; k++)
			if (strcmp(keys[k].text, herrnos[i].name) == 0 && keys[k].target == herrnos[i].target)
				found = 1;
		if (!found) {
			fprintf(stderr, "gen: h_errno name %s is not a Winsock name\n", herrnos[i].name);
			return 1;
		}
	}
	for (i = 0; i < COUNT(nts); i++) {
		if (i > 0 && nts[i].value <= nts[i - 1].value) {
			fprintf(stderr, "gen: %s is out of order\n", nts[i].name);
			return 1;
		}
		add_key(nts[i].name, KIND_NTSTATUS, i);
	}

	for (k = 0; k < nkeys; k++) {
		unsigned h = WSAERR_HASH_BASIS;
		int probes = 0;
		size_t c;
		for (c = 0; c < keys[k].len; c++)
			h = wsaerr_hash_step(h, keys[k].text[c]);
		h &= SLOTS - 1;
		while (slots[h]) {
			h = (h + 1) & (SLOTS - 1);
			probes++;
		}
		if (probes > longest)
			longest = probes;
		slots[h] = k + 1;
	}

	printf("/* Generated by tools/gen.c from data/. Do not edit. */\n");
	printf("#define NAME_SLOTS %d\n#define NAME_MAX_PROBES %d\n", SLOTS, longest + 1);
	printf("static const char name_pool[] =\n");
	for (k = 0; k < nkeys; k++)
		printf("\t\"%s\\0\"\n", keys[k].text);
	printf(";\n");
	printf("/* {offset in name_pool, length, kind, target + 1} */\n");
	printf("static const struct name_slot name_slots[NAME_SLOTS] = {\n");
	for (i = 0; i < SLOTS; i++) {
		int j;
		if (!slots[i])
			continue;
		k = slots[i] - 1;
		pool = 0;
		for (j = 0; j < k; j++)
			pool += keys[j].len + 1;
		printf("\t[%d] = { %lu, %lu, %d, %d },\n", i, (unsigned long)pool,
		       (unsigned long)keys[k].len, keys[k].kind, keys[k].target + 1);
	}
	printf("};\n");

	for (i = 0; i < NROWS; i++) {
		long v = rows[i].value;
		if (v >= 0 && v < LOW_MAX)
			low[v] = i + 1;
		else if (v >= WSA_BASE && v < WSA_BASE + WSA_SPAN)
			wsa[v - WSA_BASE] = i + 1;
		else
			nother++;
	}
	printf("#define CODE_LOW_MAX %d\n#define CODE_WSA_BASE %d\n#define CODE_WSA_SPAN %d\n",
	       LOW_MAX, WSA_BASE, WSA_SPAN);
	printf("/* row + 1 for codes 0 .. CODE_LOW_MAX - 1, 0 where there is none */\n");
	printf("static const unsigned short code_low[CODE_LOW_MAX] = {");
	for (i = 0; i < LOW_MAX; i++)
		if (low[i])
			printf(" [%d] = %d,", i, low[i]);
	printf(" };\n");
	printf("static const unsigned short code_wsa[CODE_WSA_SPAN] = {");
	for (i = 0; i < WSA_SPAN; i++)
		if (wsa[i])
			printf(" [%d] = %d,", i, wsa[i]);
	printf(" };\n");
	printf("/* the rest, ascending by code: {code, row + 1}, then a 0 row */\n");
	printf("#define CODE_OTHER_COUNT %d\n", nother);
	printf("static const struct code_slot code_other[CODE_OTHER_COUNT + 1] = {\n");
	{
		/* rows are in two ascending runs; merge them by value */
		long last = -1;
		int printed = 0;
		while (printed < nother) {
			long best = -1;
			int bi = -1;
			for (i = 0; i < NROWS; i++) {
				long v = rows[i].value;
				if ((v >= 0 && v < LOW_MAX) || (v >= WSA_BASE && v < WSA_BASE + WSA_SPAN))
					continue;
				if (v > last && (bi < 0 || v < best)) {
					best = v;
					bi = i;
				}
			}
			printf("\t{ %ld, %d },\n", best, bi + 1);
			last = best;
			printed++;
		}
	}
	printf("\t{ 0, 0 }\n};\n");
	return gen_mail_names();
}

/* The host's own errno, EAI and h_errno values, by name. */
static void emit_chain(const char *fn, const struct mapped *m, int n, int names)
{
	int i;

	printf("static %s %s(int v)\n{\n", names ? "const char *" : "int", fn);
	for (i = 0; i < n; i++) {
		printf("#ifdef %s\n\tif (v == %s)\n\t\treturn ", m[i].name, m[i].name);
		if (names)
			printf("\"%s\";\n#endif\n", m[i].name);
		else
			printf("%ld;\n#endif\n", rows[m[i].target].value);
	}
	printf("\t(void)v;\n\treturn %s;\n}\n\n", names ? "NULL" : "-1");
}

/* name -> the host's value; 0 when the host lacks the name. */
static void emit_value_chain(const char *fn, const struct mapped *m, int n)
{
	int i;

	printf("static int %s(const char *n)\n{\n", fn);
	for (i = 0; i < n; i++)
		printf("#ifdef %s\n\tif (strcmp(n, \"%s\") == 0)\n\t\treturn %s;\n#endif\n",
		       m[i].name, m[i].name, m[i].name);
	printf("\t(void)n;\n\treturn 0;\n}\n\n");
}

static int gen_host(void)
{
	int i;

	printf("/* Generated by tools/gen.c from data/. Do not edit.\n"
	       " * Every name is guarded by #ifdef: errno, EAI and h_errno values\n"
	       " * differ between systems, so only names are written here. */\n\n");
	emit_chain("host_errno_to_wsa", errnos, COUNT(errnos), 0);
	emit_chain("host_errno_name", errnos, COUNT(errnos), 1);
	emit_chain("host_eai_to_wsa", eais, COUNT(eais), 0);
	emit_chain("host_eai_name", eais, COUNT(eais), 1);
	emit_chain("host_h_errno_to_wsa", herrnos, COUNT(herrnos), 0);
	emit_chain("host_h_errno_name", herrnos, COUNT(herrnos), 1);
	emit_value_chain("host_errno_value", errnos, COUNT(errnos));
	emit_value_chain("host_eai_value", eais, COUNT(eais));

	printf("static int host_wsa_to_errno(int wsa)\n{\n\tswitch (wsa) {\n");
	for (i = 0; i < IDX_WIN32_FIRST; i++)
		if (rows[i].errno_name[0])
			printf("#ifdef %s\n\tcase %ld:\n\t\treturn %s;\n#endif\n",
			       rows[i].errno_name, rows[i].value, rows[i].errno_name);
	printf("\tdefault:\n\t\treturn -1;\n\t}\n}\n");
	return 0;
}

/* For each name, a compile-time check against the SDK's macro when the SDK
 * defines it, and a row for the run-time report either way. */
static void emit_sdk(const char *name, unsigned long value, int expected)
{
	printf("#ifdef %s\nSDK_CHECK(%s, %luUL)\n#endif\n", name, name, value);
	printf("#ifdef %s\nSDK_ROW(%s, 1, %d)\n#else\nSDK_ROW(%s, 0, %d)\n#endif\n",
	       name, name, expected, name, expected);
}

static int gen_sdk(void)
{
	int i;

	printf("/* Generated by tools/gen.c from data/. Do not edit. */\n#ifdef SDK_WINSOCK\n");
	for (i = 0; i < NROWS; i++)
		emit_sdk(rows[i].name, (unsigned long)rows[i].value, 1);
	for (i = 0; i < COUNT(aliases); i++)
		emit_sdk(aliases[i].name, (unsigned long)rows[aliases[i].target].value, aliases[i].sdk);
	for (i = 0; i < COUNT(nts); i++)
		emit_sdk(nts[i].name, nts[i].value, 1);
	printf("#endif\n");
	/* WinINet and WinHTTP cannot share a translation unit: each has its
	 * group, which tests/test_sdk.c and tests/test_sdk_winhttp.c pick. */
	printf("#ifdef SDK_WININET\n");
	for (i = 0; i < COUNT(inet_names); i++)
		emit_sdk(inet_names[i].name, (unsigned long)inet_names[i].value, inet_names[i].sdk);
	printf("#endif\n#ifdef SDK_WINHTTP\n");
	for (i = 0; i < COUNT(http_names); i++)
		emit_sdk(http_names[i].name, (unsigned long)http_names[i].value, http_names[i].sdk);
	printf("#endif\n");
	return 0;
}

/* ------------------------------------------------------------------ */
/* The recognizer's tables (gen phrases): every text of data/recognize/,
 * folded as src/fold.h folds a log, registered at each anchor it contains
 * (src/anchor.h) under the four units there; and the context words. */

#include "src/fold.h"

struct text { const char *name; const char *text; int kind; const char *file; };  /* 0 M, 1 K, 2 V */
static const struct text texts[] = {
#define M(name, text, source) { #name, text, 0, __FILE__ },
#define K(name, text, source) { #name, text, 1, __FILE__ },
#define V(text, source) { "", text, 2, __FILE__ },
#include "gen/recognize.inc"
#undef M
#undef K
#undef V
};
#define NTEXTS COUNT(texts)

/* The row a name of a windows.*.def file stands for: a canonical name or
 * an alias; -1 otherwise. */
static int windows_row(const char *name)
{
	int i;

	for (i = 0; i < NROWS; i++)
		if (strcmp(rows[i].name, name) == 0)
			return i;
	for (i = 0; i < COUNT(aliases); i++)
		if (strcmp(aliases[i].name, name) == 0)
			return aliases[i].target;
	return -1;
}

/* The catalogue row a name of data/recognize/ stands for, or -1: the
 * names of windows_row(), then errno, EAI, h_errno and NTSTATUS names. */
static int resolve_name(const char *name)
{
	int i = windows_row(name);

	if (i >= 0)
		return i;
	for (i = 0; i < COUNT(errnos); i++)
		if (strcmp(errnos[i].name, name) == 0)
			return errnos[i].target;
	for (i = 0; i < COUNT(eais); i++)
		if (strcmp(eais[i].name, name) == 0)
			return eais[i].target;
	for (i = 0; i < COUNT(herrnos); i++)
		if (strcmp(herrnos[i].name, name) == 0)
			return herrnos[i].target;
	for (i = 0; i < COUNT(nts); i++)
		if (strcmp(nts[i].name, name) == 0)
			return nts[i].target;
	return -1;
}

/* 1 when a text contains a SOCKET word of data/recognize/context.def. */
static const char *const socket_words[] = {
#define STRONG(w)
#define CODEWORD(w)
#define MEDIUM(w)
#define SOCKET(w) w,
#define NEGATIVE(w)
#define UNIT(w)
#define VETO(w)
#define MAIL(w)
#define REPLY(w)
#include "data/recognize/context.def"
#undef STRONG
#undef CODEWORD
#undef MEDIUM
#undef SOCKET
#undef NEGATIVE
#undef UNIT
#undef VETO
#undef MAIL
#undef REPLY
	NULL
};

static int mentions_socket(const char *text)
{
	const char *const *w;
	size_t n = strlen(text), i, k;

	for (w = socket_words; *w; w++)
		for (i = 0; i + strlen(*w) <= n; i++) {
			/* where a word starts, as the scanner reads them: "port"
			 * is not in "not supported" */
			if (i > 0 && ((text[i - 1] | 0x20) >= 'a' && (text[i - 1] | 0x20) <= 'z'))
				continue;
			for (k = 0; (*w)[k] && wsaerr_upper(text[i + k]) == wsaerr_upper((*w)[k]); k++)
				;
			if ((*w)[k] == '\0')
				return 1;
		}
	return 0;
}

/* The Winsock code of a row (Win32 rows lead to theirs). */
static long wsa_of(int row)
{
	return row < IDX_WIN32_FIRST ? rows[row].value : rows[rows[row].wsa].value;
}

#define MAXUNITS 1024
struct folded {
	unsigned char u[MAXUNITS];
	int len;
	int src[MAXUNITS];           /* the byte of the text each unit comes from */
	unsigned char ws[MAXUNITS];  /* 1 where a word starts */
	int row;                     /* -1 for a veto */
	long wsa;
	int kind;
	int min_prefix, min_suffix, min_mid, flags, anchors;
	int dup;                     /* 1: the same as an earlier text, not filed */
	int chars;                   /* characters that fold to something */
	int han;                     /* written in Han or kana (no spaces) */
	int char_at[MAXUNITS];       /* how many characters come before unit k */
	unsigned long first_cp[MAXUNITS]; /* the folded code point a unit starts, 0 inside */
};
static struct folded fold_tab[NTEXTS];

static int fold_text(const char *text, struct folded *f)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + strlen(text);
	int after_sep = 1;

	f->len = 0;
	f->chars = 0;
	f->han = 0;
	while (p < end) {
		unsigned char u[4];
		size_t n, k, len = wsaerr_fold(p, end, u, &n);
		if (n == 0) {
			after_sep = 1;
			p += len;
			continue;
		}
		if (f->len + (int)n > MAXUNITS)
			return -1;
		for (k = 0; k < n; k++) {
			f->u[f->len + k] = u[k];
			f->src[f->len + k] = (int)(p - (const unsigned char *)text);
			f->ws[f->len + k] = k == 0 && (after_sep || p[0] >= 0x80);
			f->first_cp[f->len + k] = 0;
			f->char_at[f->len + k] = f->chars;
		}
		if (n == 3 && u[0] >= 0xE3 && u[0] <= 0xE9)
			f->han = 1;      /* U+3000..U+9FFF: kana and CJK ideographs */
		f->chars++;
		if (p[0] >= 0x80) {
			/* the key of a character that can anchor: its folded form,
			 * or itself when it folds to ASCII (é, ş) */
			unsigned long cp;
			if (u[0] >= 0x80)
				wsaerr_utf8_get(u, u + n, &cp);
			else
				wsaerr_utf8_get(p, end, &cp);
			f->first_cp[f->len] = cp;
		}
		f->len += (int)n;
		after_sep = 0;
		p += len;
	}
	return 0;
}

/* How many texts each non-ASCII character occurs in. */
static unsigned short cp_texts[0x110000];

static void count_chars(void)
{
	static int seen_in[0x110000];
	int i, k;

	for (i = 0; i < NTEXTS; i++)
		for (k = 0; k < fold_tab[i].len; k++) {
			unsigned long cp = fold_tab[i].first_cp[k];
			if (cp && seen_in[cp] != i + 1) {
				seen_in[cp] = i + 1;
				cp_texts[cp]++;
			}
		}
}

static int char_freq(unsigned long cp)
{
	return cp_texts[cp];
}

struct fpe {
	unsigned k1, k2, k3, len;
	unsigned kb; /* the four units before k, the nearest in the top byte */
	int phrase, k;
	unsigned bucket;
};
static struct fpe fpes[200000];
static int nfp, phrase_first_fp;
static unsigned char anchor_chars[8192];

#define FP_BITS 15

static unsigned pack4(const unsigned char *u, int n)
{
	unsigned v = 0;
	int i;
	for (i = 0; i < 4 && i < n; i++)
		v |= (unsigned)u[i] << (8 * i);
	return v;
}

/* Files phrase `phrase` at its unit k, under the longest of 12, 8 or 4
 * units it has from there. */
static void add_fp(int phrase, int k)
{
	const struct folded *f = &fold_tab[phrase];
	struct fpe e;
	int i;

	if (k + 4 > f->len)
		return;
	e.len = f->len - k >= 12 ? 12 : f->len - k >= 8 ? 8 : 4;
	e.k1 = pack4(f->u + k, 4);
	e.k2 = e.len > 4 ? pack4(f->u + k + 4, 4) : 0;
	e.k3 = e.len > 8 ? pack4(f->u + k + 8, 4) : 0;
	for (i = phrase_first_fp; i < nfp; i++)
		if (fpes[i].phrase == phrase && fpes[i].k1 == e.k1 && fpes[i].k2 == e.k2 &&
		    fpes[i].k3 == e.k3 && fpes[i].len == e.len)
			return;   /* the same place twice finds nothing new */
	if (nfp == COUNT(fpes)) {
		fprintf(stderr, "gen: too many anchors\n");
		exit(1);
	}
	e.phrase = phrase;
	e.k = k;
	e.kb = 0;
	for (i = 1; i <= 4 && k - i >= 0; i++)
		e.kb |= (unsigned)f->u[k - i] << (8 * (4 - i));
	e.bucket = wsaerr_fp_hash(e.k1, e.k2, e.k3, e.len) >> (32 - FP_BITS);
	fpes[nfp++] = e;
	fold_tab[phrase].anchors++;
}

static int cmp_fp(const void *a, const void *b)
{
	const struct fpe *x = a, *y = b;
	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	/* the longest texts first: once one matches whole, the scanner
	 * passes over the shorter ones */
	if (fold_tab[x->phrase].len != fold_tab[y->phrase].len)
		return fold_tab[y->phrase].len - fold_tab[x->phrase].len;
	if (x->phrase != y->phrase)
		return x->phrase - y->phrase;
	return x->k - y->k;
}

static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* The unit of text i that the byte at offset `at` starts, or -1. */
static int unit_at(const struct folded *f, int at)
{
	int k;

	for (k = 0; k < f->len; k++)
		if (f->src[k] == at)
			return k;
	return -1;
}

/* The anchors of text i: every place where the scanner stops in the text
 * as written (src/anchor.h), and, so that glued words are found too,
 * every pair of PAIRS in its units whatever the blanks between them. */
static void register_anchors(int i)
{
	struct folded *f = &fold_tab[i];
	const unsigned char *t = (const unsigned char *)texts[i].text;
	int n = (int)strlen(texts[i].text), at, k, counted;

	for (at = 0; at < n; at++) {
		unsigned char z = at ? t[at - 1] : 0, a = t[at];
		unsigned char b = at + 1 < n ? t[at + 1] : 0, c = at + 2 < n ? t[at + 2] : 0;
		if ((a & 0xC0) == 0x80 || a == '0' || a == '1' || !wsaerr_anchor(z, a, b, c))
			continue;
		if ((k = unit_at(f, at)) < 0)
			continue;
		if (a >= 0x80) {
			/* a character the scanner keeps only when gen marks it */
			if (!f->first_cp[k] || char_freq(f->first_cp[k]) > 12)
				continue;
			anchor_chars[(f->first_cp[k] & 0xFFFF) >> 3] |= (unsigned char)(1u << (f->first_cp[k] & 7));
		}
		add_fp(i, k);
	}
	counted = f->anchors;
	for (k = 0; k + 1 < f->len; k++) {
		unsigned char ua = f->u[k], ub = f->u[k + 1];
		if (ua >= 'a' && ua <= 'z' && ub >= 'a' && ub <= 'z' && t[f->src[k]] < 0x80 &&
		    t[f->src[k + 1]] < 0x80 && wsaerr_pair_in(WSAERR_PAIRS, ua, ub))
			add_fp(i, k);
	}
	f->anchors = counted;
}

/* Characters too common to anchor a text are still anchors of a text that
 * would have too few without them. */
static void register_rare(int i)
{
	struct folded *f = &fold_tab[i];
	int k;

	for (k = 0; k + 4 <= f->len && f->anchors < 3; k++)
		if (f->first_cp[k] && f->ws[k]) {
			anchor_chars[(f->first_cp[k] & 0xFFFF) >> 3] |= (unsigned char)(1u << (f->first_cp[k] & 7));
			add_fp(i, k);
		}
}

static int common_prefix(const struct folded *a, const struct folded *b)
{
	int n = 0;
	while (n < a->len && n < b->len && a->u[n] == b->u[n])
		n++;
	return n;
}

static int common_suffix(const struct folded *a, const struct folded *b)
{
	int n = 0;
	while (n < a->len && n < b->len && a->u[a->len - 1 - n] == b->u[b->len - 1 - n])
		n++;
	return n;
}

/* The longest run of f's units from unit w that some text of another
 * code contains anywhere. */
static int shared_from(const struct folded *f, int w)
{
	int j, a, best = 0;

	for (j = 0; j < NTEXTS; j++) {
		const struct folded *o = &fold_tab[j];
		if (o == f || o->kind == 2 || o->wsa == f->wsa)
			continue;
		for (a = 0; a + best < o->len; a++) {
			int n = 0;
			while (w + n < f->len && a + n < o->len && f->u[w + n] == o->u[a + n])
				n++;
			if (n > best)
				best = n;
		}
	}
	return best;
}

/* A part of a long message that starts and ends at words counts when it
 * is at least MIN_MID units long and longer than any run, from any word
 * of the message, that a text of another code contains: "forcibly closed
 * by the remote host", "target machine actively refused it". */
#define MIN_MID 24

/* A part of a long message counts when it is at least this long, and
 * longer than what it shares with a text of another code. */
#define MIN_PART 36
#define MIN_CHARS 12
#define MIN_LONG 32

static void print_bytes(const unsigned char *s, int n)
{
	int i;
	for (i = 0; i < n; i++)
		printf("\\%03o", s[i]);
}

/* 1 when texts a and b have as many words and differ in exactly one:
 * "A socket operation was attempted to an unreachable network" and
 * "... host". */
static int one_word_apart(const char *a, const char *b)
{
	int diff = 0;

	for (;;) {
		size_t la = strcspn(a, " "), lb = strcspn(b, " ");
		if (la != lb || memcmp(a, b, la) != 0)
			diff++;
		a += la;
		b += lb;
		if (*a == '\0' || *b == '\0')
			return *a == *b && diff == 1;
		a++;
		b++;
	}
}

/* Codes whose Windows messages differ by one word (WSAENETUNREACH and
 * WSAEHOSTUNREACH, WSAENETDOWN and WSAEHOSTDOWN) have messages that
 * differ by one word in every language. Where a file has the text of one
 * and not of its sibling, a line with the sibling's message would match
 * it with that word changed, or by the part they share: such a text is
 * found only whole and exact. Siblings are read from the English file. */
static void lonely_siblings(void)
{
	size_t i, j, k;

	for (i = 0; i < NTEXTS; i++) {
		struct folded *f = &fold_tab[i];
		if (f->kind != 0 || f->wsa < 0 || !strstr(texts[i].file, "/windows.en."))
			continue;
		for (j = 0; j < NTEXTS; j++) {
			int sib = fold_tab[j].wsa;
			if (fold_tab[j].kind != 0 || sib < 0 || sib == f->wsa ||
			    !strstr(texts[j].file, "/windows.en.") ||
			    !one_word_apart(texts[i].text, texts[j].text))
				continue;
			/* f->wsa and sib are siblings: in each file with a text of
			 * one and none of the other, the text stands alone */
			for (k = 0; k < NTEXTS; k++) {
				struct folded *t = &fold_tab[k];
				size_t m;
				int has = 0;
				if (t->wsa != f->wsa || t->kind != 0)
					continue;
				for (m = 0; m < NTEXTS && !has; m++)
					has = fold_tab[m].wsa == sib &&
					      strcmp(texts[m].file, texts[k].file) == 0;
				if (has)
					continue;
				t->min_prefix = t->min_suffix = t->min_mid = t->len + 1;
				t->flags &= ~16;
			}
		}
	}
}

/* A table of n unsigned shorts, as C. */
static void print_shorts(const char *name, const unsigned short *v, int n)
{
	int i;

	printf("static const unsigned short %s[%d] = {", name, n);
	for (i = 0; i < n; i++)
		printf("%s%u", i ? "," : " ", v[i]);
	printf(" };\n");
}

static int gen_phrases(void)
{
	static unsigned bucket_start[(1 << FP_BITS) + 1];
	int i, j, k, nfail = 0;
	unsigned b;
	long off = 0, exact_off = 0;

	for (i = 0; i < NTEXTS; i++) {
		struct folded *f = &fold_tab[i];
		f->kind = texts[i].kind;
		f->row = f->kind == 2 ? -1 : resolve_name(texts[i].name);
		if (f->kind != 2 && f->row < 0) {
			fprintf(stderr, "gen: unknown name %s in data/recognize\n", texts[i].name);
			return 1;
		}
		f->wsa = f->row < 0 ? -1 : wsa_of(f->row);
		if (fold_text(texts[i].text, f) != 0 || f->len < 4) {
			fprintf(stderr, "gen: text too long or too short: %s\n", texts[i].text);
			return 1;
		}
		f->flags = f->kind == 1 ? 1 : 0;
		/* short texts say little on their own: "Timed out", "Try again",
		 * "Disconnected", 连接超时 */
		if (f->kind != 2 && (f->han ? f->chars < 6 : f->chars < 12))
			f->flags |= 4;
		/* a text that says what it is about on its own: Windows' own
		 * message of a Winsock code, one that names sockets, or a long
		 * one (a generic condition is otherwise judged by its line) */
		/* a long message of words, findable with one word changed */
		if (f->kind == 0 && !f->han && f->len >= 20)
			f->flags |= 16;
		if (f->len >= 48 || mentions_socket(texts[i].text) ||
		    (strstr(texts[i].file, "/windows.") && f->row >= 0 && rows[f->row].value >= 10000))
			f->flags |= 8;
	}
	/* A text that folds to the same units as an earlier one, of the same
	 * kind and for the same Winsock code ("Connection refused" of glibc,
	 * musl, BSD, Java, curl...), is filed once: the scanner would extend
	 * each copy in turn. The kept one says it names sockets if any does. */
	for (i = 0; i < NTEXTS; i++) {
		struct folded *f = &fold_tab[i];
		f->dup = 0;
		for (j = 0; j < i && !f->dup; j++) {
			struct folded *o = &fold_tab[j];
			if (!o->dup && o->kind == f->kind && o->wsa == f->wsa && o->len == f->len &&
			    memcmp(o->u, f->u, (size_t)f->len) == 0 &&
			    (f->kind != 1 || strcmp(texts[i].text, texts[j].text) == 0)) {
				f->dup = 1;
				o->flags |= f->flags & 8;
			}
		}
	}
	count_chars();
	for (i = 0; i < NTEXTS; i++) {
		phrase_first_fp = nfp;
		if (fold_tab[i].dup)
			continue;
		register_anchors(i);
		register_rare(i);
	}
	for (i = 0; i < NTEXTS; i++) {
		struct folded *f = &fold_tab[i];
		int pre = 0, suf = 0;
		if (f->anchors == 0 && !f->dup)
			nfail++;
		for (j = 0; j < NTEXTS; j++) {
			if (fold_tab[j].wsa == f->wsa && fold_tab[j].kind != 2 && f->kind != 2)
				continue;
			if (j == i)
				continue;
			k = common_prefix(f, &fold_tab[j]);
			if (k > pre)
				pre = k;
			k = common_suffix(f, &fold_tab[j]);
			if (k > suf)
				suf = k;
		}
		/* at least MIN_PART units and MIN_CHARS characters, and longer
		 * than what the text shares with one of another code */
		{
			int minp = MIN_PART;
			while (minp < f->len && f->char_at[minp - 1] + 1 < MIN_CHARS)
				minp++;
			f->min_prefix = f->len >= MIN_LONG && f->kind == 0 ? (pre + 1 > minp ? pre + 1 : minp) : f->len + 1;
			f->min_suffix = f->len >= MIN_LONG && f->kind == 0
			                        ? (suf + 1 > minp ? suf + 1 : minp)
			                        : f->len + 1;
		}
		f->min_mid = f->len + 1;
		if (f->kind == 0 && !f->han && f->len >= MIN_LONG) {
			int w, most = 0;
			for (w = 0; w < f->len; w++)
				if (f->ws[w]) {
					int n = shared_from(f, w);
					if (n > most)
						most = n;
				}
			f->min_mid = most + 1 > MIN_MID ? most + 1 : MIN_MID;
		}
		if (f->min_mid > f->len)
			f->min_mid = f->len + 1;
		if (f->min_prefix > f->len)
			f->min_prefix = f->len + 1;
		if (f->min_suffix > f->len)
			f->min_suffix = f->len + 1;
	}
	lonely_siblings();
	qsort(fpes, (size_t)nfp, sizeof fpes[0], cmp_fp);

	printf("/* Generated by tools/gen.c from data/recognize/. Do not edit. */\n");
	printf("/* %d texts, %d anchor places */\n", NTEXTS, nfp);
	printf("#define PHRASE_COUNT %d\n", NTEXTS);
	/* Texts with no anchor cannot be found as texts (the names among them,
	 * UV_EADDRINUSE, are found by the name inside them, EADDRINUSE); they
	 * are listed here for whoever reads the tables. */
	printf("#define PHRASE_UNANCHORED %d\n", nfail);
	printf("/* texts with no anchor:");
	for (i = 0; i < NTEXTS; i++)
		if (fold_tab[i].anchors == 0 && !fold_tab[i].dup) {
			const char *q;
			printf(" \"");
			for (q = texts[i].text; *q; q++)
				putchar(*q == '*' || *q == '/' ? '.' : *q);
			printf("\"");
		}
	printf(" */\n");
	printf("static const unsigned char phrase_units[] = {");
	for (i = 0; i < NTEXTS; i++) {
		printf("\n\t");
		for (k = 0; k < fold_tab[i].len; k++)
			printf("%u,", fold_tab[i].u[k]);
	}
	printf(" 0 };\n");
	printf("static const unsigned char phrase_ws[] = {");
	{
		unsigned char byte = 0;
		long bit = 0;
		for (i = 0; i < NTEXTS; i++)
			for (k = 0; k < fold_tab[i].len; k++, bit++) {
				if (fold_tab[i].ws[k])
					byte |= (unsigned char)(1u << (bit & 7));
				if ((bit & 7) == 7) {
					printf("%s%u", bit > 7 ? "," : " ", byte);
					byte = 0;
				}
			}
		printf("%s%u };\n", bit > 7 ? "," : " ", byte);
	}
	printf("static const unsigned char phrase_exact[] = {");
	for (i = 0; i < NTEXTS; i++)
		if (fold_tab[i].kind == 1)
			for (k = 0; texts[i].text[k]; k++)
				printf("%u,", (unsigned char)texts[i].text[k]);
	printf(" 0 };\n");
	printf("static const struct phrase phrases[] = {\n");
	for (i = 0; i < NTEXTS; i++) {
		const struct folded *f = &fold_tab[i];
		int elen = f->kind == 1 ? (int)strlen(texts[i].text) : 0;
		printf("\t{ %ld, %d, %s%d, %d, %d, %d, %d, %d, %ld },\n", off, f->len,
		       f->row < 0 ? "PH_VETO + 0*" : "", f->row < 0 ? 0 : f->row, f->min_prefix,
		       f->min_suffix, f->min_mid, f->flags, elen, exact_off);
		off += f->len;
		exact_off += elen;
	}
	printf("};\n");
	printf("#define FP_BITS %d\n", FP_BITS);
	printf("static const struct fp fps[] = {\n");
	for (i = 0; i < nfp; i++)
		printf("\t{ 0x%08Xu, 0x%08Xu, 0x%08Xu, 0x%08Xu, %d, %d, %u },\n", fpes[i].k1,
		       fpes[i].k2, fpes[i].k3, fpes[i].kb, fpes[i].phrase, fpes[i].k, fpes[i].len);
	printf("\t{ 0, 0, 0, 0, 0, 0, 0 }\n};\n");
	for (b = 0, i = 0; b <= (1u << FP_BITS); b++) {
		while (i < nfp && fpes[i].bucket < b)
			i++;
		bucket_start[b] = (unsigned short)i;
	}
	{
		/* the four units every filed place starts with, one bit each
		 * (hashed): most anchors stop here */
		static unsigned char k1bits[65536];
		for (i = 0; i < nfp; i++) {
			unsigned h = (fpes[i].k1 * 2654435761u) >> 13;
			k1bits[h >> 3] |= (unsigned char)(1u << (h & 7));
		}
		printf("static const unsigned char fp_k1[65536] = {");
		for (i = 0; i < 65536; i++)
			printf("%s%u", i ? "," : " ", k1bits[i]);
		printf(" };\n");
	}
	{
		/* the first eight units of every place of 8 or 12, one bit each
		 * (wsaerr_fp_hash8()): where it is clear, the scanner looks up
		 * only the places of 4, and folds no more than 8 units */
		static unsigned char k12bits[1 << (WSAERR_FP_K12_BITS - 3)];
		for (i = 0; i < nfp; i++)
			if (fpes[i].len >= 8) {
				unsigned h = wsaerr_fp_hash8(fpes[i].k1, fpes[i].k2);
				k12bits[h >> 3] |= (unsigned char)(1u << (h & 7));
			}
		printf("static const unsigned char fp_k12[%d] = {", 1 << (WSAERR_FP_K12_BITS - 3));
		for (i = 0; i < 1 << (WSAERR_FP_K12_BITS - 3); i++)
			printf("%s%u", i ? "," : " ", k12bits[i]);
		printf(" };\n");
	}
	printf("static const unsigned short fp_bucket[%d] = {", (1 << FP_BITS) + 1);
	for (b = 0; b <= (1u << FP_BITS); b++)
		printf("%s%u", b ? "," : " ", bucket_start[b]);
	printf(" };\n");
	{
		/* Each bucket again, in two lists of indices into fps, in the
		 * same order: the places with no unit before them to compare
		 * (12 units, or a phrase's first unit), under the same bucket;
		 * and the others, under their bucket and the four units right
		 * before them (the one right before, for a place at a phrase's
		 * second to fourth unit: wsaerr_fp_hash_before()). A text with
		 * four units before the anchor reads three lists and passes
		 * over the places whose units before are others. */
		static unsigned short a_start[(1 << FP_BITS) + 1], b_start[(1 << FP_BITS) + 1];
		static unsigned short a_idx[200000], b_idx[200000];
		static unsigned bb[200000];
		int na = 0, nb = 0;
		for (b = 0; b < (1u << FP_BITS); b++) {
			a_start[b] = (unsigned short)na;
			for (i = bucket_start[b]; i < (int)bucket_start[b + 1]; i++)
				if (fpes[i].k == 0 || fpes[i].len == 12)
					a_idx[na++] = (unsigned short)i;
		}
		a_start[1u << FP_BITS] = (unsigned short)na;
		for (i = 0; i < nfp; i++)
			bb[i] = wsaerr_fp_hash_before(wsaerr_fp_hash(fpes[i].k1, fpes[i].k2,
			                                             fpes[i].k3, fpes[i].len),
			                              fpes[i].k >= 4 ? fpes[i].kb
			                                             : fpes[i].kb >> 24) >>
			        (32 - FP_BITS);
		/* counted, then placed in order: each list keeps fps' order */
		for (i = 0; i < nfp; i++)
			if (fpes[i].k > 0 && fpes[i].len < 12)
				b_start[bb[i] + 1]++;
		for (b = 0; b < (1u << FP_BITS); b++)
			b_start[b + 1] = (unsigned short)(b_start[b + 1] + b_start[b]);
		{
			static unsigned short at[(1 << FP_BITS) + 1];
			memcpy(at, b_start, sizeof at);
			for (i = 0; i < nfp; i++)
				if (fpes[i].k > 0 && fpes[i].len < 12) {
					b_idx[at[bb[i]]++] = (unsigned short)i;
					nb++;
				}
		}
		/* each list ends with a 0 of its own, so that none is empty */
		a_idx[na] = b_idx[nb] = 0;
		print_shorts("fp_a_bucket", a_start, (1 << FP_BITS) + 1);
		print_shorts("fp_a", a_idx, na + 1);
		print_shorts("fp_b_bucket", b_start, (1 << FP_BITS) + 1);
		print_shorts("fp_b", b_idx, nb + 1);
	}
	{
		/* the letter pairs of src/anchor.h: bit a of row b (letters as
		 * their low five bits) */
		unsigned row[32] = { 0 };
		const char *q;
		for (q = WSAERR_PAIRS; *q; q += 2)
			row[q[1] & 31] |= 1u << (q[0] & 31);
		printf("static const unsigned pair_row[32] = {");
		for (i = 0; i < 32; i++)
			printf("%s0x%08Xu", i ? "," : " ", row[i]);
		printf(" };\n");
		/* the same as vectors: byte k of rows 16 h .. 16 h + 15, twice */
		printf("static const unsigned char pair_vec[4][2][32] = {");
		for (i = 0; i < 4; i++) {
			int h, j;
			printf("%s{", i ? "," : " ");
			for (h = 0; h < 2; h++) {
				printf("%s{", h ? "," : " ");
				for (j = 0; j < 32; j++)
					printf("%s%u", j ? "," : " ", (row[16 * h + (j & 15)] >> (8 * i)) & 255u);
				printf(" }");
			}
			printf(" }");
		}
		printf(" };\n");
		printf("static const unsigned char pow2_vec[32] = {");
		for (i = 0; i < 32; i++)
			printf("%s%u", i ? "," : " ", 1u << (i & 7));
		printf(" };\n");
	}
	/* errno and EAI_ names that are also the key of a catalogue row but
	 * lead to another code (EINPROGRESS is WSAEWOULDBLOCK's, though
	 * WSAEINPROGRESS exists): the recognizer reads them as errno names */
	printf("struct errno_name { const char *name; unsigned char len; unsigned short row; };\n");
	printf("static const struct errno_name errno_names[] = {");
	for (i = 0; i < COUNT(errnos); i++) {
		int r = resolve_name(errnos[i].name), k;
		for (k = 0; k < NROWS; k++)
			if (strlen(rows[k].name) > 3 &&
			    strcmp(rows[k].name + 3, errnos[i].name) == 0)
				break;
		(void)r;
		if (k < NROWS && k != errnos[i].target)
			printf(" { \"%s\", %d, %d },", errnos[i].name, (int)strlen(errnos[i].name),
			       errnos[i].target);
	}
	printf(" { 0, 0, 0 } };\n");
	printf("static const unsigned char anchor_chars[8192] = {");
	for (i = 0; i < 8192; i++)
		printf("%s%u", i ? "," : " ", anchor_chars[i]);
	printf(" };\n");
	return 0;
}

/* The context word lists of data/recognize/context.def. */
#define STRONG(w) w,
#define CODEWORD(w)
#define MEDIUM(w)
#define SOCKET(w)
#define NEGATIVE(w)
#define UNIT(w)
#define VETO(w)
#define MAIL(w)
#define REPLY(w)
static const char *const ctx_strong[] = {
#include "data/recognize/context.def"
	NULL };
#undef STRONG
#define STRONG(w)
#undef CODEWORD
#define CODEWORD(w) w,
static const char *const ctx_codeword[] = {
#include "data/recognize/context.def"
	NULL };
#undef CODEWORD
#define CODEWORD(w)
#undef MEDIUM
#define MEDIUM(w) w,
static const char *const ctx_medium[] = {
#include "data/recognize/context.def"
	NULL };
#undef MEDIUM
#define MEDIUM(w)
#undef SOCKET
#define SOCKET(w) w,
static const char *const ctx_socket[] = {
#include "data/recognize/context.def"
	NULL };
#undef SOCKET
#define SOCKET(w)
#undef NEGATIVE
#define NEGATIVE(w) w,
static const char *const ctx_negative[] = {
#include "data/recognize/context.def"
	NULL };
#undef NEGATIVE
#define NEGATIVE(w)
#undef UNIT
#define UNIT(w) w,
static const char *const ctx_unit[] = {
#include "data/recognize/context.def"
	NULL };
#undef UNIT
#define UNIT(w)
#undef VETO
#define VETO(w) w,
static const char *const ctx_veto[] = {
#include "data/recognize/context.def"
	NULL };
#undef VETO
#define VETO(w)
#undef MAIL
#define MAIL(w) w,
static const char *const ctx_mail[] = {
#include "data/recognize/context.def"
	NULL
};
#undef MAIL
#define MAIL(w)
#undef REPLY
#define REPLY(w) w,
static const char *const ctx_reply[] = {
#include "data/recognize/context.def"
	NULL
};
#undef REPLY
#undef MAIL
#undef STRONG
#undef CODEWORD
#undef MEDIUM
#undef SOCKET
#undef NEGATIVE
#undef UNIT
#undef VETO

static int first_byte(const char *w)
{
	unsigned char c = (unsigned char)w[0];
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int emit_words(const char *name, const char *const *w)
{
	int n = 0, c, i, k = 0;
	const char *sorted[512];

	while (w[n])
		n++;
	if (n > 512) {
		fprintf(stderr, "gen: too many words in %s\n", name);
		return 1;
	}
	for (c = 0; c < 256; c++)
		for (i = 0; i < n; i++)
			if (first_byte(w[i]) == c)
				sorted[k++] = w[i];
	for (i = 0; i < n; i++) {
		const char *q;
		for (q = sorted[i]; *q; q++)
			if (*q >= 'A' && *q <= 'Z') {
				fprintf(stderr, "gen: context word not in lower case: %s\n", sorted[i]);
				return 1;
			}
	}
	printf("static const char *const %s_w[] = {", name);
	for (i = 0; i < n; i++) {
		printf(" \"");
		print_bytes((const unsigned char *)sorted[i], (int)strlen(sorted[i]));
		printf("\",");
	}
	printf(" 0 };\nstatic const unsigned char %s_len[] = {", name);
	for (i = 0; i < n; i++)
		printf(" %lu,", (unsigned long)strlen(sorted[i]));
	/* the first eight bytes of each, packed: most words differ there */
	printf(" 0 };\nstatic const unsigned long long %s_head[] = {", name);
	for (i = 0; i < n; i++) {
		unsigned long long head = 0;
		int j;
		for (j = 0; j < 8 && sorted[i][j]; j++)
			head |= (unsigned long long)(unsigned char)sorted[i][j] << (8 * j);
		printf(" 0x%016llXull,", head);
	}
	printf(" 0 };\nstatic const struct words %s = { %s_w, %s_len, %s_head, {", name, name, name,
	       name);
	for (c = 0, k = 0; c <= 256; c++) {
		while (k < n && first_byte(sorted[k]) < c)
			k++;
		printf("%s%d", c ? "," : " ", k);
	}
	printf(" } };\n");
	return 0;
}

/* The SMTP reply codes of data/mail/smtp.def, one bit each from 0 to
 * 599: a three-digit number that is not one is dismissed at once. */
static int gen_smtp_bits(void)
{
	unsigned char bits[75] = { 0 };
	int i;

	for (i = 0; i < COUNT(mrows); i++)
		if (mrows[i].sys == WSAERR_SYS_SMTP && mrows[i].value >= 0 && mrows[i].value < 600)
			bits[mrows[i].value >> 3] |= (unsigned char)(1u << (mrows[i].value & 7));
	printf("static const unsigned char smtp_code_bits[75] = {");
	for (i = 0; i < 75; i++)
		printf("%s%d", i ? "," : " ", bits[i]);
	printf(" };\n");
	return 0;
}

static int gen_context(void)
{
	int i;
	unsigned char bits[256] = { 0 };

	/* the Winsock codes from 10000 to 12047, one bit each: most numbers in
	 * a log are not codes, and this dismisses them at once */
	for (i = 0; i < IDX_WIN32_FIRST; i++)
		if (rows[i].value >= 10000 && rows[i].value < 12048)
			bits[(rows[i].value - 10000) >> 3] |= (unsigned char)(1u << ((rows[i].value - 10000) & 7));
	printf("static const unsigned char wsa_code_bits[256] = {");
	for (i = 0; i < 256; i++)
		printf("%s%d", i ? "," : " ", bits[i]);
	printf(" };\n");
	{
		/* the WSA names of 9 to 33 letters by length, for the names one
		 * letter off (near_wsa_name()): rows near_rows[near_first[n]] to
		 * near_rows[near_first[n + 1] - 1] have names of n letters */
		int n, count = 0;
		printf("static const unsigned short near_rows[] = {");
		for (n = 0; n <= 33; n++)
			for (i = 0; i < IDX_WIN32_FIRST; i++)
				if (n >= 9 && strncmp(rows[i].name, "WSA", 3) == 0 &&
				    (int)strlen(rows[i].name) == n)
					printf("%s%d", count++ ? "," : " ", i);
		/* and the letters each has, one bit each, all else one more
		 * (near_wsa_name() of src/recognize.c): a name one letter off
		 * has the same but two */
		printf(" };\nstatic const unsigned near_masks[] = {");
		count = 0;
		for (n = 0; n <= 33; n++)
			for (i = 0; i < IDX_WIN32_FIRST; i++)
				if (n >= 9 && strncmp(rows[i].name, "WSA", 3) == 0 &&
				    (int)strlen(rows[i].name) == n) {
					unsigned mask = 0;
					const char *q;
					for (q = rows[i].name; *q; q++)
						mask |= *q >= 'A' && *q <= 'Z'   ? 1u << (*q - 'A')
						        : *q >= 'a' && *q <= 'z' ? 1u << (*q - 'a')
						                                 : 1u << 26;
					printf("%s0x%Xu", count++ ? "," : " ", mask);
				}
		printf(" };\nstatic const unsigned short near_first[35] = {");
		for (n = 0, count = 0; n <= 34; n++) {
			printf("%s%d", n ? "," : " ", count);
			for (i = 0; n <= 33 && i < IDX_WIN32_FIRST; i++)
				if (n >= 9 && strncmp(rows[i].name, "WSA", 3) == 0 &&
				    (int)strlen(rows[i].name) == n)
					count++;
		}
		printf(" };\n");
	}
	{
		/* for each byte, the sets that have a word starting with it (any
		 * case): bit 0 strong, 1 codeword, 2 medium, 3 socket, 4 veto,
		 * 5 mail, as enum W_* of src/recognize.c */
		const char *const *sets[6];
		unsigned char first[256] = { 0 };
		int k, c;
		sets[0] = ctx_strong;
		sets[1] = ctx_codeword;
		sets[2] = ctx_medium;
		sets[3] = ctx_socket;
		sets[4] = ctx_veto;
		sets[5] = ctx_mail;
		for (k = 0; k < 6; k++)
			for (i = 0; sets[k][i]; i++) {
				c = first_byte(sets[k][i]);
				first[c] |= (unsigned char)(1u << k);
				if (c >= 'a' && c <= 'z')
					first[c - 32] |= (unsigned char)(1u << k);
			}
		printf("static const unsigned char word_first[256] = {");
		for (c = 0; c < 256; c++)
			printf("%s%u", c ? "," : " ", first[c]);
		printf(" };\n");
		{
			/* the same for the first two bytes (the second by its low
			 * five bits, so that case does not matter): most word starts
			 * are dismissed without comparing a word */
			static unsigned char two[256][32];
			int d;
			for (k = 0; k < 6; k++)
				for (i = 0; sets[k][i]; i++) {
					const unsigned char *w = (const unsigned char *)sets[k][i];
					c = first_byte(sets[k][i]);
					d = w[1] & 31;
					two[c][d] |= (unsigned char)(1u << k);
					if (c >= 'a' && c <= 'z')
						two[c - 32][d] |= (unsigned char)(1u << k);
				}
			printf("static const unsigned char word_first2[256][32] = {");
			for (c = 0; c < 256; c++) {
				printf("%s{", c ? "," : " ");
				for (d = 0; d < 32; d++)
					printf("%s%u", d ? "," : "", two[c][d]);
				printf("}");
			}
			printf(" };\n");
		}
	}
	return emit_words("set_strong", ctx_strong) || emit_words("set_codeword", ctx_codeword) ||
	       emit_words("set_medium", ctx_medium) || emit_words("set_socket", ctx_socket) ||
	       emit_words("set_negative", ctx_negative) || emit_words("set_unit", ctx_unit) ||
	       emit_words("set_veto", ctx_veto) || emit_words("set_mail", ctx_mail) ||
	       emit_words("set_reply", ctx_reply) || gen_smtp_bits();
}

static int gen_compat(void)
{
	int i;

	printf("/*\n"
	       " * wsaerr_compat.h - lets Winsock-style code compile unchanged on POSIX\n"
	       " * systems. Generated by tools/gen.c from data/; `make compat-header`\n"
	       " * rewrites it and `make check` fails when it is stale.\n"
	       " *\n"
	       " * On Windows it includes <winsock2.h> (and, with WSAERR_WRAP,\n"
	       " * <ws2tcpip.h>) and adds nothing. Elsewhere it defines SOCKET,\n"
	       " * INVALID_SOCKET, SOCKET_ERROR and every WSA* error constant, with\n"
	       " * Winsock's values, and then:\n"
	       " * - without WSAERR_WRAP: closesocket(), WSAGetLastError() (the code\n"
	       " *   Winsock would have reported for the current errno, see\n"
	       " *   wsaerr_get_last()) and WSASetLastError(); the socket calls are the\n"
	       " *   system's own;\n"
	       " * - with WSAERR_WRAP defined before it: <wsaerr_wrap.h>, Winsock's calls\n"
	       " *   (socket() ... WSAStartup(), WSAPoll()) wrapped so that each failure\n"
	       " *   leaves in WSAGetLastError() the code Windows would have left.\n"
	       " * Include it instead of <winsock2.h> in code that must build on both.\n"
	       " */\n"
	       "#ifndef WSAERR_COMPAT_H\n#define WSAERR_COMPAT_H\n\n"
	       "#include \"wsaerr.h\"\n\n"
	       "#ifdef _WIN32\n#include <winsock2.h>\n"
	       "#ifdef WSAERR_WRAP\n#include <ws2tcpip.h>\n#endif\n"
	       "#else\n\n"
	       "typedef int SOCKET;\n"
	       "#define INVALID_SOCKET (-1)\n"
	       "#define SOCKET_ERROR (-1)\n\n");
	for (i = 0; i < IDX_WIN32_FIRST; i++)
		if (strncmp(rows[i].name, "WSA", 3) == 0)
			printf("#ifndef %s\n#define %s %ld\n#endif\n", rows[i].name, rows[i].name, rows[i].value);
	for (i = 0; i < COUNT(aliases); i++)
		if (strncmp(aliases[i].name, "WSA", 3) == 0)
			printf("#ifndef %s\n#define %s %s\n#endif\n", aliases[i].name, aliases[i].name,
			       rows[aliases[i].target].name);
	printf("\n#ifdef WSAERR_WRAP\n"
	       "#include \"wsaerr_wrap.h\"\n"
	       "#else\n"
	       "#include <unistd.h>\n"
	       "#define closesocket(s) close(s)\n"
	       "#define WSAGetLastError() wsaerr_get_last()\n"
	       "#define WSASetLastError(code) wsaerr_set_last(code)\n"
	       "#endif\n"
	       "\n#endif /* _WIN32 */\n\n#endif /* WSAERR_COMPAT_H */\n");
	return 0;
}

/* ------------------------------------------------------------------ */
/* What Windows prints (gen windows): for each catalogue row and each
 * data/recognize/windows.<tag>.def, the first M text there whose name is
 * the row's canonical name or one of its aliases (not an errno, EAI or
 * STATUS_ name: those are other systems' texts). English first, then by
 * tag. The texts are read through the recognizer's own list of files, so
 * a new windows.<tag>.def adds its language here with no other change. */

/* The tag of a windows.<tag>.def path, copied into tag; 0 when the path
 * is not such a file. */
static int windows_tag(const char *file, char *tag, size_t size)
{
	const char *base = strrchr(file, '/');
	size_t n;

	base = base ? base + 1 : file;
	if (strncmp(base, "windows.", 8) != 0)
		return 0;
	base += 8;
	n = strlen(base);
	if (n <= 4 || strcmp(base + n - 4, ".def") != 0 || n - 4 >= size)
		return 0;
	memcpy(tag, base, n - 4);
	tag[n - 4] = '\0';
	return 1;
}


/* A C string literal: quotes, backslashes and '?' (trigraphs) escaped. */
static void print_c_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\' || *s == '?')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

/* English first, then by tag. */
static int cmp_tag(const void *a, const void *b)
{
	int ea = strcmp(a, "en") == 0, eb = strcmp(b, "en") == 0;
	return ea != eb ? eb - ea : strcmp(a, b);
}

static int gen_windows(void)
{
	static char tags[64][16];
	static int first[NROWS + 1];
	int ntags = 0, i, k, r, count = 0;
	char tag[16];

	/* The languages, English first, then by tag. */
	for (i = 0; i < NTEXTS; i++) {
		if (texts[i].kind != 0 || !windows_tag(texts[i].file, tag, sizeof tag))
			continue;
		for (k = 0; k < ntags && strcmp(tags[k], tag) != 0; k++)
			;
		if (k == ntags) {
			if (ntags == COUNT(tags)) {
				fprintf(stderr, "gen: too many windows.*.def files\n");
				return 1;
			}
			strcpy(tags[ntags++], tag);
		}
	}
	qsort(tags, (size_t)ntags, sizeof tags[0], cmp_tag);

	printf("/* Generated by tools/gen.c (gen windows) from data/recognize/windows.<tag>.def:\n"
	       " * the first text Windows prints for each row, per display language. */\n"
	       "struct windows_text { const char *tag; const char *text; };\n"
	       "static const struct windows_text windows_texts[] = {\n");
	for (r = 0; r < NROWS; r++) {
		first[r] = count;
		for (k = 0; k < ntags; k++)
			for (i = 0; i < NTEXTS; i++) {
				if (texts[i].kind != 0 ||
				    !windows_tag(texts[i].file, tag, sizeof tag) ||
				    strcmp(tag, tags[k]) != 0 || windows_row(texts[i].name) != r)
					continue;
				printf("\t{ \"%s\", ", tags[k]);
				print_c_string(texts[i].text);
				printf(" }, /* %s */\n", rows[r].name);
				count++;
				break;
			}
	}
	first[NROWS] = count;
	if (count == 0)
		printf("\t{ 0, 0 }\n");
	printf("};\n/* windows_texts[windows_first[row] .. windows_first[row + 1]) */\n"
	       "static const unsigned short windows_first[%d] = {",
	       NROWS + 1);
	for (r = 0; r <= NROWS; r++)
		printf("%s%s%d", r ? "," : "", r % 16 ? " " : "\n\t", first[r]);
	printf("\n};\n");
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "tables") == 0)
		return gen_tables();
	if (argc == 2 && strcmp(argv[1], "host") == 0)
		return gen_host();
	if (argc == 2 && strcmp(argv[1], "sdk") == 0)
		return gen_sdk();
	if (argc == 2 && strcmp(argv[1], "compat") == 0)
		return gen_compat();
	if (argc == 2 && strcmp(argv[1], "phrases") == 0)
		return gen_phrases() || gen_context();
	if (argc == 2 && strcmp(argv[1], "windows") == 0)
		return gen_windows();
	fprintf(stderr, "usage: gen tables|host|sdk|compat|phrases|windows\n");
	return 2;
}

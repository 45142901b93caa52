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
 *   gen compat  include/wsaerr_compat.h, the Winsock-compatibility header.
 * It is a host program: when cross-compiling it is built with the build
 * machine's compiler. It fails, and the build with it, when two canonical
 * names collide or a code appears twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/rows.h"
#include "src/hash.h"
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
	return 0;
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

	printf("/* Generated by tools/gen.c from data/. Do not edit. */\n");
	for (i = 0; i < NROWS; i++)
		emit_sdk(rows[i].name, (unsigned long)rows[i].value, 1);
	for (i = 0; i < COUNT(aliases); i++)
		emit_sdk(aliases[i].name, (unsigned long)rows[aliases[i].target].value, aliases[i].sdk);
	for (i = 0; i < COUNT(nts); i++)
		emit_sdk(nts[i].name, nts[i].value, 1);
	return 0;
}

/* The recognition texts of data/messages.def, indexed by the first anchor
 * each contains (src/anchor.h), so that the scanner, stopped at an anchor,
 * compares only the texts that can start around it. */
struct message { const char *text; int row; int kind; };
static const struct message messages[] = {
#define M(name, text) { text, IDX_##name, 0 },
#define K(name, text) { text, IDX_##name, 1 },
#include "data/messages.def"
#undef M
#undef K
};

#define BUCKET(a, b) ((((unsigned)(a)) * 7u + (unsigned)(b)) & 255u)

static int gen_messages(void)
{
	static int aoff[COUNT(messages)], bucket[COUNT(messages)];
	int i, b;

	for (i = 0; i < COUNT(messages); i++) {
		const unsigned char *t = (const unsigned char *)messages[i].text;
		size_t len = strlen(messages[i].text), k;
		if (len > 255) {
			fprintf(stderr, "gen: message too long: %s\n", messages[i].text);
			return 1;
		}
		for (k = 0; k + 1 < len; k++)
			if (wsaerr_anchor(k ? t[k - 1] : 0, t[k], t[k + 1], k + 2 < len ? t[k + 2] : 0))
				break;
		if (k + 1 >= len) {
			fprintf(stderr, "gen: no anchor in message: %s\n", messages[i].text);
			return 1;
		}
		aoff[i] = (int)k;
		bucket[i] = (int)BUCKET(t[k], t[k + 1]);
	}
	printf("/* Generated by tools/gen.c from data/messages.def. Do not edit. */\n");
	printf("#define PHRASE_BUCKET(a, b) ((((unsigned)(a)) * 7u + (unsigned)(b)) & 255u)\n");
	printf("static const struct phrase phrases[] = {\n");
	for (b = 0; b < 256; b++)
		for (i = 0; i < COUNT(messages); i++)
			if (bucket[i] == b) {
				const unsigned char *t = (const unsigned char *)messages[i].text;
				printf("\t{ \"");
				for (; *t; t++)
					if (*t == '"' || *t == '\\')
						printf("\\%c", *t);
					else if (*t >= 0x80)
						printf("\\%03o", *t);
					else
						putchar(*t);
				{
					/* the first 4 bytes, ASCII lower-cased for messages, as
					 * the scanner's quick reject */
					const unsigned char *u = (const unsigned char *)messages[i].text;
					unsigned long key = 0;
					int q;
					for (q = 3; q >= 0; q--) {
						unsigned char ch = u[q];
						if (!messages[i].kind && ch >= 'A' && ch <= 'Z')
							ch = (unsigned char)(ch + 32);
						key = (key << 8) | ch;
					}
					unsigned long tail = 0;
					size_t L = strlen(messages[i].text);
					for (q = 3; q >= 0; q--) {
						unsigned char ch = u[L - 4 + (size_t)q];
						if (!messages[i].kind && ch >= 'A' && ch <= 'Z')
							ch = (unsigned char)(ch + 32);
						tail = (tail << 8) | ch;
					}
					printf("\", %lu, %d, %d, %d, 0x%08lXu, 0x%08lXu },\n", (unsigned long)L,
					       messages[i].kind, aoff[i], messages[i].row, key, tail);
				}
			}
	printf("\t{ \"\", 0, 0, 0, 0, 0, 0 }\n};\n");
	printf("static const unsigned short phrase_bucket[257] = {");
	for (b = 0; b <= 256; b++) {
		int start = 0;
		for (i = 0; i < COUNT(messages); i++)
			if (bucket[i] < b)
				start++;
		printf("%s%d", b ? ", " : " ", b == 256 ? COUNT(messages) : start);
	}
	printf(" };\n");
	return 0;
}

/* The context word lists of data/context.def, each with a table of the
 * words that start with each byte. */
static const char *const ctx_strong[] = {
#define STRONG(w) w,
#define MEDIUM(w)
#define SOCKET(w)
#define NEGATIVE(w)
#define UNIT(w)
#include "data/context.def"
#undef STRONG
#define STRONG(w)
#undef MEDIUM
#define MEDIUM(w) w,
	NULL }, *const ctx_medium[] = {
#include "data/context.def"
#undef MEDIUM
#define MEDIUM(w)
#undef SOCKET
#define SOCKET(w) w,
	NULL }, *const ctx_socket[] = {
#include "data/context.def"
#undef SOCKET
#define SOCKET(w)
#undef NEGATIVE
#define NEGATIVE(w) w,
	NULL }, *const ctx_negative[] = {
#include "data/context.def"
#undef NEGATIVE
#define NEGATIVE(w)
#undef UNIT
#define UNIT(w) w,
	NULL }, *const ctx_unit[] = {
#include "data/context.def"
	NULL };
#undef STRONG
#undef MEDIUM
#undef SOCKET
#undef NEGATIVE
#undef UNIT

static int emit_words(const char *name, const char *const *w)
{
	int n = 0, c, i;

	while (w[n])
		n++;
	if (n > 32) {
		fprintf(stderr, "gen: more than 32 words in %s\n", name);
		return 1;
	}
	printf("static const struct words %s = {\n\t{", name);
	for (i = 0; i < n; i++)
		printf(" \"%s\",", w[i]);
	printf(" 0 },\n\t{");
	for (i = 0; i < n; i++)
		printf(" %lu,", (unsigned long)strlen(w[i]));
	printf(" 0 },\n\t{");
	for (c = 0; c < 256; c++) {
		unsigned long m = 0;
		for (i = 0; i < n; i++)
			if ((unsigned char)w[i][0] == c || ((unsigned char)w[i][0] >= 'a' &&
			    (unsigned char)w[i][0] <= 'z' && (unsigned char)w[i][0] - 32 == c))
				m |= 1ul << i;
		if (m)
			printf(" [%d] = 0x%lXu,", c, m);
	}
	printf(" }\n};\n");
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
	return emit_words("set_strong", ctx_strong) || emit_words("set_medium", ctx_medium) ||
	       emit_words("set_socket", ctx_socket) || emit_words("set_negative", ctx_negative) ||
	       emit_words("set_unit", ctx_unit);
}

static int gen_compat(void)
{
	int i;

	printf("/*\n"
	       " * wsaerr_compat.h - lets Winsock-style error handling compile unchanged\n"
	       " * on POSIX systems. Generated by tools/gen.c from data/; `make\n"
	       " * compat-header` rewrites it and `make check` fails when it is stale.\n"
	       " *\n"
	       " * On Windows it includes <winsock2.h> and adds nothing. Elsewhere it\n"
	       " * defines SOCKET, INVALID_SOCKET, SOCKET_ERROR, closesocket(),\n"
	       " * WSAGetLastError(), WSASetLastError() and every WSA* error constant,\n"
	       " * with Winsock's values. WSAGetLastError() returns the code Winsock\n"
	       " * would have reported for the current errno (see wsaerr_get_last()).\n"
	       " * Include it instead of <winsock2.h> in code that must build on both.\n"
	       " */\n"
	       "#ifndef WSAERR_COMPAT_H\n#define WSAERR_COMPAT_H\n\n"
	       "#include \"wsaerr.h\"\n\n"
	       "#ifdef _WIN32\n#include <winsock2.h>\n#else\n"
	       "#include <unistd.h>\n\n"
	       "typedef int SOCKET;\n"
	       "#define INVALID_SOCKET (-1)\n"
	       "#define SOCKET_ERROR (-1)\n"
	       "#define closesocket(s) close(s)\n"
	       "#define WSAGetLastError() wsaerr_get_last()\n"
	       "#define WSASetLastError(code) wsaerr_set_last(code)\n\n");
	for (i = 0; i < IDX_WIN32_FIRST; i++)
		if (strncmp(rows[i].name, "WSA", 3) == 0)
			printf("#ifndef %s\n#define %s %ld\n#endif\n", rows[i].name, rows[i].name, rows[i].value);
	for (i = 0; i < COUNT(aliases); i++)
		if (strncmp(aliases[i].name, "WSA", 3) == 0)
			printf("#ifndef %s\n#define %s %s\n#endif\n", aliases[i].name, aliases[i].name,
			       rows[aliases[i].target].name);
	printf("\n#endif /* _WIN32 */\n\n#endif /* WSAERR_COMPAT_H */\n");
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
	if (argc == 2 && strcmp(argv[1], "messages") == 0)
		return gen_messages() || gen_context();
	fprintf(stderr, "usage: gen tables|host|sdk|compat|messages\n");
	return 2;
}

/* The catalogue's invariants: order, uniqueness, round trips, every field
 * filled, every alias pinned, and our texts are our own. */
#include "wsaerr.h"
#include "test.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>

static void count_is_pinned(void)
{
	/* 97 codes of Microsoft's reference and the SDK, plus 0 (success),
	 * then the 16 Win32 codes of socket I/O, then the mail and Internet
	 * systems: 38 SMTP replies, 81 enhanced codes (IANA, up to X.7.30),
	 * 6 POP3 and 58 IMAP response codes (IANA), 136 IXP codes
	 * (imnxport.h), 108 WinINet and 55 WinHTTP errors (wininet.h,
	 * winineti.h, winhttp.h). */
	static const size_t per_system[WSAERR_SYS_WINHTTP + 1] = {
		[WSAERR_SYS_WSA] = 98,      [WSAERR_SYS_WIN32] = 16,    [WSAERR_SYS_SMTP] = 38,
		[WSAERR_SYS_ENHANCED] = 81, [WSAERR_SYS_POP3] = 6,      [WSAERR_SYS_IMAP] = 58,
		[WSAERR_SYS_IXP] = 136,     [WSAERR_SYS_WININET] = 108, [WSAERR_SYS_WINHTTP] = 55,
	};
	size_t i, seen[WSAERR_SYS_WINHTTP + 1] = { 0 };
	int sys;
	CHECK_INT(wsaerr_count(), 98 + 16 + 38 + 81 + 6 + 58 + 136 + 108 + 55);
	CHECK(wsaerr_at(wsaerr_count()) == NULL);
	CHECK(wsaerr_at((size_t)-1) == NULL);
	CHECK_INT(wsaerr_code(wsaerr_at(0)), 0);
	for (i = 0; i < wsaerr_count(); i++) {
		sys = wsaerr_system(wsaerr_at(i));
		CHECK(sys >= WSAERR_SYS_WSA && sys <= WSAERR_SYS_WINHTTP);
		if (sys >= WSAERR_SYS_WSA && sys <= WSAERR_SYS_WINHTTP)
			seen[sys]++;
	}
	for (sys = WSAERR_SYS_WSA; sys <= WSAERR_SYS_WINHTTP; sys++)
		CHECK_INT(seen[sys], per_system[sys]);
	CHECK_STR(wsaerr_name(wsaerr_at(97)), "WSA_IPSEC_NAME_POLICY_ERROR");
	CHECK_STR(wsaerr_name(wsaerr_at(113)), "ERROR_NOT_CONNECTED");
	CHECK_STR(wsaerr_name(wsaerr_at(114)), "211");
	CHECK_STR(wsaerr_name(wsaerr_at(wsaerr_count() - 1)), "ERROR_WINHTTP_FEATURE_DISABLED");
}

static void sorted_and_unique(void)
{
	size_t i, k;
	for (i = 1; i < wsaerr_count(); i++) {
		const wsaerr_entry *a = wsaerr_at(i - 1), *b = wsaerr_at(i);
		/* ascending within each system, in the order of the systems;
		 * Winsock and Win32 codes are unique among themselves, the other
		 * systems' within their system */
		CHECK(wsaerr_system(a) <= wsaerr_system(b));
		if (wsaerr_system(a) == wsaerr_system(b))
			CHECK(wsaerr_code(a) < wsaerr_code(b));
		for (k = 0; k < i; k++) {
			const wsaerr_entry *c = wsaerr_at(k);
			if (wsaerr_system(b) <= WSAERR_SYS_WIN32 ||
			    wsaerr_system(c) == wsaerr_system(b))
				CHECK(wsaerr_code(c) != wsaerr_code(b));
		}
	}
}

static void code_round_trip(void)
{
	size_t i;
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		int sys = wsaerr_system(e);
		CHECK(wsaerr_lookup(sys, wsaerr_value(e)) == e);
		CHECK(wsaerr_lookup(sys, wsaerr_code(e)) == e);
		if (sys <= WSAERR_SYS_WIN32)
			CHECK(wsaerr_by_code(wsaerr_code(e)) == e);
		else
			CHECK(wsaerr_by_code(wsaerr_code(e)) != e);
	}
}

static void name_round_trip(void)
{
	size_t i, k;
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		char lower[64];
		const char *n = wsaerr_name(e);
		if (wsaerr_system(e) == WSAERR_SYS_SMTP ||
		    wsaerr_system(e) == WSAERR_SYS_ENHANCED) {
			/* numbers, not names */
			CHECK(wsaerr_by_name(n) == NULL);
			continue;
		}
		CHECK(wsaerr_by_name(n) == e);
		for (k = 0; n[k] && k < sizeof lower - 1; k++)
			lower[k] = (char)tolower((unsigned char)n[k]);
		lower[k] = '\0';
		CHECK(wsaerr_by_name(lower) == e);
		/* The WSA prefix is optional. */
		if (strncmp(n, "WSA_", 4) == 0)
			CHECK(wsaerr_by_name(n + 4) == e);
		else if (strncmp(n, "WSA", 3) == 0)
			CHECK(wsaerr_by_name(n + 3) == e);
		for (k = 0; wsaerr_alias(e, k); k++)
			CHECK(wsaerr_by_name(wsaerr_alias(e, k)) == e);
	}
}

static const struct { const char *name; int code; } pinned_aliases[] = {
	{ "WSANO_ADDRESS", 11004 },
	{ "WSA_QOS_EUNKNOWNPSOBJ", 11024 },
	{ "ERROR_SUCCESS", 0 },
	{ "ERROR_INVALID_HANDLE", 6 },
	{ "ERROR_NOT_ENOUGH_MEMORY", 8 },
	{ "ERROR_INVALID_PARAMETER", 87 },
	{ "ERROR_OPERATION_ABORTED", 995 },
	{ "ERROR_IO_INCOMPLETE", 996 },
	{ "ERROR_IO_PENDING", 997 },
	{ "EAI_AGAIN", 11002 },
	{ "EAI_BADFLAGS", 10022 },
	{ "EAI_FAIL", 11003 },
	{ "EAI_FAMILY", 10047 },
	{ "EAI_MEMORY", 8 },
	{ "EAI_NONAME", 11001 },
	{ "EAI_NODATA", 11004 },   /* MinGW-w64's value; see data/aliases.def */
	{ "EAI_SERVICE", 10109 },
	{ "EAI_SOCKTYPE", 10044 },
	{ "EAI_NOSECURENAME", 11032 },
	{ "EAI_IPSECPOLICY", 11033 },
};

static void aliases_pinned(void)
{
	size_t i, k, total = 0;
	for (i = 0; i < sizeof pinned_aliases / sizeof pinned_aliases[0]; i++) {
		const wsaerr_entry *e = wsaerr_by_name(pinned_aliases[i].name);
		int listed = 0;
		CHECK(e != NULL);
		CHECK_INT(wsaerr_code(e), pinned_aliases[i].code);
		for (k = 0; wsaerr_alias(e, k); k++)
			if (strcmp(wsaerr_alias(e, k), pinned_aliases[i].name) == 0)
				listed = 1;
		CHECK(listed);
	}
	/* No alias exists that is not pinned here. */
	for (i = 0; i < wsaerr_count(); i++)
		for (k = 0; wsaerr_alias(wsaerr_at(i), k); k++)
			total++;
	CHECK_INT(total, sizeof pinned_aliases / sizeof pinned_aliases[0]);
	/* An alias is never the canonical name. */
	CHECK_STR(wsaerr_name(wsaerr_by_name("WSANO_ADDRESS")), "WSANO_DATA");
	CHECK_STR(wsaerr_name(wsaerr_by_name("WSA_QOS_EUNKNOWNPSOBJ")), "WSA_QOS_EUNKOWNPSOBJ");
}

static void lookups_by_other_spellings(void)
{
	CHECK_INT(wsaerr_code(wsaerr_by_name("ECONNRESET")), 10054);
	CHECK_INT(wsaerr_code(wsaerr_by_name("econnreset")), 10054);
	CHECK_INT(wsaerr_code(wsaerr_by_name("WsAeCoNnReSeT")), 10054);
	CHECK_INT(wsaerr_code(wsaerr_by_name("WSA_ECONNRESET")), 10054);
	CHECK_INT(wsaerr_code(wsaerr_by_name("host_not_found")), 11001);
	CHECK_INT(wsaerr_code(wsaerr_by_name("TRY_AGAIN")), 11002);
	CHECK_INT(wsaerr_code(wsaerr_by_name("no_address")), 11004);
	CHECK_INT(wsaerr_code(wsaerr_by_name("io_pending")), 997);
	CHECK_INT(wsaerr_code(wsaerr_by_name("E_NO_MORE")), 10110);
	CHECK_INT(wsaerr_code(wsaerr_by_name("ENOMORE")), 10102);
	CHECK_INT(wsaerr_code(wsaerr_by_name("eai_noname")), 11001);
	CHECK(wsaerr_by_name_n("ECONNRESETXYZ", 10) != NULL);
	CHECK_INT(wsaerr_code(wsaerr_by_name_n("ECONNRESETXYZ", 10)), 10054);
}

static void lookups_that_fail(void)
{
	char big[300];
	memset(big, 'A', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	CHECK(wsaerr_by_name(NULL) == NULL);
	CHECK(wsaerr_by_name("") == NULL);
	CHECK(wsaerr_by_name("WSA") == NULL);
	CHECK(wsaerr_by_name("WSA_") == NULL);
	CHECK(wsaerr_by_name("ECONNRESETX") == NULL);
	CHECK(wsaerr_by_name("ECONNRESE") == NULL);
	CHECK(wsaerr_by_name(big) == NULL);
	CHECK(wsaerr_by_name("ECONN\xC3\xA9") == NULL);
	CHECK(wsaerr_by_name_n(NULL, 5) == NULL);
	CHECK(wsaerr_by_name_n("ECONNRESET", 0) == NULL);
}

static void by_code_every_int_is_safe(void)
{
	long c;
	int found = 0;
	for (c = -70000; c <= 70000; c++) {
		const wsaerr_entry *e = wsaerr_by_code((int)c);
		if (e) {
			CHECK_INT(wsaerr_code(e), c);
			found++;
		}
	}
	CHECK_INT(found, 98 + 16); /* Winsock and Win32 rows only */
	CHECK(wsaerr_by_code(INT_MIN) == NULL);
	CHECK(wsaerr_by_code(INT_MAX) == NULL);
	CHECK(wsaerr_by_code(-1) == NULL);
	CHECK(wsaerr_by_code(10000) == NULL);
	CHECK(wsaerr_by_code(11034) == NULL);
}

static void every_field_filled(void)
{
	size_t i;
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		const char *errno_name = wsaerr_errno_name(e);
		size_t k;
		CHECK(wsaerr_name(e) && wsaerr_name(e)[0]);
		CHECK(wsaerr_message(e, WSAERR_LANG_EN) && wsaerr_message(e, WSAERR_LANG_EN)[0]);
		CHECK(wsaerr_explanation(e, WSAERR_LANG_EN) && wsaerr_explanation(e, WSAERR_LANG_EN)[0]);
		CHECK(wsaerr_check(e, 0, WSAERR_LANG_EN) != NULL);
		for (k = 0; wsaerr_check(e, k, WSAERR_LANG_EN); k++)
			CHECK(wsaerr_check(e, k, WSAERR_LANG_EN)[0]);
		CHECK(k >= 1 && k <= 4);
		CHECK(wsaerr_check(e, 4, WSAERR_LANG_EN) == NULL);
		CHECK(wsaerr_category(e) >= 0 && wsaerr_category(e) < WSAERR_CAT_COUNT);
		CHECK(wsaerr_category_key(wsaerr_category(e)) != NULL);
		if (wsaerr_system(e) <= WSAERR_SYS_WIN32) {
			CHECK(wsaerr_by_code(wsaerr_wsa(e)) != NULL);
			CHECK_INT(wsaerr_system(wsaerr_by_code(wsaerr_wsa(e))), WSAERR_SYS_WSA);
		} else {
			CHECK_INT(wsaerr_wsa(e), WSAERR_NONE);
			CHECK(errno_name == NULL);
		}
		CHECK(errno_name == NULL || (errno_name[0] == 'E' && strlen(errno_name) > 2));
		CHECK(wsaerr_transient(e) == 0 || wsaerr_transient(e) == 1);
		/* One-line messages fit beside the code and name in `list`. */
		CHECK(strlen(wsaerr_message(e, WSAERR_LANG_EN)) <= 43);
		CHECK(strchr(wsaerr_message(e, WSAERR_LANG_EN), '\n') == NULL);
	}
}

static void twins_point_at_each_other(void)
{
	size_t i;
	CHECK_INT(wsaerr_code(wsaerr_twin(wsaerr_by_code(10102))), 10110);
	CHECK_INT(wsaerr_code(wsaerr_twin(wsaerr_by_code(10110))), 10102);
	CHECK_INT(wsaerr_code(wsaerr_twin(wsaerr_by_code(10103))), 10111);
	CHECK_INT(wsaerr_code(wsaerr_twin(wsaerr_by_code(10111))), 10103);
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i), *t = wsaerr_twin(e);
		if (t)
			CHECK(wsaerr_twin(t) == e);
	}
	CHECK(wsaerr_twin(wsaerr_by_code(10054)) == NULL);
}

static void transient_and_errno_facts(void)
{
	CHECK(wsaerr_transient(wsaerr_by_code(10035)));
	CHECK(wsaerr_transient(wsaerr_by_code(11002)));
	CHECK(wsaerr_transient(wsaerr_by_code(10004)));
	CHECK(wsaerr_transient(wsaerr_by_code(10060)));
	CHECK(!wsaerr_transient(wsaerr_by_code(10061)));
	CHECK(!wsaerr_transient(wsaerr_by_code(11001)));
	CHECK_STR(wsaerr_errno_name(wsaerr_by_code(10054)), "ECONNRESET");
	CHECK_STR(wsaerr_errno_name(wsaerr_by_code(10035)), "EWOULDBLOCK");
	CHECK(wsaerr_errno_name(wsaerr_by_code(11001)) == NULL);
	CHECK_INT(wsaerr_category(wsaerr_by_code(0)), WSAERR_CAT_SUCCESS);
	CHECK_INT(wsaerr_category(wsaerr_by_code(11001)), WSAERR_CAT_NAME_RESOLUTION);
	CHECK_INT(wsaerr_category(wsaerr_by_code(11020)), WSAERR_CAT_QOS);
	CHECK_STR(wsaerr_category_key(WSAERR_CAT_CONNECTION), "connection");
	CHECK(wsaerr_category_key(-1) == NULL);
	CHECK(wsaerr_category_key(WSAERR_CAT_COUNT) == NULL);
}

static void null_entries_are_safe(void)
{
	CHECK_INT(wsaerr_code(NULL), 0);
	CHECK(wsaerr_name(NULL) == NULL);
	CHECK(wsaerr_alias(NULL, 0) == NULL);
	CHECK(wsaerr_twin(NULL) == NULL);
	CHECK_INT(wsaerr_category(NULL), 0);
	CHECK_INT(wsaerr_transient(NULL), 0);
	CHECK(wsaerr_errno_name(NULL) == NULL);
	CHECK(wsaerr_message(NULL, 0) == NULL);
	CHECK(wsaerr_explanation(NULL, 0) == NULL);
	CHECK(wsaerr_check(NULL, 0, 0) == NULL);
	CHECK(wsaerr_matches(NULL, NULL, 0) == 0);
	CHECK_STR(wsaerr_version(), WSAERR_VERSION);
}

static void search_matches(void)
{
	const char *w1[] = { "connection", "RESET" };
	const char *w2[] = { "nosuchwordanywhere" };
	const char *w3[] = { "econnreset" };
	const char *w4[] = { "", NULL };
	const wsaerr_entry *e = wsaerr_by_code(10054);
	CHECK(wsaerr_matches(e, w1, 2));
	CHECK(!wsaerr_matches(e, w2, 1));
	CHECK(wsaerr_matches(e, w3, 1));
	CHECK(wsaerr_matches(e, w4, 2));
	CHECK(wsaerr_matches(e, NULL, 0));
	CHECK(wsaerr_matches(wsaerr_by_code(11004), (const char *[]){ "no_address" }, 1));
}

/* ---- Our texts are our own: no run of 7 words is taken from a seed. */

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Lower case, letters and digits only, words separated by one space. */
static void normalise(const char *in, char *out, size_t size)
{
	size_t n = 0;
	int space = 1;
	for (; *in && n + 2 < size; in++) {
		unsigned char c = (unsigned char)*in;
		if (isalnum(c) || c >= 0x80) {
			out[n++] = (char)tolower(c);
			space = 0;
		} else if (!space) {
			out[n++] = ' ';
			space = 1;
		}
	}
	out[n] = '\0';
}

#define RUN_WORDS 7

static int copied_run(const char *text, const char *seed)
{
	static char norm[4096];
	const char *p = norm;
	normalise(text, norm + 1, sizeof norm - 2);
	norm[0] = ' ';
	for (;;) {
		const char *q = p + 1;
		char window[1024];
		int w = 0;
		size_t len;
		while (w < RUN_WORDS && *q) {
			q = strchr(q, ' ');
			if (!q) { q = p + strlen(p); break; }
			q++;
			w++;
		}
		if (w < RUN_WORDS)
			return 0;
		len = (size_t)(q - p);
		if (len >= sizeof window)
			return 0;
		memcpy(window, p, len);
		window[len] = '\0';
		if (strstr(seed, window)) {
			printf("  copied from a seed: \"%s\"\n", window);
			return 1;
		}
		p = strchr(p + 1, ' ');
		if (!p)
			return 0;
	}
}

static void texts_are_not_copied_from_seeds(void)
{
	static const char *const seeds[] = {
		"../shared/seeds/000_97a98edf9c7adab6.txt",
		"../shared/seeds/003_7986d717c5dde3db.txt",
	};
	size_t s, i, k;
	int lang;
	for (s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
		char *raw = read_file(seeds[s]), *seed;
		if (!raw)
			SKIP("seed documents not found beside the checkout (../shared/seeds)");
		seed = malloc(strlen(raw) + 3);
		seed[0] = ' ';
		normalise(raw, seed + 1, strlen(raw) + 1);
		strcat(seed, " ");
		for (lang = 0; lang < wsaerr_lang_count(); lang++)
			for (i = 0; i < wsaerr_count(); i++) {
				const wsaerr_entry *e = wsaerr_at(i);
				CHECK(!copied_run(wsaerr_explanation(e, lang), seed));
				for (k = 0; wsaerr_check(e, k, lang); k++)
					CHECK(!copied_run(wsaerr_check(e, k, lang), seed));
			}
		free(seed);
		free(raw);
	}
}

/* Every name and number on Microsoft's page is in the catalogue. */
static void every_seed_code_is_catalogued(void)
{
	char *raw = read_file("../shared/seeds/000_97a98edf9c7adab6.txt");
	char *line, *next;
	char prev[128] = "";
	int pairs = 0;
	if (!raw)
		SKIP("seed documents not found beside the checkout (../shared/seeds)");
	for (line = raw; line && *line; line = next) {
		char *nl = strchr(line, '\n');
		next = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		if (nl && nl > line && nl[-1] == '\r')
			nl[-1] = '\0';
		if (strncmp(prev, "WSA", 3) == 0 && line[0] >= '0' && line[0] <= '9') {
			const wsaerr_entry *e = wsaerr_by_name(prev);
			CHECK(e != NULL);
			CHECK_INT(wsaerr_code(e), atoi(line));
			CHECK_STR(wsaerr_name(e), prev);
			pairs++;
		}
		strncpy(prev, line, sizeof prev - 1);
	}
	CHECK_INT(pairs, 95);
	free(raw);
}

void suite_table(void)
{
	RUN("table", count_is_pinned);
	RUN("table", sorted_and_unique);
	RUN("table", code_round_trip);
	RUN("table", name_round_trip);
	RUN("table", aliases_pinned);
	RUN("table", lookups_by_other_spellings);
	RUN("table", lookups_that_fail);
	RUN("table", by_code_every_int_is_safe);
	RUN("table", every_field_filled);
	RUN("table", twins_point_at_each_other);
	RUN("table", transient_and_errno_facts);
	RUN("table", null_entries_are_safe);
	RUN("table", search_matches);
	RUN("table", texts_are_not_copied_from_seeds);
	RUN("table", every_seed_code_is_catalogued);
}

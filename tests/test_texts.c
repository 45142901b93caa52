/* The texts as people meet them: constants for the languages, rows that
 * are not failures, what Windows itself prints, and the rules every text
 * keeps (no retry advice where nothing failed, a check for programmers
 * wherever a program's own mistake can cause the code, reserved example
 * domains, the chosen words of each language). */
#include "wsaerr.h"
#include "test.h"

static void language_constants(void)
{
	CHECK_INT(WSAERR_LANG_EN, 0);
	CHECK_INT(wsaerr_lang_find("es"), WSAERR_LANG_ES);
	CHECK_INT(wsaerr_lang_find("ko"), WSAERR_LANG_KO);
	CHECK_STR(wsaerr_lang_tag(WSAERR_LANG_ES), "es");
	CHECK_STR(wsaerr_lang_tag(WSAERR_LANG_KO), "ko");
}

/* data/notices.def: these, and only these, report no failure. */
static void failures_and_notices(void)
{
	static const int notices[] = { 0,     996,   997,   10101, 10102, 10110,
		                       11005, 11006, 11007, 11008, 11009, 1226 };
	size_t i, k, n = 0;

	for (i = 0; i < sizeof notices / sizeof notices[0]; i++)
		CHECK_INT(wsaerr_failure(wsaerr_by_code(notices[i])), 0);
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		int listed = 0;
		/* notices.def lists Winsock and Win32 rows */
		if (wsaerr_system(e) != WSAERR_SYS_WSA && wsaerr_system(e) != WSAERR_SYS_WIN32)
			continue;
		for (k = 0; k < sizeof notices / sizeof notices[0]; k++)
			listed |= wsaerr_code(e) == notices[k];
		CHECK_INT(wsaerr_failure(e), !listed);
		n += !wsaerr_failure(e);
	}
	CHECK_INT(n, sizeof notices / sizeof notices[0]);
	CHECK_INT(wsaerr_failure(NULL), 0);
	CHECK_INT(wsaerr_failure(wsaerr_by_code(10054)), 1);
}

static void windows_messages(void)
{
	const wsaerr_entry *reset = wsaerr_by_code(10054);
	const char *tag = "x", *m;
	size_t i, k;
	int es = 0;

	CHECK_STR(wsaerr_windows_message(reset, 0, &tag),
	          "An existing connection was forcibly closed by the remote host");
	CHECK_STR(tag, "en");
	for (i = 0; (m = wsaerr_windows_message(reset, i, &tag)) != NULL; i++)
		if (strcmp(tag, "es") == 0) {
			CHECK_STR(
			        m,
			        "Se ha forzado la interrupción de una conexión existente por el host remoto");
			es = 1;
		}
	CHECK(es);
	CHECK_STR(wsaerr_windows_message(wsaerr_by_code(64), 0, NULL),
	          "The specified network name is no longer available");
	CHECK(wsaerr_windows_message(reset, i, &tag) == NULL);
	CHECK(tag == NULL);
	CHECK(wsaerr_windows_message(NULL, 0, &tag) == NULL);
	CHECK(tag == NULL);
	CHECK(wsaerr_windows_message(reset, (size_t)-1, NULL) == NULL);
	/* none for the mail and Internet rows, which come after the others */
	tag = "x";
	CHECK(wsaerr_windows_message(wsaerr_lookup(WSAERR_SYS_SMTP, 550), 0, &tag) == NULL);
	CHECK(tag == NULL);
	CHECK(wsaerr_windows_message(wsaerr_at(wsaerr_count() - 1), 0, NULL) == NULL);
	/* English first, then one text per tag, in order. */
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		const char *prev = NULL;
		for (k = 0; (m = wsaerr_windows_message(e, k, &tag)) != NULL; k++) {
			CHECK(m[0] != '\0' && tag != NULL);
			if (k > 0)
				CHECK(strcmp(tag, "en") != 0 &&
				      (strcmp(prev, "en") == 0 || strcmp(prev, tag) < 0));
			prev = tag;
		}
	}
}

/* Every text of a row in a language, one after the other: message,
 * explanation, checks; NULL past the last. */
static const char *row_text(const wsaerr_entry *e, int l, size_t i)
{
	if (i == 0)
		return wsaerr_message(e, l);
	if (i == 1)
		return wsaerr_explanation(e, l);
	return wsaerr_check(e, i - 2, l);
}

static int contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

/* data/program_faults.def: a check for programmers in every language. */
static void programmers_checks(void)
{
	static const char *const faults[] = {
#define P(name) #name,
#include "data/program_faults.def"
#undef P
	};
	size_t i, c;
	int l;

	CHECK(sizeof faults / sizeof faults[0] >= 50);
	for (i = 0; i < sizeof faults / sizeof faults[0]; i++) {
		const wsaerr_entry *e = wsaerr_by_name(faults[i]);
		CHECK(e != NULL && strcmp(wsaerr_name(e), faults[i]) == 0);
		for (l = 0; e && l < wsaerr_lang_count(); l++) {
			const char *label = wsaerr_ui_text(WSAERR_UI_PROGRAMMERS, l), *ch;
			size_t n = strlen(label);
			int found = 0;
			for (c = 0; (ch = wsaerr_check(e, c, l)) != NULL; c++)
				found |= strncmp(ch, label, n) == 0 && ch[n] == ':';
			if (!found)
				printf("  %s has no \"%s:\" check in %s\n", faults[i], label,
				       wsaerr_lang_tag(l));
			CHECK(found);
		}
	}
}

/* Rows that are not failures give no advice to try again. */
static void no_retry_advice_without_failure(void)
{
	static const char *const retry[] = { "try again", "Try again", "vuelva a intentar",
		                             "Vuelva a intentar", "다시 시도" };
	size_t i, k, r;
	int l;

	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		if (wsaerr_failure(e))
			continue;
		for (l = 0; l < wsaerr_lang_count(); l++)
			for (k = 0; row_text(e, l, k); k++)
				for (r = 0; r < sizeof retry / sizeof retry[0]; r++) {
					if (contains(row_text(e, l, k), retry[r]))
						printf("  %s (%s) advises to try again\n",
						       wsaerr_name(e), wsaerr_lang_tag(l));
					CHECK(!contains(row_text(e, l, k), retry[r]));
				}
	}
}

/* Code 0 says what is known: the socket layer reported no error, a table
 * for mail users calls it "Directly send error", a failure shown with 0
 * has its cause elsewhere; never that a message was handed over. */
static void code_zero_says_what_is_known(void)
{
	const wsaerr_entry *e = wsaerr_by_code(0);
	int l;

	CHECK(contains(wsaerr_explanation(e, WSAERR_LANG_EN), "socket layer reported no error"));
	CHECK(contains(wsaerr_check(e, 0, WSAERR_LANG_EN), "Outlook"));
	for (l = 0; l < wsaerr_lang_count(); l++) {
		CHECK(contains(wsaerr_explanation(e, l), "Directly send error"));
		CHECK(!contains(wsaerr_explanation(e, l), "handed over"));
		CHECK(!contains(wsaerr_explanation(e, l), "entregó"));
		CHECK(!contains(wsaerr_explanation(e, l), "전달되었다"));
	}
}

/* The words of each language: "restablecer" and "재설정" mean setting
 * something back (netsh winsock reset, Internet Options' Reset button),
 * never a connection cut by the other side; Korean says 상대방 for the other side, never 상대편; success
 * is not a "correcto" category. */
static void chosen_words(void)
{
	size_t i, k;
	const char *t;

	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		for (k = 0; (t = row_text(e, WSAERR_LANG_ES, k)) != NULL; k++)
			if ((contains(t, "restablec") || contains(t, "Restablec")) &&
			    !contains(t, "netsh winsock reset") &&
			    !contains(t, "Opciones de Internet")) {
				printf("  %s (es): %s\n", wsaerr_name(e), t);
				CHECK(0);
			}
		for (k = 0; (t = row_text(e, WSAERR_LANG_KO, k)) != NULL; k++) {
			if (contains(t, "재설정") && !contains(t, "netsh winsock reset")) {
				printf("  %s (ko): %s\n", wsaerr_name(e), t);
				CHECK(0);
			}
			CHECK(!contains(t, "상대편"));
		}
	}
	CHECK_STR(wsaerr_message(wsaerr_by_code(10054), WSAERR_LANG_ES),
	          "El otro lado cortó la conexión");
	CHECK_STR(wsaerr_message(wsaerr_by_code(10054), WSAERR_LANG_KO),
	          "상대방이 연결을 강제로 끊음");
	CHECK(strcmp(wsaerr_category_label(WSAERR_CAT_SUCCESS, WSAERR_LANG_ES), "correcto") != 0);
}

/* Domain names in the texts are reserved examples (RFC 2606): example.com,
 * example.net, example.org and their subdomains. */
static void example_domains_are_reserved(void)
{
	static const char *const tlds[] = { ".com", ".net", ".org" };
	size_t i, k, d;
	int l;

	for (i = 0; i < wsaerr_count(); i++)
		for (l = 0; l < wsaerr_lang_count(); l++)
			for (k = 0; row_text(wsaerr_at(i), l, k); k++) {
				const char *t = row_text(wsaerr_at(i), l, k), *p;
				for (d = 0; d < 3; d++)
					for (p = strstr(t, tlds[d]); p;
					     p = strstr(p + 1, tlds[d])) {
						const char *b = p;
						char c = p[4];
						if ((c >= 'a' && c <= 'z') ||
						    (c >= 'A' && c <= 'Z'))
							continue;
						while (b > t && (((b[-1] | 32) >= 'a' &&
						                  (b[-1] | 32) <= 'z') ||
						                 (b[-1] >= '0' && b[-1] <= '9') ||
						                 b[-1] == '-' || b[-1] == '.'))
							b--;
						if (!(p - b >= 7 &&
						      strncmp(p - 7, "example", 7) == 0 &&
						      (p - 7 == b || p[-8] == '.'))) {
							printf("  %s (%s): %.*s\n",
							       wsaerr_name(wsaerr_at(i)),
							       wsaerr_lang_tag(l), (int)(p + 4 - b),
							       b);
							CHECK(0);
						}
					}
			}
}

/* WSAEACCES names Windows' excluded port ranges and how to list them. */
static void excluded_port_ranges(void)
{
	const wsaerr_entry *e = wsaerr_by_code(10013);
	int l;

	for (l = 0; l < wsaerr_lang_count(); l++) {
		CHECK(contains(wsaerr_check(e, 0, l),
		               "netsh interface ipv4 show excludedportrange protocol=tcp"));
		CHECK(contains(wsaerr_explanation(e, l), "Hyper-V"));
		CHECK(contains(wsaerr_explanation(e, l), "WSL"));
		CHECK(contains(wsaerr_explanation(e, l), "Docker"));
	}
}

/* A number finds its own code in decimal or hex; a phrase occurs as
 * written. */
static void search_numbers_and_phrases(void)
{
	const wsaerr_entry *reset = wsaerr_by_code(10054), *refused = wsaerr_by_code(10061);
	CHECK(wsaerr_matches(reset, (const char *[]){ "10054" }, 1));
	CHECK(wsaerr_matches(reset, (const char *[]){ "0x2746" }, 1));
	CHECK(wsaerr_matches(refused, (const char *[]){ "0X274d" }, 1));
	CHECK(wsaerr_matches(refused, (const char *[]){ "0x274D" }, 1));
	CHECK(wsaerr_matches(wsaerr_by_code(0), (const char *[]){ "0" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "10054" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "0x2746" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "0x274g" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "99999999999999999999" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "0xFFFFFFFFFFFF" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "0x" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "10061a" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "0x274!" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "!10061" }, 1));
	CHECK(wsaerr_matches(refused, (const char *[]){ "was refused" }, 1));
	CHECK(!wsaerr_matches(refused, (const char *[]){ "refused was" }, 1));
}

void suite_texts(void)
{
	RUN("texts", language_constants);
	RUN("texts", failures_and_notices);
	RUN("texts", windows_messages);
	RUN("texts", programmers_checks);
	RUN("texts", no_retry_advice_without_failure);
	RUN("texts", code_zero_says_what_is_known);
	RUN("texts", chosen_words);
	RUN("texts", example_domains_are_reserved);
	RUN("texts", excluded_port_ranges);
	RUN("texts", search_numbers_and_phrases);
}

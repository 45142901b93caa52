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
	static const int notices[] = { 0, 996, 997, 10101, 10102, 10110, 11005, 11006, 11007,
	                               11008, 11009, 1226 };
	size_t i, k, n = 0;

	for (i = 0; i < sizeof notices / sizeof notices[0]; i++)
		CHECK_INT(wsaerr_failure(wsaerr_by_code(notices[i])), 0);
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		int listed = 0;
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
			CHECK_STR(m, "Se ha forzado la interrupción de una conexión existente por el host remoto");
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
	/* English first, then one text per tag, in order. */
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		const char *prev = NULL;
		for (k = 0; (m = wsaerr_windows_message(e, k, &tag)) != NULL; k++) {
			CHECK(m[0] != '\0' && tag != NULL);
			if (k > 0)
				CHECK(strcmp(tag, "en") != 0 && (strcmp(prev, "en") == 0 || strcmp(prev, tag) < 0));
			prev = tag;
		}
	}
}

void suite_texts(void)
{
	RUN("texts", language_constants);
	RUN("texts", failures_and_notices);
	RUN("texts", windows_messages);
}

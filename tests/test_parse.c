/* The query parser on valid and invalid input. */
#include "wsaerr.h"
#include "test.h"

struct ok_case { const char *text; int form; long long number; int code; int hresult; int found; };

static const struct ok_case ok_cases[] = {
	{ "10054", WSAERR_FORM_DECIMAL, 10054, 10054, 0, 1 },
	{ "  10054\t", WSAERR_FORM_DECIMAL, 10054, 10054, 0, 1 },
	{ "0", WSAERR_FORM_DECIMAL, 0, 0, 0, 1 },
	{ "000010054", WSAERR_FORM_DECIMAL, 10054, 10054, 0, 1 },
	{ "0x2746", WSAERR_FORM_HEX, 0x2746, 10054, 0, 1 },
	{ "0X2746", WSAERR_FORM_HEX, 0x2746, 10054, 0, 1 },
	{ "0x00002746", WSAERR_FORM_HEX, 0x2746, 10054, 0, 1 },
	{ "0x80072746", WSAERR_FORM_HEX, 0x80072746LL, 10054, 1, 1 },
	{ "0x800703E5", WSAERR_FORM_HEX, 0x800703E5LL, 997, 1, 1 },
	{ "-2147014842", WSAERR_FORM_DECIMAL, -2147014842LL, 10054, 1, 1 },
	{ "2147952454", WSAERR_FORM_DECIMAL, 2147952454LL, 10054, 1, 1 },
	{ "12345", WSAERR_FORM_DECIMAL, 12345, 12345, 0, 0 },
	{ "-1", WSAERR_FORM_DECIMAL, -1, -1, 0, 0 },
	{ "-2147483648", WSAERR_FORM_DECIMAL, -2147483648LL, -2147483647 - 1, 0, 0 },
	{ "2147483647", WSAERR_FORM_DECIMAL, 2147483647LL, 2147483647, 0, 0 },
	{ "4294967295", WSAERR_FORM_DECIMAL, 4294967295LL, -1, 0, 0 },
	{ "0xFFFFFFFF", WSAERR_FORM_HEX, 0xFFFFFFFFLL, -1, 0, 0 },
	{ "0x80000000", WSAERR_FORM_HEX, 0x80000000LL, -2147483647 - 1, 0, 0 },
	{ "0x80070000", WSAERR_FORM_HEX, 0x80070000LL, 0, 1, 1 },
	{ "0x0000000000002746", WSAERR_FORM_HEX, 0x2746, 10054, 0, 1 },
	{ "WSAECONNRESET", WSAERR_FORM_NAME, 0, 10054, 0, 1 },
	{ "econnreset", WSAERR_FORM_NAME, 0, 10054, 0, 1 },
	{ " EAI_NONAME ", WSAERR_FORM_NAME, 0, 11001, 0, 1 },
	{ "_private", WSAERR_FORM_NAME, 0, 0, 0, 0 },
	{ "NOSUCHNAME", WSAERR_FORM_NAME, 0, 0, 0, 0 },
};

static void valid_queries(void)
{
	size_t i;
	for (i = 0; i < sizeof ok_cases / sizeof ok_cases[0]; i++) {
		const struct ok_case *c = &ok_cases[i];
		wsaerr_query q;
		int rc = wsaerr_parse(c->text, &q);
		CHECK_INT(rc, WSAERR_PARSE_OK);
		if (rc != WSAERR_PARSE_OK) {
			printf("  (query \"%s\")\n", c->text);
			continue;
		}
		CHECK_INT(q.form, c->form);
		CHECK_INT(q.number, c->number);
		CHECK_INT(q.code, c->code);
		CHECK_INT(q.hresult, c->hresult);
		CHECK_INT(q.entry != NULL, c->found);
		if (q.entry)
			CHECK_INT(wsaerr_code(q.entry), c->code);
		CHECK_INT(wsaerr_parse(c->text, NULL), WSAERR_PARSE_OK);
	}
}

struct bad_case { const char *text; int status; size_t at; };

static const struct bad_case bad_cases[] = {
	{ "", WSAERR_PARSE_EMPTY, 0 },
	{ "   ", WSAERR_PARSE_EMPTY, 3 },
	{ "\t\n", WSAERR_PARSE_EMPTY, 2 },
	{ "0x", WSAERR_PARSE_NO_DIGITS, 2 },
	{ "-", WSAERR_PARSE_NO_DIGITS, 1 },
	{ "12abc", WSAERR_PARSE_TRAILING, 2 },
	{ "10054 x", WSAERR_PARSE_TRAILING, 5 },
	{ "0x27g6", WSAERR_PARSE_TRAILING, 4 },
	{ "1.5", WSAERR_PARSE_TRAILING, 1 },
	{ "-0x10", WSAERR_PARSE_TRAILING, 2 },
	{ "--5", WSAERR_PARSE_TRAILING, 1 },
	{ "4294967296", WSAERR_PARSE_OVERFLOW, 0 },
	{ "-2147483649", WSAERR_PARSE_OVERFLOW, 0 },
	{ "99999999999999999999999999", WSAERR_PARSE_OVERFLOW, 0 },
	{ "0x100000000", WSAERR_PARSE_OVERFLOW, 0 },
	{ "0xFFFFFFFFFFFFFFFFFFFF", WSAERR_PARSE_OVERFLOW, 0 },
	{ "$%", WSAERR_PARSE_BAD_NAME, 0 },
	{ "+5", WSAERR_PARSE_BAD_NAME, 0 },
	{ "ECONN+RESET", WSAERR_PARSE_BAD_NAME, 5 },
	{ "WSA ECONNRESET", WSAERR_PARSE_BAD_NAME, 3 },
	{ "\xC3\xA9t\xC3\xA9", WSAERR_PARSE_BAD_NAME, 0 },
	{ "abc\xff", WSAERR_PARSE_BAD_NAME, 3 },
};

static void invalid_queries(void)
{
	size_t i;
	for (i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
		const struct bad_case *c = &bad_cases[i];
		wsaerr_query q;
		int rc;
		memset(&q, 0x55, sizeof q);
		rc = wsaerr_parse(c->text, &q);
		if (rc != c->status || q.error_at != c->at)
			printf("  (query \"%s\": status %d at %lu)\n", c->text, rc, (unsigned long)q.error_at);
		CHECK_INT(rc, c->status);
		CHECK_INT(q.error_at, c->at);
		CHECK_INT(q.form, 0);
		CHECK(q.entry == NULL);
		CHECK_INT(wsaerr_parse(c->text, NULL), c->status);
	}
	CHECK_INT(wsaerr_parse(NULL, NULL), WSAERR_PARSE_EMPTY);
}

static void status_texts(void)
{
	int s, l;
	CHECK(wsaerr_parse_status_text(WSAERR_PARSE_OK, 0) == NULL);
	CHECK(wsaerr_parse_status_text(99, 0) == NULL);
	CHECK(wsaerr_parse_status_text(-1, 0) == NULL);
	for (l = -1; l <= wsaerr_lang_count(); l++)
		for (s = WSAERR_PARSE_EMPTY; s <= WSAERR_PARSE_BAD_NAME; s++)
			CHECK(wsaerr_parse_status_text(s, l) && wsaerr_parse_status_text(s, l)[0]);
}

static void long_input(void)
{
	static char big[1 << 20];
	wsaerr_query q;
	memset(big, '1', sizeof big - 1);
	CHECK_INT(wsaerr_parse(big, &q), WSAERR_PARSE_OVERFLOW);
	memset(big, 'A', sizeof big - 1);
	CHECK_INT(wsaerr_parse(big, &q), WSAERR_PARSE_OK);
	CHECK(q.entry == NULL);
	memset(big, ' ', sizeof big - 1);
	CHECK_INT(wsaerr_parse(big, &q), WSAERR_PARSE_EMPTY);
}

void suite_parse(void)
{
	RUN("parse", valid_queries);
	RUN("parse", invalid_queries);
	RUN("parse", status_texts);
	RUN("parse", long_input);
}

/* The mail and Internet systems: lookups by system and value, names,
 * queries with prefixes and enhanced codes, readings, formatting. Every
 * code of each registry and header is pinned by tests/mail_headers.sh and
 * the counts of tests/test_table.c; here, their behaviour. */
#include "wsaerr.h"
#include "test.h"

static void lookup_by_system_and_value(void)
{
	const wsaerr_entry *e = wsaerr_lookup(WSAERR_SYS_SMTP, 550);
	CHECK_STR(wsaerr_name(e), "550");
	CHECK_INT(wsaerr_system(e), WSAERR_SYS_SMTP);
	CHECK_INT(wsaerr_code(e), 550);
	CHECK_INT(wsaerr_value(e), 550);
	CHECK_INT(wsaerr_wsa(e), WSAERR_NONE);
	CHECK(wsaerr_errno_name(e) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_SMTP, 599) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_SMTP, -1) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_SMTP, 1LL << 40) == NULL);
	/* enhanced: class * 1000000 + subject * 1000 + detail, class 0 = any */
	e = wsaerr_lookup(WSAERR_SYS_ENHANCED, 5007001);
	CHECK_STR(wsaerr_name(e), "X.7.1");
	CHECK(wsaerr_lookup(WSAERR_SYS_ENHANCED, 7001) == e);
	CHECK(wsaerr_lookup(WSAERR_SYS_ENHANCED, 4007001) == e);
	CHECK(wsaerr_lookup(WSAERR_SYS_ENHANCED, 2007001) == e);
	CHECK(wsaerr_lookup(WSAERR_SYS_ENHANCED, 3007001) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_ENHANCED, -7001) == NULL);
	CHECK_STR(wsaerr_name(wsaerr_lookup(WSAERR_SYS_ENHANCED, 5007030)), "X.7.30");
	CHECK(wsaerr_lookup(WSAERR_SYS_ENHANCED, 5007031) == NULL);
	/* IXP: signed or unsigned */
	e = wsaerr_lookup(WSAERR_SYS_IXP, 0x800CCC0ELL);
	CHECK_STR(wsaerr_name(e), "IXP_E_FAILED_TO_CONNECT");
	CHECK(wsaerr_lookup(WSAERR_SYS_IXP, -2146644978LL) == e);
	CHECK_INT(wsaerr_code(e), (int)0x800CCC0Eu);
	CHECK_INT(wsaerr_value(e), 0x800CCC0ELL);
	CHECK(wsaerr_lookup(WSAERR_SYS_IXP, 0x1800CCC0ELL) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_IXP, -3000000000LL) == NULL);
	CHECK_STR(wsaerr_name(wsaerr_lookup(WSAERR_SYS_IXP, 0x000CCC79)),
	          "IXP_E_SMTP_245_AUTH_SUCCESS");
	/* WinINet and WinHTTP share numbers */
	CHECK_STR(wsaerr_name(wsaerr_lookup(WSAERR_SYS_WININET, 12007)),
	          "ERROR_INTERNET_NAME_NOT_RESOLVED");
	CHECK_STR(wsaerr_name(wsaerr_lookup(WSAERR_SYS_WINHTTP, 12007)),
	          "ERROR_WINHTTP_NAME_NOT_RESOLVED");
	CHECK(wsaerr_lookup(WSAERR_SYS_WINHTTP, 12003) == NULL);
	/* POP3 and IMAP: place in the registry */
	CHECK_STR(wsaerr_name(wsaerr_lookup(WSAERR_SYS_POP3, 2)), "IN-USE");
	CHECK_STR(wsaerr_name(wsaerr_lookup(WSAERR_SYS_IMAP, 1)), "ALERT");
	CHECK(wsaerr_lookup(WSAERR_SYS_IMAP, 0) == NULL);
	/* Winsock and Win32 */
	CHECK_INT(wsaerr_code(wsaerr_lookup(WSAERR_SYS_WSA, 10054)), 10054);
	CHECK(wsaerr_lookup(WSAERR_SYS_WSA, 64) == NULL);
	CHECK_INT(wsaerr_code(wsaerr_lookup(WSAERR_SYS_WIN32, 64)), 64);
	CHECK_INT(wsaerr_code(wsaerr_lookup(WSAERR_SYS_WIN32, 10054)), 10054);
	CHECK(wsaerr_lookup(WSAERR_SYS_WIN32, 1LL << 40) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_WSA, -(1LL << 40)) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_WSA, 12345) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_WIN32, 12007) == NULL);
	/* systems without rows, and nonsense */
	CHECK(wsaerr_lookup(WSAERR_SYS_HRESULT, 0x80072746) == NULL);
	CHECK(wsaerr_lookup(WSAERR_SYS_ERRNO, 104) == NULL);
	CHECK(wsaerr_lookup(0, 550) == NULL);
	CHECK(wsaerr_lookup(99, 550) == NULL);
	CHECK_INT(wsaerr_value(NULL), 0);
}

static void system_keys(void)
{
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_SMTP), "smtp");
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_ENHANCED), "enhanced");
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_POP3), "pop3");
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_IMAP), "imap");
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_IXP), "ixp");
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_WININET), "wininet");
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_WINHTTP), "winhttp");
	CHECK(wsaerr_system_key(WSAERR_SYS_WINHTTP + 1) == NULL);
	CHECK_STR(wsaerr_category_key(WSAERR_CAT_AUTH), "authentication");
	CHECK_STR(wsaerr_category_key(WSAERR_CAT_INFO), "information");
}

static void names(void)
{
	CHECK_INT(wsaerr_code(wsaerr_by_name("IXP_E_FAILED_TO_CONNECT")), (int)0x800CCC0Eu);
	CHECK_INT(wsaerr_code(wsaerr_by_name("ixp_e_failed_to_connect")), (int)0x800CCC0Eu);
	CHECK_INT(wsaerr_system(wsaerr_by_name("ERROR_INTERNET_NAME_NOT_RESOLVED")),
	          WSAERR_SYS_WININET);
	CHECK_INT(wsaerr_system(wsaerr_by_name("error_winhttp_secure_failure")),
	          WSAERR_SYS_WINHTTP);
	CHECK_INT(wsaerr_system(wsaerr_by_name("ERROR_HTTP_INVALID_SERVER_RESPONSE")),
	          WSAERR_SYS_WININET);
	CHECK_INT(wsaerr_system(wsaerr_by_name("in-use")), WSAERR_SYS_POP3);
	CHECK_INT(wsaerr_system(wsaerr_by_name("SYS/TEMP")), WSAERR_SYS_POP3);
	CHECK_INT(wsaerr_system(wsaerr_by_name("AuthenticationFailed")), WSAERR_SYS_IMAP);
	CHECK_INT(wsaerr_by_name_n("ALERTXYZ", 5) != NULL, 1);
	/* no prefix to drop, no partial names, no numbers */
	CHECK(wsaerr_by_name("E_FAILED_TO_CONNECT") == NULL);
	CHECK(wsaerr_by_name("IXP_E_FAILED_TO_CONNEC") == NULL);
	CHECK(wsaerr_by_name("IXP_E_FAILED_TO_CONNECTX") == NULL);
	CHECK(wsaerr_by_name("550") == NULL);
	CHECK(wsaerr_by_name("X.7.1") == NULL);
	CHECK(wsaerr_by_name("ZZZZ") == NULL);
	CHECK(wsaerr_by_name("A") == NULL);
	/* Winsock names still win */
	CHECK_INT(wsaerr_code(wsaerr_by_name("ECONNRESET")), 10054);
}

static void twins_share_texts(void)
{
	const wsaerr_entry *smtp = wsaerr_lookup(WSAERR_SYS_SMTP, 550);
	const wsaerr_entry *ixp = wsaerr_by_name("IXP_E_SMTP_550_MAILBOX_NOT_FOUND");
	const wsaerr_entry *inet = wsaerr_lookup(WSAERR_SYS_WININET, 12007);
	const wsaerr_entry *http = wsaerr_lookup(WSAERR_SYS_WINHTTP, 12007);
	int l;
	CHECK(wsaerr_twin(ixp) == smtp);
	CHECK(wsaerr_twin(smtp) == ixp);
	CHECK(wsaerr_twin(http) == inet);
	CHECK(wsaerr_twin(inet) == http);
	CHECK(wsaerr_twin(wsaerr_lookup(WSAERR_SYS_SMTP, 432)) == NULL);
	CHECK(wsaerr_twin(wsaerr_lookup(WSAERR_SYS_WINHTTP, 12175)) == NULL);
	for (l = 0; l < wsaerr_lang_count(); l++) {
		CHECK(wsaerr_message(ixp, l) == wsaerr_message(smtp, l));
		CHECK(wsaerr_explanation(http, l) == wsaerr_explanation(inet, l));
		CHECK(wsaerr_check(http, 0, l) == wsaerr_check(inet, 0, l));
	}
	/* different meanings under one number are not twins */
	CHECK(wsaerr_message(wsaerr_lookup(WSAERR_SYS_WININET, 12175), 0) !=
	      wsaerr_message(wsaerr_lookup(WSAERR_SYS_WINHTTP, 12175), 0));
}

static void parse_enhanced_and_prefixes(void)
{
	wsaerr_query q;
	CHECK_INT(wsaerr_parse("5.7.1", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.form, WSAERR_FORM_ENHANCED);
	CHECK_INT(q.number, 5007001);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_ENHANCED);
	CHECK_INT(q.readings[0].value, 5007001);
	CHECK_STR(wsaerr_name(q.entry), "X.7.1");
	CHECK_INT(q.code, 7001);
	CHECK_INT(q.system, 0);
	CHECK_INT(wsaerr_parse(" x.1.10 ", &q), WSAERR_PARSE_OK);
	CHECK_STR(wsaerr_name(q.entry), "X.1.10");
	/* a detail the registry lacks is a reading without a row */
	CHECK_INT(wsaerr_parse("4.7.999", &q), WSAERR_PARSE_OK);
	CHECK(q.entry == NULL);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].value, 4007999);
	/* malformed */
	CHECK_INT(wsaerr_parse("5.7.1000", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(q.error_at, 7);
	CHECK_INT(wsaerr_parse("5.7.", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(wsaerr_parse("5.7x1", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(q.error_at, 3);
	CHECK_INT(wsaerr_parse("5.1234.1", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(wsaerr_parse("5.7.1.2", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(wsaerr_parse("3.7.1", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(wsaerr_parse("5.7.1", NULL), WSAERR_PARSE_OK);
	CHECK_INT(wsaerr_parse("5..1", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(q.error_at, 1); /* too short for a code: a number */
	CHECK_INT(wsaerr_parse("5..12", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(q.error_at, 2);
	CHECK_INT(wsaerr_parse("5.7.x", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(q.error_at, 4);
	CHECK_INT(wsaerr_parse("5.123", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(q.error_at, 5);
	CHECK_INT(wsaerr_parse("2.0.0", &q), WSAERR_PARSE_OK);
	CHECK_STR(wsaerr_name(q.entry), "X.0.0");
	CHECK_INT(q.number, 2000000);
	CHECK_INT(wsaerr_parse("4.2.2", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.number, 4002002);
	CHECK_INT(wsaerr_parse("x.4.7", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.number, 4007);
	/* prefixes */
	CHECK_INT(wsaerr_parse("smtp:550", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.system, WSAERR_SYS_SMTP);
	CHECK_INT(q.nreadings, 1);
	CHECK_STR(wsaerr_name(q.entry), "550");
	CHECK_INT(wsaerr_parse("ENH: 5.7.1", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.system, WSAERR_SYS_ENHANCED);
	CHECK_STR(wsaerr_name(q.entry), "X.7.1");
	CHECK_INT(wsaerr_parse("enhanced:X.2.2", &q), WSAERR_PARSE_OK);
	CHECK_STR(wsaerr_name(q.entry), "X.2.2");
	CHECK_INT(wsaerr_parse("imap:ALERT", &q), WSAERR_PARSE_OK);
	CHECK_INT(wsaerr_system(q.entry), WSAERR_SYS_IMAP);
	CHECK_INT(wsaerr_parse("pop3:IN-USE", &q), WSAERR_PARSE_OK);
	CHECK_INT(wsaerr_system(q.entry), WSAERR_SYS_POP3);
	CHECK_INT(q.readings[0].value, 2);
	CHECK_INT(wsaerr_parse("pop3:ALERT", &q), WSAERR_PARSE_OK);
	CHECK(q.entry == NULL);
	CHECK_INT(q.nreadings, 0);
	CHECK_INT(wsaerr_parse("ixp:0x800CCC0E", &q), WSAERR_PARSE_OK);
	CHECK_STR(wsaerr_name(q.entry), "IXP_E_FAILED_TO_CONNECT");
	CHECK_INT(wsaerr_parse("wininet:12029", &q), WSAERR_PARSE_OK);
	CHECK_STR(wsaerr_name(q.entry), "ERROR_INTERNET_CANNOT_CONNECT");
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(wsaerr_parse("WinHTTP:12029", &q), WSAERR_PARSE_OK);
	CHECK_STR(wsaerr_name(q.entry), "ERROR_WINHTTP_CANNOT_CONNECT");
	CHECK_INT(wsaerr_parse("wsa:8", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_WSA);
	CHECK_INT(wsaerr_parse("win32:8", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_STR(q.readings[0].name, "ERROR_NOT_ENOUGH_MEMORY");
	/* a number the system has no reading for is read in it */
	CHECK_INT(wsaerr_parse("win32:10054", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_WIN32);
	CHECK_INT(wsaerr_code(q.entry), 10054);
	CHECK_INT(wsaerr_parse("hresult:0x80072746", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_HRESULT);
	CHECK_INT(q.readings[0].wsa, 10054);
	CHECK_INT(wsaerr_parse("hresult:0x800CCC0E", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_STR(q.readings[0].name, "IXP_E_FAILED_TO_CONNECT");
	CHECK_INT(wsaerr_parse("h_errno:1", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.system, WSAERR_SYS_H_ERRNO);
	CHECK_INT(wsaerr_parse("smtp:999", &q), WSAERR_PARSE_OK);
	CHECK(q.entry == NULL);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(wsaerr_parse("smtp:5.7.1", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 0);
	/* errors */
	CHECK_INT(wsaerr_parse("foo:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(q.error_at, 3);
	CHECK_INT(wsaerr_parse("smtp:", &q), WSAERR_PARSE_EMPTY);
	CHECK_INT(wsaerr_parse("smtp:  ", &q), WSAERR_PARSE_EMPTY);
	CHECK_INT(wsaerr_parse("smtp:55x", &q), WSAERR_PARSE_TRAILING);
	CHECK_INT(wsaerr_parse("smtpx:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("sm:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("e:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("exh:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("enx:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("enhx:550", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("SMTP:550", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.system, WSAERR_SYS_SMTP);
	CHECK_INT(wsaerr_parse("IN-/USE", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(q.error_at, 2);
	CHECK_INT(wsaerr_parse("IN--USE", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("IN-", &q), WSAERR_PARSE_BAD_NAME);
	CHECK_INT(wsaerr_parse("smtp:550", NULL), WSAERR_PARSE_OK);
}

static void readings_of_numbers(void)
{
	wsaerr_query q;
	size_t i;
	int inet = 0, http = 0;
	/* 0x80072EE7: WinINet's and WinHTTP's 12007, no Winsock equivalent */
	CHECK_INT(wsaerr_parse("0x80072EE7", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.hresult, 1);
	CHECK_INT(q.code, 12007);
	CHECK_STR(wsaerr_name(q.entry), "ERROR_INTERNET_NAME_NOT_RESOLVED");
	for (i = 0; i < q.nreadings; i++) {
		CHECK_INT(q.readings[i].system, WSAERR_SYS_HRESULT);
		CHECK_INT(q.readings[i].wsa, WSAERR_NONE);
		if (wsaerr_system(q.readings[i].entry) == WSAERR_SYS_WININET)
			inet++;
		if (wsaerr_system(q.readings[i].entry) == WSAERR_SYS_WINHTTP)
			http++;
	}
	CHECK_INT(inet, 1);
	CHECK_INT(http, 1);
	/* 12029: both, as themselves */
	CHECK_INT(wsaerr_parse("12029", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 2);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_WININET);
	CHECK_INT(q.readings[1].system, WSAERR_SYS_WINHTTP);
	/* 550: an SMTP reply */
	CHECK_INT(wsaerr_parse("550", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_SMTP);
	CHECK_STR(q.readings[0].name, "550");
	/* 0x800CCC0E and its signed decimal */
	CHECK_INT(wsaerr_parse("-2146644978", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_IXP);
	CHECK_INT(q.readings[0].value, 0x800CCC0ELL);
	CHECK_STR(wsaerr_name(q.entry), "IXP_E_FAILED_TO_CONNECT");
	/* the names */
	CHECK_INT(wsaerr_parse("IXP_E_FAILED_TO_CONNECT", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].value, 0x800CCC0ELL);
	CHECK_INT(wsaerr_parse("ERROR_INTERNET_NAME_NOT_RESOLVED", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.code, 12007);
	/* a WinINet code with no WinHTTP twin, a WinHTTP-only code, an
	 * HRESULT of neither */
	CHECK_INT(wsaerr_parse("0x80072EE3", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_STR(q.readings[0].name, "ERROR_INTERNET_EXTENDED_ERROR");
	CHECK_INT(wsaerr_parse("0x80072F44", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_STR(q.readings[0].name, "ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN");
	CHECK_STR(wsaerr_name(q.entry), "ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN");
	CHECK_INT(wsaerr_parse("0x80071234", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK(q.entry == NULL);
	CHECK(q.readings[0].entry == NULL);
	/* Winsock numbers read as before */
	CHECK_INT(wsaerr_parse("0x80072746", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.code, 10054);
	CHECK_INT(q.nreadings, 1);
}

static void read_mail_systems(void)
{
	wsaerr_reading r;
	CHECK_INT(wsaerr_read(WSAERR_SYS_SMTP, 550, &r), 0);
	CHECK_STR(r.name, "550");
	CHECK(r.entry == wsaerr_lookup(WSAERR_SYS_SMTP, 550));
	CHECK_INT(r.wsa, WSAERR_NONE);
	CHECK_INT(wsaerr_read(WSAERR_SYS_IXP, -2146644978LL, &r), 0);
	CHECK_INT(r.value, 0x800CCC0ELL);
	CHECK_STR(r.name, "IXP_E_FAILED_TO_CONNECT");
	CHECK_INT(wsaerr_read(WSAERR_SYS_ENHANCED, 5001001, &r), 0);
	CHECK_STR(r.name, "X.1.1");
	CHECK_INT(wsaerr_read(WSAERR_SYS_IMAP, 999, &r), 0);
	CHECK(r.name == NULL && r.entry == NULL);
	CHECK_INT(wsaerr_read(WSAERR_SYS_HRESULT, 0x80072EFD, &r), 0);
	CHECK_STR(r.name, "ERROR_INTERNET_CANNOT_CONNECT");
	CHECK_INT(wsaerr_read(WSAERR_SYS_HRESULT, 0x80071234, &r), 0);
	CHECK(r.entry == NULL);
}

static void format_mail_codes(void)
{
	char buf[256];
	wsaerr_format(buf, sizeof buf, (int)0x800CCC0Eu, WSAERR_LANG_EN);
	CHECK_STR(buf, "IXP_E_FAILED_TO_CONNECT (0x800CCC0E): Could not connect to the server");
	wsaerr_format(buf, sizeof buf, 12007, WSAERR_LANG_EN);
	CHECK_STR(
	        buf,
	        "ERROR_INTERNET_NAME_NOT_RESOLVED (12007): The server name could not be resolved");
	wsaerr_format(buf, sizeof buf, (int)0x80072EE7u, WSAERR_LANG_EN);
	CHECK_STR(buf, "ERROR_INTERNET_NAME_NOT_RESOLVED (12007, HRESULT 0x80072EE7): "
	               "The server name could not be resolved");
	/* a WinHTTP-only number */
	wsaerr_format(buf, sizeof buf, 12100, WSAERR_LANG_EN);
	CHECK(strncmp(buf, "ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN (12100)", 45) == 0);
	wsaerr_format(buf, sizeof buf, (int)0x80004005u, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 0x80004005");
}

/* The catalogue grew; the recognizer's tables did not: a mail row's name
 * is no Winsock hit, and "WSA" glued to digits is no name. */
/* A mail or Internet row is a failure unless its category says it reports
 * success or a step: no retry advice for SMTP 250 or IMAP ALERT. */
static void failures_by_category(void)
{
	size_t i;

	CHECK_INT(wsaerr_failure(wsaerr_lookup(WSAERR_SYS_SMTP, 250)), 0);
	CHECK_INT(wsaerr_failure(wsaerr_lookup(WSAERR_SYS_SMTP, 354)), 0);
	CHECK_INT(wsaerr_failure(wsaerr_lookup(WSAERR_SYS_SMTP, 550)), 1);
	CHECK_INT(wsaerr_failure(wsaerr_lookup(WSAERR_SYS_ENHANCED, 7001)), 1);
	CHECK_INT(wsaerr_failure(wsaerr_by_name("ALERT")), 0);
	CHECK_INT(wsaerr_failure(wsaerr_by_name("IXP_E_FAILED_TO_CONNECT")), 1);
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		int cat = wsaerr_category(e);
		if (wsaerr_system(e) < WSAERR_SYS_SMTP)
			continue;
		CHECK_INT(wsaerr_failure(e), cat != WSAERR_CAT_SUCCESS && cat != WSAERR_CAT_INFO);
	}
}

/* Search by number: an IXP row by its HRESULT as written; the numbers that
 * only encode an enhanced, POP3 or IMAP code find nothing. */
static void search_by_number(void)
{
	const wsaerr_entry *ixp = wsaerr_by_name("IXP_E_FAILED_TO_CONNECT");

	CHECK(wsaerr_matches(ixp, (const char *[]){ "0x800CCC0E" }, 1));
	CHECK(wsaerr_matches(ixp, (const char *[]){ "0x800ccc0e" }, 1));
	CHECK(wsaerr_matches(ixp, (const char *[]){ "2148322318" }, 1));
	CHECK(!wsaerr_matches(ixp, (const char *[]){ "0x800CCC0F" }, 1));
	CHECK(wsaerr_matches(wsaerr_lookup(WSAERR_SYS_SMTP, 550), (const char *[]){ "550" }, 1));
	CHECK(wsaerr_matches(wsaerr_lookup(WSAERR_SYS_WININET, 12007), (const char *[]){ "12007" },
	                     1));
	CHECK(!wsaerr_matches(wsaerr_lookup(WSAERR_SYS_ENHANCED, 7001), (const char *[]){ "7001" },
	                      1));
	CHECK(wsaerr_matches(wsaerr_lookup(WSAERR_SYS_ENHANCED, 7001), (const char *[]){ "X.7.1" },
	                     1));
	CHECK(!wsaerr_matches(wsaerr_by_name("IN-USE"), (const char *[]){ "2" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_name("ALERT"), (const char *[]){ "1" }, 1));
}

static void recognizer_unchanged(void)
{
	wsaerr_hit h[4];
	static const char a[] = "code WSA12345 here", b[] = "see 550 and X.7.1 in the log";
	CHECK_INT(wsaerr_recognize(a, sizeof a - 1, h, 4), 0);
	CHECK_INT(wsaerr_recognize(b, sizeof b - 1, h, 4), 0);
}

void suite_mail(void)
{
	RUN("mail", lookup_by_system_and_value);
	RUN("mail", system_keys);
	RUN("mail", names);
	RUN("mail", twins_share_texts);
	RUN("mail", parse_enhanced_and_prefixes);
	RUN("mail", readings_of_numbers);
	RUN("mail", read_mail_systems);
	RUN("mail", format_mail_codes);
	RUN("mail", failures_by_category);
	RUN("mail", search_by_number);
	RUN("mail", recognizer_unchanged);
}

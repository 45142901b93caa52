/* Every public function at its edges: NULL where the header allows it,
 * size-0 buffers, INT_MIN and INT_MAX, unknown languages and systems. */
#if !defined(_WIN32) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif
#include "wsaerr.h"
#include "test.h"

#include <errno.h>
#include <limits.h>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif

static const int edge_ints[] = { INT_MIN, INT_MIN + 1, -1, 0, 1, 9999, 10000, 11999, INT_MAX - 1, INT_MAX };
#define NEDGE (sizeof edge_ints / sizeof edge_ints[0])

static void catalogue_edges(void)
{
	size_t i;
	CHECK(wsaerr_at((size_t)-1) == NULL);
	for (i = 0; i < NEDGE; i++) {
		const wsaerr_entry *e = wsaerr_by_code(edge_ints[i]);
		CHECK(e == NULL || wsaerr_code(e) == edge_ints[i]);
		CHECK(wsaerr_category_key(edge_ints[i]) == NULL || (edge_ints[i] >= 0 && edge_ints[i] < WSAERR_CAT_COUNT));
		CHECK(wsaerr_category_label(edge_ints[i], edge_ints[i]) == NULL ||
		      (edge_ints[i] >= 0 && edge_ints[i] < WSAERR_CAT_COUNT));
		CHECK(wsaerr_ui_text(edge_ints[i], 0) == NULL || (edge_ints[i] >= 0 && edge_ints[i] < WSAERR_UI_COUNT));
		CHECK(wsaerr_system_key(edge_ints[i]) == NULL || (edge_ints[i] >= 1 && edge_ints[i] <= 7));
		CHECK(wsaerr_lang_tag(edge_ints[i]) == NULL || (edge_ints[i] >= 0 && edge_ints[i] < wsaerr_lang_count()));
		CHECK(wsaerr_lang_name(edge_ints[i]) == NULL || (edge_ints[i] >= 0 && edge_ints[i] < wsaerr_lang_count()));
	}
	CHECK(wsaerr_by_name_n("", 0) == NULL);
	CHECK(wsaerr_by_name_n("x", 1) == NULL);
	CHECK_INT(wsaerr_system(NULL), 0);
	CHECK_INT(wsaerr_wsa(NULL), 0);
	CHECK(wsaerr_check(wsaerr_by_code(10054), (size_t)-1, 0) == NULL);
	/* texts of every row in an unknown language are the English ones */
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		CHECK(wsaerr_message(e, INT_MAX) == wsaerr_message(e, 0));
		CHECK(wsaerr_explanation(e, INT_MIN) == wsaerr_explanation(e, 0));
		CHECK(wsaerr_check(e, 0, -7) == wsaerr_check(e, 0, 0));
	}
}

static void translation_edges(void)
{
	size_t i;
	wsaerr_reading r;
	for (i = 0; i < NEDGE; i++) {
		int v = edge_ints[i];
		int w = wsaerr_from_errno(v);
		CHECK(w == WSAERR_NONE || w == 0 || wsaerr_by_code(w) != NULL);
		w = wsaerr_to_errno(v);
		CHECK(w == WSAERR_NONE || w >= 0);
		w = wsaerr_from_eai(v, v);
		CHECK(w == WSAERR_NONE || w == 0 || wsaerr_by_code(w) != NULL);
		w = wsaerr_from_h_errno(v);
		CHECK(w == WSAERR_NONE || w == 0 || wsaerr_by_code(w) != NULL);
		w = wsaerr_from_win32((unsigned long)(unsigned)v);
		CHECK(w == WSAERR_NONE || w == 0 || wsaerr_by_code(w) != NULL);
		w = wsaerr_from_ntstatus((unsigned long)(unsigned)v);
		CHECK(w == WSAERR_NONE || w == 0 || wsaerr_by_code(w) != NULL);
		w = wsaerr_from_hresult((unsigned long)(unsigned)v);
		CHECK(w == WSAERR_NONE || w == 0 || wsaerr_by_code(w) != NULL);
		(void)wsaerr_errno_str(v);
		(void)wsaerr_eai_str(v);
		(void)wsaerr_h_errno_str(v);
		(void)wsaerr_ntstatus_str((unsigned long)(unsigned)v);
	}
	/* values out of the int range have no reading in int-valued systems */
	CHECK_INT(wsaerr_read(WSAERR_SYS_EAI, 1LL << 40, &r), 0);
	CHECK_INT(r.value, 1LL << 40);
	CHECK_INT(wsaerr_read(WSAERR_SYS_H_ERRNO, -(1LL << 40), &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_WIN32, 1LL << 40, &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_H_ERRNO, HOST_NOT_FOUND, &r), 1);
	CHECK_STR(r.name, "HOST_NOT_FOUND");
	CHECK_INT(wsaerr_read(WSAERR_SYS_WSA, 10054, &r), 1);
	CHECK_STR(r.name, "WSAECONNRESET");
	CHECK_INT(wsaerr_read(WSAERR_SYS_HRESULT, 0x80004005LL, &r), 0);
	CHECK(r.entry == NULL);
	CHECK_INT(wsaerr_from_win32(0x80000000ul), WSAERR_NONE);
}

static void readings_of_aliases(void)
{
	wsaerr_query q;
	size_t i;
	int eai = 0;
	/* 11004: WSANO_DATA, and EAI_NODATA; WSANO_ADDRESS is a Winsock name
	 * of the same row, not another reading. */
	CHECK_INT(wsaerr_parse("11004", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 2);
	for (i = 0; i < q.nreadings; i++)
		if (q.readings[i].system == WSAERR_SYS_EAI)
			eai++;
	CHECK_INT(eai, 1);
	CHECK_INT(wsaerr_parse("EAI_ADDRFAMILY", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_EAI);
	CHECK_INT(q.readings[0].wsa, 11004);
	CHECK_INT(wsaerr_parse("0x27a6", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.number, 0x27A6);
	CHECK_INT(wsaerr_parse("0xABCDEF", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.number, 0xABCDEF);
}

static void search_any_utf8(void)
{
	const wsaerr_entry *e = wsaerr_by_code(10054);
	/* 2-byte letters outside Latin-1, 3-byte Hangul, 4-byte emoji, stray
	 * continuation bytes and truncated sequences: none crash, none match
	 * what is not there. */
	CHECK(!wsaerr_matches(e, (const char *[]){ "ąę" }, 1));
	CHECK(!wsaerr_matches(e, (const char *[]){ "\xF0\x9F\x98\x80" }, 1));
	CHECK(!wsaerr_matches(e, (const char *[]){ "\xF0\x9F" }, 1));
	CHECK(!wsaerr_matches(e, (const char *[]){ "\x80\x80" }, 1));
	CHECK(!wsaerr_matches(e, (const char *[]){ "\xE0\x80" }, 1));
	CHECK(!wsaerr_matches(e, (const char *[]){ "\xC3" }, 1));
	CHECK(wsaerr_matches(e, (const char *[]){ "연결을" }, 1));
	CHECK(wsaerr_matches(e, (const char *[]){ "cort\xC3\x93" }, 1));
	CHECK(!wsaerr_matches(e, (const char *[]){ "\xC3\x97" }, 1));
}

static void buffers_at_size_zero(void)
{
	char c = '#';
	CHECK(wsaerr_format(&c, 0, 10054, 0) > 0);
	CHECK(c == '#');
	CHECK(wsaerr_format_long(&c, 0, INT_MIN, 0) > 0);
	CHECK(c == '#');
	CHECK_INT(wsaerr_lang_missing(0, &c, 0), 0);
	CHECK(c == '#');
	CHECK_INT(wsaerr_format(&c, 1, 10054, 0), wsaerr_format(NULL, 0, 10054, 0));
	CHECK(c == '\0');
}

#ifndef _WIN32
static void capture_edges(void)
{
	int s;
	/* fd -1: every probe of the socket fails, and the errno decides */
	errno = EAGAIN;
	CHECK_INT(wsaerr_capture(WSAERR_OP_RECV, -1), 10035);
	errno = EPIPE;
	CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, -1), 10054);
	errno = ECONNREFUSED;
	CHECK_INT(wsaerr_capture(WSAERR_OP_RECV, -1), 10061);
	errno = EDESTADDRREQ;
	CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, -1), 10057);
	errno = EBADF;
	CHECK_INT(wsaerr_capture(WSAERR_OP_OTHER, -1), 10009);
	errno = EINVAL;
	CHECK_INT(wsaerr_capture(WSAERR_OP_BIND, -1), 10022);
	errno = EAGAIN;
	CHECK_INT(wsaerr_capture(WSAERR_OP_ACCEPT, -1), 10035);

	/* EPIPE on an IPv6 socket that never connected */
	s = socket(AF_INET6, SOCK_STREAM, 0);
	if (s >= 0) {
		errno = EPIPE;
		CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, s), 10057);
		close(s);
	}
	/* EPIPE on a socket that is neither IPv4 nor IPv6 */
	s = socket(AF_UNIX, SOCK_STREAM, 0);
	if (s >= 0) {
		errno = EPIPE;
		CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, s), 10054);
		close(s);
	}
	/* errnos that are refined for one operation, seen after another */
	errno = EPIPE;
	CHECK_INT(wsaerr_capture(WSAERR_OP_RECV, -1), 10054);
	errno = EDESTADDRREQ;
	CHECK_INT(wsaerr_capture(WSAERR_OP_CONNECT, -1), 10039);
	/* EAGAIN on blocking sockets with and without a timeout */
	{
		int sv[2];
		struct timeval tv = { 1, 0 };
		CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
		errno = EAGAIN;
		CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, sv[0]), 10035);
		CHECK(setsockopt(sv[0], SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) == 0);
		errno = EAGAIN;
		CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, sv[0]), 10060);
		close(sv[0]);
		close(sv[1]);
	}
}
#else
static void capture_edges(void)
{
	WSASetLastError(0);
	CHECK_INT(wsaerr_capture(WSAERR_OP_OTHER, 0), 0);
}
#endif

static void parser_character_classes(void)
{
	static const struct { const char *text; int status; } cases[] = {
		{ "\v10054\f", WSAERR_PARSE_OK }, { "\r10054\r\n", WSAERR_PARSE_OK },
		{ "0x2:", WSAERR_PARSE_TRAILING }, { "0x2@", WSAERR_PARSE_TRAILING },
		{ "0x2`", WSAERR_PARSE_TRAILING }, { "0x2G", WSAERR_PARSE_TRAILING },
		{ "0x2 6", WSAERR_PARSE_TRAILING }, { "0xfF", WSAERR_PARSE_OK },
		{ "-a", WSAERR_PARSE_TRAILING }, { "-:", WSAERR_PARSE_TRAILING },
		{ "[x", WSAERR_PARSE_BAD_NAME }, { "{x", WSAERR_PARSE_BAD_NAME },
		{ "@x", WSAERR_PARSE_BAD_NAME }, { "`x", WSAERR_PARSE_BAD_NAME },
		{ "a[", WSAERR_PARSE_BAD_NAME }, { "a{", WSAERR_PARSE_BAD_NAME },
		{ "a:", WSAERR_PARSE_BAD_NAME }, { "a/", WSAERR_PARSE_BAD_NAME },
		{ "_9z", WSAERR_PARSE_OK }, { "Zz_09", WSAERR_PARSE_OK },
	};
	size_t i;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc = wsaerr_parse(cases[i].text, NULL);
		if (rc != cases[i].status)
			printf("  (query \"%s\": %d)\n", cases[i].text, rc);
		CHECK_INT(rc, cases[i].status);
	}
	/* names with bytes outside the name alphabet, straight to the lookup */
	CHECK(wsaerr_by_name("econnreset~") == NULL);
	CHECK(wsaerr_by_name("WXYZ") == NULL);
	CHECK(wsaerr_by_name("WSXY") == NULL);
	CHECK(wsaerr_by_name("WAXY") == NULL);
	CHECK(wsaerr_by_name("WSAB") == NULL);
	CHECK_INT(wsaerr_lang_find("ABCDE"), -1);
	CHECK_INT(wsaerr_lang_find("es@euro"), wsaerr_lang_find("es"));
	CHECK(wsaerr_matches(wsaerr_by_code(10054), NULL, 2));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xC2\xA9" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xE0" "A" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xE0\x80" "A" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xF0\x9F\x98" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xF0\x9F" "A" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xF0" "A" }, 1));
	CHECK(!wsaerr_matches(wsaerr_by_code(10054), (const char *[]){ "\xF8\x80" }, 1));
}

static void reading_ranges(void)
{
	wsaerr_reading r;
	CHECK_INT(wsaerr_read(WSAERR_SYS_ERRNO, -(1LL << 40), &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_EAI, -(1LL << 40), &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_H_ERRNO, 1LL << 40, &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_WIN32, -(1LL << 40), &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_HRESULT, 0x9007FFFFLL, &r), 0);
}

void suite_contract(void)
{
	RUN("contract", parser_character_classes);
	RUN("contract", reading_ranges);
	RUN("contract", catalogue_edges);
	RUN("contract", translation_edges);
	RUN("contract", readings_of_aliases);
	RUN("contract", search_any_utf8);
	RUN("contract", buffers_at_size_zero);
	RUN("contract", capture_edges);
}

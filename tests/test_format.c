/* Formatting into caller buffers: snprintf semantics at every size. */
#include "wsaerr.h"
#include "test.h"

#include <limits.h>

typedef size_t (*fmt_fn)(char *, size_t, int, int);

/* For every size from 0 to the full length + 2: the return value is the
 * full length, the buffer holds the longest prefix that fits, NUL-ended,
 * and not a byte past `size` is touched. */
static void check_sizes(fmt_fn fn, int code, int lang)
{
	char full[4096], buf[4096 + 8];
	size_t len = fn(full, sizeof full, code, lang), size;

	CHECK(len > 0 && len < sizeof full);
	CHECK_INT(strlen(full), len);
	CHECK_INT(fn(NULL, 0, code, lang), len);
	for (size = 0; size <= len + 2; size++) {
		memset(buf, '#', sizeof buf);
		CHECK_INT(fn(buf, size, code, lang), len);
		if (size == 0) {
			CHECK(buf[0] == '#');
			continue;
		}
		{
			size_t kept = size - 1 < len ? size - 1 : len;
			CHECK(memcmp(buf, full, kept) == 0);
			CHECK(buf[kept] == '\0');
			CHECK(buf[size] == '#');
		}
	}
}

static void one_line_known(void)
{
	char buf[256];
	CHECK_INT(wsaerr_format(buf, sizeof buf, 10054, WSAERR_LANG_EN), strlen(buf));
	CHECK_STR(buf, "WSAECONNRESET (10054): The connection was reset by the other side");
	wsaerr_format(buf, sizeof buf, (int)0x80072746u, WSAERR_LANG_EN);
	CHECK_STR(buf, "WSAECONNRESET (10054, HRESULT 0x80072746): The connection was reset by the other side");
	wsaerr_format(buf, sizeof buf, 0, WSAERR_LANG_EN);
	CHECK_STR(buf, "NO_ERROR (0): Success: no error");
	wsaerr_format(buf, sizeof buf, 10054, 12345);
	CHECK_STR(buf, "WSAECONNRESET (10054): The connection was reset by the other side");
}

static void one_line_unknown(void)
{
	char buf[256];
	wsaerr_format(buf, sizeof buf, 12345, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 12345 (0x3039)");
	wsaerr_format(buf, sizeof buf, -1, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error -1 (0xFFFFFFFF)");
	wsaerr_format(buf, sizeof buf, -65535, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error -65535 (0xFFFF0001)");
	/* an HRESULT or NTSTATUS, in hex only */
	wsaerr_format(buf, sizeof buf, -65536, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 0xFFFF0000");
	wsaerr_format(buf, sizeof buf, INT_MIN, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 0x80000000");
	wsaerr_format(buf, sizeof buf, (int)0x80004005u, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 0x80004005");
	wsaerr_format(buf, sizeof buf, INT_MAX, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 2147483647 (0x7FFFFFFF)");
	wsaerr_format(buf, sizeof buf, (int)0x80070001u, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 0x80070001");
}

static void sizes_0_1_2_exact_large(void)
{
	size_t i;
	int l;
	static const int extra[] = { 12345, -1, INT_MIN, INT_MAX, (int)0x80072746u };
	for (l = 0; l < wsaerr_lang_count(); l++) {
		for (i = 0; i < wsaerr_count(); i++) {
			check_sizes(wsaerr_format, wsaerr_code(wsaerr_at(i)), l);
			check_sizes(wsaerr_format_long, wsaerr_code(wsaerr_at(i)), l);
		}
		for (i = 0; i < sizeof extra / sizeof extra[0]; i++) {
			check_sizes(wsaerr_format, extra[i], l);
			check_sizes(wsaerr_format_long, extra[i], l);
		}
	}
}

static void never_empty_for_any_int(void)
{
	char buf[200];
	long long c;
	/* A sweep across the whole int range in large steps, plus the edges. */
	for (c = INT_MIN; c <= INT_MAX; c += 65521) {
		size_t n = wsaerr_format(buf, sizeof buf, (int)c, WSAERR_LANG_EN);
		CHECK(n > 0 && n < sizeof buf);
		/* a known row, or a number in parentheses, or a negative one in hex */
		CHECK(strstr(buf, "(") != NULL || (c < -65535 && strstr(buf, " 0x") != NULL));
	}
	CHECK(wsaerr_format(buf, sizeof buf, INT_MAX, 0) > 0);
	CHECK(wsaerr_format(buf, sizeof buf, INT_MIN, 0) > 0);
}

static void long_form(void)
{
	char buf[2048];
	size_t n = wsaerr_format_long(buf, sizeof buf, 10061, WSAERR_LANG_EN);
	CHECK_INT(n, strlen(buf));
	CHECK(strncmp(buf, "WSAECONNREFUSED (10061): The connection was refused\n", 52) == 0);
	CHECK(strstr(buf, "\nWhat to check:\n- ") != NULL);
	CHECK(buf[n - 1] == '\n');
	n = wsaerr_format_long(buf, sizeof buf, 12345, WSAERR_LANG_EN);
	CHECK_STR(buf, "Unknown Windows Sockets error 12345 (0x3039)\n");
}

void suite_format(void)
{
	RUN("format", one_line_known);
	RUN("format", one_line_unknown);
	RUN("format", sizes_0_1_2_exact_large);
	RUN("format", never_empty_for_any_int);
	RUN("format", long_form);
}

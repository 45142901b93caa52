/*
 * The WinHTTP half of tests/test_sdk.c: every ERROR_WINHTTP_* value of
 * data/mail/winhttp.def against MinGW-w64's <winhttp.h>, at compile time.
 * Linked into the same program; on other systems it holds nothing.
 */
#include <stddef.h>

#ifdef _WIN32
#include <windows.h>
#include <winhttp.h>

#define SDK_WINHTTP
#define SDK_CHECK(name, value) \
	typedef char sdk_ok_##name[(((unsigned long)(name)&0xFFFFFFFFUL) == (value)) ? 1 : -1];
#define SDK_ROW(name, present, expected)
#include "gen/sdk_checks.h"
#undef SDK_CHECK
#undef SDK_ROW

struct sdk_row {
	const char *name;
	int present;
	int expected;
};
const struct sdk_row sdk_winhttp_rows[] = {
#define SDK_CHECK(name, value)
#define SDK_ROW(name, present, expected) { #name, present, expected },
#include "gen/sdk_checks.h"
};
const size_t sdk_winhttp_count = sizeof sdk_winhttp_rows / sizeof sdk_winhttp_rows[0];
#else
/* ISO C wants at least one declaration in a translation unit. */
typedef int sdk_winhttp_not_windows;
#endif

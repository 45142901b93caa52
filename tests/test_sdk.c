/*
 * Every catalogue value against the Windows SDK's own macros, at compile
 * time: a wrong value does not compile. Built only for Windows
 * (make check-windows); on other systems it reports a skip.
 * The run-time part reports names the SDK does not define.
 */
#include <stdio.h>
#include <string.h>

#ifdef _WIN32
/* <ntstatus.h> and <winnt.h> both define some STATUS_ values: take them
 * from <ntstatus.h> only. */
#define WIN32_NO_STATUS
#include <winsock2.h>
#include <ws2tcpip.h>
#include <winerror.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
#include <wininet.h>
#define SECURITY_WIN32 /* <winineti.h> includes <sspi.h> */
#include <winineti.h>

/* This file checks the Winsock, Win32, NTSTATUS and WinINet names;
 * tests/test_sdk_winhttp.c the WinHTTP ones (<winhttp.h> and <wininet.h>
 * cannot be included together). */
#define SDK_WINSOCK
#define SDK_WININET

/* NTSTATUS is a signed LONG: compare the 32 bits. */
#define SDK_CHECK(name, value) \
	typedef char sdk_ok_##name[(((unsigned long)(name) & 0xFFFFFFFFUL) == (value)) ? 1 : -1];
#define SDK_ROW(name, present, expected)
#include "gen/sdk_checks.h"
#undef SDK_CHECK
#undef SDK_ROW

struct sdk_row { const char *name; int present; int expected; };
static const struct sdk_row own_rows[] = {
#define SDK_CHECK(name, value)
#define SDK_ROW(name, present, expected) { #name, present, expected },
#include "gen/sdk_checks.h"
};
extern const struct sdk_row sdk_winhttp_rows[];
extern const size_t sdk_winhttp_count;

/* Row i of both files. */
static const struct sdk_row *row_at(size_t i)
{
	size_t own = sizeof own_rows / sizeof own_rows[0];
	return i < own ? &own_rows[i] : &sdk_winhttp_rows[i - own];
}

/* Codes the current Windows SDK defines but MinGW-w64's headers lack. */
static const char *const known_missing[] = {
	"WSA_SECURE_HOST_NOT_FOUND", "WSA_IPSEC_NAME_POLICY_ERROR",
};

int main(void)
{
	size_t i, k, checked = 0;
	int failed = 0;
	char missing[2048] = "";

	size_t total = sizeof own_rows / sizeof own_rows[0] + sdk_winhttp_count;

	for (i = 0; i < total; i++) {
		const struct sdk_row *r = row_at(i);
		int allowed = !r->expected;
		if (r->present) {
			checked++;
			continue;
		}
		for (k = 0; k < sizeof known_missing / sizeof known_missing[0]; k++)
			if (strcmp(r->name, known_missing[k]) == 0)
				allowed = 1;
		if (!allowed) {
			printf("  the SDK lacks %s, which data/ says it defines\n", r->name);
			failed = 1;
		} else if (strlen(missing) + strlen(r->name) + 3 < sizeof missing) {
			strcat(missing, missing[0] ? ", " : "");
			strcat(missing, r->name);
		}
	}
	printf("%s sdk/values_equal_sdk_macros (%lu names checked at compile time)\n",
	       failed ? "FAIL" : "PASS", (unsigned long)checked);
	if (missing[0])
		printf("SKIP sdk/names_mingw_lacks: not in MinGW-w64's headers, so not checked: %s\n", missing);
	return 0;
}
#else
int main(void)
{
	printf("SKIP sdk/values_equal_sdk_macros: needs the Windows SDK; run make check-windows\n");
	return 0;
}
#endif

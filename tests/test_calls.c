/* What a code means when a given function returns it: the facts of
 * data/calls.def and the notes of data/calls/<tag>.def. */
#include "wsaerr.h"
#include "test.h"

#include <stdlib.h>

/* The functions the wrappers of <wsaerr_compat.h> cover: each has its
 * documented codes here. */
static const char *const wrapped[] = {
	"socket",       "bind",          "listen",      "accept",      "connect",
	"send",         "sendto",        "recv",        "recvfrom",    "shutdown",
	"select",       "getsockopt",    "setsockopt",  "getsockname", "getpeername",
	"closesocket",  "ioctlsocket",   "getaddrinfo", "getnameinfo", "freeaddrinfo",
	"gai_strerror", "gethostbyname", "gethostname", "WSAStartup",  "WSACleanup",
	"WSAPoll",
};

static void every_wrapped_function_is_known(void)
{
	size_t i;
	CHECK_INT(wsaerr_call_count(), sizeof wrapped / sizeof wrapped[0]);
	for (i = 0; i < sizeof wrapped / sizeof wrapped[0]; i++) {
		int c = wsaerr_call_find(wrapped[i]);
		CHECK(c >= 0);
		CHECK_STR(wsaerr_call_name(c), wrapped[i]);
	}
}

static void names_are_found_as_people_write_them(void)
{
	int connect = wsaerr_call_find("connect");
	CHECK(connect >= 0);
	CHECK_INT(wsaerr_call_find("CONNECT"), connect);
	CHECK_INT(wsaerr_call_find("connect()"), connect);
	CHECK_INT(wsaerr_call_find("wsastartup"), wsaerr_call_find("WSAStartup"));
	CHECK_INT(wsaerr_call_find("connec"), -1);
	CHECK_INT(wsaerr_call_find("connectx"), -1);
	CHECK_INT(wsaerr_call_find("connect("), -1);
	CHECK_INT(wsaerr_call_find("()"), -1);
	CHECK_INT(wsaerr_call_find(""), -1);
	CHECK_INT(wsaerr_call_find(NULL), -1);
	CHECK(wsaerr_call_name(-1) == NULL);
	CHECK(wsaerr_call_name(wsaerr_call_count()) == NULL);
	CHECK(wsaerr_call_source(-1) == NULL);
	CHECK(wsaerr_call_source(wsaerr_call_count()) == NULL);
}

/* Every function names Microsoft's page of that function as its source;
 * every code it returns is a Winsock code of the catalogue, listed once. */
static void facts_have_sources_and_known_codes(void)
{
	int c;
	for (c = 0; c < wsaerr_call_count(); c++) {
		const char *src = wsaerr_call_source(c), *name = wsaerr_call_name(c);
		char want[64];
		size_t i, j, k;
		CHECK(src && strncmp(src, "https://learn.microsoft.com/en-us/windows/win32/api/",
		                     52) == 0);
		for (k = 0; name[k] && k < sizeof want - 1; k++)
			want[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] - 'A' + 'a'
			                                                  : name[k]);
		want[k] = '\0';
		CHECK(src && strstr(src, want) != NULL);
		for (i = 0; wsaerr_call_code(c, i); i++) {
			int code = wsaerr_call_code(c, i);
			const wsaerr_entry *e = wsaerr_by_code(code);
			CHECK(e != NULL && wsaerr_system(e) == WSAERR_SYS_WSA);
			for (j = 0; j < i; j++)
				CHECK(wsaerr_call_code(c, j) != code);
			CHECK(wsaerr_call_note(c, code, WSAERR_LANG_EN) != NULL);
		}
	}
	CHECK_INT(wsaerr_call_code(wsaerr_call_find("freeaddrinfo"), 0), 0);
	CHECK_INT(wsaerr_call_code(wsaerr_call_find("gai_strerror"), 0), 0);
	CHECK_INT(wsaerr_call_code(-1, 0), 0);
	CHECK_INT(wsaerr_call_code(wsaerr_call_count(), 0), 0);
}

/* What the issue asks for, said plainly. */
static void notes_say_what_the_call_means(void)
{
	int connect = wsaerr_call_find("connect"), accept = wsaerr_call_find("accept");
	int sendto = wsaerr_call_find("sendto"), send = wsaerr_call_find("send");
	const char *n = wsaerr_call_note(connect, 10035, WSAERR_LANG_EN);
	CHECK(n && strstr(n, "normal start of a non-blocking connection") != NULL);
	n = wsaerr_call_note(accept, 10022, WSAERR_LANG_EN);
	CHECK(n && strstr(n, "listen()") != NULL);
	/* a code the page does not list */
	CHECK(wsaerr_call_note(connect, 10040, WSAERR_LANG_EN) == NULL);
	CHECK(wsaerr_call_note(connect, 12345, WSAERR_LANG_EN) == NULL);
	CHECK(wsaerr_call_note(-1, 10035, WSAERR_LANG_EN) == NULL);
	/* a meaning taken from another page is that page's */
	CHECK_STR(wsaerr_call_note(sendto, 10035, WSAERR_LANG_EN),
	          wsaerr_call_note(send, 10035, WSAERR_LANG_EN));
	/* a shared meaning is the same everywhere, and differs per code */
	CHECK_STR(wsaerr_call_note(connect, 10093, WSAERR_LANG_EN),
	          wsaerr_call_note(accept, 10093, WSAERR_LANG_EN));
	CHECK(strcmp(wsaerr_call_note(connect, 10093, 0), wsaerr_call_note(connect, 10050, 0)) !=
	      0);
	/* an unknown language reads English */
	CHECK_STR(wsaerr_call_note(connect, 10035, 99), wsaerr_call_note(connect, 10035, 0));
	CHECK_STR(wsaerr_call_ui_text(WSAERR_CALL_UI_SOURCE, -3), "Source");
	CHECK(wsaerr_call_ui_text(-1, 0) == NULL);
	CHECK(wsaerr_call_ui_text(WSAERR_CALL_UI_COUNT, 0) == NULL);
}

static int count_s(const char *t)
{
	int n = 0;
	for (; t && *t; t++)
		if (t[0] == '%' && t[1] == 's')
			n++;
	return n;
}

/* Every language has every note, written in it (not a copy of English),
 * and the tool's format strings take the same %s as in English. */
static void every_language_has_every_note(void)
{
	int lang, c;
	char buf[4096];
	for (lang = 0; lang < wsaerr_lang_count(); lang++) {
		size_t n = wsaerr_call_missing(lang, buf, sizeof buf);
		if (n) {
			printf("  %s is missing (data/calls/%s.def):\n%s", wsaerr_lang_tag(lang),
			       wsaerr_lang_tag(lang), buf);
			t_fail(__FILE__, __LINE__, "a language lacks notes");
		}
		for (c = 0; c < WSAERR_CALL_UI_COUNT; c++)
			CHECK_INT(count_s(wsaerr_call_ui_text(c, lang)),
			          count_s(wsaerr_call_ui_text(c, 0)));
		if (lang == 0)
			continue;
		for (c = 0; c < wsaerr_call_count(); c++) {
			size_t i;
			for (i = 0; wsaerr_call_code(c, i); i++) {
				int code = wsaerr_call_code(c, i);
				if (strcmp(wsaerr_call_note(c, code, lang),
				           wsaerr_call_note(c, code, 0)) == 0) {
					printf("  %s: %s %d is the English text\n",
					       wsaerr_lang_tag(lang), wsaerr_call_name(c), code);
					t_fail(__FILE__, __LINE__, "untranslated note");
				}
			}
		}
	}
	CHECK_INT(wsaerr_call_missing(-1, buf, sizeof buf), 0);
	CHECK_INT(wsaerr_call_missing(wsaerr_lang_count(), NULL, 0), 0);
}

void suite_calls(void)
{
	RUN("calls", every_wrapped_function_is_known);
	RUN("calls", names_are_found_as_people_write_them);
	RUN("calls", facts_have_sources_and_known_codes);
	RUN("calls", notes_say_what_the_call_means);
	RUN("calls", every_language_has_every_note);
}

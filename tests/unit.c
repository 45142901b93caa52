/* Runs every unit test suite of the library. */
#include "test.h"

int t_fails;
const char *t_skip;

void t_fail(const char *file, int line, const char *what)
{
	printf("  %s:%d: check failed: %s\n", file, line, what);
	t_fails++;
}

void t_run(const char *suite, const char *name, void (*fn)(void))
{
	t_fails = 0;
	t_skip = NULL;
	fn();
	if (t_fails)
		printf("FAIL %s/%s\n", suite, name);
	else if (t_skip)
		printf("SKIP %s/%s: %s\n", suite, name, t_skip);
	else
		printf("PASS %s/%s\n", suite, name);
	fflush(stdout);
}

#ifdef _WIN32
#include <winsock2.h>
#endif

int main(void)
{
#ifdef _WIN32
	WSADATA wsa;
	WSAStartup(MAKEWORD(2, 2), &wsa);
#endif
	suite_table();
	suite_parse();
	suite_format();
	suite_lang();
	suite_translate();
	suite_compat();
	suite_contract();
	suite_recognize();
	suite_texts();
	suite_mail();
	suite_wrap();
	suite_calls();
	suite_dialog();
	return 0;
}

/* A program that uses an installed libwsaerr through pkg-config. */
#include <stdio.h>
#include <string.h>
#include <wsaerr.h>

int main(void)
{
	char buf[128];
	size_t n = wsaerr_format(buf, sizeof buf, 10054, WSAERR_LANG_EN);
	const wsaerr_entry *e = wsaerr_by_name("econnreset");

	if (n != strlen(buf) || e == NULL || wsaerr_code(e) != 10054) {
		fprintf(stderr, "consumer: unexpected answer\n");
		return 1;
	}
	printf("%s\n", buf);
	return 0;
}

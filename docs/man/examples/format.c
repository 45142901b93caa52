/*
 * Print what a Winsock error means, in the user's language, whatever form
 * it came in: a code from WSAGetLastError(), an HRESULT from .NET, an
 * NTSTATUS from a driver.
 */
#include <stdio.h>
#include <wsaerr.h>

int main(void)
{
	char line[256];
	int lang = wsaerr_lang_find("es_ES.UTF-8");
	const char *queries[] = { "10054", "0x80072746", "0xC000020D", "econnreset" };
	size_t i;

	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		wsaerr_query q;
		if (wsaerr_parse(queries[i], &q) != WSAERR_PARSE_OK || q.entry == NULL)
			return 1;
		wsaerr_format(line, sizeof line, wsaerr_code(q.entry), lang);
		printf("%-12s %s\n", queries[i], line);
	}
	return 0;
}

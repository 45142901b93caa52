/*
 * The same failure in five error systems, each read back to its Winsock
 * code, and the long form of the explanation into a buffer that is too
 * small on purpose: the return value says how much room it needs.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <wsaerr.h>

int main(void)
{
	char small[16], *big;
	size_t need;

	printf("errno ECONNRESET      -> %d\n", wsaerr_from_errno(ECONNRESET));
	printf("Win32 64              -> %d\n", wsaerr_from_win32(64));
	printf("NTSTATUS 0xC000020D   -> %d\n", wsaerr_from_ntstatus(0xC000020Dul));
	printf("HRESULT 0x80072746    -> %d\n", wsaerr_from_hresult(0x80072746ul));
	printf("Winsock 10054 -> errno %s\n", wsaerr_errno_str(wsaerr_to_errno(10054)));

	need = wsaerr_format_long(small, sizeof small, 10054, WSAERR_LANG_EN);
	big = malloc(need + 1);
	if (big == NULL)
		return 1;
	wsaerr_format_long(big, need + 1, 10054, WSAERR_LANG_EN);
	fputs(big, stdout);
	free(big);
	return 0;
}

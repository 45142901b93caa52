/* Winsock-style code compiled through wsaerr_compat.h: the same source
 * builds on POSIX and on Windows. */
#include "wsaerr_compat.h"
#include "test.h"

#include <errno.h>

#ifndef _WIN32
#include <sys/socket.h>
#endif

static void winsock_style_code_compiles_and_runs(void)
{
	SOCKET s = INVALID_SOCKET;
	char c;
	CHECK_INT(WSAECONNRESET, 10054);
	CHECK_INT(WSAEWOULDBLOCK, 10035);
	CHECK_INT(WSAHOST_NOT_FOUND, 11001);
	CHECK_INT(WSANO_ADDRESS, WSANO_DATA);
	CHECK_INT(WSA_QOS_EUNKNOWNPSOBJ, 11024);
	CHECK_INT(WSA_IO_PENDING, 997);
	WSASetLastError(WSAECONNREFUSED);
	CHECK_INT(WSAGetLastError(), 10061);
	/* A failed call: WSAGetLastError() answers in Winsock's terms. */
	CHECK(recv(s, &c, 1, 0) == SOCKET_ERROR);
	CHECK(WSAGetLastError() == WSAENOTSOCK || WSAGetLastError() == WSAEBADF ||
	      WSAGetLastError() == WSANOTINITIALISED);
	CHECK(closesocket(s) == SOCKET_ERROR);
}

/* Every Winsock name of the catalogue is a constant of the header with the
 * catalogue's value (the header is generated; this checks it is current). */
static void constants_match_catalogue(void)
{
	size_t i;
	int checked = 0;
#define CHECK_CONST(name) \
	do { CHECK_INT(wsaerr_code(wsaerr_by_name(#name)), name); checked++; } while (0)
	CHECK_CONST(WSAEINTR);
	CHECK_CONST(WSAEACCES);
	CHECK_CONST(WSAEADDRINUSE);
	CHECK_CONST(WSAETIMEDOUT);
	CHECK_CONST(WSAECONNREFUSED);
	CHECK_CONST(WSANOTINITIALISED);
	CHECK_CONST(WSA_E_CANCELLED);
	CHECK_CONST(WSA_QOS_RESERVED_PETYPE);
#undef CHECK_CONST
	for (i = 0; i < wsaerr_count(); i++)
		CHECK(wsaerr_name(wsaerr_at(i)) != NULL);
	CHECK(checked == 8);
}

void suite_compat(void)
{
	RUN("compat", winsock_style_code_compiles_and_runs);
	RUN("compat", constants_match_catalogue);
}

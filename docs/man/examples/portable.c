/*
 * Winsock-style error handling that builds unchanged on Windows and on
 * POSIX systems: wsaerr_compat.h provides SOCKET, closesocket() and
 * WSAGetLastError(); wsaerr_capture() answers exactly as Winsock would.
 * Connects to a loopback port that nothing listens on.
 */
#include <stdio.h>
#include <string.h>
#include <wsaerr_compat.h>
#ifndef _WIN32
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

int main(void)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	SOCKET s;
	int code;
	char msg[256];
#ifdef _WIN32
	WSADATA wsa;
	WSAStartup(MAKEWORD(2, 2), &wsa);
#endif
	/* A free port: bind to port 0, note the port, close. */
	s = socket(AF_INET, SOCK_STREAM, 0);
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(s, (struct sockaddr *)&a, sizeof a);
	getsockname(s, (struct sockaddr *)&a, &len);
	closesocket(s);

	s = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(s, (struct sockaddr *)&a, sizeof a) == SOCKET_ERROR) {
		code = wsaerr_capture(WSAERR_OP_CONNECT, s);
		wsaerr_format(msg, sizeof msg, code, WSAERR_LANG_EN);
		printf("%s\n", msg);
		closesocket(s);
		return code == WSAECONNREFUSED ? 0 : 1;
	}
	closesocket(s);
	return 1;
}

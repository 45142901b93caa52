/*
 * Test helper for `wsaerr probe`: listens on 127.0.0.1 and a free port,
 * prints the port, and exits by itself after a few seconds.
 *   listener open   accepts and closes connections
 *   listener full   never accepts and fills its backlog first, so that a
 *                   further connection attempt waits (and times out)
 *   listener first HOST   prints the first address getaddrinfo() gives
 *                   for HOST, asked as `wsaerr probe` asks (::1 before
 *                   127.0.0.1 for localhost where /etc/hosts lists both)
 * Loopback only; bounded by alarm().
 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	int l = socket(AF_INET, SOCK_STREAM, 0), full = argc > 1 && strcmp(argv[1], "full") == 0, i;

	alarm(15);
	if (argc > 2 && strcmp(argv[1], "first") == 0) {
		struct addrinfo hints, *res;
		char host[128];
		memset(&hints, 0, sizeof hints);
		hints.ai_family = AF_UNSPEC;
		hints.ai_socktype = SOCK_STREAM;
		hints.ai_flags = AI_NUMERICSERV;
		if (getaddrinfo(argv[2], "9", &hints, &res) != 0)
			return 1;
		if (getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, NULL, 0,
		                NI_NUMERICHOST) != 0)
			return 1;
		printf("%s\n", host);
		freeaddrinfo(res);
		return 0;
	}
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(l, (struct sockaddr *)&a, sizeof a) != 0 || listen(l, full ? 0 : 8) != 0)
		return 1;
	getsockname(l, (struct sockaddr *)&a, &len);
	if (full)
		for (i = 0; i < 4; i++) {
			int c = socket(AF_INET, SOCK_STREAM, 0);
			fcntl(c, F_SETFL, O_NONBLOCK);
			connect(c, (struct sockaddr *)&a, sizeof a);
		}
	printf("%d\n", ntohs(a.sin_port));
	fflush(stdout);
	for (;;) {
		int c;
		if (full) {
			pause();
			continue;
		}
		c = accept(l, NULL, NULL);
		if (c >= 0)
			close(c);
	}
}

/*
 * ThreadSanitizer: 16 threads each set, capture and read their own last
 * error, look codes up and format messages, all at once, and use the
 * wrappers of <wsaerr_compat.h> (WSAStartup counting, the per-socket
 * memory of shutdown()). Each thread must only ever see its own values,
 * and TSan must report no race.
 */
#define WSAERR_WRAP 1
#include "wsaerr_compat.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define THREADS 16
#define ROUNDS 20000

static void *worker(void *arg)
{
	int id = (int)(size_t)arg, i, bad = 0;
	char buf[256];

	for (i = 0; i < ROUNDS; i++) {
		int code = 10000 + (id * 7 + i) % 120;
		if (i % 50 == 0) {
			/* the wrappers: counted startup, per-socket memory */
			WSADATA d;
			int sv[2];
			char c;
			if (WSAStartup(MAKEWORD(2, 2), &d) != 0 ||
			    socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
				bad++;
			else {
				if (shutdown(sv[0], SD_RECEIVE) != 0 ||
				    recv(sv[0], &c, 1, 0) != SOCKET_ERROR ||
				    WSAGetLastError() != WSAESHUTDOWN)
					bad++;
				closesocket(sv[0]);
				closesocket(sv[1]);
			}
			if (WSACleanup() != 0)
				bad++;
		}
		wsaerr_set_last(code);
		if (wsaerr_get_last() != code)
			bad++;
		/* capture from this thread's errno */
		errno = (i & 1) ? ECONNRESET : ETIMEDOUT;
		if (wsaerr_capture(WSAERR_OP_OTHER, -1) != ((i & 1) ? 10054 : 10060))
			bad++;
		if (errno != ((i & 1) ? ECONNRESET : ETIMEDOUT))
			bad++;
		if (wsaerr_get_last() != ((i & 1) ? 10054 : 10060))
			bad++;
		wsaerr_format(buf, sizeof buf, code, id % wsaerr_lang_count());
		if (wsaerr_format_long(buf, sizeof buf, code, id % 3) == 0)
			bad++;
		if (wsaerr_by_name("econnreset") != wsaerr_by_code(10054))
			bad++;
		{
			static const char text[] = "2026-11-22 10:54:01 ERROR [WinError 10054] An existing "
				"connection was forcibly closed by the remote host; took 10060 ms on port 10061";
			wsaerr_hit h[4];
			if (wsaerr_recognize(text, sizeof text - 1, h, 4) != 1 || h[0].wsa != 10054)
				bad++;
		}
	}
	return (void *)(size_t)bad;
}

int main(void)
{
	pthread_t t[THREADS];
	size_t i;
	void *bad;
	long total = 0;

	for (i = 0; i < THREADS; i++)
		if (pthread_create(&t[i], NULL, worker, (void *)i) != 0)
			return 1;
	for (i = 0; i < THREADS; i++) {
		pthread_join(t[i], &bad);
		total += (long)(size_t)bad;
	}
	printf("%s tsan/per_thread_last_error (%d threads x %d rounds, %ld wrong values)\n",
	       total ? "FAIL" : "PASS", THREADS, ROUNDS, total);
	return total != 0;
}

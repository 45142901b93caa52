/* The capture functions and the wrappers of <wsaerr_compat.h> with
 * WSAERR_WRAP: what tests/scenarios.c cannot show by comparing with Windows
 * (the bound of the per-socket memory, a reused descriptor, threads,
 * errno kept, the last error left alone by successful calls). */
#define WSAERR_WRAP 1
#include "wsaerr_compat.h"
#include "test.h"

#include <errno.h>

#ifndef _WIN32
#include <pthread.h>
#include <sys/resource.h>
#endif

/* A connected TCP pair on loopback; 0 on success. */
static int tcp_pair(SOCKET *a, SOCKET *b)
{
	struct sockaddr_in addr;
	int len = sizeof addr;
	SOCKET l = socket(AF_INET, SOCK_STREAM, 0);

	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (l == INVALID_SOCKET || bind(l, (struct sockaddr *)&addr, sizeof addr) ||
	    getsockname(l, (struct sockaddr *)&addr, &len) || listen(l, 1))
		return -1;
	*a = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(*a, (struct sockaddr *)&addr, sizeof addr))
		return -1;
	*b = accept(l, NULL, NULL);
	closesocket(l);
	return *b == INVALID_SOCKET ? -1 : 0;
}

/* A refused non-blocking connect, then the pending error read once. */
static void capture_pending_error(void)
{
	struct sockaddr_in addr;
	int len = sizeof addr;
	SOCKET s = socket(AF_INET, SOCK_STREAM, 0), t = socket(AF_INET, SOCK_STREAM, 0);
	u_long one = 1;
	fd_set w, e;
	struct timeval tv = { 5, 0 };

	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(t, (struct sockaddr *)&addr, sizeof addr);
	getsockname(t, (struct sockaddr *)&addr, &len);
	closesocket(t);
	ioctlsocket(s, FIONBIO, &one);
	CHECK(connect(s, (struct sockaddr *)&addr, sizeof addr) == SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEWOULDBLOCK);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(s, &w);
	FD_SET(s, &e);
	CHECK(select(0, NULL, &w, &e, &tv) == 1);
	CHECK_INT(wsaerr_capture_pending(s), WSAECONNREFUSED);
	CHECK_INT(WSAGetLastError(), WSAECONNREFUSED);
#ifndef _WIN32
	/* read and cleared: nothing pending now, and the last error stays */
	WSASetLastError(4242);
	CHECK_INT(wsaerr_capture_pending(s), 0);
	CHECK_INT(WSAGetLastError(), 4242);
#endif
	closesocket(s);
	/* not a socket */
	CHECK_INT(wsaerr_capture_pending(s), WSAENOTSOCK);
}

static void capture_poll_revents(void)
{
	struct pollfd p;
	SOCKET a, b;

	memset(&p, 0, sizeof p);
	p.fd = INVALID_SOCKET;
	p.revents = POLLNVAL;
	CHECK_INT(wsaerr_capture_poll(&p), WSAENOTSOCK);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	/* readable, writable: not errors, the last error is left alone */
	CHECK(tcp_pair(&a, &b) == 0);
	p.fd = a;
	p.revents = POLLWRNORM;
	WSASetLastError(4242);
	CHECK_INT(wsaerr_capture_poll(&p), 0);
	CHECK_INT(WSAGetLastError(), 4242);
	/* POLLERR with no pending error left: a reset */
	p.revents = POLLERR;
	CHECK_INT(wsaerr_capture_poll(&p), WSAECONNRESET);
	closesocket(a);
	closesocket(b);
}

static void capture_name_lookups(void)
{
#ifndef _WIN32
	/* the system's own EAI_* and h_errno values: not the wrapped ones */
	CHECK_INT(wsaerr_capture_eai(0, 0), 0);
	WSASetLastError(4242);
	CHECK_INT(wsaerr_capture_eai(0, 0), 0);
	CHECK_INT(WSAGetLastError(), 4242);
	CHECK_INT(wsaerr_capture_h_errno(0), 0);
	CHECK_INT(WSAGetLastError(), 4242);
	CHECK_INT(wsaerr_capture_eai(12345, 0), WSANO_RECOVERY);
	CHECK_INT(WSAGetLastError(), WSANO_RECOVERY);
	CHECK_INT(wsaerr_capture_h_errno(12345), WSANO_RECOVERY);
	errno = EDOM;
	CHECK_INT(wsaerr_capture_h_errno(1), WSAHOST_NOT_FOUND); /* HOST_NOT_FOUND is 1 */
	CHECK_INT(errno, EDOM);
	CHECK_INT(WSAGetLastError(), WSAHOST_NOT_FOUND);
#else
	CHECK_INT(wsaerr_capture_eai(WSAHOST_NOT_FOUND, 0), WSAHOST_NOT_FOUND);
	CHECK_INT(WSAGetLastError(), WSAHOST_NOT_FOUND);
	CHECK_INT(wsaerr_capture_h_errno(WSATRY_AGAIN), WSATRY_AGAIN);
	CHECK_INT(wsaerr_capture_eai(0, 0), 0);
#endif
}

#ifndef _WIN32
static void capture_errno_value_and_ops(void)
{
	SOCKET a, b;

	errno = EDOM;
	CHECK_INT(wsaerr_capture_errno(WSAERR_OP_CONNECT, WSAERR_NO_SOCKET, ECONNREFUSED), 10061);
	CHECK_INT(errno, EDOM);
	CHECK_INT(wsaerr_get_last_stored(), 10061);
	/* an ioctl the socket does not know */
	errno = ENOTTY;
	CHECK_INT(wsaerr_capture(WSAERR_OP_IOCTL, WSAERR_NO_SOCKET), WSAEINVAL);
	CHECK_INT(errno, ENOTTY);
	/* listen() on a connected socket: Linux EINVAL, Winsock WSAEISCONN */
	CHECK(tcp_pair(&a, &b) == 0);
	errno = EINVAL;
	CHECK_INT(wsaerr_capture(WSAERR_OP_LISTEN, a), WSAEISCONN);
	errno = EINVAL;
	CHECK_INT(wsaerr_capture(WSAERR_OP_BIND, a), WSAEINVAL);
	closesocket(a);
	closesocket(b);
	/* the stored code does not follow errno; wsaerr_get_last() does */
	wsaerr_set_last(10054);
	errno = ENOTTY;
	CHECK_INT(wsaerr_get_last_stored(), 10054);
	CHECK_INT(wsaerr_get_last(), WSASYSCALLFAILURE);
	CHECK(WSAERR_NO_SOCKET == (wsaerr_socket)-1);
}

/* Successful calls leave the last error alone; a later errno does not
 * change it (printf() may set errno to ENOTTY). */
static void wrap_last_error_is_windows_like(void)
{
	SOCKET a, b;
	char c;

	WSASetLastError(4242);
	CHECK(tcp_pair(&a, &b) == 0);
	CHECK_INT(send(a, "x", 1, 0), 1);
	CHECK_INT(recv(b, &c, 1, 0), 1);
	CHECK_INT(WSAGetLastError(), 4242);
	CHECK_INT(shutdown(b, SD_RECEIVE), 0);
	CHECK_INT(recv(b, &c, 1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAESHUTDOWN);
	errno = ENOTTY;
	CHECK_INT(WSAGetLastError(), WSAESHUTDOWN);
	CHECK_INT(closesocket(a), 0);
	CHECK_INT(closesocket(b), 0);
	CHECK_INT(WSAGetLastError(), WSAESHUTDOWN);
}

/* A descriptor closed with close() and reused by a new socket starts
 * afresh. */
static void wrap_reused_descriptor_starts_afresh(void)
{
	SOCKET a, b, c;
	char ch;
	int fd;

	CHECK(tcp_pair(&a, &b) == 0);
	CHECK_INT(shutdown(a, SD_RECEIVE), 0);
	fd = a;
	close(a);
	c = socket(AF_INET, SOCK_STREAM, 0);
	if (c != fd) {
		/* put the new socket on the old number */
		CHECK(dup2(c, fd) == fd);
		close(c);
		c = fd;
	}
	CHECK_INT(recv(c, &ch, 1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTCONN);
	closesocket(b);
	closesocket(c);
}

/* Past WSAERR_WRAP_MAX_FD the per-socket memory is not kept, as
 * documented: recv() after shutdown(SD_RECEIVE) is the system's end of
 * stream. */
static void wrap_descriptors_past_the_bound(void)
{
	SOCKET a, b, high = WSAERR_WRAP_MAX_FD + 10;
	struct rlimit rl;
	char ch;

	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur <= (rlim_t)high + 1)
		SKIP("the descriptor limit is below WSAERR_WRAP_MAX_FD + 11");
	CHECK(tcp_pair(&a, &b) == 0);
	CHECK(dup2(a, high) == high);
	close(a);
	CHECK_INT(shutdown(high, SD_RECEIVE), 0);
	CHECK_INT(recv(high, &ch, 1, 0), 0);
	/* below the bound it is remembered */
	CHECK_INT(shutdown(b, SD_RECEIVE), 0);
	CHECK_INT(recv(b, &ch, 1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAESHUTDOWN);
	closesocket(high);
	closesocket(b);
}

#define THREADS 8
#define ROUNDS 300
static void *wrap_worker(void *arg)
{
	int i, bad = 0;
	(void)arg;
	for (i = 0; i < ROUNDS; i++) {
		int sv[2];
		char c;
		if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
			bad++;
			continue;
		}
		if (shutdown(sv[0], i & 1 ? SD_RECEIVE : SD_BOTH) != 0)
			bad++;
		if (recv(sv[0], &c, 1, 0) != SOCKET_ERROR || WSAGetLastError() != WSAESHUTDOWN)
			bad++;
		if (shutdown(sv[1], SD_SEND) != 0)
			bad++;
		if (send(sv[1], "x", 1, 0) != SOCKET_ERROR || WSAGetLastError() != WSAESHUTDOWN)
			bad++;
		/* the other end of each pair was never shut down for receiving */
		if (recv(sv[1], &c, 1, MSG_DONTWAIT) == SOCKET_ERROR && WSAGetLastError() == WSAESHUTDOWN)
			bad++;
		closesocket(sv[0]);
		closesocket(sv[1]);
	}
	return (void *)(size_t)bad;
}

/* Many threads shutting down and using their own sockets at once. */
static void wrap_per_socket_memory_threads(void)
{
	pthread_t t[THREADS];
	size_t i;
	void *bad;

	for (i = 0; i < THREADS; i++)
		CHECK(pthread_create(&t[i], NULL, wrap_worker, NULL) == 0);
	for (i = 0; i < THREADS; i++) {
		CHECK(pthread_join(t[i], &bad) == 0);
		CHECK(bad == NULL);
	}
}

static void wrap_startup_counts(void)
{
	WSADATA d;
	SOCKET s;

	memset(&d, 0xAB, sizeof d);
	CHECK_INT(WSAStartup(MAKEWORD(2, 2), &d), 0);
	CHECK_INT(d.wVersion, 0x0202);
	CHECK_INT(d.wHighVersion, 0x0202);
	CHECK_STR(d.szDescription, "WinSock 2.0");
	CHECK_STR(d.szSystemStatus, "Running");
	CHECK(d.lpVendorInfo == NULL);
	CHECK_INT(WSAStartup(MAKEWORD(1, 1), &d), 0);
	CHECK_INT(d.wVersion, 0x0101);
	CHECK_INT(d.iMaxSockets, 32767);
	CHECK_INT(WSACleanup(), 0);
	CHECK_INT(WSACleanup(), 0);
	/* main() started once: this ends it */
	CHECK_INT(WSACleanup(), 0);
	CHECK_INT(WSACleanup(), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSANOTINITIALISED);
	s = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(s == INVALID_SOCKET);
	CHECK_INT(WSAGetLastError(), WSANOTINITIALISED);
	CHECK_INT(getaddrinfo("localhost", NULL, NULL, NULL), WSANOTINITIALISED);
	CHECK_INT(WSAStartup(MAKEWORD(2, 2), &d), 0);
}

/* Winsock's names with Winsock's values and widths. */
static void wrap_types_and_constants(void)
{
	u_long n = 1;
	struct pollfd p;
	WSAPOLLFD *w = &p;
	(void)n;
	CHECK_INT(sizeof(DWORD), 4);
	CHECK_INT(sizeof(WORD), 2);
	CHECK_INT(SD_RECEIVE, SHUT_RD);
	CHECK_INT(SD_SEND, SHUT_WR);
	CHECK_INT(SD_BOTH, SHUT_RDWR);
	CHECK_INT(EAI_NONAME, 11001);
	CHECK_INT(EAI_AGAIN, 11002);
	CHECK_INT(EAI_SERVICE, 10109);
	CHECK_INT(HOST_NOT_FOUND, 11001);
	CHECK_INT(MAKEWORD(2, 1), 0x0102);
	CHECK_INT(LOBYTE(0x0102), 2);
	CHECK_INT(HIBYTE(0x0102), 1);
	CHECK(w == &p);
	CHECK_STR(gai_strerror(WSAHOST_NOT_FOUND), wsaerr_message(wsaerr_by_code(11001), 0));
	CHECK_STR(gai_strerror(4), "Unknown error");
	/* h_errno is the last error, as on Windows */
	WSASetLastError(WSATRY_AGAIN);
	CHECK_INT(h_errno, WSATRY_AGAIN);
}

/* Requests other than FIONBIO, FIONREAD and SIOCATMARK go to ioctl(). */
static void wrap_ioctl_other_requests(void)
{
	SOCKET s = socket(AF_INET, SOCK_DGRAM, 0);
	u_long v = 0;
	CHECK_INT(ioctlsocket(s, 0x7FF1, &v), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEINVAL);
	CHECK_INT(ioctlsocket(s, FIONBIO, NULL), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	closesocket(s);
	/* a descriptor that is not a socket is refused, and left open */
	s = open("/dev/null", O_RDONLY);
	CHECK(s >= 0);
	CHECK_INT(ioctlsocket(s, FIONBIO, &v), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(closesocket(s), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(close(s), 0);
}
#endif

void suite_wrap(void)
{
#ifndef _WIN32
	WSADATA d;
	WSAStartup(MAKEWORD(2, 2), &d);
#endif
	RUN("wrap", capture_pending_error);
	RUN("wrap", capture_poll_revents);
	RUN("wrap", capture_name_lookups);
#ifndef _WIN32
	RUN("wrap", capture_errno_value_and_ops);
	RUN("wrap", wrap_last_error_is_windows_like);
	RUN("wrap", wrap_reused_descriptor_starts_afresh);
	RUN("wrap", wrap_descriptors_past_the_bound);
	RUN("wrap", wrap_per_socket_memory_threads);
	RUN("wrap", wrap_startup_counts);
	RUN("wrap", wrap_types_and_constants);
	RUN("wrap", wrap_ioctl_other_requests);
	WSACleanup();
#endif
}

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
#include <signal.h>
#include <sys/resource.h>
#include <sys/un.h>
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
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;

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
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;

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
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;
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

/* A descriptor that now holds a file: its old socket's memory is dropped
 * and the call sees what the descriptor is. */
static void wrap_descriptor_now_a_file(void)
{
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;
	char ch;
	int fd, nul;

	CHECK(tcp_pair(&a, &b) == 0);
	CHECK_INT(shutdown(a, SD_RECEIVE), 0);
	fd = a;
	nul = open("/dev/null", O_RDONLY);
	CHECK(dup2(nul, fd) == fd);
	close(nul);
	CHECK_INT(recv(fd, &ch, 1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	close(fd);
	closesocket(b);
}

/* Past WSAERR_WRAP_MAX_FD the per-socket memory is not kept, as
 * documented: recv() after shutdown(SD_RECEIVE) is the system's end of
 * stream. */
static void wrap_descriptors_past_the_bound(void)
{
	SOCKET a, b, high = WSAERR_WRAP_MAX_FD + 10;
	struct rlimit rl;
	char ch;

	/* raise the soft limit to the hard one when it is too low */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur <= (rlim_t)high + 1 &&
	    rl.rlim_max > (rlim_t)high + 1) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
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
		if (recv(sv[1], &c, 1, MSG_DONTWAIT) == SOCKET_ERROR &&
		    WSAGetLastError() == WSAESHUTDOWN)
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
	CHECK_INT(ioctlsocket(s, TIOCGWINSZ, &v), SOCKET_ERROR); /* a terminal's */
	CHECK_INT(WSAGetLastError(), WSAEINVAL);
	CHECK_INT(ioctlsocket(s, FIONBIO, NULL), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	closesocket(s);
	/* FIONREAD on a listening socket: 0, as on Windows */
	s = socket(AF_INET, SOCK_STREAM, 0);
	{
		struct sockaddr_in a;
		memset(&a, 0, sizeof a);
		a.sin_family = AF_INET;
		a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		CHECK_INT(bind(s, (struct sockaddr *)&a, sizeof a), 0);
		CHECK_INT(listen(s, 1), 0);
		v = 99;
		CHECK_INT(ioctlsocket(s, FIONREAD, &v), 0);
		CHECK_INT(v, 0);
	}
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

/* A closed descriptor: every wrapper says WSAENOTSOCK before looking at
 * anything else it would need the socket for. */
static void wrap_closed_socket_everywhere(void)
{
	SOCKET s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a;
	DWORD ms = 100;
	char on = 1, buf[4];
	int len = 4, v = 0;

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	closesocket(s);
	CHECK_INT(connect(s, (struct sockaddr *)&a, sizeof a), SOCKET_ERROR); /* port 0 */
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof a), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&a, &len), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(getsockopt(s, 0x7654, 1, (char *)&v, &len), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	len = sizeof ms;
	CHECK_INT(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&ms, &len), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&ms, sizeof ms),
	          SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &on, 1), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(bind(s, (struct sockaddr *)&a, 1), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
}

/* Before WSAStartup(), every wrapper says WSANOTINITIALISED and calls
 * nothing; then everything works again. */
static void wrap_not_started_everywhere(void)
{
	struct sockaddr_in a;
	struct addrinfo *res = NULL;
	fd_set r;
	WSAPOLLFD p;
	WSADATA d;
	u_long v = 0;
	char buf[8];
	int len = sizeof a, n = 0;

	memset(&a, 0, sizeof a);
	while (WSACleanup() == 0 && n < 10)
		n++;
#define NOT_STARTED(call) \
	do { \
		WSASetLastError(0); \
		CHECK((call) == SOCKET_ERROR); \
		CHECK_INT(WSAGetLastError(), WSANOTINITIALISED); \
	} while (0)
	NOT_STARTED(bind(0, (struct sockaddr *)&a, sizeof a));
	NOT_STARTED(listen(0, 1));
	NOT_STARTED(accept(0, NULL, NULL));
	NOT_STARTED(connect(0, (struct sockaddr *)&a, sizeof a));
	NOT_STARTED(send(0, "x", 1, 0));
	NOT_STARTED(sendto(0, "x", 1, 0, (struct sockaddr *)&a, sizeof a));
	NOT_STARTED(recv(0, buf, 1, 0));
	NOT_STARTED(recvfrom(0, buf, 1, 0, NULL, NULL));
	NOT_STARTED(shutdown(0, SD_BOTH));
	NOT_STARTED(closesocket(0));
	FD_ZERO(&r);
	NOT_STARTED(select(0, &r, NULL, NULL, NULL));
	NOT_STARTED(WSAPoll(&p, 1, 0));
	NOT_STARTED(getsockopt(0, SOL_SOCKET, SO_TYPE, (char *)&n, &len));
	NOT_STARTED(setsockopt(0, SOL_SOCKET, SO_TYPE, (const char *)&n, sizeof n));
	NOT_STARTED(getsockname(0, (struct sockaddr *)&a, &len));
	NOT_STARTED(getpeername(0, (struct sockaddr *)&a, &len));
	NOT_STARTED(ioctlsocket(0, FIONBIO, &v));
	NOT_STARTED(gethostname(buf, sizeof buf));
#undef NOT_STARTED
	CHECK(gethostbyname("localhost") == NULL);
	CHECK_INT(WSAGetLastError(), WSANOTINITIALISED);
	CHECK_INT(getaddrinfo("localhost", NULL, NULL, &res), WSANOTINITIALISED);
	CHECK(res == NULL);
	for (; n > 0; n--)
		CHECK_INT(WSAStartup(MAKEWORD(2, 2), &d), 0);
	CHECK_INT(WSAStartup(MAKEWORD(2, 2), &d), 0);
	CHECK_INT(WSACleanup(), 0);
}

/* A negative descriptor, a negative length: Windows' answers. */
static void wrap_negative_arguments(void)
{
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;
	struct sockaddr_in addr;
	char buf[8];
	u_long v = 0;

	memset(&addr, 0, sizeof addr);
	CHECK_INT(recv(-1, buf, sizeof buf, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(send(-1, "x", 1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(shutdown(-1, SD_BOTH), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(ioctlsocket(-1, FIONBIO, &v), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK_INT(listen(-1, 1), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK(accept(-1, NULL, NULL) == INVALID_SOCKET);
	CHECK_INT(WSAGetLastError(), WSAENOTSOCK);
	CHECK(tcp_pair(&a, &b) == 0);
	CHECK_INT(send(a, buf, -1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK_INT(sendto(a, buf, -1, 0, NULL, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK_INT(send(a, "x", 1, 0), 1);
	CHECK_INT(recv(b, buf, -1, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEINVAL);
	CHECK_INT(recvfrom(b, buf, sizeof buf, 0, NULL, NULL), 1);
	closesocket(a);
	closesocket(b);
}

/* Byte-sized options at the IP levels, as Windows takes them. */
static void wrap_ip_level_options(void)
{
	SOCKET u = socket(AF_INET, SOCK_DGRAM, 0), u6 = socket(AF_INET6, SOCK_DGRAM, 0);
	unsigned char ttl = 33;
	int v = 0, len = sizeof v, on = 1;

	CHECK_INT(setsockopt(u, IPPROTO_IP, IP_TTL, (const char *)&ttl, 1), 0);
	CHECK_INT(getsockopt(u, IPPROTO_IP, IP_TTL, (char *)&v, &len), 0);
	CHECK_INT(v, 33);
	CHECK_INT(setsockopt(u, IPPROTO_IP, IP_RECVERR, (const char *)&on, sizeof on), 0);
	if (u6 != INVALID_SOCKET) {
		char one = 1;
		CHECK_INT(setsockopt(u6, IPPROTO_IPV6, IPV6_V6ONLY, &one, 1), 0);
		v = 0;
		len = sizeof v;
		CHECK_INT(getsockopt(u6, IPPROTO_IPV6, IPV6_V6ONLY, (char *)&v, &len), 0);
		CHECK_INT(v, 1);
		closesocket(u6);
	}
	CHECK_INT(setsockopt(u, IPPROTO_UDP, 0x7FF, (const char *)&on, sizeof on), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOPROTOOPT);
	closesocket(u);
}

/* Arguments Windows refuses before doing anything. */
static void wrap_bad_pointers(void)
{
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;
	struct sockaddr_in addr;
	char buf[4];
	int v = 0;

	CHECK(tcp_pair(&a, &b) == 0);
	CHECK_INT(getsockopt(a, SOL_SOCKET, SO_TYPE, (char *)&v, NULL), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK_INT(getsockname(a, NULL, &v), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK_INT(recvfrom(a, buf, sizeof buf, 0, (struct sockaddr *)&addr, NULL), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK(accept(a, (struct sockaddr *)&addr, NULL) == INVALID_SOCKET);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK_INT(gethostname(NULL, 10), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	closesocket(a);
	closesocket(b);
}

/* Connection-oriented sockets ignore sendto()'s address and recvfrom()'s
 * from, as on Windows; accept() fills the address when there is room. */
static void wrap_stream_ignores_addresses(void)
{
	SOCKET a, b, l, c, s;
	struct sockaddr_in addr, from;
	int len = 4, alen;
	char buf[4];

	CHECK(tcp_pair(&a, &b) == 0);
	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET; /* port 0, any address: refused on UDP */
	CHECK_INT(sendto(a, "xy", 2, 0, (struct sockaddr *)&addr, sizeof addr), 2);
	CHECK_INT(recvfrom(b, buf, 2, MSG_WAITALL, (struct sockaddr *)&from, &len), 2);
	CHECK_INT(len, 4);
	closesocket(a);
	closesocket(b);

	l = socket(AF_INET, SOCK_STREAM, 0);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	alen = sizeof addr;
	CHECK_INT(bind(l, (struct sockaddr *)&addr, sizeof addr), 0);
	CHECK_INT(getsockname(l, (struct sockaddr *)&addr, &alen), 0);
	CHECK_INT(listen(l, 1), 0);
	c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK_INT(connect(c, (struct sockaddr *)&addr, sizeof addr), 0);
	alen = sizeof from;
	s = accept(l, (struct sockaddr *)&from, &alen);
	CHECK(s != INVALID_SOCKET);
	CHECK_INT(alen, sizeof(struct sockaddr_in));
	CHECK(from.sin_family == AF_INET && from.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	closesocket(s);
	closesocket(c);
	closesocket(l);
}

/* UDP: an all-zero address removes the default peer (IPv4 and IPv6); an
 * IPv6 sender does not fit a 16-byte fromlen. */
static void wrap_udp_addresses(void)
{
	struct sockaddr_in6 a6, from;
	struct sockaddr_in any;
	SOCKET u6 = socket(AF_INET6, SOCK_DGRAM, 0), u4 = socket(AF_INET, SOCK_DGRAM, 0);
	int len = sizeof a6;
	char buf[8];

	if (u6 == INVALID_SOCKET) {
		closesocket(u4);
		SKIP("no IPv6");
	}
	memset(&a6, 0, sizeof a6);
	a6.sin6_family = AF_INET6;
	a6.sin6_addr.s6_addr[15] = 1;
	CHECK_INT(bind(u6, (struct sockaddr *)&a6, sizeof a6), 0);
	CHECK_INT(getsockname(u6, (struct sockaddr *)&a6, &len), 0);
	CHECK_INT(connect(u6, (struct sockaddr *)&a6, sizeof a6), 0);
	CHECK_INT(send(u6, "x", 1, 0), 1);
	len = 16;
	CHECK_INT(recvfrom(u6, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	memset(&a6, 0, sizeof a6);
	a6.sin6_family = AF_INET6;
	CHECK_INT(connect(u6, (struct sockaddr *)&a6, sizeof a6), 0);
	len = sizeof a6;
	CHECK_INT(getpeername(u6, (struct sockaddr *)&a6, &len), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAENOTCONN);
	memset(&any, 0, sizeof any);
	any.sin_family = AF_INET;
	CHECK_INT(connect(u4, (struct sockaddr *)&any, sizeof any), 0);
	closesocket(u6);
	closesocket(u4);
}

/* Out-of-band data: select()'s exceptfds, WSAPoll()'s POLLRDBAND and
 * SIOCATMARK before the mark. */
static void wrap_urgent_data(void)
{
	SOCKET a = INVALID_SOCKET, b = INVALID_SOCKET;
	fd_set e;
	struct timeval tv = { 2, 0 };
	WSAPOLLFD p;
	u_long at = 7;
	char buf[8];

	CHECK(tcp_pair(&a, &b) == 0);
	CHECK_INT(send(a, "data", 4, 0), 4);
	CHECK_INT(send(a, "!", 1, MSG_OOB), 1);
	FD_ZERO(&e);
	FD_SET(b, &e);
	CHECK_INT(select(0, NULL, NULL, &e, &tv), 1);
	CHECK(FD_ISSET(b, &e));
	p.fd = b;
	p.events = POLLRDBAND;
	p.revents = 0;
	CHECK_INT(WSAPoll(&p, 1, 2000), 1);
	CHECK_INT(p.revents, POLLRDBAND);
	CHECK_INT(p.events, POLLRDBAND);
	/* normal data first: not at the mark, but urgent data waits */
	CHECK_INT(ioctlsocket(b, SIOCATMARK, &at), 0);
	CHECK_INT(at, 0);
	CHECK_INT(recv(b, buf, 4, MSG_WAITALL), 4);
	closesocket(a);
	closesocket(b);
	/* a UDP socket has no urgent data: TRUE */
	a = socket(AF_INET, SOCK_DGRAM, 0);
	at = 7;
	CHECK_INT(ioctlsocket(a, SIOCATMARK, &at), 0);
	CHECK_INT(at, 1);
	closesocket(a);
}

static void on_alarm(int sig)
{
	(void)sig;
}

/* select() and WSAPoll() go on after a signal, and report the system's
 * failure (more entries than descriptors allowed). */
static void wrap_waits_and_their_failures(void)
{
	static WSAPOLLFD many[64];
	SOCKET u = socket(AF_INET, SOCK_DGRAM, 0);
	struct sigaction sa, old;
	struct itimerval it;
	struct rlimit rl, low;
	struct timeval tv = { 0, 150000 };
	fd_set r;
	int i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, &old);
	memset(&it, 0, sizeof it);
	it.it_value.tv_usec = 30000;
	setitimer(ITIMER_REAL, &it, NULL);
	FD_ZERO(&r);
	FD_SET(u, &r);
	CHECK_INT(select(0, &r, NULL, NULL, &tv), 0);
	sigaction(SIGALRM, &old, NULL);

	CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0);
	low = rl;
	low.rlim_cur = 16;
	CHECK(setrlimit(RLIMIT_NOFILE, &low) == 0);
	for (i = 0; i < 64; i++) {
		many[i].fd = u;
		many[i].events = POLLRDNORM;
	}
	CHECK_INT(WSAPoll(many, 64, 0), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEINVAL);
	CHECK_INT(many[0].revents, 0);
	FD_ZERO(&r);
	for (i = 0; i < 40; i++)
		FD_SET(i, &r);
	CHECK_INT(select(0, &r, NULL, NULL, &tv), SOCKET_ERROR);
	CHECK_INT(WSAGetLastError(), WSAEINVAL);
	CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
	closesocket(u);
}

/* A refused non-blocking connect, then connect() again: the failure, not
 * WSAEISCONN. */
static void wrap_connect_again_after_failure(void)
{
	struct sockaddr_in addr;
	int len = sizeof addr;
	SOCKET t = socket(AF_INET, SOCK_STREAM, 0), s = socket(AF_INET, SOCK_STREAM, 0);
	u_long one = 1;
	fd_set w;
	struct timeval tv = { 2, 0 };

	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(t, (struct sockaddr *)&addr, sizeof addr);
	getsockname(t, (struct sockaddr *)&addr, &len);
	closesocket(t);
	ioctlsocket(s, FIONBIO, &one);
	CHECK_INT(connect(s, (struct sockaddr *)&addr, sizeof addr), SOCKET_ERROR);
	FD_ZERO(&w);
	FD_SET(s, &w);
	select(0, NULL, &w, NULL, &tv); /* not in exceptfds: not asked */
	CHECK_INT(connect(s, (struct sockaddr *)&addr, sizeof addr), SOCKET_ERROR);
	CHECK(WSAGetLastError() != WSAEISCONN && WSAGetLastError() != WSAEWOULDBLOCK);
	closesocket(s);
}

/* getnameinfo(), an AF_UNIX socket's name, and WSAStartup() of version
 * 1.x. (gethostbyname() of the local host is a scenario: it looks a name
 * up, which the scenarios do where only /etc/hosts answers.) */
static void wrap_names_and_versions(void)
{
	struct sockaddr_in a;
	struct sockaddr_un un;
	char host[64], serv[16], tiny[2];
	SOCKET sv[2];
	int len = sizeof un;
	WSADATA d;

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(25);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	CHECK_INT(getnameinfo((struct sockaddr *)&a, sizeof a, host, sizeof host, serv, sizeof serv,
	                      NI_NUMERICHOST | NI_NUMERICSERV),
	          0);
	CHECK_STR(host, "127.0.0.1");
	CHECK_STR(serv, "25");
	CHECK_INT(getnameinfo((struct sockaddr *)&a, sizeof a, tiny, sizeof tiny, NULL, 0,
	                      NI_NUMERICHOST),
	          WSAEFAULT);
	CHECK_INT(WSAGetLastError(), WSAEFAULT);
	CHECK_INT(getnameinfo((struct sockaddr *)&a, 8, host, sizeof host, NULL, 0, 0), WSAEFAULT);
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	CHECK_INT(getsockname(sv[0], (struct sockaddr *)&un, &len), 0);
	closesocket(sv[0]);
	closesocket(sv[1]);
	CHECK_INT(WSAStartup(MAKEWORD(1, 2), &d), 0);
	CHECK_INT(d.wVersion, 0x0101);
	WSACleanup();
	CHECK_INT(WSACleanup(), 0);
	CHECK_INT(getnameinfo((struct sockaddr *)&a, sizeof a, host, sizeof host, NULL, 0, 0),
	          WSANOTINITIALISED);
	CHECK_INT(WSAStartup(MAKEWORD(2, 2), &d), 0);
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
	RUN("wrap", wrap_descriptor_now_a_file);
	RUN("wrap", wrap_descriptors_past_the_bound);
	RUN("wrap", wrap_per_socket_memory_threads);
	RUN("wrap", wrap_startup_counts);
	RUN("wrap", wrap_types_and_constants);
	RUN("wrap", wrap_ioctl_other_requests);
	RUN("wrap", wrap_closed_socket_everywhere);
	RUN("wrap", wrap_bad_pointers);
	RUN("wrap", wrap_ip_level_options);
	RUN("wrap", wrap_not_started_everywhere);
	RUN("wrap", wrap_negative_arguments);
	RUN("wrap", wrap_stream_ignores_addresses);
	RUN("wrap", wrap_udp_addresses);
	RUN("wrap", wrap_urgent_data);
	RUN("wrap", wrap_waits_and_their_failures);
	RUN("wrap", wrap_connect_again_after_failure);
	RUN("wrap", wrap_names_and_versions);
	WSACleanup();
#endif
}

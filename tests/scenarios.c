/*
 * Windows parity: Winsock-style code that provokes real socket errors on
 * loopback and prints, one line per scenario, "name<TAB>result<TAB>windows":
 * the result is WSAGetLastError() after the call under test (0 when it
 * succeeded), or for a few scenarios a value the comment names; windows is
 * what Windows gives, from the source named beside the scenario.
 *
 * The same file, unchanged, is built twice:
 *   - with MinGW-w64 against the real Winsock, and run under Wine;
 *   - with the system's compiler against <wsaerr_compat.h> and WSAERR_WRAP,
 *     whose wrappers set the last error as Windows would.
 * tests/parity.sh runs both and compares them line by line, and each with
 * the windows column; docs/parity.md explains every difference.
 *
 * Sources of the windows column:
 *   [MS:f]     Microsoft's reference page of function f,
 *              https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-f
 *              (ws2tcpip/nf-ws2tcpip-getaddrinfo for getaddrinfo);
 *   [wine:t]   the conformance test t of Wine 8.0, dlls/ws2_32/tests/sock.c,
 *              an assertion not marked todo_wine: Wine runs these tests on
 *              real Windows, so they state what Windows does.
 *
 * Only 127.0.0.1, ::1 and ports this program binds itself are used; names
 * are numeric or come from /etc/hosts (parity.sh runs the program where
 * the name service reads only the hosts file, and sets WSAERR_HOSTS_ONLY=1;
 * without it, the scenarios that look up a name that is not there print
 * "skip"). Every wait is bounded: by a socket timeout, a select() or
 * WSAPoll() timeout, or a count.
 */
#define WSAERR_WRAP 1
#include <wsaerr_compat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ERR(call) ((call) == SOCKET_ERROR ? WSAGetLastError() : 0)
#define SKIP (-99999)

static struct sockaddr_in loopback(unsigned short port)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static struct sockaddr_in6 loopback6(unsigned short port)
{
	struct sockaddr_in6 a;
	memset(&a, 0, sizeof a);
	a.sin6_family = AF_INET6;
	a.sin6_port = htons(port);
	a.sin6_addr.s6_addr[15] = 1;
	return a;
}

static unsigned short port_of(SOCKET s)
{
	struct sockaddr_in a;
	int len = sizeof a;
	memset(&a, 0, sizeof a);
	getsockname(s, (struct sockaddr *)&a, &len);
	return ntohs(a.sin_port);
}

static SOCKET tcp(void)
{
	return socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
}

static SOCKET udp(void)
{
	return socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
}

static void set_timeout(SOCKET s, int opt, DWORD ms)
{
	setsockopt(s, SOL_SOCKET, opt, (const char *)&ms, sizeof ms);
}

static void set_nonblocking(SOCKET s)
{
	u_long one = 1;
	ioctlsocket(s, FIONBIO, &one);
}

/* A UDP socket bound to 127.0.0.1 and a free port. */
static SOCKET udp_bound(void)
{
	SOCKET s = udp();
	struct sockaddr_in a = loopback(0);
	bind(s, (struct sockaddr *)&a, sizeof a);
	return s;
}

/* A TCP listener on 127.0.0.1 and a free port. */
static SOCKET listener(unsigned short *port, int backlog)
{
	SOCKET s = tcp();
	struct sockaddr_in a = loopback(0);
	bind(s, (struct sockaddr *)&a, sizeof a);
	listen(s, backlog);
	*port = port_of(s);
	return s;
}

/* A port on 127.0.0.1 with nothing behind it: bound, then released. */
static unsigned short closed_port(int type)
{
	SOCKET s = socket(AF_INET, type, 0);
	struct sockaddr_in a = loopback(0);
	unsigned short p;
	bind(s, (struct sockaddr *)&a, sizeof a);
	p = port_of(s);
	closesocket(s);
	return p;
}

/* A connected pair: client (returned), accepted server side *server. */
static SOCKET connected(SOCKET *server, SOCKET *lst)
{
	unsigned short port;
	struct sockaddr_in a;
	SOCKET c;
	*lst = listener(&port, 4);
	a = loopback(port);
	c = tcp();
	connect(c, (struct sockaddr *)&a, sizeof a);
	*server = accept(*lst, NULL, NULL);
	return c;
}

static void close3(SOCKET a, SOCKET b, SOCKET c)
{
	closesocket(a);
	closesocket(b);
	closesocket(c);
}

/* Waits up to ms for s to be readable. */
static int wait_readable(SOCKET s, long ms)
{
	fd_set r;
	struct timeval tv;
	FD_ZERO(&r);
	FD_SET(s, &r);
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	return select(0, &r, NULL, NULL, &tv);
}

/* ------------------------------------------------------------ startup */

/* [MS:socket] WSANOTINITIALISED; [wine:test_WithoutWSAStartup] */
static int not_started_socket(void)
{
	SOCKET s = tcp();
	int code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	return code;
}

/* [MS:gethostbyname] WSANOTINITIALISED; [wine:test_WithoutWSAStartup] */
static int not_started_gethostbyname(void)
{
	return gethostbyname("localhost") ? 0 : WSAGetLastError();
}

/* [MS:WSACleanup] WSANOTINITIALISED */
static int not_started_cleanup(void)
{
	return ERR(WSACleanup());
}

/* [MS:WSAStartup] WSAVERNOTSUPPORTED for a version below 1.0; the result
 * is WSAStartup()'s return value. */
static int startup_version_zero(void)
{
	WSADATA d;
	int rc = WSAStartup(MAKEWORD(0, 0), &d);
	if (rc == 0)
		WSACleanup();
	return rc;
}

/* [MS:WSAStartup] WSAEFAULT: lpWSAData is not a valid pointer. */
static int startup_null_data(void)
{
	int rc = WSAStartup(MAKEWORD(2, 2), NULL);
	if (rc == 0)
		WSACleanup();
	return rc;
}

/* [MS:WSAStartup] the version asked for is given, at most 2.2: result is
 * wVersion (0x0202). */
static int startup_version_offered(void)
{
	WSADATA d;
	int v;
	if (WSAStartup(MAKEWORD(3, 7), &d) != 0)
		return -1;
	v = d.wVersion;
	WSACleanup();
	return v;
}

/* [MS:WSACleanup] calls are counted: after two WSAStartup() and one
 * WSACleanup() sockets still work. */
static int startup_counted(void)
{
	WSADATA d;
	SOCKET s;
	int code;
	WSAStartup(MAKEWORD(2, 2), &d);
	WSAStartup(MAKEWORD(2, 2), &d);
	WSACleanup();
	s = tcp();
	code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	WSACleanup();
	return code;
}

/* [MS:WSACleanup] after the last WSACleanup(), calls fail with
 * WSANOTINITIALISED. */
static int after_last_cleanup(void)
{
	WSADATA d;
	SOCKET s;
	int code;
	WSAStartup(MAKEWORD(2, 2), &d);
	WSACleanup();
	s = tcp();
	code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	return code;
}

/* ------------------------------------------------------------ connect */

/* [MS:connect] WSAECONNREFUSED */
static int connect_refused(void)
{
	struct sockaddr_in a = loopback(closed_port(SOCK_STREAM));
	SOCKET s = tcp();
	int code = ERR(connect(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* [MS:connect] WSAEADDRNOTAVAIL: the remote address is not a valid
 * address; port 0 is not a port one can connect to. */
static int connect_port_zero(void)
{
	struct sockaddr_in a = loopback(0);
	SOCKET s = tcp();
	int code = ERR(connect(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* [MS:connect] WSAEADDRNOTAVAIL "such as INADDR_ANY" */
static int connect_any_address(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), s = tcp();
	struct sockaddr_in a = loopback(port);
	int code;
	a.sin_addr.s_addr = htonl(INADDR_ANY);
	code = ERR(connect(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	closesocket(l);
	return code;
}

/* [MS:connect] WSAEFAULT: namelen too small */
static int connect_short_namelen(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), s = tcp();
	struct sockaddr_in a = loopback(port);
	int code = ERR(connect(s, (struct sockaddr *)&a, 8));
	closesocket(s);
	closesocket(l);
	return code;
}

/* [MS:connect] WSAEWOULDBLOCK on a non-blocking socket */
static int connect_nonblocking(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 4), s = tcp();
	struct sockaddr_in a = loopback(port);
	int code;
	set_nonblocking(s);
	code = ERR(connect(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	closesocket(l);
	return code;
}

/* [MS:connect] WSAEISCONN */
static int connect_again_when_connected(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	struct sockaddr_in a = loopback(port_of(lst));
	int code = ERR(connect(c, (struct sockaddr *)&a, sizeof a));
	close3(c, srv, lst);
	return code;
}

/* [MS:connect] WSAEAFNOSUPPORT */
static int connect_ipv6_address_on_ipv4_socket(void)
{
	struct sockaddr_in6 a6 = loopback6(closed_port(SOCK_STREAM));
	SOCKET s = tcp();
	int code = ERR(connect(s, (struct sockaddr *)&a6, sizeof a6));
	closesocket(s);
	return code;
}

/* [MS:connect] WSAECONNREFUSED, over IPv6 */
static int ipv6_connect_refused(void)
{
	struct sockaddr_in6 a6 = loopback6(0);
	SOCKET s = socket(AF_INET6, SOCK_STREAM, 0), b = socket(AF_INET6, SOCK_STREAM, 0);
	int len = sizeof a6, code;
	if (s == INVALID_SOCKET || b == INVALID_SOCKET ||
	    bind(b, (struct sockaddr *)&a6, sizeof a6))
		return -1;
	getsockname(b, (struct sockaddr *)&a6, &len);
	closesocket(b);
	code = ERR(connect(s, (struct sockaddr *)&a6, sizeof a6));
	closesocket(s);
	return code;
}

/* [MS:connect] WSAEINVAL: s is a listening socket; [wine:test_connect] */
static int connect_listening_socket(void)
{
	unsigned short port, other;
	SOCKET l = listener(&port, 1), m = listener(&other, 1);
	struct sockaddr_in a = loopback(other);
	int code = ERR(connect(l, (struct sockaddr *)&a, sizeof a));
	closesocket(l);
	closesocket(m);
	return code;
}

/* ------------------------------------------ non-blocking connect, then wait */

/* [MS:select] exceptfds: "If processing a connect call (nonblocking),
 * connection attempt failed"; [MS:getsockopt] SO_ERROR. Result: the
 * SO_ERROR code when the socket is in exceptfds only, 1 when it is in
 * writefds, 2 when select() timed out. */
static int nb_connect_refused_select(void)
{
	struct sockaddr_in a = loopback(closed_port(SOCK_STREAM));
	SOCKET s = tcp();
	fd_set w, e;
	struct timeval tv = { 5, 0 };
	int rc, err = 0, len = sizeof err, result;
	set_nonblocking(s);
	connect(s, (struct sockaddr *)&a, sizeof a);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(s, &w);
	FD_SET(s, &e);
	rc = select(0, NULL, &w, &e, &tv);
	if (rc == 0)
		result = 2;
	else if (FD_ISSET(s, &w))
		result = 1;
	else if (FD_ISSET(s, &e)) {
		getsockopt(s, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
		result = err;
	} else
		result = rc == SOCKET_ERROR ? WSAGetLastError() : 3;
	closesocket(s);
	return result;
}

/* [MS:select] writefds: "If processing a connect call (nonblocking),
 * connection has succeeded". Result: SO_ERROR (0) when writable and not in
 * exceptfds, 1 when in exceptfds, 2 on timeout. */
static int nb_connect_succeeds_select(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 4), s = tcp();
	struct sockaddr_in a = loopback(port);
	fd_set w, e;
	struct timeval tv = { 5, 0 };
	int rc, err = -1, len = sizeof err, result;
	set_nonblocking(s);
	connect(s, (struct sockaddr *)&a, sizeof a);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(s, &w);
	FD_SET(s, &e);
	rc = select(0, NULL, &w, &e, &tv);
	if (rc == 0)
		result = 2;
	else if (FD_ISSET(s, &e))
		result = 1;
	else {
		getsockopt(s, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
		result = err;
	}
	closesocket(s);
	closesocket(l);
	return result;
}

/* [MS:connect] "WSAEISCONN when the connection completes successfully":
 * connect() again after a non-blocking connect has completed. */
static int nb_connect_again_after_success(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 4), s = tcp();
	struct sockaddr_in a = loopback(port);
	fd_set w;
	struct timeval tv = { 5, 0 };
	int code;
	set_nonblocking(s);
	connect(s, (struct sockaddr *)&a, sizeof a);
	FD_ZERO(&w);
	FD_SET(s, &w);
	select(0, NULL, &w, NULL, &tv);
	code = ERR(connect(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	closesocket(l);
	return code;
}

/* [wine:test_WSAPoll] a refused non-blocking connect: WSAPoll() reports
 * it and SO_ERROR says WSAECONNREFUSED. Result: SO_ERROR when revents has
 * POLLERR, 1 when WSAPoll() timed out, 2 otherwise. */
static int nb_connect_refused_wsapoll(void)
{
	struct sockaddr_in a = loopback(closed_port(SOCK_STREAM));
	SOCKET s = tcp();
	WSAPOLLFD p;
	int rc, err = 0, len = sizeof err, result;
	set_nonblocking(s);
	connect(s, (struct sockaddr *)&a, sizeof a);
	p.fd = s;
	p.events = POLLWRNORM;
	p.revents = 0;
	rc = WSAPoll(&p, 1, 5000);
	if (rc == 0)
		result = 1;
	else if (p.revents & POLLERR) {
		getsockopt(s, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
		result = err;
	} else
		result = 2;
	closesocket(s);
	return result;
}

/* ------------------------------------------------------------ bind */

/* [MS:bind] WSAEADDRINUSE */
static int bind_in_use(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), s = tcp();
	struct sockaddr_in a = loopback(port);
	int code = ERR(bind(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	closesocket(l);
	return code;
}

/* [MS:bind] WSAEADDRINUSE, UDP */
static int bind_udp_in_use(void)
{
	SOCKET u = udp_bound(), s = udp();
	struct sockaddr_in a = loopback(port_of(u));
	int code = ERR(bind(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	closesocket(u);
	return code;
}

/* [MS:bind] WSAEADDRNOTAVAIL; 192.0.2.1 (TEST-NET-1) is never local and
 * bind() sends nothing. */
static int bind_foreign_address(void)
{
	struct sockaddr_in a = loopback(0);
	SOCKET s = tcp();
	int code;
	a.sin_addr.s_addr = htonl(0xC0000201);
	code = ERR(bind(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* [MS:bind] WSAEINVAL: the socket is already bound */
static int bind_twice(void)
{
	struct sockaddr_in a = loopback(0);
	SOCKET s = tcp();
	int code;
	bind(s, (struct sockaddr *)&a, sizeof a);
	code = ERR(bind(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* [MS:bind] WSAEFAULT: namelen too small */
static int bind_short_address(void)
{
	struct sockaddr_in a = loopback(0);
	SOCKET s = tcp();
	int code = ERR(bind(s, (struct sockaddr *)&a, 4));
	closesocket(s);
	return code;
}

/* [wine:test_bind] WSAEFAULT: an IPv6 address of the old 24-byte size */
static int bind_ipv6_short_address(void)
{
	struct sockaddr_in6 a6 = loopback6(0);
	SOCKET s = socket(AF_INET6, SOCK_STREAM, 0);
	int code = ERR(bind(s, (struct sockaddr *)&a6, 24));
	closesocket(s);
	return code;
}

/* [wine:test_bind] WSAEAFNOSUPPORT: an unknown address family */
static int bind_unknown_family(void)
{
	struct sockaddr_in a = loopback(0);
	SOCKET s = tcp();
	int code;
	a.sin_family = 0x7ead;
	code = ERR(bind(s, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* ------------------------------------------------------------ listen, accept */

/* [MS:listen] WSAEINVAL: the socket has not been bound */
static int listen_not_bound(void)
{
	SOCKET s = tcp();
	int code = ERR(listen(s, 1));
	closesocket(s);
	return code;
}

/* [MS:listen] WSAEOPNOTSUPP */
static int listen_on_udp(void)
{
	SOCKET s = udp_bound();
	int code = ERR(listen(s, 1));
	closesocket(s);
	return code;
}

/* [MS:listen] WSAEISCONN */
static int listen_connected(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	int code = ERR(listen(c, 1));
	close3(c, srv, lst);
	return code;
}

/* [wine:test_listen] listen() twice succeeds */
static int listen_twice(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1);
	int code = ERR(listen(l, 5));
	closesocket(l);
	return code;
}

/* [MS:accept] WSAEINVAL: listen() was not called */
static int accept_not_listening(void)
{
	struct sockaddr_in a = loopback(0);
	SOCKET s = tcp(), t;
	int code;
	bind(s, (struct sockaddr *)&a, sizeof a);
	t = accept(s, NULL, NULL);
	code = t == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (t != INVALID_SOCKET)
		closesocket(t);
	closesocket(s);
	return code;
}

/* [MS:accept] WSAEWOULDBLOCK */
static int accept_would_block(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), s;
	int code;
	set_nonblocking(l);
	s = accept(l, NULL, NULL);
	code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	closesocket(l);
	return code;
}

/* [MS:accept] WSAEFAULT: addrlen too small */
static int accept_short_addrlen(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), c = tcp(), s;
	struct sockaddr_in a = loopback(port), from;
	int len = 4, code;
	connect(c, (struct sockaddr *)&a, sizeof a);
	s = accept(l, (struct sockaddr *)&from, &len);
	code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	closesocket(c);
	closesocket(l);
	return code;
}

/* [MS:accept] WSAEOPNOTSUPP: not a connection-oriented socket */
static int accept_on_udp(void)
{
	SOCKET u = udp_bound(), t = accept(u, NULL, NULL);
	int code = t == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (t != INVALID_SOCKET)
		closesocket(t);
	closesocket(u);
	return code;
}

/* [MS:accept] the new socket "has the same properties as socket s": from
 * a non-blocking listener it is non-blocking, and recv() with nothing to
 * read says WSAEWOULDBLOCK (a blocking one would time out: WSAETIMEDOUT). */
static int accept_inherits_nonblocking(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), c = tcp(), s;
	struct sockaddr_in a = loopback(port);
	char buf[4];
	int code;
	set_nonblocking(l);
	connect(c, (struct sockaddr *)&a, sizeof a);
	wait_readable(l, 2000);
	s = accept(l, NULL, NULL);
	if (s == INVALID_SOCKET) {
		code = -WSAGetLastError();
	} else {
		set_timeout(s, SO_RCVTIMEO, 200);
		code = ERR(recv(s, buf, sizeof buf, 0));
		closesocket(s);
	}
	closesocket(c);
	closesocket(l);
	return code;
}

/* ------------------------------------------------------------ recv, send */

/* [MS:recv] WSAEWOULDBLOCK */
static int recv_would_block(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	set_nonblocking(c);
	code = ERR(recv(c, buf, sizeof buf, 0));
	close3(c, srv, lst);
	return code;
}

/* [MS:recv] WSAETIMEDOUT */
static int recv_timeout(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	set_timeout(c, SO_RCVTIMEO, 100);
	code = ERR(recv(c, buf, sizeof buf, 0));
	close3(c, srv, lst);
	return code;
}

/* [MS:recv] WSAENOTCONN */
static int recv_not_connected(void)
{
	SOCKET s = tcp();
	char c;
	int code = ERR(recv(s, &c, 1, 0));
	closesocket(s);
	return code;
}

/* [MS:send] WSAENOTCONN */
static int send_not_connected(void)
{
	SOCKET s = tcp();
	int code = ERR(send(s, "x", 1, 0));
	closesocket(s);
	return code;
}

/* [MS:send] WSAESHUTDOWN after shutdown(SD_SEND) */
static int send_after_shutdown_send(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	int code;
	shutdown(c, SD_SEND);
	code = ERR(send(c, "x", 1, 0));
	close3(c, srv, lst);
	return code;
}

/* [MS:recv] WSAESHUTDOWN after shutdown(SD_RECEIVE); [wine:test_shutdown] */
static int recv_after_shutdown_receive(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	shutdown(c, SD_RECEIVE);
	set_timeout(c, SO_RCVTIMEO, 200);
	code = ERR(recv(c, buf, sizeof buf, 0));
	close3(c, srv, lst);
	return code;
}

/* [wine:test_shutdown] WSAESHUTDOWN also when data was waiting */
static int recv_after_shutdown_with_data(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	send(srv, "abc", 3, 0);
	wait_readable(c, 2000);
	shutdown(c, SD_RECEIVE);
	code = ERR(recv(c, buf, sizeof buf, 0));
	close3(c, srv, lst);
	return code;
}

/* [wine:test_shutdown] SD_BOTH: recv() says WSAESHUTDOWN */
static int recv_after_shutdown_both(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	shutdown(c, SD_BOTH);
	code = ERR(recv(c, buf, sizeof buf, 0));
	close3(c, srv, lst);
	return code;
}

/* [wine:test_shutdown] SD_BOTH: send() says WSAESHUTDOWN */
static int send_after_shutdown_both(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	int code;
	shutdown(c, SD_BOTH);
	code = ERR(send(c, "x", 1, 0));
	close3(c, srv, lst);
	return code;
}

/* The server side closes with an RST (SO_LINGER 0). */
static SOCKET reset_by_peer(SOCKET *lst)
{
	SOCKET srv, c = connected(&srv, lst);
	struct linger lg;
	lg.l_onoff = 1;
	lg.l_linger = 0;
	setsockopt(srv, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof lg);
	closesocket(srv);
	set_timeout(c, SO_RCVTIMEO, 1000);
	return c;
}

/* [MS:recv] WSAECONNRESET */
static int recv_after_reset(void)
{
	SOCKET lst, c = reset_by_peer(&lst);
	char buf[4];
	int code = ERR(recv(c, buf, sizeof buf, 0));
	closesocket(c);
	closesocket(lst);
	return code;
}

/* [MS:send] WSAECONNRESET */
static int send_after_reset(void)
{
	SOCKET lst, c = reset_by_peer(&lst);
	char buf[4];
	int code;
	recv(c, buf, sizeof buf, 0);
	code = ERR(send(c, "x", 1, 0));
	closesocket(c);
	closesocket(lst);
	return code;
}

/* [MS:recv] "If the connection has been gracefully closed, the return
 * value is zero." Result: recv()'s return value. */
static int recv_peer_closed(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int n;
	closesocket(srv);
	set_timeout(c, SO_RCVTIMEO, 2000);
	n = recv(c, buf, sizeof buf, 0);
	closesocket(c);
	closesocket(lst);
	return n == SOCKET_ERROR ? WSAGetLastError() : n;
}

/* [MS:send] WSAEWOULDBLOCK once the buffers are full (at most 64 MB
 * sent). */
static int send_would_block_when_full(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	static char chunk[65536];
	int i, code = 0;
	set_nonblocking(c);
	for (i = 0; i < 1024 && code == 0; i++)
		code = ERR(send(c, chunk, sizeof chunk, 0));
	close3(c, srv, lst);
	return code;
}

/* [MS:send] WSAENOTSOCK */
static int send_on_closed_socket(void)
{
	SOCKET s = tcp();
	closesocket(s);
	return ERR(send(s, "x", 1, 0));
}

/* [MS:send] WSAEOPNOTSUPP: MSG_OOB on a socket that is not a stream */
static int send_oob_on_udp(void)
{
	SOCKET s = udp_bound();
	struct sockaddr_in a = loopback(port_of(s));
	int code;
	connect(s, (struct sockaddr *)&a, sizeof a);
	code = ERR(send(s, "x", 1, MSG_OOB));
	closesocket(s);
	return code;
}

/* ------------------------------------------------------------ shutdown */

/* [MS:shutdown] WSAENOTCONN */
static int shutdown_not_connected(void)
{
	SOCKET s = tcp();
	int code = ERR(shutdown(s, SD_SEND));
	closesocket(s);
	return code;
}

/* [wine:test_shutdown] a listening socket: WSAENOTCONN */
static int shutdown_listener(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1);
	int code = ERR(shutdown(l, SD_RECEIVE));
	closesocket(l);
	return code;
}

/* [wine:test_shutdown] an unknown how: WSAEINVAL */
static int shutdown_bad_how(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	int code = ERR(shutdown(c, 7));
	close3(c, srv, lst);
	return code;
}

/* [wine:test_shutdown] an unconnected UDP socket may be shut down */
static int shutdown_udp_unconnected(void)
{
	SOCKET s = udp_bound();
	int code = ERR(shutdown(s, SD_RECEIVE));
	closesocket(s);
	return code;
}

/* [wine:test_shutdown] UDP: recvfrom() after SD_RECEIVE is WSAESHUTDOWN */
static int udp_recvfrom_after_shutdown(void)
{
	SOCKET s = udp_bound();
	char buf[8];
	int code;
	set_timeout(s, SO_RCVTIMEO, 200);
	shutdown(s, SD_RECEIVE);
	code = ERR(recvfrom(s, buf, sizeof buf, 0, NULL, NULL));
	closesocket(s);
	return code;
}

/* [wine:test_shutdown] UDP: sendto() after SD_SEND is WSAESHUTDOWN */
static int udp_sendto_after_shutdown(void)
{
	SOCKET s = udp_bound(), c = udp();
	struct sockaddr_in a = loopback(port_of(s));
	int code;
	sendto(c, "x", 1, 0, (struct sockaddr *)&a, sizeof a);
	shutdown(c, SD_SEND);
	code = ERR(sendto(c, "x", 1, 0, (struct sockaddr *)&a, sizeof a));
	closesocket(c);
	closesocket(s);
	return code;
}

/* ------------------------------------------------------------ names */

/* [MS:getpeername] WSAENOTCONN */
static int getpeername_not_connected(void)
{
	SOCKET s = tcp();
	struct sockaddr_in a;
	int len = sizeof a;
	int code = ERR(getpeername(s, (struct sockaddr *)&a, &len));
	closesocket(s);
	return code;
}

/* [MS:getsockname] WSAEINVAL: not bound; [wine:test_getsockname] */
static int getsockname_not_bound(void)
{
	SOCKET s = tcp();
	struct sockaddr_in a;
	int len = sizeof a;
	int code = ERR(getsockname(s, (struct sockaddr *)&a, &len));
	closesocket(s);
	return code;
}

/* [MS:getsockname] WSAEFAULT: namelen too small; [wine:test_getsockname] */
static int getsockname_short_namelen(void)
{
	SOCKET s = udp_bound();
	struct sockaddr_in a;
	int len = sizeof a - 1;
	int code = ERR(getsockname(s, (struct sockaddr *)&a, &len));
	closesocket(s);
	return code;
}

/* [MS:getpeername] WSAEFAULT: namelen too small */
static int getpeername_short_namelen(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	struct sockaddr_in a;
	int len = 4;
	int code = ERR(getpeername(c, (struct sockaddr *)&a, &len));
	close3(c, srv, lst);
	return code;
}

/* ------------------------------------------------------------ socket() */

/* [MS:socket] WSAEAFNOSUPPORT */
static int socket_bad_family(void)
{
	SOCKET s = socket(12345, SOCK_STREAM, 0);
	int code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	return code;
}

/* [MS:socket] WSAESOCKTNOSUPPORT */
static int socket_bad_type(void)
{
	SOCKET s = socket(AF_INET, 12345, 0);
	int code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	return code;
}

/* [MS:socket] WSAEPROTONOSUPPORT */
static int socket_bad_protocol(void)
{
	SOCKET s = socket(AF_INET, SOCK_DGRAM, 12345);
	int code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	return code;
}

/* [MS:socket] WSAEPROTONOSUPPORT: a stream socket cannot carry UDP */
static int socket_stream_with_udp(void)
{
	SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_UDP);
	int code = s == INVALID_SOCKET ? WSAGetLastError() : 0;
	if (s != INVALID_SOCKET)
		closesocket(s);
	return code;
}

/* ------------------------------------------------------------ options */

/* [MS:setsockopt] WSAENOPROTOOPT */
static int setsockopt_bad_option(void)
{
	SOCKET s = tcp();
	int one = 1;
	int code = ERR(setsockopt(s, SOL_SOCKET, 0x7654, (const char *)&one, sizeof one));
	closesocket(s);
	return code;
}

/* [MS:getsockopt] WSAENOPROTOOPT */
static int getsockopt_bad_option(void)
{
	SOCKET s = tcp();
	int v = 0, len = sizeof v;
	int code = ERR(getsockopt(s, SOL_SOCKET, 0x7654, (char *)&v, &len));
	closesocket(s);
	return code;
}

/* [MS:setsockopt] WSAEINVAL: level is not valid; [wine:test_set_getsockopt] */
static int setsockopt_bad_level(void)
{
	SOCKET s = tcp();
	int one = 1;
	int code = ERR(setsockopt(s, 0x7654, 1, (const char *)&one, sizeof one));
	closesocket(s);
	return code;
}

/* [MS:getsockopt] WSAEINVAL: the level is unknown */
static int getsockopt_bad_level(void)
{
	SOCKET s = tcp();
	int v = 0, len = sizeof v;
	int code = ERR(getsockopt(s, 0x7654, 1, (char *)&v, &len));
	closesocket(s);
	return code;
}

/* [MS:getsockopt] WSAEFAULT: optlen too small; [wine:test_set_getsockopt] */
static int getsockopt_short_optlen(void)
{
	SOCKET s = tcp();
	int v = 0, len = 2;
	int code = ERR(getsockopt(s, SOL_SOCKET, SO_RCVBUF, (char *)&v, &len));
	closesocket(s);
	return code;
}

/* [MS:setsockopt] WSAEFAULT: optlen too small; [wine:test_set_getsockopt] */
static int setsockopt_short_optlen(void)
{
	SOCKET s = tcp();
	int v = 65536;
	int code = ERR(setsockopt(s, SOL_SOCKET, SO_RCVBUF, (const char *)&v, 2));
	closesocket(s);
	return code;
}

/* [wine:test_set_getsockopt] a BOOL option takes a single byte */
static int setsockopt_bool_one_byte(void)
{
	SOCKET s = tcp();
	char on = 1;
	int code = ERR(setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &on, 1));
	closesocket(s);
	return code;
}

/* [MS:setsockopt] SO_RCVTIMEO is a DWORD of milliseconds; result: the
 * value read back. */
static int rcvtimeo_round_trip(void)
{
	SOCKET s = tcp();
	DWORD ms = 1500, back = 0;
	int len = sizeof back;
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (const char *)&ms, sizeof ms);
	if (getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (char *)&back, &len) == SOCKET_ERROR)
		back = (DWORD)WSAGetLastError();
	closesocket(s);
	return (int)back;
}

/* [wine:test_listen] SO_ACCEPTCONN cannot be set: WSAENOPROTOOPT */
static int setsockopt_acceptconn(void)
{
	SOCKET s = tcp();
	int one = 1;
	int code = ERR(setsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, (const char *)&one, sizeof one));
	closesocket(s);
	return code;
}

/* ------------------------------------------------------------ UDP */

/* [MS:sendto] WSAEMSGSIZE */
static int udp_message_too_long(void)
{
	static char big[70000];
	SOCKET s = udp();
	struct sockaddr_in a = loopback(closed_port(SOCK_DGRAM));
	int code = ERR(sendto(s, big, (int)sizeof big, 0, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* Sends itself 100 bytes and receives them into 10: *got holds what the
 * buffer has afterwards. */
static int truncated(int use_recvfrom, char *got)
{
	SOCKET s = udp_bound();
	struct sockaddr_in a = loopback(port_of(s)), from;
	char buf[100];
	int i, code, len = sizeof from;
	for (i = 0; i < 100; i++)
		buf[i] = (char)('a' + i % 26);
	set_timeout(s, SO_RCVTIMEO, 1000);
	sendto(s, buf, sizeof buf, 0, (struct sockaddr *)&a, sizeof a);
	memset(got, 0, 10);
	if (use_recvfrom)
		code = ERR(recvfrom(s, got, 10, 0, (struct sockaddr *)&from, &len));
	else
		code = ERR(recv(s, got, 10, 0));
	closesocket(s);
	return code;
}

/* [MS:recv] WSAEMSGSIZE: the datagram was larger than the buffer */
static int udp_recv_truncated(void)
{
	char got[10];
	return truncated(0, got);
}

/* [MS:recvfrom] WSAEMSGSIZE */
static int udp_recvfrom_truncated(void)
{
	char got[10];
	return truncated(1, got);
}

/* [MS:recv] "the buffer is filled with the first part of the datagram":
 * result 0 when the 10 bytes are the first 10 sent. */
static int udp_truncated_keeps_first_bytes(void)
{
	char got[10];
	truncated(0, got);
	return memcmp(got, "abcdefghij", 10) == 0 ? 0 : 1;
}

/* [MS:send] WSAENOTCONN; [wine:test_connect_udp] */
static int udp_send_not_connected(void)
{
	SOCKET s = udp_bound();
	int code = ERR(send(s, "x", 1, 0));
	closesocket(s);
	return code;
}

/* [MS:recv] WSAECONNRESET: "a previous send operation resulted in an ICMP
 * Port Unreachable message" */
static int udp_port_unreachable(void)
{
	SOCKET s = udp();
	struct sockaddr_in a = loopback(closed_port(SOCK_DGRAM));
	char c;
	int code;
	connect(s, (struct sockaddr *)&a, sizeof a);
	set_timeout(s, SO_RCVTIMEO, 1000);
	send(s, "x", 1, 0);
	code = ERR(recv(s, &c, 1, 0));
	closesocket(s);
	return code;
}

/* [MS:recvfrom] WSAECONNRESET, on a socket that is not connected */
static int udp_unconnected_port_unreachable(void)
{
	SOCKET s = udp_bound();
	struct sockaddr_in a = loopback(closed_port(SOCK_DGRAM)), from;
	char c;
	int len = sizeof from, code;
	set_timeout(s, SO_RCVTIMEO, 1000);
	sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof a);
	code = ERR(recvfrom(s, &c, 1, 0, (struct sockaddr *)&from, &len));
	closesocket(s);
	return code;
}

/* [MS:sendto] WSAEADDRNOTAVAIL: port 0 */
static int udp_sendto_port_zero(void)
{
	SOCKET s = udp();
	struct sockaddr_in a = loopback(0);
	int code = ERR(sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	return code;
}

/* [MS:sendto] WSAEADDRNOTAVAIL "for example, ADDR_ANY" */
static int udp_sendto_any_address(void)
{
	SOCKET r = udp_bound(), s = udp();
	struct sockaddr_in a = loopback(port_of(r));
	int code;
	a.sin_addr.s_addr = htonl(INADDR_ANY);
	code = ERR(sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof a));
	closesocket(s);
	closesocket(r);
	return code;
}

/* [MS:sendto] WSAEFAULT: tolen too small */
static int udp_sendto_short_tolen(void)
{
	SOCKET r = udp_bound(), s = udp();
	struct sockaddr_in a = loopback(port_of(r));
	int code = ERR(sendto(s, "x", 1, 0, (struct sockaddr *)&a, 8));
	closesocket(s);
	closesocket(r);
	return code;
}

/* [MS:recvfrom] WSAEFAULT: fromlen too small for the sender's address */
static int udp_recvfrom_short_fromlen(void)
{
	SOCKET s = udp_bound();
	struct sockaddr_in a = loopback(port_of(s)), from;
	char buf[8];
	int len = 4, code;
	set_timeout(s, SO_RCVTIMEO, 1000);
	sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof a);
	code = ERR(recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&from, &len));
	closesocket(s);
	return code;
}

/* [MS:recvfrom] WSAETIMEDOUT on a bound UDP socket with nothing to read */
static int udp_recv_timeout(void)
{
	SOCKET s = udp_bound();
	char buf[8];
	int code;
	set_timeout(s, SO_RCVTIMEO, 100);
	code = ERR(recvfrom(s, buf, sizeof buf, 0, NULL, NULL));
	closesocket(s);
	return code;
}

/* [wine:test_connect_udp] connecting to an all-zero AF_UNSPEC address
 * removes the default peer: getpeername() then says WSAENOTCONN. */
static int udp_connect_unspec_disconnects(void)
{
	SOCKET r = udp_bound(), s = udp();
	struct sockaddr_in a = loopback(port_of(r)), peer;
	int len = sizeof peer, code;
	connect(s, (struct sockaddr *)&a, sizeof a);
	memset(&a, 0, sizeof a);
	a.sin_family = AF_UNSPEC;
	code = ERR(connect(s, (struct sockaddr *)&a, sizeof a));
	if (code == 0)
		code = ERR(getpeername(s, (struct sockaddr *)&peer, &len));
	closesocket(s);
	closesocket(r);
	return code;
}

/* ------------------------------------------------------------ select, WSAPoll */

/* [MS:select] WSAEINVAL: all three descriptor parameters were NULL */
static int select_no_sets(void)
{
	struct timeval tv = { 0, 1000 };
	return ERR(select(0, NULL, NULL, NULL, &tv));
}

/* [wine:test_select] WSAEINVAL: three empty sets */
static int select_empty_sets(void)
{
	fd_set r, w, e;
	struct timeval tv = { 0, 1000 };
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	return ERR(select(0, &r, &w, &e, &tv));
}

/* [MS:select] WSAENOTSOCK; [wine:test_select] */
static int select_not_a_socket(void)
{
	SOCKET s = tcp();
	fd_set r;
	struct timeval tv = { 0, 1000 };
	closesocket(s);
	FD_ZERO(&r);
	FD_SET(s, &r);
	return ERR(select(0, &r, NULL, NULL, &tv));
}

/* [MS:select] WSAEINVAL: the time-out value is not valid */
static int select_negative_timeout(void)
{
	SOCKET s = udp_bound();
	fd_set r;
	struct timeval tv;
	int code;
	tv.tv_sec = -1;
	tv.tv_usec = 0;
	FD_ZERO(&r);
	FD_SET(s, &r);
	code = ERR(select(0, &r, NULL, NULL, &tv));
	closesocket(s);
	return code;
}

/* [MS:select] 0 when the time limit expired; result: select()'s value. */
static int select_times_out(void)
{
	SOCKET s = udp_bound();
	fd_set r;
	struct timeval tv = { 0, 50000 };
	int rc;
	FD_ZERO(&r);
	FD_SET(s, &r);
	rc = select(0, &r, NULL, NULL, &tv);
	closesocket(s);
	return rc == SOCKET_ERROR ? WSAGetLastError() : rc;
}

/* [wine:test_select] a socket that never connected is neither readable
 * nor writable; result: select()'s value. */
static int select_fresh_socket_not_ready(void)
{
	SOCKET s = tcp();
	fd_set r, w;
	struct timeval tv = { 0, 50000 };
	int rc;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(s, &r);
	FD_SET(s, &w);
	rc = select(0, &r, &w, NULL, &tv);
	closesocket(s);
	return rc == SOCKET_ERROR ? WSAGetLastError() : rc;
}

/* [MS:select] readfds: data is available; result: select()'s value. */
static int select_readable_with_data(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	int rc;
	send(srv, "abc", 3, 0);
	rc = wait_readable(c, 2000);
	close3(c, srv, lst);
	return rc == SOCKET_ERROR ? WSAGetLastError() : rc;
}

/* [MS:select] readfds: a listening socket with a connection waiting;
 * result: select()'s value. */
static int select_listener_readable(void)
{
	unsigned short port;
	SOCKET l = listener(&port, 1), c = tcp();
	struct sockaddr_in a = loopback(port);
	int rc;
	connect(c, (struct sockaddr *)&a, sizeof a);
	rc = wait_readable(l, 2000);
	closesocket(c);
	closesocket(l);
	return rc == SOCKET_ERROR ? WSAGetLastError() : rc;
}

/* [wine:test_WSAPoll] WSAEINVAL: no entries */
static int wsapoll_no_entries(void)
{
	return ERR(WSAPoll(NULL, 0, 0));
}

/* [wine:test_WSAPoll] WSAEFAULT: entries at NULL */
static int wsapoll_null_array(void)
{
	return ERR(WSAPoll(NULL, 1, 0));
}

/* [wine:test_WSAPoll] WSAEINVAL: an output-only event asked for */
static int wsapoll_output_only_event(void)
{
	SOCKET s = udp_bound();
	WSAPOLLFD p;
	int code;
	p.fd = s;
	p.events = POLLHUP;
	p.revents = 0;
	code = ERR(WSAPoll(&p, 1, 0));
	closesocket(s);
	return code;
}

/* [wine:test_WSAPoll] an invalid socket: revents is POLLNVAL; result:
 * revents == POLLNVAL ? 0 : 1. */
static int wsapoll_invalid_socket(void)
{
	WSAPOLLFD p;
	p.fd = INVALID_SOCKET;
	p.events = POLLRDNORM;
	p.revents = 0;
	WSAPoll(&p, 1, 0);
	return p.revents == POLLNVAL ? 0 : 1;
}

/* [MS:WSAPoll] POLLRDNORM: normal data can be read; result: 0 when set. */
static int wsapoll_readable(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	WSAPOLLFD p;
	int rc;
	send(srv, "abc", 3, 0);
	p.fd = c;
	p.events = POLLRDNORM;
	p.revents = 0;
	rc = WSAPoll(&p, 1, 2000);
	close3(c, srv, lst);
	if (rc == SOCKET_ERROR)
		return WSAGetLastError();
	return (p.revents & POLLRDNORM) ? 0 : 1;
}

/* [MS:WSAPoll] 0 when the timeout expired; result: WSAPoll()'s value. */
static int wsapoll_times_out(void)
{
	SOCKET s = udp_bound();
	WSAPOLLFD p;
	int rc;
	p.fd = s;
	p.events = POLLRDNORM;
	p.revents = 0;
	rc = WSAPoll(&p, 1, 50);
	closesocket(s);
	return rc == SOCKET_ERROR ? WSAGetLastError() : rc;
}

/* ------------------------------------------------------------ ioctlsocket */

/* [MS:ioctlsocket] FIONREAD: the bytes waiting; result: that number (5). */
static int ioctl_fionread_stream(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	u_long n = 12345;
	int code;
	send(srv, "hello", 5, 0);
	wait_readable(c, 2000);
	code = ERR(ioctlsocket(c, FIONREAD, &n));
	close3(c, srv, lst);
	return code ? code : (int)n;
}

/* [MS:ioctlsocket] FIONREAD on a datagram socket; result: the bytes (7). */
static int ioctl_fionread_datagram(void)
{
	SOCKET s = udp_bound();
	struct sockaddr_in a = loopback(port_of(s));
	u_long n = 12345;
	int code;
	sendto(s, "1234567", 7, 0, (struct sockaddr *)&a, sizeof a);
	wait_readable(s, 2000);
	code = ERR(ioctlsocket(s, FIONREAD, &n));
	closesocket(s);
	return code ? code : (int)n;
}

/* [wine:test_fionread_siocatmark] FIONREAD on a socket with no
 * connection: 0 bytes; result: that number. */
static int ioctl_fionread_unconnected(void)
{
	SOCKET s = tcp();
	u_long n = 12345;
	int code = ERR(ioctlsocket(s, FIONREAD, &n));
	closesocket(s);
	return code ? code : (int)n;
}

/* [MS:ioctlsocket] SIOCATMARK: TRUE when no out-of-band data waits;
 * result: the value (1). */
static int ioctl_siocatmark_no_oob(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	u_long at = 12345;
	int code = ERR(ioctlsocket(c, SIOCATMARK, &at));
	close3(c, srv, lst);
	return code ? code : (int)at;
}

/* [MS:ioctlsocket] SIOCATMARK: FALSE when out-of-band data waits; result:
 * the value (0). */
static int ioctl_siocatmark_oob_waiting(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	u_long at = 12345;
	int code;
	send(srv, "a", 1, MSG_OOB);
	wait_readable(c, 500);
	code = ERR(ioctlsocket(c, SIOCATMARK, &at));
	close3(c, srv, lst);
	return code ? code : (int)at;
}

/* [MS:ioctlsocket] WSAENOTSOCK */
static int ioctl_not_a_socket(void)
{
	SOCKET s = tcp();
	u_long one = 1;
	closesocket(s);
	return ERR(ioctlsocket(s, FIONBIO, &one));
}

/* [MS:ioctlsocket] FIONBIO then recv(): WSAEWOULDBLOCK; FIONBIO 0 again:
 * blocking, and the receive timeout applies: WSAETIMEDOUT. */
static int ioctl_fionbio_off_again(void)
{
	SOCKET srv, lst, c = connected(&srv, &lst);
	u_long zero = 0;
	char buf[4];
	int code;
	set_nonblocking(c);
	ioctlsocket(c, FIONBIO, &zero);
	set_timeout(c, SO_RCVTIMEO, 100);
	code = ERR(recv(c, buf, sizeof buf, 0));
	close3(c, srv, lst);
	return code;
}

/* ------------------------------------------------------------ closesocket */

/* [MS:closesocket] WSAENOTSOCK */
static int closesocket_twice(void)
{
	SOCKET s = tcp();
	closesocket(s);
	return ERR(closesocket(s));
}

/* [MS:closesocket] WSAENOTSOCK: INVALID_SOCKET */
static int closesocket_invalid(void)
{
	return ERR(closesocket(INVALID_SOCKET));
}

/* ------------------------------------------------------------ names */

static int hosts_only(void)
{
	const char *v = getenv("WSAERR_HOSTS_ONLY");
	return v && strcmp(v, "1") == 0;
}

static int gai(const char *host, const char *service, int family, int socktype, int flags)
{
	struct addrinfo hints, *res = NULL;
	int rc;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = family;
	hints.ai_socktype = socktype;
	hints.ai_flags = flags;
	rc = getaddrinfo(host, service, &hints, &res);
	if (res)
		freeaddrinfo(res);
	return rc;
}

/* [MS:getaddrinfo] success, from the hosts file */
static int name_localhost_from_hosts(void)
{
	return gai("localhost", NULL, AF_INET, SOCK_STREAM, 0);
}

/* [MS:getaddrinfo] WSAHOST_NOT_FOUND (EAI_NONAME): not a numeric address */
static int name_not_found_numeric(void)
{
	return gai("999.1.1.1", NULL, AF_INET, SOCK_STREAM, AI_NUMERICHOST);
}

/* [MS:getaddrinfo] WSAHOST_NOT_FOUND (EAI_NONAME): not in the hosts file
 * (and no other name service) */
static int name_not_in_hosts(void)
{
	if (!hosts_only())
		return SKIP;
	return gai("no-such-host.invalid", NULL, AF_INET, SOCK_STREAM, 0);
}

/* [MS:getaddrinfo] getaddrinfo() sets the last error too: result is
 * WSAGetLastError() after a failure. */
static int name_failure_sets_last_error(void)
{
	WSASetLastError(0);
	gai("999.1.1.1", NULL, AF_INET, SOCK_STREAM, AI_NUMERICHOST);
	return WSAGetLastError();
}

/* [MS:getaddrinfo] WSATYPE_NOT_FOUND (EAI_SERVICE) */
static int service_not_found(void)
{
	return gai("127.0.0.1", "no-such-service-wsaerr", AF_INET, SOCK_STREAM, AI_NUMERICHOST);
}

/* [MS:getaddrinfo] WSAEAFNOSUPPORT (EAI_FAMILY) */
static int gai_bad_family(void)
{
	return gai("127.0.0.1", NULL, 12345, SOCK_STREAM, AI_NUMERICHOST);
}

/* [MS:getaddrinfo] WSAESOCKTNOSUPPORT (EAI_SOCKTYPE) */
static int gai_bad_socktype(void)
{
	return gai("127.0.0.1", "80", AF_INET, 12345, AI_NUMERICHOST);
}

/* [MS:getaddrinfo] WSAEINVAL (EAI_BADFLAGS) */
static int gai_bad_flags(void)
{
	return gai("127.0.0.1", NULL, AF_INET, SOCK_STREAM, 0x7FF00000);
}

/* [MS:getaddrinfo] WSAHOST_NOT_FOUND: neither a name nor a service */
static int gai_nothing_to_resolve(void)
{
	return gai(NULL, NULL, AF_INET, SOCK_STREAM, 0);
}

/* [MS:getaddrinfo] the result compares equal to EAI_NONAME; result 0 when
 * it does. */
static int gai_result_is_eai_constant(void)
{
	return gai("999.1.1.1", NULL, AF_INET, SOCK_STREAM, AI_NUMERICHOST) == EAI_NONAME ? 0 : 1;
}

/* [MS:gai_strerror] a message for a getaddrinfo() result; result 0 when
 * it is not empty. */
static int gai_strerror_has_text(void)
{
	const char *m = gai_strerror(EAI_NONAME);
	return m && *m ? 0 : 1;
}

/* [MS:gethostbyname] success, from the hosts file */
static int gethostbyname_localhost(void)
{
	return gethostbyname("localhost") ? 0 : WSAGetLastError();
}

/* [MS:gethostbyname] a numeric address is returned as it is */
static int gethostbyname_numeric(void)
{
	return gethostbyname("127.0.0.1") ? 0 : WSAGetLastError();
}

/* [MS:gethostbyname] WSAHOST_NOT_FOUND */
static int gethostbyname_not_in_hosts(void)
{
	if (!hosts_only())
		return SKIP;
	return gethostbyname("no-such-host.invalid") ? 0 : WSAGetLastError();
}

/* [MS:gethostbyname] "If the name parameter points to an empty string or
 * name is NULL, the returned string is the same as the string returned by
 * a successful gethostname function call": result 0 when "" and the host's
 * own name give the same answer. */
static int gethostbyname_empty_is_local_host(void)
{
	char name[256], first[256];
	struct hostent *h;
	int code;
	if (!hosts_only())
		return SKIP;
	if (gethostname(name, sizeof name) == SOCKET_ERROR)
		return WSAGetLastError();
	h = gethostbyname(name);
	code = h ? 0 : WSAGetLastError();
	first[0] = '\0';
	if (h)
		strncat(first, h->h_name, sizeof first - 1);
	h = gethostbyname("");
	if ((h ? 0 : WSAGetLastError()) != code)
		return 1;
	return h && strcmp(h->h_name, first) != 0 ? 2 : 0;
}

/* [MS:gethostname] success */
static int gethostname_ok(void)
{
	char name[256];
	return ERR(gethostname(name, sizeof name));
}

/* [MS:gethostname] WSAEFAULT: the buffer is too small */
static int gethostname_small_buffer(void)
{
	char name[1];
	return ERR(gethostname(name, sizeof name));
}

struct scenario {
	const char *name;
	int (*run)(void);
	int windows; /* what Windows gives (see the source above each) */
};

/* The first ones run before WSAStartup(); main() starts Winsock after
 * after_last_cleanup. */
static const struct scenario scenarios[] = {
	{ "not_started_socket", not_started_socket, 10093 },
	{ "not_started_gethostbyname", not_started_gethostbyname, 10093 },
	{ "not_started_cleanup", not_started_cleanup, 10093 },
	{ "startup_version_zero", startup_version_zero, 10092 },
	{ "startup_null_data", startup_null_data, 10014 },
	{ "startup_version_offered", startup_version_offered, 0x0202 },
	{ "startup_counted", startup_counted, 0 },
	{ "after_last_cleanup", after_last_cleanup, 10093 },
	{ "connect_refused", connect_refused, 10061 },
	{ "connect_port_zero", connect_port_zero, 10049 },
	{ "connect_any_address", connect_any_address, 10049 },
	{ "connect_short_namelen", connect_short_namelen, 10014 },
	{ "connect_nonblocking", connect_nonblocking, 10035 },
	{ "connect_again_when_connected", connect_again_when_connected, 10056 },
	{ "connect_ipv6_address_on_ipv4_socket", connect_ipv6_address_on_ipv4_socket, 10047 },
	{ "ipv6_connect_refused", ipv6_connect_refused, 10061 },
	{ "connect_listening_socket", connect_listening_socket, 10022 },
	{ "nb_connect_refused_select", nb_connect_refused_select, 10061 },
	{ "nb_connect_succeeds_select", nb_connect_succeeds_select, 0 },
	{ "nb_connect_again_after_success", nb_connect_again_after_success, 10056 },
	{ "nb_connect_refused_wsapoll", nb_connect_refused_wsapoll, 10061 },
	{ "bind_in_use", bind_in_use, 10048 },
	{ "bind_udp_in_use", bind_udp_in_use, 10048 },
	{ "bind_foreign_address", bind_foreign_address, 10049 },
	{ "bind_twice", bind_twice, 10022 },
	{ "bind_short_address", bind_short_address, 10014 },
	{ "bind_ipv6_short_address", bind_ipv6_short_address, 10014 },
	{ "bind_unknown_family", bind_unknown_family, 10047 },
	{ "listen_not_bound", listen_not_bound, 10022 },
	{ "listen_on_udp", listen_on_udp, 10045 },
	{ "listen_connected", listen_connected, 10056 },
	{ "listen_twice", listen_twice, 0 },
	{ "accept_not_listening", accept_not_listening, 10022 },
	{ "accept_would_block", accept_would_block, 10035 },
	{ "accept_short_addrlen", accept_short_addrlen, 10014 },
	{ "accept_on_udp", accept_on_udp, 10045 },
	{ "accept_inherits_nonblocking", accept_inherits_nonblocking, 10035 },
	{ "recv_would_block", recv_would_block, 10035 },
	{ "recv_timeout", recv_timeout, 10060 },
	{ "recv_not_connected", recv_not_connected, 10057 },
	{ "send_not_connected", send_not_connected, 10057 },
	{ "send_after_shutdown_send", send_after_shutdown_send, 10058 },
	{ "recv_after_shutdown_receive", recv_after_shutdown_receive, 10058 },
	{ "recv_after_shutdown_with_data", recv_after_shutdown_with_data, 10058 },
	{ "recv_after_shutdown_both", recv_after_shutdown_both, 10058 },
	{ "send_after_shutdown_both", send_after_shutdown_both, 10058 },
	{ "recv_after_reset", recv_after_reset, 10054 },
	{ "send_after_reset", send_after_reset, 10054 },
	{ "recv_peer_closed", recv_peer_closed, 0 },
	{ "send_would_block_when_full", send_would_block_when_full, 10035 },
	{ "send_on_closed_socket", send_on_closed_socket, 10038 },
	{ "send_oob_on_udp", send_oob_on_udp, 10045 },
	{ "shutdown_not_connected", shutdown_not_connected, 10057 },
	{ "shutdown_listener", shutdown_listener, 10057 },
	{ "shutdown_bad_how", shutdown_bad_how, 10022 },
	{ "shutdown_udp_unconnected", shutdown_udp_unconnected, 0 },
	{ "udp_recvfrom_after_shutdown", udp_recvfrom_after_shutdown, 10058 },
	{ "udp_sendto_after_shutdown", udp_sendto_after_shutdown, 10058 },
	{ "getpeername_not_connected", getpeername_not_connected, 10057 },
	{ "getsockname_not_bound", getsockname_not_bound, 10022 },
	{ "getsockname_short_namelen", getsockname_short_namelen, 10014 },
	{ "getpeername_short_namelen", getpeername_short_namelen, 10014 },
	{ "socket_bad_family", socket_bad_family, 10047 },
	{ "socket_bad_type", socket_bad_type, 10044 },
	{ "socket_bad_protocol", socket_bad_protocol, 10043 },
	{ "socket_stream_with_udp", socket_stream_with_udp, 10043 },
	{ "setsockopt_bad_option", setsockopt_bad_option, 10042 },
	{ "getsockopt_bad_option", getsockopt_bad_option, 10042 },
	{ "setsockopt_bad_level", setsockopt_bad_level, 10022 },
	{ "getsockopt_bad_level", getsockopt_bad_level, 10022 },
	{ "getsockopt_short_optlen", getsockopt_short_optlen, 10014 },
	{ "setsockopt_short_optlen", setsockopt_short_optlen, 10014 },
	{ "setsockopt_bool_one_byte", setsockopt_bool_one_byte, 0 },
	{ "rcvtimeo_round_trip", rcvtimeo_round_trip, 1500 },
	{ "setsockopt_acceptconn", setsockopt_acceptconn, 10042 },
	{ "udp_message_too_long", udp_message_too_long, 10040 },
	{ "udp_recv_truncated", udp_recv_truncated, 10040 },
	{ "udp_recvfrom_truncated", udp_recvfrom_truncated, 10040 },
	{ "udp_truncated_keeps_first_bytes", udp_truncated_keeps_first_bytes, 0 },
	{ "udp_send_not_connected", udp_send_not_connected, 10057 },
	{ "udp_port_unreachable", udp_port_unreachable, 10054 },
	{ "udp_unconnected_port_unreachable", udp_unconnected_port_unreachable, 10054 },
	{ "udp_sendto_port_zero", udp_sendto_port_zero, 10049 },
	{ "udp_sendto_any_address", udp_sendto_any_address, 10049 },
	{ "udp_sendto_short_tolen", udp_sendto_short_tolen, 10014 },
	{ "udp_recvfrom_short_fromlen", udp_recvfrom_short_fromlen, 10014 },
	{ "udp_recv_timeout", udp_recv_timeout, 10060 },
	{ "udp_connect_unspec_disconnects", udp_connect_unspec_disconnects, 10057 },
	{ "select_no_sets", select_no_sets, 10022 },
	{ "select_empty_sets", select_empty_sets, 10022 },
	{ "select_not_a_socket", select_not_a_socket, 10038 },
	{ "select_negative_timeout", select_negative_timeout, 10022 },
	{ "select_times_out", select_times_out, 0 },
	{ "select_fresh_socket_not_ready", select_fresh_socket_not_ready, 0 },
	{ "select_readable_with_data", select_readable_with_data, 1 },
	{ "select_listener_readable", select_listener_readable, 1 },
	{ "wsapoll_no_entries", wsapoll_no_entries, 10022 },
	{ "wsapoll_null_array", wsapoll_null_array, 10014 },
	{ "wsapoll_output_only_event", wsapoll_output_only_event, 10022 },
	{ "wsapoll_invalid_socket", wsapoll_invalid_socket, 0 },
	{ "wsapoll_readable", wsapoll_readable, 0 },
	{ "wsapoll_times_out", wsapoll_times_out, 0 },
	{ "ioctl_fionread_stream", ioctl_fionread_stream, 5 },
	{ "ioctl_fionread_datagram", ioctl_fionread_datagram, 7 },
	{ "ioctl_fionread_unconnected", ioctl_fionread_unconnected, 0 },
	{ "ioctl_siocatmark_no_oob", ioctl_siocatmark_no_oob, 1 },
	{ "ioctl_siocatmark_oob_waiting", ioctl_siocatmark_oob_waiting, 0 },
	{ "ioctl_not_a_socket", ioctl_not_a_socket, 10038 },
	{ "ioctl_fionbio_off_again", ioctl_fionbio_off_again, 10060 },
	{ "closesocket_twice", closesocket_twice, 10038 },
	{ "closesocket_invalid", closesocket_invalid, 10038 },
	{ "name_localhost_from_hosts", name_localhost_from_hosts, 0 },
	{ "name_not_found_numeric", name_not_found_numeric, 11001 },
	{ "name_not_in_hosts", name_not_in_hosts, 11001 },
	{ "name_failure_sets_last_error", name_failure_sets_last_error, 11001 },
	{ "service_not_found", service_not_found, 10109 },
	{ "gai_bad_family", gai_bad_family, 10047 },
	{ "gai_bad_socktype", gai_bad_socktype, 10044 },
	{ "gai_bad_flags", gai_bad_flags, 10022 },
	{ "gai_nothing_to_resolve", gai_nothing_to_resolve, 11001 },
	{ "gai_result_is_eai_constant", gai_result_is_eai_constant, 0 },
	{ "gai_strerror_has_text", gai_strerror_has_text, 0 },
	{ "gethostbyname_localhost", gethostbyname_localhost, 0 },
	{ "gethostbyname_numeric", gethostbyname_numeric, 0 },
	{ "gethostbyname_not_in_hosts", gethostbyname_not_in_hosts, 11001 },
	{ "gethostbyname_empty_is_local_host", gethostbyname_empty_is_local_host, 0 },
	{ "gethostname_ok", gethostname_ok, 0 },
	{ "gethostname_small_buffer", gethostname_small_buffer, 10014 },
};

int main(void)
{
	size_t i;
	WSADATA wsa;

	for (i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++) {
		int result = scenarios[i].run();
		if (result == SKIP)
			printf("%s\tskip\t%d\n", scenarios[i].name, scenarios[i].windows);
		else
			printf("%s\t%d\t%d\n", scenarios[i].name, result, scenarios[i].windows);
		fflush(stdout);
		if (strcmp(scenarios[i].name, "after_last_cleanup") == 0 &&
		    WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
			return 1;
	}
	WSACleanup();
	return 0;
}

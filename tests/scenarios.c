/*
 * Windows parity: provokes real socket errors, on loopback only, and prints
 * the Winsock code each one produces, one "name<TAB>code" line per scenario
 * (0 when the call succeeded).
 *
 * Built natively, the code comes from libwsaerr's wsaerr_capture() (errno
 * translated the way Winsock would report it). Built with MinGW-w64 and run
 * under Wine, it is Winsock's own WSAGetLastError(). tests/parity.sh runs
 * both and compares them; docs/parity.md explains every difference.
 *
 * Only 127.0.0.1, ::1 and ports this program binds itself are used; name
 * lookups are numeric or answered by /etc/hosts ("localhost"). Every wait
 * is bounded by a socket timeout.
 */
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#if !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif

#include <stdio.h>
#include <string.h>

#include "wsaerr.h"

#ifdef _WIN32
typedef SOCKET sock_t;
#define BAD INVALID_SOCKET
#define LAST(op, s) WSAGetLastError()
#define CLOSE(s) closesocket(s)
static int gai_code(int rc) { return rc; }
static int set_nonblocking(sock_t s)
{
	u_long one = 1;
	return ioctlsocket(s, FIONBIO, &one);
}
static void set_timeout(sock_t s, int opt, int ms)
{
	DWORD v = (DWORD)ms;
	setsockopt(s, SOL_SOCKET, opt, (const char *)&v, sizeof v);
}
#else
typedef int sock_t;
#define BAD (-1)
#define LAST(op, s) wsaerr_capture(op, s)
#define CLOSE(s) close(s)
static int gai_code(int rc) { return wsaerr_from_eai(rc, errno); }
static int set_nonblocking(sock_t s)
{
	return fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK);
}
static void set_timeout(sock_t s, int opt, int ms)
{
	struct timeval tv;
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	setsockopt(s, SOL_SOCKET, opt, &tv, sizeof tv);
}
#endif

static struct sockaddr_in loopback(unsigned short port)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(0x7F000001);
	return a;
}

static unsigned short port_of(sock_t s)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	getsockname(s, (struct sockaddr *)&a, &len);
	return ntohs(a.sin_port);
}

/* A TCP listener on 127.0.0.1 and a free port. */
static sock_t listener(unsigned short *port, int backlog)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = loopback(0);
	bind(s, (struct sockaddr *)&a, sizeof a);
	listen(s, backlog);
	*port = port_of(s);
	return s;
}

/* A port on 127.0.0.1 with nothing behind it: bound, then released. */
static unsigned short closed_port(int type)
{
	sock_t s = socket(AF_INET, type, 0);
	struct sockaddr_in a = loopback(0);
	unsigned short p;
	bind(s, (struct sockaddr *)&a, sizeof a);
	p = port_of(s);
	CLOSE(s);
	return p;
}

/* A connected pair: client c, accepted server side *server. */
static sock_t connected(sock_t *server, sock_t *lst)
{
	unsigned short port;
	struct sockaddr_in a;
	sock_t c;
	*lst = listener(&port, 4);
	a = loopback(port);
	c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a, sizeof a);
	*server = accept(*lst, NULL, NULL);
	return c;
}


static int connect_refused(void)
{
	struct sockaddr_in a = loopback(closed_port(SOCK_STREAM));
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code = connect(s, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_CONNECT, s) : 0;
	CLOSE(s);
	return code;
}

static int connect_port_zero(void)
{
	struct sockaddr_in a = loopback(0);
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code = connect(s, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_CONNECT, s) : 0;
	CLOSE(s);
	return code;
}

static int bind_in_use(void)
{
	unsigned short port;
	sock_t l = listener(&port, 1), s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = loopback(port);
	int code = bind(s, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_BIND, s) : 0;
	CLOSE(s);
	CLOSE(l);
	return code;
}

static int bind_foreign_address(void)
{
	/* 192.0.2.1 (TEST-NET-1) is never a local address; bind() sends
	 * nothing. */
	struct sockaddr_in a = loopback(0);
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code;
	a.sin_addr.s_addr = htonl(0xC0000201);
	code = bind(s, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_BIND, s) : 0;
	CLOSE(s);
	return code;
}

static int bind_twice(void)
{
	struct sockaddr_in a = loopback(0);
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code;
	bind(s, (struct sockaddr *)&a, sizeof a);
	code = bind(s, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_BIND, s) : 0;
	CLOSE(s);
	return code;
}

static int bind_short_address(void)
{
	struct sockaddr_in a = loopback(0);
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code = bind(s, (struct sockaddr *)&a, 4) ? LAST(WSAERR_OP_BIND, s) : 0;
	CLOSE(s);
	return code;
}

static int recv_would_block(void)
{
	sock_t srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	set_nonblocking(c);
	code = recv(c, buf, sizeof buf, 0) < 0 ? LAST(WSAERR_OP_RECV, c) : 0;
	CLOSE(c);
	CLOSE(srv);
	CLOSE(lst);
	return code;
}

static int accept_would_block(void)
{
	unsigned short port;
	sock_t l = listener(&port, 1), s;
	int code;
	set_nonblocking(l);
	s = accept(l, NULL, NULL);
	code = s == BAD ? LAST(WSAERR_OP_ACCEPT, l) : 0;
	if (s != BAD)
		CLOSE(s);
	CLOSE(l);
	return code;
}

static int connect_nonblocking(void)
{
	unsigned short port;
	sock_t l = listener(&port, 4), s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = loopback(port);
	int code;
	set_nonblocking(s);
	code = connect(s, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_CONNECT, s) : 0;
	CLOSE(s);
	CLOSE(l);
	return code;
}

static int connect_again_when_connected(void)
{
	sock_t srv, lst, c = connected(&srv, &lst);
	struct sockaddr_in a = loopback(port_of(lst));
	int code = connect(c, (struct sockaddr *)&a, sizeof a) ? LAST(WSAERR_OP_CONNECT, c) : 0;
	CLOSE(c);
	CLOSE(srv);
	CLOSE(lst);
	return code;
}

static int send_not_connected(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code = send(s, "x", 1, 0) < 0 ? LAST(WSAERR_OP_SEND, s) : 0;
	CLOSE(s);
	return code;
}

static int recv_not_connected(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	char c;
	int code = recv(s, &c, 1, 0) < 0 ? LAST(WSAERR_OP_RECV, s) : 0;
	CLOSE(s);
	return code;
}

static int getpeername_not_connected(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	int code = getpeername(s, (struct sockaddr *)&a, &len) ? LAST(WSAERR_OP_NAME, s) : 0;
	CLOSE(s);
	return code;
}

static int getsockname_not_bound(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	int code = getsockname(s, (struct sockaddr *)&a, &len) ? LAST(WSAERR_OP_NAME, s) : 0;
	CLOSE(s);
	return code;
}

static int shutdown_not_connected(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code = shutdown(s, 1) ? LAST(WSAERR_OP_SHUTDOWN, s) : 0;
	CLOSE(s);
	return code;
}

static int send_after_shutdown(void)
{
	sock_t srv, lst, c = connected(&srv, &lst);
	int code;
	shutdown(c, 1);
	code = send(c, "x", 1, 0) < 0 ? LAST(WSAERR_OP_SEND, c) : 0;
	CLOSE(c);
	CLOSE(srv);
	CLOSE(lst);
	return code;
}

static int listen_not_bound(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code = listen(s, 1) ? LAST(WSAERR_OP_LISTEN, s) : 0;
	CLOSE(s);
	return code;
}

static int accept_not_listening(void)
{
	struct sockaddr_in a = loopback(0);
	sock_t s = socket(AF_INET, SOCK_STREAM, 0), t;
	int code;
	bind(s, (struct sockaddr *)&a, sizeof a);
	t = accept(s, NULL, NULL);
	code = t == BAD ? LAST(WSAERR_OP_ACCEPT, s) : 0;
	CLOSE(s);
	return code;
}

static int listen_on_udp(void)
{
	struct sockaddr_in a = loopback(0);
	sock_t s = socket(AF_INET, SOCK_DGRAM, 0);
	int code;
	bind(s, (struct sockaddr *)&a, sizeof a);
	code = listen(s, 1) ? LAST(WSAERR_OP_LISTEN, s) : 0;
	CLOSE(s);
	return code;
}

static int socket_bad_family(void)
{
	sock_t s = socket(12345, SOCK_STREAM, 0);
	int code = s == BAD ? LAST(WSAERR_OP_SOCKET, s) : 0;
	if (s != BAD)
		CLOSE(s);
	return code;
}

static int socket_bad_type(void)
{
	sock_t s = socket(AF_INET, 12345, 0);
	int code = s == BAD ? LAST(WSAERR_OP_SOCKET, s) : 0;
	if (s != BAD)
		CLOSE(s);
	return code;
}

static int socket_bad_protocol(void)
{
	sock_t s = socket(AF_INET, SOCK_DGRAM, 12345);
	int code = s == BAD ? LAST(WSAERR_OP_SOCKET, s) : 0;
	if (s != BAD)
		CLOSE(s);
	return code;
}

static int socket_stream_with_udp(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, IPPROTO_UDP);
	int code = s == BAD ? LAST(WSAERR_OP_SOCKET, s) : 0;
	if (s != BAD)
		CLOSE(s);
	return code;
}

static int send_on_closed_socket(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code;
	CLOSE(s);
	code = send(s, "x", 1, 0) < 0 ? LAST(WSAERR_OP_SEND, s) : 0;
	return code;
}

static int setsockopt_bad_option(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int one = 1;
	int code = setsockopt(s, SOL_SOCKET, 0x7654, (const char *)&one, sizeof one) ?
	           LAST(WSAERR_OP_SOCKOPT, s) : 0;
	CLOSE(s);
	return code;
}

static int getsockopt_bad_option(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int v = 0;
	socklen_t len = sizeof v;
	int code = getsockopt(s, SOL_SOCKET, 0x7654, (char *)&v, &len) ?
	           LAST(WSAERR_OP_SOCKOPT, s) : 0;
	CLOSE(s);
	return code;
}

static int setsockopt_bad_level(void)
{
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int one = 1;
	int code = setsockopt(s, 0x7654, 1, (const char *)&one, sizeof one) ?
	           LAST(WSAERR_OP_SOCKOPT, s) : 0;
	CLOSE(s);
	return code;
}

static int udp_message_too_long(void)
{
	static char big[70000];
	sock_t s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = loopback(closed_port(SOCK_DGRAM));
	int code = sendto(s, big, (int)sizeof big, 0, (struct sockaddr *)&a, sizeof a) < 0 ?
	           LAST(WSAERR_OP_SEND, s) : 0;
	CLOSE(s);
	return code;
}

static int udp_recv_truncated(void)
{
	sock_t s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = loopback(0);
	char buf[100], small[10];
	int code;
	memset(buf, 'x', sizeof buf);
	bind(s, (struct sockaddr *)&a, sizeof a);
	a = loopback(port_of(s));
	set_timeout(s, SO_RCVTIMEO, 1000);
	sendto(s, buf, sizeof buf, 0, (struct sockaddr *)&a, sizeof a);
	code = recv(s, small, sizeof small, 0) < 0 ? LAST(WSAERR_OP_RECV, s) : 0;
	CLOSE(s);
	return code;
}

static int udp_send_not_connected(void)
{
	sock_t s = socket(AF_INET, SOCK_DGRAM, 0);
	int code = send(s, "x", 1, 0) < 0 ? LAST(WSAERR_OP_SEND, s) : 0;
	CLOSE(s);
	return code;
}

static int udp_port_unreachable(void)
{
	sock_t s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = loopback(closed_port(SOCK_DGRAM));
	char c;
	int code;
	connect(s, (struct sockaddr *)&a, sizeof a);
	set_timeout(s, SO_RCVTIMEO, 1000);
	send(s, "x", 1, 0);
	code = recv(s, &c, 1, 0) < 0 ? LAST(WSAERR_OP_RECV, s) : 0;
	CLOSE(s);
	return code;
}

static int recv_timeout(void)
{
	sock_t srv, lst, c = connected(&srv, &lst);
	char buf[4];
	int code;
	set_timeout(c, SO_RCVTIMEO, 100);
	code = recv(c, buf, sizeof buf, 0) < 0 ? LAST(WSAERR_OP_RECV, c) : 0;
	CLOSE(c);
	CLOSE(srv);
	CLOSE(lst);
	return code;
}

/* The server side closes with an RST (SO_LINGER 0). */
static sock_t reset_by_peer(sock_t *lst)
{
	sock_t srv, c = connected(&srv, lst);
	struct linger lg;
	lg.l_onoff = 1;
	lg.l_linger = 0;
	setsockopt(srv, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof lg);
	CLOSE(srv);
	set_timeout(c, SO_RCVTIMEO, 1000);
	return c;
}

static int recv_after_reset(void)
{
	sock_t lst, c = reset_by_peer(&lst);
	char buf[4];
	int code = recv(c, buf, sizeof buf, 0) < 0 ? LAST(WSAERR_OP_RECV, c) : 0;
	CLOSE(c);
	CLOSE(lst);
	return code;
}

static int send_after_reset(void)
{
	sock_t lst, c = reset_by_peer(&lst);
	char buf[4];
	int code;
	recv(c, buf, sizeof buf, 0);
	code = send(c, "x", 1, 0) < 0 ? LAST(WSAERR_OP_SEND, c) : 0;
	CLOSE(c);
	CLOSE(lst);
	return code;
}

static int connect_ipv6_address_on_ipv4_socket(void)
{
	struct sockaddr_in6 a6;
	sock_t s = socket(AF_INET, SOCK_STREAM, 0);
	int code;
	memset(&a6, 0, sizeof a6);
	a6.sin6_family = AF_INET6;
	a6.sin6_port = htons(closed_port(SOCK_STREAM));
	a6.sin6_addr.s6_addr[15] = 1;
	code = connect(s, (struct sockaddr *)&a6, sizeof a6) ? LAST(WSAERR_OP_CONNECT, s) : 0;
	CLOSE(s);
	return code;
}

static int ipv6_connect_refused(void)
{
	struct sockaddr_in6 a6;
	sock_t s = socket(AF_INET6, SOCK_STREAM, 0), b = socket(AF_INET6, SOCK_STREAM, 0);
	socklen_t len = sizeof a6;
	int code;
	memset(&a6, 0, sizeof a6);
	a6.sin6_family = AF_INET6;
	a6.sin6_addr.s6_addr[15] = 1;
	if (s == BAD || b == BAD || bind(b, (struct sockaddr *)&a6, sizeof a6))
		return -1;
	getsockname(b, (struct sockaddr *)&a6, &len);
	CLOSE(b);
	code = connect(s, (struct sockaddr *)&a6, sizeof a6) ? LAST(WSAERR_OP_CONNECT, s) : 0;
	CLOSE(s);
	return code;
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
	return rc ? gai_code(rc) : 0;
}

static int name_localhost_from_hosts(void)
{
	return gai("localhost", NULL, AF_INET, SOCK_STREAM, 0);
}

static int name_not_found_numeric(void)
{
	return gai("999.1.1.1", NULL, AF_INET, SOCK_STREAM, AI_NUMERICHOST);
}

static int service_not_found(void)
{
	return gai("127.0.0.1", "no-such-service-wsaerr", AF_INET, SOCK_STREAM, AI_NUMERICHOST);
}

static int gai_bad_family(void)
{
	return gai("127.0.0.1", NULL, 12345, SOCK_STREAM, AI_NUMERICHOST);
}

static int gai_bad_socktype(void)
{
	return gai("127.0.0.1", "80", AF_INET, 12345, AI_NUMERICHOST);
}

static int gai_bad_flags(void)
{
	return gai("127.0.0.1", NULL, AF_INET, SOCK_STREAM, 0x7FF00000);
}

static int gai_nothing_to_resolve(void)
{
	return gai(NULL, NULL, AF_INET, SOCK_STREAM, 0);
}

struct scenario {
	const char *name;
	int (*run)(void);
	int windows;        /* what Windows reports, from Microsoft's documentation */
};

static const struct scenario scenarios[] = {
	{ "connect_refused", connect_refused, 10061 },
	{ "connect_port_zero", connect_port_zero, 10049 },
	{ "connect_nonblocking", connect_nonblocking, 10035 },
	{ "connect_again_when_connected", connect_again_when_connected, 10056 },
	{ "connect_ipv6_address_on_ipv4_socket", connect_ipv6_address_on_ipv4_socket, 10047 },
	{ "ipv6_connect_refused", ipv6_connect_refused, 10061 },
	{ "bind_in_use", bind_in_use, 10048 },
	{ "bind_foreign_address", bind_foreign_address, 10049 },
	{ "bind_twice", bind_twice, 10022 },
	{ "bind_short_address", bind_short_address, 10014 },
	{ "listen_not_bound", listen_not_bound, 10022 },
	{ "listen_on_udp", listen_on_udp, 10045 },
	{ "accept_not_listening", accept_not_listening, 10022 },
	{ "accept_would_block", accept_would_block, 10035 },
	{ "recv_would_block", recv_would_block, 10035 },
	{ "recv_timeout", recv_timeout, 10060 },
	{ "recv_not_connected", recv_not_connected, 10057 },
	{ "send_not_connected", send_not_connected, 10057 },
	{ "send_after_shutdown", send_after_shutdown, 10058 },
	{ "recv_after_reset", recv_after_reset, 10054 },
	{ "send_after_reset", send_after_reset, 10054 },
	{ "getpeername_not_connected", getpeername_not_connected, 10057 },
	{ "getsockname_not_bound", getsockname_not_bound, 10022 },
	{ "shutdown_not_connected", shutdown_not_connected, 10057 },
	{ "send_on_closed_socket", send_on_closed_socket, 10038 },
	{ "socket_bad_family", socket_bad_family, 10047 },
	{ "socket_bad_type", socket_bad_type, 10044 },
	{ "socket_bad_protocol", socket_bad_protocol, 10043 },
	{ "socket_stream_with_udp", socket_stream_with_udp, 10043 },
	{ "setsockopt_bad_option", setsockopt_bad_option, 10042 },
	{ "getsockopt_bad_option", getsockopt_bad_option, 10042 },
	{ "setsockopt_bad_level", setsockopt_bad_level, 10022 },
	{ "udp_message_too_long", udp_message_too_long, 10040 },
	{ "udp_recv_truncated", udp_recv_truncated, 10040 },
	{ "udp_send_not_connected", udp_send_not_connected, 10057 },
	{ "udp_port_unreachable", udp_port_unreachable, 10054 },
	{ "name_localhost_from_hosts", name_localhost_from_hosts, 0 },
	{ "name_not_found_numeric", name_not_found_numeric, 11001 },
	{ "service_not_found", service_not_found, 10109 },
	{ "gai_bad_family", gai_bad_family, 10047 },
	{ "gai_bad_socktype", gai_bad_socktype, 10044 },
	{ "gai_bad_flags", gai_bad_flags, 10022 },
	{ "gai_nothing_to_resolve", gai_nothing_to_resolve, 11001 },
};

int main(void)
{
	size_t i;
#ifdef _WIN32
	WSADATA wsa;
	if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
		return 1;
#else
	signal(SIGPIPE, SIG_IGN);
#endif
	for (i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++) {
		int code = scenarios[i].run();
		printf("%s\t%d\t%d\n", scenarios[i].name, code, scenarios[i].windows);
		fflush(stdout);
	}
	return 0;
}

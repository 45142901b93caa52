/*
 * Winsock's per-thread "last error" on every platform, and the capture
 * function that answers, after a failed socket call, what Winsock would
 * have reported. On Windows these are WSAGetLastError() and
 * WSASetLastError() themselves.
 */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include "src/internal.h"

#include <errno.h>

#ifdef _WIN32
#include <winsock2.h>

int wsaerr_get_last(void)
{
	return WSAGetLastError();
}

void wsaerr_set_last(int code)
{
	WSASetLastError(code);
}

int wsaerr_capture(int op, wsaerr_socket s)
{
	(void)op;
	(void)s;
	return WSAGetLastError();
}

#else
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define THREAD_LOCAL _Thread_local
#else
#define THREAD_LOCAL __thread
#endif

/* The thread's last error and the errno it was taken from, so that a later
 * change of errno (a new failure) is noticed by wsaerr_get_last(). */
static THREAD_LOCAL int last_code;
static THREAD_LOCAL int last_errno;
static THREAD_LOCAL int last_valid;

static void store(int code, int err)
{
	last_code = code;
	last_errno = err;
	last_valid = 1;
}

int wsaerr_get_last(void)
{
	int err = errno;

	if (!last_valid || err != last_errno)
		store(wsaerr_from_errno(err), err);
	return last_code;
}

void wsaerr_set_last(int code)
{
	store(code, errno);
}

static int is_nonblocking(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	return fl != -1 && (fl & O_NONBLOCK);
}

/* 1 when the socket has a send or receive timeout set. */
static int has_timeout(int fd, int opt)
{
	struct timeval tv;
	socklen_t len = sizeof tv;

	if (getsockopt(fd, SOL_SOCKET, opt, &tv, &len) != 0)
		return 0;
	return tv.tv_sec != 0 || tv.tv_usec != 0;
}

/* 1 when an IP socket has no local port: it was never bound nor
 * connected. */
static int never_connected(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0)
		return 0;
	if (ss.ss_family == AF_INET)
		return ((struct sockaddr_in *)&ss)->sin_port == 0;
#ifdef AF_INET6
	if (ss.ss_family == AF_INET6)
		return ((struct sockaddr_in6 *)&ss)->sin6_port == 0;
#endif
	return 0;
}

static int socket_type(int fd)
{
	int type = 0;
	socklen_t len = sizeof type;

	if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0)
		return -1;
	return type;
}

/* What Winsock would report for errno err after op failed on fd. */
static int refine(int op, int fd, int err)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	if (err == 0)
		return 0;
	if ((err == EAGAIN || err == EWOULDBLOCK) &&
	    (op == WSAERR_OP_RECV || op == WSAERR_OP_SEND) && !is_nonblocking(fd) &&
	    has_timeout(fd, op == WSAERR_OP_RECV ? SO_RCVTIMEO : SO_SNDTIMEO))
		return wsaerr_from_errno(ETIMEDOUT);
	if (err == EBADF && op != WSAERR_OP_OTHER)
		return wsaerr_from_errno(ENOTSOCK);
	if (err == EPIPE && op == WSAERR_OP_SEND) {
		/* The peer is still there: we shut the socket down ourselves. */
		if (getpeername(fd, (struct sockaddr *)&ss, &len) == 0)
			return wsaerr_from_errno(ESHUTDOWN);
		/* Never connected (Linux says EPIPE for a send on a fresh TCP
		 * socket): Winsock says WSAENOTCONN. Otherwise the connection was
		 * reset. */
		return never_connected(fd) ? wsaerr_from_errno(ENOTCONN)
		                           : wsaerr_from_errno(ECONNRESET);
	}
	if (err == EDESTADDRREQ && op == WSAERR_OP_SEND)
		return wsaerr_from_errno(ENOTCONN);
	if (err == ECONNREFUSED && op == WSAERR_OP_RECV && socket_type(fd) == SOCK_DGRAM)
		/* An ICMP "port unreachable" for an earlier datagram. */
		return wsaerr_from_errno(ECONNRESET);
	if (err == EINVAL && op == WSAERR_OP_SOCKET)
		/* Linux and the BSDs say EINVAL for an unknown socket type. */
		return wsaerr_from_errno(ESOCKTNOSUPPORT);
	return wsaerr_from_errno(err);
}

int wsaerr_capture(int op, wsaerr_socket s)
{
	int saved = errno;
	int code = refine(op, s, saved);

	store(code, saved);
	errno = saved;
	return code;
}
#endif

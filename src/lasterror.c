/*
 * Winsock's per-thread "last error" on every platform, and the capture
 * functions that answer, after a failed socket call, what Winsock would
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

int wsaerr_get_last_stored(void)
{
	return WSAGetLastError();
}

void wsaerr_set_last(int code)
{
	WSASetLastError(code);
}

int wsaerr_capture(wsaerr_op op, wsaerr_socket s)
{
	(void)op;
	(void)s;
	return WSAGetLastError();
}

int wsaerr_capture_errno(wsaerr_op op, wsaerr_socket s, int err)
{
	(void)op;
	(void)s;
	WSASetLastError(err);
	return err;
}

int wsaerr_capture_pending(wsaerr_socket s)
{
	int err = 0, len = sizeof err;

	if (getsockopt((SOCKET)s, SOL_SOCKET, SO_ERROR, (char *)&err, &len) != 0)
		return WSAGetLastError();
	if (err)
		WSASetLastError(err);
	return err;
}

int wsaerr_capture_poll(const struct pollfd *p)
{
	int code;

	if (p->revents & POLLNVAL) {
		WSASetLastError(WSAENOTSOCK);
		return WSAENOTSOCK;
	}
	if (!(p->revents & POLLERR))
		return 0;
	code = wsaerr_capture_pending(p->fd);
	if (code == 0) {
		code = WSAECONNRESET;
		WSASetLastError(code);
	}
	return code;
}

int wsaerr_capture_eai(int rc, int err)
{
	(void)err;
	if (rc)
		WSASetLastError(rc);
	return rc;
}

int wsaerr_capture_h_errno(int h)
{
	if (h)
		WSASetLastError(h);
	return h;
}

#else
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
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

/* The closest Winsock code for an errno Winsock has none for: Winsock never
 * reports -1, so neither do we. */
static const int closest_codes[][2] = {
#ifdef ENOSPC
	{ ENOSPC, 10055 }, /* WSAENOBUFS */
#endif
#ifdef ENOSR
	{ ENOSR, 10055 },
#endif
#ifdef EIO
	{ EIO, 10050 }, /* WSAENETDOWN */
#endif
#ifdef ENODEV
	{ ENODEV, 10050 },
#endif
#ifdef ENXIO
	{ ENXIO, 10050 },
#endif
	{ 0, 10107 } /* WSASYSCALLFAILURE: a system call failed */
};

static int closest(int err)
{
	int code = wsaerr_from_errno(err);
	size_t i;

	if (code != WSAERR_NONE)
		return code;
	for (i = 0; closest_codes[i][0] != 0 && closest_codes[i][0] != err; i++)
		;
	return closest_codes[i][1];
}

int wsaerr_get_last_stored(void)
{
	return last_valid ? last_code : 0;
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

static int has_peer(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	return getpeername(fd, (struct sockaddr *)&ss, &len) == 0;
}

/* What Winsock would report for errno err after op failed on fd. */
static int refine(int op, int fd, int err)
{
	if (err == 0)
		return 0;
	if ((err == EAGAIN || err == EWOULDBLOCK) &&
	    (op == WSAERR_OP_ID_RECV || op == WSAERR_OP_ID_SEND) && !is_nonblocking(fd) &&
	    has_timeout(fd, op == WSAERR_OP_ID_RECV ? SO_RCVTIMEO : SO_SNDTIMEO))
		return wsaerr_from_errno(ETIMEDOUT);
	if (err == EBADF && op != WSAERR_OP_ID_OTHER)
		return wsaerr_from_errno(ENOTSOCK);
	if (err == EPIPE && op == WSAERR_OP_ID_SEND) {
		/* The peer is still there: we shut the socket down ourselves. */
		if (has_peer(fd))
			return wsaerr_from_errno(ESHUTDOWN);
		/* Never connected (Linux says EPIPE for a send on a fresh TCP
		 * socket): Winsock says WSAENOTCONN. Otherwise the connection was
		 * reset. */
		return never_connected(fd) ? wsaerr_from_errno(ENOTCONN)
		                           : wsaerr_from_errno(ECONNRESET);
	}
	if (err == EDESTADDRREQ && op == WSAERR_OP_ID_SEND)
		return wsaerr_from_errno(ENOTCONN);
	if (err == ECONNREFUSED && (op == WSAERR_OP_ID_RECV || op == WSAERR_OP_ID_SEND) &&
	    socket_type(fd) == SOCK_DGRAM)
		/* An ICMP "port unreachable" for an earlier datagram. */
		return wsaerr_from_errno(ECONNRESET);
	if (err == EINVAL && op == WSAERR_OP_ID_SOCKET)
		/* Linux and the BSDs say EINVAL for an unknown socket type. */
		return wsaerr_from_errno(ESOCKTNOSUPPORT);
	if (err == EINVAL && op == WSAERR_OP_ID_LISTEN && has_peer(fd))
		/* Linux: EINVAL for listen() on a connected socket. */
		return wsaerr_from_errno(EISCONN);
#ifdef ENOTTY
	if (err == ENOTTY && op == WSAERR_OP_ID_IOCTL)
		/* A request the socket does not know. */
		return wsaerr_from_errno(EINVAL);
#endif
	return closest(err);
}

int wsaerr_get_last(void)
{
	int err = errno;

	if (!last_valid || err != last_errno)
		store(refine(WSAERR_OP_ID_OTHER, -1, err), err);
	return last_code;
}

int wsaerr_capture_errno(wsaerr_op op, wsaerr_socket s, int err)
{
	int saved = errno;
	int code = refine(op.id, s, err);

	errno = saved;
	store(code, saved);
	return code;
}

int wsaerr_capture(wsaerr_op op, wsaerr_socket s)
{
	int saved = errno;
	int code = refine(op.id, s, saved);

	store(code, saved);
	errno = saved;
	return code;
}

int wsaerr_capture_pending(wsaerr_socket s)
{
	int saved = errno, err = 0, code;
	socklen_t len = sizeof err;

	if (getsockopt(s, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
		code = 10038; /* WSAENOTSOCK */
	else if (err == 0)
		code = 0;
	else
		code = refine(WSAERR_OP_ID_CONNECT, s, err);
	errno = saved;
	if (code)
		store(code, saved);
	return code;
}

int wsaerr_capture_poll(const struct pollfd *p)
{
	int code;

	if (p->revents & POLLNVAL) {
		store(10038, errno); /* WSAENOTSOCK */
		return 10038;
	}
	if (!(p->revents & POLLERR))
		return 0;
	code = wsaerr_capture_pending(p->fd);
	if (code == 0) {
		code = 10054; /* WSAECONNRESET */
		store(code, errno);
	}
	return code;
}

int wsaerr_capture_eai(int rc, int err)
{
	int code;

	if (rc == 0)
		return 0;
	code = wsaerr_from_eai(rc, err);
	if (code == WSAERR_NONE || code == 0)
		code = 11003; /* WSANO_RECOVERY */
	store(code, errno);
	return code;
}

int wsaerr_capture_h_errno(int h)
{
	int code;

	if (h == 0)
		return 0;
	code = wsaerr_from_h_errno(h);
	if (code == WSAERR_NONE || code == 0)
		code = 11003; /* WSANO_RECOVERY */
	store(code, errno);
	return code;
}
#endif

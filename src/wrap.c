/*
 * libwsaerr: Winsock's calls on POSIX systems with Winsock's errors
 * (include/wsaerr_wrap.h, read through <wsaerr_compat.h> with WSAERR_WRAP).
 * Each wrapper calls the system's function and sets the thread's last
 * error as Windows would, from the errno, the arguments and, where the
 * system does not tell, a little memory per socket: a fixed table indexed
 * by descriptor, updated with atomic operations, no allocation.
 *
 * Where a rule comes from: Microsoft's reference page of the function
 * (learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-<name>),
 * and where the page is silent, Wine's conformance tests
 * (dlls/ws2_32/tests/sock.c), which assert what Windows does. docs/parity.md
 * lists the scenarios that check each rule against Winsock.
 */
#ifdef _WIN32
/* Windows has the real Winsock: nothing to wrap. */
typedef int wsaerr_wrap_unused;
#else

#if !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE 1
#endif

#define WSAERR_WRAP 1
#define WSAERR_WRAP_IMPL 1
#include "wsaerr_compat.h"

#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Length pointers are int * on Windows and socklen_t * here; the wrappers
 * accept both because both are 4 bytes. */
typedef char socklen_is_int_sized[sizeof(socklen_t) == sizeof(int) ? 1 : -1];

#ifdef MSG_NOSIGNAL
#define NOSIGNAL MSG_NOSIGNAL
#else
#define NOSIGNAL 0
#endif

/* ---- atomics (gcc, clang); a mutex elsewhere --------------------------- */

#if defined(__GNUC__) || defined(__clang__)
#define LOAD(p) __atomic_load_n(p, __ATOMIC_ACQUIRE)
#define STORE(p, v) __atomic_store_n(p, v, __ATOMIC_RELEASE)
#define CAS(p, old, v) __atomic_compare_exchange_n(p, old, v, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
#else
#include <pthread.h>
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long long load_u64(unsigned long long *p)
{
	unsigned long long v;
	pthread_mutex_lock(&lock);
	v = *p;
	pthread_mutex_unlock(&lock);
	return v;
}
static int cas_u64(unsigned long long *p, unsigned long long *old, unsigned long long v)
{
	int ok;
	pthread_mutex_lock(&lock);
	ok = *p == *old;
	if (ok)
		*p = v;
	else
		*old = *p;
	pthread_mutex_unlock(&lock);
	return ok;
}
#define LOAD(p) load_u64(p)
#define CAS(p, old, v) cas_u64(p, old, v)
#define STORE(p, v) \
	do { \
		unsigned long long o_ = LOAD(p); \
		while (!CAS(p, &o_, v)) \
			; \
	} while (0)
#endif

/* ---- the last error ---------------------------------------------------- */

/* A failure Windows reports and the system did not: the thread's last error
 * is code, errno the nearest errno. */
static int fail(int code)
{
	int e = wsaerr_to_errno(code);

	errno = e == WSAERR_NONE ? EINVAL : e;
	wsaerr_set_last(code);
	return SOCKET_ERROR;
}

/* A failure Windows reports differently from the system's errno, which is
 * kept. */
static int fail_keep(int code, int err)
{
	errno = err;
	wsaerr_set_last(code);
	return SOCKET_ERROR;
}

/* The system call failed: errno says why, op and s say where. */
static int failed(wsaerr_op op, int s)
{
	wsaerr_capture(op, s);
	return SOCKET_ERROR;
}

/* ---- WSAStartup ------------------------------------------------------- */

/* WSAStartup() calls not yet balanced by WSACleanup(). */
static unsigned long long started;

#define NEED_STARTUP(ret) \
	do { \
		if (LOAD(&started) == 0) { \
			fail(WSANOTINITIALISED); \
			return ret; \
		} \
	} while (0)

int wsaerr_wrap_WSAStartup(WORD version, WSADATA *data)
{
	unsigned long long n;

	/* As Windows 10 fills it (and Wine, dlls/ws2_32/socket.c). */
	if (data) {
		if (!LOBYTE(version) || LOBYTE(version) > 2 ||
		    (LOBYTE(version) == 2 && HIBYTE(version) > 2))
			data->wVersion = MAKEWORD(2, 2);
		else if (LOBYTE(version) == 1 && HIBYTE(version) > 1)
			data->wVersion = MAKEWORD(1, 1);
		else
			data->wVersion = version;
		data->wHighVersion = MAKEWORD(2, 2);
		strcpy(data->szDescription, "WinSock 2.0");
		strcpy(data->szSystemStatus, "Running");
		data->iMaxSockets = LOBYTE(version) == 1 ? 32767 : 0;
		data->iMaxUdpDg = LOBYTE(version) == 1 ? 65467 : 0;
		data->lpVendorInfo = NULL;
	}
	if (!LOBYTE(version))
		return WSAVERNOTSUPPORTED;
	if (!data)
		return WSAEFAULT;
	n = LOAD(&started);
	while (!CAS(&started, &n, n + 1))
		;
	return 0;
}

int wsaerr_wrap_WSACleanup(void)
{
	unsigned long long n = LOAD(&started);

	do {
		if (n == 0)
			return fail(WSANOTINITIALISED);
	} while (!CAS(&started, &n, n - 1));
	return 0;
}

/* ---- what Windows remembers per socket -------------------------------- */

/* Per descriptor: the socket's identity (its inode, so that a descriptor
 * closed behind our back and reused is noticed) << 8 | the flags below;
 * 0 when nothing is remembered. */
static unsigned long long sockmem[WSAERR_WRAP_MAX_FD];

/* The flags: shutdown(SD_RECEIVE or SD_BOTH); shutdown(SD_SEND or SD_BOTH);
 * a non-blocking connect() is under way; and Linux will report its success
 * to the next connect() with 0; a stream socket made by socket() or
 * accept(), for which recv() needs no check for cut datagrams (read without
 * checking the identity: if stale, the only loss is that check). */
#define MEM_SHUT_RD 1u
#define MEM_SHUT_WR 2u
#define MEM_CONNECTING 4u
#define MEM_CONNECT_OWED 8u
#define MEM_STREAM 16u

/* The identity of an open socket (never 0), or 0 when fd is not one. */
static unsigned long long identity(int fd)
{
	struct stat st;

	if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode))
		return 0;
	return ((unsigned long long)st.st_ino & ((1ull << 55) - 1)) | (1ull << 55);
}

/* The flags remembered for fd; only those of want are looked at, and the
 * socket's identity is checked only when one of them is set. */
static unsigned mem_get(int fd, unsigned want)
{
	unsigned long long v;

	if (fd < 0 || fd >= WSAERR_WRAP_MAX_FD)
		return 0;
	v = LOAD(&sockmem[fd]);
	if (!(v & want))
		return 0;
	if ((v >> 8) != identity(fd)) {
		/* Another socket now: forget the old one's flags. */
		CAS(&sockmem[fd], &v, 0);
		return 0;
	}
	return (unsigned)(v & want);
}

static void mem_change(int fd, unsigned set, unsigned clear)
{
	unsigned long long id, v, nv;
	unsigned flags;

	if (fd < 0 || fd >= WSAERR_WRAP_MAX_FD)
		return;
	/* fd holds a socket: the caller's call on it just succeeded. */
	id = identity(fd);
	v = LOAD(&sockmem[fd]);
	do {
		flags = (v >> 8) == id ? (unsigned)(v & 0xFF) : 0;
		flags = (flags | set) & ~clear;
		nv = flags ? (id << 8) | flags : 0;
	} while (!CAS(&sockmem[fd], &v, nv));
}

static void mem_forget(int fd)
{
	if (fd >= 0 && fd < WSAERR_WRAP_MAX_FD)
		STORE(&sockmem[fd], 0ull);
}

/* ---- small helpers ---------------------------------------------------- */

static int get_len(const void *p)
{
	int v;
	memcpy(&v, p, sizeof v);
	return v;
}

static void set_len(void *p, int v)
{
	memcpy(p, &v, sizeof v);
}

static int sock_type(int s)
{
	int type = -1;
	socklen_t len = sizeof type;

	if (getsockopt(s, SOL_SOCKET, SO_TYPE, &type, &len) != 0)
		return -1;
	return type;
}

static int is_listening(int s)
{
	int on = 0;
	socklen_t len = sizeof on;

	return getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &on, &len) == 0 && on;
}

static int nonblocking(int s)
{
	int fl = fcntl(s, F_GETFL);
	return fl != -1 && (fl & O_NONBLOCK);
}

static void no_sigpipe(int s)
{
#if !defined(MSG_NOSIGNAL) && defined(SO_NOSIGPIPE)
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#else
	(void)s;
#endif
}

/* The bytes an address of a family needs (Windows wants the whole
 * SOCKADDR_IN or SOCKADDR_IN6); for other families, the family field. */
static int family_size(int family)
{
	if (family == AF_INET)
		return (int)sizeof(struct sockaddr_in);
	if (family == AF_INET6)
		return (int)sizeof(struct sockaddr_in6);
	return (int)(offsetof(struct sockaddr, sa_family) +
	             sizeof(((struct sockaddr *)0)->sa_family));
}

/* 1 when name and len hold a whole address of its family. */
static int address_ok(const struct sockaddr *name, int len)
{
	if (name == NULL || len < family_size(AF_UNSPEC))
		return 0;
	return len >= family_size(name->sa_family);
}

/* 1 for ::, the IPv6 wildcard address. */
static int any6(const struct in6_addr *a)
{
	static const struct in6_addr zero;
	return memcmp(a, &zero, sizeof zero) == 0;
}

/* 1 for a remote address Windows refuses: port 0, or the any address. */
static int remote_unusable(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
		return a->sin_port == 0 || a->sin_addr.s_addr == htonl(INADDR_ANY);
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
		return a->sin6_port == 0 || any6(&a->sin6_addr);
	}
	return 0;
}

/* 1 for the wildcard address; sa is IPv4 or IPv6. */
static int any_address(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET)
		return ((const struct sockaddr_in *)sa)->sin_addr.s_addr == htonl(INADDR_ANY);
	return any6(&((const struct sockaddr_in6 *)sa)->sin6_addr);
}

/* 1 when an IP address has port 0; 0 otherwise. */
static int port_zero(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET)
		return ((const struct sockaddr_in *)ss)->sin_port == 0;
	if (ss->ss_family == AF_INET6)
		return ((const struct sockaddr_in6 *)ss)->sin6_port == 0;
	return 0;
}

/* 1 when s is an IP socket that was never bound (nor connected). */
static int never_bound(int s)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;

	return getsockname(s, (struct sockaddr *)&ss, &len) == 0 && port_zero(&ss);
}

/* Windows reports an ICMP "port unreachable" to the UDP socket that sent
 * the datagram, connected or not (WSAECONNRESET from the next receive);
 * Linux does for a connected socket only, unless IP_RECVERR is on. */
static void icmp_errors(int s, int af)
{
#if defined(IP_RECVERR) && defined(IPV6_RECVERR)
	int one = 1;
	if (af == AF_INET)
		setsockopt(s, IPPROTO_IP, IP_RECVERR, &one, sizeof one);
	else if (af == AF_INET6)
		setsockopt(s, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof one);
#else
	(void)s;
	(void)af;
#endif
}

/* After an ICMP error was reported: empties the queue IP_RECVERR fills, so
 * that the socket does not stay "in error" for select() and poll(). At most
 * 64 entries; errno is kept. */
static void drain_icmp_errors(int s)
{
#ifdef MSG_ERRQUEUE
	int i, saved = errno;
	for (i = 0; i < 64; i++) {
		char data[64], control[512];
		struct iovec iov;
		struct msghdr m;
		iov.iov_base = data;
		iov.iov_len = sizeof data;
		memset(&m, 0, sizeof m);
		m.msg_iov = &iov;
		m.msg_iovlen = 1;
		m.msg_control = control;
		m.msg_controllen = sizeof control;
		if (recvmsg(s, &m, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
			break;
	}
	errno = saved;
#else
	(void)s;
#endif
}

/* A send or receive on s failed with errno: reports it, and clears what
 * IP_RECVERR queued for an ICMP error. */
static int failed_io(wsaerr_op op, int s)
{
	int err = errno;
	if (err == ECONNREFUSED || err == EHOSTUNREACH || err == ENETUNREACH || err == EMSGSIZE)
		drain_icmp_errors(s);
	errno = err;
	return failed(op, s);
}

/* ---- socket, bind, listen, accept, connect ---------------------------- */

SOCKET wsaerr_wrap_socket(int af, int type, int protocol)
{
	int fd, base = type;

	NEED_STARTUP(INVALID_SOCKET);
	fd = socket(af, type, protocol);
	if (fd < 0) {
		int err = errno;
#ifdef SOCK_NONBLOCK
		base &= ~SOCK_NONBLOCK;
#endif
#ifdef SOCK_CLOEXEC
		base &= ~SOCK_CLOEXEC;
#endif
		if (err == EINVAL) {
			/* Linux says EINVAL for a bad type and for a protocol
			 * number it cannot even look up; Windows separates them. */
			if (base != SOCK_STREAM && base != SOCK_DGRAM && base != SOCK_RAW &&
			    base != SOCK_SEQPACKET
#ifdef SOCK_RDM
			    && base != SOCK_RDM
#endif
			)
				return fail_keep(WSAESOCKTNOSUPPORT, err);
			if (protocol != 0)
				return fail_keep(WSAEPROTONOSUPPORT, err);
		}
		return failed(WSAERR_OP_SOCKET, WSAERR_NO_SOCKET);
	}
	mem_forget(fd);
	no_sigpipe(fd);
	if (base == SOCK_DGRAM)
		icmp_errors(fd, af);
	if (base == SOCK_STREAM)
		mem_change(fd, MEM_STREAM, 0);
	return fd;
}

int wsaerr_wrap_bind(SOCKET s, const struct sockaddr *name, int namelen)
{
	NEED_STARTUP(SOCKET_ERROR);
	if (!address_ok(name, namelen))
		return fail(WSAEFAULT);
	if (bind(s, name, (socklen_t)namelen) == 0)
		return 0;
	return failed(WSAERR_OP_BIND, s);
}

int wsaerr_wrap_listen(SOCKET s, int backlog)
{
	NEED_STARTUP(SOCKET_ERROR);
	/* The system would bind the socket to a free port; Windows refuses. */
	if (never_bound(s))
		return fail(WSAEINVAL);
	if (listen(s, backlog) == 0)
		return 0;
	return failed(WSAERR_OP_LISTEN, s);
}

SOCKET wsaerr_wrap_accept(SOCKET s, struct sockaddr *addr, void *addrlen)
{
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	int fd, alen = 0;

	NEED_STARTUP(INVALID_SOCKET);
	if (addr != NULL) {
		if (addrlen == NULL)
			return fail(WSAEFAULT);
		alen = get_len(addrlen);
		if (alen < family_size(AF_INET6)) {
			/* Too small for the listener's family? Checked before a
			 * connection is taken, as Windows does. */
			socklen_t l = sizeof ss;
			if (getsockname(s, (struct sockaddr *)&ss, &l) == 0 &&
			    alen < family_size(ss.ss_family))
				return fail(WSAEFAULT);
		}
	}
	fd = accept(s, addr ? (struct sockaddr *)&ss : NULL, addr ? &sl : NULL);
	if (fd < 0)
		return failed(WSAERR_OP_ACCEPT, s);
	if (addr != NULL) {
		memcpy(addr, &ss, (size_t)((int)sl < alen ? (int)sl : alen));
		set_len(addrlen, (int)sl);
	}
	/* Windows: the new socket has the listening socket's properties,
	 * non-blocking mode included. */
	if (nonblocking(s))
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	mem_forget(fd);
	no_sigpipe(fd);
	mem_change(fd, MEM_STREAM, 0);
	return fd;
}

int wsaerr_wrap_connect(SOCKET s, const struct sockaddr *name, int namelen)
{
	unsigned was;
	int err;

	NEED_STARTUP(SOCKET_ERROR);
	if (!address_ok(name, namelen))
		return fail(WSAEFAULT);
	if (remote_unusable(name)) {
		int type = sock_type(s);
		if (type < 0)
			return failed(WSAERR_OP_CONNECT, s);
		if (type == SOCK_DGRAM && any_address(name)) {
			/* Windows: an all-zero address removes a UDP socket's
			 * default peer. */
			struct sockaddr un;
			memset(&un, 0, sizeof un);
			un.sa_family = AF_UNSPEC;
			connect(s, &un, sizeof un);
			return 0;
		}
		return fail(WSAEADDRNOTAVAIL);
	}
	was = mem_get(s, MEM_CONNECTING | MEM_CONNECT_OWED);
	if (connect(s, name, (socklen_t)namelen) == 0) {
		if (was) {
			/* Linux reports a finished non-blocking connect once
			 * with 0; Windows says WSAEISCONN. */
			mem_change(s, 0, MEM_CONNECTING | MEM_CONNECT_OWED);
			return fail(WSAEISCONN);
		}
		return 0;
	}
	err = errno;
	if (err == EINPROGRESS) {
		mem_change(s, MEM_CONNECTING | MEM_CONNECT_OWED, 0);
		errno = err;
		return failed(WSAERR_OP_CONNECT, s);
	}
	if (err != EALREADY && was)
		mem_change(s, 0, MEM_CONNECTING | MEM_CONNECT_OWED);
	if (err == EISCONN && is_listening(s))
		return fail_keep(WSAEINVAL, err);
	errno = err;
	return failed(WSAERR_OP_CONNECT, s);
}

/* ---- send, recv ------------------------------------------------------- */

int wsaerr_wrap_send(SOCKET s, const void *buf, int len, int flags)
{
	ssize_t n;

	NEED_STARTUP(SOCKET_ERROR);
	if (mem_get(s, MEM_SHUT_WR))
		return fail(WSAESHUTDOWN);
	if (len < 0)
		return fail(WSAEFAULT); /* buf cannot hold a negative length */
	n = send(s, buf, (size_t)len, flags | NOSIGNAL);
	if (n >= 0)
		return (int)n;
	return failed_io(WSAERR_OP_SEND, s);
}

int wsaerr_wrap_sendto(SOCKET s, const void *buf, int len, int flags, const struct sockaddr *to,
                       int tolen)
{
	ssize_t n;

	NEED_STARTUP(SOCKET_ERROR);
	if (to != NULL) {
		int bad = !address_ok(to, tolen) ? WSAEFAULT
		          : remote_unusable(to)  ? WSAEADDRNOTAVAIL
		                                 : 0;
		if (bad) {
			int type = sock_type(s);
			if (type < 0)
				return failed(WSAERR_OP_SEND, s);
			if (type != SOCK_STREAM)
				return fail(bad);
			/* Connection-oriented: Windows ignores to and tolen. */
			to = NULL;
			tolen = 0;
		}
	}
	if (mem_get(s, MEM_SHUT_WR))
		return fail(WSAESHUTDOWN);
	if (len < 0)
		return fail(WSAEFAULT);
	n = sendto(s, buf, (size_t)len, flags | NOSIGNAL, to, (socklen_t)tolen);
	if (n >= 0)
		return (int)n;
	return failed_io(WSAERR_OP_SEND, s);
}

static int receive(int s, void *buf, int len, int flags, struct sockaddr *from, void *fromlen)
{
	struct sockaddr_storage ss;
	struct msghdr m;
	struct iovec iov;
	ssize_t n;
	int flen = 0;

	NEED_STARTUP(SOCKET_ERROR);
	if (from != NULL) {
		if (fromlen == NULL)
			return fail(WSAEFAULT);
		flen = get_len(fromlen);
		if (flen < family_size(AF_INET)) {
			int type = sock_type(s);
			if (type < 0)
				return failed(WSAERR_OP_RECV, s);
			if (type != SOCK_STREAM)
				return fail(WSAEFAULT);
			from = NULL; /* connection-oriented: ignored */
		}
	}
	if (mem_get(s, MEM_SHUT_RD))
		return fail(WSAESHUTDOWN);
	if (len < 0)
		return fail(WSAEINVAL); /* recv(): "len was zero or negative" */
	if (from == NULL && s >= 0 && s < WSAERR_WRAP_MAX_FD && (LOAD(&sockmem[s]) & MEM_STREAM)) {
		/* A byte stream: nothing to cut short, no address; the plain
		 * call is the cheaper one. */
		n = recv(s, buf, (size_t)len, flags);
		return n < 0 ? failed_io(WSAERR_OP_RECV, s) : (int)n;
	}
	iov.iov_base = buf;
	iov.iov_len = (size_t)len;
	memset(&m, 0, sizeof m);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	if (from != NULL) {
		m.msg_name = &ss;
		m.msg_namelen = sizeof ss;
	}
	n = recvmsg(s, &m, flags);
	if (n < 0)
		return failed_io(WSAERR_OP_RECV, s);
	if (from != NULL && m.msg_namelen > 0) {
		if ((int)m.msg_namelen > flen)
			return fail(WSAEFAULT);
		memcpy(from, &ss, m.msg_namelen);
		set_len(fromlen, (int)m.msg_namelen);
	}
	/* A datagram longer than the buffer: the buffer holds its first len
	 * bytes, and Windows fails the call. */
	if (m.msg_flags & MSG_TRUNC)
		return fail(WSAEMSGSIZE);
	return (int)n;
}

int wsaerr_wrap_recv(SOCKET s, void *buf, int len, int flags)
{
	return receive(s, buf, len, flags, NULL, NULL);
}

int wsaerr_wrap_recvfrom(SOCKET s, void *buf, int len, int flags, struct sockaddr *from,
                         void *fromlen)
{
	return receive(s, buf, len, flags, from, fromlen);
}

/* ---- shutdown, closesocket -------------------------------------------- */

int wsaerr_wrap_shutdown(SOCKET s, int how)
{
	NEED_STARTUP(SOCKET_ERROR);
	if (how >= SD_RECEIVE && how <= SD_BOTH && is_listening(s))
		return fail(WSAENOTCONN);
	if (shutdown(s, how) != 0) {
		int err = errno;
		/* Windows lets an unconnected UDP socket be shut down; Linux
		 * records the shutdown and still says ENOTCONN. */
		if (!(err == ENOTCONN && how >= SD_RECEIVE && how <= SD_BOTH &&
		      sock_type(s) == SOCK_DGRAM)) {
			errno = err;
			return failed(WSAERR_OP_SHUTDOWN, s);
		}
	}
	mem_change(s, (how != SD_SEND ? MEM_SHUT_RD : 0) | (how != SD_RECEIVE ? MEM_SHUT_WR : 0),
	           0);
	return 0;
}

int wsaerr_wrap_closesocket(SOCKET s)
{
	struct stat st;

	NEED_STARTUP(SOCKET_ERROR);
	if (fstat(s, &st) != 0)
		return failed(WSAERR_OP_CLOSE, s);
	if (!S_ISSOCK(st.st_mode))
		return fail(WSAENOTSOCK);
	mem_forget(s);
	/* An open socket is closed even when close() reports EINTR. */
	close(s);
	return 0;
}

/* ---- select, WSAPoll -------------------------------------------------- */

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* poll() that goes on after a signal until the timeout (ms, -1 for none)
 * has passed. */
static int poll_all(struct pollfd *p, nfds_t n, int ms)
{
	long long end = ms < 0 ? 0 : now_ms() + ms;
	int rc;

	for (;;) {
		rc = poll(p, n, ms);
		if (rc >= 0 || errno != EINTR)
			return rc;
		if (ms >= 0) {
			long long left = end - now_ms();
			ms = left > 0 ? (int)left : 0;
		}
	}
}

int wsaerr_wrap_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                       const struct timeval *timeout)
{
	struct pollfd p[FD_SETSIZE];
	fd_set ro, wo, eo;
	int n = 0, i, fd, rc, count = 0, ms = -1;

	(void)nfds; /* ignored, as on Windows */
	NEED_STARTUP(SOCKET_ERROR);
	if (timeout) {
		long long t;
		if (timeout->tv_sec < 0 || timeout->tv_usec < 0)
			return fail(WSAEINVAL);
		t = (long long)timeout->tv_sec * 1000 + (timeout->tv_usec + 999) / 1000;
		ms = t > INT_MAX ? INT_MAX : (int)t;
	}
	for (fd = 0; fd < FD_SETSIZE; fd++) {
		short ev = 0;
		int in = 0;
		if (readfds && FD_ISSET(fd, readfds)) {
			ev |= POLLIN;
			in = 1;
		}
		if (writefds && FD_ISSET(fd, writefds)) {
			ev |= POLLOUT;
			in = 1;
		}
		if (exceptfds && FD_ISSET(fd, exceptfds)) {
			ev |= POLLPRI;
			in = 1;
		}
		if (!in)
			continue;
		p[n].fd = fd;
		p[n].events = ev;
		p[n].revents = 0;
		n++;
	}
	/* Windows: no socket in any set is an invalid argument. */
	if (n == 0)
		return fail(WSAEINVAL);
	rc = poll_all(p, (nfds_t)n, ms);
	if (rc < 0)
		return failed(WSAERR_OP_POLL, WSAERR_NO_SOCKET);
	for (i = 0; i < n; i++)
		if (p[i].revents & POLLNVAL)
			return fail(WSAENOTSOCK);
	FD_ZERO(&ro);
	FD_ZERO(&wo);
	FD_ZERO(&eo);
	for (i = 0; i < n; i++) {
		short rev = p[i].revents;
		fd = p[i].fd;
		if (rev == 0)
			continue;
		if (mem_get(fd, MEM_CONNECTING)) {
			if (rev & (POLLERR | POLLHUP)) {
				/* Windows: a failed non-blocking connect is in
				 * exceptfds, and nowhere else. */
				if (p[i].events & POLLPRI) {
					FD_SET(fd, &eo);
					count++;
				}
				continue;
			}
			mem_change(fd, 0, MEM_CONNECTING);
		}
		/* A stream socket that never connected: the system says "hung
		 * up, writable"; Windows reports nothing. */
		if ((rev & POLLHUP) && !(rev & (POLLIN | POLLERR)))
			continue;
		if ((p[i].events & POLLIN) && (rev & (POLLIN | POLLHUP | POLLERR))) {
			FD_SET(fd, &ro);
			count++;
		}
		if ((p[i].events & POLLOUT) && (rev & (POLLOUT | POLLERR))) {
			FD_SET(fd, &wo);
			count++;
		}
		if ((p[i].events & POLLPRI) && (rev & POLLPRI)) {
			FD_SET(fd, &eo);
			count++;
		}
	}
	if (readfds)
		*readfds = ro;
	if (writefds)
		*writefds = wo;
	if (exceptfds)
		*exceptfds = eo;
	return count;
}

int wsaerr_wrap_WSAPoll(WSAPOLLFD *fdarray, unsigned long nfds, int timeout)
{
	const short valid = POLLIN | POLLOUT | POLLRDNORM | POLLRDBAND | POLLWRNORM;
	unsigned long i;
	int rc, count = 0;

	NEED_STARTUP(SOCKET_ERROR);
	/* Windows (Wine's conformance tests): no entries is an invalid
	 * argument, entries at NULL a bad pointer, and an event that can only
	 * be an output (POLLERR, POLLHUP, POLLNVAL, POLLPRI) is refused. */
	if (nfds == 0)
		return fail(WSAEINVAL);
	if (fdarray == NULL)
		return fail(WSAEFAULT);
	for (i = 0; i < nfds; i++)
		if (fdarray[i].events & ~valid)
			return fail(WSAEINVAL);
	/* POLLRDBAND (and POLLIN, which includes it there) is urgent data on
	 * Windows, POLLPRI here: asked for during the call only. */
	for (i = 0; i < nfds; i++)
		if (fdarray[i].events & (POLLIN | POLLRDBAND))
			fdarray[i].events |= POLLPRI;
	rc = poll_all(fdarray, (nfds_t)nfds, timeout);
	for (i = 0; i < nfds; i++) {
		short rev = fdarray[i].revents;
		fdarray[i].events &= (short)~POLLPRI;
		if (rc < 0) {
			fdarray[i].revents = 0;
			continue;
		}
		if (fdarray[i].fd < 0) {
			/* Windows marks an invalid socket, without counting it. */
			fdarray[i].revents = POLLNVAL;
			continue;
		}
		/* Both names of each condition, so that Windows' tests work. */
		if (rev & POLLPRI)
			rev = (short)((rev & ~POLLPRI) | POLLRDBAND);
		if (rev & (POLLIN | POLLRDNORM))
			rev |= (fdarray[i].events & (POLLIN | POLLRDNORM)) | POLLRDNORM;
		if (rev & (POLLOUT | POLLWRNORM))
			rev |= (fdarray[i].events & POLLOUT) | POLLWRNORM;
		fdarray[i].revents = rev;
		if (rev)
			count++;
	}
	if (rc < 0)
		return failed(WSAERR_OP_POLL, WSAERR_NO_SOCKET);
	return count;
}

/* ---- socket options --------------------------------------------------- */

static int known_level(int level)
{
	return level == SOL_SOCKET || level == IPPROTO_IP || level == IPPROTO_IPV6 ||
	       level == IPPROTO_TCP || level == IPPROTO_UDP || level == IPPROTO_ICMP ||
	       level == IPPROTO_ICMPV6 || level == IPPROTO_RAW;
}

/* Options that Windows reads as a BOOL or a byte, whatever their length
 * (Wine's conformance tests, test_set_getsockopt): from 1 byte on. */
static int byte_option(int level, int name)
{
	if (level == SOL_SOCKET)
		return name == SO_BROADCAST || name == SO_OOBINLINE || name == SO_KEEPALIVE ||
		       name == SO_DONTROUTE || name == SO_REUSEADDR;
	if (level == IPPROTO_TCP)
		return name == TCP_NODELAY;
	if (level == IPPROTO_IP)
		return name == IP_MULTICAST_LOOP || name == IP_MULTICAST_TTL || name == IP_TOS ||
		       name == IP_TTL;
	if (level == IPPROTO_IPV6)
		return name == IPV6_MULTICAST_HOPS || name == IPV6_MULTICAST_LOOP ||
		       name == IPV6_UNICAST_HOPS || name == IPV6_V6ONLY;
	return 0;
}

/* The shortest optlen Windows takes for an option; 0 when the system
 * decides. */
static int min_optlen(int level, int name)
{
	if (byte_option(level, name))
		return 1;
	if (level == SOL_SOCKET && name == SO_LINGER)
		return (int)sizeof(struct linger);
	if (level == SOL_SOCKET || level == IPPROTO_TCP)
		return (int)sizeof(int);
	return 1;
}

static int is_timeout(int level, int name)
{
	return level == SOL_SOCKET && (name == SO_RCVTIMEO || name == SO_SNDTIMEO);
}

/* Checks shared by getsockopt() and setsockopt(): 0 to go on, or the
 * Winsock code. */
static int option_check(int s, int level, int name, const void *optval, int optlen)
{
	if (!known_level(level)) {
		if (sock_type(s) < 0)
			return wsaerr_capture(WSAERR_OP_SOCKOPT, s);
		return WSAEINVAL;
	}
	if (optval == NULL || optlen < min_optlen(level, name))
		return WSAEFAULT;
	return 0;
}

int wsaerr_wrap_getsockopt(SOCKET s, int level, int optname, void *optval, void *optlen)
{
	socklen_t l;
	int code, ol;

	NEED_STARTUP(SOCKET_ERROR);
	if (optlen == NULL)
		return fail(WSAEFAULT);
	ol = get_len(optlen);
	code = option_check(s, level, optname, optval, ol);
	if (code)
		return fail(code);
	if (is_timeout(level, optname) && ol >= 4 && ol < (int)sizeof(struct timeval)) {
		/* Windows: a DWORD of milliseconds. */
		struct timeval tv;
		DWORD ms;
		l = sizeof tv;
		if (getsockopt(s, level, optname, &tv, &l) != 0)
			return failed(WSAERR_OP_SOCKOPT, s);
		ms = (DWORD)(tv.tv_sec * 1000 + (tv.tv_usec + 999) / 1000);
		memcpy(optval, &ms, sizeof ms);
		set_len(optlen, (int)sizeof ms);
		return 0;
	}
	l = (socklen_t)ol;
	if (getsockopt(s, level, optname, optval, &l) != 0)
		return failed(WSAERR_OP_SOCKOPT, s);
	if (level == SOL_SOCKET && optname == SO_ERROR && l >= sizeof(int)) {
		/* Windows: a Winsock code. */
		int err;
		memcpy(&err, optval, sizeof err);
		if (err) {
			int wsa = wsaerr_from_errno(err);
			err = wsa == WSAERR_NONE ? WSASYSCALLFAILURE : wsa;
		}
		memcpy(optval, &err, sizeof err);
		mem_change(s, 0, MEM_CONNECTING);
	}
	set_len(optlen, (int)l);
	return 0;
}

int wsaerr_wrap_setsockopt(SOCKET s, int level, int optname, const void *optval, int optlen)
{
	int code;

	NEED_STARTUP(SOCKET_ERROR);
	code = option_check(s, level, optname, optval, optlen);
	if (code)
		return fail(code);
	if (is_timeout(level, optname) && optlen >= 4 && optlen < (int)sizeof(struct timeval)) {
		/* Windows: a DWORD of milliseconds. */
		struct timeval tv;
		DWORD ms;
		memcpy(&ms, optval, sizeof ms);
		tv.tv_sec = (time_t)(ms / 1000);
		tv.tv_usec = (suseconds_t)(ms % 1000) * 1000;
		if (setsockopt(s, level, optname, &tv, sizeof tv) != 0)
			return failed(WSAERR_OP_SOCKOPT, s);
		return 0;
	}
	if (byte_option(level, optname) && optlen < (int)sizeof(int)) {
		/* Windows reads the bytes given; the system wants an int. */
		unsigned char b[sizeof(int)] = { 0 };
		int v;
		memcpy(b, optval, (size_t)optlen);
		v = b[0] | b[1] << 8 | b[2] << 16;
		if (setsockopt(s, level, optname, &v, sizeof v) != 0)
			return failed(WSAERR_OP_SOCKOPT, s);
		return 0;
	}
	if (setsockopt(s, level, optname, optval, (socklen_t)optlen) != 0)
		return failed(WSAERR_OP_SOCKOPT, s);
	return 0;
}

/* ---- names of the ends ------------------------------------------------ */

static int name_of(int s, struct sockaddr *name, void *namelen, int peer)
{
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	int nl;

	NEED_STARTUP(SOCKET_ERROR);
	if (name == NULL || namelen == NULL)
		return fail(WSAEFAULT);
	nl = get_len(namelen);
	if ((peer ? getpeername(s, (struct sockaddr *)&ss, &sl)
	          : getsockname(s, (struct sockaddr *)&ss, &sl)) != 0)
		return failed(WSAERR_OP_NAME, s);
	/* Windows: a socket never bound has no name yet. */
	if (!peer && port_zero(&ss))
		return fail(WSAEINVAL);
	if ((int)sl > nl)
		return fail(WSAEFAULT);
	memcpy(name, &ss, sl);
	set_len(namelen, (int)sl);
	return 0;
}

int wsaerr_wrap_getsockname(SOCKET s, struct sockaddr *name, void *namelen)
{
	return name_of(s, name, namelen, 0);
}

int wsaerr_wrap_getpeername(SOCKET s, struct sockaddr *name, void *namelen)
{
	return name_of(s, name, namelen, 1);
}

/* ---- ioctlsocket ------------------------------------------------------ */

int wsaerr_wrap_ioctlsocket(SOCKET s, long cmd, u_long *argp)
{
	struct stat st;
	int rc = 0;

	NEED_STARTUP(SOCKET_ERROR);
	if (fstat(s, &st) != 0)
		return failed(WSAERR_OP_IOCTL, s);
	if (!S_ISSOCK(st.st_mode))
		return fail(WSAENOTSOCK);
	if (argp == NULL)
		return fail(WSAEFAULT);
	if (cmd == (long)FIONBIO) {
		int on = *argp != 0;
		rc = ioctl(s, FIONBIO, &on);
	} else if (cmd == (long)FIONREAD) {
		int n = 0;
		/* A listening socket: Linux says EINVAL, Windows 0. */
		if (ioctl(s, FIONREAD, &n) != 0 || n < 0)
			n = 0;
		*argp = (u_long)n;
	} else if (cmd == (long)SIOCATMARK) {
		/* Windows answers TRUE when no urgent data waits to be read;
		 * the system answers whether the urgent mark is next (and
		 * fails for a socket without urgent data, such as UDP). */
		int at = 0, pending, saved = errno;
		char c;
		if (ioctl(s, SIOCATMARK, &at) != 0)
			at = 0; /* no urgent data on this kind of socket */
		pending = at || recv(s, &c, 1, MSG_OOB | MSG_PEEK | MSG_DONTWAIT) == 1;
		errno = saved;
		*argp = pending ? 0 : 1;
	} else {
		rc = ioctl(s, (unsigned long)cmd, argp);
	}
	return rc == 0 ? 0 : failed(WSAERR_OP_IOCTL, s);
}

/* ---- names and addresses ---------------------------------------------- */

int wsaerr_wrap_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                            struct addrinfo **res)
{
	int rc;

	if (LOAD(&started) == 0) {
		fail(WSANOTINITIALISED);
		return WSANOTINITIALISED;
	}
	rc = getaddrinfo(node, service, hints, res);
	if (rc == 0)
		return 0;
	return wsaerr_capture_eai(rc, errno);
}

int wsaerr_wrap_getnameinfo(const struct sockaddr *sa, int salen, char *host, DWORD hostlen,
                            char *serv, DWORD servlen, int flags)
{
	int rc;

	if (LOAD(&started) == 0) {
		fail(WSANOTINITIALISED);
		return WSANOTINITIALISED;
	}
	if (!address_ok(sa, salen)) {
		fail(WSAEFAULT);
		return WSAEFAULT;
	}
	rc = getnameinfo(sa, (socklen_t)salen, host, hostlen, serv, servlen, flags);
	if (rc == 0)
		return 0;
	return wsaerr_capture_eai(rc, errno);
}

void wsaerr_wrap_freeaddrinfo(struct addrinfo *ai)
{
	if (ai)
		freeaddrinfo(ai);
}

const char *wsaerr_wrap_gai_strerror(int code)
{
	const wsaerr_entry *e = wsaerr_by_code(code);

	return e ? wsaerr_message(e, WSAERR_LANG_EN) : "Unknown error";
}

struct hostent *wsaerr_wrap_gethostbyname(const char *name)
{
	static char local[256];
	struct hostent *h;

	NEED_STARTUP(NULL);
	if (name == NULL || *name == '\0') {
		/* Windows: the local host. */
		local[0] = '\0';
		gethostname(local, sizeof local - 1);
		local[sizeof local - 1] = '\0';
		name = local;
	}
	h = gethostbyname(name);
	if (h == NULL)
		wsaerr_capture_h_errno(h_errno);
	return h;
}

int wsaerr_wrap_gethostname(char *name, int namelen)
{
	NEED_STARTUP(SOCKET_ERROR);
	if (name == NULL || namelen <= 0)
		return fail(WSAEFAULT);
	/* The only failure Windows documents is a buffer too small for the
	 * whole name (some systems cut the name short without saying so). */
	if (gethostname(name, (size_t)namelen) != 0 || memchr(name, '\0', (size_t)namelen) == NULL)
		return fail(WSAEFAULT);
	return 0;
}
#endif

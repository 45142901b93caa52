/*
 * wsaerr_wrap.h - Winsock's calls on POSIX systems, with Winsock's errors.
 *
 * Included by <wsaerr_compat.h> (and only by it, after it has defined
 * SOCKET and the WSA* constants) when WSAERR_WRAP is defined before it, on
 * systems other than Windows (on Windows the real Winsock is used and this
 * file is not read). A file written for Winsock then builds unchanged:
 *
 *     #define WSAERR_WRAP
 *     #include <wsaerr_compat.h>      (instead of <winsock2.h>, <ws2tcpip.h>)
 *
 * and links with -lwsaerr. socket(), bind(), listen(), accept(), connect(),
 * send(), sendto(), recv(), recvfrom(), shutdown(), select(),
 * getsockopt(), setsockopt(), getsockname(), getpeername(), closesocket(),
 * ioctlsocket(), getaddrinfo(), getnameinfo(), freeaddrinfo(),
 * gai_strerror(), gethostbyname(), gethostname(), WSAStartup(),
 * WSACleanup() and WSAPoll() become calls to the wsaerr_wrap_* functions
 * below. Each calls the system's own function, looks at its arguments and
 * its result, and leaves in WSAGetLastError() the code Windows would have
 * left, also where the system succeeds and Windows fails (docs/parity.md
 * lists, case by case, what is done and what is not). A call that
 * succeeds leaves the last error alone, as on Windows. errno after a
 * failure is the system's own errno, or for a failure Windows has and the
 * system has not, the errno nearest to the Winsock code.
 *
 * The macros take their arguments, like function calls: include this
 * header after the system's socket headers or let it include them (it
 * does), and do not use these names for anything else in the same file.
 * C only: C++ member functions named connect() or send() would be renamed.
 *
 * Per-socket memory: Windows remembers a few things about each socket
 * that the system does not tell (that it was shut down for receiving;
 * that a non-blocking connect is under way), and recv() goes faster when
 * it knows the socket is a stream made by socket() or accept(). The
 * library keeps these for descriptors 0 to WSAERR_WRAP_MAX_FD - 1, in a
 * fixed table (8 bytes per descriptor, no allocation, safe from any
 * number of threads). A socket
 * with a descriptor at or past the bound behaves as the system does in
 * those two cases only: recv() after shutdown(SD_RECEIVE) returns 0 (end
 * of stream) instead of failing with WSAESHUTDOWN, and select() reports
 * a failed non-blocking connect as readable and writable instead of in
 * exceptfds. A descriptor closed with close() instead of closesocket()
 * and then reused is recognised as a new socket (by its inode) and
 * starts afresh; only if the new one is a datagram socket made without
 * the wrappers (socketpair(), for instance) may recv() on it then miss a
 * datagram cut short (the system's behaviour, not a wrong code).
 */
#ifndef WSAERR_WRAP_H
#define WSAERR_WRAP_H

#ifndef WSAERR_COMPAT_H
#error "include <wsaerr_compat.h> with WSAERR_WRAP defined, not wsaerr_wrap.h"
#endif

#ifndef _WIN32

#if !defined(_DEFAULT_SOURCE) && !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE) && \
        !defined(_XOPEN_SOURCE)
#define _DEFAULT_SOURCE 1
#endif

#include "wsaerr.h"

#include <sys/types.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <unistd.h>

#if defined(__GLIBC__) && !defined(__USE_XOPEN2K)
#error "wsaerr_wrap.h: define _DEFAULT_SOURCE or _POSIX_C_SOURCE=200809L before the first #include, or compile with -std=gnu99"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The descriptors the per-socket memory covers: 0 .. WSAERR_WRAP_MAX_FD - 1. */
#define WSAERR_WRAP_MAX_FD 1024

/* ---- Winsock's types and constants that POSIX lacks ---------------- */

/* u_long and friends: BSD types that a strict POSIX build hides. */
#if (defined(__GLIBC__) && !defined(__USE_MISC)) || \
        (defined(__linux__) && !defined(__GLIBC__) && !defined(_BSD_SOURCE) && \
         !defined(_GNU_SOURCE))
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
#endif

/* Windows' integer types, as wide as on Windows (DWORD is 32 bits there). */
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef unsigned int DWORD;
typedef int BOOL;

/* Windows' names of the socket structures, the system's own structures. */
typedef struct timeval TIMEVAL;
typedef struct sockaddr SOCKADDR;
typedef struct sockaddr_in SOCKADDR_IN;
typedef struct sockaddr_in6 SOCKADDR_IN6;
typedef struct sockaddr_storage SOCKADDR_STORAGE;
typedef struct addrinfo ADDRINFOA;
typedef struct hostent HOSTENT;
typedef struct pollfd WSAPOLLFD;

#ifndef MAKEWORD
#define MAKEWORD(low, high) ((WORD)(((BYTE)(low)) | ((WORD)((BYTE)(high))) << 8))
#endif
#ifndef LOBYTE
#define LOBYTE(w) ((BYTE)((w)&0xff))
#endif
#ifndef HIBYTE
#define HIBYTE(w) ((BYTE)(((w) >> 8) & 0xff))
#endif

/* shutdown()'s how, with the values of SHUT_RD, SHUT_WR and SHUT_RDWR. */
#define SD_RECEIVE 0
#define SD_SEND 1
#define SD_BOTH 2

#define WSADESCRIPTION_LEN 256
#define WSASYS_STATUS_LEN 128

/* What WSAStartup() fills in. */
typedef struct WSAData {
	WORD wVersion;              /* the version the program will use */
	WORD wHighVersion;          /* the highest version offered: 2.2 */
	unsigned short iMaxSockets; /* 0 for version 2 */
	unsigned short iMaxUdpDg;   /* 0 for version 2 */
	char *lpVendorInfo;         /* NULL */
	char szDescription[WSADESCRIPTION_LEN + 1];
	char szSystemStatus[WSASYS_STATUS_LEN + 1];
} WSADATA, *LPWSADATA;

#ifndef WSAERR_WRAP_IMPL
/* getaddrinfo()'s results with Windows' values (<ws2tcpip.h>): the wrapped
 * getaddrinfo() returns Winsock codes, and these compare equal to them. */
#undef EAI_AGAIN
#undef EAI_BADFLAGS
#undef EAI_FAIL
#undef EAI_FAMILY
#undef EAI_MEMORY
#undef EAI_NOSECURENAME
#undef EAI_NONAME
#undef EAI_NODATA
#undef EAI_SERVICE
#undef EAI_SOCKTYPE
#undef EAI_IPSECPOLICY
#undef EAI_OVERFLOW
#define EAI_AGAIN WSATRY_AGAIN
#define EAI_BADFLAGS WSAEINVAL
#define EAI_FAIL WSANO_RECOVERY
#define EAI_FAMILY WSAEAFNOSUPPORT
#define EAI_MEMORY WSA_NOT_ENOUGH_MEMORY
#define EAI_NONAME WSAHOST_NOT_FOUND
#define EAI_NODATA EAI_NONAME
#define EAI_SERVICE WSATYPE_NOT_FOUND
#define EAI_SOCKTYPE WSAESOCKTNOSUPPORT
#define EAI_OVERFLOW WSAEFAULT

/* h_errno is WSAGetLastError() on Windows, and its values are Winsock
 * codes. */
#undef h_errno
#define h_errno WSAGetLastError()
#undef HOST_NOT_FOUND
#undef TRY_AGAIN
#undef NO_RECOVERY
#undef NO_DATA
#undef NO_ADDRESS
#define HOST_NOT_FOUND WSAHOST_NOT_FOUND
#define TRY_AGAIN WSATRY_AGAIN
#define NO_RECOVERY WSANO_RECOVERY
#define NO_DATA WSANO_DATA
#define NO_ADDRESS WSANO_ADDRESS
#endif /* WSAERR_WRAP_IMPL */

/* ---- The wrappers --------------------------------------------------- */

/* Lengths are int on Windows and socklen_t here: the length pointers
 * accept either (both are 32-bit unsigned or signed integers). Buffers and
 * option values are char * on Windows and void * here: both are accepted. */

/* WSAStartup(): returns 0 and counts one more user, or a Winsock code
 * (WSAVERNOTSUPPORTED for version 0.x, WSAEFAULT for data NULL). Fills
 * data as Windows 10 does: the version asked for (at most 2.2), highest
 * 2.2, "WinSock 2.0", "Running". Until a WSAStartup() succeeds, and after
 * the WSACleanup() that balances the last one, every other wrapper fails
 * with WSANOTINITIALISED (the count is per process). Does not set the last
 * error: Windows returns the code instead. */
WSAERR_API int wsaerr_wrap_WSAStartup(WORD version, WSADATA *data);

/* WSACleanup(): counts one user fewer and returns 0; with no user left
 * (never started, or already cleaned up) fails with WSANOTINITIALISED.
 * Unlike Windows, sockets still open stay open. */
WSAERR_API int wsaerr_wrap_WSACleanup(void);

/* socket(): EINVAL is told apart by the arguments: an unknown type is
 * WSAESOCKTNOSUPPORT, a protocol the type cannot carry
 * WSAEPROTONOSUPPORT. The new socket starts with a clean per-socket
 * memory. */
WSAERR_API SOCKET wsaerr_wrap_socket(int af, int type, int protocol);

/* bind(): a name NULL or shorter than its family's address (16 bytes for
 * IPv4, 28 for IPv6) is WSAEFAULT. */
WSAERR_API int wsaerr_wrap_bind(SOCKET s, const struct sockaddr *name, int namelen);

/* listen(): a socket never bound is WSAEINVAL (the system would bind it
 * to a free port); a connected one is WSAEISCONN. */
WSAERR_API int wsaerr_wrap_listen(SOCKET s, int backlog);

/* accept(): an addrlen too small for the listener's family is WSAEFAULT,
 * and no connection is taken. The new socket is non-blocking when the
 * listening socket is, as on Windows. */
WSAERR_API SOCKET wsaerr_wrap_accept(SOCKET s, struct sockaddr *addr, void *addrlen);

/* connect(): a short or NULL name is WSAEFAULT; port 0, 0.0.0.0 or :: as
 * the remote address is WSAEADDRNOTAVAIL (an all-zero address on a UDP
 * socket removes its default peer, as on Windows); on a listening socket
 * WSAEINVAL. A non-blocking connect that is under way is remembered, so
 * that select() reports its failure in exceptfds and a second connect()
 * after it completed says WSAEISCONN. */
WSAERR_API int wsaerr_wrap_connect(SOCKET s, const struct sockaddr *name, int namelen);

/* send(): never raises SIGPIPE; after shutdown(SD_SEND) WSAESHUTDOWN;
 * a reset peer WSAECONNRESET; a blocking socket whose SO_SNDTIMEO
 * expired WSAETIMEDOUT. */
WSAERR_API int wsaerr_wrap_send(SOCKET s, const void *buf, int len, int flags);

/* sendto(): as send(); on a datagram socket, a short destination is
 * WSAEFAULT and port 0 or the any address WSAEADDRNOTAVAIL. */
WSAERR_API int wsaerr_wrap_sendto(SOCKET s, const void *buf, int len, int flags,
                                  const struct sockaddr *to, int tolen);

/* recv(): a datagram larger than the buffer fills the buffer with its
 * first len bytes and fails with WSAEMSGSIZE; after shutdown(SD_RECEIVE)
 * WSAESHUTDOWN; a blocking socket whose SO_RCVTIMEO expired WSAETIMEDOUT;
 * an ICMP port unreachable on UDP WSAECONNRESET. */
WSAERR_API int wsaerr_wrap_recv(SOCKET s, void *buf, int len, int flags);

/* recvfrom(): as recv(); a fromlen too small for the sender's address is
 * WSAEFAULT (checked before receiving when it is below 16 bytes, after
 * receiving otherwise, in which case the datagram is gone). */
WSAERR_API int wsaerr_wrap_recvfrom(SOCKET s, void *buf, int len, int flags, struct sockaddr *from,
                                    void *fromlen);

/* shutdown(): a listening socket is WSAENOTCONN; an unconnected UDP socket
 * may be shut down (Windows allows it); remembers SD_RECEIVE and SD_SEND
 * for recv(), send() and sendto(). */
WSAERR_API int wsaerr_wrap_shutdown(SOCKET s, int how);

/* closesocket(): WSAENOTSOCK for a descriptor that is not an open socket
 * (which is then left alone); forgets the per-socket memory. */
WSAERR_API int wsaerr_wrap_closesocket(SOCKET s);

/* select(): nfds is ignored, as on Windows; no descriptor in any set, or a
 * negative timeout, is WSAEINVAL; a descriptor that is not open is
 * WSAENOTSOCK. A socket that never connected is not reported ready, and a
 * failed non-blocking connect is reported in exceptfds only, as on
 * Windows. The timeout is not changed. */
WSAERR_API int wsaerr_wrap_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                                  const struct timeval *timeout);

/* WSAPoll(): fdarray NULL is WSAEFAULT, nfds 0 WSAEINVAL, an event that is
 * only an output (POLLERR, POLLHUP, POLLNVAL, POLLPRI) WSAEINVAL; a
 * descriptor that is not open gets POLLNVAL. */
WSAERR_API int wsaerr_wrap_WSAPoll(WSAPOLLFD *fdarray, unsigned long nfds, int timeout);

/* getsockopt(): an unknown level is WSAEINVAL, an optlen too small for the
 * option WSAEFAULT; SO_RCVTIMEO and SO_SNDTIMEO with a 4-byte value read
 * milliseconds (a DWORD, as on Windows), SO_ERROR reads a Winsock code. */
WSAERR_API int wsaerr_wrap_getsockopt(SOCKET s, int level, int optname, void *optval, void *optlen);

/* setsockopt(): an unknown level is WSAEINVAL, optval NULL or an optlen
 * too small WSAEFAULT; SO_RCVTIMEO and SO_SNDTIMEO with a 4-byte value set
 * milliseconds (a DWORD, as on Windows). */
WSAERR_API int wsaerr_wrap_setsockopt(SOCKET s, int level, int optname, const void *optval,
                                      int optlen);

/* getsockname(): a socket never bound is WSAEINVAL, a namelen too small
 * WSAEFAULT. */
WSAERR_API int wsaerr_wrap_getsockname(SOCKET s, struct sockaddr *name, void *namelen);

/* getpeername(): a namelen too small is WSAEFAULT. */
WSAERR_API int wsaerr_wrap_getpeername(SOCKET s, struct sockaddr *name, void *namelen);

/* ioctlsocket(): FIONBIO (*argp nonzero: non-blocking), FIONREAD (bytes
 * that can be read, 0 on a socket with no connection), SIOCATMARK (TRUE,
 * 1, when no urgent data waits, as Windows answers); other requests go to
 * ioctl() as they are. argp NULL is WSAEFAULT, a descriptor that is not a
 * socket WSAENOTSOCK. */
WSAERR_API int wsaerr_wrap_ioctlsocket(SOCKET s, long cmd, u_long *argp);

/* getaddrinfo(): returns 0 or the Winsock code Windows returns (equal to
 * the EAI_* constants above), and sets the last error to it too. */
WSAERR_API int wsaerr_wrap_getaddrinfo(const char *node, const char *service,
                                       const struct addrinfo *hints, struct addrinfo **res);

/* getnameinfo(): as getaddrinfo(). */
WSAERR_API int wsaerr_wrap_getnameinfo(const struct sockaddr *sa, int salen, char *host,
                                       DWORD hostlen, char *serv, DWORD servlen, int flags);

/* freeaddrinfo(): the system's, for a list from the wrapped getaddrinfo(). */
WSAERR_API void wsaerr_wrap_freeaddrinfo(struct addrinfo *ai);

/* gai_strerror(): the English message of a Winsock code (as the wrapped
 * getaddrinfo() returns), static; "Unknown error" for an unknown one. */
WSAERR_API const char *wsaerr_wrap_gai_strerror(int code);

/* gethostbyname(): NULL or "" name the local host, as on Windows; a
 * failure sets the last error from h_errno (WSAHOST_NOT_FOUND,
 * WSATRY_AGAIN, WSANO_RECOVERY, WSANO_DATA). Not thread-safe, like the
 * system's. */
WSAERR_API struct hostent *wsaerr_wrap_gethostbyname(const char *name);

/* gethostname(): name NULL or a buffer too small for the whole name is
 * WSAEFAULT. */
WSAERR_API int wsaerr_wrap_gethostname(char *name, int namelen);

#ifndef WSAERR_WRAP_IMPL
#define WSAStartup(version, data) wsaerr_wrap_WSAStartup(version, data)
#define WSACleanup() wsaerr_wrap_WSACleanup()
#define WSAGetLastError() wsaerr_get_last_stored()
#define WSASetLastError(code) wsaerr_set_last(code)
#define socket(af, type, protocol) wsaerr_wrap_socket(af, type, protocol)
#define bind(s, name, namelen) wsaerr_wrap_bind(s, name, namelen)
#define listen(s, backlog) wsaerr_wrap_listen(s, backlog)
#define accept(s, addr, addrlen) wsaerr_wrap_accept(s, addr, addrlen)
#define connect(s, name, namelen) wsaerr_wrap_connect(s, name, namelen)
#define send(s, buf, len, flags) wsaerr_wrap_send(s, buf, len, flags)
#define sendto(s, buf, len, flags, to, tolen) wsaerr_wrap_sendto(s, buf, len, flags, to, tolen)
#define recv(s, buf, len, flags) wsaerr_wrap_recv(s, buf, len, flags)
#define recvfrom(s, buf, len, flags, from, fromlen) \
	wsaerr_wrap_recvfrom(s, buf, len, flags, from, fromlen)
#define shutdown(s, how) wsaerr_wrap_shutdown(s, how)
#define closesocket(s) wsaerr_wrap_closesocket(s)
#define select(nfds, r, w, e, timeout) wsaerr_wrap_select(nfds, r, w, e, timeout)
#define WSAPoll(fdarray, nfds, timeout) wsaerr_wrap_WSAPoll(fdarray, nfds, timeout)
#define getsockopt(s, level, name, val, len) wsaerr_wrap_getsockopt(s, level, name, val, len)
#define setsockopt(s, level, name, val, len) wsaerr_wrap_setsockopt(s, level, name, val, len)
#define getsockname(s, name, namelen) wsaerr_wrap_getsockname(s, name, namelen)
#define getpeername(s, name, namelen) wsaerr_wrap_getpeername(s, name, namelen)
#define ioctlsocket(s, cmd, argp) wsaerr_wrap_ioctlsocket(s, cmd, argp)
#define getaddrinfo(node, service, hints, res) wsaerr_wrap_getaddrinfo(node, service, hints, res)
#define getnameinfo(sa, salen, host, hostlen, serv, servlen, flags) \
	wsaerr_wrap_getnameinfo(sa, salen, host, hostlen, serv, servlen, flags)
#define freeaddrinfo(ai) wsaerr_wrap_freeaddrinfo(ai)
#define gai_strerror(code) wsaerr_wrap_gai_strerror(code)
#define gethostbyname(name) wsaerr_wrap_gethostbyname(name)
#define gethostname(name, namelen) wsaerr_wrap_gethostname(name, namelen)
#endif /* WSAERR_WRAP_IMPL */

#ifdef __cplusplus
}
#endif

#endif /* !_WIN32 */

#endif /* WSAERR_WRAP_H */

/* Translations between error systems, readings, and the per-thread last
 * error. */
#if !defined(_WIN32) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif
#include "wsaerr.h"
#include "test.h"

#include <errno.h>
#include <limits.h>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif

static void errno_to_wsa(void)
{
	CHECK_INT(wsaerr_from_errno(0), 0);
	CHECK_INT(wsaerr_from_errno(ECONNRESET), 10054);
	CHECK_INT(wsaerr_from_errno(ECONNREFUSED), 10061);
	CHECK_INT(wsaerr_from_errno(ETIMEDOUT), 10060);
	CHECK_INT(wsaerr_from_errno(EAGAIN), 10035);
	CHECK_INT(wsaerr_from_errno(EWOULDBLOCK), 10035);
	CHECK_INT(wsaerr_from_errno(EINPROGRESS), 10035);
	CHECK_INT(wsaerr_from_errno(EALREADY), 10037);
	CHECK_INT(wsaerr_from_errno(EPIPE), 10054);
	CHECK_INT(wsaerr_from_errno(EINTR), 10004);
	CHECK_INT(wsaerr_from_errno(ENOMEM), 8);
	CHECK_INT(wsaerr_from_errno(EADDRINUSE), 10048);
	CHECK_INT(wsaerr_from_errno(ENOENT), WSAERR_NONE);
	CHECK_INT(wsaerr_from_errno(-1), WSAERR_NONE);
	CHECK_INT(wsaerr_from_errno(INT_MIN), WSAERR_NONE);
	CHECK_INT(wsaerr_from_errno(INT_MAX), WSAERR_NONE);
	CHECK_STR(wsaerr_errno_str(ECONNRESET), "ECONNRESET");
	CHECK(wsaerr_errno_str(ENOENT) == NULL);
}

static void wsa_to_errno(void)
{
	size_t i;
	CHECK_INT(wsaerr_to_errno(0), 0);
	CHECK_INT(wsaerr_to_errno(10054), ECONNRESET);
	CHECK_INT(wsaerr_to_errno(10035), EWOULDBLOCK);
	CHECK_INT(wsaerr_to_errno(11001), WSAERR_NONE);
	CHECK_INT(wsaerr_to_errno(12345), WSAERR_NONE);
	CHECK_INT(wsaerr_to_errno(INT_MIN), WSAERR_NONE);
	/* Every Winsock row whose errno this host has maps to it, and back to a
	 * row with the same meaning, except where the errno is shared on
	 * purpose (data/errno.def says why). */
	for (i = 0; i < wsaerr_count(); i++) {
		const wsaerr_entry *e = wsaerr_at(i);
		int err, back;
		if (wsaerr_system(e) != WSAERR_SYS_WSA || wsaerr_errno_name(e) == NULL)
			continue;
		err = wsaerr_to_errno(wsaerr_code(e));
		if (err == WSAERR_NONE)
			continue; /* this host lacks that errno (EPROCLIM on Linux) */
		CHECK(wsaerr_errno_str(err) != NULL);
		back = wsaerr_from_errno(err);
		switch (wsaerr_code(e)) {
		case 6:      /* EBADF     -> WSAEBADF */
		case 87:     /* EINVAL    -> WSAEINVAL */
		case 996:    /* EINPROGRESS -> WSAEWOULDBLOCK */
		case 997:
		case 10036:
		case 10103:  /* ECANCELED -> WSA_OPERATION_ABORTED */
		case 10111:
			CHECK(back != wsaerr_code(e));
			break;
		default:
			if (back != wsaerr_code(e))
				printf("  %s -> %s -> %d\n", wsaerr_name(e), wsaerr_errno_name(e), back);
			CHECK_INT(back, wsaerr_code(e));
		}
	}
}

static void h_errno_and_eai(void)
{
	CHECK_INT(wsaerr_from_h_errno(0), 0);
	CHECK_INT(wsaerr_from_h_errno(HOST_NOT_FOUND), 11001);
	CHECK_INT(wsaerr_from_h_errno(TRY_AGAIN), 11002);
	CHECK_INT(wsaerr_from_h_errno(NO_RECOVERY), 11003);
	CHECK_INT(wsaerr_from_h_errno(NO_DATA), 11004);
	CHECK_STR(wsaerr_h_errno_str(HOST_NOT_FOUND), "HOST_NOT_FOUND");
	CHECK_INT(wsaerr_from_h_errno(-12345), WSAERR_NONE);

	CHECK_INT(wsaerr_from_eai(0, 0), 0);
	CHECK_INT(wsaerr_from_eai(EAI_NONAME, 0), 11001);
	CHECK_INT(wsaerr_from_eai(EAI_AGAIN, 0), 11002);
	CHECK_INT(wsaerr_from_eai(EAI_FAIL, 0), 11003);
	CHECK_INT(wsaerr_from_eai(EAI_FAMILY, 0), 10047);
	CHECK_INT(wsaerr_from_eai(EAI_SERVICE, 0), 10109);
	CHECK_INT(wsaerr_from_eai(EAI_SOCKTYPE, 0), 10044);
	CHECK_INT(wsaerr_from_eai(EAI_BADFLAGS, 0), 10022);
	CHECK_INT(wsaerr_from_eai(EAI_MEMORY, 0), 8);
	CHECK_STR(wsaerr_eai_str(EAI_NONAME), "EAI_NONAME");
#ifdef EAI_SYSTEM
	CHECK_INT(wsaerr_from_eai(EAI_SYSTEM, ECONNREFUSED), 10061);
	CHECK_INT(wsaerr_from_eai(EAI_SYSTEM, 0), WSAERR_NONE);
	CHECK_STR(wsaerr_eai_str(EAI_SYSTEM), "EAI_SYSTEM");
#endif
	CHECK_INT(wsaerr_from_eai(123456, 0), WSAERR_NONE);
}

static const struct { unsigned long win32; int wsa; } win32_map[] = {
	{ 64, 10054 }, { 121, 10060 }, { 1225, 10061 }, { 1226, 10101 },
	{ 1227, 10048 }, { 1228, 10022 }, { 1229, 10057 }, { 1230, 10056 },
	{ 1231, 10051 }, { 1232, 10065 }, { 1233, 10051 }, { 1234, 10054 },
	{ 1235, 10004 }, { 1236, 10053 }, { 1256, 10064 }, { 2250, 10057 },
	{ 6, 6 }, { 8, 8 }, { 87, 87 }, { 995, 995 }, { 996, 996 }, { 997, 997 },
	{ 10054, 10054 }, { 11001, 11001 }, { 0, 0 },
};

static void win32_codes(void)
{
	size_t i;
	for (i = 0; i < sizeof win32_map / sizeof win32_map[0]; i++) {
		CHECK_INT(wsaerr_from_win32(win32_map[i].win32), win32_map[i].wsa);
		if (win32_map[i].win32 && win32_map[i].win32 < 10000)
			CHECK(wsaerr_by_code((int)win32_map[i].win32) != NULL);
	}
	CHECK_INT(wsaerr_from_win32(2), WSAERR_NONE);
	CHECK_INT(wsaerr_from_win32(0xFFFFFFFFul), WSAERR_NONE);
	CHECK_INT(wsaerr_system(wsaerr_by_code(64)), WSAERR_SYS_WIN32);
	CHECK_INT(wsaerr_wsa(wsaerr_by_code(64)), 10054);
	CHECK_STR(wsaerr_errno_name(wsaerr_by_code(64)), "ECONNRESET");
	CHECK_INT(wsaerr_code(wsaerr_by_name("ERROR_NETNAME_DELETED")), 64);
	CHECK_INT(wsaerr_system(wsaerr_by_code(10054)), WSAERR_SYS_WSA);
	CHECK_INT(wsaerr_wsa(wsaerr_by_code(10054)), 10054);
}

static const struct { unsigned long status; const char *name; int wsa; } nt_map[] = {
	{ 0xC000020Dul, "STATUS_CONNECTION_RESET", 10054 },
	{ 0xC0000236ul, "STATUS_CONNECTION_REFUSED", 10061 },
	{ 0xC0000241ul, "STATUS_CONNECTION_ABORTED", 10053 },
	{ 0xC000020Cul, "STATUS_CONNECTION_DISCONNECTED", 10054 },
	{ 0xC000013Cul, "STATUS_REMOTE_DISCONNECT", 10054 },
	{ 0xC000013Bul, "STATUS_LOCAL_DISCONNECT", 10053 },
	{ 0xC0000237ul, "STATUS_GRACEFUL_DISCONNECT", 10101 },
	{ 0xC00000B5ul, "STATUS_IO_TIMEOUT", 10060 },
	{ 0xC000013Ful, "STATUS_LINK_TIMEOUT", 10060 },
	{ 0xC000023Cul, "STATUS_NETWORK_UNREACHABLE", 10051 },
	{ 0xC000023Dul, "STATUS_HOST_UNREACHABLE", 10065 },
	{ 0xC000023Ful, "STATUS_PORT_UNREACHABLE", 10054 },
	{ 0xC000023Eul, "STATUS_PROTOCOL_UNREACHABLE", 10051 },
	{ 0xC000020Aul, "STATUS_ADDRESS_ALREADY_EXISTS", 10048 },
	{ 0xC0000141ul, "STATUS_INVALID_ADDRESS", 10049 },
	{ 0xC0000018ul, "STATUS_CONFLICTING_ADDRESSES", 10055 },
	{ 0xC0000209ul, "STATUS_TOO_MANY_ADDRESSES", 10055 },
	{ 0xC0000120ul, "STATUS_CANCELLED", 995 },
	{ 0xC0000240ul, "STATUS_REQUEST_ABORTED", 10004 },
	{ 0x80000005ul, "STATUS_BUFFER_OVERFLOW", 10040 },
	{ 0xC0000023ul, "STATUS_BUFFER_TOO_SMALL", 10014 },
	{ 0xC0000140ul, "STATUS_INVALID_CONNECTION", 10057 },
	{ 0xC000023Bul, "STATUS_CONNECTION_ACTIVE", 10056 },
	{ 0xC0000350ul, "STATUS_HOST_DOWN", 10064 },
	{ 0xC0000017ul, "STATUS_NO_MEMORY", 10055 },
	{ 0xC000009Aul, "STATUS_INSUFFICIENT_RESOURCES", 10055 },
	{ 0xC0000022ul, "STATUS_ACCESS_DENIED", 10013 },
	{ 0xC00000BBul, "STATUS_NOT_SUPPORTED", 10045 },
	{ 0xC0000008ul, "STATUS_INVALID_HANDLE", 10038 },
	{ 0x00000103ul, "STATUS_PENDING", 997 },
	{ 0xC00000A3ul, "STATUS_DEVICE_NOT_READY", 10035 },
};

static void ntstatus_and_hresult(void)
{
	size_t i;
	for (i = 0; i < sizeof nt_map / sizeof nt_map[0]; i++) {
		const wsaerr_entry *e;
		CHECK_INT(wsaerr_from_ntstatus(nt_map[i].status), nt_map[i].wsa);
		CHECK_STR(wsaerr_ntstatus_str(nt_map[i].status), nt_map[i].name);
		/* by name, and as an HRESULT with FACILITY_NT_BIT */
		e = wsaerr_by_name(nt_map[i].name);
		CHECK_INT(wsaerr_code(e), nt_map[i].wsa);
		if (nt_map[i].status & 0x80000000ul)
			CHECK_INT(wsaerr_from_hresult(nt_map[i].status | 0x10000000ul), nt_map[i].wsa);
	}
	CHECK_INT(wsaerr_from_ntstatus(0), 0);
	CHECK_INT(wsaerr_from_ntstatus(0xC0000001ul), WSAERR_NONE);
	CHECK(wsaerr_ntstatus_str(0xC0000001ul) == NULL);
	CHECK_INT(wsaerr_from_hresult(0), 0);
	CHECK_INT(wsaerr_from_hresult(0x80072746ul), 10054);
	CHECK_INT(wsaerr_from_hresult(0x80070040ul), 10054);
	CHECK_INT(wsaerr_from_hresult(0x800703E5ul), 997);
	CHECK_INT(wsaerr_from_hresult(0xD000020Dul), 10054);
	CHECK_INT(wsaerr_from_hresult(0x80004005ul), WSAERR_NONE);
	/* issue 11: above 32 bits is no NTSTATUS or HRESULT, as for Win32 */
	if (sizeof(unsigned long) > 4) {
		unsigned long big = 0xFFFFFFFFul;
		big = (big << 16) << 16 | 0xC000020Dul;
		CHECK_INT(wsaerr_from_ntstatus(big), WSAERR_NONE);
		CHECK(wsaerr_ntstatus_str(big) == NULL);
		big = ((0x1ul << 16) << 16) | 0x80072746ul;
		CHECK_INT(wsaerr_from_hresult(big), WSAERR_NONE);
		CHECK_INT(wsaerr_from_win32(big), WSAERR_NONE);
	}
	CHECK_INT(wsaerr_from_hresult(0x80070002ul), WSAERR_NONE);
	CHECK_STR(wsaerr_system_key(WSAERR_SYS_NTSTATUS), "ntstatus");
	CHECK(wsaerr_system_key(0) == NULL);
	CHECK(wsaerr_system_key(99) == NULL);
}

static void readings(void)
{
	wsaerr_query q;
	wsaerr_reading r;

	CHECK_INT(wsaerr_parse("8", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 3);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_WSA);
	CHECK_INT(q.readings[1].system, WSAERR_SYS_WIN32);
	CHECK_STR(q.readings[1].name, "ERROR_NOT_ENOUGH_MEMORY");
	CHECK_INT(q.readings[2].system, WSAERR_SYS_EAI);
	CHECK_STR(q.readings[2].name, "EAI_MEMORY");

	CHECK_INT(wsaerr_parse("64", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_WIN32);
	CHECK_INT(q.readings[0].wsa, 10054);
	CHECK_INT(q.code, 64);

	CHECK_INT(wsaerr_parse("0xC000020D", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 1);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_NTSTATUS);
	CHECK_STR(q.readings[0].name, "STATUS_CONNECTION_RESET");
	CHECK_INT(q.code, 10054);

	CHECK_INT(wsaerr_parse("0xD000020D", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_HRESULT);
	CHECK_STR(q.readings[0].name, "STATUS_CONNECTION_RESET");
	CHECK_INT(q.readings[0].wsa, 10054);

	CHECK_INT(wsaerr_parse("0x80072746", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_HRESULT);
	CHECK_INT(q.readings[0].wsa, 10054);

	CHECK_INT(wsaerr_parse("EAGAIN", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_ERRNO);
	CHECK_INT(q.readings[0].value, EAGAIN);
	CHECK_INT(q.readings[0].wsa, 10035);

	CHECK_INT(wsaerr_parse("status_connection_refused", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.readings[0].system, WSAERR_SYS_NTSTATUS);
	CHECK_INT(q.readings[0].value, 0xC0000236LL);
	CHECK_INT(q.code, 10061);

	CHECK_INT(wsaerr_parse("12345", &q), WSAERR_PARSE_OK);
	CHECK_INT(q.nreadings, 0);
	CHECK(q.entry == NULL);

	CHECK_INT(wsaerr_read(WSAERR_SYS_ERRNO, ECONNRESET, &r), 1);
	CHECK_STR(r.name, "ECONNRESET");
	CHECK_INT(r.wsa, 10054);
	CHECK_INT(wsaerr_read(WSAERR_SYS_ERRNO, ENOENT, &r), 0);
	CHECK_INT(r.wsa, WSAERR_NONE);
	CHECK_INT(r.value, ENOENT);
	CHECK(r.entry == NULL);
	CHECK_INT(wsaerr_read(WSAERR_SYS_ERRNO, 1LL << 40, &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_EAI, EAI_NONAME, &r), 1);
	CHECK_INT(r.wsa, 11001);
	CHECK_INT(wsaerr_read(WSAERR_SYS_H_ERRNO, HOST_NOT_FOUND, &r), 1);
	CHECK_INT(wsaerr_read(WSAERR_SYS_WIN32, 1225, &r), 1);
	CHECK_INT(r.wsa, 10061);
	CHECK_INT(wsaerr_read(WSAERR_SYS_WSA, 64, &r), 0);
	CHECK_INT(wsaerr_read(WSAERR_SYS_NTSTATUS, 0xC000020DLL, &r), 1);
	CHECK_INT(wsaerr_read(WSAERR_SYS_HRESULT, 0x80072746LL, &r), 1);
	CHECK_INT(wsaerr_code(r.entry), 10054);
	CHECK_INT(wsaerr_read(99, 1, &r), 0);
	CHECK_INT(r.system, 0);
}

static void last_error_set_get(void)
{
	wsaerr_set_last(10054);
	CHECK_INT(wsaerr_get_last(), 10054);
	wsaerr_set_last(0);
	CHECK_INT(wsaerr_get_last(), 0);
#ifndef _WIN32
	/* A new failure (errno changes) is seen by the next get. */
	errno = 0;
	wsaerr_set_last(11001);
	CHECK_INT(wsaerr_get_last(), 11001);
	errno = ECONNREFUSED;
	CHECK_INT(wsaerr_get_last(), 10061);
	CHECK_INT(errno, ECONNREFUSED);
#endif
}

#ifndef _WIN32
static void capture_refines_like_winsock(void)
{
	int sv[2], rc;
	char c;
	struct timeval tv = { 0, 20000 };

	/* EBADF on a socket operation -> WSAENOTSOCK */
	errno = EBADF;
	CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, -1), 10038);
	CHECK_INT(errno, EBADF);
	CHECK_INT(wsaerr_get_last(), 10038);

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	/* EAGAIN from a blocking socket with a receive timeout -> WSAETIMEDOUT */
	CHECK(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) == 0);
	rc = (int)recv(sv[0], &c, 1, 0);
	CHECK(rc == -1 && (errno == EAGAIN || errno == EWOULDBLOCK));
	CHECK_INT(wsaerr_capture(WSAERR_OP_RECV, sv[0]), 10060);
	CHECK(errno == EAGAIN || errno == EWOULDBLOCK);
	/* the same errno with no socket context: would block */
	CHECK_INT(wsaerr_from_errno(errno), 10035);

	/* EPIPE after our own shutdown -> WSAESHUTDOWN */
	CHECK(shutdown(sv[0], SHUT_WR) == 0);
	rc = (int)send(sv[0], "x", 1, MSG_NOSIGNAL);
	CHECK(rc == -1 && errno == EPIPE);
	CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, sv[0]), 10058);
	CHECK_INT(errno, EPIPE);
	close(sv[0]);
	close(sv[1]);

	/* EINVAL from socket(): an unknown type */
	rc = socket(AF_INET, 12345, 0);
	CHECK(rc == -1);
	CHECK_INT(wsaerr_capture(WSAERR_OP_SOCKET, -1), 10044);

	errno = 0;
	CHECK_INT(wsaerr_capture(WSAERR_OP_OTHER, -1), 0);
	/* No Winsock code for ENOENT: the closest one, never -1; errno kept. */
	errno = ENOENT;
	CHECK_INT(wsaerr_capture(WSAERR_OP_OTHER, WSAERR_NO_SOCKET), 10107);
	CHECK_INT(wsaerr_get_last(), 10107);
	CHECK_INT(errno, ENOENT);
#ifdef ENOSPC
	errno = ENOSPC;
	CHECK_INT(wsaerr_capture(WSAERR_OP_SEND, WSAERR_NO_SOCKET), 10055);
#endif
	errno = EIO;
	CHECK_INT(wsaerr_capture(WSAERR_OP_RECV, WSAERR_NO_SOCKET), 10050);
	/* get_last never says -1 either */
	errno = ENOENT;
	wsaerr_set_last(1);
	errno = EDOM;
	CHECK_INT(wsaerr_get_last(), 10107);
}

#define THREADS 8
static void *thread_main(void *arg)
{
	int base = 10000 + (int)(size_t)arg, i, bad = 0;
	/* A new thread starts with no last error of its own. */
	errno = 0;
	if (wsaerr_get_last() != 0)
		bad++;
	for (i = 0; i < 10000; i++) {
		wsaerr_set_last(base + i % 50);
		if (wsaerr_get_last() != base + i % 50)
			bad++;
	}
	return (void *)(size_t)bad;
}

static void last_error_is_per_thread(void)
{
	pthread_t t[THREADS];
	size_t i;
	void *bad;
	wsaerr_set_last(4242);
	for (i = 0; i < THREADS; i++)
		CHECK(pthread_create(&t[i], NULL, thread_main, (void *)(i * 100)) == 0);
	for (i = 0; i < THREADS; i++) {
		CHECK(pthread_join(t[i], &bad) == 0);
		CHECK(bad == NULL);
	}
	CHECK_INT(wsaerr_get_last(), 4242);
}
#else
static void capture_refines_like_winsock(void)
{
	WSASetLastError(10054);
	CHECK_INT(wsaerr_capture(WSAERR_OP_RECV, 0), 10054);
	CHECK_INT(wsaerr_get_last(), 10054);
}

#include <windows.h>
#define THREADS 8
static DWORD WINAPI thread_main(LPVOID arg)
{
	int base = 10000 + (int)(size_t)arg, i, bad = 0;
	for (i = 0; i < 10000; i++) {
		wsaerr_set_last(base + i % 50);
		if (wsaerr_get_last() != base + i % 50)
			bad++;
	}
	return (DWORD)bad;
}

static void last_error_is_per_thread(void)
{
	HANDLE t[THREADS];
	size_t i;
	DWORD bad;
	wsaerr_set_last(4242);
	for (i = 0; i < THREADS; i++)
		CHECK((t[i] = CreateThread(NULL, 0, thread_main, (LPVOID)(i * 100), 0, NULL)) != NULL);
	for (i = 0; i < THREADS; i++) {
		WaitForSingleObject(t[i], INFINITE);
		CHECK(GetExitCodeThread(t[i], &bad) && bad == 0);
		CloseHandle(t[i]);
	}
	CHECK_INT(wsaerr_get_last(), 4242);
}
#endif

void suite_translate(void)
{
	RUN("translate", errno_to_wsa);
	RUN("translate", wsa_to_errno);
	RUN("translate", h_errno_and_eai);
	RUN("translate", win32_codes);
	RUN("translate", ntstatus_and_hresult);
	RUN("translate", readings);
	RUN("translate", last_error_set_get);
	RUN("translate", capture_refines_like_winsock);
	RUN("translate", last_error_is_per_thread);
}

/*
 * wsaerr probe HOST PORT [--timeout S]: looks the name up, tries a TCP
 * connection to each address in turn and, when a step fails, says which
 * Winsock code the failure is, with the words a user would get by looking
 * that code up. Exit status: 0 connected, 1 a step failed, 2 usage error.
 */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#endif

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
typedef SOCKET sock_t;
#define BAD_SOCKET INVALID_SOCKET
#define CLOSE(s) closesocket(s)
#else
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
typedef int sock_t;
#define BAD_SOCKET (-1)
#define CLOSE(s) close(s)
#endif

/* Connects s to the address within timeout seconds. Returns 0 or the
 * Winsock code of the failure. */
static int connect_within(sock_t s, const struct addrinfo *ai, double timeout)
{
	int err = 0;
	socklen_t len = sizeof err;
	int ms = (int)(timeout * 1000.0 + 0.5);
#ifdef _WIN32
	u_long one = 1;
	fd_set wr, ex;
	struct timeval tv;
	int rc;

	ioctlsocket(s, FIONBIO, &one);
	if (connect(s, ai->ai_addr, (int)ai->ai_addrlen) == 0)
		return 0;
	if (WSAGetLastError() != WSAEWOULDBLOCK)
		return WSAGetLastError();
	FD_ZERO(&wr);
	FD_ZERO(&ex);
	FD_SET(s, &wr);
	FD_SET(s, &ex);
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	rc = select(0, NULL, &wr, &ex, &tv);
	if (rc == 0)
		return WSAETIMEDOUT;
	if (rc < 0)
		return WSAGetLastError();
	if (getsockopt(s, SOL_SOCKET, SO_ERROR, (char *)&err, &len) != 0)
		return WSAGetLastError();
	return err;
#else
	struct pollfd p;
	int rc;

	fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK);
	if (connect(s, ai->ai_addr, ai->ai_addrlen) == 0)
		return 0;
	if (errno != EINPROGRESS)
		return wsaerr_capture(WSAERR_OP_CONNECT, s);
	p.fd = s;
	p.events = POLLOUT;
	do
		rc = poll(&p, 1, ms);
	while (rc < 0 && errno == EINTR);
	if (rc == 0)
		return wsaerr_from_errno(ETIMEDOUT);
	if (rc < 0)
		return wsaerr_capture(WSAERR_OP_POLL, s);
	if (getsockopt(s, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
		return wsaerr_capture(WSAERR_OP_SOCKOPT, s);
	if (err == 0)
		return 0;
	errno = err;
	return wsaerr_capture(WSAERR_OP_CONNECT, s);
#endif
}

static void numeric_address(const struct addrinfo *ai, char *buf, size_t size)
{
	if (getnameinfo(ai->ai_addr, (socklen_t)ai->ai_addrlen, buf, (socklen_t)size, NULL, 0,
	                NI_NUMERICHOST) != 0)
		snprintf(buf, size, "?");
}

/* The failure of a step: its code and what to do about it. */
static void report_failure(const struct opts *o, const char *step, const char *target, int code)
{
	const wsaerr_entry *e = wsaerr_by_code(code);
	char line[200];

	if (o->json) {
		printf("{\"step\":");
		json_string(step);
		printf(",\"target\":");
		json_string(target);
		printf(",\"ok\":false,\"error\":");
		if (e) {
			json_entry(o, e, NULL, NULL);
		} else {
			printf("{\"code\":%d}", code);
		}
		printf("}");
		return;
	}
	printf(" %s\n\n", wsaerr_ui_text(WSAERR_UI_PROBE_FAILED, o->lang));
	if (e) {
		print_entry_text(o, e);
	} else {
		wsaerr_format(line, sizeof line, code, o->lang);
		printf("%s\n", line);
	}
}

static void report_ok(const struct opts *o, const char *step, const char *target)
{
	if (o->json) {
		printf("{\"step\":");
		json_string(step);
		printf(",\"target\":");
		json_string(target);
		printf(",\"ok\":true}");
	}
}

int cmd_probe(const struct opts *o, char **args, int n)
{
	struct addrinfo hints, *res = NULL, *ai;
	const char *host, *port;
	char *end, addr[128], line[512];
	long p;
	int rc, code = 0;
#ifdef _WIN32
	WSADATA wsa;
	WSAStartup(MAKEWORD(2, 2), &wsa);
#endif

	if (n != 2)
		return usage_error(o->lang, WSAERR_UI_PROBE_ARGS, "probe", "HOST PORT");
	host = args[0];
	port = args[1];
	p = strtol(port, &end, 10);
	if (*port == '\0' || *end != '\0' || p < 1 || p > 65535)
		return usage_error(o->lang, WSAERR_UI_PROBE_BAD_PORT, port, "");

	if (o->json)
		printf("[");
	else {
		snprintf(line, sizeof line, wsaerr_ui_text(WSAERR_UI_PROBE_RESOLVING, o->lang), host, "");
		printf("  %s", line);
	}
	fflush(stdout);
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV;
	rc = getaddrinfo(host, port, &hints, &res);
	if (rc != 0) {
#ifdef _WIN32
		code = rc;
#else
		code = wsaerr_from_eai(rc, errno);
#endif
		report_failure(o, "resolve", host, code);
		if (o->json)
			printf("]\n");
		return EXIT_NOT_FOUND;
	}
	report_ok(o, "resolve", host);
	for (ai = res; ai; ai = ai->ai_next) {
		sock_t s;
		numeric_address(ai, addr, sizeof addr);
		if (!o->json) {
			if (ai == res)
				printf(" %s\n", addr);
			snprintf(line, sizeof line, wsaerr_ui_text(WSAERR_UI_PROBE_CONNECTING, o->lang),
			         addr, port);
			printf("  %s", line);
			fflush(stdout);
		}
		s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
		if (s == BAD_SOCKET) {
#ifdef _WIN32
			code = WSAGetLastError();
#else
			code = wsaerr_capture(WSAERR_OP_SOCKET, -1);
#endif
		} else {
			code = connect_within(s, ai, o->timeout);
			CLOSE(s);
		}
		snprintf(line, sizeof line, "%s port %s", addr, port);
		if (o->json)
			printf(",");
		if (code == 0) {
			if (o->json) {
				report_ok(o, "connect", line);
			} else {
				printf(" %s\n", wsaerr_ui_text(WSAERR_UI_PROBE_CONNECTED, o->lang));
			}
			break;
		}
		report_failure(o, "connect", line, code);
		if (!o->json && ai->ai_next)
			putchar('\n');
	}
	freeaddrinfo(res);
	if (o->json)
		printf("]\n");
	return code == 0 ? EXIT_FOUND : EXIT_NOT_FOUND;
}

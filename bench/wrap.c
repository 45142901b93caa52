/*
 * Overhead of the wrappers of <wsaerr_compat.h> (WSAERR_WRAP) on a loopback
 * send/recv loop, beside the system's own calls. One thread, one connected
 * TCP pair on 127.0.0.1, TCP_NODELAY on both ends; a round is a 64-byte
 * message sent from a to b and another from b to a, each received in full:
 * four calls. Raw and wrapped runs alternate (so that both see the same
 * load), ROUNDS rounds each, TRIALS times, which goes first alternating too;
 * the best, median and mean trial of each are reported, in ns of the
 * thread's CPU time per round, and the overhead of the wrappers is the
 * median of the paired trials' ratios (and, beside it, the ratio of the
 * total times).
 * usage: wrap [trials [rounds]]
 */
#define WSAERR_WRAP 1
#include "wsaerr_compat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MSG 64

/* The thread's CPU time (user and system): on loopback the kernel's work
 * for both ends runs in this thread, and time spent descheduled by other
 * load on a shared machine does not count. */
static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* The system's calls: a macro taking arguments is not expanded when its
 * name is in parentheses. */
static int raw_round(SOCKET a, SOCKET b, char *buf)
{
	if ((send)(a, buf, MSG, 0) != MSG || (recv)(b, buf, MSG, MSG_WAITALL) != MSG)
		return -1;
	if ((send)(b, buf, MSG, 0) != MSG || (recv)(a, buf, MSG, MSG_WAITALL) != MSG)
		return -1;
	return 0;
}

static int wrapped_round(SOCKET a, SOCKET b, char *buf)
{
	if (send(a, buf, MSG, 0) != MSG || recv(b, buf, MSG, MSG_WAITALL) != MSG)
		return -1;
	if (send(b, buf, MSG, 0) != MSG || recv(a, buf, MSG, MSG_WAITALL) != MSG)
		return -1;
	return 0;
}

static int cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return a < b ? -1 : a > b;
}

static double run(int (*round)(SOCKET, SOCKET, char *), SOCKET a, SOCKET b, long rounds)
{
	char buf[MSG];
	double t0;
	long i;

	memset(buf, 'x', sizeof buf);
	t0 = now();
	for (i = 0; i < rounds; i++)
		if (round(a, b, buf) != 0) {
			fprintf(stderr, "wrap: a round failed (%d)\n", WSAGetLastError());
			exit(1);
		}
	return (now() - t0) / (double)rounds;
}

int main(int argc, char **argv)
{
	int trials = argc > 1 ? atoi(argv[1]) : 201;
	long rounds = argc > 2 ? atol(argv[2]) : 2000;
	static double raw[1001], wrapped[1001], ratio[1001];
	double sum_raw = 0, sum_wrapped = 0;
	struct sockaddr_in addr;
	int len = sizeof addr, one = 1, i;
	SOCKET l, a, b;
	WSADATA wsa;

	if (trials < 1 || trials > 1001 || rounds < 1)
		return 2;
	WSAStartup(MAKEWORD(2, 2), &wsa);
	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	l = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(l, (struct sockaddr *)&addr, sizeof addr) ||
	    getsockname(l, (struct sockaddr *)&addr, &len) || listen(l, 1))
		return 1;
	a = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(a, (struct sockaddr *)&addr, sizeof addr))
		return 1;
	b = accept(l, NULL, NULL);
	setsockopt(a, IPPROTO_TCP, TCP_NODELAY, (const char *)&one, sizeof one);
	setsockopt(b, IPPROTO_TCP, TCP_NODELAY, (const char *)&one, sizeof one);

	run(raw_round, a, b, rounds / 10 + 1); /* warm up */
	run(wrapped_round, a, b, rounds / 10 + 1);
	for (i = 0; i < trials; i++) {
		/* alternate which goes first */
		if (i & 1) {
			wrapped[i] = run(wrapped_round, a, b, rounds);
			raw[i] = run(raw_round, a, b, rounds);
		} else {
			raw[i] = run(raw_round, a, b, rounds);
			wrapped[i] = run(wrapped_round, a, b, rounds);
		}
		ratio[i] = wrapped[i] / raw[i];
		sum_raw += raw[i];
		sum_wrapped += wrapped[i];
	}
	qsort(raw, (size_t)trials, sizeof raw[0], cmp_double);
	qsort(wrapped, (size_t)trials, sizeof wrapped[0], cmp_double);
	qsort(ratio, (size_t)trials, sizeof ratio[0], cmp_double);
	printf("| loop: %d trials of %ld rounds (4 calls each), CPU time | best ns/round | median ns/round | mean ns/round |\n",
	       trials, rounds);
	printf("|---|---:|---:|---:|\n");
	printf("| system calls: send(), recv() | %.0f | %.0f | %.0f |\n", raw[0], raw[trials / 2],
	       sum_raw / trials);
	printf("| wrappers (WSAERR_WRAP) | %.0f | %.0f | %.0f |\n", wrapped[0], wrapped[trials / 2],
	       sum_wrapped / trials);
	printf("\nwrapper overhead: %+.2f%% (median of the paired trials' ratios; quartiles %+.2f%%, %+.2f%%), "
	       "%+.2f%% (total time) (target: under 2%%)\n",
	       (ratio[trials / 2] - 1) * 100, (ratio[trials / 4] - 1) * 100,
	       (ratio[3 * trials / 4] - 1) * 100, (sum_wrapped / sum_raw - 1) * 100);
	closesocket(a);
	closesocket(b);
	closesocket(l);
	WSACleanup();
	return 0;
}

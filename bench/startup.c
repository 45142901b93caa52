/*
 * Process start: runs two commands alternately, N times each, in one run,
 * and reports the median and mean wall time per run of each. Alternating
 * spreads any background noise evenly over both.
 * usage: startup N -- CMD1 ARGS... -- CMD2 ARGS...
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double run(char **argv)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int status;
	double t0 = now();

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0) {
		perror(argv[0]);
		exit(1);
	}
	waitpid(pid, &status, 0);
	posix_spawn_file_actions_destroy(&fa);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "startup: %s failed\n", argv[0]);
		exit(1);
	}
	return now() - t0;
}

int main(int argc, char **argv)
{
	int n, i, split = 0;
	char **a, **b;
	double *ta, *tb, sa = 0, sb = 0;

	if (argc < 6 || strcmp(argv[2], "--") != 0) {
		fprintf(stderr, "usage: startup N -- CMD1... -- CMD2...\n");
		return 2;
	}
	n = atoi(argv[1]);
	for (i = 3; i < argc; i++)
		if (strcmp(argv[i], "--") == 0)
			split = i;
	if (n <= 0 || split == 0) {
		fprintf(stderr, "usage: startup N -- CMD1... -- CMD2...\n");
		return 2;
	}
	argv[split] = NULL;
	a = argv + 3;
	b = argv + split + 1;
	ta = malloc(sizeof *ta * (size_t)n);
	tb = malloc(sizeof *tb * (size_t)n);
	for (i = 0; i < n; i++) {
		ta[i] = run(a);
		tb[i] = run(b);
		sa += ta[i];
		sb += tb[i];
	}
	qsort(ta, (size_t)n, sizeof *ta, cmp);
	qsort(tb, (size_t)n, sizeof *tb, cmp);
	printf("| command (%d runs each, alternated) | median µs | mean µs |\n|---|---:|---:|\n", n);
	printf("| `%s %s` | %.0f | %.0f |\n", a[0], a[1] ? a[1] : "", ta[n / 2], sa / n);
	printf("| `%s %s` | %.0f | %.0f |\n", b[0], b[1] ? b[1] : "", tb[n / 2], sb / n);
	printf("\nmedian ratio wsaerr/errno: %.2f (target: <= 1.0)\n", ta[n / 2] / tb[n / 2]);
	free(ta);
	free(tb);
	return 0;
}

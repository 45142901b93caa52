/*
 * Test helper: runs a command and then writes the most memory it held at
 * once (its peak resident set, in kilobytes, as /usr/bin/time -f %M
 * writes it) as the last line of standard error. Exits with the
 * command's status (128 + the signal when a signal ended it, 127 when it
 * could not start). The tests compile it with the C compiler there.
 *   maxrss COMMAND [ARG]...
 */
#define _DEFAULT_SOURCE /* wait4(), as /usr/bin/time uses */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct rusage ru;
	pid_t pid;
	int status;

	if (argc < 2) {
		fprintf(stderr, "usage: maxrss COMMAND [ARG]...\n");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("maxrss: fork");
		return 127;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror("maxrss: exec");
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		;
	fprintf(stderr, "%ld\n", (long)ru.ru_maxrss);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

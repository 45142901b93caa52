/*
 * wsaerr - look up Windows Sockets error codes: the dispatcher. It reads
 * the options, picks the language and hands the operands to a subcommand.
 *
 * The tool is the library's first client: it includes only wsaerr.h and
 * does the things the library must not do (print, read the environment,
 * decide exit statuses).
 *
 * Exit status: 0 every query answered, 1 something not found or no match,
 * 2 usage error (bad option, malformed query), 3 output or input error.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

/* The locale that decides the language of messages: LC_ALL, LC_MESSAGES
 * or LANG, the first that is set and not empty; NULL when none is. */
static const char *messages_locale(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return NULL;
}

/* The language as GNU programs choose it: LANGUAGE, a list of languages
 * by priority ("ko:es"), when the locale is not C (gettext ignores it then);
 * else the locale; else English. */
static int default_lang(void)
{
	const char *locale = messages_locale(), *list = getenv("LANGUAGE");
	int l;

	if (locale == NULL || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0 ||
	    strncmp(locale, "C.", 2) == 0)
		return WSAERR_LANG_EN;
	while (list && *list) {
		char item[64];
		size_t n = strcspn(list, ":");
		if (n > 0 && n < sizeof item) {
			memcpy(item, list, n);
			item[n] = '\0';
			l = wsaerr_lang_find(item);
			if (l >= 0)
				return l;
		}
		list += n + (list[n] == ':');
	}
	l = wsaerr_lang_find(locale);
	return l >= 0 ? l : WSAERR_LANG_EN;
}

/* The long options that take a value, as --opt=value or --opt value. */
static const char *const value_options[] = { "--lang",   "--errno",   "--eai",
	                                     "--format", "--timeout", "--call" };

/* When argv[*i] is one of value_options, stores its name in *name and its
 * value in *value (NULL when it has none: at the end, or before another
 * option, which is never taken as a value; "-2" is a value) and moves *i
 * past it; returns 1. Returns 0 for any other argument. */
static int value_option(int argc, char **argv, int *i, const char **name, const char **value)
{
	const char *a = argv[*i];
	size_t k, n;

	for (k = 0; k < sizeof value_options / sizeof value_options[0]; k++) {
		n = strlen(value_options[k]);
		if (strncmp(a, value_options[k], n) != 0 || (a[n] != '\0' && a[n] != '='))
			continue;
		*name = value_options[k];
		if (a[n] == '=') {
			*value = a + n + 1;
		} else if (*i + 1 < argc &&
		           !(argv[*i + 1][0] == '-' && argv[*i + 1][1] != '\0' &&
		             !(argv[*i + 1][1] >= '0' && argv[*i + 1][1] <= '9'))) {
			*value = argv[++*i];
		} else {
			*value = NULL;
		}
		return 1;
	}
	return 0;
}

#ifdef _WIN32
#include <shellapi.h>
/* main()'s argv is in the ANSI code page, which cannot hold Hangul or most
 * accents; read the command line as UTF-16 and convert it to UTF-8, which
 * is what the library's texts and search expect. On failure the ANSI argv
 * is kept. */
static char **utf8_argv(int *argc, char **argv)
{
	int n, i;
	wchar_t **w = CommandLineToArgvW(GetCommandLineW(), &n);
	char **out;

	if (w == NULL)
		return argv;
	out = calloc((size_t)n + 1, sizeof *out);
	for (i = 0; out && i < n; i++) {
		int len = WideCharToMultiByte(CP_UTF8, 0, w[i], -1, NULL, 0, NULL, NULL);
		out[i] = len > 0 ? malloc((size_t)len) : NULL;
		if (out[i] == NULL ||
		    WideCharToMultiByte(CP_UTF8, 0, w[i], -1, out[i], len, NULL, NULL) <= 0) {
			LocalFree(w);
			return argv;
		}
	}
	LocalFree(w);
	if (out == NULL)
		return argv;
	*argc = n;
	return out;
}
#endif

int main(int argc, char **argv)
{
	struct opts o;
	struct arg *args;
	char **words;
	int nargs = 0, i, no_color = 0, rc;
	const char *lang_arg = NULL, *timeout_arg = NULL, *jobs_arg = NULL, *call_arg = NULL;
	const char *nc;

#ifdef _WIN32
	SetConsoleOutputCP(CP_UTF8);
	argv = utf8_argv(&argc, argv);
#endif
	memset(&o, 0, sizeof o);
	/* The language first, so that every later message is in it. */
	o.lang = default_lang();
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *name, *value;
		if (value_option(argc, argv, &i, &name, &value) && strcmp(name, "--lang") == 0 &&
		    value)
			lang_arg = value;
	}
	if (lang_arg) {
		int l = wsaerr_lang_find(lang_arg);
		if (l < 0 || lang_arg[0] == '\0')
			return usage_error(o.lang, WSAERR_UI_UNKNOWN_LANG, lang_arg, known_langs());
		o.lang = l;
	}

	args = calloc((size_t)argc + 1, sizeof *args);
	if (args == NULL) {
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *name, *value;
		/* A leading '-' followed by a digit is a negative number, not an
		 * option: -2147014842 is an HRESULT. "-" is standard input. */
		if (a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			args[nargs].system = 0;
			args[nargs++].text = argv[i];
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc) {
				args[nargs].system = 0;
				args[nargs].after_dashes = 1;
				args[nargs++].text = argv[i];
			}
		} else if (value_option(argc, argv, &i, &name, &value)) {
			if (value == NULL) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, name, "");
			}
			if (strcmp(name, "--errno") == 0 || strcmp(name, "--eai") == 0) {
				args[nargs].system = name[2] == 'e' && name[3] == 'a'
				                             ? WSAERR_SYS_EAI
				                             : WSAERR_SYS_ERRNO;
				args[nargs++].text = value;
			} else if (strcmp(name, "--format") == 0) {
				o.format = value;
			} else if (strcmp(name, "--timeout") == 0) {
				timeout_arg = value;
			} else if (strcmp(name, "--call") == 0) {
				call_arg = value;
			}
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			char help[4096];
			snprintf(help, sizeof help, wsaerr_ui_text(WSAERR_UI_USAGE, o.lang),
			         known_langs());
			print_help(help);
			free(args);
			return finish_output(EXIT_FOUND, o.lang);
		} else if (strcmp(a, "--version") == 0) {
			printf("wsaerr %s\n", wsaerr_version());
			free(args);
			return finish_output(EXIT_FOUND, o.lang);
		} else if (strcmp(a, "--json") == 0) {
			o.json = 1;
		} else if (strcmp(a, "--lines") == 0) {
			o.lines = 1;
		} else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			jobs_arg = argv[++i];
		} else if (strncmp(a, "-j", 2) == 0 || strncmp(a, "--jobs=", 7) == 0) {
			jobs_arg = a + (a[1] == 'j' ? 2 : 7);
		} else if (strcmp(a, "--no-color") == 0) {
			no_color = 1;
		} else {
			free(args);
			return usage_error(o.lang, WSAERR_UI_UNKNOWN_OPTION, a, "");
		}
	}

	o.call = -1;
	if (call_arg) {
		o.call = wsaerr_call_find(call_arg);
		if (o.call < 0) {
			free(args);
			return unknown_call(o.lang, call_arg);
		}
	}
	o.timeout = 5.0;
	if (timeout_arg) {
		char *end;
		o.timeout = strtod(timeout_arg, &end);
		if (*timeout_arg == '\0' || *end != '\0' || !(o.timeout > 0.0 && o.timeout <= 3600.0)) {
			free(args);
			return usage_error(o.lang, WSAERR_UI_PROBE_BAD_TIMEOUT, timeout_arg, "");
		}
	}
	if (jobs_arg) {
		/* -j N: N threads; 0 means one per core, as the default does */
		char *end;
		long j = strtol(jobs_arg, &end, 10);
		if (*jobs_arg < '0' || *jobs_arg > '9' || *end != '\0' || j > 1024) {
			free(args);
			return usage_error(o.lang, WSAERR_UI_NOT_A_NUMBER, jobs_arg, "");
		}
		o.jobs = (int)j;
	}
	nc = getenv("NO_COLOR");
	o.color = !no_color && !o.json && !(nc && *nc) && isatty(fileno(stdout));
	if (o.color) {
		const char *term = getenv("TERM");
		if (term && strcmp(term, "dumb") == 0)
			o.color = 0;
	}

	/* No operand: queries from standard input, when it is not a terminal
	 * (echo 10054 | wsaerr). */
	if (nargs == 0 && !o.format && !timeout_arg && !isatty(fileno(stdin))) {
		o.call_notes = 1;
		rc = cmd_lookup(&o, args, 0);
		free(args);
		return finish_output(rc, o.lang);
	}
	if (nargs == 0) {
		free(args);
		return usage_error(o.lang, WSAERR_UI_NOTHING_TO_LOOK_UP, "", "");
	}
	words = calloc((size_t)nargs + 1, sizeof *words);
	if (words == NULL) {
		free(args);
		diag("%s%s", strerror(errno), "");
		return EXIT_IO;
	}
	for (i = 0; i < nargs; i++)
		words[i] = (char *)args[i].text;
	/* --errno and --eai are lookups: they make no sense with a command,
	 * wherever they stand. */
	{
		int first = 0, other = -1;
		while (first < nargs && args[first].system)
			first++;
		for (i = 0; i < nargs; i++)
			if (args[i].system)
				other = i;
		const char *cmd = first < nargs ? args[first].text : "";
		int is_cmd = strcmp(cmd, "list") == 0 || strcmp(cmd, "search") == 0 ||
		             strcmp(cmd, "export") == 0 || strcmp(cmd, "probe") == 0 ||
		             strcmp(cmd, "explain") == 0 || strcmp(cmd, "scan") == 0;
		const char *bad = NULL;
		if (is_cmd && other >= 0)
			bad = args[other].system == WSAERR_SYS_EAI ? "--eai" : "--errno";
		else if (o.format && strcmp(cmd, "export") != 0)
			bad = "--format";
		else if (timeout_arg && strcmp(cmd, "probe") != 0)
			bad = "--timeout";
		else if (call_arg && is_cmd)
			bad = "--call";
		else if (o.json && strcmp(cmd, "export") == 0)
			bad = "--json";
		else if (o.lines && strcmp(cmd, "explain") != 0)
			bad = "--lines";
		else if (jobs_arg && strcmp(cmd, "scan") != 0)
			bad = "-j";
		if (bad) {
			rc = usage_error(o.lang, WSAERR_UI_CONFLICT, bad, is_cmd ? cmd : args[0].text);
			free(words);
			free(args);
			return rc;
		}
	}
	if (args[0].system == 0 && strcmp(args[0].text, "list") == 0) {
		if (nargs > 1)
			rc = usage_error(o.lang, WSAERR_UI_NO_ARGUMENTS, "list", "");
		else
			rc = cmd_list(&o);
	} else if (args[0].system == 0 && strcmp(args[0].text, "search") == 0) {
		rc = cmd_search(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "export") == 0) {
		rc = cmd_export(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "probe") == 0) {
		rc = cmd_probe(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "explain") == 0) {
		rc = cmd_explain(&o, words + 1, nargs - 1);
	} else if (args[0].system == 0 && strcmp(args[0].text, "scan") == 0) {
		rc = cmd_scan(&o, words + 1, nargs - 1);
	} else {
		o.call_notes = 1;
		rc = cmd_lookup(&o, args, nargs);
	}
	free(words);
	free(args);
	return finish_output(rc, o.lang);
}

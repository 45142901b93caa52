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

static int default_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			int l = wsaerr_lang_find(v);
			return l >= 0 ? l : WSAERR_LANG_EN;
		}
	}
	return WSAERR_LANG_EN;
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
	const char *lang_arg = NULL, *timeout_arg = NULL, *call_arg = NULL;
	const char *nc;

#ifdef _WIN32
	SetConsoleOutputCP(CP_UTF8);
	argv = utf8_argv(&argc, argv);
#endif
	memset(&o, 0, sizeof o);
	/* The language first, so that every later message is in it. */
	o.lang = default_lang();
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang_arg = argv[++i];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			lang_arg = argv[i] + 7;
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
		const char *a = argv[i];
		/* A leading '-' followed by a digit is a negative number, not an
		 * option: -2147014842 is an HRESULT. */
		if (a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			args[nargs].system = 0;
			args[nargs++].text = argv[i];
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc) {
				args[nargs].system = 0;
				args[nargs++].text = argv[i];
			}
		} else if (strcmp(a, "--errno") == 0 || strcmp(a, "--eai") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			args[nargs].system = strcmp(a, "--eai") == 0 ? WSAERR_SYS_EAI : WSAERR_SYS_ERRNO;
			args[nargs++].text = argv[++i];
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			printf(wsaerr_ui_text(WSAERR_UI_USAGE, o.lang), known_langs());
			free(args);
			return finish_output(EXIT_FOUND, o.lang);
		} else if (strcmp(a, "--version") == 0) {
			printf("wsaerr %s\n", wsaerr_version());
			free(args);
			return finish_output(EXIT_FOUND, o.lang);
		} else if (strcmp(a, "--format") == 0 || strcmp(a, "--timeout") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			if (a[2] == 'f')
				o.format = argv[++i];
			else
				timeout_arg = argv[++i];
		} else if (strcmp(a, "--call") == 0 || strncmp(a, "--call=", 7) == 0) {
			if (a[6] == '=') {
				call_arg = a + 7;
			} else if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			} else {
				call_arg = argv[++i];
			}
		} else if (strncmp(a, "--format=", 9) == 0) {
			o.format = a + 9;
		} else if (strncmp(a, "--timeout=", 10) == 0) {
			timeout_arg = a + 10;
		} else if (strcmp(a, "--json") == 0) {
			o.json = 1;
		} else if (strcmp(a, "--no-color") == 0) {
			no_color = 1;
		} else if (strcmp(a, "--lang") == 0) {
			if (i + 1 >= argc) {
				free(args);
				return usage_error(o.lang, WSAERR_UI_NEEDS_VALUE, a, "");
			}
			i++;
		} else if (strncmp(a, "--lang=", 7) == 0) {
			continue;
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
	nc = getenv("NO_COLOR");
	o.color = !no_color && !o.json && !(nc && *nc) && isatty(fileno(stdout));
	if (o.color) {
		const char *term = getenv("TERM");
		if (term && strcmp(term, "dumb") == 0)
			o.color = 0;
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

/*
 * The wsaerr tool's own shared pieces (not installed). The tool uses only
 * the library's public header.
 */
#ifndef WSAERR_CLI_H
#define WSAERR_CLI_H

#include "wsaerr.h"

#include <stddef.h>
#include <stdio.h>

#define EXIT_FOUND 0
#define EXIT_NOT_FOUND 1
#define EXIT_USAGE 2
#define EXIT_IO 3

struct opts {
	int json;
	int color;
	int lang;
	const char *format;          /* export --format */
	double timeout;              /* probe --timeout, seconds */
	int call;                    /* --call: a function number, or -1 */
	int call_notes;              /* JSON objects carry "calls" (lookups) */
};

/* A query: the text given and the system it was given in (0: any, as
 * wsaerr_parse() reads it; WSAERR_SYS_ERRNO for --errno, WSAERR_SYS_EAI for
 * --eai). */
struct arg {
	const char *text;
	int system;
};

/* "wsaerr: " and a message from a UI format string (at most two %s). */
void diag(const char *fmt, const char *a, const char *b);
/* diag() from a UI key, the "Try --help" line, and EXIT_USAGE. */
int usage_error(int lang, int key, const char *a, const char *b);

/* JSON string with escapes ('<' too, for HTML). */
void json_string(const char *s);
/* The things to check of a row, as a JSON array. */
void json_checks(const wsaerr_entry *e, int lang);
/* One JSON result: a reading (or, with r NULL, the row itself). */
void json_entry(const struct opts *o, const wsaerr_entry *e, const char *query,
                const wsaerr_reading *r);
/* The text block of a row. */
void print_entry_text(const struct opts *o, const wsaerr_entry *e);
/* What a row's code means when function o->call returns it, as a text
 * block; returns 0 (and prints nothing) when that function's page does not
 * list the code. */
int print_call_note(const struct opts *o, const wsaerr_entry *e);
/* "wsaerr: unknown function ..." with the known names, and EXIT_USAGE. */
int unknown_call(int lang, const char *name);
/* Word-wrapped to the terminal width, later lines indented. */
void put_wrapped(const char *text, const char *first, size_t indent);

/* "en, es, ko": the languages compiled into the library. */
const char *known_langs(void);
/* s padded with spaces to `width` display columns. */
void put_padded(const char *s, size_t width);
/* One line of a listing: code, name, message. */
void print_list_line(const wsaerr_entry *e, int lang);
/* A JSON string, or null for NULL. */
void json_null_or_string(const char *v);
/* The value of a reading as people write it in its system. */
void format_value(char *buf, size_t size, const wsaerr_reading *r);
/* Flushes stdout; a write failure becomes a diagnostic and EXIT_IO. */
int finish_output(int status, int lang);

/* The bytes of a match as they may go to a terminal. */
void print_match(const char *m, size_t n);
/* The bytes of a match as a JSON string. */
void json_bytes(const char *m, size_t n);

/* Reads a whole stream through a scanner: 0, or an errno value. */
int scan_stream(FILE *f, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn, void *ctx);
#define CHUNK (1u << 20)

/* Columns a UTF-8 string takes in a terminal (Hangul and CJK count 2). */
size_t display_width(const char *s, size_t len);

int cmd_lookup(const struct opts *o, const struct arg *args, int n);
int cmd_list(const struct opts *o);
int cmd_search(const struct opts *o, char **words, int n);
int cmd_export(const struct opts *o, char **args, int n);
int cmd_explain(const struct opts *o, char **args, int n);
int cmd_scan(const struct opts *o, char **args, int n);
int cmd_probe(const struct opts *o, char **args, int n);

#endif

/*
 * The wsaerr tool's own shared pieces (not installed). The tool uses only
 * the library's public header.
 */
#ifndef WSAERR_CLI_H
#define WSAERR_CLI_H

#include "wsaerr.h"

#include <stddef.h>

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
/* Word-wrapped to the terminal width, later lines indented. */
void put_wrapped(const char *text, const char *first, size_t indent);

/* Columns a UTF-8 string takes in a terminal (Hangul and CJK count 2). */
size_t display_width(const char *s, size_t len);

int cmd_export(const struct opts *o, char **args, int n);
int cmd_explain(const struct opts *o, char **args, int n);
int cmd_scan(const struct opts *o, char **args, int n);
int cmd_probe(const struct opts *o, char **args, int n);

#endif

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
	int lines;                   /* explain --lines */
	int jobs;                    /* scan -j: threads; 0 for one per core */
	int call;                    /* --call: a function number, or -1 */
	int call_notes;              /* JSON objects carry "calls" (lookups) */
};

/* A query: the text given and the system it was given in (0: any, as
 * wsaerr_parse() reads it; WSAERR_SYS_ERRNO for --errno, WSAERR_SYS_EAI for
 * --eai); after_dashes when it came after "--". */
struct arg {
	const char *text;
	int system;
	int after_dashes;
};

/* How a lookup read a result, for JSON: a query as given, or a match in
 * a text (match not NULL); message and explanation stand in for a reading
 * with no row (-1). */
struct how {
	const char *match;
	size_t match_len;
	int evidence;
	const char *message;
	const char *explanation;
};

/* Column widths of a listing. */
struct widths {
	size_t code, name;
};

/* "wsaerr: " and a message from a UI format string (at most two %s). */
void diag(const char *fmt, const char *a, const char *b);
/* diag() from a UI key, the "Try --help" line, and EXIT_USAGE. */
int usage_error(int lang, int key, const char *a, const char *b);

/* JSON string with escapes ('<' too, for HTML), always valid UTF-8
 * (U+FFFD for bytes that are not). */
void json_string(const char *s);
void json_text(const char *s, size_t n);
/* Text for a terminal: control characters and invalid bytes as \xNN. */
void term_text(FILE *f, const char *s, size_t n);
/* The same into a new string, or NULL; the caller frees it. */
char *term_escape(const char *s);
/* The things to check of a row, as a JSON array. */
void json_checks(const wsaerr_entry *e, int lang);
/* One JSON result: a reading (or, with r NULL, the row itself). */
void json_entry(const struct opts *o, const wsaerr_entry *e, const char *query,
                const wsaerr_reading *r);
/* The same, saying how a lookup read it (how may be NULL). */
void json_lookup(const struct opts *o, const wsaerr_entry *e, const char *query,
                 const wsaerr_reading *r, const struct how *how);
/* The text block of a row. */
void print_entry_text(const struct opts *o, const wsaerr_entry *e);
/* What Windows prints for a row, in lang when known (*in_lang 1), else in
 * English (*in_lang 0); NULL when unknown. */
const char *windows_text(const wsaerr_entry *e, int lang, int *in_lang);
/* The terminal's width: COLUMNS, else the terminal's size, else 80. */
size_t term_width(void);
/* What a Winsock row's code means when function call returns it; NULL when
 * that function's page does not list the code, and for rows of the other
 * systems. */
const char *call_note(const wsaerr_entry *e, int call, int lang);
/* What a row's code means when function o->call returns it, as a text
 * block; returns 0 (and prints nothing) when that function's page does not
 * list the code. */
int print_call_note(const struct opts *o, const wsaerr_entry *e);
/* "wsaerr: unknown function ..." with the known names, and EXIT_USAGE. */
int unknown_call(int lang, const char *name);
/* Word-wrapped to the terminal width, later lines indented. */
void put_wrapped(const char *text, const char *first, size_t indent);
/* A help text, its "  TERM  description" columns lined up. */
void print_help(const char *text);
/* A system's label, and its heading in a listing. */
const char *system_label(int sys, int lang);
const char *system_heading(int sys, int lang);
/* The column widths for the rows of a system. */
void list_widths(int sys, struct widths *w);
/* Rows by system, then by code. */
void sort_listing(const wsaerr_entry **rows, size_t n);
/* Rows so sorted, a heading where the system changes. */
void print_listing(const struct opts *o, const wsaerr_entry *const *rows, size_t n);

/* "en, es, ko": the languages compiled into the library. */
const char *known_langs(void);
/* s padded with spaces to `width` display columns. */
void put_padded(const char *s, size_t width);
/* One line of a listing: code, name, message (wrapped). */
void print_list_line(const wsaerr_entry *e, int lang, const struct widths *w);
/* A JSON string, or null for NULL. */
void json_null_or_string(const char *v);
/* The value of a reading as people write it in its system. */
void format_value(char *buf, size_t size, const wsaerr_reading *r);
/* 1 for the mail and Internet systems (SMTP to WinHTTP). */
int is_mail_system(int sys);
/* A value of a system as people write it (0x800CCC0E, 5.7.1, IN-USE). */
void system_value_text(char *buf, size_t size, int sys, long long value, const char *name);
/* Flushes stdout; a write failure becomes a diagnostic and EXIT_IO. */
int finish_output(int status, int lang);

/* The hits of the recognizer, of every system. */
/* The catalogue row of a hit (a Winsock row, or one of its system); NULL
 * for an enhanced code the registry lacks. */
const wsaerr_entry *hit_entry(const wsaerr_hit *h);
/* What a hit refers to, as a lookup labels it: "WSAECONNREFUSED (10061)",
 * "554 (SMTP reply)", "IXP_E_FAILED_TO_CONNECT (Outlook transport error
 * 0x800CCC0E)". */
void hit_target(char *buf, size_t size, const wsaerr_hit *h, int lang);
/* What the class (5.X.X) of an enhanced code says, and its subject (X.7.X)
 * when it has no row; nothing for another system. */
void print_enhanced_class(int system, long long value, int has_row, int lang);
/* The codes met, to explain each once. */
struct seen_mail {
	int system;
	long long value;
};
struct seen_codes {
	unsigned char wsa[12000];
	struct seen_mail mail[256];
	size_t nmail;
};
/* Adds a hit's code; 1 when it is new. */
int seen_add(struct seen_codes *s, const wsaerr_hit *h);
/* The text block of each code seen, each after a blank line. */
typedef int (*seen_after_fn)(const struct opts *o, const wsaerr_entry *e);
int print_seen(const struct opts *o, struct seen_codes *s, seen_after_fn after);
/* "wsa" (null for a hit of another system), "system" and "value" of a hit,
 * as JSON keys. */
void json_hit_code(const wsaerr_hit *h);

/* The bytes of a match as they may go to a terminal. */
void print_match(const char *m, size_t n);
/* The same on one line of at most width columns, cut with "...". */
void print_cut(const char *s, size_t n, size_t width);
/* The bytes of a match as a JSON string. */
void json_bytes(const char *m, size_t n);

/* What reading an input came to. */
struct read_result {
	int err;                     /* errno of a failed read, or 0 */
	int regular;                 /* a regular file */
	int shrank;                  /* it got shorter while it was read */
	unsigned long long bytes;    /* bytes read */
	unsigned long long expected; /* a regular file's size when opened */
};

/* Reads a whole stream through a scanner (then ends the scanner):
 * returns 0, or the errno of a failed read (also in r->err). */
int scan_stream(FILE *f, struct read_result *r, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn,
                void *ctx);
/* The same, keeping a copy of the first keep_size bytes in keep (*kept is
 * how many; keep may be NULL). */
int scan_stream_keep(FILE *f, struct read_result *r, wsaerr_scanner *s, char *buf, wsaerr_hit_fn fn,
                     void *ctx, char *keep, size_t keep_size, size_t *kept);
/* Tells what went wrong reading path, if anything; 1 when it did. */
int report_read(const struct opts *o, const char *path, const struct read_result *r);

/* Reads the lines of a stream (blank ones skipped, line ends removed) into
 * a NULL-terminated array of strings, all in *block; *n is their number;
 * the caller frees *block and *lines. Returns 0, an errno value, or -1
 * when there is more than max bytes. */
int read_lines(FILE *f, size_t max, char **block, char ***lines, int *n);
#define CHUNK (1u << 20)

/* Columns a UTF-8 string takes in a terminal (Hangul and CJK count 2). */
size_t display_width(const char *s, size_t len);

/* Says on stderr what the tool waits for when standard input is a
 * terminal. */
void say_waiting(int lang);

int cmd_lookup(const struct opts *o, const struct arg *args, int n);
int cmd_list(const struct opts *o);
int cmd_search(const struct opts *o, char **words, int n);
int cmd_export(const struct opts *o, char **args, int n);
int cmd_explain(const struct opts *o, char **args, int n);
int cmd_scan(const struct opts *o, char **args, int n);
int cmd_probe(const struct opts *o, char **args, int n);

/* scan: where a code was seen, and how often. */
struct where {
	int file; /* index in the argument list, -1 stdin */
	unsigned long long line;
};

struct tally {
	unsigned long long count;
	struct where first, last;
};

/* scan counts each code in a slot of its own (cli/scan.c): the Winsock
 * codes are their own slots (0..11999); then the SMTP replies (200..599),
 * the enhanced codes (class 2, 4 or 5, subject 0..7, detail 0..999), the
 * Outlook transport errors (0x800CCC00..0x800CCCFF), the WinINet and the
 * WinHTTP errors (12000..12199). */
#define TALLY_SMTP 12000
#define TALLY_ENH (TALLY_SMTP + 400)
#define TALLY_IXP (TALLY_ENH + 3 * 8 * 1000)
#define TALLY_INET (TALLY_IXP + 256)
#define TALLY_HTTP (TALLY_INET + 200)
#define TALLY_KEYS (TALLY_HTTP + 200)
/* The slot of a hit's code, or -1. */
int tally_key(const wsaerr_hit *h);
/* The system and value of a slot. */
void tally_code(int key, int *system, long long *value);

/* scan -j (cli/scan_jobs.c): the number of threads asked for (the cores
 * for 0), and the scan of every input by that many; fills by_code[TALLY_KEYS]
 * as one thread would and returns 1 when an input could not be read. */
int scan_jobs(const struct opts *o);
int scan_parallel(const struct opts *o, char **args, int n, int jobs, struct tally *by_code);

/* explain --lines: a row per line of standard input (cli/lines.c). */
int explain_lines(const struct opts *o);

#endif

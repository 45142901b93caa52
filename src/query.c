/*
 * libwsaerr: queries (wsaerr.h, "Queries"): what people type, read as a
 * decimal or hex number or a name, with every way it can be read.
 */
#include "wsaerr.h"

#include <string.h>

#include "src/internal.h"

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Letters, '_', and after the first character digits, '-' and '/' (the
 * POP3 and IMAP codes IN-USE, SYS/TEMP, READ-ONLY). */
static int is_name_char(char c, int first)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
	       (!first && ((c >= '0' && c <= '9') || c == '-' || c == '/'));
}

/* The system a prefix of n bytes names ("smtp", "ENH", "h_errno"), or 0. */
static int prefix_system(const char *p, size_t n)
{
	int sys;

	for (sys = WSAERR_SYS_WSA; wsaerr_system_key(sys); sys++) {
		const char *k = wsaerr_system_key(sys);
		size_t i;
		for (i = 0; i < n && k[i] && wsaerr_upper(k[i]) == wsaerr_upper(p[i]); i++)
			;
		if (i == n && k[i] == '\0')
			return sys;
	}
	if (n == 3 && wsaerr_upper(p[0]) == 'E' && wsaerr_upper(p[1]) == 'N' &&
	    wsaerr_upper(p[2]) == 'H')
		return WSAERR_SYS_ENHANCED;
	return 0;
}

/* Reads 1 to 3 digits at *i; -1 when there are none or more. */
static int small_number(const char *text, size_t *i, size_t e)
{
	int v = 0, n = 0;

	while (*i < e && text[*i] >= '0' && text[*i] <= '9') {
		if (++n > 3)
			return -1;
		v = v * 10 + (text[*i] - '0');
		(*i)++;
	}
	return n ? v : -1;
}

/* An enhanced status code from b: class (2, 4, 5, X), '.', subject, '.',
 * detail. Returns the value as wsaerr_lookup() encodes it, or -1 with *at
 * at the first byte that does not fit. */
static long enhanced_code(const char *text, size_t b, size_t e, size_t *at)
{
	size_t i = b + 2;
	int cls = (text[b] == 'X' || text[b] == 'x') ? 0 : text[b] - '0', subject, detail;

	*at = i;
	subject = small_number(text, &i, e);
	if (subject < 0 || i >= e || text[i] != '.') {
		*at = i;
		return -1;
	}
	i++;
	detail = small_number(text, &i, e);
	if (detail < 0 || i != e) {
		*at = i;
		return -1;
	}
	return cls * 1000000L + subject * 1000L + detail;
}

/* Keeps the readings of one system; a number that system has none for is
 * read in it with wsaerr_read(). Then entry and code follow the first
 * reading with a row. */
static void keep_system(wsaerr_query *q, int sys)
{
	size_t i, n = 0;

	for (i = 0; i < q->nreadings; i++)
		if (q->readings[i].system == sys)
			q->readings[n++] = q->readings[i];
	q->nreadings = n;
	if (n == 0 && (q->form == WSAERR_FORM_DECIMAL || q->form == WSAERR_FORM_HEX)) {
		wsaerr_read(sys, q->number, &q->readings[0]);
		q->nreadings = 1;
	}
	q->entry = NULL;
	for (i = 0; i < q->nreadings; i++)
		if (q->readings[i].entry) {
			q->entry = q->readings[i].entry;
			q->code = wsaerr_code(q->entry);
			break;
		}
}


static int parse_fail(wsaerr_query *q, int status, size_t at)
{
	if (q) {
		memset(q, 0, sizeof *q);
		q->error_at = at;
	}
	return status;
}

int wsaerr_parse(const char *text, wsaerr_query *q)
{
	size_t b = 0, e, i;
	int form, neg = 0, sys = 0;
	unsigned long long v = 0;
	unsigned long bits;

	if (text == NULL)
		return parse_fail(q, WSAERR_PARSE_EMPTY, 0);
	while (is_blank(text[b]))
		b++;
	e = b + strlen(text + b);
	while (e > b && is_blank(text[e - 1]))
		e--;
	if (e == b)
		return parse_fail(q, WSAERR_PARSE_EMPTY, b);

	/* "smtp:550": a system, then the query */
	for (i = b; i < e && (is_name_char(text[i], i == b) && text[i] != '-' && text[i] != '/');
	     i++)
		;
	if (i < e && i > b && text[i] == ':') {
		sys = prefix_system(text + b, i - b);
		if (sys == 0)
			return parse_fail(q, WSAERR_PARSE_BAD_NAME, i);
		b = i + 1;
		while (b < e && is_blank(text[b]))
			b++;
		if (b == e)
			return parse_fail(q, WSAERR_PARSE_EMPTY, b);
	}

	if (e - b >= 5 && text[b + 1] == '.' &&
	    (text[b] == '2' || text[b] == '4' || text[b] == '5' || text[b] == 'X' ||
	     text[b] == 'x')) {
		long v = enhanced_code(text, b, e, &i);
		if (v < 0)
			return parse_fail(q, WSAERR_PARSE_TRAILING, i);
		if (q) {
			memset(q, 0, sizeof *q);
			q->form = WSAERR_FORM_ENHANCED;
			q->number = v;
			q->nreadings = 1;
			wsaerr_read(WSAERR_SYS_ENHANCED, v, &q->readings[0]);
			q->entry = q->readings[0].entry;
			q->code = wsaerr_code(q->entry);
			if (sys) {
				q->system = sys;
				keep_system(q, sys);
			}
		}
		return WSAERR_PARSE_OK;
	}

	if (is_name_char(text[b], 1)) {
		for (i = b; i < e; i++)
			if (!is_name_char(text[i], 0) ||
			    ((text[i] == '-' || text[i] == '/') &&
			     (i + 1 == e || text[i + 1] == '-' || text[i + 1] == '/')))
				return parse_fail(q, WSAERR_PARSE_BAD_NAME, i);
		if (q) {
			memset(q, 0, sizeof *q);
			q->form = WSAERR_FORM_NAME;
			q->entry = wsaerr_by_name_n(text + b, e - b);
			q->code = wsaerr_code(q->entry);
			wsaerr_read_name(q, text + b, e - b);
			if (sys) {
				q->system = sys;
				keep_system(q, sys);
			}
		}
		return WSAERR_PARSE_OK;
	}

	i = b;
	if (text[i] == '-') {
		neg = 1;
		i++;
	}
	if (!neg && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
		form = WSAERR_FORM_HEX;
		i += 2;
		if (i == e)
			return parse_fail(q, WSAERR_PARSE_NO_DIGITS, i);
		for (; i < e; i++) {
			int d = hex_digit(text[i]);
			if (d < 0)
				return parse_fail(q, WSAERR_PARSE_TRAILING, i);
			v = v * 16 + (unsigned)d;
			if (v > 0xFFFFFFFFull)
				return parse_fail(q, WSAERR_PARSE_OVERFLOW, b);
		}
	} else {
		form = WSAERR_FORM_DECIMAL;
		if (i == e || text[i] < '0' || text[i] > '9')
			return parse_fail(q, i == e ? WSAERR_PARSE_NO_DIGITS :
			                  (neg ? WSAERR_PARSE_TRAILING : WSAERR_PARSE_BAD_NAME), i);
		for (; i < e; i++) {
			if (text[i] < '0' || text[i] > '9')
				return parse_fail(q, WSAERR_PARSE_TRAILING, i);
			v = v * 10 + (unsigned)(text[i] - '0');
			if (v > (neg ? 0x80000000ull : 0xFFFFFFFFull))
				return parse_fail(q, WSAERR_PARSE_OVERFLOW, b);
		}
	}

	if (q == NULL)
		return WSAERR_PARSE_OK;
	memset(q, 0, sizeof *q);
	q->form = form;
	q->number = neg ? -(long long)v : (long long)v;
	bits = neg ? (unsigned long)(0x100000000ull - v) & 0xFFFFFFFFul
	           : (unsigned long)v;
	if ((bits & WSAERR_HR_WIN32_MASK) == WSAERR_HR_WIN32_BITS) {
		q->hresult = 1;
		q->code = (int)(bits & 0xFFFFu);
	} else if (bits > 0x7FFFFFFFul) {
		q->code = (int)((long)(bits - 0x80000000ul) - 0x7FFFFFFFL - 1);
	} else {
		q->code = (int)bits;
	}
	q->entry = wsaerr_by_code(q->code);
	wsaerr_read_number(q, bits);
	if (q->entry == NULL) {
		/* An NTSTATUS, an HRESULT with FACILITY_NT_BIT, a code of the mail
		 * and Internet systems: the row of the first reading that has one. */
		for (i = 0; i < q->nreadings; i++)
			if (q->readings[i].entry) {
				q->entry = q->readings[i].entry;
				q->code = wsaerr_code(q->entry);
				break;
			}
	}
	if (sys) {
		q->system = sys;
		keep_system(q, sys);
	}
	return WSAERR_PARSE_OK;
}


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

static int is_name_char(char c, int first)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
	       (!first && c >= '0' && c <= '9');
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
	int form, neg = 0;
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

	if (is_name_char(text[b], 1)) {
		for (i = b; i < e; i++)
			if (!is_name_char(text[i], 0))
				return parse_fail(q, WSAERR_PARSE_BAD_NAME, i);
		if (q) {
			memset(q, 0, sizeof *q);
			q->form = WSAERR_FORM_NAME;
			q->entry = wsaerr_by_name_n(text + b, e - b);
			q->code = wsaerr_code(q->entry);
			wsaerr_read_name(q, text + b, e - b);
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
		/* An NTSTATUS or an HRESULT with FACILITY_NT_BIT: the row of the
		 * first reading that has one. */
		for (i = 0; i < q->nreadings; i++)
			if (q->readings[i].entry) {
				q->entry = q->readings[i].entry;
				q->code = wsaerr_code(q->entry);
				break;
			}
	}
	return WSAERR_PARSE_OK;
}


/*
 * libwsaerr: a mail program's error dialog (wsaerr.h, "A mail program's
 * error dialog"): its labelled fields in any of the languages of
 * data/mail/labels.def, what they say as numbers, the advice of
 * data/mail/advice.def for their combinations, and the mail ports of
 * data/mail/ports.def.
 */
#include "wsaerr.h"

#include "src/internal.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Labels and values                                                   */

struct dlg_label {
	int field;
	const char *lang;
	const char *text;
};

static const struct dlg_label dlg_labels[] = {
#define LABEL(field, lang, text, source) { WSAERR_FIELD_##field, lang, text },
#define SSL(on, word, source)
#include "data/mail/labels.def"
#undef LABEL
#undef SSL
};
#define DLG_NLABELS (sizeof dlg_labels / sizeof dlg_labels[0])

#define ON WSAERR_SSL_ON
#define OFF WSAERR_SSL_OFF
struct dlg_ssl_word {
	int ssl;
	const char *word;
};

static const struct dlg_ssl_word dlg_ssl_words[] = {
#define LABEL(field, lang, text, source)
#define SSL(on, word, source) { on, word },
#include "data/mail/labels.def"
#undef LABEL
#undef SSL
};
#undef ON
#undef OFF

typedef const unsigned char *dptr;

static int dlg_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int dlg_alnum(unsigned char c)
{
	return dlg_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static unsigned char dlg_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static int dlg_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* The end of label l at p (its ':' included), or NULL: ASCII case
 * ignored, a blank of the label matches any blanks or none, blanks may
 * come before the ':' (or the full-width '：'). */
static dptr dlg_label_at(const struct dlg_label *l, dptr p, dptr end)
{
	const unsigned char *w = (const unsigned char *)l->text;

	const unsigned char *start = p;

	while (*w) {
		if (*w == ' ') {
			/* a few blanks: a label is not spread over a line */
			while (p < end && dlg_blank(*p) && p - start < 64)
				p++;
			w++;
			continue;
		}
		if (p >= end || dlg_lower(*p) != dlg_lower(*w))
			return NULL;
		p++;
		w++;
	}
	while (p < end && dlg_blank(*p) && p - start < 64)
		p++;
	if (p < end && *p == ':')
		return p + 1;
	if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x9A)
		return p + 3;
	return NULL;
}

/* The longest label that starts at p, where a word starts; *after is
 * set past its ':'. */
static const struct dlg_label *dlg_label_here(dptr text, dptr p, dptr end, dptr *after)
{
	const struct dlg_label *best = NULL;
	dptr best_end = NULL;
	size_t i;

	if (p > text && dlg_alnum(p[-1]))
		return NULL;
	for (i = 0; i < DLG_NLABELS; i++) {
		dptr e;
		if (dlg_lower(*p) != dlg_lower((unsigned char)dlg_labels[i].text[0]))
			continue;
		e = dlg_label_at(&dlg_labels[i], p, end);
		if (e && (best == NULL || e > best_end)) {
			best = &dlg_labels[i];
			best_end = e;
		}
	}
	*after = best_end;
	return best;
}

/* The next label at or after p and before `stop`: its start, or NULL. */
static const struct dlg_label *dlg_next_label(dptr text, dptr p, dptr stop, dptr end, dptr *at,
                                              dptr *after)
{
	for (; p < stop; p++) {
		const struct dlg_label *l;
		/* labels start with a letter, ASCII or not */
		if (dlg_digit(*p) || *p < 'A' || (*p > 'Z' && *p < 'a') ||
		    (*p > 'z' && *p < 0x80) || (*p >= 0x80 && *p < 0xC0))
			continue;
		if ((l = dlg_label_here(text, p, end, after)) != NULL) {
			*at = p;
			return l;
		}
	}
	return NULL;
}

/* 1 when the bytes before p, back to q, are a quote or a blank, a mark
 * that ends a value, in UTF-8 or ASCII: the length of the one at the end
 * of [q, p) to drop, else 0. */
static size_t dlg_trailing_mark(dptr q, dptr p)
{
	if (p - q >= 1 &&
	    (dlg_blank(p[-1]) || p[-1] == ',' || p[-1] == ';' || p[-1] == '.' || p[-1] == '\'' ||
	     p[-1] == '"' || p[-1] == '`' || p[-1] == '\r' || p[-1] == '\n'))
		return 1;
	/* ’ ‘ “ ” 」 』 、 。 ， » */
	if (p - q >= 3 && ((p[-3] == 0xE2 && p[-2] == 0x80 &&
	                    (p[-1] == 0x98 || p[-1] == 0x99 || p[-1] == 0x9C || p[-1] == 0x9D)) ||
	                   (p[-3] == 0xE3 && p[-2] == 0x80 &&
	                    (p[-1] == 0x8D || p[-1] == 0x8F || p[-1] == 0x81 || p[-1] == 0x82)) ||
	                   (p[-3] == 0xEF && p[-2] == 0xBC && p[-1] == 0x8C)))
		return 3;
	if (p - q >= 2 && p[-2] == 0xC2 && p[-1] == 0xBB)
		return 2;
	return 0;
}

/* The length of a quote or blank at p (before end) to drop at the start
 * of a value, else 0. */
static size_t dlg_leading_mark(dptr p, dptr end)
{
	if (p < end && (dlg_blank(*p) || *p == '\'' || *p == '"' || *p == '`'))
		return 1;
	/* ‘ ’ “ ” 「 『 */
	if (end - p >= 3 && ((p[0] == 0xE2 && p[1] == 0x80 &&
	                      (p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9C || p[2] == 0x9D)) ||
	                     (p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x8C || p[2] == 0x8E))))
		return 3;
	if (end - p >= 2 && p[0] == 0xC2 && p[1] == 0xAB)
		return 2;
	return 0;
}

/* ------------------------------------------------------------------ */
/* What the values say                                                 */

/* A decimal number of at most `max` digits at p, or -1. */
static long dlg_number_at(dptr p, dptr e, int max)
{
	long v = 0;
	int n = 0;

	while (p < e && dlg_digit(*p) && n < max) {
		v = v * 10 + (*p++ - '0');
		n++;
	}
	return n == 0 || (p < e && dlg_digit(*p)) ? -1 : v;
}

/* The enhanced status code first found in [lo, e) ("5.7.1", "(#5.7.1)"),
 * as wsaerr_lookup() takes it, or 0. */
static long long dlg_enhanced_in(dptr lo, dptr e)
{
	dptr p;

	for (p = lo; e - p >= 5; p++) {
		dptr q = p + 4;
		long long detail = 0;
		if (!(*p == '2' || *p == '4' || *p == '5') || p[1] != '.' || p[2] < '0' ||
		    p[2] > '7' || p[3] != '.' || !dlg_digit(p[4]))
			continue;
		if (p > lo && (dlg_digit(p[-1]) || p[-1] == '.'))
			continue;
		while (q < e && q - p < 7 && dlg_digit(*q))
			detail = detail * 10 + (*q++ - '0');
		if (q < e && (dlg_digit(*q) || (*q == '.' && q + 1 < e && dlg_digit(q[1]))))
			continue;
		return (*p - '0') * 1000000LL + (p[2] - '0') * 1000LL + detail;
	}
	return 0;
}

/* 1 when the word w (ASCII, any case) stands alone in [lo, e). */
static int dlg_has_word(dptr lo, dptr e, const char *w)
{
	size_t n = strlen(w), k;
	dptr p;

	for (p = lo; (size_t)(e - p) >= n; p++) {
		for (k = 0; k < n && dlg_lower(p[k]) == dlg_lower((unsigned char)w[k]); k++)
			;
		if (k == n && !(p + n < e && dlg_alnum(p[n])) && !(p > lo && dlg_alnum(p[-1])))
			return 1;
	}
	return 0;
}

/* Reads what the value of part pt says into d; for the numbered fields,
 * narrows the value to its number. */
static void dlg_understand(wsaerr_dialog *d, wsaerr_dialog_part *pt, dptr text)
{
	dptr p = text + pt->start, e = text + pt->end, q;
	long v;
	size_t i;

	switch (pt->field) {
	case WSAERR_FIELD_PROTOCOL:
		d->protocol = dlg_has_word(p, e, "smtp")   ? WSAERR_SYS_SMTP
		              : dlg_has_word(p, e, "pop3") ? WSAERR_SYS_POP3
		              : dlg_has_word(p, e, "imap") ? WSAERR_SYS_IMAP
		                                           : 0;
		break;
	case WSAERR_FIELD_RESPONSE:
		if (e - p >= 3 && *p >= '2' && *p <= '5' && (v = dlg_number_at(p, e, 3)) >= 200)
			d->reply = (int)v;
		d->enhanced = dlg_enhanced_in(p, e);
		break;
	case WSAERR_FIELD_SSL: {
		dptr w = p;
		while (w < e && !dlg_blank(*w) && *w != ',' && *w != '.' && *w != '\'' && *w != '"')
			w++;
		for (i = 0; i < sizeof dlg_ssl_words / sizeof dlg_ssl_words[0]; i++) {
			size_t n = strlen(dlg_ssl_words[i].word), k;
			if ((size_t)(w - p) != n)
				continue;
			for (k = 0;
			     k < n &&
			     dlg_lower(p[k]) == dlg_lower((unsigned char)dlg_ssl_words[i].word[k]);
			     k++)
				;
			if (k == n) {
				d->ssl = dlg_ssl_words[i].ssl;
				break;
			}
		}
		break;
	}
	case WSAERR_FIELD_PORT:
	case WSAERR_FIELD_SERVER_ERROR:
	case WSAERR_FIELD_SOCKET_ERROR:
		v = dlg_number_at(p, e, 5);
		if (v < 0)
			break;
		for (q = p; q < e && dlg_digit(*q); q++)
			;
		pt->end = (size_t)(q - text);
		if (pt->field == WSAERR_FIELD_PORT)
			d->port = v;
		else if (pt->field == WSAERR_FIELD_SERVER_ERROR)
			d->server_error = (int)v;
		else
			d->socket_error = (int)v;
		break;
	case WSAERR_FIELD_ERROR_NUMBER: {
		unsigned long long x = 0;
		int digits = 0;
		q = p;
		if (e - q >= 2 && q[0] == '0' && (q[1] | 0x20) == 'x')
			q += 2;
		for (; q < e && digits < 8; q++, digits++) {
			unsigned char c = dlg_lower(*q);
			if (dlg_digit(c))
				x = x * 16 + (unsigned)(c - '0');
			else if (c >= 'a' && c <= 'f')
				x = x * 16 + (unsigned)(c - 'a' + 10);
			else
				break;
		}
		if (digits == 8 && !(q < e && dlg_alnum(*q))) {
			d->error_number = (long long)x;
			pt->end = (size_t)(q - text);
		}
		break;
	}
	default: break;
	}
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

/* The end of the line p is on (its '\n' or end). */
static dptr dlg_eol(dptr p, dptr end)
{
	const void *nl = memchr(p, '\n', (size_t)(end - p));
	return nl ? (dptr)nl : end;
}

/* Sets the value of a part to [p, e), its marks left out. */
static void dlg_set_value(wsaerr_dialog_part *pt, dptr text, dptr p, dptr e)
{
	size_t k;

	while ((k = dlg_leading_mark(p, e)) != 0)
		p += k;
	while (e > p && (k = dlg_trailing_mark(p, e)) != 0)
		e -= k;
	pt->start = (size_t)(p - text);
	pt->end = (size_t)(e - text);
}

size_t wsaerr_dialog_read(const char *text, size_t len, wsaerr_dialog *d)
{
	dptr t = (dptr)text, end, p = t, at, after;
	const struct dlg_label *l;

	if (d == NULL)
		return 0;
	memset(d, 0, sizeof *d);
	if (text == NULL)
		return 0;
	end = t + len;
	while ((l = dlg_next_label(t, p, end, end, &at, &after)) != NULL) {
		wsaerr_dialog nd;
		dptr vstart = after;

		memset(&nd, 0, sizeof nd);
		nd.start = (size_t)(at - t);
		for (;;) {
			wsaerr_dialog_part *pt = &nd.parts[nd.nparts++];
			dptr line_end = dlg_eol(vstart, end), nat, nafter, q;
			const struct dlg_label *nl;
			pt->field = l->field;
			pt->lang = l->lang;
			pt->label = (size_t)(at - t);
			/* the value runs to the next label on its line; a label at
			 * the start of the next line goes on with the dialog */
			nl = dlg_next_label(t, vstart, line_end, end, &nat, &nafter);
			if (nl == NULL && line_end < end) {
				for (q = line_end + 1; q < end && (dlg_blank(*q) || *q == '\r');
				     q++)
					;
				if (q < end && dlg_label_here(t, q, end, &nafter) != NULL) {
					nl = dlg_label_here(t, q, end, &nafter);
					nat = q;
				}
			}
			dlg_set_value(pt, t, vstart, nl && nat < line_end ? nat : line_end);
			dlg_understand(&nd, pt, t);
			nd.end = pt->end;
			if (nl == NULL || nd.nparts == WSAERR_DIALOG_MAX)
				break;
			l = nl;
			at = nat;
			vstart = nafter;
		}
		if (nd.nparts >= 2) {
			/* the parts are in the order of the text: the last one ends
			 * the dialog */
			if (nd.reply == 0 && nd.server_error >= 200 && nd.server_error <= 599)
				nd.reply = nd.server_error;
			*d = nd;
			return d->nparts;
		}
		p = vstart > at ? vstart : at + 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Advice                                                              */

#define ANY 0
#define SMTP WSAERR_SYS_SMTP
#define POP3 WSAERR_SYS_POP3
#define IMAP WSAERR_SYS_IMAP
#define ON WSAERR_SSL_ON
#define OFF WSAERR_SSL_OFF

struct dlg_advice_row {
	const char *key;
	int protocol;
	long port;
	int ssl;
	int socket;
	unsigned long ixp;
	int reply_min, reply_max;
	long long enh;
};

static const struct dlg_advice_row dlg_advice[ADVICE_COUNT] = {
#define ADVICE(key, proto, port, ssl, sock, ixp, rmin, rmax, enh) \
	{ #key, proto, port, ssl, sock, ixp##ul, rmin, rmax, enh },
#include "data/mail/advice.def"
#undef ADVICE
};

#undef ANY
#undef SMTP
#undef POP3
#undef IMAP
#undef ON
#undef OFF

static int dlg_applies(const struct dlg_advice_row *a, const wsaerr_dialog *d)
{
	if (a->protocol && d->protocol != a->protocol)
		return 0;
	if (a->port && d->port != a->port)
		return 0;
	if (a->ssl && d->ssl != a->ssl)
		return 0;
	if (a->socket && d->socket_error != a->socket)
		return 0;
	if (a->ixp && (unsigned long long)d->error_number != a->ixp)
		return 0;
	if (a->reply_max && (d->reply < a->reply_min || d->reply > a->reply_max))
		return 0;
	/* an enhanced code of any class (7001) or of one (5007001) */
	if (a->enh && (d->enhanced == 0 || d->enhanced % 1000000 != a->enh % 1000000 ||
	               (a->enh >= 1000000 && d->enhanced != a->enh)))
		return 0;
	return 1;
}

const char *wsaerr_dialog_advice(const wsaerr_dialog *d, size_t i, int lang, const char **key)
{
	size_t k;

	if (key)
		*key = NULL;
	if (d == NULL)
		return NULL;
	for (k = 0; k < ADVICE_COUNT; k++) {
		if (!dlg_applies(&dlg_advice[k], d) || i-- > 0)
			continue;
		if (key)
			*key = dlg_advice[k].key;
		return wsaerr_advice_text(k, lang);
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Ports                                                               */

int wsaerr_mail_port(long port, int *tls)
{
	static const struct {
		long port;
		int protocol, tls;
	} ports[] = {
#define SMTP WSAERR_SYS_SMTP
#define POP3 WSAERR_SYS_POP3
#define IMAP WSAERR_SYS_IMAP
#define PORT(number, protocol, tls, source) { number, protocol, tls },
#include "data/mail/ports.def"
#undef PORT
#undef SMTP
#undef POP3
#undef IMAP
	};
	size_t i;

	if (tls)
		*tls = 0;
	for (i = 0; i < sizeof ports / sizeof ports[0]; i++)
		if (ports[i].port == port) {
			if (tls)
				*tls = ports[i].tls;
			return ports[i].protocol;
		}
	return 0;
}
